package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
	"time"

	"rollout"
	"rollout/gen"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// genFingerprint hashes what a generator run made, in an order that does not
// depend on row ids: every task by item and unit code, and every report.
func genFingerprint(t *testing.T, dsn string) (string, map[string]int) {
	t.Helper()
	rows, err := rawDB(t, dsn).Query(`
		SELECT b.number, i.seq, u.code, u.name, t.role, t.state, COALESCE(r.period, ''), COALESCE(r.status, ''),
			(SELECT COUNT(*) FROM evidence e WHERE e.report_id = r.id)
		FROM tasks t JOIN items i ON i.id = t.item_id JOIN batches b ON b.id = i.batch_id JOIN units u ON u.id = t.unit_id
		LEFT JOIN reports r ON r.task_id = t.id
		ORDER BY b.number, i.seq, u.code, u.name, t.role, r.period`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	h := sha256.New()
	states := map[string]int{}
	firstPeriod := map[string]string{} // a task's first report row: count its state once
	for rows.Next() {
		var batch, seq, ev int
		var code, name, role, state, period, status string
		if err := rows.Scan(&batch, &seq, &code, &name, &role, &state, &period, &status, &ev); err != nil {
			t.Fatal(err)
		}
		if k := code + name + fmt.Sprint(batch, seq, role); firstPeriod[k] == "" {
			firstPeriod[k] = period
		}
		fmt.Fprintf(h, "%d|%d|%s|%s|%s|%s|%s|%s|%d\n", batch, seq, code, name, role, state, period, status, ev)
		if period == "" || period == firstPeriod[code+name+fmt.Sprint(batch, seq, role)] {
			states[state]++
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil)), states
}

// The generator fills a fresh database reproducibly: the same seed gives the
// same tasks, reports and evidence on SQLite and PostgreSQL; it refuses a
// database it already filled; the audit trail records the run and verifies.
func TestGenerateIsReproducibleOnBothDatabases(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 20, 8, 0, 0, 0, time.UTC)
	var prints []string
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		db.Now = func() time.Time { return now }
		stages := map[string]bool{}
		res, err := generate(ctx, db, gen.ScaleCity, 3, 42, func(stage string, done, total int) {
			if done == total {
				stages[stage] = true
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		if res.Batches != 7 || res.Items != 24+6*gen.ItemsPerBatch {
			t.Errorf("batches %d, items %d; want 7 and %d", res.Batches, res.Items, 24+6*gen.ItemsPerBatch)
		}
		// City scale: every province-level first-level task of a province with
		// cities is divided, so leaves far outnumber first-level tasks.
		if res.LeafTasks < 20*res.Items {
			t.Errorf("%d leaf tasks for %d items: the cascade to cities did not happen", res.LeafTasks, res.Items)
		}
		if res.Reports < int64(res.LeafTasks) || res.Reports > 3*int64(res.LeafTasks) {
			t.Errorf("%d reports for %d leaves over 3 quarters", res.Reports, res.LeafTasks)
		}
		// Problems raised on leaves pending approval, and a scored evaluation round.
		if res.Problems == 0 || res.Problems > 2*300 || res.Scores == 0 {
			t.Errorf("%d problems, %d scores; want some problems (at most about 300) and a scored round", res.Problems, res.Scores)
		}
		if ps, err := db.Problems(ctx, rollout.ProblemFilter{}); err != nil || len(ps) != res.Problems {
			t.Errorf("stored problems: %d, %v; want %d", len(ps), err, res.Problems)
		}
		for _, s := range []string{"导入合成批次", "分解任务至city", "生成进展报告", "问题与评估", "汇总"} {
			if !stages[s] {
				t.Errorf("progress never finished stage %q (saw %v)", s, stages)
			}
		}
		if diffs, err := db.CheckRollups(ctx); err != nil || len(diffs) != 0 {
			t.Errorf("roll-ups after generation: %d differences (%v)", len(diffs), err)
		}
		// The level above reviewed most reports: the verified figures are
		// there, and behind the reported ones where the newest report waits.
		if cells, err := db.Matrix(ctx, 7); err != nil {
			t.Fatal(err)
		} else {
			var reported, verified rollout.Tally
			for _, c := range cells {
				reported.Add(c.Tally)
				verified.Add(c.Verified)
			}
			if verified.Covered() == 0 || verified.Covered() >= reported.Covered() {
				t.Errorf("batch 7 covers %d reported, %d verified", reported.Covered(), verified.Covered())
			}
		}
		fp, states := genFingerprint(t, dsn)
		prints = append(prints, fp)
		for _, st := range []rollout.TaskState{rollout.StateAccepted, rollout.StateReported, rollout.StateNA} {
			if states[string(st)] == 0 {
				t.Errorf("no leaf task left %s: %v", st, states)
			}
		}
		if _, err := generate(ctx, db, gen.ScaleCity, 3, 42, func(string, int, int) {}); rollout.ErrorCode(err) != rollout.ECONFLICT {
			t.Errorf("a second run on the same database: %v, want ECONFLICT", err)
		}
		if broken, _, err := db.VerifyAudit(ctx); err != nil || broken != 0 {
			t.Errorf("audit verify: broken %d, %v", broken, err)
		}
		entries, err := db.AuditEntries(ctx, rollout.AuditFilter{Action: "gen.run"})
		if err != nil || len(entries) != 1 {
			t.Errorf("audit entries for gen.run: %d, %v", len(entries), err)
		}
	})
	if len(prints) == 2 && prints[0] != prints[1] {
		t.Errorf("SQLite and PostgreSQL got different data from one seed: %s vs %s", prints[0], prints[1])
	}
}
