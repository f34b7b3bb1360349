package winnow

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tables in the structured formats: a data table becomes a table of the model, a table
// used for layout the blocks in its cells. Options.NoTables leaves data tables out of
// every format, the text included.

// table adds a <table>: a data table as a table, a layout table as the blocks in its
// cells.
func (b *builder) table(parent *block, i int32) {
	rows := b.t.tableRows(i)
	if !b.t.isDataTable(i, rows) {
		b.blocks(parent, i)
		return
	}
	tm := &tableModel{}
	b.children(i, func(c int32) {
		if b.t.nodes[c].tag == atom.Caption {
			tm.caption = b.inlineOf(c)
		}
	}, func(*html.Node) {})
	for k, r := range rows {
		var row []cell
		allTH := true
		b.children(r, func(c int32) {
			cn := &b.t.nodes[c]
			if cn.tag != atom.Td && cn.tag != atom.Th {
				return
			}
			allTH = allTH && cn.tag == atom.Th
			b.inCell++
			inl := b.inlineOf(c)
			b.inCell--
			row = append(row, cell{inl: inl, header: cn.tag == atom.Th,
				colspan: span(cn.n, "colspan"), rowspan: span(cn.n, "rowspan")})
		}, func(*html.Node) {})
		if k == 0 {
			tm.head = allTH || b.t.nodes[b.t.nodes[r].parent].tag == atom.Thead
		}
		tm.rows = append(tm.rows, row)
	}
	add(parent, &block{kind: bkTable, table: tm})
}

// span reads a colspan or rowspan: at least 1, at most maxSpan.
func span(n *html.Node, key string) int {
	v, err := strconv.Atoi(strings.TrimSpace(attr(n, key)))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, maxSpan)
}

// tableRows returns the kept rows of table i: its own <tr>s and those of its <thead>,
// <tbody> and <tfoot>, in document order.
func (t *tree) tableRows(i int32) []int32 {
	var rows []int32
	for c := t.nodes[i].first; c != none; c = t.nodes[c].next {
		n := &t.nodes[c]
		if n.drop != keep {
			continue
		}
		switch n.tag {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for r := n.first; r != none; r = t.nodes[r].next {
				if t.nodes[r].tag == atom.Tr && t.nodes[r].drop == keep {
					rows = append(rows, r)
				}
			}
		}
	}
	return rows
}

// isDataTable tells a table of data from a table used for layout: a data table has at
// least two rows (or one header row) and two columns, and cells that hold data, not the
// page's columns: no code, quotes or tables in them, no heading with more text beside
// it in its cell (a heading alone in a cell is a cell's title, as in
// "<th><h3>Specs</h3></th>"), and no long text unless a header row names the columns (a
// table of lectures whose cells hold lists of readings is still data) or a header
// column names the rows (a product's details, one "<th>Name</th><td>value</td>" per
// row, one value a long one).
func (t *tree) isDataTable(i int32, rows []int32) bool {
	switch strings.ToLower(attr(t.nodes[i].n, "role")) {
	case "presentation", "none":
		return false
	}
	if len(rows) == 0 || len(rows) == 1 && !t.headerRow(rows[0]) {
		// One row is a table's header (its body filled in by a script), or a row of
		// layout.
		return false
	}
	cols, long := 0, false
	for _, r := range rows {
		n := 0
		for c := t.nodes[r].first; c != none; c = t.nodes[c].next {
			if tag := t.nodes[c].tag; tag == atom.Td || tag == atom.Th {
				n++
				long = long || t.nodes[c].units > maxLayoutCellUnits
			}
		}
		cols = max(cols, n)
	}
	if cols < 2 || long && !(len(rows) >= minHeadedRows && (t.headerRow(rows[0]) || t.headerColumn(rows))) {
		return false
	}
	data := true
	t.walk(i, func(j int32) bool {
		n := &t.nodes[j]
		if j != i && n.drop == keep {
			switch n.tag {
			case atom.Table, atom.Pre, atom.Blockquote:
				data = false
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				data = t.aloneInCell(j)
			}
		}
		return data
	})
	return data
}

// minHeadedRows is the number of rows (the header row among them) from which a table
// whose first row names its columns is data even with long cells: a layout table has
// no header row, and a header over one row of content is more often a page's frame.
const minHeadedRows = 3

// headerRow reports whether row r names the columns: it is in a <thead>, or all its
// cells are <th>.
func (t *tree) headerRow(r int32) bool {
	if p := t.nodes[r].parent; p != none && t.nodes[p].tag == atom.Thead {
		return true
	}
	cells := 0
	for c := t.nodes[r].first; c != none; c = t.nodes[c].next {
		switch t.nodes[c].tag {
		case atom.Th:
			cells++
		case atom.Td:
			return false
		}
	}
	return cells > 0
}

// headerColumn reports whether the first cell of every row is a <th> beside <td>s:
// the table names its rows. A layout table's columns are <td>s.
func (t *tree) headerColumn(rows []int32) bool {
	for _, r := range rows {
		first, td := atom.Atom(0), false
		for c := t.nodes[r].first; c != none; c = t.nodes[c].next {
			switch tag := t.nodes[c].tag; tag {
			case atom.Th, atom.Td:
				if first == 0 {
					first = tag
				}
				td = td || tag == atom.Td
			}
		}
		if first != atom.Th || !td {
			return false
		}
	}
	return true
}

// aloneInCell reports whether heading h holds all the text of the table cell it is in.
func (t *tree) aloneInCell(h int32) bool {
	for c := t.nodes[h].parent; c != none; c = t.nodes[c].parent {
		switch t.nodes[c].tag {
		case atom.Td, atom.Th:
			return t.nodes[c].units <= t.nodes[h].units
		case atom.Table:
			return false
		}
	}
	return false
}

// dropDataTables leaves the data tables under roots out of every format (NoTables).
// Layout tables stay: their cells are the page's text.
func (t *tree) dropDataTables(roots []int32) {
	for _, r := range roots {
		t.walk(r, func(j int32) bool {
			if n := &t.nodes[j]; n.tag == atom.Table && n.drop == keep && !t.dropped(j) && t.isDataTable(j, t.tableRows(j)) {
				n.drop = dropByOptions
			}
			return true
		})
	}
}

// dropByOptions is the reason given to blocks the caller's Options leave out. It is the
// tag-cue reason: such a table is left out for its tag.
const dropByOptions = dropCue

// dropped reports whether node i or one of its ancestors is dropped.
func (t *tree) dropped(i int32) bool {
	for ; i != none; i = t.nodes[i].parent {
		if t.nodes[i].drop != keep {
			return true
		}
	}
	return false
}
