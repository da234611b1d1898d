package rollout

import (
	"context"
	"math"
	"strings"
	"time"

	"rollout/msg"
)

// Effectiveness evaluation (成效评估, DOMAIN.md §5). The coordinator opens a
// round over a batch, a period, a subset of its items and of the units that
// implement them (provinces, FTZs), with weights of the measures and a rubric;
// assigns evaluators (third-party accounts among them) who score the units on
// the rubric with comments; and closes it, which freezes the scores and keeps
// the scorecard as it stood, so that the bulletin made from it never changes.
//
// Rubric scores are given per unit and criterion by each evaluator, not per
// item: the rubric judges a unit's work on the batch as a whole, while the
// item-by-item standing is measured from the reports (status, coverage,
// evidence, indicators). This keeps an evaluator's form at units × criteria.

// RoundState is where a round stands.
type RoundState string

const (
	RoundOpen   RoundState = "open"   // set up, evaluators scoring
	RoundClosed RoundState = "closed" // scores frozen, scorecard kept
)

// Measure is one of the things a scorecard weighs.
type Measure string

const (
	MeasureStatus     Measure = "status"     // points of the leaves' statuses (StatusPoints)
	MeasureCoverage   Measure = "coverage"   // Tally.Coverage
	MeasureEvidence   Measure = "evidence"   // share of leaves whose report carries evidence
	MeasureIndicators Measure = "indicators" // indicators against baseline and target (Indicator.Achievement)
	MeasureRubric     Measure = "rubric"     // evaluators' rubric scores
)

// Measures lists the measures in the order they are shown.
var Measures = []Measure{MeasureCoverage, MeasureStatus, MeasureEvidence, MeasureIndicators, MeasureRubric}

// Label is the Measure's name in Chinese, as reports, sheets and the command line write it.
func (m Measure) Label() string { return m.Text(msg.ZH) }

// Text names the Measure in language lang (catalogue entries measure.*).
func (m Measure) Text(lang msg.Lang) string { return term(lang, "measure.", m) }

// StatusPoints is the one table of points per status for the status measure
// (0–100). Not applicable has none: such leaves are left out of the measure,
// as they are of coverage.
var StatusPoints = map[ReportStatus]float64{
	StatusNotStarted:  0,
	StatusInProgress:  40,
	StatusPending:     50,
	StatusImplemented: 90,
	StatusDeepening:   100,
	StatusCentral:     100,
}

// Weights are the weights of the measures in a round: each at least 0, summing
// to 1.
type Weights struct {
	Status     float64 `json:"status"`
	Coverage   float64 `json:"coverage"`
	Evidence   float64 `json:"evidence"`
	Indicators float64 `json:"indicators"`
	Rubric     float64 `json:"rubric"`
}

// Of returns the weight of measure m.
func (w Weights) Of(m Measure) float64 {
	switch m {
	case MeasureStatus:
		return w.Status
	case MeasureCoverage:
		return w.Coverage
	case MeasureEvidence:
		return w.Evidence
	case MeasureIndicators:
		return w.Indicators
	case MeasureRubric:
		return w.Rubric
	}
	return 0
}

// Validate checks that the weights are not negative and sum to 1.
func (w Weights) Validate() error {
	sum := 0.0
	for _, m := range Measures {
		v := w.Of(m)
		if v < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
			return Errorf(EINVALID, "“%s”的权重 %g 无效：权重不能为负数。", m.Label(), v)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-6 {
		return Errorf(EINVALID, "各项权重之和应为 1（现为 %g）：请调整后再保存。", round4(sum))
	}
	return nil
}

// Criterion is one line of a round's rubric, scored between Min and Max.
type Criterion struct {
	Seq         int     `json:"seq"` // from 1, the order in the rubric
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Min         float64 `json:"min"`
	Max         float64 `json:"max"`
}

// RoundEvaluator is an account assigned to score in a round.
type RoundEvaluator struct {
	UserID      int64  `json:"user_id"`
	Username    string `json:"username"`
	DisplayName string `json:"display_name,omitempty"`
}

// Round is an evaluation round (评估轮次).
type Round struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Batch  int    `json:"batch"`
	Period Period `json:"period"` // the reports whose indicator values count
	// Items and Units are the IDs of the items and units evaluated: a subset of
	// the batch's items and of the units with first-level tasks for them.
	Items      []int64          `json:"items"`
	Units      []int64          `json:"units"`
	Weights    Weights          `json:"weights"`
	Criteria   []Criterion      `json:"criteria"`
	Evaluators []RoundEvaluator `json:"evaluators"`
	State      RoundState       `json:"state"`
	CreatedAt  time.Time        `json:"created_at"`
	CreatedBy  string           `json:"created_by"`
	ClosedAt   *time.Time       `json:"closed_at,omitempty"`
	ClosedBy   string           `json:"closed_by,omitempty"`
}

// Closed reports whether the round is closed.
func (r *Round) Closed() bool { return r.State == RoundClosed }

// Target is the target of an action on the round: the round with its
// evaluators (Authorize lets an evaluator act only in its rounds).
func (r *Round) Target() Target {
	t := Target{Round: r.ID}
	for _, e := range r.Evaluators {
		t.Evaluators = append(t.Evaluators, e.UserID)
	}
	if t.Evaluators == nil {
		t.Evaluators = []int64{}
	}
	return t
}

// Criterion returns the rubric's criterion with number seq, or nil.
func (r *Round) Criterion(seq int) *Criterion {
	for i := range r.Criteria {
		if r.Criteria[i].Seq == seq {
			return &r.Criteria[i]
		}
	}
	return nil
}

// HasUnit reports whether the round evaluates unit id.
func (r *Round) HasUnit(id int64) bool {
	for _, u := range r.Units {
		if u == id {
			return true
		}
	}
	return false
}

