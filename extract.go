package winnow

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"golang.org/x/net/html"
)

// Default limits, used when the corresponding Options field is zero.
const (
	// DefaultMaxBytes bounds the size of the input read by Extract. Real article pages are
	// rarely above 5 MB; 64 MB leaves room for pages with inline data while keeping one
	// hostile input from exhausting a worker's memory.
	DefaultMaxBytes = 64 << 20
	// DefaultMaxNodes bounds the number of nodes (elements, text, comments) in the parsed
	// tree. The largest of the 3,634 pages of our evaluation sets has 35,000; a page of two
	// million nodes takes up to 1 GB while it is extracted (see BENCHMARKS.md).
	DefaultMaxNodes = 2_000_000
)

// Errors returned by Extract and ExtractNode. Match them with errors.Is.
var (
	// ErrNoContent means the page holds no main content: it is empty, or all of its text is
	// navigation and other boilerplate (a listing's teasers are its content). When the page could be read, Extract
	// returns an Article along with it that holds the page's metadata (Title, Date,
	// PageType, …) and no content: Text, Markdown and HTML empty, Content nil.
	ErrNoContent = errors.New("winnow: no main content found")
	// ErrNotHTML means the input is not an HTML document (binary data, an image, a PDF).
	ErrNotHTML = errors.New("winnow: input is not HTML")
	// ErrTooLarge means the input exceeds Options.MaxBytes or Options.MaxNodes.
	ErrTooLarge = errors.New("winnow: input too large")
)

// Options configures an extraction. A nil *Options and the zero value both mean defaults,
// and an Options value may be shared by concurrent calls: extraction never modifies it.
type Options struct {
	// URL is the address the page was fetched from. It resolves relative links and images
	// and is the fallback for Article.URL when the page declares no canonical address.
	URL string
	// Charset is the character encoding the server declared (from Content-Type), if any.
	// The bytes can overrule it: valid UTF-8 is read as UTF-8 whatever is declared, a
	// multi-byte charset is used only when the bytes follow its structure, and
	// windows-1252 (ISO-8859-1, US-ASCII) gives way to a CJK charset recognised in them.
	Charset string
	// MaxBytes bounds the input size: Extract reads at most MaxBytes+1 bytes and fails
	// with ErrTooLarge if there are more. Zero means DefaultMaxBytes, negative no limit.
	MaxBytes int64
	// MaxNodes bounds the number of nodes of the parsed tree. Extract counts them on the
	// page's tokens before building the tree, so a page of millions of tiny elements fails
	// with ErrTooLarge at the cost of reading it, not of building it; ExtractNode counts
	// the nodes it measures. Zero means DefaultMaxNodes, negative no limit.
	MaxNodes int

	// Markdown and HTML ask for the content in these formats as well, in Article.Markdown
	// and Article.HTML; Text is always filled. Each costs one more walk over the article.
	Markdown, HTML bool
	// NoLinks, NoImages and NoTables leave links, images and data tables out of the
	// content, the same way in every format: a link's text stays as text; an image goes
	// (images never change which text is extracted); a data table goes with its text,
	// while a table used for layout stays, since its cells are the article.
	NoLinks, NoImages, NoTables bool
	// DataImages keeps images whose address is a data: URL (base64 PNG, JPEG, GIF or
	// WebP). They are left out by default: most are placeholders of lazy images.
	DataImages bool
	// Iframes keeps <iframe> embeds (a video, a map) with an http or https address in
	// Article.HTML, sandboxed. They are left out by default.
	Iframes bool
}

// Article is the result of an extraction: the main content and the page's metadata.
// Fields that could not be found are empty; times are zero when unknown.
type Article struct {
	Title       string
	Authors     []string
	Date        time.Time // publication time; see DateHasTime
	Modified    time.Time // last modification time; see ModifiedHasTime
	SiteName    string
	Language    string // BCP 47 tag as declared, or a detected ISO 639-1 code
	Description string
	Image       string // absolute URL of the lead image
	URL         string // canonical absolute URL
	Categories  []string
	Tags        []string
	PageType    string // article, listing, forum, product, documentation, collection, service or other

	// Text is the main content without the title: paragraphs separated by one blank line,
	// headings and list items on lines of their own.
	Text string

	// Markdown is the main content as GitHub-flavoured Markdown, when Options.Markdown
	// asks for it: headings at their levels, nested lists, pipe tables, fenced code with
	// its language, quotes, emphasis, links and images with absolute URLs.
	Markdown string
	// HTML is the main content as clean HTML, when Options.HTML asks for it: a small set
	// of elements and attributes (see the package doc, # Formats), absolute URLs, real
	// image addresses for lazy images, and no scripts, styles or event handlers, so that
	// it can be put in another page as it is.
	HTML string

	// Content is a pruned copy of the main content's subtree, for callers who want
	// markup. It shares nothing with the input tree.
	Content *html.Node

	// DateHasTime and ModifiedHasTime report whether the page gave a time of day with the
	// date; when false the time is midnight of the day given, in UTC, or in the zone
	// of the page's language when it has a single one (Japanese, Korean, Chinese,
	// Vietnamese, Thai; Central European Time for German, Italian, Polish and others).
	DateHasTime, ModifiedHasTime bool
}

// Extract reads an HTML page from r and returns its main content and metadata.
// Options may be nil. The input is decoded to UTF-8 first (see the package doc).
func Extract(r io.Reader, opts *Options) (*Article, error) {
	return ExtractContext(context.Background(), r, opts)
}

// ExtractContext is Extract that stops once ctx is cancelled or past its deadline,
// returning an error that wraps the context's (errors.Is(err, context.Canceled)). It
// looks at ctx before every read from r, every 64 KiB while parsing, every few thousand
// nodes while measuring and between the later passes, so it returns within milliseconds
// of the cancellation, except while a Read on r blocks.
func ExtractContext(ctx context.Context, r io.Reader, opts *Options) (a *Article, err error) {
	defer recoverInto(&err)
	o := opts.withDefaults()
	raw, err := readInput(ctx, r, o.MaxBytes)
	if err != nil {
		return nil, err
	}
	src, err := decode(raw, o.Charset)
	if err != nil {
		return nil, err
	}
	doc, from, err := parseContext(ctx, src, o.MaxNodes)
	// The tree holds copies of the page's strings: its bytes are free once it is built.
	releaseInput(raw)
	if err != nil {
		return nil, err
	}
	return extract(ctx, doc, &o, from)
}

// ExtractNode extracts the main content of an already parsed document. The tree is read,
// never modified; Article.Content is a copy.
func ExtractNode(doc *html.Node, opts *Options) (a *Article, err error) {
	defer recoverInto(&err)
	if doc == nil {
		return nil, ErrNoContent
	}
	o := opts.withDefaults()
	return extract(context.Background(), doc, &o, source{})
}

func (o *Options) withDefaults() Options {
	var v Options
	if o != nil {
		v = *o
	}
	if v.MaxBytes == 0 {
		v.MaxBytes = DefaultMaxBytes
	}
	if v.MaxNodes == 0 {
		v.MaxNodes = DefaultMaxNodes
	}
	return v
}

// readLimited reads all of r, failing with ErrTooLarge past limit bytes (limit < 0: none).
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if limit < 0 {
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("winnow: read: %w", err)
		}
		return b, nil
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("winnow: read: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}

// recoverInto turns a panic into an error at the API boundary, so that one bad page cannot
// kill a crawler. A panic here is a bug: the message asks for a report.
func recoverInto(err *error) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("winnow: internal error (please report it with the page): %v", p)
	}
}
