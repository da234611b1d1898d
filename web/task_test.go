package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"rollout"
)

// form encodes a division form: choices as role-{id}, then the shared fields.
func form(choices map[int64]string, fields ...string) string {
	v := url.Values{}
	for id, role := range choices {
		v.Set(fmt.Sprintf("role-%d", id), role)
	}
	for i := 0; i+1 < len(fields); i += 2 {
		v.Set(fields[i], fields[i+1])
	}
	return v.Encode()
}

// TestDivideFormPost: Guangdong divides item 24 (coastal) as in journey 2: the
// provincial ecology department leads, two coastal cities take part. The post
// redirects to the item's tree, which shows the new tasks under Guangdong.
func TestDivideFormPost(t *testing.T) {
	site := newTestSite(t, newFake(t))
	parent := site.tasks.first(t, guangdong, 1024)
	body := form(map[int64]string{gdEcology: "lead", guangzhou: "co", zhuhai: "co", gdCommerce: "none"},
		"deadline", " 2024年6月底前 ", "deliverable", "入海排污口分类整治方案", "contact", "省生态环境厅海洋处 020-00000000", "notes", "按职责分工负责")
	rec := site.serveAs(t, gdReporter, "POST", fmt.Sprintf("/tasks/%d/divide", parent.ID), formPost, body)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("status %d, want 303\n%s", rec.Code, rec.Body)
	}
	want := fmt.Sprintf("/items/1024/tree?divided=3#task-%d", parent.ID)
	if loc := rec.Header().Get("Location"); loc != want {
		t.Fatalf("Location %q, want %q", loc, want)
	}

	stored := site.tasks.under(parent.ID)
	if len(stored) != 3 {
		t.Fatalf("%d tasks under Guangdong's, want 3", len(stored))
	}
	roles := map[int64]rollout.TaskRole{}
	for _, task := range stored {
		roles[task.UnitID] = task.Role
		if task.Deadline.Text != "2024年6月底前" || !task.Deadline.Date.Equal(time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: deadline %+v, want 2024年6月底前 = 30 June 2024", task.UnitName, task.Deadline)
		}
		if task.Deliverable != "入海排污口分类整治方案" || task.Contact != "省生态环境厅海洋处 020-00000000" || task.Notes != "按职责分工负责" {
			t.Errorf("%s: fields %q %q %q", task.UnitName, task.Deliverable, task.Contact, task.Notes)
		}
	}
	if roles[gdEcology] != rollout.RoleLead || roles[guangzhou] != rollout.RoleCo || roles[zhuhai] != rollout.RoleCo {
		t.Errorf("roles %v", roles)
	}

	tree := site.getAs(t, gdReporter, "GET", strings.Split(want, "#")[0], nil).Body.String()
	for _, w := range []string{"已将任务分解到3个单位。", "省生态环境厅", "广州市", "珠海市", "下级任务 3 个", "入海排污口分类整治方案",
		fmt.Sprintf(`id="task-%d"`, parent.ID)} {
		if !strings.Contains(tree, w) {
			t.Errorf("the tree lacks %q", w)
		}
	}

	// The form now shows the division, and a second post updates it in place.
	page := site.getAs(t, gdReporter, "GET", fmt.Sprintf("/tasks/%d/divide", parent.ID), nil).Body.String()
	for _, w := range []string{"已分解的任务", `id="role-440400-co" name="role-440400" value="co" checked`, `value="入海排污口分类整治方案"`} {
		if !strings.Contains(page, w) {
			t.Errorf("the form lacks %q", w)
		}
	}
	body = form(map[int64]string{gdEcology: "co", guangzhou: "lead", zhuhai: "co"}, "deadline", "持续推进")
	if rec := site.serveAs(t, gdReporter, "POST", fmt.Sprintf("/tasks/%d/divide", parent.ID), formPost, body); rec.Code != http.StatusSeeOther {
		t.Fatalf("second post: %d\n%s", rec.Code, rec.Body)
	}
	stored = site.tasks.under(parent.ID)
	if len(stored) != 3 {
		t.Fatalf("after the update %d tasks, want 3 (one per unit)", len(stored))
	}
	for _, task := range stored {
		if task.UnitID == guangzhou && task.Role != rollout.RoleLead {
			t.Errorf("广州市 is %s, want lead", task.Role)
		}
		if task.Deadline.Text != "持续推进" || task.Deadline.HasDate() {
			t.Errorf("%s: deadline %+v, want the phrase 持续推进 without a date", task.UnitName, task.Deadline)
		}
	}
}

