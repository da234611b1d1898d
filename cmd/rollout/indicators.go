package main

import (
	"context"
	"fmt"

	"rollout"
	"rollout/refdata"
	"rollout/sqldb"
)

// seedIndicators gives the items of the 7th-batch notice (国函〔2023〕56号) the
// shipped proposed indicators, when it has just been stored; other notices get
// none. Items that already have indicators are left as they are.
func seedIndicators(ctx context.Context, db *sqldb.DB, n *rollout.Notice) (int, error) {
	if n.Batch != 7 || n.DocNo != "国函〔2023〕56号" {
		return 0, nil
	}
	by, err := refdata.ProposedIndicators7()
	if err != nil {
		return 0, err
	}
	added, err := db.SeedIndicators(ctx, n.Batch, by)
	if err != nil {
		return 0, fmt.Errorf("seed proposed indicators: %w", err)
	}
	return added, nil
}
