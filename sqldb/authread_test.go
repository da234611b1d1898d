package sqldb_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// TestTaskAccessAndTaskReport checks the reads of a task with what authorising
// it takes, and of the API's report GET, against the reads they replace: Task
// and Item, and Report.
func TestTaskAccessAndTaskReport(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, true)
		// The item's responsible units, in their order, more than one.
		item := l.sz.ItemID
		if err := db.Exec(ctx, `INSERT INTO item_responsible (item_id, pos, unit_name) VALUES ($1, 5, '海关总署'), ($1, 3, '国家发展改革委')`, item); err != nil {
			t.Fatal(err)
		}
		same := func(name string, got *rollout.TaskAccess, id int64) {
			t.Helper()
			want, err := db.Task(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			it, err := db.Item(ctx, want.ItemID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Task, want) || !reflect.DeepEqual(got.Responsible, it.Responsible) {
				t.Errorf("%s of task %d = %+v, %q\nwant %+v, %q", name, id, got.Task, got.Responsible, want, it.Responsible)
			}
			if want.UnitPath == "" || (want.ParentID != 0 && want.ParentUnitPath == "") {
				t.Errorf("task %d without its unit paths: %+v", id, want)
			}
		}
		for _, task := range []*rollout.Task{l.gd, l.sz, l.ns} {
			a, err := db.TaskAccess(ctx, task.ID)
			if err != nil {
				t.Fatal(err)
			}
			same("TaskAccess", a, task.ID)
			if got := a.ReadTarget(); got.UnitPath != a.Task.UnitPath || len(got.Responsible) != 3 ||
				got.Responsible[0] != "商务部" || got.Responsible[1] != "国家发展改革委" || got.Responsible[2] != "海关总署" {
				t.Errorf("read target of task %d = %+v", task.ID, got)
			}
		}
		// An item without responsible units: the task still, with none.
		if err := db.Exec(ctx, `DELETE FROM item_responsible WHERE item_id = $1`, item); err != nil {
			t.Fatal(err)
		}
		a, err := db.TaskAccess(ctx, l.sz.ID)
		if err != nil || a.Responsible == nil || len(a.Responsible) != 0 {
			t.Fatalf("task of an item without responsible units: %+v, %v", a, err)
		}
		same("TaskAccess", a, l.sz.ID)
		if _, err := db.TaskAccess(ctx, 999999); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing task: %v", err)
		}

		// No report yet: the task, and no report.
		a, r, err := db.TaskReport(ctx, l.sz.ID, "2024H1")
		if err != nil || r != nil {
			t.Fatalf("TaskReport before a report: %+v, %v", r, err)
		}
		same("TaskReport", a, l.sz.ID)
		// Each report as Report reads it: without evidence or values (read
		// with the task), with evidence, with values only (read again whole).
		same2 := func(name string, id int64, p rollout.Period) *rollout.Report {
			t.Helper()
			want, err := db.Report(ctx, id, p)
			if err != nil {
				t.Fatal(err)
			}
			a, r, err := db.TaskReport(ctx, id, p)
			if err != nil || !reflect.DeepEqual(r, want) {
				t.Fatalf("%s: TaskReport = %+v, %v\nwant %+v", name, r, err, want)
			}
			same("TaskReport", a, id)
			return r
		}
		step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		saved := save(t, db, l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024H1", Status: rollout.StatusInProgress,
			Measures: "措施", Problem: true, ProblemText: "需支持"}, true)
		if r := same2("without evidence", l.sz.ID, "2024H1"); r.Evidence == nil || r.Values == nil || !r.Submitted || !r.Problem {
			t.Errorf("report without evidence: %+v", r)
		}
		saved.Evidence = []rollout.Evidence{
			{Title: "工作方案", DocNo: "深府办〔2024〕1号", Date: time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC)},
			{Title: "实施细则", Link: "https://www.sz.gov.cn/x"}}
		step(t, db, l.reviewer, l.sz, rollout.EventReturn, "补充材料", rollout.StateReturned)
		saved = save(t, db, l.reporter, saved, false)
		if _, err := db.AddAttachment(l.reporter, saved.ID, rollout.Evidence{FileName: "总结.pdf"}, []byte("%PDF-1.7 总结")); err != nil {
			t.Fatal(err)
		}
		want, err := db.Report(ctx, l.sz.ID, "2024H1")
		if err != nil {
			t.Fatal(err)
		}
		a, r, err = db.TaskReport(ctx, l.sz.ID, "2024H1")
		if err != nil || !reflect.DeepEqual(r, want) || len(r.Evidence) != 3 {
			t.Fatalf("TaskReport = %+v, %v\nwant %+v", r, err, want)
		}
		same("TaskReport", a, l.sz.ID)
		if _, err := db.SeedIndicators(ctx, 9, map[int][]rollout.Indicator{1: {
			{Name: "网办率", Measure: "%", Direction: rollout.HigherBetter, Proposed: true}}}); err != nil {
			t.Fatal(err)
		}
		ins, err := db.Indicators(ctx, item)
		if err != nil || len(ins) != 1 {
			t.Fatalf("indicators: %+v, %v", ins, err)
		}
		step(t, db, l.reporter, l.ns, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		save(t, db, l.reporter, &rollout.Report{TaskID: l.ns.ID, Period: "2024H1", Status: rollout.StatusInProgress,
			Values: []rollout.IndicatorValue{{IndicatorID: ins[0].ID, Value: 87.5}}}, false)
		if r := same2("with values", l.ns.ID, "2024H1"); len(r.Values) != 1 || r.Values[0].Value != 87.5 {
			t.Errorf("report with values: %+v", r)
		}
		// Another period, another task: no report.
		if _, r, err := db.TaskReport(ctx, l.sz.ID, "2024H2"); err != nil || r != nil {
			t.Errorf("TaskReport of another period = %+v, %v", r, err)
		}
		if _, r, err := db.TaskReport(ctx, l.gd.ID, "2024H1"); err != nil || r != nil {
			t.Errorf("TaskReport of another task = %+v, %v", r, err)
		}
		if _, _, err := db.TaskReport(ctx, 999999, "2024H1"); code(err) != rollout.ENOTFOUND {
			t.Errorf("TaskReport of a missing task: %v", err)
		}
		if _, _, err := db.TaskReport(ctx, l.sz.ID, "2024X9"); code(err) != rollout.EINVALID {
			t.Errorf("TaskReport of a malformed period: %v", err)
		}
	})
}

