package rollout

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Scorecards. ComputeScorecard is a pure function of a round, the matrix's
// cells, the indicators with the values reported for the round's period, and
// the rubric scores; storage gathers these and keeps the result when a round
// closes.
//
// Every measure is scored 0–100 and written with one decimal; the total is
// computed from the measures as written, so that each formula shown beside a
// score gives that score:
//
//   - coverage: Tally.Coverage of the line's leaves (the matrix's cells summed);
//   - status: the StatusPoints of the applicable leaves, averaged;
//   - evidence: leaves whose current report carries evidence ÷ all leaves;
//   - indicators: Indicator.Achievement of every value reported for the round's
//     period by a task of the line, averaged; an indicator without baseline or
//     target, or without a value, is left out;
//   - rubric (units only): each criterion's scores brought to 0–100 by its
//     range and averaged over evaluators, then over criteria.
//
// Missing data: a measure without data for a line (no indicator with
// baseline, target and value; no rubric score yet; the rubric for items,
// domains and responsible units, which evaluators do not score) is left out
// and its weight redistributed over the others in proportion — the total is
// Σ weight × score ÷ Σ weight of the measures with data — and the formula
// says so. A line where no measure has data has no total and no rank.
// A cell where nothing applies (every leaf not applicable) counts nowhere.
//
// Ranking: by total, highest first; equal totals (to the decimal shown) share
// a rank and the next rank skips (1, 2, 2, 4); lines sharing a rank are listed
// by code or number.
//
// Units are ranked in groups (RankUnits): provinces among provinces, FTZs
// among FTZs, any other unit among the others. A unit is unscored — listed
// apart, by code, with no rank — when it has no total, or when the round
// weighs the rubric and no evaluator has scored it: ranking it would set an
// evaluation that is not done beside those that are.

// MeasureScore is one measure of a scorecard line.
type MeasureScore struct {
	Measure   Measure `json:"measure"`
	Weight    float64 `json:"weight"`
	Score     float64 `json:"score"` // 0–100, one decimal; 0 when not Available
	Available bool    `json:"available"`
	Formula   string  `json:"formula"`
}

// ScoreLine is one line of a scorecard: a unit, an item, a domain or a
// responsible central unit.
type ScoreLine struct {
	Kind  string `json:"kind"` // "unit", "item", "domain", "responsible"
	ID    int64  `json:"id,omitempty"`
	Code  string `json:"code,omitempty"` // unit code, or the item's number
	Label string `json:"label"`
	// Tally sums the matrix cells of the line: Tally.Coverage is the coverage
	// the matrix shows for the same cells.
	Tally    Tally          `json:"tally"`
	Measures []MeasureScore `json:"measures"`
	Total    float64        `json:"total"`
	HasTotal bool           `json:"has_total"`
	Formula  string         `json:"formula"`
	Rank     int            `json:"rank"` // 0: no total, no rank
	Tied     bool           `json:"tied"` // shares its rank
	// Group is the ranking a unit is in: GroupProvinces, GroupFTZs or
	// GroupOthers; empty for items, domains and responsible units (and in
	// scorecards kept before units were ranked in groups).
	Group string `json:"group,omitempty"`
	// Unscored: a unit left out of the ranking, listed apart (see RankUnits).
	Unscored bool `json:"unscored,omitempty"`
	// Comments are the evaluators' comments on a unit, "criterion（evaluator）：comment".
	Comments []string `json:"comments,omitempty"`
}

// Measure returns the line's score of measure m.
func (l *ScoreLine) Measure(m Measure) MeasureScore {
	for _, s := range l.Measures {
		if s.Measure == m {
			return s
		}
	}
	return MeasureScore{Measure: m}
}

// Scorecard is the result of a round.
type Scorecard struct {
	RoundID    int64     `json:"round_id"`
	RoundName  string    `json:"round_name"`
	Batch      int       `json:"batch"`
	Period     Period    `json:"period"`
	Weights    Weights   `json:"weights"`
	Final      bool      `json:"final"` // kept when the round closed; it no longer changes
	ComputedAt time.Time `json:"computed_at"`
	// Units are the evaluated units, ranked in groups (RankUnits); Items,
	// Domains and Responsible the items, the domains and the responsible
	// central units, ranked.
	Units       []ScoreLine `json:"units"`
	Items       []ScoreLine `json:"items"`
	Domains     []ScoreLine `json:"domains"`
	Responsible []ScoreLine `json:"responsible"`
	// Rules are the rules of the computation in words, for the report.
	Rules []string `json:"rules"`
}

