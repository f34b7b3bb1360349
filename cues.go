package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
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
	// Advertising and sponsored content. Not "promoted": Drupal marks every node promoted
	// to the front page "node--promoted", the article itself among them.
	"ad": cueSponsored, "ads": cueSponsored, "adv": cueSponsored, "advert": cueSponsored,
	"advertisement": cueSponsored, "advertising": cueSponsored, "adsense": cueSponsored,
	"adslot": cueSponsored, "adunit": cueSponsored, "sponsor": cueSponsored, "sponsored": cueSponsored,
	"promo": cueSponsored, "advertorial": cueSponsored, "banner": cueSponsored,
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
	// "tagged" is the line "Tagged: a, b" under a post or a product ("tagged_as", "tagged-in").
	"tags": cueTags, "tag": cueTags, "tagcloud": cueTags, "keywords": cueTags, "tukhoa": cueTags,
	"hashtag": cueTags, "topics": cueTags, "tagged": cueTags,
	// Author boxes.
	"author": cueAuthor, "authorbox": cueAuthor, "bio": cueAuthor, "byline": cueAuthor,
	// A forum post's author panel (rank, join date, post count) beside each post: the
	// one-word class names that forum engines give it.
	"postprofile": cueAuthor, "userinfo": cueAuthor, "usertitle": cueAuthor, "postauthor": cueAuthor,
	// The signature a forum engine prints under each of a member's posts (quotes,
	// gear lists, links), the same under every post, as engines name it.
	"signature": cueAuthor,
	// Footers and legal text.
	"footer": cueFooter, "copyright": cueFooter, "disclaimer": cueFooter, "colophon": cueFooter,
	// Cookie and consent banners. Not "cmp" (a consent platform): Adobe Experience Manager
	// prefixes every component with it ("cmp-container", "cmp-text").
	"cookie": cueCookie, "cookies": cueCookie, "consent": cueCookie, "gdpr": cueCookie,
	"cookiebanner": cueCookie, "cookienotice": cueCookie, "cookieconsent": cueCookie, "cmplz": cueCookie,
	// The consent platforms that name their markup after themselves ("onetrust-pc-sdk",
	// "optanon-alert-box", "CybotCookiebotDialog", "didomi-popup"), whose preference
	// centre, hidden by the platform's style sheet, lists purposes at length.
	"onetrust": cueCookie, "optanon": cueCookie, "cookiebot": cueCookie, "didomi": cueCookie,
	"usercentrics": cueCookie,
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

// endOnlyWords are cue words that are also common abbreviations of other words, or
// prefixes of names, so that they name their kind only alone or as the last word of a
// compound, where a head noun stands: "adv" is an advert in "box-adv" and "adv", but
// "advanced" in "kt-adv-heading" and "adv-tabs", where a word follows that it qualifies.
// "tag" is a tag list in "post-tag", but WordPress gives a post one class "tag-<slug>"
// for each of its tags ("tag-abendhimmel"), and CSS-in-JS names a paragraph's style
// "tagStyle_…": those mark the article itself. The value says whether a part word after
// the word (see partWords) leaves it its kind: "tag-list" is a tag list, but "adv" before
// any word is read as "advanced" ("sidebar-adv-list"). "modal" names a dialog as the
// block's name ("product-details-modal", "modal-container"); an element named inside it
// ("product-details-modal__paragraph", "modal-description") is that dialog's text,
// judged by the dialog's own cue and not once more by each of its lines: a shop puts
// the product's details and measurements in a dialog opened from its page. "header" names
// a masthead or a component's header as the last word ("site-header", "card-header") or
// before a part word ("header-inner", "header__wrap"); before another word it only says
// where in a section the element sits ("section-header-copy", "category-header_description",
// "expert-header-text"): the intro copy under a section's title, prose of the page, which
// the masthead's word would drop. A BEM modifier after "--" ("page-header--sticky") is a
// variant of the element the words before it name, no word they qualify. "nav" names a
// menu at a compound's end ("main-nav") or before a part word ("nav-list", "nav-primary",
// "nav-next"); before another word it qualifies that word ("nestedNavCardGrid", a grid of
// cards that lead on, a block of the page's own): measured on wcxb-dev, 4 pages up and 1
// down, +0.27 page-points, no other set moved.
var endOnlyWords = map[string]bool{"adv": false, "tag": true, "modal": true, "header": true, "nav": true}