// TestDivideFormRefused: each refusal shows the form again with the message and
// what was entered, and stores nothing.
func TestDivideFormRefused(t *testing.T) {
	fields := []string{"deadline", "2024年6月底前", "deliverable", "实施方案", "notes", "<保留>"}
	tests := []struct {
		name     string
		item     int64 // Guangdong's task for this item
		choices  map[int64]string
		fields   []string
		header   http.Header
		status   int
		want     []string
		divides  int // calls of Divide: 0 when the web refuses first
		divideEr error
	}{
		{name: "no unit chosen", item: 1024, choices: map[int64]string{guangzhou: "none"}, fields: fields, status: 400,
			want: []string{`<a href="#units">请至少选择一个单位。</a>`, `value="2024年6月底前"`, `value="实施方案"`, "&lt;保留&gt;</textarea>"}},
		{name: "two leads", item: 1024, choices: map[int64]string{guangzhou: "lead", shenzhen: "lead", zhuhai: "co"}, fields: fields, status: 400,
			want: []string{"只能有一个牵头单位：广州市、深圳市 都被设为牵头。", `id="role-440100-lead" name="role-440100" value="lead" checked`,
				`id="role-440300-lead" name="role-440300" value="lead" checked`, `id="role-440400-co" name="role-440400" value="co" checked`, `value="实施方案"`}},
		{name: "a second lead beside the stored one", item: 1001,
			choices: map[int64]string{gdHousing: "lead", guangzhou: "co", shenzhen: "co", zhuhai: "lead"}, fields: fields, status: 400,
			want: []string{"只能有一个牵头单位：省住房城乡建设厅、珠海市 都被设为牵头。"}},
		{name: "a second lead, the stored one left out of the post", item: 1001,
			choices: map[int64]string{zhuhai: "lead"}, fields: fields, status: 400,
			want: []string{"只能有一个牵头单位：珠海市、省住房城乡建设厅 都被设为牵头。"}},
		{name: "a unit not below", item: 1024, choices: map[int64]string{guangzhou: "lead", 110105: "co"}, fields: fields, status: 400,
			want: []string{`<a href="#units">“朝阳区”不是“广东省”的下级单位，不能向其分解任务。</a>`, `value="2024年6月底前"`, `id="role-440100-lead" name="role-440100" value="lead" checked`}},
		{name: "a unit that does not exist", item: 1024, choices: map[int64]string{guangzhou: "lead"}, fields: fields, status: 400,
			divideEr: rollout.Errorf(rollout.ENOTFOUND, "未找到编号为7的单位。"), want: []string{"未找到编号为7的单位。", `value="实施方案"`}, divides: 1},
		{name: "no deadline", item: 1024, choices: map[int64]string{guangzhou: "lead"}, fields: []string{"deadline", "  "}, status: 400,
			want: []string{`<a href="#deadline">请填写完成时限`, `aria-describedby="deadline-hint form-error"`}},
		{name: "deadline too long", item: 1024, choices: map[int64]string{guangzhou: "lead"}, fields: []string{"deadline", strings.Repeat("长", 51)}, status: 400,
			want: []string{"完成时限过长：最多50个字，现有51个字。", strings.Repeat("长", 51)}},
		{name: "notes too long", item: 1024, choices: map[int64]string{guangzhou: "lead"}, fields: []string{"deadline", "持续推进", "notes", strings.Repeat("注", 1001)}, status: 400,
			want: []string{`<a href="#notes">备注过长`}},
		{name: "an unknown part", item: 1024, choices: map[int64]string{guangzhou: "boss"}, fields: fields, status: 400,
			want: []string{"分工“boss”无效"}},
		{name: "a bad unit key", item: 1024, choices: map[int64]string{}, fields: append([]string{"role-abc", "lead"}, fields...), status: 400,
			want: []string{"单位编号“abc”无效。"}},
		{name: "in English", item: 1024, choices: map[int64]string{}, fields: fields, status: 400,
			header: http.Header{"Cookie": {"lang=en"}}, want: []string{`<html lang="en">`, "Nothing was saved", "Choose at least one unit."}},
		{name: "storage fails", item: 1024, choices: map[int64]string{guangzhou: "lead"}, fields: fields, status: 500,
			divideEr: errors.New("disk full"), want: []string{"系统错误"}, divides: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, newFake(t))
			site.tasks.divideErr = tt.divideEr
			parent := site.tasks.first(t, guangdong, tt.item)
			before := len(site.tasks.under(parent.ID))
			header := http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}
			for k, v := range tt.header {
				header[k] = v
			}
			rec := site.serveAs(t, gdReporter, "POST", fmt.Sprintf("/tasks/%d/divide", parent.ID), header, form(tt.choices, tt.fields...))
			body := rec.Body.String()
			if rec.Code != tt.status || rec.Header().Get("Content-Type") != htmlType {
				t.Fatalf("%d %q, want %d HTML\n%s", rec.Code, rec.Header().Get("Content-Type"), tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("lacks %q", w)
				}
			}
			if tt.status == 400 && !strings.Contains(body, `<form class="divide"`) {
				t.Error("the form is not shown again")
			}
			if after := len(site.tasks.under(parent.ID)); after != before {
				t.Errorf("%d tasks under the parent, %d before: something was stored", after, before)
			}
			if site.tasks.divides != tt.divides {
				t.Errorf("Divide called %d times, want %d", site.tasks.divides, tt.divides)
			}
		})
	}
}

