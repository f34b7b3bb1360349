package winnow

import (
	"bytes"
	"strings"
)

// Widget lines (session 13): short lines in the chosen text that are the labels of a
// page's widgets rather than sentences of its text. dropReaderLines reads each kept
// block's words once, lower-cased; the helpers here read those words.
//
//   - The hint of an image viewer or a fold (see viewerLabels).
//   - A placeholder that a script fills in later: "Loading…", "Loading specifications…",
//     "Loading prices for your region…". The word for loading and an ellipsis with a few
//     words between them say the line is a stand-in; a sentence that opens with the same
//     word ("Loading the van took all morning") has no ellipsis at its end.
//   - The shopping calls of a review's product boxes, each on a line of its own: "Where
//     to buy", "Check price", "Read full review", "Our rating". Only the whole line
//     counts: "Where to buy the plants near you:" is the article's own heading.
//   - The consent line under a sign-up form or an embedded player: "By signing up, you
//     agree to receive …", "By clicking submit below, you agree to …". It opens with "by"
//     and a verb of the form, and the reader is told what they agree to.

// viewerLabels are the hints of an image viewer or a folded block, written in the HTML
// as text beside the picture or the fold: Medium's "Press enter or click to view image in
// full size", a forum quote's "Click to expand...", a fold's "Show more". Lower case,
// whole lines, as controlLabels. Not "more", "see all" nor "read more": a link to more of
// a list or to the rest of a story is the page's own.
var viewerLabels = map[string]bool{
	"press enter or click to view image in full size": true, "click to expand": true,
	"click to enlarge": true, "tap to enlarge": true, "click to zoom": true, "tap to zoom": true,
	"click image to enlarge": true, "click to view larger image": true, "view larger image": true,
	"klicken zum vergrößern": true, "cliquez pour agrandir": true, "haz clic para ampliar": true,
	// The toggles of a folded block: the text they fold is read whole.
	"show more": true, "show less": true, "see more": true, "see less": true, "read less": true,
	"view less": true, "load more": true, "hide": true, "expand": true, "collapse": true,
	// The label over a row of share buttons, left when the buttons (icons) are gone. Not
	// "share" alone: a guide's step or a column's heading may be that word.
	"share it": true, "share this post": true, "share this article": true,
	"share this story": true, "share this page": true,
}

// viewerLabelMaxUnits bounds a viewer's hint: Medium's is the longest of them.
const viewerLabelMaxUnits = 40

// longViewerLabels are the viewerLabels longer than controlLabelMaxUnits: they let a
// block's text through readerAnchors, which is read before a longer block is.
var longViewerLabels = []string{"press enter or click to view image in full size"}

// loadingWords open a placeholder's label, lower case, in the languages of controlLabels.
var loadingWords = []string{
	"loading", "wird geladen", "lädt", "chargement", "cargando", "caricamento", "carregando",
	"laden", "ładowanie", "загрузка", "đang tải", "読み込み中", "加载中", "載入中",
}

// loadingMaxWords bounds the words after the loading word in a placeholder's label:
// "Loading prices for your region…" names what is to come in a few words.
const loadingMaxWords = 4

// isControlLabel13 reports whether low, a short block's words in lower case (see
// lowerWordsOf), is a control's label (see controlLabels, viewerLabels) once its dots,
// ellipsis and spaces are trimmed, or a loading placeholder: a loading word, at most
// loadingMaxWords words, and an ellipsis at its end.
func isControlLabel13(low []byte) bool {
	return isOldControlLabel(low) || isNewControlLabel(low)
}

// isOldControlLabel reports whether low is one of controlLabels, its dots, ellipsis
// and spaces aside.
func isOldControlLabel(low []byte) bool {
	return controlLabels[string(bytes.Trim(low, " .…"))]
}

// isNewControlLabel reports whether low is one of viewerLabels or a loading
// placeholder.
func isNewControlLabel(low []byte) bool {
	core := bytes.TrimRight(low, " .…")
	if viewerLabels[string(bytes.TrimLeft(core, " .…"))] {
		return true
	}
	if len(core) == len(low) || !bytes.HasSuffix(low, []byte("…")) && !bytes.HasSuffix(low, []byte("...")) {
		return false
	}
	for _, w := range loadingWords {
		if !bytes.HasPrefix(core, []byte(w)) {
			continue
		}
		rest := core[len(w):]
		if len(rest) > 0 && rest[0] != ' ' {
			return false // "loadings", "ladenburg": another word
		}
		return len(bytes.Fields(rest)) <= loadingMaxWords
	}
	return false
}

