package sqldb_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

func TestReminders(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		loadBatch7(t, db)
		if _, err := db.Assign(ctx, 7); err != nil {
			t.Fatal(err)
		}
		gd, sz, gz := unitNamed(t, db, "广东省"), unitNamed(t, db, "深圳市"), unitNamed(t, db, "广州市")
		var t24 *rollout.Task
		ts, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
		for _, tk := range ts {
			if tk.ItemSeq == 24 {
				t24 = tk
			}
		}
		if _, err := db.Divide(ctx, t24.ID, []rollout.Division{
			{UnitID: sz.ID, Role: rollout.RoleLead, Deadline: rollout.ParseDeadline("2024年6月30日")},
			{UnitID: gz.ID, Role: rollout.RoleCo, Deadline: rollout.ParseDeadline("2024年7月31日")},
		}); err != nil {
			t.Fatal(err)
		}
		// 28 June: 深圳 is due within 3 days (yellow), 广州 is not (green).
		june28 := time.Date(2024, 6, 28, 2, 0, 0, 0, time.UTC)
		if n, err := db.Remind(ctx, june28, 3); err != nil || n != 1 {
			t.Fatalf("remind on 28 June: %d, %v; want 1", n, err)
		}
		if n, _ := db.Remind(ctx, june28, 3); n != 0 {
			t.Errorf("the same day again stored %d more", n)
		}
		// 2 July: 深圳 overdue (red) — a new kind, a new reminder.
		if n, _ := db.Remind(ctx, june28.AddDate(0, 0, 4), 3); n != 1 {
			t.Errorf("remind on 2 July: %d, want 1", n)
		}
		list, err := db.Notifications(ctx, sz.ID, 10)
		if err != nil || len(list) != 2 || list[0].Kind != rollout.NoticeOverdue || list[1].Kind != rollout.NoticeDueSoon {
			t.Fatalf("深圳's notifications = %+v, %v", list, err)
		}

		// Claiming from several servers at once: each notification once.
		var mu sync.Mutex
		claimed := map[int64]int{}
		var wg sync.WaitGroup
		for range 6 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ns, err := db.ClaimNotifications(ctx, 10, time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				for _, n := range ns {
					claimed[n.ID]++
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
		if len(claimed) != 2 {
			t.Errorf("claimed %v, want both notifications", claimed)
		}
		for id, n := range claimed {
			if n != 1 {
				t.Errorf("notification %d claimed %d times", id, n)
			}
		}
		// A failed send is claimable again after the lease; a sent one never.
		ids := []int64{list[0].ID, list[1].ID}
		if err := db.MarkSent(ctx, ids[0], nil); err != nil {
			t.Fatal(err)
		}
		if err := db.MarkSent(ctx, ids[1], errors.New("smtp: connection refused")); err != nil {
			t.Fatal(err)
		}
		if again, _ := db.ClaimNotifications(ctx, 10, time.Minute); len(again) != 0 {
			t.Errorf("claimed again within the lease: %+v", again)
		}
		db.Now = func() time.Time { return time.Now().Add(2 * time.Minute) }
		again, err := db.ClaimNotifications(ctx, 10, time.Minute)
		if err != nil || len(again) != 1 || again[0].ID != ids[1] || again[0].Error == "" {
			t.Errorf("after the lease: %+v, %v", again, err)
		}
	})
}
