package winnow

import (
	"strings"
	"unicode"
)

// Relative post times: a thread's engine prints when each post was made as the time
// since ("2 years ago", "posted 6 years ago", "vor 3 Tagen"), worked out when the page
// was served. On a line of its own it heads a post as a date line does, but it names
// no day: read later, or copied, it is wrong, and readers quoting the thread leave it
// out. A date line that names its day stays (see postHeader). A line that says more
// ("2 hours ago, Ann said:", the poster's name) is not a time alone.

// relTimeMaxUnits bounds a relative time's line: a verb, a figure, a unit, "ago", a
// post's ordinal.
const relTimeMaxUnits = 32

// relTimeLeads are the words that may open a relative time ("posted", "edited"), in
// lower case, in the languages of relTimeForms.
var relTimeLeads = map[string]bool{
	"posted": true, "edited": true, "updated": true, "modified": true, "answered": true,
	"asked": true, "commented": true, "replied": true, "active": true, "last": true,
	"gepostet": true, "bearbeitet": true, "aktualisiert": true, "geschrieben": true,
	"publié": true, "modifié": true, "publicado": true, "editado": true, "pubblicato": true,
	"modificato": true, "geplaatst": true, "bewerkt": true,
}

// relTimeCounts are the words that stand for a count of one ("a day ago", "vor einem
// Tag", "il y a un an").
var relTimeCounts = map[string]bool{
	"a": true, "an": true, "one": true, "ein": true, "einem": true, "einer": true, "un": true,
	"une": true, "uno": true, "una": true, "um": true, "uma": true, "een": true,
}

// relTimeForm is how a language says a time since: the words before the count, and
// after its unit, in lower case, and the units.
type relTimeForm struct {
	before, after []string
	units         map[string]bool
}

// relTimeForms lists the forms, per language (ISO 639-1), of a time since.
var relTimeForms = map[string]relTimeForm{
	"en": {nil, []string{"ago"}, relWords("second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins",
		"hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs")},
	"de": {[]string{"vor"}, nil, relWords("sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "tag",
		"tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren")},
	"fr": {[]string{"il", "y", "a"}, nil, relWords("seconde", "secondes", "minute", "minutes", "heure", "heures",
		"jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années")},
	"es": {[]string{"hace"}, nil, relWords("segundo", "segundos", "minuto", "minutos", "hora", "horas", "día",
		"días", "semana", "semanas", "mes", "meses", "año", "años")},
	"pt": {[]string{"há"}, nil, relWords("segundo", "segundos", "minuto", "minutos", "hora", "horas", "dia", "dias",
		"semana", "semanas", "mês", "meses", "ano", "anos")},
	"it": {nil, []string{"fa"}, relWords("secondo", "secondi", "minuto", "minuti", "ora", "ore", "giorno", "giorni",
		"settimana", "settimane", "mese", "mesi", "anno", "anni")},
	"nl": {nil, []string{"geleden"}, relWords("seconde", "seconden", "minuut", "minuten", "uur", "dag", "dagen",
		"week", "weken", "maand", "maanden", "jaar", "jaren")},
}

// relWords makes a set of words.
func relWords(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// dropRelativeTimes drops, inside the chosen roots of a discussion and out of code,
// the short elements whose text is a relative time alone (see isRelativeTime): a line,
// or a phrase apart from running words (see apartFromWords).
func (t *tree) dropRelativeTimes(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.visitKept(roots, func(i int32, b *blk) bool {
		if isCode(b.tag) {
			return true
		}
		if b.units > 0 && b.units <= relTimeMaxUnits && (b.block || t.apartFromWords(i)) && isRelativeTime(t.lowerText(i)) {
			b.drop = dropDateline
			return true
		}
		return false
	})
}

// apartFromWords reports whether inline element i stands apart from running words: no
// text beside it in its parent holds a letter ("<span>anna</span> <span>2 years
// ago</span>" in a post's header, not "posted it <span>2 years ago</span>, then").
func (t *tree) apartFromWords(i int32) bool {
	p := t.nodes[i].parent
	if p == none {
		return false
	}
	for c := t.nodes[p].first; c != none; c = t.nodes[c].next {
		if c != i && t.nodes[c].text && strings.IndexFunc(t.nodes[c].n.Data, unicode.IsLetter) >= 0 {
			return false
		}
	}
	return true
}

// isRelativeTime reports whether s, a line's text in lower case, is a time since in
// one of relTimeForms, after at most one lead word (see relTimeLeads) and before at
// most a post's ordinal ("2 years ago #3").
func isRelativeTime(s string) bool {
	if !hasRelTimeMark(s) {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > 0 && relTimeLeads[words[0]] {
		words = words[1:]
	}
	if n := len(words); n > 0 && isDigits(words[n-1]) && (n < 2 || !isDigits(words[n-2])) {
		words = words[:n-1] // the ordinal, unless it is the count itself
	}
	for _, f := range relTimeForms {
		if matchRelTime(words, f) {
			return true
		}
	}
	return false
}

// matchRelTime reports whether words are form f's words before, a count, a unit and
// f's words after, and nothing else.
func matchRelTime(words []string, f relTimeForm) bool {
	if len(words) != len(f.before)+2+len(f.after) {
		return false
	}
	for k, w := range f.before {
		if words[k] != w {
			return false
		}
	}
	rest := words[len(f.before):]
	if !isSmallCount(rest[0]) && !relTimeCounts[rest[0]] || !f.units[rest[1]] {
		return false
	}
	for k, w := range f.after {
		if rest[2+k] != w {
			return false
		}
	}
	return true
}

// isDigits reports whether w is a run of digits.
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isSmallCount reports whether s is a number of one to three digits.
func isSmallCount(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

// relTimeMarks are the words of relTimeForms' before and after lists that a time since
// cannot do without: "ago", "vor", "il" (of "il y a"), and so on.
var relTimeMarks = func() []string {
	var marks []string
	seen := map[string]bool{}
	for _, f := range relTimeForms {
		w := ""
		if len(f.before) > 0 {
			w = f.before[0]
		} else if len(f.after) > 0 {
			w = f.after[len(f.after)-1]
		}
		if w != "" && !seen[w] {
			seen[w] = true
			marks = append(marks, w)
		}
	}
	return marks
}()

// hasRelTimeMark reports whether s, words in lower case joined by spaces, holds one of
// relTimeMarks as a word (marks after it aside: "ago."): a cheap look, with no
// allocation, before isRelativeTime splits the words, since most short lines are no
// time since.
func hasRelTimeMark[S ~string | ~[]byte](s S) bool {
	for k := 0; k < len(s); {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		start := k
		for k < len(s) && s[k] != ' ' {
			k++
		}
		end := k
		for end > start && s[end-1] < 0x80 && !('a' <= s[end-1] && s[end-1] <= 'z') {
			end--
		}
		for _, m := range relTimeMarks {
			if end-start == len(m) && string(s[start:end]) == m {
				return true
			}
		}
	}
	return false
}
