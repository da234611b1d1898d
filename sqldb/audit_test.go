package sqldb_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// smallNotice has one nationwide item and one for the regions that want it,
// both under 商务部, to go with smallTree.
func smallNotice() *rollout.Notice {
	return &rollout.Notice{
		DocNo: "国函〔2099〕1号", Title: "试点经验复制推广通知", Issuer: "国务院",
		IssuedOn: time.Date(2099, 1, 2, 0, 0, 0, 0, time.UTC), Batch: 9, Format: rollout.FormatText,
		Items: []rollout.Item{
			{Seq: 1, Name: "全国推广事项", Content: "……", Responsible: []string{"商务部"}, Scope: rollout.ScopeNationwide},
			{Seq: 2, Name: "有需求地区推广事项", Content: "……", Responsible: []string{"商务部"}, Scope: "有需求的地区"},
		},
	}
}

// count returns how many audit entries there are.
func count(t *testing.T, db *sqldb.DB) int64 {
	t.Helper()
	n, err := db.QueryInt(context.Background(), `SELECT COUNT(*) FROM audit_log`)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// verify checks the whole chain holds and has n entries.
func verify(t *testing.T, db *sqldb.DB, n int64) {
	t.Helper()
	broken, checked, err := db.VerifyAudit(context.Background())
	if err != nil || broken != 0 || int64(checked) != n {
		t.Fatalf("verify = broken %d, checked %d, %v; want 0, %d", broken, checked, err, n)
	}
}

// last returns the newest entry of an action.
func last(t *testing.T, db *sqldb.DB, action string) rollout.AuditEntry {
	t.Helper()
	es := entries(t, db, rollout.AuditFilter{Action: action, Limit: 1})
	if len(es) == 0 || es[0].Action != action {
		t.Fatalf("no %s entry", action)
	}
	return es[0]
}

func contains(t *testing.T, what, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			t.Errorf("%s = %s; want it to hold %s", what, s, sub)
		}
	}
}

