package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rollout"
	"rollout/sheet"
)

// templateOf downloads unit's progress report template for period as
// identity, failing unless it is served.
func (site *testSite) template(t *testing.T, identity string, unit int64, period rollout.Period) []byte {
	t.Helper()
	rec := site.getAs(t, identity, "GET", fmt.Sprintf("/units/%d/template.xlsx?period=%s", unit, period), nil)
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != xlsxType {
		t.Fatalf("template of %d for %s: %d %s\n%.300s", unit, period, rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	return rec.Body.Bytes()
}

// buildTemplate makes unit's template for period as the site would, without a
// request: with the reports stored, or as if none were when stale (a file
// made before they were saved).
func (site *testSite) buildTemplate(t testing.TB, unit int64, period rollout.Period, stale bool) []byte {
	t.Helper()
	ctx := context.Background()
	u, err := site.units.Unit(ctx, unit)
	if err != nil {
		t.Fatal(err)
	}
	tasks, err := site.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: unit})
	if err != nil {
		t.Fatal(err)
	}
	current := map[int64]*rollout.Report{}
	for _, task := range tasks {
		if rep, err := site.reports.Report(ctx, task.ID, period); err == nil && !stale {
			current[task.ID] = rep
		}
	}
	b, err := sheet.Template(u, period, tasks, current, siteNow)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fillTemplate fills a template as a person would in a spreadsheet program:
// for each task row, in the sheet's order, fill is called with the row's
// index among the task rows, its task ID and a function that types a value
// into the row's cell of a column (by its title). The workbook is saved as
// the program would save it.
func fillTemplate(t testing.TB, data []byte, fill func(i int, task int64, set func(column string, v any))) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet.ReportSheet)
	if err != nil {
		t.Fatal(err)
	}
	head := slices.IndexFunc(rows, func(r []string) bool { return slices.Contains(r, "状态") })
	if head < 0 {
		t.Fatalf("no header row in the template: %q", rows)
	}
	cols := map[string]int{}
	for j, title := range rows[head] {
		cols[title] = j
	}
	i := 0
	for n := head + 1; n < len(rows); n++ {
		key := rows[n][cols["任务编号"]]
		if key == "" {
			continue
		}
		id, err := strconv.ParseInt(strings.TrimLeft(strings.TrimPrefix(key, "T-"), "0"), 10, 64)
		if err != nil {
			t.Fatalf("row %d: task key %q", n+1, key)
		}
		fill(i, id, func(column string, v any) {
			j, ok := cols[column]
			if !ok {
				t.Fatalf("the template has no column %q", column)
			}
			cell, _ := excelize.CoordinatesToCellName(j+1, n+1)
			if err := f.SetCellValue(sheet.ReportSheet, cell, v); err != nil {
				t.Fatal(err)
			}
		})
		i++
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// templateTasks lists the task IDs of a template's rows, in order.
func templateTasks(t testing.TB, data []byte) []int64 {
	t.Helper()
	var ids []int64
	fillTemplate(t, data, func(_ int, task int64, _ func(string, any)) { ids = append(ids, task) })
	return ids
}

// uploadForm is the import form with a file and, when submit, the box ticked.
func uploadForm(name string, data []byte, submit bool) (http.Header, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	if submit {
		mw.WriteField("submit", "1")
	}
	fw, _ := mw.CreateFormFile("file", name)
	fw.Write(data)
	mw.Close()
	return http.Header{"Content-Type": {mw.FormDataContentType()}}, buf.String()
}

// importAs posts a file to unit's import page as identity.
func (site *testSite) importAs(t *testing.T, identity string, unit int64, name string, data []byte, submit bool) *httptest.ResponseRecorder {
	t.Helper()
	header, body := uploadForm(name, data, submit)
	return site.serveAs(t, identity, "POST", fmt.Sprintf("/units/%d/import", unit), header, body)
}

// ownTasks are unit's own tasks in the fixture.
func (site *testSite) ownTasks(t testing.TB, unit int64) []*rollout.Task {
	t.Helper()
	tasks, err := site.tasks.Tasks(context.Background(), rollout.TaskFilter{UnitID: unit})
	if err != nil || len(tasks) == 0 {
		t.Fatalf("fixture: unit %d has no tasks (%v)", unit, err)
	}
	return tasks
}

// reportOf returns task's report for period, or nil.
func (site *testSite) reportOf(t testing.TB, task int64, period rollout.Period) *rollout.Report {
	t.Helper()
	rep, err := site.reports.Report(context.Background(), task, period)
	if rollout.ErrorCode(err) == rollout.ENOTFOUND {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// auditedAs finds the audit entries of action, as "object detail".
func (site *testSite) auditedAs(action string) []string {
	site.audit.mu.Lock()
	defer site.audit.mu.Unlock()
	var out []string
	for _, e := range site.audit.entries {
		if e.Action == action {
			out = append(out, e.Object+" "+e.After)
		}
	}
	return out
}

// TestTemplateDownload: the template of a unit read back lists the unit's
// own tasks for the period asked (the current quarter by default), with the
// reports stored; it is an attachment named in Chinese, and audited.
func TestTemplateDownload(t *testing.T) {
	site := newTestSite(t, newFake(t))
	rec := site.getAs(t, gdReporter, "GET", "/units/440000/template.xlsx", nil)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != xlsxType {
		t.Fatalf("%d %s\n%.300s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	cd := rec.Header().Get("Content-Disposition")
	wantName := url.PathEscape("广东省-2024年第3季度-进展报告.xlsx")
	if !strings.HasPrefix(cd, `attachment; filename="rollout-template-440000-2024Q3.xlsx"; filename*=UTF-8''`) ||
		!strings.HasSuffix(cd, wantName) {
		t.Errorf("Content-Disposition %q, want the name %s", cd, wantName)
	}
	if rec.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("Cache-Control %q", rec.Header().Get("Cache-Control"))
	}
	filled, err := sheet.ReadTemplate(rec.Body.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if filled.UnitID != guangdong || filled.UnitName != "广东省" || filled.Period != "2024Q3" || len(filled.Rows) != 0 || len(filled.Errors) != 0 {
		t.Errorf("read back: %+v", filled)
	}
	var want []int64
	for _, task := range site.ownTasks(t, guangdong) {
		want = append(want, task.ID)
	}
	if got := templateTasks(t, rec.Body.Bytes()); !slices.Equal(got, want) {
		t.Errorf("the template lists tasks %v, want the unit's own %v", got, want)
	}
	if got := site.auditedAs("export.template"); !slices.Equal(got, []string{"unit:440000 period=2024Q3"}) {
		t.Errorf("audited %q", got)
	}

	// Shenzhen's template for the second quarter holds its report as stored.
	sz := site.ownTasks(t, shenzhen)[0]
	filled, err = sheet.ReadTemplate(site.template(t, "reporter@440300", shenzhen, "2024Q2"))
	if err != nil {
		t.Fatal(err)
	}
	stored := site.reportOf(t, sz.ID, "2024Q2")
	if len(filled.Rows) != 1 || filled.Rows[0].TaskID != sz.ID || filled.Rows[0].Version != stored.Version ||
		filled.Rows[0].Report.Status != rollout.StatusInProgress || filled.Rows[0].Report.Evidence[0].DocNo != "深府办〔2024〕12号" {
		t.Errorf("Shenzhen's 2024Q2 template read back as %+v", filled.Rows)
	}

	// The API serves the same file; a bad period is refused.
	api := site.getAs(t, gdReporter, "GET", "/api/v1/units/440000/template.xlsx?period=2024Q2", nil)
	if api.Code != 200 || api.Header().Get("Content-Type") != xlsxType || !strings.Contains(api.Header().Get("Content-Disposition"), url.PathEscape("2024年第2季度")) {
		t.Errorf("API: %d %s %s", api.Code, api.Header().Get("Content-Type"), api.Header().Get("Content-Disposition"))
	}
	for path, ctype := range map[string]string{"/units/440000/template.xlsx?period=2024Q5": htmlType,
		"/api/v1/units/440000/template.xlsx?period=2024Q5": jsonType} {
		rec := site.getAs(t, gdReporter, "GET", path, nil)
		if rec.Code != 400 || rec.Header().Get("Content-Type") != ctype || rec.Header().Get("Content-Disposition") != "" ||
			!strings.Contains(rec.Body.String(), "2024Q5") {
			t.Errorf("%s: %d %s\n%.300s", path, rec.Code, rec.Header().Get("Content-Type"), rec.Body)
		}
	}
	// A viewer reads the tasks but does not report on them.
	if rec := site.getAs(t, "viewer@440000", "GET", "/units/440000/template.xlsx", nil); rec.Code != 403 {
		t.Errorf("viewer: %d", rec.Code)
	}
}

func TestContentDisposition(t *testing.T) {
	got := contentDisposition(fileName(`广东省/省商务厅:"2024 Q1".xlsx`), "rollout-广东.xlsx")
	want := `attachment; filename="rollout-__.xlsx"; filename*=UTF-8''%E5%B9%BF%E4%B8%9C%E7%9C%81_%E7%9C%81%E5%95%86%E5%8A%A1%E5%8E%85__2024%20Q1_.xlsx`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestImportJourney: journey 3. Guangdong's reporter downloads the quarter's
// template, fills it in for every task as a person would in a spreadsheet
// program, and uploads it: every report is saved, each task acknowledged on
// the way, and the unit's task page says how many.
func TestImportJourney(t *testing.T) {
	site := newTestSite(t, newFake(t))
	tasks := site.ownTasks(t, guangdong)
	data := fillTemplate(t, site.template(t, gdReporter, guangdong, "2024Q3"), func(i int, _ int64, set func(string, any)) {
		set("状态", "推进中")
		if i == 0 {
			set("状态", "已落地")
			set("工作措施及进展", "已印发实施方案，全省工程建设项目审批系统完成对接。\n下一步：开展评估。")
			set("配套文件名称", "广东省工程建设项目审批制度改革实施方案")
			set("文号", "粤府〔2024〕88号")
			set("印发日期", "2024-07-01")
			set("链接", "https://www.gd.gov.cn/")
		}
		if i == 1 {
			set("是否存在问题", "是")
			set("问题说明", "需要国家部委协调数据共享。")
		}
	})
	rec := site.importAs(t, gdReporter, guangdong, "广东省-2024年第3季度-进展报告.xlsx", data, false)
	want := fmt.Sprintf("/units/440000/tasks?imported=%d&unchanged=0", len(tasks))
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != want {
		t.Fatalf("%d %s, want 303 to %s\n%s", rec.Code, rec.Header().Get("Location"), want, rec.Body)
	}
	for i, task := range tasks {
		rep := site.reportOf(t, task.ID, "2024Q3")
		if rep == nil || rep.Version != 1 || rep.Submitted {
			t.Fatalf("task %d: %+v", task.ID, rep)
		}
		after, _ := site.tasks.Task(context.Background(), task.ID)
		if after.State != rollout.StateInWork {
			t.Errorf("task %d is %s, want in_work", task.ID, after.State)
		}
		switch i {
		case 0:
			date := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
			if rep.Status != rollout.StatusImplemented || !strings.HasSuffix(rep.Measures, "下一步：开展评估。") || len(rep.Evidence) != 1 ||
				rep.Evidence[0].DocNo != "粤府〔2024〕88号" || !rep.Evidence[0].Date.Equal(date) || rep.Evidence[0].Link != "https://www.gd.gov.cn/" {
				t.Errorf("first report: %+v", rep)
			}
		case 1:
			if !rep.Problem || rep.ProblemText != "需要国家部委协调数据共享。" {
				t.Errorf("second report: %+v", rep)
			}
		default:
			if rep.Status != rollout.StatusInProgress || len(rep.Evidence) != 0 {
				t.Errorf("report of task %d: %+v", task.ID, rep)
			}
		}
	}
	for _, task := range tasks {
		events, _ := site.reports.Timeline(context.Background(), task.ID)
		var kinds []rollout.TaskEventKind
		for _, e := range events {
			kinds = append(kinds, e.Kind)
		}
		if !slices.Equal(kinds, []rollout.TaskEventKind{rollout.EventAcknowledge, rollout.EventDraft}) {
			t.Errorf("task %d's timeline: %v, want acknowledged then drafted", task.ID, kinds)
		}
	}
	page := site.getAs(t, gdReporter, "GET", rec.Header().Get("Location"), nil)
	if !strings.Contains(page.Body.String(), fmt.Sprintf("已导入 %d 份报告。", len(tasks))) {
		t.Errorf("the task page does not say what was imported:\n%s", page.Body)
	}

	// The same file again changes nothing: every row is as stored now, but
	// made from version 0, so it is refused as stale.
	again := site.importAs(t, gdReporter, guangdong, "again.xlsx", data, false)
	if again.Code != http.StatusConflict || !strings.Contains(again.Body.String(), "请重新下载模板") {
		t.Errorf("the same file again: %d\n%s", again.Code, again.Body)
	}
	// A fresh template, unchanged and submitted: every draft is submitted.
	fresh := site.template(t, gdReporter, guangdong, "2024Q3")
	rec = site.importAs(t, gdReporter, guangdong, "fresh.xlsx", fresh, true)
	if want := fmt.Sprintf("/units/440000/tasks?imported=%d&unchanged=0&submitted=1", len(tasks)); rec.Header().Get("Location") != want {
		t.Fatalf("submit: %d %s, want %s\n%s", rec.Code, rec.Header().Get("Location"), want, rec.Body)
	}
	rep := site.reportOf(t, tasks[0].ID, "2024Q3")
	if !rep.Submitted || rep.Version != 2 || rep.Evidence[0].Title != "广东省工程建设项目审批制度改革实施方案" {
		t.Errorf("submitted: %+v", rep)
	}
	page = site.getAs(t, gdReporter, "GET", rec.Header().Get("Location"), nil)
	if !strings.Contains(page.Body.String(), fmt.Sprintf("已导入 %d 份报告，并已提交复核。", len(tasks))) {
		t.Errorf("the task page does not say what was submitted")
	}
	// Once submitted, the same file saves nothing more.
	site.reports.writes = 0
	rec = site.importAs(t, gdReporter, guangdong, "fresh.xlsx", site.template(t, gdReporter, guangdong, "2024Q3"), false)
	if want := fmt.Sprintf("/units/440000/tasks?imported=0&unchanged=%d", len(tasks)); rec.Header().Get("Location") != want || site.reports.writes != 0 {
		t.Errorf("unchanged: %d %s, %d writes", rec.Code, rec.Header().Get("Location"), site.reports.writes)
	}
}

// TestImportRefusesRows: a status typed wrong and a date that is none are
// both listed with their row and column, and nothing is saved.
func TestImportRefusesRows(t *testing.T) {
	site := newTestSite(t, newFake(t))
	tasks := site.ownTasks(t, guangdong)
	data := fillTemplate(t, site.template(t, gdReporter, guangdong, "2024Q3"), func(i int, _ int64, set func(string, any)) {
		set("状态", "推进中")
		switch i {
		case 4:
			set("状态", "已完成")
		case 6:
			set("配套文件名称", "实施方案")
			set("印发日期", "2024-13-45")
		case 7:
			set("工作措施及进展", strings.Repeat("措", rollout.MaxMeasuresRunes+1))
		}
	})
	rec := site.importAs(t, gdReporter, guangdong, "filled.xlsx", data, true)
	body := html.UnescapeString(rec.Body.String())
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("%d\n%s", rec.Code, body)
	}
	for _, want := range []string{
		"表中有3处问题，未保存任何内容。",
		`<td class="num" data-label="行">7</td>`, ">状态</td>", "<code>G7</code>", "“已完成”不在可选范围内",
		`<td class="num" data-label="行">9</td>`, ">印发日期</td>", "<code>K9</code>", "印发日期“2024-13-45”无法识别",
		`<td class="num" data-label="行">10</td>`, ">工作措施及进展</td>", "工作措施及进展过长：最多5000个字",
		`name="submit" value="1" checked`, "filled.xlsx",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if site.reports.writes != 0 {
		t.Errorf("%d writes", site.reports.writes)
	}
	for _, task := range tasks {
		if site.reportOf(t, task.ID, "2024Q3") != nil {
			t.Fatalf("task %d has a report", task.ID)
		}
	}
}

// TestImportRefusesFiles: another unit's template, a file that is no template
// and a file of another type are refused as a whole, and nothing is saved.
func TestImportRefusesFiles(t *testing.T) {
	site := newTestSite(t, newFake(t))
	status := func(_ int, _ int64, set func(string, any)) { set("状态", "推进中") }
	sichuan := fillTemplate(t, site.buildTemplate(t, 510000, "2024Q3", false), status)
	blank := site.template(t, gdReporter, guangdong, "2024Q3")
	list, _ := sheet.ExportList("列表", []string{"甲", "乙"}, [][]string{{"1", "2"}})
	for _, tt := range []struct {
		name   string
		data   []byte
		status int
		want   string
	}{
		{"四川省.xlsx", sichuan, 400, "本表是四川省的模板，不能作为广东省的报告导入"},
		{"blank.xlsx", blank, 400, "表中没有填写任何任务的进展"},
		{"list.xlsx", list, 400, "没有找到表头行"},
		{"old.xlsx", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old"), 400, "旧版 .xls/.et 格式"},
		{"report.xls", blank, 400, "只接受 .xlsx 文件"},
		{"empty.xlsx", nil, 400, "是空文件"},
	} {
		rec := site.importAs(t, gdReporter, guangdong, tt.name, tt.data, false)
		body := html.UnescapeString(rec.Body.String())
		if rec.Code != tt.status || !strings.Contains(body, tt.want) || !strings.Contains(body, `id="form-error"`) {
			t.Errorf("%s: %d, want %d with %q\n%.2000s", tt.name, rec.Code, tt.status, tt.want, body)
		}
	}
	// Not a multipart form, and a file over the bound.
	rec := site.serveAs(t, gdReporter, "POST", "/units/440000/import", formPost, "submit=1")
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "请使用页面上的表单上传文件。") {
		t.Errorf("form post: %d", rec.Code)
	}
	rec = site.importAs(t, gdReporter, guangdong, "big.xlsx", bytes.Repeat([]byte("x"), maxTemplateSize+1), false)
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "文件过大：最多10 MiB。") {
		t.Errorf("too large: %d", rec.Code)
	}
	if site.reports.writes != 0 {
		t.Errorf("%d writes", site.reports.writes)
	}
}

// TestImportConflict: a row filled in on a version another save has since
// replaced is refused with the task named and the advice to download the
// template afresh; so is a save that loses a race after the check. Nothing
// is saved.
func TestImportConflict(t *testing.T) {
	site := newTestSite(t, newFake(t))
	const gzReporter = "reporter@440100"
	gz := site.ownTasks(t, guangzhou)[0]
	data := fillTemplate(t, site.template(t, gzReporter, guangzhou, "2024Q2"), func(_ int, _ int64, set func(string, any)) {
		set("状态", "已落地")
		set("工作措施及进展", "实施方案已印发。")
	})
	// A colleague saves the report on the form meanwhile.
	ctx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, "reviewer@440100"))
	cur := site.reportOf(t, gz.ID, "2024Q2")
	cur.Measures = "实施方案已送审。"
	if _, err := site.reports.SaveReport(ctx, cur, false); err != nil {
		t.Fatal(err)
	}
	site.reports.writes = 0
	rec := site.importAs(t, gzReporter, guangzhou, "gz.xlsx", data, false)
	body := html.UnescapeString(rec.Body.String())
	if rec.Code != http.StatusConflict {
		t.Fatalf("%d\n%s", rec.Code, body)
	}
	key := taskKey(gz.ID)
	for _, want := range []string{"报告已被他人修改", "任务 " + key + " 的报告在本表导出后已被他人修改", "请重新下载模板",
		"该报告已被他人修改（当前为第2版，reviewer.440100", `href="/units/440100/template.xlsx?period=2024Q2"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if rep := site.reportOf(t, gz.ID, "2024Q2"); rep.Version != 2 || rep.Measures != "实施方案已送审。" || site.reports.writes != 0 {
		t.Errorf("the report changed: %+v (%d writes)", rep, site.reports.writes)
	}

	// A fresh template, and a save that loses a race to another.
	data = fillTemplate(t, site.template(t, gzReporter, guangzhou, "2024Q2"), func(_ int, _ int64, set func(string, any)) {
		set("状态", "已落地")
	})
	stored := site.reportOf(t, gz.ID, "2024Q2")
	raced := *stored
	raced.Version++
	site.reports.saveErr = &rollout.ReportConflict{Current: &raced}
	rec = site.importAs(t, gzReporter, guangzhou, "gz.xlsx", data, false)
	body = html.UnescapeString(rec.Body.String())
	if rec.Code != http.StatusConflict || !strings.Contains(body, "任务 "+key+" 的报告在本表导出后已被他人修改") ||
		!strings.Contains(body, "该报告已被他人修改（当前为第3版") || !strings.Contains(body, `data-label="行">3</td>`) {
		t.Errorf("race: %d\n%s", rec.Code, body)
	}
	site.reports.saveErr = nil
	// Then the same file saves.
	if rec := site.importAs(t, gzReporter, guangzhou, "gz.xlsx", data, false); rec.Code != http.StatusSeeOther {
		t.Errorf("after the race: %d\n%s", rec.Code, rec.Body)
	}
}

// TestImportKeepsEvidence: the template shows a report's first local
// document; the import edits that one and keeps the report's attached files.
// A task whose report awaits review takes no import, but its unchanged row
// is left alone.
func TestImportKeepsEvidence(t *testing.T) {
	site := newTestSite(t, newFake(t))
	const gzReporter = "reporter@440100"
	gz := site.ownTasks(t, guangzhou)[0]
	ctx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, gzReporter))
	cur := site.reportOf(t, gz.ID, "2024Q2")
	cur.Evidence = []rollout.Evidence{{Title: "广州市实施方案（征求意见稿）", DocNo: "穗府办函〔2024〕1号"}, {Title: "会议纪要"}}
	cur, err := site.reports.SaveReport(ctx, cur, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := site.reports.AddAttachment(ctx, cur.ID, rollout.Evidence{Title: "方案", FileName: "方案.pdf"}, pdf); err != nil {
		t.Fatal(err)
	}
	data := fillTemplate(t, site.template(t, gzReporter, guangzhou, "2024Q2"), func(_ int, _ int64, set func(string, any)) {
		set("配套文件名称", "广州市工程建设项目审批制度改革实施方案")
	})
	if rec := site.importAs(t, gzReporter, guangzhou, "gz.xlsx", data, false); rec.Code != http.StatusSeeOther {
		t.Fatalf("%d\n%s", rec.Code, rec.Body)
	}
	rep := site.reportOf(t, gz.ID, "2024Q2")
	var titles []string
	for _, e := range rep.Evidence {
		titles = append(titles, e.Title+"|"+e.DocNo+"|"+e.FileName)
	}
	want := []string{"广州市工程建设项目审批制度改革实施方案|穗府办函〔2024〕1号|", "会议纪要||", "方案||方案.pdf"}
	if !slices.Equal(titles, want) || rep.Evidence[0].ID != cur.Evidence[0].ID {
		t.Errorf("evidence %q (first ID %d), want %q (ID %d)", titles, rep.Evidence[0].ID, want, cur.Evidence[0].ID)
	}

	// Shenzhen's report awaits review: its row as exported is left alone,
	// and a change to it is refused with why.
	const szReporter = "reporter@440300"
	sz := site.ownTasks(t, shenzhen)[0]
	site.reports.writes = 0
	exported := site.template(t, szReporter, shenzhen, "2024Q2")
	if rec := site.importAs(t, szReporter, shenzhen, "sz.xlsx", exported, false); rec.Header().Get("Location") != "/units/440300/tasks?imported=0&unchanged=1" {
		t.Errorf("unchanged: %d %s", rec.Code, rec.Header().Get("Location"))
	}
	changed := fillTemplate(t, exported, func(_ int, _ int64, set func(string, any)) { set("状态", "已落地") })
	rec := site.importAs(t, szReporter, shenzhen, "sz.xlsx", changed, false)
	if body := html.UnescapeString(rec.Body.String()); rec.Code != http.StatusUnprocessableEntity ||
		!strings.Contains(body, "任务 "+taskKey(sz.ID)+"：进展已反馈，正在等待复核，复核前不能修改。请清空本行填写的内容后再导入。") {
		t.Errorf("locked: %d\n%s", rec.Code, body)
	}
	if site.reports.writes != 0 {
		t.Errorf("%d writes", site.reports.writes)
	}
}

// TestCountyTemplates: a county downloads and imports its own template, its
// task acknowledged by the import; it neither downloads another county's nor
// imports into it, by page or API, and the refusal names nothing of it.
func TestCountyTemplates(t *testing.T) {
	site := newTestSite(t, newFake(t))
	_, nanshan := nanshanTask(t, site)
	const county = "reporter@440304"
	own := site.template(t, county, futian, "2024Q3")
	other := fillTemplate(t, site.buildTemplate(t, 440305, "2024Q3", false), func(_ int, _ int64, set func(string, any)) {
		set("状态", "推进中")
	})
	header, body := uploadForm("南山区.xlsx", other, false)
	xlsx := http.Header{"Content-Type": {xlsxType}}
	for _, tt := range []struct {
		method, path string
		header       http.Header
		body         string
	}{
		{"GET", "/units/440305/template.xlsx", nil, ""},
		{"GET", "/units/440305/import", nil, ""},
		{"POST", "/units/440305/import", header, body},
		{"GET", "/api/v1/units/440305/template.xlsx", nil, ""},
		{"POST", "/api/v1/units/440305/reports/import", xlsx, string(other)},
		{"GET", "/units/440300/template.xlsx", nil, ""},
	} {
		rec := site.serveAs(t, county, tt.method, tt.path, tt.header, tt.body)
		if rec.Code != http.StatusForbidden || rec.Header().Get("Content-Disposition") != "" {
			t.Errorf("%s %s: %d, want 403", tt.method, tt.path, rec.Code)
		}
		for _, leak := range []string{"南山区", "深圳市"} {
			if strings.Contains(rec.Body.String(), leak) {
				t.Errorf("%s %s: the refusal tells %q", tt.method, tt.path, leak)
			}
		}
	}
	// Nor does its own page take another county's file.
	rec := site.importAs(t, county, futian, "南山区.xlsx", other, false)
	if rec.Code != 400 || !strings.Contains(html.UnescapeString(rec.Body.String()), "本表是南山区的模板，不能作为福田区的报告导入") {
		t.Errorf("another county's file: %d\n%s", rec.Code, rec.Body)
	}
	if site.reportOf(t, nanshan.ID, "2024Q3") != nil || site.reports.writes != 0 {
		t.Error("南山区's report was written")
	}

	ft := site.ownTasks(t, futian)[0]
	filled := fillTemplate(t, own, func(_ int, _ int64, set func(string, any)) { set("状态", "推进中") })
	if rec := site.importAs(t, county, futian, "福田区.xlsx", filled, true); rec.Code != http.StatusSeeOther {
		t.Fatalf("own: %d\n%s", rec.Code, rec.Body)
	}
	after, _ := site.tasks.Task(context.Background(), ft.ID)
	if rep := site.reportOf(t, ft.ID, "2024Q3"); rep == nil || !rep.Submitted || after.State != rollout.StateReported {
		t.Errorf("own import: %+v, task %s", rep, after.State)
	}
}

// TestAPIImport: the API takes the file as the body and answers with what it
// saved, or every problem with nothing saved.
func TestAPIImport(t *testing.T) {
	site := newTestSite(t, newFake(t))
	tasks := site.ownTasks(t, guangdong)
	xlsx := http.Header{"Content-Type": {xlsxType}}
	good := fillTemplate(t, site.buildTemplate(t, guangdong, "2024Q3", false), func(_ int, _ int64, set func(string, any)) {
		set("状态", "推进中")
	})
	bad := fillTemplate(t, good, func(i int, _ int64, set func(string, any)) {
		if i == 2 {
			set("状态", "已完成")
			set("是否存在问题", "是")
		}
	})
	post := func(query string, header http.Header, body []byte) (*httptest.ResponseRecorder, map[string]any) {
		t.Helper()
		rec := site.serveAs(t, gdReporter, "POST", "/api/v1/units/440000/reports/import"+query, header, string(body))
		var out map[string]any
		if rec.Header().Get("Content-Type") != jsonType || json.Unmarshal(rec.Body.Bytes(), &out) != nil {
			t.Fatalf("%s: %d %s\n%s", query, rec.Code, rec.Header().Get("Content-Type"), rec.Body)
		}
		return rec, out
	}

	rec, out := post("", xlsx, bad)
	errs, _ := out["errors"].([]any)
	if rec.Code != 422 || len(errs) != 2 || out["error"].(map[string]any)["code"] != "invalid" {
		t.Fatalf("bad: %d %v", rec.Code, out)
	}
	first := errs[0].(map[string]any)
	if first["row"] != 5.0 || first["column"] != "状态" || first["cell"] != "G5" || !strings.Contains(first["message"].(string), "已完成") {
		t.Errorf("first error: %v", first)
	}
	rec, out = post("?dry_run=true", xlsx, good)
	if rec.Code != 200 || out["saved"] != float64(len(tasks)) || out["dry_run"] != true || out["period"] != "2024Q3" || site.reports.writes != 0 {
		t.Errorf("dry run: %d %v, %d writes", rec.Code, out, site.reports.writes)
	}
	for _, tt := range []struct {
		query  string
		header http.Header
		body   []byte
		status int
		code   string
	}{
		{"?submit=yes", xlsx, good, 400, "invalid"},
		{"", http.Header{"Content-Type": {"application/octet-stream"}}, good, 415, "unsupported_media_type"},
		{"", xlsx, bytes.Repeat([]byte("x"), maxTemplateSize+1), 413, "too_large"},
		{"", xlsx, []byte("not a workbook"), 400, "invalid"},
	} {
		rec, out := post(tt.query, tt.header, tt.body)
		if rec.Code != tt.status || out["error"].(map[string]any)["code"] != tt.code {
			t.Errorf("%s %s: %d %v", tt.query, tt.header.Get("Content-Type"), rec.Code, out)
		}
	}
	if site.reports.writes != 0 {
		t.Fatalf("%d writes before the import", site.reports.writes)
	}
	rec, out = post("?submit=true", xlsx, good)
	if rec.Code != 200 || out["saved"] != float64(len(tasks)) || out["unchanged"] != 0.0 || len(out["errors"].([]any)) != 0 {
		t.Fatalf("import: %d %v", rec.Code, out)
	}
	if rep := site.reportOf(t, tasks[0].ID, "2024Q3"); rep == nil || !rep.Submitted {
		t.Errorf("saved: %+v", rep)
	}
	// The same file again: made from version 0, now stale.
	rec, out = post("", xlsx, good)
	if rec.Code != 409 || out["error"].(map[string]any)["code"] != "conflict" || len(out["errors"].([]any)) != len(tasks) {
		t.Errorf("stale: %d %v", rec.Code, out)
	}
}

// TestListExports: the unit's tasks, the overdue list and the queue as .xlsx
// and CSV hold the page's rows and columns; the CSV opens in Excel and WPS
// (a byte-order mark, Chinese as written). Each download is audited.
func TestListExports(t *testing.T) {
	site := newTestSite(t, newFake(t))
	own := site.ownTasks(t, guangdong)
	rec := site.getAs(t, gdReporter, "GET", "/units/440000/tasks?format=csv", nil)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != csvType {
		t.Fatalf("%d %s\n%.300s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, `filename="rollout-tasks-440000-20240702.csv"`) ||
		!strings.Contains(cd, url.PathEscape("广东省 · 本单位任务-2024-07-02.csv")) {
		t.Errorf("Content-Disposition %q", cd)
	}
	raw := rec.Body.Bytes()
	if !bytes.HasPrefix(raw, []byte("\uFEFF")) {
		t.Error("the CSV has no byte-order mark")
	}
	records, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(raw, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := []string{"批次", "序号", "改革事项", "承担单位", "职责", "完成时限", "督办灯", "办理状态", "成果形式", "任务来源"}
	if !slices.Equal(records[0], header) || len(records) != len(own)+1 {
		t.Errorf("header %q, %d rows; want %q and %d rows", records[0], len(records)-1, header, len(own))
	}
	item1 := slices.IndexFunc(records, func(r []string) bool { return r[1] == "1" })
	if item1 < 0 || !slices.Equal(records[item1][:8], []string{"第七批", "1", "工程建设项目审批统一化、标准化、信息化", "广东省", "承担", "", "未规定", "待签收"}) {
		t.Errorf("item 1's row: %q", records[item1])
	}

	// The overdue list as a spreadsheet: a title, then the page's rows.
	rec = site.getAs(t, "viewer@440000", "GET", "/units/440000/overdue?format=xlsx", nil)
	if rec.Code != 200 || rec.Header().Get("Content-Type") != xlsxType {
		t.Fatalf("overdue: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	f, err := excelize.OpenReader(bytes.NewReader(rec.Body.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(f.GetSheetName(0))
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	q := site.listQuery(rollout.TaskFilter{Within: guangdong})
	q.Light, q.Lit, q.Limit = rollout.LightRed, true, rollout.MaxTaskExport
	overduePage, err := site.tasks.TaskList(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	overdue := overduePage.Tasks
	if len(overdue) == 0 || len(rows) != len(overdue)+2 || rows[0][0] != "广东省 · 逾期任务（2024-07-02 导出）" ||
		!slices.Equal(rows[1][7:], []string{"办理状态", "逾期", "任务来源"}) {
		t.Errorf("overdue rows %q (want %d tasks)", rows, len(overdue))
	}
	if len(rows) > 2 && (rows[2][6] != "红灯" || !strings.HasSuffix(rows[2][8], "天")) {
		t.Errorf("first overdue row %q", rows[2])
	}

	// The queue: 深圳市's report awaits 广东省's review.
	rec = site.getAs(t, "reviewer@440000", "GET", "/units/440000/reviews?format=csv&lang=en", nil)
	records, err = csv.NewReader(bytes.NewReader(bytes.TrimPrefix(rec.Body.Bytes(), []byte("\uFEFF")))).ReadAll()
	if rec.Code != 200 || err != nil || len(records) != 2 || records[0][0] != "Batch" || records[1][3] != "深圳市" || records[1][7] != "Reported" {
		t.Errorf("queue: %d %v %q", rec.Code, err, records)
	}

	if got := site.auditedAs("export.list"); !slices.Equal(got, []string{
		fmt.Sprintf("unit:440000 list=tasks&format=csv&rows=%d", len(own)),
		fmt.Sprintf("unit:440000 list=overdue&format=xlsx&rows=%d", len(overdue)),
		"unit:440000 list=reviews&format=csv&rows=1",
	}) {
		t.Errorf("audited %q", got)
	}
	if rec := site.getAs(t, gdReporter, "GET", "/units/440000/tasks?format=pdf", nil); rec.Code != 400 || !strings.Contains(html.UnescapeString(rec.Body.String()), "导出格式“pdf”无效") {
		t.Errorf("format pdf: %d", rec.Code)
	}

	// The pages offer the files to those who may have them.
	page := site.getAs(t, gdReporter, "GET", "/units/440000/tasks", nil).Body.String()
	for _, want := range []string{`href="/units/440000/tasks?format=xlsx"`, `href="/units/440000/tasks?format=csv"`,
		`href="/units/440000/template.xlsx?period=2024Q3"`, `href="/units/440000/template.xlsx?period=2024Q2"`, `href="/units/440000/import"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the task page lacks %s", want)
		}
	}
	viewer := site.getAs(t, "viewer@440000", "GET", "/units/440000/tasks", nil).Body.String()
	if !strings.Contains(viewer, `?format=csv"`) || strings.Contains(viewer, "template.xlsx") || strings.Contains(viewer, "/import") {
		t.Error("a viewer is offered the template, or not the list")
	}
	for _, path := range []string{"/units/440000/overdue", "/units/440000/reviews"} {
		if body := site.getAs(t, "reviewer@440000", "GET", path, nil).Body.String(); !strings.Contains(body, path+"?format=xlsx") || !strings.Contains(body, path+"?format=csv") {
			t.Errorf("%s does not offer its files", path)
		}
	}
}

// TestListExportsAuthorisedAsPages: whoever may see a list's page may have it
// as a file, and nobody else.
func TestListExportsAuthorisedAsPages(t *testing.T) {
	site := newTestSite(t, newFake(t))
	who := []string{""}
	for _, role := range rollout.Roles {
		for _, at := range []string{"440000", "440304", "510000", "1"} {
			who = append(who, string(role)+"@"+at)
		}
	}
	for _, list := range []string{"tasks", "overdue", "reviews"} {
		for _, id := range who {
			path := "/units/440000/" + list
			page := site.getAs(t, id, "GET", path, nil)
			for _, format := range []string{"xlsx", "csv"} {
				file := site.getAs(t, id, "GET", path+"?format="+format, nil)
				if (page.Code == 200) != (file.Code == 200) || (page.Code != 200 && file.Code != page.Code) {
					t.Errorf("%s as %q: page %d, %s %d", path, id, page.Code, format, file.Code)
				}
			}
		}
	}
}
