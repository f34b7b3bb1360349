package winnow

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// paywallStory is a news story whose container holds, after its free paragraphs, the
// box that sells the rest: plans with their prices, under a heading that calls to
// subscribe.
func paywallStory(box string) string {
	return `<body><main><article class=story><h1>Clinics close in the north</h1>` +
		para("Three clinics closed this week.") + para("The region has lost half its doctors since 2019.") +
		para("Officials said a plan would be ready by spring.") + box + `</article></main></body>`
}

func TestDropPaywallOffers(t *testing.T) {
	plan := func(name, price, note string) string {
		return `<div class=card><p>` + name + `</p><p>` + price + `</p><p>` + note +
			`</p><a href="/checkout">Get started</a></div>`
	}
	box := `<div class=breaker><h2>This story is for subscribers</h2><p>Already have an account? <a href=/login>Log in</a></p>` +
		`<div class=cards>` + plan("Monthly", "$39", "Totals $468 per year") + plan("Annual", "$399", "Save 15%") + `</div></div>`
	text := runPassesWith(t, paywallStory(box), nil)
	assert.Contains(t, text, "Officials said a plan")
	assert.NotContains(t, text, "Totals $468", "a box of subscription plans is no part of the story")
	assert.NotContains(t, text, "for subscribers")

	// The same offer in German, its call a link.
	de := `<section><p>Weiterlesen mit Plus</p><ul><li>1 Monat</li><li>9,99 €</li><li>danach 14,99 € im Monat</li>` +
		`<li>Jahresabo 99 €</li></ul><a href="/abo">Jetzt abonnieren</a></section>`
	assert.NotContains(t, runPassesWith(t, paywallStory(de), nil), "9,99 €")

	// A review of an app that lists its plans is the story: the word is in the list,
	// not in a call, and the plans sit among the review's prose.
	review := `<section><h2>Pricing</h2><ul><li>Monthly subscription: $12.99</li><li>Annual subscription: $59.99</li>` +
		`<li>Lifetime: $199</li></ul>` + para("The annual plan is the best value for most learners.") + `</section>`
	text = runPassesWith(t, paywallStory(review), nil)
	assert.Contains(t, text, "Annual subscription: $59.99")

	// Prices without a call to subscribe (a shop's buying box) stay.
	buy := `<div class=buying><div><p>Standard</p><p>$59.99</p><a href=/cart>Add to cart</a></div>` +
		`<div><p>Deluxe</p><p>$99.99</p><a href=/cart>Add to cart</a></div><div><p>Bundle</p><p>$129.99</p></div></div>`
	assert.Contains(t, runPassesWith(t, paywallStory(buy), nil), "$99.99")

	// A table of subscription prices is data, whatever its heading says.
	table := `<div><h3>Subscribe to a streaming service?</h3><table><tr><td>Basic</td><td>$6.99</td></tr>` +
		`<tr><td>Standard</td><td>$15.49</td></tr><tr><td>Premium</td><td>$22.99</td></tr></table></div>`
	assert.Contains(t, runPassesWith(t, paywallStory(table), nil), "$15.49")
}

func TestIsPlanPriceAndCall(t *testing.T) {
	assert.True(t, isPlanPrice(" $39 "))
	assert.True(t, isPlanPrice("Totals $468 per year"))
	assert.False(t, isPlanPrice("The clinics, which charged $40 a visit, closed after the county cut its grants."))
	assert.False(t, isPlanPrice("Monthly"))
	// Digits of other scripts are digits (see mayHoldDigit); a line of no digit and one of
	// more than maxPriceRunes runes are no price.
	assert.True(t, isPlanPrice("٣٩ $"), "Arabic-Indic digits")
	assert.True(t, isPlanPrice("€ ३९"), "Devanagari digits")
	assert.False(t, isPlanPrice("€ per month, billed yearly"))
	assert.False(t, isPlanPrice("€9 "+strings.Repeat("ü", maxPriceRunes)))
	assert.True(t, isPlanPrice("€9 "+strings.Repeat("ü", maxPriceRunes-3)))
	assert.True(t, mentionsSubscribing("jetzt abonnieren"))
	assert.True(t, mentionsSubscribing("already a subscriber?"))
	assert.True(t, mentionsSubscribing("assine já"))
	assert.False(t, mentionsSubscribing("read more"))
}

func TestRunesOver(t *testing.T) {
	for _, s := range []string{"", "abc", strings.Repeat("a", 150), strings.Repeat("a", 151),
		strings.Repeat("é", 150), strings.Repeat("é", 151), strings.Repeat("語", 151),
		strings.Repeat("😀", 150), strings.Repeat("😀", 151), strings.Repeat("a", 700)} {
		for _, k := range []int{0, 3, 150} {
			want := utf8.RuneCountInString(s) > k
			assert.Equal(t, want, runesOver(s, k), "%d runes, k=%d", utf8.RuneCountInString(s), k)
		}
	}
}
