package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

// The bulk write path: many writes of one kind in one transaction (the import
// of filled-in spreadsheets, SaveReports) record each row exactly as a single
// write does — the same decision, the same rows, task events, versions and
// audit entries — but what a single write repeats for every row is done once:
//   - statements are prepared once (stmtcache.go on SQLite; pgx caches them);
//   - task events are collected and appended at the end in multi-row INSERTs,
//     in the order the single writes would have made them;
//   - roll-ups: the touched leaves' own rows are brought up to date once,
//     together (rollupLeaves: what rollupOwn does for one task), after all
//     their reports are written; the changes of the leaves' Tallies are summed per
//     task above them (Counts.Add) and each of those rows is updated once, the
//     deepest first (the order single writes lock them in). A touched task
//     that has tasks below it is brought up to date last, by tx.rollup, when
//     the rows below it are final;
//   - audit entries are appended at commit in multi-row INSERTs, chained one
//     to the next as single writes chain them (audit.go).

// bulkWrite is what a bulk write collects for its end.
type bulkWrite struct {
	touched []int64
	seen    map[int64]bool
	events  [][]any // task_events rows, eventColumns
	// queued counts the steps of each task waiting in events; versions are
	// the report versions saved after some of them, placed after those steps
	// at the end (after_event), as a single save places a version after the
	// steps written before it (rollout.Count).
	queued   map[int64]int
	versions []placedVersion
}

// placedVersion is a report version saved after the k-th step queued for its
// task (from 1).
type placedVersion struct {
	report  int64
	version int
	task    int64
	k       int
}

// queuedFor is how many steps of the task wait in the bulk write (0 outside one).
func (b *bulkWrite) queuedFor(taskID int64) int {
	if b == nil {
		return 0
	}
	return b.queued[taskID]
}

// beginBulk makes tx collect task events and roll-ups until flushBulk.
func (tx *tx) beginBulk() { tx.bulk = &bulkWrite{seen: map[int64]bool{}, queued: map[int64]int{}} }

func (b *bulkWrite) touch(taskID int64) {
	if !b.seen[taskID] {
		b.seen[taskID] = true
		b.touched = append(b.touched, taskID)
	}
}

// ph returns the placeholder of the n-th parameter (from 1) of a statement
// built for the bulk path: "?" on SQLite, whose driver binds "$N" by name at a
// cost that grows with their number, "$N" on PostgreSQL.
func (d dialect) ph(n int) string {
	if d.name == "sqlite" {
		return "?"
	}
	return "$" + strconv.Itoa(n)
}

// rowsSQL returns "(…), (…)" for rows of width parameters each, numbered from 1.
func (d dialect) rowsSQL(rows, width int) string {
	return d.rowsOf("("+strings.TrimSuffix(strings.Repeat("?, ", width), ", ")+")", rows, 1)
}

// inSQL returns "(…)" of n parameters numbered from 1.
func (d dialect) inSQL(n int) string { return d.inSQLAt(1, n) }

// flushBulk writes what the bulk write collected: the task events, then the
// roll-ups. tx goes back to single writes.
func (tx *tx) flushBulk(ctx context.Context) error {
	b := tx.bulk
	if b == nil {
		return nil
	}
	tx.bulk = nil
	ids := map[int64][]int64{} // the steps written, by task
	for part := range pieces(b.events) {
		args := make([]any, 0, 8*len(part))
		for _, r := range part {
			args = append(args, r...)
		}
		var id, task int64
		if err := tx.each(ctx, `INSERT INTO task_events (task_id, at, actor, actor_id, kind, from_state, to_state, note)
			VALUES `+tx.db.dialect.rowsSQL(len(part), 8)+` RETURNING id, task_id`, []any{&id, &task},
			func() { ids[task] = append(ids[task], id) }, args...); err != nil {
			return fmt.Errorf("record task events: %w", err)
		}
	}
	if err := tx.placeVersions(ctx, b, ids); err != nil {
		return err
	}
	return tx.bulkRollups(ctx, b.touched)
}

