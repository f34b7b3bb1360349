package winnow

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPhraseSet holds phraseSet.in to strings.Contains(strings.ToLower(s), w) over the
// phrase lists it serves, on texts built from pieces of those phrases, upper-cased
// letters, non-ASCII runes and lengths around the stack buffer.
func TestPhraseSet(t *testing.T) {
	lists := [][]string{editWords, updateWords, publishedWords, {"x", "İ"}}
	set := newPhraseSet(lists...)
	naive := func(s string) bool {
		low := strings.ToLower(s)
		for _, list := range lists {
			for _, w := range list {
				if strings.Contains(low, w) {
					return true
				}
			}
		}
		return false
	}
	notes := newPhraseSet(rightsNotices, disclosureWords)
	if !set.singles || notes.singles {
		t.Fatal("the two sets are to read texts by both loops of phraseIn: with phrases of one byte and without")
	}
	hasNote := func(s string) bool {
		for _, w := range append(rightsNotices[:len(rightsNotices):len(rightsNotices)], disclosureWords...) {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	var all []string
	for _, list := range append(lists, rightsNotices, disclosureWords) {
		all = append(all, list...)
	}
	pieces := append(all, " ", "Ä", "K", "ZULETZT", "Zu", "letzt", "éa", "\u0130", "\u212a", "Posted", "20", "q", "ÉDIT")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			p := pieces[rng.IntN(len(pieces))]
			if n := len(p); n > 1 && rng.IntN(3) == 0 {
				p = p[rng.IntN(n):] // a piece cut anywhere, even inside a rune
			}
			b.WriteString(p)
		}
		if rng.IntN(8) == 0 {
			b.WriteString(strings.Repeat("a", maxStackLower-b.Len()%maxStackLower))
		}
		s := b.String()
		if got, want := set.in(s), naive(s); got != want {
			t.Fatalf("in(%q) = %v, want %v", s, got, want)
		}
		if got, want := notes.inLower(s), hasNote(s); got != want {
			t.Fatalf("inLower(%q) = %v, want %v", s, got, want)
		}
	}
	if newPhraseSet([]string{""}).in("") != true {
		t.Error("the empty phrase is in every text")
	}
}

// TestContainsDigit holds containsDigit to strings.ContainsAny.
func TestContainsDigit(t *testing.T) {
	for _, s := range []string{"", "a", "9", "abc0", "ab c", "١٢٣", "x\xff5", "Ⅻ", "March 3rd"} {
		if got, want := containsDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("containsDigit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPhraseStep holds phraseIn's reading of every step-th pair of bytes to
// strings.Contains, for sets whose shortest phrase gives each step from 1 to
// maxPhraseStep, on short texts of few letters where phrases start at every offset.
func TestPhraseStep(t *testing.T) {
	sets := [][]string{
		{"ab", "cab"}, {"abc", "bca"}, {"abca", "cc a", "bbbbbbbb"}, {"a bcc", "cabab"},
		{"abcbca", "ccccab", "b c a b"}, disclosureWords,
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for n, list := range sets {
		p := newPhraseSet(list)
		if want := min(maxPhraseStep, n+1); n < 5 && p.step != want {
			t.Fatalf("set %d: step %d, want %d", n, p.step, want)
		}
		for range 20000 {
			b := make([]byte, rng.IntN(24))
			for i := range b {
				b[i] = "abc "[rng.IntN(4)]
			}
			want := false
			for _, w := range list {
				want = want || strings.Contains(string(b), w)
			}
			if got := phraseIn(p, string(b)); got != want {
				t.Fatalf("set %d: phraseIn(%q) = %v, want %v", n, b, got, want)
			}
		}
	}
}

// TestAnchorSet holds anchorSet to its promise: whenever a block's words, lower-cased as
// lowerText gives them, hold a phrase, one of its text nodes may hold it. The texts are
// the phrases written as pages write them: in any case, with any white space, cut into
// text nodes anywhere, among other words in several scripts.
func TestAnchorSet(t *testing.T) {
	phrases := append([]string{"theo dõi", "подписывайтесь", "síguenos", "keep it", "in short"}, appealWords...)
	for _, c := range followCalls {
		phrases = append(phrases, c.verb)
	}
	set, leads := newPhraseSet(phrases), newAnchorSet(phrases)
	spaces := []string{" ", "\n", "\t ", "\u00a0", "  ", "\u3000"}
	cases := []func(string) string{strings.ToUpper, strings.ToLower, strings.Title, func(s string) string {
		return strings.ReplaceAll(strings.ToUpper(s), "K", "\u212a") // the Kelvin sign
	}, func(s string) string {
		return strings.ReplaceAll(strings.ToUpper(s), "I", "\u0130") // Turkish İ, which Go lower-cases to i
	}}
	fillers := []string{"Breaking:", "ПРОЧТИТЕ", "İstanbul", "Đọc thêm", "読み込み中", "and then", "", "Follow"}
	rng := rand.New(rand.NewPCG(1, 2))
	checked := 0
	for n := 0; n < 20000; n++ {
		w := phrases[rng.IntN(len(phrases))]
		w = cases[rng.IntN(len(cases))](w)
		w = strings.ReplaceAll(w, " ", spaces[rng.IntN(len(spaces))])
		text := fillers[rng.IntN(len(fillers))] + spaces[rng.IntN(len(spaces))] + w + spaces[rng.IntN(len(spaces))] + fillers[rng.IntN(len(fillers))]
		// Cut the text into nodes at random bytes (a rune cut in two is as a page
		// never is, but the words are then still compared byte for byte).
		var nodes []string
		for len(text) > 0 {
			k := 1 + rng.IntN(len(text))
			nodes, text = append(nodes, text[:k]), text[k:]
		}
		var words []byte
		for _, s := range nodes {
			if len(words) > 0 {
				words = append(words, ' ')
			}
			words = appendFields(words, s)
		}
		if !phraseIn(set, lowerCase(string(words))) {
			continue
		}
		checked++
		may := false
		for _, s := range nodes {
			may = may || leads.mayHold(s)
		}
		if !may {
			t.Fatalf("nodes %q hold a phrase (words %q) that anchorSet rules out", nodes, words)
		}
	}
	if checked < 5000 {
		t.Fatalf("only %d texts held a phrase: the test checks too little", checked)
	}
	// Most prose holds none of the phrases' first pairs, as written.
	for _, s := range []string{"The council met on Tuesday to discuss the budget.", "Rain is expected tomorrow morning."} {
		if newAnchorSet(appealWords).mayHold(s) {
			t.Errorf("anchorSet(appealWords).mayHold(%q) = true: the filter lets all through", s)
		}
	}
	ik := newAnchorSet([]string{"ikki"})
	if !ik.mayHold("\u212aIK\u0130") || !ik.mayHold("\u0130") || ik.mayHold("ikk “quoted” — é") {
		t.Error("an anchor with an i or a k must let through the texts with U+0130 or the Kelvin sign, and no other text without the anchor")
	}
	ru := newAnchorSet([]string{"подписка"})
	if !ru.mayHold("ПОДПИСКА") || ru.mayHold("“Theo dõi” — Đoc") {
		t.Error("a phrase past ASCII must let through texts holding a case of its runes, and not others")
	}
	if !newAnchorSet([]string{"ab cd"}).mayHold("x") {
		t.Error("a phrase of ASCII without four letters in a row must let every text through")
	}
}
