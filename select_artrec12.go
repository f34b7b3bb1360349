package winnow

import "golang.org/x/net/html/atom"

// This file holds an exception to the named body (see namedBody): an article that
// closes with its own questions and answers.

// faqHeadingWords are the words of a heading over a block of questions and answers, in
// lower case, per language. A how-to or a guide often closes with "Frequently Asked
// Questions" on its own topic below the body's widget, in a template block of its own:
// those answers are the article's, where a pitch or a teaser below the body is not. A
// heading matches when it holds one of them ("Event Planning FAQs").
var faqHeadingWords = []string{
	"faq", "frequently asked questions", "common questions", // en
	"preguntas frecuentes",                        // es
	"perguntas frequentes",                        // pt
	"questions fréquentes", "foire aux questions", // fr
	"häufig gestellte fragen", "häufige fragen", // de
	"domande frequenti",                  // it
	"veelgestelde vragen",                // nl
	"często zadawane pytania",            // pl
	"часто задаваемые вопросы",           // ru
	"câu hỏi thường gặp",                 // vi
	"常见问题", "常見問題", "よくある質問", "자주 묻는 질문", // zh, ja, ko
}

var faqHeadingPhrases = newPhraseSet(faqHeadingWords)

// closingFAQ reports whether the mass choice m holds, after the named body best, a
// sub-heading of questions and answers (see faqHeadingWords): the prose below the body
// is then the article's closing FAQ, and the mass choice keeps it.
func (t *tree) closingFAQ(best, m int32) bool {
	for i, end := t.subtreeEnd(best), t.subtreeEnd(m); i < end; i++ {
		b := &t.nodes[i]
		if isSubheading(b.tag) && b.units > 0 && b.units <= maxHeadingText &&
			faqHeadingPhrases.in(t.inlineText(i)) {
			return true
		}
	}
	return false
}

// soleWrapper returns the outermost ancestor of best that holds nothing but best's
// text, below <body>: themes wrap an article's body in a few layers of fields and
// items ("field-name-body > field-items > field-item"), and the standfirst or intro
// that belongs with it sits beside the outermost layer, where gatherSiblings looks.
// On a listing, a spread page or a discussion the blocks beside the choice are judged
// by their own rules (an item's text beside a listing's, a reply beside a post), and
// best stays where it is.
func (t *tree) soleWrapper(best int32) int32 {
	if t.spread || t.listed || t.discussion {
		return best
	}
	for p := t.nodes[best].parent; p != none && p != t.body && t.nodes[p].tag != atom.Html &&
		t.nodes[p].units == t.nodes[best].units; p = t.nodes[p].parent {
		best = p
	}
	return best
}
