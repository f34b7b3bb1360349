package winnow

import (
	"strings"
	"testing"
)

// TestRevealedPanelsAreContent holds that a block whose class or id names it an answer
// or a tab's content, whatever separators join the words, or that follows a disclosure's
// toggle, is read although hidden, while hidden furniture (a menu, a popup's panel) and
// hidden blocks with other words or after other buttons stay hidden.
func TestRevealedPanelsAreContent(t *testing.T) {
	cases := []hiddenCase{
		{`<div class="faq__answer" style="display:none">x</div>`, false},
		{`<div class="FaqAnswer hidden">x</div>`, false},
		{`<div class="tab__content" hidden>x</div>`, false},
		{`<div id="tabContent-2" aria-hidden="true">x</div>`, false},
		{`<div class="tab_pane d-none">x</div>`, false},
		{`<div class="answer-modal" style="display:none">x</div>`, true},
		{`<nav class="tab__content" hidden>x</nav>`, true},
		{`<div class="answers-count hidden">x</div>`, true},
		{`<div class="expandable-text" style="display:none">x</div>`, true},
		{`<div class="tablet-menu hidden">x</div>`, true},
		{`<div><a href="#" aria-expanded="false">Methodik anzeigen</a></div><div class="hide" aria-hidden="true">x</div>`, false},
		{`<button aria-expanded="false">Weiterlesen</button> <div style="display:none">x</div>`, false},
		{`<button aria-expanded="false" aria-haspopup="true">Warenkorb</button><div style="display:none">x</div>`, true},
		{`<button aria-expanded="false">Menü</button><nav class="hidden">x</nav>`, true},
		{`<button>Mehr</button><div class="hidden">x</div>`, true},
	}
	checkHidden(t, cases)
}

// TestHiddenAnswersAreExtracted holds that the answers of a FAQ, hidden by a style until
// their question is clicked, are part of the extracted text.
func TestHiddenAnswersAreExtracted(t *testing.T) {
	page := `<html lang="es"><body><header><nav><a href="/">Inicio</a> <a href="/cursos">Cursos</a></nav></header>
<main><h1>Preguntas frecuentes sobre los certificados en línea</h1>
<p>Los certificados en línea permiten a los adultos que trabajan aprender nuevas habilidades sin dejar su empleo, a su propio ritmo y desde cualquier lugar.</p>
<div class="in-page-faq">
<div class="faq__question">¿Cuánto dura un programa de certificado?</div>
<div class="faq__answer" style="display:none"><p>La mayoría de los programas duran entre seis y doce meses, según la carga de cursos que el estudiante elija cada trimestre.</p></div>
<div class="faq__question">¿Es reconocido por los empleadores?</div>
<div class="faq__answer" style="display:none"><p>Sí, los empleadores valoran los certificados de instituciones acreditadas, sobre todo cuando acompañan a la experiencia laboral.</p></div>
</div></main>
<footer><p>© 2025 Escuela en línea</p></footer></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"entre seis y doce meses", "instituciones acreditadas"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
}
