package web

import (
	"fmt"
	"strings"
	"testing"
)

// Each role's home shows its workbench, with links that lead to what it
// counts; a visitor sees the catalogue only.
func TestDesks(t *testing.T) {
	site := newTestSite(t, newFake(t))
	customs, err := site.units.UnitByName(t.Context(), "海关总署")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		as      string
		want    []string
		notWant []string
	}{
		{"", []string{"复制推广批次"}, []string{"工作台"}},
		// 深圳市 reported item 1 (red, awaiting review); 福田区's task waits.
		{"reporter@440304", []string{"工作台", "福田区</span> · 本单位的任务", "待签收", `href="/units/440304/tasks"`}, []string{"省级报告待复核"}},
		{"reviewer@440000", []string{"广东省</span> · 待复核", `href="/units/440000/reviews"`, `href="/tasks/{task:440300/1001}"`}, nil},
		{"reviewer@1", []string{"国务院</span> · 待复核", `href="/units/1/reviews"`}, []string{`href="/tasks/{task:440300/1001}"`}},
		{"coordinator@1", []string{"导入新通知", `href="/notices/new"`, `href="/batches/7/assignment"`, "省级报告待复核（一级任务）",
			`href="/units/1/reviews"`, "红灯任务（按省）", "重点难点问题", "复制推广批次"}, []string{"本单位的任务"}},
		{fmt.Sprintf("viewer@%d", customs.ID), []string{"海关总署</span> · 负责的改革事项", "出口货物检验检疫单“云签发”平台", "红灯所在省份"}, nil},
		{"evaluator@1", []string{"评估轮次"}, []string{"导入新通知"}},
		{"administrator@1", []string{"账号与审计", `href="/admin/audit"`}, []string{"导入新通知"}},
	} {
		rec := site.getAs(t, c.as, "GET", "/", nil)
		body := rec.Body.String()
		if rec.Code != 200 {
			t.Errorf("%s: %d", c.as, rec.Code)
		}
		for _, w := range c.want {
			if w = site.expand(t, w); !strings.Contains(body, w) {
				t.Errorf("%s: the home lacks %q\n%s", c.as, w, body[strings.Index(body, "<main"):])
			}
		}
		for _, w := range c.notWant {
			if w = site.expand(t, w); strings.Contains(body, w) {
				t.Errorf("%s: the home has %q", c.as, w)
			}
		}
	}
	// The coordinator's 待复核 leads to the first-level queue.
	if body := site.getAs(t, "coordinator@1", "GET", "/", nil).Body.String(); !strings.Contains(body, `<a href="/units/1/reviews" aria-current`) &&
		!strings.Contains(body, `<a href="/units/1/reviews">待复核</a>`) {
		t.Error("the coordinator's header does not lead to the first-level queue")
	}
}

// A province's report on its first-level task waits in the root's queue (the
// coordinators'), a city's in its province's only (docs/roles.md).
func TestReviewQueuesByGiver(t *testing.T) {
	site := newTestSite(t, newFake(t))
	id := site.expand(t, "{task:440000/1002}")
	site.tasks.mu.Lock()
	for _, tk := range site.tasks.tasks {
		if fmt.Sprint(tk.ID) == id {
			tk.State = "reported"
		}
	}
	site.tasks.mu.Unlock()
	root := site.getAs(t, "coordinator@1", "GET", "/units/1/reviews", nil).Body.String()
	gd := site.getAs(t, "reviewer@440000", "GET", "/units/440000/reviews", nil).Body.String()
	if !strings.Contains(root, `href="/tasks/`+id+`"`) || strings.Contains(root, site.expand(t, `href="/tasks/{task:440300/1001}"`)) {
		t.Errorf("the root's queue:\n%s", root)
	}
	if strings.Contains(gd, `href="/tasks/`+id+`"`) || !strings.Contains(gd, site.expand(t, `href="/tasks/{task:440300/1001}"`)) {
		t.Errorf("广东省's queue:\n%s", gd)
	}
	if home := site.getAs(t, "coordinator@1", "GET", "/", nil).Body.String(); !strings.Contains(home, `<span class="count" id="n-first-level">1</span>`) {
		t.Error("the coordinator's workbench does not count the first-level report")
	}
}
