package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"rollout"
)

// childTask returns the task divided from parent for unit.
func childTask(t *testing.T, site *testSite, parent, unit int64) *rollout.Task {
	t.Helper()
	for _, c := range site.tasks.under(parent) {
		if c.UnitID == unit {
			return c
		}
	}
	t.Fatalf("fixture: no task of unit %d under task %d", unit, parent)
	return nil
}

// loopTasks returns the fixture's chain for item 1: 广东省's task, 深圳市's
// under it (reported), 福田区's under that (assigned), and 广州市's (a draft).
func loopTasks(t *testing.T, site *testSite) (gd, sz, ft, gz *rollout.Task) {
	t.Helper()
	gd = site.tasks.first(t, guangdong, 1001)
	sz = childTask(t, site, gd.ID, shenzhen)
	ft = childTask(t, site, sz.ID, futian)
	gz = childTask(t, site, gd.ID, guangzhou)
	return gd, sz, ft, gz
}

// reportForm encodes the report form's fields, URL-encoded.
func reportFormBody(fields ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(fields); i += 2 {
		v.Add(fields[i], fields[i+1])
	}
	return v.Encode()
}

// reportUpload encodes the report form's fields with a file, multipart.
func reportUpload(fileName string, content []byte, fields ...string) (http.Header, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for i := 0; i+1 < len(fields); i += 2 {
		mw.WriteField(fields[i], fields[i+1])
	}
	if fileName != "" {
		fw, _ := mw.CreateFormFile("file", fileName)
		fw.Write(content)
	}
	mw.Close()
	return http.Header{"Content-Type": {mw.FormDataContentType()}}, buf.String()
}

// follow serves a GET of the redirect rec answered, as who.
func follow(t *testing.T, site *testSite, who string, rec *httptest.ResponseRecorder) string {
	t.Helper()
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("status %d, want 303\n%.2000s", rec.Code, rec.Body)
	}
	next := site.getAs(t, who, "GET", rec.Header().Get("Location"), nil)
	if next.Code != 200 {
		t.Fatalf("GET %s: %d", rec.Header().Get("Location"), next.Code)
	}
	return next.Body.String()
}

func wantAll(t *testing.T, what, body string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("%s lacks %q", what, w)
		}
	}
}

