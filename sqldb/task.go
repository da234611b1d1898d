package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
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
	res := rollout.AssignResult{Unresolved: []rollout.Diagnostic{}}
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
	var want []firstLevel
	for _, it := range plan {
		for _, u := range it.Implement {
			want = append(want, firstLevel{it.ItemID, u.ID, rollout.RoleImplement})
		}
		for _, u := range it.Guide {
			want = append(want, firstLevel{it.ItemID, u.ID, rollout.RoleGuide})
		}
	}
	created, err := tx.insertFirstLevels(ctx, want)
	if err != nil {
		return res, err
	}
	for _, role := range created {
		if role == rollout.RoleImplement {
			res.Implement++
		} else {
			res.Guide++
		}
	}
	res.Existing = len(want) - len(created)
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
func (tx *tx) insertFirstLevels(ctx context.Context, want []firstLevel) (map[int64]rollout.TaskRole, error) {
	now := tx.db.dialect.timeArg(tx.now)
	created := map[int64]rollout.TaskRole{}
	var leaves []int64
	for part := range slices.Chunk(want, bulkChunk) {
		args := make([]any, 0, 6*len(part))
		for _, w := range part {
			args = append(args, w.item, w.unit, string(w.role), now, now, now)
		}
		var id int64
		var role rollout.TaskRole
		if err := tx.each(ctx, `INSERT INTO tasks (item_id, unit_id, role, created_at, updated_at, state_at) VALUES `+
			tx.db.dialect.rowsSQL(len(part), 6)+`
			ON CONFLICT (item_id, unit_id, role) WHERE parent_id IS NULL DO NOTHING RETURNING id, role`,
			[]any{&id, &role}, func() {
				created[id] = role
				if role == rollout.RoleImplement {
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
	if _, err := tx.ExecContext(ctx, `INSERT INTO task_rollups (task_id, status, leaves, not_started)
		SELECT t.id, $2, 1, 1 FROM tasks t WHERE t.parent_id = $1 AND EXISTS (SELECT 1 FROM task_rollups p WHERE p.task_id = $1)
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
// (rollout.CheckNewUnits), calls plan with every active unit below it, lets
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
	own, err := tx.tasks(ctx, `t.unit_id = $1`, owner.ID)
	if err != nil {
		return p, nil, err
	}
	taskOf := rollout.TasksByItem(own)
	held, err := tx.heldBelow(ctx, owner, p, taskOf)
	if err != nil {
		return p, nil, err
	}
	lines, err := rollout.DecideCascade(owner, p, taskOf, held)
	if err != nil {
		return p, nil, err
	}
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
	COALESCE(pu.name, b.issuer), u.path, COALESCE(pu.path, ''), t.state, COALESCE(t.state_at, t.created_at)
	FROM tasks t
	JOIN items i ON i.id = t.item_id
	JOIN batches b ON b.id = i.batch_id
	JOIN units u ON u.id = t.unit_id
	LEFT JOIN tasks pt ON pt.id = t.parent_id
	LEFT JOIN units pu ON pu.id = pt.unit_id`

// tasks loads the tasks matching where, ordered by batch, item and unit path.
func (tx *tx) tasks(ctx context.Context, where string, args ...any) ([]*rollout.Task, error) {
	rows, err := tx.QueryContext(ctx, taskSelect+` WHERE `+where+` ORDER BY b.number DESC, i.seq, u.path, t.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("load tasks: %w", err)
	}
	defer rows.Close()
	var out []*rollout.Task
	for rows.Next() {
		var t rollout.Task
		var date *time.Time
		if err := rows.Scan(&t.ID, &t.ItemID, &t.UnitID, &t.ParentID, &t.Role, &t.Deadline.Text, nullTime{&date},
			&t.Deliverable, &t.Contact, &t.Notes, timeValue{&t.CreatedAt}, &t.Batch, &t.ItemSeq, &t.ItemName,
			&t.UnitName, &t.UnitCode, &t.UnitKind, &t.ParentUnit, &t.UnitPath, &t.ParentUnitPath, &t.State,
			timeValue{&t.StateAt}); err != nil {
			return nil, err
		}
		if date != nil {
			t.Deadline.Date = *date
		}
		out = append(out, &t)
	}
	return out, rows.Err()
}

// heldBelow names, for each item of plan that owner holds no task of, the
// units below owner holding a first-level task of it (rollout.DecideCascade).
func (tx *tx) heldBelow(ctx context.Context, owner *rollout.Unit, plan rollout.CascadePlan, taskOf map[int64]*rollout.Task) (map[int64][]string, error) {
	held := map[int64][]string{}
	lo, hi := subtreeRange(owner.Path)
	for _, l := range plan.Lines {
		if taskOf[l.ItemID] != nil {
			continue
		}
		ts, err := tx.tasks(ctx, `t.item_id = $1 AND t.parent_id IS NULL AND u.path >= $2 AND u.path < $3`, l.ItemID, lo, hi)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			if !slices.Contains(held[l.ItemID], t.UnitName) {
				held[l.ItemID] = append(held[l.ItemID], t.UnitName)
			}
		}
	}
	return held, nil
}

// Tasks lists tasks by filter.
func (db *DB) Tasks(ctx context.Context, f rollout.TaskFilter) ([]*rollout.Task, error) {
	where := []string{"TRUE"}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.Batch != 0 {
		where = append(where, "b.number = "+arg(f.Batch))
	}
	if f.ItemID != 0 {
		where = append(where, "t.item_id = "+arg(f.ItemID))
	}
	if f.UnitID != 0 {
		where = append(where, "t.unit_id = "+arg(f.UnitID))
	}
	if f.Role != "" {
		where = append(where, "t.role = "+arg(string(f.Role)))
	}
	if f.State != "" {
		where = append(where, "t.state = "+arg(string(f.State)))
	}
	if f.Within != 0 {
		var path string
		err := db.db.QueryRowContext(ctx, `SELECT path FROM units WHERE id = $1`, f.Within).Scan(&path)
		if err == sql.ErrNoRows {
			return nil, rollout.E(rollout.ENOTFOUND, "err.task.no_owner", f.Within)
		}
		if err != nil {
			return nil, fmt.Errorf("tasks within unit %d: %w", f.Within, err)
		}
		lo, hi := subtreeRange(path)
		where = append(where, "u.path >= "+arg(lo)+" AND u.path < "+arg(hi))
	}
	return read(ctx, db, func(tx *tx) ([]*rollout.Task, error) { return tx.tasks(ctx, strings.Join(where, " AND "), args...) })
}

// Task returns one task.
func (db *DB) Task(ctx context.Context, id int64) (*rollout.Task, error) {
	return read(ctx, db, func(tx *tx) (*rollout.Task, error) { return tx.task(ctx, id) })
}
