package winnow

import "strings"

// Poster badges: beside a post an engine prints the poster's status and role, each a
// word or two on a line of its own: "Offline", "Online now", "OP", "Original poster",
// "Thread starter". Repeated in every post they are engine lines (see engineLine), but
// a short thread has too few posts to tell so. The words are the engine's, never a
// poster's reply on their own.

// posterBadgeMaxUnits bounds a badge's line.
const posterBadgeMaxUnits = 24

// posterBadgeLabels lists, per language (ISO 639-1), the badges in lower case.
var posterBadgeLabels = map[string][]string{
	"en": {"offline", "online", "online now", "op", "original poster", "original post", "thread starter", "topic starter"},
	"de": {"themenstarter", "threadstarter", "themenersteller", "threadersteller"},
	"fr": {"hors ligne", "en ligne", "auteur du sujet"},
	"es": {"desconectado", "conectado", "autor del tema"},
	"it": {"non in linea", "in linea", "autore della discussione"},
	"pt": {"autor do tópico"},
	"nl": {"topicstarter"},
}

// posterBadges is posterBadgeLabels as a set, whatever the language.
var posterBadges = labelSet(posterBadgeLabels)

// dropPosterBadges drops, inside the chosen roots of a discussion and out of code, the
// short blocks whose text is a poster's badge alone.
func (t *tree) dropPosterBadges(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.visitKept(roots, func(i int32, b *blk) bool {
		if isCode(b.tag) {
			return true
		}
		if b.block && b.units > 0 && b.units <= posterBadgeMaxUnits && posterBadges[strings.TrimSpace(t.lowerText(i))] {
			b.drop = dropCard
			return true
		}
		return false
	})
}
