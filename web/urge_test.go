package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"rollout"
)

// Scenarios of 督办, requests for a later deadline and notifications on the
// shared fixture: reads, and writes refused for their input (the flows that
// write are TestUrgeExtensionAndInbox's, on a fixture of their own).
func init() {
	scenarios = append(scenarios, []scenario{
		{name: "urge: a note is required", method: "POST", path: "/tasks/1/urge", as: "coordinator@1", header: formPost,
			body: "note=+", status: 400, ctype: htmlType, want: []string{"请写明督办意见", `id="urge-form"`}},
		{name: "extension: not later than the deadline", method: "POST", path: "/tasks/1/extensions", as: "reporter@110000",
			header: formPost, body: "deadline=2024-07-01&reason=" + q("需要协调"), status: 400, ctype: htmlType,
			want: []string{"申请的时限 2024-07-01 不晚于原时限 2024年7月4日前", "需要协调", `href="#ask-deadline"`, `value="2024-07-01" aria-describedby="form-error"`}},
		{name: "extension: a refusal states why", method: "POST", path: "/tasks/23/extensions/1", as: "coordinator@1",
			header: formPost, body: "decision=refuse&note=", status: 400, ctype: htmlType,
			want: []string{"请写明不同意延期的理由", "2024年12月底前 → 2025-03-31", `id="extension-decide"`, `href="#note-extend_refuse"`}},
		{name: "extension: the request is seen on the task", path: "/tasks/23", as: "reporter@510000", status: 200, ctype: htmlType,
			want:    []string{`id="extension-pending"`, "申请将完成时限由 2024年12月底前 延至 2025-03-31", "省级平台改造需跨年度完成", "待审批"},
			notWant: []string{`id="extension-decide"`, `id="extension-ask"`}},
		{name: "notifications of the coordinators' unit", path: "/notifications", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{"下级单位申请延期", "2024年12月底前 → 2025-03-31 · 省级平台改造需跨年度完成", `href="/tasks/23"`, `id="unread-count">`}},
		{name: "notifications: none for another unit", path: "/notifications", as: "viewer@110000", status: 200, ctype: htmlType,
			want: []string{"暂无通知"}, notWant: []string{"unread-count"}},
		{name: "notifications: a problem reached the province", path: "/notifications", as: "viewer@440000", status: 200, ctype: htmlType,
			want: []string{"有问题上报至本单位", "问题上报"}, notWant: []string{"下级单位申请延期"}},
		{name: "notifications: a bad ID", method: "POST", path: "/notifications/read", as: "viewer@440000", header: formPost,
			body: "id=x", status: 400, ctype: htmlType, want: []string{"“x”不是通知编号"}},
		{name: "api urge: a note is required", method: "POST", path: "/api/v1/tasks/1/urges", as: "coordinator@1", header: jsonPost,
			body: `{"note": ""}`, status: 400, ctype: jsonType, want: []string{`"invalid"`}},
		{name: "api extensions of a task", path: "/api/v1/tasks/23/extensions", as: "viewer@510000", status: 200, ctype: jsonType,
			want: []string{`"text": "2025-03-31"`, `"state": "pending"`, `"count": 1`}},
		{name: "api extension: a phrase is no date", method: "POST", path: "/api/v1/tasks/1/extensions", as: "reporter@110000",
			header: jsonPost, body: `{"deadline": "尽快", "reason": "x"}`, status: 400, ctype: jsonType, want: []string{"不是日期"}},
		{name: "api extension: another task's request", method: "POST", path: "/api/v1/tasks/1/extensions/1/decision", as: "coordinator@1",
			header: jsonPost, body: `{"grant": true}`, status: 404, ctype: jsonType},
		{name: "api notifications", path: "/api/v1/notifications?unread=true", as: "coordinator@1", status: 200, ctype: jsonType,
			want: []string{`"kind": "extension_asked"`, `"task_id": 23`, `"unread": `, `"read": false`}},
		{name: "api notifications: a bad ID", method: "POST", path: "/api/v1/notifications/read", as: "viewer@440000",
			header: jsonPost, body: `{"ids": [-1]}`, status: 400, ctype: jsonType},
	}...)
}

