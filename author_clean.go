package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnow-go/winnow/internal/dates"
)

// This file holds the cleaning of one author value into a name: byline prefixes, dates,
// job titles and doubled names cut off, and the test of what a name looks like.

// cleanAuthor strips byline prefixes, dates and trailing words from a name and returns ""
// when what is left is not a name: a URL, an e-mail address, a user name, a sentence.
func cleanAuthor(s string) string {
	s = strings.TrimLeft(collapse(s), "© ")
	s = stripAuthorPrefix(s)
	if !strings.Contains(s, " ") && tldOf(s) != "" {
		return "" // a domain: "oe24.at"
	}
	s = cutAuthorTail(s)
	s = strings.Trim(s, " ,:;-–—|·•/*_=«»\"'“”()[]~")
	s = cutRole(undouble(s))
	for _, suf := range authorSuffixes {
		if t := strings.TrimSpace(strings.TrimSuffix(s, suf)); t != s && t != "" {
			s = t
		}
	}
	if !looksLikeName(s) {
		return ""
	}
	return s
}

// weekdays are the names of the days, full and abbreviated, lower case, that open a date
// glued after a byline's name: en, de, fr, es, it, pt, nl, pl. Only a word right before
// the date's digits is taken for one, so the names "Mo" or "Do" elsewhere stay.
var weekdays = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lun": true, "mer": true, "jeu": true, "ven": true, "sam": true, "dim": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"segunda-feira": true, "terça-feira": true, "quarta-feira": true, "quinta-feira": true, "sexta-feira": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
	"poniedziałek": true, "wtorek": true, "środa": true, "czwartek": true, "piątek": true, "sobota": true, "niedziela": true,
}

// trimDateWords removes from the end of a name the words of a date whose digits were cut
// off: a month or a weekday ("Jane Doe Friday" of "Jane Doe Friday 12 May"). One word
// always stays.
func trimDateWords(s string) string {
	for f := strings.Fields(s); len(f) > 1 && isDateWord(strings.Trim(f[len(f)-1], ".,")); f = f[:len(f)-1] {
		s = strings.Join(f[:len(f)-1], " ")
	}
	return s
}

// isDateWord reports whether w, the word right before a date's digits, belongs to the
// date: a month or a weekday.
func isDateWord(w string) bool {
	return dates.IsCalendarWord(w) || weekdays[lowerCase(w)]
}

// stripAuthorPrefix removes byline prefixes from the start of s, repeatedly.
func stripAuthorPrefix(s string) string {
	for again := true; again; {
		again = false
		low := lowerCase(s)
		for _, p := range authorPrefixes {
			if !strings.HasPrefix(low, p) {
				continue
			}
			rest := s[len(p):]
			// A word prefix must end at a word boundary: "By" but not "Byron"; a capital
			// after it marks a boundary that markup removed ("<span>By</span>Jane").
			if r, _ := utf8.DecodeRuneInString(rest); rest != "" && isWordRune(r) && isWordRune(lastRune(p)) &&
				!(unicode.IsUpper(r) && !unicode.IsUpper(lastRune(s[:len(p)]))) {
				continue
			}
			// "di" and "da" open Italian and Portuguese bylines in lower case, while
			// "Di Maria" and "Da Silva" are names.
			if (p == "di" || p == "da") && !strings.HasPrefix(s, p) {
				continue
			}
			s = strings.TrimLeft(rest, " :：-–—|/")
			again = s != ""
			break
		}
	}
	return s
}

