package notice

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"rollout"
)

// ParseReissue reads a province's or a city's re-issue of a notice (a 转发
// notice or an 实施方案 with its division of work), as plain text or as a web
// page (see Detect), into a Reissue: one row per task with its lead and
// co-units, deadline, deliverable, contact and notes as written.
//
// Two forms are read, also side by side in one document: a division table
// (tab-separated or Markdown in text, a table in HTML) whose columns are
// recognised by the words of its header, and tasks followed by an inline
// assignment （牵头单位：…；责任单位：…）. Every oddity met is in
// Reissue.Diagnostics (codes in the package comment); nothing is dropped
// silently.
//
// A document in neither form (or empty, or not UTF-8) gives a *rollout.Error
// with code rollout.EINVALID whose message says what was expected.
// ParseReissue never returns a nil Reissue with a nil error.
func ParseReissue(src []byte) (*rollout.Reissue, error) {
	doc, err := readDocument(src, "err.notice.empty-reissue")
	if err != nil {
		return nil, err
	}
	return buildReissue(doc)
}

// reissueBuilder turns the lines of a document into a Reissue. used marks the
// lines that went into a field, so that the rest can be reported.
type reissueBuilder struct {
	lines     []line
	used      []bool
	r         *rollout.Reissue
	pageTitle string
	national  bool // the document holds the national notice's own table
}

// How the title of a re-issue ends.
var reReissueTitle = regexp.MustCompile(`(?:通知|实施方案|工作方案|方案|意见|分工表|任务分工|责任分工|任务清单|清单|分工)$`)

func buildReissue(doc *document) (*rollout.Reissue, error) {
	b := &reissueBuilder{
		lines:     doc.lines,
		used:      make([]bool, len(doc.lines)),
		r:         &rollout.Reissue{Format: doc.format, Diagnostics: doc.notes},
		pageTitle: doc.pageTitle,
	}
	tables := b.findTables()
	for _, l := range b.lines {
		b.national = b.national || (l.isRow() && nationalAnnex(l.cells))
	}
	if doc.format == rollout.FormatText {
		b.untabOutside(tables)
	}
	for k, t := range tables {
		end := len(b.lines)
		if k+1 < len(tables) {
			end = tables[k+1].idx
		}
		b.readTable(t, end)
	}
	b.readInline()
	if len(b.r.Rows) == 0 {
		return nil, b.invalid(tables)
	}
	sort.SliceStable(b.r.Rows, func(i, j int) bool { return b.r.Rows[i].Line < b.r.Rows[j].Line })
	b.readTitle(b.firstUsed())
	b.reportUnread()
	sort.SliceStable(b.r.Diagnostics, func(i, j int) bool { return b.r.Diagnostics[i].Line < b.r.Diagnostics[j].Line })
	return b.r, nil
}

// diag records a finding: key names its message in the catalogue
// (msg/err_notice.go), said in each reader's language by Diagnostic.Text.
func (b *reissueBuilder) diag(level, code string, no int, key string, args ...any) {
	b.r.Diagnostics = append(b.r.Diagnostics, rollout.Diag(level, code, no, key, args...))
}

func (b *reissueBuilder) use(from, to int) {
	for i := max(from, 0); i <= to && i < len(b.used); i++ {
		b.used[i] = true
	}
}

// invalid is the error for a document with no task rows.
func (b *reissueBuilder) invalid(tables []*layout) error {
	if b.national && len(tables) == 0 {
		return rollout.E(rollout.EINVALID, "err.notice.reissue-is-notice")
	}
	what := clause{key: "err.notice.part.reissue-missing"}
	if len(tables) > 0 {
		what = clause{"err.notice.part.reissue-missing-rows", []any{b.lines[tables[0].idx].no}}
	}
	return rollout.E(rollout.EINVALID, "err.notice.reissue-unreadable", what)
}

// untabOutside turns the tab-separated lines of a text that lie before the
// first table back into text (a tab after a list number, as word processors
// write numbered paragraphs).
func (b *reissueBuilder) untabOutside(tables []*layout) {
	end := len(b.lines)
	if len(tables) > 0 {
		end = tables[0].idx
	}
	untab(b.lines[:end])
}

// firstUsed returns the index of the first line read into a row.
func (b *reissueBuilder) firstUsed() int {
	for i, u := range b.used {
		if u {
			return i
		}
	}
	return len(b.lines)
}

// readTitle finds the 文号 (a line of its own: a 文号 quoted in the text is
// another document's) and the title among the text lines before line end:
// the title is a line with 关于 that ends like a title (……的通知, ……实施方案),
// else a line that ends so (……任务分工表); a title broken over two lines is
// joined.
func (b *reissueBuilder) readTitle(end int) {
	for i := 0; i < end; i++ {
		if l := b.lines[i]; !l.isRow() && !b.used[i] && isDocNoLine(l.text) {
			b.r.DocNo = reDocNo.FindString(l.text)
			b.use(i, i)
			break
		}
	}
	if b.r.DocNo == "" {
		b.diag(rollout.LevelInfo, "docno-missing", 0, "err.notice.diag.docno-missing")
	}
	first, last := b.titleLines(end, true)
	if first < 0 {
		first, last = b.titleLines(end, false)
	}
	switch {
	case first >= 0:
		for i := first; i <= last; i++ {
			b.r.Title = joinSoft(b.r.Title, b.lines[i].text)
		}
		b.use(first, last)
	case b.pageTitle != "":
		b.r.Title = b.pageTitle
		b.diag(rollout.LevelInfo, "title-from-page", 0, "err.notice.diag.title-from-page-2", clip(b.pageTitle, 40))
	default:
		b.diag(rollout.LevelInfo, "title-missing", 0, "err.notice.diag.title-missing-2")
	}
}

// titleLines returns the first and last line of a title before line end;
// with about, only a title with 关于. -1 when there is none.
func (b *reissueBuilder) titleLines(end int, about bool) (int, int) {
	for i := 0; i < end; i++ {
		l := b.lines[i]
		if l.isRow() || b.used[i] || len(l.text) > 300 {
			continue
		}
		text := l.text
		next := i + 1
		if !reReissueTitle.MatchString(text) && next < end && !b.lines[next].isRow() && !b.used[next] &&
			reReissueTitle.MatchString(b.lines[next].text) && !startsBlock(b.lines[next].text) && !endsSentence(text) {
			text = joinSoft(text, b.lines[next].text)
		} else {
			next = i
		}
		if reReissueTitle.MatchString(text) && (!about || strings.Contains(text, "关于")) && !startsBlock(text) {
			return i, next
		}
	}
	return -1, -1
}

// reportUnread reports, one diagnostic per run of lines, the text that went
// into no field.
func (b *reissueBuilder) reportUnread() {
	for i := 0; i < len(b.lines); i++ {
		if b.used[i] {
			continue
		}
		j := i
		for j+1 < len(b.lines) && !b.used[j+1] {
			j++
		}
		l := b.lines[i]
		text := l.text
		if l.isRow() {
			var cells []string
			for _, c := range l.cells {
				if c != "" {
					cells = append(cells, c)
				}
			}
			text = strings.Join(cells, " | ")
		}
		more := ""
		if j > i {
			more = fmt.Sprintf("（及以下共 %d 行）", j-i+1)
		}
		b.diag(rollout.LevelInfo, "text-unread", l.no, "err.notice.diag.text-unread-2", clip(text, 30), more)
		i = j
	}
}

// rowNotes joins the parts of a row's notes.
func rowNotes(parts []string) string {
	return strings.Join(parts, "；")
}

// setUnits splits the lead and co lists of a row and reports what splitting met.
func (b *reissueBuilder) setUnits(row *rollout.ReissueRow, lead, co []string) {
	row.Lead = b.units(lead, row.Line, "牵头单位")
	row.Co = b.units(co, row.Line, "配合单位")
}

// units splits unit lists as written into names.
func (b *reissueBuilder) units(lists []string, no int, what string) []string {
	var names []string
	for _, s := range lists {
		u := splitUnits(s)
		if u.space {
			b.diag(rollout.LevelInfo, "unit-space", no, "err.notice.diag.unit-space",
				what, clip(s, 40), strings.Join(u.names, "、"))
		}
		for _, name := range u.folded {
			b.diag(rollout.LevelInfo, "unit-lookalike", no, "err.notice.diag.unit-lookalike", what, name, foldLookAlikes(name))
		}
		if u.etc != "" {
			b.diag(rollout.LevelInfo, "unit-etc", no, "err.notice.diag.unit-etc", what, clip(s, 40), u.etc)
		}
		names = append(names, u.names...)
	}
	return names
}

// checkRow reports a row without an item or (with units) without units.
func (b *reissueBuilder) checkRow(row *rollout.ReissueRow, units bool) {
	if row.ItemName == "" && row.Measures == "" {
		b.diag(rollout.LevelWarning, "item-empty", row.Line, "err.notice.diag.item-empty")
	}
	if units && len(row.Lead) == 0 && len(row.Co) == 0 {
		b.diag(rollout.LevelWarning, "units-empty", row.Line, "err.notice.diag.units-empty", clip(rowName(row), 30))
	}
}

// firstLeads makes the first of a row's co-units its lead: the convention
// where only 责任单位 are given.
func (b *reissueBuilder) firstLeads(row *rollout.ReissueRow) {
	row.Lead = append(row.Lead, row.Co[0])
	row.Co = append([]string(nil), row.Co[1:]...)
	if len(row.Co) == 0 {
		row.Co = nil
	}
}

func rowName(row *rollout.ReissueRow) string {
	if row.ItemName != "" {
		return row.ItemName
	}
	return row.Measures
}
