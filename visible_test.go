package winnow

import "testing"

// TestIsAuthorURL pins which links lead to an author's page: a whole path segment in any
// ASCII case, never a part of one.
func TestIsAuthorURL(t *testing.T) {
	cases := []struct {
		href string
		want bool
	}{
		{"https://example.com/author/jane-doe/", true},
		{"/Autoren/Anna-Schmidt", true},
		{"https://example.vn/tac-gia/nguyen-van-a.html", true},
		{"/u/123", true},
		{"/by/", true},
		{"https://example.com/authority/page", false},
		{"https://example.com/co-author/x", false},
		{"https://example.com/news/2025/story", false},
		{"/author", false}, // no closing slash: the page, not a segment of a path
		{"author/jane", false},
		{"", false},
		{"/\u212author/x", false}, // the Kelvin sign is not an ASCII letter
		{"//people//x", true},
	}
	for _, c := range cases {
		if got := isAuthorURL(c.href); got != c.want {
			t.Errorf("isAuthorURL(%q) = %v, want %v", c.href, got, c.want)
		}
	}
}
