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
// every task divided from one, at any depth — has a task_rollups row: its own
// standing as reported (status, the day it became so, the report counted and
// whether its counted version lists evidence), its own status as verified
// (v_status, v_since, v_has_evidence), and its Counts — the Tallies as
// reported and as verified: for a leaf its own single count
// (rollout.LeafCounts), for a divided task the sum of its children's. Guidance
// tasks of central units, and anything divided from them, have no row: they
// are not leaves of coverage.
//
// Which status counts is rollout.Count's decision, over the task's state, the
// submitted versions of its reports (report_versions, each with after_event:
// the task's newest step when it was saved) and its review steps
// (task_events). In short: reported is the newest submitted report, each
// report as of its newest submitted version, so a draft never changes a
// figure; verified is the same choice among the versions whose first review
// step after them (accept or return) is an accept, so a new submission leaves
// the verified status standing until it is accepted; an approved
// not-applicable request counts as not applicable on both.
//
// A status's day changes only when the status does (to the transaction's day,
// Beijing time), and is empty while not started.
//
// Every write that can change any of this calls tx.rollup for the task it
// touched, in its own transaction: report saves (SaveReport, SaveReports),
// attachments (AddAttachment: evidence), steps (Step: an accept verifies, an
// approval of not applicable), divisions (Divide, Cascade: new leaves, a leaf
// becoming a parent) and Assign (new first-level rows). tx.rollup is
// tx.rollupOwn — which recomputes the task's own row from the raw rows
// (tx.computeRollup) and returns the change of its Counts — followed by
// tx.addAbove, which adds that change to each task above it, one row at a time
// from the bottom up (depth ≤ 5), so concurrent writers lock rows in the same
// order. CheckRollups recomputes everything from the raw rows.

// rollupRow is a task's stored roll-up.
type rollupRow struct {
	reported, verified rollout.Standing
	since, vsince      *time.Time
	counts             rollout.Counts
}

// countsColumns are the Counts columns of task_rollups in countsDest's order
// (leaves twice: the verified Tally has the same leaves).
const countsColumns = `leaves, not_started, in_progress, implemented, deepening, pending, na, central, evidence,
	leaves, v_not_started, v_in_progress, v_implemented, v_deepening, v_pending, v_na, v_central, v_evidence`

// countNames are the columns of the two Tallies but the second leaves, in
// countsArgs's order.
var countNames = []string{"leaves", "not_started", "in_progress", "implemented", "deepening", "pending", "na", "central", "evidence",
	"v_not_started", "v_in_progress", "v_implemented", "v_deepening", "v_pending", "v_na", "v_central", "v_evidence"}

func tallyDest(t *rollout.Tally) []any {
	return []any{&t.Leaves, &t.NotStarted, &t.InProgress, &t.Implemented, &t.Deepening, &t.Pending, &t.NA, &t.Central, &t.Evidence}
}

func countsDest(c *rollout.Counts) []any {
	return append(tallyDest(&c.Reported), tallyDest(&c.Verified)...)
}

func tallyArgs(t rollout.Tally) []any {
	return []any{t.Leaves, t.NotStarted, t.InProgress, t.Implemented, t.Deepening, t.Pending, t.NA, t.Central, t.Evidence}
}

// countsArgs are the values of countNames.
func countsArgs(c rollout.Counts) []any {
	return append(tallyArgs(c.Reported), tallyArgs(c.Verified)[1:]...)
}

// evidenceListed is true, in SQL, when a version's evidence list (JSON) is not empty.
const evidenceListed = `(v.evidence NOT IN ('[]', 'null', ''))`

