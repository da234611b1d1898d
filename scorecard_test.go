package rollout_test

import (
	"fmt"
	"strings"
	"testing"

	"rollout"
)

func ptr(v float64) *float64 { return &v }

// scorecardFixture is a round over two items and three provinces with
// numbers worked out by hand in TestComputeScorecard.
func scorecardFixture() rollout.ScorecardInput {
	round := &rollout.Round{ID: 3, Name: "2024年度评估", Batch: 7, Period: "2024Q4",
		Items: []int64{11, 12}, Units: []int64{1, 2, 3},
		Weights:  rollout.Weights{Coverage: 0.3, Status: 0.2, Evidence: 0.1, Indicators: 0.2, Rubric: 0.2},
		Criteria: []rollout.Criterion{{Seq: 1, Name: "工作机制", Min: 0, Max: 10}, {Seq: 2, Name: "创新成效", Min: 0, Max: 10}}}
	cell := func(item, unit, task int64, t rollout.Tally) rollout.Cell {
		return rollout.Cell{ItemID: item, UnitID: unit, TaskID: task, Tally: t}
	}
	return rollout.ScorecardInput{
		Round: round,
		Items: []*rollout.Item{
			{ID: 12, Seq: 2, Name: "乙事项", Domain: "金融开放创新", Responsible: []string{"中国人民银行"}},
			{ID: 11, Seq: 1, Name: "甲事项", Domain: "投资贸易便利化", Responsible: []string{"海关总署", "商务部"}},
			{ID: 13, Seq: 3, Name: "不在本轮", Domain: "投资贸易便利化", Responsible: []string{"海关总署"}},
		},
		Units: []*rollout.Unit{{ID: 3, Code: "130000", Name: "河北省"}, {ID: 1, Code: "110000", Name: "北京市"}, {ID: 2, Code: "120000", Name: "天津市"}},
		Cells: []rollout.Cell{
			cell(11, 1, 1001, rollout.Tally{Leaves: 4, Implemented: 2, InProgress: 1, NA: 1, Evidence: 2}),
			cell(12, 1, 1002, rollout.Tally{Leaves: 1, Deepening: 1, Evidence: 1}),
			cell(11, 2, 2001, rollout.Tally{Leaves: 2, Implemented: 1, NotStarted: 1}),
			cell(12, 2, 2002, rollout.Tally{Leaves: 1, NA: 1}), // nothing applies: counts nowhere
			cell(11, 3, 3001, rollout.Tally{Leaves: 1, NotStarted: 1}),
			cell(12, 3, 3002, rollout.Tally{Leaves: 1, NotStarted: 1}),
			cell(13, 1, 1003, rollout.Tally{Leaves: 1, Implemented: 1}), // an item outside the round
			cell(11, 9, 9001, rollout.Tally{Leaves: 1, Implemented: 1}), // a unit outside the round
		},
		Indicators: map[int64][]*rollout.Indicator{
			11: {{ID: 101, ItemID: 11, Name: "网办率", Direction: rollout.HigherBetter, Baseline: ptr(0), Target: ptr(100)}},
			12: {{ID: 102, ItemID: 12, Name: "无目标值", Direction: rollout.HigherBetter, Baseline: ptr(0)}},
		},
		Values: map[int64][]rollout.IndicatorValue{
			1001: {{IndicatorID: 101, Value: 80}},
			2001: {{IndicatorID: 101, Value: 50}},
			1002: {{IndicatorID: 102, Value: 5}}, // no target: left out
		},
		Scores: []rollout.Score{
			{UnitID: 1, Criterion: 1, EvaluatorID: 1, Evaluator: "e1", Value: 8, Comment: "机制健全"},
			{UnitID: 1, Criterion: 1, EvaluatorID: 2, Evaluator: "e2", Value: 6},
			{UnitID: 1, Criterion: 2, EvaluatorID: 1, Evaluator: "e1", Value: 9},
			{UnitID: 2, Criterion: 1, EvaluatorID: 1, Evaluator: "e1", Value: 5},
			{UnitID: 9, Criterion: 1, EvaluatorID: 1, Evaluator: "e1", Value: 10}, // not in the round
		},
	}
}

