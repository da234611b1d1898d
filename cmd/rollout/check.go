package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"rollout"
)

const checkUsage = `用法: rollout check [--db DSN] [--json]
  从原始记录（任务、已提交的进展报告版本、复核步骤）重新计算每项任务的汇总数——
  已上报的和复核通过的两套数字——与数据库中随每次写入保存的汇总数逐一比较；
  列出所有不一致之处，有不一致时以状态 1 退出。`

// cmdCheck recomputes every roll-up from the raw rows and reports differences.
func cmdCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("check", checkUsage, stderr)
	dsn := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print the differences as JSON")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	diffs, err := db.CheckRollups(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(diffs); err != nil {
			return err
		}
	} else {
		for _, d := range diffs {
			fmt.Fprintf(stdout, "%s\n  保存的 stored: %+v\n  应为的 actual: %+v\n", d.What, d.Stored, d.Actual)
		}
	}
	if len(diffs) > 0 {
		return rollout.E(rollout.ECONFLICT, "err.ops.check_differs", len(diffs))
	}
	if !*asJSON {
		fmt.Fprintln(stdout, "汇总数与原始记录一致。")
	}
	return nil
}
