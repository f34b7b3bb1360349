package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAttrKinds(t *testing.T) {
	cases := []struct {
		attr string
		want []cueKind
		not  []cueKind
	}{
		{"box-related-inline", []cueKind{cueRelated}, nil},
		{"relatedNews", []cueKind{cueRelated}, nil},
		{"read-more", []cueKind{cueRelated}, nil},
		{"header", []cueKind{cueNav}, []cueKind{cueSponsored}}, // "ad" must not match inside "header"
		{"shadow-box", nil, []cueKind{cueSponsored}},           // nor inside "shadow"
		{"ad-slot", []cueKind{cueSponsored}, nil},              // but does as a word
		{"relative-pos", nil, []cueKind{cueRelated}},           // "relat" is not "related"
		{"detail-content", []cueKind{cueContent}, []cueKind{cueNav}},
		{"article-comments", []cueKind{cueComments}, []cueKind{cueContent}},
		{"comment-content", []cueKind{cueContent}, []cueKind{cueComments}},
		{"post-content share-bar", []cueKind{cueContent, cueShare}, nil},
		{"box_tinlienquan tin-lien-quan", []cueKind{cueRelated}, nil},
		{"binhluan", []cueKind{cueComments}, nil},
		{"postprofile", []cueKind{cueAuthor}, nil}, // a forum post's author panel
		{"userinfo alt2", []cueKind{cueAuthor}, nil},
		{"user-info", []cueKind{cueAuthor}, nil},                         // the words joined match too
		{"print:break-inside-avoid [h2]:pt-0", nil, []cueKind{cueShare}}, // utility CSS, not a print button
		{"print-button md:w-full", []cueKind{cueShare}, nil},
		{"kt-adv-heading", nil, []cueKind{cueSponsored}},                 // "adv" qualifying a word after it is "advanced"
		{"adv-tabs-related", []cueKind{cueRelated}, nil},                 // and leaves the kind before or after it
		{"box-adv", []cueKind{cueSponsored}, nil},                        // at a compound's end it is an advert
		{"adv", []cueKind{cueSponsored}, nil},                            // and alone
		{"sidebar-adv-list", []cueKind{cueNav}, []cueKind{cueSponsored}}, // the kind before it stands
		{"post-tag", []cueKind{cueTags}, nil},                            // a tag list
		{"tag", []cueKind{cueTags}, nil},
		{"tagged_as", []cueKind{cueTags}, nil},                      // WooCommerce's "Tagged:" line
		{"tag-cloud", []cueKind{cueTags}, nil},                      // "tagcloud" joined
		{"js-post-tag-list-wrapper", []cueKind{cueTags}, nil},       // a part word after "tag"
		{"post type-post tag-abendhimmel", nil, []cueKind{cueTags}}, // WordPress's class for one of a post's tags
		{"tagStyle_z4kqwb", nil, []cueKind{cueTags}},                // a CSS-in-JS style name
		{"node node--promoted", nil, []cueKind{cueSponsored}},       // Drupal: promoted to the front page
		{"main-nav", []cueKind{cueNav}, nil},                        // "nav" at a compound's end
		{"nav-primary", []cueKind{cueNav}, nil},                     // or before a part word
		{"nav-next", []cueKind{cueNav}, nil},                        // a pager's link
		{"nestedNavCardGrid", nil, []cueKind{cueNav}},               // a grid of cards that lead on
		{"lm_navSource", nil, []cueKind{cueNav}},                    // "nav" qualifying the word after it
		{"", nil, nil},
	}
	for _, c := range cases {
		got := attrKinds(c.attr)
		for _, k := range c.want {
			assert.NotZero(t, got&(1<<k), "%q should carry %v", c.attr, k)
		}
		for _, k := range c.not {
			assert.Zero(t, got&(1<<k), "%q should not carry %v", c.attr, k)
		}
	}
}

func TestLookupHeading(t *testing.T) {
	cases := map[string]cueKind{
		"Cùng chủ đề":                       cueRelated,
		"  TIN LIÊN QUAN: ":                 cueRelated,
		"Mới nhất":                          cueLatest,
		"Bài đọc nhiều":                     cueLatest,
		"Tin tức doanh nghiệp":              cueSponsored,
		"Thông cáo báo chí":                 cueSponsored,
		"Related":                           cueRelated,
		"» Mehr zum Thema":                  cueRelated,
		"相关阅读":                              cueRelated,
		"関連記事":                              cueRelated,
		"관련기사":                              cueRelated,
		"Từ khóa:":                          cueTags,
		"Wird geladen …":                    cueUI,
		"Zurück zur Listenansicht":          cueUI,
		"Gefällt mir":                       cueShare,
		"Weitere Beiträge aus der Kolumne:": cueRelated,
		"Top Themen der Redaktion":          cueLatest,
		"Zurück zum Newsroom":               cueUI,
		"A sentence of real prose.":         cueNone,
		"":                                  cueNone,
	}
	for in, want := range cases {
		assert.Equal(t, want, lookupHeading(in), "%q", in)
	}
	// Decomposed Vietnamese (NFD) matches its composed form.
	assert.Equal(t, cueRelated, lookupHeading("Cu\u0300ng chu\u0309 đê\u0300"))
}

