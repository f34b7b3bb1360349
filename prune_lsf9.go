package winnow

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// Member figures: a forum engine prints, beside every post, the poster's figures under
// labels of its own ("Joined", "Messages", "Reaction score", "Posts: 701", "29,553
// posts", "7 Likes"). Post cards (see dropPostCards) know a card's labels by their
// repeats, which a short thread has too few of: two posts give each label twice. The
// labels engines use are few, and the same across engines of one language, so a line
// that is one of them, standing in a card (see inCard), is the card's whatever the
// thread's length.

// memberStatLabels lists, per language (ISO 639-1), the labels of a poster's figures
// in a post's card, in lower case, without a colon or the figure: the line "Posts:
// 701" is known by "posts", "29,553 posts" by "posts" too.
var memberStatLabels = map[string][]string{
	"en": {"joined", "join date", "member since", "registered", "messages", "posts", "total posts", "post count", "reaction score", "points", "location", "likes", "like", "likes received", "trophies", "reputation", "helpful votes", "karma", "solutions", "thanks", "thanked"},
	"de": {"beiträge", "registriert", "registriert seit", "mitglied seit", "dabei seit", "wohnort", "ort", "reaktionspunkte", "punkte", "danke", "themen"},
	"fr": {"messages", "inscrit", "inscrit le", "inscription", "localisation", "lieu", "points", "réactions", "score de réaction", "j'aime"},
	"es": {"mensajes", "registrado", "se unió", "fecha de ingreso", "ubicación", "puntos", "puntuación de reacción", "me gusta"},
	"it": {"messaggi", "iscritto", "iscritto dal", "registrato", "località", "punti", "punteggio reazioni", "mi piace"},
	"pt": {"mensagens", "entrou", "cadastro", "registrado em", "localização", "pontos", "pontuação de reações", "curtidas"},
	"nl": {"berichten", "lid sinds", "geregistreerd", "locatie", "woonplaats", "punten"},
	"pl": {"posty", "postów", "dołączył", "dołączył(a)", "rejestracja", "lokalizacja", "wiadomości", "punkty", "reputacja"},
	"ru": {"сообщения", "сообщений", "регистрация", "зарегистрирован", "откуда", "репутация", "баллы", "симпатии"},
	"vi": {"bài viết", "tham gia", "tham gia ngày", "điểm tương tác", "điểm", "nơi ở", "đến từ", "được thích"},
	"zh": {"帖子", "主题", "积分", "注册时间", "加入时间", "来自", "精华", "回帖", "發文", "註冊時間"},
	"ja": {"投稿数", "登録日", "参加日", "場所", "ポイント", "いいね"},
	"ko": {"게시물", "가입일", "포인트", "위치"},
	"tr": {"mesajlar", "katılım", "konum", "tepki puanı", "puanları", "beğeni"},
}

// memberStats is memberStatLabels as a set, whatever the language.
var memberStats = labelSet(memberStatLabels)

// labelSet merges the lists of labels of every language into one set.
func labelSet(langs map[string][]string) map[string]bool {
	set := map[string]bool{}
	for _, labels := range langs {
		for _, l := range labels {
			set[l] = true
		}
	}
	return set
}

// isMemberStat reports whether a card line's key (see cardKey) is the label of a
// poster's figure: "posts:" of "Posts: 701", "# posts" of "29,553 posts", "joined".
func isMemberStat(key string) bool {
	k := strings.TrimSpace(strings.TrimRight(key, ":："))
	k = strings.TrimPrefix(k, "# ")
	k = strings.TrimSuffix(k, " #")
	return memberStats[k]
}

// Headed entries: a teaser, a course in a catalogue, a story on a front page is
// headed by its title, a heading that is all link (to the entry's own page), with the
// entry's sentences right after it ("<h4><a>The Circular Root</a></h4><p>By …</p><p>
// Experimenting with …</p>"). Read alone the heading is a link and little else, and
// the link-density rule would take it for navigation, leaving the entry's words
// without their title. A menu's links are not headings over prose; a box of teasers
// is judged as a box before its lines are.

const (
	// headedEntryMaxUnits bounds the title: a headline, not a block of links.
	headedEntryMaxUnits = entryTitleMaxUnits
	// headedEntryGap is how many short blocks (a byline, a date, a source) may stand
	// between the title and its prose.
	headedEntryGap = 1
	// headedEntryGapUnits bounds each of those blocks.
	headedEntryGapUnits = datelineMaxUnits
	// entryBoxLevels is how far above its title an entry's box starts: the heading's
	// text block, and the block that holds it with the entry's picture.
	entryBoxLevels = 2
)