// cutAuthorTail cuts s where a date, a separator or a cut word begins.
func cutAuthorTail(s string) string {
	prev := ' '
	if i := strings.IndexFunc(s, func(r rune) bool {
		// A digit inside a user name ("hoangminh_88") is not a date; after a Chinese or
		// Japanese character it is one glued to the name ("李明2017年").
		cut := unicode.IsDigit(r) && (!isWordRune(prev) && prev != '_' || isHanOrKana(prev)) ||
			strings.ContainsRune("|•·(\n—／\u2013»«→©", r)
		prev = r
		return cut
	}); i >= 0 {
		digit := unicode.IsDigit([]rune(s[i:])[0])
		s = s[:i]
		// "Laura Adkins December 28, 2016": the month before the day goes too.
		if digit {
			s = trimDateWords(s)
		}
	}
	for _, sep := range []string{" - ", " / "} {
		// "Jane Doe - Staff Writer", "Saibal Dasgupta / TNN".
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	// "Peter Maahn/SP-X": an agency's code in capitals glued after a full name.
	if i := strings.LastIndexByte(s, '/'); i > 0 && strings.Contains(s[:i], " ") &&
		!strings.Contains(s[i+1:], " ") && isAllCaps(s[i+1:]) {
		s = s[:i]
	}
	f := strings.Fields(s)
	for i, w := range f {
		if authorCutWords[lowerCase(strings.Trim(w, ",:"))] && !isNameParticle(f, i) {
			f = f[:i]
			break
		}
		// "Meg Wagner NEW YORK DAILY NEWS": capitals after a name in mixed case are
		// the newsroom's name.
		if i >= 2 && isAllCaps(w) && isAllCaps(lastWord(f, i+1)) && !isAllCaps(f[0]) && !strings.HasSuffix(f[i-1], ",") && !strings.HasSuffix(w, ",") &&
			utf8.RuneCountInString(w) >= 3 && utf8.RuneCountInString(lastWord(f, i+1)) >= 3 {
			f = f[:i]
			break
		}
	}
	return strings.Join(f, " ")
}

// nameParticles are cut words that also open a family name when capitalised inside a
// name: "Loïc Le Clerc", "Mohamed El Amrani", "Nguyen Am Thi"; in lower case ("le 30
// septembre", "el 3 de mayo") they introduce a date.
var nameParticles = map[string]bool{"le": true, "el": true, "il": true, "am": true, "op": true}

// isNameParticle reports whether f[i], a cut word, is a capitalised particle between
// two capitalised words of a name rather than the word before a date.
func isNameParticle(f []string, i int) bool {
	w := f[i]
	if !nameParticles[lowerCase(w)] || i == 0 || i+1 >= len(f) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	next := strings.Trim(f[i+1], ",.")
	n, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && !isAllCaps(w) && unicode.IsUpper(n) && !dates.IsCalendarWord(next)
}

// undouble returns the name once when markup shows it twice in one element, as a
// visible name beside a screen-reader copy: "Jane Doe Jane Doe", "Jane DoeJane Doe".
// Only a name of two words or more counts: "R. R." and "Li Li" are names.
func undouble(s string) string {
	if h := len(s) / 2; strings.Contains(s[:h], " ") {
		if len(s)%2 == 0 && s[:h] == s[h:] {
			return s[:h]
		}
		if len(s)%2 == 1 && s[h] == ' ' && s[:h] == s[h+1:] {
			return s[:h]
		}
	}
	return s
}

// roleHeads are the job titles that follow a name in bylines and author boxes ("Jane
// Doe Writer", "Liz Kenny, Consultant"), and roleOpeners the words that open a longer
// title ("Staff Writer", "Former McKinsey Consultant"), per language, lower case.
var (
	roleHeads = map[string]bool{
		// en
		"writer": true, "editor": true, "reporter": true, "correspondent": true, "contributor": true,
		"columnist": true, "journalist": true, "founder": true, "co-founder": true, "consultant": true, "reviewer": true,
		// de
		"redakteur": true, "redakteurin": true, "mitglied": true, "korrespondent": true,
		"korrespondentin": true, "volontär": true, "volontärin": true, "chefredakteur": true,
		// fr, es, pt, it
		"journaliste": true, "rédacteur": true, "rédactrice": true, "correspondant": true,
		"correspondante": true, "periodista": true, "redactor": true, "redactora": true,
		"corresponsal": true, "jornalista": true, "giornalista": true,
	}
	roleOpeners = map[string]bool{
		"staff": true, "senior": true, "contributing": true, "opinion": true, "former": true,
		"sponsored": true, "freelance": true, "guest": true, "lead": true, "chief": true, "managing": true,
		"associate": true, "deputy": true, "freier": true, "freie": true, "leitender": true, "leitende": true,
	}
)

// Where a role may follow the name: after two words ("Howard Blume Staff Writer"), or
// after three when a role opener begins it ("Mary Ann Smith Senior Editor"); a title
// at the end of a longer text is the text's own ("Certified Pediatric Sleep
// Consultant"). maxRoleWords bounds what is cut: more is a sentence, not a title.
const (
	roleAfterWords   = 2
	openerAfterWords = 3
	maxRoleWords     = 4
)

// cutRole cuts a job title from the end of a name, also where markup glued it to the
// name ("Howard BlumeStaff Writer"), and returns "" when s is only a title ("Opinion
// writer", "Staff Writer").
func cutRole(s string) string {
	f := strings.Fields(s)
	isRoleAt := func(i int) bool {
		lw := lowerCase(f[i])
		return roleHeads[lw] || roleOpeners[lw] && i+1 < len(f)
	}
	if len(f) <= 3 && len(f) > 0 && (roleHeads[lowerCase(f[0])] ||
		len(f) > 1 && roleOpeners[lowerCase(f[0])] && roleHeads[lowerCase(f[1])]) {
		return ""
	}
	// A capital after a lower-case letter inside the name's last word is where two
	// texts were joined without a space: cut there when a role word follows.
	if len(f) > roleAfterWords && len(f)-roleAfterWords < maxRoleWords {
		w := f[roleAfterWords-1]
		for j := 1; j < len(w); j++ {
			if 'a' <= w[j-1] && w[j-1] <= 'z' && 'A' <= w[j] && w[j] <= 'Z' {
				if rest := lowerCase(w[j:]); roleHeads[rest] || roleOpeners[rest] {
					return strings.Join(append(f[:roleAfterWords-1:roleAfterWords-1], w[:j]), " ")
				}
			}
		}
	}
	for _, i := range [...]int{roleAfterWords, openerAfterWords} {
		if i >= len(f) || len(f)-i > maxRoleWords {
			continue
		}
		if isRoleAt(i) && (i == roleAfterWords || roleOpeners[lowerCase(f[i])]) {
			return strings.Join(f[:i], " ")
		}
	}
	return s
}

// isAllCaps reports whether w has two letters or more and no lower-case letter.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// lastWord returns f[i], or "" past the end.
func lastWord(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

// looksLikeName reports whether s can be a person's or an organisation's name.
func looksLikeName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > maxAuthorRunes || genericAuthors[lowerCase(s)] || dates.IsCalendarWord(strings.Trim(s, ".")) {
		return false
	}
	low := lowerCase(s)
	if strings.Contains(s, "://") || strings.HasPrefix(low, "www.") || strings.Contains(s, "@") ||
		strings.ContainsAny(s, "!?{}<>=\\") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > maxAuthorWords {
		return false
	}
	for _, w := range words {
		if nameStopWords[lowerCase(w)] {
			return false
		}
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return false
	}
	// A domain is not a name: "oe24.at", "ORF.at".
	if len(words) == 1 && tldOf(s) != "" && !strings.HasSuffix(s, ".") {
		return false
	}
	// Latin-script names of several words start with a capital, and so do most of their
	// words, but for particles ("de", "van"); user names ("windowsill_wendy") need not.
	if first, _ := utf8.DecodeRuneInString(s); isLatin(s) && len(words) > 1 && unicode.IsLower(first) {
		return false
	}
	if isLatin(s) && len(words) > 1 {
		lower := 0
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) {
				lower++
			}
		}
		if lower*2 > len(words) {
			return false
		}
	}
	return true
}

