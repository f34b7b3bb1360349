package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// This file holds the rule for the author's card that closes many stories when the
// biography does not open with the writer's name: the name is the card's heading, a link
// to the writer's page, and the paragraph under it starts with a role or with another
// spelling of the name ("Executive Editor at Digit. Technology journalist since 2008 …",
// "Ludovic (Ludo) Fourrage is …" under a byline of "Ludo Fourrage"), which dropAuthorBio
// does not read as a biography.
// Publishing systems file a writer's page under a path of its own (WordPress /author/,
// many newsrooms /authors/ or /autor/; see isWriterURL), which gives the card away
// whatever its words.

// writerPathWords are the path segments (lower case) under which publishing systems and
// newsrooms file their writers' pages, in the languages they ship. It is narrower than
// authorPathWords: a forum's /user/ or /members/ link is a poster's, and /people/ or
// /by/ paths also hold other pages.
var writerPathWords = map[string]bool{
	"author": true, "authors": true, "writer": true, "writers": true,
	"contributor": true, "contributors": true, "columnist": true, "columnists": true,
	"journalist": true, "journalists": true, "reporter": true, "reporters": true,
	"autor": true, "autoren": true, "autores": true, "autora": true, // de, es, pt
	"auteur": true, "auteurs": true, // fr
	"autore": true, "autori": true, // it
	"tac-gia": true, "penulis": true, "yazar": true, // vi, id, tr
}

// isWriterURL reports whether href's path has a segment of writerPathWords followed by
// another one (the writer's slug: "/author/jane-doe/").
func isWriterURL(href string) bool {
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	if i := strings.Index(href, "//"); i >= 0 {
		// The scheme and the host are no path.
		j := strings.IndexByte(href[i+2:], '/')
		if j < 0 {
			return false
		}
		href = href[i+2+j:]
	}
	segs := strings.Split(strings.Trim(href, "/"), "/")
	for k := 0; k+1 < len(segs); k++ {
		if writerPathWords[strings.ToLower(segs[k])] {
			return true
		}
	}
	return false
}

// cardShareOfText: an author's card is a small part of the chosen text; a box that holds
// a quarter of it or more is a short story with its byline, or a teaser among a few.
const cardShareOfText = 4

// cardMaxParas bounds the paragraphs of an author's card: the name, a role, the
// biography and perhaps a link to the writer's other posts.
const cardMaxParas = 3

// cardMaxLinks bounds the link share of an author's card: its name and a link or two to
// the writer's page and profiles beside a paragraph of prose. A teaser, whose title is a
// link, has more.
const cardMaxLinks = 0.25

// isAuthorCard reports whether box i has the shape of an author's card: a few paragraphs
// at most, few links (see cardMaxLinks), and no title of a page or a section (<h1>, <h2>) among them: a short post's
// wrapper, with its title and byline, is the story itself.
func (t *tree) isAuthorCard(i int32) bool {
	if b := &t.nodes[i]; b.paras > cardMaxParas || b.linkDensity() > cardMaxLinks {
		return false
	}
	end := t.subtreeEnd(i)
	for k := i; k < end; k++ {
		if tag := t.nodes[k].tag; tag == atom.H1 || tag == atom.H2 {
			return false
		}
	}
	return true
}

// surnames returns, lower-cased, the last word of each of the article's authors' names
// (at least three letters): the word a card's heading and biography share with the
// byline however they spell the rest ("Ludovic (Ludo) Fourrage" for "Ludo Fourrage").
func surnames(authors []string) []string {
	var out []string
	for _, a := range authors {
		_, words := bylineName(a)
		if len(words) == 0 {
			continue
		}
		if w := strings.ToLower(words[len(words)-1]); utf8.RuneCountInString(w) >= 3 {
			out = append(out, w)
		}
	}
	return out
}

// namesAny reports whether one of names is a word of the lower-cased text.
func namesAny(text string, names []string) bool {
	for _, w := range strings.Fields(text) {
		for _, n := range names {
			if w == n {
				return true
			}
		}
	}
	return false
}

// linksToAuthor reports whether the subtree of i holds a link to a writer's page.
func (t *tree) linksToAuthor(i int32) bool {
	end := t.subtreeEnd(i)
	for k := i; k < end; k++ {
		if t.nodes[k].tag != atom.A {
			continue
		}
		if href, ok := hrefOf(t.nodes[k].n); ok && isWriterURL(href) {
			return true
		}
	}
	return false
}

