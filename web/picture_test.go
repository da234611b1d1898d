package web

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"rollout"
)

// The national picture's pages and API, and the indicators' routes, in the
// scenarios (TestScenarios runs them; TestRoutesCovered counts them).
func init() {
	scenarios = append(scenarios,
		scenario{name: "picture", path: "/picture?batch=7", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{`id="national-map"`, `<svg xmlns="http://www.w3.org/2000/svg"`, `data-code="440000"`, "按领域汇总", "按负责单位汇总",
				"投资贸易便利化", "住房城乡建设部", `href="/matrix?batch=7"`, `href="/matrix?batch=7&amp;province=440000"`, "覆盖率 = ", `id="map-table"`, "台湾：不在推广范围", "全国总览</a>"}},
		scenario{name: "picture: the newest batch by default", path: "/picture", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{`id="national-map"`}},
		scenario{name: "picture by red lights", path: "/picture?batch=7&measure=red", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{"逾期（红灯）任务数"}},
		scenario{name: "picture: an unknown measure", path: "/picture?batch=7&measure=joy", as: "coordinator@1", status: 400, ctype: htmlType,
			want: []string{"joy"}},
		scenario{name: "picture: not for an evaluator", path: "/picture?batch=7", as: "evaluator@1", status: 403, ctype: htmlType},
		scenario{name: "matrix by status", path: "/matrix?batch=7&color=status", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{`class="st-not_started"`, `href="/tasks/{task:440000/1001}/below"`, `id="matrix-total"`}},
		// A province on the map leads to its own columns; the headline counts
		// what the table counts, in the table's word.
		scenario{name: "matrix of one province, from the map", path: "/matrix?batch=7&province=440000", as: "coordinator@1", status: 200, ctype: htmlType,
			want:    []string{"第七批 · 广东省 · 各事项落实情况", `href="/tasks/{task:440000/1001}/below"`, `href="/matrix?batch=7"`, `id="matrix-total"`},
			notWant: []string{">四川省<", ">北京市<"}},
		scenario{name: "matrix of a province that is none", path: "/matrix?batch=7&province=999999", as: "coordinator@1", status: 404, ctype: htmlType},
		scenario{name: "picture: headline in the table's word", path: "/picture?batch=7", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{"已落实"}},
		scenario{name: "matrix of a province: its own column", path: "/matrix?batch=7", as: "viewer@440000", status: 200, ctype: htmlType,
			want: []string{"广东省", "仅显示您有权查看"}, notWant: []string{"四川省", "北京市"}},
		scenario{name: "drill-down", path: "/tasks/{task:440000/1001}/below", as: "viewer@440000", status: 200, ctype: htmlType,
			want: []string{"深圳市", `id="below-total"`, "合计（等于本级）"}},
		scenario{name: "api matrix of a province", path: "/api/v1/matrix?batch=7", as: "reporter@510000", status: 200, ctype: jsonType,
			want: []string{`"unit": "四川省"`, `"partial": true`, `"total": {`}, notWant: []string{"广东省"}},
		scenario{name: "api drill-down", path: "/api/v1/tasks/{task:440000/1001}/below", as: "coordinator@1", status: 200, ctype: jsonType,
			want: []string{`"cells": [`, `"unit": "深圳市"`, `"leaves": `}},
		scenario{name: "api matrix of a missing batch", path: "/api/v1/matrix?batch=99", as: "coordinator@1", status: 404, ctype: jsonType},
		scenario{name: "api indicators", path: "/api/v1/items/1001/indicators", status: 200, ctype: jsonType,
			want: []string{`"indicators": [`, `"item_id": 1001`}},
		scenario{name: "api indicator create", method: "POST", path: "/api/v1/items/1001/indicators", as: "coordinator@1", header: jsonPost,
			body: `{"name": "审批时长中位数", "measure": "工作日", "direction": "lower", "baseline": 20, "target": 10}`, status: 201, ctype: jsonType,
			want: []string{`"name": "审批时长中位数"`, `"item_id": 1001`, `"baseline": 20`}},
		scenario{name: "api indicator: a bad direction", method: "POST", path: "/api/v1/items/1001/indicators", as: "coordinator@1", header: jsonPost,
			body: `{"name": "x", "direction": "up"}`, status: 400, ctype: jsonType, want: []string{"higher"}},
		scenario{name: "api indicator update of a missing one", method: "PUT", path: "/api/v1/indicators/999", as: "coordinator@1", header: jsonPost,
			body: `{"name": "x", "direction": "higher"}`, status: 404, ctype: jsonType},
		scenario{name: "api indicator delete of a missing one", method: "DELETE", path: "/api/v1/indicators/999", as: "coordinator@1", status: 404, ctype: jsonType},
		scenario{name: "indicator form", method: "POST", path: "/items/1002/indicators", as: "coordinator@1", header: formPost,
			body: "op=save&indicator_id=0&name=" + "网办率" + "&measure=%25&direction=higher&baseline=60&target=95", status: 303, ctype: ""},
		scenario{name: "item page: indicators, editable by the coordinator", path: "/items/1001", as: "coordinator@1", status: 200, ctype: htmlType,
			want: []string{"成效指标", "工程建设项目审批时长中位数", "越低越好", `action="/items/1001/indicators"`, `name="baseline"`}},
		scenario{name: "item page: indicators, read by everyone", path: "/items/1001", status: 200, ctype: htmlType,
			want: []string{"成效指标", "工程建设项目审批时长中位数", "建议"}, notWant: []string{`action="/items/1001/indicators"`}},
		// Where an item is in force: public, with no way into tasks or reports.
		scenario{name: "progress of an item, for everyone", path: "/items/1001/progress", status: 200, ctype: htmlType,
			want:    []string{"各地落实情况", "广东省", `href="/items/1001/progress/{task:440000/1001}"`, `id="progress-total"`, "覆盖率 = "},
			notWant: []string{`href="/tasks/`}},
		scenario{name: "progress below a province, for everyone", path: "/items/1001/progress/{task:440000/1001}", status: 200, ctype: htmlType,
			want: []string{"深圳市", `id="progress-total"`, `href="/items/1001/progress"`}, notWant: []string{`href="/tasks/`}},
		scenario{name: "progress: a task of another item", path: "/items/1002/progress/{task:440000/1001}", status: 404, ctype: htmlType},
		scenario{name: "progress: a task that is no number", path: "/items/1001/progress/abc", status: 400, ctype: htmlType},
		// Where the reforms stand at a place: found by search, public, the
		// task nearest to the place on its line of government.
		scenario{name: "search finds a place", path: "/search?q=" + url.QueryEscape("深圳"), status: 200, ctype: htmlType,
			want: []string{`href="/places/440300"`, "<mark>深圳</mark>市", "广东省"}},
		scenario{name: "a place's page, for everyone", path: "/places/440300", status: 200, ctype: htmlType,
			want:    []string{"深圳市 · 改革事项落实情况", "广东省 · 深圳市", `href="/items/1001"`, "深圳市"},
			notWant: []string{`href="/tasks/`}},
		scenario{name: "a county's page shows the task above it", path: "/places/440304", status: 200, ctype: htmlType,
			want: []string{"福田区 · 改革事项落实情况", "（上级）"}, notWant: []string{`href="/tasks/`}},
		scenario{name: "a ministry is no place", path: "/places/1", status: 404, ctype: htmlType},
		scenario{name: "item page links to its progress", path: "/items/1001", status: 200, ctype: htmlType,
			want: []string{`href="/items/1001/progress"`}},
		scenario{name: "indicator form: a baseline that is no number", method: "POST", path: "/items/1002/indicators", as: "coordinator@1", header: formPost,
			body: "op=save&indicator_id=0&name=x&direction=higher&baseline=abc", status: 400, ctype: htmlType, want: []string{"abc"}},
	)
}

