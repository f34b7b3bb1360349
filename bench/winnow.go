package main

import (
	"bytes"

	"github.com/winnow-go/winnow"

	"github.com/winnow-go/winnow/bench/metrics"
	"github.com/winnow-go/winnow/bench/runner"
)

// runWinnow extracts one page with winnow. The page's bytes go in as
// published; Options.Charset stays empty because the sets record no
// server-declared charset (meta.json's "declared" is what the page itself
// says, which the extractor must find on its own, like the peers do).
func runWinnow(raw []byte, url string) (*runner.Output, error) {
	a, err := winnow.Extract(bytes.NewReader(raw), &winnow.Options{URL: url})
	if a == nil {
		return nil, err
	}
	return &runner.Output{
		Text:     a.Text,
		Title:    a.Title,
		Author:   metrics.JoinAuthors(a.Authors),
		Date:     metrics.FormatDate(a.Date, metrics.GuessHasTime(a.Date)),
		SiteName: a.SiteName,
		PageType: a.PageType,
	}, err
}