// versionsOf reads what rollout.Count needs of a task: the submitted versions
// of its reports (drafts never count) and its review steps (accept, return).
func (tx *tx) versionsOf(ctx context.Context, taskID int64) ([]rollout.CountVersion, []rollout.TaskEvent, error) {
	var vs []rollout.CountVersion
	var v rollout.CountVersion
	if err := tx.each(ctx, `SELECT r.id, r.period, v.version, v.status, v.submitted, `+evidenceListed+`, v.after_event
		FROM report_versions v JOIN reports r ON r.id = v.report_id WHERE r.task_id = $1 AND v.submitted = TRUE`,
		[]any{&v.ReportID, &v.Period, &v.Version, &v.Status, &v.Submitted, &v.Evidence, &v.After},
		func() { vs = append(vs, v) }, taskID); err != nil {
		return nil, nil, fmt.Errorf("report versions of task %d: %w", taskID, err)
	}
	var steps []rollout.TaskEvent
	e := rollout.TaskEvent{TaskID: taskID}
	if err := tx.each(ctx, `SELECT id, kind FROM task_events WHERE task_id = $1 AND kind IN ($2, $3)`, []any{&e.ID, &e.Kind},
		func() { steps = append(steps, e) }, taskID, string(rollout.EventAccept), string(rollout.EventReturn)); err != nil {
		return nil, nil, fmt.Errorf("reviews of task %d: %w", taskID, err)
	}
	return vs, steps, nil
}

// computedRollup is a task's roll-up row as the raw rows give it.
type computedRollup struct {
	reported, verified rollout.Standing
	counts             rollout.Counts
}

// computeRollup works out a task's roll-up row from the raw rows: its state,
// its reports' submitted versions, its review steps (rollout.Count) and
// the stored Counts of the tasks divided from it (their sum, when there are
// any, is its Counts).
func (tx *tx) computeRollup(ctx context.Context, taskID int64) (computedRollup, error) {
	var c computedRollup
	state, err := tx.taskState(ctx, taskID)
	if err != nil {
		return c, err
	}
	vs, steps, err := tx.versionsOf(ctx, taskID)
	if err != nil {
		return c, err
	}
	c.reported, c.verified = rollout.Count(state, vs, steps)
	var kids int
	var sum rollout.Counts
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*), `+sumColumns("r")+` FROM tasks t JOIN task_rollups r ON r.task_id = t.id
		WHERE t.parent_id = $1`, taskID).Scan(append([]any{&kids}, countsDest(&sum)...)...); err != nil {
		return c, fmt.Errorf("roll-up of tasks below task %d: %w", taskID, err)
	}
	c.counts = rollout.LeafCounts(c.reported, c.verified)
	if kids > 0 {
		c.counts = sum
	}
	return c, nil
}

// storedRollup reads a task's roll-up row; ok is false when it has none.
func (tx *tx) storedRollup(ctx context.Context, taskID int64) (rollupRow, bool, error) {
	var r rollupRow
	var report sql.NullInt64
	err := tx.QueryRowContext(ctx, `SELECT status, status_since, report_id, has_evidence, v_status, v_since, v_has_evidence, `+countsColumns+`
		FROM task_rollups WHERE task_id = $1`, taskID).Scan(append([]any{&r.reported.Status, nullTime{&r.since}, &report,
		&r.reported.Evidence, &r.verified.Status, nullTime{&r.vsince}, &r.verified.Evidence}, countsDest(&r.counts)...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("roll-up of task %d: %w", taskID, err)
	}
	r.reported.ReportID = report.Int64
	return r, true, nil
}

// insertLeafRollups adds the rows of new implementing tasks: leaves, not
// started as reported and as verified; in multi-row INSERTs (pieces).
func (tx *tx) insertLeafRollups(ctx context.Context, taskIDs []int64) error {
	for part := range pieces(taskIDs) {
		args := make([]any, 0, 3*len(part))
		for _, id := range part {
			args = append(args, id, string(rollout.StatusNotStarted), string(rollout.StatusNotStarted))
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO task_rollups (task_id, status, leaves, not_started, v_status, v_not_started) VALUES `+
			tx.db.dialect.rowsOf("(?, ?, 1, 1, ?, 1)", len(part), 1)+` ON CONFLICT (task_id) DO NOTHING`, args...); err != nil {
			return fmt.Errorf("roll-ups of new tasks: %w", err)
		}
	}
	return nil
}

