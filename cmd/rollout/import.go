package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"rollout"
	"rollout/intake"
	"rollout/notice"
	"rollout/sqldb"
)

// importReport is what `rollout import --json` prints for each file
// (intake.Report: POST /api/v1/notices answers the same).
type importReport = intake.Report

type itemReport = intake.Item

type errorReport = intake.Error

const importUsage = `用法: rollout import [--dry-run] [--json] [--batch N] [--db DSN] FILE...

读取国务院通知（文本、Markdown、网页、Word .docx 或带文字的 PDF；UTF-8 或 GBK/GB18030），报告读取结果并（非 --dry-run 时）存入数据库。
附件任务分工表的列名可为 负责单位/负责部门/牵头单位/责任单位、推广范围/复制推广范围/适用范围（主要内容可缺）；
各列可以制表符、连续空格、“|”分隔，或每格一行。没有附件时按正文列出的事项读取（主要内容、负责单位留空）。
标题没有写明“第N批”（如“新一批”）时，用 --batch N 指定批次。

退出码 / exit status:
  0  已读取（非 --dry-run 时已存入或内容相同）
  1  已读取但不能导入（--json 的 "error" 和 "diagnostics" 说明原因）
  2  不是可读取的通知（或命令用法错误）；--json 时输出 {"file": …, "error": {"code", "message"}}

`

func cmdImport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dryRun := fs.Bool("dry-run", false, "read and report only; store nothing")
	asJSON := fs.Bool("json", false, "print one JSON object per file on standard output")
	dsn := fs.String("db", envOr("ROLLOUT_DB", ""), "database: file path, sqlite:PATH or postgres:// URL (env ROLLOUT_DB; default ./rollout.db)")
	batch := fs.Int("batch", 0, "the batch the notice orders, for a title without 第N批 (新一批); given, it wins over the text")
	fs.Usage = func() {
		fmt.Fprint(stderr, importUsage)
		fs.PrintDefaults()
	}
	files, err := parseArgs(fs, args)
	if err != nil {
		return exitBadInput
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "rollout import: 请指定至少一个通知文件。")
		fs.Usage()
		return exitBadInput
	}

	var db *sqldb.DB
	if !*dryRun {
		if db, err = sqldb.Open(ctx, *dsn); err != nil {
			fmt.Fprintf(stderr, "rollout import: %v\n", err)
			return exitFailure
		}
		defer db.Close()
	}

	status := exitOK
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, file := range files {
		r, code := importFile(ctx, db, file, notice.Options{Batch: *batch})
		status = max(status, code)
		if *asJSON {
			if err := enc.Encode(r); err != nil {
				fmt.Fprintf(stderr, "rollout import: %v\n", err)
				return exitFailure
			}
			continue
		}
		printImportReport(stdout, stderr, r)
	}
	return status
}

// readNotice reads a notice's document, refusing one beyond the domain's
// bound (rollout.CheckNoticeSize) before reading more of it than the bound.
func readNotice(file string) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, rollout.E(rollout.EINVALID, "err.catalog.unreadable", file, errors.Unwrap(err))
	}
	defer f.Close()
	src, err := io.ReadAll(io.LimitReader(f, rollout.MaxNoticeBytes+1))
	if err != nil {
		return nil, rollout.E(rollout.EINVALID, "err.catalog.unreadable", file, err)
	}
	if err := rollout.CheckNoticeSize(len(src)); err != nil {
		if st, serr := f.Stat(); serr == nil {
			return nil, rollout.CheckNoticeSize(int(st.Size()))
		}
		return nil, err
	}
	return src, nil
}

// importFile reads, checks and (with db) stores one file through
// intake.Importer, as the web does. It returns the report and the exit status
// it deserves.
func importFile(ctx context.Context, db *sqldb.DB, file string, opt notice.Options) (importReport, int) {
	src, err := readNotice(file)
	if err != nil {
		return importReport{File: file, Diagnostics: []rollout.Diagnostic{},
			Error: &errorReport{Code: rollout.ErrorCode(err), Message: rollout.ErrorMessage(err)}}, exitBadInput
	}
	im := intake.Importer{}
	if db != nil {
		im = intake.Importer{Catalog: db, Seed: db}
	}
	out := im.Import(ctx, file, src, opt, db == nil)
	r := out.Report
	if out.Err == nil {
		return r, exitOK
	}
	r.Error = &errorReport{Code: rollout.ErrorCode(out.Err), Message: rollout.ErrorMessage(out.Err)}
	if rollout.ErrorCode(out.Err) == rollout.EINTERNAL {
		r.Error.Message = out.Err.Error()
	}
	if !out.Read {
		return r, exitBadInput
	}
	return r, exitFailure
}

// printImportReport writes what a person reads: the header, the domains with
// their items, the specific-region items, the diagnostics and the outcome.
func printImportReport(stdout, stderr io.Writer, r importReport) {
	if r.Notice == nil {
		fmt.Fprintf(stderr, "%s: %s\n", r.File, r.Error.Message)
		return
	}
	h := r.Notice
	fmt.Fprintf(stdout, "%s\n  %s %s  %s  第%d批  %s\n", r.File, h.DocNo, h.Issuer, h.IssuedOn, h.Batch, h.Title)
	byseq := map[int]itemReport{}
	inDomain := map[int]bool{}
	for _, it := range r.Items {
		byseq[it.Seq] = it
	}
	for _, d := range r.Domains {
		fmt.Fprintf(stdout, "  %s（%d项）\n", d.Name, len(d.Items))
		for _, s := range d.Items {
			inDomain[s] = true
			printItemLine(stdout, byseq[s])
		}
	}
	var special []itemReport
	for _, it := range r.Items {
		if !inDomain[it.Seq] {
			special = append(special, it)
		}
	}
	if len(special) > 0 {
		fmt.Fprintf(stdout, "  特定区域（%d项）\n", len(special))
		for _, it := range special {
			printItemLine(stdout, it)
		}
	}
	if len(r.Diagnostics) > 0 {
		fmt.Fprintf(stdout, "  诊断（%d条）\n", len(r.Diagnostics))
		for _, d := range r.Diagnostics {
			fmt.Fprintf(stdout, "    %-7s 第%d行 %s: %s\n", d.Level, d.Line, d.Code, d.Message)
		}
	}
	switch {
	case r.Error != nil:
		fmt.Fprintf(stderr, "%s: 未导入：%s\n", r.File, r.Error.Message)
	case r.Stored == "created":
		fmt.Fprintf(stdout, "  已导入：第%d批，%d项。\n", h.Batch, len(r.Items))
	case r.Stored == "unchanged":
		fmt.Fprintf(stdout, "  未改变：%s 已导入过，内容相同。\n", h.DocNo)
	case r.Stored == "dry-run":
		fmt.Fprintf(stdout, "  试读（--dry-run）：未写入数据库。\n")
	}
}

func printItemLine(w io.Writer, it itemReport) {
	alias := ""
	if len(it.Aliases) > 0 {
		alias = "（正文：" + strings.Join(it.Aliases, "；") + "）"
	}
	fmt.Fprintf(w, "    %2d. %s%s — %s — %s\n", it.Seq, it.Name, alias, strings.Join(it.Responsible, "、"), it.Scope)
}