// placeVersions sets after_event of the versions a bulk write saved after
// steps it wrote only at its end (ids: the steps' IDs by task): the ID of the
// last of its task's steps queued before it, as a single save, which writes
// its step before the version, gives it. A statement's rows take their IDs in
// the order of its VALUES, so a task's k-th step queued has its k-th ID.
func (tx *tx) placeVersions(ctx context.Context, b *bulkWrite, ids map[int64][]int64) error {
	for _, list := range ids {
		slices.Sort(list)
	}
	for part := range pieces(b.versions) {
		args := make([]any, 0, 3*len(part))
		for _, v := range part {
			list := ids[v.task]
			if v.k > len(list) {
				return fmt.Errorf("place version %d of report %d: %d steps of task %d written, want %d", v.version, v.report, len(list), v.task, v.k)
			}
			args = append(args, v.report, int64(v.version), list[v.k-1])
		}
		if _, err := tx.ExecContext(ctx, `UPDATE report_versions SET after_event = x.c3 FROM (`+
			tx.db.dialect.tableOf([]string{"BIGINT", "BIGINT", "BIGINT"}, len(part))+`) AS x
			WHERE report_versions.report_id = x.c1 AND report_versions.version = x.c2`, args...); err != nil {
			return fmt.Errorf("place report versions after their steps: %w", err)
		}
	}
	return nil
}

// bulkRollups brings the roll-ups of the touched tasks and every task above
// them up to date.
func (tx *tx) bulkRollups(ctx context.Context, touched []int64) error {
	if len(touched) == 0 {
		return nil
	}
	ids := slices.Clone(touched)
	slices.Sort(ids)
	// Which touched tasks have tasks below them.
	parents := map[int64]bool{}
	for part := range pieces(ids) {
		var p int64
		if err := tx.each(ctx, `SELECT DISTINCT parent_id FROM tasks WHERE parent_id IN `+tx.db.dialect.inSQL(len(part)),
			[]any{&p}, func() { parents[p] = true }, int64Args(part)...); err != nil {
			return fmt.Errorf("tasks below the tasks saved: %w", err)
		}
	}
	var own []int64
	for _, id := range ids {
		if !parents[id] {
			own = append(own, id)
		}
	}
	deltas, err := tx.rollupLeaves(ctx, own)
	if err != nil {
		return err
	}
	var leaves []int64
	for _, id := range own {
		if _, ok := deltas[id]; ok {
			leaves = append(leaves, id)
		}
	}
	// The chains above the leaves, a level at a time.
	parent := map[int64]int64{}
	for frontier := leaves; len(frontier) > 0; {
		var next []int64
		slices.Sort(frontier)
		for part := range pieces(frontier) {
			var id, p int64
			if err := tx.each(ctx, `SELECT id, parent_id FROM tasks WHERE parent_id IS NOT NULL AND id IN `+tx.db.dialect.inSQL(len(part)),
				[]any{&id, &p}, func() {
					parent[id] = p
					if _, known := parent[p]; !known {
						next = append(next, p)
					}
				}, int64Args(part)...); err != nil {
				return fmt.Errorf("tasks above the tasks saved: %w", err)
			}
		}
		slices.Sort(next)
		next = slices.Compact(next)
		frontier = next[:0:0]
		for _, p := range next {
			if _, known := parent[p]; !known {
				frontier = append(frontier, p)
				parent[p] = 0 // asked; overwritten when it has a parent
			}
		}
	}
	sums := map[int64]rollout.Counts{}
	for _, id := range leaves {
		for a := parent[id]; a != 0; a = parent[a] {
			s := sums[a]
			s.Add(deltas[id])
			sums[a] = s
		}
	}
	depth := func(id int64) int {
		n := 0
		for a := parent[id]; a != 0; a = parent[a] {
			n++
		}
		return n
	}
	above := make([]int64, 0, len(sums))
	for a, s := range sums {
		if !s.Zero() {
			above = append(above, a)
		}
	}
	slices.SortFunc(above, func(a, b int64) int { // the deepest first, as single writes lock them
		if da, db := depth(a), depth(b); da != db {
			return db - da
		}
		return int(a - b)
	})
	for _, a := range above {
		if err := tx.addTo(ctx, a, sums[a]); err != nil {
			return err
		}
	}
	for _, id := range ids {
		if parents[id] {
			if err := tx.rollup(ctx, id); err != nil {
				return err
			}
		}
	}
	return nil
}

