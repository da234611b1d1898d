package sqldb

import (
	"context"
	"fmt"

	"rollout"
)

// The problem box of a report in 问题协调: what rollout.DecideReport plans
// for a submission with a problem (ReportPlan.Problem) is read and stored
// here, in the report save's transaction: the task's open problem and how a
// new one would climb (reportProblemSnapshot), and the problem raised or
// joined, with the link from the report's version (storeReportProblem).

// reportProblemSnapshot reads what the problem box of a report on task
// taskID is decided over: the raising of a problem on the task, and the
// task's newest problem not resolved, whole (nil when none).
func (tx *tx) reportProblemSnapshot(ctx context.Context, taskID int64) (*rollout.ReportProblemSnapshot, error) {
	raise, err := tx.raiseSnapshot(ctx, rollout.NewProblem{TaskID: taskID})
	if err != nil {
		return nil, err
	}
	snap := &rollout.ReportProblemSnapshot{Raise: raise}
	var id int64
	if err := tx.each(ctx, `SELECT COALESCE(MAX(id), 0) FROM problems WHERE task_id = $1 AND state <> 'resolved'`,
		[]any{&id}, func() {}, taskID); err != nil {
		return nil, fmt.Errorf("open problem of task %d: %w", taskID, err)
	}
	if id != 0 {
		if snap.Open, err = tx.problem(ctx, id); err != nil {
			return nil, err
		}
	}
	return snap, nil
}

// storeReportProblem writes what the problem box of saved (the report as
// saved, at its new version) planned: a new problem on the task, or the
// report's words added to the open one's thread (guarded by its version, as a
// step is); and the link from the report's version to the problem.
func (tx *tx) storeReportProblem(ctx context.Context, saved *rollout.Report, plan *rollout.ReportProblemPlan) error {
	if plan == nil {
		return nil
	}
	var id int64
	switch {
	case plan.Raise != nil:
		var name string
		if err := tx.QueryRowContext(ctx, `SELECT name FROM units WHERE id = $1`, plan.Raise.UnitID).Scan(&name); err != nil {
			return fmt.Errorf("unit %d: %w", plan.Raise.UnitID, err)
		}
		var err error
		if id, err = tx.insertProblem(ctx, plan.Raise, name); err != nil {
			return err
		}
	default:
		p := plan.Link
		id = p.ID
		if plan.Note != "" {
			res, err := tx.ExecContext(ctx, `UPDATE problems SET updated_at = $1 WHERE id = $2 AND updated_at = $3`,
				tx.db.dialect.timeArg(tx.now), id, tx.db.dialect.timeArg(p.UpdatedAt))
			if err != nil {
				return fmt.Errorf("comment on problem %d: %w", id, err)
			}
			if n, err := res.RowsAffected(); err != nil || n == 0 {
				return rollout.StaleProblem(p)
			}
			if err := tx.problemEvent(ctx, id, rollout.ProblemComment, p.Level, plan.Note); err != nil {
				return err
			}
			if err := tx.audit(ctx, "problem.comment", problemObject(id), map[string]any{"state": p.State, "level": p.Level},
				map[string]any{"state": p.State, "level": p.Level, "note": plan.Note, "report": reportObject(saved.ID)}); err != nil {
				return err
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO report_problems (report_id, version, problem_id, raised, at) VALUES ($1, $2, $3, $4, $5)`,
		saved.ID, saved.Version, id, plan.Raise != nil, tx.db.dialect.timeArg(tx.now)); err != nil {
		return fmt.Errorf("link report %d to problem %d: %w", saved.ID, id, err)
	}
	return nil
}

// problemReports are the report versions whose problem box raised or joined
// problem id, oldest first.
func (tx *tx) problemReports(ctx context.Context, id int64) ([]rollout.ProblemReport, error) {
	var out []rollout.ProblemReport
	var r rollout.ProblemReport
	if err := tx.each(ctx, `SELECT r.task_id, r.period, l.version, l.raised, l.at FROM report_problems l
		JOIN reports r ON r.id = l.report_id WHERE l.problem_id = $1 ORDER BY l.at, l.report_id, l.version`,
		[]any{&r.TaskID, &r.Period, &r.Version, &r.Raised, timeValue{&r.At}}, func() { out = append(out, r) }, id); err != nil {
		return nil, fmt.Errorf("reports of problem %d: %w", id, err)
	}
	return out, nil
}
