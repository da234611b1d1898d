package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"rollout"
	"rollout/msg"
	"rollout/sheet"
)

const templateUsage = `用法: rollout template --unit UNIT --period 2024Q1 [--db DSN] FILE.xlsx

导出 UNIT 本报告期的进展报告模板（.xlsx）：每个任务一行，已填的报告预先填入；
在 Excel、WPS 或 LibreOffice 中填写后，用 rollout reports import 导入。`

func cmdTemplate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("template", templateUsage, stderr)
	dsn := dbFlag(fs)
	unit := fs.String("unit", "", "the unit whose tasks the template lists")
	period := fs.String("period", "", "the reporting period: 2024Q1, 2024-03 or 2024H1")
	files, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	if len(files) != 1 || *unit == "" || *period == "" {
		return usageError{"template 需要 --unit、--period 和一个输出文件\n" + templateUsage}
	}
	p, _, _, err := rollout.ParsePeriod(*period)
	if err != nil {
		return err
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	u, err := db.UnitByName(ctx, *unit)
	if err != nil {
		return err
	}
	tasks, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: u.ID})
	if err != nil {
		return err
	}
	current := map[int64]*rollout.Report{}
	for _, t := range tasks {
		r, err := db.Report(ctx, t.ID, p)
		switch {
		case err == nil:
			current[t.ID] = r
		case rollout.ErrorCode(err) != rollout.ENOTFOUND:
			return err
		}
	}
	inds := map[int64][]*rollout.Indicator{} // the indicator columns
	for _, t := range tasks {
		if _, ok := inds[t.ItemID]; !ok {
			if inds[t.ItemID], err = db.Indicators(ctx, t.ItemID); err != nil {
				return err
			}
		}
	}
	b, err := sheet.TemplateWithIndicators(u, p, tasks, current, inds, time.Now())
	if err != nil {
		return err
	}
	if err := os.WriteFile(files[0], b, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "已导出 %s %s 的报告模板：%d 个任务 → %s\n", u.Name, p.Label(), len(tasks), files[0])
	return nil
}

const reportsUsage = `用法: rollout reports import [--dry-run] [--submit] [--db DSN] FILE.xlsx

导入填好的进展报告模板：逐行检查（未知任务、其他单位的任务、无效状态、日期格式等），
有任何错误时列出错误（行、列）且不保存任何内容，以状态 2 退出；全部有效时一并保存。`

func cmdReports(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "import" {
		return usageError{reportsUsage}
	}
	fs := newFlagSet("reports import", reportsUsage, stderr)
	dsn := dbFlag(fs)
	dryRun := fs.Bool("dry-run", false, "check only; store nothing")
	submit := fs.Bool("submit", false, "submit the reports for review (default: save as drafts)")
	files, err := parseArgs(fs, args[1:])
	if err != nil {
		return badArgs(err)
	}
	if len(files) != 1 {
		return usageError{"reports import 需要一个 .xlsx 文件\n" + reportsUsage}
	}
	if fi, err := os.Stat(files[0]); err == nil && fi.Size() > rollout.MaxTemplateSize { // refused before it is read
		return badInput{rollout.E(rollout.EINVALID, "err.report.sheet_too_large", rollout.MaxTemplateSize>>20)}
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		return rollout.E(rollout.EINVALID, "err.report.import_read", files[0], err.Error())
	}
	filled, err := sheet.ReadTemplate(data)
	if err != nil {
		return badInput{err}
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	var u *rollout.Unit
	if filled.UnitID != 0 {
		u, err = db.Unit(ctx, filled.UnitID)
	} else {
		u, err = db.UnitByName(ctx, filled.UnitCode)
	}
	if err != nil {
		return badInput{rollout.E(rollout.ErrorCode(err), "err.report.import_unit", filled.UnitName, err)}
	}
	// The same import as the web's: the same checks, rows and problems.
	imp, err := sheet.ImportTemplate(cliContext(ctx), db, u, filled, sheet.ImportOptions{Submit: *submit, DryRun: *dryRun})
	if err != nil {
		return badInput{err}
	}
	if len(imp.Problems) > 0 {
		for _, e := range imp.Problems {
			fmt.Fprintf(stderr, "第 %d 行 %s：%s\n", e.Row, e.Column, e.Text(msg.ZH))
		}
		if imp.Conflict() {
			cur := imp.Stale[0]
			return rollout.E(rollout.ECONFLICT, "err.report.import_conflict", cur.TaskID, cur.Version)
		}
		return badInput{rollout.E(rollout.EINVALID, "err.report.import_refused", len(imp.Problems))}
	}
	if *dryRun {
		fmt.Fprintf(stdout, "检查通过：%s %s，%d 行有效，其中 %d 行未改动（--dry-run，未保存）。\n", u.Name, filled.Period.Label(), len(imp.Reports)+imp.Unchanged, imp.Unchanged)
		return nil
	}
	fmt.Fprintf(stdout, "已导入 %s %s 的 %d 份报告（%d 行未改动）。\n", u.Name, filled.Period.Label(), len(imp.Saved), imp.Unchanged)
	return nil
}

// badInput is an error about the input file: the command exits 2.
type badInput struct{ err error }

func (e badInput) Error() string { return errorText(e.err) }
func (e badInput) Unwrap() error { return e.err }
