package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"rollout"
	"rollout/sqldb"
)

// openBatch opens the database and names the batch a command works on: n when
// it is set, else the newest. The caller closes the database.
func openBatch(ctx context.Context, dsn string, n int) (*sqldb.DB, int, error) {
	db, err := openExisting(ctx, dsn)
	if err != nil {
		return nil, 0, err
	}
	if n, err = latestBatch(ctx, db, n); err != nil {
		db.Close()
		return nil, 0, err
	}
	return db, n, nil
}

// latestBatch returns n when it is set, else the newest batch's number.
func latestBatch(ctx context.Context, db *sqldb.DB, n int) (int, error) {
	if n != 0 {
		return n, nil
	}
	bs, err := db.Batches(ctx)
	if err != nil {
		return 0, err
	}
	if len(bs) == 0 {
		return 0, rollout.E(rollout.ENOTFOUND, "err.task.no_batches")
	}
	return bs[0].Batch, nil
}

func cmdAssign(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("assign", "用法: rollout assign [--batch N] [--db DSN]\n\n按推广范围为批次的改革事项生成承担任务和指导任务；重复运行不会重复生成。", stderr)
	dsn := dbFlag(fs)
	batch := fs.Int("batch", 0, "batch number (default: the newest)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	db, n, err := openBatch(ctx, *dsn, *batch)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := db.Assign(ctx, n)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "第%d批：新建承担任务 %d 个、指导任务 %d 个；已有任务 %d 个未改变。\n", n, res.Implement, res.Guide, res.Existing)
	for _, d := range res.Unresolved {
		fmt.Fprintf(stderr, "未分解：%s\n", d.Message)
	}
	if len(res.Unresolved) > 0 {
		return fmt.Errorf("%d 个事项未能分解，见上", len(res.Unresolved))
	}
	return nil
}

// taskRow is what `rollout tasks --json` prints per task; scripts depend on its
// keys (more may be added).
type taskRow struct {
	ItemSeq    int    `json:"item_seq"`
	Batch      int    `json:"batch"`
	Unit       string `json:"unit"`
	UnitCode   string `json:"unit_code"`
	UnitKind   string `json:"unit_kind"`
	Role       string `json:"role"`
	ParentUnit string `json:"parent_unit"`
	Deadline   string `json:"deadline"`
	TaskID     int64  `json:"task_id"`
	ParentID   int64  `json:"parent_id"`
}

func cmdTasks(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("tasks", "用法: rollout tasks [--batch N] [--unit UNIT] [--json] [--db DSN]\n\n列出任务；--unit 列出该单位及其下级单位的任务。", stderr)
	dsn := dbFlag(fs)
	batch := fs.Int("batch", 0, "only this batch")
	unit := fs.String("unit", "", "only tasks of this unit and the units below it (name, full name or code)")
	asJSON := fs.Bool("json", false, "print one JSON array")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	f := rollout.TaskFilter{Batch: *batch}
	if *unit != "" {
		u, err := db.UnitByName(ctx, *unit)
		if err != nil {
			return err
		}
		f.Within = u.ID
	}
	ts, err := db.Tasks(ctx, f)
	if err != nil {
		return err
	}
	rows := make([]taskRow, len(ts))
	for i, t := range ts {
		rows[i] = taskRow{ItemSeq: t.ItemSeq, Batch: t.Batch, Unit: t.UnitName, UnitCode: t.UnitCode,
			UnitKind: string(t.UnitKind), Role: string(t.Role), ParentUnit: t.ParentUnit, Deadline: t.Deadline.Text,
			TaskID: t.ID, ParentID: t.ParentID}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(rows)
	}
	for _, r := range rows {
		fmt.Fprintf(stdout, "第%d批 第%2d项  %-10s %-9s ← %s  %s\n", r.Batch, r.ItemSeq, r.Unit, r.Role, r.ParentUnit, r.Deadline)
	}
	fmt.Fprintf(stdout, "共 %d 个任务。\n", len(rows))
	return nil
}

func cmdRhythm(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("rhythm", "用法: rollout rhythm [--batch N] monthly|quarterly|half_yearly [--db DSN]\n\n设定批次的报告周期（默认每季度）。", stderr)
	dsn := dbFlag(fs)
	batch := fs.Int("batch", 0, "batch number (default: the newest)")
	a, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	if len(a) != 1 {
		return usageError{"rhythm 需要一个周期：monthly、quarterly 或 half_yearly"}
	}
	db, n, err := openBatch(ctx, *dsn, *batch)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.SetRhythm(cliContext(ctx), n, a[0]); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "第%d批的报告周期：%s；本期为 %s。\n", n, a[0], rollout.PeriodOf(a[0], time.Now()).Label())
	return nil
}
