package main

import (
	"slices"
	"testing"

	"github.com/winnow-go/winnow/bench/structure"
)

// TestPlacement checks that unmatched elements are told apart by whether the other side
// holds their text in another shape or not at all.
func TestPlacement(t *testing.T) {
	truthMD := "## Setup\n\nInstall it first.\n\nStep one\n\nStep two\n"
	predMD := "Setup\n\n- Step one\n- Step three\n\n```\ngo run .\n```\n"
	truth, pred := structure.Parse(truthMD), structure.Parse(predMD)
	var p placement
	for _, k := range []structure.Kind{structure.Heading, structure.ListItem, structure.CodeBlock} {
		missed, extra := unmatched(truth[k], pred[k])
		mh, eh := p.add(k, len(truth[k]) > 0, missed, extra, plainKey(k, truthMD), plainKey(k, predMD))
		switch k {
		case structure.Heading: // "## Setup" is a paragraph in the prediction
			if !slices.Equal(missed, []string{"h2 setup"}) || !slices.Equal(mh, []bool{true}) || len(eh) != 0 {
				t.Errorf("heading: missed %q %v, extra %v", missed, mh, eh)
			}
		case structure.ListItem: // "Step one" is a bare line in the truth, "Step three" is not there
			if !slices.Equal(extra, []string{"stepone", "stepthree"}) || !slices.Equal(eh, []bool{true, false}) {
				t.Errorf("list items: extra %q %v", extra, eh)
			}
		}
	}
	want := placement{fpShape: [2]int{0, 1}, fpAbsent: [2]int{0, 2}, fnShape: 1}
	if p != want {
		t.Errorf("placement %+v, want %+v", p, want)
	}
}
