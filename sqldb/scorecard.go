package sqldb

import (
	"context"
	"fmt"

	"rollout"
)

// scoreSources are the roll-ups and indicator definitions a scorecard reads.
type scoreSources interface {
	Matrix(ctx context.Context, batch int) ([]rollout.Cell, error)
	Indicators(ctx context.Context, itemID int64) ([]*rollout.Indicator, error)
}

// computeScorecard gathers what rollout.ComputeScorecard needs for round r:
// the batch's items, the round's units, the batch's matrix (the roll-ups kept
// with every write), the items' indicators, the indicator values of the
// submitted reports of the round's period for the cells' tasks, and the
// rubric scores.
func (db *DB) computeScorecard(ctx context.Context, r *rollout.Round) (*rollout.Scorecard, error) {
	src, ok := any(db).(scoreSources)
	if !ok {
		return nil, fmt.Errorf("scorecard of round %d: storage keeps no roll-ups", r.ID)
	}
	in := rollout.ScorecardInput{Round: r, Indicators: map[int64][]*rollout.Indicator{},
		Values: map[int64][]rollout.IndicatorValue{}, At: db.now()}
	b, err := db.BatchByNumber(ctx, r.Batch)
	if err != nil {
		return nil, err
	}
	for i := range b.Items {
		in.Items = append(in.Items, &b.Items[i])
	}
	for _, id := range r.Units {
		u, err := db.Unit(ctx, id)
		if err != nil {
			return nil, err
		}
		in.Units = append(in.Units, u)
	}
	if in.Cells, err = src.Matrix(ctx, r.Batch); err != nil {
		return nil, err
	}
	for _, id := range r.Items {
		if in.Indicators[id], err = src.Indicators(ctx, id); err != nil {
			return nil, err
		}
	}
	items := map[int64]bool{}
	for _, id := range r.Items {
		items[id] = len(in.Indicators[id]) > 0
	}
	for _, c := range in.Cells {
		if !items[c.ItemID] || !r.HasUnit(c.UnitID) {
			continue
		}
		rep, err := db.Report(ctx, c.TaskID, r.Period)
		switch {
		case rollout.ErrorCode(err) == rollout.ENOTFOUND:
			continue
		case err != nil:
			return nil, err
		}
		if rep.Submitted {
			in.Values[c.TaskID] = rep.Values
		}
	}
	if in.Scores, err = db.Scores(ctx, r.ID); err != nil {
		return nil, err
	}
	return rollout.ComputeScorecard(in), nil
}