func TestReadAlsoPrefix(t *testing.T) {
	assert.True(t, hasReadAlsoPrefix("Đọc thêm: AI đang tiến gần hơn"))
	assert.True(t, hasReadAlsoPrefix("» Read more: the story so far"))
	assert.True(t, hasReadAlsoPrefix("Lesen Sie auch: Der Streit"))
	assert.False(t, hasReadAlsoPrefix("Reading more books helps"))
}

// TestShopBoxHeadings: the boxes a shop puts beside its product ("Customers also
// bought", "Ähnliche Produkte", "相关商品") and a forum beside its thread ("Similar
// threads") are named by their headings, so the box goes with its heading.
func TestShopBoxHeadings(t *testing.T) {
	for _, h := range []string{"Frequently bought together", "People who viewed this item also viewed",
		"Similar threads", "Ähnliche Produkte", "Kunden kauften auch", "Produits similaires",
		"Productos relacionados", "Prodotti correlati", "Похожие товары", "相关商品", "関連商品",
		"관련 상품", "Sản phẩm liên quan"} {
		assert.Equal(t, cueRelated, lookupHeading(h), "%q", h)
	}
	var page strings.Builder
	page.WriteString(`<html><body><main><h1>Wanderschuh Alpin</h1>`)
	for _, p := range []string{
		"Der Wanderschuh Alpin hat eine griffige Sohle, die auf nassem Fels und losem Geröll sicher hält.",
		"Das Obermaterial aus Nubukleder ist wasserdicht und atmungsaktiv, damit die Füße trocken bleiben.",
		"Die gepolsterte Zunge und der weiche Schaft schützen die Knöchel auch auf langen Touren im Gebirge.",
	} {
		page.WriteString("<p>" + p + "</p>")
	}
	page.WriteString(`<section><h2>Kunden kauften auch</h2><ul>`)
	for _, item := range []string{"Trekkingsocken Merino, weich und warm für kalte Tage", "Schnürsenkel rund, extra lang und reißfest", "Imprägnierspray für Leder und Textil"} {
		page.WriteString(`<li><a href="/p">` + item + `</a> 12,99 €</li>`)
	}
	page.WriteString(`</ul></section></main></body></html>`)
	a, err := Extract(strings.NewReader(page.String()), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "griffige Sohle")
	assert.NotContains(t, a.Text, "Kunden kauften auch")
	assert.NotContains(t, a.Text, "Trekkingsocken")
}

// TestInlineBoxHeadings: the headings of the boxes that news sites put inside the
// article container, beside the paragraphs (an author's bio, a newsletter pitch, an
// editor's picks box), name their box in every language, Dutch among them; a bio or a
// pitch reads like prose, so only its heading tells it from the story.
func TestInlineBoxHeadings(t *testing.T) {
	cases := map[string]cueKind{
		"Lees ook:":                     cueRelated,
		"Meer over dit onderwerp":       cueRelated,
		"Meest gelezen":                 cueLatest,
		"Gesponsord":                    cueSponsored,
		"Nieuwsbrief":                   cueNewsletter,
		"Over de auteur":                cueAuthor,
		"O autorze":                     cueAuthor,
		"Bądź na bieżąco":               cueNewsletter,
		"Sobre la firma":                cueAuthor,
		"Recibe nuestro boletín":        cueNewsletter,
		"Archivado en:":                 cueTags,
		"Editörün Seçtikleri":           cueLatest,
		"Diğer Haberler":                cueRelated,
		"النشرة الإخبارية":              cueNewsletter,
		"قد يهمك أيضا":                  cueRelated,
		"Об авторе":                     cueAuthor,
		"Новости партнёров":             cueSponsored,
		"이 시각 주요뉴스":                     cueLatest,
		"기자의 다른 기사":                     cueRelated,
		"Le fil info":                   cueLatest,
		"Ti potrebbe interessare anche": cueRelated,
		"คุณอาจสนใจ":                    cueRelated,
		"ताज़ा ख़बरें":                  cueLatest,
		"Tag Terkait":                   cueTags,
		"Günün Öne Çıkanları":           cueLatest,
		"लेखक के बारे में":              cueAuthor,
		"Tentang Penulis":               cueAuthor,
		// "Contact" alone heads a service page's own contact section in English.
		"Contact": cueNone,
	}
	for in, want := range cases {
		assert.Equal(t, want, lookupHeading(in), "%q", in)
	}
	assert.True(t, hasReadAlsoPrefix("Lees ook: Nieuwe fietsenstalling bij station"))
	assert.True(t, hasReadAlsoPrefix("Czytaj również: Od kwietnia droższe parkowanie"))
	assert.True(t, hasReadAlsoPrefix("【関連記事】テレワーク実施率"))
}

