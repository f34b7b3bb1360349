package winnow

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// shapeTrace measures page with the scanner (scanned) or with html.Tokenizer, and
// returns the shape and the tokens seen, one a line.
func shapeTrace(t *testing.T, page string, scanned bool) (shapeFacts, string) {
	t.Helper()
	var sb strings.Builder
	s := &shape{onToken: func(tt html.TokenType, raw []byte) {
		if tt == html.DoctypeToken {
			tt = html.CommentToken
		}
		fmt.Fprintf(&sb, "%v %q\n", tt, raw)
	}}
	var err error
	if scanned {
		err = s.scan(context.Background(), []byte(page))
	} else {
		err = s.run(context.Background(), []byte(page), nil)
	}
	if err != nil {
		t.Fatalf("%.200q: %v", page, err)
	}
	return s.shapeFacts, sb.String()
}

// checkScan checks that the scanner finds the tokens html.Tokenizer finds, and that the
// model learns the same from both.
func checkScan(t *testing.T, page string) {
	t.Helper()
	want, wantTokens := shapeTrace(t, page, false)
	got, gotTokens := shapeTrace(t, page, true)
	if gotTokens != wantTokens {
		t.Fatalf("%.300q: scanned tokens\n%.2000s\nwant\n%.2000s", page, gotTokens, wantTokens)
	}
	if got != want {
		t.Fatalf("%.300q: scanned %+v, want %+v", page, got, want)
	}
	if facts, err := measureShape(context.Background(), []byte(page)); err != nil || facts != want {
		t.Fatalf("%.300q: measureShape gives %+v, %v; want %+v", page, facts, err, want)
	}
}

// scanCases are pages whose tokens are easy to get wrong: the corners of comments, raw
// text, script escapes, attributes and self-closing tags, and pages cut anywhere.
var scanCases = []string{
	"", "<", "<<", "a<", "a</", "a</>b", "</ x>", "</3>", "<!", "<!x", "<!>", "<!->x>", "<!-->x",
	"<!--->x", "<!---->x", "<!-- a -- b --!>x", "<!-- a --!- b -->x", "<!-- a --!x-->y", "<!--x",
	"<!DOCTYPE html>", "<!doctype", "<!DOCTYPE  ", "<?xml version=1?>x", "<![CDATA[ <b> ]]>x",
	"<br/>", "<br />", "<p a=/>x", "<p a=b/>x", "<p a=1 a=b/>x", "<p A=1 a=b/>x", "<p a='x/'/>",
	"<p a=\"x\"/>", "<p =a=b>", "<p a = b>", "<p a= >", "<p a=>x", "<p/a>", "<p / >", "<p a",
	"<p a=", "<p a='x", "<p a=x", "<b x='>'>y</b x='>'>", "</p a='>'>x", "<DIV CLASS=X>y</DIV>",
	"<script>a</script>b", "<script>a</scriptx>b</script>c", "<SCRIPT>x</Script >y",
	"<script>x</script", "<script>x</scrip", "<script><!-- <script> </script> --></script>x",
	"<script><!-- </script>x", "<script><!-- -- > </script>x", "<script><!--<script></script>--></script>x",
	"<script><!--<scriptx></script>y", "<script><!-<a></script>x", "<script><!x</script>y",
	"<script><!--<script>--></script>x</script>y", "<script><!--<script>-x</script>y",
	"<script><!--<b></script>x", "<script><!--<1></script>x", "<script><!--<SCRIPT/--></script>x",
	"<script><!--<script></SCRIPT\t-</script>x", "<script><!--<script><x</script>y</script>z",
	"<script>", "<script/>x</script>y", "<style>a<b>c</style>d", "<title>a</title >b",
	"<textarea>a</textarea/x>b", "<xmp><b></xmp>", "<plaintext>a</plaintext>b", "<noscript><b>x</b></noscript>",
	"<iframe><b></iframe>x", "<noembed>a</noembed>", "<noframes>a</noframes>",
	"<svg><title><b>x</b></title><script>1</script></svg><script>2<b></script>",
	"<math><style>a<b>c</style></math>", "<svg><path/><g/>x</svg>y", "<svg><p/>x",
	"<b><i><p>x<p>y</i></b><a href=1><a href=2>z",
	strings.Repeat("<b>", 12) + "<p>x<p>y",
	strings.Repeat("<b class=a>", 5) + "<p>x" + strings.Repeat("<b class='a'>", 5) + "<p>y",
	strings.Repeat("<b c=&amp;>", 5) + "<p>x" + strings.Repeat("<b c=&>", 5) + "<p>y",
	strings.Repeat("<b c=1 c=2>", 5) + "<p>x" + strings.Repeat("<b c=1 c=3>", 5) + "<p>y",
	strings.Repeat("<b C=1 d=\r\n>", 5) + "<p>x" + strings.Repeat("<b c=1 d=\n>", 5) + "<p>y",
	strings.Repeat("<u>", 8) + "<table><td><p>t", strings.Repeat("<div>", 600) + "x",
	"<table><tr><td>a<td>b<tr><td>c</table>", "<ul><li>a<li>b</ul><dl><dt>x<dd>y</dl>",
	"a\x00b<p\x00 a\x00=b\x00>c", "<a href='x'>1</a><a href=y>2<a>3",
}

func TestScanMatchesTokenizer(t *testing.T) {
	for _, page := range scanCases {
		checkScan(t, page)
		for cut := range page {
			checkScan(t, page[:cut])
		}
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if len(paths) == 0 {
		t.Fatal("no pages under testdata/pages")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkScan(t, string(b))
	}
}

// FuzzScan holds the scanner to html.Tokenizer's tokens on any input.
func FuzzScan(f *testing.F) {
	for _, page := range scanCases {
		f.Add(page)
	}
	f.Fuzz(func(t *testing.T, page string) {
		checkScan(t, page)
	})
}
