package sqldb

import (
	"context"
	"fmt"

	"rollout"
)

// computeScorecard gathers what rollout.ComputeScorecard needs for round r
// and computes it: the batch's items, the round's units, the batch's matrix
// (the roll-ups kept with every write), and — read together in one
// transaction — the round's items' indicators, the indicator values of the
// submitted reports of the round's period on the first-level implementing
// tasks of the round's units, and the rubric scores.
func (db *DB) computeScorecard(ctx context.Context, r *rollout.Round) (*rollout.Scorecard, error) {
	in := rollout.ScorecardInput{Round: r, At: db.now()}
	b, err := db.BatchByNumber(ctx, r.Batch)
	if err != nil {
		return nil, err
	}
	for i := range b.Items {
		in.Items = append(in.Items, &b.Items[i])
	}
	if in.Cells, err = db.Matrix(ctx, r.Batch); err != nil {
		return nil, err
	}
	_, err = read(ctx, db, func(tx *tx) (bool, error) {
		var err error
		if in.Units, err = tx.units(ctx, `u.id IN (SELECT unit_id FROM eval_round_units WHERE round_id = $1)`, r.ID); err != nil {
			return false, err
		}
		inds, err := tx.indicators(ctx, `item_id IN (SELECT item_id FROM eval_round_items WHERE round_id = $1)`, r.ID)
		if err != nil {
			return false, err
		}
		in.Indicators = map[int64][]*rollout.Indicator{}
		for _, ind := range inds {
			in.Indicators[ind.ItemID] = append(in.Indicators[ind.ItemID], ind)
		}
		in.Values = map[int64][]rollout.IndicatorValue{}
		var taskID int64
		var v rollout.IndicatorValue
		if err := tx.each(ctx, `SELECT t.id, v.indicator_id, v.value FROM report_values v
			JOIN reports rp ON rp.id = v.report_id JOIN tasks t ON t.id = rp.task_id
			JOIN eval_round_items x ON x.item_id = t.item_id AND x.round_id = $1
			JOIN eval_round_units y ON y.unit_id = t.unit_id AND y.round_id = $1
			WHERE rp.period = $2 AND rp.submitted AND t.parent_id IS NULL AND t.role = $3 ORDER BY t.id, v.indicator_id`,
			[]any{&taskID, &v.IndicatorID, &v.Value}, func() { in.Values[taskID] = append(in.Values[taskID], v) },
			r.ID, string(r.Period), string(rollout.RoleImplement)); err != nil {
			return false, err
		}
		in.Scores, err = tx.scores(ctx, r.ID)
		return true, err
	})
	if err != nil {
		return nil, fmt.Errorf("scorecard of round %d: %w", r.ID, err)
	}
	return rollout.ComputeScorecard(in), nil
}
