package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html/atom"
)

// A story that sets its captions as paragraphs under its pictures, each closed by the
// picture's credit, loses the captions; a paragraph that names a photographer inside a
// sentence stays, and so does a caption inside a figure (left to the figure's rules).
func TestCreditCaptionsDropped(t *testing.T) {
	body := strings.Repeat(para("The trail climbs steadily through pine forest before it reaches the open ridge above the lake."), 3)
	pic := func(caption string) string {
		return `<div class="wp-caption"><img src="a.jpg" alt=""><p class="wp-caption-text">` + caption + `</p></div>`
	}
	page := `<html><head><title>Best trail shoes</title></head><body><main><article>` + body +
		pic("A runner tests the shoes on wet rock. Photo: Trailhub/Ana Berg") + body +
		pic("The grippy outsole of the Ridge 4. | Photo by Tom Vale") + body +
		pic("Photo courtesy of Peak Outfitters") + body +
		`<p>We asked the photographer about her day; photo by photo, she walked us through the shoot.</p>` +
		`<figure><img src="b.jpg" alt=""><figcaption>The lake at dawn. Photo: Ana Berg</figcaption></figure>` + body +
		`</article></main></body></html>`
	text := extractText(t, page)
	assert.Contains(t, text, "The trail climbs")
	assert.NotContains(t, text, "Trailhub/Ana Berg")
	assert.NotContains(t, text, "Tom Vale")
	assert.NotContains(t, text, "Peak Outfitters")
	assert.Contains(t, text, "walked us through the shoot")
	assert.Contains(t, text, "The lake at dawn")
}

// One line that ends with a credit is not enough to read the page's captions as text
// (the story may end a paragraph on a name), and captions that make up most of the text
// are a slideshow's content.
func TestCreditCaptionsGuards(t *testing.T) {
	body := strings.Repeat(para("The trail climbs steadily through pine forest before it reaches the open ridge above the lake."), 3)
	page := `<html><head><title>Trail notes</title></head><body><main><article>` + body +
		`<p>A runner tests the shoes on wet rock. Photo: Ana Berg</p>` + body +
		`</article></main></body></html>`
	assert.Contains(t, extractText(t, page), "Photo: Ana Berg")

	var slides strings.Builder
	for _, s := range []string{"The first model has a wide toe box and a soft, cushioned ride.", "The second model is lighter and sits lower to the ground.", "The third model adds a rock plate for the rougher trails."} {
		slides.WriteString(`<div class="slide"><img src="s.jpg" alt=""><p>` + s + ` Image: Ana Berg</p></div>`)
	}
	page = `<html><head><title>Slideshow</title></head><body><main><article>` + slides.String() +
		`</article></main></body></html>`
	assert.Contains(t, extractText(t, page), "The second model is lighter")
}

// endsWithCredit reads a credit label at the line's start or after a sentence or a
// separator, followed by a short name and nothing else.
func TestEndsWithCredit(t *testing.T) {
	for s, want := range map[string]bool{
		"a runner on the ridge. photo: trailhub/ana berg":                             true,
		"the outsole. | photo by tom vale":                                            true,
		"photo courtesy of peak outfitters":                                           true,
		"the camp at night. photo by: 'jim vale'.":                                    true,
		"hồ gươm lúc bình minh. ảnh: minh anh":                                        true,
		"we took a photo: the one of the lake that she liked best":                    false,
		"the view. photo: taken from the summit after a long climb up the north face": false,
		"she sent the photo by post":                                                  false,
	} {
		assert.Equal(t, want, endsWithCredit(s), s)
	}
}

// A caption inside a figure that is only a credit "courtesy" of someone is the credit
// alone, as "Courtesy of …" is.
func TestFigureCourtesyCredit(t *testing.T) {
	assert.True(t, isFigureCredit("Photo Courtesy of Noble Lane"))
	assert.True(t, isFigureCredit("Image courtesy: Studio Nord"))
}

// The labels without an anchor of four ASCII letters are looked for word for word, in
// the cases a caption writes them; the others through their anchors.
func TestCaptionCreditGate(t *testing.T) {
	assert.Equal(t, []string{"ảnh", "Ảnh", "ẢNH"}, captionCreditWords)
	for _, l := range anchoredLabels(captionCreditLabels) {
		assert.True(t, captionCreditAnchors.mayHold(strings.ToUpper(l)), l)
	}
	tr := treeOf(t, `<html><body><p>Đoàn xe qua cầu. Ảnh: Minh Anh</p>`+
		`<p>Đoàn xe qua cầu lúc sáng sớm trong mưa.</p>`+
		`<p>The bridge at dawn. `+strings.Repeat(" ", creditTailWindow)+`</p>`+
		`<p>The bridge at dawn. PHOTO: Jo Lee</p></body></html>`)
	var got []bool
	for i := range tr.nodes {
		if tr.nodes[i].tag == atom.P {
			got = append(got, tr.mayEndWithCredit(int32(i)))
		}
	}
	assert.Equal(t, []bool{true, false, false, true}, got)
}
