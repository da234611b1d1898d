package notice

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"rollout"
)

// readPDF reads a text PDF into the lines the other readers make. On each
// page, the rules drawn (thin filled rectangles and lines) that touch each
// other make a table when they hold two vertical and two horizontal ones: its
// columns lie between the vertical rules, its rows between the horizontal
// ones (and the table's top and bottom, where a page cut a row), and each
// character goes into the cell its middle falls in. A cell without a rule
// above it continues the one above (merged across rows) and gets its text,
// as a rowspan does. A row whose first cell is empty at the top of a page
// continues the last row of the page before (row-joined), once any repeated
// header is passed. Characters outside tables make text lines, by baseline;
// a line that reaches the right edge of the page's text is joined with the
// next when that one starts at the left edge and no list mark (a paragraph
// wrapped); a gap wider than a character and a half between characters is
// written as two spaces, so that a table drawn without rules reads as cells
// separated by spaces. Line numbers count the lines and rows read.
func readPDF(src []byte) (*document, error) {
	f := openPDF(src)
	if f.trailer["Encrypt"] != nil {
		return nil, rollout.E(rollout.EINVALID, "err.notice.pdf-encrypted")
	}
	pages := f.pages()
	if len(pages) == 0 {
		return nil, rollout.E(rollout.EINVALID, "err.notice.pdf-broken")
	}
	doc := &document{format: rollout.FormatPDF}
	lay := &pdfLayout{doc: doc, lastRow: -1}
	unread := 0
	for i, p := range pages {
		pg := f.readPage(p)
		for _, g := range pg.glyphs {
			if g.text == "\ufffd" {
				unread++
			}
		}
		lay.page(i+1, pg)
	}
	if len(doc.lines) == 0 {
		return nil, rollout.E(rollout.EINVALID, "err.notice.pdf-no-text")
	}
	if unread > 0 {
		doc.notes = append(doc.notes, noteDiag(rollout.LevelWarning, "pdf-glyphs-unread", 0, "err.notice.diag.pdf-glyphs-unread", unread))
	}
	doc.notes = append(doc.notes, lay.notes...)
	return doc, nil
}

type pdfLayout struct {
	doc   *document
	no    int
	notes []rollout.Diagnostic
	// the last table row read, and the header of its table, for a row a page cut
	lastRow   int // index in doc.lines, -1 none
	header    []string
	lastTable bool   // the last thing read was a table row
	repeated  bool   // the last row read was the header repeated at the top of a page
	lastOpen  []bool // the last row's cells whose last line reaches the edge
	// the text line being read, for paragraphs wrapped
	prev struct {
		ok          bool
		base, size  float64
		right, edge float64 // where the line ends, and the page's text
		wide        bool    // the page's text is wide enough to wrap lines
	}
}

// pdfItem is a text line or a table row on a page, placed by its top.
type pdfItem struct {
	top   float64
	text  *pdfTextLine
	cells []string
	parts [][]string
	open  []bool // each cell's last line reaches the edge (cellParagraphs)
	table int    // which table of the page; rows only
	first bool
}

type pdfTextLine struct {
	glyphs      []pdfGlyph
	left, right float64
	base, size  float64
}

func (lay *pdfLayout) page(no int, pg *pdfPage) {
	tables := pdfTables(pg.rules)
	var items []pdfItem
	rest := make([]pdfGlyph, 0, len(pg.glyphs))
	inTable := make([][]pdfGlyph, len(tables))
	for _, g := range pg.glyphs {
		cx, cy := g.x+g.w/2, g.y+g.size*0.3
		k := -1
		for i, t := range tables {
			if cx > t.xs[0] && cx < t.xs[len(t.xs)-1] && cy < t.ys[0] && cy > t.ys[len(t.ys)-1] {
				k = i
				break
			}
		}
		if k < 0 {
			rest = append(rest, g)
		} else {
			inTable[k] = append(inTable[k], g)
		}
	}
	for i, t := range tables {
		items = append(items, t.rows(i, inTable[i])...)
	}
	for _, l := range textLines(rest) {
		items = append(items, pdfItem{top: l.base + l.size, text: l})
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].top > items[b].top })
	left := math.Inf(1)
	var rights []float64
	for _, it := range items {
		if it.text != nil {
			left = min(left, it.text.left)
			rights = append(rights, it.text.right)
		}
	}
	right := textEdge(rights)
	firstOnPage := true
	for _, it := range items {
		if it.text != nil {
			lay.text(it.text, left, right, firstOnPage)
		} else {
			lay.row(it, firstOnPage)
		}
		firstOnPage = false
	}
}