// headsEntry reports whether block c, which the link-density rule would drop, is a
// heading (h2 to h6) over the prose of the entry it titles: its next element, or
// the next after a short line (see headedEntryGap), is a block of prose with
// few links (see entryProseUnits). A heading alone in a <header> heads what follows
// the header (a story's title, its byline, then its text). On a page that declares a
// story, a linked heading between its paragraphs points to another story ("MIRA: …",
// a teaser of the same section under the article); on a discussion it is the
// thread's title or a post's subject line, which the thread rules judge; and a
// pointer ("Read more: …") is none anywhere.
func (t *tree) headsEntry(c int32) bool {
	b := &t.nodes[c]
	if t.story || t.keepComments || t.discussion || !isSubheading(b.tag) || b.units == 0 || b.units > headedEntryMaxUnits ||
		hasReadAlsoPrefix(strings.TrimLeft(t.inlineText(c), entryLineOpeners)) {
		return false
	}
	if !t.prosed(t.nextElement(c)) {
		p := b.parent
		if p == none || t.nodes[p].tag != atom.Header || !t.prosed(t.nextElement(p)) {
			return false
		}
	}
	return !t.linkedTwice(c)
}

// linkedTwice reports whether the first link of heading c leads where another link
// of its entry's box leads (see entryBoxLevels): a teaser's picture or its "more"
// link, a card the teaser rules judge, where an entry drawn as a title over its text
// does not repeat its link.
func (t *tree) linkedTwice(c int32) bool {
	href := ""
	t.walk(c, func(j int32) bool {
		if t.nodes[j].tag == atom.A {
			href = attr(t.nodes[j].n, "href")
		}
		return href == ""
	})
	box := c
	for range entryBoxLevels {
		if p := t.nodes[box].parent; p != none {
			box = p
		}
	}
	end, cend := t.subtreeEnd(box), t.subtreeEnd(c)
	for j := box; j < end; j++ {
		if j == c {
			j = cend - 1
			continue
		}
		if t.nodes[j].tag == atom.A && href != "" && attr(t.nodes[j].n, "href") == href {
			return true
		}
	}
	return false
}

// prosed reports whether block s, or a block after it past at most headedEntryGap
// short ones that are not links (a byline, a date), is an entry's prose (see
// entryProseUnits).
func (t *tree) prosed(s int32) bool {
	for gap := 0; s != none && gap <= headedEntryGap; gap++ {
		d := &t.nodes[s]
		if d.block && d.units >= entryProseUnits && d.linkDensity() <= linkDenseBlock {
			return true
		}
		if d.units > headedEntryGapUnits || d.linkDensity() > linkDenseBlock {
			return false
		}
		s = t.nextElement(s)
	}
	return false
}

// dropPostFigures drops, inside the chosen roots of a discussion, a short line that is
// a figure and the label of a poster's or a post's figure ("79 Likes", "29,553
// posts", see memberStatLabels) after all of its post's words (see endsPost): the
// engine's count under a reply, which stands beside the reply's prose rather than in
// a card, in threads too short for the engine lines to repeat.
func (t *tree) dropPostFigures(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	t.dropMatching(roots, dropCard, func(i int32, b *blk) bool {
		if !t.isCardLine(i) {
			return false
		}
		k := cardKey(t.lowerText(i))
		return strings.HasPrefix(k, "# ") && isMemberStat(k) && t.endsPost(i)
	})
}

// Ask boxes: under the last reply of a thread, engines set a box that calls the
// reader to act ("Start asking to get answers", a line, an "Ask question" button): a
// short box whose one link is a button, with no reply after it. The call-button rule
// takes the button and leaves the box's words behind. A post's foot holds several
// buttons (Reply, Quote, Like), and a post its time.

// askBoxMaxUnits bounds an ask box: a title, a sentence and a button.
const askBoxMaxUnits = 120

// dropAskBoxes drops, inside the chosen roots of a discussion, a short block (see
// askBoxMaxUnits) whose one link is a call button (see oneButton) and that holds no
// <time>, when no prose is kept after it in its root.
func (t *tree) dropAskBoxes(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	for _, r := range roots {
		end := t.subtreeEnd(r)
		t.dropMatching([]int32{r}, dropPromo, func(i int32, b *blk) bool {
			return b.block && b.units <= askBoxMaxUnits && b.linkUnits > 0 && t.oneButton(i) &&
				!t.holdsTag(i, atom.Time) && !t.keptProse(t.subtreeEnd(i), end)
		})
	}
}

// oneButton reports whether block i holds links and they are one call button (see
// isCallButton): a post's foot holds several (Reply, Quote, Like).
func (t *tree) oneButton(i int32) bool {
	n := 0
	t.walk(i, func(j int32) bool {
		if t.nodes[j].tag == atom.A && t.nodes[j].units > 0 {
			if !t.isCallButton(j) {
				n = 2
			}
			n++
		}
		return n <= 1
	})
	return n == 1
}

// keptProse reports whether a kept block of prose stands between from and end.
func (t *tree) keptProse(from, end int32) bool {
	for j := from; j < end; {
		if t.nodes[j].drop != keep {
			j = t.subtreeEnd(j)
			continue
		}
		if t.nodes[j].prose() > 0 {
			return true
		}
		j++
	}
	return false
}

// holdsTag reports whether p's subtree holds an element of tag.
func (t *tree) holdsTag(p int32, tag atom.Atom) bool {
	found := false
	t.walk(p, func(j int32) bool {
		found = t.nodes[j].tag == tag
		return !found
	})
	return found
}
