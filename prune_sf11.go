package winnow

import (
	"bytes"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Edit notes: a forum engine stamps a post that its poster changed with a line of its
// own under the post's words ("Last edited: Jul 9, 2022", "Last edited by Minoa on Tue
// Aug 27, 2019 10:03 pm, edited 1 time in total.", "Edited May 22, 2024 by ColdJ").
// It tells when the post changed, not what its poster said: the engine writes it, in
// the same words under every post it marks, like the post's counts and buttons. A
// poster's own word about an edit ("EDIT: fixed a typo") carries no date, and stays.

// editNoteMaxUnits bounds an edit note: the label, a name and a date with its time,
// and a count of edits.
const editNoteMaxUnits = 90

// editNotePrefixes lists, per language (ISO 639-1), how engines open an edit note, in
// lower case. The note also holds a figure (its date, its count), which a poster's line
// about an edit seldom does.
var editNotePrefixes = map[string][]string{
	"en": {"last edited", "edited"},
	"de": {"zuletzt bearbeitet", "zuletzt geändert", "bearbeitet"},
	"fr": {"dernière modification", "dernière édition", "modifié", "édité"},
	"es": {"última edición", "editado"},
	"it": {"ultima modifica", "modificato"},
	"pt": {"última edição", "editado"},
	"nl": {"laatst bewerkt", "bewerkt"},
	"pl": {"ostatnio edytowany", "edytowano"},
	"ru": {"последний раз редактировалось", "отредактировано"},
	"vi": {"sửa lần cuối", "chỉnh sửa lần cuối"},
	"zh": {"最后编辑", "最後編輯", "本帖最后由"},
	"ja": {"最終編集", "編集済み"},
	"tr": {"son düzenleme", "düzenlendi"},
}

// editNoteOpeners are the marks an engine may set before an edit note: a bracket, a
// separator from the post's foot.
const editNoteOpeners = "([|·•-–— "

// editNotes is editNotePrefixes in one list, whatever the language.
var editNotes = prefixList(editNotePrefixes)

// prefixList merges the lists of every language into one.
func prefixList(langs map[string][]string) []string {
	var all []string
	for _, ps := range langs {
		all = append(all, ps...)
	}
	return all
}

// dropEditNotes drops, inside the chosen roots of a discussion, the blocks that are an
// engine's edit note (see isEditNote).
func (t *tree) dropEditNotes(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.dropMatching(roots, dropCard, func(i int32, b *blk) bool {
		return b.block && b.units > 0 && b.units <= editNoteMaxUnits && isEditNote(t.lowerText(i))
	})
}

// isEditNote reports whether s, a short line's text in lower case, is an edit note: it
// opens with an engine's label (see editNotePrefixes) and holds a figure.
func isEditNote(s string) bool {
	s = strings.TrimLeft(s, editNoteOpeners)
	for _, p := range editNotes {
		if strings.HasPrefix(s, p) {
			return strings.IndexFunc(s[len(p):], unicode.IsDigit) >= 0
		}
	}
	return false
}

// Sign-in notices: under a thread's last reply the engine tells a visitor what it
// takes to join in ("You must log in to answer this question.", "You must log in or
// register to reply here."), a sentence around a link to the sign-in page. It speaks
// to the visitor, not about the thread. A reply that points to a sign-in page says
// more than that.

// signInNoticeMaxUnits bounds a sign-in notice: a sentence or two.
const signInNoticeMaxUnits = 120

// signInPathWords are the path segments (lower case) under which sites file their
// sign-in and sign-up pages.
var signInPathWords = map[string]bool{
	"login": true, "log-in": true, "signin": true, "sign-in": true, "sign_in": true,
	"register": true, "signup": true, "sign-up": true, "join": true, "login.php": true,
	"register.php": true, "ucp.php": true, "anmelden": true, "connexion": true,
	"inscription": true, "registrieren": true, "dang-nhap": true, "dang-ky": true,
}

// dropSignInNotices drops, inside the chosen roots of a discussion, a short block
// (see signInNoticeMaxUnits) whose links all lead to sign-in pages (see signInLink)
// and stand inside its sentence, words before and after them (see linksInside): the
// engine's notice to a visitor. A reply's foot whose "Reply" button leads a visitor to
// sign in ends on the button.
func (t *tree) dropSignInNotices(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.dropMatching(roots, dropPromo, func(i int32, b *blk) bool {
		return b.block && b.units <= signInNoticeMaxUnits && b.linkUnits > 0 && b.linkUnits < b.units &&
			t.linksInside(i) && t.signInLinksOnly(i)
	})
}

// linksInside reports whether block i opens and ends on words outside links: its
// links stand inside a sentence.
func (t *tree) linksInside(i int32) bool {
	first, last := none, none
	end := t.subtreeEnd(i)
	for j := i + 1; j < end; j++ {
		if b := &t.nodes[j]; b.text && b.units > 0 {
			if first == none {
				first = j
			}
			last = j
		}
	}
	return first != none && !t.nodes[first].inLink && !t.nodes[last].inLink
}

// signInLinksOnly reports whether every link in block i leads to a sign-in page.
func (t *tree) signInLinksOnly(i int32) bool {
	only := true
	t.walk(i, func(j int32) bool {
		if n := t.nodes[j].n; t.nodes[j].tag == atom.A && n.Type == html.ElementNode {
			only = signInLink(attr(n, "href"))
		}
		return only
	})
	return only
}

// signInLink reports whether href leads to a sign-in or sign-up page: a segment of its
// path names one (see signInPathWords).
func signInLink(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	for _, s := range strings.Split(strings.Trim(u.Path, "/"), "/") {
		if signInPathWords[strings.ToLower(s)] {
			return true
		}
	}
	return false
}

// Quoted threads in asides: Discourse and engines like it set a quote of another post
// in an <aside> (the quoted poster's name over a <blockquote>), which the tag alone
// marks as the page's sidebar. A quote of another thread names it with a link over the
// quoted words, and is the only copy of them the page holds: on a thread it is part of
// the reply that quotes it, the words the reply answers. A quote of a post of the same
// thread names only its poster; its words are a copy (often a fragment of a sentence).

// keepQuoteAsides gives back, inside the chosen roots of a discussion, each <aside>
// that only its tag dropped (no class or id word of boilerplate) and that holds a
// <blockquote> with prose under a link to another page (see quotesThread), when prose
// of the thread is kept beside it in its root.
func (t *tree) keepQuoteAsides(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.restoreAsides(roots, func(j, r, end int32) bool {
		return t.quotesThread(j) && (t.keptProseIn(r, j) || t.keptProseIn(t.subtreeEnd(j), end))
	})
}

// quotesThread reports whether block i holds a <blockquote> that holds prose, after a
// link to another page (not an anchor of this one, not a member's profile: see
// profileLink), and no form or nav (a poll, a box of links).
func (t *tree) quotesThread(i int32) bool {
	named, quote := false, false
	end := t.subtreeEnd(i)
	for k := i + 1; k < end; k++ {
		switch c := &t.nodes[k]; c.tag {
		case atom.Form, atom.Nav:
			return false
		case atom.A:
			href := strings.TrimSpace(attr(c.n, "href"))
			named = named || !quote && !c.text && href != "" && href[0] != '#' && !profileLink(href)
		case atom.Blockquote:
			if !c.text && t.holdsProse(k) {
				quote = true
				k = t.subtreeEnd(k) - 1
			}
		}
	}
	return named && quote
}

// Post ordinals: engines number a thread's posts in each post's header, beside the
// poster's name and the time ("raoul May 3, 2024, 8:45am 1", "#8 · Jan 3, 2024"), in an
// element of its own that links to the post or holds its position. The number is the
// engine's place for the post, not the poster's words; the header's name and time stay.

// ordinalMaxUnits bounds a post's ordinal: a "#" and a few digits.
const ordinalMaxUnits = 6

// dropPostOrdinals drops, inside the chosen roots of a discussion, an element inside a
// line of text that holds an ordinal alone (see isOrdinal), when that line is a date
// line (a post's header, see isDateline).
func (t *tree) dropPostOrdinals(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.dropMatching(roots, dropNumbers, func(i int32, b *blk) bool {
		return !b.block && b.units > 0 && b.units <= ordinalMaxUnits && isOrdinal(t.plainWords(i)) && t.inDateline(i)
	})
}

// isOrdinal reports whether s is an ordinal alone: digits, a "#" before them.
func isOrdinal(s []byte) bool {
	s = bytes.TrimPrefix(bytes.TrimSpace(s), []byte("#"))
	if len(s) == 0 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// inDateline reports whether inline element i stands in a date line (see isDateline)
// that holds more than i: the smallest element around it that does, up to the block
// around it (a header may set its line in a span of its own).
func (t *tree) inDateline(i int32) bool {
	units := t.nodes[i].units
	for p := t.nodes[i].parent; p != none; p = t.nodes[p].parent {
		b := &t.nodes[p]
		if b.units > datelineMaxUnits {
			return false
		}
		if b.units > units {
			return isDateline(t.inlineText(p))
		}
		if b.block {
			return false
		}
	}
	return false
}

// Reaction bars: under a post, engines list who reacted to it ("Reactions: unixfool
// and felixen", "Likes: Tom, Ann and 3 others"): a label, a colon and links to the
// members. It tells who liked the post, not what its poster said.

// reactionBarMaxUnits bounds a reaction bar: the label and a few names.
const reactionBarMaxUnits = 120

// reactionLabels lists, per language (ISO 639-1), the labels of a post's reaction bar,
// in lower case and without their colon.
var reactionLabels = map[string][]string{
	"en": {"reactions", "likes", "liked by"},
	"de": {"reaktionen", "gefällt mir"},
	"fr": {"réactions"},
	"es": {"reacciones"},
	"it": {"reazioni"},
	"pt": {"reações"},
	"pl": {"reakcje"},
	"ru": {"реакции"},
	"tr": {"tepkiler"},
	"vi": {"cảm xúc"},
}

// reactionBars is reactionLabels as a set, whatever the language.
var reactionBars = labelSet(reactionLabels)

// dropReactionBars drops, inside the chosen roots of a discussion, a short block (see
// reactionBarMaxUnits) that opens with a reaction label and its colon, after which
// links (the members who reacted) hold half the text at least: a poster's line that
// opens with such a word says more than names.
func (t *tree) dropReactionBars(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.dropMatching(roots, dropCard, func(i int32, b *blk) bool {
		if !b.block || b.units > reactionBarMaxUnits || b.linkUnits == 0 {
			return false
		}
		s := t.lowerText(i)
		c := strings.IndexAny(s, ":：")
		return c > 0 && reactionBars[strings.TrimSpace(s[:c])] &&
			2*b.linkUnits >= b.units-countUnits(s[:c+1])
	})
}
