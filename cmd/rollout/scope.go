package main

import (
	"context"
	"fmt"
	"io"

	"rollout"
)

const scopeUsage = `用法: rollout scope [--batch N] --item SEQ [--reason TEXT] UNIT... [--db DSN]

确认推广范围不能自动确定的事项（如“有需求的地区”）的实施单位；--reason 记录其参与的理由。
之后运行 rollout assign 为其生成任务。`

func cmdScope(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("scope", scopeUsage, stderr)
	dsn := dbFlag(fs)
	batch := fs.Int("batch", 0, "batch number (default: the newest)")
	seq := fs.Int("item", 0, "the item's number in the batch")
	reason := fs.String("reason", "", "why these units take part (opt-in)")
	names, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	if *seq == 0 || len(names) == 0 {
		return usageError{"scope 需要 --item 和至少一个单位\n" + scopeUsage}
	}
	db, n, err := openBatch(ctx, *dsn, *batch)
	if err != nil {
		return err
	}
	defer db.Close()
	b, err := db.BatchByNumber(ctx, n)
	if err != nil {
		return err
	}
	var itemID int64
	for _, it := range b.Items {
		if it.Seq == *seq {
			itemID = it.ID
		}
	}
	if itemID == 0 {
		return rollout.E(rollout.ENOTFOUND, "err.task.no_item_seq", n, *seq)
	}
	var units []rollout.ScopeUnit
	for _, name := range names {
		u, err := db.UnitByName(ctx, name)
		if err != nil {
			return err
		}
		units = append(units, rollout.ScopeUnit{UnitID: u.ID, Reason: *reason})
	}
	if err := db.ConfirmScope(ctx, itemID, units); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "第%d批第%d项：已确认 %d 个实施单位；运行 rollout assign 生成任务。\n", n, *seq, len(units))
	return nil
}