// What each user sees of the matrix is cut by Authorize cell by cell, and
// the totals are the sums of what is shown.
func TestPictureVisibility(t *testing.T) {
	site := newTestSite(t, newFake(t))
	ministry, err := site.units.UnitByName(context.Background(), "国家知识产权局")
	if err != nil {
		t.Fatal(err)
	}
	mv := fmt.Sprintf("viewer@%d", ministry.ID)
	site.users.ensure(t, site.units, mv)
	b, err := site.cat.BatchByNumber(context.Background(), 7)
	if err != nil {
		t.Fatal(err)
	}
	responsible := map[int64][]string{}
	for _, it := range b.Items {
		responsible[it.ID] = it.Responsible
	}
	read := func(who string) apiMatrix {
		t.Helper()
		rec := serveBody(site.Server, http.MethodGet, "/api/v1/matrix?batch=7", site.as(t, who), "")
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: %d %s", who, rec.Code, rec.Body)
		}
		var m apiMatrix
		if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		var sum rollout.Tally
		for _, c := range m.Cells {
			sum.Add(c.Tally)
		}
		if sum != m.Total {
			t.Errorf("%s: total %+v, cells sum to %+v", who, m.Total, sum)
		}
		return m
	}
	all := read("coordinator@1")
	if all.Partial || len(all.Cells) < 31*20 {
		t.Errorf("coordinator: %d cells, partial %v", len(all.Cells), all.Partial)
	}
	gd := read("viewer@440000")
	for _, c := range gd.Cells {
		if !strings.HasPrefix(c.UnitCode, "44") && !strings.HasPrefix(c.UnitName, "广东") { // 广东省 or its FTZ
			t.Errorf("广东省's viewer sees %s", c.UnitName)
		}
	}
	if len(gd.Cells) < 22 || !gd.Partial {
		t.Errorf("广东省's viewer sees %d cells", len(gd.Cells))
	}
	ip := read(mv)
	items := map[int64]bool{}
	for _, c := range ip.Cells {
		items[c.ItemID] = true
		ok := false
		for _, r := range responsible[c.ItemID] {
			ok = ok || r == "国家知识产权局"
		}
		if !ok {
			t.Errorf("国家知识产权局 sees item %d-%d, not its own", c.Batch, c.ItemSeq)
		}
	}
	if len(items) < 5 || len(ip.Cells) < 5*31 {
		t.Errorf("国家知识产权局 sees %d items in %d cells", len(items), len(ip.Cells))
	}
	// The matrix API's shortcut for users who read every task (matrixCells:
	// the cells alone) answers what visible decides cell by cell.
	for _, who := range []string{"coordinator@1", "viewer@1", "reviewer@1", "viewer@440000", mv, "evaluator@1"} {
		u := site.users.ensure(t, site.units, who)
		r := httptest.NewRequestWithContext(rollout.WithActor(context.Background(), u), http.MethodGet, "/api/v1/matrix?batch=7", nil)
		cells, all, err := site.Server.matrixCells(r, 7)
		v, verr := site.Server.visible(r, 7)
		switch {
		case rollout.ErrorCode(err) != rollout.ErrorCode(verr):
			t.Errorf("%s: matrixCells: %v, visible: %v", who, err, verr)
		case err == nil && (all != v.All || !reflect.DeepEqual(cells, v.Cells)):
			t.Errorf("%s: matrixCells gives %d cells (all %v), visible %d (all %v)", who, len(cells), all, len(v.Cells), v.All)
		}
	}
	// The nav links to the picture for the users who may see part of it.
	for who, want := range map[string]bool{"coordinator@1": true, "viewer@440000": true, mv: true, "evaluator@1": false} {
		rec := serveBody(site.Server, http.MethodGet, "/", site.as(t, who), "")
		if got := strings.Contains(rec.Body.String(), `href="/picture"`); got != want {
			t.Errorf("%s: nav link %v, want %v", who, got, want)
		}
	}
}

