package sqldb_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// 督办, a request for a later deadline granted and one refused, a return and
// an escalation each notify the unit in the app, and each user reads and
// marks their own: every write in one transaction with its task event and
// audit entry; refusals write nothing.
func TestSupervisionAndInbox(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		l := setupLoop(t, db, false)
		ctx := context.Background()
		// 深圳's task is due 31 March; on 1 March it is on track.
		if _, err := db.Divide(ctx, l.gd.ID, []rollout.Division{{UnitID: l.units["深圳市"].ID, Role: rollout.RoleLead,
			Deadline: rollout.ParseDeadline("2024-03-31")}}); err != nil {
			t.Fatal(err)
		}
		sz := l.sz.ID
		before := snapshot(t, db)
		_, err := db.Urge(l.reviewer, sz, "请报送进展")
		wantCode(t, "urge on track", err, rollout.EINVALID)
		_, err = db.AskExtension(l.reporter, sz, "2024-03-15", "理由")
		wantCode(t, "ask for an earlier day", err, rollout.EINVALID)
		unchanged(t, db, before)

		// 2 April: overdue. 督办 twice.
		l.clk.t = time.Date(2024, 4, 2, 1, 0, 0, 0, time.UTC)
		for i, note := range []string{"请本周内报送进展", "再次督办"} {
			tk, err := db.Urge(l.reviewer, sz, note)
			if err != nil {
				t.Fatal(err)
			}
			if tk.Urges != i+1 || tk.State != rollout.StateAssigned {
				t.Errorf("after urge %d: urges %d, state %s", i+1, tk.Urges, tk.State)
			}
		}
		if ts, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: l.units["深圳市"].ID}); len(ts) != 1 || ts[0].Urges != 2 {
			t.Errorf("the list does not count the urges: %+v", ts)
		}

		// The request: from 31 March to 30 April; the province grants 20 April.
		x, err := db.AskExtension(l.reporter, sz, "2024年4月底前", "系统尚未联通")
		if err != nil {
			t.Fatal(err)
		}
		if x.State != rollout.ExtensionPending || x.AskedBy != reporter.Username || x.From.Text != "2024-03-31" ||
			x.Asked.Date.Format(time.DateOnly) != "2024-04-30" {
			t.Errorf("request = %+v", x)
		}
		_, err = db.AskExtension(l.reporter, sz, "2024-05-31", "再申请")
		wantCode(t, "a second request while one is pending", err, rollout.EINVALID)
		_, err = db.DecideExtension(l.reviewer, x.ID, false, "", "")
		wantCode(t, "refuse without a reason", err, rollout.EINVALID)
		got, err := db.DecideExtension(l.reviewer, x.ID, true, "2024-04-20", "请按期完成")
		if err != nil {
			t.Fatal(err)
		}
		if got.State != rollout.ExtensionGranted || got.Granted.Text != "2024-04-20" || got.DecidedBy != reviewer.Username || got.DecidedAt == nil {
			t.Errorf("decided = %+v", got)
		}
		_, err = db.DecideExtension(l.reviewer, x.ID, false, "", "改变主意")
		wantCode(t, "deciding twice", err, rollout.EINVALID)
		tk, _ := db.Task(ctx, sz)
		if tk.Deadline.Text != "2024-04-20" || rollout.LightOf(tk.Deadline, tk.State, l.clk.t, 3) != rollout.LightGreen {
			t.Errorf("the task's deadline is %+v: the light must follow the one granted", tk.Deadline)
		}
		// A second request, refused: the deadline stays.
		y, err := db.AskExtension(l.reporter, sz, "2024-06-30", "仍需时间")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.DecideExtension(l.reviewer, y.ID, false, "", "时限不宜再推迟"); err != nil {
			t.Fatal(err)
		}
		if tk, _ := db.Task(ctx, sz); tk.Deadline.Text != "2024-04-20" {
			t.Errorf("a refusal moved the deadline to %s", tk.Deadline.Text)
		}
		xs, err := db.Extensions(ctx, sz)
		if err != nil || len(xs) != 2 || xs[0].ID != y.ID || xs[0].State != rollout.ExtensionRefused || xs[0].Answer != "时限不宜再推迟" {
			t.Errorf("extensions = %+v, %v", xs, err)
		}
		if _, err := db.Extension(ctx, 9999); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("a missing request: %v", err)
		}

		// The timeline keeps every deadline.
		events, err := db.Timeline(ctx, sz)
		if err != nil {
			t.Fatal(err)
		}
		var kinds []rollout.TaskEventKind
		var notes string
		for _, e := range events {
			kinds = append(kinds, e.Kind)
			notes += e.Note + "\n"
			if e.From != e.To {
				t.Errorf("%s moved the task %s → %s", e.Kind, e.From, e.To)
			}
		}
		want := []rollout.TaskEventKind{rollout.EventUrge, rollout.EventUrge, rollout.EventExtendAsk, rollout.EventExtendGrant,
			rollout.EventExtendAsk, rollout.EventExtendRefuse}
		if !slices.Equal(kinds, want) {
			t.Errorf("timeline = %v, want %v", kinds, want)
		}
		for _, s := range []string{"2024-03-31 → 2024年4月底前 · 系统尚未联通", "2024-03-31 → 2024-04-20 · 请按期完成", "2024-04-20 → 2024-06-30", "时限不宜再推迟"} {
			if !strings.Contains(notes, s) {
				t.Errorf("the timeline does not say %q:\n%s", s, notes)
			}
		}
		for _, action := range []string{"task.urge", "task.extend_ask", "task.extend_grant", "task.extend_refuse"} {
			if len(entries(t, db, rollout.AuditFilter{Action: action})) == 0 {
				t.Errorf("no audit entry %s", action)
			}
		}

		// A return notifies too.
		if _, err := db.Step(l.reporter, sz, rollout.EventAcknowledge, "", ""); err != nil {
			t.Fatal(err)
		}
		save(t, db, l.reporter, &rollout.Report{TaskID: sz, Period: "2024Q2", Status: rollout.StatusInProgress, Measures: "推进"}, true)
		step(t, db, l.reviewer, l.sz, rollout.EventReturn, "缺少佐证材料", rollout.StateReturned)

		// 深圳's inbox: for two of its users, each reading their own.
		szUnit, gdUnit := l.units["深圳市"].ID, l.units["广东省"].ID
		var ids [2]int64
		for i, name := range []string{"sz.one", "sz.two"} {
			u := rollout.User{Username: name, Grants: []rollout.Grant{{UnitID: szUnit, Role: rollout.RoleReporter}}}
			if err := db.CreateUser(ctx, &u, "Rollout-Test-2024!"); err != nil {
				t.Fatal(err)
			}
			ids[i] = u.ID
		}
		list, err := db.Inbox(ctx, ids[0], []int64{szUnit}, false, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got5 []string
		for _, n := range list {
			got5 = append(got5, n.Kind)
			if n.Read || n.UnitID != szUnit || n.TaskID != sz {
				t.Errorf("notification %+v", n)
			}
		}
		wantKinds := []string{rollout.NoticeReturned, rollout.NoticeExtensionDecided, rollout.NoticeExtensionDecided, rollout.NoticeUrged, rollout.NoticeUrged}
		if !slices.Equal(got5, wantKinds) {
			t.Errorf("深圳's inbox = %v, want %v", got5, wantKinds)
		}
		if n, _ := db.Unread(ctx, ids[0], []int64{szUnit}); n != 5 {
			t.Errorf("unread = %d, want 5", n)
		}
		// 广东 heard of both requests (the unit that gave the task).
		if gdList, _ := db.Inbox(ctx, ids[0], []int64{gdUnit}, false, 10, 0); len(gdList) != 2 || gdList[0].Kind != rollout.NoticeExtensionAsked {
			t.Errorf("广东's inbox = %+v", gdList)
		}
		if n, err := db.MarkRead(ctx, ids[0], []int64{szUnit}, []int64{list[0].ID, 999999}); err != nil || n != 1 {
			t.Errorf("mark one read: %d, %v", n, err)
		}
		if n, _ := db.Unread(ctx, ids[0], []int64{szUnit}); n != 4 {
			t.Errorf("unread after one = %d, want 4", n)
		}
		if n, _ := db.Unread(ctx, ids[1], []int64{szUnit}); n != 5 {
			t.Errorf("another user's unread = %d, want 5: reading is one's own", n)
		}
		unread, _ := db.Inbox(ctx, ids[0], []int64{szUnit}, true, 0, 0)
		if len(unread) != 4 || slices.ContainsFunc(unread, func(n rollout.Notification) bool { return n.Read }) {
			t.Errorf("unread only = %+v", unread)
		}
		if page, _ := db.Inbox(ctx, ids[0], []int64{szUnit}, false, 2, 1); len(page) != 2 || page[0].ID != list[1].ID {
			t.Errorf("second page = %+v", page)
		}
		if n, _ := db.MarkRead(ctx, ids[0], []int64{gdUnit}, []int64{list[1].ID}); n != 0 {
			t.Errorf("marked %d of another unit's notifications", n)
		}
		if n, err := db.MarkRead(ctx, ids[0], []int64{szUnit}, nil); err != nil || n != 4 {
			t.Errorf("mark all read: %d, %v", n, err)
		}
		if n, _ := db.Unread(ctx, ids[0], []int64{szUnit}); n != 0 {
			t.Errorf("unread after all = %d", n)
		}
		// The new notifications go out by e-mail and webhook like the reminders.
		claimed, err := db.ClaimNotifications(ctx, 50, time.Minute)
		if err != nil || len(claimed) < 7 {
			t.Errorf("claimed %d, %v: want every notification made", len(claimed), err)
		}
	})
}
