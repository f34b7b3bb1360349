// Package peers adapts the other Go extractors to runner.Func.
//
// Every peer is handed the page's bytes as published, through an io.Reader;
// they all detect the charset themselves (go-shiori/dom sniffs it from the
// bytes). The text compared is each library's own plain-text output:
// go-readability's TextContent, readeck's RenderText, go-trafilatura's
// ContentText (comments are extracted apart and not counted) and
// go-domdistiller's Text.
package peers

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	distiller "github.com/markusmobius/go-domdistiller"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/winnow-go/winnow/bench/metrics"
	"github.com/winnow-go/winnow/bench/runner"
)

// placeholderURL is given to the readability ports, which need a page URL,
// when the set has none for the page.
const placeholderURL = "http://localhost/page.html"

func pageURL(s string, required bool) *nurl.URL {
	if s != "" {
		if u, err := nurl.Parse(s); err == nil && u.Scheme != "" && u.Host != "" {
			return u
		}
	}
	if required {
		u, _ := nurl.Parse(placeholderURL)
		return u
	}
	return nil
}

// ParseName names the parse-only baseline.
const ParseName = "html.Parse"

// ParseFloor returns the baseline every extractor's cost is set against:
// x/net/html's parse of the page's bytes as published, with no decoding and
// no extraction. It is timed, never scored.
func ParseFloor() runner.Extractor {
	return runner.Extractor{Name: ParseName, Module: "golang.org/x/net", Run: Parse, Baseline: true}
}

// Parse parses the page with html.Parse and returns an empty output.
func Parse(raw []byte, _ string) (*runner.Output, error) {
	if _, err := html.Parse(bytes.NewReader(raw)); err != nil {
		return nil, err
	}
	return &runner.Output{}, nil
}

// All returns the peers in a fixed order.
func All() []runner.Extractor {
	return []runner.Extractor{
		{Name: "readeck", Module: "codeberg.org/readeck/go-readability/v2", Run: Readeck},
		{Name: "go-readability", Module: "github.com/go-shiori/go-readability", Run: GoReadability},
		{Name: "trafilatura", Module: "github.com/markusmobius/go-trafilatura", Run: Trafilatura},
		{Name: "trafilatura-fallback", Module: "github.com/markusmobius/go-trafilatura", Run: TrafilaturaFallback},
		{Name: "domdistiller", Module: "github.com/markusmobius/go-domdistiller", Run: DomDistiller},
	}
}

// GoReadability runs github.com/go-shiori/go-readability.
func GoReadability(raw []byte, url string) (*runner.Output, error) {
	a, err := shiori.FromReader(bytes.NewReader(raw), pageURL(url, true))
	if err != nil {
		return nil, err
	}
	out := &runner.Output{
		Text:     a.TextContent,
		Title:    a.Title,
		Author:   a.Byline,
		SiteName: a.SiteName,
	}
	if a.PublishedTime != nil {
		out.Date = metrics.FormatDate(*a.PublishedTime, metrics.GuessHasTime(*a.PublishedTime))
	}
	return out, nil
}

// Readeck runs codeberg.org/readeck/go-readability/v2.
func Readeck(raw []byte, url string) (*runner.Output, error) {
	a, err := readeck.FromReader(bytes.NewReader(raw), pageURL(url, true))
	if err != nil {
		return nil, err
	}
	out := &runner.Output{Title: a.Title(), Author: a.Byline(), SiteName: a.SiteName()}
	if a.Node != nil {
		var b strings.Builder
		if err := a.RenderText(&b); err != nil {
			return nil, err
		}
		out.Text = b.String()
	}
	if t, err := a.PublishedTime(); err == nil {
		out.Date = metrics.FormatDate(t, metrics.GuessHasTime(t))
	}
	return out, nil
}

// Trafilatura runs github.com/markusmobius/go-trafilatura with default options.
func Trafilatura(raw []byte, url string) (*runner.Output, error) {
	return runTrafilatura(raw, url, false)
}

// TrafilaturaFallback runs go-trafilatura with EnableFallback (readability
// and dom-distiller as fallback candidates).
func TrafilaturaFallback(raw []byte, url string) (*runner.Output, error) {
	return runTrafilatura(raw, url, true)
}

func runTrafilatura(raw []byte, url string, fallback bool) (*runner.Output, error) {
	r, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{
		OriginalURL:    pageURL(url, false),
		EnableFallback: fallback,
	})
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.New("trafilatura: nil result")
	}
	m := r.Metadata
	return &runner.Output{
		Text:     r.ContentText,
		Title:    m.Title,
		Author:   m.Author,
		SiteName: m.Sitename,
		Date:     metrics.FormatDate(m.Date, metrics.GuessHasTime(m.Date)),
	}, nil
}

// DomDistiller runs github.com/markusmobius/go-domdistiller.
func DomDistiller(raw []byte, url string) (*runner.Output, error) {
	r, err := distiller.ApplyForReader(bytes.NewReader(raw), &distiller.Options{
		OriginalURL: pageURL(url, false),
	})
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("domdistiller: nil result")
	}
	mi := r.MarkupInfo
	author := mi.Author
	if author == "" && len(mi.Article.Authors) > 0 {
		author = metrics.JoinAuthors(mi.Article.Authors)
	}
	return &runner.Output{
		Text:     r.Text,
		Title:    r.Title,
		Author:   author,
		SiteName: mi.Publisher,
		Date:     strings.TrimSpace(mi.Article.PublishedTime),
	}, nil
}
