package sheet

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"rollout"
)

// Fonts: the ones Chinese government documents and WPS use by default.
const (
	bodyFont  = "宋体"
	titleFont = "黑体"
)

// Template returns the progress report template of a unit for a period: one
// row per task, pre-filled from current (reports by task ID) where a report
// exists. now is written as the time the file was made. The layout is
// described in the package documentation.
//
// EINVALID when unit is nil, the period is not valid, a task is nil, belongs to
// another unit or appears twice, or a report in current is for another period
// or task.
func Template(unit *rollout.Unit, period rollout.Period, tasks []*rollout.Task, current map[int64]*rollout.Report, now time.Time) ([]byte, error) {
	return writeTemplate(unit, period, tasks, current, nil, now)
}

// writeTemplate is Template, with the indicator columns when indicators are given.
func writeTemplate(unit *rollout.Unit, period rollout.Period, tasks []*rollout.Task, current map[int64]*rollout.Report,
	indicators map[int64][]*rollout.Indicator, now time.Time) ([]byte, error) {
	if unit == nil {
		return nil, rollout.E(rollout.EINVALID, "err.report.template_no_unit")
	}
	if _, _, _, err := rollout.ParsePeriod(string(period)); err != nil {
		return nil, err
	}
	seen := make(map[int64]bool, len(tasks))
	for i, t := range tasks {
		switch {
		case t == nil || t.ID <= 0:
			return nil, rollout.E(rollout.EINVALID, "err.report.template_no_id", i+1)
		case t.UnitID != 0 && unit.ID != 0 && t.UnitID != unit.ID:
			return nil, rollout.E(rollout.EINVALID, "err.report.template_not_own", taskKey(t.ID), unit.Name)
		case seen[t.ID]:
			return nil, rollout.E(rollout.EINVALID, "err.report.template_twice", taskKey(t.ID))
		}
		seen[t.ID] = true
		if r := current[t.ID]; r != nil && (r.Period != period || (r.TaskID != 0 && r.TaskID != t.ID)) {
			return nil, rollout.E(rollout.EINVALID, "err.report.template_period", taskKey(t.ID), string(r.Period), string(period))
		}
	}

	f := excelize.NewFile()
	defer f.Close()
	w := &templateWriter{f: f, unit: unit, period: period, key: unitKey(unit.Code, unit.ID), indicators: indicators}
	steps := []func() error{
		func() error { return f.SetDefaultFont(bodyFont) },
		func() error { return f.SetSheetName("Sheet1", ReportSheet) },
		w.styles,
		func() error { return w.report(tasks, current) },
		w.guide,
		func() error { return w.meta(now) },
		func() error {
			p := &excelize.DocProperties{Title: w.title(), Creator: "rollout", Language: "zh-CN"}
			if !now.IsZero() {
				p.Created = now.UTC().Format(time.RFC3339)
				p.Modified = p.Created
			}
			return f.SetDocProps(p)
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("sheet: template: %w", err)
		}
	}
	f.SetActiveSheet(0)
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, fmt.Errorf("sheet: template: %w", err)
	}
	return buf.Bytes(), nil
}

// templateWriter holds what the parts of a template share.
type templateWriter struct {
	f      *excelize.File
	unit   *rollout.Unit
	period rollout.Period
	key    string // the unit as written in 校验码
	// indicators are the indicators of each item (by item ID), for the
	// indicator columns; none without.
	indicators map[int64][]*rollout.Indicator

	titleStyle, header, ctx, ctxCenter, edit, editCenter, editDate int
	guideTitle, guideHead, guideText                               int
}

func (w *templateWriter) title() string {
	return w.unit.Name + " " + w.period.Label() + " 改革试点经验复制推广工作进展报告"
}

func (w *templateWriter) styles() error {
	border := []excelize.Border{
		{Type: "left", Color: "808080", Style: 1}, {Type: "right", Color: "808080", Style: 1},
		{Type: "top", Color: "808080", Style: 1}, {Type: "bottom", Color: "808080", Style: 1},
	}
	body := &excelize.Font{Family: bodyFont, Size: 10.5}
	grey := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}
	locked := &excelize.Protection{Locked: true}
	unlocked := &excelize.Protection{Locked: false}
	dateFmt := "yyyy-mm-dd"
	defs := []struct {
		id *int
		s  *excelize.Style
	}{
		{&w.titleStyle, &excelize.Style{Font: &excelize.Font{Family: titleFont, Size: 16, Bold: true},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}, Protection: locked}},
		{&w.header, &excelize.Style{Font: &excelize.Font{Family: titleFont, Size: 11, Bold: true}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}, Protection: locked}},
		{&w.ctx, &excelize.Style{Font: body, Border: border, Fill: grey,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Protection: locked}},
		{&w.ctxCenter, &excelize.Style{Font: body, Border: border, Fill: grey,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}, Protection: locked}},
		{&w.edit, &excelize.Style{Font: body, Border: border,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Protection: unlocked}},
		{&w.editCenter, &excelize.Style{Font: body, Border: border,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}, Protection: unlocked}},
		{&w.editDate, &excelize.Style{Font: body, Border: border, CustomNumFmt: &dateFmt,
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}, Protection: unlocked}},
		{&w.guideTitle, &excelize.Style{Font: &excelize.Font{Family: titleFont, Size: 14, Bold: true},
			Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&w.guideHead, &excelize.Style{Font: &excelize.Font{Family: titleFont, Size: 11, Bold: true}, Border: border,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&w.guideText, &excelize.Style{Font: body, Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	}
	for _, d := range defs {
		id, err := w.f.NewStyle(d.s)
		if err != nil {
			return err
		}
		*d.id = id
	}
	return nil
}

// styleOf returns the style of a data cell of column c.
func (w *templateWriter) styleOf(c column) int {
	switch {
	case c.key == colDocDate:
		return w.editDate
	case c.key == colStatus || c.key == colProblem:
		return w.editCenter
	case c.editable:
		return w.edit
	case c.key == colBatch || c.key == colSeq || c.key == colRole || c.key == colVersion:
		return w.ctxCenter
	}
	return w.ctx
}

// report writes the sheet people fill.
func (w *templateWriter) report(tasks []*rollout.Task, current map[int64]*rollout.Report) error {
	f, sh := w.f, ReportSheet
	last := firstRow + len(tasks) - 1
	lastCol, _ := excelize.ColumnNumberToName(len(columns))
	cell := func(col, row int) string { c, _ := excelize.CoordinatesToCellName(col, row); return c }

	for i, c := range columns {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sh, name, name, c.width); err != nil {
			return err
		}
		if c.hidden {
			if err := f.SetColVisible(sh, name, false); err != nil {
				return err
			}
		}
	}

	if err := f.SetCellStr(sh, "A1", w.title()); err != nil {
		return err
	}
	if err := f.MergeCell(sh, "A1", cell(len(columns)-1, titleRow)); err != nil { // the hidden check column stays out
		return err
	}
	if err := f.SetCellStyle(sh, "A1", cell(len(columns), titleRow), w.titleStyle); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, titleRow, 36); err != nil {
		return err
	}
	titles := make([]any, len(columns))
	for i, c := range columns {
		titles[i] = c.title
	}
	if err := f.SetSheetRow(sh, cell(1, headerRow), &titles); err != nil {
		return err
	}
	if err := f.SetCellStyle(sh, cell(1, headerRow), cell(len(columns), headerRow), w.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(sh, headerRow, 30); err != nil {
		return err
	}

	values := make([]any, len(columns))
	for i, t := range tasks {
		row := firstRow + i
		r := current[t.ID]
		height := 1
		for j, c := range columns {
			v := w.value(c.key, t, r)
			values[j] = v
			if s, ok := v.(string); ok && c.wrap {
				height = max(height, lines(s, c.width))
			}
		}
		if err := f.SetSheetRow(sh, cell(1, row), &values); err != nil {
			return err
		}
		if err := f.SetRowHeight(sh, row, min(409, 4+14.25*float64(height))); err != nil {
			return err
		}
	}
	if len(tasks) > 0 {
		for i, c := range columns {
			if err := f.SetCellStyle(sh, cell(i+1, firstRow), cell(i+1, last), w.styleOf(c)); err != nil {
				return err
			}
		}
		if err := w.validations(last); err != nil {
			return err
		}
		if err := w.indicatorColumns(tasks, current); err != nil {
			return err
		}
	}

	if err := f.AutoFilter(sh, fmt.Sprintf("A%d:%s%d", headerRow, lastCol, max(last, headerRow)), nil); err != nil {
		return err
	}
	if err := f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: cell(1, firstRow), ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: cell(7, firstRow), ActiveCell: cell(7, firstRow), Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	if err := pageSetup(f, sh, 8, "landscape"); err != nil { // A3, as wide tables are printed
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sh, titleRow, headerRow), Scope: sh}); err != nil {
		return err
	}
	return f.ProtectSheet(sh, &excelize.SheetProtectionOptions{
		SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true,
		InsertRows: true, AutoFilter: true,
	})
}

// value returns what column k shows for task t with report r (nil when none).
func (w *templateWriter) value(k colKey, t *rollout.Task, r *rollout.Report) any {
	version := 0
	if r != nil {
		version = r.Version
	}
	switch k {
	case colTask:
		return taskKey(t.ID)
	case colBatch:
		return nonZero(t.Batch)
	case colSeq:
		return nonZero(t.ItemSeq)
	case colItem:
		return t.ItemName
	case colRole:
		if l, ok := roleLabels[t.Role]; ok {
			return l
		}
		return string(t.Role)
	case colDeadline:
		return t.Deadline.Text
	case colVersion:
		return version
	case colCheck:
		return checkCode(w.key, w.period, t.ID, version)
	}
	if r == nil {
		return ""
	}
	doc := document(r)
	switch k {
	case colStatus:
		return r.Status.Label()
	case colMeasures:
		return r.Measures
	case colDocTitle:
		return doc.Title
	case colDocNo:
		return doc.DocNo
	case colDocDate:
		if doc.Date.IsZero() {
			return ""
		}
		return dateSerial(doc.Date)
	case colDocLink:
		return doc.Link
	case colProblem:
		if r.Problem {
			return "是"
		}
		return "否"
	case colProblemText:
		return r.ProblemText
	}
	return ""
}

func nonZero(n int) any {
	if n == 0 {
		return ""
	}
	return n
}

// document is the evidence the document columns show: the first one that is a
// document rather than an attached file.
func document(r *rollout.Report) rollout.Evidence {
	for _, e := range r.Evidence {
		if e.FileName == "" && e.Title != "" {
			return e
		}
	}
	return rollout.Evidence{}
}

// dateSerial is a day as a spreadsheet serial number in the 1900 date system.
func dateSerial(t time.Time) float64 {
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return day.Sub(epoch1900).Hours() / 24
}

// validations adds the drop-down lists of 状态 and 是否存在问题 to rows up to last.
func (w *templateWriter) validations(last int) error {
	labels := make([]string, len(rollout.Statuses))
	for i, s := range rollout.Statuses {
		labels[i] = s.Label()
	}
	lists := []struct {
		key          colKey
		items        []string
		prompt, fail string
	}{
		{colStatus, labels, "请从下拉列表选择本期状态。", "状态应为：" + strings.Join(labels, "、") + "。请从下拉列表选择。"},
		{colProblem, []string{"是", "否"}, "存在需要上级协调的问题时选“是”，并填写问题说明。", "请选择“是”或“否”。"},
	}
	for _, l := range lists {
		col, _ := excelize.ColumnNumberToName(columnIndex(l.key) + 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s%d:%s%d", col, firstRow, col, last)
		if err := dv.SetDropList(l.items); err != nil {
			return err
		}
		dv.SetInput(columns[columnIndex(l.key)].title, l.prompt)
		dv.SetError(excelize.DataValidationErrorStyleStop, "输入有误", l.fail)
		if err := w.f.AddDataValidation(ReportSheet, dv); err != nil {
			return err
		}
	}
	col, _ := excelize.ColumnNumberToName(columnIndex(colDocDate) + 1)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s%d:%s%d", col, firstRow, col, last)
	// A warning, not a stop: text dates such as 2024年3月1日 are read too.
	if err := dv.SetRange(int(dateSerial(minDate)), int(dateSerial(maxDate)), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetInput("印发日期", "请写作 2024-03-01 这样的日期。")
	dv.SetError(excelize.DataValidationErrorStyleWarning, "日期有误", "印发日期应写作 2024-03-01 这样的日期。")
	return w.f.AddDataValidation(ReportSheet, dv)
}

func columnIndex(k colKey) int {
	for i, c := range columns {
		if c.key == k {
			return i
		}
	}
	panic("sheet: unknown column")
}

// columnHelp says what each column holds, for the guide sheet.
var columnHelp = map[colKey]string{
	colTask:        "系统中的任务编号，如 T-000745。用于导入时对应任务。",
	colBatch:       "改革试点经验的批次，如 7 表示第七批。",
	colSeq:         "改革事项在该批次任务分工表中的序号。",
	colItem:        "改革事项名称。",
	colRole:        "本单位对该任务的职责：承担、指导、牵头或配合。",
	colDeadline:    "完成时限，按分工文件原文列出；“持续推进”等表述不是具体日期。",
	colStatus:      "本期状态。本行填写了任何内容时必填；请从下拉列表选择（见下方状态说明）。",
	colMeasures:    "本期采取的工作措施和取得的进展。可分段，单元格内按 Alt+Enter 换行。",
	colDocTitle:    "本地区印发的配套文件全称，每行填写一份。填写了文号、印发日期或链接时，必须填写文件名称。",
	colDocNo:       "配套文件的文号，如 粤府办〔2024〕3号。",
	colDocDate:     "配套文件的印发日期，写作 2024-03-01；也可写作 2024/3/1 或 2024年3月1日。",
	colDocLink:     "配套文件公开发布的网址，以 http:// 或 https:// 开头。",
	colProblem:     "是否存在需要上级协调解决的问题：从下拉列表选择“是”或“否”。",
	colProblemText: "选“是”时必须填写：问题是什么，需要哪一级、哪个部门协调。",
	colVersion:     "导出时本期报告的版本号，0 表示尚未填报。导入时如果报告已被他人修改，系统会提示冲突，不会覆盖。",
	colCheck:       "隐藏列，用于核对任务编号、单位和报告期。",
}

// guide writes the instructions sheet.
func (w *templateWriter) guide() error {
	f, sh := w.f, GuideSheet
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	for col, width := range map[string]float64{"A": 18, "B": 72, "C": 12} {
		if err := f.SetColWidth(sh, col, col, width); err != nil {
			return err
		}
	}
	row := 1
	put := func(style int, height float64, vals ...any) error {
		ref, _ := excelize.CoordinatesToCellName(1, row)
		if err := f.SetSheetRow(sh, ref, &vals); err != nil {
			return err
		}
		end, _ := excelize.CoordinatesToCellName(len(vals), row)
		if err := f.SetCellStyle(sh, ref, end, style); err != nil {
			return err
		}
		if height > 0 {
			if err := f.SetRowHeight(sh, row, height); err != nil {
				return err
			}
		}
		row++
		return nil
	}
	para := func(text string) error {
		ref, _ := excelize.CoordinatesToCellName(1, row)
		end, _ := excelize.CoordinatesToCellName(3, row)
		if err := f.MergeCell(sh, ref, end); err != nil {
			return err
		}
		return put(w.guideText, 4+14.25*float64(lines(text, 100)), text)
	}

	if err := put(w.guideTitle, 28, "填报说明"); err != nil {
		return err
	}
	intro := []string{
		fmt.Sprintf("1. 本表由系统为%s导出，报告期为%s（%s）。请在“%s”工作表中填写，保存为 .xlsx 格式后在系统中导入。Excel、WPS 表格和 LibreOffice 均可填写。",
			w.unit.Name, w.period.Label(), w.period, ReportSheet),
		"2. 灰色底纹的列（任务编号、批次、序号、改革事项、职责、完成时限、版本）由系统填写，不得修改；隐藏的“校验码”列不得修改或删除。白色的列由本单位填写。",
		"3. 不要修改任务编号，不要从其他单位或其他报告期的模板中复制整行，也不要自行增加任务行。导入时系统逐行核对任务编号、版本和校验码，核对不符的行不会导入，并会指出所在行和列。",
		"4. 可以调整列宽和行高、筛选、在表格上方插入行或在右侧增加备注列（导入时忽略）；可以调整列的顺序，但不要修改表头文字。",
		"5. 一行对应一项任务。未填写任何内容的行不导入；已填报过的任务，导入后以本表内容为本期报告的新版本。",
		"6. 日期写作 2024-03-01（也可写作 2024/3/1 或 2024年3月1日，或使用单元格的日期格式）。",
	}
	for _, p := range intro {
		if err := para(p); err != nil {
			return err
		}
	}
	row++
	if err := put(w.guideHead, 20, "列名", "填写说明", "可否修改"); err != nil {
		return err
	}
	for _, c := range columns {
		can := "不得修改"
		if c.editable {
			can = "填写"
		}
		help := columnHelp[c.key]
		if err := put(w.guideText, 4+14.25*float64(lines(help, 72)), c.title, help, can); err != nil {
			return err
		}
	}
	row++
	if err := put(w.guideHead, 20, "状态", "含义", ""); err != nil {
		return err
	}
	for _, s := range rollout.Statuses {
		if err := put(w.guideText, 4+14.25*float64(lines(statusHelp[s], 72)), s.Label(), statusHelp[s], ""); err != nil {
			return err
		}
	}
	if err := pageSetup(f, sh, 9, "portrait"); err != nil {
		return err
	}
	return f.ProtectSheet(sh, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true})
}

// pageSetup prints a sheet on paper of the given size (9 = A4, 8 = A3) and
// orientation, one page wide.
func pageSetup(f *excelize.File, sh string, size int, orientation string) error {
	one, free := 1, 0
	if err := f.SetPageLayout(sh, &excelize.PageLayoutOptions{Size: &size, Orientation: &orientation, FitToWidth: &one, FitToHeight: &free}); err != nil {
		return err
	}
	fit := true
	return f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit})
}

var statusHelp = map[rollout.ReportStatus]string{
	rollout.StatusNotStarted:  "尚未开始推进。",
	rollout.StatusInProgress:  "已开始推进，尚未在本地区落地实施。",
	rollout.StatusImplemented: "已在本地区落地实施。",
	rollout.StatusDeepening:   "已落地实施，并在此基础上深化拓展。",
	rollout.StatusPending:     "须报国务院批准，或须按法定程序调整法规、规章后才能实施。",
	rollout.StatusNA:          "本地区不适用（不在推广范围、无相关基础设施或业务、属垂直管理部门或法院职权等），须在工作措施中说明理由，并经上级同意。",
	rollout.StatusCentral:     "由中央有关部门统一组织实施。",
}

// meta writes the hidden sheet that identifies the template.
func (w *templateWriter) meta(now time.Time) error {
	f, sh := w.f, MetaSheet
	if _, err := f.NewSheet(sh); err != nil {
		return err
	}
	rows := [][2]string{
		{"format", TemplateFormat},
		{"unit_id", strconv.FormatInt(w.unit.ID, 10)},
		{"unit_code", w.unit.Code},
		{"unit_name", w.unit.Name},
		{"period", string(w.period)},
		{"generated_at", now.In(rollout.Beijing).Format(time.RFC3339)},
	}
	for i, r := range rows {
		for j, v := range r {
			ref, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStr(sh, ref, v); err != nil {
				return err
			}
		}
	}
	if err := f.SetSheetVisible(sh, false); err != nil {
		return err
	}
	return f.ProtectSheet(sh, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true})
}
