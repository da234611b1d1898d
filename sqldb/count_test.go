package sqldb_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// The counting rules (issue 16) on both databases: what each task counts as
// reported (已上报) and as verified (复核通过), at the task and at the
// province above it, after each step of the loop. A draft never changes a
// figure; a new submission leaves the verified status until it is reviewed; a
// return leaves it too, and its report stays unverified; not applicable counts once approved; `rollout check`
// finds a corruption of either figure; the migration's backfill gives the
// same rows.
func TestCountingRules(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := rollout.WithActor(context.Background(), reporter)
		clk := newClock(db)
		units := rollupTree(t, db)
		if _, err := db.ImportNotice(ctx, smallNotice(), rollout.Source{Format: rollout.FormatText, Body: []byte("原文")}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Assign(ctx, 9); err != nil {
			t.Fatal(err)
		}
		cells, err := db.Matrix(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		task := map[string]int64{}
		for _, c := range cells {
			task[c.UnitName] = c.TaskID
		}
		kids, err := db.Divide(ctx, task["广东省"], []rollout.Division{{UnitID: units["深圳市"].ID, Role: rollout.RoleCo},
			{UnitID: units["广州市"].ID, Role: rollout.RoleCo}})
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range kids {
			task[k.UnitName] = k.ID
		}
		// Every write at its own moment, an hour apart.
		tick := func() { clk.advance(time.Hour) }
		doStep := func(unit string, kind rollout.TaskEventKind, note string, want rollout.TaskState) {
			t.Helper()
			tick()
			step(t, db, ctx, &rollout.Task{ID: task[unit]}, kind, note, want)
		}
		report := func(unit string, p rollout.Period, s rollout.ReportStatus, submit bool) {
			t.Helper()
			tick()
			id := task[unit]
			if state(t, db, id) == rollout.StateAssigned {
				step(t, db, ctx, &rollout.Task{ID: id}, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
			}
			r := &rollout.Report{TaskID: id, Period: p, Status: s, Measures: "措施"}
			if old, err := db.Report(ctx, id, p); err == nil {
				r.Version = old.Version
			}
			save(t, db, ctx, r, submit)
		}
		// cell is the unit's cell: in the matrix for a province, below its
		// parent otherwise.
		cell := func(unit string) rollout.Cell {
			t.Helper()
			var cs []rollout.Cell
			var err error
			if units[unit].Kind == rollout.KindProvince {
				cs, err = db.Matrix(ctx, 9)
			} else {
				cs, err = db.Below(ctx, task["广东省"])
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cs {
				if c.UnitName == unit {
					return c
				}
			}
			t.Fatalf("no cell of %s", unit)
			return rollout.Cell{}
		}
		// want checks a unit's own statuses and, for 广东省, the implemented
		// leaves counted each way.
		want := func(when, unit string, reported, verified rollout.ReportStatus) {
			t.Helper()
			c := cell(unit)
			if c.Status != reported || c.VerifiedStatus != verified {
				t.Errorf("%s: %s counts %s reported, %s verified; want %s, %s", when, unit, c.Status, c.VerifiedStatus, reported, verified)
			}
			if c.Leaves == 1 && (c.Tally != rollout.Leaf(reported, false) || c.Verified != rollout.Leaf(verified, false)) {
				t.Errorf("%s: %s tallies %+v reported, %+v verified", when, unit, c.Tally, c.Verified)
			}
			noRollupDiffs(t, db, when)
		}
		covered := func(when string, reported, verified int) {
			t.Helper()
			c := cell("广东省")
			if c.Covered() != reported || c.Verified.Covered() != verified {
				t.Errorf("%s: 广东省 covers %d reported, %d verified; want %d, %d", when, c.Covered(), c.Verified.Covered(), reported, verified)
			}
		}

		// 深圳市: submitted is reported, not verified; accepted is both.
		report("深圳市", "2024Q1", rollout.StatusImplemented, true)
		want("submitted", "深圳市", rollout.StatusImplemented, rollout.StatusNotStarted)
		covered("submitted", 1, 0)
		doStep("深圳市", rollout.EventAccept, "", rollout.StateAccepted)
		want("accepted", "深圳市", rollout.StatusImplemented, rollout.StatusImplemented)
		covered("accepted", 1, 1)
		since := cell("深圳市").VerifiedSince
		if since.IsZero() {
			t.Errorf("accepted: no day of the verified status")
		}

		// A draft after a verified report changes nothing: a draft of the same
		// period, and one of a newer period.
		report("深圳市", "2024Q1", rollout.StatusNotStarted, false)
		want("a draft of the verified report", "深圳市", rollout.StatusImplemented, rollout.StatusImplemented)
		report("深圳市", "2024Q2", rollout.StatusInProgress, false)
		want("a draft of a newer period", "深圳市", rollout.StatusImplemented, rollout.StatusImplemented)
		covered("drafts", 1, 1)

		// A resubmission keeps the last verified status until it is reviewed.
		report("深圳市", "2024Q2", rollout.StatusDeepening, true)
		want("resubmitted", "深圳市", rollout.StatusDeepening, rollout.StatusImplemented)
		clk.advance(48 * time.Hour)
		doStep("深圳市", rollout.EventAccept, "", rollout.StateAccepted)
		want("resubmission accepted", "深圳市", rollout.StatusDeepening, rollout.StatusDeepening)
		if c := cell("深圳市"); c.VerifiedSince.Equal(since) {
			t.Errorf("the verified status changed, its day did not: %v", c.VerifiedSince)
		}

		// A return: what was stated stays reported; verified stays the last
		// accepted; a draft of the correction changes nothing.
		report("四川省", "2024Q1", rollout.StatusInProgress, true)
		doStep("四川省", rollout.EventAccept, "", rollout.StateAccepted)
		report("四川省", "2024Q2", rollout.StatusImplemented, true)
		want("a province's unreviewed 已落地", "四川省", rollout.StatusImplemented, rollout.StatusInProgress)
		doStep("四川省", rollout.EventReturn, "请补充佐证材料", rollout.StateReturned)
		want("returned", "四川省", rollout.StatusImplemented, rollout.StatusInProgress)
		report("四川省", "2024Q2", rollout.StatusInProgress, false)
		want("a draft of the correction", "四川省", rollout.StatusImplemented, rollout.StatusInProgress)
		report("四川省", "2024Q2", rollout.StatusImplemented, true)
		doStep("四川省", rollout.EventAccept, "", rollout.StateAccepted)
		want("the correction accepted", "四川省", rollout.StatusImplemented, rollout.StatusImplemented)
		// A returned report stays unverified when the next accept is of a
		// report of another period.
		report("四川省", "2024Q3", rollout.StatusDeepening, true)
		doStep("四川省", rollout.EventReturn, "请补充佐证材料", rollout.StateReturned)
		report("四川省", "2024Q1", rollout.StatusImplemented, true)
		doStep("四川省", rollout.EventAccept, "", rollout.StateAccepted)
		want("another period accepted after a return", "四川省", rollout.StatusDeepening, rollout.StatusImplemented)

		// Not applicable: stated and accepted, it counts as not started; once
		// the level above approves the request, as not applicable on both.
		report("广州市", "2024Q1", rollout.StatusNA, true)
		doStep("广州市", rollout.EventAccept, "", rollout.StateAccepted)
		want("not applicable stated", "广州市", rollout.StatusNotStarted, rollout.StatusNotStarted)
		report("浙江省", "2024Q1", rollout.StatusImplemented, true)
		doStep("浙江省", rollout.EventReturn, "不适用", rollout.StateReturned)
		doStep("浙江省", rollout.EventRequestNA, "no_such_thing: 无港口", rollout.StateNARequested)
		want("not applicable requested", "浙江省", rollout.StatusImplemented, rollout.StatusNotStarted)
		doStep("浙江省", rollout.EventApproveNA, "同意", rollout.StateNA)
		want("not applicable approved", "浙江省", rollout.StatusNA, rollout.StatusNA)

		// The sums: 广东省 over 深圳市 (deepening) and 广州市 (not started).
		gd := cell("广东省")
		if w := (rollout.Tally{Leaves: 2, Deepening: 1, NotStarted: 1}); gd.Tally != w || gd.Verified != w {
			t.Errorf("广东省: %+v reported, %+v verified; want %+v", gd.Tally, gd.Verified, w)
		}

		// The plain query `rollout bench` measures against counts as reported.
		base, err := db.BaselineMatrix(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := db.Matrix(ctx, 9)
		for i := range ms {
			if i >= len(base) || base[i].Tally != ms[i].Tally || base[i].Status != ms[i].Status {
				t.Errorf("baseline cell %d differs from the roll-ups: %+v", i, base)
			}
		}

		// The migration's backfill — of the versions' places among the steps,
		// then of the roll-ups — gives the same rows.
		before, err := db.Matrix(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.BackfillAfterEvents(ctx); err != nil {
			t.Fatal(err)
		}
		if err := db.Backfill(ctx); err != nil {
			t.Fatal(err)
		}
		after, err := db.Matrix(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		for i := range before {
			if before[i].Counts() != after[i].Counts() || before[i].Status != after[i].Status || before[i].VerifiedStatus != after[i].VerifiedStatus {
				t.Errorf("backfilled %s: %+v, was %+v", after[i].UnitName, after[i], before[i])
			}
		}
		noRollupDiffs(t, db, "backfilled")

		// A corruption of either figure is found and named.
		for _, tc := range []struct{ set, what string }{
			{"implemented = implemented + 1", "reported tally of"},
			{"v_implemented = v_implemented + 1", "verified tally of"},
			{"v_status = 'central'", "verified status of"},
		} {
			id := task["四川省"]
			if err := db.Exec(context.Background(), `UPDATE task_rollups SET `+tc.set+` WHERE task_id = $1`, id); err != nil {
				t.Fatal(err)
			}
			diffs, err := db.CheckRollups(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(diffs) != 1 || diffs[0].TaskID != id || !strings.HasPrefix(diffs[0].What, tc.what) {
				t.Errorf("%s: diffs %+v", tc.set, diffs)
			}
			if err := db.Backfill(ctx); err != nil {
				t.Fatal(err)
			}
		}
		noRollupDiffs(t, db, "repaired")
	})
}