// Every write leaves an entry with its actor and the state before and after;
// a refused write leaves none.
func TestAuditOfWrites(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		if e := last(t, db, "units.load"); e.Actor != "system" || e.ActorID != 0 || e.Object != "units" || e.After != `{"added":6}` {
			t.Errorf("units.load = %+v", e)
		}
		me := &rollout.User{ID: 42, Username: "coordinator.wang"}
		actx := rollout.WithRemote(rollout.WithActor(ctx, me), "198.51.100.9")
		check := func(e rollout.AuditEntry, object string) {
			t.Helper()
			if e.Actor != me.Username || e.ActorID != me.ID || e.Remote != "198.51.100.9" || e.Object != object {
				t.Errorf("%s entry = %+v; want actor %s, object %s", e.Action, e, me.Username, object)
			}
		}

		n := smallNotice()
		res, err := db.ImportNotice(actx, n, rollout.Source{Format: rollout.FormatText, Body: []byte("原文")})
		if err != nil {
			t.Fatal(err)
		}
		e := last(t, db, "notice.import")
		check(e, "batch:9")
		contains(t, "notice.import after", e.After, `"doc_no":"国函〔2099〕1号"`, `"items":2`, `"fingerprint":"`+n.Fingerprint()+`"`)
		total := count(t, db)
		if _, err := db.ImportNotice(actx, smallNotice(), rollout.Source{Format: rollout.FormatText, Body: []byte("原文")}); err != nil {
			t.Fatal(err)
		}
		if count(t, db) != total {
			t.Error("importing the same notice again was audited")
		}

		item2 := res.Batch.Items[1]
		if err := db.ConfirmScope(actx, item2.ID, []rollout.ScopeUnit{{UnitID: units["广东省"].ID, Reason: "有需求"}}); err != nil {
			t.Fatal(err)
		}
		e = last(t, db, "scope.confirm")
		check(e, "item:"+itoa(item2.ID))
		if e.Before != "[]" {
			t.Errorf("scope.confirm before = %s", e.Before)
		}
		contains(t, "scope.confirm after", e.After, fmt.Sprintf(`"unit_id":%d`, units["广东省"].ID), "有需求")

		ar, err := db.Assign(actx, 9)
		if err != nil {
			t.Fatal(err)
		}
		if ar.Implement != 3 || ar.Guide != 2 {
			t.Fatalf("assign = %+v", ar)
		}
		e = last(t, db, "tasks.assign")
		check(e, "batch:9")
		contains(t, "tasks.assign after", e.After, `"implement":3`, `"guide":2`)
		total = count(t, db)
		if _, err := db.Assign(actx, 9); err != nil {
			t.Fatal(err)
		}
		if count(t, db) != total {
			t.Error("an assignment that created nothing was audited")
		}

		gdTasks, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: units["广东省"].ID, ItemID: res.Batch.Items[0].ID})
		parent := gdTasks[0]
		kids, err := db.Divide(actx, parent.ID, []rollout.Division{{UnitID: units["深圳市"].ID, Role: rollout.RoleLead, Notes: "第一稿"}})
		if err != nil {
			t.Fatal(err)
		}
		e = last(t, db, "task.divide")
		check(e, "task:"+itoa(kids[0].ID))
		if e.Before != "" {
			t.Errorf("a new task has a before: %s", e.Before)
		}
		contains(t, "task.divide after", e.After, `"unit":"深圳市"`, `"role":"lead"`, "第一稿")
		if _, err := db.Divide(actx, parent.ID, []rollout.Division{{UnitID: units["深圳市"].ID, Role: rollout.RoleLead, Notes: "第二稿"}}); err != nil {
			t.Fatal(err)
		}
		e = last(t, db, "task.divide")
		contains(t, "task.divide before", e.Before, "第一稿")
		contains(t, "task.divide after", e.After, "第二稿")

		dept := &rollout.Unit{Name: "省商务厅", Kind: rollout.KindDepartment, ParentID: units["广东省"].ID}
		if err := db.CreateUnit(actx, dept); err != nil {
			t.Fatal(err)
		}
		e = last(t, db, "unit.create")
		check(e, "unit:"+itoa(dept.ID))
		contains(t, "unit.create after", e.After, `"name":"省商务厅"`, `"path":"`+dept.Path+`"`)
		if err := db.RenameUnit(actx, dept.ID, unitAt(t, db, dept.ID), "省商务厅（自贸办）"); err != nil {
			t.Fatal(err)
		}
		e = last(t, db, "unit.rename")
		check(e, "unit:"+itoa(dept.ID))
		contains(t, "unit.rename before", e.Before, `"name":"省商务厅"`)
		contains(t, "unit.rename after", e.After, `"name":"省商务厅（自贸办）"`, `"aliases":["省商务厅"]`)
		if err := db.MoveUnit(actx, dept.ID, unitAt(t, db, dept.ID), units["深圳市"].ID); err != nil {
			t.Fatal(err)
		}
		e = last(t, db, "unit.move")
		contains(t, "unit.move before", e.Before, `"path":"`+dept.Path+`"`)
		contains(t, "unit.move after", e.After, `"path":"`+units["深圳市"].Path+itoa(dept.ID)+`/"`)
		if err := db.RetireUnit(actx, dept.ID, unitAt(t, db, dept.ID)); err != nil {
			t.Fatal(err)
		}
		e = last(t, db, "unit.retire")
		if strings.Contains(e.Before, "retired_at") || !strings.Contains(e.After, "retired_at") {
			t.Errorf("unit.retire = %s → %s", e.Before, e.After)
		}

		// A cascade's new unit and divisions are audited in its one transaction.
		_, cts, err := db.Cascade(actx, units["广东省"].ID, []string{"省发展改革委"}, func(below []*rollout.Unit) rollout.CascadePlan {
			var id int64
			for _, u := range below {
				if u.Name == "省发展改革委" {
					id = u.ID
				}
			}
			if id == 0 { // not created yet
				return rollout.CascadePlan{Unknown: []rollout.UnknownUnit{{Name: "省发展改革委", Reason: rollout.ReasonUnknown}}}
			}
			return rollout.CascadePlan{Lines: []rollout.CascadeLine{{ItemID: res.Batch.Items[0].ID, ItemSeq: 1,
				Divisions: []rollout.Division{{UnitID: id, Role: rollout.RoleCo}}}}}
		}, false)
		if err != nil {
			t.Fatal(err)
		}
		cu, cd := last(t, db, "unit.create"), last(t, db, "task.divide")
		if cu.ID+1 != cd.ID || !cu.At.Equal(cd.At) || cd.Object != "task:"+itoa(cts[0].ID) {
			t.Errorf("cascade entries: %+v, %+v", cu, cd)
		}
		contains(t, "cascade unit", cu.After, "省发展改革委")

		// Refusals, including ones found after something was already written in
		// their transaction, leave no entry.
		total = count(t, db)
		refusals := map[string]error{
			"duplicate unit":  db.CreateUnit(actx, &rollout.Unit{Name: "深圳市", Kind: rollout.KindCity, ParentID: units["广东省"].ID}),
			"rename clash":    db.RenameUnit(actx, units["深圳市"].ID, unitAt(t, db, units["深圳市"].ID), "省发展改革委"),
			"move into own":   db.MoveUnit(actx, units["广东省"].ID, unitAt(t, db, units["广东省"].ID), units["南山区"].ID),
			"scope auto":      db.ConfirmScope(actx, res.Batch.Items[0].ID, []rollout.ScopeUnit{{UnitID: units["四川省"].ID}}),
			"invalid user":    db.CreateUser(actx, &rollout.User{Username: "x"}, "weak"),
			"audit no action": db.Audit(actx, " ", "x", ""),
		}
		_, err = db.Divide(actx, parent.ID, []rollout.Division{{UnitID: units["南山区"].ID, Role: rollout.RoleLead}}) // a second lead, found after writing
		refusals["second lead"] = err
		_, _, err = db.Cascade(actx, units["广东省"].ID, []string{"省财政厅"}, func([]*rollout.Unit) rollout.CascadePlan {
			return rollout.CascadePlan{Unknown: []rollout.UnknownUnit{{Name: "省教育厅"}}}
		}, false)
		refusals["cascade unknown"] = err
		for name, err := range refusals {
			if err == nil {
				t.Errorf("%s: not refused", name)
			}
		}
		if got := count(t, db); got != total {
			t.Errorf("refused writes left %d audit entries", got-total)
		}
		if _, err := db.UnitByName(ctx, "省财政厅"); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("refused cascade created its unit: %v", err)
		}
		verify(t, db, total)
	})
}