// dropAuthorCards drops, among the last lines of a story's chosen text, a short paragraph
// (a biography's few sentences) whose box, or the paragraph itself, links to a writer's
// page (see isWriterURL): the author's card that closes the story, its name and role with
// it, when the card names one of the article's authors (see surnames) and is a small part
// of the text (see cardShareOfText). A paragraph that stands alone in the story's body,
// with no card around it, stays; only the last card is dropped.
// Only a page that declares itself an article is looked at; on a discussion the lines
// that link to their posters are the posts.
func (t *tree) dropAuthorCards(roots []int32) {
	if !t.story || t.keepComments || t.discussion {
		return
	}
	names := surnames(t.authors)
	if len(names) == 0 {
		return
	}
	var total int32
	for _, r := range roots {
		total += t.nodes[r].units
	}
	seen := 0
	for k := len(roots) - 1; k >= 0 && seen < bioTailLines; k-- {
		r := roots[k]
		if t.nodes[r].drop != keep {
			continue
		}
		for j := t.subtreeEnd(r) - 1; j >= r && seen < bioTailLines; j-- {
			b := &t.nodes[j]
			if b.text || !b.block || b.ownUnits == 0 || b.drop != keep || t.droppedWithin(j, r) {
				continue
			}
			seen++
			if b.tag == atom.Li || b.units > bioMaxUnits || b.prose() == 0 {
				continue
			}
			// The card holds more than the biography (the name, a role); a paragraph
			// alone is the story's own.
			box := t.bioBox(j, r)
			if box == none || t.nodes[box].units*cardShareOfText > total || !t.isAuthorCard(box) || !t.linksToAuthor(box) ||
				!namesAny(t.lowerText(box), names) {
				continue
			}
			t.nodes[box].drop = dropBio
			return // one card closes a story; more are a listing's teasers

		}
	}
}

// Notes in the text: an <aside> set among a story's paragraphs ("A note on other devices", a
// box that explains a term or tells an anecdote) is drawn beside the text but is part of
// it. The tag alone marks it as navigation (see tagCues), which is right for the page's
// sidebar; inside the chosen text, with paragraphs of the text before and after it and
// several paragraphs of prose of its own, it is the writer's own note. Every page but a
// discussion is looked at: a guide or a service page sets such notes in its text too.
const (
	// asideNoteMinUnits: a note of the story is a few sentences at least; a shorter
	// aside is a pull quote or a call.
	asideNoteMinUnits = 3 * unitsPerPoint
	// asideNoteMinParas: two paragraphs of prose at least; a box of one line and a
	// button is a call to act.
	asideNoteMinParas = 2
	// asideNoteMaxLinks bounds the link share of a note: a box of links is a list of
	// related stories or a table of contents.
	asideNoteMaxLinks = 0.1
)

// keepAsideNotes gives back, inside the chosen roots, each <aside> that only its
// tag dropped (no class or id word of boilerplate) when it holds prose (see isAsideNote)
// and paragraphs of the text stand before and after it in the same root. On a discussion
// the chosen text is the posts, and an aside among them is a widget of the engine (a poll,
// a signature box), so it is left dropped.
func (t *tree) keepAsideNotes(roots []int32) {
	if t.keepComments || t.discussion {
		return
	}
	t.restoreAsides(roots, func(j, r, end int32) bool {
		return t.isAsideNote(j) && t.keptProseIn(r, j) && t.keptProseIn(t.subtreeEnd(j), end)
	})
}

// restoreAsides gives back, inside each kept root r (its subtree ending at end), each
// <aside> that its tag alone dropped (no class or id word of boilerplate besides
// navigation's), whose ancestors up to r are kept, when give(j, r, end) says so.
func (t *tree) restoreAsides(roots []int32, give func(j, r, end int32) bool) {
	for _, r := range roots {
		if t.nodes[r].drop != keep {
			continue
		}
		end := t.subtreeEnd(r)
		for j := r + 1; j < end; j++ {
			b := &t.nodes[j]
			if b.tag != atom.Aside || b.drop != dropCue {
				continue
			}
			if b.kinds&boilerKinds == 1<<cueNav && !t.droppedWithin(b.parent, r) && give(j, r, end) {
				b.drop = keep
			}
			j = t.subtreeEnd(j) - 1
		}
	}
}

