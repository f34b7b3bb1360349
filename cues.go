package winnow

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// cueKind names a kind of block: boilerplate of one sort, or content.
type cueKind uint8

const (
	cueNone cueKind = iota
	cueRelated
	cueLatest
	cueSponsored
	cueComments
	cueShare
	cueNewsletter
	cueTags
	cueAuthor
	cueFooter
	cueCookie
	cueUI
	cueNav
	cueOverlay
	cueContent
	numCueKinds
)

var cueNames = [numCueKinds]string{
	cueNone: "", cueRelated: "related", cueLatest: "latest/popular", cueSponsored: "sponsored",
	cueComments: "comments", cueShare: "share", cueNewsletter: "newsletter", cueTags: "tags",
	cueAuthor: "author box", cueFooter: "footer", cueCookie: "cookie banner", cueUI: "ui",
	cueNav: "navigation", cueOverlay: "overlay", cueContent: "content",
}

func (k cueKind) String() string { return cueNames[k] }

// strongHeadingKinds are the kinds of box whose heading alone is enough to drop the block
// it opens, when that block is small next to the article: a "Related" or "Mới nhất" heading
// over a list is never the article itself. The other kinds ("Author", "Theo", "©") are
// too common as ordinary words to act on without a link-heavy block under them.
var strongHeadingKinds = [numCueKinds]bool{
	cueRelated: true, cueLatest: true, cueSponsored: true, cueComments: true,
	cueNewsletter: true, cueTags: true, cueShare: true, cueCookie: true,
}

// langCues holds one language's boilerplate headings by kind of box.
type langCues struct {
	lang    string
	phrases map[cueKind][]string
}

// classTokens maps the words found in class, id and role attributes to the kind of block
// they mark. Attributes are split into words at spaces, '-', '_' and lower-to-upper case
// changes, and only whole words match: "ad" marks "ad-slot" but not "header" or "shadow".
// A token with a colon is a utility-CSS class with a variant ("print:break-inside-avoid",
// "md:sidebar-w-64"): styling, whatever its words, and no cue.
// The words are the ones CMSs use in many languages, romanised Vietnamese among them
// ("lienquan" is "related", "binhluan" is "comments"); no site's own class names.
var classTokens = map[string]cueKind{
	// Related and read-also boxes.
	"related": cueRelated, "relate": cueRelated, "relatedposts": cueRelated, "relatednews": cueRelated,
	"readmore": cueRelated, "recommend": cueRelated, "recommended": cueRelated, "recommendation": cueRelated,
	"recommendations": cueRelated, "suggest": cueRelated, "suggested": cueRelated, "suggestions": cueRelated,
	"lienquan": cueRelated, "tinlienquan": cueRelated, "xemthem": cueRelated, "docthem": cueRelated, "outbrain": cueRelated,
	"taboola": cueRelated, "yarpp": cueRelated, "morenews": cueRelated, "more-stories": cueRelated,
	// Latest, most read, trending.
	"latest": cueLatest, "newest": cueLatest, "popular": cueLatest, "mostread": cueLatest,
	"mostpopular": cueLatest, "mostviewed": cueLatest, "trending": cueLatest, "ranking": cueLatest,
	"tinmoi": cueLatest, "docnhieu": cueLatest, "xemnhieu": cueLatest, "noibat": cueLatest,
	"topnews": cueLatest, "hotnews": cueLatest,
	// Advertising and sponsored content.
	"ad": cueSponsored, "ads": cueSponsored, "adv": cueSponsored, "advert": cueSponsored,
	"advertisement": cueSponsored, "advertising": cueSponsored, "adsense": cueSponsored,
	"adslot": cueSponsored, "adunit": cueSponsored, "sponsor": cueSponsored, "sponsored": cueSponsored,
	"promo": cueSponsored, "promoted": cueSponsored, "advertorial": cueSponsored, "banner": cueSponsored,
	"quangcao": cueSponsored, "taitro": cueSponsored, "dfp": cueSponsored, "gpt": cueSponsored,
	// Comments.
	"comment": cueComments, "comments": cueComments, "commentlist": cueComments, "disqus": cueComments,
	"respond": cueComments, "replies": cueComments, "binhluan": cueComments, "discussion": cueComments,
	// User reviews and ratings under a product or a recipe: plural forms only, since a
	// "review-body" is the text of a review article.
	"reviews": cueComments, "ratings": cueComments, "testimonials": cueComments,
	// Sharing and social buttons.
	"share": cueShare, "sharing": cueShare, "social": cueShare, "sns": cueShare, "addthis": cueShare,
	"addtoany": cueShare, "sharedaddy": cueShare, "print": cueShare, "bookmark": cueShare, "follow": cueShare,
	// Newsletters, sign-ups, paywalls.
	"newsletter": cueNewsletter, "subscribe": cueNewsletter, "subscription": cueNewsletter,
	"signup": cueNewsletter, "paywall": cueNewsletter, "login": cueOverlay,
	// Tag lists.
	"tags": cueTags, "tag": cueTags, "tagcloud": cueTags, "keywords": cueTags, "tukhoa": cueTags,
	"hashtag": cueTags, "topics": cueTags,
	// Author boxes.
	"author": cueAuthor, "authorbox": cueAuthor, "bio": cueAuthor, "byline": cueAuthor,
	// Footers and legal text.
	"footer": cueFooter, "copyright": cueFooter, "disclaimer": cueFooter, "colophon": cueFooter,
	// Cookie and consent banners. Not "cmp" (a consent platform): Adobe Experience Manager
	// prefixes every component with it ("cmp-container", "cmp-text").
	"cookie": cueCookie, "cookies": cueCookie, "consent": cueCookie, "gdpr": cueCookie,
	"cookiebanner": cueCookie, "cookienotice": cueCookie, "cookieconsent": cueCookie, "cmplz": cueCookie,
	// Page furniture.
	"nav": cueNav, "navbar": cueNav, "navigation": cueNav, "menu": cueNav, "breadcrumb": cueNav,
	"breadcrumbs": cueNav, "sidebar": cueNav, "header": cueNav, "masthead": cueNav,
	"pagination": cueNav, "pager": cueNav, "paging": cueNav, "toolbar": cueNav, "skip": cueNav,
	// Overlays: dialogs, pop-ups, log-in panels, shown over the page on demand.
	"modal": cueOverlay, "popup": cueOverlay, "overlay": cueOverlay, "dialog": cueOverlay,
	"lightbox": cueOverlay, "signin": cueOverlay,
	// Content containers: the words CMSs give the element that holds the article body.
	"article": cueContent, "content": cueContent, "body": cueContent, "post": cueContent,
	"entry": cueContent, "story": cueContent, "text": cueContent, "main": cueContent,
	"detail": cueContent, "articlebody": cueContent, "postbody": cueContent, "prose": cueContent,
	"blog": cueContent, "news": cueContent, "page": cueContent, "single": cueContent,
}