// TestAPIDivide: POST /api/v1/tasks/{id}/divisions.
func TestAPIDivide(t *testing.T) {
	ok := `{"divisions": [
  {"unit_id": 440093, "role": "lead", "deadline": "2024年6月底前", "deliverable": "方案", "contact": "020-1", "notes": "n"},
  {"unit_id": 440100, "role": "co", "deadline": "持续推进"}
]}`
	tests := []struct {
		name    string
		task    int64 // 0: Guangdong's task for item 24
		ctype   string
		body    string
		lang    string
		status  int
		want    []string
		divides int
	}{
		{name: "created", ctype: "application/json", body: ok, status: 201,
			want: []string{`"count": 2`, `"unit": "省生态环境厅"`, `"unit_kind": "department"`, `"role": "lead"`, `"date": "2024-06-30"`,
				`"text": "持续推进"`, `"parent_unit": "广东省"`, `"item_seq": 24`, `"contact": "020-1"`}, divides: 1},
		{name: "charset utf-8 is fine", ctype: "application/json; charset=UTF-8", body: ok, status: 201, divides: 1},
		{name: "no content type", body: ok, status: 415, want: []string{`"code": "unsupported_media_type"`}},
		{name: "a form", ctype: "application/x-www-form-urlencoded", body: "a=b", status: 415},
		{name: "another charset", ctype: "application/json; charset=gbk", body: ok, status: 415},
		{name: "in English", ctype: "text/plain", body: ok, lang: "en", status: 415, want: []string{"must be JSON"}},
		{name: "empty", ctype: "application/json", body: " \n", status: 400, want: []string{"请求体为空"}},
		{name: "syntax", ctype: "application/json", body: "{\n  \"divisions\": [\n    {\"unit_id\": 440100,}\n  ]\n}", status: 400,
			want: []string{`"code": "invalid"`, "JSON 语法错误，位于第3行第24列"}},
		{name: "incomplete", ctype: "application/json", body: `{"divisions": [`, status: 400, want: []string{"JSON 不完整：在第1行第16列意外结束。"}},
		{name: "a string for a number", ctype: "application/json", body: `{"divisions": [{"unit_id": "广州市"}]}`, status: 400,
			want: []string{"字段 divisions.unit_id 应为整数，收到的是 string"}},
		{name: "an object for a list", ctype: "application/json", body: `{"divisions": {}}`, status: 400,
			want: []string{"字段 divisions 应为数组"}},
		{name: "a list for the body", ctype: "application/json", body: `[]`, status: 400, want: []string{"应为对象"}},
		{name: "unknown field", ctype: "application/json", body: `{"divisons": []}`, status: 400, want: []string{`未知字段 \"divisons\"`}},
		{name: "two objects", ctype: "application/json", body: ok + ` {}`, status: 400, want: []string{"JSON 对象之后还有多余内容"}},
		{name: "no divisions", ctype: "application/json", body: `{"divisions": []}`, status: 400, want: []string{"divisions 不能为空"}},
		{name: "no unit", ctype: "application/json", body: `{"divisions": [{"role": "co", "deadline": "x"}]}`, status: 400,
			want: []string{"divisions[0].unit_id 应为正整数"}},
		{name: "bad role", ctype: "application/json", body: `{"divisions": [{"unit_id": 440100, "role": "implement", "deadline": "x"}]}`, status: 400,
			want: []string{"divisions[0].role 应为 lead（牵头）或 co（配合），收到“implement”。"}},
		{name: "no deadline", ctype: "application/json", body: `{"divisions": [{"unit_id": 440100, "role": "co"}]}`, status: 400,
			want: []string{"divisions[0].deadline 不能为空"}},
		{name: "long deliverable", ctype: "application/json",
			body:   `{"divisions": [{"unit_id": 440100, "role": "co", "deadline": "x", "deliverable": "` + strings.Repeat("成", 201) + `"}]}`,
			status: 400, want: []string{"divisions[0].deliverable 过长：最多200个字，现有201个字。"}},
		{name: "a unit twice", ctype: "application/json",
			body:   `{"divisions": [{"unit_id": 440100, "role": "co", "deadline": "x"}, {"unit_id": 440100, "role": "lead", "deadline": "x"}]}`,
			status: 400, want: []string{"divisions[1]：单位 440100 已在 divisions[0] 中出现。"}},
		{name: "two leads", ctype: "application/json",
			body:   `{"divisions": [{"unit_id": 440100, "role": "lead", "deadline": "x"}, {"unit_id": 440300, "role": "lead", "deadline": "x"}]}`,
			status: 400, want: []string{"只能有一个牵头单位：广州市、深圳市 都被设为牵头。"}},
		{name: "two leads in English", ctype: "application/json", lang: "en",
			body:   `{"divisions": [{"unit_id": 440100, "role": "lead", "deadline": "x"}, {"unit_id": 440300, "role": "lead", "deadline": "x"}]}`,
			status: 400, want: []string{"There can be one lead unit only: 广州市, 深圳市 are all set to lead."}},
		{name: "not below", ctype: "application/json", body: `{"divisions": [{"unit_id": 110105, "role": "co", "deadline": "x"}]}`,
			status: 400, want: []string{"“朝阳区”不是“广东省”的下级单位，不能向其分解任务。"}},
		{name: "missing task", task: 999999, ctype: "application/json", body: ok, status: 404, want: []string{"未找到编号为999999的任务。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, newFake(t))
			parent := site.tasks.first(t, guangdong, 1024)
			id := orID(tt.task, parent.ID)
			header := http.Header{}
			if tt.ctype != "" {
				header.Set("Content-Type", tt.ctype)
			}
			target := fmt.Sprintf("/api/v1/tasks/%d/divisions", id)
			if tt.lang != "" {
				target += "?lang=" + tt.lang
			}
			rec := site.serveAs(t, gdReporter, "POST", target, header, tt.body)
			body := rec.Body.String()
			if rec.Code != tt.status || rec.Header().Get("Content-Type") != jsonType {
				t.Fatalf("%d %q, want %d JSON\n%s", rec.Code, rec.Header().Get("Content-Type"), tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("lacks %q in\n%s", w, body)
				}
			}
			if site.tasks.divides != tt.divides {
				t.Errorf("Divide called %d times, want %d", site.tasks.divides, tt.divides)
			}
			stored := len(site.tasks.under(parent.ID))
			if tt.status == 201 {
				var out apiTaskList
				if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
					t.Fatal(err)
				}
				if out.Count != stored || out.Tasks[0].ParentID != parent.ID || out.Tasks[0].UnitID != gdEcology {
					t.Errorf("answer %+v; %d stored", out, stored)
				}
			} else if stored != 0 {
				t.Errorf("%d tasks stored after a refusal", stored)
			}
		})
	}
}

