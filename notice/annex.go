package notice

import (
	"strings"

	"rollout"
)

// row is a row of the annex table being read.
type row struct {
	no    int
	cells []string
}

// readAnnex reads the rows below the header row into Notice.Items. Blank lines
// between rows (page breaks) are skipped; a row cut short by a page break and
// continued on the next line is joined back (row-joined); text that is no row
// is reported (annex-text).
func (b *builder) readAnnex(header int, cols [5]int, ncols int) {
	seen := map[int]bool{}
	last := 0
	var pending *row
	finish := func() {
		if pending != nil {
			b.readRow(*pending, cols, ncols, seen, &last)
			pending = nil
		}
	}
	for i := header + 1; i < len(b.lines); i++ {
		l := b.lines[i]
		b.use(i, i)
		short := pending != nil && len(pending.cells) < ncols
		switch {
		case l.isRow() && sameCells(l.cells, b.lines[header].cells):
			finish()
			b.diag(rollout.LevelInfo, "header-repeated", l.no, "err.notice.diag.header-repeated")
		case l.isRow() && short && !isSeq(l.cells[0]):
			b.diag(rollout.LevelWarning, "row-joined", l.no, "err.notice.diag.row-joined", pending.cells[0])
			k := len(pending.cells) - 1
			pending.cells[k] = joinSoft(pending.cells[k], l.cells[0])
			pending.cells = append(pending.cells, l.cells[1:]...)
		case l.isRow():
			finish()
			pending = &row{no: l.no, cells: append([]string(nil), l.cells...)}
		case short:
			b.diag(rollout.LevelWarning, "row-joined", l.no, "err.notice.diag.row-joined-2", pending.cells[0])
			k := len(pending.cells) - 1
			pending.cells[k] = joinSoft(pending.cells[k], l.text)
		default:
			finish()
			b.diag(rollout.LevelInfo, "annex-text", l.no, "err.notice.diag.annex-text", clip(l.text, 30))
		}
	}
	finish()
}

func sameCells(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isSeq(s string) bool {
	v, ok := parseSeq(s)
	return ok && v > 0
}

// parseSeq reads a 序号: 1, １, 1. or 1、 (Chinese numerals are accepted too).
func parseSeq(s string) (int, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ".．、")
	return parseNumber(s)
}

// readRow checks one row and adds its item. A row that cannot be used (wrong
// number of cells, no valid or a repeated 序号, no name) is left out with an
// error diagnostic; other flaws are warnings and the item is kept.
func (b *builder) readRow(r row, cols [5]int, ncols int, seen map[int]bool, last *int) {
	cells := r.cells
	for len(cells) > ncols && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1] // trailing tabs
	}
	if len(cells) != ncols {
		b.diag(rollout.LevelError, "row-cells", r.no, "err.notice.diag.row-cells",
			len(cells), ncols, clip(strings.Join(cells, " | "), 40))
		return
	}
	get := func(k int) string {
		if cols[k] < 0 {
			return ""
		}
		return cells[cols[k]]
	}
	seq, ok := parseSeq(get(colSeq))
	switch {
	case !ok || seq <= 0:
		b.diag(rollout.LevelError, "seq-invalid", r.no, "err.notice.diag.seq-invalid", get(colSeq), clip(get(colName), 30))
		return
	case seen[seq]:
		b.diag(rollout.LevelError, "seq-duplicate", r.no, "err.notice.diag.seq-duplicate", seq, clip(get(colName), 30))
		return
	case get(colName) == "":
		b.diag(rollout.LevelError, "cell-empty", r.no, "err.notice.diag.cell-empty", seq)
		return
	}
	seen[seq] = true
	if seq != *last+1 {
		b.diag(rollout.LevelWarning, "seq-order", r.no, "err.notice.diag.seq-order", *last, seq)
	}
	*last = seq
	for _, k := range []int{colContent, colResponsible, colScope} {
		if get(k) == "" && cols[k] >= 0 {
			b.diag(rollout.LevelWarning, "cell-empty", r.no, "err.notice.diag.cell-empty-2", seq, get(colName), columns[k])
		}
	}
	it := rollout.Item{
		Seq:         seq,
		Name:        get(colName),
		Content:     get(colContent),
		Responsible: b.splitUnits(get(colResponsible), seq, r.no),
		Scope:       get(colScope),
	}
	switch it.Scope {
	case "", rollout.ScopeNationwide, rollout.ScopeFTZ, rollout.ScopeCoastal:
	default:
		b.diag(rollout.LevelInfo, "scope-other", r.no, "err.notice.diag.scope-other", seq, it.Scope)
	}
	b.n.Items = append(b.n.Items, it)
	b.rowNo = append(b.rowNo, r.no)
}

// Separators other than 、 met in 负责单位 cells.
const oddSeparators = "，,；;/／|｜ \t　"

// splitUnits splits a 负责单位 cell on 、, the first unit leading. Other
// separators (，；/ and spaces) are split on too and reported.
func (b *builder) splitUnits(cell string, seq, no int) []string {
	if cell == "" {
		return nil
	}
	odd := strings.ContainsAny(cell, oddSeparators)
	parts := strings.FieldsFunc(cell, func(r rune) bool {
		return r == '、' || strings.ContainsRune(oddSeparators, r)
	})
	if odd || len(parts) != strings.Count(cell, "、")+1 {
		b.diag(rollout.LevelWarning, "responsible-separator", no, "err.notice.diag.responsible-separator", seq, cell, strings.Join(parts, "、"))
	}
	return parts
}
