// Package evalset loads an evaluation set of /work/shared/eval: a folder with
// pages/<id>.html.gz, truth.json, meta.json and SOURCE.txt.
//
// A page's bytes are gunzipped once and kept exactly as published (charset not
// converted). Every extractor gets these same bytes through an io.Reader; the
// peers all sniff the encoding themselves, so no extractor is handed text
// that another one did not get.
package evalset

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Set is one loaded evaluation set.
type Set struct {
	Name   string // folder name, e.g. "wcxb-dev"
	Dir    string
	Source string // SOURCE.txt
	Pages  []*Page
}

// Page is one page of a set.
type Page struct {
	ID    string
	Raw   []byte // the page's bytes as published
	Meta  Meta
	Truth Truth
}

// Meta is a page's entry in meta.json.
type Meta struct {
	Bytes    int    `json:"bytes"`
	Encoding string `json:"encoding"` // "utf-8", "non-utf8; declared=X", "utf-8; declared=X (mismatch)"
	Source   string `json:"source"`
	Domain   string `json:"domain"`
}

// Declared returns the charset named by the encoding note ("declared=X"), or "".
func (m Meta) Declared() string {
	_, after, ok := strings.Cut(m.Encoding, "declared=")
	if !ok {
		return ""
	}
	f := strings.Fields(after)
	if len(f) == 0 {
		return ""
	}
	return strings.TrimRight(f[0], ";,)")
}

// Options narrows what Load reads.
type Options struct {
	// Only, when set, keeps only the pages whose id it accepts.
	Only func(id string) bool
	// NoPages skips reading the HTML (truth and meta only).
	NoPages bool
}

// Load reads the set in dir. Pages are sorted by id.
func Load(dir string, opts *Options) (*Set, error) {
	if opts == nil {
		opts = &Options{}
	}
	s := &Set{Name: filepath.Base(filepath.Clean(dir)), Dir: dir}
	if b, err := os.ReadFile(filepath.Join(dir, "SOURCE.txt")); err == nil {
		s.Source = string(b)
	}
	tb, err := os.ReadFile(filepath.Join(dir, "truth.json"))
	if err != nil {
		return nil, err
	}
	truths, err := ParseTruthFile(tb)
	if err != nil {
		return nil, fmt.Errorf("%s/truth.json: %w", dir, err)
	}
	metas := map[string]Meta{}
	if mb, err := os.ReadFile(filepath.Join(dir, "meta.json")); err == nil {
		if err := json.Unmarshal(sanitizeJSON(mb), &metas); err != nil {
			return nil, fmt.Errorf("%s/meta.json: %w", dir, err)
		}
	} else if !os.IsNotExist(err) {
		return nil, err
	}
	ids := make([]string, 0, len(truths))
	for id := range truths {
		if opts.Only == nil || opts.Only(id) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		p := &Page{ID: id, Meta: metas[id], Truth: truths[id]}
		if !opts.NoPages {
			p.Raw, err = ReadGzip(filepath.Join(dir, "pages", id+".html.gz"))
			if err != nil {
				return nil, fmt.Errorf("page %s: %w", id, err)
			}
		}
		s.Pages = append(s.Pages, p)
	}
	return s, nil
}

// ReadGzip returns the decompressed content of a gzip file.
func ReadGzip(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// Has reports whether any page of the set has the truth field.
func (s *Set) Has(field string) bool {
	for _, p := range s.Pages {
		if p.Truth.Has(field) {
			return true
		}
	}
	return false
}

// Page returns the page with the id, or nil.
func (s *Set) Page(id string) *Page {
	i := sort.Search(len(s.Pages), func(i int) bool { return s.Pages[i].ID >= id })
	if i < len(s.Pages) && s.Pages[i].ID == id {
		return s.Pages[i]
	}
	return nil
}

// List returns the set folders under dir (those with a truth.json), sorted.
func List(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, e.Name(), "truth.json")); err == nil {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out, nil
}
