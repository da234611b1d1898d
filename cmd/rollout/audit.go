package main

import (
	"context"
	"fmt"
	"io"

	"rollout"
	"rollout/msg"
	"rollout/sqldb"
)

const auditUsage = `用法: rollout audit verify|head|list|rotate-key [--db DSN] [--head NUMBER:MAC] [--actor NAME] [--action PREFIX] [--limit N] [--crypto standard|gm] [--files]
  verify    逐条校验审计链（哈希链，以及密钥文件下的 MAC）；发现被改动或删除的记录时指出第一条并以状态 1 退出；
            --head 给出此前 rollout audit head 打印的“编号:MAC”，该记录已不在链中（被截断或改写）时也以状态 1 退出
  head      打印最新一条记录的“编号:MAC”，请保存在数据库以外的地方（见 docs/operations.md）
  list      列出最近的审计记录
  rotate-key  在密钥文件末尾添加一把新密钥，此后的记录以它计算 MAC，旧密钥保留用于校验（--crypto gm 添加 HMAC-SM3 密钥）；
            --files 改为轮换附件加密密钥（SM4，国密模式）
审计密钥文件：ROLLOUT_AUDIT_KEY_FILE，未设置时为 SQLite 数据库旁的 PATH.audit-key。`

func cmdAudit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{msg.Text(msg.ZH, "err.ops.audit_no_sub") + "\n" + auditUsage}
	}
	sub, args := args[0], args[1:]
	fs := newFlagSet("audit "+sub, auditUsage, stderr)
	dsn := dbFlag(fs)
	actor := fs.String("actor", "", "list: only this actor")
	action := fs.String("action", "", "list: only actions starting with this")
	limit := fs.Int("limit", 50, "list: at most this many")
	headFlag := fs.String("head", "", "verify: NUMBER:MAC printed earlier by rollout audit head")
	crypto := fs.String("crypto", sqldb.CryptoStandard, "rotate-key: standard (HMAC-SHA-256) or gm (HMAC-SM3)")
	files := fs.Bool("files", false, "rotate-key: rotate the key of stored files (SM4) instead")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	switch sub {
	case "verify", "list", "head", "rotate-key":
	default:
		return usageError{msg.Text(msg.ZH, "err.ops.audit_bad_sub", sub) + "\n" + auditUsage}
	}
	var head *sqldb.AuditHead
	if *headFlag != "" {
		h, err := sqldb.ParseAuditHead(*headFlag)
		if err != nil {
			return badInput{err}
		}
		head = &h
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	switch sub {
	case "rotate-key":
		ctx = cliContext(ctx)
		if *files {
			id, err := db.RotateFileKey(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "已在 %s 添加附件加密密钥 %s：此后上传的附件以它加密，旧附件仍以原密钥解密。\n", db.FileKeyFile(), id)
			return nil
		}
		if *crypto != sqldb.CryptoStandard && *crypto != sqldb.CryptoGM {
			return badInput{rollout.E(rollout.EINVALID, "err.ops.bad_crypto", *crypto)}
		}
		id, err := db.RotateAuditKey(ctx, *crypto)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "已在 %s 添加审计密钥 %s：此后的记录以它计算 MAC，旧密钥请保留在文件中用于校验。正在运行的服务在下一次写入时读取新密钥。\n", db.AuditKeyFile(), id)
		return nil
	case "verify":
		r, err := db.VerifyAuditChain(ctx, head)
		if err != nil {
			return err
		}
		switch {
		case r.Why == "unkeyed":
			return rollout.E(rollout.ECONFLICT, "err.audit.stripped", db.AuditKeyFile(), r.Checked)
		case r.Why == "mac":
			return rollout.E(rollout.ECONFLICT, "err.audit.mac_broken", r.Broken, r.Checked)
		case r.Broken != 0:
			return rollout.E(rollout.ECONFLICT, "err.audit.broken", r.Broken, r.Checked)
		case head != nil && !r.HeadFound:
			return rollout.E(rollout.ECONFLICT, "err.audit.head_lost", head.ID, r.Head.ID, r.Checked)
		}
		fmt.Fprintf(stdout, "审计链完整：已校验 %d 条记录。\n", r.Checked)
		if r.Unkeyed > 0 {
			fmt.Fprintf(stdout, "其中 %d 条写于启用审计密钥之前，由其后第一条带 MAC 的记录担保。\n", r.Unkeyed)
		}
		if !db.Keyed() {
			fmt.Fprintf(stdout, "未配置审计密钥（%s）：只校验了哈希链，无法发现重算哈希的改动。\n", sqldb.EnvAuditKeyFile)
		}
		if head != nil {
			fmt.Fprintf(stdout, "链头 %s 仍在链中。\n", head)
		}
		return nil
	case "head":
		h, err := db.AuditHeadNow(ctx)
		if err != nil {
			return err
		}
		if h.ID == 0 {
			return rollout.E(rollout.ENOTFOUND, "err.audit.empty")
		}
		if h.MAC == "" {
			return rollout.E(rollout.EINVALID, "err.audit.head_unkeyed", h.ID, sqldb.EnvAuditKeyFile)
		}
		fmt.Fprintln(stdout, h)
		return nil
	}
	es, err := db.AuditEntries(ctx, rollout.AuditFilter{Actor: *actor, Action: *action, Limit: *limit})
	if err != nil {
		return err
	}
	for _, e := range es {
		fmt.Fprintf(stdout, "#%-6d %s  %-16s %-22s %s\n", e.ID, e.At.Local().Format("2006-01-02 15:04:05"), e.Actor, e.Action, e.Object)
	}
	return nil
}
