package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// tabsPage is a service's page that shows its offers in tabs: a bar of tab buttons and
// one panel of prose per tab, whose id and inner wrapper are named after the tab bar's
// menu, and a site menu of links marked the same way.
const tabsPage = `<html><body>
<div class="site-menu"><a href="/">Home</a> <a href="/services">Services</a> <a href="/about">About</a> <a href="/contact">Contact</a></div>
<main><h1>Security services</h1>` + "%s" + `
<div class="tabs"><div class="tab-bar" role="tablist"><button role="tab">Cloud</button><button role="tab">Identity</button></div>
<div id="services-menu-tab-1" role="%s"><div class="menu-item-container"><h3>Cloud defences</h3><p>Your workloads move between clouds, and every move opens a door that attackers look for; we watch them all from one console, day and night.</p><a href="/cloud">Learn more</a></div></div>
<div id="services-menu-tab-2" role="%s"><div class="menu-item-container"><h3>Identity</h3><p>People and machines sign in from everywhere, with rights that pile up for years; we find the rights nobody needs and close them before they are used.</p><a href="/identity">Learn more</a></div></div>
</div></main></body></html>`

func runTabs(t *testing.T, role string) string {
	t.Helper()
	page := strings.Replace(tabsPage, "%s", para("We protect what your business runs on."), 1)
	page = strings.ReplaceAll(page, "%s", role)
	return runPassesWith(t, page, nil)
}

func TestTabPanelsAreContent(t *testing.T) {
	text := runTabs(t, "tabpanel")
	assert.Contains(t, text, "every move opens a door")
	assert.Contains(t, text, "we find the rights nobody needs")
	assert.NotContains(t, text, "Contact")
}

func TestMenuNamedBoxesWithoutTheRoleStayNavigation(t *testing.T) {
	text := runTabs(t, "region")
	assert.NotContains(t, text, "every move opens a door")
	assert.Contains(t, text, "We protect what your business runs on.")
}
