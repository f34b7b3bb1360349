package winnow

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A grid whose cards show only a "Sold out" badge (a script fills in names and prices),
// or a page whose only text is its footer's copyright line, has no content.
func TestFurnitureOnlyText(t *testing.T) {
	card := `<div class="card"><a href="/p"><img src="a.jpg" alt="A lamp"></a><span class="badge">Sold Out</span></div>`
	page := `<html><head><title>Shop</title></head><body><main><div class="grid">` + strings.Repeat(card, 8) + `</div></main></body></html>`
	_, err := Extract(strings.NewReader(page), nil)
	assert.True(t, errors.Is(err, ErrNoContent), "badges only: %v", err)

	rights := `<html><head><title>Shop</title></head><body><div id="app"></div><footer><p>© 2026 Example Ltd. or its subsidiaries. All rights reserved.</p></footer></body></html>`
	_, err = Extract(strings.NewReader(rights), nil)
	assert.True(t, errors.Is(err, ErrNoContent), "copyright only: %v", err)

	assert.True(t, furnitureOnly("Sold Out\n\nSold Out\n\nSold Out"))
	assert.True(t, furnitureOnly("- Add to cart\n\n- Add to cart\n\n- Add to cart"))
	assert.False(t, furnitureOnly("Sold Out\n\nSold Out"), "twice can be a heading and its echo")
	assert.False(t, furnitureOnly("Lamp\n\nChair\n\nTable"), "different names are a list")
	assert.False(t, furnitureOnly("This lamp sold out in a day, said the shop's owner\n\nThis lamp sold out in a day, said the shop's owner\n\nThis lamp sold out in a day, said the shop's owner"))
	assert.False(t, furnitureOnly("The photographer holds the © on every picture she takes and sells prints of them from her own studio in town, where she has worked for twenty years, "+
		"and she explains how the rights to a picture pass to a buyer only when both sign a contract that says so in writing."))
}
