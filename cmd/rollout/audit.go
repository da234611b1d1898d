package main

import (
	"context"
	"fmt"
	"io"

	"rollout"
	"rollout/sqldb"
)

const auditUsage = `用法: rollout audit verify|list [--db DSN] [--actor NAME] [--action PREFIX] [--limit N]
  verify    逐条校验审计链；发现被改动或删除的记录时指出第一条并以状态 1 退出
  list      列出最近的审计记录`

func cmdAudit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"audit 需要子命令\n" + auditUsage}
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet("audit "+sub, auditUsage, stderr)
	dsn := dbFlag(fs)
	actor := fs.String("actor", "", "list: only this actor")
	action := fs.String("action", "", "list: only actions starting with this")
	limit := fs.Int("limit", 50, "list: at most this many")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	db, err := sqldb.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	switch sub {
	case "verify":
		broken, checked, err := db.VerifyAudit(ctx)
		if err != nil {
			return err
		}
		if broken != 0 {
			return fmt.Errorf("审计链在第 %d 号记录处断开：该记录或其前一条记录被改动或删除（已校验 %d 条）", broken, checked)
		}
		fmt.Fprintf(stdout, "审计链完整：已校验 %d 条记录。\n", checked)
		return nil
	case "list":
		es, err := db.AuditEntries(ctx, rollout.AuditFilter{Actor: *actor, Action: *action, Limit: *limit})
		if err != nil {
			return err
		}
		for _, e := range es {
			fmt.Fprintf(stdout, "#%-6d %s  %-16s %-22s %s\n", e.ID, e.At.Local().Format("2006-01-02 15:04:05"), e.Actor, e.Action, e.Object)
		}
		return nil
	}
	return usageError{fmt.Sprintf("未知的 audit 子命令 %q\n%s", sub, auditUsage)}
}
