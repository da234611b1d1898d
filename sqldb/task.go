package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout"
)

var (
	_ rollout.UnitService = (*DB)(nil)
	_ rollout.TaskService = (*DB)(nil)
)

// Assign creates the first-level tasks of a batch that do not exist yet, in one
// transaction. An item whose scope cannot be resolved, or one of whose
// responsible units is not in the unit directory, gets no task at all and is
// reported in AssignResult.Unresolved.
func (db *DB) Assign(ctx context.Context, batch int) (rollout.AssignResult, error) {
	return db.AssignBatch(ctx, batch, false)
}

// AssignBatch is Assign with the plan said (rollout.SummarizeAssign and every
// task); a dry run writes everything in its transaction and rolls it back.
func (db *DB) AssignBatch(ctx context.Context, batch int, dryRun bool) (rollout.AssignResult, error) {
	res := rollout.AssignResult{Unresolved: []rollout.Diagnostic{}, Groups: []rollout.AssignGroup{}, Tasks: []rollout.AssignedTask{}}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return res, err
	}
	defer tx.Rollback()
	batchID, err := tx.batchID(ctx, batch)
	if err != nil {
		return res, err
	}
	items, err := tx.items(ctx, `i.batch_id = $1`, batchID)
	if err != nil {
		return res, err
	}
	units, err := tx.units(ctx, `TRUE`)
	if err != nil {
		return res, err
	}
	confirmed, err := tx.confirmedScopeUnits(ctx, batchID)
	if err != nil {
		return res, err
	}
	plan, unresolved := rollout.PlanAssign(items, units, confirmed)
	res.Unresolved = unresolved
	res.Groups, _ = rollout.SummarizeAssign(items, plan)
	byID := map[int64]*rollout.Item{}
	for _, it := range items {
		byID[it.ID] = it
	}
	var want []firstLevel
	var wantUnits []*rollout.Unit
	for _, it := range plan {
		for _, u := range it.Implement {
			want, wantUnits = append(want, firstLevel{it.ItemID, u.ID, rollout.RoleImplement}), append(wantUnits, u)
		}
		for _, u := range it.Guide {
			want, wantUnits = append(want, firstLevel{it.ItemID, u.ID, rollout.RoleGuide}), append(wantUnits, u)
		}
	}
	created, err := tx.insertFirstLevels(ctx, want)
	if err != nil {
		return res, err
	}
	for i, w := range want {
		isNew := created[w]
		switch {
		case !isNew:
			res.Existing++
		case w.role == rollout.RoleGuide:
			res.Guide++
		default:
			res.Implement++
		}
		it := byID[w.item]
		res.Tasks = append(res.Tasks, rollout.AssignedTask{ItemID: w.item, ItemSeq: it.Seq, ItemName: it.Name,
			UnitID: w.unit, Unit: wantUnits[i].Name, Role: w.role, New: isNew})
	}
	if dryRun {
		return res, nil // the deferred Rollback undoes every insert
	}
	if res.Implement+res.Guide > 0 {
		if err := tx.audit(ctx, "tasks.assign", fmt.Sprintf("batch:%d", batch), nil, map[string]any{
			"implement": res.Implement, "guide": res.Guide, "existing": res.Existing, "unresolved": len(res.Unresolved),
		}); err != nil {
			return res, err
		}
	}
	return res, tx.Commit()
}

// firstLevel is a first-level task Assign wants.
type firstLevel struct {
	item, unit int64
	role       rollout.TaskRole
}

