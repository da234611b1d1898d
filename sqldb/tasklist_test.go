package sqldb_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// TestTaskList checks that every list storage pages in SQL is the list
// rollout.TaskQuery's Keep and Compare make of all tasks: each filter, each
// order both ways, pages and the total.
func TestTaskList(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		loadBatch7(t, db)
		if _, err := db.Assign(ctx, 7); err != nil {
			t.Fatal(err)
		}
		gd := unitNamed(t, db, "广东省")
		kids, err := db.UnitChildren(ctx, gd.ID)
		if err != nil || len(kids) < 3 {
			t.Fatalf("units below 广东省: %d, %v", len(kids), err)
		}
		own, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
		if err != nil || len(own) < 10 {
			t.Fatalf("广东省's tasks: %d, %v", len(own), err)
		}
		// Divide ten of Guangdong's tasks among three units below, with
		// deadlines around today (red, yellow, green), phrases and none.
		deadlines := []string{"2024年6月底前", "2024年7月2日", "2024年7月20日", "持续推进", "2024-07-01", "2023年底前", "", "2024年7月3日", "2025年6月底前", "长期坚持"}
		for i, tk := range own[:10] {
			var divs []rollout.Division
			for j, k := range kids[:3] {
				role := rollout.RoleCo
				if j == 0 {
					role = rollout.RoleLead
				}
				divs = append(divs, rollout.Division{UnitID: k.ID, Role: role, Deadline: rollout.ParseDeadline(deadlines[(i+j)%len(deadlines)])})
			}
			if _, err := db.Divide(ctx, tk.ID, divs); err != nil {
				t.Fatal(err)
			}
		}
		// Move a few along the loop, so that states differ.
		below, err := db.Tasks(ctx, rollout.TaskFilter{Within: kids[0].ID})
		if err != nil || len(below) == 0 {
			t.Fatalf("tasks below: %d, %v", len(below), err)
		}
		actor := rollout.WithActor(ctx, reporter)
		for i, tk := range below {
			if i%2 == 0 {
				if _, err := db.Step(actor, tk.ID, rollout.EventAcknowledge, "", ""); err != nil {
					t.Fatal(err)
				}
			}
		}
		all, err := db.Tasks(ctx, rollout.TaskFilter{})
		if err != nil {
			t.Fatal(err)
		}
		today := time.Date(2024, 7, 1, 9, 0, 0, 0, rollout.Beijing)
		base := rollout.TaskQuery{Today: today, WarningDays: 3, Limit: 1000}
		var queries []rollout.TaskQuery
		for _, s := range rollout.TaskSorts {
			for _, desc := range []bool{false, true} {
				q := base
				q.Within, q.Sort, q.Desc = gd.ID, s, desc
				queries = append(queries, q)
			}
		}
		with := func(f func(*rollout.TaskQuery)) rollout.TaskQuery {
			q := base
			q.Within, q.Sort = gd.ID, rollout.SortDeadline
			f(&q)
			return q
		}
		for _, lt := range []rollout.Light{rollout.LightRed, rollout.LightYellow, rollout.LightGreen, rollout.LightNone} {
			queries = append(queries, with(func(q *rollout.TaskQuery) { q.Light, q.Lit = lt, true }))
		}
		queries = append(queries,
			with(func(q *rollout.TaskQuery) { q.State = rollout.StateAcknowledged }),
			with(func(q *rollout.TaskQuery) { q.ExceptUnit = gd.ID }),
			with(func(q *rollout.TaskQuery) { q.Item = "3" }),
			with(func(q *rollout.TaskQuery) { q.Item = "电子" }),
			with(func(q *rollout.TaskQuery) { q.Item = "100%_" }),
			with(func(q *rollout.TaskQuery) { q.Unit = kids[1].Name }),
			with(func(q *rollout.TaskQuery) { q.DueBy = time.Date(2024, 7, 2, 0, 0, 0, 0, time.UTC) }),
			with(func(q *rollout.TaskQuery) { q.UnitID = gd.ID; q.Sort = rollout.SortState; q.Desc = true }),
			with(func(q *rollout.TaskQuery) { q.Within = 0; q.Sort = rollout.SortLight; q.Limit = 7; q.Offset = 5 }),
			with(func(q *rollout.TaskQuery) { q.Sort = rollout.SortUnit; q.Limit = 4; q.Offset = 8 }),
			with(func(q *rollout.TaskQuery) { q.Offset = 100000 }),
		)
		for i, q := range queries {
			t.Run(fmt.Sprintf("%d-%s", i, q.Sort), func(t *testing.T) {
				within := ""
				if q.Within != 0 {
					within = gd.Path
				}
				var want []int64
				var kept []*rollout.Task
				for _, tk := range all {
					if q.Keep(tk, within) {
						kept = append(kept, tk)
					}
				}
				slices.SortFunc(kept, q.Compare)
				for _, tk := range kept {
					want = append(want, tk.ID)
				}
				if q.Offset < len(want) {
					want = want[q.Offset:min(len(want), q.Offset+q.Limit)]
				} else {
					want = nil
				}
				got, err := db.TaskList(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				var ids []int64
				for _, tk := range got.Tasks {
					ids = append(ids, tk.ID)
				}
				if got.Total != len(kept) || !slices.Equal(ids, want) {
					t.Errorf("query %+v:\n total %d, want %d\n got  %v\n want %v", q, got.Total, len(kept), ids, want)
				}
			})
		}
		// The filters narrow: each light, state and item filter above keeps
		// some and leaves some (else the test above would prove little).
		for _, q := range queries[len(rollout.TaskSorts)*2:][:4] {
			p, _ := db.TaskList(ctx, q)
			if p.Total == 0 {
				t.Errorf("light %q keeps nothing", q.Light)
			}
		}
		if _, err := db.TaskList(ctx, rollout.TaskQuery{TaskFilter: rollout.TaskFilter{Within: 999999}}); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("within a missing unit: %v, want ENOTFOUND", err)
		}
	})
}
