package web

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"rollout"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// syncBuffer is a log destination safe for concurrent handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testSite is a server over the fakes, with the fakes at hand.
type testSite struct {
	*Server
	logs    *syncBuffer
	cat     *fakeCatalog
	units   *fakeUnits
	tasks   *fakeTasks
	reports *fakeReports
	users   *fakeUsers
	audit   *fakeAudit
	// Evaluation rounds.
	evals *fakeEvaluations
	// Coordination
	coord *fakeCoord
	// Supervision and notifications.
	supervise *fakeSupervision
}

// The accounts of the fixture besides the identities (role@unit) the tests
// open as they need them: one locked, one disabled; and the
// identities every site has, for the OpenAPI examples.
const (
	gdReporter   = "reporter@440000" // a reporter of 广东省, the province most tests are about
	lockedUser   = "locked.user"
	disabledUser = "disabled.user"
)

var fixtureIdentities = []string{"reporter@440000", "reporter@110000", "reporter@510000", "viewer@440000",
	"coordinator@1", "administrator@1", "evaluator@1"}

// newTestSite returns a server over cat and the fixture's units and tasks
// (newFakeServices), its accounts (one API token, ID 1, of reporter@440000),
// the supervision loop as seedLoop leaves it and an audit trail, logging to a
// buffer. Its lights and periods go by siteNow.
func newTestSite(t *testing.T, cat *fakeCatalog) *testSite {
	t.Helper()
	units, tasks := newFakeServices(t, cat)
	audit := &fakeAudit{}
	users := newFakeUsers(audit)
	for _, id := range fixtureIdentities {
		users.ensure(t, units, id)
	}
	gd := users.ensure(t, units, "reporter@440000")
	users.token(gd.ID)
	for _, name := range []string{lockedUser, disabledUser} {
		u := &rollout.User{Username: name, Grants: []rollout.Grant{{UnitID: guangdong, UnitPath: "/1/440000/", UnitName: "广东省",
			UnitKind: rollout.KindProvince, Role: rollout.RoleViewer}}}
		if err := users.CreateUser(context.Background(), u, fixturePassword); err != nil {
			t.Fatal(err)
		}
	}
	// Locked for an hour from now by the wall clock, which the pages and
	// Retry-After go by, and so also at the fake's standing clock.
	users.lock(t, lockedUser, time.Now().Add(time.Hour))
	users.disable(t, disabledUser)
	logs := &syncBuffer{}
	reports := newFakeReports(tasks, audit)
	evals := newFakeEvaluations(t, cat, units, tasks, users, audit)
	coord := newFakeCoord(cat, units, tasks) // Coordination
	supervise := newFakeSupervision(reports)
	reports.notify, coord.notify = supervise.notify, supervise.notify
	s, err := New(Config{Catalog: cat, Units: units, Tasks: tasks, Reports: reports, Users: users, Audit: audit,
		Logger: slog.New(slog.NewTextHandler(logs, nil)),
		// Operations (ops_test.go).
		Health: &fakeHealth{}, Gauges: fakeGauges{}, MetricsToken: testMetricsToken,
		Evaluations: evals,
		Problems:    coord, Coordination: coord,
		Supervision: supervise, Inbox: supervise})
	if err != nil {
		t.Fatal(err)
	}
	s.now = func() time.Time { return siteNow }
	s.rollups, s.indicators = &fakeRollups{cat: cat, tasks: tasks, reports: reports}, newFakeIndicators(cat) // National picture and indicators
	reports.indicators = s.indicators
	reports.coord = coord // a report's problem box raises problems
	site := &testSite{Server: s, logs: logs, cat: cat, units: units, tasks: tasks, reports: reports, users: users, audit: audit,
		evals: evals, coord: coord, supervise: supervise}
	seedLoop(t, site)
	seedCoord(t, site) // Coordination
	seedSupervision(t, site)
	return site
}

// as returns the header of a request made in a new session of identity
// (role@unitID, such as reporter@440000), opening its account the first time;
// "" is an anonymous visitor.
func (site *testSite) as(t testing.TB, identity string) http.Header {
	t.Helper()
	if identity == "" {
		return http.Header{}
	}
	u := site.users.ensure(t, site.units, identity)
	return http.Header{"Cookie": {sessionCookie + "=" + site.users.session(u.ID)}}
}

// bearer returns the header of a request made with a new API token of
// identity, for the grant it holds.
func (site *testSite) bearer(t testing.TB, identity string) http.Header {
	t.Helper()
	u := site.users.ensure(t, site.units, identity)
	return http.Header{"Authorization": {"Bearer " + site.users.token(u.ID)}}
}

// serveAs serves one request made as identity ("" for anonymous) in a new
// session, with header and body.
func (site *testSite) serveAs(t testing.TB, identity, method, target string, header http.Header, body string) *httptest.ResponseRecorder {
	t.Helper()
	return serveBody(site.Server, method, target, with(site.as(t, identity), header), body)
}

// getAs serves one request without a body made as identity.
func (site *testSite) getAs(t testing.TB, identity, method, target string, header http.Header) *httptest.ResponseRecorder {
	t.Helper()
	return site.serveAs(t, identity, method, target, header, "")
}

// with merges headers: later values of a key replace earlier ones, but
// cookies add up.
func with(hs ...http.Header) http.Header {
	out := http.Header{}
	for _, h := range hs {
		for k, v := range h {
			if k == "Cookie" {
				out[k] = append(out[k], v...)
				continue
			}
			out[k] = v
		}
	}
	return out
}

// newTestServer returns a server over cat (and the fixture's units and tasks)
// and the buffer its log goes to.
func newTestServer(t *testing.T, cat *fakeCatalog) (*Server, *syncBuffer) {
	t.Helper()
	site := newTestSite(t, cat)
	return site.Server, site.logs
}

// serve serves one request through the whole handler.
func serve(s *Server, method, target string, header http.Header) *httptest.ResponseRecorder {
	return serveBody(s, method, target, header, "")
}

// serveBody serves one request with a body through the whole handler.
func serveBody(s *Server, method, target string, header http.Header, body string) *httptest.ResponseRecorder {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return rec
}

func q(s string) string { return url.QueryEscape(s) }

// scenario is one request to the site and what the answer must hold.
type scenario struct {
	name   string
	method string // GET when empty
	// path, want and notWant may hold {css}, the current URL of style.css, and
	// {task:U/I}, the ID of unit U's task for item I in the fixture.
	path    string
	as      string // the identity (role@unitID) the request is made as; "" for an anonymous visitor
	header  http.Header
	body    string
	status  int
	ctype   string // the Content-Type, exactly
	want    []string
	notWant []string
}

var placeholder = regexp.MustCompile(`\{(css|task:(\d+)/(\d+))\}`)

// expand replaces the placeholders of a scenario's text.
func (site *testSite) expand(t *testing.T, s string) string {
	t.Helper()
	return placeholder.ReplaceAllStringFunc(s, func(m string) string {
		sm := placeholder.FindStringSubmatch(m)
		if sm[1] == "css" {
			u, err := site.static.url("style.css")
			if err != nil {
				t.Fatal(err)
			}
			return u
		}
		unit, _ := strconv.ParseInt(sm[2], 10, 64)
		item, _ := strconv.ParseInt(sm[3], 10, 64)
		tasks, err := site.tasks.Tasks(context.Background(), rollout.TaskFilter{UnitID: unit, ItemID: item})
		if err != nil || len(tasks) == 0 {
			t.Fatalf("%s: no such task in the fixture (%v)", m, err)
		}
		return strconv.FormatInt(tasks[0].ID, 10)
	})
}

var (
	formPost = http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}
	jsonPost = http.Header{"Content-Type": {"application/json"}}
	textPost = http.Header{"Content-Type": {"text/plain; charset=utf-8"}}

	// uploadHeader and uploadBody upload Guangdong's re-issue for the 7th batch.
	uploadHeader, uploadBody = multipartForm([]string{"batch", "7"}, "分工表.txt", gdReissue())
)

// confirmBody is the URL-encoded confirmation of Guangdong's re-issue with the
// names to create.
func confirmBody(newUnits ...string) string {
	_, body := confirmForm(gdReissue(), "分工表.txt", false, newUnits...)
	return body
}

const (
	htmlType  = "text/html; charset=utf-8"
	jsonType  = "application/json; charset=utf-8"
	textType  = "text/plain; charset=utf-8"
	cssType   = "text/css; charset=utf-8"
	siteName  = "自贸试验区改革试点经验复制推广管理系统"
	layoutEnd = "</footer>"
)

