package winnow

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Post headers: on a forum thread every post opens with a line of its own, the
// poster's name and the time of the post ("raoul May 3, 2024, 8:45am", "Posted
// March 19, 2024"). On a story such a line is the byline, metadata the article
// fields carry; on a thread it tells whose words follow and when, and a reader who
// copies the thread copies it with them.

// postHeaderMinDates: a discussion's chosen text holds at least this many date lines
// when they head its posts. A single one is the page's own date line (a product page
// under a "community" path, an announcement with no reply yet), which stays metadata.
const postHeaderMinDates = 2

// postHeader reports whether block i, a short line the date rules would drop, heads a
// post of a discussion: the page is one, and its chosen text holds date lines enough
// for several posts (see postHeaderMinDates).
func (t *tree) postHeader(i int32) bool {
	if !t.keepComments && !t.discussion {
		return false
	}
	if t.postDates == 0 {
		t.postDates = 1 + t.countDatelines()
	}
	return t.postDates-1 >= postHeaderMinDates
}

// Engine lines: the line that comes back most often, word for word (figures aside), at
// the foot of a thread's posts ("Offline", "Reply With Quote 0", "Report
// inappropriate content") is the engine's, a status or a button: posters do not all
// end on the same line. Post cards (see dropPostCards) ask for a card around a
// repeated line, as a short reply can be said again by a few posters; the line most
// repeated, in more posts than engineLineMinRepeats, after all of its post's words,
// needs none. A line before words ("Hi", "Output:" over a program's output) is the
// poster's.

// engineLineMinRepeats: an engine's line comes back at least this many times; a few
// posters can say the same short thing ("+1", "Thanks!") three times.
const engineLineMinRepeats = 5

// engineLine reports whether block i, a short line of a discussion that comes back n
// times where the most repeated line comes back most times, is an engine's line. A
// date line ("Posted March 5, 2024") heads every post too, and is kept (see
// postHeader).
func (t *tree) engineLine(i, n, most int32) bool {
	return n >= engineLineMinRepeats && n == most && t.endsPost(i) && !isDateline(t.inlineText(i))
}

// endsPost reports whether block i comes after all of its post's words: no prose and
// no code follows it inside the smallest block around it that holds prose (the post).
func (t *tree) endsPost(i int32) bool {
	for p := i; t.nodes[p].parent != none; p = t.nodes[p].parent {
		for s := t.nodes[p].next; s != none; s = t.nodes[s].next {
			if t.holdsProse(s) || t.holdsCode(s) {
				return false
			}
		}
		if t.holdsProse(t.nodes[p].parent) {
			return true
		}
	}
	return false
}

// holdsCode reports whether p's subtree holds a code block or a code span.
func (t *tree) holdsCode(p int32) bool {
	found := false
	t.walk(p, func(j int32) bool {
		found = isCode(t.nodes[j].tag)
		return !found
	})
	return found
}

// countDatelines counts the blocks in the chosen roots that read as date lines, as
// judge tests them, without looking inside one.
func (t *tree) countDatelines() int32 {
	var n int32
	for _, r := range t.roots {
		end := t.subtreeEnd(r)
		for j := r; j < end; j++ {
			b := &t.nodes[j]
			if b.text || b.units > datelineMaxUnits || b.ownUnits == 0 {
				continue
			}
			if isDateline(t.inlineText(j)) {
				n++
				j = t.subtreeEnd(j) - 1
			}
		}
	}
	return n
}

// Posts as cards: a post opens with the poster's avatar, a picture inside a link to the
// profile, which makes it look like a teaser card (see isCard) when it is short. On a
// discussion, a card that holds a reply's prose is a post, not a teaser of another
// page; the thread list under it ("Similar threads") holds titles and figures.

// postCard reports whether card c is a post of a discussion: the page is one and the
// card holds prose (see holdsProse).
func (t *tree) postCard(c int32) bool {
	return (t.keepComments || t.discussion) && t.holdsProse(c)
}

// Posters' names: a post is signed by its poster's name, a link to the poster's profile,
// in a panel beside or over the words that holds the poster's rank and figures too
// ("ColdJ Members 4.7k posts 11.4k Reputation", "jahboater Posts: 9179 Joined: …").
// The panel is boilerplate, dropped by its class or its links; the name is not: on a
// thread it says who speaks, and readers quote it with the post. Forum engines file
// their members under a few paths (Discourse /u/, XenForo /members/, phpBB
// memberlist.php, Stack Exchange /users/, IPS /profile/), which tell a poster's name
// from a link to another page.

// posterPanelMaxUnits bounds a poster's panel: the name, a rank, a few figures, the
// dates of joining and of the post.
const posterPanelMaxUnits = cardMaxUnits

// posterNameMinUnits: a profile link with less text is an avatar's initial ("S"), not
// the name.
const posterNameMinUnits = 2

