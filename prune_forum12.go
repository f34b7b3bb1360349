package winnow

import (
	"strings"
	"unicode"
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