// tagKinds marks elements whose tag alone says what they are.
var tagKinds = map[atom.Atom]cueKind{
	atom.Nav: cueNav, atom.Aside: cueNav, atom.Footer: cueFooter, atom.Header: cueNav,
	atom.Menu: cueNav,
}

// roleKinds marks ARIA landmark roles.
var roleKinds = map[string]cueKind{
	"navigation": cueNav, "banner": cueNav, "contentinfo": cueFooter, "complementary": cueNav,
	"search": cueNav, "dialog": cueOverlay, "menu": cueNav, "menubar": cueNav,
	"main": cueContent, "article": cueContent,
}

// creditPrefixes open a photo credit: the line under a picture that names who took it or
// where it came from ("Foto: …", "Bild: …", "Kuva: …"). Matched lower-cased at the start
// of a short block, after an opening parenthesis.
var creditPrefixes = []string{
	"foto:", "fotos:", "photo:", "photos:", "photo credit", "bild:", "bilder:", "credit:", "credits:",
	"crédit:", "crédito:", "crédits photos", "crédit photo", "image:", "image credit", "picture:",
	"photograph:", "imagen:", "titelbild:", "beitragsbild", "kuva:", "zdjęcie:", "fot.", "foto ©", "© foto",
}

// stockAgencies are picture agencies: a short line that names one is a credit.
var stockAgencies = []string{
	"getty images", "istock", "shutterstock", "thinkstock", "fotolia", "clipdealer", "unsplash",
	"pixabay", "adobe stock", "imago images", "picture alliance", "picture-alliance",
}

