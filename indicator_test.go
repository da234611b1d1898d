package rollout_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"rollout"
	"rollout/msg"
)

func indicatorSnapshot() rollout.IndicatorSnapshot {
	return rollout.IndicatorSnapshot{ItemID: 7, Indicators: []*rollout.Indicator{
		{ID: 1, ItemID: 7, Seq: 1, Name: "审批时长中位数", Measure: "工作日", Direction: rollout.LowerBetter, Version: 3},
		{ID: 2, ItemID: 7, Seq: 2, Name: "网办率", Measure: "%", Direction: rollout.HigherBetter, Version: 1},
	}}
}

func TestDecideIndicatorSave(t *testing.T) {
	nan, b := math.NaN(), 5.0
	for _, c := range []struct {
		name    string
		snap    func(*rollout.IndicatorSnapshot)
		in      rollout.Indicator
		key     string // the refusal's key, "" for a plan
		seq     int    // the plan's Seq
		version int    // the plan's Version
	}{
		{name: "new, at the end", in: rollout.Indicator{ItemID: 7, Name: " 办件量 ", Direction: rollout.HigherBetter}, seq: 3, version: 1},
		{name: "new, at a free number", in: rollout.Indicator{ItemID: 7, Seq: 9, Name: "办件量", Direction: rollout.HigherBetter}, seq: 9, version: 1},
		{name: "new, at a number taken", in: rollout.Indicator{ItemID: 7, Seq: 2, Name: "办件量", Direction: rollout.HigherBetter}, key: "err.eval.indicator_seq_taken"},
		{name: "new, of no item", snap: func(s *rollout.IndicatorSnapshot) { *s = rollout.IndicatorSnapshot{} },
			in: rollout.Indicator{ItemID: 9, Name: "x", Direction: rollout.HigherBetter}, key: "err.eval.item_not_found"},
		{name: "new, item full", snap: func(s *rollout.IndicatorSnapshot) {
			for i := 3; i <= rollout.MaxIndicatorsPerItem; i++ {
				s.Indicators = append(s.Indicators, &rollout.Indicator{ID: int64(i), ItemID: 7, Seq: i, Name: "x", Direction: rollout.HigherBetter, Version: 1})
			}
		}, in: rollout.Indicator{ItemID: 7, Name: "x", Direction: rollout.HigherBetter}, key: "err.eval.indicators_full"},
		{name: "no name", in: rollout.Indicator{ItemID: 7, Name: "  ", Direction: rollout.HigherBetter}, key: "err.eval.indicator_name_empty"},
		{name: "a name too long", in: rollout.Indicator{ItemID: 7, Name: strings.Repeat("长", rollout.MaxIndicatorName+1), Direction: rollout.HigherBetter},
			key: "err.eval.indicator_name_long"},
		{name: "a measure too long", in: rollout.Indicator{ItemID: 7, Name: "x", Measure: strings.Repeat("元", rollout.MaxIndicatorMeasure+1), Direction: rollout.HigherBetter},
			key: "err.eval.indicator_measure_long"},
		{name: "a bad direction", in: rollout.Indicator{ItemID: 7, Name: "x", Direction: "up"}, key: "err.eval.indicator_direction"},
		{name: "no number", in: rollout.Indicator{ItemID: 7, Name: "x", Direction: rollout.HigherBetter, Baseline: &nan}, key: "err.eval.indicator_not_number"},
		{name: "baseline is target", in: rollout.Indicator{ItemID: 7, Name: "x", Direction: rollout.HigherBetter, Baseline: &b, Target: &b},
			key: "err.eval.indicator_same_values"},
		{name: "a negative number", in: rollout.Indicator{ItemID: 7, Seq: -1, Name: "x", Direction: rollout.HigherBetter}, key: "err.eval.indicator_seq"},
		{name: "change, keeping its number", in: rollout.Indicator{ID: 1, Version: 3, Name: "审批时长", Direction: rollout.LowerBetter}, seq: 1, version: 4},
		{name: "change, to its own number", in: rollout.Indicator{ID: 1, ItemID: 7, Seq: 1, Version: 3, Name: "审批时长", Direction: rollout.LowerBetter}, seq: 1, version: 4},
		{name: "change, to another's number", in: rollout.Indicator{ID: 1, Seq: 2, Version: 3, Name: "审批时长", Direction: rollout.LowerBetter},
			key: "err.eval.indicator_seq_taken"},
		{name: "change, without a version", in: rollout.Indicator{ID: 1, Name: "审批时长", Direction: rollout.LowerBetter}, key: "err.eval.indicator_version"},
		{name: "change, of an old version", in: rollout.Indicator{ID: 1, Version: 2, Name: "审批时长", Direction: rollout.LowerBetter}, key: "err.eval.indicator_stale"},
		{name: "change, of a missing one", in: rollout.Indicator{ID: 99, Version: 1, Name: "x", Direction: rollout.LowerBetter}, key: "err.eval.indicator_not_found"},
		{name: "change, from another item's page", in: rollout.Indicator{ID: 1, ItemID: 8, Version: 3, Name: "x", Direction: rollout.LowerBetter},
			key: "err.eval.indicator_not_of_item"},
	} {
		snap := indicatorSnapshot()
		if c.snap != nil {
			c.snap(&snap)
		}
		plan, err := rollout.DecideIndicatorSave(snap, c.in)
		if got := errorKey(err); got != c.key {
			t.Errorf("%s: refused with %q (%v), want %q", c.name, got, err, c.key)
			continue
		}
		if c.key != "" {
			continue
		}
		if plan.Indicator.Seq != c.seq || plan.Indicator.Version != c.version || plan.Indicator.ItemID != 7 ||
			plan.Indicator.Name != strings.TrimSpace(c.in.Name) || (plan.Before == nil) != (c.in.ID == 0) {
			t.Errorf("%s: plan %+v (before %+v)", c.name, plan.Indicator, plan.Before)
		}
	}
}

