package web

import (
	"context"
	"slices"
	"sync"
	"testing"

	"rollout"
)

// fakeEvaluations is an in-memory rollout.EvaluationService: it holds data
// and no rules. Every write is decided by the domain's function, as storage
// decides it (DecideRoundCreate, DecideEvaluators, DecideScores,
// DecideRoundClose), over a snapshot made from the fake's data; which
// scorecard is shown is Round.KeptScorecard's, and scorecards are computed by
// rollout.ComputeScorecard over cells made from the fake's first-level tasks:
// 广东省's task for item 1001 implemented with evidence, every other one in
// progress. writes counts the changes it accepted.
type fakeEvaluations struct {
	mu     sync.Mutex
	cat    *fakeCatalog
	tasks  *fakeTasks
	units  *fakeUnits
	users  *fakeUsers
	audit  *fakeAudit
	rounds []*rollout.Round // ID = position + 1
	scores []rollout.Score
	kept   map[int64]*rollout.Scorecard
	writes int
}

var _ rollout.EvaluationService = (*fakeEvaluations)(nil)

func cloneRound(r *rollout.Round) *rollout.Round {
	c := *r
	c.Items, c.Units = slices.Clone(r.Items), slices.Clone(r.Units)
	c.Criteria, c.Evaluators = slices.Clone(r.Criteria), slices.Clone(r.Evaluators)
	return &c
}

func (f *fakeEvaluations) round(id int64) (*rollout.Round, error) {
	if id <= 0 || int(id) > len(f.rounds) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.eval.round_not_found", id)
	}
	return f.rounds[id-1], nil
}

func (f *fakeEvaluations) Rounds(ctx context.Context) ([]*rollout.Round, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := []*rollout.Round{}
	for i := len(f.rounds) - 1; i >= 0; i-- {
		out = append(out, cloneRound(f.rounds[i]))
	}
	return out, nil
}

func (f *fakeEvaluations) Round(ctx context.Context, id int64) (*rollout.Round, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.round(id)
	if err != nil {
		return nil, err
	}
	return cloneRound(r), nil
}

func (f *fakeEvaluations) CreateRound(ctx context.Context, in *rollout.Round) (*rollout.Round, error) {
	snap := rollout.RoundSnapshot{BatchItems: map[int64]bool{}, UnitsWithTask: map[int64]bool{}, UnitNames: map[int64]string{}}
	if b, err := f.cat.BatchByNumber(ctx, in.Batch); err == nil {
		snap.BatchFound = true
		for _, it := range b.Items {
			snap.BatchItems[it.ID] = true
		}
		tasks, _ := f.tasks.Tasks(ctx, rollout.TaskFilter{Batch: in.Batch, Role: rollout.RoleImplement})
		for _, t := range tasks {
			if t.ParentID == 0 {
				snap.UnitsWithTask[t.UnitID] = true
			}
		}
	}
	for _, id := range in.Units {
		if u, err := f.units.Unit(ctx, id); err == nil {
			snap.UnitNames[id] = u.Name
		}
	}
	actor := ""
	if u := rollout.ActorFrom(ctx); u != nil {
		actor = u.Username
	}
	r, err := rollout.DecideRoundCreate(snap, *cloneRound(in), actor, fakeNow)
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	r.ID = int64(len(f.rounds) + 1)
	f.rounds = append(f.rounds, r)
	f.writes++
	f.audit.record(ctx, "round.create", "round", "", jsonOf(r))
	return cloneRound(r), nil
}