var scenarios = []scenario{
	// Home.
	{name: "home", path: "/", status: 200, ctype: htmlType,
		want: []string{`<html lang="zh-CN">`, siteName, "国函〔2023〕56号", "第七批", "2023年6月24日",
			`>24</td>`, `action="/search"`, `href="/batches/7"`, `class="skip-link" href="#main"`,
			`<main id="main"`, `href="/?lang=en"`}},
	{name: "home in English", path: "/?lang=en", status: 200, ctype: htmlType,
		want:    []string{`<html lang="en">`, "FTZ Reform Replication Management System", "Batch 7", "24 June 2023", "国函〔2023〕56号", `href="/?lang=zh"`},
		notWant: []string{"首页", "2023年6月24日"}},
	{name: "home in English by cookie", path: "/", header: http.Header{"Cookie": {"lang=en"}}, status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "Batch 7"}},
	{name: "home back in Chinese", path: "/?lang=zh", header: http.Header{"Cookie": {"lang=en"}}, status: 200, ctype: htmlType,
		want: []string{`<html lang="zh-CN">`, "第七批"}},

	// A batch.
	{name: "batch", path: "/batches/7", status: 200, ctype: htmlType,
		want: []string{"国函〔2023〕56号", "国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知", "2023年6月24日", "国务院",
			"投资贸易便利化领域", "政府管理创新领域", "金融开放创新领域", "产业高质量发展领域", "知识产权保护领域",
			"工程建设项目审批统一化、标准化、信息化", "住房城乡建设部", `<span class="tag">牵头</span>`,
			"在特定区域复制推广的改革事项", "推广知识产权海外侵权责任险", "入海排污口规范化“分级分类管理”新模式", "沿海地区",
			"高度重视复制推广工作", "切实做好组织实施", "<details>", "读取诊断", "航空货运电子信息化",
			`href="/batches/7/source"`, `href="https://www.gov.cn/zhengce/content/202307/content_6890912.htm"`,
			`href="/items/1001"`, `id="item-24"`, "本批共24项改革事项：在全国范围内复制推广22项（5个领域），在特定区域复制推广2项。"},
		notWant: []string{"<details open", "未归入领域"}},
	{name: "batch in English", path: "/batches/7?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "Batch 7", "Items to replicate nationwide", "Reading diagnostics", "24 June 2023"}},
	{name: "unknown batch", path: "/batches/99", status: 404, ctype: htmlType,
		want: []string{siteName, "页面不存在", "未找到第99批。", layoutEnd}},
	{name: "unknown batch in English", path: "/batches/99?lang=en", status: 404, ctype: htmlType,
		want: []string{`<html lang="en">`, "Page not found", layoutEnd}},
	{name: "batch number not a number", path: "/batches/x", status: 400, ctype: htmlType,
		want: []string{"请求有误", "批次号“x”无效", layoutEnd}},
	{name: "batch number signed", path: "/batches/+7", status: 400, ctype: htmlType,
		want: []string{"批次号“&#43;7”无效"}},
	{name: "batch number zero", path: "/batches/0", status: 400, ctype: htmlType},
	{name: "batch number too large", path: "/batches/99999999999", status: 404, ctype: htmlType},

	// A batch's source.
	{name: "source", path: "/batches/7/source", status: 200, ctype: textType,
		want: []string{"国函〔2023〕56号", "入海排污口规范化“分级分类管理”新模式"}},
	{name: "source of unknown batch", path: "/batches/99/source", status: 404, ctype: htmlType,
		want: []string{siteName, "未找到第99批的原文。"}},
	{name: "source bad number", path: "/batches/seven/source", status: 400, ctype: htmlType},

	// Items.
	{name: "item with alias", path: "/items/1003", status: 200, ctype: htmlType,
		want: []string{"航空货运电子化", "正文表述", "“航空货运电子信息化”", "中国民航局", `<span class="tag">牵头</span>`,
			"第七批", "国函〔2023〕56号", "第3项", "投资贸易便利化领域", "全国", `href="/batches/7#item-3"`, `href="/batches/7/source"`,
			"探索建立航空货运电子信息标准体系"}},
	{name: "item with three units", path: "/items/1014", status: 200, ctype: htmlType,
		want: []string{"知识产权质押融资模式创新", `<strong><a href="/units/112">国家知识产权局</a></strong> <span class="tag">牵头</span>`,
			`<li><a href="/units/107">中国人民银行</a></li>`, `<li><a href="/units/111">金融监管总局</a></li>`, `href="/items/1014/tree"`},
		notWant: []string{"正文表述"}},
	{name: "item for specific regions", path: "/items/1023", status: 200, ctype: htmlType,
		want: []string{"推广知识产权海外侵权责任险", "自贸试验区", "在特定区域复制推广"}},
	{name: "item in English", path: "/items/1003?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "Named in the body as", "lead", "Item 3"}},
	{name: "unknown item", path: "/items/9999", status: 404, ctype: htmlType,
		want: []string{"页面不存在", "未找到编号为9999的改革事项。", layoutEnd}},
	{name: "item id not a number", path: "/items/abc", status: 400, ctype: htmlType,
		want: []string{"事项编号“abc”无效"}},

	// Units.
	{name: "unit: a province", as: "coordinator@1", path: "/units/440000", status: 200, ctype: htmlType,
		want: []string{"<h1 lang=\"zh-CN\">广东省</h1>", "广东省人民政府", "省级人民政府", "<code>440000</code>", `<a href="/units/1" lang="zh-CN">国务院</a>`,
			"政府部门", "省住房城乡建设厅", "市级人民政府", `href="/units/440300"`, "深圳市", "自贸试验区", `href="/units/9044"`,
			"沿海", "设有自贸试验区", `href="/units/440000/tasks"`, `href="/api/v1/units/440000"`, "又称", "广东",
			`<a class="button" href="/units/440000/reissue">上传转发文件分解任务</a>`},
		notWant: []string{"县级人民政府", "福田区"}},
	{name: "unit: a city", as: "coordinator@1", path: "/units/440300", status: 200, ctype: htmlType,
		want: []string{"深圳市", `<li><a href="/units/440000" lang="zh-CN">广东省</a></li>`, "福田区", "深圳市商务局", "县级人民政府", "440300"}},
	{name: "unit: a municipality's districts", as: "coordinator@1", path: "/units/110000", status: 200, ctype: htmlType,
		want: []string{"北京市", "东城区", "县级人民政府", "北京自贸试验区"}, notWant: []string{"市级人民政府"}},
	{name: "unit: the root", as: "coordinator@1", path: "/units/1", status: 200, ctype: htmlType,
		want: []string{"国务院", "中华人民共和国国务院", "国务院部门", "住房城乡建设部", "垂直管理部门", "海关总署", "省级人民政府", "—（最高层级）"}},
	{name: "unit: a vertical agency", as: "coordinator@1", path: "/units/102", status: 200, ctype: htmlType,
		want: []string{"海关总署", "垂直管理部门", "该单位没有下级单位。"}, notWant: []string{"/reissue"}},
	{name: "unit: an FTZ", as: "coordinator@1", path: "/units/9044", status: 200, ctype: htmlType,
		want: []string{"自贸试验区片区", "广州南沙新区片区", "深圳前海蛇口片区"}},
	{name: "unit in English", as: "coordinator@1", path: "/units/440000?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "Provincial government", "City government", "Units below", "Government department", "See this unit&#39;s tasks", "广东省"}},
	{name: "unknown unit", as: "coordinator@1", path: "/units/99", status: 404, ctype: htmlType,
		want: []string{"页面不存在", "未找到编号为99的单位。", layoutEnd}},
	{name: "unit id not a number", as: "coordinator@1", path: "/units/gd", status: 400, ctype: htmlType,
		want: []string{"单位编号“gd”无效"}},

	// A unit's tasks.
	{name: "tasks: a province", as: "coordinator@1", path: "/units/440000/tasks", status: 200, ctype: htmlType,
		want: []string{"广东省 · 本单位任务", "共23项任务", "第七批", "国函〔2023〕56号", "工程建设项目审批统一化、标准化、信息化",
			`href="/tasks/{task:440000/1001}"`, `href="/tasks/{task:440000/1001}/divide"`, `<span class="role role-implement">承担</span>`, "未规定", "国务院",
			"入海排污口规范化“分级分类管理”新模式", "市县分解情况", `<a href="/units/440100/tasks" lang="zh-CN">广州市</a>`, "湛江市",
			`<td class="cell has-co"><span aria-hidden="true">○</span><span class="visually-hidden">配合</span></td>`,
			`<span class="visually-hidden">未分解</span>`, `<th scope="row" class="row-item">`, `<th scope="col" class="col-unit">`,
			`<a href="/units/440000/reissue">上传转发文件分解任务</a>`},
		notWant: []string{"推广知识产权海外侵权责任险", "<time", "已按转发文件分解任务"}},
	{name: "tasks: an inland province", as: "coordinator@1", path: "/units/610000/tasks", status: 200, ctype: htmlType,
		want: []string{"陕西省", "共22项任务", "西安市"}, notWant: []string{"入海排污口"}},
	{name: "tasks: a city", as: "coordinator@1", path: "/units/440300/tasks", status: 200, ctype: htmlType,
		want: []string{"深圳市 · 本单位任务", "共1项任务", `<span class="role role-co">配合</span>`, `<time datetime="2024-06-30">2024年6月底前</time>`,
			"实施方案", "广东省", `href="/tasks/{task:440300/1001}/divide"`, `href="/items/1001/tree#task-{task:440300/1001}"`},
		notWant: []string{"市县分解情况"}},
	{name: "tasks: a deadline that is a phrase", as: "coordinator@1", path: "/units/440304/tasks", status: 200, ctype: htmlType,
		want: []string{"福田区", "持续推进", "工作总结", "深圳市"}, notWant: []string{"<time", "/divide", "/reissue"}},
	{name: "tasks after a re-issue", as: "coordinator@1", path: "/units/440000/tasks?cascaded=31", status: 200, ctype: htmlType,
		want: []string{`<p class="notice success" role="status">已按转发文件分解任务：创建或更新了31项下级任务。</p>`}},
	{name: "tasks ignore a bad count", as: "coordinator@1", path: "/units/440000/tasks?cascaded=-2", status: 200, ctype: htmlType,
		notWant: []string{"已按转发文件分解任务"}},
	{name: "tasks: a ministry guides", as: "coordinator@1", path: "/units/101/tasks", status: 200, ctype: htmlType,
		want: []string{"住房城乡建设部", `<span class="role role-guide">指导</span>`, "共1项任务"}},
	{name: "tasks: none", as: "coordinator@1", path: "/units/1/tasks", status: 200, ctype: htmlType,
		want: []string{"本单位暂无任务。"}},
	{name: "tasks in English", as: "coordinator@1", path: "/units/440000/tasks?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "广东省 · Tasks", "Tasks: 23", "Implement", "none set", "Division among cities and counties", "Divide"}},
	{name: "tasks of an unknown unit", as: "coordinator@1", path: "/units/99/tasks", status: 404, ctype: htmlType,
		want: []string{"未找到编号为99的单位。"}},

	// An item's assignment tree.
	{name: "tree", as: "coordinator@1", path: "/items/1001/tree", status: 200, ctype: htmlType,
		want: []string{"工程建设项目审批统一化、标准化、信息化", "31 个省级人民政府 · 指导单位 1 个 · 下级任务 4 个",
			`<span class="node-unit" lang="zh-CN">国务院</span>`, "住房城乡建设部", `<span class="role role-guide">指导</span> <span class="tag">牵头</span>`,
			`id="task-{task:440000/1001}"`, `href="/units/440000/tasks"`, "<details open>", "<summary>下级任务 4 个</summary>",
			"省住房城乡建设厅", `<span class="role role-lead">牵头</span>`, "广州市", "深圳市", "福田区", "持续推进",
			`<time datetime="2024-06-30">2024年6月底前</time>`, "实施方案", `href="/api/v1/items/1001/tasks"`},
		notWant: []string{"已将任务分解"}},
	{name: "tree of an FTZ item", as: "coordinator@1", path: "/items/1023/tree", status: 200, ctype: htmlType,
		want: []string{"推广知识产权海外侵权责任险", "22 个自贸试验区 · 指导单位", "广东自贸试验区"}, notWant: []string{"<details", "省级人民政府"}},
	{name: "tree of a coastal item", as: "coordinator@1", path: "/items/1024/tree", status: 200, ctype: htmlType,
		want: []string{"11 个省级人民政府", "生态环境部"}, notWant: []string{"陕西省"}},
	{name: "tree after a division", as: "coordinator@1", path: "/items/1001/tree?divided=3", status: 200, ctype: htmlType,
		want: []string{`<p class="notice success" role="status">已将任务分解到3个单位。</p>`}},
	{name: "tree ignores a bad notice", as: "coordinator@1", path: "/items/1001/tree?divided=" + q("<b>"), status: 200, ctype: htmlType,
		notWant: []string{"已将任务分解", "<b>"}},
	{name: "tree in English", as: "coordinator@1", path: "/items/1001/tree?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "provincial governments: 31 · guiding units: 1 · tasks divided below: 4", "Guiding units", "Implementing units"}},
	{name: "tree of an unknown item", as: "coordinator@1", path: "/items/9999/tree", status: 404, ctype: htmlType,
		want: []string{"未找到编号为9999的改革事项。"}},

	// Dividing a task.
	{name: "divide: a task divided before", as: "coordinator@1", path: "/tasks/{task:440000/1001}/divide", status: 200, ctype: htmlType,
		want: []string{"工程建设项目审批统一化、标准化、信息化", "已分解的任务", "省住房城乡建设厅审批处 020-12345678",
			`<form class="divide" method="post" action="/tasks/{task:440000/1001}/divide">`,
			`<fieldset class="choices" id="units">`, `<legend lang="zh-CN">广州市 <span class="tag">已分解</span></legend>`,
			`id="role-440100-none" name="role-440100" value="none" disabled`, `id="role-440100-co" name="role-440100" value="co" checked`,
			`id="role-440095-lead" name="role-440095" value="lead" checked`, `id="role-440400-none" name="role-440400" value="none" checked>`,
			`<label for="role-440400-lead">牵头</label>`, `<label for="deadline">完成时限</label>`, `value="2024年6月底前"`, `value="实施方案"`,
			`<label for="notes">备注</label>`, "政府部门", "市级人民政府", "自贸试验区"}},
	{name: "divide: a fresh task", as: "coordinator@1", path: "/tasks/{task:440000/1024}/divide", status: 200, ctype: htmlType,
		want:    []string{"入海排污口规范化“分级分类管理”新模式", "汕头市", `name="deadline" type="text" value=""`, "省生态环境厅"},
		notWant: []string{"已分解的任务", "disabled"}},
	{name: "divide: nothing below", as: "coordinator@1", path: "/tasks/{task:440304/1001}/divide", status: 200, ctype: htmlType,
		want: []string{"该单位没有下级单位，任务无法再分解。"}, notWant: []string{"<form class=\"divide\""}},
	{name: "divide in English", as: "coordinator@1", path: "/tasks/{task:440000/1024}/divide?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "Units below and their part", "None", "Lead", "Co-unit", "Divide the task"}},
	{name: "divide an unknown task", as: "coordinator@1", path: "/tasks/999999/divide", status: 404, ctype: htmlType,
		want: []string{"未找到编号为999999的任务。"}},
	{name: "divide: no unit chosen", as: "coordinator@1", method: "POST", path: "/tasks/{task:440000/1024}/divide", header: formPost,
		body:   "deadline=" + q("2024年6月底前") + "&deliverable=" + q("实施方案") + "&role-440100=none",
		status: 400, ctype: htmlType,
		want: []string{`<div class="error-summary" id="form-error" role="alert">`, `<a href="#units">请至少选择一个单位。</a>`,
			`value="2024年6月底前"`, `value="实施方案"`, `<fieldset class="choices" id="units" aria-describedby="form-error">`}},
	{name: "divide: cross-site post", as: "coordinator@1", method: "POST", path: "/tasks/{task:440000/1024}/divide", body: "role-440100=lead&deadline=x",
		header: http.Header{"Sec-Fetch-Site": {"cross-site"}, "Content-Type": {"application/x-www-form-urlencoded"}}, status: 403, ctype: htmlType,
		want: []string{"已拒绝来自其他网站的请求。"}},

	// Dividing by a re-issue document.
	{name: "reissue: the form", as: "coordinator@1", path: "/units/440000/reissue", status: 200, ctype: htmlType,
		want: []string{"<title>广东省 · 上传转发文件 - ", "<h1>广东省 · 上传转发文件</h1>",
			`<form class="divide reissue-upload" method="post" action="/units/440000/reissue" enctype="multipart/form-data">`,
			`<select id="batch" name="batch">`, `<option value="7" selected>第七批（国函〔2023〕56号）</option>`,
			`<input id="document" name="document" type="file" accept=".txt,.md,.html,.htm,.docx,.pdf" required aria-describedby="document-hint">`,
			"可以读取的两种写法", "任务分工表：表头含“改革事项”", "任务后括注分工", "最大2 MiB", `<a href="/units/440000/tasks">返回本单位任务</a>`},
		notWant: []string{"error-summary", "reissue-confirm"}},
	{name: "reissue in English", as: "coordinator@1", path: "/units/440000/reissue?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "广东省 · Upload a re-issue", "Batch 7 (国函〔2023〕56号)", "The two forms the document may take", "Upload and preview"}},
	{name: "reissue: nothing below", as: "coordinator@1", path: "/units/440304/reissue", status: 200, ctype: htmlType,
		want: []string{"福田区没有下级单位，任务无法再分解。"}, notWant: []string{"reissue-upload"}},
	{name: "reissue: an unknown unit", as: "coordinator@1", path: "/units/99/reissue", status: 404, ctype: htmlType,
		want: []string{"未找到编号为99的单位。"}},
	{name: "reissue: upload", as: "coordinator@1", method: "POST", path: "/units/440000/reissue", header: uploadHeader, body: uploadBody, status: 200, ctype: htmlType,
		want: []string{"广东省 · 转发文件预览", gdTitle, "是否为：省发展改革委？", "省地方金融管理局", `action="/units/440000/reissue/confirm"`}},
	{name: "reissue: cross-site upload", as: "coordinator@1", method: "POST", path: "/units/440000/reissue", body: uploadBody, status: 403, ctype: htmlType,
		header: http.Header{"Sec-Fetch-Site": {"cross-site"}, "Content-Type": uploadHeader["Content-Type"]}, want: []string{"已拒绝来自其他网站的请求。"}},
	{name: "reissue: confirm a name the document knows", as: "coordinator@1", method: "POST", path: "/units/440000/reissue/confirm", header: formPost,
		body: confirmBody("省商务厅"), status: 400, ctype: htmlType,
		want: []string{"“省商务厅”不是本文件中未能识别的单位名称", `<form class="divide reissue-confirm"`}},
	{name: "reissue: cross-site confirm", as: "coordinator@1", method: "POST", path: "/units/440000/reissue/confirm", body: confirmBody("省发展改委", "省地方金融管理局"),
		header: http.Header{"Sec-Fetch-Site": {"cross-site"}, "Content-Type": {"application/x-www-form-urlencoded"}}, status: 403, ctype: htmlType},

	// Notice intake (journey 1): the fixture holds the 7th batch and its tasks.
	{name: "intake: the form", as: "coordinator@1", path: "/notices/new", status: 200, ctype: htmlType,
		want: []string{`<form class="divide intake-upload" method="post" action="/notices/preview"`, `<a href="/notices/new" aria-current="page">收文导入</a>`, `name="text"`, `name="batch"`}},
	{name: "intake: none for a reporter", as: "reporter@440000", path: "/", status: 200, ctype: htmlType, notWant: []string{"/notices/new"}},
	{name: "batch: the coordinator's way to the assignment", as: "coordinator@1", path: "/batches/7", status: 200, ctype: htmlType,
		want: []string{`<a class="button" href="/batches/7/assignment">任务分配</a>`}},
	{name: "batch: no assignment for a reporter", as: "reporter@440000", path: "/batches/7", status: 200, ctype: htmlType,
		notWant: []string{`/batches/7/assignment`}},
	{name: "intake: nothing sent", as: "coordinator@1", method: "POST", path: "/notices/preview", header: formPost, body: "batch=", status: 400, ctype: htmlType,
		want: []string{"请选择通知文件，或粘贴通知全文。", `<a href="#document">`}},
	{name: "intake: preview of the notice stored already", as: "coordinator@1", method: "POST", path: "/notices/preview", header: intakeHeader, body: intakeBody, status: 200, ctype: htmlType,
		want: []string{"国函〔2023〕56号", "2023-06-24", "第七批", "这份通知已经导入（第七批），内容相同", "入海排污口规范化", "海关总署", "沿海地区", `action="/notices"`, "前往任务分配"}},
	{name: "intake: confirming it again", as: "coordinator@1", method: "POST", path: "/notices", header: intakeHeader, body: intakeBody, status: 303, ctype: ""},
	{name: "assignment: preview", as: "coordinator@1", path: "/batches/7/assignment?stored=unchanged", status: 200, ctype: htmlType,
		want: []string{"22 项 × 31 个省（区、市），1 项 × 22 个自贸试验区，1 项 × 11 个沿海省（区、市），", "个指导任务", "通知 国函〔2023〕56号 已经导入过，内容相同，未作改变。",
			`<a href="/units/440000/tasks" lang="zh-CN">广东省</a>`}},
	{name: "assignment: confirmed again", as: "coordinator@1", method: "POST", path: "/batches/7/assignment", status: 303, ctype: ""},
	{name: "assignment: nothing changed", as: "coordinator@1", path: "/batches/7/assignment?created=0&guided=0", status: 200, ctype: htmlType,
		want: []string{"任务已全部生成过，此次未作改变。"}},
	{name: "api: a notice, dry run", as: "coordinator@1", method: "POST", path: "/api/v1/notices?dry_run=true", header: textPost, body: notice7Text, status: 200, ctype: jsonType,
		want: []string{`"stored": "dry-run"`, `"doc_no": "国函〔2023〕56号"`, `"diagnostics": [`}},
	{name: "api: a notice stored already", as: "coordinator@1", method: "POST", path: "/api/v1/notices", header: textPost, body: notice7Text, status: 200, ctype: jsonType,
		want: []string{`"stored": "unchanged"`}},
	{name: "api: no notice", as: "coordinator@1", method: "POST", path: "/api/v1/notices", header: textPost, body: "春眠不觉晓", status: 400, ctype: jsonType,
		want: []string{`"error": {`, `"code": "invalid"`}, notWant: []string{`"stored"`}},
	{name: "api: a notice as an image", as: "coordinator@1", method: "POST", path: "/api/v1/notices", header: http.Header{"Content-Type": {"image/png"}}, body: "x", status: 415, ctype: jsonType},
	{name: "api: assignment, dry run", as: "coordinator@1", method: "POST", path: "/api/v1/batches/7/assignment?dry_run=true", status: 200, ctype: jsonType,
		want: []string{`"stored": "dry-run"`, `"summary": "22 项 × 31 个省（区、市），1 项 × 22 个自贸试验区，1 项 × 11 个沿海省（区、市），`, `"scope": "沿海地区"`, `"implement": 0`}},
	{name: "api: assignment again", as: "coordinator@1", method: "POST", path: "/api/v1/batches/7/assignment", status: 200, ctype: jsonType,
		want: []string{`"stored": "unchanged"`}},
	{name: "api: assignment by a reviewer", as: "reviewer@440000", method: "POST", path: "/api/v1/batches/7/assignment", status: 403, ctype: jsonType},

	// The supervision loop, as the fixture leaves it (seedLoop) on siteNow,
	// 2 July 2024: 深圳市 submitted its report for item 1, 2024Q2, and is red
	// (2024年6月底前); 广州市 saved a draft; 福田区's task is assigned.
	{name: "lights in the inbox", as: "reporter@440300", path: "/units/440300/tasks", status: 200, ctype: htmlType,
		want: []string{`<th scope="col">督办灯</th>`, `<span class="light light-red" title="已超过完成时限"><span class="dot" aria-hidden="true"></span>红灯</span>`,
			`<span class="state state-reported">已反馈</span>`, "红灯1项", `<a href="/tasks/{task:440300/1001}" lang="zh-CN">工程建设项目审批统一化、标准化、信息化</a>`,
			`href="/units/440300/overdue"`, `<a href="/units/440300/overdue">逾期</a>`},
		notWant: []string{`/units/440300/reviews`}},
	{name: "lights: a date close by", as: "reporter@110000", path: "/units/110000/tasks", status: 200, ctype: htmlType,
		want: []string{`<span class="light light-yellow" title="距完成时限不足3天">`, "黄灯1项", "2024年7月4日前"}},
	{name: "lights: no deadline set", as: "reporter@440000", path: "/units/440000/tasks", status: 200, ctype: htmlType,
		want: []string{`<span class="light light-none" title="未规定完成时限，不亮灯"><span class="dot" aria-hidden="true"></span>未规定</span>`, "不亮灯23项"}},
	{name: "lights in the tree", as: "coordinator@1", path: "/items/1001/tree", status: 200, ctype: htmlType,
		want: []string{`<span class="light light-red"`, `<span class="light light-yellow"`, `<span class="light light-green"`,
			`<a class="node-state" href="/tasks/{task:440300/1001}"><span class="state state-reported">已反馈</span>`,
			`<span class="light light-none" title="完成时限为表述而非日期，不亮灯"><span class="dot" aria-hidden="true"></span>持续推进</span>`}},
	{name: "header: a reviewer's queue and overdue list", as: "reviewer@440000", path: "/", status: 200, ctype: htmlType,
		want: []string{`<a href="/units/440000/reviews">待复核</a>`, `<a href="/units/440000/overdue">逾期</a>`}},
	{name: "header: an evaluator has neither", as: "evaluator@1", path: "/", status: 200, ctype: htmlType,
		notWant: []string{"/reviews", "/overdue"}},
	{name: "task: a report to review", as: "reviewer@440000", path: "/tasks/{task:440300/1001}", status: 200, ctype: htmlType,
		want: []string{"<title>工程建设项目审批统一化、标准化、信息化 · 深圳市 - ", `<h1 lang="zh-CN">工程建设项目审批统一化、标准化、信息化</h1>`,
			`<span class="light light-red"`, `<span class="state state-reported">已反馈</span> <span class="muted">（2024-06-03 09:34 起，北京时间）</span>`,
			`<input type="hidden" name="kind" value="accept">`, `<button type="submit">复核通过</button>`,
			`<textarea id="note-return" name="note" rows="3" maxlength="1000" required></textarea>`, `<button type="submit" class="secondary">退回</button>`,
			"下级任务", `<a href="/tasks/{task:440304/1001}" lang="zh-CN">福田区</a>`, "下级尚有1项任务未办结",
			"进展报告 · 2024年第2季度", `<span aria-current="page">2024年第2季度</span> <span class="tag">已填报</span>`,
			`<a href="/tasks/{task:440300/1001}?period=2024Q3#report">2024年第3季度</a>`, "<strong>推进中</strong>", "深府办〔2024〕12号",
			`<a href="https://www.sz.gov.cn/zfgb/2024/" rel="noopener noreferrer">`, `<a href="/evidence/2?task={task:440300/1001}&amp;period=2024Q2" download>审批事项清单.pdf</a>`,
			"历史版本（3）", "第3版，reporter.440300 于 2024-06-03 09:34 保存",
			`<time datetime="2024-06-03T01:31:00Z">2024-06-03 09:31</time>`, `<span class="event-actor" title="reporter.440300">reporter.440300（深圳市）</span>`,
			`<strong class="event-kind">签收</strong>`, "待签收 → 已签收", "办理中 → 已反馈"},
		notWant: []string{`value="acknowledge"`, `value="close"`, `value="request_na"`, "/report?period"}},
	{name: "task: its own reporter waits", as: "reporter@440300", path: "/tasks/{task:440300/1001}", status: 200, ctype: htmlType,
		want: []string{"已反馈", "审批事项清单.pdf"}, notWant: []string{"可办理事项", `value="accept"`}},
	{name: "task: a draft", as: "reporter@440100", path: "/tasks/{task:440100/1001}", status: 200, ctype: htmlType,
		want: []string{`<a class="button" href="/tasks/{task:440100/1001}/report?period=2024Q2">修改进展报告</a>`, `<span class="tag tag-draft">草稿</span>`,
			"申请不适用"}},
	{name: "task: assigned", as: "reporter@440304", path: "/tasks/{task:440304/1001}", status: 200, ctype: htmlType,
		want: []string{`<input type="hidden" name="kind" value="acknowledge">`, `<button type="submit">签收</button>`, "<summary>申请不适用</summary>",
			`<option value="outside_scope">不在推广范围</option>`, `<option value="other">其他（须说明）</option>`,
			"2024年第3季度尚未填报进展。", "尚无办理记录", "持续推进"},
		notWant: []string{"/report?period", `value="accept"`}},
	{name: "task: another period", as: "reviewer@440000", path: "/tasks/{task:440300/1001}?period=2024Q1", status: 200, ctype: htmlType,
		want: []string{"2024年第1季度尚未填报进展。", `<a href="/tasks/{task:440300/1001}?period=2024Q2#report">2024年第2季度</a> <span class="tag">已填报</span>`}},
	{name: "task: an older period by address", as: "reviewer@440000", path: "/tasks/{task:440300/1001}?period=2023-03", status: 200, ctype: htmlType,
		want: []string{"2023年3月尚未填报进展。", `<span aria-current="page">2023年3月</span>`}},
	{name: "task: a bad period", as: "reviewer@440000", path: "/tasks/{task:440300/1001}?period=2024Q5", status: 400, ctype: htmlType,
		want: []string{"报告期“2024Q5”无效"}},
	{name: "task in English", as: "reviewer@440000", path: "/tasks/{task:440300/1001}?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "What you can do now", "Accept", "Progress report · 2024 Q2", "Timeline", "Reported", "Red", "Awaiting acknowledgement → Acknowledged"}},
	{name: "task unknown", as: "coordinator@1", path: "/tasks/999999", status: 404, ctype: htmlType,
		want: []string{"未找到编号为999999的任务。"}},
	{name: "step: a return without a reason", as: "reviewer@440000", method: "POST", path: "/tasks/{task:440300/1001}/steps", header: formPost,
		body: "kind=return&note=+", status: 400, ctype: htmlType,
		want: []string{`<div class="error-summary" id="form-error" role="alert">`, `<a href="#note-return">请填写退回理由，说明需要补正的内容。</a>`,
			`<textarea id="note-return" name="note" rows="3" maxlength="1000" required aria-describedby="form-error">`, "办理记录"}},
	{name: "step: one the state does not allow", as: "reviewer@440000", method: "POST", path: "/tasks/{task:440300/1001}/steps", header: formPost,
		body: "kind=acknowledge", status: 400, ctype: htmlType, want: []string{"任务当前状态为“已反馈”，不能执行“签收”。"}},
	{name: "step: an unknown one", as: "reviewer@440000", method: "POST", path: "/tasks/{task:440300/1001}/steps", header: formPost,
		body: "kind=submit", status: 400, ctype: htmlType, want: []string{"操作“submit”无效"}},
	{name: "step: not applicable without a reason", as: "reporter@440304", method: "POST", path: "/tasks/{task:440304/1001}/steps", header: formPost,
		body: "kind=request_na&na_reason=other&note=", status: 400, ctype: htmlType,
		want: []string{`<a href="#note-request_na">原因为“其他”的，请写明说明。</a>`, `<details class="step" open>`, `<option value="other" selected>`}},
	{name: "step: cross-site", as: "reviewer@440000", method: "POST", path: "/tasks/{task:440300/1001}/steps", body: "kind=accept",
		header: http.Header{"Sec-Fetch-Site": {"cross-site"}, "Content-Type": {"application/x-www-form-urlencoded"}}, status: 403, ctype: htmlType,
		want: []string{"已拒绝来自其他网站的请求。"}},
	{name: "report form: a draft", as: "reporter@440100", path: "/tasks/{task:440100/1001}/report?period=2024Q2", status: 200, ctype: htmlType,
		want: []string{`<form class="divide report-form" method="post" action="/tasks/{task:440100/1001}/report" enctype="multipart/form-data">`,
			`<input type="hidden" name="period" value="2024Q2">`, `<input type="hidden" name="version" value="1">`,
			`<option value="not_started" selected>未启动</option>`, `<option value="pending_approval">待报批/需调整法规</option>`,
			">正在起草实施方案。</textarea>", `<input id="ev-title-0" name="ev-title-0" type="text" value=""`,
			`<button type="submit" name="action" value="add" class="secondary" formnovalidate>再添加一行</button>`,
			`accept=".doc,.docx,.jpeg,.jpg,.ofd,.pdf,.png,.txt,.wps,.xls,.xlsx"`, "最大20 MiB",
			`<button type="submit" name="action" value="save" class="secondary">保存</button>`, `<button type="submit" name="action" value="submit">提交</button>`,
			"第1版，reporter.440100 于 2024-06-03 09:36 保存"}},
	{name: "report form: the current period by default", as: "reporter@440100", path: "/tasks/{task:440100/1001}/report", status: 200, ctype: htmlType,
		want: []string{"进展报告 · 2024年第3季度", `<input type="hidden" name="version" value="0">`, "本期尚未保存。"}},
	{name: "report form: its evidence", as: "reviewer@440000", path: "/tasks/{task:440300/1001}/report?period=2024Q2", status: 200, ctype: htmlType,
		want: []string{"进展已反馈，正在等待复核，复核前不能修改。"}, notWant: []string{"report-form"}},
	{name: "report form: not acknowledged", as: "reporter@440304", path: "/tasks/{task:440304/1001}/report", status: 200, ctype: htmlType,
		want: []string{"任务尚未签收：请先在任务页面签收，再填报进展。"}, notWant: []string{"report-form"}},
	{name: "report form in English", as: "reporter@440100", path: "/tasks/{task:440100/1001}/report?period=2024Q2&lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "Progress report · 2024 Q2", "Not started", "Add another", "Submit"}},
	{name: "report: add a row", as: "reporter@440100", method: "POST", path: "/tasks/{task:440100/1001}/report", header: formPost,
		body:   "period=2024Q2&version=1&status=not_started&measures=x&ev-title-0=" + q("实施方案") + "&ev-docno-0=" + q("穗府办〔2024〕8号") + "&action=add",
		status: 200, ctype: htmlType,
		want:    []string{`id="ev-title-0" name="ev-title-0" type="text" value="实施方案"`, `value="穗府办〔2024〕8号"`, `id="ev-title-1"`},
		notWant: []string{`id="ev-title-2"`, "error-summary"}},
	{name: "report: a row removed by clearing its title", as: "reporter@440100", method: "POST", path: "/tasks/{task:440100/1001}/report", header: formPost,
		body:   "period=2024Q2&version=1&status=not_started&ev-title-0=&ev-docno-0=" + q("穗府办〔2024〕8号") + "&ev-title-1=" + q("方案") + "&action=add",
		status: 200, ctype: htmlType,
		want: []string{`id="ev-title-0" name="ev-title-0" type="text" value="方案"`, `id="ev-title-2"`}, notWant: []string{"穗府办〔2024〕8号"}},
	{name: "report: a bad date", as: "reporter@440100", method: "POST", path: "/tasks/{task:440100/1001}/report", header: formPost,
		body:   "period=2024Q2&version=1&status=in_progress&ev-title-0=" + q("实施方案") + "&ev-date-0=" + q("2024/06/20") + "&action=save",
		status: 400, ctype: htmlType,
		want: []string{`<a href="#ev-date-0">第1份佐证材料的日期“2024/06/20”无效：应写作 2024-03-01。</a>`, `value="2024/06/20" maxlength="10" aria-describedby="form-error"`}},
	{name: "report: a link that is not one", as: "reporter@440100", method: "POST", path: "/tasks/{task:440100/1001}/report", header: formPost,
		body:   "period=2024Q2&version=1&status=in_progress&ev-title-0=x&ev-link-0=" + q("javascript:alert(1)") + "&action=save",
		status: 400, ctype: htmlType, want: []string{"第1份佐证材料的链接“javascript:alert(1)”无效"}},
	{name: "report: no status", as: "reporter@440100", method: "POST", path: "/tasks/{task:440100/1001}/report", header: formPost,
		body: "period=2024Q2&version=1&status=&measures=" + q("保留的文字") + "&action=save", status: 400, ctype: htmlType,
		want: []string{`<a href="#status">请选择进展状态。</a>`, ">保留的文字</textarea>"}},
	{name: "report: a problem without words", as: "reporter@440100", method: "POST", path: "/tasks/{task:440100/1001}/report", header: formPost,
		body: "period=2024Q2&version=1&status=in_progress&problem=1&action=save", status: 400, ctype: htmlType,
		want: []string{`<a href="#problem_text">勾选了存在问题，请写明问题说明。</a>`, `name="problem" value="1" checked`}},
	{name: "report: a bad period", as: "reporter@440100", method: "POST", path: "/tasks/{task:440100/1001}/report", header: formPost,
		body: "period=Q2&version=1&status=in_progress&action=save", status: 400, ctype: htmlType, want: []string{"报告期“Q2”无效"}},
	{name: "report: cross-site", as: "reporter@440100", method: "POST", path: "/tasks/{task:440100/1001}/report", body: "period=2024Q2&version=1&status=in_progress&action=save",
		header: http.Header{"Sec-Fetch-Site": {"cross-site"}, "Content-Type": {"application/x-www-form-urlencoded"}}, status: 403, ctype: htmlType},
	{name: "evidence", as: "viewer@440000", path: "/evidence/2?task={task:440300/1001}&period=2024Q2", status: 200, ctype: "application/pdf",
		want: []string{"%PDF-1.4"}},
	{name: "evidence of another report", as: "viewer@440000", path: "/evidence/2?task={task:440100/1001}&period=2024Q2", status: 404, ctype: htmlType},
	{name: "evidence without its report", as: "viewer@440000", path: "/evidence/2", status: 404, ctype: htmlType},
	{name: "evidence that is a document, not a file", as: "viewer@440000", path: "/evidence/1?task={task:440300/1001}&period=2024Q2", status: 404, ctype: htmlType},
	{name: "reviews", as: "reviewer@440000", path: "/units/440000/reviews", status: 200, ctype: htmlType,
		want: []string{"<h1>广东省 · 待复核</h1>", `<a href="/units/440300/tasks" lang="zh-CN">深圳市</a>`, "2024-06-03 09:34",
			`<a class="button" href="/tasks/{task:440300/1001}#report">复核`, `<a href="/units/440000/reviews" aria-current="page">待复核</a>`},
		notWant: []string{"广州市", "没有等待复核的报告。"}},
	{name: "reviews: none", as: "reviewer@440300", path: "/units/440300/reviews", status: 200, ctype: htmlType,
		want: []string{"没有等待复核的报告。"}},
	{name: "reviews in English", as: "reviewer@440000", path: "/units/440000/reviews?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "广东省 · To review", "Review"}},
	{name: "overdue", as: "viewer@440000", path: "/units/440000/overdue", status: 200, ctype: htmlType,
		want: []string{"<h1>广东省 · 逾期任务</h1>", "共3项逾期任务。", "省住房城乡建设厅", "广州市", "深圳市", "2天",
			`<a href="/units/440000/overdue" aria-current="page">逾期</a>`},
		notWant: []string{"福田区", "北京市"}},
	{name: "bulk acknowledge: another unit's task is refused, and said so", as: "reporter@440304", method: "POST",
		path: "/units/440304/tasks/acknowledge?sort=deadline", header: formPost, body: "task={task:440300/1001}", status: 200, ctype: htmlType,
		want:    []string{"已签收0项任务。", "1项未签收：", "任务 {task:440300/1001}", `<option value="deadline" selected>`},
		notWant: []string{`href="/tasks/{task:440300/1001}"`}},
	{name: "api bulk acknowledge: each outcome", as: "reporter@440304", method: "POST", path: "/api/v1/tasks/acknowledgements",
		header: jsonPost, body: `{"task_ids": [{task:440300/1001}, 999999]}`, status: 200, ctype: jsonType,
		want: []string{`"acknowledged": 0`, `"failed": 2`, `"code": "forbidden"`, `"code": "not_found"`}},
	{name: "a list filtered, sorted and paged", as: "coordinator@1", path: "/units/440000/tasks?light=none&sort=item&order=desc&size=5&page=2", status: 200, ctype: htmlType,
		want: []string{"第 6–10 项，共 ", `rel="prev" href="/units/440000/tasks?light=none&amp;order=desc&amp;size=5&amp;sort=item"`, `<option value="none" selected>`}},
	{name: "a list asked for a page size too large", as: "coordinator@1", path: "/units/440000/tasks?size=1000", status: 400, ctype: htmlType,
		want: []string{"size=“1000”无效"}},
	{name: "api list: a page and its total", as: "coordinator@1", path: "/api/v1/units/440000/tasks?size=3", status: 200, ctype: jsonType,
		want: []string{`"count": 3`, `"limit": 3`, `"offset": 0`}},
	{name: "glossary: each word once, explained", path: "/glossary", status: 200, ctype: htmlType,
		want: []string{"<dt>待签收</dt>", "<dt>已落实</dt>", "<dt>覆盖率</dt>", "<dt>已落地</dt>", `<a href="/glossary">术语表</a>`}},
	{name: "overdue nationwide", as: "coordinator@1", path: "/units/1/overdue", status: 200, ctype: htmlType,
		want: []string{"共3项逾期任务。"}, notWant: []string{"北京市", "四川省"}},
	{name: "overdue: none", as: "viewer@110000", path: "/units/110000/overdue", status: 200, ctype: htmlType,
		want: []string{"没有逾期任务。"}},
	{name: "api task: state and light", as: "coordinator@1", path: "/api/v1/tasks/{task:440300/1001}", status: 200, ctype: jsonType,
		want: []string{`"state": "reported"`, `"state_at": "2024-06-03T01:34:00Z"`, `"light": "red"`}},
	{name: "api task: no light", as: "coordinator@1", path: "/api/v1/tasks/{task:440304/1001}", status: 200, ctype: jsonType,
		want: []string{`"state": "assigned"`, `"light": "none"`}},
	{name: "api timeline", as: "viewer@440000", path: "/api/v1/tasks/{task:440300/1001}/timeline", status: 200, ctype: jsonType,
		want: []string{`"task_id": {task:440300/1001}`, `"kind": "acknowledge"`, `"from": "in_work"`, `"to": "reported"`, `"count": 3`}},
	{name: "api step: a return without a reason", as: "reviewer@440000", method: "POST", path: "/api/v1/tasks/{task:440300/1001}/steps", header: jsonPost,
		body: `{"kind": "return"}`, status: 400, ctype: jsonType, want: []string{"请填写退回理由"}},
	{name: "api step: unknown field", as: "reviewer@440000", method: "POST", path: "/api/v1/tasks/{task:440300/1001}/steps", header: jsonPost,
		body: `{"kind": "accept", "reason": "x"}`, status: 400, ctype: jsonType, want: []string{"未知字段"}},
	{name: "api report", as: "viewer@440000", path: "/api/v1/tasks/{task:440300/1001}/reports/2024Q2", status: 200, ctype: jsonType,
		want: []string{`"version": 3`, `"submitted": true`, `"doc_no": "深府办〔2024〕12号"`, `"date": "2024-05-20"`,
			`"url": "/evidence/2?task={task:440300/1001}&period=2024Q2"`, `"file_type": "application/pdf"`}},
	{name: "api report: none", as: "viewer@440000", path: "/api/v1/tasks/{task:440300/1001}/reports/2024Q1", status: 404, ctype: jsonType},
	{name: "api report: none, of a unit not the reader's", as: "reporter@510000", path: "/api/v1/tasks/{task:440300/1001}/reports/2024Q1", status: 403, ctype: jsonType},
	{name: "api report: a missing task and a bad period", as: "viewer@440000", path: "/api/v1/tasks/999999/reports/2024Q5", status: 404, ctype: jsonType},
	{name: "api report: a bad period", as: "viewer@440000", path: "/api/v1/tasks/{task:440300/1001}/reports/2024Q5?lang=en", status: 400, ctype: jsonType,
		want: []string{`Reporting period \"2024Q5\" is not valid`}},
	{name: "api save report: a bad status", as: "reporter@440100", method: "PUT", path: "/api/v1/tasks/{task:440100/1001}/reports/2024Q2", header: jsonPost,
		body: `{"version": 1, "status": "done"}`, status: 400, ctype: jsonType, want: []string{"状态“done”不在可选范围内：应为 未启动、推进中"}},
	{name: "api save report: evidence without a title", as: "reporter@440100", method: "PUT", path: "/api/v1/tasks/{task:440100/1001}/reports/2024Q2", header: jsonPost,
		body: `{"version": 1, "status": "in_progress", "evidence": [{"doc_no": "x"}]}`, status: 400, ctype: jsonType, want: []string{"evidence[0].title 不能为空。"}},
	{name: "api save report: an old version", as: "reporter@440100", method: "PUT", path: "/api/v1/tasks/{task:440100/1001}/reports/2024Q2", header: jsonPost,
		body: `{"version": 0, "status": "in_progress"}`, status: 409, ctype: jsonType,
		want: []string{`"code": "conflict"`, "该报告已被他人修改（当前为第1版", `"current": {`, `"version": 1`, `"measures": "正在起草实施方案。"`}},
	{name: "api reviews", as: "reviewer@440000", path: "/api/v1/units/440000/reviews", status: 200, ctype: jsonType,
		want: []string{`"unit": {`, `"unit": "深圳市"`, `"state": "reported"`, `"count": 1`}},
	{name: "api overdue", as: "viewer@440000", path: "/api/v1/units/440000/overdue", status: 200, ctype: jsonType,
		want: []string{`"light": "red"`, `"count": 3`}},
	{name: "api audit", as: "administrator@1", path: "/api/v1/audit?limit=1", status: 200, ctype: jsonType,
		want: []string{`"entries": [`, `"next": "/api/v1/audit?before=`}},

	// Spreadsheets: the template, its import (refused before anything is
	// saved), the lists as files.
	{name: "template", as: gdReporter, path: "/units/440000/template.xlsx", status: 200, ctype: xlsxType},
	{name: "template: a bad period", as: gdReporter, path: "/units/440000/template.xlsx?period=2024Q0", status: 400, ctype: htmlType,
		want: []string{"报告期“2024Q0”无效"}},
	{name: "api template", as: gdReporter, path: "/api/v1/units/440000/template.xlsx?period=2024Q2", status: 200, ctype: xlsxType},
	{name: "api template: a viewer", as: "viewer@440000", path: "/api/v1/units/440000/template.xlsx", status: 403, ctype: jsonType,
		want: []string{`"code": "forbidden"`}},
	{name: "import form", as: gdReporter, path: "/units/440000/import", status: 200, ctype: htmlType,
		want: []string{"<h1>广东省 · 导入进展报告</h1>", `href="/units/440000/template.xlsx?period=2024Q3"`,
			`href="/units/440000/template.xlsx?period=2024Q2"`, `enctype="multipart/form-data"`, `name="file" type="file" accept=".xlsx,`,
			`name="submit" value="1" aria-describedby`, "提交复核"},
		notWant: []string{"未能导入"}},
	{name: "import form in English", as: gdReporter, path: "/units/440000/import?lang=en", status: 200, ctype: htmlType,
		want: []string{"广东省 · Import progress reports", "Template for 2024 Q3", "Submit for review"}},
	{name: "import: not a multipart form", as: gdReporter, method: "POST", path: "/units/440000/import", header: formPost,
		body: "submit=1", status: 400, ctype: htmlType, want: []string{"未能导入", "请使用页面上的表单上传文件。"}},
	{name: "import: no file", as: gdReporter, method: "POST", path: "/units/440000/import", header: uploadHeader,
		body: uploadBody, status: 400, ctype: htmlType, want: []string{"请选择填好的模板文件（.xlsx）。", `href="#file"`}},
	{name: "api import: not a workbook", as: gdReporter, method: "POST", path: "/api/v1/units/440000/reports/import",
		header: http.Header{"Content-Type": {xlsxType}}, body: "PK not a workbook", status: 400, ctype: jsonType,
		want: []string{`"code": "invalid"`, "文件无法作为 .xlsx 读取"}},
	{name: "api import: of another type", as: gdReporter, method: "POST", path: "/api/v1/units/440000/reports/import?dry_run=true",
		header: textPost, body: "x", status: 415, ctype: jsonType, want: []string{`"code": "unsupported_media_type"`}},
	{name: "tasks as CSV", as: "viewer@440000", path: "/units/440000/tasks?format=csv", status: 200, ctype: csvType,
		want: []string{"\uFEFF批次,序号,改革事项,承担单位,职责,完成时限,督办灯,办理状态,成果形式,任务来源\r\n", "工程建设项目审批统一化、标准化、信息化"}},
	{name: "overdue as a spreadsheet", as: "viewer@440000", path: "/units/440000/overdue?format=xlsx", status: 200, ctype: xlsxType},
	{name: "reviews as CSV", as: "reviewer@440000", path: "/units/440000/reviews?format=csv", status: 200, ctype: csvType,
		want: []string{"深圳市", "已反馈"}},
	{name: "a list in an unknown format", as: "viewer@440000", path: "/units/440000/overdue?format=ods", status: 400, ctype: htmlType,
		want: []string{"导出格式“ods”无效：应为 xlsx 或 csv。"}},

	// Search.
	{name: "search", path: "/search?q=" + q("知识产权"), status: 200, ctype: htmlType,
		want: []string{"<mark>知识产权</mark>质押融资模式创新", "推广<mark>知识产权</mark>海外侵权责任险", "<mark>知识产权</mark>纠纷调解优先机制",
			"共找到", `value="知识产权"`, "国家<mark>知识产权</mark>局"}},
	{name: "search a unit", path: "/search?q=" + q("海关总署"), status: 200, ctype: htmlType,
		want: []string{"<mark>海关总署</mark>", "出口货物检验检疫单“云签发”平台", "共找到1项"}},
	{name: "search by alias", path: "/search?q=" + q("电子信息化"), status: 200, ctype: htmlType,
		want: []string{"航空货运电子化", "正文表述：", "航空货运<mark>电子信息化</mark>"}},
	{name: "search in content", path: "/search?q=and", status: 200, ctype: htmlType,
		want: []string{"健康医疗大数据转化应用", "主要内容：", "<mark>and</mark>"}},
	{name: "search escapes the query", path: "/search?q=" + q("<script>"), status: 200, ctype: htmlType,
		want: []string{"&lt;script&gt;"}, notWant: []string{"<script>"}},
	{name: "search empty", path: "/search", status: 200, ctype: htmlType,
		want: []string{"请输入检索词"}, notWant: []string{"<mark>"}},
	{name: "search blank", path: "/search?q=+++", status: 200, ctype: htmlType,
		want: []string{"请输入检索词"}},
	{name: "search no results", path: "/search?q=" + q("量子计算"), status: 200, ctype: htmlType,
		want: []string{"未找到与“量子计算”相关的改革事项"}},
	{name: "search too long", path: "/search?q=" + strings.Repeat("长", 101), status: 400, ctype: htmlType,
		want: []string{"检索词过长"}},
	{name: "search in English", path: "/search?lang=en", status: 200, ctype: htmlType,
		want: []string{"Enter a search term"}},

	// Static files.
	{name: "stylesheet", path: "{css}", status: 200, ctype: cssType, want: []string{"Microsoft YaHei"}},
	{name: "stylesheet under an old hash", path: "/static/0123456789ab/style.css", status: 200, ctype: cssType},
	{name: "unknown static file", path: "/static/0123456789ab/app.js", status: 404, ctype: htmlType,
		want: []string{"页面不存在"}},

	// The JSON API.
	{name: "api batches", path: "/api/v1/batches", status: 200, ctype: jsonType,
		want: []string{`"batches": [`, `"number": 7`, `"doc_no": "国函〔2023〕56号"`, `"issued_on": "2023-06-24"`, `"item_count": 24`}},
	{name: "api batch", path: "/api/v1/batches/7", status: 200, ctype: jsonType,
		want: []string{`"doc_no": "国函〔2023〕56号"`, `"name": "知识产权保护"`, `"declared": 6`, `"diagnostics": [`,
			`"heading": "切实做好组织实施"`, `"code": "name-mismatch"`, `"id": 1024`, `"scope": "沿海地区"`}},
	{name: "api batch not a number", path: "/api/v1/batches/x", status: 400, ctype: jsonType,
		want: []string{`"code": "invalid"`, `批次号“x”无效`}},
	{name: "api batch not a number in English", path: "/api/v1/batches/x?lang=en", status: 400, ctype: jsonType,
		want: []string{`"code": "invalid"`, `Batch number \"x\" is not valid`}},
	{name: "api unknown batch", path: "/api/v1/batches/99", status: 404, ctype: jsonType,
		want: []string{`{`, `"error": {`, `"code": "not_found"`, `"message": "未找到第99批。"`}},
	{name: "api item", path: "/api/v1/items/1003", status: 200, ctype: jsonType,
		want: []string{`"name": "航空货运电子化"`, `"aliases": [`, `"航空货运电子信息化"`, `"lead": "中国民航局"`, `"batch": 7`}},
	{name: "api item without aliases", path: "/api/v1/items/1001", status: 200, ctype: jsonType,
		want: []string{`"aliases": []`}},
	{name: "api unknown item", path: "/api/v1/items/9999", status: 404, ctype: jsonType,
		want: []string{`"code": "not_found"`}},
	{name: "api item id bad", path: "/api/v1/items/1.5", status: 400, ctype: jsonType,
		want: []string{`"code": "invalid"`, "事项编号“1.5”无效"}},
	{name: "api search", path: "/api/v1/items?q=" + q("知识产权"), status: 200, ctype: jsonType,
		want: []string{`"items": [`, `"count": 8`}},
	{name: "api search nothing found", path: "/api/v1/items?q=" + q("量子计算"), status: 200, ctype: jsonType,
		want: []string{`"items": []`, `"count": 0`}},
	{name: "api search empty", path: "/api/v1/items?q=", status: 400, ctype: jsonType,
		want: []string{`"code": "invalid"`, "参数 q 不能为空"}},
	{name: "api unit", as: "coordinator@1", path: "/api/v1/units/440000", status: 200, ctype: jsonType,
		want: []string{`"id": 440000`, `"name": "广东省"`, `"kind": "province"`, `"path": "/1/440000/"`, `"coastal": true`,
			`"children": [`, `"name": "深圳市"`, `"kind": "city"`, `"aliases": []`}},
	{name: "api unit unknown", as: "coordinator@1", path: "/api/v1/units/99", status: 404, ctype: jsonType,
		want: []string{`"code": "not_found"`, "未找到编号为99的单位。"}},
	{name: "api unit tasks", as: "coordinator@1", path: "/api/v1/units/440300/tasks", status: 200, ctype: jsonType,
		want: []string{`"unit": {`, `"name": "深圳市"`, `"role": "co"`, `"deadline": {`, `"text": "2024年6月底前"`, `"date": "2024-06-30"`,
			`"parent_unit": "广东省"`, `"parent_id": {task:440000/1001}`, `"item_seq": 1`, `"count": 1`}},
	{name: "api unit tasks: a phrase has no date", as: "coordinator@1", path: "/api/v1/units/440304/tasks", status: 200, ctype: jsonType,
		want: []string{`"text": "持续推进"`}, notWant: []string{`"date"`}},
	{name: "api unit tasks unknown", as: "coordinator@1", path: "/api/v1/units/99/tasks", status: 404, ctype: jsonType},
	{name: "api item tasks", as: "coordinator@1", path: "/api/v1/items/1001/tasks", status: 200, ctype: jsonType,
		want: []string{`"item": {`, `"tasks": [`, `"count": 36`, `"role": "guide"`, `"unit": "住房城乡建设部"`, `"parent_id": 0`, `"unit_code": "440000"`}},
	{name: "api item tasks unknown", as: "coordinator@1", path: "/api/v1/items/9999/tasks", status: 404, ctype: jsonType},
	{name: "api task", as: "coordinator@1", path: "/api/v1/tasks/{task:440300/1001}", status: 200, ctype: jsonType,
		want: []string{`"id": {task:440300/1001}`, `"unit": "深圳市"`, `"unit_kind": "city"`, `"item_name": "工程建设项目审批统一化、标准化、信息化"`, `"batch": 7`}},
	{name: "api task unknown", as: "coordinator@1", path: "/api/v1/tasks/999999", status: 404, ctype: jsonType},
	{name: "api task id bad", as: "coordinator@1", path: "/api/v1/tasks/x", status: 400, ctype: jsonType,
		want: []string{"任务编号“x”无效"}},
	{name: "api divide: not JSON", as: "coordinator@1", method: "POST", path: "/api/v1/tasks/{task:440000/1024}/divisions", header: formPost,
		body: "role-440100=lead", status: 415, ctype: jsonType,
		want: []string{`"code": "unsupported_media_type"`, "Content-Type: application/json"}},
	{name: "api divide: malformed", as: "coordinator@1", method: "POST", path: "/api/v1/tasks/{task:440000/1024}/divisions", header: jsonPost,
		body: `{"divisions": [}`, status: 400, ctype: jsonType,
		want: []string{`"code": "invalid"`, "JSON 语法错误，位于第1行第16列"}},
	{name: "api divide: unknown task", as: "coordinator@1", method: "POST", path: "/api/v1/tasks/999999/divisions", header: jsonPost,
		body: `{"divisions": [{"unit_id": 440100, "role": "lead", "deadline": "2024年6月底前"}]}`, status: 404, ctype: jsonType,
		want: []string{`"code": "not_found"`, "未找到编号为999999的任务。"}},
	{name: "api divide: GET", as: "coordinator@1", path: "/api/v1/tasks/1/divisions", status: 405, ctype: jsonType,
		want: []string{`"code": "method_not_allowed"`}},
	{name: "api reissue: dry run", as: "coordinator@1", method: "POST", path: "/api/v1/units/440000/reissue?batch=7&dry_run=true", header: textPost,
		body: gdReissue(), status: 200, ctype: jsonType,
		want: []string{`"dry_run": true`, `"name": "省发展改委"`, `"stored_tasks": 0`}},
	{name: "api reissue: JSON", as: "coordinator@1", method: "POST", path: "/api/v1/units/440000/reissue?batch=7", header: jsonPost,
		body: `{}`, status: 415, ctype: jsonType, want: []string{`"code": "unsupported_media_type"`}},
	{name: "api reissue: cross-site", as: "coordinator@1", method: "POST", path: "/api/v1/units/440000/reissue?batch=7", body: gdReissue(),
		header: http.Header{"Sec-Fetch-Site": {"cross-site"}, "Content-Type": {"text/plain"}}, status: 403, ctype: jsonType,
		want: []string{`"code": "forbidden"`}},
	{name: "api openapi", path: "/api/openapi.json", status: 200, ctype: jsonType,
		want: []string{`"openapi": "3.1.0"`}},

	// Signing in, one's account, the administration (TestSignIn, TestAccount,
	// TestAdminUsers and TestAdminAudit go further).
	{name: "signin: the form", path: "/signin?next=" + q("/units/440000/tasks"), status: 200, ctype: htmlType,
		want: []string{"<h1 id=\"signin-h\">登录系统</h1>", `<form class="account-form" method="post" action="/signin">`,
			`<input type="hidden" name="next" value="/units/440000/tasks">`, `autocomplete="current-password"`, "连续10次登录失败，账号将锁定15分钟。"},
		notWant: []string{"error-summary", `class="whoami"`}},
	{name: "signin: an outside next is dropped", path: "/signin?next=" + q("//evil.example/x"), status: 200, ctype: htmlType,
		notWant: []string{`name="next"`}},
	{name: "signin in English", path: "/signin?lang=en", status: 200, ctype: htmlType,
		want: []string{`<html lang="en">`, "User name", "Password", "Sign in"}},
	{name: "signin: nothing typed", method: "POST", path: "/signin", header: formPost, body: "username=&password=", status: 400, ctype: htmlType,
		want: []string{`<div class="error-summary" id="form-error" role="alert">`, "请输入用户名和密码。"}},
	{name: "signin: wrong password", method: "POST", path: "/signin", header: formPost,
		body: "username=reporter.440000&password=wrong", status: 401, ctype: htmlType,
		want: []string{"用户名或密码不正确。", `value="reporter.440000"`}, notWant: []string{`value="wrong"`}},
	{name: "signin: cross-site", method: "POST", path: "/signin", header: http.Header{"Sec-Fetch-Site": {"cross-site"}, "Content-Type": {"application/x-www-form-urlencoded"}},
		body: "username=reporter.440000&password=" + q(fixturePassword), status: 403, ctype: htmlType, want: []string{"已拒绝来自其他网站的请求。"}},
	{name: "signout", method: "POST", path: "/signout", as: gdReporter, status: 303},
	{name: "account", path: "/account", as: gdReporter, status: 200, ctype: htmlType,
		want: []string{"<h1>reporter.440000</h1>", "<code>reporter.440000</code>", "广东省", "填报人员", `action="/account/password"`,
			`action="/account/signout-all"`, "闲置30分钟", "最长有效12小时", "fixture", `class="whoami" href="/account"`, `action="/signout"`}},
	{name: "account: anonymous", path: "/account", status: 303, ctype: htmlType},
	{name: "account: a password that differs", method: "POST", path: "/account/password", as: gdReporter, header: formPost,
		body: "current=x&new=Abcdefgh-12345&confirm=Abcdefgh-12346", status: 400, ctype: htmlType,
		want: []string{`<a href="#confirm">两次输入的新密码不一致。</a>`}},
	{name: "account: sign out everywhere", method: "POST", path: "/account/signout-all", as: "viewer@440000", status: 303},
	{name: "admin: accounts", path: "/admin/users", as: "administrator@1", status: 200, ctype: htmlType,
		want: []string{"账号管理", `href="/admin/users/1"`, "reporter.440000", "已停用", "锁定至", `action="/admin/users"`,
			`<option value="viewer" selected>查看人员</option>`, `aria-current="page">账号管理</a>`, `href="/admin/audit"`}},
	{name: "admin: accounts, a coordinator", path: "/admin/users", as: "coordinator@1", status: 403, ctype: htmlType,
		want: []string{"只有全系统的系统管理员可以管理账号。"}},
	{name: "admin: open an account without a unit", method: "POST", path: "/admin/users", as: "administrator@1", header: formPost,
		body: "username=zhang.san&role=viewer&password=" + q(fixturePassword), status: 400, ctype: htmlType,
		want: []string{`<a href="#unit">请填写单位名称或代码。</a>`, `value="zhang.san"`}},
	{name: "admin: an account", path: "/admin/users/1", as: "administrator@1", status: 200, ctype: htmlType,
		want: []string{"<code>reporter.440000</code>", `name="keep" value="440000:reporter" checked`, `action="/admin/users/1/disabled"`,
			`action="/admin/users/1/password"`}},
	{name: "admin: a grant at an unknown unit", method: "POST", path: "/admin/users/1/grants", as: "administrator@1", header: formPost,
		body: "keep=440000:reporter&unit=" + q("火星省") + "&role=viewer", status: 400, ctype: htmlType,
		want: []string{"找不到单位“火星省”"}},
	{name: "admin: disabled neither true nor false", method: "POST", path: "/admin/users/1/disabled", as: "administrator@1", header: formPost,
		body: "disabled=maybe", status: 400, ctype: htmlType, want: []string{"参数 disabled 应为 true 或 false"}},
	{name: "admin: a reset that differs", method: "POST", path: "/admin/users/1/password", as: "administrator@1", header: formPost,
		body: "password=Abcdefgh-12345&confirm=x", status: 400, ctype: htmlType, want: []string{"两次输入的新密码不一致。"}},
	{name: "admin: lift the holds of an account not held", method: "POST", path: "/admin/users/1/unlock", as: "administrator@1", header: formPost,
		status: 303},
	{name: "admin: revoke an account's token", method: "POST", path: "/admin/tokens/1/revoke", as: "administrator@1", header: formPost,
		status: 303},
	{name: "admin: revoke a token that does not exist", method: "POST", path: "/admin/tokens/99/revoke", as: "administrator@1",
		header: formPost, status: 404, ctype: htmlType, want: []string{"没有编号为 99 的令牌。"}},
	{name: "api admin: every token", path: "/api/v1/admin/tokens", as: "administrator@1", status: 200, ctype: jsonType,
		want: []string{`"username": "reporter.440000"`, `"count": 1`}},
	{name: "api admin: every token, a coordinator", path: "/api/v1/admin/tokens", as: "coordinator@1", status: 403, ctype: jsonType},
	{name: "api admin: revoke a token", method: "DELETE", path: "/api/v1/admin/tokens/1", as: "administrator@1", status: 204},
	{name: "api admin: revoke a token that does not exist", method: "DELETE", path: "/api/v1/admin/tokens/99", as: "administrator@1",
		status: 404, ctype: jsonType, want: []string{"没有编号为 99 的令牌。"}},
	{name: "admin: the audit trail", path: "/admin/audit", as: "administrator@1", status: 200, ctype: htmlType,
		want: []string{"审计日志", "user.create", "user:reporter.440000", `<table class="list stack audit">`}},
	{name: "api session: nothing given", method: "POST", path: "/api/v1/session", header: jsonPost, body: `{}`, status: 400, ctype: jsonType,
		want: []string{"请在请求体中给出 username 和 password。"}},
	{name: "api session: who am I", path: "/api/v1/session", as: gdReporter, status: 200, ctype: jsonType,
		want: []string{`"username": "reporter.440000"`, `"unit": "广东省"`, `"role": "reporter"`, `"unit_path": "/1/440000/"`, `"token_id": 0`}},
	{name: "api session: anonymous", path: "/api/v1/session", status: 401, ctype: jsonType, want: []string{`"code": "unauthorized"`}},
	{name: "api session: sign out", method: "DELETE", path: "/api/v1/session", as: gdReporter, status: 204},
	{name: "api tokens: a bad role", method: "POST", path: "/api/v1/tokens", as: gdReporter, header: jsonPost,
		body: `{"name": "省平台", "unit_id": 440000, "role": "boss"}`, status: 400, ctype: jsonType, want: []string{"role 应为"}},
	{name: "api tokens", path: "/api/v1/tokens", as: gdReporter, status: 200, ctype: jsonType,
		want: []string{`"tokens": [`, `"name": "fixture"`, `"count": 1`}, notWant: []string{"rt_"}},
	{name: "api tokens: revoke another's", method: "DELETE", path: "/api/v1/tokens/1", as: "reporter@510000", status: 404, ctype: jsonType,
		want: []string{"您没有编号为1的令牌。"}},

	// Paths and methods the site does not have.
	{name: "unknown page", path: "/nothing/here", status: 404, ctype: htmlType,
		want: []string{siteName, "页面不存在", "/nothing/here", layoutEnd}},
	{name: "unknown api path", path: "/api/v2/batches", status: 404, ctype: jsonType,
		want: []string{`"code": "not_found"`}},
	{name: "post to the api", method: "POST", path: "/api/v1/batches", status: 405, ctype: jsonType,
		want: []string{`"code": "method_not_allowed"`}},
	{name: "delete a page", method: "DELETE", path: "/batches/7", status: 405, ctype: htmlType,
		want: []string{"请求方式不受支持", layoutEnd}},
	{name: "cross-site post", method: "POST", path: "/", header: http.Header{"Sec-Fetch-Site": {"cross-site"}}, status: 403, ctype: htmlType,
		want: []string{"无权访问", "已拒绝来自其他网站的请求。"}},

	// Evaluation rounds.
	{name: "rounds: the coordinator's list", path: "/rounds", as: "coordinator@1", status: 200, ctype: htmlType,
		want: []string{"成效评估轮次", "第七批成效评估", "另一轮评估", "已关闭的评估", `href="/rounds/new"`, `href="/rounds" aria-current="page"`}},
	{name: "rounds: an evaluator's list", path: "/rounds", as: roundScorer, status: 200, ctype: htmlType,
		want: []string{"第七批成效评估", `href="/rounds/1/bulletin"`}, notWant: []string{"另一轮评估", "已关闭的评估", `href="/rounds/new"`, "/units/"}},
	{name: "rounds: the form", path: "/rounds/new?batch=7", as: "coordinator@1", status: 200, ctype: htmlType,
		want: []string{"新建评估轮次", `name="w_coverage"`, `value="0.3"`, "工作机制", `name="item" value="1001" checked`, `name="unit" value="440000" checked`, "第七批改革试点经验复制推广成效评估"}},
	{name: "rounds: weights that do not add up", method: "POST", path: "/rounds", as: "coordinator@1", header: formPost,
		body:   "batch=7&name=" + q("测试轮次") + "&period=2024Q4&item=1001&unit=440000&w_coverage=0.9&w_rubric=0.2&c1_name=" + q("机制") + "&c1_min=0&c1_max=10",
		status: 400, ctype: htmlType, want: []string{"各项权重之和应为 1（现为 1.1）", `value="测试轮次"`, `name="unit" value="440000" checked`, `name="unit" value="510000">`}},
	{name: "rounds: opened", method: "POST", path: "/rounds", as: "coordinator@1", header: formPost,
		body:   "batch=7&name=" + q("测试轮次") + "&period=2024Q4&item=1001&unit=440000&w_coverage=0.8&w_rubric=0.2&c1_name=" + q("机制") + "&c1_min=0&c1_max=10",
		status: 303, ctype: ""},
	{name: "round: the page", path: "/rounds/1", as: "coordinator@1", status: 200, ctype: htmlType,
		want: []string{"第七批成效评估", "评估人与评分进度", "evaluator.440000", "0/4", `action="/rounds/1/evaluators"`, `action="/rounds/1/close"`, "覆盖率 0.4"}},
	{name: "round: the evaluator's view", path: "/rounds/1", as: roundScorer, status: 200, ctype: htmlType,
		want: []string{`href="/rounds/1/score"`}, notWant: []string{`action="/rounds/1/close"`, `action="/rounds/1/evaluators"`}},
	{name: "round: another's", path: "/rounds/2", as: roundScorer, status: 403, ctype: htmlType, notWant: []string{"另一轮评估"}},
	{name: "round: an evaluator sees no unit", path: "/units/440000/tasks", as: roundScorer, status: 403, ctype: htmlType},
	{name: "round: a bad evaluator", method: "POST", path: "/rounds/1/evaluators", as: "coordinator@1", header: formPost,
		body: "evaluator=1", status: 400, ctype: htmlType, want: []string{"没有“评估人”角色"}},
	{name: "round: closing a closed round", method: "POST", path: "/rounds/3/close", as: "coordinator@1", status: 409, ctype: htmlType,
		want: []string{"已关闭"}},
	{name: "round: the scoring form", path: "/rounds/1/score", as: roundScorer, status: 200, ctype: htmlType,
		want: []string{"广东省", "四川省", `name="s-440000-1"`, `name="c-510000-2"`, "(0–10)", `href="/rounds/1/units/510000"`}},
	{name: "round: a score out of range", method: "POST", path: "/rounds/1/score", as: roundScorer, header: formPost,
		body: "s-440000-1=11&c-440000-1=" + q("很好"), status: 400, ctype: htmlType,
		want: []string{"广东省：“工作机制”的分值 11 超出范围", `value="11" aria-invalid="true"`, `href="#s-440000-1"`, "很好</textarea>"}},
	{name: "round: a score not a number", method: "POST", path: "/rounds/1/score", as: roundScorer, header: formPost,
		body: "s-440000-1=8&s-510000-2=" + q("九"), status: 400, ctype: htmlType,
		want: []string{"四川省：“创新举措”的分值“九”不是数字。", `href="#s-510000-2"`, `value="九" aria-invalid="true"`}},
	{name: "round: a unit's reports and evidence", path: "/rounds/1/units/440000", as: roundScorer, status: 200, ctype: htmlType,
		want: []string{"报告与佐证材料", "广东省", "工程建设项目审批", `href="/rounds/1/score#unit-440000"`}},
	{name: "round: a unit's reports in the API", path: "/api/v1/rounds/1/units/440000/reports", as: roundScorer, status: 200, ctype: jsonType,
		want: []string{`"unit_id": 440000`, `"period": "2024Q2"`}},
	{name: "round: a unit the round does not evaluate", path: "/rounds/1/units/440300", as: roundScorer, status: 404, ctype: htmlType},
	{name: "round: scored", method: "POST", path: "/rounds/1/score", as: roundScorer, header: formPost,
		body: "s-440000-1=8&c-440000-1=" + q("机制健全") + "&s-440000-2=6&s-510000-1=5", status: 303, ctype: ""},
	{name: "round: the scorecard", path: "/rounds/1/scorecard", as: "coordinator@1", status: 200, ctype: htmlType,
		want: []string{"评分表", "省级单位排名", "覆盖率 = (已落地 1 &#43; 持续深化 0 &#43; 由中央部门统一实施 0) ÷ (末级任务 2 − 不适用 0) = 50.0%",
			"评审 = (工作机制 8/0–10→80.0 &#43; 创新举措 6/0–10→60.0) ÷ 2 = 70.0", "总分 = ", "计分规则", "尚未关闭"}},
	{name: "round: the report", path: "/rounds/1/report", as: rootScorer, status: 200, ctype: htmlType,
		want: []string{"第七批成效评估报告", "一、评估概况", "五、评审意见", "工作机制（evaluator.440000）：机制健全", "征求意见稿", "evaldoc", "二〇二四年七月二日"}},
	{name: "round: the bulletin", path: "/rounds/1/bulletin", as: "coordinator@1", status: 200, ctype: htmlType,
		want: []string{"关于第七批成效评估情况的通报", "自贸办评〔2024〕1号", "特此通报。", "各省、自治区、直辖市人民政府", "广东省", "二〇二四年七月二日"}},
	{name: "round: the bulletin in English", path: "/rounds/1/bulletin?lang=en", as: "coordinator@1", status: 200, ctype: htmlType,
		want: []string{"Bulletin on the 第七批成效评估", "2 July 2024"}},
	{name: "round: the bulletin as a workbook", path: "/rounds/1/bulletin?format=xlsx", as: "coordinator@1", status: 200, ctype: xlsxType},
	{name: "round: a bad format", path: "/rounds/1/report?format=pdf", as: "coordinator@1", status: 400, ctype: htmlType, want: []string{"格式“pdf”无效"}},
	{name: "api rounds: an evaluator's", path: "/api/v1/rounds", as: rootScorer, status: 200, ctype: jsonType,
		want: []string{`"name": "第七批成效评估"`}, notWant: []string{"另一轮评估"}},
	{name: "api rounds: open one", method: "POST", path: "/api/v1/rounds", as: "coordinator@1", header: jsonPost,
		body:   `{"name": "接口轮次", "batch": 7, "period": "2024Q4", "items": [1001], "units": [440000], "weights": {"coverage": 1}, "criteria": []}`,
		status: 201, ctype: jsonType, want: []string{`"name": "接口轮次"`, `"state": "open"`}},
	{name: "api rounds: refused", method: "POST", path: "/api/v1/rounds", as: "coordinator@1", header: jsonPost,
		body: `{"name": "接口轮次", "batch": 7, "period": "2024Q5"}`, status: 400, ctype: jsonType, want: []string{"报告期“2024Q5”无效"}},
	{name: "api round", path: "/api/v1/rounds/1", as: "coordinator@1", status: 200, ctype: jsonType, want: []string{`"username": "evaluator.1"`}},
	{name: "api round: evaluators", method: "PUT", path: "/api/v1/rounds/1/evaluators", as: "coordinator@1", header: jsonPost,
		body: `{"evaluators": [999999]}`, status: 400, ctype: jsonType, want: []string{`"code": "invalid"`}},
	{name: "api round: close a closed one", method: "POST", path: "/api/v1/rounds/3/close", as: "coordinator@1", status: 409, ctype: jsonType},
	{name: "api round: scores", method: "PUT", path: "/api/v1/rounds/1/scores", as: rootScorer, header: jsonPost,
		body: `{"scores": [{"unit_id": 510000, "criterion": 2, "value": 7.5, "comment": "有创新"}]}`, status: 200, ctype: jsonType,
		want: []string{`"value": 7.5`, `"evaluator": "evaluator.1"`}, notWant: []string{"evaluator.440000"}},
	{name: "api round: all scores for the coordinator", path: "/api/v1/rounds/1/scores", as: "coordinator@1", status: 200, ctype: jsonType,
		want: []string{"evaluator.440000", "evaluator.1"}},
	{name: "api round: the scorecard", path: "/api/v1/rounds/1/scorecard", as: rootScorer, status: 200, ctype: jsonType,
		want: []string{`"final": false`, `"label": "广东省"`, `"formula": "总分 = `}},
}

func TestScenarios(t *testing.T) {
	s := newTestSite(t, newFake(t))
	logs := s.logs
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			method := cmpOr(sc.method, http.MethodGet)
			path := s.expand(t, sc.path)
			rec := serveBody(s.Server, method, path, with(s.as(t, sc.as), sc.header), s.expand(t, sc.body))
			body := rec.Body.String()
			if rec.Code != sc.status {
				t.Errorf("%s %s: status %d, want %d\n%s", method, path, rec.Code, sc.status, body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != sc.ctype {
				t.Errorf("%s %s: Content-Type %q, want %q", method, path, ct, sc.ctype)
			}
			for _, w := range sc.want {
				if w = s.expand(t, w); !strings.Contains(body, w) {
					t.Errorf("%s %s: body lacks %q", method, path, w)
				}
			}
			for _, w := range sc.notWant {
				if w = s.expand(t, w); strings.Contains(body, w) {
					t.Errorf("%s %s: body has %q", method, path, w)
				}
			}
			checkSecurityHeaders(t, rec)
		})
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("no scenario should log an error:\n%s", logs)
	}
	if s.tasks.divides != 0 || s.tasks.cascades != 0 || s.reports.writes != 0 {
		t.Errorf("the scenarios called Divide %d and Cascade %d times and wrote to the loop %d times; each of their posts must be refused before storage",
			s.tasks.divides, s.tasks.cascades, s.reports.writes)
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func checkSecurityHeaders(t *testing.T, rec *httptest.ResponseRecorder) {
	t.Helper()
	h := rec.Header()
	csp := h.Get("Content-Security-Policy")
	for _, want := range []string{"frame-ancestors 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	if !strings.Contains(csp, "default-src 'self'") && !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q has no restrictive default-src", csp)
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Errorf("Content-Security-Policy %q allows inline code", csp)
	}
	if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q", got)
	}
	if h.Get("Referrer-Policy") == "" {
		t.Error("no Referrer-Policy")
	}
}

// TestRoutesCovered: every pattern the site registers is hit by a scenario.
func TestRoutesCovered(t *testing.T) {
	s := newTestSite(t, newFake(t))
	hit := map[string]bool{}
	for _, sc := range scenarios {
		req := httptest.NewRequest(cmpOr(sc.method, http.MethodGet), s.expand(t, sc.path), nil)
		if _, pattern := s.mux.Handler(req); pattern != "" {
			hit[pattern] = true
		}
	}
	routes := s.Routes()
	if len(routes) == 0 {
		t.Fatal("Routes() is empty")
	}
	for _, p := range routes {
		if !hit[p] {
			t.Errorf("no scenario requests %q", p)
		}
	}
	if !slices.Contains(routes, "GET /api/v1/items/{id}") {
		t.Errorf("Routes() = %q lacks GET /api/v1/items/{id}", routes)
	}
}

func TestLanguageCookie(t *testing.T) {
	s, _ := newTestServer(t, newFake(t))
	tests := []struct {
		path       string
		wantCookie string // "" when none is set
	}{
		{"/?lang=en", "en"},
		{"/batches/7?lang=zh", "zh"},
		{"/?lang=fr", ""},
		{"/", ""},
		{"/api/v1/batches?lang=en", ""}, // the API reads lang but keeps no state
	}
	for _, tt := range tests {
		rec := serve(s, "GET", tt.path, nil)
		var got string
		for _, c := range rec.Result().Cookies() {
			if c.Name == "lang" {
				got = c.Value
				if c.Path != "/" || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode {
					t.Errorf("%s: cookie %+v, want Path=/ HttpOnly SameSite=Lax", tt.path, c)
				}
			}
		}
		if got != tt.wantCookie {
			t.Errorf("%s: lang cookie %q, want %q", tt.path, got, tt.wantCookie)
		}
	}
}

func TestSourceServedAsText(t *testing.T) {
	f := newFake(t)
	f.sources[7] = rollout.Source{Format: rollout.FormatHTML, Body: []byte(`<html><script>alert("x")</script><p>国函〔2023〕56号</p></html>`)}
	s, _ := newTestServer(t, f)
	rec := serve(s, "GET", "/batches/7/source", nil)
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	h := rec.Header()
	if ct := h.Get("Content-Type"); ct != textType {
		t.Errorf("Content-Type %q, want %q: stored HTML must not render", ct, textType)
	}
	if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "sandbox") {
		t.Errorf("Content-Security-Policy %q lacks sandbox", csp)
	}
	if cd := h.Get("Content-Disposition"); !strings.HasPrefix(cd, "inline") || !strings.Contains(cd, "batch-7-source.html") {
		t.Errorf("Content-Disposition %q", cd)
	}
	if got := rec.Body.String(); got != string(f.sources[7].Body) {
		t.Errorf("body %q, want the source byte for byte", got)
	}
}

func TestStaticCaching(t *testing.T) {
	s, _ := newTestServer(t, newFake(t))
	css, _ := s.static.url("style.css")
	rec := serve(s, "GET", css, nil)
	if cc := rec.Header().Get("Cache-Control"); !strings.Contains(cc, "max-age=31536000") || !strings.Contains(cc, "immutable") {
		t.Errorf("current hash: Cache-Control %q, want a year, immutable", cc)
	}
	etag := rec.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	rec = serve(s, "GET", css, http.Header{"If-None-Match": {etag}})
	if rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", rec.Code)
	}
	rec = serve(s, "GET", "/static/000000000000/style.css", nil)
	if cc := rec.Header().Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("old hash: Cache-Control %q, want no-cache", cc)
	}
	if vary := rec.Header().Get("Vary"); strings.Contains(vary, "Cookie") {
		t.Errorf("static file varies by cookie: %q", vary)
	}
	for _, name := range []string{"style.css", "favicon.svg"} {
		u, err := s.static.url(name)
		if err != nil {
			t.Fatal(err)
		}
		home := serve(s, "GET", "/", nil).Body.String()
		if !strings.Contains(home, u) {
			t.Errorf("the home page does not link %s as %s", name, u)
		}
	}
}

// TestInternalErrors: a failing catalogue gives a 500 with a generic message;
// the detail is logged, never shown.
func TestInternalErrors(t *testing.T) {
	const detail = `sqlite: SQL logic error near "SELECT"`
	f := newFake(t)
	f.err = errors.New(detail)
	site := newTestSite(t, f)
	logs := site.logs
	for _, tt := range []struct {
		path, ctype, want string
	}{
		{"/", htmlType, "系统内部错误"},
		{"/batches/7", htmlType, "系统错误"},
		{"/items/1001?lang=en", htmlType, "Something went wrong on our side"},
		{"/api/v1/batches", jsonType, `"code": "internal"`},
		{"/api/v1/items?q=x", jsonType, "系统内部错误"},
		{"/units/440000/reissue", htmlType, "系统内部错误"},
	} {
		rec := site.getAs(t, gdReporter, "GET", tt.path, nil)
		body := rec.Body.String()
		if rec.Code != 500 || rec.Header().Get("Content-Type") != tt.ctype || !strings.Contains(body, tt.want) {
			t.Errorf("%s: %d %q, want 500 %q with %q:\n%s", tt.path, rec.Code, rec.Header().Get("Content-Type"), tt.ctype, tt.want, body)
		}
		if strings.Contains(body, "SQL") || strings.Contains(body, "SELECT") {
			t.Errorf("%s: the error detail reached the user:\n%s", tt.path, body)
		}
	}
	if !strings.Contains(logs.String(), "SQL logic error") {
		t.Errorf("internal errors not logged; log:\n%s", logs)
	}
}

// TestPanics: a panic becomes a 500 page or JSON error and a logged stack.
func TestPanics(t *testing.T) {
	f := newFake(t)
	f.panics = true
	s, logs := newTestServer(t, f)
	rec := serve(s, "GET", "/batches/7", nil)
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), "系统错误") || !strings.Contains(rec.Body.String(), layoutEnd) {
		t.Errorf("page: %d\n%s", rec.Code, rec.Body)
	}
	if strings.Contains(rec.Body.String(), "deliberate") || strings.Contains(rec.Body.String(), "goroutine") {
		t.Errorf("the panic reached the user:\n%s", rec.Body)
	}
	checkSecurityHeaders(t, rec)
	rec = serve(s, "GET", "/api/v1/items/1001", nil)
	if rec.Code != 500 || rec.Header().Get("Content-Type") != jsonType || !strings.Contains(rec.Body.String(), `"internal"`) {
		t.Errorf("api: %d %s", rec.Code, rec.Body)
	}
	if l := logs.String(); !strings.Contains(l, "deliberate panic") || !strings.Contains(l, "goroutine") {
		t.Errorf("the panic and its stack are not logged:\n%s", l)
	}
}

func TestErrorStatus(t *testing.T) {
	tests := []struct {
		err    error
		status int
		code   string
	}{
		{rollout.Errorf(rollout.ENOTFOUND, "x"), 404, "not_found"},
		{rollout.Errorf(rollout.EINVALID, "x"), 400, "invalid"},
		{rollout.Errorf(rollout.ECONFLICT, "x"), 409, "conflict"},
		{rollout.Errorf(rollout.EFORBIDDEN, "x"), 403, "forbidden"},
		{rollout.Errorf(rollout.EINTERNAL, "x"), 500, "internal"},
		{rollout.Errorf("something_new", "x"), 500, "internal"},
		{errors.New("plain"), 500, "internal"},
		{errorsJoin(rollout.Errorf(rollout.ECONFLICT, "wrapped")), 409, "conflict"},
		{&httpError{status: 405, code: codeMethodNotAllowed}, 405, codeMethodNotAllowed},
	}
	for _, tt := range tests {
		if got := errorStatus(tt.err); got != tt.status {
			t.Errorf("errorStatus(%v) = %d, want %d", tt.err, got, tt.status)
		}
		if got := errorCode(tt.err); got != tt.code {
			t.Errorf("errorCode(%v) = %q, want %q", tt.err, got, tt.code)
		}
	}
	if msg := errorMessage(zh, rollout.Errorf(rollout.EINTERNAL, "disk /var/lib/x full")); strings.Contains(msg, "disk") {
		t.Errorf("internal message shown: %q", msg)
	}
}

func errorsJoin(err error) error { return errors.Join(errors.New("context"), err) }

func TestNew(t *testing.T) {
	cat := newFake(t)
	units, tasks := newFakeServices(t, cat)
	audit := &fakeAudit{}
	users := newFakeUsers(audit)
	reports := newFakeReports(tasks, audit)
	for _, tt := range []struct {
		cfg  Config
		want string
	}{
		{Config{}, "Catalog"},
		{Config{Units: units, Tasks: tasks, Reports: reports, Users: users, Audit: audit}, "Catalog"},
		{Config{Catalog: cat, Tasks: tasks, Reports: reports, Users: users, Audit: audit}, "Units"},
		{Config{Catalog: cat, Units: units, Reports: reports, Users: users, Audit: audit}, "Tasks"},
		{Config{Catalog: cat, Units: units, Tasks: tasks, Users: users, Audit: audit}, "Reports"},
		{Config{Catalog: cat, Units: units, Tasks: tasks, Reports: reports, Audit: audit}, "Users"},
		{Config{Catalog: cat, Units: units, Tasks: tasks, Reports: reports, Users: users}, "Audit"},
		{Config{Catalog: cat, Units: units, Tasks: tasks, Reports: reports, Users: users, Audit: audit, WarningDays: -1}, "WarningDays"},
	} {
		if _, err := New(tt.cfg); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("New without %s: %v", tt.want, err)
		}
	}
	s, err := New(Config{Catalog: cat, Units: units, Tasks: tasks, Reports: reports, Users: users, Audit: audit}) // no logger: discards
	if err != nil {
		t.Fatal(err)
	}
	if rec := serve(s, "GET", "/", nil); rec.Code != 200 {
		t.Errorf("status %d", rec.Code)
	}
	if s.warningDays != rollout.DefaultWarningDays {
		t.Errorf("warning days %d, want the default %d", s.warningDays, rollout.DefaultWarningDays)
	}
	if s, err := New(Config{Catalog: cat, Units: units, Tasks: tasks, Reports: reports, Users: users, Audit: audit, WarningDays: 5}); err != nil || s.warningDays != 5 {
		t.Errorf("WarningDays 5: %v", err)
	}
}

// TestGoldenItemPage compares one whole page with testdata/item-1003.html;
// go test -run Golden -update rewrites it.
func TestGoldenItemPage(t *testing.T) {
	s, _ := newTestServer(t, newFake(t))
	rec := serve(s, "GET", "/items/1003", nil)
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	// The hashes of static files change with every edit of the stylesheet; the
	// markup is what this test guards.
	page := staticHash.ReplaceAll(rec.Body.Bytes(), []byte("/static/HASH/"))
	golden := filepath.Join("testdata", "item-1003.html")
	if *update {
		if err := os.WriteFile(golden, page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := page; !bytes.Equal(got, want) {
		t.Errorf("the item page differs from %s (go test -run Golden -update rewrites it after a deliberate change):\n%s",
			golden, firstDiff(string(want), string(got)))
	}
}

var staticHash = regexp.MustCompile(`/static/[0-9a-f]{12}/`)

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(wl), len(gl)) {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n want " + w + "\n  got " + g
		}
	}
	return ""
}

// TestRedirects: the mux's redirects to a clean path pass through the fallback
// unchanged, whether or not the clean path exists.
func TestRedirects(t *testing.T) {
	s, _ := newTestServer(t, newFake(t))
	tests := []struct{ path, location string }{
		{"/batches/7/./source", "/batches/7/source"},
		{"/items/../search", "/search"},
		{"/nothing/../nope", "/nope"},
	}
	for _, tt := range tests {
		rec := serve(s, "GET", tt.path, nil)
		if rec.Code != http.StatusMovedPermanently && rec.Code != http.StatusTemporaryRedirect {
			t.Errorf("%s: status %d, want a redirect", tt.path, rec.Code)
		}
		if loc := rec.Header().Get("Location"); loc != tt.location {
			t.Errorf("%s: Location %q, want %q", tt.path, loc, tt.location)
		}
		checkSecurityHeaders(t, rec)
	}
}
