// Package sheet writes and reads the spreadsheets that units exchange today:
// the progress report template a unit fills in Excel, WPS or LibreOffice
// (Template, ReadTemplate), and plain list exports (ExportList, ExportCSV).
// Everything here is a pure function over bytes: no storage, no web.
//
// # The progress report template
//
// Template writes an .xlsx workbook with three sheets:
//
//   - "进展报告", the sheet people fill. Row 1 is the title (unit, period,
//     "改革试点经验复制推广工作进展报告"), merged across the visible columns; row 2 holds
//     the column titles; from row 3 on, one row per task. The columns, in order:
//     任务编号, 批次, 序号, 改革事项, 职责, 完成时限 (context, locked),
//     状态 (drop-down), 工作措施及进展, 配套文件名称, 文号, 印发日期, 链接,
//     是否存在问题 (drop-down 是/否), 问题说明 (editable), 版本 (locked) and
//     校验码 (hidden, locked). The sheet is protected without a password so that
//     only the editable cells take input; rows may still be inserted and
//     columns resized. 印发日期 holds date cells shown as YYYY-MM-DD. The
//     document columns show one document: the report's first evidence that
//     is not an attached file; reading gives that one back, and whoever saves
//     the report keeps its other evidence.
//   - "填报说明", what each column means, the status vocabulary, how dates are
//     written and what must not be changed.
//   - "meta", a hidden sheet with the template's identity as key/value rows
//     (column A the key, column B the value): format (TemplateFormat), unit_id,
//     unit_code, unit_name, period (e.g. 2024Q1) and generated_at (RFC 3339,
//     Beijing time). Excel, WPS and LibreOffice keep hidden sheets when saving.
//
// # Keys
//
// 任务编号 is the task ID as text, "T-000745"; it survives retyping (745,
// "745", "t-745" and full-width digits read the same). Each row also carries a
// hidden 校验码, "<unit>/<period>/<check>", where <unit> is the unit code (or
// "#<unit id>" for a unit without a code) and <check> is a CRC-32 of unit,
// period, task ID and 版本 in six base-32 characters. ReadTemplate compares it
// with the file's unit and period and recomputes the check, so a row copied
// from another unit's or another period's file, an edited key or an edited
// version is reported instead of read. The check guards against accidents, not
// against forgery: whoever imports must still verify that each task belongs to
// the unit and compare 版本 with the stored report.
package sheet

import (
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"unicode"

	"rollout"
)

// Sheet names of the template.
const (
	ReportSheet = "进展报告"
	GuideSheet  = "填报说明"
	MetaSheet   = "meta"
)

// TemplateFormat names the layout written in the meta sheet, so that a later
// layout can still read older files.
const TemplateFormat = "rollout-report/1"

// Rows of the report sheet as Template writes them. ReadTemplate does not rely
// on them: it finds the header row by its titles.
const (
	titleRow  = 1
	headerRow = 2
	firstRow  = 3
)

// colKey names a template column independently of its position.
type colKey int

const (
	colTask colKey = iota
	colBatch
	colSeq
	colItem
	colRole
	colDeadline
	colStatus
	colMeasures
	colDocTitle
	colDocNo
	colDocDate
	colDocLink
	colProblem
	colProblemText
	colVersion
	colCheck
)

// column describes a template column: its title, other titles people give it,
// its width in character units, and whether users may edit it.
type column struct {
	key      colKey
	title    string
	aliases  []string
	width    float64
	editable bool
	wrap     bool
	hidden   bool
}

// columns lists the report sheet's columns in the order Template writes them.
// ReadTemplate needs every column except the context ones (批次 to 完成时限),
// whatever their order.
var columns = []column{
	{key: colTask, title: "任务编号", aliases: []string{"编号", "任务号"}, width: 11},
	{key: colBatch, title: "批次", width: 6},
	{key: colSeq, title: "序号", width: 6},
	{key: colItem, title: "改革事项", aliases: []string{"改革试点经验", "事项名称"}, width: 30, wrap: true},
	{key: colRole, title: "职责", width: 7},
	{key: colDeadline, title: "完成时限", width: 16, wrap: true},
	{key: colStatus, title: "状态", aliases: []string{"进展状态", "推进状态"}, width: 15, editable: true, wrap: true},
	{key: colMeasures, title: "工作措施及进展", aliases: []string{"工作措施", "进展情况", "工作进展", "工作措施和进展"}, width: 50, editable: true, wrap: true},
	{key: colDocTitle, title: "配套文件名称", aliases: []string{"配套文件", "文件名称"}, width: 28, editable: true, wrap: true},
	{key: colDocNo, title: "文号", aliases: []string{"发文字号", "配套文件文号"}, width: 18, editable: true, wrap: true},
	{key: colDocDate, title: "印发日期", aliases: []string{"发文日期", "印发时间"}, width: 12, editable: true},
	{key: colDocLink, title: "链接", aliases: []string{"网址", "文件链接"}, width: 24, editable: true, wrap: true},
	{key: colProblem, title: "是否存在问题", aliases: []string{"存在问题", "是否有问题"}, width: 8, editable: true, wrap: true},
	{key: colProblemText, title: "问题说明", aliases: []string{"问题描述", "存在的问题"}, width: 30, editable: true, wrap: true},
	{key: colVersion, title: "版本", aliases: []string{"版本号"}, width: 6},
	{key: colCheck, title: "校验码", width: 22, hidden: true},
}

