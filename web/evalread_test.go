package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"rollout"
)

// TestEvaluatorReadsWhatItScores: the evaluator of round 1 (广东省 and 四川省
// on items 1001 and 1002 for 2024Q2) reads 广东省's report of item 1001 for
// 2024Q2 — on the round's page of the unit, through the API and the file
// itself — and is refused every other report: another unit's (a city below
// 广东省), another period's, and the task itself; it writes nothing.
func TestEvaluatorReadsWhatItScores(t *testing.T) {
	site := newTestSite(t, newFake(t))
	gd, sz, _, _ := loopTasks(t, site)
	ctx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, "reporter@440000"))
	if _, err := site.reports.Step(ctx, gd.ID, rollout.EventAcknowledge, "", ""); err != nil {
		t.Fatal(err)
	}
	for _, p := range []rollout.Period{"2024Q2", "2024Q1"} {
		rep, err := site.reports.SaveReport(ctx, &rollout.Report{TaskID: gd.ID, Period: p, Status: rollout.StatusInProgress,
			Measures: "全省推行工程建设项目审批“三化”" + string(p),
			Evidence: []rollout.Evidence{{Title: "广东省实施方案", DocNo: "粤府办〔2024〕3号", Date: time.Date(2024, 4, 2, 0, 0, 0, 0, time.UTC)}}}, false)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := site.reports.AddAttachment(ctx, rep.ID, rollout.Evidence{Title: "全省审批清单", FileName: "清单" + string(p) + ".pdf"}, pdf); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := site.reports.Report(ctx, gd.ID, "2024Q2")
	if err != nil {
		t.Fatal(err)
	}
	var file rollout.Evidence
	for _, e := range rep.Evidence {
		if e.FileName != "" {
			file = e
		}
	}
	old, _ := site.reports.Report(ctx, gd.ID, "2024Q1")
	var oldFile rollout.Evidence
	for _, e := range old.Evidence {
		if e.FileName != "" {
			oldFile = e
		}
	}
	szRep, err := site.reports.Report(ctx, sz.ID, "2024Q2")
	if err != nil {
		t.Fatal(err)
	}
	var szFile rollout.Evidence
	for _, e := range szRep.Evidence {
		if e.FileName != "" {
			szFile = e
		}
	}
	writes := site.reports.writes

	page := site.getAs(t, roundScorer, "GET", fmt.Sprintf("/rounds/1/units/%d", guangdong), nil)
	body := page.Body.String()
	if page.Code != 200 || !strings.Contains(body, "全省推行工程建设项目审批“三化”2024Q2") || !strings.Contains(body, "粤府办〔2024〕3号") ||
		!strings.Contains(body, evidenceHref(rep, file)) || strings.Contains(body, "2024Q1") {
		t.Fatalf("the unit's page in the round: %d\n%s", page.Code, body)
	}
	for _, tc := range []struct {
		path string
		want int
	}{
		{evidenceURL(rep, file), 200},
		{fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q2", gd.ID), 200},
		{fmt.Sprintf("/api/v1/rounds/1/units/%d/reports", guangdong), 200},
		// Another period, another unit (a city below the one scored), a
		// unit the round does not evaluate, the task itself, the form.
		{evidenceURL(old, oldFile), 403},
		{fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q1", gd.ID), 403},
		{evidenceURL(szRep, szFile), 403},
		{fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q2", sz.ID), 403},
		{fmt.Sprintf("/rounds/1/units/%d", shenzhen), 404},
		{fmt.Sprintf("/rounds/2/units/%d", guangdong), 403},
		{fmt.Sprintf("/tasks/%d", gd.ID), 403},
		{fmt.Sprintf("/tasks/%d/report?period=2024Q2", gd.ID), 403},
	} {
		rec := site.getAs(t, roundScorer, "GET", tc.path, nil)
		if rec.Code != tc.want {
			t.Errorf("GET %s: %d, want %d", tc.path, rec.Code, tc.want)
		}
		if tc.want == 200 && strings.HasPrefix(tc.path, "/evidence/") && rec.Body.String() != string(pdf) {
			t.Errorf("GET %s: not the file", tc.path)
		}
	}
	var api struct {
		Reports []apiRoundUnitReport `json:"reports"`
	}
	rec := site.getAs(t, roundScorer, "GET", fmt.Sprintf("/api/v1/rounds/1/units/%d/reports", guangdong), nil)
	if err := json.Unmarshal(rec.Body.Bytes(), &api); err != nil || len(api.Reports) != 2 || api.Reports[0].Report == nil ||
		api.Reports[0].TaskID != gd.ID || api.Reports[0].Report.Period != "2024Q2" || api.Reports[1].Report != nil {
		t.Errorf("the API of the unit's reports: %v %s", err, rec.Body)
	}
	// Read-only: the report's save and the file's upload are refused.
	put := site.serveAs(t, roundScorer, "PUT", fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q2", gd.ID), jsonPost,
		fmt.Sprintf(`{"version": %d, "status": "implemented"}`, rep.Version))
	post := site.serveAs(t, roundScorer, "POST", fmt.Sprintf("/tasks/%d/report", gd.ID), formPost, "period=2024Q2&action=save")
	if put.Code != http.StatusForbidden || post.Code != http.StatusForbidden || site.reports.writes != writes {
		t.Errorf("the evaluator wrote: PUT %d, POST %d, %d writes", put.Code, post.Code, site.reports.writes-writes)
	}
	// The coordinator reads the same page; a reporter of 广东省 does not (it
	// is no round's reader), though it reads its own report elsewhere.
	if rec := site.getAs(t, "coordinator@1", "GET", fmt.Sprintf("/rounds/1/units/%d", guangdong), nil); rec.Code != 200 {
		t.Errorf("the coordinator: %d", rec.Code)
	}
	if rec := site.getAs(t, "reporter@440000", "GET", fmt.Sprintf("/rounds/1/units/%d", guangdong), nil); rec.Code != 403 {
		t.Errorf("a reporter: %d", rec.Code)
	}
}

// evidenceHref is evidenceURL as a template writes it in an attribute.
func evidenceHref(rep *rollout.Report, e rollout.Evidence) string {
	return strings.ReplaceAll(evidenceURL(rep, e), "&", "&amp;")
}
