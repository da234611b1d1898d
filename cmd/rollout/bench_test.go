package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"rollout"
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

// benchServer serves the site over db for a benchmark and makes an API token
// of the role at the root unit.
func benchServer(b *testing.B, ctx context.Context, db *sqldb.DB, name string, role rollout.Role) (*httptest.Server, *rollout.Unit, string) {
	b.Helper()
	site, err := newSite(ctx, db, slog.New(slog.DiscardHandler), serveConfig{})
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(site.Handler())
	b.Cleanup(srv.Close)
	root, err := db.RootUnit(ctx)
	if err != nil {
		b.Fatal(err)
	}
	token, err := benchToken(ctx, db, name, root.ID, role)
	if err != nil {
		b.Fatal(err)
	}
	return srv, root, token
}

// BenchmarkReportRequests times the two requests of a report save over HTTP,
// one client, on a province-scale generated database of each kind: the API's
// GET of a report (get), and the GET and the PUT of the version read (save),
// which rollout bench's concurrent clients make 64 at a time. Its CPU profile
// (-cpuprofile) shows where a request's time goes outside the save itself.
func BenchmarkReportRequests(b *testing.B) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		b.Run(dialect, func(b *testing.B) {
			ctx := context.Background()
			dsn := sqldbtest.DSN(b, dialect)
			db, err := sqldb.Open(ctx, dsn)
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			db.Password = sqldb.TestPasswordParams
			if _, err := generate(ctx, db, gen.ScaleProvince, 1, 1, func(string, int, int) {}); err != nil {
				b.Fatal(err)
			}
			srv, root, token := benchServer(b, ctx, db, "bench-reporter", rollout.RoleReporter)
			period := rollout.PeriodOf(rollout.RhythmQuarterly, db.Now())
			tasks, err := db.BenchLeaves(ctx, root.Path, period, 1)
			if err != nil || len(tasks) == 0 {
				b.Fatalf("a task to save: %v, %v", tasks, err)
			}
			path := srv.URL + "/api/v1/tasks/" + strconv.FormatInt(tasks[0].TaskID, 10) + "/reports/" + string(period)
			do := func(method string, body []byte, want int) []byte {
				req, _ := http.NewRequestWithContext(ctx, method, path, bytes.NewReader(body))
				req.Header.Set("Authorization", "Bearer "+token)
				if body != nil {
					req.Header.Set("Content-Type", "application/json")
				}
				resp, err := srv.Client().Do(req)
				if err != nil {
					b.Fatal(err)
				}
				defer resp.Body.Close()
				out, err := io.ReadAll(resp.Body)
				if err != nil || resp.StatusCode != want {
					b.Fatalf("%s: %d %s, %v", method, resp.StatusCode, out, err)
				}
				return out
			}
			save := func(n int) {
				version := 0
				if n > 0 {
					var r struct {
						Version int `json:"version"`
					}
					if err := json.Unmarshal(do("GET", nil, http.StatusOK), &r); err != nil {
						b.Fatal(err)
					}
					version = r.Version
				}
				put, _ := json.Marshal(map[string]any{"version": version, "status": "in_progress",
					"measures": "（性能测试）第 " + strconv.Itoa(n+1) + " 次保存。"})
				do("PUT", put, http.StatusOK)
			}
			save(0)
			b.Run("get", func(b *testing.B) {
				for b.Loop() {
					do("GET", nil, http.StatusOK)
				}
			})
			n := 1
			b.Run("save", func(b *testing.B) {
				for b.Loop() {
					save(n)
					n++
				}
			})
		})
	}
}
