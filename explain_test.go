package winnow

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// explainUnits finds the text's measure in an Explain report: the last "text: N units"
// line, which is the JSON-LD body's when that replaces the rendered text.
var explainUnits = regexp.MustCompile(`text: (?:.*: )?(\d+) units`)

// TestExplainAgreesWithExtract checks that Explain judges every golden page as Extract
// does: the text it reports is as long as the text Extract returns, and a page that
// gives ErrNoContent is reported as having too little text.
func TestExplainAgreesWithExtract(t *testing.T) {
	files, err := filepath.Glob("testdata/pages/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		var report bytes.Buffer
		require.NoError(t, Explain(&report, bytes.NewReader(raw), nil), f)
		a, err := Extract(bytes.NewReader(raw), nil)
		if errors.Is(err, ErrNoContent) {
			assert.Contains(t, report.String(), "too little text", f)
			continue
		}
		require.NoError(t, err, f)
		all := explainUnits.FindAllStringSubmatch(report.String(), -1)
		require.NotEmpty(t, all, f)
		units, err := strconv.Atoi(all[len(all)-1][1])
		require.NoError(t, err)
		assert.Equal(t, int(countUnits(a.Text)), units, f)
	}
}
