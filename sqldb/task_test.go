package sqldb_test

import (
	"context"
	"errors"
	"testing"

	"rollout"
	"rollout/notice"
	"rollout/refdata"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// loadBatch7 loads the reference units and the real 7th-batch notice.
func loadBatch7(t *testing.T, db *sqldb.DB) {
	t.Helper()
	ctx := context.Background()
	specs, err := refdata.Units()
	if err != nil {
		t.Fatal(err)
	}
	n, err := db.LoadUnits(ctx, specs)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(specs) {
		t.Fatalf("loaded %d units of %d", n, len(specs))
	}
	nt, err := notice.Parse(refdata.Notice7)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportNotice(ctx, nt, rollout.Source{Format: nt.Format, Body: refdata.Notice7}); err != nil {
		t.Fatal(err)
	}
}

func unitNamed(t *testing.T, db *sqldb.DB, name string) *rollout.Unit {
	t.Helper()
	u, err := db.UnitByName(context.Background(), name)
	if err != nil {
		t.Fatalf("unit %s: %v", name, err)
	}
	return u
}

func TestAssignBatch7(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		loadBatch7(t, db)
		// Loading the units again adds nothing.
		specs, _ := refdata.Units()
		if n, err := db.LoadUnits(ctx, specs); err != nil || n != 0 {
			t.Fatalf("second load added %d units, %v", n, err)
		}

		res, err := db.Assign(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		if res.Implement != 715 || res.Guide != 33 || res.Existing != 0 || len(res.Unresolved) != 0 {
			t.Fatalf("assign = %+v, want 715 implementing and 33 guidance tasks", res)
		}
		again, err := db.Assign(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		if again.Implement != 0 || again.Guide != 0 || again.Existing != 748 {
			t.Errorf("second assign = %+v, want nothing new", again)
		}

		all, err := db.Tasks(ctx, rollout.TaskFilter{Batch: 7})
		if err != nil || len(all) != 748 {
			t.Fatalf("%d tasks, %v", len(all), err)
		}
		byItem := map[int]map[string]*rollout.Task{}
		for _, tk := range all {
			if byItem[tk.ItemSeq] == nil {
				byItem[tk.ItemSeq] = map[string]*rollout.Task{}
			}
			byItem[tk.ItemSeq][tk.UnitName] = tk
		}
		if byItem[24]["四川省"] != nil {
			t.Error("item 24 (coastal) has a task for 四川省")
		}
		if byItem[24]["广东省"] == nil || len(byItem[24]) != 12 { // 11 coastal provinces + 生态环境部
			t.Errorf("item 24 has %d tasks", len(byItem[24]))
		}
		if tk := byItem[23]["新疆自贸试验区"]; tk == nil || tk.Role != rollout.RoleImplement || tk.UnitKind != rollout.KindFTZ {
			t.Errorf("item 23 task for Xinjiang's FTZ = %+v", tk)
		}
		if len(byItem[23]) != 24 { // 22 FTZs + 2 responsible units
			t.Errorf("item 23 has %d tasks", len(byItem[23]))
		}
		if tk := byItem[14]["国家知识产权局"]; tk == nil || tk.Role != rollout.RoleGuide || tk.ParentUnit != "国务院" {
			t.Errorf("item 14 guidance task = %+v", tk)
		}
		sichuan := unitNamed(t, db, "四川省")
		inbox, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: sichuan.ID})
		if err != nil || len(inbox) != 22 {
			t.Errorf("四川省 has %d tasks (%v), want 22", len(inbox), err)
		}
		gd := unitNamed(t, db, "广东省")
		if inbox, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID}); len(inbox) != 23 {
			t.Errorf("广东省 has %d tasks, want 23 (coastal)", len(inbox))
		}
		// A new item-less unit does not change anything; a new province would get its tasks.
	})
}

