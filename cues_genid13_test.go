package winnow

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// alnumRunRef matches the runs of ASCII letters and digits of a class token.
var alnumRunRef = regexp.MustCompile(`[A-Za-z0-9]+`)

// stripGeneratedRunsRef is the reference statement of generatedRunEnd for attrKindsRef:
// each run of letters and digits shaped like a random id becomes a digit, which names no
// kind, makes the token's joined words unusable, and touches no word (the run is set off
// by separators).
func stripGeneratedRunsRef(tok string) string {
	return alnumRunRef.ReplaceAllStringFunc(tok, func(r string) string {
		digits, switches, caps := 0, 0, 0
		for k := 0; k < len(r); k++ {
			c := r[k]
			if '0' <= c && c <= '9' {
				digits++
			}
			if k > 0 && 'A' <= c && c <= 'Z' {
				if p := r[k-1]; 'a' <= p && p <= 'z' {
					switches++
				} else if 'A' <= p && p <= 'Z' {
					caps++
				}
			}
		}
		if len(r) >= genIDMinLen && digits > 0 && switches >= genIDMinSwitches && caps >= genIDMinCaps {
			return "0"
		}
		return r
	})
}

// TestGeneratedRecordID: a random record id in a class names no kind, though its case
// changes cut words out of it that are cues ("DFp" reads "dfp", an ad server's name);
// cue words and camelCase names beside it still count.
func TestGeneratedRecordID(t *testing.T) {
	for _, v := range []string{
		"ace-line old-record-id-PFk9dDFpTo0qJgx9vRfcqXxunAc",
		"block-HUPXdYrGKoiJYKxHLBbc3TZ1nYe",
		"RTKgdkNRBoAOZmxMJbuc3ywqnGhAd1x",
	} {
		assert.Zero(t, attrKinds(v), "%q", v)
	}
	assert.Equal(t, uint32(1<<cueSponsored), attrKinds("PFk9dDFpTo0qJgx9vRfcqXxunAc ad-slot"))
	assert.Equal(t, uint32(1<<cueRelated), attrKinds("relatedPostsWidget2"))
	assert.Equal(t, uint32(1<<cueSponsored), attrKinds("x-dfp-slot"))
}

// TestGeneratedRecordIDPage: a list item of an article stamped with a random record id
// whose letters spell an ad server's name stays in the text.
func TestGeneratedRecordIDPage(t *testing.T) {
	page := `<html><head><title>Robot vacuums</title></head><body><main><article><h1>How robot vacuums clean a home</h1>
<p>A robot vacuum maps the rooms of a home and plans its path so that it covers every floor without going over the same spot twice, and it returns to its dock when the battery runs low.</p>
<ul>
<li class="ace-line old-record-id-PFk9dDFpTo0qJgx9vRfcqXxunAc"><strong>Better navigation:</strong> mapping lets the cleaner find its way around chairs and tables and keeps it from falling down the stairs of the house.</li>
<li class="ace-line old-record-id-Qm4kLwZpRt7sNvXbYc2dHjGfAe"><strong>Less noise:</strong> a quieter motor means the machine can run while the family sleeps or works from home in the next room.</li>
</ul>
<p>Most models also report what they cleaned to an app on the phone, where the owner can mark the rooms to skip and set a schedule for the week.</p>
</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "mapping lets the cleaner find its way")
}
