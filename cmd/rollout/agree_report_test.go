package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rollout"
	"rollout/msg"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// A report save is one decision (rollout.DecideReport) whatever the entry
// point: the same report through the page form, the JSON API, the web's
// spreadsheet import and `rollout reports import` gives the same stored rows
// (the report, its versions, its indicator values) or the same refusal, on
// each database. Each entry point reports on the same item for its own
// province; the stored rows are compared with each other and with what the
// case wants.
func TestReportSaveAgrees(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		st := serveOverStorage(t, db)
		ctx := st.ctx
		const pw = "Report-Agree-2024"
		const period = rollout.Period("2024Q2")
		dir := t.TempDir()

		// An entry point: a province, a task of it for item 1 (which has
		// indicators), and how it sends a report.
		type entry struct {
			name string
			unit *rollout.Unit
			task *rollout.Task
			c    *client
		}
		var entries []*entry
		for i, name := range []string{"page", "api", "web-import", "cli-import"} {
			u := st.unit([]string{"广东省", "浙江省", "四川省", "江苏省"}[i])
			st.account("agree-"+name, u.ID, rollout.RoleReporter, pw)
			entries = append(entries, &entry{name: name, unit: u, task: st.taskOf(u, 1), c: st.signIn("agree-"+name, pw)})
		}
		ins, err := db.Indicators(ctx, entries[0].task.ItemID)
		if err != nil || len(ins) == 0 {
			t.Fatalf("indicators of item 1: %v, %v", ins, err)
		}
		ind := ins[0].ID

		// input is a report as a person states it; status as typed.
		type input struct {
			version  int
			status   string
			measures string
			value    string // of the item's first indicator; "" for none
		}
		// template is the unit's template as the command line exports it now.
		template := func(e *entry) string {
			t.Helper()
			file := filepath.Join(dir, fmt.Sprintf("%s-%d.xlsx", e.name, len(entries)))
			if code, _, errOut := runCmd(t, "template", "--unit", e.unit.Name, "--period", string(period), "--db", dsn, file); code != 0 {
				t.Fatalf("template: %s", errOut)
			}
			return file
		}
		// fill writes in into the row of e's task of the template file.
		fill := func(e *entry, file string, in input) string {
			t.Helper()
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
				t.Fatalf("no row of task %d in %s", e.task.ID, file)
			}
			set := func(title, v string) {
				j, ok := cols[title]
				if !ok {
					t.Fatalf("no column %s", title)
				}
				name, _ := excelize.CoordinatesToCellName(j+1, at+1)
				f.SetCellValue(sh, name, v)
			}
			set("状态", in.status)
			set("工作措施及进展", in.measures)
			if in.value != "" {
				set("指标1数值", in.value)
			}
			out := strings.TrimSuffix(file, ".xlsx") + "-filled.xlsx"
			if err := f.SaveAs(out); err != nil {
				t.Fatal(err)
			}
			return out
		}
		// send sends in through e, with the template file made beforehand for
		// the imports, and gives what it answered (the page's or API's body,
		// the command's standard error) and whether it was refused.
		send := func(e *entry, file string, in input) (string, bool) {
			t.Helper()
			switch e.name {
			case "page":
				form := url.Values{"period": {string(period)}, "version": {strconv.Itoa(in.version)}, "status": {in.status},
					"measures": {in.measures}, "action": {"save"}, "indicators": {"1"}}
				if in.value != "" {
					form.Set(fmt.Sprintf("ind-%d", ind), in.value)
				}
				code, body := e.c.send("POST", fmt.Sprintf("/tasks/%d/report", e.task.ID), "application/x-www-form-urlencoded", form.Encode())
				return body, code != 303
			case "api":
				req := map[string]any{"version": in.version, "status": in.status, "measures": in.measures}
				if in.value != "" {
					v, _ := strconv.ParseFloat(in.value, 64)
					req["indicator_values"] = []map[string]any{{"indicator_id": ind, "value": v}}
				}
				b, _ := json.Marshal(req)
				code, body := e.c.do("PUT", fmt.Sprintf("/api/v1/tasks/%d/reports/%s", e.task.ID, period), string(b))
				return body, code != 200
			case "web-import":
				data, err := os.ReadFile(fill(e, file, in))
				if err != nil {
					t.Fatal(err)
				}
				code, body := e.c.send("POST", fmt.Sprintf("/api/v1/units/%d/reports/import", e.unit.ID),
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", string(data))
				return body, code != 200
			default:
				code, _, errOut := runCmd(t, "reports", "import", "--db", dsn, fill(e, file, in))
				return errOut, code != 0
			}
		}
		// stored is what storage holds for e's report: its fields, its
		// number of versions and its values, as one comparable line.
		stored := func(e *entry) string {
			t.Helper()
			r, err := db.Report(ctx, e.task.ID, period)
			if rollout.ErrorCode(err) == rollout.ENOTFOUND {
				return "none"
			}
			if err != nil {
				t.Fatal(err)
			}
			vs, err := db.ReportVersions(ctx, r.ID)
			if err != nil {
				t.Fatal(err)
			}
			values := []string{}
			for _, v := range r.Values {
				values = append(values, fmt.Sprintf("%d=%g", v.IndicatorID, v.Value))
			}
			return fmt.Sprintf("v%d/%d versions: %s %q problem=%v submitted=%v evidence=%d values=%v", r.Version, len(vs),
				r.Status, r.Measures, r.Problem, r.Submitted, len(r.Evidence), values)
		}
		// Every task acknowledged, so that the page and the API may report.
		for _, e := range entries {
			if _, err := db.Step(ctx, e.task.ID, rollout.EventAcknowledge, "", ""); err != nil {
				t.Fatal(err)
			}
		}

		long := strings.Repeat("措", rollout.MaxMeasuresRunes+1)
		for _, c := range []struct {
			name string
			in   input
			// before: a save made directly after the templates were exported
			// (another person's), making the input stale.
			before bool
			want   string // the stored rows wanted; "" for the rows as they were
			// refusal: the sentence said, by entry point ("" for all alike).
			refusal map[string]string
		}{
			{name: "too long a field", in: input{status: "in_progress", measures: long},
				refusal: map[string]string{"": msg.Text(msg.ZH, "err.report.too_long", rollout.FieldMeasures, rollout.MaxMeasuresRunes, rollout.MaxMeasuresRunes+1)}},
			{name: "valid, with an indicator value", in: input{status: "in_progress", measures: "按计划推进", value: "12.5"},
				want: fmt.Sprintf(`v1/1 versions: in_progress "按计划推进" problem=false submitted=false evidence=0 values=[%d=12.5]`, ind)},
			{name: "an indicator value changed", in: input{version: 1, status: "implemented", measures: "已落地", value: "8"},
				want: fmt.Sprintf(`v2/2 versions: implemented "已落地" problem=false submitted=false evidence=0 values=[%d=8]`, ind)},
			{name: "bad status", in: input{version: 2, status: "done", measures: "x"},
				// One sentence of one key wherever the status is typed.
				refusal: map[string]string{"": msg.Text(msg.ZH, "err.report.bad_status", "done", rollout.StatusChoices)}},
			{name: "not applicable without a reason", in: input{version: 2, status: "not_applicable"},
				refusal: map[string]string{"": msg.Text(msg.ZH, "err.report.na_reason")}},
			{name: "stale version", in: input{version: 2, status: "deepening", measures: "旧版本上的修改"}, before: true,
				want:    `v3/3 versions: implemented "他人的修改" problem=false submitted=false evidence=0 values=[` + strconv.FormatInt(ind, 10) + `=8]`,
				refusal: map[string]string{"": "该报告已被他人修改（当前为第3版"}},
		} {
			t.Run(c.name, func(t *testing.T) {
				files := map[string]string{}
				rows := map[string]string{}
				for _, e := range entries {
					files[e.name] = template(e)
					rows[e.name] = stored(e)
				}
				if c.before {
					for _, e := range entries {
						r, err := db.Report(ctx, e.task.ID, period)
						if err != nil {
							t.Fatal(err)
						}
						r.Measures = "他人的修改"
						if _, err := db.SaveReport(ctx, r, false); err != nil {
							t.Fatal(err)
						}
					}
				}
				for _, e := range entries {
					said, refused := send(e, files[e.name], c.in)
					wantRefusal := c.refusal[e.name]
					if wantRefusal == "" {
						wantRefusal = c.refusal[""]
					}
					switch {
					case wantRefusal == "" && refused:
						t.Errorf("%s refused: %s", e.name, said)
					case wantRefusal != "" && !refused:
						t.Errorf("%s saved what the others refuse", e.name)
					case wantRefusal != "" && !strings.Contains(said, wantRefusal):
						t.Errorf("%s did not say %q:\n%.2000s", e.name, wantRefusal, said)
					}
					got := stored(e)
					want := c.want
					if want == "" {
						want = rows[e.name]
					}
					if got != want {
						t.Errorf("%s stored\n %s\nwant\n %s", e.name, got, want)
					}
				}
			})
		}
	})
}
