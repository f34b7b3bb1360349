package winnow_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/winnow-go/winnow"
	"github.com/winnow-go/winnow/winnowtest"
)

// expectation is a page's hand-written truth, testdata/pages/<name>.expect.json.
type expectation struct {
	Layout         string   `json:"layout"`
	Lang           string   `json:"lang"`
	Title          string   `json:"title"`
	Authors        []string `json:"authors"`
	Date           string   `json:"date"`
	SiteName       string   `json:"sitename"`
	Paragraphs     []string `json:"paragraphs"`
	Optional       []string `json:"optional"`
	MustNotContain []string `json:"must_not_contain"`
}

// qualityRecord is the ratchet kept in testdata/quality.json: how many expected
// paragraphs the extractor finds over the corpus, and how many boilerplate strings leak.
// A change may improve these figures, never worsen them.
type qualityRecord struct {
	Pages          int `json:"pages"`
	Paragraphs     int `json:"paragraphs"`
	ParagraphsSeen int `json:"paragraphs_found"`
	Boilerplate    int `json:"boilerplate_strings"`
	Leaks          int `json:"boilerplate_leaked"`
	TitlesRight    int `json:"titles_right"`
	DatesRight     int `json:"dates_right"`
}

const qualityFile = "testdata/quality.json"

func TestQualityRatchet(t *testing.T) {
	pages, err := winnowtest.Pages("testdata/pages")
	require.NoError(t, err)
	var got qualityRecord
	for _, p := range pages {
		b, err := os.ReadFile(winnowtest.Stem(p) + ".expect.json")
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		require.NoError(t, err)
		var e expectation
		require.NoError(t, json.Unmarshal(b, &e), p)
		raw, err := winnowtest.ReadPage(p)
		require.NoError(t, err)
		a, err := winnow.Extract(bytes.NewReader(raw), nil)
		text := ""
		if err == nil {
			text = collapseSpace(a.Text)
		} else {
			a = &winnow.Article{}
		}
		got.Pages++
		for _, para := range e.Paragraphs {
			got.Paragraphs++
			if strings.Contains(text, collapseSpace(para)) {
				got.ParagraphsSeen++
			} else {
				t.Logf("%s: missed %.70q", p, para)
			}
		}
		for _, s := range e.MustNotContain {
			got.Boilerplate++
			if strings.Contains(text, collapseSpace(s)) {
				got.Leaks++
				t.Logf("%s: leaked %.70q", p, s)
			}
		}
		if e.Title != "" && a.Title == e.Title {
			got.TitlesRight++
		}
		if e.Date != "" && !a.Date.IsZero() && a.Date.Format("2006-01-02") == e.Date {
			got.DatesRight++
		}
	}
	t.Logf("quality: %+v", got)
	if winnowtest.Updating() {
		b, _ := json.MarshalIndent(got, "", "  ")
		require.NoError(t, os.WriteFile(qualityFile, append(b, '\n'), 0o644))
		return
	}
	b, err := os.ReadFile(qualityFile)
	require.NoError(t, err, "run go test -update to record the figures")
	var want qualityRecord
	require.NoError(t, json.Unmarshal(b, &want))
	// The corpus may grow; the ratchet compares shares, and counts on an unchanged corpus.
	if got.Paragraphs == want.Paragraphs && got.Boilerplate == want.Boilerplate {
		require.GreaterOrEqual(t, got.ParagraphsSeen, want.ParagraphsSeen, "fewer expected paragraphs found than recorded")
		require.LessOrEqual(t, got.Leaks, want.Leaks, "more boilerplate leaked than recorded")
		require.GreaterOrEqual(t, got.TitlesRight, want.TitlesRight, "fewer titles right than recorded")
		require.GreaterOrEqual(t, got.DatesRight, want.DatesRight, "fewer dates right than recorded")
		return
	}
	t.Fatalf("the corpus changed (%d paragraphs and %d boilerplate strings, recorded %d and %d): run go test -update and commit %s",
		got.Paragraphs, got.Boilerplate, want.Paragraphs, want.Boilerplate, qualityFile)
}

func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0
	}), " ")
}
