package winnow

import (
	"fmt"
	"strings"
	"testing"
)

// sideColumnPage is a thin category page: a column of a few products beside a sidebar
// whose menu of categories holds more text than the column; with sidebarWidget, the
// sidebar's menu sits instead in the page's text, after its intro's paragraphs.
func sideColumnPage(sidebarWidget bool) string {
	var b strings.Builder
	b.WriteString(`<html><body><header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>`)
	b.WriteString(`<div id="main-content"><div class="container"><div id="content-area">`)
	if sidebarWidget {
		b.WriteString(`<div class="entry-content"><h1>Gadgets</h1><p>Our gadgets are tested by the team for a month before they join the shop, and every one of them ships with a two-year warranty.</p>`)
	} else {
		b.WriteString(`<div id="left-area"><h1>Gadgets</h1><ul class="products">`)
		for i, name := range []string{"Solar power bank", "Pocket radio", "Travel adapter", "Desk lamp"} {
			fmt.Fprintf(&b, `<li><a href="/p%d">%s</a> <span>$%d.00</span></li>`, i, name, 20+i)
		}
		b.WriteString(`</ul></div>`)
	}
	b.WriteString(`<div class="sidebar"><h4>Product categories</h4><ul>`)
	for i, c := range []string{"Bluetooth speakers", "Camera accessories", "Computer accessories", "Home appliances",
		"Phone accessories", "Power banks", "Radios and receivers", "Outdoor equipment", "Kitchen gadgets", "Garden tools"} {
		fmt.Fprintf(&b, `<li><a href="/c%d">%s</a> (%d)</li>`, i, c, 10+i)
	}
	b.WriteString(`</ul></div>`)
	if sidebarWidget {
		b.WriteString(`</div>`)
	}
	b.WriteString(`</div></div></div><footer><p>© 2025 Gadget shop</p></footer></body></html>`)
	return b.String()
}

// TestSideColumnIsDropped holds that, inside a chosen wrapper of a page's layout, a
// sidebar of links beside the column is left out however much it says (see
// sideColumn), while a widget of links set after a page's paragraphs stays with them.
func TestSideColumnIsDropped(t *testing.T) {
	for _, widget := range []bool{false, true} {
		tr := treeOf(t, sideColumnPage(widget))
		tr.listed, tr.spread = true, true // as when the wrapper is chosen for a listing
		roots := []int32{byID(tr, "content-area")}
		tr.prune(roots)
		text := tr.renderText(roots)
		if widget {
			for _, want := range []string{"two-year warranty", "Garden tools"} {
				if !strings.Contains(text, want) {
					t.Errorf("widget page lacks %q:\n%s", want, text)
				}
			}
			continue
		}
		if !strings.Contains(text, "Pocket radio") {
			t.Errorf("text lacks the products:\n%s", text)
		}
		if strings.Contains(text, "Garden tools") {
			t.Errorf("text keeps the sidebar:\n%s", text)
		}
	}
}
