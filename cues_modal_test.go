package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestModalCue(t *testing.T) {
	for _, tc := range []struct {
		class   string
		overlay bool
	}{
		{"modal", true},
		{"pipf-product-details-modal", true},
		{"modal-container", true}, // a part of the dialog's box
		{"modal-icon", true},      // the button that opens it
		{"pipf-product-details-modal__paragraph", false},
		{"product-details-modal__title", false},
		{"modal-description", false},
	} {
		kinds, _ := attrCues(tc.class)
		assert.Equal(t, tc.overlay, kinds&(1<<cueOverlay) != 0, tc.class)
	}
}