// Bounds of a signature: a name set apart at the end of a body, without a byline word.
const (
	// minSignatureWords and maxSignatureWords: a name in a cased script has a given
	// name and a family name, and rarely more than four words; one word set apart is a
	// heading ("Conclusion", "Insights"), more is a sentence.
	minSignatureWords = 2
	maxSignatureWords = 4
	// maxUncasedSignatureRunes: a name in a script without capitals (Chinese, Thai) is
	// one word of a few characters; a longer one is a label ("精彩视频推荐").
	maxUncasedSignatureRunes = 4
)

// looksLikeSignature reports whether a short line set apart at the end of a body reads
// as a name rather than as a bold subheading or a label: in a cased script, two to four
// words that each open with a capital and hold only letters and the marks of names
// ("Võ Hải", "Anne-Marie O'Neil"); in another script, one short word. Without a byline
// word before it, nothing else tells a signature from "Playlist fürs Spinning".
func looksLikeSignature(s string) bool {
	words := strings.Fields(s)
	first, _ := utf8.DecodeRuneInString(s)
	if !isCased(first) {
		return len(words) == 1 && utf8.RuneCountInString(s) <= maxUncasedSignatureRunes
	}
	if len(words) < minSignatureWords || len(words) > maxSignatureWords {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".-'’", r) {
				return false
			}
		}
	}
	return true
}

// isCased reports whether r is a letter of a script with capitals.
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r)
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func isHanOrKana(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
