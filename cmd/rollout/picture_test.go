package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"rollout"
	"rollout/sheet"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// Over the real storage on both databases: the 7th batch is seeded with its
// proposed indicators; a unit reports indicator values by form and by API;
// the matrix the API gives sums to what rollout check recomputes; the
// national picture renders.
func TestPictureAndIndicatorsOverStorage(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		st := serveOverStorage(t, db)
		ctx, gd := st.ctx, st.unit("广东省")
		root, err := db.RootUnit(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ts, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID})
		if err != nil {
			t.Fatal(err)
		}
		task := ts[0] // item 1
		ins, err := db.Indicators(ctx, task.ItemID)
		if err != nil || len(ins) != 2 || !ins[0].Proposed || ins[0].Name != "工程建设项目审批时长中位数" {
			t.Fatalf("seeded indicators of item 1: %+v, %v", ins, err)
		}
		st.account("gd.reporter", gd.ID, rollout.RoleReporter, "Picture-Test-2024")
		st.account("mofcom", root.ID, rollout.RoleCoordinator, "Picture-Test-2024")
		rep, coord := st.signIn("gd.reporter", "Picture-Test-2024"), st.signIn("mofcom", "Picture-Test-2024")

		// The form: indicator fields, saved with the report.
		if code, body := rep.send("POST", fmt.Sprintf("/tasks/%d/steps", task.ID), "application/x-www-form-urlencoded", "kind=acknowledge"); code != 303 {
			t.Fatalf("acknowledge: %d %s", code, body)
		}
		if code, body := rep.do("GET", fmt.Sprintf("/tasks/%d/report?period=2024Q1", task.ID), ""); code != 200 ||
			!strings.Contains(body, fmt.Sprintf(`name="ind-%d"`, ins[0].ID)) || !strings.Contains(body, "工程建设项目审批时长中位数") {
			t.Fatalf("report form: %d, lacks the indicator fields", code)
		}
		form := url.Values{"period": {"2024Q1"}, "version": {"0"}, "status": {"implemented"}, "action": {"save"}, "indicators": {"1"},
			fmt.Sprintf("ind-%d", ins[0].ID): {"12.5"}, fmt.Sprintf("ind-%d", ins[1].ID): {""}}
		if code, body := rep.send("POST", fmt.Sprintf("/tasks/%d/report", task.ID), "application/x-www-form-urlencoded", form.Encode()); code != 303 {
			t.Fatalf("report by form: %d %s", code, body)
		}
		saved, err := db.Report(ctx, task.ID, "2024Q1")
		if err != nil || len(saved.Values) != 1 || saved.Values[0].Value != 12.5 || saved.Values[0].IndicatorID != ins[0].ID {
			t.Fatalf("values saved by the form: %+v, %v", saved, err)
		}
		// By API: a value of an indicator of another item is refused, by its
		// number; a submission without values keeps those saved.
		other, _ := db.Indicators(ctx, ts[1].ItemID)
		if code, body := rep.send("PUT", fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q2", task.ID), "application/json",
			fmt.Sprintf(`{"version": 0, "status": "implemented", "indicator_values": [{"indicator_id": %d, "value": 3}]}`, other[0].ID)); code != 400 ||
			!strings.Contains(body, fmt.Sprint(other[0].ID)) {
			t.Errorf("a foreign indicator: %d %s", code, body)
		}
		if code, body := rep.send("PUT", fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q1", task.ID), "application/json",
			`{"version": 1, "status": "implemented", "submit": true}`); code != 200 {
			t.Fatalf("submit by API: %d %s", code, body)
		}
		if code, body := rep.do("GET", fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q1", task.ID), ""); code != 200 ||
			!strings.Contains(body, `"indicator_values": [`) || !strings.Contains(body, `"value": 12.5`) {
			t.Errorf("report by API: %d %s", code, body)
		}

		// The task's page shows them.
		if code, body := rep.do("GET", fmt.Sprintf("/tasks/%d?period=2024Q1", task.ID), ""); code != 200 ||
			!strings.Contains(body, "工程建设项目审批时长中位数</span>：12.5") {
			t.Errorf("task page: %d, lacks the value", code)
		}

		// The template carries the indicator columns with the values stored.
		code, body := rep.do("GET", fmt.Sprintf("/units/%d/template.xlsx?period=2024Q1", gd.ID), "")
		if code != 200 {
			t.Fatalf("template: %d", code)
		}
		filled, err := sheet.ReadTemplate([]byte(body))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, row := range filled.Rows {
			if row.TaskID == task.ID {
				found = len(row.Report.Values) == 1 && row.Report.Values[0].IndicatorID == ins[0].ID && row.Report.Values[0].Value == 12.5
			}
		}
		if !found || len(filled.Errors) != 0 {
			t.Errorf("template of 广东省: the row of task %d lacks its value; errors %v", task.ID, filled.Errors)
		}

		// The matrix: the province's own cells for its reporter, every cell for the coordinator; totals the sums.
		var m struct {
			Cells   []rollout.Cell `json:"cells"`
			Total   rollout.Tally  `json:"total"`
			Partial bool           `json:"partial"`
		}
		code, body = coord.do("GET", "/api/v1/matrix?batch=7", "")
		if code != 200 || json.Unmarshal([]byte(body), &m) != nil {
			t.Fatalf("matrix: %d %s", code, body)
		}
		var sum rollout.Tally
		for _, c := range m.Cells {
			sum.Add(c.Tally)
		}
		if len(m.Cells) != 715 || m.Partial || sum != m.Total || m.Total.Leaves != 715 || m.Total.Implemented != 1 || m.Total.Evidence != 0 {
			t.Errorf("matrix: %d cells, total %+v, sum %+v", len(m.Cells), m.Total, sum)
		}
		if code, body = rep.do("GET", "/api/v1/matrix?batch=7", ""); code != 200 || json.Unmarshal([]byte(body), &m) != nil || !m.Partial || len(m.Cells) != 24 {
			t.Errorf("广东省's matrix: %d, %d cells (23 items in the province, item 23 in its FTZ)", code, len(m.Cells))
		}
		if code, body = coord.do("GET", "/picture?batch=7", ""); code != 200 || !strings.Contains(body, `data-code="440000"`) || !strings.Contains(body, "覆盖率") {
			t.Errorf("picture: %d", code)
		}
		if code, body = coord.do("GET", "/matrix?batch=7", ""); code != 200 || !strings.Contains(body, fmt.Sprintf(`href="/tasks/%d/below"`, task.ID)) {
			t.Errorf("matrix page: %d", code)
		}
		if diffs, err := db.CheckRollups(ctx); err != nil || len(diffs) != 0 {
			t.Errorf("check: %+v, %v", diffs, err)
		}
	})
}
