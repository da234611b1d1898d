package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"rollout"
	"rollout/notice"
	"rollout/refdata"
)

const cascadeUsage = `用法: rollout cascade [--dry-run] [--json] [--create-units] [--batch N] --unit UNIT FILE [--db DSN]

读取 UNIT（如 广东省）转发通知或实施方案中的任务分工表（或“牵头单位：…；责任单位：…”“（X牵头，Y配合）”“（X负责）”等括注），
把其任务分解给下级单位。FILE 可为文本、Markdown、网页、Word .docx 或带文字的 PDF（UTF-8 或 GBK/GB18030）。
先用 --dry-run 查看结果：试读做正式分解的全部检查，报告同样的错误；未识别的单位名称会列出最接近的已知名称，
确认后用 --create-units 在 UNIT 下新建这些单位。省级政府的标准部门名称（如 省发改委、省商务厅、省市场监管局）
首次使用时按标准名称自动新建（unit-standard）。UNIT 没有某事项的任务而其下只有一个单位有（如自贸试验区的第23项）时，
若文件只把该事项分给该单位之下的单位（如各片区），代为分解该单位的任务（task-behalf），否则报告该任务在哪个单位。

退出码 / exit status:
  0  已读取并分解（--dry-run：可以分解；若只差确认新建单位，"error" 给出正式分解时的提示）
  1  已读取但不能分解（没有对应的事项、UNIT 没有这些事项的任务、单位名称未能识别……），--json 的 "error" 说明原因
  2  不是可读取的转发文件（或命令用法错误）；--json 时输出 {"file": …, "error": {"code", "message"}}`

// cascadeReport is what `rollout cascade --json` prints.
type cascadeReport struct {
	Unit        string               `json:"unit"`
	Batch       int                  `json:"batch"`
	Reissue     *rollout.Reissue     `json:"reissue"`
	Plan        rollout.CascadePlan  `json:"plan"`
	Created     []string             `json:"created_units"` // with --dry-run: the units the real run would create
	Stored      int                  `json:"stored_tasks"`
	DryRun      bool                 `json:"dry_run"`
	Error       *errorReport         `json:"error,omitempty"`
	Diagnostics []rollout.Diagnostic `json:"diagnostics"`
	names       map[int64]string     // unit names for the plan's IDs
}

func cmdCascade(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("cascade", cascadeUsage, stderr)
	dsn := dbFlag(fs)
	unit := fs.String("unit", "", "the issuing unit (name, full name or code), e.g. 广东省")
	batch := fs.Int("batch", 0, "the national batch the document divides (default: the newest)")
	dryRun := fs.Bool("dry-run", false, "read and report only; store nothing")
	asJSON := fs.Bool("json", false, "print the result as one JSON object")
	createUnits := fs.Bool("create-units", false, "create the unit names that match no known unit, as departments under --unit")
	files, err := parseArgs(fs, args)
	if err != nil {
		return badArgs(err)
	}
	if len(files) != 1 || *unit == "" {
		return usageError{"cascade 需要 --unit 和一个文件\n" + cascadeUsage}
	}
	src, err := os.ReadFile(files[0])
	if err != nil {
		err = rollout.E(rollout.EINVALID, "err.task.read_file", files[0], err.Error())
	}
	var r *rollout.Reissue
	if err == nil {
		r, err = notice.ParseReissue(src)
	}
	if err != nil {
		// not a document of this kind: exit 2, and under --json still one object
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			enc.Encode(struct {
				File  string       `json:"file"`
				Error *errorReport `json:"error"`
			}{files[0], &errorReport{Code: rollout.ErrorCode(err), Message: errorText(err)}})
		}
		return badInput{err}
	}
	db, n, err := openBatch(ctx, *dsn, *batch)
	if err != nil {
		return err
	}
	defer db.Close()
	owner, err := db.UnitByName(ctx, *unit)
	if err != nil {
		return fmt.Errorf("--unit: %w", err)
	}
	b, err := db.BatchByNumber(ctx, n)
	if err != nil {
		return err
	}
	planWith := func(below []*rollout.Unit) rollout.CascadePlan {
		return rollout.PlanCascadeWith(r, b.Items, owner, below, refdata.ProvincialDepartments())
	}
	rep := cascadeReport{Unit: owner.Name, Batch: n, Reissue: r, DryRun: *dryRun, Created: []string{}, Diagnostics: r.Diagnostics}

	below, err := db.UnitsBelow(ctx, owner.ID)
	if err != nil {
		return err
	}
	rep.Plan = planWith(below)
	var create []string
	if *createUnits {
		// Only names that match nothing become units; ambiguous and vague ones
		// must be mended in the document.
		for _, u := range rep.Plan.Unknown {
			if u.Reason == rollout.ReasonUnknown {
				create = append(create, u.Name)
			}
		}
	}
	// A dry run takes every step and check of the real one, and stores nothing.
	plan, tasks, runErr := db.Cascade(ctx, owner.ID, create, planWith, *dryRun)
	if runErr == nil || len(plan.Lines)+len(plan.Unknown) > 0 {
		rep.Plan = plan
	}
	if runErr == nil {
		rep.Created = append(rep.Created, create...)
		if !*dryRun {
			rep.Stored = len(tasks)
		}
	}
	if len(rep.Created) > 0 && !*dryRun {
		if below, err = db.UnitsBelow(ctx, owner.ID); err != nil {
			return err
		}
	}
	rep.names = map[int64]string{}
	for _, u := range below {
		rep.names[u.ID] = u.Name
	}
	for _, t := range tasks { // units a dry run would create
		rep.names[t.UnitID] = t.UnitName
	}
	if runErr != nil {
		rep.Error = &errorReport{Code: rollout.ErrorCode(runErr), Message: errorText(runErr)}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printCascade(stdout, rep)
	}
	switch {
	case runErr == nil:
		return nil
	case *dryRun && isKey(runErr, "err.task.cascade_unknown"):
		// the dry run is where unknown names are reviewed: the error is the
		// real run's, but reading and planning went through
		return nil
	}
	return runErr
}

