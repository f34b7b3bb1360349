package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// serviceLanding is a service's landing page: an offer in sections, then a box of
// customer quotes classed as testimonials, then a footer.
const serviceLanding = `<html><body><header><nav><a href="/">Home</a> <a href="/services">Services</a></nav></header>
<main><h1>Garden design</h1>
<section class="features"><h2>What we do</h2><p>We draw your garden, choose the plants that suit your soil and light, and build the paths, beds and terraces with our own crews, in every season and at a fixed price agreed before the work starts.</p>
<p>Every project starts with a visit: we measure, listen and take photographs, and a week later you receive a plan in colour with a list of plants and a schedule for the work.</p></section>
<section class="testimonials"><h2>What our clients say</h2>
<blockquote><p>They turned a muddy yard into a garden our children love, and finished a week early. The plan was clear and the crew left the street cleaner than they found it.</p><p>Maria, Ghent</p></blockquote>
<blockquote><p>We had a slope nobody could use. The terraces they built hold the soil through every storm, and the planting looks better each spring than the one before it.</p><p>Tom, Leuven</p></blockquote>
</section></main><footer><p>© Garden Crew</p></footer></body></html>`

func runLanding(t *testing.T, story bool) string {
	t.Helper()
	return runPassesWith(t, serviceLanding, func(tr *tree) { tr.story = story })
}

func TestTestimonialsKeptOnLanding(t *testing.T) {
	text := runLanding(t, false)
	assert.Contains(t, text, "Every project starts with a visit")
	assert.Contains(t, text, "They turned a muddy yard into a garden")
	assert.Contains(t, text, "We had a slope nobody could use")
	assert.NotContains(t, text, "Garden Crew")
}

func TestTestimonialsDroppedOnStory(t *testing.T) {
	// The same box beside a declared story is an advertisement for the site.
	text := runLanding(t, true)
	assert.Contains(t, text, "Every project starts with a visit")
	assert.NotContains(t, text, "They turned a muddy yard into a garden")
}

func TestHasAttrWord(t *testing.T) {
	for _, tc := range []struct {
		class string
		want  bool
	}{
		{"section-testimonials", true},
		{"pa-testimonial-container-inner", true},
		{"testimonialsCarousel", true},
		{"test-monials", false},
		{"comments", false},
	} {
		doc, err := html.Parse(strings.NewReader(`<div class="` + tc.class + `"><p>x</p></div>`))
		require.NoError(t, err)
		tr, err := buildTree(doc, 0)
		require.NoError(t, err)
		got := false
		for i := range tr.nodes {
			if n := tr.nodes[i].n; n != nil && n.Type == html.ElementNode && n.Data == "div" {
				got = tr.hasAttrWord(int32(i), testimonialWords)
			}
		}
		assert.Equal(t, tc.want, got, tc.class)
	}
}

// shopShell is a shop's product page whose description the browser renders with
// script: the HTML holds the product's name, its price and the footer, and the JSON-LD
// holds the description.
func shopShell(visible string) string {
	return `<html><head><title>Oak stool</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Oak stool","description":"A three-legged stool turned from one block of oak, oiled by hand and finished with beeswax.\nIts seat is carved to fit, and its legs are wedged through the seat so that it never works loose, even after years in a damp kitchen.\nEach stool is signed and numbered under the seat.","offers":{"@type":"Offer","price":"120.00","priceCurrency":"EUR"}}</script></head>
<body><main><h1>Oak stool</h1><div class="price">€120</div>` + visible + `</main><footer><p>© Workshop Oak. All rights reserved.</p></footer></body></html>`
}

func TestProductShellTakesDeclaredDescription(t *testing.T) {
	a, err := Extract(strings.NewReader(shopShell("")), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "A three-legged stool turned from one block of oak")
	assert.Contains(t, a.Text, "\n\nEach stool is signed and numbered under the seat.")
	assert.NotContains(t, a.Text, "All rights reserved")
}