// isAsideNote reports whether aside i reads as prose: long enough, few links, no form,
// and at least asideNoteMinParas paragraphs of prose with punctuation.
func (t *tree) isAsideNote(i int32) bool {
	b := &t.nodes[i]
	if b.units < asideNoteMinUnits || b.linkDensity() > asideNoteMaxLinks {
		return false
	}
	paras := 0
	end := t.subtreeEnd(i)
	for k := i + 1; k < end; k++ {
		c := &t.nodes[k]
		switch c.tag {
		case atom.Form, atom.Input, atom.Button, atom.Nav:
			return false
		}
		if c.prose() > 0 && c.ownPunct > 0 {
			paras++
		}
	}
	return paras >= asideNoteMinParas
}

// keptProseIn reports whether a kept block of prose lies in the index range [from, to),
// outside any dropped subtree.
func (t *tree) keptProseIn(from, to int32) bool {
	for k := from; k < to; k++ {
		if b := &t.nodes[k]; b.drop == keep && b.prose() > 0 && !t.droppedWithin(k, t.body) {
			return true
		}
	}
	return false
}

// Reading times: many publishing systems print how long a story takes to read beside its
// byline or date ("6 min read", "Reading Time: 11 minutes", "Lesezeit: 4 Min.", "5
// phút đọc"). The line is the site's estimate, not the writer's words. Only a line that is
// the estimate alone is dropped: a number of minutes with a label before it or a word of
// reading after it, so that a step of a recipe ("5 minutes") stays.

// readingTimeMaxUnits bounds a reading-time line: a label, a number and a unit.
const readingTimeMaxUnits = 40

// readingTimeLabels open a reading-time line (lower case), in the languages of the cue
// tables.
var readingTimeLabels = []string{
	"reading time", "read time", "time to read", "estimated reading time",
	"lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tiempo estimado de lectura",
	"tempo de leitura", "tempo di lettura", "leestijd", "czas czytania", "время чтения",
	"thời gian đọc", "waktu baca", "okuma süresi", "阅读时间", "閱讀時間", "読了時間", "읽는 시간",
}

// readingTimeUnits are the words for minutes (lower case), long forms first so that a
// prefix does not cut them short.
var readingTimeUnits = []string{
	"minutes", "minute", "minuten", "minutos", "minuti", "minuty", "minut", "mins", "min",
	"минуты", "минут", "мин", "phút", "menit", "dakika", "分钟", "分鐘", "分", "분",
}

// readingTimeWords follow the number of minutes on a reading-time line (lower case).
var readingTimeWords = map[string]bool{
	"read": true, "reading": true, "to read": true, "de lecture": true, "de lectura": true,
	"de leitura": true, "di lettura": true, "lesezeit": true, "leestijd": true, "czytania": true,
	"чтения": true, "đọc": true, "baca": true, "okuma": true, "阅读": true, "閱讀": true, "で読めます": true,
	"읽기": true,
}

// isReadingTime reports whether the lower-cased line s is a reading time alone (see
// readingTimeLabels, readingTimeUnits, readingTimeWords).
func isReadingTime(s string) bool {
	s = strings.TrimSpace(s)
	labeled := false
	for _, l := range readingTimeLabels {
		if strings.HasPrefix(s, l) {
			s, labeled = strings.TrimLeft(s[len(l):], " :：-–"), true
			break
		}
	}
	s = strings.TrimLeft(s, "~≈ ")
	digits := 0
	for digits < len(s) && (s[digits] >= '0' && s[digits] <= '9' || digits > 0 && s[digits] == '-') {
		digits++
	}
	if digits == 0 || s[0] < '0' || s[0] > '9' {
		return false
	}
	s = strings.TrimLeft(s[digits:], " ")
	unit := ""
	for _, u := range readingTimeUnits {
		if strings.HasPrefix(s, u) {
			unit = u
			break
		}
	}
	if unit == "" {
		return false
	}
	rest := strings.Trim(s[len(unit):], " .·|")
	if rest == "" {
		return labeled
	}
	if r, _ := utf8.DecodeRuneInString(s[len(unit):]); unicode.IsLetter(r) && r < utf8.RuneSelf {
		return false // "minuteman", not a unit
	}
	return readingTimeWords[rest]
}

// dropReadingTimes drops, inside a story's chosen text, the short blocks that are a
// reading time alone (see isReadingTime).
func (t *tree) dropReadingTimes(roots []int32) {
	if !t.story || t.keepComments || t.discussion {
		return
	}
	t.dropMatching(roots, dropDateline, func(i int32, b *blk) bool {
		return b.units > 0 && b.units <= readingTimeMaxUnits && isReadingTime(t.lowerText(i))
	})
}