// readAlsoPrefixes open a one-link paragraph that points to another article ("Đọc thêm:
// …", "Read more: …") inside the body. Matched at the start of a short, link-dominated block.
var readAlsoPrefixes = []string{
	"đọc thêm", "xem thêm", "xem tiếp", "đọc tiếp", "tin liên quan", "bài liên quan",
	"read more", "read also", "also read", "see also", "related:", "more:",
	"lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "a lire aussi",
	"lee también", "lea también", "leia também", "leia mais", "veja também", "leggi anche",
	"читайте также", "baca juga", "ayrıca okuyun", "ilgili haber", "相关阅读", "延伸閱讀",
	"延伸阅读", "関連記事", "관련기사", "اقرأ أيضا", "اقرأ أيضاً", "بیشتر بخوانید", "ये भी पढ़ें",
	"यह भी पढ़ें", "อ่านเพิ่มเติม",
}

// headingIndex maps a normalised heading to the kind of box it opens.
type headingIndex map[string]cueKind

// buildHeadingIndex folds every language's phrases into one lookup table. It is a pure
// function of the tables above, run once at package initialisation.
func buildHeadingIndex(all []langCues) headingIndex {
	idx := make(headingIndex, 2048)
	for _, lc := range all {
		for kind := cueKind(1); kind < numCueKinds; kind++ {
			for _, p := range lc.phrases[kind] {
				key := normHeading(p)
				if key == "" {
					continue
				}
				// The first kind wins; kinds are walked in the order of their
				// strength, related first.
				if _, dup := idx[key]; !dup {
					idx[key] = kind
				}
			}
		}
	}
	return idx
}

var headings = buildHeadingIndex(headingCues)

// maxHeadingRunes bounds the length of text looked up as a heading: box headings are short.
const maxHeadingRunes = 60

// maxHeadingText bounds the raw text handed to lookupHeading before trimming and folding:
// twice a heading's length leaves room for the spaces and marks that normHeading removes.
// inlineText reads at most this many bytes of a block for the same reason.
const maxHeadingText = 2 * maxHeadingRunes

// normHeading case-folds s, composes it to NFC, collapses spaces and trims punctuation and
// symbols at both ends ("Đọc thêm:" and "» Related" match "đọc thêm" and "related").
func normHeading(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
	if s == "" || utf8.RuneCountInString(s) > maxHeadingRunes {
		return ""
	}
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return norm.NFC.String(s)
}

// lookupHeading reports the kind of box a heading text opens, or cueNone.
func lookupHeading(s string) cueKind {
	if utf8.RuneCountInString(s) > maxHeadingText {
		return cueNone
	}
	return headings[normHeading(s)]
}

// hasReadAlsoPrefix reports whether text starts with a read-also label.
func hasReadAlsoPrefix(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	t = strings.TrimLeft(t, "»>›→•-–— ")
	for _, p := range readAlsoPrefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// attrKinds classifies a class, id or similar attribute value. Each space-separated
// token is split into lower-case ASCII words at punctuation, digits and lower-to-upper
// case changes ("relatedNews" gives "related", "news"), and names one kind: that of its
// last cue word, since compound names put the head noun last ("article-comments" is
// comments; "comment-content" and "section-ranking-content" are content). A token whose
// words joined are a cue ("read-more" is "readmore") is that cue. A word that touches a
// digit is part of a generated name ("w-node-5343ad4": its "ad" is not an advert) and is
// not looked up. It reports the kinds of all tokens as a bit set, without allocating:
// attributes are classified for every element of every page.
func attrKinds(v string) (set uint32) {
	s := tokenScan{joinedUsable: true}
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			set |= s.endToken()
			continue
		}
		s.add(c)
	}
	return set
}

// maxWordBytes bounds a word of a class token: longer ones are cut, since no cue comes
// near this length.
const maxWordBytes = 32

// tokenScan holds the state of attrKinds within one space-separated token.
type tokenScan struct {
	word, joined   [maxWordBytes]byte
	nWord, nJoined int
	words          int
	last           cueKind
	prevLower      bool
	prevDigit      bool
	touchesDigit   bool
	joinedUsable   bool
	variant        bool // the token holds ':': a utility-CSS variant ("print:break-inside-avoid")
}

