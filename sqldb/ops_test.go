package sqldb_test

import (
	"context"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// TestBusinessGauges: tasks counted by state, and as overdue from the day
// after their dated deadline (Beijing time) while not done; no open-problems
// gauge while storage keeps no problems.
func TestBusinessGauges(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		loadBatch7(t, db)
		a, err := db.Assign(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		gd, sz := unitNamed(t, db, "广东省"), unitNamed(t, db, "深圳市")
		ts, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
		var t24 *rollout.Task
		for _, tk := range ts {
			if tk.ItemSeq == 24 {
				t24 = tk
			}
		}
		if _, err := db.Divide(ctx, t24.ID, []rollout.Division{
			{UnitID: sz.ID, Role: rollout.RoleLead, Deadline: rollout.ParseDeadline("2024年6月30日")},
		}); err != nil {
			t.Fatal(err)
		}
		total := a.Implement + a.Guide + 1
		for _, tc := range []struct {
			at      time.Time
			overdue int
		}{
			{time.Date(2024, 6, 30, 15, 0, 0, 0, time.UTC), 0}, // 23:00 on 30 June in Beijing: the deadline's own day
			{time.Date(2024, 6, 30, 16, 0, 0, 0, time.UTC), 1}, // 00:00 on 1 July in Beijing
		} {
			g, err := db.BusinessGauges(ctx, tc.at)
			if err != nil {
				t.Fatal(err)
			}
			sum := 0
			for _, n := range g.TasksByState {
				sum += n
			}
			if sum != total || g.TasksByState[rollout.StateAssigned] != total || len(g.TasksByState) != len(rollout.States) {
				t.Errorf("tasks by state = %v, want all %d assigned and every state present", g.TasksByState, total)
			}
			entries, err := db.AuditEntries(ctx, rollout.AuditFilter{Limit: 1})
			if err != nil || len(entries) != 1 || g.AuditHead != entries[0].ID || g.AuditHead < 2 {
				t.Errorf("audit head %d; newest entry %+v (%v)", g.AuditHead, entries, err)
			}
			if g.Overdue != tc.overdue || len(g.OpenProblems) != 3 || g.OpenProblems[rollout.ProblemOpen] != 0 {
				t.Errorf("at %s: overdue %d (want %d), open problems %v", tc.at, g.Overdue, tc.overdue, g.OpenProblems)
			}
		}
	})
}