// insertFirstLevels adds the first-level tasks that do not exist yet, in
// multi-row INSERTs (one statement a task and one a roll-up row took most of
// an assignment's time on PostgreSQL), with a roll-up row for each new
// implementing task (a new leaf of coverage, not started). It returns the role
// of each task it added, by ID.
func (tx *tx) insertFirstLevels(ctx context.Context, want []firstLevel) (map[firstLevel]bool, error) {
	now := tx.db.dialect.timeArg(tx.now)
	created := map[firstLevel]bool{}
	var leaves []int64
	for part := range pieces(want) {
		args := make([]any, 0, 6*len(part))
		for _, w := range part {
			args = append(args, w.item, w.unit, string(w.role), now, now, now)
		}
		var id int64
		var got firstLevel
		if err := tx.each(ctx, `INSERT INTO tasks (item_id, unit_id, role, created_at, updated_at, state_at) VALUES `+
			tx.db.dialect.rowsSQL(len(part), 6)+`
			ON CONFLICT (item_id, unit_id, role) WHERE parent_id IS NULL DO NOTHING RETURNING id, item_id, unit_id, role`,
			[]any{&id, &got.item, &got.unit, &got.role}, func() {
				created[got] = true
				if got.role == rollout.RoleImplement {
					leaves = append(leaves, id)
				}
			}, args...); err != nil {
			return nil, fmt.Errorf("add first-level tasks: %w", err)
		}
	}
	slices.Sort(leaves)
	if err := tx.insertLeafRollups(ctx, leaves); err != nil {
		return nil, err
	}
	return created, nil
}

