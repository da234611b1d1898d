package sheet

import (
	"cmp"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"rollout"
	"rollout/msg"
)

// Filled is a template read back: the unit and period it was made for, the
// rows that were read without error, and every error found.
type Filled struct {
	UnitID   int64 // 0 when the file does not say (the meta sheet is missing)
	UnitCode string
	UnitName string
	Period   rollout.Period
	// Rows holds, in sheet order, every filled row read without error. Blank rows
	// and rows whose editable cells are all empty are skipped; a row with any
	// error is left out and its errors are in Errors.
	Rows   []FilledRow
	Errors []CellError
}

// FilledRow is one task's report as filled in the sheet.
type FilledRow struct {
	Row     int // the row number as the spreadsheet shows it
	TaskID  int64
	Version int // 版本: the version of the report the file was made from, 0 when none
	// Report holds TaskID, Period, Version (the version edited), Status,
	// Measures, Problem, ProblemText and, when 配套文件名称 is given, one
	// document as Evidence. The stored report may hold more evidence (attached
	// files, other documents): whoever saves it should keep those.
	Report rollout.Report
}

// CellError is what is wrong with one cell (or, without a column, one row).
// Key and Args name the sentence in the catalogue (package msg) that says
// what is wrong and what is expected; Text says it in a language.
type CellError struct {
	Row    int    // the row number as the spreadsheet shows it
	Column string // the column title, e.g. 状态
	Cell   string // the cell reference, e.g. G7
	Key    string
	Args   []any
}

// Text says what is wrong in language l.
func (e CellError) Text(l msg.Lang) string { return msg.Text(l, e.Key, e.Args...) }

// Error says where and what, in Chinese.
func (e CellError) Error() string {
	if e.Column == "" {
		return msg.Text(msg.ZH, "err.report.cell_row", e.Row, e.Text(msg.ZH))
	}
	return msg.Text(msg.ZH, "err.report.cell_at", e.Row, e.Column, e.Cell, e.Text(msg.ZH))
}

// text is a sentence of the catalogue said in the reader's language, as an
// argument of another.
type text struct {
	key  string
	args []any
}

func (t text) Text(l msg.Lang) string { return msg.Text(l, t.key, t.args...) }

// maxErrors bounds the errors collected from one file.
const maxErrors = 1000

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// ReadTemplate reads a template made by Template and filled in Excel, WPS or
// LibreOffice.
//
// The report sheet is "进展报告", or else the first sheet with a header row;
// the header row is found by its titles wherever it is, and columns are
// matched by title in any order (extra columns are ignored). The unit and
// period come from the hidden "meta" sheet; without it, the period comes from
// the title above the header and the unit from the rows' 校验码.
//
// EINVALID, with a message for the user, when the file is larger than
// rollout.MaxTemplateSize, is not an .xlsx
// workbook (an .xls or a password-protected file included), has no header
// row, lacks a column it needs or has one twice, or does not say its unit and
// period; and when it is beyond rollout.ReportSheetLimits (a cell beyond the
// template's shape is named), which is checked as the file is read, before
// anything is held for what it declares. Problems within rows are not errors:
// they are in Filled.Errors.
func ReadTemplate(data []byte) (*Filled, error) {
	f, err := openWorkbook(data, rollout.ReportSheetLimits)
	if err != nil {
		return nil, err
	}
	date1904 := f.date1904

	rows, head, err := findReportSheet(f)
	if err != nil {
		return nil, err
	}
	idx, err := mapColumns(rows[head-1], head)
	if err != nil {
		return nil, err
	}
	r := &reader{idx: idx, date1904: date1904, seen: map[int64]int{}}
	r.indIDs, r.indVals = indicatorIndex(rows[head-1])
	r.out = &Filled{}
	if err := r.identify(f, rows, head); err != nil {
		return nil, err
	}
	for i := head; i < len(rows); i++ {
		if len(r.out.Errors) >= maxErrors {
			r.out.Errors = append(r.out.Errors, CellError{Row: i + 1, Key: "err.report.cell_too_many", Args: []any{maxErrors}})
			break
		}
		r.row(i+1, rows[i])
	}
	return r.out, nil
}

// findReportSheet returns the rows (raw values) of the sheet to read and the
// 1-based number of its header row. Each sheet is read within the template's
// bounds (rollout.ReportSheetLimits): a sheet beyond them is refused.
func findReportSheet(f *workbook) ([][]string, int, error) {
	names := []string{ReportSheet}
	for _, n := range f.sheetNames() {
		if n != ReportSheet && n != MetaSheet && n != GuideSheet {
			names = append(names, n)
		}
	}
	for _, n := range names {
		if !f.has(n) {
			continue
		}
		rows, err := f.rows(n)
		if err != nil {
			return nil, 0, err
		}
		for i := 0; i < len(rows) && i < 50; i++ {
			found := map[colKey]bool{}
			for _, v := range rows[i] {
				if c, ok := matchTitle(v); ok {
					found[c.key] = true
				}
			}
			if found[colTask] && found[colStatus] {
				return rows, i + 1, nil
			}
		}
	}
	return nil, 0, rollout.E(rollout.EINVALID, "err.sheet.no_header")
}

var titleNote = regexp.MustCompile(`\([^()]*\)$`)

// matchTitle finds the column a header cell names, tolerating spaces, line
// breaks, full-width forms, a required mark (*) and a note in brackets
// (“状态（必填）”).
func matchTitle(v string) (column, bool) {
	t := strings.Trim(squeeze(v), "*")
	t = strings.Trim(titleNote.ReplaceAllString(t, ""), "*")
	for _, c := range columns {
		if t == c.title {
			return c, true
		}
		for _, a := range c.aliases {
			if t == a {
				return c, true
			}
		}
	}
	return column{}, false
}

// mapColumns maps the columns ReadTemplate reads to their positions in the header row.
func mapColumns(header []string, head int) (map[colKey]int, error) {
	idx := map[colKey]int{}
	for i, v := range header {
		c, ok := matchTitle(v)
		if !ok {
			continue
		}
		if j, dup := idx[c.key]; dup {
			a, _ := excelize.CoordinatesToCellName(j+1, head)
			b, _ := excelize.CoordinatesToCellName(i+1, head)
			return nil, rollout.E(rollout.EINVALID, "err.report.sheet_title_twice", c.title, a, b)
		}
		idx[c.key] = i
	}
	var missing []string
	for _, c := range columns {
		if _, ok := idx[c.key]; !ok && !c.contextColumn() {
			missing = append(missing, "“"+c.title+"”")
		}
	}
	if len(missing) > 0 {
		return nil, rollout.E(rollout.EINVALID, "err.report.sheet_missing_cols", strings.Join(missing, "、"))
	}
	return idx, nil
}

// reader reads the rows of one report sheet.
type reader struct {
	out      *Filled
	idx      map[colKey]int
	date1904 bool
	unitKey  string
	seen     map[int64]int // task ID → row where it was read
	// indIDs is the column of 指标编号 (-1: the file has no indicator
	// columns), indVals the column of each 指标k数值 by k.
	indIDs  int
	indVals map[int]int
}

// identify fills the unit and period: from the meta sheet, or else from the
// title and the rows' 校验码.
func (r *reader) identify(f *workbook, rows [][]string, head int) error {
	out := r.out
	meta := map[string]string{}
	if f.has(MetaSheet) {
		mrows, _ := f.rows(MetaSheet)
		for _, mr := range mrows {
			if len(mr) >= 2 {
				meta[strings.TrimSpace(mr[0])] = fold(mr[1])
			}
		}
	}
	if format, ok := meta["format"]; ok {
		if !strings.HasPrefix(format, "rollout-report/") {
			meta = nil
		} else if format != TemplateFormat {
			return rollout.E(rollout.EINVALID, "err.report.sheet_format", format)
		}
	}
	if p := meta["period"]; p != "" {
		out.Period = rollout.Period(p)
		out.UnitCode = meta["unit_code"]
		out.UnitName = meta["unit_name"]
		out.UnitID, _ = strconv.ParseInt(meta["unit_id"], 10, 64)
		if out.UnitCode == "" && out.UnitID == 0 {
			return rollout.E(rollout.EINVALID, "err.report.sheet_meta_unit")
		}
	} else {
		// No meta sheet: a period label in the title, and the unit every row's 校验码 names.
		for i := 0; i < head-1 && out.Period == ""; i++ {
			for _, v := range rows[i] {
				if p, at := periodInTitle(v); p != "" {
					out.Period = p
					out.UnitName = strings.TrimSpace(fold(v)[:at])
					break
				}
			}
		}
		units := map[string]bool{}
		for i := head; i < len(rows); i++ {
			if u, p, _, ok := splitCheck(fold(r.cell(rows[i], colCheck))); ok && p == string(out.Period) {
				units[u] = true
			}
		}
		if out.Period == "" || len(units) != 1 {
			return rollout.E(rollout.EINVALID, "err.report.sheet_no_meta")
		}
		for u := range units {
			if id, ok := strings.CutPrefix(u, "#"); ok {
				out.UnitID, _ = strconv.ParseInt(id, 10, 64)
			} else {
				out.UnitCode = u
			}
		}
	}
	if _, _, _, err := rollout.ParsePeriod(string(out.Period)); err != nil {
		return rollout.E(rollout.EINVALID, "err.report.sheet_bad_period", string(out.Period))
	}
	r.unitKey = unitKey(out.UnitCode, out.UnitID)
	return nil
}

var (
	titleQuarter = regexp.MustCompile(`(\d{4})年第([1-4一二三四])季度`)
	titleHalf    = regexp.MustCompile(`(\d{4})年(上|下)半年`)
	titleMonth   = regexp.MustCompile(`(\d{4})年(\d{1,2})月`)
)

// periodInTitle finds a period written as Period.Label writes it (2024年第1季度,
// 2024年上半年, 2024年3月) and returns it with the byte offset where it starts.
func periodInTitle(s string) (rollout.Period, int) {
	s = fold(s)
	if m := titleQuarter.FindStringSubmatchIndex(s); m != nil {
		q := strings.IndexAny("1一2二3三4四", s[m[4]:m[5]])
		n := map[int]int{0: 1, 1: 1, 4: 2, 5: 2, 8: 3, 9: 3, 12: 4, 13: 4}[q]
		return rollout.Period(fmt.Sprintf("%sQ%d", s[m[2]:m[3]], n)), m[0]
	}
	if m := titleHalf.FindStringSubmatchIndex(s); m != nil {
		h := "1"
		if s[m[4]:m[5]] == "下" {
			h = "2"
		}
		return rollout.Period(s[m[2]:m[3]] + "H" + h), m[0]
	}
	if m := titleMonth.FindStringSubmatchIndex(s); m != nil {
		mm, _ := strconv.Atoi(s[m[4]:m[5]])
		if mm >= 1 && mm <= 12 {
			return rollout.Period(fmt.Sprintf("%s-%02d", s[m[2]:m[3]], mm)), m[0]
		}
	}
	return "", 0
}

func (r *reader) cell(row []string, k colKey) string {
	i, ok := r.idx[k]
	if !ok || i >= len(row) {
		return ""
	}
	return row[i]
}

// none are the answers that mean "no problem" in 问题说明.
var none = map[string]bool{"无": true, "暂无": true, "没有": true, "无问题": true, "暂无问题": true, "/": true, "-": true, "—": true, "——": true}

// row reads one sheet row (n is its 1-based number).
func (r *reader) row(n int, cells []string) {
	// Free text is kept as written (full-width punctuation is Chinese text);
	// codes, dates and choices are folded to half-width first.
	text := func(k colKey) string { return cleanText(r.cell(cells, k)) }
	status, measures := fold(text(colStatus)), text(colMeasures)
	docTitle, docNo, docDate, docLink := text(colDocTitle), text(colDocNo), fold(text(colDocDate)), text(colDocLink)
	problem, problemText := squeeze(r.cell(cells, colProblem)), text(colProblemText)
	if status == "" && measures == "" && docTitle == "" && docNo == "" && docDate == "" && docLink == "" && problem == "" && problemText == "" &&
		!r.anyValue(cells) {
		return // nothing filled
	}
	before := len(r.out.Errors)
	fail := func(k colKey, key string, args ...any) {
		ref, _ := excelize.CoordinatesToCellName(r.idx[k]+1, n)
		r.out.Errors = append(r.out.Errors, CellError{Row: n, Column: columns[columnIndex(k)].title, Cell: ref, Key: key, Args: args})
	}

	// The key, the version and the check.
	keyText := fold(r.cell(cells, colTask))
	id, okID := parseTaskKey(keyText)
	version, okVersion := parseVersion(r.cell(cells, colVersion))
	switch {
	case keyText == "":
		fail(colTask, "err.report.cell_no_key")
	case !okID:
		fail(colTask, "err.report.cell_bad_key", keyText)
	}
	if !okVersion {
		fail(colVersion, "err.report.cell_bad_version", fold(r.cell(cells, colVersion)))
	}
	if okID && okVersion && r.verify(id, version, fold(r.cell(cells, colCheck)), fail) {
		if prev, dup := r.seen[id]; dup {
			fail(colTask, "err.report.cell_task_twice", taskKey(id), prev)
		} else {
			r.seen[id] = n
		}
	}

	rep := rollout.Report{TaskID: id, Period: r.out.Period, Version: version, Measures: measures}
	switch st, ok := parseStatus(status); {
	case status == "":
		fail(colStatus, "err.report.cell_no_status", rollout.StatusChoices)
	case !ok:
		fail(colStatus, "err.report.bad_status", status, rollout.StatusChoices)
	default:
		rep.Status = st
		if err := rollout.CheckNAReason(st, measures); err != nil { // the domain's rule, pointed at its cell
			fail(colMeasures, "err.report.na_reason")
		}
	}

	switch problem {
	case "", "否":
	case "是":
		rep.Problem = true
	default:
		fail(colProblem, "err.report.cell_bad_problem", fold(r.cell(cells, colProblem)))
	}
	if none[squeeze(problemText)] {
		problemText = ""
	}
	rep.ProblemText = problemText
	switch {
	case rep.Problem && problemText == "":
		fail(colProblemText, "err.report.cell_problem_text")
	case !rep.Problem && problem != "" && problem != "否":
		// already reported above
	case !rep.Problem && problemText != "":
		fail(colProblem, "err.report.cell_problem_flag")
	}

	if docTitle != "" || docNo != "" || docDate != "" || docLink != "" {
		e := rollout.Evidence{Title: docTitle, DocNo: docNo, Link: docLink}
		if docTitle == "" {
			fail(colDocTitle, "err.report.cell_doc_untitled")
		}
		if docDate != "" {
			d, ok := parseDate(docDate, r.date1904)
			if !ok {
				fail(colDocDate, "err.report.cell_bad_date", docDate, minDate.Year(), maxDate.Year())
			}
			e.Date = d
		}
		if docLink != "" && !validLink(docLink) {
			fail(colDocLink, "err.report.cell_bad_link", docLink)
		}
		rep.Evidence = []rollout.Evidence{e}
	}

	rep.Values = r.rowValues(n, cells, func(col int, title, key string, args ...any) {
		ref, _ := excelize.CoordinatesToCellName(col+1, n)
		r.out.Errors = append(r.out.Errors, CellError{Row: n, Column: title, Cell: ref, Key: key, Args: args})
	})

	if len(r.out.Errors) == before {
		r.out.Rows = append(r.out.Rows, FilledRow{Row: n, TaskID: id, Version: version, Report: rep})
	}
}

// verify checks a row's 校验码 against the file's unit and period, the key and the version.
func (r *reader) verify(id int64, version int, check string, fail func(colKey, string, ...any)) bool {
	unit, period, _, ok := splitCheck(check)
	switch {
	case check == "":
		fail(colTask, "err.report.cell_no_check", taskKey(id))
	case !ok:
		fail(colTask, "err.report.cell_check_changed", check)
	case unit != r.unitKey:
		fail(colTask, "err.report.cell_other_unit", unit, r.unitName())
	case period != string(r.out.Period):
		fail(colTask, "err.report.cell_other_period", period, string(r.out.Period))
	case !strings.EqualFold(check, checkCode(r.unitKey, r.out.Period, id, version)):
		fail(colTask, "err.report.cell_check_mismatch", taskKey(id), version)
	default:
		return true
	}
	return false
}

// unitName names the file's unit in messages.
func (r *reader) unitName() text {
	return text{"err.report.cell_this_unit", []any{cmp.Or(r.out.UnitName, r.unitKey)}}
}

// parseVersion reads 版本: a whole number, 0 when blank.
func parseVersion(s string) (int, bool) {
	s = fold(s)
	if s == "" {
		return 0, true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || f != math.Trunc(f) || f > math.MaxInt32 {
		return 0, false
	}
	return int(f), true
}

// statusWords are other ways people write a status.
var statusWords = map[string]rollout.ReportStatus{
	"待报批": rollout.StatusPending, "需调整法规": rollout.StatusPending, "待报批、需调整法规": rollout.StatusPending,
}

// parseStatus reads a status by its label or its code, ignoring spaces and width.
func parseStatus(s string) (rollout.ReportStatus, bool) {
	s = squeeze(s)
	if st, err := rollout.ParseStatus(s); err == nil {
		return st, true
	}
	if st, err := rollout.ParseStatus(strings.ToLower(s)); err == nil {
		return st, true
	}
	st, ok := statusWords[s]
	return st, ok
}

// validLink reports whether s is an absolute http or https address.
func validLink(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && !strings.ContainsAny(s, " \n\t")
}

// Dates of documents are accepted between these days.
var (
	minDate = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	maxDate = time.Date(2100, 12, 31, 0, 0, 0, 0, time.UTC)
)

var (
	epoch1900 = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	epoch1904 = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	textDate  = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`)
	compact   = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
)

// parseDate reads a date as a cell holds it: a serial number (in the 1900 or
// 1904 date system), or text such as 2024-03-01, 2024/3/1, 2024.3.1,
// 2024年3月1日, 20240301 or 2024-03-01T00:00:00.
func parseDate(s string, date1904 bool) (time.Time, bool) {
	s = fold(s)
	var y, m, d int
	if g := compact.FindStringSubmatch(s); g != nil {
		y, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
		d, _ = strconv.Atoi(g[3])
	} else if g := textDate.FindStringSubmatch(s); g != nil {
		y, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
		d, _ = strconv.Atoi(g[3])
	} else if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 1 && f < 2958466 {
		days := int(math.Floor(f))
		var t time.Time
		switch {
		case date1904:
			t = epoch1904.AddDate(0, 0, days)
		case days < 60: // before the 29 February 1900 the 1900 system counts, which never was
			t = epoch1900.AddDate(0, 0, days+1)
		default:
			t = epoch1900.AddDate(0, 0, days)
		}
		return t, !t.Before(minDate) && !t.After(maxDate)
	} else {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d || t.Before(minDate) || t.After(maxDate) {
		return time.Time{}, false
	}
	return t, true
}
