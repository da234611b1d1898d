package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"rollout"
)

// problem1Version is the version of the site's problem 1 (its UpdatedAt, as
// seedCoord raised it), for a form.
var problem1Version = url.QueryEscape(siteNow.AddDate(0, 0, -20).Format(time.RFC3339Nano))

// Policies of the coordination routes in the authorization matrix.
const (
	problemRead   policy = 100 + iota // problem 1 (福田区 → 广东省): the readers held at 广东省 exactly, coordinators
	problemHandle                     // problem 1 at the province level: reporters and reviewers at 广东省, coordinators
	majorView                         // the State Council's view: readers at the root, coordinators
)

// expectedCoord is expected for the coordination policies; known is false
// for the others. A grant at the root reaches no problem that is not major,
// nor one at a unit below 广东省: a problem is seen by the units it passed.
func expectedCoord(p policy, role rollout.Role, at locality) (allowed, known bool) {
	readers := []rollout.Role{rollout.RoleViewer, rollout.RoleReporter, rollout.RoleReviewer, rollout.RoleAdmin}
	handlers := []rollout.Role{rollout.RoleReporter, rollout.RoleReviewer}
	coordinator := role == rollout.RoleCoordinator
	switch p {
	case problemRead:
		return coordinator || (at == own && slices.Contains(readers, role)), true
	case problemHandle:
		return coordinator || (at == own && slices.Contains(handlers, role)), true
	case majorView:
		return coordinator || (at == root && slices.Contains(readers, role)), true
	}
	return false, false
}

// coordMatrix declares the coordination routes of the matrix. Writes are
// refused for their input once allowed.
func coordMatrix(t *testing.T, site *testSite) map[string]matrixRoute {
	gdTask := "{task:440000/1024}"
	gdID := site.expand(t, gdTask)
	return map[string]matrixRoute{
		"GET /problems":                          {policy: problemRead, path: "/problems?unit=440000"},
		"GET /problems/{id}":                     {policy: problemRead, path: "/problems/1"},
		"POST /problems/{id}/steps":              {policy: problemHandle, path: "/problems/1/steps", header: formPost, body: "kind=answer&note="},
		"GET /problem-files/{id}":                {policy: problemRead, path: "/problem-files/101?problem=1"},
		"GET /tasks/{id}/coordination":           {policy: readUnit, path: "/tasks/" + gdTask + "/coordination"},
		"POST /tasks/{id}/problems":              {policy: reportUnit, path: "/tasks/" + gdTask + "/problems", header: formPost, body: "title=&body="},
		"POST /tasks/{id}/approvals":             {policy: reportUnit, path: "/tasks/" + gdTask + "/approvals", header: formPost, body: "kind=bogus"},
		"POST /tasks/{id}/risks":                 {policy: reportUnit, path: "/tasks/" + gdTask + "/risks", header: formPost, body: "category=bogus"},
		"POST /items/{id}/approvals":             {policy: coordinate, path: "/items/1001/approvals", header: formPost, body: "kind=bogus"},
		"POST /items/{id}/risks":                 {policy: coordinate, path: "/items/1001/risks", header: formPost, body: "level=bogus"},
		"GET /coordination":                      {policy: coordinate, path: "/coordination"},
		"POST /coordination/response-days":       {policy: coordinate, path: "/coordination/response-days", header: formPost, body: "days-province=0"},
		"GET /coordination/links":                {policy: coordinate, path: "/coordination/links"},
		"POST /coordination/links":               {policy: coordinate, path: "/coordination/links", header: formPost, body: "item=x&other=y"},
		"POST /coordination/links/{id}":          {policy: coordinate, path: "/coordination/links/1", header: formPost, body: "decision=maybe"},
		"GET /domains/{name}":                    {policy: public, path: "/domains/" + q("投资贸易便利化")},
		"GET /api/v1/problems":                   {policy: majorView, path: "/api/v1/problems?major=1"},
		"POST /api/v1/problems":                  {policy: reportUnit, path: "/api/v1/problems", header: jsonPost, body: `{"task_id": ` + gdID + `, "title": ""}`},
		"GET /api/v1/problems/counts":            {policy: coordinate, path: "/api/v1/problems/counts"},
		"GET /api/v1/problems/{id}":              {policy: problemRead, path: "/api/v1/problems/1"},
		"POST /api/v1/problems/{id}/steps":       {policy: problemHandle, path: "/api/v1/problems/1/steps", header: jsonPost, body: `{"kind": "answer", "note": ""}`},
		"GET /api/v1/coordination/response-days": {policy: coordinate, path: "/api/v1/coordination/response-days"},
		"PUT /api/v1/coordination/response-days": {policy: coordinate, path: "/api/v1/coordination/response-days", header: jsonPost, body: `{"days": {"central": 0}}`},
		"GET /api/v1/tasks/{id}/coordination":    {policy: readUnit, path: "/api/v1/tasks/" + gdTask + "/coordination"},
		"GET /api/v1/items/{id}/coordination":    {policy: readItem, path: "/api/v1/items/1001/coordination"},
		"POST /api/v1/approvals":                 {policy: reportUnit, path: "/api/v1/approvals", header: jsonPost, body: `{"item_id": 1024, "task_id": ` + gdID + `, "kind": "bogus"}`},
		"GET /api/v1/approvals/counts":           {policy: readItem, path: "/api/v1/approvals/counts?batch=7"},
		"POST /api/v1/risks":                     {policy: reportUnit, path: "/api/v1/risks", header: jsonPost, body: `{"item_id": 1024, "task_id": ` + gdID + `, "level": "bogus"}`},
		"GET /api/v1/risks":                      {policy: coordinate, path: "/api/v1/risks?level=high"},
		"GET /api/v1/links":                      {policy: coordinate, path: "/api/v1/links?batch=7"},
		"POST /api/v1/links/{id}/decision":       {policy: coordinate, path: "/api/v1/links/1/decision", header: jsonPost, body: `{"accept": "yes"}`},
		"GET /api/v1/domains/{name}":             {policy: public, path: "/api/v1/domains/" + q("投资贸易便利化")},
	}
}