func line(t *testing.T, ls []rollout.ScoreLine, label string) rollout.ScoreLine {
	t.Helper()
	for _, l := range ls {
		if l.Label == label {
			return l
		}
	}
	t.Fatalf("no line %q", label)
	return rollout.ScoreLine{}
}

func TestComputeScorecard(t *testing.T) {
	sc := rollout.ComputeScorecard(scorecardFixture())

	type want struct {
		rank                                             int
		cov, status, evidence, indicators, rubric, total float64
		noIndicators, noRubric                           bool
	}
	check := func(l rollout.ScoreLine, w want) {
		t.Helper()
		if l.Rank != w.rank {
			t.Errorf("%s: rank %d, want %d", l.Label, l.Rank, w.rank)
		}
		for m, v := range map[rollout.Measure]float64{rollout.MeasureCoverage: w.cov, rollout.MeasureStatus: w.status,
			rollout.MeasureEvidence: w.evidence, rollout.MeasureIndicators: w.indicators, rollout.MeasureRubric: w.rubric} {
			got := l.Measure(m)
			missing := (m == rollout.MeasureIndicators && w.noIndicators) || (m == rollout.MeasureRubric && w.noRubric)
			if got.Available == missing || got.Score != v {
				t.Errorf("%s: %s %v (available %v), want %v\n%s", l.Label, m, got.Score, got.Available, v, got.Formula)
			}
			if !strings.HasPrefix(got.Formula, m.Label()) && got.Available {
				t.Errorf("%s: %s formula %q", l.Label, m, got.Formula)
			}
		}
		if l.Total != w.total || !l.HasTotal {
			t.Errorf("%s: total %v, want %v: %s", l.Label, l.Total, w.total, l.Formula)
		}
	}
	// Units.
	if len(sc.Units) != 3 || sc.Units[0].Label != "北京市" || sc.Units[1].Label != "天津市" || sc.Units[2].Label != "河北省" {
		t.Fatalf("units: %+v", sc.Units)
	}
	bj := sc.Units[0]
	check(bj, want{rank: 1, cov: 75, status: 80, evidence: 60, indicators: 80, rubric: 80, total: 76.5})
	if bj.Formula != "总分 = 0.3×覆盖率 75.0 + 0.2×状态 80.0 + 0.1×佐证 60.0 + 0.2×指标 80.0 + 0.2×评审 80.0 = 76.5" {
		t.Errorf("北京市 formula: %s", bj.Formula)
	}
	if f := bj.Measure(rollout.MeasureCoverage).Formula; f != "覆盖率 = (已落地 2 + 持续深化 1 + 由中央部门统一实施 0) ÷ (末级任务 5 − 不适用 1) = 75.0%" {
		t.Errorf("coverage formula: %s", f)
	}
	if f := bj.Measure(rollout.MeasureStatus).Formula; f != "状态 = (推进中 1×40 + 已落地 2×90 + 持续深化 1×100) ÷ 适用末级任务 4 = 80.0" {
		t.Errorf("status formula: %s", f)
	}
	if f := bj.Measure(rollout.MeasureRubric).Formula; f != "评审 = (工作机制 7/0–10→70.0 + 创新成效 9/0–10→90.0) ÷ 2 = 80.0" {
		t.Errorf("rubric formula: %s", f)
	}
	if fmt.Sprint(bj.Comments) != "[工作机制（e1）：机制健全]" {
		t.Errorf("comments: %v", bj.Comments)
	}
	check(sc.Units[1], want{rank: 2, cov: 50, status: 45, evidence: 0, indicators: 50, rubric: 50, total: 44})
	hb := sc.Units[2]
	// 河北省 has a total of 0.0 but no evaluator scored it while the round
	// weighs the rubric: it is listed apart, unranked.
	check(hb, want{rank: 0, total: 0, noIndicators: true, noRubric: true})
	if !hb.Unscored || bj.Unscored || hb.Group != rollout.GroupOthers {
		t.Errorf("unscored: 河北省 %v (group %q), 北京市 %v", hb.Unscored, hb.Group, bj.Unscored)
	}
	if hb.Formula != "总分 = (0.3×覆盖率 0.0 + 0.2×状态 0.0 + 0.1×佐证 0.0) ÷ 0.6 = 0.0；指标（权重 0.2）、评审（权重 0.2）无数据，其权重按比例分配给其余各项" {
		t.Errorf("河北省 formula: %s", hb.Formula)
	}

	// Coverage is the matrix's: a unit's tally is the sum of its cells in the round.
	var sum rollout.Tally
	for _, c := range scorecardFixture().Cells {
		if c.UnitID == 1 && c.ItemID != 13 {
			sum.Add(c.Tally)
		}
	}
	if bj.Tally != sum {
		t.Errorf("北京市 tally %+v, cells sum to %+v", bj.Tally, sum)
	}

	// Items: the rubric does not score them; its weight is redistributed.
	if len(sc.Items) != 2 {
		t.Fatalf("items: %+v", sc.Items)
	}
	i1 := line(t, sc.Items, "甲事项")
	check(i1, want{rank: 1, cov: 50, status: 51.7, evidence: 28.6, indicators: 65, total: 51.5, noRubric: true})
	if !strings.Contains(i1.Formula, "÷ 0.8 = 51.5；评审（权重 0.2）无数据") {
		t.Errorf("甲事项 formula: %s", i1.Formula)
	}
	check(line(t, sc.Items, "乙事项"), want{rank: 2, cov: 50, status: 50, evidence: 50, total: 50, noIndicators: true, noRubric: true})

	// Domains and responsible units; two responsible units tie.
	if len(sc.Domains) != 2 || line(t, sc.Domains, "投资贸易便利化").Total != 51.5 {
		t.Errorf("domains: %+v", sc.Domains)
	}
	hg, sw, rh := line(t, sc.Responsible, "海关总署"), line(t, sc.Responsible, "商务部"), line(t, sc.Responsible, "中国人民银行")
	if hg.Rank != 1 || sw.Rank != 1 || !hg.Tied || !sw.Tied || rh.Rank != 3 || rh.Tied {
		t.Errorf("responsible ranks: %d %v, %d %v, %d %v", hg.Rank, hg.Tied, sw.Rank, sw.Tied, rh.Rank, rh.Tied)
	}
}