// TestHeadlineEqualsTable: the picture's headline counts what its table
// counts — leaves, and leaves in force as reported and as verified, are the
// sums of the map table's columns — and names them with the table's words.
// 四川省 reported 已落地 and was accepted; 北京市 reported it and waits for
// review: both count as reported, 四川省 alone as verified.
func TestHeadlineEqualsTable(t *testing.T) {
	site := newTestSite(t, newFake(t))
	implemented(t, site, 510000, true)
	implemented(t, site, 110000, false)
	rec := serveBody(site.Server, http.MethodGet, "/picture?batch=7", site.as(t, "coordinator@1"), "")
	body := rec.Body.String()
	head := regexp.MustCompile(`末级任务 (\d+) 项；已上报已落实 (\d+) 项，覆盖率 [^；]+；复核通过已落实 (\d+) 项`).FindStringSubmatch(body)
	if head == nil {
		t.Fatalf("no headline in the table's words:\n%s", body)
	}
	table := body[strings.Index(body, `id="map-table"`):]
	if !strings.Contains(table, ">已上报已落实<") || !strings.Contains(table, ">复核通过已落实<") {
		t.Errorf("the map table does not say which figure each column counts")
	}
	table = table[:strings.Index(table, "</table>")]
	row := regexp.MustCompile(`(?s)<tr><th scope="row"[^>]*>.*?</th><td>(?:<a[^>]*>)?[^<]*(?:</a>)?</td><td><a href="[^"]*">(\d+)</a></td><td><a href="[^"]*">(\d+)</a></td><td><a href="[^"]*">(\d+)</a></td>`)
	var leaves, covered, verified int
	for _, m := range row.FindAllStringSubmatch(table, -1) {
		l, _ := strconv.Atoi(m[1])
		c, _ := strconv.Atoi(m[2])
		v, _ := strconv.Atoi(m[3])
		leaves, covered, verified = leaves+l, covered+c, verified+v
	}
	if fmt.Sprint(leaves) != head[1] || fmt.Sprint(covered) != head[2] || fmt.Sprint(verified) != head[3] || leaves == 0 {
		t.Errorf("headline says %s leaves, %s in force as reported, %s as verified; the table sums to %d, %d and %d",
			head[1], head[2], head[3], leaves, covered, verified)
	}
	if covered != 2 || verified != 1 {
		t.Errorf("in force: %d as reported, %d as verified; want 2 and 1", covered, verified)
	}
}

