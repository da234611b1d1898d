package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// TestEvaluationOverStorage: the coordinator opens a round by API over the
// real storage, a third-party evaluator scores in it and sees nothing outside
// it (another round, tasks, units, items' tasks), the round closes, and the
// scorecard's tallies and coverage equal the matrix's cells to the unit, on
// both databases.
func TestEvaluationOverStorage(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		st := serveOverStorage(t, db)
		ctx, unit, taskOf := st.ctx, st.unit, st.taskOf
		root, gd, sc, bj, sz, gz := unit("国务院"), unit("广东省"), unit("四川省"), unit("北京市"), unit("深圳市"), unit("广州市")
		// Scripted reports: 广东省 divides item 1 to 深圳市 (implemented, with a
		// document) and 广州市 (in progress); 四川省 has item 1 implemented and
		// item 2 deepening; 北京市 reports nothing.
		kids, err := db.Divide(ctx, taskOf(gd, 1).ID, []rollout.Division{{UnitID: sz.ID, Role: rollout.RoleLead}, {UnitID: gz.ID, Role: rollout.RoleCo}})
		if err != nil {
			t.Fatal(err)
		}
		report := func(tk *rollout.Task, st rollout.ReportStatus, ev ...rollout.Evidence) {
			t.Helper()
			if _, err := db.Step(ctx, tk.ID, rollout.EventAcknowledge, "", ""); err != nil {
				t.Fatal(err)
			}
			if _, err := db.SaveReport(ctx, &rollout.Report{TaskID: tk.ID, Period: "2024Q4", Status: st, Measures: "已推进", Evidence: ev}, true); err != nil {
				t.Fatal(err)
			}
		}
		report(kids[0], rollout.StatusImplemented, rollout.Evidence{Title: "深圳市实施方案", DocNo: "深府〔2024〕9号"})
		report(kids[1], rollout.StatusInProgress)
		report(taskOf(sc, 1), rollout.StatusImplemented)
		report(taskOf(sc, 2), rollout.StatusDeepening)

		const pw = "Evaluate-Round-2024"
		st.account("mofcom.coordinator", root.ID, rollout.RoleCoordinator, pw)
		st.account("third.party", root.ID, rollout.RoleEvaluator, pw)
		st.account("other.evaluator", root.ID, rollout.RoleEvaluator, pw)
		coord, third := st.signIn("mofcom.coordinator", pw), st.signIn("third.party", pw)
		evaluator, err := db.UserByName(ctx, "third.party")
		if err != nil {
			t.Fatal(err)
		}
		other, _ := db.UserByName(ctx, "other.evaluator")

		b, err := db.BatchByNumber(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		item1, item2 := b.Items[0].ID, b.Items[1].ID
		open := func(name string, evaluator int64) int64 {
			t.Helper()
			code, body := coord.do("POST", "/api/v1/rounds", fmt.Sprintf(`{"name":%q,"batch":7,"period":"2024Q4","items":[%d,%d],"units":[%d,%d,%d],
				"weights":{"coverage":0.4,"status":0.2,"evidence":0.1,"indicators":0.1,"rubric":0.2},
				"criteria":[{"name":"工作机制","min":0,"max":10},{"name":"创新举措","min":0,"max":10}]}`, name, item1, item2, gd.ID, sc.ID, bj.ID))
			if code != 201 {
				t.Fatalf("open round: %d %s", code, body)
			}
			var r rollout.Round
			json.Unmarshal([]byte(body), &r)
			if code, body := coord.do("PUT", fmt.Sprintf("/api/v1/rounds/%d/evaluators", r.ID), fmt.Sprintf(`{"version":%d,"evaluators":[%d]}`, r.Version, evaluator)); code != 200 {
				t.Fatalf("evaluators: %d %s", code, body)
			}
			return r.ID
		}
		round := open("第七批成效评估", evaluator.ID)
		another := open("另一轮评估", other.ID)

		// The third-party evaluator sees its round and nothing else.
		code, body := third.do("GET", "/api/v1/rounds", "")
		if code != 200 || !strings.Contains(body, "第七批成效评估") || strings.Contains(body, "另一轮评估") {
			t.Errorf("the evaluator's rounds: %d %s", code, body)
		}
		gdTask := taskOf(gd, 1)
		for _, path := range []string{
			fmt.Sprintf("/api/v1/rounds/%d", another), fmt.Sprintf("/rounds/%d", another), fmt.Sprintf("/rounds/%d/bulletin", another),
			fmt.Sprintf("/api/v1/rounds/%d/scorecard", another),
			fmt.Sprintf("/api/v1/units/%d/tasks", gd.ID), fmt.Sprintf("/units/%d", gd.ID), fmt.Sprintf("/units/%d/tasks", gd.ID),
			fmt.Sprintf("/api/v1/tasks/%d", gdTask.ID), fmt.Sprintf("/tasks/%d", gdTask.ID), fmt.Sprintf("/api/v1/items/%d/tasks", item1),
			fmt.Sprintf("/items/%d/tree", item1), fmt.Sprintf("/units/%d/overdue", root.ID), "/admin/users", "/rounds/new",
			"/picture?batch=7", "/matrix?batch=7", "/api/v1/matrix?batch=7", fmt.Sprintf("/tasks/%d/below", gdTask.ID),
		} {
			if code, body := third.do("GET", path, ""); code != 403 {
				t.Errorf("the evaluator GET %s: %d, want 403", path, code)
			} else if strings.Contains(body, "另一轮评估") || strings.Contains(body, "广东") {
				t.Errorf("the evaluator GET %s: the refusal tells what it refuses", path)
			}
		}
		if code, _ := third.do("POST", fmt.Sprintf("/api/v1/rounds/%d/close", round), "{}"); code != 403 {
			t.Errorf("the evaluator closes the round: %d", code)
		}

		// It scores two provinces.
		scores := fmt.Sprintf(`{"scores":[{"unit_id":%d,"criterion":1,"value":8,"comment":"机制健全"},{"unit_id":%d,"criterion":2,"value":6},
			{"unit_id":%d,"criterion":1,"value":7},{"unit_id":%d,"criterion":2,"value":9}]}`, gd.ID, gd.ID, sc.ID, sc.ID)
		if code, body := third.do("PUT", fmt.Sprintf("/api/v1/rounds/%d/scores", round), scores); code != 200 {
			t.Fatalf("scores: %d %s", code, body)
		}
		if code, _ := third.do("PUT", fmt.Sprintf("/api/v1/rounds/%d/scores", another), scores); code != 403 {
			t.Errorf("scores in another round: %d", code)
		}

		// Closed, the round refuses scores; the scorecard is kept.
		if code, body := coord.do("POST", fmt.Sprintf("/api/v1/rounds/%d/close", round), `{"version":2}`); code != 200 { // opened, evaluators set
			t.Fatalf("close: %d %s", code, body)
		}
		if code, _ := third.do("PUT", fmt.Sprintf("/api/v1/rounds/%d/scores", round), scores); code != 409 {
			t.Errorf("scores after closing: %d, want 409", code)
		}
		code, body = third.do("GET", fmt.Sprintf("/api/v1/rounds/%d/scorecard", round), "")
		if code != 200 {
			t.Fatalf("scorecard: %d %s", code, body)
		}
		var card rollout.Scorecard
		if err := json.Unmarshal([]byte(body), &card); err != nil {
			t.Fatal(err)
		}
		if !card.Final || len(card.Units) != 3 {
			t.Fatalf("scorecard: final %v, %d units", card.Final, len(card.Units))
		}

		// The scorecard agrees with the matrix to the unit.
		cells, err := db.Matrix(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		sum := map[int64]rollout.Tally{}
		for _, c := range cells {
			if (c.ItemID == item1 || c.ItemID == item2) && slices.Contains([]int64{gd.ID, sc.ID, bj.ID}, c.UnitID) && c.Applicable() > 0 {
				t := sum[c.UnitID]
				t.Add(c.Tally)
				sum[c.UnitID] = t
			}
		}
		want := map[string]struct{ covered, applicable int }{"广东省": {1, 3}, "四川省": {2, 2}, "北京市": {0, 2}}
		for _, l := range card.Units {
			if l.Tally != sum[l.ID] {
				t.Errorf("%s: scorecard %+v, matrix %+v", l.Label, l.Tally, sum[l.ID])
			}
			w := want[l.Label]
			if l.Tally.Covered() != w.covered || l.Tally.Applicable() != w.applicable {
				t.Errorf("%s: covered %d of %d, scripted %d of %d", l.Label, l.Tally.Covered(), l.Tally.Applicable(), w.covered, w.applicable)
			}
			cov := l.Measure(rollout.MeasureCoverage).Score
			if exact := float64(w.covered) / float64(w.applicable) * 100; cov < exact-0.05 || cov > exact+0.05 {
				t.Errorf("%s: coverage %.1f, matrix %.3f", l.Label, cov, exact)
			}
		}
		if card.Units[0].Label != "四川省" || card.Units[0].Rank != 1 {
			t.Errorf("first: %s (rank %d)", card.Units[0].Label, card.Units[0].Rank)
		}

		// The bulletin prints, and so does its workbook.
		if code, body := coord.do("GET", fmt.Sprintf("/rounds/%d/bulletin", round), ""); code != 200 || !strings.Contains(body, "特此通报") {
			t.Errorf("bulletin: %d", code)
		}
		if code, body := third.do("GET", fmt.Sprintf("/rounds/%d/report?format=xlsx", round), ""); code != 200 || !strings.HasPrefix(body, "PK") {
			t.Errorf("report workbook: %d", code)
		}
	})
}
