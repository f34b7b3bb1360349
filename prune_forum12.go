package winnow

import (
	"strings"
	"unicode"

	"golang.org/x/net/html/atom"
)

// Thread figures: a thread's page prints its counts beside its title and between its
// posts ("60 replies", "Replies 154", "Views 26.2k", "Viewed 4k times", "11 Answers"),
// each on a line of its own. A count says how busy the thread is, not what its posters
// said; the figure alone on its line is already dropped (see dropFigureLines), and so
// is the figure under one of a few labels, which engines word alike in every
// language they ship.

// threadStatMaxUnits bounds a count's line: a label of a word or two and a figure.
const threadStatMaxUnits = 32

// threadStatLabels lists, per language (ISO 639-1), the labels of a thread's counts in
// lower case, without their figure or colon ("viewed times" of "Viewed 4k times").
var threadStatLabels = map[string][]string{
	"en": {"replies", "reply", "views", "view", "answers", "answer", "viewed times", "comments"},
	"de": {"antworten", "antwort", "aufrufe", "zugriffe", "kommentare"},
	"fr": {"réponses", "réponse", "vues", "affichages", "commentaires"},
	"es": {"respuestas", "respuesta", "vistas", "visitas", "comentarios"},
	"it": {"risposte", "risposta", "visite", "visualizzazioni", "commenti"},
	"pt": {"respostas", "resposta", "visualizações", "comentários"},
	"nl": {"reacties", "antwoorden", "weergaven", "bekeken"},
	"pl": {"odpowiedzi", "wyświetlenia", "wyświetleń", "komentarze"},
	"ru": {"ответов", "ответы", "просмотров", "просмотры", "комментарии"},
	"vi": {"trả lời", "lượt xem", "bình luận"},
	"zh": {"回复", "浏览", "查看", "回答"},
	"ja": {"返信", "閲覧", "回答"},
	"tr": {"cevap", "yanıt", "görüntüleme", "yorum"},
}

// threadStats is threadStatLabels as a set, whatever the language.
var threadStats = labelSet(threadStatLabels)

// dropThreadStats drops, inside the chosen roots of a discussion, the short blocks
// whose text is a count under a thread's label (see isThreadStat), out of code.
func (t *tree) dropThreadStats(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.visitKept(roots, func(i int32, b *blk) bool {
		if isCode(b.tag) {
			return true // a program's output counts what it likes
		}
		if b.block && b.units > 0 && b.units <= threadStatMaxUnits && isThreadStat(t.lowerText(i)) {
			b.drop = dropNumbers
			return true
		}
		return false
	})
}

// isThreadStat reports whether s, a line's text in lower case, is one figure ("154",
// "26.2k", "7,909") and a thread's label (see threadStatLabels) around it.
func isThreadStat(s string) bool {
	figures := 0
	var label []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ':' || r == '：' || r == '/' || r == '·' }) {
		if isCount(w) {
			figures++
			continue
		}
		label = append(label, w)
	}
	return figures == 1 && threadStats[strings.Join(label, " ")]
}

// isCount reports whether w is a count: digits with separators, a "k" or "m" after them.
func isCount(w string) bool {
	w = strings.TrimRight(w, "km+")
	if w == "" || !unicode.IsDigit(rune(w[0])) {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

// Post buttons: under each post an engine prints its buttons, links whose words come
// back word for word, figures aside, under every post ("Reply With Quote 0", "Reply
// Quote Report"). Too short for the link rules to judge, such a line is the engine's
// when it ends enough posts (see engineLineMinRepeats) after all of their words (see
// endsPost); a link of a poster's own, in a sentence, is part of a longer line.

// dropPostButtons drops, inside the chosen roots of a discussion, the short lines of
// links (see isButtonLine) that come back at the foot of engineLineMinRepeats posts.
func (t *tree) dropPostButtons(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	var lines []cardLine
	counts := map[string]int32{}
	t.visitKept(roots, func(i int32, b *blk) bool {
		if isCode(b.tag) {
			return true
		}
		if !t.isButtonLine(i) {
			return false
		}
		if k := cardKey(t.lowerText(i)); k != "" {
			lines = append(lines, cardLine{i, k})
			counts[k]++
		}
		return true
	})
	for _, l := range lines {
		if counts[l.key] >= engineLineMinRepeats && t.endsPost(l.i) {
			t.nodes[l.i].drop = dropCard
		}
	}
}

// buttonLinkShare is the least share of a button line's text inside links: a figure
// beside them (a count of quotes, of likes) is the rest.
const buttonLinkShare = 0.8

// isButtonLine reports whether block i is a short line of links (see cardLineMaxUnits,
// buttonLinkShare).
func (t *tree) isButtonLine(i int32) bool {
	b := &t.nodes[i]
	return !b.text && b.block && b.units > 0 && b.units <= cardLineMaxUnits &&
		float32(b.linkUnits) >= buttonLinkShare*float32(b.units)
}

// Post badges: an engine marks the posts of the thread's starter with a badge over the
// post's words ("Author"), and the badge's word is an author box's heading. On a
// story a box headed so is the writer's bio, tiny beside the story; on a thread it is
// a reply of the starter's, tiny beside the thread, with prose after the badge (see
// proseAfterLabel), and judged as the label of a share bar is.

// postBadge reports whether a box heading of kind k is a post's badge: the page is a
// discussion and k is the author box's.
func (t *tree) postBadge(k cueKind) bool {
	return (t.keepComments || t.discussion) && k == cueAuthor
}

// Time renderings: a <time> may print its instant twice, a long form and a short one,
// each in an element that the page's style shows at one screen size
// ("ipsTime__long" "August 26, 2024", "ipsTime__short" "1 yr"). A reader sees one;
// the short form, beside the long one, is dropped.

// Class words of a rendering's length.
var (
	shortFormWords = map[string]bool{"short": true}
	longFormWords  = map[string]bool{"long": true, "full": true}
)

// dropShortTimes drops, inside the chosen roots, the short renderings of a <time>
// that holds a long one too.
func (t *tree) dropShortTimes(roots []int32) {
	t.visitKept(roots, func(i int32, b *blk) bool {
		if b.tag != atom.Time {
			return false
		}
		short, long := none, false
		for c := b.first; c != none; c = t.nodes[c].next {
			switch {
			case t.nodes[c].text:
			case t.hasAttrWord(c, shortFormWords):
				short = c
			case t.hasAttrWord(c, longFormWords):
				long = true
			}
		}
		if short != none && long {
			t.nodes[short].drop = dropDateline
		}
		return true
	})
}
