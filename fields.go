package winnow

import (
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// fillMeta chooses each metadata field from its sources, in the order the package doc
// gives under # Metadata. It reads the page's head and the lines around its headline.
func fillMeta(a *Article, m *pageMeta, o *Options, now time.Time) {
	base := o.URL
	if m.base != "" {
		base = resolveURL(o.URL, m.base)
	}
	a.URL = resolveURL(base, firstOf(m.canonical, m.meta["og:url"], o.URL))
	appName := m.meta["application-name"]
	if collapse(appName) == collapse(m.title) {
		// Some templates copy the document's title into every name they fill: an
		// application-name that is the whole <title> names the page, not the site.
		appName = ""
	}
	a.SiteName = firstOf(m.meta["og:site_name"], m.ld.publisher, appName)
	site := newSiteNames(firstOf(a.URL, o.URL), a.SiteName, m.ld.publisher, appName)
	var head *html.Node
	a.Title, head = chooseTitle(m, site)
	lines := scanAround(head, m.cues)
	a.Language = firstOf(m.htmlLang, m.meta["content-language"], localeLang(m.meta["og:locale"]), m.meta["dc.language"])
	a.Description = collapse(firstOf(m.meta["og:description"], m.meta["description"], m.meta["twitter:description"], m.ld.description))
	a.Image = resolveURL(base, firstOf(m.meta["og:image"], m.meta["twitter:image"], m.ld.image))
	a.Authors = chooseAuthors(m, site, lines)
	a.Categories = chooseCategories(m, a.Title)
	a.Tags = chooseTags(m)
	lang := primaryLang(a.Language)
	if d, ok := chooseDate(m, lines, lang, firstOf(a.URL, o.URL), now); ok {
		a.Date, a.DateHasTime = d.T, d.HasTime
	}
	if d, ok := firstDate(lang, now, modifiedSources(m)...); ok {
		a.Modified, a.ModifiedHasTime = d.T, d.HasTime
	}
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// localeLang turns an og:locale ("vi_VN") into a language tag ("vi-VN").
func localeLang(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "_", "-") }

// primaryLang returns the language subtag of a tag, in lower case ("en-US" gives "en").
func primaryLang(tag string) string {
	tag = lowerCase(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	return tag
}

// homeNames are the labels breadcrumbs give the home page, which is not a category.
var homeNames = map[string]bool{
	"home": true, "trang chủ": true, "startseite": true, "accueil": true, "inicio": true,
	"início": true, "home page": true, "homepage": true, "首页": true, "首頁": true, "ホーム": true,
	"トップ": true, "홈": true, "главная": true, "beranda": true, "ana sayfa": true, "anasayfa": true,
	"الرئيسية": true, "होम": true, "หน้าแรก": true, "strona główna": true, "news": false,
}

func chooseCategories(m *pageMeta, title string) []string {
	for _, crumbs := range [][]string{m.ld.crumbs, m.crumbs} {
		var out []string
		for i, c := range crumbs {
			if i == 0 && homeNames[lowerCase(c)] || homeNames[lowerCase(c)] {
				continue
			}
			if i == len(crumbs)-1 && (strings.EqualFold(c, title) || utf8.RuneCountInString(c) > maxTagRunes) {
				continue
			}
			if strings.HasSuffix(c, "...") || strings.HasSuffix(c, "…") {
				continue
			}
			out = append(out, c)
		}
		if len(out) > 0 {
			return out
		}
	}
	if len(m.ld.sections) > 0 {
		return m.ld.sections
	}
	if s := m.meta["article:section"]; s != "" {
		return []string{s}
	}
	return nil
}

func chooseTags(m *pageMeta) []string {
	if len(m.tagLinks) > 0 {
		return m.tagLinks
	}
	if len(m.metaTags) > 0 {
		return m.metaTags
	}
	if len(m.ld.keywords) > 0 {
		return m.ld.keywords
	}
	return splitList(firstOf(m.meta["news_keywords"], m.meta["keywords"]))
}

// finishMeta fills what needs the rendered article: the language when the page declares
// none, a byline closing the body when no other source named an author, and the page
// type.
func finishMeta(a *Article, m *pageMeta, t *tree, roots []int32) {
	if a.Language == "" {
		a.Language = detectLanguage(firstOf(a.Text, a.Title+". "+a.Description))
	}
	if len(a.Authors) == 0 {
		site := newSiteNames(a.URL, a.SiteName, m.ld.publisher)
		a.Authors = authorList(closingByline(t, roots), site)
	}
	a.PageType = pageType(m, a, t, roots)
	lastResortDate(a, m, t.tailNotes, time.Now())
}
