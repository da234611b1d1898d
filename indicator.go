package rollout

import (
	"context"
	"fmt"
	"math"
)

// Direction says which way an indicator improves.
type Direction string

const (
	HigherBetter Direction = "higher" // e.g. share of approvals online
	LowerBetter  Direction = "lower"  // e.g. median approval time in days
)

// Valid reports whether d is a known direction.
func (d Direction) Valid() bool { return d == HigherBetter || d == LowerBetter }

// Indicator is an item-specific measure of effectiveness (DOMAIN.md §5): its
// values are reported per unit per period with the reports. Baseline and
// Target are optional (nil: not set).
type Indicator struct {
	ID        int64     `json:"id"`
	ItemID    int64     `json:"item_id"`
	Seq       int       `json:"seq"`     // order within the item, from 1
	Name      string    `json:"name"`    // 工程建设项目审批时长中位数
	Measure   string    `json:"measure"` // unit of measure: 工作日, %, 件, 万元
	Direction Direction `json:"direction"`
	Baseline  *float64  `json:"baseline,omitempty"`
	Target    *float64  `json:"target,omitempty"`
	// Proposed marks the seeded proposals of DOMAIN.md §5, which are not official.
	Proposed bool `json:"proposed"`
}

// Validate checks an indicator before it is stored.
func (in *Indicator) Validate() error {
	if in.Name == "" {
		return Errorf(EINVALID, "指标名称不能为空。")
	}
	if !in.Direction.Valid() {
		return Errorf(EINVALID, "指标方向“%s”无效：应为 higher（越高越好）或 lower（越低越好）。", in.Direction)
	}
	if in.Baseline != nil && in.Target != nil && *in.Baseline == *in.Target {
		return Errorf(EINVALID, "指标“%s”的基准值与目标值相同，无法衡量进展。", in.Name)
	}
	return nil
}

// IndicatorValue is one indicator's value as a report states it.
type IndicatorValue struct {
	IndicatorID int64   `json:"indicator_id"`
	Name        string  `json:"name,omitempty"` // filled on reading, for display
	Value       float64 `json:"value"`
}

// Achievement places value between baseline (0) and target (1), the other way
// round for LowerBetter, clamped to [0, 1], with the formula that gave it. ok is
// false when the indicator lacks a baseline or a target.
func (in *Indicator) Achievement(value float64) (score float64, formula string, ok bool) {
	if in.Baseline == nil || in.Target == nil || *in.Baseline == *in.Target {
		return 0, "", false
	}
	b, t := *in.Baseline, *in.Target
	score = math.Max(0, math.Min(1, (value-b)/(t-b)))
	formula = fmt.Sprintf("(%g − %g) ÷ (%g − %g) = %.2f", value, b, t, b, score)
	return score, formula, true
}

// IndicatorService keeps the indicator definitions of items.
type IndicatorService interface {
	// Indicators returns the indicators of an item, by Seq.
	Indicators(ctx context.Context, itemID int64) ([]*Indicator, error)
	// SaveIndicator creates (ID 0) or updates an indicator; EINVALID for a bad
	// definition, ENOTFOUND for a missing item or indicator.
	SaveIndicator(ctx context.Context, in *Indicator) (*Indicator, error)
	// DeleteIndicator removes an indicator that no report has a value for;
	// ECONFLICT otherwise.
	DeleteIndicator(ctx context.Context, id int64) error
}
