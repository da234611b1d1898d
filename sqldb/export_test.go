package sqldb

import (
	"context"
	"sort"
	"strconv"
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

// Exec runs a statement directly, behind the application's back, as someone
// with access to the database could.
func (db *DB) Exec(ctx context.Context, q string, args ...any) error {
	_, err := db.db.ExecContext(ctx, q, args...)
	return err
}

// QueryInt runs a query that returns one integer.
func (db *DB) QueryInt(ctx context.Context, q string, args ...any) (int64, error) {
	var n int64
	err := db.db.QueryRowContext(ctx, q, args...).Scan(&n)
	return n, err
}

// QueryStrings runs a query that returns one text column.
func (db *DB) QueryStrings(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// DropAuditGuard removes the database's refusal to change audit rows, as an
// administrator of the database could.
func (db *DB) DropAuditGuard(ctx context.Context) error {
	q := `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`
	if db.dialect.name == "sqlite" {
		q = `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete`
	}
	return db.Exec(ctx, q)
}

// AppendAudit appends n entries in one transaction.
func (db *DB) AppendAudit(ctx context.Context, n int) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for i := range n {
		if err := tx.audit(ctx, "test.append", "n:"+strconv.Itoa(i), nil, map[string]int{"i": i}); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// SingleWrites makes SaveReports write row by row, as single saves do, instead
// of through the bulk path. For tests that compare the two.
func (db *DB) SingleWrites() { db.noBulk = true }

// HoldWriter takes the writer's turn (SQLite; the group's on PostgreSQL) until the returned function is
// called, so that saves queue into one group meanwhile. For tests.
func (db *DB) HoldWriter() (release func()) {
	if db.writer != nil {
		db.writer <- struct{}{}
		return func() { <-db.writer }
	}
	qs := db.saveQueues() // PostgreSQL: a group of every queue being written, as far as the queues know
	for i := range qs {
		qs[i].mu.Lock()
		qs[i].leading = true
		qs[i].mu.Unlock()
	}
	return func() {
		for i := range qs {
			q := &qs[i]
			q.mu.Lock()
			lead := len(q.queue) > 0
			q.leading = lead
			q.mu.Unlock()
			if lead {
				go db.leadGroup(q)
			}
		}
	}
}

// QueuedSaves is how many saves wait for the writer's turn. For tests.
func (db *DB) QueuedSaves() int {
	n := 0
	for i := range db.saveQueues() {
		q := &db.saves[i]
		q.mu.Lock()
		n += len(q.queue)
		q.mu.Unlock()
	}
	return n
}

// OneSaveQueue makes the process keep one queue of saves, so that the saves
// queued meanwhile are one group on PostgreSQL too. Call it before the first
// save. For tests.
func (db *DB) OneSaveQueue() {
	db.savesOnce.Do(func() { db.saves = make([]saveQueue, 1) })
}

// OnGroupDecided runs fn in each group's transaction after a set's decisions
// and before its writes. For tests.
func (db *DB) OnGroupDecided(fn func()) { db.onDecided = fn }
