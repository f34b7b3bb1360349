package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRubyReadingsLeftOut checks that the readings printed over words (furigana in
// <rt>, with <rp> parentheses for browsers without ruby) stay out of the text and the
// title: the word alone is the text.
func TestRubyReadingsLeftOut(t *testing.T) {
	page := `<html><body><main><article><h1><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby>法律<rt>ほうりつ</rt></ruby></h1>
<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が<ruby>子<rt>こ</rt></ruby>どもを<ruby>教育<rt>きょういく</rt></ruby>するために、たたいたり<ruby>蹴<rt>け</rt></ruby>ったりすることを<ruby>禁止<rt>きんし</rt></ruby>します。</p>
<p><ruby>最近<rt>さいきん</rt></ruby>、<ruby>親<rt>おや</rt></ruby>に<ruby>虐待<rt>ぎゃくたい</rt></ruby>された<ruby>子<rt>こ</rt></ruby>どもを<ruby>守<rt>まも</rt></ruby>ることができない<ruby>事件<rt>じけん</rt></ruby>が<ruby>続<rt>つづ</rt></ruby>いています。</p>
</article></main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "子どもへの虐待をなくすための法律ができて")
	assert.Contains(t, a.Text, "最近、親に虐待された子どもを守ることができない")
	assert.NotContains(t, a.Text, "ぎゃくたい")
	assert.NotContains(t, a.Text, "(")
	assert.Equal(t, "子どもの法律", a.Title)
}