// TestCommentCountHeadings: a comments heading with its count ("Kommentare (3)", "댓글 3",
// "12 comments") heads the comments box as the bare word does; a count on any other
// heading, or a number alone, names nothing.
func TestCommentCountHeadings(t *testing.T) {
	cases := map[string]cueKind{
		"Kommentare (3)":  cueComments,
		"Comments (12)":   cueComments,
		"12 Comments":     cueComments,
		"댓글 3":            cueComments,
		"コメント（12）":        cueComments,
		"Bình luận (5)":   cueComments,
		"评论(3)":           cueComments,
		"Комментарии: 14": cueComments,
		"Top 5":           cueNone,
		"Latest 2024":     cueNone,
		"2024":            cueNone,
		"48小时点击排行":        cueLatest,
	}
	for in, want := range cases {
		assert.Equal(t, want, lookupHeading(in), "%q", in)
	}
}

// TestHeadingPrefixes: a box heading that names its topic or section after fixed opening
// words ("Mehr zum Thema Energie") opens the box its opening words name; the same words
// inside a longer word, or other openings ("More from Cornell"), do not.
func TestHeadingPrefixes(t *testing.T) {
	cases := map[string]cueKind{
		"Mehr zum Thema Energiewende":          cueRelated,
		"Mehr zum Thema: Verkehr":              cueRelated,
		"Más noticias de Valencia":             cueRelated,
		"D'autres articles sur la santé":       cueRelated,
		"Tin cùng chuyên mục Thời sự":          cueRelated,
		"Читайте также по теме":                cueRelated,
		"Les plus lus dans Économie":           cueLatest,
		"Newsletter Nantes":                    cueNewsletter,
		"More from Cornell on climate change:": cueNone,
		"Latest developments":                  cueNone,
		"Mehr zum Themenpark":                  cueNone,
	}
	for in, want := range cases {
		assert.Equal(t, want, lookupHeading(in), "%q", in)
	}
}

// TestIndonesianChannelPointer: the closing pointer to a site's Google News channel is a
// call to the reader; the same verb opening a sentence of the story's own is not looked
// at here (dropTrailingPromos reads only the last lines).
func TestIndonesianChannelPointer(t *testing.T) {
	assert.True(t, hasPromoPrefix("Simak berita dan artikel lainnya di Google News"))
	assert.True(t, hasPromoPrefix("Dapatkan update berita pilihan dan breaking news setiap hari"))
	assert.False(t, hasPromoPrefix("Simpang Lima kembali dipadati warga"))
}

// TestTrailingNotePhrases checks the matching of the notes that close articles: a
// Spanish phrase with or without its opening ¡ or ¿, any white space as a space, and
// the disclaimers and appeals found anywhere in a closing paragraph.
func TestTrailingNotePhrases(t *testing.T) {
	assert.True(t, hasPromoPrefix("¡Mira lo que tiene nuestro canal de YouTube!"), "a phrase with its ¡")
	assert.True(t, hasPromoPrefix("¿Ya sabías que tenemos canal de Telegram?"))
	assert.True(t, hasPromoPrefix("Puede escribirnos a la redacción o seguirnos en las redes"))
	assert.True(t, hasDisclaimer("les opinions exprimées dans ce blog n’engagent que leurs auteurs."))
	assert.True(t, hasDisclaimer("ich habe keinen einfluss auf die inhalte dieser seiten."))
	assert.True(t, hasDisclaimer("hacemos periodismo desde hace años. hazte miembro y disfruta de beneficios."))
	assert.False(t, hasDisclaimer("der rat hat keinen einfluss auf die entscheidung der behörde."))
	assert.True(t, hasDisclaimer("mit unserem newsletter 2023 nichts mehr versäumen!"))
	assert.True(t, hasPromoPrefix("¡Síguenos en Instagram!"), "a phrase without it")
	assert.True(t, hasPromoPrefix("SUGGESTED\u00a0CITATION\u00a0Sauer, Heiko"), "a no-break space is a space")
}
