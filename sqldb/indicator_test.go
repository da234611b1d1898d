package sqldb_test

import (
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

func TestIndicatorsAndReportValues(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		l := setupLoop(t, db, false)
		ctx := l.reporter
		items, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: l.units["广东省"].ID})
		if err != nil {
			t.Fatal(err)
		}
		item := l.gd.ItemID
		n, err := db.SeedIndicators(ctx, 9, map[int][]rollout.Indicator{1: {
			{Name: "审批时长中位数", Measure: "工作日", Direction: rollout.LowerBetter, Proposed: true},
			{Name: "网办率", Measure: "%", Direction: rollout.HigherBetter, Proposed: true},
		}})
		if err != nil || n != 2 {
			t.Fatalf("seed: %d, %v", n, err)
		}
		if n, err := db.SeedIndicators(ctx, 9, map[int][]rollout.Indicator{1: {{Name: "x", Direction: rollout.HigherBetter}}}); err != nil || n != 0 {
			t.Errorf("seeding again: %d, %v", n, err)
		}
		ins, err := db.Indicators(ctx, item)
		if err != nil || len(ins) != 2 || ins[0].Seq != 1 || ins[0].Name != "审批时长中位数" || !ins[0].Proposed || ins[0].Baseline != nil {
			t.Fatalf("indicators: %+v, %v", ins, err)
		}
		// The coordinator sets a baseline and a target, and adds a third.
		b, tg := 20.0, 10.0
		ins[0].Baseline, ins[0].Target, ins[0].Proposed = &b, &tg, false
		up, err := db.SaveIndicator(ctx, ins[0])
		if err != nil || *up.Baseline != 20 || *up.Target != 10 || up.Proposed {
			t.Fatalf("update: %+v, %v", up, err)
		}
		third, err := db.SaveIndicator(ctx, &rollout.Indicator{ItemID: item, Name: "办件量", Measure: "件", Direction: rollout.HigherBetter})
		if err != nil || third.Seq != 3 {
			t.Fatalf("create: %+v, %v", third, err)
		}
		if _, err := db.SaveIndicator(ctx, &rollout.Indicator{ItemID: item, Name: "x", Direction: "up"}); code(err) != rollout.EINVALID {
			t.Errorf("bad direction: %v", err)
		}
		if _, err := db.SaveIndicator(ctx, &rollout.Indicator{ItemID: 9999, Name: "x", Direction: rollout.HigherBetter}); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing item: %v", err)
		}
		if e := last(t, db, "indicator.update"); e.Object != "indicator:"+itoa(ins[0].ID) {
			t.Errorf("audit: %+v", e)
		}
		// Giving an indicator the number another one of the item has is
		// refused by that number: nothing is written, no audit entry.
		before := snapshot(t, db)
		taken := *third
		taken.Seq = ins[0].Seq
		_, err = db.SaveIndicator(ctx, &taken)
		wantCode(t, "a number taken", err, rollout.EINVALID, "序号为 1 的指标")
		unchanged(t, db, before)

		// Values are stored with the report and each version.
		step(t, db, ctx, l.gd, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		r := save(t, db, ctx, &rollout.Report{TaskID: l.gd.ID, Period: "2024Q1", Status: rollout.StatusInProgress,
			Values: []rollout.IndicatorValue{{IndicatorID: ins[1].ID, Value: 87.5}, {IndicatorID: ins[0].ID, Value: 15}}}, false)
		if len(r.Values) != 2 || r.Values[0].Name != "审批时长中位数" || r.Values[0].Value != 15 || r.Values[1].Value != 87.5 {
			t.Fatalf("values: %+v", r.Values)
		}
		// A save without values (an importer that does not show them) keeps them.
		r2 := save(t, db, ctx, &rollout.Report{TaskID: l.gd.ID, Period: "2024Q1", Version: r.Version, Status: rollout.StatusImplemented}, false)
		if len(r2.Values) != 2 {
			t.Errorf("values after a save without them: %+v", r2.Values)
		}
		r3 := save(t, db, ctx, &rollout.Report{TaskID: l.gd.ID, Period: "2024Q1", Version: r2.Version, Status: rollout.StatusImplemented,
			Values: []rollout.IndicatorValue{{IndicatorID: ins[0].ID, Value: 12}}}, false)
		if len(r3.Values) != 1 || r3.Values[0].Value != 12 {
			t.Errorf("values replaced: %+v", r3.Values)
		}
		vs, err := db.ReportVersions(ctx, r.ID)
		if err != nil || len(vs) != 3 || len(vs[2].Values) != 2 || vs[2].Values[1].Value != 87.5 || vs[0].Values[0].Value != 12 {
			t.Fatalf("versions: %+v, %v", vs, err)
		}
		// A value of an unknown indicator, or of another item's, is refused by name and writes nothing.
		before = snapshot(t, db)
		_, err = db.SaveReport(ctx, &rollout.Report{TaskID: l.gd.ID, Period: "2024Q2", Status: rollout.StatusInProgress,
			Values: []rollout.IndicatorValue{{IndicatorID: 4242, Value: 1}}}, false)
		wantCode(t, "unknown indicator", err, rollout.EINVALID, "4242")
		_, err = db.SaveReport(ctx, &rollout.Report{TaskID: l.gd.ID, Period: "2024Q2", Status: rollout.StatusInProgress,
			Values: []rollout.IndicatorValue{{IndicatorID: ins[0].ID, Value: 1}, {IndicatorID: ins[0].ID, Value: 2}}}, false)
		wantCode(t, "twice", err, rollout.EINVALID, "两次")
		unchanged(t, db, before)

		// An indicator with values cannot be deleted; one without can.
		if err := db.DeleteIndicator(ctx, ins[1].ID, ins[1].Version); code(err) != rollout.ECONFLICT || !strings.Contains(rollout.ErrorMessage(err), "网办率") {
			t.Errorf("delete an indicator with values in an old version: %v", err)
		}
		if err := db.DeleteIndicator(ctx, third.ID, third.Version); err != nil {
			t.Fatal(err)
		}
		if ins, _ := db.Indicators(ctx, item); len(ins) != 2 {
			t.Errorf("after delete: %+v", ins)
		}
		if err := db.DeleteIndicator(ctx, third.ID, third.Version); code(err) != rollout.ENOTFOUND {
			t.Errorf("delete twice: %v", err)
		}
		_ = items
		verify(t, db, count(t, db))
	})
}