// partWords name the parts and wrappers of a box: after "tag" they say that it names a
// box ("tag-list", "tag-links", "tag-cloud"), where another word would be a name it
// qualifies ("tag-abendhimmel"). They are looked up only after such a word, so that the
// common words of class names ("wrapper", "box") stay out of attrWords. The rank and
// direction words ("main", "primary", "top", "next", "prev") and a menu's styles ("tabs",
// "pills") are parts too: "header-main" is a masthead, "nav-next" a pager's link.
var partWords = map[string]bool{
	"list": true, "links": true, "link": true, "cloud": true, "item": true, "items": true,
	"menu": true, "box": true, "wrap": true, "wrapper": true, "container": true, "area": true,
	"block": true, "widget": true, "bar": true, "section": true, "group": true, "holder": true,
	"module": true, "inner": true, "panel": true, "row": true, "icon": true,
	"main": true, "top": true, "primary": true, "secondary": true, "tabs": true, "pills": true,
	"prev": true, "next": true, "previous": true,
}

// negatingWords open a class name that says a block lacks or hides what the rest names:
// "no-ads" and "without-ads" mark a page or a column served without adverts, and
// "hide-read-more-ad" a list of teasers that hides the advert slot among them. Such a
// token names no advert. Other kinds keep their word: "no-print" and "no-header" mark
// the site's furniture (left out of print) or a box's layout, and pruning relies on them.
// The map is read with a string conversion the compiler does not allocate.
var negatingWords = map[string]bool{"no": true, "hide": true, "without": true}

// negatingFilter tells from a word's length and first byte whether it may be in
// negatingWords: the first word of every class token is asked, and most are turned
// away without a map lookup.
var negatingFilter = func() (f [maxWordBytes + 1][256]bool) {
	for w := range negatingWords {
		f[len(w)][w[0]] = true
	}
	return f
}()

