package winnow

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHeroSloganModifiedOnly(t *testing.T) {
	// An SEO plugin's last-save time is no publication date: the slogan stays.
	text, _ := sloganText(t, "Ship your ideas in seconds", `<meta property="article:modified_time" content="2024-03-05T10:00:00Z">`)
	assert.Contains(t, text, "Ship your ideas in seconds")
	// A page published on another day than its last save is a post.
	text, _ = sloganText(t, "Ship your ideas in seconds", `<meta property="article:published_time" content="2023-01-02T10:00:00Z"><meta property="article:modified_time" content="2024-03-05T10:00:00Z">`)
	assert.NotContains(t, text, "Ship your ideas in seconds")
}
