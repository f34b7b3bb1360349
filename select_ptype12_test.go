package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// catalogue is a programme's page: a description in a few paragraphs, then the list of
// its courses, each a linked name and a line of facts, which hold a little more than
// half of the block's text.
func catalogue() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Programmes</title></head><body><header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main><div class="programme"><h1>Professional certificates in data work</h1>
<p>Our certificates are built for working people who want a structured path into data analysis without leaving their jobs.</p>
<p>Each course runs online over several weeks, with weekly live sessions and assignments marked by the teaching staff.</p>
<p>You can take the courses one at a time or enrol in the whole programme and save on the combined fee.</p>
<p>Graduates receive a certificate.</p>
<ul class="courses">`)
	for i := range 7 {
		fmt.Fprintf(&b, `<li><a href="/course/%d">Applied statistics and modelling module %c</a> <span>Online, %d weeks</span></li>`, i, 'A'+i, 4+i)
	}
	b.WriteString(`</ul></div></main><footer><p>© Evening School</p></footer></body></html>`)
	return b.String()
}

// On a page that declares no thread and no shop, a chosen block whose items hold about
// half its text, under a description, is a listing; on a thread or a shop's page the
// items must hold more (see listedMinShare).
func TestUndeclaredListingHalfItems(t *testing.T) {
	for _, kind := range []string{"", "thread", "shop"} {
		var tr *tree
		text := runPassesWith(t, catalogue(), func(u *tree) {
			tr = u
			u.discussion, u.shop = kind == "thread", kind == "shop"
		})
		assert.Contains(t, text, "Applied statistics and modelling module A", kind)
		assert.Equal(t, kind == "", tr.listed, kind)
	}
}