// TestSupervisionLoop: journeys 3 and 4 through the pages. 福田区 acknowledges
// its task, saves and submits a report; 深圳市 returns it with a reason, which
// the timeline shows; 福田区 corrects and submits it again; 深圳市 accepts it.
// 广东省 accepts 深圳市's report but cannot close 深圳市's task while 福田区's
// is open; once 深圳市 has closed 福田区's, it can.
func TestSupervisionLoop(t *testing.T) {
	site := newTestSite(t, newFake(t))
	_, sz, ft, _ := loopTasks(t, site)
	const county, city, province = "reporter@440304", "reviewer@440300", "reviewer@440000"
	step := func(who string, task int64, kind, note string) *httptest.ResponseRecorder {
		t.Helper()
		return site.serveAs(t, who, "POST", fmt.Sprintf("/tasks/%d/steps", task), formPost,
			reportFormBody("kind", kind, "note", note))
	}
	state := func(id int64) rollout.TaskState {
		t.Helper()
		task, err := site.tasks.Task(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		return task.State
	}
	taskURL := fmt.Sprintf("/tasks/%d", ft.ID)

	// 签收.
	rec := step(county, ft.ID, "acknowledge", "")
	if loc := rec.Header().Get("Location"); loc != taskURL+"?done=acknowledge" {
		t.Errorf("after acknowledging: Location %q", loc)
	}
	page := follow(t, site, county, rec)
	wantAll(t, "the task after acknowledging", page, `<p class="notice success" role="status">已完成“签收”。</p>`,
		`<span class="state state-acknowledged">已签收</span>`, "reporter.440304", "待签收 → 已签收", `href="/tasks/`+fmt.Sprint(ft.ID)+`/report?period=2024Q3"`)

	// 办理: a draft of the current quarter's report, then 反馈.
	form := site.getAs(t, county, "GET", taskURL+"/report", nil).Body.String()
	wantAll(t, "the empty form", form, `<input type="hidden" name="version" value="0">`, `<input type="hidden" name="period" value="2024Q3">`)
	rec = site.serveAs(t, county, "POST", taskURL+"/report", formPost, reportFormBody("period", "2024Q3", "version", "0",
		"status", "in_progress", "measures", "已梳理区级审批事项。", "action", "save"))
	if loc := rec.Header().Get("Location"); loc != taskURL+"/report?period=2024Q3&saved=1" {
		t.Errorf("after saving: Location %q", loc)
	}
	form = follow(t, site, county, rec)
	wantAll(t, "the form after saving", form, "已保存草稿。", `<input type="hidden" name="version" value="1">`, ">已梳理区级审批事项。</textarea>",
		`<option value="in_progress" selected>推进中</option>`)
	if st := state(ft.ID); st != rollout.StateInWork {
		t.Errorf("after a draft the task is %s", st)
	}
	rec = site.serveAs(t, county, "POST", taskURL+"/report", formPost, reportFormBody("period", "2024Q3", "version", "1",
		"status", "in_progress", "measures", "已梳理区级审批事项。", "action", "submit"))
	page = follow(t, site, county, rec)
	wantAll(t, "the task after submitting", page, "已完成“反馈”。", `<span class="state state-reported">已反馈</span>`, "进展报告 · 2024年第3季度",
		"已梳理区级审批事项。", `<span class="tag">已反馈</span>`)
	if body := site.getAs(t, county, "GET", taskURL+"/report?period=2024Q3", nil).Body.String(); !strings.Contains(body, "正在等待复核") || strings.Contains(body, "report-form") {
		t.Error("the form is still offered while the report awaits review")
	}

	// 复核: the city's queue holds it; a unit cannot review its own report.
	queue := site.getAs(t, city, "GET", "/units/440300/reviews", nil).Body.String()
	wantAll(t, "深圳市's queue", queue, "福田区", fmt.Sprintf(`href="/tasks/%d#report"`, ft.ID))
	if rec := step(county, ft.ID, "accept", ""); rec.Code != http.StatusForbidden {
		t.Errorf("the county accepts its own report: %d", rec.Code)
	}
	if rec := step(city, ft.ID, "return", " "); rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "请填写退回理由") {
		t.Errorf("a return without a reason: %d", rec.Code)
	}
	const reason = "缺少佐证材料：请附区政府印发的实施方案。"
	page = follow(t, site, county, step(city, ft.ID, "return", reason))
	wantAll(t, "the task after its return", page, `<span class="state state-returned">已退回</span>`, "reviewer.440300",
		`<strong class="event-kind">退回</strong>`, "已反馈 → 已退回", `<p class="event-note" lang="zh-CN">`+reason+`</p>`)
	inbox := site.getAs(t, county, "GET", "/units/440304/tasks", nil).Body.String()
	wantAll(t, "the county's inbox", inbox, `<span class="state state-returned">已退回</span>`)

	// Corrected and submitted again, with the document asked for.
	rec = site.serveAs(t, county, "POST", taskURL+"/report", formPost, reportFormBody("period", "2024Q3", "version", "2",
		"status", "implemented", "measures", "区级实施方案已印发。", "ev-title-0", "福田区工程建设项目审批制度改革实施方案",
		"ev-docno-0", "福府办〔2024〕5号", "ev-date-0", "2024-07-01", "action", "submit"))
	follow(t, site, county, rec)
	page = follow(t, site, city, step(city, ft.ID, "accept", ""))
	wantAll(t, "the task after its acceptance", page, "已完成“复核通过”。", `<span class="state state-accepted">已复核</span>`,
		"福府办〔2024〕5号", "历史版本（3）", `<input type="hidden" name="kind" value="close">`)

	// 办结: the province accepts 深圳市's report, but cannot close its task
	// while 福田区's is open.
	if rec := step(city, sz.ID, "accept", ""); rec.Code != http.StatusForbidden {
		t.Errorf("深圳市 accepts its own report: %d", rec.Code)
	}
	follow(t, site, province, step(province, sz.ID, "accept", ""))
	szPage := site.getAs(t, province, "GET", fmt.Sprintf("/tasks/%d", sz.ID), nil).Body.String()
	wantAll(t, "深圳市's task before closing", szPage, "下级尚有1项任务未办结，暂不能办结。")
	rec = step(province, sz.ID, "close", "")
	if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), "下级还有 1 项任务未办结（福田区）") {
		t.Errorf("closing with a task open below: %d\n%.3000s", rec.Code, rec.Body)
	}
	if st := state(sz.ID); st != rollout.StateAccepted {
		t.Errorf("深圳市's task is %s after a refused close", st)
	}
	page = follow(t, site, city, step(city, ft.ID, "close", ""))
	wantAll(t, "福田区's task closed", page, `<span class="state state-closed">已办结</span>`, "已销号")
	page = follow(t, site, province, step(province, sz.ID, "close", ""))
	wantAll(t, "深圳市's task closed", page, `<span class="state state-closed">已办结</span>`)
	if body := site.getAs(t, "viewer@440000", "GET", "/units/440000/overdue", nil).Body.String(); strings.Contains(body, "深圳市") {
		t.Error("a closed task is still overdue")
	}

	// The timeline, by API: every step with who and when.
	var tl struct {
		Events []struct{ Kind, Actor, Note string } `json:"events"`
		State  string                               `json:"state"`
	}
	rec = site.getAs(t, "viewer@440000", "GET", fmt.Sprintf("/api/v1/tasks/%d/timeline", ft.ID), nil)
	if err := json.Unmarshal(rec.Body.Bytes(), &tl); err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range tl.Events {
		kinds = append(kinds, e.Kind)
	}
	if got := strings.Join(kinds, " "); got != "acknowledge draft submit return submit accept close" || tl.State != "closed" {
		t.Errorf("timeline %q, state %s", got, tl.State)
	}
	if tl.Events[3].Note != reason || tl.Events[3].Actor != "reviewer.440300" {
		t.Errorf("the return: %+v", tl.Events[3])
	}
}

// TestNotApplicable: a county asks that a task not apply, with a reason; the
// level above sees the request and refuses it with a reason, or agrees.
func TestNotApplicable(t *testing.T) {
	site := newTestSite(t, newFake(t))
	_, _, ft, _ := loopTasks(t, site)
	path := fmt.Sprintf("/tasks/%d/steps", ft.ID)
	rec := site.serveAs(t, "reporter@440304", "POST", path, formPost,
		reportFormBody("kind", "request_na", "na_reason", "no_such_thing", "note", "本区无相关审批业务。"))
	page := follow(t, site, "reviewer@440300", rec)
	wantAll(t, "the request", page, `<span class="state state-na_requested">不适用待审核</span>`,
		`<p class="event-note" lang="zh-CN">无相关基础设施或业务：本区无相关审批业务。</p>`,
		`<input type="hidden" name="kind" value="approve_na">`, `<textarea id="note-reject_na" name="note" rows="3" maxlength="1000" required>`)
	if rec := site.serveAs(t, "reporter@440304", "POST", path, formPost, reportFormBody("kind", "approve_na")); rec.Code != http.StatusForbidden {
		t.Errorf("the county decides its own request: %d", rec.Code)
	}
	if rec := site.serveAs(t, "reviewer@440300", "POST", path, formPost, reportFormBody("kind", "reject_na")); rec.Code != http.StatusBadRequest {
		t.Errorf("a refusal without a reason: %d", rec.Code)
	}
	page = follow(t, site, "reviewer@440300", site.serveAs(t, "reviewer@440300", "POST", path, formPost, reportFormBody("kind", "approve_na")))
	wantAll(t, "the decision", page, `<span class="state state-not_applicable">不适用</span>`, "已销号")
	events, _ := site.reports.Timeline(context.Background(), ft.ID)
	if len(events) != 2 || events[0].Note != "no_such_thing: 本区无相关审批业务。" {
		t.Errorf("timeline %+v", events)
	}
}

// TestReportConflictPage: two people edit the same report; the second save
// is refused with both versions side by side, what the second typed kept and
// the version set to the stored one, so that saving again is deliberate.
func TestReportConflictPage(t *testing.T) {
	site := newTestSite(t, newFake(t))
	_, _, _, gz := loopTasks(t, site)
	path := fmt.Sprintf("/tasks/%d/report", gz.ID)
	save := func(who string, version int, measures, evidence string) *httptest.ResponseRecorder {
		return site.serveAs(t, who, "POST", path, formPost, reportFormBody("period", "2024Q2", "version", fmt.Sprint(version),
			"status", "in_progress", "measures", measures, "ev-title-0", evidence, "action", "save"))
	}
	if rec := save("reporter@440100", 1, "甲：实施方案已报市政府审定。", "甲的材料"); rec.Code != http.StatusSeeOther {
		t.Fatalf("the first save: %d", rec.Code)
	}
	rec := save("reviewer@440100", 1, "乙：实施方案正在征求意见。", "乙的材料")
	body := rec.Body.String()
	if rec.Code != http.StatusConflict {
		t.Fatalf("the second save: %d, want 409\n%.2000s", rec.Code, body)
	}
	wantAll(t, "the conflict page", body, "保存冲突",
		"该报告已被他人修改（当前为第2版，reporter.440100 于 2024-06-03 09:37 保存，北京时间）",
		"您填写的内容（未保存）", "当前保存的版本：第2版，reporter.440100 于 2024-06-03 09:37 保存",
		"<p>乙：实施方案正在征求意见。</p>", "<p>甲：实施方案已报市政府审定。</p>", "乙的材料", "甲的材料",
		">乙：实施方案正在征求意见。</textarea>", `id="ev-title-0" name="ev-title-0" type="text" value="乙的材料"`,
		`<input type="hidden" name="version" value="2">`)
	if i, j := strings.Index(body, "乙：实施方案正在征求意见"), strings.Index(body, "甲：实施方案已报市政府审定"); i < 0 || j < 0 || i > j {
		t.Error("the user's version does not come first")
	}
	stored, _ := site.reports.Report(context.Background(), gz.ID, "2024Q2")
	if stored.Measures != "甲：实施方案已报市政府审定。" || stored.Version != 2 {
		t.Fatalf("the refused save changed the report: %+v", stored)
	}
	// Saving again, deliberately, with the version the page now carries.
	if rec := save("reviewer@440100", 2, "乙：实施方案正在征求意见。", "乙的材料"); rec.Code != http.StatusSeeOther {
		t.Fatalf("the deliberate save: %d\n%.1000s", rec.Code, rec.Body)
	}
	stored, _ = site.reports.Report(context.Background(), gz.ID, "2024Q2")
	if stored.Measures != "乙：实施方案正在征求意见。" || stored.Version != 3 || stored.UpdatedBy != "reviewer.440100" {
		t.Errorf("after the deliberate save: %+v", stored)
	}

	// A file sent with a save that conflicts is not stored, and the page says so.
	header, upload := reportUpload("方案.pdf", pdf, "period", "2024Q2", "version", "1", "status", "in_progress", "action", "save")
	rec = site.serveAs(t, "reporter@440100", "POST", path, header, upload)
	if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "所选文件尚未上传：请重新选择后保存。") {
		t.Errorf("a conflict with a file: %d", rec.Code)
	}
	if stored, _ := site.reports.Report(context.Background(), gz.ID, "2024Q2"); len(stored.Evidence) != 1 {
		t.Errorf("the file was stored: %+v", stored.Evidence)
	}

	// A step that moved the task at the same moment: the form again, as typed.
	site.reports.saveErr = rollout.Errorf(rollout.ECONFLICT, "任务状态刚被他人更改：请刷新后再操作。")
	rec = save("reporter@440100", 3, "丙的修改", "丙的材料")
	if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "任务状态刚被他人更改") || !strings.Contains(rec.Body.String(), ">丙的修改</textarea>") {
		t.Errorf("a save overtaken by a step: %d", rec.Code)
	}
}

