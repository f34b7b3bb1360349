package winnow

import (
	"strings"
	"time"
	"unicode/utf8"
)

// fillMeta chooses each metadata field from its sources, in the order the package doc
// gives under # Metadata.
func fillMeta(a *Article, m *pageMeta, o *Options, now time.Time) {
	base := o.URL
	if m.base != "" {
		base = resolveURL(o.URL, m.base)
	}
	a.SiteName = firstOf(m.meta["og:site_name"], m.ld.publisher, m.meta["application-name"])
	a.Title = cleanTitle(firstOf(m.ld.headline, m.meta["og:title"], m.meta["twitter:title"], m.h1, m.meta["dc.title"], m.title), a.SiteName, m.h1)
	a.Language = firstOf(m.htmlLang, m.meta["content-language"], localeLang(m.meta["og:locale"]))
	a.Description = collapse(firstOf(m.meta["og:description"], m.meta["description"], m.meta["twitter:description"], m.ld.description))
	a.URL = resolveURL(base, firstOf(m.canonical, m.meta["og:url"], o.URL))
	a.Image = resolveURL(base, firstOf(m.meta["og:image"], m.meta["twitter:image"], m.ld.image))
	a.Authors = chooseAuthors(m, a.SiteName)
	a.Categories = chooseCategories(m, a.Title)
	a.Tags = chooseTags(m)
	lang := primaryLang(a.Language)
	a.Date, a.DateHasTime = chooseDate(lang, now, publishedSources(m)...)
	a.Modified, a.ModifiedHasTime = chooseDate(lang, now, m.ld.modified, m.meta["article:modified_time"],
		m.meta["og:updated_time"], m.meta["datemodified"], m.meta["dc.date.modified"], m.meta["dcterms.modified"],
		modifiedTime(m))
	if a.Date.IsZero() {
		if d, ok := dateFromURL(firstOf(a.URL, o.URL)); ok {
			a.Date = d
		}
	}
}

// publishedSources lists the publication date's sources, best first.
func publishedSources(m *pageMeta) []string {
	src := []string{m.ld.published, m.meta["article:published_time"], m.meta["og:article:published_time"],
		m.meta["datepublished"], m.meta["pubdate"], m.meta["publishdate"], m.meta["publish-date"],
		m.meta["article.published"], m.meta["parsely-pub-date"], m.meta["sailthru.date"],
		m.meta["dc.date.issued"], m.meta["dcterms.created"], m.meta["dc.date"], m.meta["dcterms.date"],
		m.meta["citation_publication_date"], m.meta["date"]}
	for _, t := range m.times {
		if t.published {
			src = append(src, t.value)
		}
	}
	for _, t := range m.times {
		if !t.published && !t.modified {
			src = append(src, t.value)
			break
		}
	}
	return src
}

func modifiedTime(m *pageMeta) string {
	for _, t := range m.times {
		if t.modified {
			return t.value
		}
	}
	return ""
}

// chooseDate returns the first source that parses to a plausible date.
func chooseDate(lang string, now time.Time, sources ...string) (time.Time, bool) {
	for _, s := range sources {
		if s == "" {
			continue
		}
		if t, hasTime, ok := parseDate(s, lang, now); ok {
			return t, hasTime
		}
	}
	return time.Time{}, false
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// titleSeparators split a site's name from a page title: "Headline - Site", "Site | Headline".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " – "}

// cleanTitle strips the site's name from a title when the title carries it as a prefix or
// suffix, or when the page's <h1> shows which part is the headline.
func cleanTitle(title, site, h1 string) string {
	title = collapse(title)
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		j := strings.Index(title, sep)
		switch {
		case i > 0 && isSiteName(title[i+len(sep):], site):
			return strings.TrimSpace(title[:i])
		case j > 0 && isSiteName(title[:j], site):
			return strings.TrimSpace(title[j+len(sep):])
		case i > 0 && h1 != "" && strings.EqualFold(collapse(h1), title[:i]):
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// isSiteName reports whether part of a title is the site's name, allowing for a domain
// spelling ("Báo Giao thông" and "baogiaothong.vn" are not compared: only the name).
func isSiteName(part, site string) bool {
	part = strings.TrimSpace(part)
	if part == "" || site == "" {
		return false
	}
	return strings.EqualFold(part, site) || strings.EqualFold(strings.ReplaceAll(part, " ", ""), strings.ReplaceAll(site, " ", ""))
}

// localeLang turns an og:locale ("vi_VN") into a language tag ("vi-VN").
func localeLang(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "_", "-") }

// primaryLang returns the language subtag of a tag, in lower case ("en-US" gives "en").
func primaryLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i > 0 {
		tag = tag[:i]
	}
	return tag
}

// maxAuthorRunes bounds an author's name: longer strings are bylines with prose in them.
const maxAuthorRunes = 80

// authorPrefixes are the words that introduce a name in a byline, per language.
var authorPrefixes = []string{
	"by ", "von ", "par ", "por ", "di ", "door ", "av ", "od ", "tác giả:", "tác giả ", "theo ",
	"bởi ", "written by ", "posted by ", "автор:", "автор ", "文/", "記者 ", "기자 ",
}

func chooseAuthors(m *pageMeta, site string) []string {
	for _, src := range [][]string{m.ld.authors, m.metaAuth, m.relAuthor} {
		var out []string
		for _, s := range src {
			for _, name := range splitAuthors(s) {
				if name = cleanAuthor(name); name != "" && !strings.EqualFold(name, site) && !containsFold(out, name) {
					out = append(out, name)
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

func splitAuthors(s string) []string {
	s = strings.ReplaceAll(s, " and ", ", ")
	s = strings.ReplaceAll(s, " & ", ", ")
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '、' })
}

// cleanAuthor strips byline prefixes and rejects values that are not names: URLs,
// e-mail addresses, long text.
func cleanAuthor(s string) string {
	s = collapse(s)
	low := strings.ToLower(s)
	for _, p := range authorPrefixes {
		if strings.HasPrefix(low, p) {
			s = strings.TrimSpace(s[len(p):])
			low = strings.ToLower(s)
		}
	}
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(low, "www.") || strings.Contains(s, "@") ||
		utf8.RuneCountInString(s) > maxAuthorRunes {
		return ""
	}
	return s
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
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
			if i == 0 && homeNames[strings.ToLower(c)] || homeNames[strings.ToLower(c)] {
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