// TestAuthUserOneRead checks the user of a token and of a session, each read
// with its grants in one statement, is the account as User reads it (limited
// to the token's grant for a token).
func TestAuthUserOneRead(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		newClock(db)
		units := smallTree(t, db)
		u := &rollout.User{Username: "li.si", DisplayName: "李四", Email: "li@example.cn", Grants: []rollout.Grant{
			{UnitID: units["四川省"].ID, Role: rollout.RoleReviewer},
			{UnitID: units["深圳市"].ID, Role: rollout.RoleReporter},
			{UnitID: units["广东省"].ID, Role: rollout.RoleReviewer},
			{UnitID: units["广东省"].ID, Role: rollout.RoleReporter}}}
		if err := db.CreateUser(ctx, u, goodPassword); err != nil {
			t.Fatal(err)
		}
		tk := &rollout.Token{UserID: u.ID, Name: "同步", Grant: rollout.Grant{UnitID: units["南山区"].ID, Role: rollout.RoleReporter}}
		secret, err := db.CreateToken(ctx, tk)
		if err != nil {
			t.Fatal(err)
		}
		other := createUser(t, db, "wang.wu", units["四川省"], rollout.RoleReporter)
		if _, err := db.CreateToken(ctx, &rollout.Token{UserID: other.ID, Name: "别人的", Grant: rollout.Grant{UnitID: units["四川省"].ID, Role: rollout.RoleReporter}}); err != nil {
			t.Fatal(err)
		}
		for range 2 { // the second within the minute: no write of its use
			got, err := db.TokenUser(ctx, secret)
			if err != nil {
				t.Fatal(err)
			}
			want, err := db.User(ctx, u.ID)
			if err != nil {
				t.Fatal(err)
			}
			want.Grants, want.TokenID = []rollout.Grant{tk.Grant}, tk.ID
			if !reflect.DeepEqual(got, want) {
				t.Errorf("token user = %+v\nwant %+v", got, want)
			}
		}
		session, _, err := db.SignIn(ctx, "li.si", goodPassword)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := db.SignIn(ctx, "wang.wu", goodPassword); err != nil {
			t.Fatal(err)
		}
		su, err := db.SessionUser(ctx, session)
		if want, _ := db.User(ctx, u.ID); err != nil || !reflect.DeepEqual(su, want) || len(su.Grants) != 4 {
			t.Errorf("session user = %+v, %v\nwant %+v", su, err, want)
		}
		if _, err := db.SessionUser(ctx, "unknown"); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("unknown session: %v", err)
		}
		// Its grants go: the token no longer acts; the account disabled: refused.
		if err := db.SetGrants(ctx, u.ID, userAt(t, db, u.ID), []rollout.Grant{{UnitID: units["四川省"].ID, Role: rollout.RoleReviewer}}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.TokenUser(ctx, secret); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("token beyond the user's grants: %v", err)
		}
		if _, err := db.TokenUser(ctx, "rlt_unknown"); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("unknown token: %v", err)
		}
		su, err = db.SessionUser(ctx, session)
		if want, _ := db.User(ctx, u.ID); err != nil || !reflect.DeepEqual(su, want) || len(su.Grants) != 1 {
			t.Errorf("session user after the change of grants = %+v, %v\nwant %+v", su, err, want)
		}
		if err := db.Exec(ctx, `UPDATE users SET disabled = TRUE WHERE id = $1`, u.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SessionUser(ctx, session); code(err) != rollout.EFORBIDDEN {
			t.Errorf("session of a disabled account: %v", err)
		}
	})
}
