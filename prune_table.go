package winnow

import "golang.org/x/net/html/atom"

// dataTableMarks are the elements that only a table of data carries: header cells, a
// header row group, a caption.
var dataTableMarks = map[atom.Atom]bool{atom.Th: true, atom.Thead: true, atom.Caption: true}

// gridDataTable reports whether table i is a table of data, read as one piece when the
// article is pruned: a row whose cells link to what they name (a film's title, a
// country) is data, not a menu. Besides passing isDataTable, the table says so with
// header cells or a caption, or by its grid: every row has the same number of cells.
// Layout tables (an old forum's posts and navigation bar) are made of plain cells in
// rows of uneven width: a one-cell date bar over a two-cell post.
func (t *tree) gridDataTable(i int32) bool {
	rows := t.tableRows(i)
	if !t.isDataTable(i, rows) {
		return false
	}
	width := -1
	grid := true
	for _, r := range rows {
		n := 0
		for c := t.nodes[r].first; c != none; c = t.nodes[c].next {
			if tag := t.nodes[c].tag; tag == atom.Td || tag == atom.Th {
				n++
			}
			if dataTableMarks[t.nodes[c].tag] {
				return true
			}
		}
		if width >= 0 && n != width {
			grid = false
		}
		width = n
	}
	if grid {
		return true
	}
	marked := false
	t.walk(i, func(j int32) bool {
		marked = dataTableMarks[t.nodes[j].tag]
		return !marked
	})
	return marked
}

// dataTableLinks is the link density up to which a table of data is kept whole: an
// infobox or a list of films links most of its names, but still holds figures and
// words of its own; a table made of links alone is a menu laid out as a grid.
const dataTableLinks = 0.8
