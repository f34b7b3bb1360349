package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/winnow-go/winnow"
)

// result is the outcome for one input.
type result struct {
	source string
	a      *winnow.Article
	err    error
	fields []string // content fields of the JSON record; nil means text
}

func process(in input, c *config) *result {
	r := &result{source: in.source}
	rc, err := in.open()
	if err != nil {
		r.err = err
		return r
	}
	defer rc.Close()
	o := &winnow.Options{URL: c.url}
	switch c.format {
	case "markdown":
		o.Markdown = true
	case "html":
		o.HTML = true
	case "json":
		o.Markdown, o.HTML = slices.Contains(c.fields, "markdown"), slices.Contains(c.fields, "html")
		r.fields = c.fields
	}
	r.a, r.err = winnow.Extract(rc, o)
	return r
}

// contentFields are the names -fields accepts, as they appear in a JSON record.
var contentFields = []string{"text", "markdown", "html"}

// parseFields reads a -fields list ("text,markdown"); empty means text alone.
func parseFields(list string) ([]string, error) {
	if strings.TrimSpace(list) == "" {
		return []string{"text"}, nil
	}
	var out []string
	for f := range strings.SplitSeq(list, ",") {
		f = strings.TrimSpace(f)
		if !slices.Contains(contentFields, f) {
			return nil, fmt.Errorf("unknown field %q in -fields (want text, markdown or html)", f)
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out, nil
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
	Markdown    string   `json:"markdown,omitempty"`
	HTML        string   `json:"html,omitempty"`
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
	}
	a := r.a
	if a == nil {
		return rec
	}
	rec.URL, rec.Title, rec.Authors = a.URL, a.Title, a.Authors
	rec.Date = formatDate(a.Date, a.DateHasTime)
	rec.Modified = formatDate(a.Modified, a.ModifiedHasTime)
	rec.SiteName, rec.Lang, rec.Description, rec.Image = a.SiteName, a.Language, a.Description, a.Image
	rec.Categories, rec.Tags, rec.PageType = a.Categories, a.Tags, a.PageType
	if r.fields == nil || slices.Contains(r.fields, "text") {
		rec.Text = a.Text
	}
	if slices.Contains(r.fields, "markdown") {
		rec.Markdown = a.Markdown
	}
	if slices.Contains(r.fields, "html") {
		rec.HTML = a.HTML
	}
	return rec
}

// writeResult prints one result: its text, Markdown or HTML, or its JSON line. Text
// output of several inputs puts a "==> source <==" line before each.
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
	content := r.a.Text
	switch format {
	case "markdown":
		content = r.a.Markdown
	case "html":
		content = r.a.HTML
	}
	_, err := fmt.Fprintln(w, content)
	if many {
		w.WriteByte('\n')
	}
	return err
}