// implemented has the province's first-level task of item 1001 report
// 已落地 for 2024Q2, accepted by the level above when accept is set.
func implemented(t *testing.T, site *testSite, province int64, accept bool) int64 {
	t.Helper()
	id := site.tasks.first(t, province, 1001).ID
	ctx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, fmt.Sprintf("reporter@%d", province)))
	if _, err := site.reports.Step(ctx, id, rollout.EventAcknowledge, "", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := site.reports.SaveReport(ctx, &rollout.Report{TaskID: id, Period: "2024Q2", Status: rollout.StatusImplemented,
		Measures: "已印发实施方案并落地。"}, true); err != nil {
		t.Fatal(err)
	}
	if accept {
		if _, err := site.reports.Step(ctx, id, rollout.EventAccept, "", ""); err != nil {
			t.Fatal(err)
		}
	}
	return id
}

// Public pages show the verified figures only; the national pages show both
// and say which is which. 北京市's 已落地 awaits review: public pages do not
// count it; 四川省's was accepted: they do.
func TestPublicPagesCountVerified(t *testing.T) {
	site := newTestSite(t, newFake(t))
	sc := implemented(t, site, 510000, true)
	bj := implemented(t, site, 110000, false)
	statusOf := func(page, unit string) string {
		t.Helper()
		m := regexp.MustCompile(`<th scope="row" lang="zh-CN">(?:<a[^>]*>)?` + unit + `(?:</a>)?</th>\s*<td class="[^"]*">([^<]+)</td>`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("no row of %s:\n%s", unit, page)
		}
		return m[1]
	}
	rec := serveBody(site.Server, http.MethodGet, "/items/1001/progress", site.as(t, ""), "")
	page := rec.Body.String()
	if rec.Code != 200 || statusOf(page, "四川省") != "已落地" || statusOf(page, "北京市") != "未启动" {
		t.Errorf("public progress: %d; 四川省 %q, 北京市 %q", rec.Code, statusOf(page, "四川省"), statusOf(page, "北京市"))
	}
	if !strings.Contains(page, "复核通过状态") || !strings.Contains(page, "复核通过覆盖率") || strings.Contains(page, "已上报") {
		t.Errorf("public progress does not say it counts as verified only")
	}
	for _, place := range []struct {
		code int64
		want string
	}{{510000, "已落地"}, {110000, "未启动"}} {
		rec := serveBody(site.Server, http.MethodGet, fmt.Sprintf("/places/%d", place.code), site.as(t, ""), "")
		row := regexp.MustCompile(`(?s)<a href="/items/1001">[^<]*</a></th>.*?<td class="[^"]*">([^<]+)</td>`).FindStringSubmatch(rec.Body.String())
		if rec.Code != 200 || row == nil || row[1] != place.want {
			t.Errorf("place %d: %d, item 1001 %v; want %s", place.code, rec.Code, row, place.want)
		}
	}
	// The matrix and the API: both figures, named.
	rec = serveBody(site.Server, http.MethodGet, "/matrix?batch=7&color=status", site.as(t, "coordinator@1"), "")
	page = rec.Body.String()
	for id, want := range map[int64]string{sc: "已上报 已落地 · 覆盖率 = (已落地 1", bj: "已上报 已落地 · 覆盖率 = (已落地 1"} {
		cell := regexp.MustCompile(`<td class="[^"]*" title="([^"]*)"><a class="cell" href="/tasks/` + fmt.Sprint(id) + `/below"`).FindStringSubmatch(page)
		if cell == nil || !strings.Contains(html.UnescapeString(cell[1]), want) {
			t.Errorf("matrix cell of task %d: %v", id, cell)
		}
		verified := "复核通过 未启动"
		if id == sc {
			verified = "复核通过 已落地"
		}
		if cell != nil && !strings.Contains(cell[1], verified) {
			t.Errorf("matrix cell of task %d: %q does not say %q", id, cell[1], verified)
		}
	}
	rec = serveBody(site.Server, http.MethodGet, "/api/v1/matrix?batch=7", site.as(t, "coordinator@1"), "")
	var m apiMatrix
	if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m.Total.Implemented != 2 || m.VerifiedTotal.Implemented != 1 || m.VerifiedTotal.Leaves != m.Total.Leaves {
		t.Errorf("api matrix totals: reported %+v, verified %+v", m.Total, m.VerifiedTotal)
	}
}