// rollup brings a task's roll-up row up to date with the raw rows and adds the
// change of its Counts to every task above it. A task without a row
// (guidance) is left alone. Inside a bulk write the task is only noted, and
// brought up to date with the others at the write's end (bulk.go).
func (tx *tx) rollup(ctx context.Context, taskID int64) error {
	if tx.bulk != nil {
		tx.bulk.touch(taskID)
		return nil
	}
	delta, err := tx.rollupOwn(ctx, taskID)
	if err != nil || delta.Zero() {
		return err
	}
	return tx.addAbove(ctx, taskID, delta)
}

// sinceOf is the day a status stands since: unchanged when the status is
// old's, the transaction's day when it changed, none when not started.
func (tx *tx) sinceOf(status, old rollout.ReportStatus, since *time.Time) any {
	if status == rollout.StatusNotStarted {
		return nil
	}
	if status != old || since == nil {
		return rollout.StatusDay(tx.now).Format(time.DateOnly)
	}
	return since.Format(time.DateOnly)
}

// rollupOwn brings a task's own roll-up row up to date with the raw rows
// (computeRollup) and returns the change of its Counts, which the caller adds
// to every task above it (addAbove). A task without a row changes nothing.
func (tx *tx) rollupOwn(ctx context.Context, taskID int64) (rollout.Counts, error) {
	// Lock the row first, so that what is read next is what this transaction
	// changes (PostgreSQL reads the latest committed row after the lock).
	res, err := tx.ExecContext(ctx, `UPDATE task_rollups SET leaves = leaves WHERE task_id = $1`, taskID)
	if err != nil {
		return rollout.Counts{}, fmt.Errorf("roll-up of task %d: %w", taskID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return rollout.Counts{}, fmt.Errorf("roll-up of task %d: %w", taskID, err)
	} else if n == 0 {
		return rollout.Counts{}, nil
	}
	old, _, err := tx.storedRollup(ctx, taskID)
	if err != nil {
		return rollout.Counts{}, err
	}
	c, err := tx.computeRollup(ctx, taskID)
	if err != nil {
		return rollout.Counts{}, err
	}
	var reportArg any
	if c.reported.ReportID != 0 {
		reportArg = c.reported.ReportID
	}
	set := ""
	for i, name := range countNames {
		set += fmt.Sprintf(", %s = $%d", name, i+8)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE task_rollups SET status = $1, status_since = $2, report_id = $3, has_evidence = $4,
		v_status = $5, v_since = $6, v_has_evidence = $7`+set+fmt.Sprintf(` WHERE task_id = $%d`, len(countNames)+8),
		append(append([]any{string(c.reported.Status), tx.sinceOf(c.reported.Status, old.reported.Status, old.since), reportArg,
			c.reported.Evidence, string(c.verified.Status), tx.sinceOf(c.verified.Status, old.verified.Status, old.vsince),
			c.verified.Evidence}, countsArgs(c.counts)...), taskID)...); err != nil {
		return rollout.Counts{}, fmt.Errorf("roll-up of task %d: %w", taskID, err)
	}
	delta := c.counts
	delta.Sub(old.counts)
	return delta, nil
}

// sumColumns sums countsColumns over the rows of alias.
func sumColumns(alias string) string {
	s := ""
	for i, c := range strings.Split(countsColumns, ",") {
		if i > 0 {
			s += ", "
		}
		s += "COALESCE(SUM(" + alias + "." + strings.TrimSpace(c) + "), 0)"
	}
	return s
}

// addAbove adds delta to the Counts of every task above taskID, the nearest first.
func (tx *tx) addAbove(ctx context.Context, taskID int64, delta rollout.Counts) error {
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

// addSet is the SET clause that adds $1… to every count of a roll-up row.
var addSet = func() string {
	set := ""
	for i, name := range countNames {
		if i > 0 {
			set += ", "
		}
		set += fmt.Sprintf("%s = %s + $%d", name, name, i+1)
	}
	return set
}()

// addTo adds delta to the Counts of task id.
func (tx *tx) addTo(ctx context.Context, id int64, delta rollout.Counts) error {
	if _, err := tx.ExecContext(ctx, `UPDATE task_rollups SET `+addSet+fmt.Sprintf(` WHERE task_id = $%d`, len(countNames)+1),
		append(countsArgs(delta), id)...); err != nil {
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
	versions []rollout.CountVersion
	reviews  []rollout.TaskEvent // accept and return steps, oldest first
	computedRollup
}

// recompute works out every implementing task's roll-up from the raw rows
// (tasks, submitted report versions, review steps), without reading
// task_rollups.
//
// sub limits it to some items' tasks: when not empty, it is a WITH clause
// naming a table sub (id) of the tasks to read — every task of some items,
// and so whole subtrees from first-level tasks — and args are its parameters
// (CheckRollups reads a few items at a time, so that memory stays bounded).
func (tx *tx) recompute(ctx context.Context, sub string, args ...any) (map[int64]*computed, error) {
	from, versions, events := `tasks t`, `report_versions v JOIN reports r ON r.id = v.report_id`, `task_events e`
	if sub != "" {
		from = `sub JOIN tasks t ON t.id = sub.id`
		versions = `sub JOIN reports r ON r.task_id = sub.id JOIN report_versions v ON v.report_id = r.id`
		events = `sub JOIN task_events e ON e.task_id = sub.id`
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
	var taskID int64
	var v rollout.CountVersion
	if err := tx.each(ctx, sub+`SELECT r.task_id, r.id, r.period, v.version, v.status, v.submitted, `+evidenceListed+`, v.after_event
		FROM `+versions+` WHERE v.submitted = TRUE`,
		[]any{&taskID, &v.ReportID, &v.Period, &v.Version, &v.Status, &v.Submitted, &v.Evidence, &v.After}, func() {
			if c := out[taskID]; c != nil {
				c.versions = append(c.versions, v)
			}
		}, args...); err != nil {
		return nil, fmt.Errorf("read report versions: %w", err)
	}
	var e rollout.TaskEvent
	n := len(args)
	if err := tx.each(ctx, sub+`SELECT e.task_id, e.id, e.kind, e.at FROM `+events+` WHERE e.kind IN (`+tx.db.dialect.ph(n+1)+`, `+tx.db.dialect.ph(n+2)+`) ORDER BY e.id`,
		[]any{&e.TaskID, &e.ID, &e.Kind, timeValue{&e.At}}, func() {
			if c := out[e.TaskID]; c != nil {
				c.reviews = append(c.reviews, e)
			}
		}, append(slices.Clone(args), string(rollout.EventAccept), string(rollout.EventReturn))...); err != nil {
		return nil, fmt.Errorf("read review steps: %w", err)
	}
	children := map[int64][]int64{}
	for id, c := range out {
		c.reported, c.verified = rollout.Count(c.task.state, c.versions, c.reviews)
		if c.task.parent != 0 {
			children[c.task.parent] = append(children[c.task.parent], id)
		}
	}
	done := map[int64]bool{}
	var total func(id int64) rollout.Counts
	total = func(id int64) rollout.Counts {
		c := out[id]
		if done[id] {
			return c.counts
		}
		if kids := children[id]; len(kids) > 0 {
			var s rollout.Counts
			for _, k := range kids {
				s.Add(total(k))
			}
			c.counts = s
		} else {
			c.counts = rollout.LeafCounts(c.reported, c.verified)
		}
		done[id] = true
		return c.counts
	}
	for id := range out {
		total(id)
	}
	return out, nil
}

// backfillRollups fills task_rollups for every task from the raw rows, inside
// the transaction of migration 0014 (and of the generator's rebuild, after
// emptying the table). A status's day is taken as: for the reported status,
// the day of the earliest submitted version of the counted report with that
// status; for the verified one, the day of the accept step that reviewed that
// version; for not applicable, the day of the approval.
func backfillRollups(ctx context.Context, tx *tx) error {
	all, err := tx.recompute(ctx, "")
	if err != nil {
		return err
	}
	type first struct {
		at    time.Time
		after int64
	}
	type key struct {
		report int64
		status rollout.ReportStatus
	}
	firsts := map[key]first{}
	var k key
	var f first
	if err := tx.each(ctx, `SELECT report_id, status, saved_at, after_event FROM report_versions WHERE submitted = TRUE
		ORDER BY report_id, version`, []any{&k.report, &k.status, timeValue{&f.at}, &f.after}, func() {
		if _, ok := firsts[k]; !ok {
			firsts[k] = f
		}
	}); err != nil {
		return fmt.Errorf("read report versions: %w", err)
	}
	day := func(at time.Time) any {
		if at.IsZero() {
			return nil
		}
		return rollout.StatusDay(at).Format(time.DateOnly)
	}
	ids := make([]int64, 0, len(all))
	for id := range all {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	cols := "task_id, status, status_since, report_id, has_evidence, v_status, v_since, v_has_evidence"
	marks := "$1, $2, $3, $4, $5, $6, $7, $8"
	for i, name := range countNames {
		cols += ", " + name
		marks += fmt.Sprintf(", $%d", i+9)
	}
	for _, id := range ids {
		c := all[id]
		var since, vsince time.Time
		switch {
		case c.task.state == rollout.StateNA:
			since, vsince = c.task.stateAt, c.task.stateAt
		default:
			if c.reported.Status != rollout.StatusNotStarted {
				since = firsts[key{c.reported.ReportID, c.reported.Status}].at
			}
			if c.verified.Status != rollout.StatusNotStarted {
				after := firsts[key{c.verified.ReportID, c.verified.Status}].after
				for _, r := range c.reviews { // the first review after it; an accept, or the first accept after a return
					if r.ID > after && r.Kind == rollout.EventAccept {
						vsince = r.At
						break
					}
				}
			}
		}
		var report any
		if c.reported.ReportID != 0 {
			report = c.reported.ReportID
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO task_rollups (`+cols+`) VALUES (`+marks+`)`,
			append([]any{id, string(c.reported.Status), day(since), report, c.reported.Evidence,
				string(c.verified.Status), day(vsince), c.verified.Evidence}, countsArgs(c.counts)...)...); err != nil {
			return fmt.Errorf("roll-up of task %d: %w", id, err)
		}
	}
	return nil
}