// Validate checks a round before it is opened: a name, a batch, a period,
// items and units, weights summing to 1, and — when the rubric weighs
// anything — at least one criterion, each with a name and Min < Max. It
// numbers the criteria 1, 2, … in their order.
func (r *Round) Validate() error {
	r.Name = strings.TrimSpace(r.Name)
	switch {
	case r.Name == "":
		return Errorf(EINVALID, "请填写评估轮次的名称（如“第七批改革试点经验2024年度成效评估”）。")
	case len([]rune(r.Name)) > 200:
		return Errorf(EINVALID, "评估轮次的名称不能超过 200 个字。")
	case r.Batch <= 0:
		return Errorf(EINVALID, "请选择要评估的批次。")
	}
	if _, _, _, err := ParsePeriod(string(r.Period)); err != nil {
		return err
	}
	if len(r.Items) == 0 {
		return Errorf(EINVALID, "请至少选择一项要评估的改革事项。")
	}
	if len(r.Units) == 0 {
		return Errorf(EINVALID, "请至少选择一个被评估单位（省份或自贸试验区）。")
	}
	if err := r.Weights.Validate(); err != nil {
		return err
	}
	if r.Weights.Rubric > 0 && len(r.Criteria) == 0 {
		return Errorf(EINVALID, "评审打分的权重为 %g，但评分细则中没有任何评分项：请添加评分项，或把评审权重设为 0。", r.Weights.Rubric)
	}
	for i := range r.Criteria {
		c := &r.Criteria[i]
		c.Seq = i + 1
		c.Name, c.Description = strings.TrimSpace(c.Name), strings.TrimSpace(c.Description)
		if c.Name == "" {
			return Errorf(EINVALID, "评分细则第 %d 项缺少名称。", c.Seq)
		}
		if !(c.Max > c.Min) || math.IsInf(c.Max, 0) || math.IsInf(c.Min, 0) {
			return Errorf(EINVALID, "评分细则第 %d 项“%s”的分值范围 %g–%g 无效：最高分须大于最低分。", c.Seq, c.Name, c.Min, c.Max)
		}
	}
	return nil
}

// Score is one evaluator's score of one unit on one criterion of a round.
type Score struct {
	RoundID     int64     `json:"round_id"`
	UnitID      int64     `json:"unit_id"`
	Criterion   int       `json:"criterion"` // Criterion.Seq
	EvaluatorID int64     `json:"evaluator_id"`
	Evaluator   string    `json:"evaluator"` // user name, filled on reading
	Value       float64   `json:"value"`
	Comment     string    `json:"comment"`
	UpdatedAt   time.Time `json:"updated_at"`
}

// CheckScore checks a score against the round: an evaluated unit, a criterion
// of the rubric, a value within the criterion's range.
func (r *Round) CheckScore(s Score) error {
	if !r.HasUnit(s.UnitID) {
		return Errorf(EINVALID, "单位 %d 不在本轮评估范围内。", s.UnitID)
	}
	c := r.Criterion(s.Criterion)
	if c == nil {
		return Errorf(EINVALID, "评分细则中没有第 %d 项。", s.Criterion)
	}
	if math.IsNaN(s.Value) || s.Value < c.Min || s.Value > c.Max {
		return Errorf(EINVALID, "“%s”的分值 %g 超出范围：应在 %g 至 %g 之间。", c.Name, s.Value, c.Min, c.Max)
	}
	if len([]rune(s.Comment)) > 2000 {
		return Errorf(EINVALID, "“%s”的评语不能超过 2000 字。", c.Name)
	}
	return nil
}

// ErrRoundClosed is the refusal of any change to a closed round.
func ErrRoundClosed(r *Round) error {
	return Errorf(ECONFLICT, "评估轮次“%s”已关闭，评分已冻结，不能再修改。", r.Name)
}

// EvaluationService keeps evaluation rounds, their scores and the scorecards
// of closed rounds. Every change writes an audit entry in its transaction,
// with the actor of the context.
type EvaluationService interface {
	// Rounds lists every round, newest first, with their evaluators.
	Rounds(ctx context.Context) ([]*Round, error)
	// Round returns one round; ENOTFOUND when there is none.
	Round(ctx context.Context, id int64) (*Round, error)
	// CreateRound opens a round (r.ID and State are ignored). EINVALID when
	// Validate fails, the batch does not exist, an item is not of the batch or
	// a unit has no first-level implementing task for any of the items.
	CreateRound(ctx context.Context, r *Round) (*Round, error)
	// SetEvaluators replaces the round's evaluators. EINVALID for a user who
	// does not exist or holds no evaluator role; ECONFLICT when the round is
	// closed; ENOTFOUND for a missing round.
	SetEvaluators(ctx context.Context, roundID int64, userIDs []int64) (*Round, error)
	// Scores returns the round's scores, by unit, criterion and evaluator.
	Scores(ctx context.Context, roundID int64) ([]Score, error)
	// SaveScores stores the scores of the context's actor (EvaluatorID is
	// taken from it), replacing the actor's earlier score of each unit and
	// criterion given. All or nothing: EINVALID for a score Round.CheckScore
	// refuses or an actor not assigned to the round; ECONFLICT when the round
	// is closed.
	SaveScores(ctx context.Context, roundID int64, scores []Score) error
	// CloseRound closes an open round: it computes the scorecard, keeps it,
	// and refuses every later change. ECONFLICT when the round is closed
	// already.
	CloseRound(ctx context.Context, id int64) (*Round, error)
	// Scorecard returns the round's scorecard: the one kept at closing for a
	// closed round (Final set), computed from the current data otherwise.
	Scorecard(ctx context.Context, id int64) (*Scorecard, error)
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }
