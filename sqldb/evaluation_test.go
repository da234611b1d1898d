package sqldb_test

import (
	"context"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// roundFixture is setupLoop with a coordinator, two evaluators and a viewer,
// and a valid round over item 1 for 广东省 and 四川省 (not yet created).
type roundFixture struct {
	*loopTasks
	coord, e1, e2, viewer context.Context
	e1User, e2User        *rollout.User
	viewerUser            *rollout.User
	items                 []int64
	round                 *rollout.Round
}

func setupRound(t *testing.T, db *sqldb.DB) *roundFixture {
	t.Helper()
	ctx := context.Background()
	f := &roundFixture{loopTasks: setupLoop(t, db, false)}
	root := f.units["国务院"]
	f.coord = rollout.WithActor(ctx, createUser(t, db, "coordinator", root, rollout.RoleCoordinator))
	f.e1User = createUser(t, db, "evaluator.one", root, rollout.RoleEvaluator)
	f.e2User = createUser(t, db, "evaluator.two", root, rollout.RoleEvaluator)
	f.viewerUser = createUser(t, db, "gd.viewer", f.units["广东省"], rollout.RoleViewer)
	f.e1, f.e2, f.viewer = rollout.WithActor(ctx, f.e1User), rollout.WithActor(ctx, f.e2User), rollout.WithActor(ctx, f.viewerUser)
	b, err := db.BatchByNumber(ctx, 9)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range b.Items {
		f.items = append(f.items, it.ID)
	}
	f.round = &rollout.Round{Name: "第九批成效评估", Batch: 9, Period: "2024Q1", Items: f.items[:1],
		Units:   []int64{f.units["广东省"].ID, f.units["四川省"].ID},
		Weights: rollout.Weights{Coverage: 0.4, Status: 0.2, Evidence: 0.2, Rubric: 0.2},
		Criteria: []rollout.Criterion{{Name: "工作机制", Description: "机制健全、分工明确", Min: 0, Max: 10},
			{Name: "创新成效", Min: 0, Max: 10}}}
	return f
}

func TestRounds(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		f := setupRound(t, db)
		ctx := context.Background()
		gd, sc := f.units["广东省"].ID, f.units["四川省"].ID

		// Refusals write nothing.
		before := snapshot(t, db)
		for name, mutate := range map[string]func(r *rollout.Round){
			"no such batch":     func(r *rollout.Round) { r.Batch = 8 },
			"item of no batch":  func(r *rollout.Round) { r.Items = []int64{f.items[0], 999999} },
			"unit without task": func(r *rollout.Round) { r.Units = []int64{gd, f.units["深圳市"].ID} },
			"no such unit":      func(r *rollout.Round) { r.Units = []int64{999999} },
			"weights not 1":     func(r *rollout.Round) { r.Weights.Coverage = 0.9 },
		} {
			r := *f.round
			mutate(&r)
			if _, err := db.CreateRound(f.coord, &r); code(err) != rollout.EINVALID {
				t.Errorf("%s: %v, want invalid", name, err)
			}
		}
		unchanged(t, db, before)

		r, err := db.CreateRound(f.coord, f.round)
		if err != nil {
			t.Fatal(err)
		}
		if r.ID == 0 || r.State != rollout.RoundOpen || r.CreatedBy != "coordinator" || len(r.Units) != 2 ||
			len(r.Criteria) != 2 || r.Criteria[1].Seq != 2 || r.Weights != f.round.Weights {
			t.Fatalf("created %+v", r)
		}

		// Evaluators must hold the evaluator role.
		if _, err := db.SetEvaluators(f.coord, r.ID, r.Version, []int64{f.e1User.ID, f.viewerUser.ID}); code(err) != rollout.EINVALID {
			t.Errorf("a viewer as evaluator: %v", err)
		}
		if r, err = db.SetEvaluators(f.coord, r.ID, r.Version, []int64{f.e2User.ID, f.e1User.ID, f.e1User.ID}); err != nil {
			t.Fatal(err)
		}
		if len(r.Evaluators) != 2 || r.Evaluators[0].Username != "evaluator.one" || r.Target().Evaluators[1] != f.e2User.ID {
			t.Errorf("evaluators %+v", r.Evaluators)
		}

		// Scores: by evaluators of the round only, within range, all or nothing.
		if err := db.SaveScores(f.viewer, r.ID, []rollout.Score{{UnitID: gd, Criterion: 1, Value: 5}}); code(err) != rollout.EFORBIDDEN {
			t.Errorf("a viewer scores: %v", err)
		}
		before = snapshot(t, db)
		if err := db.SaveScores(f.e1, r.ID, []rollout.Score{{UnitID: gd, Criterion: 1, Value: 5}, {UnitID: sc, Criterion: 2, Value: 11}}); code(err) != rollout.EINVALID {
			t.Errorf("out of range: %v", err)
		}
		if err := db.SaveScores(f.e1, r.ID, []rollout.Score{{UnitID: f.units["深圳市"].ID, Criterion: 1, Value: 5}}); code(err) != rollout.EINVALID {
			t.Errorf("a unit outside the round: %v", err)
		}
		unchanged(t, db, before)
		must := func(err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
		must(db.SaveScores(f.e1, r.ID, []rollout.Score{{UnitID: gd, Criterion: 1, Value: 8, Comment: " 机制健全 "}, {UnitID: gd, Criterion: 2, Value: 7}}))
		must(db.SaveScores(f.e1, r.ID, []rollout.Score{{UnitID: gd, Criterion: 1, Value: 9, Comment: "机制健全"}})) // replaces
		must(db.SaveScores(f.e2, r.ID, []rollout.Score{{UnitID: gd, Criterion: 1, Value: 5}}))
		scores, err := db.Scores(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		type s struct {
			c    int
			who  string
			v    float64
			note string
		}
		var got []s
		for _, x := range scores {
			got = append(got, s{x.Criterion, x.Evaluator, x.Value, x.Comment})
		}
		want := []s{{1, "evaluator.one", 9, "机制健全"}, {1, "evaluator.two", 5, ""}, {2, "evaluator.one", 7, ""}}
		if len(got) != len(want) {
			t.Fatalf("scores %+v", got)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("score %d: %+v, want %+v", i, got[i], want[i])
			}
		}
		rs, err := db.Rounds(ctx)
		if err != nil || len(rs) != 1 || rs[0].Name != "第九批成效评估" {
			t.Errorf("rounds: %v %v", rs, err)
		}
		if _, err := db.Round(ctx, 999); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing round: %v", err)
		}

		// Every change is audited, by its actor.
		for action, actor := range map[string]string{"round.create": "coordinator", "round.evaluators": "coordinator", "round.scores": "evaluator.two"} {
			es := entries(t, db, rollout.AuditFilter{Action: action})
			if len(es) == 0 || es[0].Actor != actor || es[0].Object != "round:"+itoa(r.ID) {
				t.Errorf("%s: %+v", action, es)
			}
		}
	})
}
