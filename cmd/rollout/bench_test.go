package main

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"rollout/gen"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// rollout bench runs its whole scenario on a database filled by gen at
// province scale, on both databases, and prints one JSON object with every
// figure: no update is lost under concurrent saves, the baseline query gives
// the roll-ups' matrix, and every roll-up is exact afterwards. Timings are
// not asserted: they depend on the machine.
func TestBenchEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a province-scale database and builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "rollout")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		ctx := context.Background()
		if _, err := generate(ctx, db, gen.ScaleProvince, 1, 3, func(string, int, int) {}); err != nil {
			t.Fatal(err)
		}
		const clients, saves = 8, 3
		code, out, errOut := runCmd(t, "bench", "--json", "--db", dsn, "--runs", "1", "--clients", strconv.Itoa(clients),
			"--saves", strconv.Itoa(saves), "--xlsx-rows", "60", "--cold-runs", "1", "--binary", bin)
		if code != 0 {
			t.Fatalf("bench: exit %d\n%s\n%s", code, out, errOut)
		}
		var res map[string]any
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("bench printed no single JSON object: %v\n%s", err, out)
		}
		for _, k := range []string{"import_assign_ms", "matrix_ms", "baseline_matrix_ms", "drilldown_ms", "inbox_ms",
			"scorecard_ms", "xlsx_import_10k_ms", "cold_start_ms"} {
			tm, ok := res[k].(map[string]any)
			if !ok {
				t.Errorf("%s: %v, want {p50, p95}", k, res[k])
				continue
			}
			for _, q := range []string{"p50", "p95"} {
				if v, ok := tm[q].(float64); !ok || v <= 0 {
					t.Errorf("%s.%s = %v, want a positive number of milliseconds", k, q, tm[q])
				}
			}
		}
		for _, k := range []string{"units", "tasks", "reports", "matrix_speedup", "submit_per_s", "peak_rss_mb"} {
			if v, ok := res[k].(float64); !ok || v <= 0 {
				t.Errorf("%s = %v, want a positive number", k, res[k])
			}
		}
		if res["db"] != db.Dialect() || res["scale"] != "province" {
			t.Errorf("db %v, scale %v; want %s, province", res["db"], res["scale"], db.Dialect())
		}
		if res["lost_updates"] != 0.0 || res["submits"] != float64(clients*saves) {
			t.Errorf("lost_updates %v after %v saves; want 0 after %d", res["lost_updates"], res["submits"], clients*saves)
		}
		if res["rollups_exact"] != true || res["baseline_equals_matrix"] != true {
			t.Errorf("rollups_exact %v, baseline_equals_matrix %v", res["rollups_exact"], res["baseline_equals_matrix"])
		}
		if res["xlsx_rows"] != 60.0 || res["matrix_cells"].(float64) < 24*20 {
			t.Errorf("xlsx_rows %v, matrix_cells %v", res["xlsx_rows"], res["matrix_cells"])
		}
		if diffs, err := db.CheckRollups(ctx); err != nil || len(diffs) != 0 {
			t.Errorf("after the bench: %d roll-up differences, %v", len(diffs), err)
		}
	})
}
