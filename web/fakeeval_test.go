package web

import (
	"context"
	"slices"
	"sync"
	"testing"

	"rollout"
)

// fakeEvaluations is an in-memory rollout.EvaluationService behaving as the
// interface's comments say. Its scorecards are computed by
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
		return nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的评估轮次。", id)
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
	r := cloneRound(in)
	if err := r.Validate(); err != nil {
		return nil, err
	}
	b, err := f.cat.BatchByNumber(ctx, r.Batch)
	if err != nil {
		return nil, rollout.Errorf(rollout.EINVALID, "没有第%d批。", r.Batch)
	}
	for _, id := range r.Items {
		if !slices.ContainsFunc(b.Items, func(it rollout.Item) bool { return it.ID == id }) {
			return nil, rollout.Errorf(rollout.EINVALID, "改革事项 %d 不属于第%d批。", id, r.Batch)
		}
	}
	tasks, _ := f.tasks.Tasks(ctx, rollout.TaskFilter{Batch: r.Batch, Role: rollout.RoleImplement})
	for _, u := range r.Units {
		if !slices.ContainsFunc(tasks, func(t *rollout.Task) bool { return t.UnitID == u && t.ParentID == 0 }) {
			return nil, rollout.Errorf(rollout.EINVALID, "单位 %d 没有第%d批的落实任务。", u, r.Batch)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	r.ID, r.State, r.Evaluators = int64(len(f.rounds)+1), rollout.RoundOpen, []rollout.RoundEvaluator{}
	if u := rollout.ActorFrom(ctx); u != nil {
		r.CreatedBy = u.Username
	}
	r.CreatedAt = fakeNow
	f.rounds = append(f.rounds, r)
	f.writes++
	f.audit.record(ctx, "round.create", "round", "", jsonOf(r))
	return cloneRound(r), nil
}

func (f *fakeEvaluations) SetEvaluators(ctx context.Context, roundID int64, ids []int64) (*rollout.Round, error) {
	var evs []rollout.RoundEvaluator
	for _, id := range ids {
		u, err := f.users.User(ctx, id)
		if err != nil {
			return nil, rollout.Errorf(rollout.EINVALID, "没有编号为 %d 的用户。", id)
		}
		if !u.Has(rollout.RoleEvaluator) {
			return nil, rollout.Errorf(rollout.EINVALID, "用户“%s”没有“评估人”角色。", u.Username)
		}
		evs = append(evs, rollout.RoundEvaluator{UserID: u.ID, Username: u.Username, DisplayName: u.DisplayName})
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.round(roundID)
	if err != nil {
		return nil, err
	}
	if r.Closed() {
		return nil, rollout.ErrRoundClosed(r)
	}
	r.Evaluators = evs
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
	actor := rollout.ActorFrom(ctx)
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.round(roundID)
	if err != nil {
		return err
	}
	if r.Closed() {
		return rollout.ErrRoundClosed(r)
	}
	if actor == nil || !slices.ContainsFunc(r.Evaluators, func(e rollout.RoundEvaluator) bool { return e.UserID == actor.ID }) {
		return rollout.Errorf(rollout.EFORBIDDEN, "您不是本轮评估人。")
	}
	for _, s := range scores {
		if err := r.CheckScore(s); err != nil {
			return err
		}
	}
	for _, s := range scores {
		s.RoundID, s.EvaluatorID, s.Evaluator, s.UpdatedAt = roundID, actor.ID, actor.Username, fakeNow
		f.scores = slices.DeleteFunc(f.scores, func(x rollout.Score) bool {
			return x.RoundID == roundID && x.UnitID == s.UnitID && x.Criterion == s.Criterion && x.EvaluatorID == actor.ID
		})
		f.scores = append(f.scores, s)
	}
	f.writes++
	f.audit.record(ctx, "round.scores", "round", "", jsonOf(scores))
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

func (f *fakeEvaluations) CloseRound(ctx context.Context, id int64) (*rollout.Round, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	r, err := f.round(id)
	if err != nil {
		return nil, err
	}
	if r.Closed() {
		return nil, rollout.Errorf(rollout.ECONFLICT, "评估轮次“%s”已关闭。", r.Name)
	}
	sc, err := f.compute(ctx, r)
	if err != nil {
		return nil, err
	}
	sc.Final = true
	f.kept[id] = sc
	at := fakeNow
	r.State, r.ClosedAt = rollout.RoundClosed, &at
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
	if sc, ok := f.kept[id]; ok {
		return sc, nil
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
			State:    rollout.RoundOpen, CreatedAt: fakeNow, CreatedBy: "coordinator.1", Evaluators: []rollout.RoundEvaluator{}}
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
