package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// A unit's template, exported, filled as a person would in a spreadsheet
// program, and imported, gives the reports typed in; a file with errors changes
// nothing and lists each error by row and column.
func TestTemplateRoundTrip(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			for _, args := range [][]string{{"units", "load"}, {"import", noticeText}, {"assign"}} {
				if code, _, errOut := runCmd(t, append(args, "--db", dsn)...); code != 0 {
					t.Fatalf("%v: %s", args, errOut)
				}
			}
			dir := t.TempDir()
			tmpl := filepath.Join(dir, "gd-2024Q1.xlsx")
			if code, out, errOut := runCmd(t, "template", "--unit", "广东省", "--period", "2024Q1", "--db", dsn, tmpl); code != 0 || !strings.Contains(out, "23 个任务") {
				t.Fatalf("template: exit %d %s %s", code, out, errOut)
			}

			// Fill it: every task a status, item 1 measures and a document.
			f, err := excelize.OpenFile(tmpl)
			if err != nil {
				t.Fatal(err)
			}
			sheet := f.GetSheetName(0)
			rows, _ := f.GetRows(sheet)
			head := -1
			cols := map[string]int{}
			for i, r := range rows {
				for j, c := range r {
					if c == "状态" {
						head = i
					}
					cols[c] = j
				}
				if head >= 0 {
					break
				}
			}
			if head < 0 {
				t.Fatalf("no header row in %v", rows[:3])
			}
			cell := func(row int, title string) string {
				name, _ := excelize.CoordinatesToCellName(cols[title]+1, row+1)
				return name
			}
			n := 0
			for i := head + 1; i < len(rows); i++ {
				if len(rows[i]) == 0 || rows[i][0] == "" {
					continue
				}
				n++
				f.SetCellValue(sheet, cell(i, "状态"), "推进中")
				if rows[i][cols["序号"]] == "1" {
					f.SetCellValue(sheet, cell(i, "状态"), "已落地")
					f.SetCellValue(sheet, cell(i, "工作措施及进展"), "已印发实施方案，全省工程建设项目审批系统完成对接。")
					f.SetCellValue(sheet, cell(i, "配套文件名称"), "广东省工程建设项目审批制度改革实施方案")
					f.SetCellValue(sheet, cell(i, "文号"), "粤府〔2023〕88号")
					f.SetCellValue(sheet, cell(i, "印发日期"), "2023-09-01")
				}
			}
			if n != 23 {
				t.Fatalf("%d task rows in the template, want 23", n)
			}
			filled := filepath.Join(dir, "filled.xlsx")
			if err := f.SaveAs(filled); err != nil {
				t.Fatal(err)
			}

			// A copy with two mistakes: nothing is saved, both are named.
			bad, _ := excelize.OpenFile(filled)
			bad.SetCellValue(sheet, cell(head+1, "状态"), "基本完成")
			bad.SetCellValue(sheet, cell(head+2, "印发日期"), "去年九月")
			bad.SetCellValue(sheet, cell(head+2, "配套文件名称"), "某文件")
			badFile := filepath.Join(dir, "bad.xlsx")
			bad.SaveAs(badFile)
			code, _, errOut := runCmd(t, "reports", "import", "--db", dsn, badFile)
			if code != 2 || !strings.Contains(errOut, "状态") || !strings.Contains(errOut, "印发日期") || !strings.Contains(errOut, "未保存") {
				t.Errorf("bad file: exit %d\n%s", code, errOut)
			}
			checkReports(t, dsn, 0)

			if code, out, errOut := runCmd(t, "reports", "import", "--dry-run", "--db", dsn, filled); code != 0 || !strings.Contains(out, "23 行有效，其中 0 行未改动") {
				t.Fatalf("dry run: exit %d %s %s", code, out, errOut)
			}
			checkReports(t, dsn, 0)
			if code, out, errOut := runCmd(t, "reports", "import", "--db", dsn, filled); code != 0 || !strings.Contains(out, "23 份报告") {
				t.Fatalf("import: exit %d %s %s", code, out, errOut)
			}
			checkReports(t, dsn, 23)
			// The same file again: every row as stored, but made from version 0,
			// which is gone: refused as stale, as the web's import refuses it
			// (one import for both), and nothing is saved.
			if code, out, errOut := runCmd(t, "reports", "import", "--db", dsn, filled); code != 1 || !strings.Contains(errOut, "该报告已被他人修改（当前为第1版") {
				t.Errorf("re-import of the same file: exit %d %s %s", code, out, errOut)
			}
			checkReports(t, dsn, 23)
			// The same file with one row changed edits version 0, which is gone: refused whole.
			stale, _ := excelize.OpenFile(filled)
			stale.SetCellValue(sheet, cell(head+1, "工作措施及进展"), "另一位同事的修改")
			staleFile := filepath.Join(dir, "stale.xlsx")
			stale.SaveAs(staleFile)
			if code, _, errOut := runCmd(t, "reports", "import", "--db", dsn, staleFile); code != 1 || !strings.Contains(errOut, "已被他人修改") {
				t.Errorf("stale re-import: exit %d %s", code, errOut)
			}
			checkReports(t, dsn, 23)
			// A fresh template keeps an attached file through a round trip.
			keepAttachment(t, dsn)
			os.Remove(filled)
		})
	}
}

