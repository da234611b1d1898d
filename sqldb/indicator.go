package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"

	"rollout"
)

var _ rollout.IndicatorService = (*DB)(nil)

// Indicators of items and their values in reports.
//
// A report's values live in report_values (the report as it stands) and, as
// JSON with the indicators' names, in each row of report_versions. Saving a
// report with Values nil keeps the values stored (an importer or a form that
// does not show them changes nothing); a non-nil list, even empty, replaces
// them. A value must name an indicator of the task's item.

func indicatorObject(id int64) string { return "indicator:" + strconv.FormatInt(id, 10) }

const indicatorSelect = `SELECT id, item_id, seq, name, measure, direction, baseline, target, proposed, version FROM indicators`

func (tx *tx) indicators(ctx context.Context, where string, args ...any) ([]*rollout.Indicator, error) {
	rows, err := tx.QueryContext(ctx, indicatorSelect+` WHERE `+where+` ORDER BY item_id, seq, id`, args...)
	if err != nil {
		return nil, fmt.Errorf("read indicators: %w", err)
	}
	defer rows.Close()
	out := []*rollout.Indicator{}
	for rows.Next() {
		var in rollout.Indicator
		var b, t sql.NullFloat64
		if err := rows.Scan(&in.ID, &in.ItemID, &in.Seq, &in.Name, &in.Measure, &in.Direction, &b, &t, &in.Proposed, &in.Version); err != nil {
			return nil, fmt.Errorf("read indicators: %w", err)
		}
		if b.Valid {
			in.Baseline = &b.Float64
		}
		if t.Valid {
			in.Target = &t.Float64
		}
		out = append(out, &in)
	}
	return out, rows.Err()
}

func (tx *tx) itemExists(ctx context.Context, itemID int64) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM items WHERE id = $1`, itemID).Scan(&n); err != nil {
		return fmt.Errorf("read item %d: %w", itemID, err)
	}
	if n == 0 {
		return rollout.E(rollout.ENOTFOUND, "err.eval.item_not_found", itemID)
	}
	return nil
}

// Indicators returns the indicators of an item, by Seq; ENOTFOUND for a missing item.
func (db *DB) Indicators(ctx context.Context, itemID int64) ([]*rollout.Indicator, error) {
	return read(ctx, db, func(tx *tx) ([]*rollout.Indicator, error) {
		if err := tx.itemExists(ctx, itemID); err != nil {
			return nil, err
		}
		return tx.indicators(ctx, `item_id = $1`, itemID)
	})
}

func nullFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// indicatorSnapshot reads what rollout.DecideIndicatorSave and
// DecideIndicatorDelete decide on: the item of indicator id (or itemID for a
// new one) and its indicators; with inUse, which of them a report or a
// version of one has a value for. A missing item or indicator leaves the
// snapshot empty: the decision says so.
func (tx *tx) indicatorSnapshot(ctx context.Context, id, itemID int64, inUse bool) (rollout.IndicatorSnapshot, error) {
	var snap rollout.IndicatorSnapshot
	if id != 0 {
		olds, err := tx.indicators(ctx, `id = $1`, id)
		if err != nil || len(olds) == 0 {
			return snap, err
		}
		itemID = olds[0].ItemID
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM items WHERE id = $1`, itemID).Scan(&n); err != nil {
		return snap, fmt.Errorf("read item %d: %w", itemID, err)
	}
	if n == 0 {
		return snap, nil
	}
	snap.ItemID = itemID
	var err error
	if snap.Indicators, err = tx.indicators(ctx, `item_id = $1`, itemID); err != nil {
		return snap, err
	}
	if inUse && id != 0 {
		// Versions keep their values as JSON written by encoding/json: the key
		// and number appear exactly so.
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM report_values WHERE indicator_id = $1)
			+ (SELECT COUNT(*) FROM report_versions WHERE indicator_values LIKE $2)`, id,
			`%"indicator_id":`+strconv.FormatInt(id, 10)+`,%`).Scan(&n); err != nil {
			return snap, fmt.Errorf("values of indicator %d: %w", id, err)
		}
		snap.InUse = map[int64]bool{id: n > 0}
	}
	return snap, nil
}

// SaveIndicator creates (ID 0) or updates an indicator as
// rollout.DecideIndicatorSave decides over the item's indicators read in the
// same transaction, with an audit entry; a refusal writes nothing. The
// UPDATE matches the version read, and the unique (item, seq) index holds
// against a concurrent save of the same number.
func (db *DB) SaveIndicator(ctx context.Context, in *rollout.Indicator) (*rollout.Indicator, error) {
	if in == nil {
		return nil, rollout.E(rollout.EINVALID, "err.eval.indicator_none")
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	snap, err := tx.indicatorSnapshot(ctx, in.ID, in.ItemID, false)
	if err != nil {
		return nil, err
	}
	plan, err := rollout.DecideIndicatorSave(snap, *in)
	if err != nil {
		return nil, err
	}
	p, now := plan.Indicator, tx.db.dialect.timeArg(tx.now)
	id := p.ID
	if plan.Before == nil {
		err = tx.QueryRowContext(ctx, `INSERT INTO indicators (item_id, seq, name, measure, direction, baseline, target, proposed, version, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`, p.ItemID, p.Seq, p.Name, p.Measure, string(p.Direction),
			nullFloat(p.Baseline), nullFloat(p.Target), p.Proposed, p.Version, now).Scan(&id)
	} else {
		var res sql.Result
		res, err = tx.ExecContext(ctx, `UPDATE indicators SET seq = $1, name = $2, measure = $3, direction = $4, baseline = $5,
			target = $6, proposed = $7, version = $8, updated_at = $9 WHERE id = $10 AND version = $11`, p.Seq, p.Name, p.Measure,
			string(p.Direction), nullFloat(p.Baseline), nullFloat(p.Target), p.Proposed, p.Version, now, id, plan.Before.Version)
		if err == nil {
			if n, rerr := res.RowsAffected(); rerr != nil {
				err = rerr
			} else if n == 0 { // read in this transaction: only a concurrent save gets here
				return nil, &rollout.IndicatorConflict{Current: plan.Before}
			}
		}
	}
	if isUniqueViolation(err) {
		return nil, rollout.E(rollout.EINVALID, "err.eval.indicator_seq_taken", p.Seq)
	}
	if err != nil {
		return nil, fmt.Errorf("save indicator: %w", err)
	}
	after, err := tx.indicators(ctx, `id = $1`, id)
	if err != nil {
		return nil, err
	}
	action := "indicator.update"
	if plan.Before == nil {
		action = "indicator.create"
	}
	if err := tx.audit(ctx, action, indicatorObject(id), plan.Before, after[0]); err != nil {
		return nil, err
	}
	return after[0], tx.Commit()
}

// DeleteIndicator removes an indicator, read at version, that no report has
// a value for in any version, as rollout.DecideIndicatorDelete decides.
func (db *DB) DeleteIndicator(ctx context.Context, id int64, version int) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	snap, err := tx.indicatorSnapshot(ctx, id, 0, true)
	if err != nil {
		return err
	}
	old, err := rollout.DecideIndicatorDelete(snap, id, version)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM indicators WHERE id = $1 AND version = $2`, id, old.Version); err != nil {
		return fmt.Errorf("delete indicator %d: %w", id, err)
	}
	if err := tx.audit(ctx, "indicator.delete", indicatorObject(id), old, nil); err != nil {
		return err
	}
	return tx.Commit()
}