// TestAPIReportConflict: the API answers a save of an old version 409 with
// the report as stored, and keeps a stored file given by its id.
func TestAPIReportConflict(t *testing.T) {
	site := newTestSite(t, newFake(t))
	_, _, _, gz := loopTasks(t, site)
	ctx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, "reporter@440100"))
	rep, _ := site.reports.Report(ctx, gz.ID, "2024Q2")
	ev, err := site.reports.AddAttachment(ctx, rep.ID, rollout.Evidence{Title: "草案", FileName: "草案.pdf"}, pdf)
	if err != nil {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q2", gz.ID)
	put := func(body string) *httptest.ResponseRecorder {
		return site.serveAs(t, "reporter@440100", "PUT", path, jsonPost, body)
	}
	rec := put(`{"version": 1, "status": "in_progress", "measures": "旧版本上的修改"}`)
	if rec.Code != http.StatusConflict {
		t.Fatalf("an old version: %d\n%s", rec.Code, rec.Body)
	}
	var conflict struct {
		Error   apiErrorDetail `json:"error"`
		Current apiReport      `json:"current"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &conflict); err != nil {
		t.Fatal(err)
	}
	if conflict.Error.Code != "conflict" || conflict.Current.Version != 2 || conflict.Current.Measures != "正在起草实施方案。" ||
		len(conflict.Current.Evidence) != 1 || conflict.Current.Evidence[0].FileName != "草案.pdf" {
		t.Errorf("409 body: %+v", conflict)
	}
	if en := site.serveAs(t, "reporter@440100", "PUT", path+"?lang=en", jsonPost, `{"version": 1, "status": "in_progress"}`); !strings.Contains(en.Body.String(), "Someone else changed this report (it is now version 2") {
		t.Errorf("409 in English: %s", en.Body)
	}
	rec = put(fmt.Sprintf(`{"version": 2, "status": "已落地", "measures": "在当前版本上修改", "evidence": [{"id": %d, "title": "实施方案（草案）"}, {"title": "新文件", "date": "2024-06-20"}]}`, ev.ID))
	if rec.Code != http.StatusOK {
		t.Fatalf("the current version: %d\n%s", rec.Code, rec.Body)
	}
	var saved apiReport
	json.Unmarshal(rec.Body.Bytes(), &saved)
	if saved.Version != 3 || saved.Status != "implemented" || len(saved.Evidence) != 2 || saved.Evidence[0].FileName != "草案.pdf" ||
		saved.Evidence[0].Title != "实施方案（草案）" || saved.Evidence[0].URL == "" || saved.Evidence[1].Date != "2024-06-20" || saved.Submitted {
		t.Errorf("saved: %+v", saved)
	}
	if task, _ := site.tasks.Task(context.Background(), gz.ID); task.State != rollout.StateInWork {
		t.Errorf("a draft left the task %s", task.State)
	}
}

// TestReportAttachments: a file goes with a save; one of a type not accepted,
// too large, empty or not what its name says is refused with a message
// naming it, keeping what was typed, and nothing is stored.
func TestReportAttachments(t *testing.T) {
	big := append(bytes.Clone(pdf), make([]byte, rollout.MaxAttachmentSize)...)
	fields := []string{"period", "2024Q2", "version", "1", "status", "in_progress", "measures", "附实施方案。", "file_title", "广州市实施方案", "action", "save"}
	for _, tt := range []struct {
		name, file string
		content    []byte
		status     int
		want       []string
	}{
		{"a type not accepted", "setup.exe", []byte("MZ\x90\x00"), 400,
			[]string{`<a href="#file">不能上传“setup.exe”：只接受 .doc,.docx,.jpeg,.jpg,.ofd,.pdf,.png,.txt,.wps,.xls,.xlsx 文件。</a>`, ">附实施方案。</textarea>",
				"所选文件尚未上传：请重新选择后保存。", `value="广州市实施方案"`}},
		{"too large", "大文件.pdf", big, 400, []string{"“大文件.pdf”过大：附件最大20 MiB，该文件约20.0 MiB。"}},
		{"empty", "空.pdf", nil, 400, []string{"“空.pdf”是空文件。"}},
		{"not what its name says", "伪装.pdf", []byte("<html><script>alert(1)</script></html>"), 400, []string{"“伪装.pdf”的内容与其扩展名 .pdf 不符"}},
		{"text that is not UTF-8", "说明.txt", []byte{0xb9, 0xe3, 0xd6, 0xdd}, 400, []string{"“说明.txt”的内容与其扩展名 .txt 不符"}},
		{"the body over the bound", "巨大.pdf", append(bytes.Clone(big), make([]byte, 2<<20)...), 413, []string{"提交的内容过大：附件最大20 MiB。"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, newFake(t))
			_, _, _, gz := loopTasks(t, site)
			header, body := reportUpload(tt.file, tt.content, fields...)
			rec := site.serveAs(t, "reporter@440100", "POST", fmt.Sprintf("/tasks/%d/report", gz.ID), header, body)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d\n%.2000s", rec.Code, tt.status, rec.Body)
			}
			wantAll(t, "the refusal", rec.Body.String(), tt.want...)
			if site.reports.writes != 0 {
				t.Errorf("%d writes", site.reports.writes)
			}
		})
	}

	site := newTestSite(t, newFake(t))
	_, _, _, gz := loopTasks(t, site)
	path := fmt.Sprintf("/tasks/%d/report", gz.ID)

	// "Add another" with a file chosen stores nothing and says so.
	header, body := reportUpload("方案.pdf", pdf, append(fields[:len(fields)-2:len(fields)-2], "action", "add")...)
	rec := site.serveAs(t, "reporter@440100", "POST", path, header, body)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "所选文件尚未上传") || site.reports.writes != 0 {
		t.Errorf("add with a file: %d, %d writes", rec.Code, site.reports.writes)
	}

	// Accepted: stored as evidence of the report, served back as an attachment.
	header, body = reportUpload(`C:\文件\实施方案.pdf`, pdf, fields...)
	rec = site.serveAs(t, "reporter@440100", "POST", path, header, body)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("upload: %d\n%.2000s", rec.Code, rec.Body)
	}
	rep, _ := site.reports.Report(context.Background(), gz.ID, "2024Q2")
	if len(rep.Evidence) != 1 || rep.Evidence[0].FileName != "实施方案.pdf" || rep.Evidence[0].Title != "广州市实施方案" ||
		rep.Evidence[0].FileType != "application/pdf" || rep.Measures != "附实施方案。" {
		t.Fatalf("stored: %+v", rep)
	}
	ev := rep.Evidence[0]
	form := site.getAs(t, "reporter@440100", "GET", path+"?period=2024Q2", nil).Body.String()
	wantAll(t, "the form with the file", form, fmt.Sprintf(`<input type="hidden" name="ev-id-0" value="%d">`, ev.ID),
		`<span class="ev-file">实施方案.pdf <span class="muted">(77 B)</span></span>`, `value="广州市实施方案"`)

	fileURL := fmt.Sprintf("/evidence/%d?task=%d&period=2024Q2", ev.ID, gz.ID)
	rec = site.getAs(t, "viewer@440000", "GET", fileURL, nil)
	h := rec.Header()
	if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), pdf) || h.Get("Content-Type") != "application/pdf" ||
		h.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(h.Get("Content-Disposition"), "attachment;") ||
		!strings.Contains(h.Get("Content-Disposition"), "%E5%AE%9E%E6%96%BD%E6%96%B9%E6%A1%88.pdf") || h.Get("Cache-Control") != "no-store" {
		t.Errorf("the file: %d %v", rec.Code, h)
	}
	for who, status := range map[string]int{"": http.StatusSeeOther, "viewer@510000": 403, "reporter@440300": 403, "viewer@440100": 200} {
		if rec := site.getAs(t, who, "GET", fileURL, nil); rec.Code != status {
			t.Errorf("%q fetches the file: %d, want %d", who, rec.Code, status)
		}
	}

	// Saved again: the row keeps its file by its ID; cleared, it is removed.
	rec = site.serveAs(t, "reporter@440100", "POST", path, formPost, reportFormBody("period", "2024Q2", "version", fmt.Sprint(rep.Version),
		"status", "in_progress", "ev-id-0", fmt.Sprint(ev.ID), "ev-title-0", "实施方案（定稿）", "action", "save"))
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("save keeping the file: %d\n%.2000s", rec.Code, rec.Body)
	}
	rep, _ = site.reports.Report(context.Background(), gz.ID, "2024Q2")
	if len(rep.Evidence) != 1 || rep.Evidence[0].ID != ev.ID || rep.Evidence[0].FileName != "实施方案.pdf" || rep.Evidence[0].Title != "实施方案（定稿）" {
		t.Errorf("kept: %+v", rep.Evidence)
	}
	rec = site.serveAs(t, "reporter@440100", "POST", path, formPost, reportFormBody("period", "2024Q2", "version", fmt.Sprint(rep.Version),
		"status", "in_progress", "ev-id-0", fmt.Sprint(ev.ID), "ev-title-0", "", "action", "save"))
	rep, _ = site.reports.Report(context.Background(), gz.ID, "2024Q2")
	if rec.Code != http.StatusSeeOther || len(rep.Evidence) != 0 {
		t.Errorf("cleared: %d %+v", rec.Code, rep.Evidence)
	}
	// An older version's file is still served to the task's readers.
	if rec := site.getAs(t, "viewer@440000", "GET", fileURL, nil); rec.Code != 200 {
		t.Errorf("an older version's file: %d", rec.Code)
	}
}

// TestCountyCannotActOnAnotherCounty: a reporter or reviewer of 福田区 takes
// no step, reads no report and saves none on 南山区's task, by page or API,
// and no refusal tells anything of it; it does act on its own.
func TestCountyCannotActOnAnotherCounty(t *testing.T) {
	site := newTestSite(t, newFake(t))
	own, other := nanshanTask(t, site)
	id := other.ID
	for _, who := range []string{"reporter@440304", "reviewer@440304"} {
		for _, tt := range []struct {
			method, path string
			header       http.Header
			body         string
		}{
			{"GET", fmt.Sprintf("/tasks/%d", id), nil, ""},
			{"POST", fmt.Sprintf("/tasks/%d/steps", id), formPost, "kind=acknowledge"},
			{"POST", fmt.Sprintf("/tasks/%d/steps", id), formPost, "kind=request_na&na_reason=other&note=x"},
			{"GET", fmt.Sprintf("/tasks/%d/report", id), nil, ""},
			{"POST", fmt.Sprintf("/tasks/%d/report", id), formPost, "period=2024Q3&version=0&status=in_progress&action=save"},
			{"GET", fmt.Sprintf("/evidence/2?task=%d&period=2024Q2", id), nil, ""},
			{"GET", "/units/440305/overdue", nil, ""},
			{"GET", "/units/440305/reviews", nil, ""},
			{"GET", "/units/440300/reviews", nil, ""},
			{"GET", fmt.Sprintf("/api/v1/tasks/%d/timeline", id), nil, ""},
			{"POST", fmt.Sprintf("/api/v1/tasks/%d/steps", id), jsonPost, `{"kind": "acknowledge"}`},
			{"GET", fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q3", id), nil, ""},
			{"PUT", fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q3", id), jsonPost, `{"version": 0, "status": "in_progress"}`},
			{"GET", "/api/v1/units/440305/overdue", nil, ""},
			// The city above gave the county its task: the county reviews nothing of it.
			{"POST", fmt.Sprintf("/tasks/%d/steps", own.ParentID), formPost, "kind=accept"},
		} {
			rec := site.serveAs(t, who, tt.method, tt.path, tt.header, tt.body)
			if rec.Code != http.StatusForbidden {
				t.Errorf("%s %s %s: %d, want 403", who, tt.method, tt.path, rec.Code)
			}
			for _, leak := range []string{"南山区", "深圳市", "实施方案"} {
				if strings.Contains(rec.Body.String(), leak) {
					t.Errorf("%s %s %s: the refusal tells %q", who, tt.method, tt.path, leak)
				}
			}
		}
	}
	// Nor does it review its own task: 深圳市 gave it.
	if rec := site.serveAs(t, "reviewer@440304", "POST", fmt.Sprintf("/tasks/%d/steps", own.ID), formPost, "kind=approve_na"); rec.Code != 403 {
		t.Errorf("the county reviews its own task: %d", rec.Code)
	}
	if site.reports.writes != 0 {
		t.Errorf("%d writes", site.reports.writes)
	}
	if rec := site.serveAs(t, "reporter@440304", "POST", fmt.Sprintf("/tasks/%d/steps", own.ID), formPost, "kind=acknowledge"); rec.Code != http.StatusSeeOther {
		t.Errorf("its own task: %d", rec.Code)
	}
}

// TestInboxRedFirst: a unit's tasks are listed red first, then yellow, then
// green, then those without a light, with a count of each; the division
// matrix keeps the items' order.
func TestInboxRedFirst(t *testing.T) {
	site := newTestSite(t, newFake(t))
	site.tasks.mu.Lock()
	ids := map[string]int64{}
	for name, d := range map[string]string{"red": "2024年3月底前", "yellow": "2024年7月3日", "green": "2024年12月底前"} {
		item := map[string]int64{"red": 1004, "yellow": 1003, "green": 1002}[name]
		ids[name] = site.tasks.firstID(guangdong, item)
		site.tasks.find(ids[name]).Deadline = rollout.ParseDeadline(d)
	}
	ids["none"] = site.tasks.firstID(guangdong, 1001)
	site.tasks.mu.Unlock()
	body := site.getAs(t, gdReporter, "GET", "/units/440000/tasks", nil).Body.String()
	at := func(name string) int { return strings.Index(body, fmt.Sprintf(`<tr id="task-%d">`, ids[name])) }
	if !(at("red") >= 0 && at("red") < at("yellow") && at("yellow") < at("green") && at("green") < at("none")) {
		t.Errorf("order: red %d, yellow %d, green %d, none %d", at("red"), at("yellow"), at("green"), at("none"))
	}
	wantAll(t, "the inbox", body, "红灯1项", "黄灯1项", "绿灯1项", "不亮灯20项")
	if i, j := strings.Index(body, `<span class="seq">1</span>`), strings.Index(body, `<span class="seq">4</span>`); i < 0 || i > j {
		t.Error("the matrix is not in the items' order")
	}

	// The warning days decide yellow.
	site.warningDays = 0
	if body := site.getAs(t, gdReporter, "GET", "/units/440000/tasks", nil).Body.String(); strings.Contains(body, "黄灯1项") {
		t.Error("yellow with no warning days")
	}
}

func TestLamp(t *testing.T) {
	site := newTestSite(t, newFake(t))
	for _, tt := range []struct {
		deadline string
		state    rollout.TaskState
		l        lang
		want     lamp
	}{
		{"2024年6月底前", rollout.StateInWork, zh, lamp{Light: rollout.LightRed, Text: "红灯", Title: "已超过完成时限"}},
		{"2024年7月2日", rollout.StateInWork, zh, lamp{Light: rollout.LightYellow, Text: "黄灯", Title: "距完成时限不足3天"}},
		{"2024年7月5日", rollout.StateReturned, en, lamp{Light: rollout.LightYellow, Text: "Yellow", Title: "Due within 3 days"}},
		{"2024年7月6日", rollout.StateAssigned, zh, lamp{Light: rollout.LightGreen, Text: "绿灯", Title: "按期推进"}},
		{"2024年6月底前", rollout.StateClosed, zh, lamp{Text: "已销号", Title: "任务已办结或不适用，不再亮灯"}},
		{"2024年6月底前", rollout.StateNA, en, lamp{Text: "Closed off", Title: "Closed or not applicable: no longer tracked"}},
		{"按国家部署推进", rollout.StateInWork, zh, lamp{Text: "按国家部署推进", Title: "完成时限为表述而非日期，不亮灯"}},
		{"", rollout.StateInWork, en, lamp{Text: "none set", Title: "No deadline set: no light"}},
	} {
		got := site.lamp(tt.l, &rollout.Task{Deadline: rollout.ParseDeadline(tt.deadline), State: tt.state})
		if got != tt.want {
			t.Errorf("%s, %s: %+v, want %+v", tt.deadline, tt.state, got, tt.want)
		}
	}
	if got := daysOverdue(rollout.ParseDeadline("2024年6月底前"), siteNow); got != 2 {
		t.Errorf("days overdue %d, want 2", got)
	}
}

func TestPeriods(t *testing.T) {
	for _, tt := range []struct {
		at   time.Time
		want rollout.Period
	}{
		{time.Date(2024, 3, 31, 15, 59, 0, 0, time.UTC), "2024Q1"},
		{time.Date(2024, 3, 31, 16, 0, 0, 0, time.UTC), "2024Q2"}, // midnight in Beijing
		{time.Date(2024, 12, 31, 20, 0, 0, 0, time.UTC), "2025Q1"},
	} {
		if got := periodAt(tt.at); got != tt.want {
			t.Errorf("periodAt(%v) = %s, want %s", tt.at, got, tt.want)
		}
	}
	got := periodChoices(time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC))
	if want := []rollout.Period{"2024Q2", "2024Q1", "2023Q4", "2023Q3", "2023Q2"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("choices %v, want %v", got, want)
	}
	for _, tt := range []struct {
		p    rollout.Period
		want string
	}{{"2024Q1", "[2024Q2 2024Q1 2023Q4 2023Q3 2023Q2]"}, {"2024-01", "[2024Q2 2024Q1 2024-01 2023Q4 2023Q3 2023Q2]"},
		{"2020Q1", "[2024Q2 2024Q1 2023Q4 2023Q3 2023Q2 2020Q1]"}, {"2025H1", "[2025H1 2024Q2 2024Q1 2023Q4 2023Q3 2023Q2]"}} {
		if got := fmt.Sprint(withPeriod(got, tt.p)); got != tt.want {
			t.Errorf("withPeriod %s: %s, want %s", tt.p, got, tt.want)
		}
	}
	for _, tt := range []struct {
		p    rollout.Period
		l    lang
		want string
	}{{"2024Q3", zh, "2024年第3季度"}, {"2024Q3", en, "2024 Q3"}, {"2024-03", en, "March 2024"}, {"2024H2", en, "2024 H2"}, {"2024-03", zh, "2024年3月"}, {"x", en, "x"}} {
		if got := periodLabel(tt.l, tt.p); got != tt.want {
			t.Errorf("periodLabel(%s, %s) = %q, want %q", tt.l.Code(), tt.p, got, tt.want)
		}
	}
}

// TestLabelsFollowTheDomain: the catalogue's Chinese for states, steps and
// statuses is the domain's, so a page and a spreadsheet say the same.
func TestLabelsFollowTheDomain(t *testing.T) {
	for _, st := range rollout.States {
		if stateLabel(zh, st) != st.Label() || st.Label() == "" || stateLabel(en, st) == string(st) {
			t.Errorf("state %s: %q, domain %q", st, stateLabel(zh, st), st.Label())
		}
	}
	for _, e := range rollout.Events {
		if eventLabel(zh, e) != e.Label() || e.Label() == "" {
			t.Errorf("event %s: %q, domain %q", e, eventLabel(zh, e), e.Label())
		}
	}
	for _, st := range rollout.Statuses {
		if statusLabel(zh, st) != st.Label() {
			t.Errorf("status %s: %q, domain %q", st, statusLabel(zh, st), st.Label())
		}
	}
	for _, st := range rollout.Statuses {
		if statusLabel(en, st) == string(st) {
			t.Errorf("status %s has no label", st)
		}
	}
	for _, r := range naReasons {
		if naReasonLabel(zh, r) == string(r) || naReasonLabel(en, r) == string(r) {
			t.Errorf("reason %s has no label", r)
		}
	}
	for _, r := range naReasons {
		if !r.Valid() {
			t.Errorf("reason %s offered but not valid", r)
		}
	}
	if stateLabel(zh, "new_state") != "new_state" || eventLabel(en, "x") != "x" || statusLabel(zh, "y") != "y" || naReasonLabel(zh, "z") != "z" {
		t.Error("an unknown code is not shown as itself")
	}
	if formatClock(time.Date(2024, 3, 1, 1, 30, 0, 0, time.UTC)) != "2024-03-01 09:30" || formatClock(time.Time{}) != "—" {
		t.Error("formatClock")
	}
	if fileSize(812) != "812 B" || fileSize(96*1024) != "96 KiB" || fileSize(5<<20/2) != "2.5 MiB" {
		t.Errorf("fileSize: %s %s %s", fileSize(812), fileSize(96*1024), fileSize(5<<20/2))
	}
}

// TestLoopInternalErrors: a failing report service is a 500 that tells
// nothing of the failure.
func TestLoopInternalErrors(t *testing.T) {
	site := newTestSite(t, newFake(t))
	site.reports.err = errors.New("reports table locked")
	_, sz, _, _ := loopTasks(t, site)
	for _, tt := range []struct{ method, path, ctype string }{
		{"GET", fmt.Sprintf("/tasks/%d", sz.ID), htmlType},
		{"GET", fmt.Sprintf("/tasks/%d/report", sz.ID), htmlType},
		{"GET", fmt.Sprintf("/api/v1/tasks/%d/timeline", sz.ID), jsonType},
		{"GET", fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q2", sz.ID), jsonType},
	} {
		rec := site.getAs(t, "reviewer@440000", tt.method, tt.path, nil)
		if rec.Code != 500 || rec.Header().Get("Content-Type") != tt.ctype || strings.Contains(rec.Body.String(), "table locked") {
			t.Errorf("%s: %d %s", tt.path, rec.Code, rec.Header().Get("Content-Type"))
		}
	}
	if !strings.Contains(site.logs.String(), "reports table locked") {
		t.Error("the failure is not logged")
	}
}

// TestTaskPathsFilled: a task whose query left out the unit paths is
// authorised by the paths read from its unit and its parent's.
func TestTaskPathsFilled(t *testing.T) {
	site := newTestSite(t, newFake(t))
	_, sz, ft, _ := loopTasks(t, site)
	bare := &rollout.Task{ID: ft.ID, UnitID: futian, ParentID: sz.ID}
	if err := site.taskPaths(context.Background(), bare); err != nil {
		t.Fatal(err)
	}
	if bare.UnitPath != ft.UnitPath || bare.ParentUnitPath != sz.UnitPath || bare.ParentUnitPath == "" {
		t.Errorf("paths %q %q, want %q %q", bare.UnitPath, bare.ParentUnitPath, ft.UnitPath, sz.UnitPath)
	}
}

// TestDividedTaskCloses: a task whose work was divided is closed once every
// task below it is done, without a report of its own accepted; a step that
// loses to another made at the same moment shows the task as it stands.
func TestDividedTaskCloses(t *testing.T) {
	site := newTestSite(t, newFake(t))
	_, sz, ft, _ := loopTasks(t, site)
	ftPath := fmt.Sprintf("/tasks/%d/steps", ft.ID)
	follow(t, site, "reporter@440304", site.serveAs(t, "reporter@440304", "POST", ftPath, formPost, "kind=request_na&na_reason=outside_scope"))
	follow(t, site, "reviewer@440300", site.serveAs(t, "reviewer@440300", "POST", ftPath, formPost, "kind=approve_na"))
	page := site.getAs(t, "reviewer@440000", "GET", fmt.Sprintf("/tasks/%d", sz.ID), nil).Body.String()
	wantAll(t, "深圳市's task with nothing open below", page, `<input type="hidden" name="kind" value="close">`, "任务已完成的，予以办结销号。")

	site.reports.stepErr = rollout.Errorf(rollout.ECONFLICT, "任务状态刚被他人更改：请刷新后再操作。")
	rec := site.serveAs(t, "reviewer@440000", "POST", fmt.Sprintf("/tasks/%d/steps", sz.ID), formPost, "kind=close")
	if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "任务状态刚被他人更改：请刷新后再操作。") || !strings.Contains(rec.Body.String(), "办理记录") {
		t.Errorf("a step that lost: %d\n%.1000s", rec.Code, rec.Body)
	}
	site.reports.stepErr = nil
	page = follow(t, site, "reviewer@440000", site.serveAs(t, "reviewer@440000", "POST", fmt.Sprintf("/tasks/%d/steps", sz.ID), formPost, "kind=close"))
	wantAll(t, "深圳市's task closed", page, `<span class="state state-closed">已办结</span>`, "已反馈 → 已办结")
}

// A batch reported on monthly offers months on the report form, and the task
// page defaults to the current month.
func TestReportPeriodsFollowTheBatchRhythm(t *testing.T) {
	cat := newFake(t)
	for _, b := range cat.batches {
		b.Rhythm = rollout.RhythmMonthly
	}
	site := newTestSite(t, cat)
	_, _, ft, _ := loopTasks(t, site)
	const county = "reporter@440304"
	site.serveAs(t, county, "POST", fmt.Sprintf("/tasks/%d/steps", ft.ID), formPost, reportFormBody("kind", "acknowledge"))
	form := site.getAs(t, county, "GET", fmt.Sprintf("/tasks/%d/report", ft.ID), nil).Body.String()
	wantAll(t, "the monthly form", form, `<input type="hidden" name="period" value="2024-07">`, "2024-08", "2024-06", "2024-04")
	if strings.Contains(form, `value="2024Q3"`) {
		t.Error("a monthly batch offers quarters")
	}
	page := site.getAs(t, county, "GET", fmt.Sprintf("/tasks/%d", ft.ID), nil).Body.String()
	wantAll(t, "the task page", page, "/report?period=2024-07")
}
