// Package winnow extracts the main content of an HTML page, clean, together with its
// metadata. It separates the article from everything around it: menus, breadcrumbs,
// share bars, "Related" / "Cùng chủ đề" boxes, "Latest" / "Mới nhất" and "Most read" /
// "Bài đọc nhiều" lists, sponsored and press-release blocks, comments, tags and footers,
// on pages in any language.
//
//	a, err := winnow.Extract(r, &winnow.Options{URL: pageURL})
//	switch {
//	case errors.Is(err, winnow.ErrNoContent) && a != nil:
//		// A page of bare links, an empty shell: a holds the page's metadata, no content.
//		fmt.Println(a.Title, a.PageType)
//	case err != nil:
//		return err
//	default:
//		fmt.Println(a.Title, a.Date, a.Text)
//	}
//
// # Algorithm
//
// Extract runs a fixed series of passes, each a function of its own:
//
//  1. Decode the bytes to UTF-8 (normalised to NFC): a byte-order mark first; then
//     valid UTF-8 is taken as UTF-8 whatever the page declares (servers often declare a
//     legacy charset for UTF-8 pages); then the charset in Options or a <meta> or XML
//     declaration found in the first 64 KiB (not only the first 1,024 bytes: many pages
//     declare it late), a multi-byte one only if the bytes follow it; then Shift_JIS,
//     EUC-JP, EUC-KR, GB18030, Big5, windows-1251 or KOI8-R recognised in the bytes, or
//     the legacy charset of the page's <html lang>; and windows-1252 as the last resort,
//     for the bytes that are not UTF-8. Binary input (a PDF, an image) is ErrNotHTML.
//  2. Parse once, into the tree golang.org/x/net/html would build (scripting off). A
//     fast builder of our own makes that same tree of *html.Node from slabs of nodes
//     and substrings of one copy of the page, at about a third of x/net/html's cost; it
//     leaves to x/net/html, on the same bytes, every page holding a construct it does
//     not build exactly (frames, MathML, CDATA in SVG, a NUL byte, a comment cut by the
//     end of the page): 9 of the 3,764 evaluation pages. Tests and a fuzz target hold
//     the two to identical trees. What an Article keeps of such a tree is copied out of
//     it, so that a kept Article does not hold the whole page. A raw-text element left
//     open in a <noscript> (a tag manager's self-closed "<iframe … />") is closed where
//     the <noscript> ends, as a browser reads it, so that it does not swallow the page.
//  3. Read the metadata from the untouched tree (see Metadata).
//  4. Clean and measure in one walk into a side table: scripts, styles, forms' controls
//     and hidden elements are left out, except the parts of a streamed render (React's
//     "<div hidden id=S:0>"), which are read where their template stands, as the reader
//     sees them, and collapsed panels the reader opens in place (a tab panel, an
//     accordion's panel, a FAQ's answer after its question button); a short <noscript>
//     asking for JavaScript is left out; so are hidden panels named as answers or tab
//     contents, and a hidden block right after a disclosure toggle (aria-expanded, not
//     a menu's aria-haspopup). aria-hidden hides text from the reader's screen only
//     when the screen shows it elsewhere: a teaser's second link that wraps a summary of
//     its own, text under a short aria-label (a rating's stars), and the shown twin of
//     a screen-reader copy are read. A <main> whose text a script keeps hidden (a
//     lock or anti-flicker gate) is read from its largest child when the page
//     otherwise gives almost nothing. An element hidden by a class beside a shown
//     twin of the same tag and classes (a switcher's other tabs or categories) is a
//     panel the reader opens. Every node's text length, link text, own prose
//     and punctuation are counted in runes, CJK ideographs weighing more than letters.
//  5. Classify every text block as prose (long, few links), navigation (link-heavy, or
//     inside an element whose class, id, role or tag names boilerplate) or neither, and
//     sum both up the tree; also score paragraph-like blocks by length and punctuation
//     and add the points to their ancestors, weighed by cues and link density.
//  6. Select the container: the element holding the most prose net of navigation text.
//     When the best scored candidate lies inside it and holds nearly all of its prose,
//     that tighter element is taken instead; when no element holds most of the page's
//     prose (a listing, a catalogue), the smallest element that does is taken, and its
//     item titles are kept. On a page made of items (a listing, a shop grid: several
//     siblings of one tag and class, partly links), the items' container is taken when
//     the items hold several times the prose of that choice, unless the page declares
//     itself an article; when the choice holds next to no prose, a grid of priced items
//     takes its place. A consent dialog is boilerplate whatever its size, and a choice
//     that reads as one (cookies named again and again, consent or privacy) is made
//     again without it; a landing page's section header (a sub-heading and its intro)
//     is not boilerplate. A choice of little prose outside the page's only <main>, when
//     <main> is mostly one list, takes that list after it as the intro's listing; a
//     choice that lies wholly in the page's furniture (a brand's blurb in its
//     <footer>, a notice in its header's mini-cart, on a page of short cards) gives
//     way to <main>, or to the largest block named as content; a
//     choice of a few sentences gives way to a run of <article>s of one class. A
//     category page (og:type product.group, a CollectionPage, many Products) and a page
//     that is a story by og:type alone keep their header's intro, and a category or a
//     shop's grid of prices the prose between its <h1> and the grid. Then bring in the
//     siblings that belong to it, and a standfirst printed far from the body that
//     starts like the meta description (or names itself a lead, an intro, a chapô).
//     On a story, a scored container named as the content ("entry-content") that
//     holds most of the chosen prose, with next to none above it, stands for the
//     article: the prose below it is the site's (FAQs, pitches, teasers). On a page
//     that is no story, a run of teaser cards right after the chosen intro, with
//     nothing between, is the listing the intro introduces. An intro or standfirst
//     beside the outermost wrapper that holds only the chosen block is gathered too,
//     and off threads and shops a block whose items hold half its text is a listing.
//     A block named as an intro that holds the <h1> and sentences under it is the
//     article's opening, and so are the paragraphs between the <h1> and a body that
//     opens on a sub-heading; a standfirst is looked for before the largest chosen
//     block, not only before the first. A headline and one standfirst paragraph over
//     the body do not make the body give way to a larger container. A sibling of
//     under 80 units that is no paragraph or list and holds no heading (a shipping
//     strip, a pager, a "Viewed 4k times" line) is not gathered. A choice that lies
//     wholly in the page's footer, with nothing better found, gives no text, and so
//     does a text that is only furniture (one short label printed on every card, a
//     lone copyright line): the page has no content the HTML shows.
//     (A score-only choice, as Readability makes it, was measured first: selecting by
//     prose mass raised bag-of-words F1 on the WCXB dev set from 0.74 to 0.80 and
//     shingle F1 on the Readability test pages from 0.92 to 0.94.)
//  7. Prune inside it: blocks marked by boilerplate classes or tags (the last cue word
//     of a compound name decides: "article-comments" is comments, "comment-content" is
//     content; a class cue on a block of plain prose is doubted), blocks opened by a
//     boilerplate heading in any of 16 languages ("Cùng chủ đề", "Related",
//     "Mehr zum Thema", "相关阅读", …), read-also links, date lines, link-dense lists
//     and teaser cards, unless runs of teaser cards make most of the chosen text (a
//     listing in sections of a few cards each), picture galleries and sign-up boxes
//     inside an article. A page made mostly of comments is a discussion, and a page with
//     next to no prose outside its comments (a live ticker), or only a brief story (a
//     link-sharing site's summary) under a discussion twice its length, has them as its
//     text: its comments are kept. On a discussion, the lines that come back in most
//     posts' cards (a rank, "Joined", "Posts: 1,077") among no prose, the replies'
//     repeated subject lines ("Re: …") and the reply form are dropped. On a page that
//     is no story, testimonials, reviews and a hero banner's prose are the page's own
//     words (a hero of few links may run to several paragraphs). On a page that declares one product, grids of other priced offers and the
//     shop's footer are dropped. A list the story announces ("… were sent for review:")
//     or whose items say more than their links (references) is kept however many links
//     it holds. On a discussion, quotes and reply previews whose lines all stand
//     elsewhere in the chosen text, and blocks that are a figure alone (vote counts),
//     are dropped. A block printed twice for two screen sizes (classes that differ only
//     by words like hidden-md-up / hidden-md-down) is one block. Tooltips, subscription
//     offers (short price lines with a call to subscribe) and a story's customer
//     quotes in its footer or sidebar are dropped; an item's linked name beside its own
//     text in a listing, and on a landing page an accordion's toggles, a grid of feature
//     cards and a component's header, are kept. Ruby annotations (<rt>, <rp>) are left
//     out. Links drawn as buttons on a line of their own ("Get a quote", "Post Reply"),
//     a story's call-to-action boxes, tables of contents that repeat the page's own
//     headings or anchors, short announcements of live regions (role=status,
//     aria-live: "Loading…", a result count), and on a page of one product its terms
//     of sale (shipping, returns, warranty) and the messages its scripts show on
//     failure are dropped. Entry titles that are links, each followed by its paragraph
//     in a run of such pairs, stay; a tab panel named after its menu is content, and so
//     is a box of testimonials on a page that is no story. On a discussion, a date line
//     among several is a post's header, a card holding a reply's prose is a post, the
//     poster's name and time come back from a dropped author panel, and the most
//     repeated short line after each post's words (an engine's "Reply With Quote") is
//     dropped, as are edit notes ("Last edited: …"), sign-in notices, posts' ordinals
//     and reaction bars; a quote under a link to another thread is kept. A shop's
//     category page drops its footer like a product page, a block that repeats the one
//     before it for another screen, and field names printed on every card ("Brand
//     Name"); a card printed twice inside its list item is read once; a box of links
//     that lead nowhere (a rating's stars) is a control; a template's linked card
//     titles over their teasers stay when the cards make most of a listing. A class
//     word does not drop the element holding a sub-heading's text, nor a card's header
//     that is one link, and a ranked sub-heading ("3. <a>…</a>") among paragraphs is
//     an item of the story; a list whose items say more than their links is not
//     link-dense furniture. The hash that CSS modules append to a class
//     ("table_root__adKqa") is not read as words. A short line holding a copyright
//     notice ("© 2025 Agency") is a credit, and so are a story's captions set as
//     paragraphs when three or more end with a picture's credit ("… Photo: X"); a list
//     of cited works (References, Bibliography, External links; eight entries or more,
//     few of them linked back into the page) ends the text, while a documentation
//     page's own "See also" or "References" section (its heading linked to itself, or
//     a label over a list) is kept. On a page that sells, a paragraph printed again
//     word for word is read once. On a listing, a section opened by "Latest" or "Most
//     read" is one of the front's own lists, the header of each item of a run of
//     <article>s stays, and a ranked item ("18.") is not read as an age mark ("18+").
//     On a service's page (a date that is only the page's last save does not make it
//     a post), an <h1> that is a slogan rather than the page's name stays,
//     as do testimonials and hero headers on pages that are stories by og:type alone.
//     On a discussion (declared in JSON-LD or in microdata), counts under a thread
//     label ("60 replies"), the links repeated at the foot of every post, and the
//     short form of a time printed beside its long form are dropped, and a post under
//     an "Author" badge stays. A link-dense box that holds a sub-heading and prose
//     paragraphs is judged part by part; a box opened by a label ending in a colon
//     that holds prose is not a boilerplate heading's box; a sub-heading ending in a
//     colon announces its list; feature cards that are one link each, side by side in
//     wrappers of their own, are a grid, not navigation; and a block hidden by a
//     height of zero is an accordion's closed panel. "header" names a masthead only
//     as a class's last word or before a part's ("site-header", "header__inner"):
//     "section-header-copy" is a section's intro. A card that says much more than its
//     links (a listicle's entry) is no teaser, unless its run closes the story with
//     none of the story after it; cards whose classes differ only by numbers
//     ("pos-1", "pos-2"), each headed, are one run. In a story, a picture's
//     <figcaption> is left out (the WCXB and trafilatura truths leave captions out,
//     Readability.js keeps them), except a table's or a code listing's, a gallery's,
//     and a photo essay's; an <h1> after a section's <h1>, or heading a nested
//     <section>, titles a section and stays. A link-dense sidebar or <aside> beside a
//     column of text goes however large it is; a box named as an illustration, a
//     mockup or a graphic that draws the product in markup (an editor, a ticket list)
//     goes; on a page read as a spread, a list of links whose items hold lists is the
//     site's menu tree. Class tokens opening with "has" or "with" say what a block
//     holds, not what it is; "nav" names a menu only at a compound's end or before a
//     part word ("main-nav", "nav-list"), and a newsletter or cookie word on one of a
//     run of like cards is the product's property. On a discussion, an engine's
//     link box among the posts ("Jump to"), template expressions a script would fill
//     ("{{ errors.message }}"), relative times alone on a line ("2 years ago"), a
//     time printed twice for two screens, posters' badges ("OP", "Offline") and the
//     site's notices go. A linked sub-heading over long prose, a product's <h1> on
//     its page and a listing's <h1> (once) stay; entry lines of an index keep their
//     dates and authors, and an entry dropped as link-dense comes back when most of
//     its like siblings were kept; an item of a kept link-dense list, a wrapper
//     holding all of a kept block, and the inside of a card or entry kept whole are
//     judged with it, not again on their links; a listing's item keeps its linked
//     title, and a paragraph that is one linked sentence stays. A heading wrapped in
//     its accordion's button, or in a link drawn as one, is the question of a FAQ and
//     stays; a heading's link to its own id is a permalink, not a link; an id made of
//     the element's own words (a slug) names no box, nor does a random record id
//     ("record-id-PFk9dDFpTo0q…", whose pieces would read as words). A list styled
//     like the story's other lists, a list after a short introducing sentence
//     ("Here's a selection:"), and a list that closes a section between a paragraph
//     and the next sub-heading are the story's own. A block that repeats, word for word, a sibling
//     kept before it (a carousel's cloned slides) is read once. Widget lines go:
//     loading placeholders ("Loading…"), a review's shop calls ("Check price"), the
//     consent line under a sign-up form, an image viewer's or a fold's hint ("Click
//     to expand", "Show more"), a widget's failure and success messages, a share
//     row's label, and near the top a line that is only the author's name.
//  8. Render the text: paragraphs separated by a blank line, headings and list items on
//     lines of their own; two spans or times set side by side with no space between
//     (a card's "2026" and "1h 54m") are parted where the join would make a word no one
//     wrote.
//
// # Metadata
//
// Each field is taken from the first source that has it:
//
//   - Title: the visible headline when the metadata title names it (an <h1>, else an
//     <h2>, sharing most of its words with the JSON-LD headline, og:title,
//     twitter:title or <title>; the closest one wins, so a kicker or an SEO suffix is
//     left out); else a lone <h1> of four words or more; else the first metadata title
//     that is not the site's name. A site name joined to it (" - Báo Giao thông",
//     "Reuters | ") is removed: og:site_name, the JSON-LD publisher, application-name,
//     or the host's name ("Hamburger Abendblatt" on abendblatt.de).
//   - Authors: JSON-LD author (objects, arrays, @graph), <meta name=author> and its
//     variants, rel=author links, then the byline near the headline: an element marked
//     as the author (itemprop, class, a link to an author page) or a line opened by a
//     byline word ("By", "Von", "Par", "Por", "Theo", "文/", "記者", "기자", …), then a
//     short right-aligned or bold last line of the body. Names are cleaned of those
//     words, dates, roles and separators, and split at ";", commas and "and" in many
//     languages (credentials such as "PhD" stay with the name). URLs, e-mail addresses,
//     domains, CMS accounts ("admin") and the site's own name are not authors, unless
//     the site's name is all the visible byline says.
//   - Date: JSON-LD datePublished, article:published_time and other <meta> dates (a
//     site's own names for when a page was published or uploaded among them), <time>
//     and itemprop dates marked as the publication date; then the date line near
//     the headline (a <time>, an element marked as a date, a short line with a date in
//     any of the languages internal/dates reads, or a paragraph that opens with one;
//     "Updated" lines only when nothing else is there; an unmarked sentence naming a
//     day after the page's last edit announces something, and is passed over); then a WebPage's datePublished,
//     other <time> elements outside comments and related lists, and a date in the URL;
//     last, a short date text standing alone in the page, a publication date in the
//     state the page's scripts carry ("published_at", "publishedDate"), a date opening
//     the text or a closing "posted on" line, and the modification date. Dates before
//     1995 or in the future are rejected, and so are the dates of posts a page embeds (a
//     tweet's signed line, a <time> inside a quoted post). A date in the URL a year or
//     more before the machine-readable one is the original publication; a <time> whose
//     line says "published" on another day, or which shows its own day when no date line
//     is found, is read by what it shows. When the
//     date line the page shows names another day than the machine-readable date, it
//     wins if it is marked as a date and is not an update, an event or an issue date,
//     unless another line there names the machine-readable day;
//     when the two are an instant seen in two zones, the instant is kept and expressed
//     in the page's zone (from the visible clock, the visible day or the URL's day). A
//     day without a clock on a page in a single-zone language (ja, ko, zh, vi, th)
//     starts at midnight in that zone, on a page in a Central European one (de, it,
//     nl, pl, cs, sv, …) at midnight CET or CEST.
//   - Modified: JSON-LD dateModified, article:modified_time, og:updated_time, other
//     <meta> and <time> modification dates.
//   - SiteName: og:site_name, JSON-LD publisher, application-name.
//   - Language: <html lang>, Content-Language, og:locale, as declared; else detected
//     from the text: by script for zh, ja, ko, th, ar, fa, hi and ru, by very common
//     words for vi, en, de, fr, es, pt, it, nl, pl, tr and id.
//   - Description: og:description, <meta name=description>, JSON-LD description.
//   - Image and URL: og:image / JSON-LD image; <link rel=canonical>, og:url, Options.URL;
//     made absolute against <base href> or Options.URL.
//   - Categories: the breadcrumb (JSON-LD BreadcrumbList, then a visible one) without
//     the home page, then articleSection / article:section.
//   - Tags: a visible tag list, article:tag, JSON-LD keywords, <meta name=keywords>.
//   - PageType: the JSON-LD type (Product, CollectionPage, DiscussionForumPosting,
//     TechArticle, …), og:type, then the URL's path (/docs/, /forum, /product/, /tag/, …)
//     and the page's structure (prices and cart buttons, post blocks, code blocks,
//     lists of linked headings); an address that ends at a section's name (/news,
//     /blog, /press-releases) is that section's list; a tie between a listing and a
//     collection goes to the collection when the page shows a price or a cart;
//     pages with a date or an author are articles, and what is left is a service page.
//
// JSON-LD that does not parse gets a second, lenient reading (HTML-escaped quotes,
// comments, trailing commas, raw line breaks in strings, several objects in one script);
// what still fails is skipped. A field that cannot be found is left empty.
//
// # Formats
//
// Text is always given. Options.Markdown and Options.HTML ask for Article.Markdown
// (GitHub-flavoured) and Article.HTML as well; both are written from one model of the
// pruned article, so they hold the same content as the text. Headings keep their
// levels; lists nest; data tables become tables (the first row the header, spanned cells
// left empty in Markdown) and layout tables their text; <pre> becomes a fenced code block
// with the language from a class such as language-go or lang-py; links and images get
// absolute URLs against Options.URL or <base href>, and lazy images their real address
// (data-src, srcset, <noscript>).
//
// The clean HTML is built, not filtered: it can hold only p, h1-h6, ul, ol, li (value),
// blockquote, pre, code (class="language-…"), hr, figure, figcaption, dl, dt, dd, table,
// caption, thead, tbody, tr, th and td (colspan, rowspan), a (href, title), img (src,
// alt, title, width, height), em, strong, del, sup, sub and br, with every text and
// attribute escaped and every URL http, https or mailto. data: images (PNG, JPEG, GIF,
// WebP) are kept only with Options.DataImages, http(s) iframes, sandboxed, only with
// Options.Iframes. Options.NoLinks, NoImages and NoTables leave links, images and data
// tables out of every format alike.
//
// # Errors
//
// Empty input and pages with no main content (only menus and bare links, an empty shell)
// give ErrNoContent; binary data gives ErrNotHTML; input past the limits gives
// ErrTooLarge. With ErrNoContent on a page that could be read, the Article returned
// beside the error holds the page's metadata and no content; with every other error it
// is nil. Malformed HTML is handled best effort. A panic inside the extractor is a
// bug, but it is returned as an error rather than crashing the caller.
//
// # Concurrency
//
// Extract and ExtractNode are safe for concurrent use. The package holds no mutable
// state: its tables are built at initialisation and only read afterwards. ExtractNode
// never modifies the tree it is given, so one parsed document may be shared by
// goroutines. An Options value may be shared by concurrent calls.
//
// # Limits
//
// Options.MaxBytes (DefaultMaxBytes, 64 MiB) bounds the input read and Options.MaxNodes
// (DefaultMaxNodes, two million) the parsed tree; beyond them the result is ErrTooLarge.
// The nodes are counted on the page's tokens before the tree is built, so that a page
// of millions of tiny elements is refused cheaply.
//
// Two shapes of page would make golang.org/x/net/html fail or explode, and are
// rewritten before parsing, without losing text: nesting deeper than the parser's 512
// open elements (start tags past 256 levels are dropped), and more than 8 formatting
// elements (b, i, font, …) left open at once, which the parser would reopen in every
// following paragraph (a 20 KB page would become 800,000 nodes).
//
// ExtractContext stops soon after its context is cancelled: it looks at the context
// before every read, every 64 KiB while parsing, every 4,096 nodes while measuring and
// between the later passes.
//
// Time and memory grow linearly with the page, whatever its shape: deep nesting,
// millions of siblings, huge attributes, text nodes or tables (see the scaling table in
// BENCHMARKS.md).
package winnow