// rebuildRollups is migration 0014's code: the roll-ups rebuilt from the raw
// rows by rollout.Count, with the verified figures.
func rebuildRollups(ctx context.Context, tx *tx) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM task_rollups`); err != nil {
		return fmt.Errorf("rebuild roll-ups: %w", err)
	}
	return backfillRollups(ctx, tx)
}

// CheckRollups recomputes every implementing task's Counts and own standings
// (status and evidence, as reported and as verified) from the raw rows and
// returns each stored row that differs — the reported and the verified
// figures each on their own line —, a missing row and a row of a task that
// should have none, ordered by task. The days of statuses and the counted
// report's id are not checked: they are records of when, not sums. The check
// reads one snapshot, the tasks of a few items at a time (checkItems), so that
// its memory is bounded by the largest items, not by the whole database.
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
	sort.SliceStable(out, func(i, j int) bool { return out[i].TaskID < out[j].TaskID })
	return out, tx.Commit()
}

// checkItems is how many items' tasks CheckRollups reads at a time: at
// national scale a nationwide item has about 3,000 tasks (a task and the
// tasks divided from it are of one item).
const checkItems = 8

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
	if err := tx.each(ctx, sub+`SELECT r.task_id, r.status, r.has_evidence, r.v_status, r.v_has_evidence, `+prefixed("r", countsColumns)+`
		FROM sub JOIN task_rollups r ON r.task_id = sub.id`,
		append([]any{&id, &r.reported.Status, &r.reported.Evidence, &r.verified.Status, &r.verified.Evidence},
			countsDest(&r.counts)...), func() { stored[id] = r }, args...); err != nil {
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
		if !ok {
			out = append(out, rollout.RollupDiff{TaskID: id, What: "missing roll-up of " + label(c, id), Actual: c.counts.Reported})
			continue
		}
		for _, f := range []struct {
			name           string
			stored, actual rollout.Tally
			sst, ast       rollout.Standing
		}{
			{"reported", s.counts.Reported, c.counts.Reported, s.reported, c.reported},
			{"verified", s.counts.Verified, c.counts.Verified, s.verified, c.verified},
		} {
			switch {
			case f.stored != f.actual:
				out = append(out, rollout.RollupDiff{TaskID: id, What: f.name + " tally of " + label(c, id), Stored: f.stored, Actual: f.actual})
			case f.sst.Status != f.ast.Status || f.sst.Evidence != f.ast.Evidence:
				out = append(out, rollout.RollupDiff{TaskID: id,
					What: fmt.Sprintf("%s status of %s: stored %s (evidence %t), actual %s (evidence %t); tallies are of the leaf",
						f.name, label(c, id), f.sst.Status, f.sst.Evidence, f.ast.Status, f.ast.Evidence),
					Stored: f.sst.Tally(), Actual: f.ast.Tally()})
			}
		}
	}
	for id, s := range stored {
		if actual[id] == nil {
			out = append(out, rollout.RollupDiff{TaskID: id, What: "roll-up of " + label(nil, id) + ", which is not an implementing task",
				Stored: s.counts.Reported})
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

var cellSelect = `SELECT i.id, b.number, i.seq, u.id, u.name, u.code, t.id, r.status, r.status_since, r.v_status, r.v_since,
	EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id), r.` + strings.ReplaceAll(countsColumns, ", ", ", r.") + `
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
		var since, vsince *time.Time
		var counts rollout.Counts
		if err := rows.Scan(append([]any{&c.ItemID, &c.Batch, &c.ItemSeq, &c.UnitID, &c.UnitName, &c.UnitCode, &c.TaskID,
			&c.Status, nullTime{&since}, &c.VerifiedStatus, nullTime{&vsince}, &c.Divided}, countsDest(&counts)...)...); err != nil {
			return nil, fmt.Errorf("read cells: %w", err)
		}
		c.Tally, c.Verified = counts.Reported, counts.Verified
		if since != nil {
			c.Since = *since
		}
		if vsince != nil {
			c.VerifiedSince = *vsince
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

// Trend computes coverage per period, as reported, from the submitted report
// versions of the batch's leaf implementing tasks (a query over the batch's
// reports: trends are read rarely, and depend on the tree as it stands today):
// at each period, each leaf counts as rollout.Count counts it over its
// versions of reports of periods ending no later than that period's end.
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
		type period struct {
			p          rollout.Period
			start, end time.Time
		}
		byTask := map[int64][]rollout.CountVersion{}
		periods := map[rollout.Period]period{}
		var v rollout.CountVersion
		if err := tx.each(ctx, `SELECT r.task_id, r.id, r.period, v.version, v.status, v.submitted FROM report_versions v
			JOIN reports r ON r.id = v.report_id JOIN tasks t ON t.id = r.task_id JOIN items i ON i.id = t.item_id
			JOIN batches b ON b.id = i.batch_id
			WHERE b.number = $1 AND v.submitted = TRUE`, []any{&taskID, &v.ReportID, &v.Period, &v.Version, &v.Status, &v.Submitted}, func() {
			if _, ok := leaves[taskID]; !ok {
				return
			}
			byTask[taskID] = append(byTask[taskID], v)
			if _, from, to, err := rollout.ParsePeriod(string(v.Period)); err == nil {
				periods[v.Period] = period{v.Period, from, to}
			}
		}, batch); err != nil {
			return nil, fmt.Errorf("trend of batch %d: %w", batch, err)
		}
		var ps []period
		for _, p := range periods {
			ps = append(ps, p)
		}
		sort.Slice(ps, func(i, j int) bool {
			a, b := ps[i], ps[j]
			if !a.end.Equal(b.end) {
				return a.end.Before(b.end)
			}
			if !a.start.Equal(b.start) {
				return a.start.Before(b.start)
			}
			return a.p < b.p
		})
		out := []rollout.TrendPoint{}
		for _, p := range ps {
			pt := rollout.TrendPoint{Period: p.p}
			for id, st := range leaves {
				var upTo []rollout.CountVersion
				for _, v := range byTask[id] {
					if _, _, to, err := rollout.ParsePeriod(string(v.Period)); err == nil && !to.After(p.end) {
						upTo = append(upTo, v)
					}
				}
				reported, _ := rollout.Count(st, upTo, nil)
				pt.Tally.Add(rollout.Leaf(reported.Status, false))
			}
			out = append(out, pt)
		}
		return out, nil
	})
}
