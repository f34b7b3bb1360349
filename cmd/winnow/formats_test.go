package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const formatsPage = "../../testdata/pages/en-docs.html"

func TestFormatFlag(t *testing.T) {
	code, md, _ := runCLI(t, "", "-format", "markdown", "-url", "https://ferrylog.example/docs/x", formatsPage)
	require.Equal(t, 0, code)
	assert.Contains(t, md, "```toml\n[retention]")
	assert.Contains(t, md, "| Option | Type | Default | Description |")

	code, h, _ := runCLI(t, "", "-format", "html", formatsPage)
	require.Equal(t, 0, code)
	assert.Contains(t, h, `<pre><code class="language-toml">`)
	assert.NotContains(t, h, "<script")
}

func TestFieldsFlag(t *testing.T) {
	code, out, _ := runCLI(t, "", "-fields", "text,markdown,html", formatsPage)
	require.Equal(t, 0, code)
	recs := decodeLines(t, out)
	require.Len(t, recs, 1)
	for _, f := range []string{"text", "markdown", "html"} {
		assert.NotEmpty(t, recs[0][f], f)
	}

	code, out, _ = runCLI(t, "", "-format", "json", "-fields", "markdown", formatsPage)
	require.Equal(t, 0, code)
	recs = decodeLines(t, out)
	require.Len(t, recs, 1)
	assert.Nil(t, recs[0]["text"], "text left out when -fields does not name it")
	assert.True(t, strings.HasPrefix(recs[0]["markdown"].(string), "Ferrylog keeps"))

	code, out, _ = runCLI(t, "", "-format", "json", formatsPage)
	require.Equal(t, 0, code)
	recs = decodeLines(t, out)
	assert.NotEmpty(t, recs[0]["text"])
	assert.Nil(t, recs[0]["markdown"], "default fields: text alone")

	for _, args := range [][]string{{"-fields", "text,yaml"}, {"-format", "text", "-fields", "html"}, {"-format", "pdf"}} {
		code, _, errs := runCLI(t, "", append(args, formatsPage)...)
		assert.Equal(t, 2, code, args)
		assert.NotEmpty(t, errs, args)
	}
}
