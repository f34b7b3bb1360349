package winnow

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// noRule leaves the passes' result as it is: the forum rules run inside pruning.
func noRule(*tree, []int32) {}

// threadWithHeaders is a forum thread (in German) whose posts each open with the
// poster's name and the time of the post, as forum engines print them; the page can
// hold a given number of posts, and only the first headers of them a header.
func threadWithHeaders(posts, headers int) string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Welcher Hobel für Anfänger?</h1><div class="thread">`)
	for i := range posts {
		head := ""
		if i < headers {
			head = fmt.Sprintf(`<div class="post-head">hobler%d 3. Mai 2024, 08:%d5</div>`, i, i)
		}
		fmt.Fprintf(&b, `<div class="post">%s%s</div>`, head, para(fmt.Sprintf("Antwort %d: ein Blockhobel ist der erste, den man kaufen sollte, sagt die Werkstatt.", i)))
	}
	b.WriteString(`</div></main><footer><p>© Das Forum</p></footer></body></html>`)
	return b.String()
}

func TestPostHeadersStayOnThreads(t *testing.T) {
	got := runThreadRule(t, threadWithHeaders(3, 3), true, noRule)
	for i := range 3 {
		assert.Contains(t, got, fmt.Sprintf("hobler%d 3. Mai 2024, 08:%d5", i, i), "a post's header on a thread")
	}
	assert.Contains(t, got, "Antwort 2:")
}

func TestPostHeadersDroppedOffThreads(t *testing.T) {
	// Outside a discussion a name and a date over a paragraph are a byline, and the
	// date rules drop it as they did.
	got := runThreadRule(t, threadWithHeaders(3, 3), false, noRule)
	assert.NotContains(t, got, "3. Mai 2024", "a date line outside a thread is metadata")
	assert.Contains(t, got, "Antwort 2:")
	// A single date line on a declared thread is the page's own, not a post's.
	got = runThreadRule(t, threadWithHeaders(3, 1), true, noRule)
	assert.NotContains(t, got, "3. Mai 2024", "one date line is the page's date")
	assert.Contains(t, got, "Antwort 0:")
}

// threadOfShortPosts is a thread (in French) of long posts and a run of short ones,
// each post opening with the poster's avatar linked to the profile, followed by a list
// of similar threads built the same way: cards whose picture links to another thread.
func threadOfShortPosts() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Quel poisson pour un bac de 200 litres ?</h1><div class="posts">`)
	post := func(i int, words string) {
		fmt.Fprintf(&b, `<div class="post"><a href="/membres/m%d"><img src="/avatars/%d.png" alt=""></a><h4><a href="/membres/m%d">membre%d</a></h4><div class="msg">%s</div></div>`, i, i, i, i, words)
	}
	for i := range 2 {
		post(i, para(fmt.Sprintf("Message %d : je monte un bac de 200 litres et je cherche des poissons pacifiques.", i))+para("Le sable est posé, les plantes poussent bien."))
	}
	for i := 2; i < 5; i++ {
		post(i, fmt.Sprintf(`<p>Réponse %d : un petit banc de tétras néons reste le choix le plus simple pour commencer.</p>`, i))
	}
	post(5, para("Message 5 : merci à tous, je commence par les néons et je vous tiens au courant.")+para("Le bac tourne depuis trois semaines."))
	b.WriteString(`</div><div class="similar">`)
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="item"><a href="/sujets/%d"><img src="/vignettes/%d.png" alt=""></a><h4><a href="/sujets/%d">Sujet voisin %d</a></h4><div>12 réponses</div></div>`, i, i, i, i)
	}
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

func TestPostCardsAreNoTeasers(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(threadOfShortPosts()))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	var short, similar int32 = none, none
	for i := range tr.nodes {
		switch n := tr.nodes[i].n; {
		case attr(n, "class") == "post" && short == none && strings.Contains(tr.lowerText(int32(i)), "réponse 3"):
			short = int32(i)
		case attr(n, "class") == "item" && similar == none:
			similar = int32(i)
		}
	}
	require.NotEqual(t, none, short)
	require.NotEqual(t, none, similar)
	require.True(t, tr.isCard(short), "a short post with an avatar looks like a card")
	require.True(t, tr.isCard(similar))
	assert.False(t, tr.postCard(short), "outside a thread a card is a teaser")
	tr.discussion = true
	assert.True(t, tr.postCard(short), "on a thread a card holding a reply is a post")
	assert.False(t, tr.postCard(similar), "a similar thread's card holds no prose")
}

// threadWithPanels is a thread (in Italian) whose posts each carry the poster's panel,
// a box named for the author holding the name linked to the profile, figures and the
// date of joining, and a second box over the words naming the poster again with the
// time of the post; a box of the thread's top posters follows, each linked to
// another member.
func threadWithPanels() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>Quale pialla per iniziare?</h1><div class="topic">`)
	for i := range 3 {
		fmt.Fprintf(&b, `<div class="post"><div class="author"><a href="/utenti/%d-falegname%d/"><img src="/a/%d.png" alt=""></a><a href="/utenti/%d-falegname%d/">falegname%d</a><div>Messaggi: %d42</div><dl><dt>Iscritto</dt><dd><time datetime="2020-01-0%d">%d gennaio 2020</time></dd></dl><a href="/utenti/%d-falegname%d/">Vedi profilo</a></div>
<div class="author-head"><a href="/utenti/%d-falegname%d/">falegname%d</a> <a href="#post%d"><time datetime="2024-05-03T10:%d5">3 maggio 2024, 10:%d5</time></a></div>%s</div>`,
			i, i, i, i, i, i, i, i+1, i+1, i, i, i, i, i, i, i, i, para(fmt.Sprintf("Risposta %d: la pialla a blocchetto è la prima da comprare, dice il laboratorio.", i)))
	}
	b.WriteString(`<div class="top-posters">`)
	for i := range 3 {
		fmt.Fprintf(&b, `<a href="/utenti/%d-altro/">altro%d</a> `, i+10, i)
	}
	b.WriteString(`</div></div></main></body></html>`)
	return b.String()
}

