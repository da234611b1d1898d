package sqldb_test

import (
	"context"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// TestReportRaisesProblem: the problem box of a county's report, submitted,
// raises a problem on its task in the save's transaction, routed to the
// county's city; a draft raises nothing; the next submission joins the open
// problem (its new words in the thread) instead of making another; a refused
// save writes neither; once the problem is resolved a new one is raised. The
// problem lists the reports it came from.
func TestReportRaisesProblem(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		county := problemSetup(t, db)
		actor := rollout.WithActor(ctx, &rollout.User{ID: 5, Username: "futian"})
		if _, err := db.Step(actor, county.ID, rollout.EventAcknowledge, "", ""); err != nil {
			t.Fatal(err)
		}
		problems := func() []*rollout.Problem {
			t.Helper()
			ps, err := db.Problems(ctx, rollout.ProblemFilter{TaskID: county.ID})
			if err != nil {
				t.Fatal(err)
			}
			return ps
		}
		text := "区税务局系统尚未接入财税库银横向联网系统\n无法办理跨境人民币电子缴税。"
		r := &rollout.Report{TaskID: county.ID, Period: "2024Q4", Status: rollout.StatusInProgress, Measures: "正在协调",
			Problem: true, ProblemText: text}

		// A draft: nothing in 问题协调.
		saved, err := db.SaveReport(actor, r, false)
		if err != nil {
			t.Fatal(err)
		}
		if ps := problems(); len(ps) != 0 {
			t.Fatalf("a draft raised %d problems", len(ps))
		}
		// Submitted: a problem on the task, at the county's city.
		r.Version = saved.Version
		if saved, err = db.SaveReport(actor, r, true); err != nil {
			t.Fatal(err)
		}
		ps := problems()
		if len(ps) != 1 {
			t.Fatalf("the submission raised %d problems", len(ps))
		}
		p, err := db.Problem(ctx, ps[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Title != "区税务局系统尚未接入财税库银横向联网系统" || p.Body != text || p.Level != rollout.LevelCity || p.UnitName != "福田区" ||
			p.RaisedBy != "futian" || routeNames(p)["深圳市"] != rollout.LevelCity || len(p.Reports) != 1 ||
			p.Reports[0] != (rollout.ProblemReport{TaskID: county.ID, Period: "2024Q4", Version: saved.Version, Raised: true, At: p.RaisedAt}) {
			t.Fatalf("raised from the report: %+v", p)
		}

		// The city returns the task; the county submits again with more to
		// say: the open problem is joined and hears it, no second problem.
		gdCtx := rollout.WithActor(ctx, &rollout.User{ID: 6, Username: "shenzhen"})
		if _, err := db.Step(gdCtx, county.ID, rollout.EventReturn, "请补充", rollout.StateReported); err != nil {
			t.Fatal(err)
		}
		r.Version, r.ProblemText = saved.Version, "仍未联通，请市里协调市税务局。"
		if saved, err = db.SaveReport(actor, r, true); err != nil {
			t.Fatal(err)
		}
		if ps := problems(); len(ps) != 1 {
			t.Fatalf("the second submission made %d problems", len(ps))
		}
		p, _ = db.Problem(ctx, p.ID)
		last := p.Thread[len(p.Thread)-1]
		if len(p.Thread) != 2 || last.Kind != rollout.ProblemComment || last.Note != "仍未联通，请市里协调市税务局。" || last.Actor != "futian" ||
			len(p.Reports) != 2 || p.Reports[1].Raised || p.Reports[1].Version != saved.Version {
			t.Fatalf("joined: %+v %+v", p.Thread, p.Reports)
		}

		// The city resolves it; a later submission of the same words raises
		// a new one.
		if p, err = db.StepProblem(gdCtx, p.ID, rollout.ProblemResolve, "", p.UpdatedAt, nil); err != nil || p.State != rollout.ProblemResolved {
			t.Fatal(p, err)
		}
		if _, err := db.Step(gdCtx, county.ID, rollout.EventReturn, "请更新", rollout.StateReported); err != nil {
			t.Fatal(err)
		}
		before := count(t, db)
		// A refused save (an old version) writes no problem either.
		r.Version = saved.Version - 1
		if _, err := db.SaveReport(actor, r, true); code(err) != rollout.ECONFLICT {
			t.Fatalf("an old version: %v", err)
		}
		if len(problems()) != 1 || count(t, db) != before {
			t.Fatal("a refused save wrote")
		}
		r.Version = saved.Version
		if _, err = db.SaveReport(actor, r, true); err != nil {
			t.Fatal(err)
		}
		if ps := problems(); len(ps) != 2 {
			t.Fatalf("after resolving: %d problems", len(ps))
		}
	})
}
