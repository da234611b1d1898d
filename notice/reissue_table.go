package notice

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"rollout"
)

// colKind is what a column of a division table holds.
type colKind int

const (
	rcOther colKind = iota // read into Notes with its header
	rcSeq
	rcItem
	rcMeasures
	rcLead
	rcCo
	rcDeadline
	rcDeliverable
	rcContact
	rcRemark // 备注: read into Notes as it is
)

// headerWords recognise a column by the words of its header, first match
// first (联系人及电话 is a contact, 责任处室 no unit, 改革事项 an item).
var headerWords = []struct {
	kind  colKind
	words []string
}{
	{rcSeq, []string{"序号", "编号"}},
	{rcContact, []string{"联系人", "联系电话", "联系方式"}},
	{rcRemark, []string{"备注"}},
	{rcOther, []string{"处室"}},
	{rcLead, []string{"牵头", "负责单位", "主责单位", "主办单位"}},
	{rcCo, []string{"配合", "责任单位", "责任部门", "参与单位", "协办单位"}},
	{rcDeadline, []string{"时限", "完成时间", "时间", "期限"}},
	{rcDeliverable, []string{"成果"}},
	{rcMeasures, []string{"措施", "主要内容", "工作内容", "具体内容", "举措"}},
	{rcItem, []string{"事项", "任务", "名称"}},
}

// headerLevel tells the level a header speaks for: 省牵头单位 1, 市牵头单位 2,
// 区（县）牵头单位 3; 0 when it names none.
func headerLevel(key string) int {
	for _, p := range []struct {
		prefix string
		level  int
	}{{"我省", 1}, {"省级", 1}, {"省", 1}, {"我市", 2}, {"市级", 2}, {"市", 2},
		{"我区", 3}, {"我县", 3}, {"县级", 3}, {"区级", 3}, {"县", 3}, {"区", 3}} {
		if strings.HasPrefix(key, p.prefix) {
			return p.level
		}
	}
	return 0
}

func classifyHeader(key string) (colKind, bool) {
	if key == "序" {
		return rcSeq, true
	}
	for _, h := range headerWords {
		for _, w := range h.words {
			if strings.Contains(key, w) {
				return h.kind, true
			}
		}
	}
	return rcOther, false
}

// layout is a division table's header read into columns: the index of the
// column read into each field (-1 when there is none) and the columns whose
// cells go to Notes.
type layout struct {
	idx                                                           int // line of the header row
	headers                                                       []string
	ncols                                                         int
	seq, item, measures, lead, co, deadline, deliverable, contact int
	notes                                                         []int  // columns read into Notes, in order
	labeled                                                       []bool // per column: its cells go to Notes with the header as label
	dutyOnly                                                      bool   // the only unit column is 责任单位: the first unit of a row leads
	diags                                                         []rollout.Diagnostic
}

// newLayout reads a row as a header. It reports false for a row that is no
// division table header: one needs a column for the item (or the measures)
// and one for units, and short header cells.
func newLayout(cells []string) (*layout, bool) {
	t := &layout{headers: cells, ncols: len(cells), seq: -1, item: -1, measures: -1, lead: -1, co: -1,
		deadline: -1, deliverable: -1, contact: -1, labeled: make([]bool, len(cells))}
	kinds := make([]colKind, len(cells))
	levels := make([]int, len(cells))
	known := make([]bool, len(cells))
	for c, cell := range cells {
		key := rollout.NormalizeName(cell)
		if utf8.RuneCountInString(key) > 12 {
			return nil, false
		}
		kinds[c], known[c] = classifyHeader(key)
		levels[c] = headerLevel(key)
	}
	has := func(k colKind) bool {
		for _, x := range kinds {
			if x == k {
				return true
			}
		}
		return false
	}
	if !(has(rcItem) || has(rcMeasures)) || !(has(rcLead) || has(rcCo)) || nationalAnnex(cells) {
		return nil, false
	}
	t.seq = pickColumn(kinds, levels, rcSeq, false)
	t.item = pickColumn(kinds, levels, rcItem, false)
	t.lead = pickColumn(kinds, levels, rcLead, true)
	t.co = pickColumn(kinds, levels, rcCo, true)
	t.deadline = pickColumn(kinds, levels, rcDeadline, true)
	t.deliverable = pickColumn(kinds, levels, rcDeliverable, false)
	t.contact = pickColumn(kinds, levels, rcContact, false)
	t.measures = pickColumn(kinds, levels, rcMeasures, true)
	if t.item < 0 {
		// No item column: the measures of the highest level stand for the item.
		t.item = pickColumn(kinds, levels, rcMeasures, false)
		if t.item == t.measures {
			t.measures = -1
		}
		t.diags = append(t.diags, rollout.Diag(rollout.LevelInfo, "column-item", 0, "err.notice.diag.column-item", cells[t.item]))
	}
	if t.lead < 0 && t.co >= 0 && strings.Contains(rollout.NormalizeName(cells[t.co]), "责任") {
		t.dutyOnly = true
		t.diags = append(t.diags, rollout.Diag(rollout.LevelInfo, "lead-first", 0, "err.notice.diag.lead-first-table", cells[t.co]))
	}
	t.placeRest(kinds, known)
	return t, true
}