// text adds a text line, or joins it to the line before when that one was
// wrapped.
func (lay *pdfLayout) text(l *pdfTextLine, left, right float64, first bool) {
	s := l.String()
	if s == "" || rePageNo.MatchString(s) {
		return
	}
	n := len(lay.doc.lines)
	near := first || lay.prev.base-l.base <= max(l.size, lay.prev.size)*2
	// the line before was wrapped when this line's first character (or word)
	// would not have fitted after it
	wrapped := lay.prev.wide && lay.prev.right+l.firstWidth() > lay.prev.edge+0.5
	cont := lay.prev.ok && wrapped && near && !lay.lastTable && n > 0 && !lay.doc.lines[n-1].isRow() &&
		l.left <= left+l.size*0.5 && !startsList(s)
	if cont {
		last := &lay.doc.lines[n-1]
		last.text = joinSoft(last.text, s)
	} else {
		lay.no++
		lay.doc.lines = append(lay.doc.lines, line{no: lay.no, text: s, gap: first})
	}
	lay.prev.ok, lay.prev.size, lay.prev.base = true, l.size, l.base
	lay.prev.right, lay.prev.edge, lay.prev.wide = l.right, right, right-left >= l.size*10
	lay.lastTable = false
}

// rePageNo is a page number in a header or footer (- 2 -, 第2页, 2/5).
var rePageNo = regexp.MustCompile(`^(?:[-－—–]?\s*[0-9]{1,4}\s*[-－—–]?|第\s*[0-9]{1,4}\s*页(?:\s*[，,]?\s*共\s*[0-9]{1,4}\s*页)?|[0-9]{1,4}\s*/\s*[0-9]{1,4})$`)

// textEdge is the right edge of a page's text: the rightmost end three
// lines share (within 2 points), so that a line overflowing the margin (a
// long web address) does not set it; the rightmost end when none is shared.
func textEdge(rights []float64) float64 {
	sort.Sort(sort.Reverse(sort.Float64Slice(rights)))
	for i := 0; i+2 < len(rights); i++ {
		if rights[i]-rights[i+2] <= 2 {
			return rights[i]
		}
	}
	if len(rights) > 0 {
		return rights[0]
	}
	return math.Inf(-1)
}

func startsList(s string) bool {
	return reSection.MatchString(s) || reSub.MatchString(s) || reList.MatchString(s) || reAnnex.MatchString(s)
}