func TestProductShellKeepsVisibleDescription(t *testing.T) {
	// The page prints its own description, longer than the declared one: the visible
	// text stands.
	visible := `<div class="description"><p>Turned from one block of oak felled in the Ardennes, oiled by hand, finished with beeswax, and left to rest for a month before it leaves the workshop.</p><p>The seat is carved to fit. The legs are wedged through the seat, so that the stool never works loose, even after years in a damp kitchen or on a boat.</p><p>Each stool is signed and numbered under the seat by the maker who turned it.</p></div>`
	a, err := Extract(strings.NewReader(shopShell(visible)), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "felled in the Ardennes")
	assert.NotContains(t, a.Text, "A three-legged stool turned")
}

// landingWithBanner is a service's landing page that opens with a hero banner (its offer
// in sentences), and carries an advert's banner (a slogan that is a link) and a cookie
// banner further down.
const landingWithBanner = `<html><body><header><nav><a href="/">Home</a> <a href="/services">Services</a></nav></header>
<main><section class="hero-banner"><h1>Tax advice for small firms</h1><p>We prepare the accounts and the tax returns of firms of up to fifty people, answer their questions within a day, and tell them before each quarter what they will owe, so that no bill comes as a surprise.</p><p>Our advisers have worked in the tax office and in firms like yours, and they speak your language.</p><a href="/contact">Book a call</a></section>
<section class="services"><h2>What we do</h2>` + "<p>Bookkeeping, payroll, annual accounts and tax returns, each at a fixed monthly price agreed before we start, with one adviser who knows your firm and answers the phone.</p><p>When the rules change, we write to you before they apply, and say what the change means for your firm in plain words.</p>" + `</section>
<section class="method"><h2>How we work</h2><p>Each month you send us your receipts and statements, by post or through a shared folder, and we enter them, check them and file what must be filed, on time and without reminders.</p><p>Twice a year we meet, in person or by video, to look at the figures together and plan the months ahead: hiring, investment, and what to put aside for tax.</p></section>
<div class="promo-banner"><a href="https://ads.example/offer">Get 50% off your first year of premium accounting software today, limited offer, click here now</a></div>
<div class="sales-banner"><p>This month only: every new client who signs before the end of the quarter gets the first three months of bookkeeping free, and a year of payroll at half the usual price, whatever the size of the firm and wherever it trades, online or in a shop on the high street.</p></div>
<div class="accept_cookies_banner"><p>We use cookies to understand how our site is used and to remember your choices, such as the language you read it in. You can accept them all, refuse those that are not needed, or choose which ones we may set, at any time, from the link at the foot of every page.</p></div>
</main><footer><p>© Tax Crew</p></footer></body></html>`

func TestHeroBannerKeptOnLanding(t *testing.T) {
	for _, story := range []bool{false, true} {
		page := landingWithBanner
		if story {
			page = strings.Replace(page, "<html>", `<html><head><meta property="og:type" content="article"></head>`, 1)
		}
		a, err := Extract(strings.NewReader(page), nil)
		require.NoError(t, err)
		assert.Contains(t, a.Text, "Bookkeeping, payroll, annual accounts")
		assert.NotContains(t, a.Text, "Get 50% off", "an advert's banner is a link")
		assert.NotContains(t, a.Text, "We use cookies", "a consent banner is no hero")
		assert.NotContains(t, a.Text, "This month only", "a sale's banner is an advert")
		if story {
			assert.NotContains(t, a.Text, "We prepare the accounts", "on a story a banner is an advert")
		} else {
			assert.Contains(t, a.Text, "We prepare the accounts")
		}
	}
}

func TestReviewsKeptOutsideShops(t *testing.T) {
	page := strings.Replace(serviceLanding, `class="testimonials"`, `class="customer-reviews"`, 1)
	for _, shop := range []bool{false, true} {
		doc, err := html.Parse(strings.NewReader(page))
		require.NoError(t, err)
		tr, err := buildTree(doc, 0)
		require.NoError(t, err)
		tr.shop = shop
		roots := tr.selectMain(tr.score())
		tr.prune(roots)
		text := tr.renderText(roots)
		assert.Contains(t, text, "Every project starts with a visit")
		if shop {
			assert.NotContains(t, text, "They turned a muddy yard", "a shop's reviews are its customers' comments")
		} else {
			assert.Contains(t, text, "They turned a muddy yard")
		}
	}
}