// confirmedScopeUnits returns, per item of the batch, the units the coordinator
// confirmed for a scope that is not resolved automatically.
func (tx *tx) confirmedScopeUnits(ctx context.Context, batchID int64) (map[int64][]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT s.item_id, s.unit_id FROM item_scope_units s
		JOIN items i ON i.id = s.item_id WHERE i.batch_id = $1`, batchID)
	if err != nil {
		return nil, fmt.Errorf("read confirmed scopes: %w", err)
	}
	defer rows.Close()
	out := map[int64][]int64{}
	for rows.Next() {
		var item, unit int64
		if err := rows.Scan(&item, &unit); err != nil {
			return nil, err
		}
		out[item] = append(out[item], unit)
	}
	return out, rows.Err()
}

// ConfirmScope records the units confirmed for an item's scope, as
// rollout.DecideScope decides over the item and the units named, read in its
// transaction.
func (db *DB) ConfirmScope(ctx context.Context, itemID int64, units []rollout.ScopeUnit) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	items, err := tx.items(ctx, `i.id = $1`, itemID)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		return rollout.E(rollout.ENOTFOUND, "err.task.no_item", itemID)
	}
	named, err := tx.unitsByID(ctx, len(units), func(i int) int64 { return units[i].UnitID })
	if err != nil {
		return err
	}
	decided, err := rollout.DecideScope(items[0], named, units)
	if err != nil {
		return err
	}
	before, err := tx.scopeUnits(ctx, itemID)
	if err != nil {
		return err
	}
	for _, su := range decided {
		if _, err := tx.ExecContext(ctx, `INSERT INTO item_scope_units (item_id, unit_id, reason) VALUES ($1, $2, $3)
			ON CONFLICT (item_id, unit_id) DO UPDATE SET reason = EXCLUDED.reason`, itemID, su.UnitID, su.Reason); err != nil {
			return fmt.Errorf("confirm scope of item %d: %w", itemID, err)
		}
	}
	after, err := tx.scopeUnits(ctx, itemID)
	if err != nil {
		return err
	}
	if err := tx.audit(ctx, "scope.confirm", fmt.Sprintf("item:%d", itemID), before, after); err != nil {
		return err
	}
	return tx.Commit()
}

// unitsByID loads the units whose IDs id(0) … id(n-1) name (at most
// rollout.MaxDivisions+1 of them are looked up: a longer list is refused by the
// decision anyway), by ID; an ID with no unit is absent.
func (tx *tx) unitsByID(ctx context.Context, n int, id func(int) int64) (map[int64]*rollout.Unit, error) {
	out := map[int64]*rollout.Unit{}
	for i := range min(n, rollout.MaxDivisions+1) {
		if _, ok := out[id(i)]; ok {
			continue
		}
		us, err := tx.units(ctx, `u.id = $1`, id(i))
		if err != nil {
			return nil, err
		}
		if len(us) > 0 {
			out[id(i)] = us[0]
		}
	}
	return out, nil
}

// scopeUnits returns the units confirmed for an item's scope, by unit ID.
func (tx *tx) scopeUnits(ctx context.Context, itemID int64) ([]rollout.ScopeUnit, error) {
	rows, err := tx.QueryContext(ctx, `SELECT unit_id, reason FROM item_scope_units WHERE item_id = $1 ORDER BY unit_id`, itemID)
	if err != nil {
		return nil, fmt.Errorf("read confirmed scope of item %d: %w", itemID, err)
	}
	defer rows.Close()
	out := []rollout.ScopeUnit{}
	for rows.Next() {
		var su rollout.ScopeUnit
		if err := rows.Scan(&su.UnitID, &su.Reason); err != nil {
			return nil, err
		}
		out = append(out, su)
	}
	return out, rows.Err()
}

// Divide creates or updates the tasks a unit gives to units below it.
func (db *DB) Divide(ctx context.Context, parentTaskID int64, divisions []rollout.Division) ([]*rollout.Task, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	out, err := tx.divide(ctx, parentTaskID, divisions)
	if err != nil {
		return nil, err
	}
	return out, tx.Commit()
}

// divide is Divide inside a transaction: it loads the parent task, its unit,
// the units named and the tasks already divided from it, lets
// rollout.DecideDivide decide, and upserts one task per division.
func (tx *tx) divide(ctx context.Context, parentTaskID int64, divisions []rollout.Division) ([]*rollout.Task, error) {
	parents, err := tx.tasks(ctx, `t.id = $1`, parentTaskID)
	if err != nil {
		return nil, err
	}
	if len(parents) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.task.not_found", parentTaskID)
	}
	parent := parents[0]
	owners, err := tx.units(ctx, `u.id = $1`, parent.UnitID)
	if err != nil {
		return nil, err
	}
	named, err := tx.unitsByID(ctx, len(divisions), func(i int) int64 { return divisions[i].UnitID })
	if err != nil {
		return nil, err
	}
	existing, err := tx.tasks(ctx, `t.parent_id = $1`, parent.ID)
	if err != nil {
		return nil, err
	}
	plan, err := rollout.DecideDivide(rollout.DivideSnapshot{Parent: parent, Owner: owners[0], Units: named, Existing: existing}, divisions)
	if err != nil {
		return nil, err
	}
	before := map[int64]*rollout.Task{} // by unit
	for _, t := range existing {
		before[t.UnitID] = t
	}
	seen := map[int64]bool{}
	now := tx.db.dialect.timeArg(tx.now)
	for _, d := range plan.Divisions {
		seen[d.UnitID] = true
		var date any
		if d.Deadline.HasDate() {
			date = d.Deadline.Date.Format("2006-01-02")
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO tasks (item_id, unit_id, parent_id, role, deadline_text, deadline_date, deliverable, contact, notes, created_at, updated_at, state_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $10)
			ON CONFLICT (parent_id, unit_id) WHERE parent_id IS NOT NULL DO UPDATE SET
				role = EXCLUDED.role, deadline_text = EXCLUDED.deadline_text, deadline_date = EXCLUDED.deadline_date,
				deliverable = EXCLUDED.deliverable, contact = EXCLUDED.contact, notes = EXCLUDED.notes,
				updated_at = EXCLUDED.updated_at`,
			parent.ItemID, d.UnitID, parent.ID, string(d.Role), d.Deadline.Text, date,
			d.Deliverable, d.Contact, d.Notes, now); err != nil {
			return nil, fmt.Errorf("divide task %d: %w", parent.ID, err)
		}
	}
	// New tasks of an implementing task are new leaves of coverage, and the
	// parent's tally becomes the sum of its children's.
	if _, err := tx.ExecContext(ctx, `INSERT INTO task_rollups (task_id, status, leaves, not_started, v_status, v_not_started)
		SELECT t.id, $2, 1, 1, $2, 1 FROM tasks t WHERE t.parent_id = $1 AND EXISTS (SELECT 1 FROM task_rollups p WHERE p.task_id = $1)
		ON CONFLICT (task_id) DO NOTHING`, parent.ID, string(rollout.StatusNotStarted)); err != nil {
		return nil, fmt.Errorf("roll-up of tasks divided from task %d: %w", parent.ID, err)
	}
	if err := tx.rollup(ctx, parent.ID); err != nil {
		return nil, err
	}
	out, err := tx.tasks(ctx, `t.parent_id = $1`, parent.ID)
	if err != nil {
		return nil, err
	}
	keep := out[:0]
	for _, t := range out {
		if seen[t.UnitID] {
			keep = append(keep, t)
			if err := tx.audit(ctx, "task.divide", fmt.Sprintf("task:%d", t.ID), before[t.UnitID], t); err != nil {
				return nil, err
			}
		}
	}
	return keep, nil
}

