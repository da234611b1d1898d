package sqldb

import (
	"context"
	"fmt"
	"strings"
)

// Backfill empties task_rollups and fills it as migration 0014 does for the
// data that exists when it runs.
func (db *DB) Backfill(ctx context.Context) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := rebuildRollups(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}

// BackfillAfterEvents forgets every version's place among its task's steps
// and fills it again with the UPDATE of migration 0014.
func (db *DB) BackfillAfterEvents(ctx context.Context) error {
	ms, err := migrations(db.dialect.name)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if m.Version != 14 {
			continue
		}
		i := strings.Index(m.SQL, "UPDATE report_versions")
		if i < 0 {
			return fmt.Errorf("migration 14 has no UPDATE of report_versions")
		}
		update := m.SQL[i : i+strings.Index(m.SQL[i:], ";")]
		if err := db.Exec(ctx, `UPDATE report_versions SET after_event = -1`); err != nil {
			return err
		}
		return db.Exec(ctx, update)
	}
	return fmt.Errorf("no migration 14")
}
