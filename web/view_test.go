package web

import (
	"context"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"rollout"
)

// TestRenderEveryPage renders each page template in both languages with its
// data struct, full and nearly empty.
func TestRenderEveryPage(t *testing.T) {
	site := newTestSite(t, newFake(t))
	s := site.Server
	ctx := context.Background()
	must := func(v any, err error) any {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	gd := must(site.units.Unit(ctx, guangdong)).(*rollout.Unit)
	root := must(site.units.Unit(ctx, 1)).(*rollout.Unit)
	gdChildren := must(site.units.UnitChildren(ctx, guangdong)).([]*rollout.Unit)
	gdOwn := must(site.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: guangdong})).([]*rollout.Task)
	gdWithin := must(site.tasks.Tasks(ctx, rollout.TaskFilter{Within: guangdong})).([]*rollout.Task)
	item1Tasks := must(site.tasks.Tasks(ctx, rollout.TaskFilter{ItemID: 1001})).([]*rollout.Task)
	retiredAt := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	retired := &rollout.Unit{ID: 7, Name: "旧部门", Kind: "something_new", Path: "/1/7/", RetiredAt: &retiredAt, Aliases: []string{"老部门", "原部门"}}
	gdTask1 := site.tasks.first(t, guangdong, 1001)
	dc := &divideContext{task: gdTask1, children: gdChildren, existing: site.tasks.under(gdTask1.ID)}
	leaf := &divideContext{task: &rollout.Task{ID: 9, ItemID: 1001, ItemName: "事项", UnitName: "福田区", Role: "unknown_role"}}
	// A task whose parent is missing, and one with a role no template knows.
	orphan := &rollout.Task{ID: 77, ItemID: 1001, ParentID: 76, UnitName: "某单位", Role: rollout.RoleCo}
	full := notice7(t)
	b7 := &rollout.Batch{ID: 1, Notice: *full, ItemCount: 24}
	for i := range b7.Items {
		b7.Items[i].ID = 1000 + int64(b7.Items[i].Seq)
		b7.Items[i].Batch = 7
	}
	// A batch a reader had trouble with: a domain that lists a missing row, a
	// nationwide item in no domain, no duties, no diagnostics, no date.
	odd := &rollout.Batch{Notice: rollout.Notice{
		DocNo: "国函〔2099〕1号", Title: "测试通知", Batch: 12,
		Domains: []rollout.Domain{{Seq: 1, Name: "投资贸易便利化", Declared: 2, Items: []int{1, 9}}},
		Items: []rollout.Item{
			{ID: 1, Batch: 12, Seq: 1, Name: "事项一", Responsible: []string{"商务部"}, Scope: "全国", Domain: "投资贸易便利化"},
			{ID: 2, Batch: 12, Seq: 2, Name: "事项二", Scope: "全国"},
		},
	}}
	it3 := b7.Items[2]
	bare := &rollout.Item{ID: 5, Batch: 12, Seq: 5, Name: "事项五"}

	at := time.Date(2024, 1, 16, 9, 0, 0, 0, time.UTC)
	lockedUntil := time.Now().Add(time.Hour)
	acct := &rollout.User{ID: 1, Username: "zhang.san", DisplayName: "张三", CreatedAt: at,
		Grants: []rollout.Grant{{UnitID: guangdong, UnitName: "广东省", UnitKind: rollout.KindProvince, Role: rollout.RoleReporter}}}
	disabled := &rollout.User{ID: 2, Username: "li.si", Disabled: true, CreatedAt: at}
	locked := &rollout.User{ID: 3, Username: "wang.wu", LockedUntil: &lockedUntil, CreatedAt: at, Grants: acct.Grants}
	tokens := []*rollout.Token{{ID: 1, Name: "省平台", Grant: acct.Grants[0], CreatedAt: at, LastUsed: &at, RevokedAt: &at},
		{ID: 2, Name: "市平台", Grant: acct.Grants[0], CreatedAt: at}}
	for l := range numLangs {
		r := httptest.NewRequest("GET", "/?lang="+l.Code(), nil)
		lay := func(nav string) layout { return newLayout(r, "标题", nav) }
		signedIn := newLayout(r.WithContext(rollout.WithActor(r.Context(), acct)), "标题", "account")
		type page struct {
			name   string
			render func(w *httptest.ResponseRecorder) error
			want   []string
		}
		pages := []page{
			{"home", func(w *httptest.ResponseRecorder) error {
				return s.views.home.render(w, 200, &homePage{layout: lay("home"), Batches: []*rollout.Batch{b7}})
			}, []string{"国函〔2023〕56号", batchLabel(l, 7)}},
			{"home empty", func(w *httptest.ResponseRecorder) error {
				return s.views.home.render(w, 200, &homePage{layout: lay("home")})
			}, []string{tr(l, "home.empty")}},
			{"batch", func(w *httptest.ResponseRecorder) error {
				return s.views.batch.render(w, 200, newBatchPage(r, b7))
			}, []string{"知识产权保护", tr(l, "batch.specific"), "<details>"}},
			{"batch odd", func(w *httptest.ResponseRecorder) error {
				return s.views.batch.render(w, 200, newBatchPage(r, odd))
			}, []string{tr(l, "batch.unassigned"), "事项二", tr(l, "batch.domain_missing", []int{9}), tr(l, "batch.diagnostics_none"), "—"}},
			{"item", func(w *httptest.ResponseRecorder) error {
				return s.views.item.render(w, 200, &itemPage{layout: lay(""), Item: &it3, Batch: b7,
					Responsible: []unitRef{{Name: "中国民航局", ID: 103}, {Name: "不明单位"}}})
			}, []string{"航空货运电子信息化", tr(l, "item.lead"), `<a href="/units/103">中国民航局</a>`, "<li>不明单位</li>", `href="/items/1003/tree"`}},
			{"item bare", func(w *httptest.ResponseRecorder) error {
				return s.views.item.render(w, 200, &itemPage{layout: lay(""), Item: bare})
			}, []string{"事项五", tr(l, "item.no_domain")}},
			{"unit", func(w *httptest.ResponseRecorder) error {
				return s.views.unit.render(w, 200, &unitPage{layout: lay(""), Unit: gd, Ancestors: []*rollout.Unit{root},
					Groups: groupByKind(gdChildren), Children: len(gdChildren)})
			}, []string{"广东省", tr(l, "kind.city"), tr(l, "kind.department"), tr(l, "unit.coastal")}},
			{"unit root", func(w *httptest.ResponseRecorder) error {
				return s.views.unit.render(w, 200, &unitPage{layout: lay(""), Unit: root})
			}, []string{tr(l, "unit.root"), tr(l, "unit.no_children")}},
			{"unit retired, of an unknown kind, located elsewhere", func(w *httptest.ResponseRecorder) error {
				return s.views.unit.render(w, 200, &unitPage{layout: lay(""), Unit: retired, Ancestors: []*rollout.Unit{root}, Province: gd})
			}, []string{tr(l, "unit.retired", formatDate(l, retiredAt)), "something_new", "老部门" + tr(l, "list.sep") + "原部门", tr(l, "unit.province")}},
			{"inbox with matrix", func(w *httptest.ResponseRecorder) error {
				return s.views.inbox.render(w, 200, &inboxPage{layout: lay(""), Unit: gd, Parent: root, CanDivide: true, Count: len(gdOwn),
					List:    s.newTaskList(l, "/units/440000/tasks", listForm{Size: 50, Page: 1}, rollout.TaskPage{Tasks: gdOwn, Total: len(gdOwn)}),
					Batches: []inboxBatch{{Batch: 7, DocNo: "国函〔2023〕56号", Count: len(gdOwn), Matrix: newDivisionMatrix(gdOwn, gdWithin, gdChildren)}}})
			}, []string{tr(l, "matrix.heading"), "湛江市", tr(l, "task.divide"), "○"}},
			{"inbox of a batch that is gone", func(w *httptest.ResponseRecorder) error {
				return s.views.inbox.render(w, 200, &inboxPage{layout: lay(""), Unit: gd, Count: 1,
					List:    s.newTaskList(l, "/units/440000/tasks", listForm{Size: 50, Page: 1}, rollout.TaskPage{Tasks: []*rollout.Task{orphan}, Total: 1}),
					Batches: []inboxBatch{{Batch: 12, Count: 1}}})
			}, []string{batchLabel(l, 12), `id="task-77"`, tr(l, "task.no_deadline")}},
			{"inbox empty", func(w *httptest.ResponseRecorder) error {
				return s.views.inbox.render(w, 200, &inboxPage{layout: lay(""), Unit: root})
			}, []string{tr(l, "inbox.empty")}},
			{"divide", func(w *httptest.ResponseRecorder) error {
				return s.views.divide.render(w, 200, dc.page(r, dc.prefill()))
			}, []string{tr(l, "divide.existing"), "省住房城乡建设厅", tr(l, "divide.submit"), `value="2024年6月底前"`}},
			{"divide refused", func(w *httptest.ResponseRecorder) error {
				p := dc.page(r, divideInput{Choices: map[int64]rollout.TaskRole{guangzhou: rollout.RoleLead}, Deadline: "持续推进", Notes: "<备注>"})
				p.Error, p.ErrorField = "出错了", "deadline"
				return s.views.divide.render(w, 400, p)
			}, []string{"出错了", `<a href="#deadline">`, `aria-describedby="deadline-hint form-error"`, "&lt;备注&gt;</textarea>",
				`id="role-440100-lead" name="role-440100" value="lead" checked`}},
			{"divide refused, about no field", func(w *httptest.ResponseRecorder) error {
				p := dc.page(r, dc.prefill())
				p.Error = "存储拒绝"
				return s.views.divide.render(w, 400, p)
			}, []string{"<p>存储拒绝</p>"}},
			{"divide nothing below", func(w *httptest.ResponseRecorder) error {
				return s.views.divide.render(w, 200, leaf.page(r, leaf.prefill()))
			}, []string{tr(l, "divide.no_children"), "unknown_role"}},
			{"tree", func(w *httptest.ResponseRecorder) error {
				it := b7.Items[0]
				p := &treePage{layout: lay(""), Item: &it, Root: "国务院", Total: len(item1Tasks) + 1, Divided: 2}
				p.Guide, p.Implement, p.Orphans = buildTree(&it, append(item1Tasks, orphan), nil)
				p.Summary = treeSummary(l, p.Guide, p.Implement)
				return s.views.tree.render(w, 200, p)
			}, []string{"省住房城乡建设厅", "福田区", tr(l, "tree.divided", 2), tr(l, "tree.orphans"), "某单位", "<details open>"}},
			{"tree empty", func(w *httptest.ResponseRecorder) error {
				return s.views.tree.render(w, 200, &treePage{layout: lay(""), Item: bare})
			}, []string{tr(l, "tree.empty")}},
			{"search prompt", func(w *httptest.ResponseRecorder) error {
				return s.views.search.render(w, 200, &searchPage{layout: lay("search")})
			}, []string{tr(l, "search.empty_query")}},
			{"search none", func(w *httptest.ResponseRecorder) error {
				p := &searchPage{layout: lay("search"), Searched: true}
				p.Query = "无"
				return s.views.search.render(w, 200, p)
			}, []string{tr(l, "search.no_results", "无")}},
			{"search results", func(w *httptest.ResponseRecorder) error {
				p := &searchPage{layout: lay("search"), Searched: true, Results: []searchResult{newSearchResult(l, &it3, "电子信息化"), newSearchResult(l, bare, "事项")}}
				p.Query = "电子信息化"
				return s.views.search.render(w, 200, p)
			}, []string{"<mark>电子信息化</mark>", "<mark>事项</mark>五"}},
			{"error", func(w *httptest.ResponseRecorder) error {
				return s.views.error.render(w, 404, &errorPage{layout: lay(""), Status: 404, Message: "没有"})
			}, []string{"404", "没有"}},
			{"signin", func(w *httptest.ResponseRecorder) error {
				return s.views.signin.render(w, 200, &signinPage{layout: lay(""), Next: "/units/1"})
			}, []string{`name="next" value="/units/1"`, tr(l, "signin.submit"), tr(l, "signin.hint", 10, 15)}},
			{"signin refused", func(w *httptest.ResponseRecorder) error {
				return s.views.signin.render(w, 401, &signinPage{layout: lay(""), Username: "<u>", Error: "错了", Notice: "通知"})
			}, []string{"错了", "通知", `value="&lt;u&gt;"`}},
			{"account", func(w *httptest.ResponseRecorder) error {
				return s.views.account.render(w, 200, &accountPage{layout: signedIn, Account: acct, Tokens: tokens, IdleMinutes: 30, MaxHours: 12,
					Error: "不对", ErrorField: "new", Notice: "好了"})
			}, []string{"张三", "广东省", tr(l, "userrole.reporter"), "省平台", tr(l, "account.token_revoked", formatDateTime(l, at)), "不对",
				`aria-describedby="new-hint form-error"`, tr(l, "account.signout_all"), `class="whoami"`, tr(l, "layout.signout")}},
			{"account by token, no grants", func(w *httptest.ResponseRecorder) error {
				return s.views.account.render(w, 200, &accountPage{layout: lay(""), Account: &rollout.User{Username: "li.si"}, ViaToken: true})
			}, []string{html.EscapeString(tr(l, "account.via_token")), tr(l, "account.no_grants")}},
			{"users", func(w *httptest.ResponseRecorder) error {
				return s.views.users.render(w, 400, &usersPage{layout: lay("users"), Accounts: []*rollout.User{acct, disabled, locked},
					Roles: rollout.Roles, Form: newUserInput{Username: "wang", Unit: "深圳市", Role: rollout.RoleReviewer}, Error: "不行", ErrorField: "unit"})
			}, []string{"zhang.san", tr(l, "admin.disabled"), tr(l, "admin.locked_until", formatDateTime(l, lockedUntil)), tr(l, "admin.active"),
				`<option value="reviewer" selected>`, `value="深圳市"`, `<a href="#unit">不行</a>`, `aria-describedby="unit-hint form-error"`}},
			{"users none", func(w *httptest.ResponseRecorder) error {
				return s.views.users.render(w, 200, &usersPage{layout: lay("users"), Roles: rollout.Roles})
			}, []string{tr(l, "admin.no_accounts")}},
			{"user", func(w *httptest.ResponseRecorder) error {
				return s.views.user.render(w, 200, &userPage{layout: lay("users"), Account: acct, Roles: rollout.Roles, NewRole: rollout.RoleViewer, Notice: "已保存"})
			}, []string{`name="keep" value="440000:reporter" checked`, `value="true"`, "已保存", tr(l, "admin.reset")}},
			{"user self", func(w *httptest.ResponseRecorder) error {
				return s.views.user.render(w, 200, &userPage{layout: lay("users"), Account: acct, Roles: rollout.Roles, Self: true, Error: "x", ErrorField: "grants"})
			}, []string{tr(l, "admin.self_disable"), `<fieldset id="grants" aria-describedby="form-error">`}},
			{"user disabled, no grants", func(w *httptest.ResponseRecorder) error {
				return s.views.user.render(w, 200, &userPage{layout: lay("users"), Account: disabled, Roles: rollout.Roles})
			}, []string{`value="false"`, tr(l, "admin.enable"), tr(l, "account.no_grants")}},
			{"audit", func(w *httptest.ResponseRecorder) error {
				return s.views.audit.render(w, 200, &auditPage{layout: lay("audit"), Limits: auditLimits, Filter: auditInput{Actor: "<a>", Limit: 200},
					Entries: []auditRow{{AuditEntry: rollout.AuditEntry{ID: 4, At: at, Actor: "zhang.san", Action: "task.divide", Object: "task:1", Remote: "10.0.0.1"},
						BeforeText: "{}", AfterText: "<x>"}, {AuditEntry: rollout.AuditEntry{ID: 3, At: at, Actor: "system", Action: "notice.import"}}},
					More: "/admin/audit?limit=400", Verify: &auditVerify{Checked: 9}})
			}, []string{"task.divide", "10.0.0.1", "&lt;x&gt;", tr(l, "audit.more"), tr(l, "audit.intact", 9), `value="&lt;a&gt;"`, `<option value="200" selected>`}},
			{"audit broken, full", func(w *httptest.ResponseRecorder) error {
				return s.views.audit.render(w, 200, &auditPage{layout: lay("audit"), Limits: auditLimits, Full: true, Verify: &auditVerify{Broken: 5, Checked: 9},
					Entries: []auditRow{{AuditEntry: rollout.AuditEntry{ID: 1, At: at, Actor: "a", Action: "b"}}}})
			}, []string{tr(l, "audit.broken", 5, 9), tr(l, "audit.full", 1)}},
			{"audit refused, empty", func(w *httptest.ResponseRecorder) error {
				return s.views.audit.render(w, 400, &auditPage{layout: lay("audit"), Limits: auditLimits, Error: "日期不对"})
			}, []string{"日期不对"}},
			{"audit none", func(w *httptest.ResponseRecorder) error {
				return s.views.audit.render(w, 200, &auditPage{layout: lay("audit"), Limits: auditLimits})
			}, []string{tr(l, "audit.none")}},
		}
		taskPages := loopPages(t, site, r, l)
		pages = append(pages,
			page{"task", func(w *httptest.ResponseRecorder) error { return s.views.task.render(w, 200, taskPages.full) },
				[]string{event(l, rollout.EventAccept), event(l, rollout.EventClose), event(l, rollout.EventApproveNA), event(l, rollout.EventRequestNA),
					"深府办〔2024〕12号", naReasonLabel(l, rollout.NAVertical) + tr(l, "list.colon") + "由海关统一实施", "出错了", `<a href="#note-return">`,
					">退回的理由</textarea>", tr(l, "taskpage.versions", 3), "福田区"}},
			page{"task bare", func(w *httptest.ResponseRecorder) error { return s.views.task.render(w, 200, taskPages.bare) },
				[]string{tr(l, "taskpage.no_events"), tr(l, "taskpage.no_report", periodLabel(l, "2024Q3")), "unknown_role", "new_state"}},
			page{"report", func(w *httptest.ResponseRecorder) error { return s.views.report.render(w, 200, taskPages.report) },
				[]string{tr(l, "report.save"), tr(l, "report.submit"), `id="ev-title-1"`, "草案.pdf", "存储拒绝", tr(l, "report.saved")}},
			page{"report conflict", func(w *httptest.ResponseRecorder) error { return s.views.report.render(w, 409, taskPages.conflict) },
				[]string{tr(l, "report.conflict_heading"), tr(l, "report.conflict_mine"), "我的措施", "他的措施", tr(l, "evidence.reselect")}},
			page{"report locked", func(w *httptest.ResponseRecorder) error { return s.views.report.render(w, 200, taskPages.locked) },
				[]string{tr(l, "report.locked_reported"), tr(l, "report.none_stored")}},
			page{"reviews", func(w *httptest.ResponseRecorder) error { return s.views.reviews.render(w, 200, taskPages.queue) },
				[]string{"深圳市", tr(l, "reviews.review")}},
			page{"reviews empty", func(w *httptest.ResponseRecorder) error {
				return s.views.reviews.render(w, 200, &unitListPage{layout: lay(""), Unit: gd})
			}, []string{tr(l, "reviews.empty")}},
			page{"overdue", func(w *httptest.ResponseRecorder) error { return s.views.overdue.render(w, 200, taskPages.overdue) },
				[]string{"深圳市", tr(l, "overdue.days_n", 2), tr(l, "overdue.count", 3)}},
			page{"overdue empty", func(w *httptest.ResponseRecorder) error {
				return s.views.overdue.render(w, 200, &unitListPage{layout: lay(""), Unit: gd})
			}, []string{tr(l, "overdue.empty")}},
			page{"import", func(w *httptest.ResponseRecorder) error {
				return s.views.sheetImport.render(w, 200, &importPage{layout: lay(""), Unit: gd, Periods: []rollout.Period{"2024Q3", "2024Q2"}, MaxMiB: 10})
			}, []string{html.EscapeString(tr(l, "import.intro")), tr(l, "import.download", periodLabel(l, "2024Q2")),
				html.EscapeString(tr(l, "import.file_hint", 10)), tr(l, "import.submit_label")}},
			page{"import refused", func(w *httptest.ResponseRecorder) error {
				return s.views.sheetImport.render(w, 400, &importPage{layout: lay(""), Unit: gd, FileName: "表.xlsx", Error: "不是模板", ErrorField: "file"})
			}, []string{tr(l, "import.error_heading"), `<a href="#file">不是模板</a>`, html.EscapeString(tr(l, "import.file_named", "表.xlsx"))}},
			page{"import problems and a conflict", func(w *httptest.ResponseRecorder) error {
				return s.views.sheetImport.render(w, 409, &importPage{layout: lay(""), Unit: gd, FileName: "表.xlsx", Period: "2024Q2", Submit: true,
					Conflict: "报告已改", Problems: []importProblem{{Row: 7, Column: "状态", Cell: "G7", Message: "状态有误"}, {Row: 9, Message: "整行有误"}}})
			}, []string{tr(l, "import.conflict_heading"), "报告已改", tr(l, "import.download_again", periodLabel(l, "2024Q2")),
				tr(l, "import.problems", 2), "<code>G7</code>", "状态有误", "整行有误", "checked"}},
		)
		for _, p := range pages {
			w := httptest.NewRecorder()
			if err := p.render(w); err != nil {
				t.Errorf("%s/%s: %v", l.Code(), p.name, err)
				continue
			}
			body := w.Body.String()
			for _, want := range append(p.want, `<html lang="`+l.Tag()+`">`, "</html>", tr(l, "site.name")) {
				if !strings.Contains(body, want) {
					t.Errorf("%s/%s: lacks %q", l.Code(), p.name, want)
				}
			}
			for _, bad := range []string{"%!", "<no value>", "ZgotmplZ"} {
				if strings.Contains(body, bad) {
					t.Errorf("%s/%s: has %q", l.Code(), p.name, bad)
				}
			}
		}
	}
}