// linkedCount finds the number linked in the element with id on page body:
// the count and the address it links to.
func linkedCount(t *testing.T, body, id string) (int, string) {
	t.Helper()
	m := regexp.MustCompile(`id="` + id + `"[^>]*>[^<]*<strong><a href="([^"]+)">(\d+)</a>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no linked count #%s in:\n%s", id, body)
	}
	n, _ := strconv.Atoi(m[2])
	return n, strings.ReplaceAll(m[1], "&amp;", "&")
}

// listCount is the number of tasks an overdue list holds, read from its
// JSON twin, or the number of problems a problem list holds.
func listCount(t *testing.T, site *testSite, who, href string) int {
	t.Helper()
	api := "/api/v1" + href
	rec := site.getAs(t, who, "GET", api, nil)
	if rec.Code != http.StatusOK {
		t.Fatalf("GET %s: %d %s", api, rec.Code, rec.Body)
	}
	var out struct {
		Tasks    []json.RawMessage `json:"tasks"`
		Problems []json.RawMessage `json:"problems"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	return len(out.Tasks) + len(out.Problems)
}

// TestPictureRedEqualsOverdue: the leader's page shows the red count and the
// major problems of the batch; each number links to the list it counts, and
// that list holds as many (nationwide, for a province, for a ministry's items
// in a province), and the pages of those lists open.
func TestPictureRedEqualsOverdue(t *testing.T) {
	site := newTestSite(t, newFake(t))
	body := site.getAs(t, "coordinator@1", "GET", "/picture?batch=7", nil).Body.String()
	red, href := linkedCount(t, body, "picture-red")
	if red == 0 || !strings.HasPrefix(href, "/units/") || !strings.HasSuffix(href, "/overdue?batch=7") {
		t.Fatalf("red count %d links to %q", red, href)
	}
	if n := listCount(t, site, "coordinator@1", href); n != red {
		t.Errorf("the page says %d red tasks; %s lists %d", red, href, n)
	}
	if rec := site.getAs(t, "coordinator@1", "GET", href, nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), "仅列出第七批的任务") {
		t.Errorf("GET %s: %d", href, rec.Code)
	}
	// The province's row: its red count is its overdue list of the batch.
	row := regexp.MustCompile(`(?s)<a href="/matrix\?batch=7&amp;province=440000">[^<]*</a>.*?<td class="red-count"><a href="([^"]+)">(\d+)</a></td>`).FindStringSubmatch(body)
	if row == nil {
		t.Fatalf("广东省's row has no linked red count")
	}
	gdRed, _ := strconv.Atoi(row[2])
	gdHref := strings.ReplaceAll(row[1], "&amp;", "&")
	if n := listCount(t, site, "coordinator@1", gdHref); n != gdRed || gdRed == 0 || gdRed > red {
		t.Errorf("广东省: the row says %d red tasks; %s lists %d (nationwide %d)", gdRed, gdHref, n, red)
	}
	// Major problems: listed on the page, counted, and linked to the State
	// Council's view of the batch, which holds as many.
	major, mhref := linkedCount(t, body, "picture-major")
	if major == 0 || mhref != "/problems?major=1&batch=7" || !strings.Contains(body, `id="major-table"`) {
		t.Fatalf("major problems: %d linked to %q", major, mhref)
	}
	if n := listCount(t, site, "coordinator@1", mhref); n != major {
		t.Errorf("the page says %d major problems; %s lists %d", major, mhref, n)
	}
	if rec := site.getAs(t, "coordinator@1", "GET", "/problems?major=1&batch=6", nil); rec.Code != 200 || strings.Contains(rec.Body.String(), `href="/problems/`) {
		t.Errorf("another batch's major problems: %d", rec.Code)
	}
	// A province's viewer sees its own red count, and no major problems
	// (the State Council's view is not its to read).
	body = site.getAs(t, "viewer@440000", "GET", "/picture?batch=7", nil).Body.String()
	if strings.Contains(body, `id="picture-major"`) || !strings.Contains(body, `id="picture-red"`) {
		t.Errorf("a province's viewer: major problems shown or no red count")
	}
	// Every count of the map table and of the summaries is a link.
	body = site.getAs(t, "coordinator@1", "GET", "/picture?batch=7", nil).Body.String()
	for _, id := range []string{`id="map-table"`, `id="central-h"`, `id="domain-h"`} {
		part := body[strings.Index(body, id):]
		part = part[:strings.Index(part, "</table>")]
		if bare := regexp.MustCompile(`<td[^>]*>\d+(\.\d+%)?</td>`).FindString(part); bare != "" {
			t.Errorf("%s: a number without its list: %s", id, bare)
		}
	}
}

