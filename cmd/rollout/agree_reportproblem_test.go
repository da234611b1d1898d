package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// A report submitted with its problem box ticked raises the same problem
// whatever the entry point — the page form, the JSON API, the web's
// spreadsheet import and `rollout reports import --submit` — on each
// database: one problem on the task, titled by the text's first line, at the
// central level (each entry point reports for its own province), with the
// report as its source.
func TestReportProblemAgrees(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		st := serveOverStorage(t, db)
		ctx := st.ctx
		const pw = "Report-Problem-2024"
		const period = rollout.Period("2024Q2")
		const text = "省级平台接口标准不统一\n需中央部门明确数据标准。"
		dir := t.TempDir()
		type entry struct {
			name string
			unit *rollout.Unit
			task *rollout.Task
			c    *client
		}
		var entries []*entry
		for i, name := range []string{"page", "api", "web-import", "cli-import"} {
			u := st.unit([]string{"广东省", "浙江省", "四川省", "江苏省"}[i])
			st.account("problem-"+name, u.ID, rollout.RoleReporter, pw)
			e := &entry{name: name, unit: u, task: st.taskOf(u, 1), c: st.signIn("problem-"+name, pw)}
			if _, err := db.Step(ctx, e.task.ID, rollout.EventAcknowledge, "", ""); err != nil {
				t.Fatal(err)
			}
			entries = append(entries, e)
		}
		// filled is e's template with its task's row filled in: a status,
		// measures and the problem.
		filled := func(e *entry) string {
			t.Helper()
			file := filepath.Join(dir, e.name+".xlsx")
			if code, _, errOut := runCmd(t, "template", "--unit", e.unit.Name, "--period", string(period), "--db", dsn, file); code != 0 {
				t.Fatalf("template: %s", errOut)
			}
			f, err := excelize.OpenFile(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sh := "进展报告"
			rows, _ := f.GetRows(sh)
			cols, at := map[string]int{}, -1
			for i, r := range rows {
				if slices.Contains(r, "状态") {
					for j, c := range r {
						cols[c] = j
					}
				}
				if len(r) > 0 && r[0] == fmt.Sprintf("T-%06d", e.task.ID) {
					at = i
				}
			}
			if at < 0 {
				t.Fatalf("no row of task %d", e.task.ID)
			}
			for title, v := range map[string]string{"状态": "推进中", "工作措施及进展": "正在推进", "是否存在问题": "是", "问题说明": text} {
				j, ok := cols[title]
				if !ok {
					t.Fatalf("no column %s", title)
				}
				name, _ := excelize.CoordinatesToCellName(j+1, at+1)
				f.SetCellValue(sh, name, v)
			}
			out := filepath.Join(dir, e.name+"-filled.xlsx")
			if err := f.SaveAs(out); err != nil {
				t.Fatal(err)
			}
			return out
		}
		for _, e := range entries {
			var code int
			var said string
			switch e.name {
			case "page":
				form := url.Values{"period": {string(period)}, "version": {"0"}, "status": {"in_progress"}, "measures": {"正在推进"},
					"problem": {"1"}, "problem_text": {text}, "action": {"submit"}}
				code, said = e.c.send("POST", fmt.Sprintf("/tasks/%d/report", e.task.ID), "application/x-www-form-urlencoded", form.Encode())
				code -= 303 - 200
			case "api":
				b, _ := json.Marshal(map[string]any{"version": 0, "status": "in_progress", "measures": "正在推进", "problem": true,
					"problem_text": text, "submit": true})
				code, said = e.c.do("PUT", fmt.Sprintf("/api/v1/tasks/%d/reports/%s", e.task.ID, period), string(b))
			case "web-import":
				data, err := os.ReadFile(filled(e))
				if err != nil {
					t.Fatal(err)
				}
				code, said = e.c.send("POST", fmt.Sprintf("/api/v1/units/%d/reports/import?submit=true", e.unit.ID),
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", string(data))
			default:
				var errOut string
				code, _, errOut = runCmd(t, "reports", "import", "--submit", "--db", dsn, filled(e))
				code, said = 200-code, errOut
			}
			if code != 200 {
				t.Fatalf("%s: %d %.1000s", e.name, code, said)
			}
		}
		// What storage holds for each: one problem on the task, as one line.
		var lines []string
		for _, e := range entries {
			ps, err := db.Problems(ctx, rollout.ProblemFilter{TaskID: e.task.ID})
			if err != nil || len(ps) != 1 {
				t.Fatalf("%s: %d problems %v", e.name, len(ps), err)
			}
			p, err := db.Problem(ctx, ps[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			var route []string
			for _, s := range p.Route {
				if s.UnitID != e.unit.ID {
					route = append(route, string(s.Level)+":"+s.UnitName)
				}
			}
			slices.Sort(route)
			r := p.Reports
			lines = append(lines, fmt.Sprintf("%q %q %s %s raiser=%v route=%v reports=%d raised=%v period=%v", p.Title, p.Body, p.State, p.Level,
				p.UnitID == e.unit.ID, route, len(r), len(r) == 1 && r[0].Raised, len(r) == 1 && r[0].Period == period))
		}
		want := fmt.Sprintf(`"省级平台接口标准不统一" %q open central raiser=true`, text)
		for i, l := range lines {
			if !strings.HasPrefix(l, want) || !strings.HasSuffix(l, "reports=1 raised=true period=true") || l != lines[0] {
				t.Errorf("%s: %s\nwant as %s: %s", entries[i].name, l, entries[0].name, lines[0])
			}
		}
	})
}
