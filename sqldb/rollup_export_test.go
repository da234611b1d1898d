package sqldb

import "context"

// Backfill empties task_rollups and fills it as migration 0006 does for the
// data that exists when it runs.
func (db *DB) Backfill(ctx context.Context) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM task_rollups`); err != nil {
		return err
	}
	if err := backfillRollups(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}
