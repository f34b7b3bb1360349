package winnow

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScriptNoticeIsNoContent(t *testing.T) {
	for _, notice := range []string{
		"You need to enable JavaScript to run this app.",
		"Bitte aktivieren Sie JavaScript in Ihrem Browser, um diese Seite zu nutzen.",
		"<p>Для работы сайта включите JavaScript.</p>",
	} {
		page := `<html><body><noscript>` + notice + `</noscript><div id="root"></div></body></html>`
		_, err := Extract(strings.NewReader(page), nil)
		assert.True(t, errors.Is(err, ErrNoContent), "%q: %v", notice, err)
	}
}

func TestNoscriptFallbackKept(t *testing.T) {
	// A <noscript> that holds the page's text for readers without scripts is content,
	// even when it names JavaScript.
	body := strings.Repeat("The harbour froze early that winter, and the ferries stopped running for three weeks while the town waited for the ice to break. ", 4)
	page := `<html><body><noscript><article><h1>The long winter</h1><p>` + body +
		`</p><p>This page works better with JavaScript.</p></article></noscript></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "The harbour froze early that winter")
}