// row adds a table row, or joins it to the last row when a page cut that row.
func (lay *pdfLayout) row(it pdfItem, firstOnPage bool) {
	lay.prev.ok = false
	if it.first && lay.header != nil && sameCells(it.cells, lay.header) && lay.lastTable {
		// a header repeated at the top of a page: kept (the readers skip it), and the next row may continue
		lay.no++
		lay.doc.lines = append(lay.doc.lines, line{no: lay.no, cells: it.cells, parts: it.parts})
		lay.repeated = true
		return
	}
	repeated := lay.repeated
	lay.repeated = false
	if it.first && !lay.lastTable {
		lay.header = it.cells // a table's first row is its header
	}
	if (it.first || firstOnPage || repeated) && lay.lastTable && lay.lastRow >= 0 && it.cells[0] == "" {
		prev := &lay.doc.lines[lay.lastRow]
		if len(prev.cells) == len(it.cells) {
			for i := range it.cells {
				prev.cells[i] = joinSoft(prev.cells[i], it.cells[i])
				ps := it.parts[i]
				if n := len(prev.parts[i]); n > 0 && len(ps) > 0 && i < len(lay.lastOpen) && lay.lastOpen[i] {
					// the page cut a paragraph of the cell: its halves are one
					prev.parts[i][n-1] = joinSoft(prev.parts[i][n-1], ps[0])
					ps = ps[1:]
				}
				prev.parts[i] = append(prev.parts[i], ps...)
			}
			lay.lastOpen = it.open
			lay.notes = append(lay.notes, noteDiag(rollout.LevelWarning, "row-joined", prev.no, "err.notice.diag.pdf-row-joined", clip(prev.cells[0], 20)))
			return
		}
		lay.notes = append(lay.notes, noteDiag(rollout.LevelWarning, "pdf-row-unread", lay.no+1, "err.notice.diag.pdf-row-unread", clip(prev.cells[0], 20)))
	}
	lay.no++
	lay.doc.lines = append(lay.doc.lines, line{no: lay.no, cells: it.cells, parts: it.parts})
	lay.lastRow = len(lay.doc.lines) - 1
	lay.lastOpen = it.open
	lay.lastTable = true
}

// noteDiag is a diagnostic of reading the file.
func noteDiag(level, code string, no int, key string, args ...any) rollout.Diagnostic {
	return rollout.Diag(level, code, no, key, args...)
}

// textLines groups characters by baseline, top to bottom.
func textLines(gs []pdfGlyph) []*pdfTextLine {
	sort.SliceStable(gs, func(a, b int) bool { return gs[a].y > gs[b].y })
	var out []*pdfTextLine
	for _, g := range gs {
		var l *pdfTextLine
		if n := len(out); n > 0 && math.Abs(out[n-1].base-g.y) <= math.Max(out[n-1].size, g.size)*0.4 {
			l = out[n-1]
		} else {
			l = &pdfTextLine{base: g.y, left: math.Inf(1), right: math.Inf(-1)}
			out = append(out, l)
		}
		l.glyphs = append(l.glyphs, g)
		if strings.TrimSpace(g.text) != "" {
			l.left, l.right = min(l.left, g.x), max(l.right, g.x+g.w)
		}
		l.size = max(l.size, g.size)
	}
	for _, l := range out {
		sort.SliceStable(l.glyphs, func(a, b int) bool { return l.glyphs[a].x < l.glyphs[b].x })
	}
	return out
}