// SeedIndicators adds proposed indicators to the items of a batch, keyed by
// item number, for the items that have no indicator yet (running it again adds
// nothing). It returns how many it added; ENOTFOUND for a missing batch.
func (db *DB) SeedIndicators(ctx context.Context, batch int, bySeq map[int][]rollout.Indicator) (int, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	batchID, err := tx.batchID(ctx, batch)
	if err != nil {
		return 0, err
	}
	items, err := tx.items(ctx, `i.batch_id = $1`, batchID)
	if err != nil {
		return 0, err
	}
	// The batch's items that have indicators already, in one query.
	has := map[int64]bool{}
	var itemID int64
	if err := tx.each(ctx, `SELECT DISTINCT n.item_id FROM indicators n JOIN items i ON i.id = n.item_id WHERE i.batch_id = $1`,
		[]any{&itemID}, func() { has[itemID] = true }, batchID); err != nil {
		return 0, fmt.Errorf("seed indicators: %w", err)
	}
	now := tx.db.dialect.timeArg(tx.now)
	added := 0
	for _, it := range items {
		if has[it.ID] {
			continue
		}
		for i, in := range bySeq[it.Seq] {
			in.ItemID = it.ID
			if err := in.Validate(); err != nil {
				return 0, rollout.E(rollout.EINVALID, "err.eval.seed_indicator", it.Seq, i+1, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO indicators (item_id, seq, name, measure, direction, baseline, target, proposed, updated_at)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, it.ID, i+1, in.Name, in.Measure, string(in.Direction),
				nullFloat(in.Baseline), nullFloat(in.Target), in.Proposed, now); err != nil {
				return 0, fmt.Errorf("seed indicators: %w", err)
			}
			added++
		}
	}
	if added > 0 {
		if err := tx.audit(ctx, "indicators.seed", fmt.Sprintf("batch:%d", batch), nil, map[string]any{"indicators": added}); err != nil {
			return 0, err
		}
	}
	return added, tx.Commit()
}

// saveValues replaces a report's indicator values, as rollout.DecideReport
// let them through; nil keeps them.
func (tx *tx) saveValues(ctx context.Context, reportID int64, vs []rollout.IndicatorValue) error {
	if vs == nil {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM report_values WHERE report_id = $1`, reportID); err != nil {
		return fmt.Errorf("values of report %d: %w", reportID, err)
	}
	for _, v := range vs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO report_values (report_id, indicator_id, value) VALUES ($1, $2, $3)`,
			reportID, v.IndicatorID, v.Value); err != nil {
			return fmt.Errorf("values of report %d: %w", reportID, err)
		}
	}
	return nil
}

func valuesJSON(vs []rollout.IndicatorValue) (string, error) {
	if vs == nil {
		vs = []rollout.IndicatorValue{}
	}
	b, err := json.Marshal(vs)
	return string(b), err
}
