package rollout

import "context"

// TrendPoint is the nationwide standing of a batch's leaf tasks at the end of
// a reporting period: each leaf counted with its newest submitted report of a
// period ending no later than this one's (not_started without one), not
// applicable where the level above approved it. Evidence is not counted.
type TrendPoint struct {
	Period Period `json:"period"`
	Tally
}

// TrendService reads the history of reports as coverage over periods.
type TrendService interface {
	// Trend returns one point per period that any submitted report of the
	// batch is for, oldest first; ENOTFOUND for a missing batch.
	Trend(ctx context.Context, batch int) ([]TrendPoint, error)
}
