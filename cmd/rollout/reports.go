package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"rollout"
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
	data, err := os.ReadFile(files[0])
	if err != nil {
		return rollout.Errorf(rollout.EINVALID, "无法读取文件 %s：%v", files[0], err)
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
		return badInput{fmt.Errorf("模板所属单位 %q：%w", filled.UnitName, err)}
	}
	own, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: u.ID})
	if err != nil {
		return err
	}
	mine := map[int64]bool{}
	for _, t := range own {
		mine[t.ID] = true
	}
	errs := filled.Errors
	var reports []*rollout.Report
	unchanged := 0
	for _, row := range filled.Rows {
		if !mine[row.TaskID] {
			errs = append(errs, sheet.CellError{Row: row.Row, Column: "任务编号", Message: fmt.Sprintf("任务 %d 不是%s的任务。", row.TaskID, u.Name)})
			continue
		}
		r := row.Report
		r.TaskID, r.Period, r.Version = row.TaskID, filled.Period, row.Version
		if err := r.Validate(); err != nil {
			errs = append(errs, sheet.CellError{Row: row.Row, Column: "状态", Message: rollout.ErrorMessage(err)})
			continue
		}
		stored, err := db.Report(ctx, r.TaskID, r.Period)
		switch {
		case rollout.ErrorCode(err) == rollout.ENOTFOUND:
			stored = nil
		case err != nil:
			return err
		}
		if stored != nil && sheet.SameAsStored(&r, stored) && (!*submit || stored.Submitted) {
			unchanged++ // a pre-filled row left as it was: nothing to save
			continue
		}
		// The row edits the document it shows; attached files and other
		// documents of the report stay.
		r.Evidence = sheet.MergeEvidence(r.Evidence, stored)
		reports = append(reports, &r)
	}
	if len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintf(stderr, "第 %d 行 %s：%s\n", e.Row, e.Column, e.Message)
		}
		return badInput{fmt.Errorf("%d 处错误，未保存任何内容", len(errs))}
	}
	if *dryRun {
		fmt.Fprintf(stdout, "检查通过：%s %s，%d 行有效，其中 %d 行未改动（--dry-run，未保存）。\n", u.Name, filled.Period.Label(), len(reports)+unchanged, unchanged)
		return nil
	}
	saved, err := db.SaveReports(cliContext(ctx), reports, *submit)
	if err != nil {
		var conflict *rollout.ReportConflict
		if errors.As(err, &conflict) {
			return fmt.Errorf("任务 %d 的报告已被他人修改（当前第 %d 版），未保存任何内容；请重新导出模板", conflict.Current.TaskID, conflict.Current.Version)
		}
		return err
	}
	fmt.Fprintf(stdout, "已导入 %s %s 的 %d 份报告（%d 行未改动）。\n", u.Name, filled.Period.Label(), len(saved), unchanged)
	return nil
}

// badInput is an error about the input file: the command exits 2.
type badInput struct{ err error }

func (e badInput) Error() string { return errorText(e.err) }
func (e badInput) Unwrap() error { return e.err }
