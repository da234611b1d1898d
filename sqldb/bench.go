package sqldb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"rollout"
)

// Storage helpers of `rollout bench`: the plain matrix query the roll-ups are
// measured against, and the picks of the tasks and units the scenario uses.
// Nothing here is used in ordinary operation.

// periodEndExpr and periodStartExpr number the month a period ends and starts
// with (year × 12 + month) from its text — 2024Q2, 2024-05, 2024H1 — in SQL
// both dialects run, so the baseline can order a task's reports as the
// roll-ups do without parsing periods in Go.
const (
	periodYear      = `CAST(SUBSTR(r.period, 1, 4) AS INTEGER) * 12`
	periodEndExpr   = `(` + periodYear + ` + CASE SUBSTR(r.period, 5, 1) WHEN 'Q' THEN 3 * CAST(SUBSTR(r.period, 6, 1) AS INTEGER) WHEN 'H' THEN 6 * CAST(SUBSTR(r.period, 6, 1) AS INTEGER) ELSE CAST(SUBSTR(r.period, 6, 2) AS INTEGER) END)`
	periodStartExpr = `(` + periodYear + ` + CASE SUBSTR(r.period, 5, 1) WHEN 'Q' THEN 3 * CAST(SUBSTR(r.period, 6, 1) AS INTEGER) - 2 WHEN 'H' THEN 6 * CAST(SUBSTR(r.period, 6, 1) AS INTEGER) - 5 ELSE CAST(SUBSTR(r.period, 6, 2) AS INTEGER) END)`
)

// baselineMatrixSQL is the national matrix as a developer would first write
// it, with no maintained aggregate: walk each first-level implementing task's
// subtree with a recursive CTE, pick each task's newest submitted report (as
// of its newest submitted version) with a window function, and GROUP BY the
// first-level task over its leaves. It gives the figures as reported.
var baselineMatrixSQL = `
WITH RECURSIVE tree (id, top) AS (
	SELECT t.id, t.id FROM tasks t JOIN items i ON i.id = t.item_id JOIN batches b ON b.id = i.batch_id
	WHERE b.number = $1 AND t.parent_id IS NULL AND t.role = 'implement'
	UNION ALL
	SELECT c.id, tree.top FROM tasks c JOIN tree ON c.parent_id = tree.id
),
ranked AS (
	SELECT r.id, r.task_id, v.status, v.evidence,
		ROW_NUMBER() OVER (PARTITION BY r.task_id ORDER BY ` + periodEndExpr + ` DESC, ` + periodStartExpr + ` DESC, r.id DESC) AS n
	FROM reports r JOIN tree ON tree.id = r.task_id JOIN report_versions v ON v.report_id = r.id
	WHERE v.submitted = TRUE
		AND v.version = (SELECT MAX(w.version) FROM report_versions w WHERE w.report_id = r.id AND w.submitted = TRUE)
),
cur AS (
	SELECT tree.id, tree.top,
		CASE WHEN t.state = 'not_applicable' THEN 'not_applicable'
			WHEN ranked.status IN ('in_progress', 'implemented', 'deepening', 'pending_approval', 'central') THEN ranked.status
			ELSE 'not_started' END AS status,
		CASE WHEN ranked.id IS NOT NULL AND ranked.evidence NOT IN ('[]', 'null', '') THEN 1 ELSE 0 END AS evidence,
		CASE WHEN EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = tree.id) THEN 0 ELSE 1 END AS leaf
	FROM tree JOIN tasks t ON t.id = tree.id LEFT JOIN ranked ON ranked.task_id = tree.id AND ranked.n = 1
),
sums AS (
	SELECT top, COUNT(*) AS leaves,
		SUM(CASE WHEN status = 'not_started' THEN 1 ELSE 0 END) AS not_started,
		SUM(CASE WHEN status = 'in_progress' THEN 1 ELSE 0 END) AS in_progress,
		SUM(CASE WHEN status = 'implemented' THEN 1 ELSE 0 END) AS implemented,
		SUM(CASE WHEN status = 'deepening' THEN 1 ELSE 0 END) AS deepening,
		SUM(CASE WHEN status = 'pending_approval' THEN 1 ELSE 0 END) AS pending,
		SUM(CASE WHEN status = 'not_applicable' THEN 1 ELSE 0 END) AS na,
		SUM(CASE WHEN status = 'central' THEN 1 ELSE 0 END) AS central,
		SUM(evidence) AS evidence
	FROM cur WHERE leaf = 1 GROUP BY top
)
SELECT i.id, b.number, i.seq, u.id, u.name, u.code, t.id, own.status,
	s.leaves, s.not_started, s.in_progress, s.implemented, s.deepening, s.pending, s.na, s.central, s.evidence
FROM sums s JOIN cur own ON own.id = s.top JOIN tasks t ON t.id = s.top JOIN items i ON i.id = t.item_id
	JOIN batches b ON b.id = i.batch_id JOIN units u ON u.id = t.unit_id
ORDER BY i.seq, u.code, u.path, t.id`