// ScorecardInput is what a scorecard is computed from.
type ScorecardInput struct {
	Round *Round
	Items []*Item // the batch's items; those of the round are used
	Units []*Unit // the round's units
	Cells []Cell  // the batch's matrix; cells outside the round are ignored
	// Indicators are the items' indicators by item ID; Values the indicator
	// values of the round's period by task ID (the task of a cell).
	Indicators map[int64][]*Indicator
	Values     map[int64][]IndicatorValue
	Scores     []Score
	At         time.Time
}

// ScorecardRules are the rules ComputeScorecard follows, in the words the
// report prints.
func ScorecardRules() []string {
	var pts []string
	for _, s := range Statuses {
		if p, ok := StatusPoints[s]; ok {
			pts = append(pts, fmt.Sprintf("%s %g", s.Label(), p))
		}
	}
	return []string{
		"各项得分均为 0–100 分，保留一位小数；总分按保留一位小数后的各项得分计算。",
		"覆盖率 = (已落地 + 持续深化 + 由中央部门统一实施) ÷ (末级任务 − 不适用)，与全国矩阵各单元格之和一致。",
		"状态得分按末级任务状态计分后取平均（不适用的末级任务不计）：" + strings.Join(pts, "，") + "。",
		"佐证得分 = 当前报告附有佐证材料的末级任务数 ÷ 末级任务数。",
		"指标得分 = 评估期报告的各指标达成度（实际值在基准值与目标值之间的位置，0–1）的平均值 × 100；未设基准值或目标值、或未报送数值的指标不计。",
		"评审得分：每个评分项按分值范围换算为 0–100 分，先对评审人取平均，再对评分项取平均；评审只对被评估单位打分，不计入事项、领域和负责单位的得分。",
		"缺少数据的项目不计分，其权重按比例分配给其余有数据的项目：总分 = Σ(权重 × 得分) ÷ Σ(有数据项目的权重)。没有任何数据的对象不排名。",
		"总分相同者名次并列，其后名次顺延（如 1、2、2、4）；并列者按单位代码或事项序号排列。",
		"省级单位与自贸试验区分别排名。没有总分的单位，以及评审权重大于零而尚无评审打分的单位，单独列出，不参加排名。",
	}
}