func TestPosterNamesOutOfPanels(t *testing.T) {
	got := runThreadRule(t, threadWithPanels(), true, (*tree).keepPosterNames)
	for i := range 3 {
		name := fmt.Sprintf("falegname%d", i)
		assert.Equal(t, 1, strings.Count(got, name), "the poster's name once per post: %q", got)
	}
	assert.NotContains(t, got, "Messaggi:", "the panel's figures stay dropped")
	assert.NotContains(t, got, "Vedi profilo", "the panel's menu stays dropped")
	for i := range 3 {
		assert.Contains(t, got, fmt.Sprintf("3 maggio 2024, 10:%d5", i), "the post's time")
	}
	assert.NotContains(t, got, "gennaio 2020", "the poster's joining date stays dropped")
	assert.Contains(t, got, "Risposta 2:")
	got = runThreadRule(t, threadWithPanels(), false, (*tree).keepPosterNames)
	assert.NotContains(t, got, "falegname1", "outside a thread an author box stays dropped")
	assert.NotContains(t, got, "maggio", "outside a thread a byline's time stays dropped")
}

func TestProfileLink(t *testing.T) {
	for href, want := range map[string]bool{
		"/u/raoul": true,
		"https://forum.example/members/bagabaga.42/": true,
		"./memberlist.php?mode=viewprofile&u=123":    true,
		"member.php?u=77":                            true,
		"/users/4455/mikhail":                        true,
		"/profile/211123-coldj/":                     true,
		"/mitglieder/hans/":                          true,
		"/members/":                                  false, // the list of all members
		"/threads/new-tank.32375893/":                false,
		"/tags/user/":                                false,
		"https://example.org/about":                  false,
	} {
		assert.Equal(t, want, profileLink(href), href)
	}
}

func TestPosterNameNotFromMemberLists(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(threadWithPanels()))
	require.NoError(t, err)
	tr, err := buildTree(doc, 0)
	require.NoError(t, err)
	tr.discussion = true
	var list, panel int32 = none, none
	for i := range tr.nodes {
		switch attr(tr.nodes[i].n, "class") {
		case "top-posters":
			list = int32(i)
		case "author":
			if panel == none {
				panel = int32(i)
			}
		}
	}
	require.NotEqual(t, none, list)
	require.NotEqual(t, none, panel)
	tr.nodes[list].drop, tr.nodes[panel].drop = dropLinkDense, dropCue
	assert.Equal(t, none, tr.posterName(list), "links to several members are a list, not a poster's panel")
	name := tr.posterName(panel)
	require.NotEqual(t, none, name)
	assert.Equal(t, "falegname0", tr.lowerText(name), "the first profile link with text, not the avatar's")
	tr.nodes[panel].drop = keep
	assert.Equal(t, none, tr.posterName(panel), "a kept panel is left as it is")
}

// threadWithStatus is a thread (in Spanish) whose posts each end with the engine's
// status line beside the words, and where three posters say the same short thanks.
func threadWithStatus() string {
	var b strings.Builder
	b.WriteString(`<html><body><main><h1>¿Qué cepillo comprar primero?</h1><div class="topic">`)
	for i := range 6 {
		thanks := ""
		if i%2 == 1 {
			thanks = `<p>¡Gracias a todos!</p>`
		}
		fmt.Fprintf(&b, `<div class="post">%s%s<div>Desconectado</div></div>`,
			para(fmt.Sprintf("Respuesta %d: el cepillo de bloque es el primero que hay que comprar, dice el taller.", i)), thanks)
	}
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

func TestEngineLinesDropped(t *testing.T) {
	got := runCards(t, threadWithStatus(), true)
	assert.NotContains(t, got, "Desconectado", "a status line in every post is the engine's")
	assert.Equal(t, 3, strings.Count(got, "¡Gracias a todos!"), "a short line a few posters repeat stays")
	assert.Contains(t, got, "Respuesta 5:")
	got = runCards(t, threadWithStatus(), false)
	assert.Contains(t, got, "Desconectado", "outside a thread the rule is not asked")
}