// BaselineMatrix computes the matrix of a batch from the raw rows — tasks,
// submitted report versions — in one query, as Matrix's cells as reported,
// without Since (the day a status was first reported is a record, not a sum)
// and without the verified figures. It is
// the yardstick `rollout bench` measures Matrix against, and must give the
// same cells.
func (db *DB) BaselineMatrix(ctx context.Context, batch int) ([]rollout.Cell, error) {
	return read(ctx, db, func(tx *tx) ([]rollout.Cell, error) {
		rows, err := tx.QueryContext(ctx, baselineMatrixSQL, batch)
		if err != nil {
			return nil, fmt.Errorf("baseline matrix of batch %d: %w", batch, err)
		}
		defer rows.Close()
		out := []rollout.Cell{}
		for rows.Next() {
			var c rollout.Cell
			if err := rows.Scan(append([]any{&c.ItemID, &c.Batch, &c.ItemSeq, &c.UnitID, &c.UnitName, &c.UnitCode, &c.TaskID,
				&c.Status}, tallyDest(&c.Tally)...)...); err != nil {
				return nil, fmt.Errorf("baseline matrix of batch %d: %w", batch, err)
			}
			out = append(out, c)
		}
		return out, rows.Err()
	})
}

// BenchTask is a task the bench picks, with its unit.
type BenchTask struct {
	TaskID int64
	UnitID int64
	State  rollout.TaskState
}

// BenchLeaves returns up to n leaf tasks under the unit at path (its subtree,
// itself excluded) in a state that takes a saved draft, with no report for
// period: the tasks the concurrent clients of the bench write to. Ordered by
// task ID, so the pick is the same on every run of a generated database.
func (db *DB) BenchLeaves(ctx context.Context, path string, period rollout.Period, n int) ([]BenchTask, error) {
	return read(ctx, db, func(tx *tx) ([]BenchTask, error) {
		var out []BenchTask
		var b BenchTask
		err := tx.each(ctx, `SELECT t.id, t.unit_id, t.state FROM tasks t JOIN units u ON u.id = t.unit_id
			WHERE u.path LIKE $1 AND t.state IN ('acknowledged', 'in_work', 'accepted')
			AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)
			AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.task_id = t.id AND r.period = $2)
			ORDER BY t.id LIMIT $3`, []any{&b.TaskID, &b.UnitID, &b.State}, func() { out = append(out, b) },
			path+"%", string(period), n)
		return out, err
	})
}

// BenchUnitsByTasks returns the units of kind under the unit at path, with
// how many tasks each holds, most tasks first (then by ID).
func (db *DB) BenchUnitsByTasks(ctx context.Context, path string, kind rollout.UnitKind) ([]int64, []int, error) {
	type row struct {
		id int64
		n  int
	}
	rs, err := read(ctx, db, func(tx *tx) ([]row, error) {
		var out []row
		var r row
		err := tx.each(ctx, `SELECT u.id, COUNT(t.id) FROM units u JOIN tasks t ON t.unit_id = u.id
			WHERE u.path LIKE $1 AND u.kind = $2 GROUP BY u.id ORDER BY COUNT(t.id) DESC, u.id`,
			[]any{&r.id, &r.n}, func() { out = append(out, r) }, path+"%", string(kind))
		return out, err
	})
	if err != nil {
		return nil, nil, err
	}
	ids, counts := make([]int64, len(rs)), make([]int, len(rs))
	for i, r := range rs {
		ids[i], counts[i] = r.id, r.n
	}
	return ids, counts, nil
}

// ReportVersionsSum returns the sum of the versions of the reports of the
// given tasks for period: the bench compares it before and after its
// concurrent saves.
func (db *DB) ReportVersionsSum(ctx context.Context, tasks []int64, period rollout.Period) (map[int64]int, error) {
	return read(ctx, db, func(tx *tx) (map[int64]int, error) {
		out := map[int64]int{}
		for _, id := range tasks {
			var v int
			err := tx.QueryRowContext(ctx, `SELECT version FROM reports WHERE task_id = $1 AND period = $2`, id, string(period)).Scan(&v)
			if err != nil && err != sql.ErrNoRows {
				return nil, fmt.Errorf("version of task %d's report: %w", id, err)
			}
			out[id] = v
		}
		return out, nil
	})
}

// Scratch makes a new empty database beside the one at dsn — a file in dir
// for SQLite, a new database on the same server for PostgreSQL — and returns
// its address and a function that removes it.
func Scratch(ctx context.Context, dsn, dir string) (string, func(), error) {
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		f, err := os.CreateTemp(dir, "rollout-scratch-*.db")
		if err != nil {
			return "", nil, err
		}
		name := f.Name()
		f.Close()
		os.Remove(name)
		return "sqlite:" + name, func() {
			for _, s := range []string{"", "-wal", "-shm"} {
				os.Remove(name + s)
			}
		}, nil
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "", nil, err
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		return "", nil, err
	}
	var b [6]byte
	rand.Read(b[:])
	name := "rollout_scratch_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("create scratch database: %w", err)
	}
	u.Path = "/" + name
	return u.String(), func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		admin.Close()
	}, nil
}

// TempDirOf is the directory of an SQLite database file ("" for PostgreSQL
// and when dsn names none).
func TempDirOf(dsn string) string {
	p := strings.TrimPrefix(dsn, "sqlite:")
	if strings.Contains(p, "://") || p == "" {
		return ""
	}
	return filepath.Dir(p)
}

// BenchLeafStatus returns the leaf implementing tasks of a unit with the
// status each counts with now (from its roll-up).
func (db *DB) BenchLeafStatus(ctx context.Context, unitID int64) (map[int64]rollout.ReportStatus, error) {
	return read(ctx, db, func(tx *tx) (map[int64]rollout.ReportStatus, error) {
		out := map[int64]rollout.ReportStatus{}
		var id int64
		var st rollout.ReportStatus
		err := tx.each(ctx, `SELECT t.id, r.status FROM tasks t JOIN task_rollups r ON r.task_id = t.id
			WHERE t.unit_id = $1 AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)`,
			[]any{&id, &st}, func() { out[id] = st }, unitID)
		return out, err
	})
}