// Cascade stores a re-issue's division of work in one transaction: it checks
// and creates the confirmed new units (as departments) under the issuing unit
// (rollout.CheckNewUnits) and the standard departments the plan names that
// are no units yet (rollout.StandardUnits), calls plan with every active unit below it, lets
// rollout.DecideCascade decide over the plan and the issuing unit's tasks, and
// stores each planned line as divisions of the issuing unit's task for that
// item (divide). Any refusal rolls everything back. A dry run does all of it
// and rolls back at the end.
func (db *DB) Cascade(ctx context.Context, ownerID int64, newUnits []string, plan func(below []*rollout.Unit) rollout.CascadePlan, dryRun bool) (rollout.CascadePlan, []*rollout.Task, error) {
	var p rollout.CascadePlan
	tx, err := db.begin(ctx, false)
	if err != nil {
		return p, nil, err
	}
	defer tx.Rollback()
	owners, err := tx.units(ctx, `u.id = $1`, ownerID)
	if err != nil {
		return p, nil, err
	}
	if len(owners) == 0 || owners[0].Retired() {
		return p, nil, rollout.E(rollout.ENOTFOUND, "err.task.no_owner", ownerID)
	}
	owner := owners[0]
	below, err := tx.unitsBelow(ctx, owner)
	if err != nil {
		return p, nil, err
	}
	if len(newUnits) > 0 {
		// A name no unit may have (too long, empty) is refused before anything
		// is planned with it.
		for _, name := range newUnits {
			if _, err := rollout.DecideCreateUnit(owner, rollout.Unit{Name: name, Kind: rollout.KindDepartment, ParentID: owner.ID}); err != nil {
				return p, nil, err
			}
		}
		// A government, FTZ or central unit elsewhere in the tree is not a new
		// department of this one: the document names a unit outside its reach.
		elsewhere := map[string]bool{}
		for _, name := range newUnits {
			found, err := tx.units(ctx, `u.retired_at IS NULL AND u.kind NOT IN ('department') AND (u.name = $1 OR u.full_name = $1
				OR EXISTS (SELECT 1 FROM unit_aliases a WHERE a.unit_id = u.id AND a.name = $1))`, name)
			if err != nil {
				return p, nil, err
			}
			elsewhere[name] = len(found) > 0
		}
		p = plan(below)
		if err := rollout.CheckNewUnits(owner, p, newUnits, elsewhere); err != nil {
			return p, nil, err
		}
		for _, name := range newUnits {
			u := &rollout.Unit{Name: name, Kind: rollout.KindDepartment, ParentID: owner.ID}
			if err := tx.createUnit(ctx, u); err != nil {
				return p, nil, err
			}
		}
		if below, err = tx.unitsBelow(ctx, owner); err != nil {
			return p, nil, err
		}
	}
	p = plan(below)
	// The standard departments the document names that are no units yet
	// are created on first use (rollout.StandardUnits), then planned again.
	if std := rollout.StandardUnits(owner, p); len(std) > 0 {
		for _, u := range std {
			if _, err := rollout.DecideCreateUnit(owner, *u); err != nil {
				return p, nil, err
			}
			if err := tx.createUnit(ctx, u); err != nil {
				return p, nil, err
			}
		}
		if below, err = tx.unitsBelow(ctx, owner); err != nil {
			return p, nil, err
		}
		first := p
		p = plan(below)
		// the preview says what was created on first use
		for _, d := range first.Diagnostics {
			if d.Code == "unit-standard" {
				p.Diagnostics = append(p.Diagnostics, d)
			}
		}
	}
	own, err := tx.tasks(ctx, `t.unit_id = $1`, owner.ID)
	if err != nil {
		return p, nil, err
	}
	taskOf := rollout.TasksByItem(own)
	held, err := tx.heldBelow(ctx, owner, p, taskOf)
	if err != nil {
		return p, nil, err
	}
	lines, err := rollout.DecideCascade(owner, p, taskOf, held, below)
	if err != nil {
		return p, nil, err
	}
	p.Diagnostics = append(p.Diagnostics, rollout.BehalfNotes(owner, lines)...)
	var out []*rollout.Task
	for _, l := range lines {
		ts, err := tx.divide(ctx, l.TaskID, l.Line.Divisions)
		if err != nil {
			return p, nil, rollout.InItem(l.Line.ItemSeq, err)
		}
		out = append(out, ts...)
	}
	if dryRun {
		return p, out, nil
	}
	return p, out, tx.Commit()
}