func orID(a, b int64) int64 {
	if a != 0 {
		return a
	}
	return b
}

// TestAPIBodyLimits: a body over 1 MiB is refused with 413, as JSON for the API
// and as a page for the form, before anything is stored.
func TestAPIBodyLimits(t *testing.T) {
	site := newTestSite(t, newFake(t))
	parent := site.tasks.first(t, guangdong, 1024)
	big := `{"divisions": [{"unit_id": 440100, "role": "co", "deadline": "x", "notes": "` + strings.Repeat("x", maxBody) + `"}]}`
	rec := site.serveAs(t, gdReporter, "POST", fmt.Sprintf("/api/v1/tasks/%d/divisions", parent.ID), jsonPost, big)
	if rec.Code != 413 || !strings.Contains(rec.Body.String(), `"code": "too_large"`) {
		t.Errorf("API: %d %s", rec.Code, rec.Body)
	}
	rec = site.serveAs(t, gdReporter, "POST", fmt.Sprintf("/tasks/%d/divide", parent.ID), formPost, "notes="+strings.Repeat("x", maxBody))
	if rec.Code != 413 || !strings.Contains(rec.Body.String(), "提交的内容过大") || !strings.Contains(rec.Body.String(), layoutEnd) {
		t.Errorf("form: %d %s", rec.Code, rec.Body)
	}
	if site.tasks.divides != 0 {
		t.Error("Divide was called")
	}
}