// widgetLine reports whether block i, of words low in lower case (see lowerWordsOf), is
// one of this file's widget lines that dropReaderLines reads by their words alone: a
// control's label (see isControlLabel13), a shopping call (see isShopCall) or, on a page
// that is not spread or listed, a relative time (see isRelativeTime). Apart from the
// labels of controlLabels, read wherever they are as before, none may be a phrase of a
// paragraph's running text (see inRunningText): "Get a quote" or "expand" inside a
// sentence is part of it.
func (t *tree) widgetLine(i int32, b *blk, low []byte) dropReason {
	switch {
	case b.units <= controlLabelMaxUnits && isOldControlLabel(low):
		return dropCue
	case b.units > viewerLabelMaxUnits || t.inRunningText(i):
		return keep
	case isNewControlLabel(low):
		return dropCue
	case b.units <= shopCallMaxUnits && isShopCall(low):
		return dropButton
	case b.units <= relativeTimeMaxUnits && !t.spread && !t.listed && hasRelTimeMark(low) && isRelativeTime(string(low)):
		return dropDateline
	}
	return keep
}

// shopCallMaxUnits bounds a shopping call: a few words ("Check price on Amazon").
const shopCallMaxUnits = 30

// shopCalls are the whole lines (lower case, words joined by single spaces, trailing
// marks aside) of the buttons and labels in a review's product boxes. Not "learn more"
// nor "get started": a service page's own calls are read by its rules. Not "buy now",
// "shop now" nor "buy on Amazon" either: a shop's teaser ends on them, and a review
// that lists where to buy an item names the shop in them, as part of its text.
var shopCalls = map[string]bool{
	"where to buy": true, "check price": true, "check prices": true, "check latest price": true,
	"check price on amazon": true, "check price at amazon": true, "read full review": true,
	"read the full review": true, "read our full review": true, "our rating": true,
	"view deal": true, "view deals": true, "see deal": true, "see deals": true, "see price": true,
	"see prices": true, "view price": true, "view prices": true, "get a quote": true,
	"compare prices": true,
}

// isShopCall reports whether low, a short block's words in lower case, is a shopping
// call (see shopCalls), its closing marks (":", "›", "»", "→") aside.
func isShopCall(low []byte) bool {
	return shopCalls[string(bytes.TrimRight(low, " :›»→>!"))]
}

// signupConsentVerbs follow "by" at the opening of a consent line, lower case.
var signupConsentVerbs = []string{
	"by signing up", "by clicking", "by subscribing", "by submitting", "by registering",
	"by entering your", "by providing your", "by creating an account", "by continuing",
	"by tapping", "by pressing",
}

// signupAssentWords are the words that tell the reader what they agree to (see
// signupConsentVerbs); they also let a block's text through readerAnchors.
var signupAssentWords = []string{"you agree", "you accept", "you consent", "you acknowledge"}

// signupConsentMaxUnits bounds a consent line: a sentence or two of small print.
const signupConsentMaxUnits = 300

// signupConsentReach is how far into a consent line the words of assent are looked for, in
// bytes: past the verb and the button's name ("By clicking “Start Now!” you accept").
const signupConsentReach = 80

// isSignupConsent reports whether low, a block's words in lower case, is the consent line
// of a form: it opens with one of signupConsentVerbs and says soon after that the reader
// agrees.
func isSignupConsent(low string) bool {
	for _, v := range signupConsentVerbs {
		if !strings.HasPrefix(low, v) {
			continue
		}
		head := low[len(v):]
		if len(head) > signupConsentReach {
			head = head[:signupConsentReach]
		}
		for _, w := range signupAssentWords {
			if strings.Contains(head, w) {
				return true
			}
		}
		return false
	}
	return false
}

// Relative times: a review's or a comment's stamp as a script renders it ("3 days ago",
// "vor 2 Wochen"), alone on its line. Beside a post that the page keeps as text it dates
// nothing a reader of the text needs: the page's own date is a field of the Article.
// A listing's stamps date its entries, which are its content, so it keeps them.

// relativeTimeMaxUnits bounds a relative time: a number and two words.
const relativeTimeMaxUnits = 20

// Byline names: the line that names the story's writer and nothing else ("By Rick
// Steves", "Elise Nass"), among the first lines of the chosen text. The page's metadata
// names the author, which is a field of the Article; the line is its byline, not text.
// A discussion's lines of names are its posters', and a listing's its entries' bylines.

// bylineNameLines is how many of the first lines with text are looked at: a title's
// neighbours, a dek and the byline.
const bylineNameLines = 4

// bylineNameMaxUnits bounds a byline line: a byline word and a name.
const bylineNameMaxUnits = 60

// bylineLabels open a byline before the name, lower case with the space after them.
var bylineLabels = []string{
	"written by ", "words by ", "by ", "author: ", "von ", "par ", "por ", "door ", "di ", "av ", "przez ",
}