func TestRankTies(t *testing.T) {
	ls := []rollout.ScoreLine{
		{Label: "a", Total: 70, HasTotal: true}, {Label: "none"}, {Label: "b", Total: 80, HasTotal: true},
		{Label: "c", Total: 70, HasTotal: true}, {Label: "d", Total: 60, HasTotal: true},
	}
	rollout.Rank(ls)
	var got []string
	for _, l := range ls {
		got = append(got, fmt.Sprintf("%s%d%v", l.Label, l.Rank, l.Tied))
	}
	if s := strings.Join(got, " "); s != "b1false a2true c2true d4false none0false" {
		t.Errorf("ranks: %s", s)
	}
}

// Provinces and FTZs are ranked each among themselves; unscored units are
// listed apart within their group, by code, with no rank.
func TestRankUnits(t *testing.T) {
	p := func(label string, total float64) rollout.ScoreLine {
		return rollout.ScoreLine{Label: label, Total: total, HasTotal: true, Group: rollout.GroupProvinces}
	}
	f := func(label string, total float64) rollout.ScoreLine {
		return rollout.ScoreLine{Label: label, Total: total, HasTotal: true, Group: rollout.GroupFTZs}
	}
	unscored := func(l rollout.ScoreLine) rollout.ScoreLine { l.Unscored = true; return l }
	ls := []rollout.ScoreLine{
		f("F1", 90), p("P1", 70), unscored(p("P0a", 0)), p("P2", 80), unscored(f("F0", 0)), f("F2", 60),
		unscored(p("P0b", 0)), p("P3", 70), {Label: "X", Total: 50, HasTotal: true, Group: rollout.GroupOthers},
	}
	rollout.RankUnits(ls)
	var got []string
	for _, l := range ls {
		got = append(got, fmt.Sprintf("%s:%d%v", l.Label, l.Rank, l.Tied))
	}
	want := "P2:1false P1:2true P3:2true P0a:0false P0b:0false F1:1false F2:2false F0:0false X:1false"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("ranks:\n got %s\nwant %s", s, want)
	}
	rs := rollout.UnitRankings(ls)
	if len(rs) != 3 || rs[0].Group != rollout.GroupProvinces || len(rs[0].Ranked) != 3 || len(rs[0].Unscored) != 2 ||
		rs[1].Group != rollout.GroupFTZs || len(rs[1].Ranked) != 2 || len(rs[1].Unscored) != 1 || len(rs[2].Ranked) != 1 {
		t.Errorf("rankings: %+v", rs)
	}
}

