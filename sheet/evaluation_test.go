package sheet

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"rollout"
)

func TestEvaluation(t *testing.T) {
	sc := &rollout.Scorecard{RoundName: "第七批成效评估", Period: "2024Q4", Final: true, Rules: rollout.ScorecardRules(),
		Weights: rollout.Weights{Coverage: 0.5, Rubric: 0.5},
		Units: []rollout.ScoreLine{
			{Label: "广东省", Total: 80.5, HasTotal: true, Rank: 1, Tally: rollout.Tally{Leaves: 4, Implemented: 3},
				Measures: []rollout.MeasureScore{{Measure: rollout.MeasureCoverage, Score: 75, Available: true, Formula: "覆盖率 = …"}}},
			{Label: "四川省", Rank: 0},
		}}
	body, err := Evaluation(sc)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"通报排名", "单位得分", "事项得分", "领域得分", "负责单位得分", "计分规则"}
	if got := f.GetSheetList(); len(got) != len(want) || got[0] != want[0] || got[5] != want[5] {
		t.Fatalf("sheets %v", got)
	}
	for cell, want := range map[string]string{"A1": "第七批成效评估（2024年第4季度）", "A3": "1", "B3": "广东省", "C3": "80.5", "D3": "75.0", "E3": "3/4", "A4": "—", "C4": "—"} {
		if v, _ := f.GetCellValue("通报排名", cell); v != want {
			t.Errorf("通报排名!%s = %q, want %q", cell, v, want)
		}
	}
	if v, _ := f.GetCellType("通报排名", "C3"); v != excelize.CellTypeNumber && v != excelize.CellTypeUnset {
		t.Errorf("total is stored as %v, want a number", v)
	}
	if v, _ := f.GetCellValue("单位得分", "F3"); v != "覆盖率 = …" {
		t.Errorf("formula beside coverage: %q", v)
	}
}