func TestAuditEntriesFilter(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		clk := newClock(db)
		start := clk.t
		as := func(name string) context.Context {
			return rollout.WithActor(ctx, &rollout.User{ID: int64(len(name)), Username: name})
		}
		for _, a := range []struct {
			ctx            context.Context
			action, object string
			detail         string
		}{
			{as("wang"), "export.tasks", "batch:7", `{"rows": 748}`},
			{as("li"), "export.tasks", "batch:8", "全部任务"},
			{as("wang"), "export_x.tasks", "batch:7", ""},
			{ctx, "export.report", "batch:7", ""},
		} {
			if err := db.Audit(a.ctx, a.action, a.object, a.detail); err != nil {
				t.Fatal(err)
			}
			clk.advance(time.Hour)
		}
		ids := func(f rollout.AuditFilter) string {
			var s []string
			for _, e := range entries(t, db, f) {
				s = append(s, itoa(e.ID))
			}
			return strings.Join(s, ",")
		}
		for _, c := range []struct {
			name string
			f    rollout.AuditFilter
			want string
		}{
			{"all, newest first", rollout.AuditFilter{}, "4,3,2,1"},
			{"actor", rollout.AuditFilter{Actor: "wang"}, "3,1"},
			{"system", rollout.AuditFilter{Actor: "system"}, "4"},
			{"action prefix", rollout.AuditFilter{Action: "export."}, "4,2,1"},
			{"prefix is literal", rollout.AuditFilter{Action: "export_"}, "3"},
			{"whole action", rollout.AuditFilter{Action: "export.tasks"}, "2,1"},
			{"object", rollout.AuditFilter{Object: "batch:7"}, "4,3,1"},
			{"since", rollout.AuditFilter{Since: start.Add(time.Hour)}, "4,3,2"},
			{"until", rollout.AuditFilter{Until: start.Add(2 * time.Hour)}, "2,1"},
			{"window", rollout.AuditFilter{Since: start.Add(time.Hour), Until: start.Add(3 * time.Hour), Actor: "wang"}, "3"},
			{"limit", rollout.AuditFilter{Limit: 2}, "4,3"},
			{"none", rollout.AuditFilter{Actor: "nobody"}, ""},
		} {
			if got := ids(c.f); got != c.want {
				t.Errorf("%s: %s, want %s", c.name, got, c.want)
			}
		}
		es := entries(t, db, rollout.AuditFilter{})
		if es[3].After != `{"rows":748}` || es[2].After != `"全部任务"` || es[1].After != "" {
			t.Errorf("details stored as %q, %q, %q", es[3].After, es[2].After, es[1].After)
		}
		if !es[3].At.Equal(start) || es[3].ActorID != 4 || es[3].PrevHash != rollout.AuditGenesis || es[2].PrevHash != es[3].Hash {
			t.Errorf("first entries = %+v, %+v", es[3], es[2])
		}
		verify(t, db, 4)
	})
}