const taskSelect = `SELECT t.id, t.item_id, t.unit_id, COALESCE(t.parent_id, 0), t.role, t.deadline_text, t.deadline_date,
	t.deliverable, t.contact, t.notes, t.created_at, b.number, i.seq, i.name, u.name, u.code, u.kind,
	COALESCE(pu.name, b.issuer), u.path, COALESCE(pu.path, ''), t.state, COALESCE(t.state_at, t.created_at), t.urges
	FROM tasks t
	JOIN items i ON i.id = t.item_id
	JOIN batches b ON b.id = i.batch_id
	JOIN units u ON u.id = t.unit_id
	LEFT JOIN tasks pt ON pt.id = t.parent_id
	LEFT JOIN units pu ON pu.id = pt.unit_id`

// tasks loads the tasks matching where, ordered by batch, item and unit path.
func (tx *tx) tasks(ctx context.Context, where string, args ...any) ([]*rollout.Task, error) {
	return tx.taskRows(ctx, taskSelect+` WHERE `+where+` ORDER BY b.number DESC, i.seq, u.path, t.id`, args...)
}

// taskRows loads the tasks query (taskSelect with its clauses) selects.
func (tx *tx) taskRows(ctx context.Context, query string, args ...any) ([]*rollout.Task, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load tasks: %w", err)
	}
	defer rows.Close()
	var out []*rollout.Task
	for rows.Next() {
		var t rollout.Task
		if err := scanTask(rows, &t); err != nil {
			return nil, err
		}
		out = append(out, &t)
	}
	return out, rows.Err()
}

// scanTask scans a row of taskSelect's columns into t, and the columns that
// follow them into more.
func scanTask(row interface{ Scan(...any) error }, t *rollout.Task, more ...any) error {
	var date *time.Time
	if err := row.Scan(append([]any{&t.ID, &t.ItemID, &t.UnitID, &t.ParentID, &t.Role, &t.Deadline.Text, nullTime{&date},
		&t.Deliverable, &t.Contact, &t.Notes, timeValue{&t.CreatedAt}, &t.Batch, &t.ItemSeq, &t.ItemName,
		&t.UnitName, &t.UnitCode, &t.UnitKind, &t.ParentUnit, &t.UnitPath, &t.ParentUnitPath, &t.State,
		timeValue{&t.StateAt}, &t.Urges}, more...)...); err != nil {
		return err
	}
	if date != nil {
		t.Deadline.Date = *date
	}
	return nil
}

// heldBelow lists, for each item of plan that owner holds no task of, the
// first-level tasks of it of units below owner (rollout.DecideCascade).
func (tx *tx) heldBelow(ctx context.Context, owner *rollout.Unit, plan rollout.CascadePlan, taskOf map[int64]*rollout.Task) (map[int64][]*rollout.Task, error) {
	held := map[int64][]*rollout.Task{}
	lo, hi := subtreeRange(owner.Path)
	for _, l := range plan.Lines {
		if taskOf[l.ItemID] != nil {
			continue
		}
		ts, err := tx.tasks(ctx, `t.item_id = $1 AND t.parent_id IS NULL AND u.path >= $2 AND u.path < $3`, l.ItemID, lo, hi)
		if err != nil {
			return nil, err
		}
		held[l.ItemID] = ts
	}
	return held, nil
}

