package sqldb

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"rollout"
)

// Backup writes a consistent copy of an SQLite database to path (VACUUM INTO:
// a snapshot taken inside one read transaction, while the server keeps
// serving). path must not exist. PostgreSQL is backed up with pg_dump
// (docs/operations.md): EINVALID here.
func (db *DB) Backup(ctx context.Context, path string) error {
	if db.dialect.name != "sqlite" {
		return rollout.E(rollout.EINVALID, "err.ops.backup_postgres")
	}
	if _, err := os.Stat(path); err == nil {
		return rollout.E(rollout.EINVALID, "err.ops.backup_exists", path)
	}
	if _, err := db.db.ExecContext(ctx, `VACUUM INTO $1`, path); err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	return nil
}

// LockSuffix ends the name of the lock file beside an SQLite database: a
// server holds it shared while it runs, restore exclusively while it works.
const LockSuffix = ".lock"

// HoldForServing takes the lock a server holds on an SQLite database while it
// serves, so that restore refuses to replace the file under it (the server
// would go on writing to the replaced file, and its writes would be lost).
// Servers share it; a restore in progress makes it EINVALID. release gives
// the lock back; PostgreSQL has none (nothing to do).
func HoldForServing(dsn string) (release func(), err error) {
	path := dbPath(dsn)
	if path == "" {
		return func() {}, nil
	}
	f, busy, err := flock(path+LockSuffix, false)
	switch {
	case busy:
		return nil, rollout.E(rollout.EINVALID, "err.ops.restore_running", path)
	case err != nil:
		return nil, fmt.Errorf("lock %s: %w", path+LockSuffix, err)
	case f == nil:
		return func() {}, nil
	}
	return func() { f.Close() }, nil
}

// Restore copies the SQLite backup at from to the database file to, after
// checking that from is an intact rollout database. It refuses to replace an
// existing file unless force is set, and refuses while a server uses the
// database (it holds the lock file, HoldForServing); it writes through a
// temporary file and a rename, so that to is never half-written.
func Restore(ctx context.Context, from, to string, force bool) error {
	if _, err := os.Stat(to); err == nil && !force {
		return rollout.E(rollout.EINVALID, "err.ops.restore_exists", to)
	}
	lock, busy, err := flock(to+LockSuffix, true)
	switch {
	case busy:
		return rollout.E(rollout.ECONFLICT, "err.ops.restore_in_use", to)
	case err != nil:
		return fmt.Errorf("restore: lock %s: %w", to+LockSuffix, err)
	case lock != nil:
		defer lock.Close()
	}
	if err := checkBackup(ctx, from); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(to), ".restore-*")
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	defer os.Remove(tmp.Name())
	src, err := os.Open(from)
	if err != nil {
		tmp.Close()
		return fmt.Errorf("restore: %w", err)
	}
	_, err = io.Copy(tmp, src)
	src.Close()
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	for _, suffix := range []string{"-wal", "-shm"} { // a stale log would be replayed over the restored file
		os.Remove(to + suffix)
	}
	if err := os.Rename(tmp.Name(), to); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	return nil
}

// checkBackup opens a backup read-only and checks its integrity and that it is
// a rollout database.
func checkBackup(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err != nil {
		return rollout.E(rollout.EINVALID, "err.ops.backup_missing", path)
	}
	b, err := openRaw("file:" + path + "?mode=ro")
	if err != nil {
		return err
	}
	defer b.Close()
	var ok string
	if err := b.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		return rollout.E(rollout.EINVALID, "err.ops.backup_damaged", path, fmt.Sprintf("%v%s", err, ok))
	}
	var n int
	if err := b.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n == 0 {
		return rollout.E(rollout.EINVALID, "err.ops.backup_not_rollout", path)
	}
	return nil
}

// TableRows returns every row of every table as text, table by table, in
// primary-key order: two databases with equal TableRows hold the same data.
// For checking backups.
func (db *DB) TableRows(ctx context.Context) (map[string][]string, error) {
	var q string
	if db.dialect.name == "sqlite" {
		q = `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`
	} else {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`
	}
	rows, err := db.db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	var tables []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			rows.Close()
			return nil, err
		}
		tables = append(tables, t)
	}
	rows.Close()
	out := map[string][]string{}
	for _, t := range tables {
		r, err := db.db.QueryContext(ctx, `SELECT * FROM `+t+` ORDER BY 1, 2`)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", t, err)
		}
		cols, _ := r.Columns()
		for r.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := r.Scan(ptrs...); err != nil {
				r.Close()
				return nil, err
			}
			var sb strings.Builder
			for i, v := range vals {
				if i > 0 {
					sb.WriteByte('|')
				}
				fmt.Fprintf(&sb, "%v", v)
			}
			out[t] = append(out[t], sb.String())
		}
		r.Close()
		if err := r.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