// A chain longer than one page verifies, and an entry changed or removed behind
// the application's back is named exactly.
func TestVerifyAudit(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		verify(t, db, 0) // an empty trail holds
		// Times with nanoseconds: stored and hashed to the microsecond.
		db.Now = func() time.Time { return time.Date(2024, 5, 6, 7, 8, 9, 123456789, time.FixedZone("CST", 8*3600)) }
		if err := db.AppendAudit(ctx, 2345); err != nil {
			t.Fatal(err)
		}
		if err := db.Audit(ctx, "export.tasks", "batch:7", ""); err != nil {
			t.Fatal(err)
		}
		const n = 2346
		verify(t, db, n)
		if maxID, _ := db.QueryInt(ctx, `SELECT MAX(id) FROM audit_log`); maxID != n {
			t.Errorf("IDs are not dense: max %d of %d", maxID, n)
		}

		// The database itself refuses changes to the trail.
		for _, q := range []string{`UPDATE audit_log SET actor = 'x' WHERE id = 5`, `DELETE FROM audit_log WHERE id = 5`} {
			if err := db.Exec(ctx, q); err == nil {
				t.Errorf("%s: not refused", q)
			}
		}
		verify(t, db, n)
		if err := db.DropAuditGuard(ctx); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			change, undo string
			broken       int64
		}{
			{`UPDATE audit_log SET after = '{"i":0}' WHERE id = 1700`, `UPDATE audit_log SET after = '{"i":1699}' WHERE id = 1700`, 1700},
			{`UPDATE audit_log SET actor = 'someone' WHERE id = 5`, `UPDATE audit_log SET actor = 'system' WHERE id = 5`, 5},
			{`UPDATE audit_log SET action = 'test.appended' WHERE id = 10`, `UPDATE audit_log SET action = 'test.append' WHERE id = 10`, 10},
			{`UPDATE audit_log SET remote = '10.0.0.1' WHERE id = 2346`, `UPDATE audit_log SET remote = '' WHERE id = 2346`, 2346},
		} {
			if err := db.Exec(ctx, c.change); err != nil {
				t.Fatal(err)
			}
			broken, checked, err := db.VerifyAudit(ctx)
			if err != nil || broken != c.broken || (broken != 0 && int64(checked) != broken) {
				t.Errorf("after %s: broken %d, checked %d, %v; want %d", c.change, broken, checked, err, c.broken)
			}
			if err := db.Exec(ctx, c.undo); err != nil {
				t.Fatal(err)
			}
			verify(t, db, n)
		}
		// A removed entry: the next one no longer follows the chain.
		if err := db.Exec(ctx, `DELETE FROM audit_log WHERE id = 1234`); err != nil {
			t.Fatal(err)
		}
		if broken, _, err := db.VerifyAudit(ctx); broken != 1235 || err != nil {
			t.Errorf("after deleting entry 1234: broken %d, %v; want 1235", broken, err)
		}
		// So is the removal of the first.
		if err := db.Exec(ctx, `DELETE FROM audit_log WHERE id = 1`); err != nil {
			t.Fatal(err)
		}
		if broken, checked, err := db.VerifyAudit(ctx); broken != 2 || checked != 1 || err != nil {
			t.Errorf("after deleting entry 1: broken %d, checked %d, %v; want 2", broken, checked, err)
		}
	})
}

// Writers running at once never fork the chain.
func TestAuditConcurrentWriters(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		res, err := db.ImportNotice(ctx, smallNotice(), rollout.Source{Format: rollout.FormatText, Body: []byte("原文")})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Assign(ctx, 9); err != nil {
			t.Fatal(err)
		}
		gd, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: units["广东省"].ID, ItemID: res.Batch.Items[0].ID})
		before := count(t, db)
		const writers, rounds = 8, 12
		var wg sync.WaitGroup
		errs := make(chan error, writers*rounds)
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				actx := rollout.WithActor(ctx, &rollout.User{ID: int64(w + 1), Username: fmt.Sprintf("writer%d", w)})
				for r := range rounds {
					var err error
					if (w+r)%2 == 0 {
						_, err = db.Divide(actx, gd[0].ID, []rollout.Division{
							{UnitID: units["深圳市"].ID, Role: rollout.RoleCo, Notes: fmt.Sprintf("%d/%d", w, r)},
							{UnitID: units["南山区"].ID, Role: rollout.RoleCo},
						})
					} else {
						err = db.Audit(actx, "export.tasks", fmt.Sprintf("round:%d", r), "")
					}
					if err != nil {
						errs <- err
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		// Half the operations divide (two entries each), half audit (one each).
		want := before + writers*rounds/2*3
		verify(t, db, want)
		if maxID, _ := db.QueryInt(ctx, `SELECT MAX(id) FROM audit_log`); maxID != want {
			t.Errorf("IDs are not dense: max %d of %d", maxID, want)
		}
	})
}
