package sqldb_test

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"rollout"
	"rollout/refdata"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

var rollupSeed = flag.Int64("rollup-seed", 20230624, "seed of the random writes of TestRollupsStayExact")

// rollupTree is a tree deep enough for divisions three levels down.
func rollupTree(t *testing.T, db *sqldb.DB) map[string]*rollout.Unit {
	t.Helper()
	specs := []refdata.UnitSpec{
		{Key: "国务院", Name: "国务院", Kind: rollout.KindStateCouncil},
		{Key: "商务部", Name: "商务部", Kind: rollout.KindMinistry, ParentKey: "国务院"},
		{Key: "广东省", Code: "440000", Name: "广东省", Kind: rollout.KindProvince, ParentKey: "国务院", ProvinceKey: "广东省"},
		{Key: "深圳市", Code: "440300", Name: "深圳市", Kind: rollout.KindCity, ParentKey: "广东省", ProvinceKey: "广东省"},
		{Key: "南山区", Code: "440305", Name: "南山区", Kind: rollout.KindCounty, ParentKey: "深圳市", ProvinceKey: "广东省"},
		{Key: "福田区", Code: "440304", Name: "福田区", Kind: rollout.KindCounty, ParentKey: "深圳市", ProvinceKey: "广东省"},
		{Key: "广州市", Code: "440100", Name: "广州市", Kind: rollout.KindCity, ParentKey: "广东省", ProvinceKey: "广东省"},
		{Key: "天河区", Code: "440106", Name: "天河区", Kind: rollout.KindCounty, ParentKey: "广州市", ProvinceKey: "广东省"},
		{Key: "四川省", Code: "510000", Name: "四川省", Kind: rollout.KindProvince, ParentKey: "国务院", ProvinceKey: "四川省"},
		{Key: "成都市", Code: "510100", Name: "成都市", Kind: rollout.KindCity, ParentKey: "四川省", ProvinceKey: "四川省"},
		{Key: "武侯区", Code: "510107", Name: "武侯区", Kind: rollout.KindCounty, ParentKey: "成都市", ProvinceKey: "四川省"},
		{Key: "浙江省", Code: "330000", Name: "浙江省", Kind: rollout.KindProvince, ParentKey: "国务院", ProvinceKey: "浙江省"},
	}
	if _, err := db.LoadUnits(context.Background(), specs); err != nil {
		t.Fatal(err)
	}
	out := map[string]*rollout.Unit{}
	for _, sp := range specs {
		out[sp.Name] = unitNamed(t, db, sp.Name)
	}
	return out
}

