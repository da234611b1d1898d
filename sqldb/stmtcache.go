package sqldb

import (
	"context"
	"database/sql"
	"strings"
	"sync"
	"time"
)

// Statements prepared once. The pure-Go SQLite driver parses and plans every
// statement it is given anew, and at a few dozen statements a report save that
// was about 40 % of a save's CPU time (profile of rollout bench's concurrent
// saves, docs/performance.md). So on SQLite every data statement a transaction
// runs is prepared once per connection and reused: the DB keeps one *sql.Stmt
// per query text (database/sql prepares it on each connection the first time
// that connection runs it, and keeps it there), and a transaction binds it to
// itself once. pgx caches prepared statements per connection on its own, so
// PostgreSQL goes through as before.

// stmtCacheMax bounds the query texts kept; texts built with varying parts
// beyond it run unprepared.
const stmtCacheMax = 2000

type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
	// seen counts the runs of texts not prepared yet: a text is prepared
	// at its second run, so that one run once (a multi-row INSERT of an
	// odd size, a one-off) is not parsed twice.
	seen map[string]int
}

// cacheable reports whether q is one data statement (no DDL, no script).
func cacheable(q string) bool {
	if strings.Contains(q, ";") {
		return false
	}
	q = strings.TrimLeft(q, " \t\r\n")
	if len(q) < 6 {
		return false
	}
	switch strings.ToUpper(q[:6]) {
	case "SELECT", "INSERT", "UPDATE", "DELETE":
		return true
	}
	return strings.EqualFold(q[:4], "WITH")
}

// prepared returns the statement for q, prepared once for the DB; nil when q
// is not to be cached (PostgreSQL, DDL, a full cache) or cannot be prepared.
func (db *DB) prepared(ctx context.Context, q string) *sql.Stmt {
	if db.dialect.name != "sqlite" {
		return nil
	}
	db.stmts.mu.Lock()
	s, ok := db.stmts.m[q]
	db.stmts.mu.Unlock()
	if ok {
		return s
	}
	if !cacheable(q) {
		return nil
	}
	db.stmts.mu.Lock()
	if db.stmts.seen == nil || len(db.stmts.seen) >= stmtCacheMax {
		db.stmts.seen = map[string]int{}
	}
	db.stmts.seen[q]++
	first := db.stmts.seen[q] < 2
	db.stmts.mu.Unlock()
	if first {
		return nil
	}
	// Preparing takes a connection of the pool for a moment. The caller's
	// transaction holds one already, and when every other one is busy the
	// wait could close a circle (transactions each waiting for a connection
	// to prepare on): so the wait is short, and the statement runs unprepared
	// this time when it ends.
	pctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Millisecond)
	defer cancel()
	s, err := db.db.PrepareContext(pctx, q)
	if err != nil {
		return nil // the statement's own run says what is wrong
	}
	db.stmts.mu.Lock()
	defer db.stmts.mu.Unlock()
	if old, ok := db.stmts.m[q]; ok {
		s.Close()
		return old
	}
	if len(db.stmts.m) >= stmtCacheMax {
		s.Close()
		return nil
	}
	if db.stmts.m == nil {
		db.stmts.m = map[string]*sql.Stmt{}
	}
	db.stmts.m[q] = s
	delete(db.stmts.seen, q)
	return s
}

// closeStmts closes the cached statements.
func (db *DB) closeStmts() {
	db.stmts.mu.Lock()
	defer db.stmts.mu.Unlock()
	for _, s := range db.stmts.m {
		s.Close()
	}
	db.stmts.m = nil
}

// stmt returns q's cached statement bound to tx, or nil.
func (tx *tx) stmt(ctx context.Context, q string) *sql.Stmt {
	if s, ok := tx.stmts[q]; ok {
		return s
	}
	p := tx.db.prepared(ctx, q)
	if p == nil {
		return nil
	}
	s := tx.Tx.StmtContext(ctx, p)
	if tx.stmts == nil {
		tx.stmts = map[string]*sql.Stmt{}
	}
	tx.stmts[q] = s
	return s
}

// ExecContext runs q in the transaction, through its cached statement when it has one.
func (tx *tx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if s := tx.stmt(ctx, q); s != nil {
		return s.ExecContext(ctx, args...)
	}
	return tx.Tx.ExecContext(ctx, q, args...)
}

// QueryContext runs q in the transaction, through its cached statement when it has one.
func (tx *tx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if s := tx.stmt(ctx, q); s != nil {
		return s.QueryContext(ctx, args...)
	}
	return tx.Tx.QueryContext(ctx, q, args...)
}

// QueryRowContext runs q in the transaction, through its cached statement when it has one.
func (tx *tx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	if s := tx.stmt(ctx, q); s != nil {
		return s.QueryRowContext(ctx, args...)
	}
	return tx.Tx.QueryRowContext(ctx, q, args...)
}