// contextColumn reports whether a column only shows context and is ignored when reading.
func (c column) contextColumn() bool {
	switch c.key {
	case colBatch, colSeq, colItem, colRole, colDeadline:
		return true
	}
	return false
}

// roleLabels are the Chinese names of task roles as the web pages show them.
var roleLabels = map[rollout.TaskRole]string{
	rollout.RoleImplement: "承担", rollout.RoleGuide: "指导", rollout.RoleLead: "牵头", rollout.RoleCo: "配合",
}

// taskKey writes a task ID as it appears in 任务编号.
func taskKey(id int64) string { return fmt.Sprintf("T-%06d", id) }

// parseTaskKey reads 任务编号 as a user may have left it: "T-000745",
// "t-745", "745", 745 stored as a number, with full-width characters.
func parseTaskKey(s string) (int64, bool) {
	s = strings.ToUpper(fold(s))
	if rest, ok := strings.CutPrefix(s, "T"); ok {
		s = strings.TrimSpace(strings.TrimPrefix(rest, "-"))
	}
	if s == "" || s[0] == '-' || s[0] == '+' {
		return 0, false
	}
	if id, err := strconv.ParseInt(s, 10, 64); err == nil {
		return id, id > 0
	}
	// A number Excel stored as 745.0 or 7.45E2.
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != float64(int64(f)) || f <= 0 || f > 1<<53 {
		return 0, false
	}
	return int64(f), true
}

// unitKey is how a unit is named in 校验码: its code, or "#<id>" without one.
func unitKey(code string, id int64) string {
	if code != "" {
		return code
	}
	return "#" + strconv.FormatInt(id, 10)
}

// checkAlphabet is Crockford's base-32: no I, L, O, U to misread.
const checkAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// checkCode returns the 校验码 of a row: "<unit>/<period>/<check>".
func checkCode(unit string, period rollout.Period, taskID int64, version int) string {
	sum := crc32.ChecksumIEEE(fmt.Appendf(nil, "rollout|%s|%s|%d|%d", unit, period, taskID, version))
	var b [6]byte
	for i := range b {
		b[len(b)-1-i] = checkAlphabet[sum&31]
		sum >>= 5
	}
	return unit + "/" + string(period) + "/" + string(b[:])
}

// splitCheck splits a 校验码 into unit, period and check; ok is false when the
// text has not that shape.
func splitCheck(s string) (unit, period, check string, ok bool) {
	i := strings.LastIndex(s, "/")
	if i < 0 {
		return "", "", "", false
	}
	j := strings.LastIndex(s[:i], "/")
	if j <= 0 {
		return "", "", "", false
	}
	return s[:j], s[j+1 : i], s[i+1:], true
}

// fold turns full-width ASCII forms (Ｔ－０７４５, ／) and the ideographic
// space into their ASCII equivalents, and trims spaces at both ends.
func fold(s string) string {
	if !strings.ContainsFunc(s, isWide) {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r >= '！' && r <= '～':
			return r - '！' + '!'
		case r == '\u3000':
			return ' '
		}
		return r
	}, s))
}

func isWide(r rune) bool { return (r >= '！' && r <= '～') || r == '\u3000' }

// squeeze folds s and removes every space inside it, for comparing titles and
// vocabulary words ("推进 中", "状 态").
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, fold(s))
}

// cleanText is a free-text cell as stored: line ends made \n, spaces at both
// ends trimmed.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(s)
}

// displayWidth is the width of s in character units of a spreadsheet column,
// counting Chinese characters and full-width forms as two.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if wideRune(r) {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func wideRune(r rune) bool {
	return (r >= 0x1100 && r <= 0x115F) || (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xAC00 && r <= 0xD7A3) ||
		(r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFE30 && r <= 0xFE4F) || (r >= 0xFF00 && r <= 0xFF60) ||
		(r >= 0xFFE0 && r <= 0xFFE6) || (r >= 0x20000 && r <= 0x3FFFD)
}

// lines estimates how many lines s takes in a wrapped column of the given width.
func lines(s string, width float64) int {
	per := int(width) - 1
	if per < 2 {
		per = 2
	}
	n := 0
	for p := range strings.SplitSeq(s, "\n") {
		n += max(1, (displayWidth(p)+per-1)/per)
	}
	return n
}