func TestDivide(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		loadBatch7(t, db)
		if _, err := db.Assign(ctx, 7); err != nil {
			t.Fatal(err)
		}
		gd := unitNamed(t, db, "广东省")
		sz, gz := unitNamed(t, db, "深圳市"), unitNamed(t, db, "广州市")
		tasks, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
		var t24 *rollout.Task
		for _, tk := range tasks {
			if tk.ItemSeq == 24 {
				t24 = tk
			}
		}
		dl := rollout.ParseDeadline("2024年6月底前")
		got, err := db.Divide(ctx, t24.ID, []rollout.Division{
			{UnitID: sz.ID, Role: rollout.RoleLead, Deadline: dl, Deliverable: "工作方案", Contact: "张三 020-1234"},
			{UnitID: gz.ID, Role: rollout.RoleCo, Deadline: rollout.ParseDeadline("持续推进")},
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("divide returned %d tasks", len(got))
		}
		for _, tk := range got {
			if tk.ParentID != t24.ID || tk.ParentUnit != "广东省" || tk.ItemSeq != 24 {
				t.Errorf("divided task = %+v", tk)
			}
			switch tk.UnitName {
			case "深圳市":
				if tk.Role != rollout.RoleLead || tk.Deadline.Date.Format("2006-01-02") != "2024-06-30" || tk.Deliverable != "工作方案" {
					t.Errorf("深圳 task = %+v", tk)
				}
			case "广州市":
				if tk.Role != rollout.RoleCo || tk.Deadline.HasDate() || tk.Deadline.Text != "持续推进" {
					t.Errorf("广州 task = %+v", tk)
				}
			}
		}
		// Dividing again updates instead of duplicating.
		if _, err := db.Divide(ctx, t24.ID, []rollout.Division{{UnitID: gz.ID, Role: rollout.RoleCo, Notes: "补充"}}); err != nil {
			t.Fatal(err)
		}
		under, _ := db.Tasks(ctx, rollout.TaskFilter{ItemID: t24.ItemID, Within: gd.ID})
		if len(under) != 3 { // 广东省 itself, 深圳, 广州
			t.Errorf("%d tasks within 广东 for item 24, want 3", len(under))
		}

		// Refusals: a unit outside the province, the province itself, two leads, no unit.
		sc := unitNamed(t, db, "成都市")
		for name, ds := range map[string][]rollout.Division{
			"outside":   {{UnitID: sc.ID, Role: rollout.RoleLead}},
			"itself":    {{UnitID: gd.ID, Role: rollout.RoleLead}},
			"two leads": {{UnitID: sz.ID, Role: rollout.RoleLead}, {UnitID: gz.ID, Role: rollout.RoleLead}},
			"none":      nil,
			"bad role":  {{UnitID: sz.ID, Role: rollout.RoleGuide}},
			"new lead":  {{UnitID: gz.ID, Role: rollout.RoleLead}}, // 深圳 leads already
		} {
			if _, err := db.Divide(ctx, t24.ID, ds); rollout.ErrorCode(err) != rollout.EINVALID {
				t.Errorf("%s: err = %v, want invalid", name, err)
			}
		}
		if _, err := db.Divide(ctx, 999999, []rollout.Division{{UnitID: sz.ID, Role: rollout.RoleLead}}); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("missing parent: %v", err)
		}
		if under, _ := db.Tasks(ctx, rollout.TaskFilter{ItemID: t24.ItemID, Within: gd.ID}); len(under) != 3 {
			t.Errorf("refused divisions wrote: %d tasks", len(under))
		}
		// A task that no longer applies is not divided further.
		var t1 *rollout.Task
		for _, tk := range tasks {
			if tk.ItemSeq == 1 {
				t1 = tk
			}
		}
		if _, err := db.Step(ctx, t1.ID, rollout.EventRequestNA, "no_such_thing: 无相关业务", ""); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Step(ctx, t1.ID, rollout.EventApproveNA, "", ""); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Divide(ctx, t1.ID, []rollout.Division{{UnitID: sz.ID, Role: rollout.RoleLead}}); rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("dividing a task that does not apply: %v", err)
		}
	})
}

func TestUnitAdministration(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		loadBatch7(t, db)
		gd := unitNamed(t, db, "广东省")
		dept := &rollout.Unit{Name: "省商务厅", FullName: "广东省商务厅", Kind: rollout.KindDepartment, ParentID: gd.ID}
		if err := db.CreateUnit(ctx, dept); err != nil {
			t.Fatal(err)
		}
		if dept.ProvinceID != gd.ID || dept.Path != gd.Path+itoa(dept.ID)+"/" {
			t.Errorf("created %+v", dept)
		}
		if err := db.CreateUnit(ctx, &rollout.Unit{Name: "省商务厅", Kind: rollout.KindDepartment, ParentID: gd.ID}); rollout.ErrorCode(err) != rollout.ECONFLICT {
			t.Errorf("duplicate name: %v", err)
		}
		if err := db.CreateUnit(ctx, &rollout.Unit{Name: "x", Kind: "club", ParentID: gd.ID}); rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("bad kind: %v", err)
		}
		// Rename keeps the old name findable.
		if err := db.RenameUnit(ctx, dept.ID, unitAt(t, db, dept.ID), "省商务厅（省自贸办）"); err != nil {
			t.Fatal(err)
		}
		if u := unitNamed(t, db, "省商务厅"); u.ID != dept.ID || u.Name != "省商务厅（省自贸办）" {
			t.Errorf("old name finds %+v", u)
		}
		// Move a city with its counties under another parent, and back; paths follow.
		sz := unitNamed(t, db, "深圳市")
		ns := unitNamed(t, db, "440305") // 南山区 of 深圳; there is another in 鹤岗
		if err := db.MoveUnit(ctx, sz.ID, unitAt(t, db, sz.ID), dept.ID); err != nil {
			t.Fatal(err)
		}
		moved, _ := db.Unit(ctx, ns.ID)
		if !moved.Within(dept) || moved.Path != dept.Path+itoa(sz.ID)+"/"+itoa(ns.ID)+"/" {
			t.Errorf("南山区 path after move = %s", moved.Path)
		}
		if err := db.MoveUnit(ctx, gd.ID, unitAt(t, db, gd.ID), ns.ID); rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("move into own subtree: %v", err)
		}
		if err := db.MoveUnit(ctx, sz.ID, unitAt(t, db, sz.ID), gd.ID); err != nil {
			t.Fatal(err)
		}
		if back, _ := db.Unit(ctx, ns.ID); back.Path != ns.Path {
			t.Errorf("path after moving back = %s, want %s", back.Path, ns.Path)
		}
		// Retire: kept, marked, not offered as a child any more.
		if err := db.RetireUnit(ctx, dept.ID, unitAt(t, db, dept.ID)); err != nil {
			t.Fatal(err)
		}
		if u, _ := db.Unit(ctx, dept.ID); !u.Retired() {
			t.Errorf("retired unit = %+v", u)
		}
		kids, _ := db.UnitChildren(ctx, gd.ID)
		for _, k := range kids {
			if k.ID == dept.ID {
				t.Error("retired unit still listed as a child")
			}
		}
		if len(kids) != 21+1 { // 21 cities and the FTZ
			t.Errorf("广东省 has %d active children", len(kids))
		}
		if _, err := db.UnitByName(ctx, "朝阳区"); rollout.ErrorCode(err) != rollout.ECONFLICT {
			t.Errorf("ambiguous name: %v", err)
		}
		if err := db.RetireUnit(ctx, 999999, unitAt(t, db, 999999)); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("retire missing: %v", err)
		}
	})
}

