package main

import (
	"strings"
	"testing"

	"rollout/sqldb/sqldbtest"
)

// rollout check agrees with the stored roll-ups of the 7th batch's 715
// implementing tasks, and finds one changed behind the application's back;
// the import seeded the batch's proposed indicators.
func TestCheckCommand(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			runCmd(t, "units", "load", "--db", dsn)
			if code, _, errOut := runCmd(t, "import", "--db", dsn, noticeText); code != 0 {
				t.Fatalf("import: exit %d %s", code, errOut)
			}
			if code, _, errOut := runCmd(t, "assign", "--db", dsn); code != 0 {
				t.Fatalf("assign: exit %d %s", code, errOut)
			}
			if code, out, errOut := runCmd(t, "check", "--db", dsn); code != 0 || !strings.Contains(out, "一致") {
				t.Fatalf("check: exit %d %s %s", code, out, errOut)
			}
			raw := rawDB(t, dsn)
			var n int
			if err := raw.QueryRow(`SELECT COUNT(*) FROM task_rollups`).Scan(&n); err != nil || n != 715 {
				t.Fatalf("roll-up rows: %d, %v; want one per implementing task, 715", n, err)
			}
			// Importing the 7th batch seeded its proposed indicators, two per item.
			if err := raw.QueryRow(`SELECT COUNT(*) FROM indicators WHERE proposed = TRUE`).Scan(&n); err != nil || n != 48 {
				t.Errorf("seeded indicators: %d, %v; want 48", n, err)
			}
			if _, err := raw.Exec(`UPDATE task_rollups SET leaves = leaves + 2, not_started = not_started + 2
				WHERE task_id = (SELECT MIN(task_id) FROM task_rollups)`); err != nil {
				t.Fatal(err)
			}
			// The leaves are counted in both figures: both differ, each named.
			code, out, errOut := runCmd(t, "check", "--db", dsn)
			if code != 1 || strings.Count(out, "reported tally of task") != 1 || strings.Count(out, "verified tally of task") != 1 ||
				!strings.Contains(errOut, "2 处") {
				t.Errorf("check after corruption: exit %d\n%s\n%s", code, out, errOut)
			}
			code, out, _ = runCmd(t, "check", "--json", "--db", dsn)
			if code != 1 || !strings.Contains(out, `"stored"`) {
				t.Errorf("check --json: exit %d %s", code, out)
			}
		})
	}
}
