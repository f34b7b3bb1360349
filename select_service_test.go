package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// heroBannerPage is a service's page whose theme builds every section as a "banner"
// (a background picture with a text layer): the page's offer is a banner of prose, and
// the only plain paragraph is a call to book, in a column beside it.
const heroBannerPage = `<html><body>
<header><a href="/">Rentals</a> <a href="/services">Services</a> <a href="/contact">Contact</a></header>
<div class="row"><div class="col"><p>Is your event coming up soon? Call us today and book the equipment you need for it.</p></div>
<div class="col"><div class="banner"><div class="banner-layers"><div class="text-box banner-layer"><div class="text">
<h2>Why choose us for your rentals</h2>
<p>We have rented fitness equipment to film sets, events and gyms for twenty years, and we deliver it anywhere in the region on the day you need it.</p>
<p>Daily, weekly and monthly periods are offered, so that a short shoot and a long renovation are both served at a fair price, with no hidden fees.</p>
<p>Our crew installs every machine, checks it and takes it away again when the rental ends, so that you never lift a thing yourself.</p>
</div></div></div></div></div></div>
<footer>%s</footer>
</body></html>`

// bannerPage fills heroBannerPage's footer with a directory of links that outweighs the
// banner, as a site's footer does, so that the banner's class word counts.
func bannerPage() string {
	var links strings.Builder
	for i := 0; i < 40; i++ {
		links.WriteString(`<a href="/area">Equipment rentals in another town</a> `)
	}
	return strings.Replace(heroBannerPage, "%s", links.String(), 1)
}

func TestHeroBannerProseWinsTheMass(t *testing.T) {
	text := runPassesWith(t, bannerPage(), nil)
	assert.Contains(t, text, "We have rented fitness equipment to film sets")
	assert.Contains(t, text, "Our crew installs every machine")
}

func TestStoryBannerStaysAnAdvert(t *testing.T) {
	// On a story a banner is an advertisement, whatever it says: the mass passes it by.
	text := runPassesWith(t, bannerPage(), func(tr *tree) { tr.story = true })
	assert.NotContains(t, text, "We have rented fitness equipment to film sets")
}

// accordionPage is a service's questions: each question is an accordion's header
// ("accordion__itemHeader", a word of mastheads) over its answer, under a masthead of
// links.
const accordionPage = `<html><body>
<div class="page-header"><a href="/">Clinic</a> <a href="/team">Team</a> <a href="/book">Book</a></div>
<main><h2>Questions about the treatment</h2>
<div class="accordion"><div class="accordion__item"><div class="accordion__itemHeader">How long does one session last?</div>
<div class="accordion__itemBody">%s</div></div>
<div class="accordion__item"><div class="accordion__itemHeader">Do I need a referral from my doctor?</div>
<div class="accordion__itemBody">%s</div></div>
<div class="accordion__item"><h3><button class="accordion-header" aria-expanded="false" aria-controls="a3">Is there parking at the clinic?</button></h3>
<div class="accordion__itemBody"><p>Yes, twenty places behind the building are kept for patients, free of charge.</p></div></div>
<div class="accordion__item"><div class="accordion__itemHeader">No body follows this header</div></div>
</div></main></body></html>`

func runAccordion(t *testing.T, story bool) string {
	t.Helper()
	page := strings.Replace(accordionPage, "%s", para("A session lasts an hour."), 1)
	page = strings.Replace(page, "%s", para("No referral is needed."), 1)
	return runPassesWith(t, page, func(tr *tree) { tr.story = story })
}

func TestComponentHeadersAreContent(t *testing.T) {
	text := runAccordion(t, false)
	assert.Contains(t, text, "How long does one session last?")
	assert.Contains(t, text, "Do I need a referral from my doctor?")
	assert.Contains(t, text, "A session lasts an hour.")
	assert.Contains(t, text, "Is there parking at the clinic?", "a header alone in its heading heads what follows the heading")
	assert.NotContains(t, text, "No body follows this header", "a header that heads nothing stays furniture")
	assert.NotContains(t, text, "Team", "the masthead's links are no component")
}