func TestPosition(t *testing.T) {
	body := []byte("{\n  \"一二\": x\n}")
	tests := []struct {
		off, line, col int
	}{
		{0, 1, 1}, {1, 1, 2}, {2, 2, 1}, {5, 2, 4}, {11, 2, 6}, {len(body), 3, 2}, {-3, 1, 1}, {999, 3, 2},
	}
	for _, tt := range tests {
		if line, col := position(body, tt.off); line != tt.line || col != tt.col {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
}

// TestDivisionMatrix: columns are the cities (and directly administered
// counties) below the province; each cell is the child's role under the
// province's own task for the row's item.
func TestDivisionMatrix(t *testing.T) {
	ctx := context.Background()
	site := newTestSite(t, newFake(t))
	for _, tt := range []struct {
		province int64
		columns  int
		first    string
	}{
		{guangdong, 21, "广州市"}, // 21 cities; departments and the FTZ are no columns
		{110000, 16, "东城区"},    // a municipality: its districts
		{460000, 19, "海口市"},    // Hainan: 4 cities and 15 directly administered counties
	} {
		children, _ := site.units.UnitChildren(ctx, tt.province)
		own, _ := site.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: tt.province})
		within, _ := site.tasks.Tasks(ctx, rollout.TaskFilter{Within: tt.province})
		m := newDivisionMatrix(own, within, children)
		if m == nil || len(m.Columns) != tt.columns || m.Columns[0].Name != tt.first || len(m.Rows) != len(own) {
			t.Errorf("%d: matrix %+v", tt.province, m)
			continue
		}
		for _, c := range m.Columns {
			if c.Kind != rollout.KindCity && c.Kind != rollout.KindCounty {
				t.Errorf("%d: column %s is a %s", tt.province, c.Name, c.Kind)
			}
		}
	}

	children, _ := site.units.UnitChildren(ctx, guangdong)
	own, _ := site.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: guangdong})
	within, _ := site.tasks.Tasks(ctx, rollout.TaskFilter{Within: guangdong})
	m := newDivisionMatrix(own, within, children)
	row := m.Rows[0] // item 1: 广州市 and 深圳市 take part, 省住房城乡建设厅 (no column) leads
	if row.Task.ItemSeq != 1 || row.Count != 2 {
		t.Fatalf("row 1: item %d, count %d; want item 1, 2 cities", row.Task.ItemSeq, row.Count)
	}
	for _, c := range row.Cells {
		want := rollout.TaskRole("")
		if c.Unit.ID == guangzhou || c.Unit.ID == shenzhen {
			want = rollout.RoleCo
		}
		if c.Role != want {
			t.Errorf("item 1 × %s: %q, want %q", c.Unit.Name, c.Role, want)
		}
	}
	if m.Rows[1].Count != 0 {
		t.Errorf("item 2: %d cities, want none", m.Rows[1].Count)
	}
	// 福田区 has a task under Shenzhen's, not under the province's: no column, no count.
	if newDivisionMatrix(nil, within, children) != nil {
		t.Error("a matrix without rows")
	}
	if newDivisionMatrix(own, within, nil) != nil {
		t.Error("a matrix without columns")
	}
}

