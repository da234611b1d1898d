package sqldb

import "database/sql"

// SQL is the database handle, for tests that count rows.
func (db *DB) SQL() *sql.DB { return db.db }
