package winnow_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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

// pageQuality is one page's figures in the ratchet kept in testdata/quality.json: how
// many of its expected paragraphs the extractor finds, how many of its boilerplate
// strings leak, and whether its title and date are right. A change may improve these
// figures, never worsen them; a page new to the corpus is recorded by -update.
type pageQuality struct {
	Paragraphs     int  `json:"paragraphs"`
	ParagraphsSeen int  `json:"paragraphs_found"`
	Boilerplate    int  `json:"boilerplate_strings"`
	Leaks          int  `json:"boilerplate_leaked"`
	TitleRight     bool `json:"title_right"`
	DateRight      bool `json:"date_right"`
}

const qualityFile = "testdata/quality.json"

// measureQuality extracts one page and scores it against its expectations.
func measureQuality(t *testing.T, page string, e *expectation) pageQuality {
	raw, err := winnowtest.ReadPage(page)
	require.NoError(t, err)
	a, err := winnow.Extract(bytes.NewReader(raw), nil)
	text := ""
	if err == nil {
		text = collapseSpace(a.Text)
	} else {
		a = &winnow.Article{}
	}
	var q pageQuality
	for _, para := range e.Paragraphs {
		q.Paragraphs++
		if strings.Contains(text, collapseSpace(para)) {
			q.ParagraphsSeen++
		} else {
			t.Logf("%s: missed %.70q", page, para)
		}
	}
	for _, s := range e.MustNotContain {
		q.Boilerplate++
		if strings.Contains(text, collapseSpace(s)) {
			q.Leaks++
			t.Logf("%s: leaked %.70q", page, s)
		}
	}
	q.TitleRight = e.Title != "" && a.Title == e.Title
	q.DateRight = e.Date != "" && !a.Date.IsZero() && a.Date.Format("2006-01-02") == e.Date
	return q
}

func TestQualityRatchet(t *testing.T) {
	pages, err := winnowtest.Pages("testdata/pages")
	require.NoError(t, err)
	got := map[string]pageQuality{}
	var total pageQuality
	titles, dates := 0, 0
	for _, p := range pages {
		b, err := os.ReadFile(winnowtest.Stem(p) + ".expect.json")
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		require.NoError(t, err)
		var e expectation
		require.NoError(t, json.Unmarshal(b, &e), p)
		q := measureQuality(t, p, &e)
		got[filepath.Base(winnowtest.Stem(p))] = q
		total.Paragraphs += q.Paragraphs
		total.ParagraphsSeen += q.ParagraphsSeen
		total.Boilerplate += q.Boilerplate
		total.Leaks += q.Leaks
		if q.TitleRight {
			titles++
		}
		if q.DateRight {
			dates++
		}
	}
	t.Logf("quality over %d pages: %d of %d paragraphs found, %d of %d boilerplate strings leaked, %d titles and %d dates right",
		len(got), total.ParagraphsSeen, total.Paragraphs, total.Leaks, total.Boilerplate, titles, dates)
	if winnowtest.Updating() {
		b, _ := json.MarshalIndent(got, "", "  ")
		require.NoError(t, os.WriteFile(qualityFile, append(b, '\n'), 0o644))
		return
	}
	b, err := os.ReadFile(qualityFile)
	require.NoError(t, err, "run go test -update to record the figures")
	var want map[string]pageQuality
	require.NoError(t, json.Unmarshal(b, &want))
	// The ratchet holds on the totals over the pages recorded, as the figures a change
	// is judged by; a page that gets worse is logged, so a reviewer sees the trade.
	var was, now pageQuality
	for name, w := range want {
		g, ok := got[name]
		if !ok {
			t.Errorf("%s: recorded in %s but no longer in the corpus; run go test -update", name, qualityFile)
			continue
		}
		if g.Paragraphs != w.Paragraphs || g.Boilerplate != w.Boilerplate {
			t.Errorf("%s: its expectations changed; run go test -update and review", name)
			continue
		}
		if g.ParagraphsSeen < w.ParagraphsSeen || g.Leaks > w.Leaks || w.TitleRight && !g.TitleRight || w.DateRight && !g.DateRight {
			t.Logf("%s got worse: %+v, recorded %+v", name, g, w)
		}
		was.ParagraphsSeen += w.ParagraphsSeen
		now.ParagraphsSeen += g.ParagraphsSeen
		was.Leaks += w.Leaks
		now.Leaks += g.Leaks
		was.Paragraphs += btoi(w.TitleRight)
		now.Paragraphs += btoi(g.TitleRight)
		was.Boilerplate += btoi(w.DateRight)
		now.Boilerplate += btoi(g.DateRight)
	}
	assert.GreaterOrEqual(t, now.ParagraphsSeen, was.ParagraphsSeen, "fewer expected paragraphs found than recorded")
	assert.LessOrEqual(t, now.Leaks, was.Leaks, "more boilerplate leaked than recorded")
	assert.GreaterOrEqual(t, now.Paragraphs, was.Paragraphs, "fewer titles right than recorded")
	assert.GreaterOrEqual(t, now.Boilerplate, was.Boilerplate, "fewer dates right than recorded")
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: new page, not yet in %s; run go test -update and review", name, qualityFile)
		}
	}
}

func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0
	}), " ")
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
