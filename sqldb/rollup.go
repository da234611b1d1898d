package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"rollout"
)

var _ rollout.RollupService = (*DB)(nil)

// Roll-ups. Every implementing task — a first-level task of role implement and
// every task divided from one, at any depth — has a task_rollups row: its
// current status, the day that status was first reported, its current report
// and whether that report lists evidence, and its Tally (for a leaf its own
// single count, rollout.Leaf; for a divided task the sum of its children's).
// Guidance tasks of central units, and anything divided from them, have no row:
// they are not leaves of coverage.
//
// Which report is current. A task's current report is its newest submitted
// report: among its reports whose stored version is submitted, the one whose
// period ends last (a shorter period ending on the same day — 2024Q2 beside
// 2024H1 — is the newer; then the higher id). Its status is the task's current
// status, with two rules of the loop on top:
//   - a returned report still counts as submitted: the return is the reviewer's
//     step on the task, not a change of what the unit stated, and the figures
//     show what was stated until the unit corrects it. Once the unit saves a
//     draft of it, the report no longer counts (its stored version is not
//     submitted) and the task falls back to its newest other submitted report,
//     until the correction is submitted;
//   - not applicable is granted by the level above: a task whose not-applicable
//     request was approved (state not_applicable) counts as not_applicable
//     whatever its reports say, and a report that states not_applicable without
//     that approval counts as not_started.
//
// A task without a counting report is not_started. status_since changes only
// when the status does (to the transaction's day, Beijing time).
//
// Every write that can change any of this calls tx.rollup for the task it
// touched, in its own transaction: report saves (SaveReport, SaveReports),
// attachments (AddAttachment: evidence), steps (Step: approval of not
// applicable, and anything else), divisions (Divide, Cascade: new leaves, a
// leaf becoming a parent) and Assign (new first-level rows). tx.rollup
// recomputes the task's row from the raw rows and adds the difference of its
// Tally to each task above it, one row at a time from the bottom up (depth ≤ 5),
// so concurrent writers lock rows in the same order. CheckRollups recomputes
// everything from the raw rows.

// rollupRow is a task's stored roll-up.
type rollupRow struct {
	status   rollout.ReportStatus
	since    *time.Time
	reportID int64 // 0: none
	evidence bool
	tally    rollout.Tally
}

const tallyColumns = `leaves, not_started, in_progress, implemented, deepening, pending, na, central, evidence`

func tallyDest(t *rollout.Tally) []any {
	return []any{&t.Leaves, &t.NotStarted, &t.InProgress, &t.Implemented, &t.Deepening, &t.Pending, &t.NA, &t.Central, &t.Evidence}
}

func tallyArgs(t rollout.Tally) []any {
	return []any{t.Leaves, t.NotStarted, t.InProgress, t.Implemented, t.Deepening, t.Pending, t.NA, t.Central, t.Evidence}
}

// reportHead is what choosing the current report needs of a report.
type reportHead struct {
	id     int64
	taskID int64
	period rollout.Period
	status rollout.ReportStatus
	start  time.Time
	end    time.Time
}

// newer reports whether a is newer than b as the current report.
func (a reportHead) newer(b reportHead) bool {
	if !a.end.Equal(b.end) {
		return a.end.After(b.end)
	}
	if !a.start.Equal(b.start) {
		return a.start.After(b.start)
	}
	return a.id > b.id
}

func headOf(id, taskID int64, period string, status rollout.ReportStatus) reportHead {
	h := reportHead{id: id, taskID: taskID, period: rollout.Period(period), status: status}
	if _, from, to, err := rollout.ParsePeriod(period); err == nil {
		h.start, h.end = from, to
	}
	return h
}

// currentStatus is the status a task counts with, from its state and its
// current report (nil: none).
func currentStatus(state rollout.TaskState, cur *reportHead) rollout.ReportStatus {
	switch {
	case state == rollout.StateNA:
		return rollout.StatusNA
	case cur == nil, cur.status == rollout.StatusNA, !cur.status.Valid():
		return rollout.StatusNotStarted
	}
	return cur.status
}

