package winnow

import (
	"strings"
	"testing"
)

// TestOpensWithPromo holds opensWithPromo, which reads a line's opening, to the answers
// of hasPromoPrefix, which reads the whole line: on every phrase, opening long and short
// lines, behind bullets, spaces and marks that push it past the opening read first, cut
// at every length, and on lines of prose that open with none.
func TestOpensWithPromo(t *testing.T) {
	long := strings.Repeat("Lorem ipsum dolor sit amet, ", 20)
	thai := strings.Repeat("ภาษาไทยเป็นภาษาที่มีระดับเสียง ", 20)
	var lines []string
	for _, list := range [][]string{promoPrefixes, postMetaPrefixes} {
		for _, p := range list {
			up := strings.ToUpper(p)
			for _, pre := range []string{"", "» ", "¡", "  \u00a0 ", strings.Repeat(" ", 200), strings.Repeat("• ", 60), strings.Repeat("\u200b", 50)} {
				for _, tail := range []string{"", " x", long, thai} {
					lines = append(lines, pre+p+tail, pre+up+tail)
				}
			}
			// The phrase cut short at every byte, and followed by prose.
			for i := range len(p) {
				lines = append(lines, p[:i]+long, p[:i])
			}
		}
	}
	lines = append(lines, long, thai, "", " ", strings.Repeat("-", 500), "\xff\xfe"+long,
		"Simak berita dan artikel lainnya di Google News", "Simpang Lima kembali dipadati warga",
		strings.Repeat("ü", 300)+"subscribe to", "SUGGESTED\u00a0CITATION\u00a0Sauer, Heiko")
	for _, s := range lines {
		if got, want := opensWithPromo(s), hasPromoPrefix(s); got != want {
			t.Errorf("opensWithPromo(%.80q) = %v, hasPromoPrefix says %v", s, got, want)
		}
	}
	if !opensWithPromo("Follow us on Twitter " + long) {
		t.Error("a long line that opens with a call is one")
	}
	if opensWithPromo(long) {
		t.Error("a line of prose is no call")
	}
}

// TestNotePhrases: the one pass over a line for both kinds of notice finds what the two
// passes find, so that a line it turns away holds neither.
func TestNotePhrases(t *testing.T) {
	var lines []string
	for _, list := range [][]string{disclaimerWords, pitchWords, rightsNotices} {
		for _, w := range list {
			lines = append(lines, w, "the end. "+w+" of the site", w[:len(w)/2])
		}
	}
	lines = append(lines, "", "a line of the story itself", strings.Repeat("prose ", 100))
	for _, s := range lines {
		if got, want := notePhrases.inLower(s), hasDisclaimer(s) || hasRightsNotice(s); got != want {
			t.Errorf("notePhrases.inLower(%q) = %v, the two passes say %v", s, got, want)
		}
	}
}
