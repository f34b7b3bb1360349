package winnow

import "testing"

// TestNoteShortDatePrefilters checks that the checks made before trimming turn away only
// texts without a digit or too short: a padded date is still kept, a padded label not.
func TestNoteShortDatePrefilters(t *testing.T) {
	var sd shortDates
	sd.noteShortDate("\n\t   Kommentare   \n", "de")
	sd.noteShortDate("12", "de")
	sd.noteShortDate("\n\t   01.02.2022   \n", "de")
	if len(sd.texts) != 1 || sd.texts[0] != "01.02.2022" || sd.tries != 1 {
		t.Errorf("texts %q, tries %d; want [01.02.2022], 1", sd.texts, sd.tries)
	}
	var es editStamps
	es.noteEditStamp("  This page was last edited  ")
	es.noteEditStamp("\n  This page was last edited on 7 April 2020, at 05:33.  \n")
	if len(es.stamps) != 1 || es.tries != 1 {
		t.Errorf("stamps %q, tries %d; want one, 1", es.stamps, es.tries)
	}
}
