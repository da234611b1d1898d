package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"rollout"
	"rollout/refdata"
)

const unitColumns = `u.id, u.code, u.name, u.full_name, u.kind, COALESCE(u.parent_id, 0), COALESCE(u.province_id, 0),
	u.path, u.coastal, u.has_ftz, u.retired_at, u.version`

func scanUnit(row interface{ Scan(...any) error }) (*rollout.Unit, error) {
	var u rollout.Unit
	if err := row.Scan(&u.ID, &u.Code, &u.Name, &u.FullName, &u.Kind, &u.ParentID, &u.ProvinceID,
		&u.Path, &u.Coastal, &u.HasFTZ, nullTime{&u.RetiredAt}, &u.Version); err != nil {
		return nil, err
	}
	return &u, nil
}

// LoadUnits adds the reference units that are not stored yet, in one
// transaction; units already there (by reference key) are left as they are, so
// that renames and moves made by administrators survive. Units go in by waves
// (a wave is every pending unit whose parent is stored), each wave in a few
// multi-row statements, so that loading the whole country is quick on both
// databases. It returns how many units it added.
func (db *DB) LoadUnits(ctx context.Context, specs []refdata.UnitSpec) (int, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	byKey := map[string]int64{}
	if err := tx.eachPair(ctx, `SELECT id, ref_key FROM units WHERE ref_key IS NOT NULL`, nil, func(id int64, key string) {
		byKey[key] = id
	}); err != nil {
		return 0, err
	}
	var pending []refdata.UnitSpec
	for _, sp := range specs {
		if _, ok := byKey[sp.Key]; !ok {
			pending = append(pending, sp)
		}
	}
	added := len(pending)
	for len(pending) > 0 {
		var wave, rest []refdata.UnitSpec
		for _, sp := range pending {
			if _, ok := byKey[sp.ParentKey]; ok || sp.ParentKey == "" {
				wave = append(wave, sp)
			} else {
				rest = append(rest, sp)
			}
		}
		if len(wave) == 0 {
			return 0, fmt.Errorf("unit %s: parent %s is not in the reference data", rest[0].Key, rest[0].ParentKey)
		}
		if err := tx.insertUnitWave(ctx, wave, byKey); err != nil {
			return 0, err
		}
		pending = rest
	}
	// Paths and the provinces' own province_id, now that every ID is known.
	for {
		r, err := tx.ExecContext(ctx, `UPDATE units SET path = COALESCE(
			(SELECT p.path FROM units p WHERE p.id = units.parent_id AND p.path <> ''), CASE WHEN parent_id IS NULL THEN '/' END)
			|| CAST(id AS TEXT) || '/'
			WHERE path = '' AND (parent_id IS NULL OR EXISTS (SELECT 1 FROM units p WHERE p.id = units.parent_id AND p.path <> ''))`)
		if err != nil {
			return 0, fmt.Errorf("set unit paths: %w", err)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			break
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE units SET province_id = id WHERE kind = 'province' AND province_id IS NULL`); err != nil {
		return 0, fmt.Errorf("set provinces: %w", err)
	}
	if added > 0 {
		if err := tx.audit(ctx, "units.load", "units", nil, map[string]any{"added": added}); err != nil {
			return 0, err
		}
	}
	return added, tx.Commit()
}

// insertUnitWave inserts units whose parents are stored, in chunks, and records
// their IDs in byKey.
func (tx *tx) insertUnitWave(ctx context.Context, wave []refdata.UnitSpec, byKey map[string]int64) error {
	const chunk = 500 // 11 parameters a row stays far below both databases' limits
	now := tx.db.dialect.timeArg(tx.now)
	for len(wave) > 0 {
		part := wave[:min(chunk, len(wave))]
		wave = wave[len(part):]
		var sb strings.Builder
		sb.WriteString(`INSERT INTO units (ref_key, code, name, full_name, kind, parent_id, province_id, path, coastal, has_ftz, created_at) VALUES `)
		args := make([]any, 0, len(part)*10)
		for i, sp := range part {
			var parentID, provinceID sql.NullInt64
			if sp.ParentKey != "" {
				parentID = sql.NullInt64{Int64: byKey[sp.ParentKey], Valid: true}
			}
			if id, ok := byKey[sp.ProvinceKey]; ok && sp.ProvinceKey != sp.Key {
				provinceID = sql.NullInt64{Int64: id, Valid: true}
			}
			if i > 0 {
				sb.WriteString(", ")
			}
			n := len(args)
			fmt.Fprintf(&sb, "($%d, $%d, $%d, $%d, $%d, $%d, $%d, '', $%d, $%d, $%d)", n+1, n+2, n+3, n+4, n+5, n+6, n+7, n+8, n+9, n+10)
			args = append(args, sp.Key, sp.Code, sp.Name, sp.FullName, string(sp.Kind), parentID, provinceID, sp.Coastal, sp.HasFTZ, now)
		}
		sb.WriteString(" RETURNING id, ref_key")
		if err := tx.eachPair(ctx, sb.String(), args, func(id int64, key string) { byKey[key] = id }); err != nil {
			return fmt.Errorf("add units: %w", err)
		}
		var aliases []any
		var ab strings.Builder
		for _, sp := range part {
			for _, a := range sp.Aliases {
				if len(aliases) > 0 {
					ab.WriteString(", ")
				}
				fmt.Fprintf(&ab, "($%d, $%d)", len(aliases)+1, len(aliases)+2)
				aliases = append(aliases, byKey[sp.Key], a)
			}
		}
		if len(aliases) > 0 {
			if _, err := tx.ExecContext(ctx, `INSERT INTO unit_aliases (unit_id, name) VALUES `+ab.String()+` ON CONFLICT DO NOTHING`, aliases...); err != nil {
				return fmt.Errorf("add unit aliases: %w", err)
			}
		}
	}
	return nil
}

// RootUnit returns the root of the unit tree (the State Council), or ENOTFOUND
// when no unit is stored yet. It is also the cheap way to ask whether the tree
// is loaded.
func (db *DB) RootUnit(ctx context.Context) (*rollout.Unit, error) {
	us, err := db.queryUnits(ctx, `u.parent_id IS NULL AND u.retired_at IS NULL`)
	if err != nil {
		return nil, err
	}
	if len(us) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.units.tree_empty")
	}
	return us[0], nil
}

// Units returns every unit with its aliases, ordered by path.
func (db *DB) Units(ctx context.Context) ([]*rollout.Unit, error) {
	return db.queryUnits(ctx, `TRUE`)
}

// queryUnits loads the units matching where (over units u) with their aliases.
func (db *DB) queryUnits(ctx context.Context, where string, args ...any) ([]*rollout.Unit, error) {
	return read(ctx, db, func(tx *tx) ([]*rollout.Unit, error) { return tx.units(ctx, where, args...) })
}

func (tx *tx) units(ctx context.Context, where string, args ...any) ([]*rollout.Unit, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+unitColumns+` FROM units u WHERE `+where+` ORDER BY u.path`, args...)
	if err != nil {
		return nil, fmt.Errorf("load units: %w", err)
	}
	var out []*rollout.Unit
	byID := map[int64]*rollout.Unit{}
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, u)
		byID[u.ID] = u
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	err = tx.eachPair(ctx, `SELECT a.unit_id, a.name FROM unit_aliases a JOIN units u ON u.id = a.unit_id
		WHERE `+where+` ORDER BY a.unit_id, a.name`, args, func(id int64, name string) {
		if u := byID[id]; u != nil {
			u.Aliases = append(u.Aliases, name)
		}
	})
	return out, err
}

// Unit returns one unit.
func (db *DB) Unit(ctx context.Context, id int64) (*rollout.Unit, error) {
	us, err := db.queryUnits(ctx, `u.id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(us) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.units.not_found", id)
	}
	return us[0], nil
}

// UnitsByID returns the units with these IDs, in one transaction and a
// query per 500 IDs.
func (db *DB) UnitsByID(ctx context.Context, ids []int64) (map[int64]*rollout.Unit, error) {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	return read(ctx, db, func(tx *tx) (map[int64]*rollout.Unit, error) {
		out := make(map[int64]*rollout.Unit, len(ids))
		for part := range slices.Chunk(ids, 500) {
			us, err := tx.units(ctx, `u.id IN `+tx.db.dialect.inSQL(len(part)), int64Args(part)...)
			if err != nil {
				return nil, err
			}
			for _, u := range us {
				out[u.ID] = u
			}
		}
		return out, nil
	})
}

// UnitChildren returns the active units directly below a unit.
func (db *DB) UnitChildren(ctx context.Context, id int64) ([]*rollout.Unit, error) {
	us, err := db.queryUnits(ctx, `u.parent_id = $1 AND u.retired_at IS NULL`, id)
	if err != nil {
		return nil, err
	}
	sortUnits(us)
	return us, nil
}

// UnitsBelow returns every active unit in a unit's subtree, the unit excluded,
// ordered by path.
func (db *DB) UnitsBelow(ctx context.Context, id int64) ([]*rollout.Unit, error) {
	tx, err := db.begin(ctx, true)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	us, err := tx.units(ctx, `u.id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(us) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.units.not_found", id)
	}
	below, err := tx.unitsBelow(ctx, us[0])
	if err != nil {
		return nil, err
	}
	return below, tx.Commit()
}

func (tx *tx) unitsBelow(ctx context.Context, u *rollout.Unit) ([]*rollout.Unit, error) {
	lo, hi := subtreeRange(u.Path)
	return tx.units(ctx, `u.path > $1 AND u.path < $2 AND u.retired_at IS NULL`, lo, hi)
}

// UnitByName finds the active unit known by name (its name, full name, an alias
// or its code).
func (db *DB) UnitByName(ctx context.Context, name string) (*rollout.Unit, error) {
	name = strings.TrimSpace(name)
	us, err := db.queryUnits(ctx, `u.retired_at IS NULL AND (u.name = $1 OR u.full_name = $1 OR u.code = $1
		OR EXISTS (SELECT 1 FROM unit_aliases a WHERE a.unit_id = u.id AND a.name = $1))`, name)
	if err != nil {
		return nil, err
	}
	switch len(us) {
	case 0:
		return nil, rollout.E(rollout.ENOTFOUND, "err.units.unknown_name", name)
	case 1:
		return us[0], nil
	}
	var names []string
	for _, u := range us {
		names = append(names, fmt.Sprintf("%s（%s）", u.Name, u.Code))
	}
	return nil, rollout.E(rollout.ECONFLICT, "err.units.ambiguous", name, strings.Join(names, "、"))
}

// CreateUnit adds a unit under its parent, as rollout.DecideCreateUnit decides.
func (db *DB) CreateUnit(ctx context.Context, u *rollout.Unit) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.createUnit(ctx, u); err != nil {
		return err
	}
	return tx.Commit()
}

// createUnit loads u's parent, lets rollout.DecideCreateUnit decide and stores
// the unit it returns into u.
func (tx *tx) createUnit(ctx context.Context, u *rollout.Unit) error {
	var parent *rollout.Unit
	if u.ParentID != 0 {
		parents, err := tx.units(ctx, `u.id = $1`, u.ParentID)
		if err != nil {
			return err
		}
		if len(parents) > 0 {
			parent = parents[0]
		}
	}
	next, err := rollout.DecideCreateUnit(parent, *u)
	if err != nil {
		return err
	}
	*u = next
	var provinceID sql.NullInt64
	if u.ProvinceID != 0 {
		provinceID = sql.NullInt64{Int64: u.ProvinceID, Valid: true}
	}
	err = tx.QueryRowContext(ctx, `
		INSERT INTO units (code, name, full_name, kind, parent_id, province_id, path, coastal, has_ftz, created_at, version)
		VALUES ($1, $2, $3, $4, $5, $6, '', $7, $8, $9, $10) RETURNING id`,
		u.Code, u.Name, u.FullName, string(u.Kind), u.ParentID, provinceID, u.Coastal, u.HasFTZ,
		tx.db.dialect.timeArg(tx.now), u.Version).Scan(&u.ID)
	if isUniqueViolation(err) {
		return rollout.E(rollout.ECONFLICT, "err.units.name_taken", parent.Name, u.Name)
	}
	if err != nil {
		return fmt.Errorf("create unit %s: %w", u.Name, err)
	}
	u.Path = rollout.UnitPath(parent.Path, u.ID)
	if _, err := tx.ExecContext(ctx, `UPDATE units SET path = $1 WHERE id = $2`, u.Path, u.ID); err != nil {
		return fmt.Errorf("create unit %s: %w", u.Name, err)
	}
	for _, a := range u.Aliases {
		if _, err := tx.ExecContext(ctx, `INSERT INTO unit_aliases (unit_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, u.ID, a); err != nil {
			return fmt.Errorf("create unit %s: %w", u.Name, err)
		}
	}
	created, err := tx.unit(ctx, u.ID)
	if err != nil {
		return err
	}
	return tx.audit(ctx, "unit.create", unitObject(u.ID), nil, created)
}

func unitObject(id int64) string { return "unit:" + strconv.FormatInt(id, 10) }

// unit loads one unit with its aliases; ENOTFOUND when there is none.
func (tx *tx) unit(ctx context.Context, id int64) (*rollout.Unit, error) {
	us, err := tx.units(ctx, `u.id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(us) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.units.not_found", id)
	}
	return us[0], nil
}

// auditUnit records a change to a unit, with the unit as it was and as it is now.
func (tx *tx) auditUnit(ctx context.Context, action string, before *rollout.Unit) error {
	after, err := tx.unit(ctx, before.ID)
	if err != nil {
		return err
	}
	return tx.audit(ctx, action, unitObject(before.ID), before, after)
}

// updateUnit changes the unit before, read at version, with set (an SQL SET
// list whose placeholders are args) and counts the change in its version. A
// unit changed meanwhile is *rollout.UnitConflict with the unit as it is now.
func (tx *tx) updateUnit(ctx context.Context, before *rollout.Unit, version int64, set string, args ...any) error {
	args = append(args, before.ID, version)
	n := len(args)
	res, err := tx.ExecContext(ctx, fmt.Sprintf(`UPDATE units SET %s, version = version + 1 WHERE id = $%d AND version = $%d`, set, n-1, n), args...)
	if err != nil {
		return err
	}
	if k, _ := res.RowsAffected(); k == 0 {
		current, err := tx.unit(ctx, before.ID)
		if err != nil {
			return err
		}
		return &rollout.UnitConflict{Current: current}
	}
	return nil
}

// lockUnit locks a unit's row before a change reads it, so that the change is
// decided on the unit (and its aliases) as the last writer left it.
func (tx *tx) lockUnit(ctx context.Context, id int64) error {
	return tx.lockVersioned(ctx, "units", id)
}

// lockVersioned locks the row id of a table with a version column (a no-op
// UPDATE, as rollup does for task_rollups), so that what the transaction reads
// next is what the last writer committed (PostgreSQL reads the latest row
// after the lock; SQLite's writers are serialised already).
func (tx *tx) lockVersioned(ctx context.Context, table string, id int64) error {
	if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET version = version WHERE id = $1`, id); err != nil {
		return fmt.Errorf("lock %s %d: %w", table, id, err)
	}
	return nil
}

// RenameUnit renames a unit read at version and keeps the old name as an
// alias, so documents that use it still match (rollout.DecideRenameUnit).
func (db *DB) RenameUnit(ctx context.Context, id, version int64, name string) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.lockUnit(ctx, id); err != nil {
		return err
	}
	before, err := tx.unit(ctx, id)
	if err != nil {
		return err
	}
	name, changed, err := rollout.DecideRenameUnit(before, version, name)
	if err != nil || !changed {
		return err
	}
	if err := tx.updateUnit(ctx, before, version, `name = $1`, name); err != nil {
		if isUniqueViolation(err) {
			return rollout.E(rollout.ECONFLICT, "err.units.name_taken_here", name)
		}
		return fmt.Errorf("rename unit %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO unit_aliases (unit_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`, id, before.Name); err != nil {
		return fmt.Errorf("rename unit %d: %w", id, err)
	}
	if err := tx.auditUnit(ctx, "unit.rename", before); err != nil {
		return err
	}
	return tx.Commit()
}

// MoveUnit moves a unit read at version and its subtree under another parent
// (rollout.DecideMoveUnit), rewriting the subtree's paths in the same
// transaction.
func (db *DB) MoveUnit(ctx context.Context, id, version, parentID int64) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.lockUnit(ctx, id); err != nil {
		return err
	}
	us, err := tx.units(ctx, `u.id = $1 OR u.id = $2`, id, parentID)
	if err != nil {
		return err
	}
	var unit, parent *rollout.Unit
	for _, u := range us {
		if u.ID == id {
			unit = u
		}
		if u.ID == parentID {
			parent = u
		}
	}
	if unit == nil {
		return rollout.E(rollout.ENOTFOUND, "err.units.not_found", id)
	}
	changed, err := rollout.DecideMoveUnit(unit, version, parentID, parent)
	if err != nil || !changed {
		return err
	}
	if err := tx.updateUnit(ctx, unit, version, `parent_id = $1`, parentID); err != nil {
		if isUniqueViolation(err) {
			return rollout.E(rollout.ECONFLICT, "err.units.name_taken", parent.Name, unit.Name)
		}
		return fmt.Errorf("move unit %d: %w", id, err)
	}
	newPath := rollout.UnitPath(parent.Path, unit.ID)
	lo, hi := subtreeRange(unit.Path)
	if _, err := tx.ExecContext(ctx, `UPDATE units SET path = $1 || SUBSTR(path, $2) WHERE path >= $3 AND path < $4`,
		newPath, len(unit.Path)+1, lo, hi); err != nil {
		return fmt.Errorf("move unit %d: %w", id, err)
	}
	if err := tx.auditUnit(ctx, "unit.move", unit); err != nil {
		return err
	}
	return tx.Commit()
}