// TestMinistryView: a ministry's view is the matrix of its items by province
// (?responsible=), with a red count per province that links to that
// province's overdue list of the ministry's items — which the ministry may
// open, and which holds as many — and the risk register names the item, the
// unit and the level of each risk.
func TestMinistryView(t *testing.T) {
	site := newTestSite(t, newFake(t))
	ministry, err := site.units.UnitByName(context.Background(), "住房城乡建设部")
	if err != nil {
		t.Fatal(err)
	}
	mv := fmt.Sprintf("viewer@%d", ministry.ID)
	site.users.ensure(t, site.units, mv)
	path := "/matrix?batch=7&responsible=" + url.QueryEscape("住房城乡建设部")
	rec := site.getAs(t, mv, "GET", path, nil)
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "仅列出住房城乡建设部负责的改革事项") || !strings.Contains(body, `class="red-row"`) {
		t.Fatalf("GET %s: %d\n%s", path, rec.Code, body)
	}
	cells := regexp.MustCompile(`<td class="red-count"><a href="([^"]+)">(\d+)</a></td>`).FindAllStringSubmatch(body, -1)
	if len(cells) < 31 {
		t.Fatalf("%d linked red counts, want one a province", len(cells))
	}
	total := 0
	for _, c := range cells {
		n, _ := strconv.Atoi(c[2])
		href := strings.ReplaceAll(c[1], "&amp;", "&")
		if !strings.Contains(href, "responsible=") {
			t.Fatalf("a red count links to %s, not the ministry's list", href)
		}
		if n > 0 || total == 0 {
			if got := listCount(t, site, mv, href); got != n {
				t.Errorf("the matrix says %d; %s lists %d", n, href, got)
			}
			if rec := site.getAs(t, mv, "GET", href, nil); rec.Code != 200 {
				t.Errorf("the ministry may not open %s: %d", href, rec.Code)
			}
		}
		total += n
	}
	if total == 0 {
		t.Error("no red task among the ministry's items")
	}
	// Not its items, not its list: another responsible unit's list is refused.
	if rec := site.getAs(t, mv, "GET", "/units/440000/overdue?batch=7&responsible="+url.QueryEscape("海关总署"), nil); rec.Code != 403 {
		t.Errorf("another ministry's list: %d, want 403", rec.Code)
	}
	if rec := site.getAs(t, mv, "GET", "/units/440000/overdue?batch=7", nil); rec.Code != 403 {
		t.Errorf("the province's whole list: %d, want 403", rec.Code)
	}
	// The ministry's own matrix, unfiltered, links its red counts to the
	// lists of its items, which hold as many.
	body = site.getAs(t, mv, "GET", "/matrix?batch=7", nil).Body.String()
	own := regexp.MustCompile(`<td class="red-count"><a href="([^"]+)">(\d+)</a></td>`).FindAllStringSubmatch(body, -1)
	if len(own) < 31 {
		t.Fatalf("the ministry's matrix: %d linked red counts", len(own))
	}
	seen := 0
	for i, c := range own {
		n, _ := strconv.Atoi(c[2])
		if n == 0 && i > 0 {
			continue
		}
		seen += n
		href := strings.ReplaceAll(c[1], "&amp;", "&")
		if !strings.Contains(href, "responsible="+url.QueryEscape("住房城乡建设部")) {
			t.Errorf("the ministry's red count links to %s", href)
		}
		if got := listCount(t, site, mv, href); got != n {
			t.Errorf("the ministry's matrix says %d; %s lists %d", n, href, got)
		}
	}
	if seen == 0 {
		t.Error("the ministry's matrix counts no red task")
	}
	// The picture's summary by responsible unit leads to this view.
	body = site.getAs(t, "coordinator@1", "GET", "/picture?batch=7", nil).Body.String()
	if !strings.Contains(body, `href="/matrix?batch=7&amp;responsible=`+url.QueryEscape("住房城乡建设部")+`"`) {
		t.Error("the picture's summary does not lead to the ministry's view")
	}
}
