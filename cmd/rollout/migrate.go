package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"rollout/msg"
	"rollout/sqldb"
	"rollout/web"
)

// dbHealth is what /readyz and /metrics read of the database.
type dbHealth struct{ db *sqldb.DB }

func (h dbHealth) Ping(ctx context.Context) error { return h.db.Ping(ctx) }

func (h dbHealth) SchemaPending(ctx context.Context) ([]int, []int, error) {
	return h.db.SchemaPending(ctx)
}

func (h dbHealth) Stats() web.PoolStats {
	s := h.db.Stats()
	return web.PoolStats{MaxOpen: s.MaxOpenConnections, Open: s.OpenConnections, InUse: s.InUse, Idle: s.Idle,
		WaitCount: s.WaitCount, WaitDuration: s.WaitDuration, MaxIdleClosed: s.MaxIdleClosed,
		MaxIdleTimeClosed: s.MaxIdleTimeClosed, MaxLifetimeClosed: s.MaxLifetimeClosed}
}

// schemaNotCurrent is the failure of rollout migrate --status when
// migrations are pending or the database is newer than the program (exit 1).
type schemaNotCurrent struct{ msg string }

func (e schemaNotCurrent) Error() string { return e.msg }

const migrateUsage = `用法: rollout migrate [--status] [--db DSN]

不带参数：执行尚未执行的数据库迁移（只向前；PostgreSQL 上以咨询锁串行，多台服务器同时启动也只执行一次），
并列出执行了哪些。--status：只列出每个迁移的版本、名称、执行时间或“待执行”，不做改动。
退出码：0 数据库结构为最新；1 有待执行的迁移（--status）、数据库由更新版本的程序迁移过，或执行失败；2 用法错误。
/ Applies pending migrations (forward only), or with --status lists them; exit 0 when the schema is current.`

func cmdMigrate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("migrate", migrateUsage, stderr)
	dsn := dbFlag(fs)
	status := fs.Bool("status", false, "list applied and pending migrations; change nothing")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	db, err := sqldb.OpenUnmigrated(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	before, err := db.Schema(ctx)
	if err != nil {
		return err
	}
	if !*status {
		if err := db.Migrate(ctx); err != nil {
			return err
		}
	}
	list, err := db.Migrations(ctx)
	if err != nil {
		return err
	}
	after, err := db.Schema(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "版本\t迁移\t状态")
	for _, m := range list {
		state := "待执行"
		if m.Applied {
			state = "已执行 " + m.AppliedAt
		}
		fmt.Fprintf(tw, "%04d\t%s\t%s\n", m.Version, m.Name, state)
	}
	for _, v := range after.Unknown {
		fmt.Fprintf(tw, "%04d\t（本程序不认识）\t已执行：数据库由更新版本的程序迁移过\n", v)
	}
	tw.Flush()
	if !*status {
		fmt.Fprintf(stdout, "本次执行迁移 %d 个。\n", len(before.Pending)-len(after.Pending))
	}
	switch {
	case len(after.Unknown) > 0:
		return schemaNotCurrent{msg.Text(msg.ZH, "err.ops.schema_newer", fmt.Sprint(after.Unknown))}
	case len(after.Pending) > 0:
		return schemaNotCurrent{msg.Text(msg.ZH, "err.ops.schema_pending", len(after.Pending))}
	}
	fmt.Fprintf(stdout, "数据库结构为最新（版本 %04d，%s）。\n", after.Latest, db.Dialect())
	return nil
}