func TestIndicatorConflictCarriesTheStoredOne(t *testing.T) {
	_, err := rollout.DecideIndicatorSave(indicatorSnapshot(), rollout.Indicator{ID: 1, Version: 1, Name: "x", Direction: rollout.LowerBetter})
	var c *rollout.IndicatorConflict
	if !errors.As(err, &c) || c.Current.Version != 3 || rollout.ErrorCode(err) != rollout.ECONFLICT {
		t.Fatalf("%v", err)
	}
	if zh, en := rollout.ErrorText(msg.ZH, err), rollout.ErrorText(msg.EN, err); !strings.Contains(zh, "第 3 版") || !strings.Contains(en, "version 3") {
		t.Errorf("%q / %q", zh, en)
	}
}

func TestDecideIndicatorDelete(t *testing.T) {
	for _, c := range []struct {
		name    string
		id      int64
		version int
		inUse   bool
		key     string
	}{
		{"deleted", 2, 1, false, ""},
		{"with values", 2, 1, true, "err.eval.indicator_in_use"},
		{"an old version", 1, 2, false, "err.eval.indicator_stale"},
		{"no version", 1, 0, false, "err.eval.indicator_version"},
		{"missing", 9, 1, false, "err.eval.indicator_not_found"},
	} {
		snap := indicatorSnapshot()
		snap.InUse = map[int64]bool{c.id: c.inUse}
		old, err := rollout.DecideIndicatorDelete(snap, c.id, c.version)
		if got := errorKey(err); got != c.key {
			t.Errorf("%s: refused with %q (%v), want %q", c.name, got, err, c.key)
		}
		if c.key == "" && (old == nil || old.ID != c.id) {
			t.Errorf("%s: %+v", c.name, old)
		}
	}
}

// errorKey is the catalogue key of the *rollout.Error in err's chain, "" for nil.
func errorKey(err error) string {
	var e *rollout.Error
	if errors.As(err, &e) {
		return e.Key
	}
	if err != nil {
		return "not a *rollout.Error: " + err.Error()
	}
	return ""
}
