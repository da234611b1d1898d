package sqldb

import (
	"context"
	"sort"
)

// Columns lists "table.column NOT NULL?" for every column of every table, in a
// form that compares across dialects. For tests.
func (db *DB) Columns(ctx context.Context) ([]string, error) {
	var q string
	if db.dialect.name == "sqlite" {
		q = `SELECT m.name, p.name, p."notnull" <> 0 OR p.pk <> 0
			FROM sqlite_master m, pragma_table_info(m.name) p
			WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`
	} else {
		q = `SELECT table_name, column_name, is_nullable = 'NO'
			FROM information_schema.columns WHERE table_schema = current_schema()`
	}
	rows, err := db.db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var table, col string
		var notNull bool
		if err := rows.Scan(&table, &col, &notNull); err != nil {
			return nil, err
		}
		s := table + "." + col
		if notNull {
			s += " NOT NULL"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out, rows.Err()
}

var Migrations = migrations