// isNegatingWord reports whether w, a word in lower case, is in negatingWords.
func isNegatingWord(w []byte) bool {
	return len(w) > 0 && len(w) <= maxWordBytes && negatingFilter[len(w)][w[0]] && negatingWords[string(w)]
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
// where it came from ("Foto: …", "Bild: …", "Kuva: …"), and the German source line under
// a picture or a table ("Quelle: …"). Matched lower-cased at the start of a short block,
// after an opening parenthesis.
var creditPrefixes = []string{
	"foto:", "fotos:", "photo:", "photos:", "photo credit", "bild:", "bilder:", "credit:", "credits:",
	"crédit:", "crédito:", "crédits photos", "crédit photo", "image:", "image credit", "picture:",
	"photograph:", "imagen:", "titelbild:", "beitragsbild", "kuva:", "zdjęcie:", "fot.", "foto ©", "© foto",
	"quelle:", "bildquelle:", "fotoquelle:",
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
	"यह भी पढ़ें", "อ่านเพิ่มเติม", "lees ook", "czytaj także", "czytaj też", "czytaj również",
	"zobacz także", "zobacz też", "zobacz również", "【関連記事】", "相关新闻", "相關新聞",
	"관련 기사",
	"read full article", "read the full article", "zum artikel", "lire l'article", "leer el artículo", "leggi l'articolo", "ler o artigo",
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

// wordSet is a set of the word lists that mark the elements the metadata and page-type
// walks look for, as bits: titleTokens, dateTokens, authorTokens and crumbTokens, and the
// page-type vocabularies priceTokens, cartTokens, postTokens and buttonTokens.
type wordSet uint8

const (
	wordTitle wordSet = 1 << iota
	wordDate
	wordAuthor
	wordCrumb
	wordPrice
	wordCart
	wordPost
	wordButton
)

// attrWord is what one word of a class, id or itemprop value says: the kind of block it
// names, when it is in classTokens, and the word lists that hold it.
type attrWord struct {
	kind    cueKind
	isCue   bool // the word is in classTokens
	endOnly bool // the word is in endOnlyWords
	before  bool // and keeps its kind before a part word
	inLists wordSet
}

// attrWords joins classTokens and the metadata word lists into one table, so that each
// word of an attribute is looked up once for all of them.
var attrWords = buildAttrWords(classTokens, map[wordSet]map[string]bool{
	wordTitle: titleTokens, wordDate: dateTokens, wordAuthor: authorTokens, wordCrumb: crumbTokens,
	wordPrice: priceTokens, wordCart: cartTokens, wordPost: postTokens, wordButton: buttonTokens,
})

// buildAttrWords is a pure function of the tables it is given, run once at package
// initialisation.
func buildAttrWords(cues map[string]cueKind, lists map[wordSet]map[string]bool) map[string]attrWord {
	t := make(map[string]attrWord, len(cues)+64)
	for w, k := range cues {
		before, endOnly := endOnlyWords[w]
		t[w] = attrWord{kind: k, isCue: true, endOnly: endOnly, before: before}
	}
	for bit, list := range lists {
		for w := range list {
			e := t[w]
			e.inLists |= bit
			t[w] = e
		}
	}
	return t
}

// attrWordFilter tells from a word's length and its first and last letters whether it may
// be in attrWords: most words of class names ("col", "wrapper", "wp", "block") are not,
// and are turned away without a map lookup. A word of attrWords that is not all
// lower-case ASCII letters is left out: the scan never makes such a word.
var attrWordFilter = func() (f [maxWordBytes + 1][26]uint32) {
	for w := range attrWords {
		if len(w) == 0 || len(w) > maxWordBytes || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			continue
		}
		f[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return f
}()

// lookupAttrWord looks up a word of lower-case ASCII letters in attrWords.
func lookupAttrWord(w []byte) (attrWord, bool) {
	if n := len(w); n == 0 || attrWordFilter[n][w[0]-'a']&(1<<(w[n-1]-'a')) == 0 {
		return attrWord{}, false
	}
	e, ok := attrWords[string(w)]
	return e, ok
}

// attrKinds classifies a class, id or similar attribute value; see attrCues.
func attrKinds(v string) uint32 {
	kinds, _ := attrCues(v)
	return kinds
}

// attrCues classifies a class, id or similar attribute value. Each space-separated token
// is split into lower-case ASCII words at punctuation, digits and lower-to-upper case
// changes ("relatedNews" gives "related", "news"), and names one kind: that of its last
// cue word, since compound names put the head noun last ("article-comments" is comments;
// "comment-content" and "section-ranking-content" are content). A token whose words
// joined are a cue ("read-more" is "readmore") is that cue, unless it holds a digit. A
// word that touches a digit is part of a generated name ("w-node-5343ad4": its "ad" is
// not an advert) and names no kind; nor do a generated name's letters joined ("8a7d"). It reports the kinds of all tokens as a bit set, and the word lists (see wordSet)
// that hold any word or joined token, the touching-digit ones included. It does not
// allocate: attributes are classified for every element of every page.
func attrCues(v string) (kinds uint32, lists wordSet) {
	kinds, lists, _ = attrFacts(v)
	return kinds, lists
}

// attrFacts is attrCues that also reports hasHiddenClass(v), read in the same pass over
// the value: the walk asks both of every class.
func attrFacts(v string) (kinds uint32, lists wordSet, hidden bool) {
	s := tokenScan{joinedUsable: true}
	start := 0 // the current token's first byte
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
		}
		if 'a' <= c && c <= 'z' {
			// A run of lower-case letters, most of most names, is added at once.
			j := i + 1
			for j < len(v) && 'a' <= v[j] && v[j] <= 'z' {
				j++
			}
			if j < len(v) && isAlnumByte(v[j]) && mayOpenGeneratedRun(v, i, start) {
				if end := generatedRunEnd(v, i); end > 0 {
					s.skipRun()
					i = end - 1 // a random record id names nothing (see cues_genid13.go)
					continue
				}
			}
			s.addLower(v[i:j])
			i = j - 1
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			kinds |= s.endToken()
			hidden = hidden || isHiddenToken(v[start:min(i, len(v))])
			start = i + 1
			continue
		}
		if c < 'a' && isAlnumByte(c) && mayOpenGeneratedRun(v, i, start) {
			if end := generatedRunEnd(v, i); end > 0 {
				s.skipRun()
				i = end - 1
				continue
			}
		}
		s.add(c)
		if c == '_' && i+1 < len(v) && v[i+1] == '_' {
			if end := cssModuleHashEnd(v, i); end > 0 {
				i = end - 1 // a CSS-modules hash names nothing (see cues_hash.go)
			}
		}
	}
	return kinds, s.lists, hidden
}

// maxWordBytes bounds a word of a class token: longer ones are cut, since no cue comes
// near this length.
const maxWordBytes = 32

// tokenScan holds the state of attrCues within one space-separated token, and the word
// lists met so far in the whole value.
type tokenScan struct {
	word, joined   [maxWordBytes]byte
	nWord, nJoined int
	words          int
	last           cueKind
	prevLower      bool
	prevDigit      bool
	touchesDigit   bool
	joinedUsable   bool
	lists          wordSet
	variant        bool // the token holds ':': a utility-CSS variant ("print:break-inside-avoid")
	// endOnly is set when the last word was an endOnlyWords word that set last; beforeEnd
	// is last as it was before that word, restored if another word follows, unless
	// beforePart says that a part word leaves the kind and one does.
	endOnly    bool
	beforePart bool
	beforeEnd  cueKind
	negated    bool // the token opens with a negating word (see negatingWords)
	having     bool // the token opens with a having word (see havingWords)
	// dashes counts the '-' in a row just read; modifier says that the current word
	// follows two of them: a BEM modifier ("article__header--restricted"), a variant of
	// the element the words before it name, which it leaves what it is.
	dashes   uint8
	modifier bool
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
			s.modifier = s.dashes >= 2
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
	if c >= 0x80 || digit {
		// Not an ASCII name, or a generated one ("8a7d", whose letters joined read
		// "ad"): its joined form names no kind.
		s.joinedUsable = false
	}
	if c == ':' {
		s.variant = true
	}
	s.prevLower, s.prevDigit = lower, digit
	if c == '-' {
		s.dashes++
	} else {
		s.dashes = 0
	}
}

// addLower adds a run of lower-case ASCII letters, as add would one by one.
func (s *tokenScan) addLower(run string) {
	if s.nWord == 0 {
		s.touchesDigit = s.prevDigit
		s.modifier = s.dashes >= 2
	}
	s.dashes = 0
	s.nWord += copy(s.word[s.nWord:], run)
	s.nJoined += copy(s.joined[s.nJoined:], run)
	s.prevLower, s.prevDigit = true, false
}

func (s *tokenScan) endWord() {
	if s.nWord == 0 {
		return
	}
	s.words++
	if s.words == 1 && isNegatingWord(s.word[:s.nWord]) {
		s.negated = true
	}
	if s.words == 1 && isHavingWord(s.word[:s.nWord]) {
		s.having = true
	}
	if s.endOnly {
		if !s.beforePart || !partWords[string(s.word[:s.nWord])] && !s.modifier {
			s.last = s.beforeEnd
		}
		s.endOnly = false
	}
	if w, ok := lookupAttrWord(s.word[:s.nWord]); ok {
		if w.isCue && !s.touchesDigit {
			if w.endOnly {
				s.endOnly, s.beforeEnd, s.beforePart = true, s.last, w.before
			}
			s.last = w.kind
		}
		s.lists |= w.inLists
	}
	s.nWord, s.touchesDigit = 0, false
}

// endToken finishes a token and returns its kind as a bit set, and resets the scan but
// for the word lists met.
func (s *tokenScan) endToken() uint32 {
	s.endWord()
	if s.words > 1 {
		if w, ok := lookupAttrWord(s.joined[:s.nJoined]); ok {
			if w.isCue && s.joinedUsable {
				s.last = w.kind
			}
			s.lists |= w.inLists
		}
	}
	var set uint32
	if s.last != cueNone && !s.variant && !(s.negated && s.last == cueSponsored) && !s.having {
		set = 1 << s.last
	}
	*s = tokenScan{joinedUsable: true, lists: s.lists}
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
	for i := 0; i < len(v); {
		for i < len(v) && isASCIISpace(v[i]) {
			i++
		}
		j := i
		for j < len(v) && !isASCIISpace(v[j]) {
			j++
		}
		if isHiddenToken(v[i:j]) {
			return true
		}
		i = j
	}
	return false
}

// isHiddenToken reports whether one class token is in hiddenClasses, in ASCII lower
// case.
func isHiddenToken(t string) bool {
	n := len(t)
	if n == 0 || n > maxHiddenClass || !hiddenClassFilter[n][lower(t[0])] {
		return false
	}
	var buf [maxHiddenClass]byte
	for k := 0; k < n; k++ {
		c := t[k]
		if 'A' <= c && c <= 'Z' {
			c |= 0x20
		}
		buf[k] = c
	}
	return hiddenClasses[string(buf[:n])]
}

// hiddenClassFilter tells from a class token's length and first byte (in lower case)
// whether it may be in hiddenClasses: most tokens are turned away without a map lookup.
var hiddenClassFilter = func() (f [maxHiddenClass + 1][256]bool) {
	for c := range hiddenClasses {
		f[len(c)][c[0]] = true
	}
	return f
}()

// maxHiddenClass is the length of the longest name in hiddenClasses (a test holds it to
// that).
const maxHiddenClass = len("screen-reader-text")

// isASCIISpace reports whether c is ASCII white space (see asciiSpaceBits).
func isASCIISpace(c byte) bool {
	return c <= ' ' && asciiSpaceBits>>c&1 != 0
}

// asciiSpaceBits marks the ASCII white space as bits of a word, so that isASCIISpace
// answers with one test rather than six.
const asciiSpaceBits uint64 = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<'\f' | 1<<'\v'

// valueHasWord reports whether a word of an attribute value is in set. The words are
// split as attrCues splits them (at punctuation, digits and lower-to-upper case changes,
// in lower-case ASCII), and a multi-word token's words joined count too ("read-more"
// gives "read", "more" and "readmore"). It does not allocate.
func valueHasWord(v string, set map[string]bool) bool {
	var word, joined [maxWordBytes]byte
	nWord, nJoined, words := 0, 0, 0
	prevLower := false
	for i := 0; i <= len(v); i++ {
		c := byte(' ')
		if i < len(v) {
			c = v[i]
		}
		if 'a' <= c && c <= 'z' {
			// A run of lower-case letters, most of most names, is added at once.
			j := i + 1
			for j < len(v) && 'a' <= v[j] && v[j] <= 'z' {
				j++
			}
			nWord += copy(word[nWord:], v[i:j])
			nJoined += copy(joined[nJoined:], v[i:j])
			prevLower = true
			i = j - 1
			continue
		}
		upper := 'A' <= c && c <= 'Z'
		if (!upper || prevLower) && nWord > 0 {
			if set[string(word[:nWord])] {
				return true
			}
			nWord = 0
			words++
		}
		if isASCIISpace(c) {
			if words > 1 && set[string(joined[:nJoined])] {
				return true
			}
			nJoined, words = 0, 0
		}
		if upper {
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
		prevLower = false
		if c == '_' && i+1 < len(v) && v[i+1] == '_' {
			if end := cssModuleHashEnd(v, i); end > 0 {
				i = end - 1 // a CSS-modules hash names nothing (see cues_hash.go)
			}
		}
	}
	return false
}