// TestBuildTree: guidance tasks follow the item's list of responsible units
// with the first marked as lead; children put the lead unit first; a task
// whose parent is missing is kept apart, not dropped.
func TestBuildTree(t *testing.T) {
	it := &rollout.Item{Responsible: []string{"国家知识产权局", "中国人民银行", "金融监管总局"}}
	tasks := []*rollout.Task{
		{ID: 1, Role: rollout.RoleGuide, UnitName: "金融监管总局"},
		{ID: 2, Role: rollout.RoleGuide, UnitName: "国家知识产权局"},
		{ID: 3, Role: rollout.RoleGuide, UnitName: "中国人民银行"},
		{ID: 4, Role: rollout.RoleImplement, UnitName: "广东省", UnitKind: rollout.KindProvince},
		{ID: 5, Role: rollout.RoleImplement, UnitName: "广东自贸试验区", UnitKind: rollout.KindFTZ},
		{ID: 6, ParentID: 4, Role: rollout.RoleCo, UnitName: "广州市"},
		{ID: 7, ParentID: 4, Role: rollout.RoleLead, UnitName: "省知识产权局"},
		{ID: 8, ParentID: 6, Role: rollout.RoleCo, UnitName: "天河区"},
		{ID: 9, ParentID: 99, Role: rollout.RoleCo, UnitName: "某区"},
		{ID: 10, Role: rollout.RoleImplement, UnitName: "某开发区", UnitKind: rollout.KindCounty},
	}
	guide, implement, orphans := buildTree(it, tasks, nil)
	var names []string
	for _, n := range guide {
		names = append(names, fmt.Sprint(n.Task.UnitName, n.Lead))
	}
	if got := strings.Join(names, " "); got != "国家知识产权局true 中国人民银行false 金融监管总局false" {
		t.Errorf("guidance: %s", got)
	}
	if len(implement) != 3 || implement[0].Task.ID != 4 || implement[0].Descendants() != 3 {
		t.Fatalf("implement: %+v", implement)
	}
	if c := implement[0].Children; c[0].Task.UnitName != "省知识产权局" || c[1].Task.UnitName != "广州市" || c[1].Children[0].Task.UnitName != "天河区" {
		t.Errorf("children of 广东省: %v, %v", c[0].Task, c[1].Task)
	}
	if len(orphans) != 1 || orphans[0].Task.ID != 9 {
		t.Errorf("orphans: %+v", orphans)
	}
	for _, tt := range []struct {
		l    lang
		want string
	}{
		{zh, "1 个省级人民政府、1 个自贸试验区、1 个其他实施单位 · 指导单位 3 个 · 下级任务 3 个"},
		{en, "provincial governments: 1, Free Trade Zones: 1, other implementing units: 1 · guiding units: 3 · tasks divided below: 3"},
	} {
		if got := treeSummary(tt.l, guide, implement); got != tt.want {
			t.Errorf("summary %s: %q, want %q", tt.l.Code(), got, tt.want)
		}
	}
	if got := treeSummary(zh, nil, nil); got != "暂无实施单位 · 指导单位 0 个" {
		t.Errorf("empty summary: %q", got)
	}
}