// A step read on another state is a *rollout.TaskConflict with the task as
// stored, and writes nothing; a cascade's dry run meets what the real run
// meets and stores nothing, not even the units it would create.
func TestStaleStepAndCascadeDryRun(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "test"})
		loadBatch7(t, db)
		if _, err := db.Assign(ctx, 7); err != nil {
			t.Fatal(err)
		}
		gd, sz := unitNamed(t, db, "广东省"), unitNamed(t, db, "深圳市")
		own, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
		var t1 *rollout.Task
		for _, tk := range own {
			if tk.ItemSeq == 1 {
				t1 = tk
			}
		}
		if _, err := db.Step(ctx, t1.ID, rollout.EventAcknowledge, "", rollout.StateAssigned); err != nil {
			t.Fatal(err)
		}
		_, err := db.Step(ctx, t1.ID, rollout.EventRequestNA, "outside_scope", rollout.StateAssigned)
		var conflict *rollout.TaskConflict
		if !errors.As(err, &conflict) || rollout.ErrorCode(err) != rollout.ECONFLICT || conflict.Current.State != rollout.StateAcknowledged {
			t.Fatalf("stale step: %v", err)
		}
		if tl, _ := db.Timeline(ctx, t1.ID); len(tl) != 1 {
			t.Errorf("a stale step wrote: %+v", tl)
		}

		plan := func(below []*rollout.Unit) rollout.CascadePlan {
			p := rollout.CascadePlan{Batch: 7}
			var id int64
			for _, u := range below {
				if u.Name == "省数据局" {
					id = u.ID
				}
			}
			if id == 0 {
				p.Lines = []rollout.CascadeLine{{ItemID: t1.ItemID, ItemSeq: 1, Divisions: []rollout.Division{{UnitID: sz.ID, Role: rollout.RoleCo}}}}
				p.Unknown = []rollout.UnknownUnit{{Name: "省数据局", Reason: rollout.ReasonUnknown}}
				return p
			}
			p.Lines = []rollout.CascadeLine{{ItemID: t1.ItemID, ItemSeq: 1, Divisions: []rollout.Division{
				{UnitID: id, Role: rollout.RoleLead}, {UnitID: sz.ID, Role: rollout.RoleCo}}}}
			return p
		}
		count := func() (int, int) {
			us, _ := db.Units(ctx)
			ts, _ := db.Tasks(ctx, rollout.TaskFilter{})
			return len(us), len(ts)
		}
		u0, t0 := count()
		for _, dry := range []bool{true, false} {
			_, _, err := db.Cascade(ctx, gd.ID, nil, plan, dry)
			if key(err) != "err.task.cascade_unknown" {
				t.Errorf("dry run %v without the new unit: %v", dry, err)
			}
		}
		_, tasks, err := db.Cascade(ctx, gd.ID, []string{"省数据局"}, plan, true)
		if err != nil || len(tasks) != 2 || (tasks[0].UnitName != "省数据局" && tasks[1].UnitName != "省数据局") {
			t.Fatalf("dry run: %v %+v", err, tasks)
		}
		if u, tk := count(); u != u0 || tk != t0 {
			t.Errorf("a dry run stored: units %d → %d, tasks %d → %d", u0, u, t0, tk)
		}
		if _, tasks, err = db.Cascade(ctx, gd.ID, []string{"省数据局"}, plan, false); err != nil || len(tasks) != 2 {
			t.Fatalf("real run: %v %+v", err, tasks)
		}
		if u, tk := count(); u != u0+1 || tk != t0+2 {
			t.Errorf("the real run stored: units %d → %d, tasks %d → %d", u0, u, t0, tk)
		}
	})
}

func key(err error) string {
	var e *rollout.Error
	if errors.As(err, &e) {
		return e.Key
	}
	return ""
}
