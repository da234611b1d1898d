package sqldb

import (
	"context"
	"database/sql"
	"fmt"
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
	central := map[string]*rollout.Unit{} // every name of every active central unit
	for _, u := range units {
		if u.Retired() || u.ProvinceID != 0 {
			continue
		}
		for _, n := range u.Names() {
			central[n] = u
		}
	}
	confirmed, err := tx.confirmedScopeUnits(ctx, batchID)
	if err != nil {
		return res, err
	}
	for _, it := range items {
		implementers, err := rollout.ResolveScope(it.Scope, units, confirmed[it.ID])
		if err != nil {
			res.Unresolved = append(res.Unresolved, rollout.Diagnostic{Level: rollout.LevelError, Code: "scope-unresolved",
				Message: fmt.Sprintf("第%d项：%s", it.Seq, rollout.ErrorMessage(err))})
			continue
		}
		var guides []*rollout.Unit
		var unknown []string
		for _, name := range it.Responsible {
			if u := central[name]; u != nil {
				guides = append(guides, u)
			} else {
				unknown = append(unknown, name)
			}
		}
		if len(unknown) > 0 {
			res.Unresolved = append(res.Unresolved, rollout.Diagnostic{Level: rollout.LevelError, Code: "unknown-unit",
				Message: fmt.Sprintf("第%d项的负责单位“%s”不在单位目录中：请先在单位目录中添加或更正，再分解任务。",
					it.Seq, strings.Join(unknown, "、"))})
			continue
		}
		for _, u := range implementers {
			created, err := tx.insertFirstLevel(ctx, it.ID, u.ID, rollout.RoleImplement)
			if err != nil {
				return res, err
			}
			if created {
				res.Implement++
			} else {
				res.Existing++
			}
		}
		for _, u := range guides {
			created, err := tx.insertFirstLevel(ctx, it.ID, u.ID, rollout.RoleGuide)
			if err != nil {
				return res, err
			}
			if created {
				res.Guide++
			} else {
				res.Existing++
			}
		}
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

// insertFirstLevel adds a first-level task unless it exists; it reports whether it added one.
func (tx *tx) insertFirstLevel(ctx context.Context, itemID, unitID int64, role rollout.TaskRole) (bool, error) {
	now := tx.db.dialect.timeArg(tx.now)
	var id int64
	err := tx.QueryRowContext(ctx, `
		INSERT INTO tasks (item_id, unit_id, role, created_at, updated_at, state_at) VALUES ($1, $2, $3, $4, $4, $4)
		ON CONFLICT (item_id, unit_id, role) WHERE parent_id IS NULL DO NOTHING RETURNING id`,
		itemID, unitID, string(role), now).Scan(&id)
	if err == sql.ErrNoRows {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("add task of unit %d for item %d: %w", unitID, itemID, err)
	}
	if role == rollout.RoleImplement { // a new leaf of coverage
		if err := tx.insertLeafRollup(ctx, id); err != nil {
			return false, err
		}
	}
	return true, nil
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

// ConfirmScope records the units confirmed for an item's scope.
func (db *DB) ConfirmScope(ctx context.Context, itemID int64, units []rollout.ScopeUnit) error {
	if len(units) == 0 {
		return rollout.Errorf(rollout.EINVALID, "请至少确认一个实施单位。")
	}
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
		return rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的改革事项。", itemID)
	}
	it := items[0]
	switch it.Scope {
	case rollout.ScopeNationwide, rollout.ScopeFTZ, rollout.ScopeCoastal:
		return rollout.Errorf(rollout.EINVALID, "第%d项的推广范围“%s”由系统自动确定实施单位，无需确认。", it.Seq, it.Scope)
	}
	before, err := tx.scopeUnits(ctx, itemID)
	if err != nil {
		return err
	}
	for _, su := range units {
		us, err := tx.units(ctx, `u.id = $1`, su.UnitID)
		if err != nil {
			return err
		}
		if len(us) == 0 || us[0].Retired() {
			return rollout.Errorf(rollout.ENOTFOUND, "单位（编号 %d）不存在或已撤销。", su.UnitID)
		}
		switch us[0].Kind {
		case rollout.KindProvince, rollout.KindFTZ, rollout.KindFTZArea:
		default:
			return rollout.Errorf(rollout.EINVALID, "“%s”不是省级人民政府或自贸试验区（片区），不能作为第一级实施单位。", us[0].Name)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO item_scope_units (item_id, unit_id, reason) VALUES ($1, $2, $3)
			ON CONFLICT (item_id, unit_id) DO UPDATE SET reason = EXCLUDED.reason`, itemID, su.UnitID, strings.TrimSpace(su.Reason)); err != nil {
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

// divide is Divide inside a transaction.
func (tx *tx) divide(ctx context.Context, parentTaskID int64, divisions []rollout.Division) ([]*rollout.Task, error) {
	if len(divisions) == 0 {
		return nil, rollout.Errorf(rollout.EINVALID, "请至少选择一个单位。")
	}
	parents, err := tx.tasks(ctx, `t.id = $1`, parentTaskID)
	if err != nil {
		return nil, err
	}
	if len(parents) == 0 {
		return nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的任务。", parentTaskID)
	}
	parent := parents[0]
	if parent.State.Done() {
		return nil, rollout.Errorf(rollout.EINVALID, "该任务已%s，不能再分解。", parent.State.Label())
	}
	owners, err := tx.units(ctx, `u.id = $1`, parent.UnitID)
	if err != nil {
		return nil, err
	}
	owner := owners[0]
	leads := 0
	seen := map[int64]bool{}
	for _, d := range divisions {
		if d.Role != rollout.RoleLead && d.Role != rollout.RoleCo {
			return nil, rollout.Errorf(rollout.EINVALID, "分工角色只能是牵头（lead）或配合（co），不能是“%s”。", d.Role)
		}
		if d.Role == rollout.RoleLead {
			leads++
		}
		if seen[d.UnitID] {
			return nil, rollout.Errorf(rollout.EINVALID, "同一单位（编号 %d）在分工中出现了两次。", d.UnitID)
		}
		seen[d.UnitID] = true
		us, err := tx.units(ctx, `u.id = $1`, d.UnitID)
		if err != nil {
			return nil, err
		}
		if len(us) == 0 || us[0].Retired() {
			return nil, rollout.Errorf(rollout.EINVALID, "单位（编号 %d）不存在或已撤销。", d.UnitID)
		}
		if u := us[0]; u.ID == owner.ID || !u.Within(owner) {
			return nil, rollout.Errorf(rollout.EINVALID, "“%s”不是“%s”的下级单位，不能向其分解任务。", u.Name, owner.Name)
		}
	}
	if leads > 1 {
		return nil, rollout.Errorf(rollout.EINVALID, "每项任务只能有一个牵头单位，本次分工选择了 %d 个。", leads)
	}
	existing, err := tx.tasks(ctx, `t.parent_id = $1`, parent.ID)
	if err != nil {
		return nil, err
	}
	before := map[int64]*rollout.Task{} // by unit
	for _, t := range existing {
		before[t.UnitID] = t
	}
	now := tx.db.dialect.timeArg(tx.now)
	for _, d := range divisions {
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
	// A unit that already had a lead under this parent and is now named co (or
	// another unit named lead) is fine: the lead count above is of this request;
	// the stored state must also have at most one lead.
	var storedLeads int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM tasks WHERE parent_id = $1 AND role = 'lead'`, parent.ID).Scan(&storedLeads); err != nil {
		return nil, err
	}
	if storedLeads > 1 {
		return nil, rollout.Errorf(rollout.EINVALID, "该任务已有牵头单位；如需更换，请把原牵头单位改为配合。")
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

// Cascade stores a re-issue's division of work in one transaction: it creates
// the confirmed new units (as departments) under the issuing unit, calls plan
// with every active unit below it, and stores each planned line as divisions of
// the issuing unit's task for that item. It stores nothing and returns EINVALID
// when the plan still names unknown units, or when the issuing unit has no task
// for one of the plan's items.
func (db *DB) Cascade(ctx context.Context, ownerID int64, newUnits []string, plan func(below []*rollout.Unit) rollout.CascadePlan) (rollout.CascadePlan, []*rollout.Task, error) {
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
		return p, nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的单位，或已撤销。", ownerID)
	}
	owner := owners[0]
	for _, name := range newUnits {
		// A government, FTZ or central unit elsewhere in the tree is not a new
		// department of this one: the document names a unit outside its reach.
		elsewhere, err := tx.units(ctx, `u.retired_at IS NULL AND u.kind NOT IN ('department') AND (u.name = $1 OR u.full_name = $1
			OR EXISTS (SELECT 1 FROM unit_aliases a WHERE a.unit_id = u.id AND a.name = $1))`, name)
		if err != nil {
			return p, nil, err
		}
		if len(elsewhere) > 0 {
			return p, nil, rollout.Errorf(rollout.EINVALID, "“%s”是已有单位，但不在“%s”之下：不能作为新部门创建，也不能由“%s”分派任务。",
				name, owner.Name, owner.Name)
		}
		u := &rollout.Unit{Name: name, Kind: rollout.KindDepartment, ParentID: owner.ID}
		if err := tx.createUnit(ctx, u); err != nil {
			return p, nil, err
		}
	}
	below, err := tx.unitsBelow(ctx, owner)
	if err != nil {
		return p, nil, err
	}
	p = plan(below)
	if len(p.Unknown) > 0 {
		names := make([]string, len(p.Unknown))
		for i, u := range p.Unknown {
			names[i] = u.Name
		}
		return p, nil, rollout.Errorf(rollout.EINVALID, "%d 个单位名称未能识别（%s）：请更正文件，或确认在“%s”下新建这些单位。",
			len(names), strings.Join(names, "、"), owner.Name)
	}
	own, err := tx.tasks(ctx, `t.unit_id = $1`, owner.ID)
	if err != nil {
		return p, nil, err
	}
	taskOf := map[int64]*rollout.Task{}
	for _, t := range own {
		if taskOf[t.ItemID] == nil || t.Role == rollout.RoleImplement {
			taskOf[t.ItemID] = t
		}
	}
	var missing []string
	for _, l := range p.Lines {
		if taskOf[l.ItemID] == nil {
			missing = append(missing, fmt.Sprintf("第%d项", l.ItemSeq))
		}
	}
	if len(missing) > 0 {
		return p, nil, rollout.Errorf(rollout.EINVALID, "“%s”没有这些事项的任务，不能向下分解：%s。", owner.Name, strings.Join(missing, "、"))
	}
	var out []*rollout.Task
	for _, l := range p.Lines {
		if len(l.Divisions) == 0 {
			continue
		}
		ts, err := tx.divide(ctx, taskOf[l.ItemID].ID, l.Divisions)
		if err != nil {
			return p, nil, fmt.Errorf("第%d项：%w", l.ItemSeq, err)
		}
		out = append(out, ts...)
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
			return nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的单位。", f.Within)
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
