package winnow

import "strings"

// The tables and tests below tell which kind of date a line near the headline, or a
// short date text, gives: the publication (the default), the last update, a thread's
// latest post, an event or a print issue, a forum member's sign-up, a citation's access.

// updateWords open a visible date line that gives the last modification, not the
// publication ("Updated", "Aktualisiert", "Cập nhật"). Lower case, matched at the start
// of the line or of a word inside it. German news sites' "Stand:" is not among them: it
// is how they stamp an article, first publication included.
var updateWords = []string{"updated", "last updated", "modified", "last modified", "aktualisiert",
	"geändert", "mis à jour", "modifié", "actualizado", "atualizado", "aggiornato", "bijgewerkt",
	"zaktualizowano", "обновлено", "güncellendi", "diperbarui", "cập nhật", "更新", "最終更新",
	"수정", "업데이트", "تحديث", "अपडेट", "แก้ไข", "last update", "lastupdate"}

// activityWords mark a line that gives the date of the latest reply or post in a thread,
// wherever they stand in it ("6 replies · last post by Ann, Jan 8, 2024").
var activityWords = []string{"last post", "last reply", "latest reply", "letzter beitrag", "dernier message",
	"último mensaje", "ultimo messaggio", "последнее сообщение"}

// eventWords open a date line that gives an event's or a print issue's date, not the
// page's ("Termin: 21.02.2020, 19 Uhr", "December 5, 2016 Issue"). Lower case; an event
// word opens the line, an issue word ends it.
var (
	eventWords = []string{"termin", "event:", "when:", "wann:", "veranstaltung", "date de l'événement", "fecha del evento"}
	issueWords = []string{"issue", "ausgabe", "heft", "numéro", "edición"}
)

// profileWords open a line of a member's profile beside a forum post or a comment
// ("Registriert: 18.09.2008", "Joined: Mar 2012", "Founded: Dec 11, 2021"): the date
// the member signed up, not the page's. Lower case.
var profileWords = []string{"joined", "registered", "member since", "founded:", "registriert",
	"mitglied seit", "dabei seit", "inscrit", "inscription", "registrado", "miembro desde",
	"iscritto", "membro dal", "lid sinds", "dołączył", "зарегистрирован", "регистрация", "katılım", "bergabung"}

// isProfileLine reports whether a date line is a forum member's sign-up date.
func isProfileLine(s string) bool {
	low := lowerCase(strings.TrimSpace(s))
	for _, w := range profileWords {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// isQuoteLine reports whether a date line signs an embedded social post: the attribution
// of a quoted tweet or Instagram post names its account in brackets ("— M&S
// (@marksandspencer) November 1, 2023", "A post shared by Ann (@ann) on Mar 12, 2018").
// Its date is the post's, not the page's.
func isQuoteLine(s string) bool {
	return strings.Contains(s, "(@")
}

// nowWords label a page header's clock: the date and time the page was served, not
// published ("Aktuelles Datum und Uhrzeit: 11/02/20, 07:22 pm", "Today is …"). Lower case.
var nowWords = []string{"aktuelles datum", "heute ist", "current date", "current time", "today is",
	"nous sommes le", "date du jour", "fecha actual", "hoy es", "data odierna", "oggi è", "vandaag is",
	"dzisiaj jest", "сегодня"}

// nowPhrases are nowWords, read in one pass over a line (see phraseSet).
var nowPhrases = newPhraseSet(nowWords)

// isNowLine reports whether a date text is the page's clock of today (see nowWords).
func isNowLine(s string) bool {
	return nowPhrases.in(s)
}

// isEventLine reports whether a date line gives an event's or an issue's date.
func isEventLine(s string) bool {
	low := lowerCase(strings.TrimSpace(s))
	for _, w := range eventWords {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	for _, w := range issueWords {
		if strings.HasSuffix(low, w) {
			return true
		}
	}
	return false
}

// maxLabelBytes bounds a line that is only a label for the date on the next line
// ("Updated:", "Aktualisiert am").
const maxLabelBytes = 24

// isUpdateLabel reports whether a line is only an "updated" label, so that the date on
// the line after it is a modification date.
func isUpdateLabel(s string) bool {
	return len(s) <= maxLabelBytes && !containsDigit(s) && isUpdateLine(s)
}

// updateWordReach is how far into a date line an update word still labels the line's
// date even after a number ("Updated 3:05 pm, Jul 24"): the length of a short label.
const updateWordReach = 24

// isUpdateLine reports whether a date line gives a modification date.
func isUpdateLine(s string) bool {
	low := lowerCase(s)
	digit := strings.IndexAny(low, "0123456789")
	for _, w := range updateWords {
		// Near the start, or anywhere before the first number: "By Ann Lee@annlee
		// Updated Jul 24, 2018" labels the date that follows.
		if i := strings.Index(low, w); i >= 0 && (i < updateWordReach || i < digit) {
			return true
		}
	}
	for _, w := range activityWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// citeWords open a short date that is a citation's access date, not the page's
// ("Abgerufen am 09.11.2022", "Retrieved March 3, 2021").
var citeWords = []string{"abgerufen", "accessed", "retrieved", "consulté", "consultado", "consultato"}

// citePhrases are citeWords, read in one pass over a line (see phraseSet).
var citePhrases = newPhraseSet(citeWords)

// hasCiteWord reports whether s holds one of citeWords.
func hasCiteWord(s string) bool {
	return citePhrases.in(s)
}

// hasPublishedWord reports whether s holds one of publishedWords anywhere.
func hasPublishedWord(s string) bool {
	return publishedPhrases.in(s)
}

// publishedPhrases are publishedWords, read in one pass over a text.
var publishedPhrases = newPhraseSet(publishedWords)
