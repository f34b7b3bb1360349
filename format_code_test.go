package winnow

import "testing"

func TestStripGutter(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"1# Download\n2import os\n3\n4x = f(\n5)", "# Download\nimport os\n\nx = f(\n)"}, // glued gutter
		{" 9a\n10b\n11", "a\nb\n"},                                               // right-aligned, counting from 9
		{"1 import os\n2\n3 x = 1", "import os\n\nx = 1"},                        // a space after the gutter, an empty line bare
		{"1 Alice 90\n2 Bob 85\n3 Carol 80", "1 Alice 90\n2 Bob 85\n3 Carol 80"}, // a ranking: every number spaced from its text
		{"1. one\n2. two\n3) three", "1. one\n2. two\n3) three"},                 // a numbered list in a <pre>
		{"10 PRINT\n20 GOTO 10", "10 PRINT\n20 GOTO 10"},                         // BASIC's own numbers
		{"1x\n3y", "1x\n3y"},                                                     // not counting by one
		{"1+1", "1+1"},                                                           // one line is code
		{"x = 1\n2y", "x = 1\n2y"},                                               // a line without a number
	} {
		if got, _ := stripGutter(c.in); got != c.want {
			t.Errorf("stripGutter(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsGutterOnly(t *testing.T) {
	for in, want := range map[string]bool{"1\n2\n3": true, " 7\n 8\n 9\n10": true, "1\n3": false, "1": false, "1\n2\nx": false} {
		if got := isGutterOnly(in); got != want {
			t.Errorf("isGutterOnly(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestClassLang(t *testing.T) {
	for _, c := range []struct {
		class string
		bare  bool
		want  string
	}{
		{"language-go", false, "go"},
		{"highlight-python notranslate", false, "python"},
		{"highlight-default", false, ""},
		{"brush: js; notranslate", false, "js"},
		{"brush:php;", false, "php"},
		{"rust rust-example-rendered", true, "rust"},
		{"rust", false, ""},
		{"lang-auto hljs", true, ""},
		{"notranslate", true, ""},
	} {
		if got := classLang(c.class, c.bare); got != c.want {
			t.Errorf("classLang(%q, %v) = %q, want %q", c.class, c.bare, got, c.want)
		}
	}
}