// ComputeScorecard computes the scorecard of in.Round.
func ComputeScorecard(in ScorecardInput) *Scorecard {
	r := in.Round
	sc := &Scorecard{RoundID: r.ID, RoundName: r.Name, Batch: r.Batch, Period: r.Period, Weights: r.Weights,
		ComputedAt: in.At, Rules: ScorecardRules()}

	inRound := map[int64]bool{}
	for _, id := range r.Items {
		inRound[id] = true
	}
	var items []*Item
	for _, it := range in.Items {
		if inRound[it.ID] {
			items = append(items, it)
		}
	}
	slices.SortFunc(items, func(a, b *Item) int { return cmp.Compare(a.Seq, b.Seq) })
	units := slices.Clone(in.Units)
	slices.SortFunc(units, func(a, b *Unit) int { return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.ID, b.ID)) })

	// The cells of the round, each with its indicator achievements.
	type cell struct {
		Cell
		achieved []float64
	}
	itemByID := map[int64]*Item{}
	for _, it := range items {
		itemByID[it.ID] = it
	}
	var cells []cell
	for _, c := range in.Cells {
		if itemByID[c.ItemID] == nil || !r.HasUnit(c.UnitID) || c.Applicable() <= 0 {
			continue
		}
		x := cell{Cell: c}
		values := map[int64]float64{}
		for _, v := range in.Values[c.TaskID] {
			values[v.IndicatorID] = v.Value
		}
		for _, ind := range in.Indicators[c.ItemID] {
			v, ok := values[ind.ID]
			if !ok {
				continue
			}
			if a, _, ok := ind.Achievement(v); ok {
				x.achieved = append(x.achieved, a)
			}
		}
		cells = append(cells, x)
	}

	// The objective measures of a set of cells.
	objective := func(cs []cell) (Tally, []MeasureScore) {
		var t Tally
		var achieved []float64
		for _, c := range cs {
			t.Add(c.Tally)
			achieved = append(achieved, c.achieved...)
		}
		return t, []MeasureScore{coverageScore(t), statusScore(t), evidenceScore(t), indicatorScore(achieved)}
	}

	// Units.
	scores := map[int64][]Score{}
	for _, s := range in.Scores {
		if r.HasUnit(s.UnitID) && r.Criterion(s.Criterion) != nil {
			scores[s.UnitID] = append(scores[s.UnitID], s)
		}
	}
	for _, u := range units {
		var cs []cell
		for _, c := range cells {
			if c.UnitID == u.ID {
				cs = append(cs, c)
			}
		}
		t, ms := objective(cs)
		rubric, comments := rubricScore(r, scores[u.ID])
		ms = append(ms, rubric)
		line := newLine("unit", u.ID, u.Code, u.Name, t, ms, r.Weights)
		line.Comments, line.Group = comments, unitGroup(u.Kind)
		line.Unscored = !line.HasTotal || (r.Weights.Rubric > 0 && !rubric.Available)
		sc.Units = append(sc.Units, line)
	}

	// Items, domains, responsible units: the rubric does not score them.
	noRubric := MeasureScore{Measure: MeasureRubric, Formula: "评审只对被评估单位打分，不计入此项"}
	byItem := map[int64][]cell{}
	for _, c := range cells {
		byItem[c.ItemID] = append(byItem[c.ItemID], c)
	}
	var domains, resp []string
	byDomain, byResp := map[string][]cell{}, map[string][]cell{}
	for _, it := range items {
		t, ms := objective(byItem[it.ID])
		sc.Items = append(sc.Items, newLine("item", it.ID, strconv.Itoa(it.Seq), it.Name, t, append(ms, noRubric), r.Weights))
		d := it.Domain
		if d == "" {
			d = "在特定区域复制推广"
		}
		if _, ok := byDomain[d]; !ok {
			domains = append(domains, d)
		}
		byDomain[d] = append(byDomain[d], byItem[it.ID]...)
		for _, name := range it.Responsible {
			if _, ok := byResp[name]; !ok {
				resp = append(resp, name)
			}
			byResp[name] = append(byResp[name], byItem[it.ID]...)
		}
	}
	for i, d := range domains {
		t, ms := objective(byDomain[d])
		sc.Domains = append(sc.Domains, newLine("domain", 0, strconv.Itoa(i+1), d, t, append(ms, noRubric), r.Weights))
	}
	for i, name := range resp {
		t, ms := objective(byResp[name])
		sc.Responsible = append(sc.Responsible, newLine("responsible", 0, strconv.Itoa(i+1), name, t, append(ms, noRubric), r.Weights))
	}
	RankUnits(sc.Units)
	for _, ls := range [][]ScoreLine{sc.Items, sc.Domains, sc.Responsible} {
		Rank(ls)
	}
	return sc
}

// The groups units are ranked in.
const (
	GroupProvinces = "provinces"
	GroupFTZs      = "ftzs"
	GroupOthers    = "others"
)

// UnitGroups are the groups in the order a scorecard lists them.
var UnitGroups = []string{GroupProvinces, GroupFTZs, GroupOthers}

func unitGroup(k UnitKind) string {
	switch k {
	case KindProvince:
		return GroupProvinces
	case KindFTZ:
		return GroupFTZs
	}
	return GroupOthers
}

// RankUnits orders units' lines by group (UnitGroups' order), the scored
// before the unscored within a group, and ranks the scored of each group
// among themselves (Rank); unscored lines keep no rank and stay in their
// order (by code).
func RankUnits(ls []ScoreLine) {
	order := func(l ScoreLine) int {
		i := slices.Index(UnitGroups, l.Group)
		if i < 0 {
			i = len(UnitGroups)
		}
		if l.Unscored {
			return 2*i + 1
		}
		return 2 * i
	}
	slices.SortStableFunc(ls, func(a, b ScoreLine) int { return cmp.Compare(order(a), order(b)) })
	for i := 0; i < len(ls); {
		j := i
		for j < len(ls) && order(ls[j]) == order(ls[i]) {
			j++
		}
		if ls[i].Unscored {
			for k := i; k < j; k++ {
				ls[k].Rank, ls[k].Tied = 0, false
			}
		} else {
			Rank(ls[i:j])
		}
		i = j
	}
}

// UnitRanking is one group's ranked lines and its unscored lines, as
// documents list them.
type UnitRanking struct {
	Group    string
	Ranked   []ScoreLine
	Unscored []ScoreLine
}

// UnitRankings splits lines ordered by RankUnits into their groups, in
// UnitGroups' order, leaving out empty groups. Lines without a group (a
// scorecard kept before units were ranked in groups) form one group of
// their own, GroupOthers, as they were ranked.
func UnitRankings(ls []ScoreLine) []UnitRanking {
	var out []UnitRanking
	for _, g := range UnitGroups {
		var r UnitRanking
		r.Group = g
		for _, l := range ls {
			grp := l.Group
			if grp == "" {
				grp = GroupOthers
			}
			if grp != g {
				continue
			}
			if l.Unscored || l.Rank == 0 {
				r.Unscored = append(r.Unscored, l)
			} else {
				r.Ranked = append(r.Ranked, l)
			}
		}
		if len(r.Ranked)+len(r.Unscored) > 0 {
			out = append(out, r)
		}
	}
	return out
}

// one rounds a score to the one decimal it is shown with.
func one(v float64) float64 { return math.Round(v*10) / 10 }

func coverageScore(t Tally) MeasureScore {
	m := MeasureScore{Measure: MeasureCoverage}
	if t.Applicable() <= 0 {
		m.Formula = "没有适用的末级任务"
		return m
	}
	m.Score, m.Available = one(t.Coverage()*100), true
	m.Formula = t.CoverageFormula()
	return m
}

func statusScore(t Tally) MeasureScore {
	m := MeasureScore{Measure: MeasureStatus}
	n := t.Applicable()
	if n <= 0 {
		m.Formula = "没有适用的末级任务"
		return m
	}
	sum := 0.0
	var terms []string
	for _, s := range Statuses {
		p, ok := StatusPoints[s]
		if !ok || t.Count(s) == 0 {
			continue
		}
		sum += p * float64(t.Count(s))
		terms = append(terms, fmt.Sprintf("%s %d×%g", s.Label(), t.Count(s), p))
	}
	m.Score, m.Available = one(sum/float64(n)), true
	m.Formula = fmt.Sprintf("状态 = (%s) ÷ 适用末级任务 %d = %.1f", strings.Join(terms, " + "), n, m.Score)
	return m
}

func evidenceScore(t Tally) MeasureScore {
	m := MeasureScore{Measure: MeasureEvidence}
	if t.Leaves <= 0 {
		m.Formula = "没有末级任务"
		return m
	}
	m.Score, m.Available = one(float64(t.Evidence)/float64(t.Leaves)*100), true
	m.Formula = fmt.Sprintf("佐证 = 有佐证的末级任务 %d ÷ 末级任务 %d = %.1f", t.Evidence, t.Leaves, m.Score)
	return m
}

func indicatorScore(achieved []float64) MeasureScore {
	m := MeasureScore{Measure: MeasureIndicators}
	if len(achieved) == 0 {
		m.Formula = "没有可计算的指标（未设基准值或目标值，或评估期未报送数值）"
		return m
	}
	sum := 0.0
	var terms []string
	for _, a := range achieved {
		sum += a
		terms = append(terms, fmt.Sprintf("%.2f", a))
	}
	m.Score, m.Available = one(sum/float64(len(achieved))*100), true
	if len(terms) <= 6 {
		m.Formula = fmt.Sprintf("指标 = 达成度 (%s) ÷ %d × 100 = %.1f", strings.Join(terms, " + "), len(achieved), m.Score)
	} else {
		m.Formula = fmt.Sprintf("指标 = 达成度之和 %.2f ÷ %d 项 × 100 = %.1f", sum, len(achieved), m.Score)
	}
	return m
}

