package rollout_test

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/msg"
)

var evalNow = time.Date(2024, 7, 2, 1, 0, 0, 0, time.UTC)

func roundSnapshot() rollout.RoundSnapshot {
	return rollout.RoundSnapshot{BatchFound: true, BatchItems: map[int64]bool{11: true, 12: true},
		UnitsWithTask: map[int64]bool{440000: true, 510000: true},
		UnitNames:     map[int64]string{440000: "广东省", 510000: "四川省", 440300: "深圳市"}}
}

func newRound() rollout.Round {
	return rollout.Round{Name: " 第七批成效评估 ", Batch: 7, Period: "2024Q2", Items: []int64{11, 12, 11}, Units: []int64{440000, 510000},
		Weights:  rollout.Weights{Coverage: 0.4, Status: 0.2, Evidence: 0.2, Rubric: 0.2},
		Criteria: []rollout.Criterion{{Name: "工作机制", Min: 0, Max: 10}, {Name: "创新举措", Min: 0, Max: 10}}}
}

func TestDecideRoundCreate(t *testing.T) {
	for _, c := range []struct {
		name   string
		mutate func(*rollout.Round, *rollout.RoundSnapshot)
		key    string
	}{
		{"opened", nil, ""},
		{"no name", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Name = " " }, "err.eval.round_name_empty"},
		{"a name too long", func(r *rollout.Round, _ *rollout.RoundSnapshot) {
			r.Name = strings.Repeat("评", rollout.MaxRoundName+1)
		}, "err.eval.round_name_long"},
		{"no batch", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Batch = 0 }, "err.eval.round_batch"},
		{"no items", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Items = nil }, "err.eval.round_no_items"},
		{"no units", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Units = nil }, "err.eval.round_no_units"},
		{"a negative weight", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Weights.Status, r.Weights.Coverage = -0.1, 0.7 }, "err.eval.weight_negative"},
		{"a weight above 1", func(r *rollout.Round, _ *rollout.RoundSnapshot) {
			r.Weights = rollout.Weights{Coverage: 1.5, Status: -0.5} // coverage comes first
		}, "err.eval.weight_high"},
		{"weights not 1", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Weights.Coverage = 0.9 }, "err.eval.weights_sum"},
		{"a rubric weighed without criteria", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Criteria = nil }, "err.eval.rubric_empty"},
		{"too many criteria", func(r *rollout.Round, _ *rollout.RoundSnapshot) {
			for len(r.Criteria) <= rollout.MaxCriteria {
				r.Criteria = append(r.Criteria, rollout.Criterion{Name: "x", Max: 1})
			}
		}, "err.eval.criteria_many"},
		{"an unnamed criterion", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Criteria[1].Name = "" }, "err.eval.criterion_name"},
		{"an empty range", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Criteria[0].Max = 0 }, "err.eval.criterion_range"},
		{"a range out of bounds", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Criteria[0].Max = rollout.MaxCriterionScore + 1 }, "err.eval.criterion_bounds"},
		{"a description too long", func(r *rollout.Round, _ *rollout.RoundSnapshot) {
			r.Criteria[0].Description = strings.Repeat("说", rollout.MaxCriterionDescription+1)
		}, "err.eval.criterion_desc_long"},
		{"a bad period", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Period = "2024Q5" }, ""},
		{"a batch not stored", func(_ *rollout.Round, s *rollout.RoundSnapshot) { s.BatchFound = false }, "err.eval.no_batch"},
		{"an item of another batch", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Items = append(r.Items, 99) }, "err.eval.item_not_of_batch"},
		{"a unit without a task", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Units = append(r.Units, 440300) }, "err.eval.unit_without_task"},
		{"no such unit", func(r *rollout.Round, _ *rollout.RoundSnapshot) { r.Units = append(r.Units, 1) }, "err.eval.unit_not_found"},
	} {
		r, snap := newRound(), roundSnapshot()
		if c.mutate != nil {
			c.mutate(&r, &snap)
		}
		out, err := rollout.DecideRoundCreate(snap, r, "coordinator", evalNow)
		if c.name == "a bad period" {
			if rollout.ErrorCode(err) != rollout.EINVALID {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		if got := errorKey(err); got != c.key {
			t.Errorf("%s: refused with %q (%v), want %q", c.name, got, err, c.key)
			continue
		}
		if c.key == "" && (out.Name != "第七批成效评估" || out.State != rollout.RoundOpen || out.Version != 1 || len(out.Items) != 2 ||
			out.Criteria[1].Seq != 2 || out.CreatedBy != "coordinator" || !out.CreatedAt.Equal(evalNow)) {
			t.Errorf("%s: %+v", c.name, out)
		}
	}
}

func storedRound() *rollout.Round {
	r := newRound()
	r.ID, r.Name, r.Items, r.State, r.Version = 1, "第七批成效评估", []int64{11, 12}, rollout.RoundOpen, 2
	r.Validate()
	r.Evaluators = []rollout.RoundEvaluator{{UserID: 5, Username: "evaluator.one"}}
	return &r
}

func TestDecideEvaluators(t *testing.T) {
	users := map[int64]*rollout.User{
		5: {ID: 5, Username: "evaluator.one", Grants: []rollout.Grant{{UnitID: 1, Role: rollout.RoleEvaluator}}},
		6: {ID: 6, Username: "evaluator.two", Grants: []rollout.Grant{{UnitID: 1, Role: rollout.RoleEvaluator}}},
		7: {ID: 7, Username: "gd.viewer", Grants: []rollout.Grant{{UnitID: 440000, Role: rollout.RoleViewer}}},
	}
	closed := storedRound()
	closed.State = rollout.RoundClosed
	for _, c := range []struct {
		name    string
		r       *rollout.Round
		version int
		ids     []int64
		key     string
		want    int
	}{
		{"set", storedRound(), 2, []int64{6, 5, 6}, "", 2},
		{"emptied", storedRound(), 2, nil, "", 0},
		{"a viewer", storedRound(), 2, []int64{5, 7}, "err.eval.not_evaluator_role", 0},
		{"nobody", storedRound(), 2, []int64{99}, "err.eval.user_not_found", 0},
		{"an old version", storedRound(), 1, []int64{5}, "err.eval.round_stale", 0},
		{"no version", storedRound(), 0, []int64{5}, "err.eval.round_version", 0},
		{"a closed round", closed, 2, []int64{5}, "err.eval.round_closed", 0},
	} {
		evs, err := rollout.DecideEvaluators(c.r, c.version, c.ids, users)
		if got := errorKey(err); got != c.key {
			t.Errorf("%s: refused with %q (%v), want %q", c.name, got, err, c.key)
			continue
		}
		if c.key == "" && len(evs) != c.want {
			t.Errorf("%s: %+v", c.name, evs)
		}
	}
	if _, err := rollout.DecideEvaluators(storedRound(), 1, []int64{5}, users); !errors.As(err, new(*rollout.RoundConflict)) {
		t.Errorf("an old version is no *RoundConflict: %v", err)
	}
}

func TestDecideRoundClose(t *testing.T) {
	sc := &rollout.Scorecard{RoundID: 1}
	kept, err := rollout.DecideRoundClose(storedRound(), 2, sc, evalNow)
	if err != nil || !kept.Final || !kept.ComputedAt.Equal(evalNow) || sc.Final {
		t.Fatalf("closed: %+v %v (the computed one: %+v)", kept, err, sc)
	}
	var c *rollout.RoundConflict
	if _, err := rollout.DecideRoundClose(storedRound(), 1, sc, evalNow); !errors.As(err, &c) || c.Current.Version != 2 {
		t.Errorf("an old version: %v", err)
	}
	closed := storedRound()
	at := evalNow
	closed.State, closed.ClosedAt = rollout.RoundClosed, &at
	_, err = rollout.DecideRoundClose(closed, 2, sc, evalNow)
	if errorKey(err) != "err.eval.round_closed_at" || !strings.Contains(rollout.ErrorText(msg.ZH, err), "2024-07-02 09:00") {
		t.Errorf("closing twice: %v", err)
	}
	if !closed.KeptScorecard() || storedRound().KeptScorecard() {
		t.Error("a closed round shows its kept scorecard, an open one a computed one")
	}
}

func TestDecideScores(t *testing.T) {
	evaluator := &rollout.User{ID: 5, Username: "evaluator.one"}
	stranger := &rollout.User{ID: 6, Username: "evaluator.two"}
	names := map[int64]string{440000: "广东省", 510000: "四川省"}
	closed := storedRound()
	closed.State = rollout.RoundClosed
	for _, c := range []struct {
		name   string
		r      *rollout.Round
		actor  *rollout.User
		scores []rollout.Score
		key    string
	}{
		{"saved", storedRound(), evaluator, []rollout.Score{{UnitID: 440000, Criterion: 1, Value: 8, Comment: " 好 "}, {UnitID: 510000, Criterion: 2, Value: 0}}, ""},
		{"nobody", storedRound(), nil, []rollout.Score{{UnitID: 440000, Criterion: 1, Value: 8}}, "err.eval.scores_by_evaluator"},
		{"not an evaluator", storedRound(), stranger, []rollout.Score{{UnitID: 440000, Criterion: 1, Value: 8}}, "err.eval.not_round_evaluator"},
		{"closed", closed, evaluator, []rollout.Score{{UnitID: 440000, Criterion: 1, Value: 8}}, "err.eval.round_closed"},
		{"none", storedRound(), evaluator, nil, "err.eval.scores_none"},
		{"a unit outside", storedRound(), evaluator, []rollout.Score{{UnitID: 1, Criterion: 1, Value: 8}}, "err.eval.score_unit"},
		{"no such criterion", storedRound(), evaluator, []rollout.Score{{UnitID: 440000, Criterion: 3, Value: 8}}, "err.eval.score_criterion"},
		{"out of range", storedRound(), evaluator, []rollout.Score{{UnitID: 510000, Criterion: 2, Value: 11}}, "err.eval.score_range"},
		{"a comment too long", storedRound(), evaluator, []rollout.Score{{UnitID: 440000, Criterion: 1, Value: 8,
			Comment: strings.Repeat("评", rollout.MaxScoreComment+1)}}, "err.eval.comment_long"},
		{"twice", storedRound(), evaluator, []rollout.Score{{UnitID: 440000, Criterion: 1, Value: 8}, {UnitID: 440000, Criterion: 1, Value: 7}}, "err.eval.score_twice"},
	} {
		out, err := rollout.DecideScores(rollout.ScoreSnapshot{Round: c.r, UnitNames: names}, c.actor, c.scores, evalNow)
		if got := errorKey(err); got != c.key {
			t.Errorf("%s: refused with %q (%v), want %q", c.name, got, err, c.key)
			continue
		}
		if c.key == "" && (len(out) != 2 || out[0].Comment != "好" || out[0].EvaluatorID != 5 || out[0].RoundID != 1 || !out[1].UpdatedAt.Equal(evalNow)) {
			t.Errorf("%s: %+v", c.name, out)
		}
	}
	// Each refusal of one score of the form says which unit (by name) and
	// which criterion, and carries them for the form to mark the field.
	for _, c := range []struct {
		score           rollout.Score
		twice           bool
		unit, criterion string
	}{
		{rollout.Score{UnitID: 510000, Criterion: 2, Value: -1}, false, "四川省", "创新举措"},
		{rollout.Score{UnitID: 440000, Criterion: 1, Value: math.Inf(1)}, false, "广东省", "工作机制"},
		{rollout.Score{UnitID: 440000, Criterion: 1, Value: 8, Comment: strings.Repeat("评", rollout.MaxScoreComment+1)}, false, "广东省", "工作机制"},
		{rollout.Score{UnitID: 510000, Criterion: 1, Value: 8}, true, "四川省", "工作机制"},
		{rollout.Score{UnitID: 440000, Criterion: 7, Value: 8}, false, "广东省", "7"},
	} {
		scores := []rollout.Score{c.score}
		if c.twice {
			scores = append(scores, c.score)
		}
		_, err := rollout.DecideScores(rollout.ScoreSnapshot{Round: storedRound(), UnitNames: names}, evaluator, scores, evalNow)
		var se *rollout.ScoreError
		if !errors.As(err, &se) || se.UnitID != c.score.UnitID || se.Criterion != c.score.Criterion || rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("%+v: %v is not the score's refusal", c.score, err)
			continue
		}
		for _, l := range []msg.Lang{msg.ZH, msg.EN} {
			if text := rollout.ErrorText(l, err); !strings.Contains(text, c.unit) || !strings.Contains(text, c.criterion) {
				t.Errorf("%+v: %q does not name %s and %s", c.score, text, c.unit, c.criterion)
			}
		}
	}
	// A score out of range says which unit and which criterion, in both languages.
	_, err := rollout.DecideScores(rollout.ScoreSnapshot{Round: storedRound(), UnitNames: names}, evaluator,
		[]rollout.Score{{UnitID: 510000, Criterion: 2, Value: 11}}, evalNow)
	if zh := rollout.ErrorText(msg.ZH, err); zh != "四川省：“创新举措”的分值 11 超出范围：应在 0 至 10 之间。" {
		t.Errorf("zh: %q", zh)
	}
	if en := rollout.ErrorText(msg.EN, err); !strings.Contains(en, "四川省") || !strings.Contains(en, "创新举措") || !strings.Contains(en, "out of range") {
		t.Errorf("en: %q", en)
	}
}