// profilePathWords are the path segments (lower case) under which forum engines and
// community sites file their members' profiles, in the languages their engines ship.
var profilePathWords = map[string]bool{
	"u": true, "user": true, "users": true, "member": true, "members": true,
	"profile": true, "profiles": true, "member.php": true, "memberlist.php": true,
	"membres": true, "membre": true, "mitglieder": true, "benutzer": true, "utenti": true,
	"utente": true, "usuarios": true, "usuario": true, "gebruikers": true, "uzytkownicy": true,
	"space": true,
}

// keepPosterNames gives back, on a discussion, the poster's name out of each post's
// panel that pruning dropped (see posterName): the panel's other lines stay dropped. A
// name said again before any prose (a second panel of the same post) is left out.
func (t *tree) keepPosterNames(roots []int32) {
	if !t.keepComments && !t.discussion {
		return
	}
	last, prose := "", false
	for _, r := range roots {
		end := t.subtreeEnd(r)
		for j := r; j < end; {
			b := &t.nodes[j]
			if b.drop == keep {
				if b.prose() > 0 {
					prose = true
				}
				j++
				continue
			}
			var keeps []int32
			if name := t.posterName(j); name != none {
				if text := t.lowerText(name); text != last || prose {
					keeps = append(keeps, name)
					last, prose = text, false
				}
			}
			if when := t.postTime(j); when != none {
				keeps = append(keeps, when)
			}
			if len(keeps) > 0 {
				t.keepOnly(j, keeps...)
			}
			j = t.subtreeEnd(j)
		}
	}
}

// posterName returns the link in dropped block i that names a post's poster, or none:
// i is small (see posterPanelMaxUnits), dropped for its class or its links, and the
// links in it that lead to a profile (see profileLink) lead to one member; the first
// with text is the name (an avatar's link before it holds a picture or an initial, a
// menu's "View Profile" after it).
func (t *tree) posterName(i int32) int32 {
	b := &t.nodes[i]
	if b.text || b.tag == atom.Li || b.units > posterPanelMaxUnits || b.drop != dropCue && b.drop != dropLinkDense {
		// An item of a list of members ("liked by", "who's here") names no poster.
		return none
	}
	name, href := none, ""
	t.walk(i, func(j int32) bool {
		n := t.nodes[j].n
		if t.nodes[j].tag != atom.A || n.Type != html.ElementNode {
			return true
		}
		h := strings.TrimSpace(attr(n, "href"))
		if !profileLink(h) {
			return true
		}
		if href != "" && h != href {
			name = none // a list of members, not one poster's panel
			return false
		}
		href = h
		if name == none && t.nodes[j].units >= posterNameMinUnits {
			name = j
		}
		return true
	})
	return name
}

// keepOnly keeps, inside dropped block i, the elements ks and what they hold: the
// blocks on the way from i down to each are kept, and their other children dropped as
// i was.
func (t *tree) keepOnly(i int32, ks ...int32) {
	reason := t.nodes[i].drop
	for _, k := range ks {
		for p := k; p != i; p = t.nodes[p].parent {
			for c := t.nodes[t.nodes[p].parent].first; c != none; c = t.nodes[c].next {
				t.nodes[c].drop = reason
			}
		}
	}
	for _, k := range ks {
		for p := k; p != none; p = t.nodes[p].parent {
			t.nodes[p].drop = keep
			if p == i {
				break
			}
		}
	}
}

// postTime returns the <time> element in dropped block i that dates a post, or none:
// i is small (see posterPanelMaxUnits), the discussion's posts are headed by date
// lines (see postHeader), and the time stands outside a description list (a panel's
// "Joined <time>" is the poster's, not the post's).
func (t *tree) postTime(i int32) int32 {
	b := &t.nodes[i]
	if b.text || b.units > posterPanelMaxUnits || b.drop != dropCue && b.drop != dropLinkDense || !t.postHeader(i) {
		return none
	}
	found := none
	t.walk(i, func(j int32) bool {
		if n := &t.nodes[j]; n.tag == atom.Time && n.units > 0 && !t.inDescription(j, i) {
			found = j
		}
		return found == none
	})
	return found
}

// inDescription reports whether j stands in a description list inside block i.
func (t *tree) inDescription(j, i int32) bool {
	for p := j; p != i && p != none; p = t.nodes[p].parent {
		if tag := t.nodes[p].tag; tag == atom.Dl || tag == atom.Dd || tag == atom.Dt {
			return true
		}
	}
	return false
}

// profileLink reports whether href leads to a member's profile: a segment of its path
// names the members (see profilePathWords) and is followed by the member's name or
// number or a query, or the query asks for a profile ("?mode=viewprofile").
func profileLink(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for k, s := range segs {
		if !profilePathWords[strings.ToLower(s)] {
			continue
		}
		if k+1 < len(segs) && segs[k+1] != "" || u.RawQuery != "" {
			return true
		}
	}
	return strings.Contains(strings.ToLower(u.RawQuery), "viewprofile")
}