// Tasks lists tasks by filter.
func (db *DB) Tasks(ctx context.Context, f rollout.TaskFilter) ([]*rollout.Task, error) {
	var w where
	if err := db.filterTasks(ctx, &w, f); err != nil {
		return nil, err
	}
	return read(ctx, db, func(tx *tx) ([]*rollout.Task, error) { return tx.tasks(ctx, w.String(), w.args...) })
}

// where is a WHERE clause being built with its arguments ($1, $2, ...).
type where struct {
	conds []string
	args  []any
}

// arg adds v as an argument and returns its placeholder.
func (w *where) arg(v any) string {
	w.args = append(w.args, v)
	return fmt.Sprintf("$%d", len(w.args))
}

func (w *where) add(cond string) { w.conds = append(w.conds, cond) }

func (w *where) String() string {
	if len(w.conds) == 0 {
		return "TRUE"
	}
	return strings.Join(w.conds, " AND ")
}

// filterTasks adds f's conditions to w (over taskSelect's aliases).
func (db *DB) filterTasks(ctx context.Context, w *where, f rollout.TaskFilter) error {
	if f.Batch != 0 {
		w.add("b.number = " + w.arg(f.Batch))
	}
	if f.ItemID != 0 {
		w.add("t.item_id = " + w.arg(f.ItemID))
	}
	if f.UnitID != 0 {
		w.add("t.unit_id = " + w.arg(f.UnitID))
	}
	if f.Role != "" {
		w.add("t.role = " + w.arg(string(f.Role)))
	}
	if f.State != "" {
		w.add("t.state = " + w.arg(string(f.State)))
	}
	if f.Within != 0 {
		var path string
		err := db.db.QueryRowContext(ctx, `SELECT path FROM units WHERE id = $1`, f.Within).Scan(&path)
		if err == sql.ErrNoRows {
			return rollout.E(rollout.ENOTFOUND, "err.task.no_owner", f.Within)
		}
		if err != nil {
			return fmt.Errorf("tasks within unit %d: %w", f.Within, err)
		}
		lo, hi := subtreeRange(path)
		w.add("u.path >= " + w.arg(lo) + " AND u.path < " + w.arg(hi))
	}
	return nil
}

// likeArg is s as a LIKE pattern that finds it anywhere, its wildcards escaped.
func likeArg(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}

// taskDone is the SQL condition of a done task (rollout.TaskState.Done).
const taskDone = `t.state IN ('closed', 'not_applicable')`

// taskOrders are the ORDER BY keys of each rollout.TaskSort, before the ties
// (rollout.TaskQuery.Compare).
var taskOrders = map[rollout.TaskSort][]string{
	rollout.SortItem:     nil,
	rollout.SortUnit:     {"u.path"},
	rollout.SortDeadline: {"CASE WHEN t.deadline_date IS NULL THEN 1 ELSE 0 END", "t.deadline_date"},
	rollout.SortLight: {"CASE WHEN t.deadline_date IS NOT NULL AND NOT " + taskDone + " THEN 0 ELSE 1 END",
		"CASE WHEN t.deadline_date IS NULL THEN 1 ELSE 0 END", "t.deadline_date"},
	rollout.SortState: {stateRankSQL(), "COALESCE(t.state_at, t.created_at)"},
}

// stateRankSQL is rollout.StateRank in SQL.
func stateRankSQL() string {
	var b strings.Builder
	b.WriteString("CASE t.state")
	for i, s := range rollout.States {
		fmt.Fprintf(&b, " WHEN '%s' THEN %d", s, i)
	}
	fmt.Fprintf(&b, " ELSE %d END", len(rollout.States))
	return b.String()
}