func TestStoryComponentHeadersStayFurniture(t *testing.T) {
	text := runAccordion(t, true)
	assert.NotContains(t, text, "How long does one session last?")
	assert.Contains(t, text, "A session lasts an hour.")
}

// featureCardsPage is a service's page whose features are a grid of cards, each card
// one link that holds the feature's name and a sentence about it, and whose questions
// are accordion headings whose links toggle their answers.
const featureCardsPage = `<html><body>
<nav><a href="/">Helpdesk</a> <a href="/pricing">Pricing</a> <a href="/login">Log in</a></nav>
<main>%s
<h2>Explore the capabilities</h2>
<div class="cards">
<a href="/agents"><span>Automated agents</span><span>Answer most questions before a person has to.</span></a>
<a href="/inbox"><span>Shared inbox</span><span>Every channel your customers use, in one queue.</span></a>
<a href="/reports"><span>Reports</span><span>See what your customers ask and how fast you answer.</span></a>
</div>
<div class="mosaic">
<a href="/strategy" class="card"><div class="card-title">Support strategy</div><div class="card-text">Plan the service your customers expect, channel by channel.</div></a>
<a href="/resilience" class="card"><div class="card-title">Peak readiness</div><div class="card-text">Stay fast on the busiest day of the year, with no extra staff.</div></a>
</div>
<div class="menu"><a href="/a">Agents</a> <a href="/b">Inbox</a> <a href="/c">Reports</a> <a href="/d">Help center</a></div>
<div class="faq"><div class="q"><a href="#answer1" data-toggle="collapse" aria-expanded="false">Can I try it for free before I pay?</a></div>
<div id="answer1"><p>Yes, every plan starts with a trial of two weeks, with no card asked.</p></div></div>
</main></body></html>`

func runFeatureCards(t *testing.T, story bool) string {
	t.Helper()
	page := strings.Replace(featureCardsPage, "%s", para("Our helpdesk answers your customers wherever they write.")+para("It grows with your team."), 1)
	return runPassesWith(t, page, func(tr *tree) { tr.story = story })
}

func TestFeatureCardsAndTogglesAreContent(t *testing.T) {
	text := runFeatureCards(t, false)
	assert.Contains(t, text, "Answer most questions before a person has to.")
	assert.Contains(t, text, "Every channel your customers use")
	assert.Contains(t, text, "Stay fast on the busiest day of the year", "a card's parts, judged one by one, stay")
	assert.Contains(t, text, "Can I try it for free before I pay?")
	assert.NotContains(t, text, "Help center", "a menu of names is still navigation")
}

func TestStoryCardsStayTeasers(t *testing.T) {
	text := runFeatureCards(t, true)
	assert.NotContains(t, text, "Answer most questions before a person has to.")
	assert.Contains(t, text, "It grows with your team.")
}

// heroHeaderPage is a service's page whose hero is a <header> inside its main
// container: the headline, the offer in two sentences and a button.
const heroHeaderPage = `<html><head><title>Identity protection</title></head><body>
<header class="site"><a href="/">Shield</a> <a href="/plans">Plans</a> <a href="/login">Log in</a> <a href="/help">Help</a></header>
<main><header class="section-hero"><h1>Identity protection</h1>
<p>We watch your accounts, your credit and the dark web around the clock, and alert you the moment your details turn up.</p>
<a class="btn" href="/start">Start</a></header>
%s</main></body></html>`

func TestHeroHeaderInsideTheContent(t *testing.T) {
	page := strings.Replace(heroHeaderPage, "%s", para("Every plan includes insurance.")+para("Experts help you recover."), 1)
	text := runPassesWith(t, page, nil)
	assert.Contains(t, text, "We watch your accounts, your credit and the dark web")
	assert.Contains(t, text, "Every plan includes insurance.")
	assert.NotContains(t, text, "Log in")
	story := runPassesWith(t, page, func(tr *tree) { tr.story = true })
	assert.NotContains(t, story, "We watch your accounts, your credit and the dark web", "a story's header is the lead rules' business")
}