// The coordination scenarios join the site's scenarios (TestScenarios,
// TestRoutesCovered).
func init() {
	scenarios = append(scenarios, []scenario{
		{name: "problems of 广东省", path: "/problems?unit=440000", as: "viewer@440000", status: 200, ctype: htmlType,
			want:    []string{"税务系统未联通", "福田区", "省级", `class="light light-red"`, "证书系统需全国改造"},
			notWant: []string{"报国务院。"}},
		{name: "problems: the county's city is on the route", path: "/problems?unit=440300", as: "viewer@440300", status: 200, ctype: htmlType,
			want: []string{"税务系统未联通"}},
		{name: "problems: the county's city reads it, passed on", path: "/problems/1", as: "reviewer@440300", status: 200, ctype: htmlType,
			want: []string{"税务系统未联通", "深圳市", "市级"}, notWant: []string{`value="answer"`, `value="escalate"`}},
		{name: "problems: a city not on the way is not on the route", path: "/problems?unit=440100", as: "viewer@440100", status: 200, ctype: htmlType,
			want: []string{"没有问题。"}, notWant: []string{"税务系统未联通"}},
		{name: "problems: a city not on the way may not read it", path: "/problems/1", as: "reviewer@440100", status: 403, ctype: htmlType,
			notWant: []string{"税务系统未联通"}},
		{name: "problems: nor list the province's", path: "/problems?unit=440000", as: "reviewer@440300", status: 403, ctype: htmlType},
		{name: "problems: another province", path: "/problems/1", as: "reviewer@510000", status: 403, ctype: htmlType,
			notWant: []string{"税务系统未联通"}},
		{name: "problems: the root does not see a problem that is not major", path: "/problems/1", as: "viewer@1", status: 403, ctype: htmlType},
		{name: "problem page with its route and steps", path: "/problems/1", as: "reviewer@440000", status: 200, ctype: htmlType,
			want: []string{"税务系统未联通", "区税务局系统尚未接入横向联网系统。", "福田区", "广东省", "说明.pdf",
				`value="answer"`, `value="escalate"`, `value="return"`},
			notWant: []string{`value="major"`, `value="resubmit"`}},
		{name: "problem page: the raising county may add to it only", path: "/problems/1", as: "reporter@440304", status: 200, ctype: htmlType,
			want: []string{`value="comment"`}, notWant: []string{`value="answer"`, `value="escalate"`}},
		{name: "problem: the coordinator may mark it major", path: "/problems/1", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{`value="major"`}},
		{name: "major problems: the State Council's view", path: "/problems?major=1", as: "viewer@1", status: 200, ctype: htmlType,
			want: []string{"证书系统需全国改造", "国务院", "广东省", "商务部"}, notWant: []string{"税务系统未联通"}},
		{name: "major problems in English", path: "/problems?major=1&lang=en", as: "viewer@1", status: 200, ctype: htmlType,
			want: []string{"Major problems", "State Council"}},
		{name: "problems: every problem is the coordinator's", path: "/problems", as: "reviewer@440000", status: 403, ctype: htmlType},
		{name: "problems: a bad state", path: "/problems?unit=440000&state=bogus", as: "viewer@440000", status: 400, ctype: htmlType},
		{name: "problem file", path: "/problem-files/101?problem=1", as: "viewer@440000", status: 200, ctype: "application/pdf"},
		{name: "problem file of another problem", path: "/problem-files/101?problem=2", as: "coordinator@1", status: 404, ctype: htmlType},
		{name: "problem: an answer without text", method: "POST", path: "/problems/1/steps", as: "reviewer@440000", header: formPost,
			body: "kind=answer&note=&version=" + problem1Version, status: 400, ctype: htmlType, want: []string{"须填写说明"}},
		{name: "task coordination page", path: "/tasks/{task:440000/1001}/coordination", as: "reporter@440000", status: 200, ctype: htmlType,
			want: []string{`action="/tasks/{task:440000/1001}/problems"`, `action="/tasks/{task:440000/1001}/approvals"`, `action="/tasks/{task:440000/1001}/risks"`}},
		{name: "task coordination page: a viewer reads only", path: "/tasks/{task:440000/1001}/coordination", as: "viewer@440000", status: 200, ctype: htmlType,
			notWant: []string{`action="/tasks/{task:440000/1001}/problems"`}},
		{name: "task page: its risks", path: "/tasks/{task:440304/1001}", as: "reporter@440304", status: 200, ctype: htmlType,
			want: []string{"风险防控", "施工许可提速后的现场安全", "安全生产", "未登记报批或法规调整事项。"}},
		{name: "task page of the province: not the county's risks", path: "/tasks/{task:440000/1001}", as: "reporter@440000", status: 200, ctype: htmlType,
			notWant: []string{"施工许可提速后的现场安全"}},
		{name: "raise: no title", method: "POST", path: "/tasks/{task:440000/1001}/problems", as: "reporter@440000", header: formPost,
			body: "title=&body=x", status: 400, ctype: htmlType, want: []string{"请填写问题标题"}},
		{name: "item page: links, approvals, risks", path: "/items/1001", as: "viewer@440000", status: 200, ctype: htmlType,
			want:    []string{"与其他批次的关联", "《工程建设项目审批管理办法》", "审批数据集中存储", "数据安全"},
			notWant: []string{`action="/items/1001/risks"`}},
		{name: "item page: the public sees no register", path: "/items/1001", status: 200, ctype: htmlType,
			want: []string{"与其他批次的关联"}, notWant: []string{"审批数据集中存储", "《工程建设项目审批管理办法》"}},
		{name: "item page: the coordinator keeps the registers", path: "/items/1001", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{`action="/items/1001/risks"`, `action="/items/1001/approvals"`}},
		{name: "item register: a bad date", method: "POST", path: "/items/1001/risks", as: "coordinator@1", header: formPost,
			body: "category=financial&level=high&description=x&measures=y&owner=z&next_review=30.6.2024", status: 400, ctype: htmlType,
			want: []string{"2024-06-30"}},
		{name: "coordinator's page", path: "/coordination", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{"各层级答复时限", `name="days-province" type="number" min="1" max="365" value="10"`, "审批数据集中存储", "税务系统未联通", "待审核的关联建议（1）"}},
		{name: "links review", path: "/coordination/links", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{"工程建设项目审批“一网通办”（测试样例）", "系统集成", "0.40", `value="accept"`}},
		{name: "domain page", path: "/domains/" + q("投资贸易便利化"), status: 200, ctype: htmlType,
			want: []string{"投资贸易便利化领域", "工程建设项目审批统一化、标准化、信息化", "第七批"}},
		{name: "domain page: no such domain", path: "/domains/" + q("不存在"), status: 404, ctype: htmlType},
		{name: "API: problems of a unit", path: "/api/v1/problems?unit=440000", as: "viewer@440000", status: 200, ctype: jsonType,
			want: []string{`"count": 2`, `"light": "red"`, `"level": "province"`}},
		{name: "API: problem", path: "/api/v1/problems/1", as: "viewer@440000", status: 200, ctype: jsonType,
			want: []string{`"route"`, `"thread"`, `"unit": "福田区"`}},
		{name: "API: open counts", path: "/api/v1/problems/counts", as: "coordinator@1", status: 200, ctype: jsonType,
			want: []string{`"open": 2`, `"total": 2`}},
		{name: "API: item coordination", path: "/api/v1/items/1001/coordination", as: "viewer@440000", status: 200, ctype: jsonType,
			want: []string{`"kind": "departmental_rule"`, `"level": "high"`, `"next_review": "2024-06-30"`, `"on": "2024-01-05"`}},
		{name: "API: approval counts", path: "/api/v1/approvals/counts?batch=7", as: "viewer@440000", status: 200, ctype: jsonType,
			want: []string{`"total": 1`}},
		{name: "API: high risks", path: "/api/v1/risks?level=high", as: "coordinator@1", status: 200, ctype: jsonType,
			want: []string{`"high": 1`}},
		{name: "API: links", path: "/api/v1/links?batch=7", as: "coordinator@1", status: 200, ctype: jsonType, want: []string{`"count": 1`}},
		{name: "API: domain", path: "/api/v1/domains/" + q("投资贸易便利化"), status: 200, ctype: jsonType, want: []string{`"domain": "投资贸易便利化"`}},
		{name: "API: response days", path: "/api/v1/coordination/response-days", as: "coordinator@1", status: 200, ctype: jsonType,
			want: []string{`"state_council": 30`}},
		{name: "API: task coordination", path: "/api/v1/tasks/{task:440304/1001}/coordination", as: "reporter@440304", status: 200, ctype: jsonType,
			want: []string{`"title": "税务系统未联通"`}},
		{name: "API: raise refused for a foreign task", method: "POST", path: "/api/v1/problems", as: "reporter@510000", header: jsonPost,
			body: `{"task_id": 1, "title": "x", "body": "y"}`, status: 403, ctype: jsonType},
		{name: "API: step refused for input", method: "POST", path: "/api/v1/problems/1/steps", as: "reviewer@440000", header: jsonPost,
			body: `{"kind": "escalate", "version": "2001-01-01T00:00:00Z"}`, status: 409, ctype: jsonType},
		{name: "API: decide a missing link", method: "POST", path: "/api/v1/links/99/decision", as: "coordinator@1", header: jsonPost,
			body: `{"accept": true}`, status: 404, ctype: jsonType},
		{name: "API: save an approval refused for input", method: "POST", path: "/api/v1/approvals", as: "coordinator@1", header: jsonPost,
			body: `{"item_id": 1001, "kind": "departmental_rule", "title": ""}`, status: 400, ctype: jsonType},
		{name: "API: save a risk refused for input", method: "POST", path: "/api/v1/risks", as: "coordinator@1", header: jsonPost,
			body: `{"item_id": 1001, "category": "financial", "level": "high"}`, status: 400, ctype: jsonType},
		{name: "API: response days refused", method: "PUT", path: "/api/v1/coordination/response-days", as: "coordinator@1", header: jsonPost,
			body: `{"days": {"province": 400}}`, status: 400, ctype: jsonType},
		{name: "response days refused", method: "POST", path: "/coordination/response-days", as: "coordinator@1", header: formPost,
			body: "days-province=x", status: 400, ctype: htmlType},
		{name: "link by hand refused", method: "POST", path: "/coordination/links", as: "coordinator@1", header: formPost,
			body: "item=7-1&other=7-99", status: 400, ctype: htmlType, want: []string{"第7批没有第99项"}},
		{name: "link decision refused", method: "POST", path: "/coordination/links/1", as: "coordinator@1", header: formPost,
			body: "decision=maybe", status: 400, ctype: htmlType},
		{name: "task register refused", method: "POST", path: "/tasks/{task:440000/1001}/approvals", as: "reporter@440000", header: formPost,
			body: "kind=departmental_rule&title=", status: 400, ctype: htmlType},
		{name: "task risk refused", method: "POST", path: "/tasks/{task:440000/1001}/risks", as: "reporter@440000", header: formPost,
			body: "category=financial&level=low", status: 400, ctype: htmlType},
		{name: "item risk saved from an old read: both shown, the stored version carried", method: "POST", path: "/items/1001/risks",
			as: "coordinator@1", header: formPost,
			body:   "id=1&version=7&category=data_security&level=low&description=" + q("数据共享") + "&measures=y&owner=z&next_review=2024-06-30",
			status: 409, ctype: htmlType,
			want: []string{"该风险已被他人修改（当前为第 1 版", "审批数据集中存储", "数据共享", `name="version" value="1"`, "当前保存的内容（第 1 版）"}},
		{name: "item risk saved from an old read, in English", method: "POST", path: "/items/1001/risks?lang=en",
			as: "coordinator@1", header: formPost, body: "id=1&category=data_security&level=low&description=x&measures=y&owner=z&next_review=2024-06-30",
			status: 409, ctype: htmlType, want: []string{"A change to a recorded entry must name the version it edits"}, notWant: []string{"已被他人修改"}},
		{name: "API: an approval saved from an old read", method: "POST", path: "/api/v1/approvals", as: "coordinator@1", header: jsonPost,
			body: `{"id": 1, "version": 9, "item_id": 1001, "kind": "departmental_rule", "title": "x"}`, status: 409, ctype: jsonType,
			want: []string{`"code": "conflict"`, `"current"`, `"title": "《工程建设项目审批管理办法》"`, `"version": 1`}},
		{name: "API: a step without a version", method: "POST", path: "/api/v1/problems/1/steps", as: "reviewer@440000", header: jsonPost,
			body: `{"kind": "answer", "note": "x"}`, status: 409, ctype: jsonType, want: []string{`"current"`, `"title": "税务系统未联通"`}},
		{name: "problem: a step from an old read shows the problem as it stands", method: "POST", path: "/problems/1/steps", as: "reviewer@440000",
			header: formPost, body: "kind=answer&note=" + q("我的答复") + "&version=2001-01-01T00:00:00Z", status: 409, ctype: htmlType,
			want: []string{"问题刚被他人处理", "我的答复", "税务系统未联通"}},
		{name: "item approval refused", method: "POST", path: "/items/1001/approvals", as: "coordinator@1", header: formPost,
			body: "kind=bogus&title=x", status: 400, ctype: htmlType, want: []string{"bogus"}},
	}...)
}

