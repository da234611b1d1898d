package sqldb_test

import (
	"context"
	"reflect"
	"testing"

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
	// Stored drafts the import updates, one with a document.
	nsOld, err := db.SaveReport(ctx, &rollout.Report{TaskID: ns.ID, Period: "2024Q1", Status: rollout.StatusInProgress,
		Measures: "旧", Evidence: []rollout.Evidence{{Title: "方案", DocNo: "粤府〔2024〕1号"}}}, false)
	if err != nil {
		t.Fatal(err)
	}
	thOld, err := db.SaveReport(ctx, &rollout.Report{TaskID: th.ID, Period: "2024Q1", Status: rollout.StatusImplemented, Measures: "草稿"}, false)
	if err != nil {
		t.Fatal(err)
	}
	return []*rollout.Report{
		// An update keeping its document and adding one.
		{TaskID: ns.ID, Period: "2024Q1", Version: nsOld.Version, Status: rollout.StatusImplemented, Measures: "南山",
			Evidence: append(nsOld.Evidence, rollout.Evidence{Title: "细则", DocNo: "深府〔2024〕2号"})},
		{TaskID: ft.ID, Period: "2024Q1", Status: rollout.StatusDeepening, Measures: "福田"}, // still assigned: acknowledged
		{TaskID: th.ID, Period: "2024Q1", Version: thOld.Version, Status: rollout.StatusInProgress, Measures: "天河"},
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