// nationalAnnex reports the header of the State Council notice's own task
// division table (序号 | 改革事项 | 主要内容 | 负责单位 | 推广范围): its 负责单位
// are central units, and it is no re-issue.
func nationalAnnex(cells []string) bool {
	var scope, lead bool
	for _, c := range cells {
		key := rollout.NormalizeName(c)
		scope = scope || strings.Contains(key, "推广范围")
		lead = lead || strings.Contains(key, "牵头") || strings.Contains(key, "配合") || strings.Contains(key, "责任单位")
	}
	return scope && !lead
}

// pickColumn returns the column of kind k: with deepest, the one of the
// deepest level (a city's 市牵头单位 rather than the province's 省牵头单位),
// else the one of the highest level; among equals the first. -1 when none.
func pickColumn(kinds []colKind, levels []int, k colKind, deepest bool) int {
	best := -1
	for c, x := range kinds {
		if x != k {
			continue
		}
		if best < 0 || (deepest && levels[c] > levels[best]) || (!deepest && levels[c] < levels[best]) {
			best = c
		}
	}
	return best
}

// placeRest sends every column not read into a field to Notes and reports
// the columns of another level and the unknown ones.
func (t *layout) placeRest(kinds []colKind, known []bool) {
	taken := map[int]bool{}
	for _, c := range []int{t.seq, t.item, t.measures, t.lead, t.co, t.deadline, t.deliverable, t.contact} {
		if c >= 0 {
			taken[c] = true
		}
	}
	var other, unknown []string
	for c, h := range t.headers {
		if taken[c] {
			continue
		}
		t.notes = append(t.notes, c)
		t.labeled[c] = kinds[c] != rcRemark
		switch {
		case !known[c] && h == "":
			unknown = append(unknown, fmt.Sprintf("第%d列", c+1))
		case !known[c]:
			unknown = append(unknown, h)
		case kinds[c] != rcRemark && kinds[c] != rcOther:
			other = append(other, h)
		}
	}
	if len(other) > 0 {
		t.diags = append(t.diags, rollout.Diag(rollout.LevelInfo, "column-upper", 0, "err.notice.diag.column-upper", strings.Join(other, "”“")))
	}
	if len(unknown) > 0 {
		t.diags = append(t.diags, rollout.Diag(rollout.LevelInfo, "column-unknown", 0, "err.notice.diag.column-unknown", strings.Join(unknown, "”“")))
	}
}

// findTables returns the division tables' headers in document order.
func (b *reissueBuilder) findTables() []*layout {
	var out []*layout
	for i, l := range b.lines {
		if !l.isRow() {
			continue
		}
		t, ok := newLayout(l.cells)
		if !ok || (len(out) > 0 && sameCells(l.cells, out[len(out)-1].headers)) {
			continue // a repeated header stays inside its table
		}
		t.idx = i
		for _, d := range t.diags {
			d.Line = l.no
			b.r.Diagnostics = append(b.r.Diagnostics, d)
		}
		b.use(i, i)
		out = append(out, t)
	}
	return out
}

// tableRow is a row of a division table being read.
type tableRow struct {
	idx   int // its (last) line
	no    int
	cells []string
	parts [][]string
}