// TestBatchPagePlacesEveryItemOnce: the batch page drops no item and shows none twice.
func TestBatchPagePlacesEveryItemOnce(t *testing.T) {
	b := &rollout.Batch{Notice: *notice7(t)}
	p := newBatchPage(httptest.NewRequest("GET", "/batches/7", nil), b)
	seen := map[int]int{}
	for _, d := range p.Domains {
		for _, it := range d.Items {
			seen[it.Seq]++
		}
	}
	for _, it := range append(p.Specific, p.Unassigned...) {
		seen[it.Seq]++
	}
	for _, it := range b.Items {
		if seen[it.Seq] != 1 {
			t.Errorf("item %d shown %d times", it.Seq, seen[it.Seq])
		}
	}
	if len(p.Domains) != 5 || p.Nationwide != 22 || len(p.Specific) != 2 || len(p.Unassigned) != 0 {
		t.Errorf("domains %d, nationwide %d, specific %d, unassigned %d; want 5, 22, 2, 0",
			len(p.Domains), p.Nationwide, len(p.Specific), len(p.Unassigned))
	}
}

func event(l lang, e rollout.TaskEventKind) string { return eventLabel(l, e) }

// loopPageData are the pages of the supervision loop, filled for rendering.
type loopPageData struct {
	full, bare               *taskPage
	report, conflict, locked *reportPage
	queue, overdue           *unitListPage
}