// TestItemUnitLinks: on the item page a responsible unit links to its page when
// its name names exactly one unit; an unknown or ambiguous name stays text.
func TestItemUnitLinks(t *testing.T) {
	cat := newFake(t)
	site := newTestSite(t, cat)
	cat.batches[0].Items[0].Responsible = []string{"海关总署", "不存在的部门", "朝阳区"}
	body := site.getAs(t, "", "GET", "/items/1001", nil).Body.String()
	for _, w := range []string{`<strong><a href="/units/102">海关总署</a></strong>`, "<li>不存在的部门</li>", "<li>朝阳区</li>"} {
		if !strings.Contains(body, w) {
			t.Errorf("lacks %q", w)
		}
	}
	site.units.err = errors.New("units table locked")
	if rec := site.getAs(t, "", "GET", "/items/1001", nil); rec.Code != 500 {
		t.Errorf("a failing unit service: %d, want 500", rec.Code)
	}
}

// TestUnitAndTaskInternalErrors: a failing unit or task service gives a 500
// with the generic message on every new route; the detail is logged only.
func TestUnitAndTaskInternalErrors(t *testing.T) {
	const detail = "database is locked"
	for _, which := range []string{"units", "tasks"} {
		site := newTestSite(t, newFake(t))
		id := site.tasks.first(t, guangdong, 1001).ID
		if which == "units" {
			site.units.err = errors.New(detail)
		} else {
			site.tasks.err = errors.New(detail)
		}
		const both = "省发展改委,省地方金融管理局"
		for _, tt := range []struct{ uses, method, path, body, ctype string }{
			{"units", "GET", "/units/440000", "", ""},
			{"units tasks", "GET", "/units/440000/tasks", "", ""},
			{"units tasks", "GET", fmt.Sprintf("/tasks/%d/divide", id), "", ""},
			{"units tasks", "POST", fmt.Sprintf("/tasks/%d/divide", id), "role-440100=lead&deadline=x", ""},
			{"units", "GET", "/api/v1/units/440000", "", ""},
			{"units tasks", "GET", "/api/v1/units/440000/tasks", "", ""},
			{"tasks", "GET", fmt.Sprintf("/api/v1/tasks/%d", id), "", ""},
			{"tasks", "GET", "/items/1001/tree", "", ""},
			{"tasks", "GET", "/api/v1/items/1001/tasks", "", ""},
			{"units tasks", "POST", fmt.Sprintf("/api/v1/tasks/%d/divisions", id), `{"divisions":[{"unit_id":440100,"role":"co","deadline":"x"}]}`, ""},
			{"units", "GET", "/units/440000/reissue", "", ""},
			{"units", "POST", "/units/440000/reissue", uploadBody, uploadHeader.Get("Content-Type")},
			{"units tasks", "POST", "/units/440000/reissue/confirm", confirmBody("省发展改委", "省地方金融管理局"), ""},
			{"units", "POST", "/api/v1/units/440000/reissue?batch=7&dry_run=true", gdReissue(), "text/plain"},
			{"units tasks", "POST", "/api/v1/units/440000/reissue?batch=7&create_units=" + q(both), gdReissue(), "text/plain"},
		} {
			if !strings.Contains(tt.uses, which) {
				continue
			}
			header := formPost
			switch {
			case tt.ctype != "":
				header = http.Header{"Content-Type": {tt.ctype}}
			case strings.HasPrefix(tt.path, "/api/"):
				header = jsonPost
			}
			rec := site.serveAs(t, "coordinator@1", tt.method, tt.path, header, tt.body)
			if rec.Code != 500 || strings.Contains(rec.Body.String(), detail) {
				t.Errorf("%s fails: %s %s: %d\n%s", which, tt.method, tt.path, rec.Code, rec.Body)
			}
		}
		if !strings.Contains(site.logs.String(), detail) {
			t.Errorf("%s fails: the detail is not logged", which)
		}
	}
}