// isKey reports whether err is a *rollout.Error of that catalogue key.
func isKey(err error, key string) bool {
	var e *rollout.Error
	return errors.As(err, &e) && e.Key == key
}

func printCascade(w io.Writer, rep cascadeReport) {
	title := rep.Reissue.Title
	if rep.Reissue.DocNo != "" {
		title += " " + rep.Reissue.DocNo
	}
	fmt.Fprintf(w, "%s 分解第%d批任务：%s\n", rep.Unit, rep.Batch, title)
	for _, l := range rep.Plan.Lines {
		var parts []string
		for _, d := range l.Divisions {
			parts = append(parts, fmt.Sprintf("%s(%s)", unitNameOf(rep, d.UnitID), roleLabel(d.Role)))
		}
		deadline := ""
		if len(l.Divisions) > 0 && l.Divisions[0].Deadline.Text != "" {
			deadline = "  " + l.Divisions[0].Deadline.Text
		}
		fmt.Fprintf(w, "  第%2d项 %s → %s%s\n", l.ItemSeq, l.ItemName, strings.Join(parts, "、"), deadline)
	}
	if len(rep.Plan.Unknown) > 0 {
		fmt.Fprintf(w, "未识别的单位（%d 个）：\n", len(rep.Plan.Unknown))
		for _, u := range rep.Plan.Unknown {
			hint := ""
			if len(u.Suggestions) > 0 {
				hint = "，是否为：" + strings.Join(u.Suggestions, "、") + "？"
			}
			why := map[string]string{rollout.ReasonAmbiguous: "（指向不明）", rollout.ReasonVague: "（未指明具体单位）"}[u.Reason]
			fmt.Fprintf(w, "  %s%s（第%s行）%s\n", u.Name, why, joinInts(u.Lines), hint)
		}
	}
	for _, d := range append(append([]rollout.Diagnostic{}, rep.Diagnostics...), rep.Plan.Diagnostics...) {
		fmt.Fprintf(w, "  %-7s 第%d行 %s: %s\n", d.Level, d.Line, d.Code, d.Message)
	}
	switch {
	case rep.Error != nil && rep.DryRun:
		fmt.Fprintf(w, "试读（--dry-run）：未写入数据库；正式分解将不能保存：%s\n", rep.Error.Message)
	case rep.Error != nil:
		fmt.Fprintf(w, "未保存：%s\n", rep.Error.Message)
	case rep.DryRun:
		if len(rep.Created) > 0 {
			fmt.Fprintf(w, "将新建单位：%s\n", strings.Join(rep.Created, "、"))
		}
		fmt.Fprintln(w, "试读（--dry-run）：未写入数据库。")
	default:
		if len(rep.Created) > 0 {
			fmt.Fprintf(w, "已新建单位：%s\n", strings.Join(rep.Created, "、"))
		}
		fmt.Fprintf(w, "已保存 %d 个分解任务。\n", rep.Stored)
	}
}

// unitNameOf names a unit of the plan; the plan holds IDs only.
func unitNameOf(rep cascadeReport, id int64) string {
	if name, ok := rep.names[id]; ok {
		return name
	}
	return fmt.Sprintf("#%d", id)
}

func roleLabel(r rollout.TaskRole) string {
	switch r {
	case rollout.RoleLead:
		return "牵头"
	case rollout.RoleCo:
		return "配合"
	case rollout.RoleGuide:
		return "指导"
	}
	return "承担"
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, "、")
}
