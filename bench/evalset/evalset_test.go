package evalset

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestParsePyList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		ok   bool
	}{
		{"[]", []string{}, true},
		{"['a', 'b']", []string{"a", "b"}, true},
		{`["it's", 'say "hi"']`, []string{"it's", `say "hi"`}, true},
		{`['don\'t', "tab\there", '\xe9t\u00e9']`, []string{"don't", "tab\there", "été"}, true},
		{"[ 'Ann Lee' , 'Bo Chen', ]", []string{"Ann Lee", "Bo Chen"}, true},
		{"['北京', 'Việt Nam']", []string{"北京", "Việt Nam"}, true},
		// not list literals: kept as plain strings by the caller
		{"[2025] Massive List", nil, false},
		{"[田中宏昌，ITmedia]", nil, false},
		{"['a' 'b']", nil, false},
		{"['unterminated]", nil, false},
		{"plain", nil, false},
	}
	for _, tt := range tests {
		got, ok := ParsePyList(tt.in)
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParsePyList(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

const truthJSON = `{
 "p1": {
  "articleBody": "Body text.\n\nSecond paragraph.",
  "author": ["Ann Lee", "Bo Chen"],
  "title": "[2025] A title in brackets",
  "date": "2019-10-16",
  "with": "['must have', \"it's here\"]",
  "without": ["nav"],
  "tags": "[]",
  "sitename": "",
  "readerable": true,
  "missing": null
 },
 "p0": {
  "author": "['Solo Writer']",
  "date": NaN,
  "siteName": "Site",
  "categories": "['a', 'b']",
  "comments": [],
  "note": "[not a list]",
  "score": 1.5,
  "s": "NaN inside a string stays"
 }
}`

func TestParseTruthFile(t *testing.T) {
	m, err := ParseTruthFile([]byte(truthJSON))
	if err != nil {
		t.Fatal(err)
	}
	p1, p0 := m["p1"], m["p0"]
	if body, ok := p1.Body(); !ok || body != "Body text.\n\nSecond paragraph." {
		t.Errorf("body = %q, %v", body, ok)
	}
	if a, _ := p1.Str("author"); a != "Ann Lee; Bo Chen" {
		t.Errorf("p1 author = %q", a)
	}
	if a, _ := p0.Str("author"); a != "Solo Writer" {
		t.Errorf("p0 author = %q", a)
	}
	if got := p1.Get("title"); got != "[2025] A title in brackets" {
		t.Errorf("title parsed as list: %q", got)
	}
	if w, _ := p1.List("with"); !reflect.DeepEqual(w, []string{"must have", "it's here"}) {
		t.Errorf("with = %q", w)
	}
	if w, _ := p1.List("without"); !reflect.DeepEqual(w, []string{"nav"}) {
		t.Errorf("without = %q", w)
	}
	if tags, ok := p1.List("tags"); !ok || len(tags) != 0 {
		t.Errorf("tags = %q, %v", tags, ok)
	}
	if c, _ := p0.List("categories"); !reflect.DeepEqual(c, []string{"a", "b"}) {
		t.Errorf("categories = %q", c)
	}
	if s, ok := p1.SiteName(); !ok || s != "" {
		t.Errorf("p1 sitename = %q, %v (annotated as absent)", s, ok)
	}
	if s, ok := p0.SiteName(); !ok || s != "Site" {
		t.Errorf("p0 siteName = %q, %v", s, ok)
	}
	if p0.Has("date") {
		t.Error("NaN date should be absent")
	}
	if p1.Has("missing") {
		t.Error("null should be absent")
	}
	if p0.Get("note") != "[not a list]" {
		t.Errorf("note = %q", p0.Get("note"))
	}
	if p0.Get("score") != "1.5" || p1.Get("readerable") != "true" {
		t.Errorf("score %q readerable %q", p0.Get("score"), p1.Get("readerable"))
	}
	if p0.Get("s") != "NaN inside a string stays" {
		t.Errorf("s = %q", p0.Get("s"))
	}
}

func TestSanitizeJSON(t *testing.T) {
	in := `{"a": NaN, "b": [Infinity, -Infinity], "c": "NaN \" NaN", "d": 1}`
	want := `{"a": null, "b": [null, null], "c": "NaN \" NaN", "d": 1}`
	if got := string(sanitizeJSON([]byte(in))); got != want {
		t.Errorf("sanitizeJSON = %s", got)
	}
}

func TestMetaDeclared(t *testing.T) {
	tests := map[string]string{
		"utf-8":                                 "",
		"non-utf8; declared=windows-1252":       "windows-1252",
		"utf-8; declared=iso-8859-1 (mismatch)": "iso-8859-1",
	}
	for enc, want := range tests {
		if got := (Meta{Encoding: enc}).Declared(); got != want {
			t.Errorf("Declared(%q) = %q, want %q", enc, got, want)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "myset")
	if err := os.MkdirAll(filepath.Join(dir, "pages"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("truth.json", []byte(truthJSON))
	write("meta.json", []byte(`{"p1": {"bytes": 5, "encoding": "non-utf8; declared=windows-1252", "source": "x.html"}}`))
	write("SOURCE.txt", []byte("dataset: test\n"))
	for id, html := range map[string]string{"p1": "<p>caf\xe9</p>", "p0": "<p>x</p>"} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(html))
		zw.Close()
		write(filepath.Join("pages", id+".html.gz"), buf.Bytes())
	}
	s, err := Load(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != "myset" || len(s.Pages) != 2 || s.Pages[0].ID != "p0" || s.Pages[1].ID != "p1" {
		t.Fatalf("set = %s, %d pages", s.Name, len(s.Pages))
	}
	p := s.Page("p1")
	if p == nil || string(p.Raw) != "<p>caf\xe9</p>" {
		t.Fatalf("p1 raw bytes not kept as published: %q", p.Raw)
	}
	if p.Meta.Declared() != "windows-1252" || p.Meta.Bytes != 5 {
		t.Errorf("meta = %+v", p.Meta)
	}
	if !s.Has("articleBody") || s.Has("nothing") || s.Page("zz") != nil {
		t.Error("Has/Page")
	}
	s, err = Load(dir, &Options{Only: func(id string) bool { return id == "p0" }, NoPages: true})
	if err != nil || len(s.Pages) != 1 || s.Pages[0].Raw != nil {
		t.Fatalf("filtered load: %v %+v", err, s.Pages)
	}
	sets, err := List(filepath.Dir(dir))
	if err != nil || !reflect.DeepEqual(sets, []string{"myset"}) {
		t.Errorf("List = %v, %v", sets, err)
	}
}

func TestLoadRealSets(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval")
	names, err := List(dir)
	if err != nil || len(names) == 0 {
		t.Skip("evaluation sets not available")
	}
	for _, n := range names {
		s, err := Load(filepath.Join(dir, n), &Options{NoPages: true})
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		if len(s.Pages) == 0 {
			t.Errorf("%s: no pages", n)
		}
	}
}
