// Command jsonl shows how a scraper uses winnow: it reads every saved page under a
// directory, extracts it, and writes one JSON object per page to standard output.
//
//	go run ./examples/jsonl testdata/pages > articles.jsonl
//
// Pages without an article (home pages, listings) are counted and skipped; other
// failures are reported on standard error and do not stop the run.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/winnow-go/winnow"
)

type article struct {
	File    string    `json:"file"`
	URL     string    `json:"url,omitempty"`
	Title   string    `json:"title"`
	Authors []string  `json:"authors,omitempty"`
	Date    time.Time `json:"date,omitzero"`
	Lang    string    `json:"lang,omitempty"`
	Text    string    `json:"text"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: jsonl DIR")
		os.Exit(2)
	}
	enc := json.NewEncoder(os.Stdout)
	var done, empty, failed int
	err := filepath.WalkDir(os.Args[1], func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			failed++
			fmt.Fprintln(os.Stderr, err)
			return nil
		}
		defer f.Close()
		a, err := winnow.Extract(f, nil)
		switch {
		case errors.Is(err, winnow.ErrNoContent):
			empty++
			return nil
		case err != nil:
			failed++
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			return nil
		}
		done++
		return enc.Encode(article{File: path, URL: a.URL, Title: a.Title, Authors: a.Authors,
			Date: a.Date, Lang: a.Language, Text: a.Text})
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d articles, %d pages without one, %d failures\n", done, empty, failed)
	if failed > 0 {
		os.Exit(1)
	}
}