// rubricScore is a unit's rubric measure and the comments on it.
func rubricScore(r *Round, scores []Score) (MeasureScore, []string) {
	m := MeasureScore{Measure: MeasureRubric}
	var terms, comments []string
	sum, n := 0.0, 0
	for _, c := range r.Criteria {
		var vals []float64
		for _, s := range scores {
			if s.Criterion != c.Seq {
				continue
			}
			vals = append(vals, s.Value)
			if s.Comment != "" {
				comments = append(comments, fmt.Sprintf("%s（%s）：%s", c.Name, s.Evaluator, s.Comment))
			}
		}
		if len(vals) == 0 {
			continue
		}
		mean := 0.0
		for _, v := range vals {
			mean += v
		}
		mean /= float64(len(vals))
		norm := one((mean - c.Min) / (c.Max - c.Min) * 100)
		sum += norm
		n++
		terms = append(terms, fmt.Sprintf("%s %s/%g–%g→%.1f", c.Name, strconv.FormatFloat(math.Round(mean*100)/100, 'f', -1, 64), c.Min, c.Max, norm))
	}
	if n == 0 {
		m.Formula = "尚无评审打分"
		return m, comments
	}
	m.Score, m.Available = one(sum/float64(n)), true
	m.Formula = fmt.Sprintf("评审 = (%s) ÷ %d = %.1f", strings.Join(terms, " + "), n, m.Score)
	return m, comments
}

// newLine weighs the measures into a line's total and writes its formula.
func newLine(kind string, id int64, code, label string, t Tally, ms []MeasureScore, w Weights) ScoreLine {
	l := ScoreLine{Kind: kind, ID: id, Code: code, Label: label, Tally: t}
	order := map[Measure]int{}
	for i, m := range Measures {
		order[m] = i
	}
	slices.SortFunc(ms, func(a, b MeasureScore) int { return cmp.Compare(order[a.Measure], order[b.Measure]) })
	var terms, missing []string
	sum, weight := 0.0, 0.0
	for i := range ms {
		ms[i].Weight = w.Of(ms[i].Measure)
		m := ms[i]
		if m.Weight == 0 {
			continue
		}
		if !m.Available {
			missing = append(missing, fmt.Sprintf("%s（权重 %g）", m.Measure.Label(), m.Weight))
			continue
		}
		sum += m.Weight * m.Score
		weight += m.Weight
		terms = append(terms, fmt.Sprintf("%g×%s %.1f", m.Weight, m.Measure.Label(), m.Score))
	}
	l.Measures = ms
	switch {
	case weight == 0:
		l.Formula = "没有可计分的数据，不计总分、不排名"
		return l
	case len(missing) == 0:
		l.Total = one(sum / weight)
		l.Formula = fmt.Sprintf("总分 = %s = %.1f", strings.Join(terms, " + "), l.Total)
	default:
		l.Total = one(sum / weight)
		l.Formula = fmt.Sprintf("总分 = (%s) ÷ %s = %.1f；%s无数据，其权重按比例分配给其余各项",
			strings.Join(terms, " + "), strconv.FormatFloat(round4(weight), 'f', -1, 64), l.Total, strings.Join(missing, "、"))
	}
	l.HasTotal = true
	return l
}

// Rank orders lines by total, highest first, and numbers them: equal totals
// share a rank and the next one skips (1, 2, 2, 4); lines without a total come
// last, unranked. Lines that tie keep their order (code or number).
func Rank(ls []ScoreLine) {
	slices.SortStableFunc(ls, func(a, b ScoreLine) int {
		if a.HasTotal != b.HasTotal {
			if a.HasTotal {
				return -1
			}
			return 1
		}
		return cmp.Compare(b.Total, a.Total)
	})
	for i := range ls {
		ls[i].Rank, ls[i].Tied = 0, false
		if !ls[i].HasTotal {
			continue
		}
		ls[i].Rank = i + 1
		if i > 0 && ls[i-1].HasTotal && ls[i-1].Total == ls[i].Total {
			ls[i].Rank = ls[i-1].Rank
			ls[i].Tied, ls[i-1].Tied = true, true
		}
	}
}
