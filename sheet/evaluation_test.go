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
			{Label: "广东省", Total: 80.5, HasTotal: true, Rank: 1, Group: rollout.GroupProvinces, Tally: rollout.Tally{Leaves: 4, Implemented: 3},
				Measures: []rollout.MeasureScore{{Measure: rollout.MeasureCoverage, Score: 75, Available: true, Formula: "覆盖率 = …"}}},
			{Label: "四川省", Rank: 0, Group: rollout.GroupProvinces, Unscored: true},
			{Label: "上海自贸试验区", Total: 60, HasTotal: true, Rank: 1, Group: rollout.GroupFTZs},
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
	for cell, want := range map[string]string{"A1": "第七批成效评估（2024年第4季度）",
		"A3": "省级单位", "B3": "1", "C3": "广东省", "D3": "80.5", "E3": "75.0", "F3": "3/4",
		"A4": "省级单位", "B4": "未评分，不排名", "C4": "四川省", "D4": "—",
		"A5": "自贸试验区", "B5": "1", "C5": "上海自贸试验区"} {
		if v, _ := f.GetCellValue("通报排名", cell); v != want {
			t.Errorf("通报排名!%s = %q, want %q", cell, v, want)
		}
	}
	if v, _ := f.GetCellType("通报排名", "D3"); v != excelize.CellTypeNumber && v != excelize.CellTypeUnset {
		t.Errorf("total is stored as %v, want a number", v)
	}
	if v, _ := f.GetCellValue("单位得分", "F3"); v != "覆盖率 = …" {
		t.Errorf("formula beside coverage: %q", v)
	}
}
