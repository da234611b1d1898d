package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

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

const indicatorSelect = `SELECT id, item_id, seq, name, measure, direction, baseline, target, proposed FROM indicators`

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
		if err := rows.Scan(&in.ID, &in.ItemID, &in.Seq, &in.Name, &in.Measure, &in.Direction, &b, &t, &in.Proposed); err != nil {
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
		return rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的改革事项。", itemID)
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

func checkNumber(in *rollout.Indicator) error {
	for _, p := range []*float64{in.Baseline, in.Target} {
		if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
			return rollout.Errorf(rollout.EINVALID, "指标“%s”的基准值或目标值不是有效数字。", in.Name)
		}
	}
	return nil
}

// SaveIndicator creates (ID 0, at the end of the item's list unless Seq is
// given) or updates an indicator, with an audit entry; EINVALID for a bad
// definition or a Seq already taken, ENOTFOUND for a missing item or indicator.
// An update cannot move an indicator to another item.
func (db *DB) SaveIndicator(ctx context.Context, in *rollout.Indicator) (*rollout.Indicator, error) {
	if in == nil {
		return nil, rollout.Errorf(rollout.EINVALID, "没有要保存的指标。")
	}
	in.Name, in.Measure = strings.TrimSpace(in.Name), strings.TrimSpace(in.Measure)
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if err := checkNumber(in); err != nil {
		return nil, err
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	now := tx.db.dialect.timeArg(tx.now)
	var before *rollout.Indicator
	id := in.ID
	if id == 0 {
		if err := tx.itemExists(ctx, in.ItemID); err != nil {
			return nil, err
		}
		seq := in.Seq
		if seq <= 0 {
			if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) + 1 FROM indicators WHERE item_id = $1`, in.ItemID).Scan(&seq); err != nil {
				return nil, fmt.Errorf("add indicator: %w", err)
			}
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO indicators (item_id, seq, name, measure, direction, baseline, target, proposed, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`, in.ItemID, seq, in.Name, in.Measure, string(in.Direction),
			nullFloat(in.Baseline), nullFloat(in.Target), in.Proposed, now).Scan(&id)
	} else {
		olds, err := tx.indicators(ctx, `id = $1`, id)
		if err != nil {
			return nil, err
		}
		if len(olds) == 0 {
			return nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的指标。", id)
		}
		before = olds[0]
		seq := in.Seq
		if seq <= 0 {
			seq = before.Seq
		}
		_, err = tx.ExecContext(ctx, `UPDATE indicators SET seq = $1, name = $2, measure = $3, direction = $4, baseline = $5,
			target = $6, proposed = $7, updated_at = $8 WHERE id = $9`, seq, in.Name, in.Measure, string(in.Direction),
			nullFloat(in.Baseline), nullFloat(in.Target), in.Proposed, now, id)
	}
	if isUniqueViolation(err) {
		return nil, rollout.Errorf(rollout.EINVALID, "该事项已有序号为 %d 的指标：请换一个序号。", in.Seq)
	}
	if err != nil {
		return nil, fmt.Errorf("save indicator: %w", err)
	}
	after, err := tx.indicators(ctx, `id = $1`, id)
	if err != nil {
		return nil, err
	}
	action := "indicator.update"
	if before == nil {
		action = "indicator.create"
	}
	if err := tx.audit(ctx, action, indicatorObject(id), before, after[0]); err != nil {
		return nil, err
	}
	return after[0], tx.Commit()
}

// DeleteIndicator removes an indicator no report has a value for, in any
// version; ECONFLICT otherwise, ENOTFOUND when there is no such indicator.
func (db *DB) DeleteIndicator(ctx context.Context, id int64) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	olds, err := tx.indicators(ctx, `id = $1`, id)
	if err != nil {
		return err
	}
	if len(olds) == 0 {
		return rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的指标。", id)
	}
	var n int
	// Versions keep their values as JSON written by encoding/json: the key and
	// number appear exactly so.
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM report_values WHERE indicator_id = $1)
		+ (SELECT COUNT(*) FROM report_versions WHERE indicator_values LIKE $2)`, id,
		`%"indicator_id":`+strconv.FormatInt(id, 10)+`,%`).Scan(&n); err != nil {
		return fmt.Errorf("delete indicator %d: %w", id, err)
	}
	if n > 0 {
		return rollout.Errorf(rollout.ECONFLICT, "指标“%s”已有进展报告填报了数值，不能删除：可修改其名称或说明。", olds[0].Name)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM indicators WHERE id = $1`, id); err != nil {
		return fmt.Errorf("delete indicator %d: %w", id, err)
	}
	if err := tx.audit(ctx, "indicator.delete", indicatorObject(id), olds[0], nil); err != nil {
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
				return 0, fmt.Errorf("第%d项的第%d个指标：%w", it.Seq, i+1, err)
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

// values returns a report's indicator values with their names, by the indicators' order.
func (tx *tx) values(ctx context.Context, reportID int64) ([]rollout.IndicatorValue, error) {
	rows, err := tx.QueryContext(ctx, `SELECT v.indicator_id, i.name, v.value FROM report_values v
		JOIN indicators i ON i.id = v.indicator_id WHERE v.report_id = $1 ORDER BY i.seq, i.id`, reportID)
	if err != nil {
		return nil, fmt.Errorf("values of report %d: %w", reportID, err)
	}
	defer rows.Close()
	out := []rollout.IndicatorValue{}
	for rows.Next() {
		var v rollout.IndicatorValue
		if err := rows.Scan(&v.IndicatorID, &v.Name, &v.Value); err != nil {
			return nil, fmt.Errorf("values of report %d: %w", reportID, err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func valuesJSON(vs []rollout.IndicatorValue) (string, error) {
	if vs == nil {
		vs = []rollout.IndicatorValue{}
	}
	b, err := json.Marshal(vs)
	return string(b), err
}
