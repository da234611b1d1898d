package sqldb

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations
var migrationFS embed.FS

// Migration is one numbered schema change.
type Migration struct {
	Version int
	Name    string // file name, e.g. 0001_catalog.sql
	SQL     string
}

// migrations returns the dialect's migrations in order. Files are named
// NNNN_words.sql, each number once; both dialects have the same numbers (a
// test keeps them so).
func migrations(dialect string) ([]Migration, error) {
	dir := path.Join("migrations", dialect)
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var ms []Migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("migration %s/%s: name must be NNNN_words.sql", dir, e.Name())
		}
		b, err := migrationFS.ReadFile(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		ms = append(ms, Migration{Version: v, Name: e.Name(), SQL: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	// Numbers only grow; one may be missing for a while, when changes made
	// apart land in another order than they were numbered: Migrate applies
	// each number not yet applied, whatever its place.
	for i, m := range ms {
		if m.Version <= 0 || (i > 0 && m.Version == ms[i-1].Version) {
			return nil, fmt.Errorf("migrations %s: version %d given twice or not positive (%s)", dir, m.Version, m.Name)
		}
	}
	return ms, nil
}

// migrationCode is Go code run after a migration's SQL, in its transaction,
// where SQL alone cannot fill what the migration adds.
var migrationCode = map[int]func(context.Context, *tx) error{
	// 6 added task_rollups and filled it here; its rows are now filled by 14,
	// which rebuilds them with the verified figures (the code of 6 would read
	// columns 14 adds).
	10: keyTheTrail,    // the key is outside the database
	14: rebuildRollups, // which report counts needs the order of periods and of steps
}

// Migrate applies the migrations not yet applied, each in its own transaction.
// Migrations only go forward. On PostgreSQL an advisory lock makes servers that
// start together apply each migration once.
func (db *DB) Migrate(ctx context.Context) error {
	ms, err := migrations(db.dialect.name)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := db.apply(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

func (db *DB) apply(ctx context.Context, m Migration) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if db.dialect.name == "postgres" {
		// The lock is held until this transaction ends; a second server waits here
		// and then sees the migration applied.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7022023)`); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, m.Version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if fill := migrationCode[m.Version]; fill != nil {
		if err := fill(ctx, tx); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`,
		m.Version, m.Name, tx.now.Format("2006-01-02T15:04:05Z")); err != nil {
		return err
	}
	return tx.Commit()
}

// MigrationStatus lists every known migration and whether it is applied.
type MigrationStatus struct {
	Migration
	Applied   bool
	AppliedAt string
}

// Migrations reports the state of the schema.
func (db *DB) Migrations(ctx context.Context) ([]MigrationStatus, error) {
	ms, err := migrations(db.dialect.name)
	if err != nil {
		return nil, err
	}
	applied, err := db.appliedMigrations(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]MigrationStatus, len(ms))
	for i, m := range ms {
		at, ok := applied[m.Version]
		out[i] = MigrationStatus{Migration: m, Applied: ok, AppliedAt: at}
	}
	return out, nil
}

// appliedMigrations returns the applied versions with when each was applied;
// none when the database has never been migrated.
func (db *DB) appliedMigrations(ctx context.Context) (map[int]string, error) {
	applied := map[int]string{}
	if ok, err := db.hasMigrationTable(ctx); err != nil || !ok {
		return applied, err
	}
	rows, err := db.db.QueryContext(ctx, `SELECT version, applied_at FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("read schema_migrations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var v int
		var at string
		if err := rows.Scan(&v, &at); err != nil {
			return nil, err
		}
		applied[v] = at
	}
	return applied, rows.Err()
}

// hasMigrationTable reports whether the database has been migrated at all.
func (db *DB) hasMigrationTable(ctx context.Context) (bool, error) {
	q := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`
	if db.dialect.name == "postgres" {
		q = `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'`
	}
	var n int
	if err := db.db.QueryRowContext(ctx, q).Scan(&n); err != nil {
		return false, fmt.Errorf("look for schema_migrations: %w", err)
	}
	return n > 0, nil
}
