package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"time"

	"rollout"
)

// Operations: what the health, readiness and metrics endpoints read of the
// storage, none of which writes anything.

var _ rollout.GaugeService = (*DB)(nil)

// Stats returns the connection pool's statistics.
func (db *DB) Stats() sql.DBStats { return db.db.Stats() }

// SchemaStatus is how the stored schema compares with the migrations this
// program knows.
type SchemaStatus struct {
	Applied []int // versions applied, ascending
	Pending []int // versions this program knows and the database has not applied
	Unknown []int // versions applied that this program does not know (a newer release migrated)
	Latest  int   // the highest version this program knows
}

// Current reports whether every known migration is applied and none unknown.
func (s SchemaStatus) Current() bool { return len(s.Pending) == 0 && len(s.Unknown) == 0 }

// Schema compares the database's applied migrations with the program's.
func (db *DB) Schema(ctx context.Context) (SchemaStatus, error) {
	var st SchemaStatus
	ms, err := migrations(db.dialect.name)
	if err != nil {
		return st, err
	}
	known := map[int]bool{}
	for _, m := range ms {
		known[m.Version] = true
		st.Latest = m.Version
	}
	applied, err := db.appliedMigrations(ctx)
	if err != nil {
		return st, err
	}
	st.Applied = slices.Sorted(maps.Keys(applied))
	for _, v := range st.Applied {
		if !known[v] {
			st.Unknown = append(st.Unknown, v)
		}
	}
	for _, m := range ms {
		if _, ok := applied[m.Version]; !ok {
			st.Pending = append(st.Pending, m.Version)
		}
	}
	return st, nil
}

// SchemaPending is Schema for the readiness check: the versions pending and
// the versions unknown to this program.
func (db *DB) SchemaPending(ctx context.Context) (pending, unknown []int, err error) {
	st, err := db.Schema(ctx)
	return st.Pending, st.Unknown, err
}

// BusinessGauges counts tasks by state and the overdue ones, in one snapshot.
// See rollout.GaugeService.
func (db *DB) BusinessGauges(ctx context.Context, now time.Time) (*rollout.BusinessGauges, error) {
	return read(ctx, db, func(tx *tx) (*rollout.BusinessGauges, error) {
		g := &rollout.BusinessGauges{TasksByState: map[rollout.TaskState]int{}}
		for _, s := range rollout.States {
			g.TasksByState[s] = 0
		}
		day := now.In(rollout.Beijing).Format(time.DateOnly)
		var s rollout.TaskState
		var n, late int
		if err := tx.each(ctx, `SELECT state, COUNT(*),
			SUM(CASE WHEN deadline_date IS NOT NULL AND deadline_date < $1 THEN 1 ELSE 0 END)
			FROM tasks GROUP BY state`, []any{&s, &n, &late}, func() {
			g.TasksByState[s] = n
			if !s.Done() {
				g.Overdue += late
			}
		}, day); err != nil {
			return nil, fmt.Errorf("count tasks by state: %w", err)
		}
		var err error
		if g.OpenProblems, err = tx.openProblems(ctx); err != nil {
			return nil, err
		}
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM audit_log`).Scan(&g.AuditHead); err != nil {
			return nil, fmt.Errorf("read the audit head: %w", err)
		}
		return g, nil
	})
}

// openProblems counts the problems not yet resolved, by state.
func (tx *tx) openProblems(ctx context.Context) (map[rollout.ProblemState]int, error) {
	out := map[rollout.ProblemState]int{}
	for _, st := range rollout.ProblemStates {
		if st != rollout.ProblemResolved {
			out[st] = 0
		}
	}
	var st rollout.ProblemState
	var n int
	err := tx.each(ctx, `SELECT state, COUNT(*) FROM problems WHERE state <> $1 GROUP BY state`,
		[]any{&st, &n}, func() { out[st] = n }, string(rollout.ProblemResolved))
	if err != nil {
		return nil, fmt.Errorf("count open problems: %w", err)
	}
	return out, nil
}
