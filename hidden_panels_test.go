package winnow

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestCollapsedPanelsAreContent holds that a panel hidden until the reader opens it (a tab
// panel, an accordion's labelled region, a FAQ answer after its question's button) is not
// hidden, while hidden furniture (a menu, a popover, a plain hidden block) stays hidden.
func TestCollapsedPanelsAreContent(t *testing.T) {
	cases := []hiddenCase{
		{`<section id="p2" role="tabpanel" aria-hidden="true" hidden>x</section>`, false},
		{`<div role="region" aria-labelledby="t1" style="display:none">x</div>`, false},
		{`<div class="accordion-content" style="display: none">x</div>`, false},
		{`<div><button type="button"><h5>Wie viel kostet es?</h5></button><div class="hidden">x</div></div>`, false},
		{`<div><h3><button aria-controls="spec">Spezifikationen</button></h3><div id="spec" aria-hidden="true">x</div></div>`, false},
		{`<div><h3><button aria-controls="other">Spezifikationen</button></h3><div id="spec" aria-hidden="true">x</div></div>`, true},
		{`<div class="hidden">x</div>`, true},
		{`<nav class="collapse" hidden>x</nav>`, true},
		{`<div role="menu" class="dropdown-panel" aria-hidden="true">x</div>`, true},
		{`<div popover id="pop">x</div>`, true},
		{`<div><button type="button">Menu</button><div class="hidden">x</div></div>`, true},
	}
	checkHidden(t, cases)
}

// TestTabPanelsVoteAgainstArticle holds that a page whose text is set out in tab panels
// gets a vote against article, now that hidden panels are read as content.
func TestTabPanelsVoteAgainstArticle(t *testing.T) {
	a := &Article{Text: "Short."}
	plain, tabbed := typeVotes{}, typeVotes{}
	plain.structure(pageShape{}, a, nil)
	tabbed.structure(pageShape{tabs: minTabPanels}, a, nil)
	if tabbed[typeArticle] >= plain[typeArticle] {
		t.Fatalf("article vote with %d tab panels = %v, want below %v", minTabPanels, tabbed[typeArticle], plain[typeArticle])
	}
	var s pageShape
	doc, err := html.Parse(strings.NewReader(`<body><div role="tabpanel">a</div><section role="tabpanel" hidden>b</section><div>c</div>`))
	if err != nil {
		t.Fatal(err)
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode {
			s.element(n, 0, 0, 0)
		}
	}
	if s.tabs != 2 {
		t.Fatalf("tabs = %d, want 2", s.tabs)
	}
}

// TestExtractKeepsTabPanels holds, end to end, that the text of a hidden tab panel and of a
// collapsed FAQ answer reaches the content, while a hidden menu does not.
func TestExtractKeepsTabPanels(t *testing.T) {
	page := `<html><body><nav><button aria-controls="m">Menü</button><ul id="m" class="nav-menu" hidden><li><a href="/a">Startseite verborgen</a></li></ul></nav>
<main><h1>Installation der Werkzeuge</h1>
<p>Die Werkzeuge laufen unter Windows, macOS und Linux. Wählen Sie unten Ihr System aus, um die passenden Schritte zu sehen, und folgen Sie ihnen der Reihe nach.</p>
<div role="tablist"><a role="tab" aria-controls="p1">Windows</a><a role="tab" aria-controls="p2">Linux</a></div>
<section id="p1" role="tabpanel"><p>Laden Sie das Installationsprogramm herunter und starten Sie es mit einem Doppelklick; der Assistent führt Sie durch alle Schritte.</p></section>
<section id="p2" role="tabpanel" aria-hidden="true" hidden><p>Installieren Sie das Paket mit der Paketverwaltung Ihrer Distribution und prüfen Sie danach die Version im Terminal.</p></section>
<div><button type="button"><h3>Was kostet die Nutzung?</h3></button><div class="hidden"><p>Die Nutzung ist für private und gewerbliche Zwecke kostenlos, auch in großen Teams und ohne Anmeldung.</p></div></div>
</main></body></html>`
	a, err := Extract(strings.NewReader(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Paketverwaltung Ihrer Distribution", "für private und gewerbliche Zwecke"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "Startseite verborgen") {
		t.Errorf("text holds the hidden menu:\n%s", a.Text)
	}
}

// hiddenCase is a fragment of a page and whether the parent of its text "x" is hidden.
type hiddenCase struct {
	html   string
	hidden bool
}

// checkHidden holds isHidden and elementFacts to each case's answer.
func checkHidden(t *testing.T, cases []hiddenCase) {
	t.Helper()
	for _, c := range cases {
		doc, err := html.Parse(strings.NewReader("<body>" + c.html))
		if err != nil {
			t.Fatal(err)
		}
		var target *html.Node
		for n := range doc.Descendants() {
			if n.Type == html.TextNode && n.Data == "x" {
				target = n.Parent
			}
		}
		if got := isHidden(target); got != c.hidden {
			t.Errorf("isHidden(%s) = %v, want %v", c.html, got, c.hidden)
		}
		if _, _, got := elementFacts(target, true); got != c.hidden {
			t.Errorf("elementFacts(%s) hidden = %v, want %v", c.html, got, c.hidden)
		}
	}
}
