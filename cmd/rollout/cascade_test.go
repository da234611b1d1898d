package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rollout/sqldb/sqldbtest"
)

const reissueGD = "../../notice/testdata/reissue-gd-2023-211.txt"

// A province's re-issue, end to end: read and planned against the real unit
// tree, refused while names are unknown, stored once the user confirms creating
// them, and idempotent.
func TestCascadeCommand(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			run := func(args ...string) (int, string, string) {
				t.Helper()
				return runCmd(t, append(args, "--db", dsn)...)
			}
			for _, args := range [][]string{{"units", "load"}, {"import", noticeText}, {"assign"}} {
				if code, out, errOut := run(args...); code != 0 {
					t.Fatalf("%v: exit %d %s %s", args, code, out, errOut)
				}
			}

			// The realistic document: departments unknown until created, abbreviations
			// suggested, vertical agencies reported, vague names block storing.
			code, out, errOut := run("cascade", "--dry-run", "--json", "--unit", "广东省", reissueGD)
			if code != 0 {
				t.Fatalf("dry run: exit %d %s", code, errOut)
			}
			var rep cascadeReport
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatal(err)
			}
			if len(rep.Plan.Lines) < 20 || rep.Unit != "广东省" || rep.Batch != 7 || !rep.DryRun {
				t.Errorf("plan: %d lines, unit %s, batch %d", len(rep.Plan.Lines), rep.Unit, rep.Batch)
			}
			reasons := map[string]string{}
			for _, u := range rep.Plan.Unknown {
				reasons[u.Name] = u.Reason
			}
			// 省商务厅 and the other standard departments are created on first use;
			// a miswritten one is not
			if _, ok := reasons["省商务厅"]; ok || reasons["省市场监督局"] != "unknown" || reasons["沿海各地级以上市人民政府"] != "vague" {
				t.Errorf("unknown names: %v", reasons)
			}
			code, out, _ = run("cascade", "--create-units", "--unit", "广东省", reissueGD)
			if code != 1 || !strings.Contains(out, "未保存") || !strings.Contains(out, "沿海各地级以上市人民政府") {
				t.Errorf("vague names must block storing: exit %d\n%s", code, out)
			}
			if _, out, _ := run("tasks", "--unit", "广东省", "--json"); strings.Contains(out, `"role":"lead"`) {
				t.Error("a refused cascade stored tasks")
			}
			if _, out, _ := run("units", "show", "广东省"); strings.Contains(out, "省商务厅") {
				t.Error("a refused cascade created units")
			}

			// A clean document: three standard departments created on first use
			// (not asked), two cities, a phrase deadline.
			doc := filepath.Join(t.TempDir(), "gd.txt")
			os.WriteFile(doc, []byte("广东省人民政府关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知\n\n"+
				"序号\t改革事项\t牵头单位\t配合单位\t完成时限\n"+
				"1\t工程建设项目审批统一化、标准化、信息化\t省住房城乡建设厅\t省政务服务数据管理局、深圳市\t2024年6月底前\n"+
				"24\t入海排污口规范化“分级分类管理”新模式\t省生态环境厅\t深圳市、广州市\t持续推进\n"), 0o644)
			code, out, errOut = run("cascade", "--unit", "广东省", doc)
			if code != 0 || !strings.Contains(out, "unit-standard: “省住房城乡建设厅”是本级政府的标准部门名称") || !strings.Contains(out, "已保存 6 个分解任务") {
				t.Fatalf("store: exit %d\n%s%s", code, out, errOut)
			}
			var rows []taskRow
			_, out, _ = run("tasks", "--unit", "广东省", "--json")
			json.Unmarshal([]byte(out), &rows)
			got := map[string]string{}
			for _, r := range rows {
				if r.ParentUnit == "广东省" {
					got[r.Unit+"/"+itoa(int64(r.ItemSeq))] = r.Role + " " + r.Deadline
				}
			}
			want := map[string]string{
				"省住房城乡建设厅/1": "lead 2024年6月底前", "省政务服务数据管理局/1": "co 2024年6月底前", "深圳市/1": "co 2024年6月底前",
				"省生态环境厅/24": "lead 持续推进", "深圳市/24": "co 持续推进", "广州市/24": "co 持续推进",
			}
			if len(got) != len(want) {
				t.Errorf("divided tasks %v, want %v", got, want)
			}
			for k, v := range want {
				if got[k] != v {
					t.Errorf("%s: %q, want %q", k, got[k], v)
				}
			}
			// Again: the units exist now, the same divisions are updated, not repeated.
			code, out, _ = run("cascade", "--unit", "广东省", doc)
			if code != 0 || strings.Contains(out, "已新建单位") {
				t.Errorf("second run: exit %d\n%s", code, out)
			}
			_, out, _ = run("tasks", "--unit", "广东省", "--json")
			var again []taskRow
			json.Unmarshal([]byte(out), &again)
			if len(again) != len(rows) {
				t.Errorf("second run changed the task count: %d → %d", len(rows), len(again))
			}
			// Another province's document names cities that are not its own: refused,
			// never created as its departments.
			code, out, _ = run("cascade", "--create-units", "--unit", "四川省", doc)
			if code != 1 || !strings.Contains(out, "不在“四川省”之下") {
				t.Errorf("cities of another province: exit %d\n%s", code, out)
			}
			// An inland province has no task for item 24: refused, nothing stored.
			inland := filepath.Join(t.TempDir(), "sc.txt")
			os.WriteFile(inland, []byte("序号\t改革事项\t牵头单位\t配合单位\t完成时限\n"+
				"24\t入海排污口规范化“分级分类管理”新模式\t成都市\t\t持续推进\n"), 0o644)
			code, out, _ = run("cascade", "--unit", "四川省", inland)
			if code != 1 || !strings.Contains(out, "第24项") {
				t.Errorf("inland province: exit %d\n%s", code, out)
			}
		})
	}
}
