package web

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
)

// TestEvaluatorSeesOnlyItsRound: a third-party evaluator assigned to round 1
// reads and scores it, and is refused everything outside it — another round,
// a closed round it is not on, tasks, units, the national picture and matrix,
// the reviewer's pages, administration — by page and by API, without the
// refusal telling what it refuses.
func TestEvaluatorSeesOnlyItsRound(t *testing.T) {
	site := newTestSite(t, newFake(t))
	gdTask := site.expand(t, "{task:440000/1001}")
	for _, tc := range []struct {
		path string
		want int
	}{
		{"/rounds", 200},
		{"/rounds/1", 200},
		{"/rounds/1/score", 200},
		{"/rounds/1/scorecard", 200},
		{"/rounds/1/bulletin", 200},
		{"/api/v1/rounds/1/scorecard", 200},
		{"/rounds/2", 403},
		{"/rounds/2/bulletin", 403},
		{"/rounds/2/score", 403},
		{"/rounds/3", 403},
		{"/api/v1/rounds/2", 403},
		{"/api/v1/rounds/2/scores", 403},
		{"/api/v1/rounds/2/scorecard", 403},
		{"/rounds/new", 403},
		{"/units/440000", 403},
		{"/units/440000/tasks", 403},
		{"/api/v1/units/440000/tasks", 403},
		{"/tasks/" + gdTask, 403},
		{"/api/v1/tasks/" + gdTask, 403},
		{"/items/1001/tree", 403},
		{"/api/v1/items/1001/tasks", 403},
		{"/picture?batch=7", 403},
		{"/matrix?batch=7", 403},
		{"/api/v1/matrix?batch=7", 403},
		{"/tasks/" + gdTask + "/below", 403},
		{"/units/440000/reviews", 403},
		{"/units/1/overdue", 403},
		{"/admin/users", 403},
	} {
		rec := site.getAs(t, roundScorer, "GET", tc.path, nil)
		if rec.Code != tc.want {
			t.Errorf("GET %s: %d, want %d", tc.path, rec.Code, tc.want)
		}
		if tc.want == 403 && (strings.Contains(rec.Body.String(), "另一轮评估") || strings.Contains(rec.Body.String(), "广东")) {
			t.Errorf("GET %s: the refusal tells what it refuses", tc.path)
		}
	}
	// Writing outside its round: refused, nothing changed.
	for _, tc := range []struct{ method, path, body string }{
		{"PUT", "/api/v1/rounds/2/scores", `{"scores": [{"unit_id": 440000, "criterion": 1, "value": 5}]}`},
		{"POST", "/api/v1/rounds/1/close", `{}`},
		{"PUT", "/api/v1/rounds/1/evaluators", `{"evaluators": []}`},
	} {
		if rec := site.serveAs(t, roundScorer, tc.method, tc.path, jsonPost, tc.body); rec.Code != http.StatusForbidden {
			t.Errorf("%s %s: %d, want 403", tc.method, tc.path, rec.Code)
		}
	}
	if site.evals.writes != 0 {
		t.Errorf("the refused writes changed %d things", site.evals.writes)
	}
	// Its nav offers its rounds, not the units' pages.
	body := site.getAs(t, roundScorer, "GET", "/rounds", nil).Body.String()
	if !strings.Contains(body, `href="/rounds"`) || strings.Contains(body, "/overdue") || strings.Contains(body, "/reviews") {
		t.Errorf("the evaluator's navigation:\n%s", body)
	}
}

// TestBulletinUnscoredApart: a unit no evaluator has scored, in a round that
// weighs the rubric, is named apart in the bulletin, the report and the
// scorecard, and holds no rank; once scored it is ranked.
func TestBulletinUnscoredApart(t *testing.T) {
	site := newTestSite(t, newFake(t))
	body := site.getAs(t, "coordinator@1", "GET", "/rounds/1/bulletin", nil).Body.String()
	if !strings.Contains(body, "省级单位中尚未评分的 2 个单位不参加排名：广东省、四川省。") || strings.Contains(body, "（并列）") ||
		strings.Contains(body, `<table class="doc-table">`) {
		t.Errorf("the bulletin of a round nobody scored:\n%s", body)
	}
	if rec := site.serveAs(t, rootScorer, "PUT", "/api/v1/rounds/1/scores", jsonPost,
		`{"scores": [{"unit_id": 440000, "criterion": 1, "value": 8}]}`); rec.Code != http.StatusOK {
		t.Fatalf("scoring: %d %s", rec.Code, rec.Body)
	}
	body = site.getAs(t, "coordinator@1", "GET", "/rounds/1/bulletin", nil).Body.String()
	ranked := regexp.MustCompile(`<tr><td class="num">1</td><th scope="row">广东省</th>`)
	if !ranked.MatchString(body) || !strings.Contains(body, "省级单位中尚未评分的 1 个单位不参加排名：四川省。") ||
		strings.Contains(body, `<th scope="row">四川省</th>`) {
		t.Errorf("the bulletin with 广东省 scored:\n%s", body)
	}
	for _, path := range []string{"/rounds/1/report", "/rounds/1/scorecard"} {
		body = site.getAs(t, "coordinator@1", "GET", path, nil).Body.String()
		if !strings.Contains(body, "四川省") || !strings.Contains(body, "省级单位排名") {
			t.Errorf("%s lacks the ranking or the unscored unit", path)
		}
	}
	if !strings.Contains(body, `id="part-units-unscored"`) {
		t.Errorf("the scorecard lists no unscored part:\n%s", body)
	}
}
