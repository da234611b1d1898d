package rollout

import (
	"context"
	"time"

	"rollout/msg"
)

// Tally counts leaf implementing tasks by their current status: the tasks under
// a task (its own subtree), or summed over several tasks (an item nationwide, a
// province across items). A leaf is an implementing task that has not been
// divided. A status counts two ways, as reported and as verified (Count says
// how), so every figure is one of two Tallies and says which it counts: Cell
// carries both.
//
// Every Tally stored for a task equals the sum of the Tallies of the tasks
// divided from it (or, for a leaf, its own single count): storage keeps them so
// in the same transaction as each write, and `rollout check` proves it.
type Tally struct {
	Leaves      int `json:"leaves"`
	NotStarted  int `json:"not_started"`
	InProgress  int `json:"in_progress"`
	Implemented int `json:"implemented"`
	Deepening   int `json:"deepening"`
	Pending     int `json:"pending_approval"`
	NA          int `json:"not_applicable"`
	Central     int `json:"central"`
	// Evidence counts the leaves whose current report carries at least one
	// evidence entry (a local document or a file).
	Evidence int `json:"evidence"`
}

// Add adds o to t.
func (t *Tally) Add(o Tally) {
	t.Leaves += o.Leaves
	t.NotStarted += o.NotStarted
	t.InProgress += o.InProgress
	t.Implemented += o.Implemented
	t.Deepening += o.Deepening
	t.Pending += o.Pending
	t.NA += o.NA
	t.Central += o.Central
	t.Evidence += o.Evidence
}

// Sub subtracts o from t.
func (t *Tally) Sub(o Tally) {
	t.Add(Tally{-o.Leaves, -o.NotStarted, -o.InProgress, -o.Implemented, -o.Deepening, -o.Pending, -o.NA, -o.Central, -o.Evidence})
}

// Leaf is the Tally of one leaf task with the given current status and whether
// its current report carries evidence.
func Leaf(s ReportStatus, evidence bool) Tally {
	t := Tally{Leaves: 1}
	switch s {
	case StatusInProgress:
		t.InProgress = 1
	case StatusImplemented:
		t.Implemented = 1
	case StatusDeepening:
		t.Deepening = 1
	case StatusPending:
		t.Pending = 1
	case StatusNA:
		t.NA = 1
	case StatusCentral:
		t.Central = 1
	default:
		t.NotStarted = 1
	}
	if evidence {
		t.Evidence = 1
	}
	return t
}

// Count returns the number of leaves with status s.
func (t Tally) Count(s ReportStatus) int {
	switch s {
	case StatusNotStarted:
		return t.NotStarted
	case StatusInProgress:
		return t.InProgress
	case StatusImplemented:
		return t.Implemented
	case StatusDeepening:
		return t.Deepening
	case StatusPending:
		return t.Pending
	case StatusNA:
		return t.NA
	case StatusCentral:
		return t.Central
	}
	return 0
}

// Covered counts the leaves where the reform is in force: implemented,
// deepening, or run centrally.
func (t Tally) Covered() int { return t.Implemented + t.Deepening + t.Central }

// Applicable counts the leaves the reform applies to: all but not applicable.
func (t Tally) Applicable() int { return t.Leaves - t.NA }

// Coverage is Covered / Applicable, between 0 and 1; 0 when nothing applies.
func (t Tally) Coverage() float64 {
	if t.Applicable() <= 0 {
		return 0
	}
	return float64(t.Covered()) / float64(t.Applicable())
}

// CoverageFormula is how Coverage is computed, with t's numbers, for showing
// beside the figure: "覆盖率 = (已落地 3 + 持续深化 1 + 由中央部门统一实施 0) ÷ (末级任务 6 − 不适用 1) = 80.0%".
func (t Tally) CoverageFormula() string { return t.CoverageFormulaIn(msg.ZH) }

// CoverageFormulaIn is CoverageFormula in language l.
func (t Tally) CoverageFormulaIn(l msg.Lang) string {
	return msg.Text(l, "rollup.coverage_formula", t.Implemented, t.Deepening, t.Central, t.Leaves, t.NA, t.Coverage()*100)
}

// Cell is one item at one unit: the Tally of the unit's implementing task for
// the item (its whole subtree). The national matrix holds one Cell per item and
// province-level unit (or FTZ) with a first-level task.
type Cell struct {
	ItemID   int64  `json:"item_id"`
	Batch    int    `json:"batch"`
	ItemSeq  int    `json:"item_seq"`
	UnitID   int64  `json:"unit_id"`
	UnitName string `json:"unit"`
	UnitCode string `json:"unit_code"`
	TaskID   int64  `json:"task_id"`
	// Status is the task's own current status as reported (已上报) and Since
	// the day it became so (zero when not_started).
	Status ReportStatus `json:"status"`
	Since  time.Time    `json:"since,omitzero"`
	// Divided says tasks were divided from this one: it has a drill-down (a
	// task divided to a single unit has one leaf, yet is divided).
	Divided bool `json:"divided"`
	// Tally counts the subtree's leaves as reported (已上报).
	Tally
	// VerifiedStatus is the task's own status as verified (复核通过) and
	// VerifiedSince the day it became so; Verified counts the subtree's
	// leaves as verified. Public pages show these only.
	VerifiedStatus ReportStatus `json:"verified_status"`
	VerifiedSince  time.Time    `json:"verified_since,omitzero"`
	Verified       Tally        `json:"verified"`
}

// AsVerified is the cell with its verified figures in the place of the
// reported ones: what a public page shows.
func (c Cell) AsVerified() Cell {
	c.Status, c.Since, c.Tally = c.VerifiedStatus, c.VerifiedSince, c.Verified
	return c
}

// Counts is the cell's pair of Tallies.
func (c Cell) Counts() Counts { return Counts{Reported: c.Tally, Verified: c.Verified} }

// RollupDiff is one stored aggregate that does not equal what the raw rows give.
type RollupDiff struct {
	TaskID int64  `json:"task_id"`
	What   string `json:"what"` // e.g. "tally of task 812 (广东省, item 7-3)"
	Stored Tally  `json:"stored"`
	Actual Tally  `json:"actual"`
}

// RollupService reads the aggregates that storage maintains with every write.
type RollupService interface {
	// Matrix returns the first-level implementing tasks of a batch as cells,
	// ordered by item and unit code; ENOTFOUND for a batch that does not exist.
	Matrix(ctx context.Context, batch int) ([]Cell, error)
	// Below returns the cells of the tasks divided from taskID (a drill-down),
	// ordered by unit path.
	Below(ctx context.Context, taskID int64) ([]Cell, error)
	// CheckRollups recomputes every task's Tallies, as reported and as
	// verified, from the raw rows (tasks, report versions, review steps) and
	// returns every stored one that differs; none means the aggregates are
	// exact.
	CheckRollups(ctx context.Context) ([]RollupDiff, error)
}
