package winnow

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"testing"

	"golang.org/x/net/html"
)

func TestZZLines(t *testing.T) {
	f, _ := os.Open(os.Getenv("ZZ_PAGE"))
	zr, _ := gzip.NewReader(f)
	raw, _ := io.ReadAll(zr)
	doc, _ := html.Parse(bytes.NewReader(raw))
	m := collectMeta(doc)
	_, head := chooseTitle(m, newSiteNames("", ""))
	fmt.Printf("head %v\n", head != nil)
	for _, l := range scanAround(head) {
		fmt.Printf("%v %d author=%q text=%.100q\n", l.before, l.pos, l.author, l.text)
	}
	fmt.Printf("rel %q ld %q meta %q\n", m.relAuthor, m.ld.authors, m.metaAuth)
}

func TestZZTry(t *testing.T) {
	site := newSiteNames("http://www.huffingtonpost.com/entry/x", "The Huffington Post")
	for _, s := range []string{"Sam Stein Senior Politics Editor, The Huffington Post", "Ellyn Shook Creating the most truly human company in the digital age. 💙🌎 Published Dec 19, 2016 + Follow"} {
		fmt.Printf("%q -> %q %q\n", s, authorList([]string{s}, site), cutRole("Sam Stein Senior Politics Editor"))
	}
}
