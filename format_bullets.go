package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists typed as text: a page that writes a list without list markup, each item a line
// opening with a bullet glyph ("<p>• Water bottle<br>• Towel</p>", or one <p> per
// item), shows its reader a list, and the formats write one, the glyphs left to the
// list's markers. The text output keeps the lines as the page typed them.

// bulletGlyphs are the marks that open the lines of a list typed as text: bullets,
// squares, triangles and check marks. Dashes are not among them: a line opening with
// one is as often a line of dialogue or an aside as an item.
const bulletGlyphs = "•●▪◦‣⁃∙■►▸➤✓✔"

// minBulletItems is the fewest items, in a row, that make a typed list: one line
// opening with a bullet is a paragraph that happens to.
const minBulletItems = 2

// typedLines is a paragraph cut around its bullet lines: the inline content before the
// first and after the last, and the items from the first to the last, each a bullet
// line with the lines after it that open with none (a long item the page broke).
type typedLines struct {
	pre, post []inline
	items     [][]inline
}

// bulletLists turns the typed lists among k's blocks, and among those of the blocks it
// holds, into lists of the model.
func bulletLists(k *block) {
	for _, c := range k.kids {
		if c.kind != bkPara {
			bulletLists(c)
		}
	}
	var out []*block
	changed := false
	for i := 0; i < len(k.kids); {
		// A chain: paragraphs whose items follow each other, nothing between them.
		j, n := i, 0
		var chain []typedLines
		for j < len(k.kids) && k.kids[j].kind == bkPara {
			tl := cutTyped(k.kids[j])
			if len(tl.items) == 0 || len(chain) > 0 && (len(chain[len(chain)-1].post) > 0 || len(tl.pre) > 0) {
				break
			}
			chain = append(chain, tl)
			n += len(tl.items)
			j++
			if len(tl.post) > 0 {
				break
			}
		}
		if n < minBulletItems {
			out = append(out, k.kids[i])
			i++
			continue
		}
		changed = true
		if len(chain[0].pre) > 0 {
			out = append(out, &block{kind: bkPara, inl: chain[0].pre})
		}
		list := &block{kind: bkList, level: 1}
		for _, tl := range chain {
			for _, inl := range tl.items {
				item := &block{kind: bkItem}
				add(item, &block{kind: bkPara, inl: inl})
				add(list, item)
			}
		}
		out = append(out, list)
		if last := chain[len(chain)-1]; len(last.post) > 0 {
			out = append(out, &block{kind: bkPara, inl: last.post})
		}
		i = j
	}
	if changed {
		k.kids = out
	}
}

// cutTyped cuts paragraph p around its bullet lines. Only breaks outside emphasis and
// links cut it: a line that emphasis runs across is no item, since its lines cannot be
// items of their own.
func cutTyped(p *block) typedLines {
	var tl typedLines
	if !opensLineWithBullet(p.inl) {
		return tl // most paragraphs: nothing to cut, nothing allocated
	}
	var lines [][]inline
	depth, start := 0, 0
	for i, q := range p.inl {
		switch {
		case isOpener(q.kind):
			depth++
		case isCloser(q.kind):
			depth--
		case q.kind == ikBreak && depth == 0:
			lines = append(lines, p.inl[start:i])
			start = i + 1
		}
	}
	lines = append(lines, p.inl[start:])
	first := -1
	for k, l := range lines {
		if isBulletLine(l) {
			first = k
			break
		}
	}
	if first < 0 {
		return tl
	}
	// The items run from the first bullet line to the last one before more than
	// maxItemBreaks lines with no bullet, or before an empty line ("<br><br>") that
	// no bullet line follows.
	last, plain := first, 0
	for k := first + 1; k < len(lines); k++ {
		if len(lines[k]) == 0 {
			if k+1 < len(lines) && (len(lines[k+1]) == 0 || isBulletLine(lines[k+1])) {
				continue
			}
			break
		}
		if isBulletLine(lines[k]) {
			last, plain = k, 0
		} else if plain++; plain > maxItemBreaks {
			break
		}
	}
	tl.pre = joinLines(lines[:first])
	tl.post = joinLines(lines[last+1:])
	var item []inline
	for _, l := range lines[first : last+1] {
		if isBulletLine(l) {
			if item = trimInline(item); len(item) > 0 {
				tl.items = append(tl.items, item)
			}
			item = dropBullet(l)
			continue
		}
		if len(l) > 0 {
			item = append(append(item, inline{kind: ikBreak}), l...)
		}
	}
	if item = trimInline(item); len(item) > 0 {
		tl.items = append(tl.items, item)
	}
	return tl
}

// maxItemBreaks is the most lines without a bullet that an item of a typed list goes
// on over: a long item the page broke ("• Versions with a data logger,<br>Ethernet and
// relay outputs<br>• Tariff input"), or sub-items typed with dashes. More lines are
// text of their own, between two typed lists or after one.
const maxItemBreaks = 2

// isBulletLine reports whether a line opens with a bullet glyph and holds no break.
func isBulletLine(l []inline) bool { return opensWithBullet(l) && !hasBreak(l) }

// joinLines joins lines with breaks again, into new inline content.
func joinLines(lines [][]inline) []inline {
	var inl []inline
	for k, l := range lines {
		if k > 0 {
			inl = append(inl, inline{kind: ikBreak})
		}
		inl = append(inl, l...)
	}
	return trimInline(inl)
}

// hasBreak reports whether inline content holds a line break.
func hasBreak(inl []inline) bool {
	for _, p := range inl {
		if p.kind == ikBreak {
			return true
		}
	}
	return false
}

// opensLineWithBullet reports whether a line of inline content opens with a bullet glyph.
func opensLineWithBullet(inl []inline) bool {
	for i := range inl {
		if (i == 0 || inl[i-1].kind == ikBreak) && opensWithBullet(inl[i:]) {
			return true
		}
	}
	return false
}

// opensWithBullet reports whether inline content opens with a bullet glyph, after
// emphasis marks that may hold it.
func opensWithBullet(inl []inline) bool {
	for _, p := range inl {
		switch p.kind {
		case ikEm, ikStrong:
			continue
		case ikText:
			r, _ := utf8.DecodeRuneInString(p.s)
			return strings.ContainsRune(bulletGlyphs, r)
		}
		return false
	}
	return false
}

// dropBullet returns a line without its opening bullet glyph and the spaces after it.
func dropBullet(inl []inline) []inline {
	out := append([]inline(nil), inl...)
	for i, p := range out {
		if p.kind != ikText {
			continue
		}
		_, size := utf8.DecodeRuneInString(p.s)
		out[i].s = strings.TrimLeftFunc(p.s[size:], unicode.IsSpace)
		break
	}
	return out
}
