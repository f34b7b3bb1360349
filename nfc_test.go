package winnow

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfcRunes are runes that meet around normalisation: Vietnamese precomposed and with
// combining marks, Hangul syllables and jamo, kana and voicing marks, Thai tone marks,
// Devanagari nukta, Greek, a singleton (U+212B), a composition exclusion (U+0958), an
// emoji, and bytes that are not UTF-8.
var nfcRunes = []string{
	"a", "e", " ", "\u0301", "\u0300", "\u0323", "\u0302", "ệ", "ế", "Ạ", "\u0306", "\u031b",
	"가", "\u1100", "\u1161", "\u11a8", "か", "\u3099", "が", "ก", "\u0e48", "\u0e38",
	"क", "\u093c", "ऩ", "ά", "\u0345", "Å", "\u212b", "\u0958", "中", "😀", "\xff", "\xe4\xb8",
	"\u0f73", "\u0344", "ﬀ", "é",
}

func TestIsNFC(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for range 20000 {
		var sb strings.Builder
		for range rng.Intn(12) {
			sb.WriteString(nfcRunes[rng.Intn(len(nfcRunes))])
		}
		s := sb.String()
		if got, want := isNFCString(s), norm.NFC.IsNormalString(s); got != want {
			t.Fatalf("isNFCString(%+q) = %v, want %v", s, got, want)
		}
		if got, want := isNFCBytes([]byte(s)), norm.NFC.IsNormal([]byte(s)); got != want {
			t.Fatalf("isNFCBytes(%+q) = %v, want %v", s, got, want)
		}
	}
	// Past 30 combining marks in a row, NFC inserts a grapheme joiner.
	s := "e" + strings.Repeat("\u0301", 31)
	if isNFCString(s) != norm.NFC.IsNormalString(s) {
		t.Fatalf("isNFCString of a long run of marks differs from the normaliser")
	}
}

// TestNFCInert holds isNFCInert and knownInert to their definition for every rune of
// the BMP.
func TestNFCInert(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		want := p.CCC() == 0 && p.LeadCCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s)
		if got := isNFCInert(r); got != want {
			t.Fatalf("isNFCInert(%U) = %v, want %v", r, got, want)
		}
		// isNFCInert has filled r's block: knownInert answers from it.
		if got := knownInert(r); r >= latinInert && got != want {
			t.Fatalf("knownInert(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzIsNFC holds isNFC to the normaliser's check on any input.
func FuzzIsNFC(f *testing.F) {
	for _, r := range nfcRunes {
		f.Add("x" + r + "y")
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isNFCString(s), norm.NFC.IsNormalString(s); got != want {
			t.Fatalf("isNFCString(%+q) = %v, want %v", s, got, want)
		}
	})
}

// TestValidNFC holds validNFC to utf8.Valid and norm.NFC.IsNormal.
func TestValidNFC(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for range 20000 {
		var sb strings.Builder
		for range rng.Intn(12) {
			sb.WriteString(nfcRunes[rng.Intn(len(nfcRunes))])
			if rng.Intn(4) == 0 {
				sb.WriteString("plain ascii text")
			}
		}
		b := []byte(sb.String())
		valid, nfc := validNFC(b)
		if valid != utf8.Valid(b) || valid && nfc != norm.NFC.IsNormal(b) {
			t.Fatalf("validNFC(%+q) = %v, %v; want %v, %v", b, valid, nfc, utf8.Valid(b), norm.NFC.IsNormal(b))
		}
	}
}

// TestAllNFCInert: text of inert runes is in NFC, and lookupHeading keys such headings
// without allocating.
func TestAllNFCInert(t *testing.T) {
	for _, s := range []string{"tin liên quan", "相关阅读", "관련 기사", "e\u0301", "\xff", "ก่อน"} {
		if allNFCInert([]byte(s)) && !norm.NFC.IsNormalString(s) {
			t.Errorf("allNFCInert(%+q) but not NFC", s)
		}
	}
	if !allNFCInert([]byte("tin liên quan")) {
		t.Error("precomposed Vietnamese is not all inert")
	}
	if n := testing.AllocsPerRun(100, func() { lookupHeading("Tin liên quan") }); n != 0 {
		t.Errorf("lookupHeading of a Vietnamese heading allocates %v times", n)
	}
}
