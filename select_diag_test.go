package winnow

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// diagLine is one PHP diagnostic as a broken plugin prints it into a list.
const diagLine = `<br />
<b>Warning</b>:  Use of undefined constant comments - assumed 'comments' (this will throw an Error in a future version of PHP) in <b>/srv/htdocs/wp-content/plugins/recent-comments/recent.php</b> on line <b>23</b><br />`

// TestDiagnosticsAreNotContent checks that a sidebar swollen by PHP warnings loses to
// the article beside it, and that a bold "Warning" in prose is not taken for one.
func TestDiagnosticsAreNotContent(t *testing.T) {
	page := `<html><body><div id="wrap"><div class="post"><h1>Ein Abend im Park</h1><div class="entry">` +
		para("Es ist schon einige Zeit her, dass wir im Park gespielt haben.") +
		para("So sah es aus, als die Sonne unterging und alle noch sangen.") +
		`</div></div><div id="side"><ul><li><h2>Kommentare</h2><ul>` +
		strings.Repeat("<li>"+diagLine+`<a href="/c">Anna</a> zu Abend</li>`, 20) +
		`</ul></li></ul></div></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	roots := tr.selectMain(tr.score())
	text := tr.renderText(roots)
	assert.Contains(t, text, "Es ist schon einige Zeit her")
	assert.NotContains(t, text, "undefined constant")

	prose, err := html.Parse(strings.NewReader(`<p><b>Warning</b>: the bridge is closed until May.</p>`))
	require.NoError(t, err)
	p := prose.FirstChild.LastChild.FirstChild // html > body > p
	assert.Zero(t, diagUnits(p), "a warning in prose names no file and line")
	diag, err := html.Parse(strings.NewReader(`<li>` + diagLine + `<a href="/c">Anna</a></li>`))
	require.NoError(t, err)
	assert.Positive(t, diagUnits(diag.FirstChild.LastChild.FirstChild))
}