// RetireUnit marks a unit read at version retired (rollout.DecideRetireUnit);
// it keeps its tasks and history.
func (db *DB) RetireUnit(ctx context.Context, id, version int64) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.lockUnit(ctx, id); err != nil {
		return err
	}
	before, err := tx.unit(ctx, id)
	if err != nil {
		return err
	}
	changed, err := rollout.DecideRetireUnit(before, version)
	if err != nil || !changed {
		return err
	}
	if err := tx.updateUnit(ctx, before, version, `retired_at = $1`, tx.db.dialect.timeArg(tx.now)); err != nil {
		return fmt.Errorf("retire unit %d: %w", id, err)
	}
	if err := tx.auditUnit(ctx, "unit.retire", before); err != nil {
		return err
	}
	return tx.Commit()
}

// subtreeRange returns the bounds of the paths in the subtree rooted at path:
// every path p with lo <= p < hi. Paths hold digits and '/', so '0'-1 ('/') to
// '~' spans them; a range scan uses the plain index on both databases.
func subtreeRange(path string) (lo, hi string) {
	return path, path + "~"
}

// sortUnits orders units by code (units without a code last), then name.
func sortUnits(us []*rollout.Unit) {
	slices.SortFunc(us, func(a, b *rollout.Unit) int {
		switch {
		case a.Code == "" && b.Code != "":
			return 1
		case a.Code != "" && b.Code == "":
			return -1
		case a.Code != b.Code:
			return strings.Compare(a.Code, b.Code)
		}
		return strings.Compare(a.Name, b.Name)
	})
}
