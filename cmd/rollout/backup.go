package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"rollout"
	"rollout/msg"
	"rollout/sqldb"
)

const backupUsage = `用法: rollout backup [--db DSN] FILE      把 SQLite 数据库一致地复制到 FILE（服务可继续运行）
       rollout restore [--force] FILE --db PATH   用备份 FILE 恢复 SQLite 数据库（服务运行时拒绝恢复）
PostgreSQL 请使用 pg_dump / pg_restore（见 docs/operations.md）。`

func cmdBackup(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("backup", backupUsage, stderr)
	dsn := dbFlag(fs)
	files, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	if len(files) != 1 {
		return usageError{msg.Text(msg.ZH, "err.ops.backup_no_file") + "\n" + backupUsage}
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Backup(ctx, files[0]); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "已备份到 %s。\n", files[0])
	return nil
}

func cmdRestore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("restore", backupUsage, stderr)
	dsn := dbFlag(fs)
	force := fs.Bool("force", false, "replace an existing database file")
	files, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	if len(files) != 1 {
		return usageError{msg.Text(msg.ZH, "err.ops.restore_no_file") + "\n" + backupUsage}
	}
	to := strings.TrimPrefix(*dsn, "sqlite:")
	if to == "" {
		to = sqldb.DefaultPath
	}
	if strings.Contains(to, "://") {
		return rollout.E(rollout.EINVALID, "err.ops.restore_postgres")
	}
	if err := sqldb.Restore(ctx, files[0], to, *force); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "已从 %s 恢复到 %s。\n", files[0], to)
	return nil
}