func (s *tokenScan) add(c byte) {
	lower, upper := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z'
	digit := '0' <= c && c <= '9'
	if !lower && !upper || upper && s.prevLower {
		if digit && s.nWord > 0 {
			s.touchesDigit = true
		}
		s.endWord()
	}
	if lower || upper {
		if s.nWord == 0 {
			s.touchesDigit = s.prevDigit
		}
		c |= 0x20 // ASCII to lower case
		if s.nWord < maxWordBytes {
			s.word[s.nWord] = c
			s.nWord++
		}
		if s.nJoined < maxWordBytes {
			s.joined[s.nJoined] = c
			s.nJoined++
		}
	}
	if c >= 0x80 {
		s.joinedUsable = false // not an ASCII name: its joined form means nothing
	}
	if c == ':' {
		s.variant = true
	}
	s.prevLower, s.prevDigit = lower, digit
}

func (s *tokenScan) endWord() {
	if s.nWord == 0 {
		return
	}
	s.words++
	if !s.touchesDigit {
		if k, ok := classTokens[string(s.word[:s.nWord])]; ok {
			s.last = k
		}
	}
	s.nWord, s.touchesDigit = 0, false
}

// endToken finishes a token and returns its kind as a bit set, and resets the scan.
func (s *tokenScan) endToken() uint32 {
	s.endWord()
	if s.words > 1 && s.joinedUsable {
		if k, ok := classTokens[string(s.joined[:s.nJoined])]; ok {
			s.last = k
		}
	}
	var set uint32
	if s.last != cueNone && !s.variant {
		set = 1 << s.last
	}
	*s = tokenScan{joinedUsable: true}
	return set
}

// hiddenClasses are class names that frameworks use to hide an element from sight
// (Bootstrap's "d-none", WordPress's "screen-reader-text", Tailwind's "sr-only", …).
// Matched against whole class tokens only: "hidden-xs" hides on small screens only.
var hiddenClasses = map[string]bool{
	"hidden": true, "invisible": true, "d-none": true, "is-hidden": true, "hide": true,
	"sr-only": true, "visually-hidden": true, "visuallyhidden": true, "screen-reader-text": true,
	"screenreader-only": true, "u-hidden": true, "js-hidden": true, "element-invisible": true,
}

// hasHiddenClass reports whether a class attribute holds a hiding class. It compares each
// token in ASCII lower case through a buffer on the stack: class attributes are read for
// every element of every page.
func hasHiddenClass(v string) bool {
	var buf [maxHiddenClass]byte
	for i := 0; i < len(v); {
		for i < len(v) && isASCIISpace(v[i]) {
			i++
		}
		j := i
		for j < len(v) && !isASCIISpace(v[j]) {
			j++
		}
		if n := j - i; n > 0 && n <= maxHiddenClass {
			for k := 0; k < n; k++ {
				c := v[i+k]
				if 'A' <= c && c <= 'Z' {
					c |= 0x20
				}
				buf[k] = c
			}
			if hiddenClasses[string(buf[:n])] {
				return true
			}
		}
		i = j
	}
	return false
}

// maxHiddenClass is the length of the longest name in hiddenClasses (a test holds it to
// that).
const maxHiddenClass = len("screen-reader-text")

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// forEachWord calls fn with the lower-case ASCII words of an attribute value, split as
// attrKinds splits them (at punctuation, digits and lower-to-upper case changes), and
// with each multi-word token's words joined ("read-more" gives "read", "more",
// "readmore"). The slice passed to fn is reused between calls.
func forEachWord(v string, fn func([]byte)) {
	// The words handed to fn escape, so their buffers come from a pool rather than from
	// the heap at every call: attributes are split for many elements of every page.
	buf := wordBufs.Get().(*wordBuf)
	defer wordBufs.Put(buf)
	word, joined := &buf.word, &buf.joined
	nWord, nJoined, words := 0, 0, 0
	prevLower := false
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
		}
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		lower, upper := 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z'
		if (!lower && !upper || upper && prevLower) && nWord > 0 {
			fn(word[:nWord])
			nWord = 0
			words++
		}
		if space {
			if words > 1 {
				fn(joined[:nJoined])
			}
			nJoined, words = 0, 0
		}
		if lower || upper {
			c |= 0x20
			if nWord < maxWordBytes {
				word[nWord] = c
				nWord++
			}
			if nJoined < maxWordBytes {
				joined[nJoined] = c
				nJoined++
			}
		}
		prevLower = lower
	}
}

// wordBuf holds forEachWord's buffers.
type wordBuf struct{ word, joined [maxWordBytes]byte }

var wordBufs = sync.Pool{New: func() any { return new(wordBuf) }}
