package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestHeroSloganModifiedOnly(t *testing.T) {
	// An SEO plugin's last-save time is no publication date: the slogan stays.
	text, _ := sloganText(t, "Ship your ideas in seconds", `<meta property="article:modified_time" content="2024-03-05T10:00:00Z">`)
	assert.Contains(t, text, "Ship your ideas in seconds")
	// A page published on another day than its last save is a post.
	text, _ = sloganText(t, "Ship your ideas in seconds", `<meta property="article:published_time" content="2023-01-02T10:00:00Z"><meta property="article:modified_time" content="2024-03-05T10:00:00Z">`)
	assert.NotContains(t, text, "Ship your ideas in seconds")
}

// quietHeroPage is a service's page whose <header> hero carries its plan cards besides
// its headline and intro: more than heroMaxUnits, with a button or two as links (%s).
const quietHeroPage = `<html><head><title>Identity protection</title></head><body>
<header class="site"><a href="/">Shield</a> <a href="/plans">Plans</a> <a href="/login">Log in</a> <a href="/help">Help</a></header>
<main><header class="section-hero"><h1>Identity protection</h1>
<p>We watch your accounts, your credit and the dark web around the clock, and alert you the moment your details turn up.</p>
<div class="plan"><div class="plan-name">Individual plan</div><p>One adult is covered: credit monitoring at all three bureaus, alerts on bank and card accounts, a password manager and a VPN for five devices.</p></div>
<div class="plan"><div class="plan-name">Couple plan</div><p>Two adults are covered with everything in the individual plan, and a shared dashboard shows both of your alerts, so that nothing slips between you.</p></div>
<div class="plan"><div class="plan-name">Family plan</div><p>Five adults and any number of children are covered, with parental controls, safe gaming alerts and insurance of up to five million dollars for the household.</p></div>
<p>Every plan can be cancelled at any time, and the first fourteen days are free, so that you can see what the service finds before you pay for it.</p>
%s</header>
<section><h2>Experts help you recover</h2><p>When something goes wrong, a specialist calls the banks and the agencies with you and follows the case until it is closed.</p></section>
<section><h2>Alerts in minutes</h2><p>Most alerts reach your phone within minutes of the change that caused them, whether a new account was opened or a password leaked.</p></section>
<section><h2>Insurance for the household</h2><p>Losses from identity theft are covered up to five million dollars, lawyers' fees and lost wages included, for every adult on the plan.</p></section>
<section><h2>Privacy at home</h2><p>Data brokers are asked to remove your address and phone number from their lists, and the requests are sent again until they comply.</p></section>
<section><h2>Safe devices</h2><p>The antivirus scans every new file on your computers and phones, and the VPN keeps your browsing private on public networks.</p></section>
<section><h2>One app for everything</h2><p>Alerts, the password manager, the VPN and the antivirus live in one app, with one login protected by two factors for every member.</p></section>
<section><h2>Credit locks in one tap</h2><p>Your credit file at the largest bureau can be locked and unlocked from the app, so that nobody can open a loan in your name.</p></section>
<section><h2>Children grow up safe</h2><p>Parents see which apps their children use and for how long, and are told when a stranger tries to reach them in a game's chat.</p></section>
<section><h2>Questions answered</h2><p>Our support team answers calls every day of the year, and a specialist is assigned to you whenever a case of fraud needs following.</p></section>
</main></body></html>`

func TestQuietHeroHeaderKept(t *testing.T) {
	page := strings.Replace(quietHeroPage, "%s", `<a class="btn" href="/start">Start now</a>`, 1)
	text := runPassesWith(t, page, nil)
	assert.Contains(t, text, "Two adults are covered")
	assert.Contains(t, text, "a specialist calls the banks")
	// A header as long that links much of what it says is a banner of teasers.
	links := strings.Repeat(`<a href="/x">Read our guide to staying safe online</a> `, 4)
	text = runPassesWith(t, strings.Replace(quietHeroPage, "%s", links, 1), nil)
	assert.NotContains(t, text, "Two adults are covered")
}

// longIntroPage is a guide whose intro, beside its <h1> and above the container of its
// sections, runs to several paragraphs (%s): more than heroMaxUnits, with a few links.
const longIntroPage = `<html><head><title>Managed Analytics Services | Example</title></head><body>
<main><div class="page-header"><h1>Managed Analytics Services</h1>
<section class="intro">%s</section></div>
<div class="page-content">%s</div></main></body></html>`

func TestLongQuietHeroJoinsTheText(t *testing.T) {
	intro := "<p>Managed analytics services mean handing data analysis to a <a href='/providers'>provider</a>, so that you need no team of your own.</p>" +
		"<p>The provider collects the data from your systems every night, cleans it, and keeps a <a href='/store'>single store</a> that every report reads from.</p>" +
		"<p>Analysts on their side build the <a href='/dashboards'>dashboards</a> your managers ask for, and explain what the numbers say in a call every month.</p>" +
		"<p>When a question comes up that no dashboard answers, you write to <a href='/team'>the team</a>, and an answer comes back within two working days.</p>" +
		"<p>You keep the ownership of the data and of every report, and you can take both with you whenever the contract ends.</p>" +
		"<p>This guide explains what such a service costs, what it covers, and how to tell a good provider from a poor one.</p>" +
		"<p>Each section ends with the questions to ask a provider before you sign, and with the answers that should worry you.</p>"
	body := strings.Repeat("<section><h2>Reports</h2>"+para("We run your reports.")+para("We watch your data.")+para("We keep it safe.")+"</section>", 4)
	page := strings.Replace(strings.Replace(longIntroPage, "%s", intro, 1), "%s", body, 1)
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.headlines = newHeadlines(&pageMeta{title: "Managed Analytics Services | Example"}, "Managed Analytics Services")
	content := none
	for i := range tr.nodes {
		if attr(tr.nodes[i].n, "class") == "page-content" {
			content = int32(i)
		}
	}
	require.NotEqual(t, none, content)
	roots := tr.rescueHero([]int32{content})
	tr.prune(roots)
	text := tr.renderText(roots)
	assert.Contains(t, text, "Analysts on their side build the dashboards")
	assert.Contains(t, text, "We run your reports.")
}