func (f *fakeEvaluations) SetEvaluators(ctx context.Context, roundID int64, version int, ids []int64) (*rollout.Round, error) {
	users := map[int64]*rollout.User{}
	for _, id := range ids {
		if u, err := f.users.User(ctx, id); err == nil {
			users[id] = u
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.round(roundID)
	if err != nil {
		return nil, err
	}
	evs, err := rollout.DecideEvaluators(cloneRound(r), version, ids, users)
	if err != nil {
		return nil, err
	}
	r.Evaluators = evs
	r.Version++
	f.writes++
	f.audit.record(ctx, "round.evaluators", "round", "", jsonOf(evs))
	return cloneRound(r), nil
}

func (f *fakeEvaluations) Scores(ctx context.Context, roundID int64) ([]rollout.Score, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, err := f.round(roundID); err != nil {
		return nil, err
	}
	out := []rollout.Score{}
	for _, s := range f.scores {
		if s.RoundID == roundID {
			out = append(out, s)
		}
	}
	return out, nil
}

func (f *fakeEvaluations) SaveScores(ctx context.Context, roundID int64, scores []rollout.Score) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.round(roundID)
	if err != nil {
		return err
	}
	snap := rollout.ScoreSnapshot{Round: cloneRound(r), UnitNames: map[int64]string{}}
	for _, id := range r.Units {
		if u, err := f.units.Unit(ctx, id); err == nil {
			snap.UnitNames[id] = u.Name
		}
	}
	plan, err := rollout.DecideScores(snap, rollout.ActorFrom(ctx), scores, fakeNow)
	if err != nil {
		return err
	}
	for _, s := range plan {
		f.scores = slices.DeleteFunc(f.scores, func(x rollout.Score) bool {
			return x.RoundID == roundID && x.UnitID == s.UnitID && x.Criterion == s.Criterion && x.EvaluatorID == s.EvaluatorID
		})
		f.scores = append(f.scores, s)
	}
	f.writes++
	f.audit.record(ctx, "round.scores", "round", "", jsonOf(plan))
	return nil
}

func (f *fakeEvaluations) compute(ctx context.Context, r *rollout.Round) (*rollout.Scorecard, error) {
	b, err := f.cat.BatchByNumber(ctx, r.Batch)
	if err != nil {
		return nil, err
	}
	in := rollout.ScorecardInput{Round: r, At: fakeNow}
	for i := range b.Items {
		in.Items = append(in.Items, &b.Items[i])
	}
	for _, id := range r.Units {
		u, err := f.units.Unit(ctx, id)
		if err != nil {
			return nil, err
		}
		in.Units = append(in.Units, u)
	}
	tasks, _ := f.tasks.Tasks(ctx, rollout.TaskFilter{Batch: r.Batch, Role: rollout.RoleImplement})
	for _, t := range tasks {
		if t.ParentID != 0 {
			continue
		}
		tally := rollout.Leaf(rollout.StatusInProgress, false)
		if t.UnitID == guangdong && t.ItemID == 1001 {
			tally = rollout.Leaf(rollout.StatusImplemented, true)
		}
		in.Cells = append(in.Cells, rollout.Cell{ItemID: t.ItemID, UnitID: t.UnitID, TaskID: t.ID, UnitName: t.UnitName, Tally: tally})
	}
	for _, s := range f.scores {
		if s.RoundID == r.ID {
			in.Scores = append(in.Scores, s)
		}
	}
	return rollout.ComputeScorecard(in), nil
}

func (f *fakeEvaluations) CloseRound(ctx context.Context, id int64, version int) (*rollout.Round, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.round(id)
	if err != nil {
		return nil, err
	}
	sc := &rollout.Scorecard{}
	if !r.Closed() {
		if sc, err = f.compute(ctx, r); err != nil {
			return nil, err
		}
	}
	kept, err := rollout.DecideRoundClose(cloneRound(r), version, sc, fakeNow)
	if err != nil {
		return nil, err
	}
	f.kept[id] = kept
	at := fakeNow
	r.State, r.ClosedAt = rollout.RoundClosed, &at
	r.Version++
	if u := rollout.ActorFrom(ctx); u != nil {
		r.ClosedBy = u.Username
	}
	f.writes++
	f.audit.record(ctx, "round.close", "round", "", "")
	return cloneRound(r), nil
}

func (f *fakeEvaluations) Scorecard(ctx context.Context, id int64) (*rollout.Scorecard, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.round(id)
	if err != nil {
		return nil, err
	}
	if r.KeptScorecard() {
		if sc, ok := f.kept[id]; ok {
			return sc, nil
		}
	}
	return f.compute(ctx, r)
}

// The rounds of the fixture: 1, open, over items 1001 and 1002 in 广东省 and
// 四川省, scored by evaluator@440000 and evaluator@1 (not evaluator@510000);
// 2, open, evaluator@510000's only; 3, closed, evaluator@1's.
const (
	openRound    = 1
	otherRound   = 2
	closedRound  = 3
	roundScorer  = "evaluator@440000"
	rootScorer   = "evaluator@1"
	strangeScore = "evaluator@510000"
)

func newFakeEvaluations(t testing.TB, cat *fakeCatalog, units *fakeUnits, tasks *fakeTasks, users *fakeUsers, audit *fakeAudit) *fakeEvaluations {
	t.Helper()
	f := &fakeEvaluations{cat: cat, tasks: tasks, units: units, users: users, audit: audit, kept: map[int64]*rollout.Scorecard{}}
	mk := func(name string, evaluators ...string) *rollout.Round {
		r := &rollout.Round{ID: int64(len(f.rounds) + 1), Name: name, Batch: 7, Period: "2024Q2", Items: []int64{1001, 1002},
			Units:    []int64{guangdong, 510000},
			Weights:  rollout.Weights{Coverage: 0.4, Status: 0.2, Evidence: 0.2, Rubric: 0.2},
			Criteria: []rollout.Criterion{{Name: "工作机制", Description: "机制健全", Min: 0, Max: 10}, {Name: "创新举措", Min: 0, Max: 10}},
			State:    rollout.RoundOpen, Version: 1, CreatedAt: fakeNow, CreatedBy: "coordinator.1", Evaluators: []rollout.RoundEvaluator{}}
		if err := r.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, e := range evaluators {
			u := users.ensure(t, units, e)
			r.Evaluators = append(r.Evaluators, rollout.RoundEvaluator{UserID: u.ID, Username: u.Username, DisplayName: u.DisplayName})
		}
		f.rounds = append(f.rounds, r)
		return r
	}
	mk("第七批成效评估", roundScorer, rootScorer)
	mk("另一轮评估", strangeScore)
	closed := mk("已关闭的评估", rootScorer)
	at := fakeNow
	closed.State, closed.ClosedAt, closed.ClosedBy = rollout.RoundClosed, &at, "coordinator.1"
	return f
}
