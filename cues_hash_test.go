package winnow

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cssModuleHashRef matches, at a token's end, what cssModuleHashEnd takes for a
// CSS-modules hash: "__", maybe one more "_", then five bytes of the base64 URL alphabet.
var cssModuleHashRef = regexp.MustCompile(`___?([A-Za-z0-9_-]{5})$`)

// cssModuleHashShape is the shape that tells a hash from a name: a letter after a digit,
// or an upper-case letter after a lower-case one.
var cssModuleHashShape = regexp.MustCompile(`[0-9][A-Za-z]|[a-z][A-Z]`)

// stripCSSModuleHashRef is a plain statement of cssModuleHashEnd: it cuts a CSS-modules
// hash from the end of one class token, at the first "__" from which the rest is one.
func stripCSSModuleHashRef(tok string) string {
	for k := 0; k+1 < len(tok); k++ {
		if tok[k] != '_' || tok[k+1] != '_' {
			continue
		}
		rest := tok[k+2:]
		if len(rest) == 6 && rest[0] == '_' {
			rest = rest[1:]
		}
		if len(rest) == 5 && cssModuleHashRef.MatchString("__"+rest) && cssModuleHashShape.MatchString(rest) {
			return tok[:k]
		}
	}
	return tok
}

// TestCSSModuleHashEnd holds cssModuleHashEnd to hashes that CSS modules generate and to
// BEM names it must keep.
func TestCSSModuleHashEnd(t *testing.T) {
	hashes := []string{"mdx-table_root__adKqa", "AccordionTextItem_item__adF2E", "header__42Fek", "line-of-code__mDztA",
		"mdx-inline-code_inlineCode__p_0sy", "dropdown-menu_itemLink__92M_R", "Link_link___2y9H", "slide___1NzNV",
		"icon-only__5c-is", "text_root__r0DFB"}
	for _, h := range hashes {
		i := strings.Index(h, "__")
		assert.Equal(t, len(h), cssModuleHashEnd(h+" next", i), "%q is a hash", h)
		assert.Equal(t, len(h), cssModuleHashEnd(h, i), "%q is a hash", h)
	}
	names := []string{"post__title", "item__date2", "Card__Title", "List__Price", "x__OMDUP", "block__ad-slot",
		"post__content", "a__adKqaX", "a__ad", "nav__adK!a", "_", "__", "x__adKq\u00e9", "header-ad", "a__adKqa:b"}
	for _, n := range names {
		for i := range len(n) {
			assert.Zero(t, cssModuleHashEnd(n, i), "%q at %d is no hash", n, i)
		}
	}
}

// TestCSSModuleHashNamesNothing checks that a CSS-modules hash is not read as an advert
// (nor as any cue word), while ordinary advert names still are.
func TestCSSModuleHashNamesNothing(t *testing.T) {
	sponsored := uint32(1) << cueSponsored
	for _, v := range []string{"mdx-table_root__adKqa mdx-content-full-width", "AccordionTextItem_item__adF2E", "x__Ad1bc"} {
		assert.Zero(t, attrKinds(v)&sponsored, "%q is no advert", v)
	}
	for _, v := range []string{"ad", "ads", "advert", "ad-slot", "header-ad", "post__ad", "banner__ads", "mdx-table_root__adKqa ad-slot"} {
		assert.NotZero(t, attrKinds(v)&sponsored, "%q is an advert", v)
	}
	assert.False(t, valueHasWord("Box_root__3date", dateTokens))
	assert.True(t, valueHasWord("Byline_date__x7Yz2", dateTokens))
	assert.True(t, valueHasWord("post__date2", dateTokens))
	_, lists := attrCues("Box_wrap__Ti7le")
	assert.Zero(t, lists&wordTitle)
}

func TestCSSModuleHashDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		attrKinds("mdx-table_root__adKqa post__content ad-slot")
		valueHasWord("Byline_date__x7Yz2 x___3-Nqo", dateTokens)
	})
	assert.Zero(t, allocs)
}