// loopPages builds the loop's pages from the fixture: a task page with every
// step offered, a report, its versions, a timeline with a not-applicable
// request and a refusal shown; a task page with nothing; the report form with
// a file and a refusal, with a conflict, and locked; the queue and the overdue
// list.
func loopPages(t *testing.T, site *testSite, r *http.Request, l lang) loopPageData {
	t.Helper()
	s := site.Server
	ctx := context.Background()
	gd := site.tasks.first(t, guangdong, 1001)
	var sz *rollout.Task
	for _, c := range site.tasks.under(gd.ID) {
		if c.UnitID == shenzhen {
			sz = c
		}
	}
	coord := r.WithContext(rollout.WithActor(r.Context(), site.users.ensure(t, site.units, "coordinator@1")))
	full, err := s.taskPageData(coord, sz, "")
	if err != nil {
		t.Fatal(err)
	}
	full.Can = taskActions{Acknowledge: true, Report: true, RequestNA: true, Review: true, Close: true, DecideNA: true}
	full.Error, full.ErrorField, full.Form = "出错了", "note-return", stepInput{Kind: rollout.EventReturn, Note: "退回的理由"}
	full.Done = tr(l, "step.done", eventLabel(l, rollout.EventAccept))
	at := time.Date(2024, 6, 5, 2, 0, 0, 0, time.UTC)
	full.Timeline = append(full.Timeline,
		timelineRow{TaskEvent: rollout.TaskEvent{At: at, Actor: "张三", Kind: rollout.EventRequestNA, From: rollout.StateReturned, To: rollout.StateNARequested},
			Reason: rollout.NAVertical, Text: "由海关统一实施"},
		timelineRow{TaskEvent: rollout.TaskEvent{At: at, Actor: "李四", Kind: rollout.EventRejectNA, From: rollout.StateNARequested, To: rollout.StateAcknowledged}, Text: "应当实施"})
	bare := &taskPage{layout: newLayout(r, "标题", ""), Task: &rollout.Task{ID: 9, ItemName: "事项", UnitName: "某单位", Role: "unknown_role", State: "new_state"},
		Period: "2024Q3", Periods: []periodTab{{Period: "2024Q3"}}}

	gz := site.tasks.first(t, guangdong, 1001)
	for _, c := range site.tasks.under(gd.ID) {
		if c.UnitID == guangzhou {
			gz = c
		}
	}
	stored, _ := site.reports.Report(ctx, gz.ID, "2024Q2")
	report := s.reportPageFor(r, gz, "2024Q2", stored)
	report.Form = inputOf(stored)
	report.Form.Evidence = []evidenceRow{{ID: 5, Title: "草案", FileName: "草案.pdf", FileSize: 2 << 20, Date: "2024-06-01", Link: "https://example.gov.cn/"}}
	report.Notice, report.Error, report.ErrorField = tr(l, "report.saved"), "存储拒绝", "ev-date-0"
	conflict := s.reportPageFor(r, gz, "2024Q2", stored)
	mine := cloneReport(stored)
	mine.Measures, mine.Version = "我的措施", 0
	theirs := cloneReport(stored)
	theirs.Measures, theirs.Problem, theirs.ProblemText = "他的措施", true, "缺少资金"
	conflict.Conflict = &reportConflict{Mine: mine, Theirs: theirs}
	conflict.Error, conflict.FileNote = "冲突", true
	locked := s.reportPageFor(r, sz, "2024Q3", nil)
	locked.Locked = lockReason(l, rollout.StateReported)

	first := listForm{Size: rollout.DefaultTaskPage, Page: 1}
	queue := s.unitList(r, &rollout.Unit{ID: guangdong, Name: "广东省", Kind: rollout.KindProvince}, "reviews.title", "reviews", first,
		rollout.TaskPage{Tasks: []*rollout.Task{sz}, Total: 1})
	oq := s.listQuery(rollout.TaskFilter{Within: guangdong})
	oq.Light, oq.Lit = rollout.LightRed, true
	overdueTasks, err := s.tasks.TaskList(ctx, oq)
	if err != nil {
		t.Fatal(err)
	}
	overdue := s.unitList(r, &rollout.Unit{ID: guangdong, Name: "广东省", Kind: rollout.KindProvince}, "overdue.title", "overdue", first, overdueTasks)
	return loopPageData{full: full, bare: bare, report: report, conflict: conflict, locked: locked, queue: queue, overdue: overdue}
}
