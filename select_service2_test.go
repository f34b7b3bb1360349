package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
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

// faqPage is a service's page with a block of questions beside its prose: each
// question a heading whose link %s, its answer below it.
const faqPage = `<html><body><main><h1>Free course</h1>` + "%s" + `
<div class="faq">
<div class="panel"><h4><a %s>Who is the course for?</a></h4><div class="panel-body"><p>Anyone who wants a first look at the field, from students to managers.</p></div></div>
<div class="panel"><h4><a %s>How long does it take?</a></h4><div class="panel-body"><p>About six hours, at your own pace, over as many days as you like.</p></div></div>
<div class="panel"><h4><a %s>Do I get a certificate?</a></h4><div class="panel-body"><p>Yes, once you pass the final quiz you can download a certificate.</p></div></div>
</div></main></body></html>`

func runFAQ(t *testing.T, link string) string {
	t.Helper()
	page := strings.Replace(faqPage, "%s", para("The course teaches the basics in four lessons.")+para("Each lesson ends with a short exercise."), 1)
	page = strings.ReplaceAll(page, "%s", link)
	return runPassesWith(t, page, nil)
}

func TestAccordionQuestionsAreNoTeasers(t *testing.T) {
	text := runFAQ(t, `href="#answer" data-toggle="collapse" aria-controls="answer"`)
	assert.Contains(t, text, "Who is the course for?")
	assert.Contains(t, text, "About six hours, at your own pace")
	assert.Contains(t, text, "download a certificate")
}

func TestLinkedQuestionsStayTeasers(t *testing.T) {
	text := runFAQ(t, `href="/faq/question"`)
	assert.NotContains(t, text, "About six hours, at your own pace")
	assert.Contains(t, text, "Each lesson ends with a short exercise.")
}

func TestLooseStoryAccordionTogglesAreContent(t *testing.T) {
	page := `<html><body><main><h1>Free course</h1>` + para("The course teaches the basics in four lessons.") + para("Each lesson ends with a short exercise.") + `
<div class="faq"><div class="panel-heading"><h4><a href="#a1" data-toggle="collapse">Who is the course for, and what do I need to know before I start it?</a></h4></div>
</div><div class="more"><h4><a href="/faq">Read all the questions that our students asked us before they started</a></h4></div></div>
</main></body></html>`
	loose := runPassesWith(t, page, func(tr *tree) { tr.story, tr.looseStory = true, true })
	assert.Contains(t, loose, "Who is the course for")
	assert.NotContains(t, loose, "Read all the questions", "a real link is navigation")
	firm := runPassesWith(t, page, func(tr *tree) { tr.story = true })
	assert.NotContains(t, firm, "Who is the course for")
}

// quotesPage is a service's landing page with a carousel of customer quotes whose
// theme names the box after testimonials and its cards after follow-ups.
const quotesPage = `<html><body>
<div class="site-menu"><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></div>
<main><h1>Simple CRM</h1>` + "%s" + `
<section class="%s">
<div class="follow-up__item"><p>It creates a sales process for us, and all we do is follow it; last year we doubled our sales, and it would not have been possible without the reminders that tell each of us, every morning, which customer to call next and why, and what we promised them.</p><p>Paul, Oslo</p></div>
<div class="follow-up__item"><p>So trim and usable, a breath of fresh air without the feature bloat that plagues most programs; it gives me what I need, and nothing that I have to learn only to switch it off again before I can work, as other programs made me do every day.</p><p>Eric, Utrecht</p></div>
</section></main></body></html>`

func TestTestimonialsNamedLikeControlsAreContent(t *testing.T) {
	intro := para("Track your leads and deals in one place.") + para("Send quotes in seconds.") +
		para("Sync your email both ways.") + para("Report on your pipeline.")
	page := strings.Replace(quotesPage, "%s", intro, 1)
	kept := runPassesWith(t, strings.Replace(page, "%s", "help better__follow-up testimonials", 1), nil)
	assert.Contains(t, kept, "we doubled our sales")
	assert.Contains(t, kept, "a breath of fresh air")
}

func TestTestimonialBox(t *testing.T) {
	for class, want := range map[string]bool{
		"help better__follow-up testimonials": true,  // share and comments
		"testimonials slider nav":             true,  // navigation and comments
		"testimonials":                        true,  // comments alone
		"better__follow-up":                   false, // share alone
		"footer testimonials":                 false, // a footer's quotes
		"reviews follow-up":                   false, // reviews, not testimonials
	} {
		doc, err := html.Parse(strings.NewReader(`<html><body><div class="` + class + `"><p>Quote.</p></div></body></html>`))
		require.NoError(t, err)
		tr, err := buildTree(doc, 0)
		require.NoError(t, err)
		var box int32 = none
		for i := range tr.nodes {
			if attr(tr.nodes[i].n, "class") == class {
				box = int32(i)
			}
		}
		require.NotEqual(t, none, box)
		assert.Equal(t, want, tr.testimonialBox(box), class)
	}
}

// featuresPage is a product's landing page with a grid of feature cards, each one link
// that wraps an icon, the feature's name and a sentence about it.
const featuresPage = `<html><body><main><h1>The editor</h1>` + "%s" + `
<div class="feature-grid">
<a class="feature-card" href="/docs/run"><img src="run.svg" alt=""><h3>Run code</h3><p>Run and debug your code without leaving the editor.</p></a>
<a class="feature-card" href="/docs/tasks"><img src="tasks.svg" alt=""><h3>Build tasks</h3><p>Run tools and analyze their results from within the editor.</p></a>
<a class="feature-card" href="/docs/history"><img src="history.svg" alt=""><h3>Local history</h3><p>Never lose your changes with automatically tracked local history.</p></a>
</div></main></body></html>`

func runFeatures(t *testing.T, story bool) string {
	t.Helper()
	intro := para("Code editing, redefined.") + para("Free, built on open source.") + para("Runs everywhere.")
	return runPassesWith(t, strings.Replace(featuresPage, "%s", intro, 1), func(tr *tree) { tr.story = story })
}

func TestFeatureCardsAreContent(t *testing.T) {
	text := runFeatures(t, false)
	assert.Contains(t, text, "Run and debug your code")
	assert.Contains(t, text, "automatically tracked local history")
}

func TestStoryImageCardsStayTeasers(t *testing.T) {
	text := runFeatures(t, true)
	assert.NotContains(t, text, "Run and debug your code")
	assert.Contains(t, text, "Runs everywhere.")
}