// A problem goes up over the pages: the county raises it, its city and then
// the province escalate it, the responsible unit answers; at every step a
// unit of another province and a city not on the way are refused, each level
// handles it only while it stands there, and the thread shows each step.
func TestProblemJourneyOverPages(t *testing.T) {
	site := newTestSite(t, newFake(t))
	county := fmt.Sprint(site.expand(t, "{task:440304/1001}"))
	rec := site.serveAs(t, "reporter@440304", "POST", "/tasks/"+county+"/problems", formPost,
		"title="+q("审批系统对接困难")+"&body="+q("区级系统无法接入省级平台。"))
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(rec.Header().Get("Location"), "/problems/3?") {
		t.Fatalf("raise: %d %s\n%s", rec.Code, rec.Header().Get("Location"), rec.Body)
	}
	raised, _ := site.coord.Problem(t.Context(), 3)
	version := raised.UpdatedAt.Format(time.RFC3339Nano)
	if raised.Level != rollout.LevelCity {
		t.Fatalf("the county's problem stands at %s, not its city", raised.Level)
	}
	for _, who := range []string{"viewer@510000", "viewer@440100", "viewer@440000", "viewer@1"} {
		if rec := site.serveAs(t, who, "GET", "/problems/3", nil, ""); rec.Code != http.StatusForbidden {
			t.Errorf("%s reads the county's problem at its city: %d", who, rec.Code)
		}
	}
	if rec := site.serveAs(t, "viewer@440300", "GET", "/problems/3", nil, ""); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "市级") {
		t.Errorf("the county's city reads it: %d", rec.Code)
	}
	if rec := site.serveAs(t, "reporter@440304", "POST", "/problems/3/steps", formPost, "kind=escalate"); rec.Code != http.StatusForbidden {
		t.Errorf("the county escalates its own problem: %d", rec.Code)
	}
	if rec := site.serveAs(t, "reviewer@440000", "POST", "/problems/3/steps", formPost, "kind=escalate&version="+q(version)); rec.Code != http.StatusForbidden {
		t.Errorf("the province escalates past the city: %d", rec.Code)
	}
	if rec := site.serveAs(t, "reviewer@440300", "POST", "/problems/3/steps", formPost, "kind=escalate&note="+q("市内无法解决")+"&version="+q(version)); rec.Code != http.StatusSeeOther {
		t.Fatalf("the city escalates: %d\n%s", rec.Code, rec.Body)
	}
	p, _ := site.coord.Problem(t.Context(), 3)
	if p.Level != rollout.LevelProvince {
		t.Fatalf("after the city: %s", p.Level)
	}
	if rec := site.serveAs(t, "reviewer@440300", "POST", "/api/v1/problems/3/steps", jsonPost, `{"kind": "answer", "note": "x"}`); rec.Code != http.StatusForbidden {
		t.Errorf("the city answers at the province's level: %d", rec.Code)
	}
	version = p.UpdatedAt.Format(time.RFC3339Nano)
	if rec := site.serveAs(t, "reviewer@440000", "POST", "/problems/3/steps", formPost, "kind=escalate&note="+q("省内无法解决")+"&version="+q(version)); rec.Code != http.StatusSeeOther {
		t.Fatalf("escalate: %d\n%s", rec.Code, rec.Body)
	}
	p, _ = site.coord.Problem(t.Context(), 3)
	var central string
	for _, s := range p.Route {
		if s.Level == rollout.LevelCentral && s.UnitName != "商务部" {
			central = fmt.Sprint(s.UnitID)
		}
	}
	if central == "" || p.Level != rollout.LevelCentral {
		t.Fatalf("route after escalation: %+v", p.Route)
	}
	// The province still reads it (it passed there) but no longer handles it.
	if rec := site.serveAs(t, "reviewer@440000", "POST", "/api/v1/problems/3/steps", jsonPost, `{"kind": "answer", "note": "x"}`); rec.Code != http.StatusForbidden {
		t.Errorf("the province answers at the central level: %d", rec.Code)
	}
	rec = site.serveAs(t, "reviewer@"+central, "POST", "/api/v1/problems/3/steps", jsonPost, `{"kind": "answer", "note": "已协调平台接口。", "version": "`+p.UpdatedAt.Format(time.RFC3339Nano)+`"}`)
	if rec.Code != http.StatusOK {
		t.Fatalf("the responsible unit answers: %d\n%s", rec.Code, rec.Body)
	}
	var out struct {
		State  rollout.ProblemState `json:"state"`
		Thread []struct {
			Kind rollout.ProblemEventKind `json:"kind"`
		} `json:"thread"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || out.State != rollout.ProblemAnswered || len(out.Thread) != 4 {
		t.Errorf("answered: %+v %v", out, err)
	}
	page := site.serveAs(t, "viewer@440000", "GET", "/problems/3", nil, "").Body.String()
	for _, want := range []string{"已协调平台接口。", "市内无法解决", "省内无法解决", "深圳市", "商务部"} {
		if !strings.Contains(page, want) {
			t.Errorf("the province's page lacks %q", want)
		}
	}
}

// TestRiskRegisterNames: the coordinator's risk register names, for every
// risk, its item, its unit (or the item's own register) and its level, the
// highest level first.
func TestRiskRegisterNames(t *testing.T) {
	site := newTestSite(t, newFake(t))
	body := site.getAs(t, "coordinator@1", "GET", "/coordination", nil).Body.String()
	i := strings.Index(body, `id="risk-register"`)
	if i < 0 {
		t.Fatalf("no risk register:\n%s", body)
	}
	reg := body[i:]
	reg = reg[:strings.Index(reg, "</table>")]
	rows := regexp.MustCompile(`(?s)<tr id="risk-\d+" class="risk-(\w+)">(.*?)</tr>`).FindAllStringSubmatch(reg, -1)
	if len(rows) != 2 {
		t.Fatalf("%d risks in the register, want 2:\n%s", len(rows), reg)
	}
	for i, want := range []struct{ level, levelText, unit string }{
		{"high", "高", "事项登记（负责单位）"},
		{"medium", "中", "福田区"},
	} {
		row := rows[i][2]
		if rows[i][1] != want.level || !strings.Contains(row, "<strong>"+want.levelText) || !strings.Contains(row, want.unit) ||
			!strings.Contains(row, `<a href="/items/1001">第七批 · 1. `) {
			t.Errorf("risk %d: want level %s, unit %s and item 1:\n%s", i, want.level, want.unit, row)
		}
	}
	if !strings.Contains(rows[1][2], `href="/tasks/`) {
		t.Errorf("the task's risk does not lead to its task")
	}
}