// readTable reads the rows after the header t up to line end. A row cut
// short by a page or line break and continued on the next line is joined
// back (row-joined); a row with one cell (a heading inside the table, such
// as 一、投资贸易便利化领域) and text among the rows are left for the inline
// reader or reported as unread.
func (b *reissueBuilder) readTable(t *layout, end int) {
	header := b.lines[t.idx].cells
	var pending *tableRow
	flush := func() {
		if pending != nil {
			b.tableRow(t, pending)
			pending = nil
		}
	}
	for i := t.idx + 1; i < end; i++ {
		l := b.lines[i]
		short := pending != nil && len(pending.cells) < t.ncols && pending.idx == i-1
		switch {
		case l.isRow() && sameCells(l.cells, header):
			flush()
			b.use(i, i)
			b.diag(rollout.LevelInfo, "header-repeated", l.no, "err.notice.diag.header-repeated-2")
		case l.isRow() && short && t.seq == 0 && !isSeq(l.cells[0]) && len(pending.cells)+len(l.cells)-1 <= t.ncols:
			// The 序号 leads each row: a row without one, which fits the
			// cells the last row lacks, continues it.
			b.diag(rollout.LevelWarning, "row-joined", l.no, "err.notice.diag.row-joined-3", pending.no)
			k := len(pending.cells) - 1
			pending.cells[k] = joinSoft(pending.cells[k], l.cells[0])
			pending.parts[k] = append(pending.parts[k], l.cells[0])
			pending.cells = append(pending.cells, l.cells[1:]...)
			pending.parts = append(pending.parts, cellParts(l)[1:]...)
			pending.idx = i
			b.use(i, i)
		case l.isRow() && headingRow(l.cells):
			flush()
		case l.isRow():
			flush()
			pending = &tableRow{idx: i, no: l.no, cells: append([]string(nil), l.cells...), parts: cellParts(l)}
			b.use(i, i)
		case short && !startsBlock(l.text):
			b.diag(rollout.LevelWarning, "row-joined", l.no, "err.notice.diag.row-joined-4", pending.no)
			k := len(pending.cells) - 1
			pending.cells[k] = joinSoft(pending.cells[k], l.text)
			pending.parts[k] = append(pending.parts[k], l.text)
			pending.idx = i
			b.use(i, i)
		default:
			flush()
		}
	}
	flush()
}

// cellParts returns the lines of each cell of a row: the HTML reader keeps
// them; a text row has one line per cell.
func cellParts(l line) [][]string {
	parts := make([][]string, len(l.cells))
	for c, cell := range l.cells {
		if c < len(l.parts) && len(l.parts[c]) > 0 {
			parts[c] = append([]string(nil), l.parts[c]...)
		} else if cell != "" {
			parts[c] = []string{cell}
		}
	}
	return parts
}

// headingRow reports a row with text in its first cell only, such as a domain
// heading spread across the table.
func headingRow(cells []string) bool {
	if len(cells) < 2 || cells[0] == "" || isSeq(cells[0]) {
		return false
	}
	for _, c := range cells[1:] {
		if c != "" {
			return false
		}
	}
	return true
}

// tableRow reads one row of a division table into a ReissueRow.
func (b *reissueBuilder) tableRow(t *layout, r *tableRow) {
	cells, parts := r.cells, r.parts
	for len(cells) > t.ncols && cells[len(cells)-1] == "" {
		cells, parts = cells[:len(cells)-1], parts[:len(parts)-1]
	}
	row := rollout.ReissueRow{Line: r.no}
	var notes []string
	switch {
	case len(cells) > t.ncols:
		extra := strings.Join(cells[t.ncols:], " | ")
		b.diag(rollout.LevelWarning, "row-cells", r.no, "err.notice.diag.row-cells-2",
			len(cells), t.ncols, clip(extra, 30))
		notes = append(notes, "多出的内容："+extra)
	case len(cells) < t.ncols:
		b.diag(rollout.LevelWarning, "row-cells", r.no, "err.notice.diag.row-cells-3", len(cells), t.ncols)
	}
	get := func(c int) string {
		if c < 0 || c >= len(cells) || isDash(cells[c]) {
			return ""
		}
		return cells[c]
	}
	list := func(c int) []string {
		if c < 0 || c >= len(parts) {
			return nil
		}
		return []string{strings.Join(parts[c], "\n")}
	}
	if s := get(t.seq); s != "" {
		if v, ok := parseSeq(s); ok && v > 0 {
			row.Seq = v
		} else {
			b.diag(rollout.LevelWarning, "seq-invalid", r.no, "err.notice.diag.seq-invalid-2", clip(s, 20))
			notes = append(notes, "序号："+s)
		}
	}
	row.ItemName = get(t.item)
	row.Measures = get(t.measures)
	b.setUnits(&row, list(t.lead), list(t.co))
	if t.lead < 0 && t.dutyOnly && len(row.Co) > 0 {
		b.firstLeads(&row)
	}
	row.Deadline = get(t.deadline)
	row.Deliverable = get(t.deliverable)
	row.Contact = get(t.contact)
	for _, c := range t.notes {
		v := get(c)
		switch {
		case v == "":
		case t.labeled[c] && t.headers[c] != "":
			notes = append(notes, t.headers[c]+"："+v)
		case t.labeled[c]:
			notes = append(notes, fmt.Sprintf("第%d列：%s", c+1, v))
		default:
			notes = append(notes, v)
		}
	}
	row.Notes = rowNotes(notes)
	b.checkRow(&row, true)
	b.r.Rows = append(b.r.Rows, row)
}