// The whole of it on one fixture: the coordinator urges 北京市 on its
// stalled first-level task; 北京市 sees the urge on the task, in its list
// and among its notifications, reads them (the count drops), asks for a
// later deadline; the coordinator grants another day and the light follows.
func TestUrgeExtensionAndInbox(t *testing.T) {
	site := newTestSite(t, newFake(t))
	coord, bj := site.as(t, "coordinator@1"), site.as(t, "reporter@110000")
	do := func(who http.Header, method, path, body string, status int, want ...string) string {
		t.Helper()
		h := who
		if method == "POST" {
			h = with(who, formPost)
		}
		rec := serveBody(site.Server, method, path, h, body)
		if rec.Code != status {
			t.Fatalf("%s %s: %d, want %d\n%.2000s", method, path, rec.Code, status, rec.Body)
		}
		for _, w := range want {
			if !strings.Contains(rec.Body.String(), w) {
				t.Errorf("%s %s: lacks %q", method, path, w)
			}
		}
		return rec.Body.String()
	}
	// The reporter may not urge; the level above may, once the task stalls.
	if page := do(bj, "GET", "/tasks/1", "", 200); strings.Contains(page, `id="urge-form"`) {
		t.Error("the task's own reporter is offered 督办")
	}
	do(bj, "POST", "/tasks/1/urge", "note=x", 403)
	do(coord, "GET", "/tasks/1", "", 200, `id="urge-form"`)
	do(coord, "POST", "/tasks/1/urge", "note="+q("请于本周内签收并报送工作方案"), 303)

	page := do(bj, "GET", "/tasks/1", "", 200, "已督办 1 次", "请于本周内签收并报送工作方案", `class="event event-urge"`, `id="unread-count">1<`)
	if strings.Contains(page, "已交办 → 已交办") {
		t.Error("the timeline shows a change of state for 督办")
	}
	do(bj, "GET", "/units/110000/tasks", "", 200, "督办×1")
	do(bj, "GET", "/notifications", "", 200, "督办：请抓紧办理", "请于本周内签收并报送工作方案", `href="/tasks/1"`)
	do(bj, "POST", "/notifications/read", "", 303)
	if page := do(bj, "GET", "/notifications", "", 200, "请于本周内签收并报送工作方案"); strings.Contains(page, "unread-count") || strings.Contains(page, "notification unread") {
		t.Error("the header still counts unread notifications after all were read")
	}
	do(bj, "GET", "/notifications?unread=1", "", 200, "没有未读通知")

	// The request: from 2024年7月4日前 (yellow on 2 July) to 31 August.
	var task apiTask
	if err := json.Unmarshal([]byte(do(bj, "GET", "/api/v1/tasks/1", "", 200)), &task); err != nil || task.Light != "yellow" || task.Urges != 1 {
		t.Fatalf("task before: %+v, %v", task, err)
	}
	do(site.as(t, "reporter@510000"), "POST", "/tasks/1/extensions", "deadline=2024-08-31&reason=x", 403)
	do(bj, "POST", "/tasks/1/extensions", "deadline=2024-08-31&reason="+q("需等待市级平台对接"), 303)
	do(bj, "GET", "/tasks/1", "", 200, `id="extension-pending"`, "2024年7月4日前 → 2024-08-31 · 需等待市级平台对接")
	do(bj, "POST", "/tasks/1/extensions/2", "decision=grant", 403)
	do(coord, "GET", "/notifications", "", 200, "需等待市级平台对接")
	do(coord, "POST", "/tasks/1/extensions/2", "decision=grant&deadline=2024-08-15&note="+q("请按期完成"), 303)
	do(bj, "GET", "/tasks/1", "", 200, "2024年7月4日前 → 2024-08-15 · 请按期完成", "已同意", `id="unread-count">1<`)
	if err := json.Unmarshal([]byte(do(bj, "GET", "/api/v1/tasks/1", "", 200)), &task); err != nil ||
		task.Light != "green" || task.Deadline.Date != "2024-08-15" {
		t.Errorf("task after the grant: %+v, %v: the light must follow the deadline granted", task, err)
	}
	var inbox apiNotifications
	if err := json.Unmarshal([]byte(do(bj, "GET", "/api/v1/notifications", "", 200)), &inbox); err != nil ||
		inbox.Unread != 1 || inbox.Count != 2 || inbox.Notifications[0].Kind != rollout.NoticeExtensionDecided {
		t.Errorf("inbox = %+v, %v", inbox, err)
	}
	var read apiReadResult
	rec := serveBody(site.Server, "POST", "/api/v1/notifications/read", with(bj, jsonPost),
		`{"ids": [`+itoa(inbox.Notifications[0].ID)+`]}`)
	if err := json.Unmarshal(rec.Body.Bytes(), &read); err != nil || rec.Code != 200 || read.Marked != 1 || read.Unread != 0 {
		t.Errorf("mark read: %d %s", rec.Code, rec.Body)
	}
	// A return notifies the unit too.
	do(site.as(t, "reviewer@440000"), "POST", "/tasks/751/steps", "kind=return&state=reported&note="+q("缺少佐证材料"), 303)
	// (深圳市 also has the notice of the problem the fixture raises at it.)
	do(site.as(t, "reporter@440300"), "GET", "/notifications", "", 200, "进展报告被退回", "缺少佐证材料", `id="unread-count">2<`)

	n := 0
	for _, a := range site.audit.actions() {
		if a == "task.urge" || a == "task.extend_ask" || a == "task.extend_grant" {
			n++
		}
	}
	if n != 4 { // the fixture's request, and the three here
		t.Errorf("%d audit entries, want one per write", n)
	}
}
