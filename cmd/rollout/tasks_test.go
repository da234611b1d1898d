package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rollout/sqldb/sqldbtest"
)

func TestUnitsAssignTasks(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			mustRun := func(args ...string) string {
				t.Helper()
				code, out, errOut := runCmd(t, append(args, "--db", dsn)...)
				if code != 0 {
					t.Fatalf("rollout %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
				}
				return out
			}
			if out := mustRun("units", "load"); !strings.Contains(out, "新增 3449 个") {
				t.Errorf("units load: %s", out)
			}
			// Assigning before any notice is a clear error.
			if code, _, errOut := runCmd(t, "assign", "--db", dsn); code != 1 || !strings.Contains(errOut, "rollout import") {
				t.Errorf("assign on a database without notices: exit %d, %s", code, errOut)
			}
			if out := mustRun("units", "load"); !strings.Contains(out, "新增 0 个") {
				t.Errorf("units load again: %s", out)
			}
			mustRun("import", noticeText)
			if out := mustRun("assign"); !strings.Contains(out, "新建承担任务 715 个、指导任务 33 个") {
				t.Errorf("assign: %s", out)
			}
			if out := mustRun("assign", "--batch", "7"); !strings.Contains(out, "新建承担任务 0 个、指导任务 0 个；已有任务 748 个") {
				t.Errorf("assign again: %s", out)
			}

			var rows []taskRow
			if err := json.Unmarshal([]byte(mustRun("tasks", "--json")), &rows); err != nil {
				t.Fatal(err)
			}
			roles := map[string]int{}
			for _, r := range rows {
				roles[r.Role]++
			}
			if len(rows) != 748 || roles["implement"] != 715 || roles["guide"] != 33 {
				t.Errorf("tasks: %d rows, roles %v", len(rows), roles)
			}
			// Keys scripts depend on.
			var raw []map[string]any
			json.Unmarshal([]byte(mustRun("tasks", "--batch", "7", "--unit", "四川省", "--json")), &raw)
			if len(raw) != 23 { // its own 22 and its FTZ's task for item 23
				t.Errorf("四川省 and below: %d tasks, want 23", len(raw))
			}
			for _, k := range []string{"item_seq", "batch", "unit", "unit_code", "unit_kind", "role", "parent_unit", "deadline"} {
				if _, ok := raw[0][k]; !ok {
					t.Errorf("tasks --json lacks %q", k)
				}
			}
			for _, r := range raw {
				if r["item_seq"].(float64) == 24 {
					t.Error("四川省 has a task for item 24")
				}
				if r["unit_kind"] == "ftz" {
					if r["item_seq"].(float64) != 23 || r["unit"] != "四川自贸试验区" {
						t.Errorf("FTZ task = %v", r)
					}
					continue
				}
				if r["unit_code"] != "510000" || r["parent_unit"] != "国务院" || r["role"] != "implement" {
					t.Errorf("四川省 task = %v", r)
				}
			}

			// The batch's reporting rhythm.
			if out := mustRun("rhythm", "monthly"); !strings.Contains(out, "第7批的报告周期：monthly") {
				t.Errorf("rhythm: %s", out)
			}
			if code, _, errOut := runCmd(t, "rhythm", "weekly", "--db", dsn); code != 1 || !strings.Contains(errOut, "无效") {
				t.Errorf("rhythm weekly: exit %d %s", code, errOut)
			}

			// Unit administration from the command line.
			mustRun("units", "add", "--parent", "广东省", "--kind", "department", "--full-name", "广东省商务厅", "省商务厅")
			mustRun("units", "rename", "广东省商务厅", "省商务厅（省自贸办）")
			if out := mustRun("units", "show", "省商务厅"); !strings.Contains(out, "省商务厅（省自贸办）") {
				t.Errorf("show by old name: %s", out)
			}
			if code, _, errOut := runCmd(t, "units", "show", "朝阳区", "--db", dsn); code != 1 || !strings.Contains(errOut, "多个单位") {
				t.Errorf("ambiguous show: exit %d %s", code, errOut)
			}
			if code, _, _ := runCmd(t, "units", "frob", "--db", dsn); code != 2 {
				t.Errorf("unknown subcommand: exit %d", code)
			}
		})
	}
}

// An item whose scope is not resolved automatically gets no task until the
// coordinator confirms its units; then assign gives them one each.
func TestScopeConfirmation(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			run := func(args ...string) (int, string, string) {
				t.Helper()
				return runCmd(t, append(args, "--db", dsn)...)
			}
			src, _ := os.ReadFile(noticeText)
			doc := filepath.Join(t.TempDir(), "notice.txt")
			os.WriteFile(doc, bytes.Replace(src, []byte("工业和信息化部\t全国"), []byte("工业和信息化部\t有需求的地区"), 1), 0o644)
			run("units", "load")
			if code, _, errOut := run("import", doc); code != 0 {
				t.Fatalf("import: %s", errOut)
			}
			code, out, errOut := run("assign")
			if code != 1 || !strings.Contains(errOut, "第15项") || !strings.Contains(errOut, "有需求的地区") ||
				!strings.Contains(out, "新建承担任务 684 个") { // 715 less item 15's 31
				t.Fatalf("assign with an unresolved scope: exit %d\n%s%s", code, out, errOut)
			}
			if code, _, errOut := run("scope", "--item", "1", "广东省"); code != 1 || !strings.Contains(errOut, "自动确定") {
				t.Errorf("confirming a nationwide item: exit %d %s", code, errOut)
			}
			if code, _, errOut := run("scope", "--item", "15", "深圳市"); code != 1 || !strings.Contains(errOut, "不能作为第一级实施单位") {
				t.Errorf("confirming a city: exit %d %s", code, errOut)
			}
			if code, out, errOut := run("scope", "--item", "15", "--reason", "制造业智能化转型需求", "广东省", "浙江省"); code != 0 {
				t.Fatalf("scope: exit %d %s %s", code, out, errOut)
			}
			if code, out, errOut := run("assign"); code != 0 || !strings.Contains(out, "新建承担任务 2 个、指导任务 1 个") {
				t.Errorf("assign after confirming: exit %d\n%s%s", code, out, errOut)
			}
		})
	}
}
