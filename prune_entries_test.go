package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// toolGuide is a guide that names tools, each as a line linked to the tool's site and
// a paragraph that describes it, with a pointer to another story among them.
func toolGuide() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Herramientas libres de contabilidad</title></head><body><header><nav><a href="/">Inicio</a> <a href="/guias">Guías</a> <a href="/contacto">Contacto</a></nav></header>
<main><h1>Herramientas libres de contabilidad</h1><p>Llevar las cuentas de un pequeño negocio no exige pagar una licencia: estas herramientas libres cubren facturas, gastos e informes para quien empieza.</p><div class="entries">`)
	for i := range 6 {
		fmt.Fprintf(&b, `<div class="entry-name"><a href="https://example.org/tool%d">Contable Libre %d</a></div>
<p>La herramienta número %d lleva facturas y gastos, exporta informes trimestrales y funciona en cualquier navegador sin instalar nada en el equipo.</p>`, i, i, i)
		if i == 2 {
			b.WriteString(`<div class="entry-name">[<strong>Lea también: </strong><a href="/guias/impuestos">Impuestos para autónomos</a>]</div>
<p>Cada herramienta de esta lista se puede probar gratis durante un mes antes de decidir si conviene al negocio o no, sin tarjeta.</p>`)
		}
	}
	b.WriteString(`</div></main><footer><p>© Guías contables</p></footer></body></html>`)
	return b.String()
}

func TestEntryTitlesStayWithTheirDescriptions(t *testing.T) {
	a, err := Extract(strings.NewReader(toolGuide()), nil)
	require.NoError(t, err)
	assert.Contains(t, a.Text, "Contable Libre 0")
	assert.Contains(t, a.Text, "Contable Libre 5")
	assert.Contains(t, a.Text, "La herramienta número 5 lleva facturas")
	assert.NotContains(t, a.Text, "Impuestos para autónomos", "a read-also pointer is no entry's title")
	assert.NotContains(t, a.Text, "Guías contables")
}

func TestEntryTitlesNeedARun(t *testing.T) {
	// Fewer pairs than a list needs: the links are judged as any other.
	page := strings.Replace(toolGuide(), `<div class="entry-name"><a href="https://example.org/tool3">`, `<div class="other"><a href="https://example.org/tool3">`, 1)
	page = strings.Replace(page, `<div class="entry-name"><a href="https://example.org/tool4">`, `<div class="other2"><a href="https://example.org/tool4">`, 1)
	page = strings.Replace(page, `<div class="entry-name"><a href="https://example.org/tool5">`, `<div class="other3"><a href="https://example.org/tool5">`, 1)
	a, err := Extract(strings.NewReader(page), nil)
	require.NoError(t, err)
	assert.NotContains(t, a.Text, "Contable Libre 0")
	assert.Contains(t, a.Text, "La herramienta número 0 lleva facturas")
}
