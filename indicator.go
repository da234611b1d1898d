package rollout

import (
	"context"
	"fmt"
	"math"
	"strings"
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
	// Version counts the saves of the indicator, from 1; a change names the
	// version it read (optimistic concurrency).
	Version int `json:"version"`
}

// Bounds of an indicator's definition, enforced by DecideIndicatorSave for
// every entry point (item page, API, seeding).
const (
	MaxIndicatorName     = 100 // characters of Indicator.Name
	MaxIndicatorMeasure  = 20  // characters of Indicator.Measure
	MaxIndicatorsPerItem = 20  // indicators of one item
)

// Validate checks an indicator's own fields: a name and a unit of measure
// within their bounds, a known direction, finite baseline and target that
// differ.
func (in *Indicator) Validate() error {
	switch {
	case in.Name == "":
		return E(EINVALID, "err.eval.indicator_name_empty")
	case len([]rune(in.Name)) > MaxIndicatorName:
		return E(EINVALID, "err.eval.indicator_name_long", MaxIndicatorName)
	case len([]rune(in.Measure)) > MaxIndicatorMeasure:
		return E(EINVALID, "err.eval.indicator_measure_long", in.Name, MaxIndicatorMeasure)
	case !in.Direction.Valid():
		return E(EINVALID, "err.eval.indicator_direction", string(in.Direction))
	}
	for _, p := range []*float64{in.Baseline, in.Target} {
		if p != nil && (math.IsNaN(*p) || math.IsInf(*p, 0)) {
			return E(EINVALID, "err.eval.indicator_not_number", in.Name)
		}
	}
	if in.Baseline != nil && in.Target != nil && *in.Baseline == *in.Target {
		return E(EINVALID, "err.eval.indicator_same_values", in.Name)
	}
	return nil
}

// IndicatorSnapshot is what a change of an item's indicators is decided on:
// the item (ItemID 0 when there is no such item) and its indicators as
// stored, by Seq. InUse, read for a delete only, holds the indicators that a
// report, or a version of one, has a value for.
type IndicatorSnapshot struct {
	ItemID     int64
	Indicators []*Indicator
	InUse      map[int64]bool
}

func (s IndicatorSnapshot) stored(id int64) *Indicator {
	for _, in := range s.Indicators {
		if in.ID == id {
			return in
		}
	}
	return nil
}

// IndicatorPlan is what a save writes: Indicator, to insert (ID 0) or to
// update in place of Before, with its Seq and Version set.
type IndicatorPlan struct {
	Indicator Indicator
	Before    *Indicator
}

// IndicatorConflict is the ECONFLICT of a change that names an old version of
// an indicator: Current is the indicator as stored now.
type IndicatorConflict struct {
	Current *Indicator
}

func (e *IndicatorConflict) Error() string { return e.Unwrap().Error() }

// Unwrap lets ErrorCode and ErrorText see it as an ECONFLICT *Error.
func (e *IndicatorConflict) Unwrap() error {
	return E(ECONFLICT, "err.eval.indicator_stale", e.Current.Name, e.Current.Version)
}

// checkVersion refuses a change of stored that names no version, or another
// than the stored one.
func (stored *Indicator) checkVersion(version int) error {
	switch {
	case version <= 0:
		return E(EINVALID, "err.eval.indicator_version", stored.Name)
	case version != stored.Version:
		return &IndicatorConflict{Current: stored}
	}
	return nil
}

// DecideIndicatorSave decides the save of in over snap: a new indicator (ID
// 0) of the item, at the end of its list unless Seq is given; or a change of
// a stored one, which names the Version it read and stays with its item (an
// ItemID, when given, must be the stored one's). ENOTFOUND for a missing item
// or indicator; *IndicatorConflict for an old version; EINVALID for a bad
// definition, a Seq another indicator of the item has, or an item that has
// MaxIndicatorsPerItem already.
func DecideIndicatorSave(snap IndicatorSnapshot, in Indicator) (IndicatorPlan, error) {
	in.Name, in.Measure = strings.TrimSpace(in.Name), strings.TrimSpace(in.Measure)
	var before *Indicator
	if in.ID != 0 {
		if before = snap.stored(in.ID); before == nil {
			return IndicatorPlan{}, E(ENOTFOUND, "err.eval.indicator_not_found", in.ID)
		}
		if in.ItemID != 0 && in.ItemID != before.ItemID {
			return IndicatorPlan{}, E(ENOTFOUND, "err.eval.indicator_not_of_item", in.ID)
		}
		if err := before.checkVersion(in.Version); err != nil {
			return IndicatorPlan{}, err
		}
	} else if snap.ItemID == 0 || (in.ItemID != 0 && in.ItemID != snap.ItemID) {
		return IndicatorPlan{}, E(ENOTFOUND, "err.eval.item_not_found", in.ItemID)
	}
	if err := in.Validate(); err != nil {
		return IndicatorPlan{}, err
	}
	in.ItemID = snap.ItemID
	switch {
	case in.Seq < 0:
		return IndicatorPlan{}, E(EINVALID, "err.eval.indicator_seq", in.Seq)
	case in.Seq == 0 && before != nil:
		in.Seq = before.Seq
	case in.Seq == 0:
		in.Seq = 1
		for _, x := range snap.Indicators {
			in.Seq = max(in.Seq, x.Seq+1)
		}
	}
	for _, x := range snap.Indicators {
		if x.Seq == in.Seq && x.ID != in.ID {
			return IndicatorPlan{}, E(EINVALID, "err.eval.indicator_seq_taken", in.Seq)
		}
	}
	if before == nil {
		if len(snap.Indicators) >= MaxIndicatorsPerItem {
			return IndicatorPlan{}, E(EINVALID, "err.eval.indicators_full", MaxIndicatorsPerItem)
		}
		in.Version = 1
	} else {
		in.Version = before.Version + 1
	}
	return IndicatorPlan{Indicator: in, Before: before}, nil
}

// DecideIndicatorDelete decides the deletion of indicator id, read at
// version, over snap: the stored indicator, to delete. ENOTFOUND when there
// is none; *IndicatorConflict for an old version; ECONFLICT when a report has
// a value for it (snap.InUse).
func DecideIndicatorDelete(snap IndicatorSnapshot, id int64, version int) (*Indicator, error) {
	stored := snap.stored(id)
	if stored == nil {
		return nil, E(ENOTFOUND, "err.eval.indicator_not_found", id)
	}
	if err := stored.checkVersion(version); err != nil {
		return nil, err
	}
	if snap.InUse[id] {
		return nil, E(ECONFLICT, "err.eval.indicator_in_use", stored.Name)
	}
	return stored, nil
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
	// SaveIndicator creates (ID 0) or updates an indicator as
	// DecideIndicatorSave decides, with an audit entry: an update names the
	// Version it read. EINVALID for a bad definition or a number taken,
	// ENOTFOUND for a missing item or indicator, *IndicatorConflict for an
	// old version; nothing is written then.
	SaveIndicator(ctx context.Context, in *Indicator) (*Indicator, error)
	// DeleteIndicator removes indicator id, read at version, that no report
	// has a value for (DecideIndicatorDelete): ECONFLICT when one has,
	// *IndicatorConflict for an old version, ENOTFOUND for none.
	DeleteIndicator(ctx context.Context, id int64, version int) error
}
