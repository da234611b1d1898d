package sheet

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rollout"
	"rollout/msg"
)

var (
	guangdong = &rollout.Unit{ID: 4, Code: "440000", Name: "广东省"}
	guangzhou = &rollout.Unit{ID: 40, Code: "440100", Name: "广州市"}
	now       = time.Date(2024, 4, 2, 9, 30, 0, 0, rollout.Beijing)
	day       = func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
)

// fixture returns three tasks of 广东省 for 2024Q1 and the reports of two of them.
func fixture() ([]*rollout.Task, map[int64]*rollout.Report) {
	tasks := []*rollout.Task{
		{ID: 745, UnitID: 4, Role: rollout.RoleImplement, Batch: 7, ItemSeq: 1, ItemName: "工程建设项目审批统一化、标准化、信息化",
			Deadline: rollout.ParseDeadline("2024年6月底前"), UnitCode: "440000", UnitName: "广东省"},
		{ID: 746, UnitID: 4, Role: rollout.RoleImplement, Batch: 7, ItemSeq: 2, ItemName: "出口货物检验检疫证单“云签发”平台",
			Deadline: rollout.ParseDeadline("持续推进"), UnitCode: "440000", UnitName: "广东省"},
		{ID: 9, UnitID: 4, Role: rollout.RoleLead, Batch: 6, ItemSeq: 12, ItemName: "知识产权纠纷调解优先推荐机制",
			Deadline: rollout.ParseDeadline("2023年12月31日前"), UnitCode: "440000", UnitName: "广东省"},
	}
	current := map[int64]*rollout.Report{
		745: {ID: 31, TaskID: 745, Period: "2024Q1", Version: 3, Status: rollout.StatusInProgress,
			Measures: "印发《广东省工程建设项目审批制度改革实施方案》，推进“一网通办”。\n下一步：完善系统，扩大覆盖面（含水利、交通）", Problem: true,
			ProblemText: "需住房城乡建设部协调数据共享， 涉及“国家平台”接口",
			Evidence: []rollout.Evidence{
				{ID: 1, FileName: "方案.pdf", Title: "方案扫描件"},
				{ID: 2, Title: "广东省工程建设项目审批制度改革实施方案", DocNo: "粤府办〔2024〕3号", Date: day(2024, 3, 1), Link: "https://www.gd.gov.cn/zwgk/wjk/2024/3.html"},
				{ID: 3, Title: "另一份文件"},
			}},
		746: {ID: 32, TaskID: 746, Period: "2024Q1", Version: 1, Status: rollout.StatusImplemented, Measures: "已上线运行。"},
	}
	return tasks, current
}

func template(t testing.TB, unit *rollout.Unit) []byte {
	t.Helper()
	tasks, current := fixture()
	if unit != guangdong {
		for _, tk := range tasks {
			tk.UnitID, tk.ID = unit.ID, tk.ID+1000
		}
		current = nil
	}
	data, err := Template(unit, "2024Q1", tasks, current, now)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// edit opens a workbook, applies fn to it as a user would and saves it.
func edit(t testing.TB, data []byte, fn func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fn(f)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func set(t testing.TB, f *excelize.File, cells ...any) {
	t.Helper()
	for i := 0; i < len(cells); i += 2 {
		if err := f.SetCellValue(ReportSheet, cells[i].(string), cells[i+1]); err != nil {
			t.Fatal(err)
		}
	}
}

func read(t testing.TB, data []byte) *Filled {
	t.Helper()
	got, err := ReadTemplate(data)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestTemplateRoundTrip(t *testing.T) {
	got := read(t, template(t, guangdong))
	want := &Filled{UnitID: 4, UnitCode: "440000", UnitName: "广东省", Period: "2024Q1", Rows: []FilledRow{
		{Row: 3, TaskID: 745, Version: 3, Report: rollout.Report{TaskID: 745, Period: "2024Q1", Version: 3, Status: rollout.StatusInProgress,
			Measures: "印发《广东省工程建设项目审批制度改革实施方案》，推进“一网通办”。\n下一步：完善系统，扩大覆盖面（含水利、交通）", Problem: true,
			ProblemText: "需住房城乡建设部协调数据共享， 涉及“国家平台”接口",
			Evidence:    []rollout.Evidence{{Title: "广东省工程建设项目审批制度改革实施方案", DocNo: "粤府办〔2024〕3号", Date: day(2024, 3, 1), Link: "https://www.gd.gov.cn/zwgk/wjk/2024/3.html"}}}},
		{Row: 4, TaskID: 746, Version: 1, Report: rollout.Report{TaskID: 746, Period: "2024Q1", Version: 1, Status: rollout.StatusImplemented, Measures: "已上线运行。"}},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

// filled is the template as a user fills it: the edits, and the rows read back.
func filled(t testing.TB) []byte {
	return edit(t, template(t, guangdong), func(f *excelize.File) {
		set(t, f,
			// 745: a new status and more text, the document kept.
			"G3", "持续深化", "H3", "已全面推行。", "M3", "否", "N3", "",
			// 746: a document with a date typed as text, in Excel's date format.
			"I4", "  关于推广检验检疫证单“云签发”的通知 ", "J4", "粤商务〔2024〕12号", "K4", "2024年3月15日",
			// 9: first report, date entered as a date, status by code, a problem.
			"G5", "pending_approval", "H5", "拟报请国务院批准。\r\n已形成初稿。", "I5", "实施方案（征求意见稿）",
			"K5", day(2024, 2, 29), "L5", "http://ip.gd.gov.cn/a?b=1", "M5", "是", "N5", "需修改《专利法实施细则》第十条",
		)
	})
}

var filledRows = []FilledRow{
	{Row: 3, TaskID: 745, Version: 3, Report: rollout.Report{TaskID: 745, Period: "2024Q1", Version: 3, Status: rollout.StatusDeepening,
		Measures: "已全面推行。",
		Evidence: []rollout.Evidence{{Title: "广东省工程建设项目审批制度改革实施方案", DocNo: "粤府办〔2024〕3号", Date: day(2024, 3, 1), Link: "https://www.gd.gov.cn/zwgk/wjk/2024/3.html"}}}},
	{Row: 4, TaskID: 746, Version: 1, Report: rollout.Report{TaskID: 746, Period: "2024Q1", Version: 1, Status: rollout.StatusImplemented, Measures: "已上线运行。",
		Evidence: []rollout.Evidence{{Title: "关于推广检验检疫证单“云签发”的通知", DocNo: "粤商务〔2024〕12号", Date: day(2024, 3, 15)}}}},
	{Row: 5, TaskID: 9, Version: 0, Report: rollout.Report{TaskID: 9, Period: "2024Q1", Status: rollout.StatusPending,
		Measures: "拟报请国务院批准。\n已形成初稿。", Problem: true, ProblemText: "需修改《专利法实施细则》第十条",
		Evidence: []rollout.Evidence{{Title: "实施方案（征求意见稿）", Date: day(2024, 2, 29), Link: "http://ip.gd.gov.cn/a?b=1"}}}},
}

func TestTemplateFilled(t *testing.T) {
	got := read(t, filled(t))
	if len(got.Errors) > 0 {
		t.Fatalf("errors: %v", got.Errors)
	}
	if !reflect.DeepEqual(got.Rows, filledRows) {
		t.Errorf("rows:\n got %+v\nwant %+v", got.Rows, filledRows)
	}
}

// TestTemplateErrors edits a template as users get it wrong and checks that
// each mistake is reported at its row and column and the row is not read.
func TestTemplateErrors(t *testing.T) {
	other := template(t, guangzhou)
	otherPeriod, err := Template(guangdong, "2023Q4", []*rollout.Task{{ID: 9, UnitID: 4}}, nil, now)
	if err != nil {
		t.Fatal(err)
	}
	// copyRow copies row 3 of another file into row at of f, as pasting a whole row does.
	copyRow := func(t *testing.T, from []byte, f *excelize.File, at int) {
		src, err := excelize.OpenReader(bytes.NewReader(from), excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		defer src.Close()
		rows, _ := src.GetRows(ReportSheet, excelize.Options{RawCellValue: true})
		vals := make([]any, len(rows[2]))
		for i, v := range rows[2] {
			vals[i] = v
		}
		vals[6] = "推进中"
		if err := f.SetSheetRow(ReportSheet, fmt.Sprintf("A%d", at), &vals); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		edit func(t *testing.T, f *excelize.File)
		want []cellWant // Message holds a part of the message
		read []int64    // the tasks still read
	}{
		{"unknown key", func(t *testing.T, f *excelize.File) { set(t, f, "A5", "T-009999", "G5", "推进中") },
			[]cellWant{{5, "任务编号", "A5", "与本行的校验码不符"}}, []int64{745, 746}},
		{"key not a key", func(t *testing.T, f *excelize.File) { set(t, f, "A5", "七四五", "G5", "推进中") },
			[]cellWant{{5, "任务编号", "A5", "任务编号“七四五”无效"}}, []int64{745, 746}},
		{"new row without key", func(t *testing.T, f *excelize.File) { set(t, f, "G6", "推进中", "H6", "新增的工作") },
			[]cellWant{{6, "任务编号", "A6", "任务编号为空"}}, []int64{745, 746}},
		{"status typo", func(t *testing.T, f *excelize.File) { set(t, f, "G5", "推进种") },
			[]cellWant{{5, "状态", "G5", "状态“推进种”不在可选范围内"}}, []int64{745, 746}},
		{"not applicable without a reason", func(t *testing.T, f *excelize.File) { set(t, f, "G5", "不适用") },
			[]cellWant{{5, "工作措施及进展", "H5", "请在工作措施及进展中说明理由"}}, []int64{745, 746}},
		{"row copied within the file", func(t *testing.T, f *excelize.File) {
			set(t, f, "A6", "T-000746", "G6", "已落地", "O6", 1, "P6", "440100/2024Q1/000000", "A7", "T-000746", "G7", "推进中", "O7", 1, "P7", checkCode("440000", "2024Q1", 746, 1))
		}, []cellWant{{6, "任务编号", "A6", "其他单位（440100）"}, {7, "任务编号", "A7", "在第 4 行已经填写过"}}, []int64{745, 746}},
		{"status missing", func(t *testing.T, f *excelize.File) { set(t, f, "H5", "已开展调研") },
			[]cellWant{{5, "状态", "G5", "未选择状态"}}, []int64{745, 746}},
		{"bad date", func(t *testing.T, f *excelize.File) { set(t, f, "K4", "2024-13-01", "I4", "某文件") },
			[]cellWant{{4, "印发日期", "K4", "印发日期“2024-13-01”无法识别"}}, []int64{745}},
		{"date too early", func(t *testing.T, f *excelize.File) { set(t, f, "K4", 12, "I4", "某文件") },
			[]cellWant{{4, "印发日期", "K4", "无法识别"}}, []int64{745}},
		{"doc number without title", func(t *testing.T, f *excelize.File) { set(t, f, "J4", "粤府〔2024〕1号") },
			[]cellWant{{4, "配套文件名称", "I4", "没有填写配套文件名称"}}, []int64{745}},
		{"bad link", func(t *testing.T, f *excelize.File) { set(t, f, "L3", "javascript:alert(1)") },
			[]cellWant{{3, "链接", "L3", "链接“javascript:alert(1)”无效"}}, []int64{746}},
		{"problem neither yes nor no", func(t *testing.T, f *excelize.File) { set(t, f, "M4", "有") },
			[]cellWant{{4, "是否存在问题", "M4", "应填“是”或“否”"}}, []int64{745}},
		{"problem without text", func(t *testing.T, f *excelize.File) { set(t, f, "M4", "是") },
			[]cellWant{{4, "问题说明", "N4", "请在问题说明中写明问题"}}, []int64{745}},
		{"problem text without yes", func(t *testing.T, f *excelize.File) { set(t, f, "M4", "否", "N4", "缺少经费") },
			[]cellWant{{4, "是否存在问题", "M4", "没有选“是”"}}, []int64{745}},
		{"version edited", func(t *testing.T, f *excelize.File) { set(t, f, "O3", 4) },
			[]cellWant{{3, "任务编号", "A3", "版本 4 与本行的校验码不符"}}, []int64{746}},
		{"version not a number", func(t *testing.T, f *excelize.File) { set(t, f, "O3", "第三版") },
			[]cellWant{{3, "版本", "O3", "版本“第三版”无效"}}, []int64{746}},
		{"check cleared", func(t *testing.T, f *excelize.File) { set(t, f, "P4", "") },
			[]cellWant{{4, "任务编号", "A4", "本行没有校验码"}}, []int64{745}},
		{"row copied from another unit", func(t *testing.T, f *excelize.File) { copyRow(t, other, f, 6) },
			[]cellWant{{6, "任务编号", "A6", "从其他单位（440100）的模板复制来的"}}, []int64{745, 746}},
		{"row copied from another period", func(t *testing.T, f *excelize.File) { copyRow(t, otherPeriod, f, 5) },
			[]cellWant{{5, "任务编号", "A5", "从其他报告期（2023Q4）的模板复制来的"}}, []int64{745, 746}},
		{"task twice", func(t *testing.T, f *excelize.File) {
			set(t, f, "A6", "T-000746", "G6", "已落地", "O6", 1, "P6", checkCode("440000", "2024Q1", 746, 1))
		}, []cellWant{{6, "任务编号", "A6", "在第 4 行已经填写过"}}, []int64{745, 746}},
		{"several errors in one row", func(t *testing.T, f *excelize.File) {
			set(t, f, "G5", "完成", "M5", "Y", "I5", "文件", "K5", "去年")
		},
			[]cellWant{{5, "状态", "G5", "不在可选范围内"}, {5, "是否存在问题", "M5", "不能填“Y”"}, {5, "印发日期", "K5", "无法识别"}},
			[]int64{745, 746}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := read(t, edit(t, template(t, guangdong), func(f *excelize.File) { tt.edit(t, f) }))
			if len(got.Errors) != len(tt.want) {
				t.Fatalf("errors: got %v, want %v", got.Errors, tt.want)
			}
			for i, e := range got.Errors {
				w := tt.want[i]
				if e.Row != w.Row || e.Column != w.Column || e.Cell != w.Cell || !strings.Contains(e.Text(msg.ZH), w.Message) {
					t.Errorf("error %d: got %v, want %v", i, e, w)
				}
			}
			var ids []int64
			for _, r := range got.Rows {
				ids = append(ids, r.TaskID)
			}
			if !reflect.DeepEqual(ids, tt.read) {
				t.Errorf("rows read: got %v, want %v", ids, tt.read)
			}
		})
	}
}

// TestTemplateEdited checks what users may do to the layout: insert rows
// above, add a column, write titles and values with spaces and full-width forms.
func TestTemplateEdited(t *testing.T) {
	data := edit(t, template(t, guangdong), func(f *excelize.File) {
		if err := f.InsertRows(ReportSheet, 1, 2); err != nil { // the header is now row 4
			t.Fatal(err)
		}
		if err := f.InsertCols(ReportSheet, "H", 1); err != nil { // 工作措施及进展 moves to I
			t.Fatal(err)
		}
		set(t, f, "A1", "附件2", "H4", "备注", "H7", "随便写", "G4", " 状 态（必填） ",
			"A7", "ｔ－０００００９", "G7", " 不适用 ", "I7", "属海关职权。", "N7", "否", "O7", "／")
	})
	got := read(t, data)
	if len(got.Errors) > 0 {
		t.Fatalf("errors: %v", got.Errors)
	}
	last := got.Rows[len(got.Rows)-1]
	want := FilledRow{Row: 7, TaskID: 9, Report: rollout.Report{TaskID: 9, Period: "2024Q1", Status: rollout.StatusNA, Measures: "属海关职权。"}}
	if len(got.Rows) != 3 || !reflect.DeepEqual(last, want) {
		t.Errorf("rows: got %+v, want 3 rows ending with %+v", got.Rows, want)
	}
}

func TestTemplateLayout(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(template(t, guangdong)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := f.GetSheetList(), []string{ReportSheet, GuideSheet, MetaSheet}; !reflect.DeepEqual(got, want) {
		t.Errorf("sheets: got %v, want %v", got, want)
	}
	if v, _ := f.GetSheetVisible(MetaSheet); v {
		t.Error("the meta sheet is visible")
	}
	if v, _ := f.GetColVisible(ReportSheet, "P"); v {
		t.Error("校验码 is visible")
	}
	cell := func(ref string) string { v, _ := f.GetCellValue(ReportSheet, ref); return v }
	checks := map[string]string{
		"A1": "广东省 2024年第1季度 改革试点经验复制推广工作进展报告",
		"A2": "任务编号", "G2": "状态", "O2": "版本", "P2": "校验码",
		"A3": "T-000745", "B3": "7", "C3": "1", "D3": "工程建设项目审批统一化、标准化、信息化", "E3": "承担", "F3": "2024年6月底前",
		"G3": "推进中", "K3": "2024-03-01", "M3": "是", "O3": "3", "P3": checkCode("440000", "2024Q1", 745, 3),
		"F4": "持续推进", "M4": "否", "E5": "牵头", "G5": "", "M5": "", "O5": "0",
	}
	for ref, want := range checks {
		if got := cell(ref); got != want {
			t.Errorf("%s: got %q, want %q", ref, got, want)
		}
	}
	if m, _ := f.GetMergeCells(ReportSheet); len(m) != 1 || m[0].GetStartAxis() != "A1" || m[0].GetEndAxis() != "O1" {
		t.Errorf("merged title: %v", m)
	}
	if p, _ := f.GetPanes(ReportSheet); !p.Freeze || p.YSplit != 2 {
		t.Errorf("panes: %+v", p)
	}
	if p, _ := f.GetSheetProtection(ReportSheet); !p.SelectUnlockedCells || p.Password != "" {
		t.Errorf("protection: %+v", p)
	}
	for ref, locked := range map[string]bool{"A3": true, "D3": true, "F5": true, "O5": true, "P5": true, "G5": false, "H5": false, "K5": false, "N5": false} {
		id, _ := f.GetCellStyle(ReportSheet, ref)
		s, _ := f.GetStyle(id)
		if s.Protection == nil || s.Protection.Locked != locked || s.Font == nil || s.Font.Family != bodyFont {
			t.Errorf("%s: style %+v %+v, want locked %v in %s", ref, s.Protection, s.Font, locked, bodyFont)
		}
	}
	dvs, _ := f.GetDataValidations(ReportSheet)
	lists := map[string]string{}
	for _, dv := range dvs {
		lists[dv.Sqref] = dv.Formula1
	}
	if want := `"未启动,推进中,已落地,持续深化,待报批/需调整法规,不适用,由中央部门统一实施"`; lists["G3:G5"] != want {
		t.Errorf("status list: got %q, want %q", lists["G3:G5"], want)
	}
	if lists["M3:M5"] != `"是,否"` {
		t.Errorf("problem list: %q", lists["M3:M5"])
	}
	meta, _ := f.GetRows(MetaSheet)
	if want := [][]string{{"format", TemplateFormat}, {"unit_id", "4"}, {"unit_code", "440000"}, {"unit_name", "广东省"},
		{"period", "2024Q1"}, {"generated_at", "2024-04-02T09:30:00+08:00"}}; !reflect.DeepEqual(meta, want) {
		t.Errorf("meta: got %v, want %v", meta, want)
	}
	guide, _ := f.GetRows(GuideSheet)
	var text strings.Builder
	for _, r := range guide {
		text.WriteString(strings.Join(r, "|") + "\n")
	}
	for _, want := range []string{"填报说明", "2024年第1季度（2024Q1）", "待报批/需调整法规|须报国务院批准", "印发日期|配套文件的印发日期，写作 2024-03-01", "不得修改"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("guide lacks %q:\n%s", want, text.String())
		}
	}
}

func TestTemplateInvalid(t *testing.T) {
	tasks, current := fixture()
	tests := []struct {
		name    string
		unit    *rollout.Unit
		period  rollout.Period
		tasks   []*rollout.Task
		current map[int64]*rollout.Report
		want    string
	}{
		{"no unit", nil, "2024Q1", tasks, current, "未指定填报单位"},
		{"bad period", guangdong, "2024Q5", tasks, current, "报告期“2024Q5”无效"},
		{"nil task", guangdong, "2024Q1", []*rollout.Task{nil}, nil, "第 1 项任务缺少编号"},
		{"task of another unit", guangzhou, "2024Q1", tasks, nil, "任务 T-000745 不是广州市的任务"},
		{"task twice", guangdong, "2024Q1", []*rollout.Task{tasks[0], tasks[0]}, nil, "任务 T-000745 重复"},
		{"report of another period", guangdong, "2024Q2", tasks, current, "与模板的报告期 2024Q2 不符"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Template(tt.unit, tt.period, tt.tasks, tt.current, now)
			if rollout.ErrorCode(err) != rollout.EINVALID || !strings.Contains(rollout.ErrorMessage(err), tt.want) {
				t.Errorf("got %v, want EINVALID with %q", err, tt.want)
			}
		})
	}
}

func TestTemplateNoTasks(t *testing.T) {
	data, err := Template(&rollout.Unit{ID: 77, Name: "省商务厅"}, "2024-03", nil, nil, now)
	if err != nil {
		t.Fatal(err)
	}
	got := read(t, data)
	want := &Filled{UnitID: 77, UnitName: "省商务厅", Period: "2024-03"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// TestReadTemplateWithoutMeta reads a template whose meta sheet was lost (the
// report sheet moved to a new workbook): the period comes from the title, the
// unit from the rows.
func TestReadTemplateWithoutMeta(t *testing.T) {
	data := edit(t, template(t, guangdong), func(f *excelize.File) {
		if err := f.DeleteSheet(MetaSheet); err != nil {
			t.Fatal(err)
		}
	})
	got := read(t, data)
	if got.UnitCode != "440000" || got.UnitName != "广东省" || got.Period != "2024Q1" || len(got.Rows) != 2 || len(got.Errors) != 0 {
		t.Errorf("got %+v", got)
	}
}

func TestReadTemplateInvalid(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "不是 .xlsx 格式"},
		{"text", []byte("任务编号,状态\n"), "不是 .xlsx 格式"},
		{"xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), "旧版 .xls/.et 格式或设置了打开密码"},
		{"broken zip", []byte("PK\x03\x04garbage"), "可能已损坏"},
		{"no header", func() []byte {
			data, _ := ExportList("任务清单", []string{"编号", "名称"}, [][]string{{"1", "甲"}})
			return data
		}(), "没有找到表头行"},
		{"column deleted", edit(t, template(t, guangdong), func(f *excelize.File) {
			if err := f.RemoveCol(ReportSheet, "L"); err != nil {
				t.Fatal(err)
			}
		}), "缺少 “链接” 列"},
		{"column twice", edit(t, template(t, guangdong), func(f *excelize.File) { set(t, f, "Q2", "状态") }), "表头“状态”出现了两次（G2 和 Q2）"},
		{"no unit", edit(t, template(t, guangdong), func(f *excelize.File) {
			if err := f.DeleteSheet(MetaSheet); err != nil {
				t.Fatal(err)
			}
			set(t, f, "A1", "进展报告")
		}), "无法确定本表的填报单位和报告期"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadTemplate(tt.data)
			if rollout.ErrorCode(err) != rollout.EINVALID || !strings.Contains(rollout.ErrorMessage(err), tt.want) {
				t.Errorf("got %v, want EINVALID with %q", err, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in       string
		date1904 bool
		want     time.Time // zero: not a date
	}{
		{"45352", false, day(2024, 3, 1)},
		{"45352.75", false, day(2024, 3, 1)},
		{"43890", true, day(2024, 3, 1)},
		{"2024-03-01", false, day(2024, 3, 1)},
		{"2024-3-1", false, day(2024, 3, 1)},
		{"2024/3/1", false, day(2024, 3, 1)},
		{"2024.3.1", false, day(2024, 3, 1)},
		{"2024年3月1日", false, day(2024, 3, 1)},
		{"2024 年 3 月 1 日", false, day(2024, 3, 1)},
		{"20240301", false, day(2024, 3, 1)},
		{"2024-03-01T00:00:00", false, day(2024, 3, 1)},
		{"2024-03-01 08:30", false, day(2024, 3, 1)},
		{"２０２４－０３－０１", false, day(2024, 3, 1)},
		{" 2024/03/01 ", false, day(2024, 3, 1)},
		{"2024-02-29", false, day(2024, 2, 29)},
		{"2023-02-29", false, time.Time{}},
		{"2024-13-01", false, time.Time{}},
		{"3/1/2024", false, time.Time{}},
		{"2024年3月", false, time.Time{}},
		{"12", false, time.Time{}},
		{"-5", false, time.Time{}},
		{"去年", false, time.Time{}},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in, tt.date1904)
		if ok != !tt.want.IsZero() || (ok && !got.Equal(tt.want)) {
			t.Errorf("parseDate(%q, %v) = %v, %v; want %v", tt.in, tt.date1904, got, ok, tt.want)
		}
	}
}

func TestParseTaskKey(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"T-000745", 745}, {"t-745", 745}, {"745", 745}, {"745.0", 745}, {"7.45E2", 745}, {" T-000745 ", 745},
		{"Ｔ－０００７４５", 745}, {"T000745", 745}, {"T-1234567", 1234567},
		{"", 0}, {"T-", 0}, {"T-0", 0}, {"-745", 0}, {"745.5", 0}, {"X-745", 0}, {"七四五", 0},
	}
	for _, tt := range tests {
		got, ok := parseTaskKey(tt.in)
		if got != tt.want || ok != (tt.want != 0) {
			t.Errorf("parseTaskKey(%q) = %d, %v; want %d", tt.in, got, ok, tt.want)
		}
	}
}

func TestCheckCode(t *testing.T) {
	a := checkCode("440000", "2024Q1", 745, 3)
	if unit, period, check, ok := splitCheck(a); !ok || unit != "440000" || period != "2024Q1" || len(check) != 6 {
		t.Errorf("splitCheck(%q) = %q %q %q %v", a, unit, period, check, ok)
	}
	for _, b := range []string{checkCode("440100", "2024Q1", 745, 3), checkCode("440000", "2024Q2", 745, 3),
		checkCode("440000", "2024Q1", 746, 3), checkCode("440000", "2024Q1", 745, 4)} {
		if a[len(a)-6:] == b[len(b)-6:] {
			t.Errorf("%s and %s have the same check", a, b)
		}
	}
	if unit, _, _, ok := splitCheck(checkCode("#77", "2024-03", 1, 0)); !ok || unit != "#77" {
		t.Errorf("unit without code: %q", unit)
	}
}

func BenchmarkReadTemplate(b *testing.B) {
	const n = 10000
	tasks := make([]*rollout.Task, n)
	current := make(map[int64]*rollout.Report, n)
	for i := range tasks {
		id := int64(i + 1)
		tasks[i] = &rollout.Task{ID: id, UnitID: 4, Role: rollout.RoleLead, Batch: 1 + i%7, ItemSeq: 1 + i%30,
			ItemName: "工程建设项目审批统一化、标准化、信息化", Deadline: rollout.ParseDeadline("2024年6月底前")}
		current[id] = &rollout.Report{TaskID: id, Period: "2024Q1", Version: i % 5, Status: rollout.Statuses[i%len(rollout.Statuses)],
			Measures: strings.Repeat("推进工程建设项目审批制度改革，", 1+i%8), Problem: i%10 == 0, ProblemText: map[bool]string{true: "需协调"}[i%10 == 0],
			Evidence: []rollout.Evidence{{Title: "实施方案", DocNo: fmt.Sprintf("粤府办〔2024〕%d号", i), Date: day(2024, 1+i%12, 1+i%28), Link: "https://www.gd.gov.cn/"}}}
	}
	data, err := Template(guangdong, "2024Q1", tasks, current, now)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		got, err := ReadTemplate(data)
		if err != nil || len(got.Rows) != n || len(got.Errors) != 0 {
			b.Fatalf("%d rows, %d errors, %v", len(got.Rows), len(got.Errors), err)
		}
	}
}

// cellWant is a CellError expected: Message holds a part of its text in Chinese.
type cellWant struct {
	Row          int
	Column, Cell string
	Message      string
}