// dropBylineNames drops, among the first lines of the chosen text of a page that is no
// discussion, listing or shop, a short block
// whose whole text is one of its authors' names, after a byline word if any.
func (t *tree) dropBylineNames(roots []int32) {
	if t.keepComments || t.discussion || t.listed || t.spread || t.shop {
		return
	}
	names := bioNames(t.authors)
	if len(names) == 0 {
		return
	}
	t.leadingLines(roots, bylineNameLines, func(j int32, b *blk) {
		if b.units <= bylineNameMaxUnits && isBylineName(t.lowerText(j), names) {
			b.drop = dropBio
		}
	})
}

// isBylineName reports whether low, a line's words in lower case, is one of names after
// a byline word if any, its marks aside ("By Ann Lee •").
func isBylineName(low string, names []string) bool {
	low = strings.Trim(low, " •|·-–—:,")
	for _, l := range bylineLabels {
		if strings.HasPrefix(low, l) {
			low = strings.TrimLeft(low[len(l):], " ")
			break
		}
	}
	for _, n := range names {
		if strings.EqualFold(low, n) {
			return true
		}
	}
	return false
}

// Failure lines: the message a widget shows when its script fails or finds nothing
// ("Sorry, we couldn't find a match for this location. Please try again.", "Oops!
// Something went wrong while submitting the form."), written in the HTML beside the
// widget and shown only then. It opens with an apology or the failure itself and says
// what failed (see failurePhrases, failureWords). dropScriptStates reads a product
// page's; this reads any other page's that is no discussion, where a poster's "Sorry,
// that went wrong" is a post. A heading is left alone: an article about errors may
// title a section with the message it is about.

// The same widgets show a message of success once the reader has sent the form: "Thank
// you! Your submission has been received!", "Thank you for subscribing to our daily
// newsletter." It opens with thanks and names what was sent (see successWords).

// successOpenings open a success line, lower case.
var successOpenings = []string{"thank you", "thanks", "✅ thank you", "✅ thanks"}

// successWords say what the reader sent, lower case. Not "for joining" nor "for
// reading": a talk's or a letter's closing thanks are its own words.
var successWords = newPhraseSet([]string{
	"for subscribing", "for signing up", "for registering", "submission has been received",
	"for your submission", "for submitting", "for completing the survey", "you're subscribed",
	"you’re subscribed", "you are subscribed", "you're now subscribed", "message has been sent",
	"check your inbox to confirm", "check your email to confirm",
})

// failureOpenings open a failure line, lower case.
var failureOpenings = []string{
	"sorry, ", "sorry we ", "sorry! ", "sorry. ", "we're sorry", "we’re sorry", "oops", "whoops",
	"uh oh", "uh-oh", "something went wrong",
}

// failureWords say what failed, beside failurePhrases, lower case.
var failureWords = newPhraseSet([]string{
	"couldn't", "couldn’t", "could not", "can't be", "cannot be", "not available", "unable to",
	"no results", "not found", "there was an error",
})

// isFailureLine reports whether low, a short block's words in lower case, is a
// widget's failure message (a failure opening, and words that say what failed) or its
// message of success (thanks, and words that say what was sent). A line
// with quotation marks is someone's words ("Sorry, I couldn't make it," she said).
func isFailureLine(low string) bool {
	low = strings.TrimLeft(low, " !¡")
	if strings.ContainsAny(low, "\"“”«»„") {
		return false
	}
	for _, o := range failureOpenings {
		if strings.HasPrefix(low, o) {
			return failurePhrases.in(low) || failureWords.in(low)
		}
	}
	for _, o := range successOpenings {
		if strings.HasPrefix(low, o) {
			return successWords.in(low)
		}
	}
	return false
}

// readerAnchors13 are the words that let a block's text through readerAnchors for this
// file's longer lines (consent, failure and success lines, Medium's viewer hint): a
// word each of them holds, chosen for a rare anchor (see phraseAnchor), so that most
// paragraphs are still never lower-cased. Not the openings themselves: "thank you"
// anchors on "than", "something" on "some", and "uh oh" on nothing, which would let
// every paragraph through.
var readerAnchors13 = []string{
	"agree", "accept", "acknowledge", // signupAssentWords, but "consent" (on "cons")
	"press enter",                                // longViewerLabels
	"sorry", "oops", "whoops", "wrong", "couldn", // failure lines
	"subscrib", "submission", "submitting", "survey", "signing", "registering", "message",
	"confirm", // success lines
}

// opensWithAny reports whether low opens with one of openings: the look, with no
// allocation, that a line's words take before they are read as a string.
func opensWithAny(low []byte, openings []string) bool {
	for _, o := range openings {
		if len(low) >= len(o) && string(low[:len(o)]) == o {
			return true
		}
	}
	return false
}

// opensStateLine reports whether low opens, after the marks isFailureLine trims, as a
// failure or a success message does (see failureOpenings, successOpenings).
func opensStateLine(low []byte) bool {
	low = bytes.TrimLeft(low, " !¡")
	return opensWithAny(low, failureOpenings) || opensWithAny(low, successOpenings)
}
