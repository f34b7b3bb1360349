package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"time"

	"github.com/winnow-go/winnow"
)

// result is the outcome for one input.
type result struct {
	source string
	a      *winnow.Article
	err    error
}

func process(in input, c *config) *result {
	r := &result{source: in.source}
	rc, err := in.open()
	if err != nil {
		r.err = err
		return r
	}
	defer rc.Close()
	r.a, r.err = winnow.Extract(rc, &winnow.Options{URL: c.url})
	return r
}

// record is the JSON object printed for one input. Its field names are the CLI's
// interface: scripts depend on them.
type record struct {
	Source      string   `json:"source"`
	URL         string   `json:"url,omitempty"`
	Title       string   `json:"title,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	Date        string   `json:"date,omitempty"`
	Modified    string   `json:"modified,omitempty"`
	SiteName    string   `json:"sitename,omitempty"`
	Lang        string   `json:"lang,omitempty"`
	Description string   `json:"description,omitempty"`
	Image       string   `json:"image,omitempty"`
	Categories  []string `json:"categories,omitempty"`
	Tags        []string `json:"tags,omitempty"`
	PageType    string   `json:"page_type,omitempty"`
	Text        string   `json:"text,omitempty"`
	Error       string   `json:"error,omitempty"`
}

// formatDate gives RFC 3339, or YYYY-MM-DD when only the day is known; "" when unknown.
func formatDate(t time.Time, hasTime bool) string {
	switch {
	case t.IsZero():
		return ""
	case hasTime:
		return t.Format(time.RFC3339)
	}
	return t.Format(time.DateOnly)
}

func toRecord(r *result) record {
	rec := record{Source: r.source}
	if r.err != nil {
		rec.Error = r.err.Error()
		return rec
	}
	a := r.a
	rec.URL, rec.Title, rec.Authors = a.URL, a.Title, a.Authors
	rec.Date = formatDate(a.Date, a.DateHasTime)
	rec.Modified = formatDate(a.Modified, a.ModifiedHasTime)
	rec.SiteName, rec.Lang, rec.Description, rec.Image = a.SiteName, a.Language, a.Description, a.Image
	rec.Categories, rec.Tags, rec.PageType, rec.Text = a.Categories, a.Tags, a.PageType, a.Text
	return rec
}

// writeResult prints one result: its text, or its JSON line. Text output of several
// inputs puts a "==> source <==" line before each.
func writeResult(w *bufio.Writer, format string, r *result, many bool) error {
	if format == "json" {
		b, err := json.Marshal(toRecord(r))
		if err != nil {
			return err
		}
		b = append(b, '\n')
		_, err = w.Write(b)
		return err
	}
	if r.err != nil {
		return nil
	}
	if many {
		fmt.Fprintf(w, "==> %s <==\n", r.source)
	}
	_, err := fmt.Fprintln(w, r.a.Text)
	if many {
		w.WriteByte('\n')
	}
	return err
}