// checkReports counts 广东省's 2024Q1 reports and checks item 1's content.
func checkReports(t *testing.T, dsn string, want int) {
	t.Helper()
	ctx := context.Background()
	db, err := sqldb.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	gd, _ := db.UnitByName(ctx, "广东省")
	tasks, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
	got := 0
	for _, tk := range tasks {
		r, err := db.Report(ctx, tk.ID, "2024Q1")
		if rollout.ErrorCode(err) == rollout.ENOTFOUND {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got++
		if tk.ItemSeq == 1 && (r.Status != rollout.StatusImplemented || len(r.Evidence) != 1 || r.Evidence[0].DocNo != "粤府〔2023〕88号" ||
			r.Evidence[0].Date.Format("2006-01-02") != "2023-09-01" || !strings.Contains(r.Measures, "实施方案")) {
			t.Errorf("item 1's report = %+v", r)
		}
		if tk.ItemSeq == 1 && tk.State != rollout.StateInWork {
			t.Errorf("item 1's task is %s after the import, want in_work", tk.State)
		}
	}
	if got != want {
		t.Errorf("%d reports stored, want %d", got, want)
	}
}

// keepAttachment attaches a file to item 1's report, exports a fresh template,
// edits the row and imports it: the file is still evidence of the report.
func keepAttachment(t *testing.T, dsn string) {
	t.Helper()
	ctx := context.Background()
	db, err := sqldb.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	gd, _ := db.UnitByName(ctx, "广东省")
	tasks, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
	var r *rollout.Report
	for _, tk := range tasks {
		if tk.ItemSeq == 1 {
			r, _ = db.Report(ctx, tk.ID, "2024Q1")
		}
	}
	if _, err := db.AddAttachment(ctx, r.ID, rollout.Evidence{Title: "扫描件", FileName: "方案.pdf"}, []byte("%PDF-1.4\n%%EOF\n")); err != nil {
		t.Fatal(err)
	}
	db.Close()
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "fresh.xlsx")
	if code, _, errOut := runCmd(t, "template", "--unit", "广东省", "--period", "2024Q1", "--db", dsn, tmpl); code != 0 {
		t.Fatal(errOut)
	}
	f, _ := excelize.OpenFile(tmpl)
	sheet := f.GetSheetName(0)
	rows, _ := f.GetRows(sheet)
	for i, row := range rows {
		for j, c := range row {
			if c == "工程建设项目审批统一化、标准化、信息化" {
				name, _ := excelize.CoordinatesToCellName(j+1+4, i+1) // 工作措施及进展, four columns to the right
				f.SetCellValue(sheet, name, "已印发实施方案并完成系统对接，第二季度继续推进。")
			}
		}
	}
	f.SaveAs(tmpl)
	if code, out, errOut := runCmd(t, "reports", "import", "--db", dsn, tmpl); code != 0 || !strings.Contains(out, "1 份报告") {
		t.Fatalf("import of the fresh template: exit %d %s %s", code, out, errOut)
	}
	db, _ = sqldb.Open(ctx, dsn)
	defer db.Close()
	after, _ := db.Report(ctx, r.TaskID, "2024Q1")
	files := 0
	for _, e := range after.Evidence {
		if e.FileName != "" {
			files++
		}
	}
	if files != 1 || !strings.Contains(after.Measures, "第二季度") || len(after.Evidence) != 2 {
		t.Errorf("after the import: %d files, evidence %+v, measures %q", files, after.Evidence, after.Measures)
	}
}
