package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"rollout"
)

// TestReportProblemBox: the 存在问题 box of a report, submitted through the
// page, raises a problem on the task in 问题协调 — 广州市's goes to 广东省 —
// which its problem page shows with the report it came from; a draft raises
// nothing; 福田区's report, whose task has a problem open, joins it (its words
// in the thread) instead of making a duplicate.
func TestReportProblemBox(t *testing.T) {
	site := newTestSite(t, newFake(t))
	_, _, ft, gz := loopTasks(t, site)
	problemsOf := func(task int64) []*rollout.Problem {
		t.Helper()
		ps, err := site.coord.Problems(t.Context(), rollout.ProblemFilter{TaskID: task})
		if err != nil {
			t.Fatal(err)
		}
		return ps
	}
	post := func(who string, task int64, version int, text, action string) *http.Response {
		t.Helper()
		rec := site.serveAs(t, who, "POST", fmt.Sprintf("/tasks/%d/report", task), formPost, reportFormBody("period", "2024Q2",
			"version", fmt.Sprint(version), "status", "in_progress", "measures", "正在推进。", "problem", "1", "problem_text", text, "action", action))
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("%s %s: %d\n%s", who, action, rec.Code, rec.Body)
		}
		return rec.Result()
	}
	text := "市级审批系统与省平台接口不统一\n需省里协调接口标准。"

	// A draft: nothing in 问题协调.
	post("reporter@440100", gz.ID, 1, text, "save")
	if ps := problemsOf(gz.ID); len(ps) != 0 {
		t.Fatalf("a draft raised %d problems", len(ps))
	}
	// Submitted: raised, at the city's province.
	post("reporter@440100", gz.ID, 2, text, "submit")
	ps := problemsOf(gz.ID)
	if len(ps) != 1 || ps[0].Level != rollout.LevelProvince || ps[0].Title != "市级审批系统与省平台接口不统一" || ps[0].UnitName != "广州市" {
		t.Fatalf("raised: %+v", ps)
	}
	page := site.serveAs(t, "reviewer@440000", "GET", fmt.Sprintf("/problems/%d", ps[0].ID), nil, "")
	body := page.Body.String()
	for _, want := range []string{"来自进展报告", fmt.Sprintf(`href="/tasks/%d?period=2024Q2#report"`, gz.ID), "由报告“存在问题”提出",
		"需省里协调接口标准。", `value="answer"`} {
		if page.Code != 200 || !strings.Contains(body, want) {
			t.Errorf("the problem page lacks %q: %d", want, page.Code)
		}
	}
	if rec := site.serveAs(t, "viewer@440300", "GET", fmt.Sprintf("/problems/%d", ps[0].ID), nil, ""); rec.Code != http.StatusForbidden {
		t.Errorf("深圳市 reads 广州市's problem: %d", rec.Code)
	}
	if rec := site.serveAs(t, "reviewer@440000", "GET", fmt.Sprintf("/problems?unit=%d&owed=1", guangdong), nil, ""); !strings.Contains(rec.Body.String(), "市级审批系统与省平台接口不统一") {
		t.Errorf("the province's list of problems it owes lacks it:\n%s", rec.Body)
	}

	// 福田区's task has problem 1 open: its report joins it.
	ctx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, "reporter@440304"))
	if _, err := site.reports.Step(ctx, ft.ID, rollout.EventAcknowledge, "", ""); err != nil {
		t.Fatal(err)
	}
	before := problemsOf(ft.ID)
	post("reporter@440304", ft.ID, 0, "区级系统仍无法接入。", "submit")
	after := problemsOf(ft.ID)
	if len(before) != 1 || len(after) != 1 {
		t.Fatalf("福田区's problems: %d, then %d", len(before), len(after))
	}
	p, _ := site.coord.Problem(t.Context(), after[0].ID)
	last := p.Thread[len(p.Thread)-1]
	if last.Kind != rollout.ProblemComment || last.Note != "区级系统仍无法接入。" || len(p.Reports) != 1 || p.Reports[0].Raised {
		t.Errorf("joined: %+v %+v", last, p.Reports)
	}
	page = site.serveAs(t, "reviewer@440000", "GET", fmt.Sprintf("/problems/%d", p.ID), nil, "")
	if !strings.Contains(page.Body.String(), "报告再次反映") || !strings.Contains(page.Body.String(), "区级系统仍无法接入。") {
		t.Errorf("the joined problem's page:\n%s", page.Body)
	}
}