// ComputeScorecard sets each unit's group by its kind and marks as unscored
// the units the evaluators have not scored when the rubric weighs.
func TestScorecardGroups(t *testing.T) {
	in := scorecardFixture()
	in.Units[0].Kind = rollout.KindFTZ      // 河北省 stands in for an FTZ
	in.Units[1].Kind = rollout.KindProvince // 北京市
	in.Units[2].Kind = rollout.KindProvince // 天津市
	sc := rollout.ComputeScorecard(in)
	bj, tj, hb := line(t, sc.Units, "北京市"), line(t, sc.Units, "天津市"), line(t, sc.Units, "河北省")
	if bj.Group != rollout.GroupProvinces || bj.Rank != 1 || tj.Rank != 2 || hb.Group != rollout.GroupFTZs || hb.Rank != 0 || !hb.Unscored {
		t.Errorf("groups: %+v %+v %+v", bj, tj, hb)
	}
	// Without rubric weight, a unit with a total is ranked, zero or not.
	in = scorecardFixture()
	in.Round.Weights.Rubric = 0
	sc = rollout.ComputeScorecard(in)
	if hb := line(t, sc.Units, "河北省"); hb.Unscored || hb.Rank != 3 {
		t.Errorf("without rubric: 河北省 unscored %v rank %d", hb.Unscored, hb.Rank)
	}
}

func TestRoundValidate(t *testing.T) {
	ok := func() *rollout.Round {
		return &rollout.Round{Name: " 评估 ", Batch: 7, Period: "2024Q4", Items: []int64{1}, Units: []int64{2},
			Weights:  rollout.Weights{Coverage: 0.5, Rubric: 0.5},
			Criteria: []rollout.Criterion{{Name: "机制", Min: 0, Max: 10}}}
	}
	r := ok()
	if err := r.Validate(); err != nil || r.Name != "评估" || r.Criteria[0].Seq != 1 {
		t.Fatalf("valid round: %v %+v", err, r)
	}
	for name, mutate := range map[string]func(*rollout.Round){
		"no name":         func(r *rollout.Round) { r.Name = " " },
		"bad period":      func(r *rollout.Round) { r.Period = "2024Q5" },
		"no items":        func(r *rollout.Round) { r.Items = nil },
		"no units":        func(r *rollout.Round) { r.Units = nil },
		"weights not 1":   func(r *rollout.Round) { r.Weights.Coverage = 0.6 },
		"negative weight": func(r *rollout.Round) { r.Weights.Status = -0.1; r.Weights.Coverage = 0.6 },
		"rubric, no rows": func(r *rollout.Round) { r.Criteria = nil },
		"empty range":     func(r *rollout.Round) { r.Criteria[0].Max = 0 },
		"unnamed row":     func(r *rollout.Round) { r.Criteria[0].Name = "" },
	} {
		r := ok()
		mutate(r)
		if err := r.Validate(); rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("%s: %v, want invalid", name, err)
		}
	}
	r = ok()
	r.Validate()
	for _, s := range []rollout.Score{{UnitID: 9, Criterion: 1, Value: 5}, {UnitID: 2, Criterion: 2, Value: 5}, {UnitID: 2, Criterion: 1, Value: 11}} {
		if err := r.CheckScore(s); rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("score %+v: %v", s, err)
		}
	}
	if err := r.CheckScore(rollout.Score{UnitID: 2, Criterion: 1, Value: 10}); err != nil {
		t.Errorf("a score at the top of the range: %v", err)
	}
}
