package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// A task due tomorrow gets one reminder, sent once to the webhook, however
// often reminders run that day.
func TestRemindCommand(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			var mu sync.Mutex
			var bodies []string
			hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				mu.Lock()
				bodies = append(bodies, string(b))
				mu.Unlock()
			}))
			defer hook.Close()
			t.Setenv("ROLLOUT_WEBHOOK_URL", hook.URL)
			t.Setenv("ROLLOUT_SMTP_ADDR", "")

			ctx := context.Background()
			db, err := sqldb.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := newSite(ctx, db, discardLogger(), serveConfig{}); err != nil { // units, notice, tasks
				t.Fatal(err)
			}
			gd, _ := db.UnitByName(ctx, "广东省")
			sz, _ := db.UnitByName(ctx, "深圳市")
			ts, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
			tomorrow := time.Now().In(time.FixedZone("CST", 8*3600)).AddDate(0, 0, 1).Format("2006年1月2日")
			if _, err := db.Divide(ctx, ts[0].ID, []rollout.Division{{UnitID: sz.ID, Role: rollout.RoleLead, Deadline: rollout.ParseDeadline(tomorrow)}}); err != nil {
				t.Fatal(err)
			}
			db.Close()

			code, out, errOut := runCmd(t, "remind", "--db", dsn)
			if code != 0 || !strings.Contains(out, "新生成提醒 1 条，已发送 1 条") {
				t.Fatalf("remind: exit %d %s %s", code, out, errOut)
			}
			if code, out, _ := runCmd(t, "remind", "--db", dsn); code != 0 || !strings.Contains(out, "新生成提醒 0 条，已发送 0 条") {
				t.Errorf("remind again: %s", out)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(bodies) != 1 || !strings.Contains(bodies[0], `"msgtype":"text"`) || !strings.Contains(bodies[0], "深圳市") || !strings.Contains(bodies[0], "任务即将到期") {
				t.Errorf("webhook received %q", bodies)
			}
		})
	}
}
