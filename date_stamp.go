package winnow

import (
	"bytes"
	"strings"
	"time"

	"github.com/winnow-go/winnow/internal/dates"
)

// Edit stamps are the lines with which wikis and many sites close a page: "This page was
// last edited on 7 April 2020, at 05:33.", "Diese Seite wurde zuletzt am 29. Januar 2020
// um 13:22 Uhr geändert.", "BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by
// …)". They stand in the page footer, which the other date searches skip, or in a line
// too long for a short date. A page that no other source dates is dated by its edit
// stamp, the last day the publisher stood by it (see lastResortDate).

// editWords mark a line that stamps the page's last edit, wherever they stand in it: the
// words for "last edited" or "last changed" that wiki engines and site footers use.
// Lower case; updateWords and publishedWords count too.
var editWords = []string{"last edited", "last changed", "last revised", "zuletzt", "dernière modification",
	"última edición", "última modificación", "ultima modifica", "laatst bewerkt", "laatst gewijzigd",
	"ostatnia edycja", "ostatnio edytowano", "последнее изменение", "последняя правка", "son düzenleme",
	"最終編集", "最后修改", "最後修改", "마지막 편집", "terakhir diubah"}

// Bounds of the edit-stamp search.
const (
	// maxStampBytes bounds a text node that is an edit stamp: a sentence with a date, a
	// clock and an editor's name, not a paragraph of prose.
	maxStampBytes = 200
	// minStampBytes: a shorter text is a date with at most a label ("Updated 3/4/21"),
	// which the short-date search reads.
	minStampBytes = 16
	// maxStamps is how many stamps are kept, maxStampTries how many texts with a digit
	// are tried: the search stops early on pages full of numbers. Stamps close the page,
	// so the bound is wide.
	maxStamps     = 2
	maxStampTries = 1024
)

// editStamps gathers, during the metadata walk, the first texts outside comments and
// related lists that stamp the page's last edit or its publication.
type editStamps struct {
	stamps []string
	tries  int
}

// noteEditStamp keeps s when it is a short text that reads as an edit stamp.
func (es *editStamps) noteEditStamp(s string) {
	// White space holds no digit: a text without one is turned away before it is
	// trimmed (most text nodes of a page).
	if len(es.stamps) >= maxStamps || es.tries >= maxStampTries || len(s) > maxStampBytes+64 || len(s) < minStampBytes || !containsDigit(s) {
		return
	}
	s = strings.TrimSpace(s)
	if len(s) < minStampBytes || len(s) > maxStampBytes {
		return
	}
	es.tries++
	if isEditStamp(s) {
		es.stamps = append(es.stamps, s)
	}
}

// isEditStamp reports whether s holds one of editWords, updateWords or publishedWords,
// or is a byline or a copyright notice that names a day. The line is lower-cased once
// for the phrases and the notice's word: every short line of a page with a digit is
// asked.
func isEditStamp(s string) bool {
	var buf [maxStackLower]byte
	if low, ok := lowerASCII(buf[:0], s); ok {
		// An ASCII line holds no "©".
		return phraseIn(editStampWords, low) || isBylineStamp(s) ||
			bytes.Contains(low, []byte(copyrightWord)) && isCopyrightStamp(s)
	}
	low := lowerCase(s)
	return phraseIn(editStampWords, low) || isBylineStamp(s) ||
		(strings.Contains(s, "©") || strings.Contains(low, copyrightWord)) && isCopyrightStamp(s)
}

// copyrightWord is the word of a copyright notice, lower case.
const copyrightWord = "copyright"

// isCopyrightStamp reports whether s, a copyright notice (with "©" or copyrightWord),
// names a whole day, not only a year ("Copyright © 19.12.2019 - 12:14 h by …"): the
// system that renders such a footer stamps it with the day the page was last made.
func isCopyrightStamp(s string) bool {
	_, ok := dates.Find(s, "")
	return ok
}

// bylineWords open a byline in the languages whose bylines name the author first ("Von
// Christian am 03.05.2013, 11:51", "By Ann Lee on March 3, 2021"). Lower case, with
// the space that ends them.
var bylineWords = []string{"by ", "von ", "par ", "por ", "door ", "di ", "av ", "przez "}

// isBylineStamp reports whether s is a byline that dates the page: it opens with one
// of bylineWords and names a day.
func isBylineStamp(s string) bool {
	for _, w := range bylineWords {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			_, ok := dates.Find(s, "")
			return ok
		}
	}
	return false
}

// postedOnWords open a German footer that dates the post with its verb at the sentence's
// end, often in another element ("Dieser Artikel wurde am 14. Dezember 2015 um 14:48
// von <a>…</a> geschrieben"): the text node holding the date has no word for
// "published". Lower case.
var postedOnWords = []string{"artikel wurde am", "beitrag wurde am", "eintrag wurde am"}

// editStampWords are the phrases isEditStamp looks for, read in one pass over a text.
var editStampWords = newPhraseSet(editWords, updateWords, publishedWords, postedOnWords)

// stampDate returns the date of the first edit stamp that names a plausible one.
func stampDate(es *editStamps, lang string, now time.Time) (dates.Date, bool) {
	for _, s := range es.stamps {
		if isProfileLine(s) || hasCiteWord(s) || isEventLine(s) {
			continue
		}
		if d, ok := findDate(s, lang, now); ok {
			return d, true
		}
	}
	return dates.Date{}, false
}

// publishedStamp returns the date of the first edit stamp that says when the page was
// published ("Erschienen am: 01.11.2023", "Published on March 3, 2021 by …", a byline
// such as "Von Christian am 03.05.2013, 11:51"), not when
// it was last changed: the page's own word for its date, which a short date standing
// elsewhere does not overrule.
func publishedStamp(es *editStamps, lang string, now time.Time) (dates.Date, bool) {
	for _, s := range es.stamps {
		if !hasPublishedWord(s) && !isBylineStamp(s) || isUpdateLine(s) || isProfileLine(s) || hasCiteWord(s) || isEventLine(s) {
			continue
		}
		if d, ok := findDate(s, lang, now); ok {
			return d, true
		}
	}
	return dates.Date{}, false
}
