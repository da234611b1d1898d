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
		return rollout.Errorf(rollout.EINVALID, "PostgreSQL 请用 pg_dump 备份（见 docs/operations.md）。")
	}
	if _, err := os.Stat(path); err == nil {
		return rollout.Errorf(rollout.EINVALID, "备份文件 %s 已存在：请换一个文件名，不会覆盖已有文件。", path)
	}
	if _, err := db.db.ExecContext(ctx, `VACUUM INTO $1`, path); err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	return nil
}

// Restore copies the SQLite backup at from to the database file to, after
// checking that from is an intact rollout database. It refuses to replace an
// existing file unless force is set, and writes through a temporary file and a
// rename, so that to is never half-written. The server must be stopped.
func Restore(ctx context.Context, from, to string, force bool) error {
	if _, err := os.Stat(to); err == nil && !force {
		return rollout.Errorf(rollout.EINVALID, "%s 已存在：恢复会替换它；确认请加 --force（请先停止服务）。", to)
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
		return rollout.Errorf(rollout.EINVALID, "找不到备份文件 %s。", path)
	}
	b, err := openRaw("file:" + path + "?mode=ro")
	if err != nil {
		return err
	}
	defer b.Close()
	var ok string
	if err := b.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		return rollout.Errorf(rollout.EINVALID, "%s 不是完好的 SQLite 数据库（%v%s）。", path, err, ok)
	}
	var n int
	if err := b.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil || n == 0 {
		return rollout.Errorf(rollout.EINVALID, "%s 不是 rollout 的数据库（没有迁移记录）。", path)
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