// String is the line's text: a space where characters stand apart, two
// where they stand a column apart.
func (l *pdfTextLine) String() string {
	var b strings.Builder
	end := math.Inf(-1)
	var last rune
	space := false
	for _, g := range l.glyphs {
		if strings.TrimSpace(g.text) == "" {
			space = true
			continue
		}
		gap := g.x - end
		size := max(g.size, 1)
		first := []rune(g.text)[0]
		switch {
		case b.Len() == 0:
		case gap > size*1.5:
			b.WriteString("  ")
		case space || gap > latinGap(last, first)*size && (isLatin(last) || isLatin(first)) || gap > size*0.25 && !unicode.Is(unicode.Han, last):
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(g.text)
		end = max(end, g.x+g.w)
		r := []rune(g.text)
		last = r[len(r)-1]
	}
	return strings.TrimSpace(b.String())
}

// latinGap is the gap, in character sizes, that is a space beside a Latin
// letter or digit: a quarter of a space's width, or, between a digit and a
// Chinese character (2023年), more than the extra room some writers put
// there (LibreOffice's spacing of Asian and Western text).
func latinGap(a, b rune) float64 {
	if unicode.IsDigit(a) && unicode.Is(unicode.Han, b) || unicode.Is(unicode.Han, a) && unicode.IsDigit(b) {
		return 0.3
	}
	return 0.15
}

// pdfTable is the grid of a table's rules: column edges left to right, row
// edges top to bottom, and the horizontal rules (for cells merged across rows).
type pdfTable struct {
	xs, ys []float64
	hs, vs []pdfRule
}

// pdfTables finds the tables among a page's rules: rules that touch each
// other, with at least two vertical and two horizontal ones.
func pdfTables(rules []pdfRule) []pdfTable {
	if len(rules) > 3000 {
		rules = rules[:3000]
	}
	parent := make([]int, len(rules))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	const tol = 2.0
	for i, a := range rules {
		for j := i + 1; j < len(rules); j++ {
			b := rules[j]
			if a.x0 <= b.x1+tol && b.x0 <= a.x1+tol && a.y0 <= b.y1+tol && b.y0 <= a.y1+tol {
				parent[find(i)] = find(j)
			}
		}
	}
	groups := map[int][]pdfRule{}
	var order []int
	for i, r := range rules {
		k := find(i)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	var out []pdfTable
	for _, k := range order {
		var xs, ys []float64
		var hs, vs []pdfRule
		top, bottom := math.Inf(-1), math.Inf(1)
		for _, r := range groups[k] {
			top, bottom = max(top, r.y1), min(bottom, r.y0)
			if r.vertical() {
				xs = append(xs, (r.x0+r.x1)/2)
				vs = append(vs, r)
			} else {
				ys = append(ys, (r.y0+r.y1)/2)
				hs = append(hs, r)
			}
		}
		xs = cluster(xs)
		ys = cluster(append(ys, top, bottom))
		if len(xs) < 3 || len(ys) < 2 { // two columns at least
			continue
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(ys)))
		out = append(out, pdfTable{xs: xs, ys: ys, hs: hs, vs: vs})
	}
	return out
}

// cluster sorts values and merges those within 2 points of each other.
func cluster(v []float64) []float64 {
	sort.Float64s(v)
	var out []float64
	for _, x := range v {
		if n := len(out); n > 0 && x-out[n-1] <= 2 {
			continue
		}
		out = append(out, x)
	}
	return out
}

// rows places the characters in the table's cells and returns its rows,
// top to bottom, empty rows left out.
func (t pdfTable) rows(table int, gs []pdfGlyph) []pdfItem {
	nr, nc := len(t.ys)-1, len(t.xs)-1
	cells := make([][][]pdfGlyph, nr)
	for i := range cells {
		cells[i] = make([][]pdfGlyph, nc)
	}
	for _, g := range gs {
		cx, cy := g.x+g.w/2, g.y+g.size*0.3
		c := sort.SearchFloat64s(t.xs, cx) - 1
		r := 0
		for r < nr-1 && cy < t.ys[r+1] {
			r++
		}
		if c >= 0 && c < nc {
			cells[r][c] = append(cells[r][c], g)
		}
	}
	// a cell with no rule on its left continues the cell there (merged
	// across columns): its characters go to the first cell of the span
	for r := range nr {
		y := (t.ys[r] + t.ys[r+1]) / 2
		for c := 1; c < nc; c++ {
			if !t.ruledV(c, y) {
				k := c - 1
				for k > 0 && !t.ruledV(k, y) {
					k--
				}
				cells[r][k] = append(cells[r][k], cells[r][c]...)
				cells[r][c] = nil
			}
		}
	}
	// a band with no rule above a cell continues the cell above
	ruled := func(r, c int) bool {
		y, x := t.ys[r], (t.xs[c]+t.xs[c+1])/2
		for _, h := range t.hs {
			if math.Abs((h.y0+h.y1)/2-y) <= 2 && h.x0 <= x && x <= h.x1 {
				return true
			}
		}
		return false
	}
	text := make([][]string, nr)
	parts := make([][][]string, nr)
	open := make([][]bool, nr)
	for r := range text {
		text[r] = make([]string, nc)
		parts[r] = make([][]string, nc)
		open[r] = make([]bool, nc)
		for c := range nc {
			if len(cells[r][c]) == 0 {
				continue
			}
			end := c + 1
			for end < nc && len(cells[r][end]) == 0 && !t.ruledV(end, (t.ys[r]+t.ys[r+1])/2) {
				end++
			}
			parts[r][c], open[r][c] = cellParagraphs(textLines(cells[r][c]), t.xs[c], t.xs[end])
			for _, p := range parts[r][c] {
				text[r][c] = joinSoft(text[r][c], p)
			}
		}
	}
	for c := range nc {
		for r := 0; r < nr; {
			end := r + 1
			for end < nr && !ruled(end, c) {
				end++
			}
			if end-r > 1 { // merged: every row of it gets all its text
				var all string
				var ps []string
				for k := r; k < end; k++ {
					all = joinSoft(all, text[k][c])
					more := parts[k][c]
					if n := len(ps); n > 0 && len(more) > 0 && open[k-1][c] {
						// a paragraph of the merged cell going on across the band
						ps = append(ps[:n-1:n-1], joinSoft(ps[n-1], more[0]))
						more = more[1:]
					}
					ps = append(ps, more...)
				}
				for k := r; k < end; k++ {
					if nonEmptyRow(text[k]) {
						text[k][c], parts[k][c] = all, ps
					}
				}
			}
			r = end
		}
	}
	var out []pdfItem
	first := true
	for r := range nr {
		if !nonEmptyRow(text[r]) {
			continue
		}
		out = append(out, pdfItem{top: t.ys[r], cells: text[r], parts: parts[r], open: open[r], table: table, first: first})
		first = false
	}
	return out
}

// cellParagraphs joins the lines of a cell from left to right into its
// paragraphs: a line after which the next line's first character (or Latin
// word) would not have fitted within the cell, less the padding its left
// edge shows, was wrapped; one that ends short was broken (a paragraph or a
// line break of the cell, as between the units of a list).
//
// open reports that the cell's last line reaches as far as a line that
// wraps (within a character of the edge): cut by a page there, the cell's
// text goes on in the same paragraph on the next page.
func cellParagraphs(lines []*pdfTextLine, left, right float64) (paras []string, open bool) {
	pad := math.Inf(1)
	for _, l := range lines {
		pad = min(pad, l.left-left)
	}
	pad = max(pad, 0)
	var out []string
	wrapped := false
	for i, l := range lines {
		s := l.String()
		if s == "" {
			continue
		}
		if wrapped && len(out) > 0 {
			out[len(out)-1] = joinSoft(out[len(out)-1], s)
		} else {
			out = append(out, s)
		}
		wrapped = i+1 < len(lines) && l.right+lines[i+1].firstWidth() > right-pad-0.3*l.size
		open = l.right+l.size > right-pad-0.3*l.size
	}
	return out, open
}

// firstWidth is how wide the line's first character is, or its first Latin
// word, with a closing mark that may not start a line (、。，）” …).
func (l *pdfTextLine) firstWidth() float64 {
	w := 0.0
	for i, g := range l.glyphs {
		r := []rune(g.text)[0]
		switch {
		case i == 0:
		case isLatin(r) && isLatin([]rune(l.glyphs[i-1].text)[0]):
		case strings.ContainsRune("、。，；：！？）》”’」』】", r) && i == 1:
		case i == 1 && strings.ContainsRune("“‘（《「『【(", []rune(l.glyphs[0].text)[0]):
		default:
			return w
		}
		w += g.w
	}
	return w
}

// ruledV reports a vertical rule at column edge c across height y.
func (t pdfTable) ruledV(c int, y float64) bool {
	x := t.xs[c]
	for _, v := range t.vs {
		if math.Abs((v.x0+v.x1)/2-x) <= 2 && v.y0-1 <= y && y <= v.y1+1 {
			return true
		}
	}
	return false
}

func nonEmptyRow(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return true
		}
	}
	return false
}