// current works out a task's current status, report and evidence from the raw rows.
func (tx *tx) current(ctx context.Context, taskID int64) (rollout.ReportStatus, int64, bool, error) {
	state, err := tx.taskState(ctx, taskID)
	if err != nil {
		return "", 0, false, err
	}
	var cur *reportHead
	var id int64
	var period string
	var st rollout.ReportStatus
	if err := tx.each(ctx, `SELECT id, period, status FROM reports WHERE task_id = $1 AND submitted = TRUE`,
		[]any{&id, &period, &st}, func() {
			h := headOf(id, taskID, period, st)
			if cur == nil || h.newer(*cur) {
				cur = &h
			}
		}, taskID); err != nil {
		return "", 0, false, fmt.Errorf("reports of task %d: %w", taskID, err)
	}
	status := currentStatus(state, cur)
	if cur == nil {
		return status, 0, false, nil
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM evidence WHERE report_id = $1 AND removed_in IS NULL`, cur.id).Scan(&n); err != nil {
		return "", 0, false, fmt.Errorf("evidence of report %d: %w", cur.id, err)
	}
	return status, cur.id, n > 0, nil
}

// storedRollup reads a task's roll-up row; ok is false when it has none.
func (tx *tx) storedRollup(ctx context.Context, taskID int64) (rollupRow, bool, error) {
	var r rollupRow
	var report sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT status, status_since, report_id, has_evidence, `+tallyColumns+`
		FROM task_rollups WHERE task_id = $1`, taskID).Scan(append([]any{&r.status, nullTime{&r.since}, &report, &r.evidence},
		tallyDest(&r.tally)...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("roll-up of task %d: %w", taskID, err)
	}
	r.reportID = report.Int64
	return r, true, nil
}

// insertLeafRollups adds the rows of new implementing tasks: leaves, not
// started; in multi-row INSERTs of up to bulkChunk rows.
func (tx *tx) insertLeafRollups(ctx context.Context, taskIDs []int64) error {
	for part := range slices.Chunk(taskIDs, bulkChunk) {
		args := make([]any, 0, 2*len(part))
		var sb strings.Builder
		for i, id := range part {
			if i > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, "(%s, %s, 1, 1)", tx.db.dialect.ph(2*i+1), tx.db.dialect.ph(2*i+2))
			args = append(args, id, string(rollout.StatusNotStarted))
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO task_rollups (task_id, status, leaves, not_started) VALUES `+sb.String()+`
			ON CONFLICT (task_id) DO NOTHING`, args...); err != nil {
			return fmt.Errorf("roll-ups of new tasks: %w", err)
		}
	}
	return nil
}

// rollup brings a task's roll-up row up to date with the raw rows and adds the
// change of its Tally to every task above it. A task without a row (guidance)
// is left alone.
func (tx *tx) rollup(ctx context.Context, taskID int64) error {
	if tx.bulk != nil { // a bulk write brings its tasks up to date at its end (bulk.go)
		tx.bulk.touch(taskID)
		return nil
	}
	delta, err := tx.rollupRow(ctx, taskID)
	if err != nil || delta == (rollout.Tally{}) {
		return err
	}
	return tx.addAbove(ctx, taskID, delta)
}

// rollupRow brings a task's own roll-up row up to date with the raw rows and
// returns the change of its Tally, which the tasks above it must add.
func (tx *tx) rollupRow(ctx context.Context, taskID int64) (rollout.Tally, error) {
	// Lock the row first, so that what is read next is what this transaction
	// changes (PostgreSQL reads the latest committed row after the lock).
	res, err := tx.ExecContext(ctx, `UPDATE task_rollups SET leaves = leaves WHERE task_id = $1`, taskID)
	if err != nil {
		return rollout.Tally{}, fmt.Errorf("roll-up of task %d: %w", taskID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return rollout.Tally{}, fmt.Errorf("roll-up of task %d: %w", taskID, err)
	} else if n == 0 {
		return rollout.Tally{}, nil
	}
	old, _, err := tx.storedRollup(ctx, taskID)
	if err != nil {
		return rollout.Tally{}, err
	}
	status, reportID, evidence, err := tx.current(ctx, taskID)
	if err != nil {
		return rollout.Tally{}, err
	}
	var kids int
	var sum rollout.Tally
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*), `+sumColumns("r")+` FROM tasks t JOIN task_rollups r ON r.task_id = t.id
		WHERE t.parent_id = $1`, taskID).Scan(append([]any{&kids}, tallyDest(&sum)...)...); err != nil {
		return rollout.Tally{}, fmt.Errorf("roll-up of tasks below task %d: %w", taskID, err)
	}
	tally := rollout.Leaf(status, evidence)
	if kids > 0 {
		tally = sum
	}
	since := old.since
	if status != old.status {
		day := tx.now.In(rollout.Beijing)
		d := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
		since = &d
	}
	if status == rollout.StatusNotStarted {
		since = nil
	}
	var sinceArg, reportArg any
	if since != nil {
		sinceArg = since.Format(time.DateOnly)
	}
	if reportID != 0 {
		reportArg = reportID
	}
	if _, err := tx.ExecContext(ctx, `UPDATE task_rollups SET status = $1, status_since = $2, report_id = $3, has_evidence = $4,
		leaves = $5, not_started = $6, in_progress = $7, implemented = $8, deepening = $9, pending = $10, na = $11,
		central = $12, evidence = $13 WHERE task_id = $14`,
		append(append([]any{string(status), sinceArg, reportArg, evidence}, tallyArgs(tally)...), taskID)...); err != nil {
		return rollout.Tally{}, fmt.Errorf("roll-up of task %d: %w", taskID, err)
	}
	delta := tally
	delta.Sub(old.tally)
	return delta, nil
}

func sumColumns(alias string) string {
	s := ""
	for i, c := range []string{"leaves", "not_started", "in_progress", "implemented", "deepening", "pending", "na", "central", "evidence"} {
		if i > 0 {
			s += ", "
		}
		s += "COALESCE(SUM(" + alias + "." + c + "), 0)"
	}
	return s
}

// addAbove adds delta to the Tally of every task above taskID, the nearest first.
func (tx *tx) addAbove(ctx context.Context, taskID int64, delta rollout.Tally) error {
	var above []int64
	var up int64
	if err := tx.each(ctx, `
		WITH RECURSIVE up (id, depth) AS (
			SELECT parent_id, 1 FROM tasks WHERE id = $1 AND parent_id IS NOT NULL
			UNION ALL
			SELECT t.parent_id, up.depth + 1 FROM tasks t JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)
		SELECT id FROM up ORDER BY depth`, []any{&up}, func() { above = append(above, up) }, taskID); err != nil {
		return fmt.Errorf("tasks above task %d: %w", taskID, err)
	}
	for _, id := range above {
		if err := tx.addTo(ctx, id, delta); err != nil {
			return err
		}
	}
	return nil
}

// addTo adds delta to the Tally of task id.
func (tx *tx) addTo(ctx context.Context, id int64, delta rollout.Tally) error {
	if _, err := tx.ExecContext(ctx, `UPDATE task_rollups SET leaves = leaves + $1, not_started = not_started + $2,
		in_progress = in_progress + $3, implemented = implemented + $4, deepening = deepening + $5, pending = pending + $6,
		na = na + $7, central = central + $8, evidence = evidence + $9 WHERE task_id = $10`,
		append(tallyArgs(delta), id)...); err != nil {
		return fmt.Errorf("roll-up of task %d: %w", id, err)
	}
	return nil
}

// rawTask is a task as CheckRollups and the backfill read it.
type rawTask struct {
	id, parent int64
	role       rollout.TaskRole
	state      rollout.TaskState
	stateAt    time.Time
	unit       string
	batch, seq int
}

// computed is a task's roll-up as the raw rows give it.
type computed struct {
	task     *rawTask
	status   rollout.ReportStatus
	report   *reportHead
	evidence bool
	tally    rollout.Tally
}

// recompute works out every implementing task's roll-up from the raw rows
// (tasks, submitted reports, current evidence), without reading task_rollups.
//
// sub limits it to some items' tasks: when not empty, it is a WITH clause
// naming a table sub (id) of the tasks to read — every task of some items,
// and so whole subtrees from first-level tasks — and args are its parameters
// (CheckRollups reads a few items at a time, so that memory stays bounded).
func (tx *tx) recompute(ctx context.Context, sub string, args ...any) (map[int64]*computed, error) {
	from, reports, evidence := `tasks t`, `reports r`, `evidence e`
	if sub != "" {
		from = `sub JOIN tasks t ON t.id = sub.id`
		reports = `sub JOIN reports r ON r.task_id = sub.id`
		evidence = `sub JOIN reports r ON r.task_id = sub.id JOIN evidence e ON e.report_id = r.id`
	}
	tasks := map[int64]*rawTask{}
	var t rawTask
	if err := tx.each(ctx, sub+`SELECT t.id, COALESCE(t.parent_id, 0), t.role, t.state, COALESCE(t.state_at, t.created_at),
		u.name, b.number, i.seq FROM `+from+` JOIN units u ON u.id = t.unit_id JOIN items i ON i.id = t.item_id
		JOIN batches b ON b.id = i.batch_id`,
		[]any{&t.id, &t.parent, &t.role, &t.state, timeValue{&t.stateAt}, &t.unit, &t.batch, &t.seq},
		func() { row := t; tasks[t.id] = &row }, args...); err != nil {
		return nil, fmt.Errorf("read tasks: %w", err)
	}
	// Implementing: the first-level task at the top of the chain is of role implement.
	root := map[int64]int64{}
	var rootOf func(id int64) int64
	rootOf = func(id int64) int64 {
		if r, ok := root[id]; ok {
			return r
		}
		t := tasks[id]
		r := id
		if t.parent != 0 && tasks[t.parent] != nil {
			r = rootOf(t.parent)
		}
		root[id] = r
		return r
	}
	out := map[int64]*computed{}
	for id, t := range tasks {
		if tasks[rootOf(id)].role == rollout.RoleImplement {
			out[id] = &computed{task: t}
		}
	}
	var id, taskID int64
	var period string
	var status rollout.ReportStatus
	if err := tx.each(ctx, sub+`SELECT r.id, r.task_id, r.period, r.status FROM `+reports+` WHERE r.submitted = TRUE`,
		[]any{&id, &taskID, &period, &status}, func() {
			c := out[taskID]
			if c == nil {
				return
			}
			h := headOf(id, taskID, period, status)
			if c.report == nil || h.newer(*c.report) {
				c.report = &h
			}
		}, args...); err != nil {
		return nil, fmt.Errorf("read reports: %w", err)
	}
	withEvidence := map[int64]bool{}
	if err := tx.each(ctx, sub+`SELECT DISTINCT e.report_id FROM `+evidence+` WHERE e.removed_in IS NULL`, []any{&id},
		func() { withEvidence[id] = true }, args...); err != nil {
		return nil, fmt.Errorf("read evidence: %w", err)
	}
	children := map[int64][]int64{}
	for id, c := range out {
		c.status = currentStatus(c.task.state, c.report)
		c.evidence = c.report != nil && withEvidence[c.report.id]
		if c.task.parent != 0 {
			children[c.task.parent] = append(children[c.task.parent], id)
		}
	}
	done := map[int64]bool{}
	var total func(id int64) rollout.Tally
	total = func(id int64) rollout.Tally {
		c := out[id]
		if done[id] {
			return c.tally
		}
		if kids := children[id]; len(kids) > 0 {
			var s rollout.Tally
			for _, k := range kids {
				s.Add(total(k))
			}
			c.tally = s
		} else {
			c.tally = rollout.Leaf(c.status, c.evidence)
		}
		done[id] = true
		return c.tally
	}
	for id := range out {
		total(id)
	}
	return out, nil
}

// backfillRollups fills task_rollups for the tasks that exist when migration
// 0006 runs, inside its transaction. status_since is taken as the day of the
// earliest submitted version of the current report with its status (the
// approval's day for a task not applicable).
func backfillRollups(ctx context.Context, tx *tx) error {
	all, err := tx.recompute(ctx, "")
	if err != nil {
		return err
	}
	type key struct {
		report int64
		status rollout.ReportStatus
	}
	first := map[key]time.Time{}
	var k key
	var at time.Time
	if err := tx.each(ctx, `SELECT report_id, status, MIN(saved_at) FROM report_versions WHERE submitted = TRUE
		GROUP BY report_id, status`, []any{&k.report, &k.status, timeValue{&at}}, func() { first[k] = at }); err != nil {
		return fmt.Errorf("read report versions: %w", err)
	}
	ids := make([]int64, 0, len(all))
	for id := range all {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		c := all[id]
		var since, report any
		var at time.Time
		switch {
		case c.status == rollout.StatusNA && c.task.state == rollout.StateNA:
			at = c.task.stateAt
		case c.report != nil && c.status != rollout.StatusNotStarted:
			at = first[key{c.report.id, c.status}]
		}
		if !at.IsZero() {
			d := at.In(rollout.Beijing)
			since = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
		if c.report != nil {
			report = c.report.id
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO task_rollups (task_id, status, status_since, report_id, has_evidence, `+tallyColumns+`)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
			append([]any{id, string(c.status), since, report, c.evidence}, tallyArgs(c.tally)...)...); err != nil {
			return fmt.Errorf("roll-up of task %d: %w", id, err)
		}
	}
	return nil
}

// CheckRollups recomputes every implementing task's Tally, status and evidence
// from the raw rows and returns each stored row that differs, a missing row
// and a row of a task that should have none, ordered by task. status_since and
// the current report's id are not checked: they are records of when, not
// sums. The check reads one snapshot, the tasks of a few items at a time
// (checkItems), so that its memory is bounded by the largest items, not by
// the whole database.
func (db *DB) CheckRollups(ctx context.Context) ([]rollout.RollupDiff, error) {
	opts := &sql.TxOptions{ReadOnly: true}
	if db.dialect.name == "postgres" {
		opts.Isolation = sql.LevelRepeatableRead // one snapshot for every statement
	}
	t, err := db.db.BeginTx(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("begin transaction: %w", err)
	}
	tx := &tx{Tx: t, db: db, now: db.now(), ctx: ctx}
	defer tx.Rollback()
	var items []int64
	var id int64
	if err := tx.each(ctx, `SELECT id FROM items ORDER BY id`, []any{&id},
		func() { items = append(items, id) }); err != nil {
		return nil, fmt.Errorf("read items: %w", err)
	}
	out := []rollout.RollupDiff{}
	for part := range slices.Chunk(items, checkItems) {
		diffs, err := tx.checkItems(ctx, part)
		if err != nil {
			return nil, err
		}
		out = append(out, diffs...)
	}
	// Every roll-up row is of a task (its key references tasks), and every
	// task is of an item: no row is left unread.
	sort.Slice(out, func(i, j int) bool { return out[i].TaskID < out[j].TaskID })
	return out, tx.Commit()
}

// checkItems is how many items' tasks CheckRollups reads at a time: at
// national scale a nationwide item has about 3,000 tasks (a task and the
// tasks divided from it are of one item).
const checkItems = 32

// checkItems compares the stored roll-ups of the tasks of items with what
// their raw rows give.
func (tx *tx) checkItems(ctx context.Context, items []int64) ([]rollout.RollupDiff, error) {
	sub := `WITH sub (id) AS (SELECT id FROM tasks WHERE item_id IN ` + tx.db.dialect.inSQL(len(items)) + `) `
	args := int64Args(items)
	actual, err := tx.recompute(ctx, sub, args...)
	if err != nil {
		return nil, err
	}
	stored := map[int64]rollupRow{}
	var id int64
	var r rollupRow
	if err := tx.each(ctx, sub+`SELECT r.task_id, r.status, r.has_evidence, `+prefixed("r", tallyColumns)+`
		FROM sub JOIN task_rollups r ON r.task_id = sub.id`,
		append([]any{&id, &r.status, &r.evidence}, tallyDest(&r.tally)...), func() { stored[id] = r }, args...); err != nil {
		return nil, fmt.Errorf("read roll-ups: %w", err)
	}
	out := []rollout.RollupDiff{}
	label := func(c *computed, id int64) string {
		if c == nil {
			return fmt.Sprintf("task %d", id)
		}
		return fmt.Sprintf("task %d (%s, item %d-%d)", id, c.task.unit, c.task.batch, c.task.seq)
	}
	for id, c := range actual {
		s, ok := stored[id]
		switch {
		case !ok:
			out = append(out, rollout.RollupDiff{TaskID: id, What: "missing roll-up of " + label(c, id), Actual: c.tally})
		case s.tally != c.tally:
			out = append(out, rollout.RollupDiff{TaskID: id, What: "tally of " + label(c, id), Stored: s.tally, Actual: c.tally})
		case s.status != c.status || s.evidence != c.evidence:
			out = append(out, rollout.RollupDiff{TaskID: id,
				What: fmt.Sprintf("status of %s: stored %s (evidence %t), actual %s (evidence %t); tallies are of the leaf",
					label(c, id), s.status, s.evidence, c.status, c.evidence),
				Stored: rollout.Leaf(s.status, s.evidence), Actual: rollout.Leaf(c.status, c.evidence)})
		}
	}
	for id, s := range stored {
		if actual[id] == nil {
			out = append(out, rollout.RollupDiff{TaskID: id, What: "roll-up of " + label(nil, id) + ", which is not an implementing task",
				Stored: s.tally})
		}
	}
	return out, nil
}

// prefixed qualifies each of a comma-separated list of columns with alias.
func prefixed(alias, columns string) string {
	parts := strings.Split(columns, ",")
	for i, p := range parts {
		parts[i] = alias + "." + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}

const cellSelect = `SELECT i.id, b.number, i.seq, u.id, u.name, u.code, t.id, r.status, r.status_since,
	EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id), ` + "r.leaves, r.not_started, r.in_progress, r.implemented, r.deepening, r.pending, r.na, r.central, r.evidence" + `
	FROM tasks t
	JOIN task_rollups r ON r.task_id = t.id
	JOIN items i ON i.id = t.item_id
	JOIN batches b ON b.id = i.batch_id
	JOIN units u ON u.id = t.unit_id`

func (tx *tx) cells(ctx context.Context, where, order string, args ...any) ([]rollout.Cell, error) {
	rows, err := tx.QueryContext(ctx, cellSelect+` WHERE `+where+` ORDER BY `+order, args...)
	if err != nil {
		return nil, fmt.Errorf("read cells: %w", err)
	}
	defer rows.Close()
	out := []rollout.Cell{}
	for rows.Next() {
		var c rollout.Cell
		var since *time.Time
		if err := rows.Scan(append([]any{&c.ItemID, &c.Batch, &c.ItemSeq, &c.UnitID, &c.UnitName, &c.UnitCode, &c.TaskID,
			&c.Status, nullTime{&since}, &c.Divided}, tallyDest(&c.Tally)...)...); err != nil {
			return nil, fmt.Errorf("read cells: %w", err)
		}
		if since != nil {
			c.Since = *since
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Matrix returns the first-level implementing tasks of a batch as cells,
// ordered by item and unit code. It reads only the stored first-level rows.
// ENOTFOUND for a batch that does not exist.
func (db *DB) Matrix(ctx context.Context, batch int) ([]rollout.Cell, error) {
	return read(ctx, db, func(tx *tx) ([]rollout.Cell, error) {
		if _, err := tx.batchID(ctx, batch); err != nil {
			return nil, err
		}
		return tx.cells(ctx, `b.number = $1 AND t.parent_id IS NULL AND t.role = 'implement'`, `i.seq, u.code, u.path, t.id`, batch)
	})
}

// Below returns the cells of the tasks divided from taskID, ordered by unit
// path: empty for a leaf. ENOTFOUND for a task that does not exist.
func (db *DB) Below(ctx context.Context, taskID int64) ([]rollout.Cell, error) {
	return read(ctx, db, func(tx *tx) ([]rollout.Cell, error) {
		if _, err := tx.taskState(ctx, taskID); err != nil {
			return nil, err
		}
		return tx.cells(ctx, `t.parent_id = $1`, `u.path, t.id`, taskID)
	})
}

var _ rollout.TrendService = (*DB)(nil)

// Trend computes coverage per period from the submitted reports of the
// batch's leaf implementing tasks (a query over the batch's reports: trends
// are read rarely, and depend on the tree as it stands today).
func (db *DB) Trend(ctx context.Context, batch int) ([]rollout.TrendPoint, error) {
	return read(ctx, db, func(tx *tx) ([]rollout.TrendPoint, error) {
		if _, err := tx.batchID(ctx, batch); err != nil {
			return nil, err
		}
		leaves := map[int64]rollout.TaskState{}
		var id, taskID int64
		var st rollout.TaskState
		if err := tx.each(ctx, `SELECT t.id, t.state FROM tasks t JOIN task_rollups r ON r.task_id = t.id
			JOIN items i ON i.id = t.item_id JOIN batches b ON b.id = i.batch_id
			WHERE b.number = $1 AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)`,
			[]any{&id, &st}, func() { leaves[id] = st }, batch); err != nil {
			return nil, fmt.Errorf("trend of batch %d: %w", batch, err)
		}
		byTask := map[int64][]reportHead{}
		periods := map[rollout.Period]reportHead{}
		var period string
		var status rollout.ReportStatus
		if err := tx.each(ctx, `SELECT r.id, r.task_id, r.period, r.status FROM reports r
			JOIN tasks t ON t.id = r.task_id JOIN items i ON i.id = t.item_id JOIN batches b ON b.id = i.batch_id
			WHERE b.number = $1 AND r.submitted = TRUE`, []any{&id, &taskID, &period, &status}, func() {
			if _, ok := leaves[taskID]; !ok {
				return
			}
			h := headOf(id, taskID, period, status)
			byTask[taskID] = append(byTask[taskID], h)
			periods[h.period] = reportHead{period: h.period, start: h.start, end: h.end}
		}, batch); err != nil {
			return nil, fmt.Errorf("trend of batch %d: %w", batch, err)
		}
		var ps []reportHead
		for _, p := range periods {
			ps = append(ps, p)
		}
		sort.Slice(ps, func(i, j int) bool {
			return ps[j].newer(ps[i]) || (ps[i].end.Equal(ps[j].end) && ps[i].start.Equal(ps[j].start) && ps[i].period < ps[j].period)
		})
		out := []rollout.TrendPoint{}
		for _, p := range ps {
			pt := rollout.TrendPoint{Period: p.period}
			for id, st := range leaves {
				var cur *reportHead
				for _, h := range byTask[id] {
					if h.end.After(p.end) {
						continue
					}
					if cur == nil || h.newer(*cur) {
						h := h
						cur = &h
					}
				}
				pt.Tally.Add(rollout.Leaf(currentStatus(st, cur), false))
			}
			out = append(out, pt)
		}
		return out, nil
	})
}