// noRollupDiffs fails the test when CheckRollups finds anything.
func noRollupDiffs(t *testing.T, db *sqldb.DB, when string) {
	t.Helper()
	diffs, err := db.CheckRollups(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diffs {
		t.Errorf("%s: %s: stored %+v, actual %+v", when, d.What, d.Stored, d.Actual)
	}
	if len(diffs) > 0 {
		t.FailNow()
	}
}

// Random sequences of every write that changes roll-ups leave them exact, on
// both databases; a stored aggregate changed behind the application's back is
// found.
func TestRollupsStayExact(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := rollout.WithActor(context.Background(), reporter)
		clk := newClock(db)
		units := rollupTree(t, db)
		res, err := db.ImportNotice(ctx, smallNotice(), rollout.Source{Format: rollout.FormatText, Body: []byte("原文")})
		if err != nil {
			t.Fatal(err)
		}
		item1, item2 := res.Batch.Items[0].ID, res.Batch.Items[1].ID
		if _, err := db.Assign(ctx, 9); err != nil {
			t.Fatal(err)
		}
		noRollupDiffs(t, db, "after assign")

		rng := rand.New(rand.NewSource(*rollupSeed))
		t.Logf("seed %d (-rollup-seed to repeat)", *rollupSeed)
		periods := []rollout.Period{"2024Q1", "2024Q2", "2024H1", "2024-05", "2024Q3"}
		var unitList []*rollout.Unit
		for _, u := range units {
			unitList = append(unitList, u)
		}
		slices.SortFunc(unitList, func(a, b *rollout.Unit) int { return cmp.Compare(a.Path, b.Path) })
		pick := func(ts []*rollout.Task, keep func(*rollout.Task) bool) *rollout.Task {
			var c []*rollout.Task
			for _, t := range ts {
				if keep == nil || keep(t) {
					c = append(c, t)
				}
			}
			if len(c) == 0 {
				return nil
			}
			return c[rng.Intn(len(c))]
		}
		// ok lets refusals of the rules pass (the random writes try many
		// that the loop does not allow) and fails on anything else.
		ok := func(what string, err error) {
			t.Helper()
			if err != nil && rollout.ErrorCode(err) != rollout.EINVALID {
				t.Fatalf("%s: %v", what, err)
			}
		}
		report := func(task *rollout.Task, p rollout.Period) *rollout.Report {
			r := &rollout.Report{TaskID: task.ID, Period: p, Status: rollout.Statuses[rng.Intn(len(rollout.Statuses))],
				Measures: "措施"}
			if old, err := db.Report(ctx, task.ID, p); err == nil {
				r.Version = old.Version
				if rng.Intn(2) == 0 {
					r.Evidence = old.Evidence // keep, else drop
				}
			}
			if rng.Intn(3) == 0 {
				r.Evidence = append(r.Evidence, rollout.Evidence{Title: "实施方案", DocNo: "粤府〔2024〕1号"})
			}
			return r
		}
		cascades := 0
		ops := 0
		for i := 0; i < 400; i++ {
			clk.advance(36 * time.Hour)
			ts, err := db.Tasks(ctx, rollout.TaskFilter{})
			if err != nil {
				t.Fatal(err)
			}
			switch op := rng.Intn(12); op {
			case 0, 1: // divide
				task := pick(ts, func(t *rollout.Task) bool { return !t.State.Done() })
				if task == nil {
					continue
				}
				var below []*rollout.Unit
				owner := units[task.UnitName]
				for _, u := range unitList {
					if u.ID != owner.ID && u.Within(owner) && !u.Retired() {
						below = append(below, u)
					}
				}
				if len(below) == 0 {
					continue
				}
				u := below[rng.Intn(len(below))]
				_, err := db.Divide(ctx, task.ID, []rollout.Division{{UnitID: u.ID, Role: rollout.RoleCo}})
				ok("divide", err)
			case 2, 3, 4: // save a report, as a draft or submitted
				task := pick(ts, nil)
				if task.State == rollout.StateAssigned {
					_, err := db.Step(ctx, task.ID, rollout.EventAcknowledge, "", "")
					ok("acknowledge", err)
				}
				_, err := db.SaveReport(ctx, report(task, periods[rng.Intn(len(periods))]), rng.Intn(3) > 0)
				ok("save", err)
			case 5: // import several reports at once
				p := periods[rng.Intn(len(periods))]
				a, b := pick(ts, nil), pick(ts, nil)
				rs := []*rollout.Report{report(a, p)}
				if b.ID != a.ID {
					rs = append(rs, report(b, p))
				}
				_, err := db.SaveReports(ctx, rs, rng.Intn(2) == 0)
				ok("save reports", err)
			case 6: // review
				task := pick(ts, func(t *rollout.Task) bool { return t.State == rollout.StateReported })
				if task == nil {
					continue
				}
				if rng.Intn(2) == 0 {
					_, err = db.Step(ctx, task.ID, rollout.EventAccept, "", "")
				} else {
					_, err = db.Step(ctx, task.ID, rollout.EventReturn, "缺少佐证材料", "")
				}
				ok("review", err)
			case 7: // not applicable: request, approve or reject
				task := pick(ts, func(t *rollout.Task) bool { return t.State == rollout.StateNARequested })
				if task == nil || rng.Intn(4) == 0 {
					task = pick(ts, nil)
				}
				switch task.State {
				case rollout.StateNARequested:
					if rng.Intn(3) > 0 {
						_, err = db.Step(ctx, task.ID, rollout.EventApproveNA, "同意", "")
					} else {
						_, err = db.Step(ctx, task.ID, rollout.EventRejectNA, "不同意", "")
					}
				default:
					_, err = db.Step(ctx, task.ID, rollout.EventRequestNA, "outside_scope: 不在推广范围", "")
				}
				ok("not applicable", err)
			case 8: // close
				task := pick(ts, nil)
				_, err := db.Step(ctx, task.ID, rollout.EventClose, "", "")
				ok("close", err)
			case 9: // attach a file
				task := pick(ts, nil)
				r, err := db.Report(ctx, task.ID, periods[rng.Intn(len(periods))])
				if err != nil {
					continue
				}
				_, err = db.AddAttachment(ctx, r.ID, rollout.Evidence{FileName: "方案.pdf"}, []byte("%PDF-1.4 "+fmt.Sprint(i)))
				ok("attach", err)
			case 10: // new first-level tasks: a province confirmed for item 2
				u := []*rollout.Unit{units["广东省"], units["四川省"], units["浙江省"]}[rng.Intn(3)]
				if err := db.ConfirmScope(ctx, item2, []rollout.ScopeUnit{{UnitID: u.ID, Reason: "有需求"}}); err != nil {
					t.Fatal(err)
				}
				if _, err := db.Assign(ctx, 9); err != nil {
					t.Fatal(err)
				}
			case 11: // a unit cascades item 1 to a new department
				task := pick(ts, func(t *rollout.Task) bool { return t.ItemID == item1 && t.Role != rollout.RoleGuide && !t.State.Done() })
				if task == nil {
					continue
				}
				cascades++
				name := fmt.Sprintf("新设部门%d", cascades)
				_, _, err := db.Cascade(ctx, task.UnitID, []string{name}, func(below []*rollout.Unit) rollout.CascadePlan {
					var p rollout.CascadePlan
					for _, u := range below {
						if u.Name == name {
							p.Lines = append(p.Lines, rollout.CascadeLine{ItemID: item1, ItemSeq: 1,
								Divisions: []rollout.Division{{UnitID: u.ID, Role: rollout.RoleCo}}})
						}
					}
					if len(p.Lines) == 0 { // not created yet: a name the document gives that is not known
						p.Unknown = []rollout.UnknownUnit{{Name: name, Reason: rollout.ReasonUnknown}}
					}
					return p
				}, false)
				ok("cascade", err)
				if err == nil {
					u := unitNamed(t, db, name)
					units[name], unitList = u, append(unitList, u)
				}
			}
			ops++
			if i%50 == 49 {
				noRollupDiffs(t, db, fmt.Sprintf("after %d writes", i+1))
			}
		}
		noRollupDiffs(t, db, "at the end")

		// The random writes reached every kind of tally: divided tasks, several
		// statuses, evidence, not applicable.
		cells, err := db.Matrix(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		var all, verified rollout.Tally
		for _, c := range cells {
			all.Add(c.Tally)
			verified.Add(c.Verified)
		}
		if all.Leaves <= len(cells) || all.Evidence == 0 || all.NA == 0 || all.Covered() == 0 || all.InProgress == 0 {
			t.Errorf("the random writes reached too little: %+v over %d cells", all, len(cells))
		}
		if verified.Covered() == 0 || verified == all {
			t.Errorf("the random writes reached too little of the verified figures: %+v, reported %+v", verified, all)
		}
		// The sums of each first-level task equal the cells below it, at every level.
		var walk func(c rollout.Cell, depth int)
		walk = func(c rollout.Cell, depth int) {
			below, err := db.Below(ctx, c.TaskID)
			if err != nil {
				t.Fatal(err)
			}
			if len(below) == 0 {
				if c.Leaves != 1 {
					t.Errorf("leaf task %d (%s) counts %d leaves", c.TaskID, c.UnitName, c.Leaves)
				}
				return
			}
			var s rollout.Counts
			for _, b := range below {
				s.Add(b.Counts())
				walk(b, depth+1)
			}
			if s != c.Counts() {
				t.Errorf("task %d (%s): %+v, its children sum to %+v", c.TaskID, c.UnitName, c.Counts(), s)
			}
		}
		for _, c := range cells {
			walk(c, 0)
		}

		// A stored aggregate changed behind the application's back is found, and named.
		victim := cells[rng.Intn(len(cells))]
		if err := db.Exec(context.Background(), `UPDATE task_rollups SET implemented = implemented + 1 WHERE task_id = $1`, victim.TaskID); err != nil {
			t.Fatal(err)
		}
		diffs, err := db.CheckRollups(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(diffs) != 1 || diffs[0].TaskID != victim.TaskID || diffs[0].Stored.Implemented != diffs[0].Actual.Implemented+1 {
			t.Fatalf("corrupted task %d: diffs %+v", victim.TaskID, diffs)
		}
		t.Logf("%d writes, %d cells, national tally %+v, verified %+v; found: %s", ops, len(cells), all, verified, diffs[0].What)
		// And so is one of the verified figures.
		if err := db.Exec(context.Background(), `UPDATE task_rollups SET implemented = implemented - 1, v_deepening = v_deepening + 2
			WHERE task_id = $1`, victim.TaskID); err != nil {
			t.Fatal(err)
		}
		diffs, err = db.CheckRollups(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(diffs) != 1 || diffs[0].TaskID != victim.TaskID || diffs[0].Stored.Deepening != diffs[0].Actual.Deepening+2 ||
			!strings.HasPrefix(diffs[0].What, "verified tally") {
			t.Fatalf("corrupted verified figure of task %d: diffs %+v", victim.TaskID, diffs)
		}
	})
}

// A scripted set of reports gives the matrix numbers worked out by hand here,
// and shows which report is current: the newest submitted by period, a
// returned one still counting, a draft not, not applicable only once approved.
func TestRollupScripted(t *testing.T) {
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
		if len(cells) != 3 { // item 1 in 广东, 四川, 浙江 (浙江省 sorts first by code); no guidance cell
			t.Fatalf("matrix: %+v", cells)
		}
		task := map[string]int64{}
		for _, c := range cells {
			task[c.UnitName] = c.TaskID
		}
		divide := func(parent int64, names ...string) {
			var ds []rollout.Division
			for _, n := range names {
				ds = append(ds, rollout.Division{UnitID: units[n].ID, Role: rollout.RoleCo})
			}
			kids, err := db.Divide(ctx, parent, ds)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range kids {
				task[k.UnitName] = k.ID
			}
		}
		divide(task["广东省"], "深圳市", "广州市")
		divide(task["深圳市"], "南山区", "福田区")
		submit := func(unit string, p rollout.Period, s rollout.ReportStatus, evidence bool, submit bool) {
			t.Helper()
			id := task[unit]
			if st := state(t, db, id); st == rollout.StateAssigned {
				step(t, db, ctx, &rollout.Task{ID: id}, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
			}
			r := &rollout.Report{TaskID: id, Period: p, Status: s, Measures: "措施"}
			if old, err := db.Report(ctx, id, p); err == nil {
				r.Version = old.Version
			}
			if evidence {
				r.Evidence = []rollout.Evidence{{Title: "实施细则", DocNo: "深府〔2024〕3号"}}
			}
			save(t, db, ctx, r, submit)
		}
		submit("南山区", "2024Q1", rollout.StatusImplemented, true, true)
		submit("福田区", "2024Q1", rollout.StatusInProgress, false, true)
		step(t, db, ctx, &rollout.Task{ID: task["福田区"]}, rollout.EventAccept, "", rollout.StateAccepted)
		submit("福田区", "2024Q2", rollout.StatusDeepening, true, false) // a draft: not counted
		step(t, db, ctx, &rollout.Task{ID: task["广州市"]}, rollout.EventRequestNA, "no_such_thing: 无港口", rollout.StateNARequested)
		step(t, db, ctx, &rollout.Task{ID: task["广州市"]}, rollout.EventApproveNA, "", rollout.StateNA)
		clk.advance(24 * time.Hour)
		submit("四川省", "2024Q1", rollout.StatusCentral, false, true)
		step(t, db, ctx, &rollout.Task{ID: task["四川省"]}, rollout.EventAccept, "", rollout.StateAccepted)
		clk.advance(24 * time.Hour)
		submit("四川省", "2024H1", rollout.StatusImplemented, true, true) // newer than 2024Q1
		step(t, db, ctx, &rollout.Task{ID: task["四川省"]}, rollout.EventReturn, "请补充文号", rollout.StateReturned)
		submit("浙江省", "2024-05", rollout.StatusNA, false, true) // not approved: not started
		guide, err := db.Tasks(ctx, rollout.TaskFilter{Role: rollout.RoleGuide})
		if err != nil || len(guide) == 0 {
			t.Fatal(guide, err)
		}
		step(t, db, ctx, guide[0], rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		save(t, db, ctx, &rollout.Report{TaskID: guide[0].ID, Period: "2024Q1", Status: rollout.StatusImplemented}, true) // guidance: not counted

		want := map[string]rollout.Tally{
			"广东省": {Leaves: 3, Implemented: 1, InProgress: 1, NA: 1, Evidence: 1},
			"四川省": {Leaves: 1, Implemented: 1, Evidence: 1},
			"浙江省": {Leaves: 1, NotStarted: 1},
		}
		cells, err = db.Matrix(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		var total rollout.Tally
		for _, c := range cells {
			if c.Tally != want[c.UnitName] {
				t.Errorf("%s: %+v, want %+v", c.UnitName, c.Tally, want[c.UnitName])
			}
			total.Add(c.Tally)
		}
		if total.Leaves != 5 || total.Covered() != 2 || total.Applicable() != 4 || total.Coverage() != 0.5 {
			t.Errorf("nationwide %+v: coverage %v", total, total.Coverage())
		}
		if got := want["广东省"]; got.CoverageFormula() != "覆盖率 = (已落地 1 + 持续深化 0 + 由中央部门统一实施 0) ÷ (末级任务 3 − 不适用 1) = 50.0%" {
			t.Errorf("formula: %s", got.CoverageFormula())
		}
		sc := cells[0]
		for _, c := range cells {
			if c.UnitName == "四川省" {
				sc = c
			}
		}
		if sc.Status != rollout.StatusImplemented || sc.Since.Format(time.DateOnly) != "2024-03-03" {
			t.Errorf("四川省: status %s since %v; want implemented since 2024-03-03 (its 2024H1 report, returned)", sc.Status, sc.Since)
		}
		below, err := db.Below(ctx, task["深圳市"])
		if err != nil {
			t.Fatal(err)
		}
		byName := func(cs []rollout.Cell) map[string]rollout.Cell {
			m := map[string]rollout.Cell{}
			for _, c := range cs {
				m[c.UnitName] = c
			}
			return m
		}
		b := byName(below)
		if len(below) != 2 || b["南山区"].Status != rollout.StatusImplemented || b["福田区"].Status != rollout.StatusInProgress ||
			!b["南山区"].Since.Equal(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("below 深圳市: %+v", below)
		}
		// The draft, submitted, makes 福田区 deepening.
		submit("福田区", "2024Q2", rollout.StatusDeepening, true, true)
		below, _ = db.Below(ctx, task["深圳市"])
		if f := byName(below)["福田区"]; f.Status != rollout.StatusDeepening || f.Evidence != 1 {
			t.Errorf("福田区 after submitting 2024Q2: %+v", f)
		}
		if _, err := db.Below(ctx, 99999); code(err) != rollout.ENOTFOUND {
			t.Errorf("below a missing task: %v", err)
		}
		if _, err := db.Matrix(ctx, 77); code(err) != rollout.ENOTFOUND {
			t.Errorf("matrix of a missing batch: %v", err)
		}
		noRollupDiffs(t, db, "scripted")

		// The trend ends where the matrix stands (evidence aside).
		trend, err := db.Trend(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		var now rollout.Tally
		cells, _ = db.Matrix(ctx, 9)
		for _, c := range cells {
			now.Add(c.Tally)
		}
		now.Evidence = 0
		var order []rollout.Period
		for _, p := range trend {
			order = append(order, p.Period)
		}
		if fmt.Sprint(order) != "[2024Q1 2024-05 2024H1 2024Q2]" || trend[len(trend)-1].Tally != now {
			t.Errorf("trend %v: last %+v, matrix %+v", order, trend[len(trend)-1].Tally, now)
		}
		if q1 := trend[0].Tally; q1.Implemented != 1 || q1.Central != 1 || q1.InProgress != 1 || q1.NA != 1 {
			t.Errorf("trend at 2024Q1: %+v", q1)
		}

		// The migration's backfill of existing data gives the same rows.
		before, err := db.Matrix(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Backfill(ctx); err != nil {
			t.Fatal(err)
		}
		after, err := db.Matrix(ctx, 9)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(before, after) {
			t.Errorf("backfill:\n%+v\nwant\n%+v", after, before)
		}
		noRollupDiffs(t, db, "backfilled")
	})
}

// Writers at once on the tasks of one subtree (reports on sibling leaves, a
// division, an approval of not applicable) leave the roll-ups exact: each
// locks the rows it changes from the bottom up, in one order.
func TestRollupsConcurrentWriters(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := rollout.WithActor(context.Background(), reporter)
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
		var gd int64
		for _, c := range cells {
			if c.UnitName == "广东省" {
				gd = c.TaskID
			}
		}
		kids, err := db.Divide(ctx, gd, []rollout.Division{{UnitID: units["深圳市"].ID, Role: rollout.RoleLead}, {UnitID: units["广州市"].ID, Role: rollout.RoleCo}})
		if err != nil {
			t.Fatal(err)
		}
		sz, gz := kids[0], kids[1]
		if sz.UnitName != "深圳市" {
			sz, gz = gz, sz
		}
		leaves, err := db.Divide(ctx, sz.ID, []rollout.Division{{UnitID: units["南山区"].ID, Role: rollout.RoleLead}, {UnitID: units["福田区"].ID, Role: rollout.RoleCo}})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range leaves {
			if _, err := db.Step(ctx, l.ID, rollout.EventAcknowledge, "", ""); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := db.Step(ctx, gz.ID, rollout.EventRequestNA, "no_such_thing: 无港口", ""); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make(chan error, 16)
		for i, l := range leaves {
			for _, p := range []rollout.Period{"2024Q1", "2024Q2", "2024Q3"} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, err := db.SaveReport(ctx, &rollout.Report{TaskID: l.ID, Period: p, Status: rollout.StatusImplemented,
						Evidence: []rollout.Evidence{{Title: fmt.Sprintf("文件%d", i)}}}, false)
					if err != nil && code(err) != rollout.ECONFLICT {
						errs <- err
					}
				}()
			}
		}
		wg.Add(2)
		go func() {
			defer wg.Done()
			if _, err := db.Step(ctx, gz.ID, rollout.EventApproveNA, "", ""); err != nil && code(err) != rollout.ECONFLICT {
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			// Racing the approval: divided first (a new leaf under 广州市) or
			// refused as done; either way the sums must hold.
			_, err := db.Divide(ctx, gz.ID, []rollout.Division{{UnitID: units["天河区"].ID, Role: rollout.RoleLead}})
			if err != nil && code(err) != rollout.EINVALID && code(err) != rollout.ECONFLICT {
				errs <- err
			}
		}()
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		noRollupDiffs(t, db, "after concurrent writes")
	})
}
