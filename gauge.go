package rollout

import (
	"context"
	"time"
)

// BusinessGauges are the numbers of the work itself that an operator watches
// beside the machine's: how many tasks stand in each state, how many are past
// their dated deadline, and how many problems are still open.
type BusinessGauges struct {
	// TasksByState counts every task by its state; every state of States is
	// present, with 0 when no task is in it.
	TasksByState map[TaskState]int
	// Overdue counts the tasks not done (closed or not applicable) whose
	// dated deadline was before the given day (Beijing time): their light is red.
	Overdue int
	// OpenProblems counts the problems not yet resolved by their state; every
	// state but resolved is present, with 0 when no problem is in it.
	OpenProblems map[ProblemState]int
	// AuditHead is the number of the newest audit entry. The trail is append
	// only, so it never goes down: a monitor that records it (the Prometheus
	// series) detects entries removed from the end, which the hash chain alone
	// cannot show.
	AuditHead int64
}

// GaugeService reads the business gauges for /metrics.
type GaugeService interface {
	// BusinessGauges counts as of now, in one read of the data. Errors are
	// those of storage (EINTERNAL).
	BusinessGauges(ctx context.Context, now time.Time) (*BusinessGauges, error)
}