// TaskList returns a page of the list q asks for: its conditions, order and
// page are SQL's (LIMIT/OFFSET over the indexed joins), and Total a COUNT of
// the same conditions, in one read transaction.
func (db *DB) TaskList(ctx context.Context, q rollout.TaskQuery) (rollout.TaskPage, error) {
	q = q.Bounded()
	var w where
	if err := db.filterTasks(ctx, &w, q.TaskFilter); err != nil {
		return rollout.TaskPage{}, err
	}
	if q.ExceptUnit != 0 {
		w.add("t.unit_id <> " + w.arg(q.ExceptUnit))
	}
	if q.GiverPath != "" {
		given := "t.parent_id IN (SELECT gt.id FROM tasks gt JOIN units gu ON gu.id = gt.unit_id WHERE gu.path = " + w.arg(q.GiverPath) + ")"
		if q.GiverRoot {
			given = "(" + given + " OR t.parent_id IS NULL)"
		}
		w.add(given)
	}
	if q.ItemIDs != nil {
		if len(q.ItemIDs) == 0 {
			w.add("1 = 0")
		} else {
			ids := make([]string, len(q.ItemIDs))
			for i, id := range q.ItemIDs {
				ids[i] = strconv.FormatInt(id, 10)
			}
			w.add("t.item_id IN (" + strings.Join(ids, ", ") + ")")
		}
	}
	if q.Item != "" {
		if n, err := strconv.Atoi(q.Item); err == nil {
			w.add("i.seq = " + w.arg(n))
		} else {
			w.add(`i.name LIKE ` + w.arg(likeArg(q.Item)) + ` ESCAPE '\'`)
		}
	}
	if q.Unit != "" {
		w.add(`u.name LIKE ` + w.arg(likeArg(q.Unit)) + ` ESCAPE '\'`)
	}
	if q.Lit {
		red, yellow := rollout.LightDays(q.Today, q.WarningDays)
		open := "t.deadline_date IS NOT NULL AND NOT " + taskDone
		switch q.Light {
		case rollout.LightRed:
			w.add(open + " AND t.deadline_date < " + w.arg(dateArg(red)))
		case rollout.LightYellow:
			w.add(open + " AND t.deadline_date >= " + w.arg(dateArg(red)) + " AND t.deadline_date <= " + w.arg(dateArg(yellow)))
		case rollout.LightGreen:
			w.add(open + " AND t.deadline_date > " + w.arg(dateArg(yellow)))
		default:
			w.add("(t.deadline_date IS NULL OR " + taskDone + ")")
		}
	}
	if !q.DueBy.IsZero() {
		w.add("t.deadline_date IS NOT NULL AND t.deadline_date <= " + w.arg(dateArg(q.DueBy)))
	}
	keys := append(slices.Clone(taskOrders[q.Sort]), "b.number DESC", "i.seq", "u.path", "t.id")
	if q.Desc {
		for i, k := range keys {
			if base, ok := strings.CutSuffix(k, " DESC"); ok {
				keys[i] = base
			} else {
				keys[i] = k + " DESC"
			}
		}
	}
	cond := w.String()
	page := taskSelect + ` WHERE ` + cond + ` ORDER BY ` + strings.Join(keys, ", ") +
		` LIMIT ` + strconv.Itoa(q.Limit) + ` OFFSET ` + strconv.Itoa(q.Offset)
	return read(ctx, db, func(tx *tx) (rollout.TaskPage, error) {
		var p rollout.TaskPage
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM tasks t
			JOIN items i ON i.id = t.item_id
			JOIN batches b ON b.id = i.batch_id
			JOIN units u ON u.id = t.unit_id
			WHERE `+cond, w.args...).Scan(&p.Total); err != nil {
			return p, fmt.Errorf("count tasks: %w", err)
		}
		var err error
		if p.Tasks, err = tx.taskRows(ctx, page, w.args...); err != nil {
			return p, err
		}
		return p, nil
	})
}

// Task returns one task, in one statement (no transaction around it: a
// statement is its own snapshot); ENOTFOUND when there is none.
func (db *DB) Task(ctx context.Context, id int64) (*rollout.Task, error) {
	var t rollout.Task
	err := scanTask(db.queryRow(ctx, taskSelect+` WHERE t.id = $1`, id), &t)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.task.not_found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("load task %d: %w", id, err)
	}
	return &t, nil
}
