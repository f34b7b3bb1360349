package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// switcherPage is a service page whose templates are switched by category: the first
// list shows, the others carry a hiding class beside the same classes. A hidden menu
// with no shown twin follows.
const switcherPage = `<html><head><title>Templates for every plan</title></head><body>
<main><h1>Templates for every plan</h1>
<p>Start from a template made by people who plan for a living, and change it to fit the way you work, at home or at the office.</p>
<div class="tabs"><button>Work</button> <button>Personal</button></div>
<ul class="template-list" data-category="work">
<li><h3>Meeting agenda</h3><p>Waste less time in meetings by agreeing on the points and the order before everyone sits down.</p></li>
<li><h3>Client management</h3><p>Keep the work for each client in one place, from the first call to the last invoice sent.</p></li>
</ul>
<ul class="template-list hidden" data-category="personal">
<li><h3>Grocery list</h3><p>Keep the shopping list with you wherever you go, sorted by the aisles of your usual store.</p></li>
<li><h3>Fitness habit</h3><p>Make exercise a habit by putting the workouts of the week on the list next to everything else.</p></li>
</ul>
<div class="site-menu hidden"><p>Account settings, billing details, notification preferences and the other pages of your profile.</p></div>
</main></body></html>`

func TestTwinPanelKept(t *testing.T) {
	a, err := Extract(strings.NewReader(switcherPage), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Meeting agenda")
	assert.Contains(t, a.Text, "Grocery list")
	assert.Contains(t, a.Text, "Fitness habit")
	// A hidden block with no shown twin stays hidden.
	assert.NotContains(t, a.Text, "Account settings")
}

func TestShownClasses(t *testing.T) {
	assert.Equal(t, "template-list", shownClasses("template-list hidden"))
	assert.Equal(t, "a b", shownClasses(" a  hidden b "))
	assert.Equal(t, "", shownClasses("hidden"))
}
