package rollout

import (
	"context"
	"math"
	"slices"
	"strconv"
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

// Bounds of a round, enforced by DecideRoundCreate, DecideEvaluators and
// DecideScores for every entry point.
const (
	MaxRoundName            = 200  // characters of Round.Name
	MaxCriteria             = 20   // lines of a rubric
	MaxCriterionName        = 100  // characters of Criterion.Name
	MaxCriterionDescription = 1000 // characters of Criterion.Description
	MaxScoreComment         = 2000 // characters of Score.Comment
	MaxRoundEvaluators      = 50   // evaluators of one round
	// A weight is between MinWeight and MaxWeight; the weights sum to 1.
	MinWeight = 0.0
	MaxWeight = 1.0
	// A criterion's range lies within [MinCriterionScore, MaxCriterionScore].
	MinCriterionScore = 0.0
	MaxCriterionScore = 1000.0
)

// Validate checks that each weight is between MinWeight and MaxWeight and that
// they sum to 1.
func (w Weights) Validate() error {
	sum := 0.0
	for _, m := range Measures {
		v := w.Of(m)
		if v < MinWeight || math.IsNaN(v) || math.IsInf(v, 0) {
			return E(EINVALID, "err.eval.weight_negative", m, v)
		}
		if v > MaxWeight {
			return E(EINVALID, "err.eval.weight_high", m, v, MaxWeight)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-6 {
		return E(EINVALID, "err.eval.weights_sum", round4(sum))
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
	// Version counts the coordinator's changes of the round (opening,
	// evaluators, closing), from 1; such a change names the version it read.
	// Scores, each evaluator's own, do not count.
	Version   int        `json:"version"`
	CreatedAt time.Time  `json:"created_at"`
	CreatedBy string     `json:"created_by"`
	ClosedAt  *time.Time `json:"closed_at,omitempty"`
	ClosedBy  string     `json:"closed_by,omitempty"`
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

// Scope is what the round lets its evaluators read (Target.Rounds).
func (r *Round) Scope() RoundScope {
	s := RoundScope{Round: r.ID, Items: r.Items, Units: r.Units, Period: r.Period}
	for _, e := range r.Evaluators {
		s.Evaluators = append(s.Evaluators, e.UserID)
	}
	return s
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
// anything — at least one criterion, each with a name and Min < Max, within
// the bounds above. It trims the texts and numbers the criteria 1, 2, … in
// their order.
func (r *Round) Validate() error {
	r.Name = strings.TrimSpace(r.Name)
	switch {
	case r.Name == "":
		return E(EINVALID, "err.eval.round_name_empty")
	case len([]rune(r.Name)) > MaxRoundName:
		return E(EINVALID, "err.eval.round_name_long", MaxRoundName)
	case r.Batch <= 0:
		return E(EINVALID, "err.eval.round_batch")
	}
	if _, _, _, err := ParsePeriod(string(r.Period)); err != nil {
		return err
	}
	if len(r.Items) == 0 {
		return E(EINVALID, "err.eval.round_no_items")
	}
	if len(r.Units) == 0 {
		return E(EINVALID, "err.eval.round_no_units")
	}
	if err := r.Weights.Validate(); err != nil {
		return err
	}
	if r.Weights.Rubric > 0 && len(r.Criteria) == 0 {
		return E(EINVALID, "err.eval.rubric_empty", r.Weights.Rubric)
	}
	if len(r.Criteria) > MaxCriteria {
		return E(EINVALID, "err.eval.criteria_many", MaxCriteria)
	}
	for i := range r.Criteria {
		c := &r.Criteria[i]
		c.Seq = i + 1
		c.Name, c.Description = strings.TrimSpace(c.Name), strings.TrimSpace(c.Description)
		switch {
		case c.Name == "":
			return E(EINVALID, "err.eval.criterion_name", c.Seq)
		case len([]rune(c.Name)) > MaxCriterionName:
			return E(EINVALID, "err.eval.criterion_name_long", c.Seq, MaxCriterionName)
		case len([]rune(c.Description)) > MaxCriterionDescription:
			return E(EINVALID, "err.eval.criterion_desc_long", c.Seq, c.Name, MaxCriterionDescription)
		case !(c.Max > c.Min) || math.IsInf(c.Max, 0) || math.IsInf(c.Min, 0):
			return E(EINVALID, "err.eval.criterion_range", c.Seq, c.Name, c.Min, c.Max)
		case c.Min < MinCriterionScore || c.Max > MaxCriterionScore:
			return E(EINVALID, "err.eval.criterion_bounds", c.Seq, c.Name, MinCriterionScore, MaxCriterionScore)
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
// of the rubric, a value within the criterion's range, a comment within
// MaxScoreComment. A refusal is a *ScoreError naming the unit (by its number;
// DecideScores names it by its name) and the criterion.
func (r *Round) CheckScore(s Score) error { return r.checkScore(s, "") }

func (r *Round) checkScore(s Score, unitName string) error {
	if unitName == "" {
		unitName = strconv.FormatInt(s.UnitID, 10)
	}
	if !r.HasUnit(s.UnitID) {
		return ScoreErr(s, "err.eval.score_unit", unitName)
	}
	c := r.Criterion(s.Criterion)
	if c == nil {
		return ScoreErr(s, "err.eval.score_criterion", unitName, s.Criterion)
	}
	if math.IsNaN(s.Value) || math.IsInf(s.Value, 0) || s.Value < c.Min || s.Value > c.Max {
		return ScoreErr(s, "err.eval.score_range", unitName, c.Name, s.Value, c.Min, c.Max)
	}
	if len([]rune(s.Comment)) > MaxScoreComment {
		return ScoreErr(s, "err.eval.comment_long", unitName, c.Name, MaxScoreComment)
	}
	return nil
}

// ScoreError is the refusal of one score of a form that holds many (units ×
// criteria): the unit and criterion it is about, which its message names
// too, so that the form marks the field at fault.
type ScoreError struct {
	UnitID    int64
	Criterion int
	Err       *Error
}

func (e *ScoreError) Error() string { return e.Err.Error() }

// Unwrap lets ErrorCode and ErrorText see it as its EINVALID *Error.
func (e *ScoreError) Unwrap() error { return e.Err }

// ScoreErr is the EINVALID *ScoreError of score s, said by catalogue entry key.
func ScoreErr(s Score, key string, args ...any) error {
	return &ScoreError{UnitID: s.UnitID, Criterion: s.Criterion, Err: E(EINVALID, key, args...)}
}

// ErrRoundClosed is the refusal of any change to a closed round.
func ErrRoundClosed(r *Round) error {
	return E(ECONFLICT, "err.eval.round_closed", r.Name)
}

// RoundConflict is the ECONFLICT of a change that names an old version of a
// round: Current is the round as stored now.
type RoundConflict struct {
	Current *Round
}

func (e *RoundConflict) Error() string { return e.Unwrap().Error() }

// Unwrap lets ErrorCode and ErrorText see it as an ECONFLICT *Error.
func (e *RoundConflict) Unwrap() error {
	return E(ECONFLICT, "err.eval.round_stale", e.Current.Name, e.Current.Version)
}

// checkChange refuses a coordinator's change of stored that names no
// version or an old one, and any change of a closed round.
func (stored *Round) checkChange(version int) error {
	switch {
	case stored.Closed():
		return ErrRoundClosed(stored)
	case version <= 0:
		return E(EINVALID, "err.eval.round_version", stored.Name)
	case version != stored.Version:
		return &RoundConflict{Current: stored}
	}
	return nil
}

// RoundSnapshot is what opening a round is decided on: whether its batch is
// stored, the batch's items, the units with a first-level implementing task
// of the batch, and the names of the units asked for (a unit missing from
// UnitNames does not exist).
type RoundSnapshot struct {
	BatchFound    bool
	BatchItems    map[int64]bool
	UnitsWithTask map[int64]bool
	UnitNames     map[int64]string
}

// DecideRoundCreate decides the opening of round in over snap: the round to
// store (state open, version 1, items and units without repeats, criteria
// numbered), created by actor at now. EINVALID when Validate fails, the batch
// is not stored, an item is not of it, or a unit does not exist or has no
// first-level implementing task of the batch.
func DecideRoundCreate(snap RoundSnapshot, in Round, actor string, now time.Time) (*Round, error) {
	r := in
	r.ID, r.Items, r.Units = 0, dedupIDs(in.Items), dedupIDs(in.Units)
	r.Criteria = append([]Criterion{}, in.Criteria...)
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if !snap.BatchFound {
		return nil, E(EINVALID, "err.eval.no_batch", r.Batch)
	}
	for _, id := range r.Items {
		if !snap.BatchItems[id] {
			return nil, E(EINVALID, "err.eval.item_not_of_batch", id, r.Batch)
		}
	}
	for _, id := range r.Units {
		if snap.UnitsWithTask[id] {
			continue
		}
		name, ok := snap.UnitNames[id]
		if !ok {
			return nil, E(EINVALID, "err.eval.unit_not_found", id)
		}
		return nil, E(EINVALID, "err.eval.unit_without_task", name, r.Batch)
	}
	r.State, r.Version, r.CreatedAt, r.CreatedBy = RoundOpen, 1, now, actor
	r.Evaluators, r.ClosedAt, r.ClosedBy = []RoundEvaluator{}, nil, ""
	return &r, nil
}

// DecideEvaluators decides the replacement of stored's evaluators, read at
// version, by the users ids names (users holds those found, by ID): the
// evaluators to store, without repeats, in the order given. ECONFLICT for a
// closed round, *RoundConflict for an old version; EINVALID for a user who
// does not exist or holds no evaluator role, or more than MaxRoundEvaluators.
func DecideEvaluators(stored *Round, version int, ids []int64, users map[int64]*User) ([]RoundEvaluator, error) {
	ids = dedupIDs(ids)
	if len(ids) > MaxRoundEvaluators {
		return nil, E(EINVALID, "err.eval.evaluators_many", MaxRoundEvaluators)
	}
	if stored.Closed() {
		return nil, ErrRoundClosed(stored)
	}
	out := []RoundEvaluator{}
	for _, id := range ids {
		u := users[id]
		if u == nil {
			return nil, E(EINVALID, "err.eval.user_not_found", id)
		}
		if !u.Has(RoleEvaluator) {
			return nil, E(EINVALID, "err.eval.not_evaluator_role", u.Username)
		}
		out = append(out, RoundEvaluator{UserID: u.ID, Username: u.Username, DisplayName: u.DisplayName})
	}
	if err := stored.checkChange(version); err != nil {
		return nil, err
	}
	return out, nil
}

// DecideRoundClose decides the closing of stored, read at version, with sc,
// the scorecard computed from its current data: the scorecard to keep, final
// and dated now. ECONFLICT for a round closed already (saying when),
// *RoundConflict for an old version.
func DecideRoundClose(stored *Round, version int, sc *Scorecard, now time.Time) (*Scorecard, error) {
	if stored.Closed() {
		at := ""
		if stored.ClosedAt != nil {
			at = stored.ClosedAt.In(Beijing).Format("2006-01-02 15:04")
		}
		return nil, E(ECONFLICT, "err.eval.round_closed_at", stored.Name, at)
	}
	if err := stored.checkChange(version); err != nil {
		return nil, err
	}
	kept := *sc
	kept.Final, kept.ComputedAt = true, now
	return &kept, nil
}

// KeptScorecard reports whether the scorecard of r to show is the one kept
// when it closed (true) or one computed from the current data (false, for an
// open round).
func (r *Round) KeptScorecard() bool { return r.Closed() }

// ScoreSnapshot is what saving scores is decided on: the round as stored and
// the names of its units, by ID.
type ScoreSnapshot struct {
	Round     *Round
	UnitNames map[int64]string
}

// DecideScores decides the save of actor's scores over snap: the scores to
// store, each with the round, the evaluator and the time now, comments
// trimmed. All or nothing: EINVALID without an actor or without any score; a
// *ScoreError (EINVALID) naming the unit by its name and the criterion for a
// score CheckScore refuses or a unit and criterion scored twice;
// EFORBIDDEN for an actor who is not an evaluator of the round; ECONFLICT
// for a closed round.
func DecideScores(snap ScoreSnapshot, actor *User, scores []Score, now time.Time) ([]Score, error) {
	r := snap.Round
	if actor == nil {
		return nil, E(EINVALID, "err.eval.scores_by_evaluator")
	}
	if r.Closed() {
		return nil, ErrRoundClosed(r)
	}
	if !slices.ContainsFunc(r.Evaluators, func(e RoundEvaluator) bool { return e.UserID == actor.ID }) {
		return nil, E(EFORBIDDEN, "err.eval.not_round_evaluator", r.Name)
	}
	if len(scores) == 0 {
		return nil, E(EINVALID, "err.eval.scores_none")
	}
	type key struct {
		unit int64
		c    int
	}
	seen := map[key]bool{}
	out := make([]Score, 0, len(scores))
	for _, s := range scores {
		s.Comment = strings.TrimSpace(s.Comment)
		if err := r.checkScore(s, snap.UnitNames[s.UnitID]); err != nil {
			return nil, err
		}
		if seen[key{s.UnitID, s.Criterion}] {
			return nil, ScoreErr(s, "err.eval.score_twice", snap.UnitNames[s.UnitID], r.Criterion(s.Criterion).Name)
		}
		seen[key{s.UnitID, s.Criterion}] = true
		s.RoundID, s.EvaluatorID, s.Evaluator, s.UpdatedAt = r.ID, actor.ID, actor.Username, now
		out = append(out, s)
	}
	return out, nil
}

// dedupIDs returns ids without repeats, in their first order.
func dedupIDs(ids []int64) []int64 {
	out := []int64{}
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// EvaluationService keeps evaluation rounds, their scores and the scorecards
// of closed rounds. Every change writes an audit entry in its transaction,
// with the actor of the context.
type EvaluationService interface {
	// Rounds lists every round, newest first, with their evaluators.
	Rounds(ctx context.Context) ([]*Round, error)
	// Round returns one round; ENOTFOUND when there is none.
	Round(ctx context.Context, id int64) (*Round, error)
	// CreateRound opens a round as DecideRoundCreate decides (r.ID, State
	// and Version are ignored): EINVALID when Validate fails, the batch does
	// not exist, an item is not of the batch or a unit has no first-level
	// implementing task for any of the items.
	CreateRound(ctx context.Context, r *Round) (*Round, error)
	// SetEvaluators replaces the evaluators of the round, read at version
	// (DecideEvaluators): EINVALID for a user who does not exist or holds no
	// evaluator role; ECONFLICT when the round is closed; *RoundConflict for
	// an old version; ENOTFOUND for a missing round.
	SetEvaluators(ctx context.Context, roundID int64, version int, userIDs []int64) (*Round, error)
	// Scores returns the round's scores, by unit, criterion and evaluator.
	Scores(ctx context.Context, roundID int64) ([]Score, error)
	// SaveScores stores the scores of the context's actor (EvaluatorID is
	// taken from it), replacing the actor's earlier score of each unit and
	// criterion given, as DecideScores decides. All or nothing: EINVALID for
	// a score Round.CheckScore refuses, EFORBIDDEN for an actor not assigned
	// to the round; ECONFLICT when the round is closed.
	SaveScores(ctx context.Context, roundID int64, scores []Score) error
	// CloseRound closes an open round, read at version: it computes the
	// scorecard, keeps it, and refuses every later change (DecideRoundClose).
	// ECONFLICT when the round is closed already, *RoundConflict for an old
	// version.
	CloseRound(ctx context.Context, id int64, version int) (*Round, error)
	// Scorecard returns the round's scorecard: the one kept at closing for a
	// closed round (Final set), computed from the current data otherwise.
	Scorecard(ctx context.Context, id int64) (*Scorecard, error)
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }
