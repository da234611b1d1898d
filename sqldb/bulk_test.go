package sqldb_test

import (
	"cmp"
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// bulkFixture fills db with the rollup tree, the small notice assigned and
// divisions three levels down, some tasks acknowledged and some reports
// already saved; it returns the reports of an import over it. The same calls
// on two databases give the same rows.
func bulkFixture(t *testing.T, db *sqldb.DB) []*rollout.Report {
	t.Helper()
	ctx := rollout.WithActor(context.Background(), reporter)
	newClock(db)
	units := rollupTree(t, db)
	res, err := db.ImportNotice(ctx, smallNotice(), rollout.Source{Format: rollout.FormatText, Body: []byte("原文")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Assign(ctx, 9); err != nil {
		t.Fatal(err)
	}
	item := res.Batch.Items[0].ID
	first := func(unit string) *rollout.Task {
		ts, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: units[unit].ID, ItemID: item})
		if err != nil || len(ts) != 1 {
			t.Fatalf("tasks of %s: %v, %v", unit, ts, err)
		}
		return ts[0]
	}
	divide := func(parent *rollout.Task, names ...string) []*rollout.Task {
		var ds []rollout.Division
		for i, n := range names {
			role := rollout.RoleLead
			if i > 0 {
				role = rollout.RoleCo
			}
			ds = append(ds, rollout.Division{UnitID: units[n].ID, Role: role})
		}
		kids, err := db.Divide(ctx, parent.ID, ds)
		if err != nil {
			t.Fatal(err)
		}
		return kids
	}
	gd, sc, zj := first("广东省"), first("四川省"), first("浙江省")
	cities := divide(gd, "深圳市", "广州市")
	sz, gz := cities[0], cities[1]
	counties := divide(sz, "南山区", "福田区")
	ns, ft := counties[0], counties[1]
	th := divide(gz, "天河区")[0]
	cd := divide(sc, "成都市")[0]
	wh := divide(cd, "武侯区")[0]
	for _, tk := range []*rollout.Task{ns, th, zj, sz} {
		if _, err := db.Step(ctx, tk.ID, rollout.EventAcknowledge, "", ""); err != nil {
			t.Fatal(err)
		}
	}
	ind, err := db.SaveIndicator(ctx, &rollout.Indicator{ItemID: item, Name: "办件量", Measure: "件", Direction: rollout.HigherBetter})
	if err != nil {
		t.Fatal(err)
	}
	// Stored drafts the import updates, one with a document and a value.
	nsOld, err := db.SaveReport(ctx, &rollout.Report{TaskID: ns.ID, Period: "2024Q1", Status: rollout.StatusInProgress,
		Measures: "旧", Evidence: []rollout.Evidence{{Title: "方案", DocNo: "粤府〔2024〕1号"}},
		Values: []rollout.IndicatorValue{{IndicatorID: ind.ID, Value: 3}}}, false)
	if err != nil {
		t.Fatal(err)
	}
	thOld, err := db.SaveReport(ctx, &rollout.Report{TaskID: th.ID, Period: "2024Q1", Status: rollout.StatusImplemented, Measures: "草稿"}, false)
	if err != nil {
		t.Fatal(err)
	}
	return []*rollout.Report{
		// An update keeping its document and adding one, with a new value.
		{TaskID: ns.ID, Period: "2024Q1", Version: nsOld.Version, Status: rollout.StatusImplemented, Measures: "南山",
			Evidence: append(nsOld.Evidence, rollout.Evidence{Title: "细则", DocNo: "深府〔2024〕2号"}),
			Values:   []rollout.IndicatorValue{{IndicatorID: ind.ID, Value: 5}}},
		{TaskID: ft.ID, Period: "2024Q1", Status: rollout.StatusDeepening, Measures: "福田", // still assigned: acknowledged
			Values: []rollout.IndicatorValue{{IndicatorID: ind.ID, Value: 1}}},
		{TaskID: th.ID, Period: "2024Q1", Version: thOld.Version, Status: rollout.StatusInProgress, Measures: "天河", // raises a problem
			Problem: true, ProblemText: "缺少省级审批权限"},
		{TaskID: wh.ID, Period: "2024Q1", Status: rollout.StatusNA, Measures: "武侯"},
		{TaskID: zj.ID, Period: "2024Q1", Status: rollout.StatusImplemented, Measures: "浙江",
			Evidence: []rollout.Evidence{{Title: "通知", DocNo: "浙政〔2024〕3号"}}},
		{TaskID: sz.ID, Period: "2024Q1", Status: rollout.StatusInProgress, Measures: "深圳本级"}, // a task with tasks below
	}
}

// The bulk path records an import exactly as single saves of the same rows
// do: the same rows in every table, the same audit entries, exact roll-ups.
func TestSaveReportsBulkSameAsSingle(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, bulk *sqldb.DB, _ string) {
		ctx := rollout.WithActor(context.Background(), reporter)
		single, err := sqldb.Open(ctx, sqldbtest.DSN(t, bulk.Dialect()))
		if err != nil {
			t.Fatal(err)
		}
		defer single.Close()
		single.Password = sqldb.TestPasswordParams
		single.SingleWrites()
		rs := bulkFixture(t, bulk)
		if got := bulkFixture(t, single); !reflect.DeepEqual(got, rs) {
			t.Fatalf("the fixtures differ: %+v, %+v", got, rs)
		}
		saved, err := bulk.SaveReports(ctx, rs, true)
		if err != nil {
			t.Fatal(err)
		}
		var one []*rollout.Report
		for _, r := range rs {
			s, err := single.SaveReports(ctx, []*rollout.Report{r}, true)
			if err != nil {
				t.Fatal(err)
			}
			one = append(one, s...)
		}
		if !reflect.DeepEqual(saved, one) {
			t.Errorf("saved reports differ:\nbulk   %+v\nsingle %+v", saved, one)
		}
		a, b := snapshot(t, bulk), snapshot(t, single)
		for table, rows := range a {
			if table == "audit_log" || table == "schema_migrations" { // keys, hashes; when migrated
				continue
			}
			if !reflect.DeepEqual(rows, b[table]) {
				t.Errorf("%s differs:\nbulk   %q\nsingle %q", table, rows, b[table])
			}
		}
		ea, eb := entries(t, bulk, rollout.AuditFilter{Limit: 1000}), entries(t, single, rollout.AuditFilter{Limit: 1000})
		if len(ea) != len(eb) {
			t.Fatalf("audit entries: bulk %d, single %d", len(ea), len(eb))
		}
		for i := range ea {
			x, y := ea[i], eb[i]
			if x.ID != y.ID || x.Action != y.Action || x.Object != y.Object || x.Before != y.Before || x.After != y.After || x.Actor != y.Actor {
				t.Errorf("audit entry %d:\nbulk   %+v\nsingle %+v", i, x, y)
			}
		}
		verify(t, bulk, count(t, bulk))
		noRollupDiffs(t, bulk, "after the bulk import")
		noRollupDiffs(t, single, "after the single saves")
	})
}

// UnitsByID reads many units at once, leaving out IDs of no unit.
func TestUnitsByID(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := rollupTree(t, db)
		ids := []int64{units["南山区"].ID, units["广东省"].ID, units["南山区"].ID, 999999}
		got, err := db.UnitsByID(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || !reflect.DeepEqual(got[units["南山区"].ID], units["南山区"]) || got[units["广东省"].ID].Name != "广东省" {
			t.Errorf("UnitsByID = %+v", got)
		}
		if got, err := db.UnitsByID(ctx, nil); err != nil || len(got) != 0 {
			t.Errorf("no IDs: %v, %v", got, err)
		}
	})
}

// Saves that arrive together are written in one transaction (group commit), each with its own outcome: a refused save and one that lost to
// another fail alone, the others are stored with their events, audit entries
// and roll-ups.
func TestGroupCommitEachItsOwnOutcome(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		l := setupLoop(t, db, true)
		ctx := l.reporter
		for _, tk := range []*rollout.Task{l.sz, l.ns, l.sc} {
			step(t, db, ctx, tk, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		}
		old := save(t, db, ctx, &rollout.Report{TaskID: l.sc.ID, Period: "2024Q1", Status: rollout.StatusInProgress, Measures: "旧"}, false)
		n0 := count(t, db)
		saves := []*rollout.Report{
			{TaskID: l.sz.ID, Period: "2024Q1", Status: rollout.StatusImplemented, Measures: "深圳"},                     // stored
			{TaskID: l.sz.ID, Period: "2024Q2", Status: "bogus", Measures: "无效"},                                       // refused
			{TaskID: l.sc.ID, Period: "2024Q1", Version: old.Version + 5, Status: rollout.StatusImplemented},           // conflict
			{TaskID: l.ns.ID, Period: "2024Q1", Status: rollout.StatusInProgress, Measures: "南山甲"},                     // one of these two
			{TaskID: l.ns.ID, Period: "2024Q1", Status: rollout.StatusImplemented, Measures: "南山乙"},                    // is stored
			{TaskID: l.sc.ID, Period: "2024Q1", Version: old.Version, Status: rollout.StatusDeepening, Measures: "四川"}, // stored
		}
		results := saveQueued(t, db, ctx, saves)
		for _, i := range []int{0, 5} {
			if results[i] != nil {
				t.Errorf("save %d: %v", i, results[i])
			}
		}
		wantCode(t, "refused in a group", results[1], rollout.EINVALID)
		var conflict *rollout.ReportConflict
		if !errors.As(results[2], &conflict) {
			t.Errorf("stale version in a group: %v", results[2])
		}
		if (results[3] == nil) == (results[4] == nil) || !errors.As(cmp.Or(results[3], results[4]), &conflict) {
			t.Errorf("two first saves of one report: %v, %v", results[3], results[4])
		}
		if r, err := db.Report(ctx, l.sc.ID, "2024Q1"); err != nil || r.Measures != "四川" || r.Version != old.Version+1 {
			t.Errorf("四川省's report: %+v, %v", r, err)
		}
		if r, err := db.Report(ctx, l.sz.ID, "2024Q1"); err != nil || r.Measures != "深圳" {
			t.Errorf("深圳市's report: %+v, %v", r, err)
		}
		if _, err := db.Report(ctx, l.sz.ID, "2024Q2"); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("the refused save was stored: %v", err)
		}
		if tl, _ := db.Timeline(ctx, l.ns.ID); len(tl) != 2 || tl[1].Kind != rollout.EventDraft {
			t.Errorf("南山区's timeline: %+v", tl)
		}
		verify(t, db, n0+5) // report.save of each stored save, task.draft of 深圳市 and 南山区 (started by it)
		noRollupDiffs(t, db, "after a group")
	})
}

// Another server's save that lands between a group's decisions and its
// writes (PostgreSQL: the group's snapshot takes no lock) makes that save of
// the group a conflict of its own, while the group's other saves are stored;
// on SQLite the group holds the write lock from its start, so the other
// server's save waits and is the one that conflicts. Either way exactly one
// save of the report wins, nothing is lost, the chain verifies and the
// roll-ups are exact.
func TestGroupSaveLosesToAnotherServer(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		l := setupLoop(t, db, true)
		ctx := l.reporter
		for _, tk := range []*rollout.Task{l.sz, l.ns, l.sc} {
			step(t, db, ctx, tk, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		}
		old := save(t, db, ctx, &rollout.Report{TaskID: l.sc.ID, Period: "2024Q1", Status: rollout.StatusInProgress, Measures: "旧"}, false)
		other, err := sqldb.Open(context.Background(), dsn) // a second server on the same database
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		n0 := count(t, db)
		db.OneSaveQueue()
		var once sync.Once
		otherDone := make(chan error, 1)
		db.OnGroupDecided(func() {
			once.Do(func() {
				go func() {
					_, err := other.SaveReport(ctx, &rollout.Report{TaskID: l.sc.ID, Period: "2024Q1", Version: old.Version,
						Status: rollout.StatusImplemented, Measures: "另一台服务器"}, false)
					otherDone <- err
				}()
				if db.Dialect() == "postgres" { // it commits before the group writes
					if err := <-otherDone; err != nil {
						t.Errorf("the other server's save: %v", err)
					}
					otherDone <- nil
				}
			})
		})
		saves := []*rollout.Report{
			{TaskID: l.sc.ID, Period: "2024Q1", Version: old.Version, Status: rollout.StatusDeepening, Measures: "本服务器"},
			{TaskID: l.sz.ID, Period: "2024Q1", Status: rollout.StatusImplemented, Measures: "深圳"},
		}
		results := saveQueued(t, db, ctx, saves)
		otherErr := <-otherDone
		var conflict *rollout.ReportConflict
		if results[1] != nil {
			t.Errorf("the group's other save: %v", results[1])
		}
		if db.Dialect() == "postgres" {
			if !errors.As(results[0], &conflict) || otherErr != nil {
				t.Errorf("the save that lost its race in the group: %v; the other server's: %v", results[0], otherErr)
			}
		} else if results[0] != nil || !errors.As(otherErr, &conflict) {
			t.Errorf("the group's save: %v; the other server's, after it: %v", results[0], otherErr)
		}
		r, err := db.Report(ctx, l.sc.ID, "2024Q1")
		if err != nil || r.Version != old.Version+1 {
			t.Errorf("四川省's report after the race: %+v, %v", r, err)
		}
		if r, err := db.Report(ctx, l.sz.ID, "2024Q1"); err != nil || r.Measures != "深圳" {
			t.Errorf("深圳市's report: %+v, %v", r, err)
		}
		verify(t, db, n0+3) // report.save of each stored save, task.draft of 深圳市
		noRollupDiffs(t, db, "after the race")
	})
}

// saveQueued saves each of saves as a draft from its own goroutine while the
// writer is held, so that they queue, then lets them be written, and returns
// each one's outcome.
func saveQueued(t *testing.T, db *sqldb.DB, ctx context.Context, saves []*rollout.Report) []error {
	t.Helper()
	release := db.HoldWriter()
	results := make([]error, len(saves))
	var wg sync.WaitGroup
	for i, r := range saves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, results[i] = db.SaveReport(ctx, r, false)
		}()
	}
	for db.QueuedSaves() < len(saves) {
		time.Sleep(time.Millisecond)
	}
	release()
	wg.Wait()
	return results
}