func int64Args(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// rollupLeaves brings the own roll-up rows of leaves (tasks with no task
// below them; ids in order) up to date with the raw rows, as rollupOwn does
// for one, in a few statements for all of them, and returns the change of
// the Counts of each whose Counts changed. A task without a row changes
// nothing.
func (tx *tx) rollupLeaves(ctx context.Context, ids []int64) (map[int64]rollout.Counts, error) {
	d := tx.db.dialect
	deltas := map[int64]rollout.Counts{}
	types := append([]string{"BIGINT", "TEXT", "DATE", "BIGINT", "BOOLEAN", "TEXT", "DATE", "BOOLEAN"},
		slices.Repeat([]string{"INTEGER"}, len(countNames))...)
	set := "status = x.c2, status_since = x.c3, report_id = x.c4, has_evidence = x.c5, v_status = x.c6, v_since = x.c7, v_has_evidence = x.c8"
	for i, name := range countNames {
		set += fmt.Sprintf(", %s = x.c%d", name, i+9)
	}
	for part := range pieces(ids) {
		in, args := d.inSQL(len(part)), int64Args(part)
		if d.name == "postgres" { // hold the rows, in order, before reading them (as rollupOwn does)
			if err := tx.each(ctx, `SELECT task_id FROM task_rollups WHERE task_id IN `+in+` ORDER BY task_id FOR UPDATE`,
				[]any{new(int64)}, func() {}, args...); err != nil {
				return nil, fmt.Errorf("roll-ups of the tasks saved: %w", err)
			}
		}
		stored := map[int64]rollupRow{}
		var id int64
		var r rollupRow
		var report sql.NullInt64
		if err := tx.each(ctx, `SELECT task_id, status, status_since, report_id, has_evidence, v_status, v_since, v_has_evidence, `+
			countsColumns+` FROM task_rollups WHERE task_id IN `+in,
			append([]any{&id, &r.reported.Status, nullTime{&r.since}, &report, &r.reported.Evidence, &r.verified.Status,
				nullTime{&r.vsince}, &r.verified.Evidence}, countsDest(&r.counts)...),
			func() {
				r.reported.ReportID = report.Int64
				stored[id] = r
				r = rollupRow{}
			}, args...); err != nil {
			return nil, fmt.Errorf("roll-ups of the tasks saved: %w", err)
		}
		states := map[int64]rollout.TaskState{}
		var st rollout.TaskState
		if err := tx.each(ctx, `SELECT id, state FROM tasks WHERE id IN `+in, []any{&id, &st},
			func() { states[id] = st }, args...); err != nil {
			return nil, fmt.Errorf("states of the tasks saved: %w", err)
		}
		versions := map[int64][]rollout.CountVersion{}
		var v rollout.CountVersion
		if err := tx.each(ctx, `SELECT r.task_id, r.id, r.period, v.version, v.status, v.submitted, `+evidenceListed+`, v.after_event
			FROM report_versions v JOIN reports r ON r.id = v.report_id WHERE r.task_id IN `+in+` AND v.submitted = TRUE`,
			[]any{&id, &v.ReportID, &v.Period, &v.Version, &v.Status, &v.Submitted, &v.Evidence, &v.After},
			func() { versions[id] = append(versions[id], v) }, args...); err != nil {
			return nil, fmt.Errorf("report versions of the tasks saved: %w", err)
		}
		steps := map[int64][]rollout.TaskEvent{}
		var e rollout.TaskEvent
		if err := tx.each(ctx, `SELECT task_id, id, kind FROM task_events WHERE task_id IN `+in+
			` AND kind IN (`+d.ph(len(part)+1)+`, `+d.ph(len(part)+2)+`)`, []any{&e.TaskID, &e.ID, &e.Kind},
			func() { steps[e.TaskID] = append(steps[e.TaskID], e) },
			append(args, string(rollout.EventAccept), string(rollout.EventReturn))...); err != nil {
			return nil, fmt.Errorf("reviews of the tasks saved: %w", err)
		}
		var rows [][]any
		for _, id := range part {
			old, ok := stored[id]
			if !ok {
				continue
			}
			reported, verified := rollout.Count(states[id], versions[id], steps[id])
			counts := rollout.LeafCounts(reported, verified)
			var reportArg any
			if reported.ReportID != 0 {
				reportArg = reported.ReportID
			}
			rows = append(rows, append([]any{id, string(reported.Status), tx.sinceOf(reported.Status, old.reported.Status, old.since),
				reportArg, reported.Evidence, string(verified.Status), tx.sinceOf(verified.Status, old.verified.Status, old.vsince),
				verified.Evidence}, countsArgs(counts)...))
			delta := counts
			delta.Sub(old.counts)
			if !delta.Zero() {
				deltas[id] = delta
			}
		}
		for rs := range pieces(rows) {
			if _, err := tx.ExecContext(ctx, `UPDATE task_rollups SET `+set+` FROM (`+d.tableOf(types, len(rs))+`) AS x
				WHERE task_rollups.task_id = x.c1`, slices.Concat(rs...)...); err != nil {
				return nil, fmt.Errorf("roll-ups of the tasks saved: %w", err)
			}
		}
	}
	return deltas, nil
}
