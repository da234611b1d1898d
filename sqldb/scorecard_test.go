package sqldb_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// TestRoundClose: the scorecard is computed from the roll-ups, its coverage
// equals the matrix's cells to the unit, it is kept when the round closes and
// does not change afterwards; a closed round refuses every change.
func TestRoundClose(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		f := setupRound(t, db)
		ctx := context.Background()
		r, err := db.CreateRound(f.coord, f.round)
		if err != nil {
			t.Fatal(err)
		}
		if r, err = db.SetEvaluators(f.coord, r.ID, r.Version, []int64{f.e1User.ID}); err != nil {
			t.Fatal(err)
		}
		gd := f.units["广东省"].ID
		if err := db.SaveScores(f.e1, r.ID, []rollout.Score{{UnitID: gd, Criterion: 1, Value: 8}, {UnitID: gd, Criterion: 2, Value: 6}}); err != nil {
			t.Fatal(err)
		}
		// 深圳市, the one leaf below 广东省, reports the item implemented with a document.
		step(t, db, f.reporter, f.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		save(t, db, f.reporter, &rollout.Report{TaskID: f.sz.ID, Period: "2024Q1", Status: rollout.StatusImplemented,
			Measures: "已印发实施方案", Evidence: []rollout.Evidence{{Title: "深圳市实施方案", DocNo: "深府〔2024〕1号"}}}, true)

		live, err := db.Scorecard(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if live.Final {
			t.Error("an open round's scorecard is final")
		}
		checkAgainstMatrix(t, db, live)
		gdLine := live.Units[0]
		if gdLine.Label != "广东省" || gdLine.Rank != 1 || gdLine.Measure(rollout.MeasureCoverage).Score != 100 ||
			gdLine.Measure(rollout.MeasureRubric).Score != 70 || gdLine.Total != 92 {
			t.Errorf("广东省: %+v", gdLine)
		}
		// 四川省: no evaluator scored it, and the round weighs the rubric:
		// listed apart, not ranked.
		if sc := live.Units[1]; sc.Label != "四川省" || sc.Measure(rollout.MeasureCoverage).Score != 0 || sc.Rank != 0 || !sc.Unscored ||
			sc.Group != rollout.GroupProvinces {
			t.Errorf("四川省: %+v", sc)
		}

		closed, err := db.CloseRound(f.coord, r.ID, r.Version)
		if err != nil {
			t.Fatal(err)
		}
		if !closed.Closed() || closed.ClosedBy != "coordinator" || closed.ClosedAt == nil {
			t.Errorf("closed: %+v", closed)
		}
		kept, err := db.Scorecard(ctx, r.ID)
		if err != nil || !kept.Final {
			t.Fatalf("kept scorecard: %v %v", kept, err)
		}
		keptJSON, _ := json.Marshal(kept)

		// Refused from now on, and nothing written.
		before := snapshot(t, db)
		if err := db.SaveScores(f.e1, r.ID, []rollout.Score{{UnitID: gd, Criterion: 1, Value: 1}}); code(err) != rollout.ECONFLICT {
			t.Errorf("score after closing: %v", err)
		}
		if _, err := db.SetEvaluators(f.coord, r.ID, r.Version, nil); code(err) != rollout.ECONFLICT {
			t.Errorf("evaluators after closing: %v", err)
		}
		if _, err := db.CloseRound(f.coord, r.ID, closed.Version); code(err) != rollout.ECONFLICT {
			t.Errorf("closing twice: %v", err)
		}
		unchanged(t, db, before)

		// A later report changes the matrix, not the kept scorecard.
		step(t, db, f.reporter, f.sc, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		save(t, db, f.reporter, &rollout.Report{TaskID: f.sc.ID, Period: "2024Q1", Status: rollout.StatusImplemented}, true)
		again, err := db.Scorecard(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if againJSON, _ := json.Marshal(again); string(againJSON) != string(keptJSON) {
			t.Errorf("the kept scorecard changed:\n%s\n%s", keptJSON, againJSON)
		}
		if es := entries(t, db, rollout.AuditFilter{Action: "round.close"}); len(es) != 1 || es[0].Actor != "coordinator" {
			t.Errorf("round.close audit: %+v", es)
		}
	})
}

// checkAgainstMatrix: every unit's and item's tally in the scorecard is the
// sum of the matrix's cells of the round, to the unit.
func checkAgainstMatrix(t *testing.T, db *sqldb.DB, sc *rollout.Scorecard) {
	t.Helper()
	ctx := context.Background()
	r, err := db.Round(ctx, sc.RoundID)
	if err != nil {
		t.Fatal(err)
	}
	cells, err := db.Matrix(ctx, sc.Batch)
	if err != nil {
		t.Fatal(err)
	}
	byUnit, byItem := map[int64]rollout.Tally{}, map[int64]rollout.Tally{}
	for _, c := range cells {
		if !r.HasUnit(c.UnitID) || !slices.Contains(r.Items, c.ItemID) || c.Applicable() <= 0 {
			continue
		}
		t := byUnit[c.UnitID]
		t.Add(c.Tally)
		byUnit[c.UnitID] = t
		t = byItem[c.ItemID]
		t.Add(c.Tally)
		byItem[c.ItemID] = t
	}
	for _, l := range sc.Units {
		if l.Tally != byUnit[l.ID] {
			t.Errorf("%s: scorecard tally %+v, matrix %+v", l.Label, l.Tally, byUnit[l.ID])
		}
		if l.Measure(rollout.MeasureCoverage).Available && l.Measure(rollout.MeasureCoverage).Score != float64(int(byUnit[l.ID].Coverage()*1000+0.5))/10 {
			t.Errorf("%s: coverage %v, matrix %v", l.Label, l.Measure(rollout.MeasureCoverage).Score, byUnit[l.ID].Coverage())
		}
	}
	for _, l := range sc.Items {
		if l.Tally != byItem[l.ID] {
			t.Errorf("item %s: scorecard tally %+v, matrix %+v", l.Label, l.Tally, byItem[l.ID])
		}
	}
}

// TestScorecardIndicators: the indicator values of the submitted reports of
// the round's period, on the units' first-level tasks, give the indicators
// measure; an indicator without a target, a draft and another period do not.
func TestScorecardIndicators(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		f := setupRound(t, db)
		ctx := context.Background()
		item := f.items[0]
		f64 := func(v float64) *float64 { return &v }
		online, err := db.SaveIndicator(f.coord, &rollout.Indicator{ItemID: item, Name: "网办率", Measure: "%", Direction: rollout.HigherBetter, Baseline: f64(20), Target: f64(100)})
		if err != nil {
			t.Fatal(err)
		}
		days, err := db.SaveIndicator(f.coord, &rollout.Indicator{ItemID: item, Name: "审批时长", Measure: "工作日", Direction: rollout.LowerBetter, Baseline: f64(60), Target: f64(20)})
		if err != nil {
			t.Fatal(err)
		}
		noTarget, err := db.SaveIndicator(f.coord, &rollout.Indicator{ItemID: item, Name: "无目标值", Direction: rollout.HigherBetter})
		if err != nil {
			t.Fatal(err)
		}
		r := *f.round
		r.Weights = rollout.Weights{Coverage: 0.5, Indicators: 0.5}
		r.Criteria = nil
		round, err := db.CreateRound(f.coord, &r)
		if err != nil {
			t.Fatal(err)
		}
		// 广东省: submitted for 2024Q1 (counts); 四川省: a draft for 2024Q1 and a
		// submitted report for 2023Q4 (neither counts).
		step(t, db, f.reporter, f.gd, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		save(t, db, f.reporter, &rollout.Report{TaskID: f.gd.ID, Period: "2024Q1", Status: rollout.StatusInProgress,
			Values: []rollout.IndicatorValue{{IndicatorID: online.ID, Value: 60}, {IndicatorID: days.ID, Value: 30}, {IndicatorID: noTarget.ID, Value: 5}}}, true)
		step(t, db, f.reporter, f.sc, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		old := save(t, db, f.reporter, &rollout.Report{TaskID: f.sc.ID, Period: "2023Q4", Status: rollout.StatusInProgress,
			Values: []rollout.IndicatorValue{{IndicatorID: online.ID, Value: 100}}}, true)
		step(t, db, f.reviewer, &rollout.Task{ID: old.TaskID}, rollout.EventAccept, "", rollout.StateAccepted)
		save(t, db, f.reporter, &rollout.Report{TaskID: f.sc.ID, Period: "2024Q1", Status: rollout.StatusInProgress,
			Values: []rollout.IndicatorValue{{IndicatorID: online.ID, Value: 100}}}, false)

		sc, err := db.Scorecard(ctx, round.ID)
		if err != nil {
			t.Fatal(err)
		}
		checkAgainstMatrix(t, db, sc)
		gd := sc.Units[0]
		// (60 − 20) ÷ (100 − 20) = 0.50; (30 − 60) ÷ (20 − 60) = 0.75.
		if m := gd.Measure(rollout.MeasureIndicators); gd.Label != "广东省" || !m.Available || m.Score != 62.5 ||
			m.Formula != "指标 = 达成度 (0.50 + 0.75) ÷ 2 × 100 = 62.5" {
			t.Errorf("广东省 indicators: %+v", m)
		}
		if m := sc.Units[1].Measure(rollout.MeasureIndicators); m.Available {
			t.Errorf("四川省 has indicators from a draft or another period: %+v", m)
		}
		if !strings.Contains(sc.Units[1].Formula, "指标（权重 0.5）无数据") {
			t.Errorf("四川省 formula: %s", sc.Units[1].Formula)
		}
	})
}
