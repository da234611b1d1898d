package sqldb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"rollout"
	"rollout/msg"
)

var _ rollout.ReportService = (*DB)(nil)

// The supervision loop in storage. Storage enforces the rules of the loop —
// the transitions of rollout.TaskState.Next and the rules below — and records
// every step as a task event and an audit entry; who may take a step is decided
// by the web layer (rollout.Authorize).
//
// Every change to a report makes a new version, appended to report_versions.
// A save (SaveReport) records a task event, draft or submit, and moves the
// task's state as that event does: a save from a task not yet acknowledged is
// refused (请先签收任务), and so is one while a report of the task awaits
// review (state reported) or after the task is done. Report.Submitted says
// whether the current version was submitted: a draft save after a submission
// clears it. Adding a file (AddAttachment) adds to the report as it stands,
// without a step of the loop.

// actorOf returns the user name and ID of the actor ctx carries, or "system" and 0.
func actorOf(ctx context.Context) (string, int64) {
	if u := rollout.ActorFrom(ctx); u != nil {
		return u.Username, u.ID
	}
	return "system", 0
}

func taskObject(id int64) string   { return "task:" + strconv.FormatInt(id, 10) }
func reportObject(id int64) string { return "report:" + strconv.FormatInt(id, 10) }

// stateAudit is a task's state as the audit trail records it for a step.
type stateAudit struct {
	State rollout.TaskState `json:"state"`
	Note  string            `json:"note,omitempty"`
}

// task loads one task with its context; ENOTFOUND when there is none.
func (tx *tx) task(ctx context.Context, id int64) (*rollout.Task, error) {
	ts, err := tx.tasks(ctx, `t.id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.task.not_found", id)
	}
	return ts[0], nil
}

// taskState returns a task's state as stored now; ENOTFOUND when there is no such task.
func (tx *tx) taskState(ctx context.Context, id int64) (rollout.TaskState, error) {
	var s rollout.TaskState
	err := tx.QueryRowContext(ctx, `SELECT state FROM tasks WHERE id = $1`, id).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return "", rollout.E(rollout.ENOTFOUND, "err.task.not_found", id)
	}
	if err != nil {
		return "", fmt.Errorf("read state of task %d: %w", id, err)
	}
	return s, nil
}

// moveTask sets a task's state from what it was read as, and state_at when the
// state changes. The update is guarded by the state read: when another writer
// moved the task in between, nothing is changed and the step gets ECONFLICT.
// It also holds the task's row until the transaction ends.
func (tx *tx) moveTask(ctx context.Context, id int64, from, to rollout.TaskState) error {
	var res sql.Result
	var err error
	if from == to {
		res, err = tx.ExecContext(ctx, `UPDATE tasks SET state = $1 WHERE id = $2 AND state = $1`, string(to), id)
	} else {
		res, err = tx.ExecContext(ctx, `UPDATE tasks SET state = $1, state_at = $2 WHERE id = $3 AND state = $4`,
			string(to), tx.db.dialect.timeArg(tx.now), id, string(from))
	}
	if err != nil {
		return fmt.Errorf("move task %d to %s: %w", id, to, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("move task %d to %s: %w", id, to, err)
	}
	if n == 0 {
		return rollout.E(rollout.ECONFLICT, "err.report.task_moved")
	}
	return nil
}

// acknowledge takes the acknowledge step for a task still assigned, as the
// import of a filled-in template does (rollout.ReportPlan.Acknowledge).
func (tx *tx) acknowledge(ctx context.Context, taskID int64) error {
	from := rollout.StateAssigned
	to, err := from.Next(rollout.EventAcknowledge)
	if err != nil {
		return err
	}
	if err := tx.moveTask(ctx, taskID, from, to); err != nil {
		return err
	}
	return tx.recordAcknowledge(ctx, taskID)
}

// recordAcknowledge records the acknowledge step of an imported row: the task
// event and the audit entry.
func (tx *tx) recordAcknowledge(ctx context.Context, taskID int64) error {
	from := rollout.StateAssigned
	to, err := from.Next(rollout.EventAcknowledge)
	if err != nil {
		return err
	}
	if err := tx.taskEvent(ctx, taskID, rollout.EventAcknowledge, from, to, msg.Text(msg.ZH, "task.note_imported")); err != nil {
		return err
	}
	return tx.audit(ctx, "task."+string(rollout.EventAcknowledge), taskObject(taskID), map[string]any{"state": from}, map[string]any{"state": to})
}

// taskEvent records a step on a task's timeline, by the actor of ctx.
func (tx *tx) taskEvent(ctx context.Context, taskID int64, kind rollout.TaskEventKind, from, to rollout.TaskState, note string) error {
	actor, actorID := actorOf(ctx)
	if tx.bulk != nil { // appended with the others at the end of the bulk write
		tx.bulk.events = append(tx.bulk.events, []any{taskID, tx.db.dialect.timeArg(tx.now), actor, actorID, string(kind),
			string(from), string(to), note})
		tx.bulk.queued[taskID]++
		return nil
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO task_events (task_id, at, actor, actor_id, kind, from_state, to_state, note)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		taskID, tx.db.dialect.timeArg(tx.now), actor, actorID, string(kind), string(from), string(to), note); err != nil {
		return fmt.Errorf("record %s of task %d: %w", kind, taskID, err)
	}
	return nil
}

// Step applies a step of the loop to a task in one transaction and returns the
// task as it is afterwards: it loads the task and every task divided from it,
// lets rollout.DecideStep decide, and writes what it decided — the state (the
// UPDATE guarded by the state read), the task event, the roll-up and the audit
// entry. Refusals write nothing; ENOTFOUND for a missing task; ECONFLICT
// (*rollout.TaskConflict) when the task is not in the state read, or another
// step moved it at the same moment.
func (db *DB) Step(ctx context.Context, taskID int64, kind rollout.TaskEventKind, note string, read rollout.TaskState) (*rollout.Task, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	task, err := tx.task(ctx, taskID)
	if err != nil {
		return nil, err
	}
	below, err := tx.tasksBelow(ctx, task.ID)
	if err != nil {
		return nil, err
	}
	plan, err := rollout.DecideStep(rollout.StepSnapshot{Task: task, Below: below},
		rollout.StepInput{Kind: kind, Note: note, Read: read})
	if err != nil {
		return nil, err
	}
	if err := tx.moveTask(ctx, task.ID, plan.From, plan.To); err != nil {
		if rollout.ErrorCode(err) == rollout.ECONFLICT { // moved meanwhile: say where it stands now
			if now, rerr := tx.task(ctx, task.ID); rerr == nil {
				return nil, &rollout.TaskConflict{Current: now}
			}
		}
		return nil, err
	}
	ev, err := tx.taskEventID(ctx, task.ID, plan.Kind, plan.From, plan.To, plan.Note)
	if err != nil {
		return nil, err
	}
	if plan.Kind == rollout.EventReturn { // the unit hears of it in the app, by e-mail and the group robot
		if err := tx.notify(ctx, rollout.TaskNotice(rollout.NoticeReturned, task, task.UnitID, plan.Note, tx.now), 0, ev); err != nil {
			return nil, err
		}
	}
	if err := tx.rollup(ctx, task.ID); err != nil { // approval of not applicable changes the status
		return nil, err
	}
	if err := tx.audit(ctx, "task."+string(plan.Kind), taskObject(task.ID), stateAudit{State: plan.From}, stateAudit{State: plan.To, Note: plan.Note}); err != nil {
		return nil, err
	}
	after, err := tx.task(ctx, task.ID)
	if err != nil {
		return nil, err
	}
	return after, tx.Commit()
}

// tasksBelow loads every task divided from task id, at any depth, with its
// state and its unit's name, in the order of the units' paths.
func (tx *tx) tasksBelow(ctx context.Context, id int64) ([]*rollout.Task, error) {
	rows, err := tx.QueryContext(ctx, `
		WITH RECURSIVE below (id) AS (
			SELECT id FROM tasks WHERE parent_id = $1
			UNION ALL
			SELECT c.id FROM tasks c JOIN below b ON c.parent_id = b.id)
		SELECT t.id, t.unit_id, t.state, u.name FROM below b JOIN tasks t ON t.id = b.id JOIN units u ON u.id = t.unit_id
		ORDER BY u.path, t.id`, id)
	if err != nil {
		return nil, fmt.Errorf("tasks below task %d: %w", id, err)
	}
	defer rows.Close()
	var out []*rollout.Task
	for rows.Next() {
		t := &rollout.Task{}
		if err := rows.Scan(&t.ID, &t.UnitID, &t.State, &t.UnitName); err != nil {
			return nil, fmt.Errorf("tasks below task %d: %w", id, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Timeline returns a task's events, oldest first; ENOTFOUND for a missing task.
func (db *DB) Timeline(ctx context.Context, taskID int64) ([]rollout.TaskEvent, error) {
	tx, err := db.begin(ctx, true)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := tx.taskState(ctx, taskID); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, task_id, at, actor, kind, from_state, to_state, note
		FROM task_events WHERE task_id = $1 ORDER BY id`, taskID)
	if err != nil {
		return nil, fmt.Errorf("timeline of task %d: %w", taskID, err)
	}
	defer rows.Close()
	out := []rollout.TaskEvent{}
	for rows.Next() {
		var e rollout.TaskEvent
		if err := rows.Scan(&e.ID, &e.TaskID, timeValue{&e.At}, &e.Actor, &e.Kind, &e.From, &e.To, &e.Note); err != nil {
			return nil, fmt.Errorf("timeline of task %d: %w", taskID, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("timeline of task %d: %w", taskID, err)
	}
	return out, tx.Commit()
}

const reportColumns = `r.id, r.task_id, r.period, r.version, r.status, r.measures, r.problem, r.problem_text,
	r.submitted, r.updated_at, r.updated_by`

// loadReport loads the report where selects (over reports r) with its current
// evidence and values (loadReports); sql.ErrNoRows when there is none.
func (tx *tx) loadReport(ctx context.Context, where string, args ...any) (*rollout.Report, error) {
	got, err := tx.loadReports(ctx, where, args...)
	if err != nil {
		return nil, err
	}
	for _, r := range got {
		return r, nil
	}
	return nil, sql.ErrNoRows
}

// reportOf loads a task's report for a period; ENOTFOUND when there is none.
func (tx *tx) reportOf(ctx context.Context, taskID int64, p rollout.Period) (*rollout.Report, error) {
	r, err := tx.loadReport(ctx, `r.task_id = $1 AND r.period = $2`, taskID, string(p))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.report.not_found", taskID, p)
	}
	if err != nil {
		return nil, fmt.Errorf("load report of task %d for %s: %w", taskID, p, err)
	}
	return r, nil
}

// reportByID loads a report; ENOTFOUND when there is none.
func (tx *tx) reportByID(ctx context.Context, id int64) (*rollout.Report, error) {
	r, err := tx.loadReport(ctx, `r.id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.report.no_report", id)
	}
	if err != nil {
		return nil, fmt.Errorf("load report %d: %w", id, err)
	}
	return r, nil
}

const evidenceColumns = `e.id, e.title, e.doc_no, e.date, e.link, e.file_name, e.file_type, e.file_size, e.sha256`

func scanEvidence(row interface{ Scan(...any) error }, more ...any) (rollout.Evidence, error) {
	var e rollout.Evidence
	err := row.Scan(append([]any{&e.ID, &e.Title, &e.DocNo, timeValue{&e.Date}, &e.Link, &e.FileName, &e.FileType,
		&e.FileSize, &e.SHA256}, more...)...)
	return e, err
}

// dateArg is a date as stored (a day), or NULL for the zero time.
func dateArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format("2006-01-02")
}

// Report returns a task's report for a period with its current evidence;
// EINVALID for a malformed period, ENOTFOUND when there is no such report.
func (db *DB) Report(ctx context.Context, taskID int64, period rollout.Period) (*rollout.Report, error) {
	p, _, _, err := rollout.ParsePeriod(string(period))
	if err != nil {
		return nil, err
	}
	return read(ctx, db, func(tx *tx) (*rollout.Report, error) { return tx.reportOf(ctx, taskID, p) })
}

// SaveReport saves a report in one transaction: it creates it (r.Version 0) or
// updates the version r.Version, which must be the version stored; a report is
// known by its task and period (r.ID is not read). What is written is
// decided by rollout.DecideReport over the snapshot read in the transaction
// (reportSnapshot); every refusal is its (and nothing is written): the bounds
// and rules of a report's fields, its evidence and indicator values;
// *rollout.ReportConflict for a save that edited a version other than the one
// stored, whatever the task's state; ENOTFOUND for a missing task or an update
// of a report never created; EINVALID for a task not yet acknowledged
// (请先签收任务) or whose state takes no report. A save that lost a race to
// another after the decision is caught by the write itself (an insert that
// yields to the unique (task, period), an update guarded by the version) and
// returns *rollout.ReportConflict as well, on either database.
//
// A save takes the report to the next version; replaces its evidence list
// (an entry with an ID keeps its stored file, whose name, type, size and hash
// cannot be changed this way; an entry without an ID is a document described
// by metadata only — files are added with AddAttachment; an entry left out is
// dropped from the report but its file stays readable for the versions that
// listed it); replaces its indicator values (nil keeps those stored); appends
// the version to report_versions; records a draft or submit event moving the
// task's state; and writes an audit entry (report.save or report.submit, with
// the version before and after, and task.draft or task.submit when the task's
// state changes).
//
// Saves that arrive together share one transaction (group.go), each still
// decided and answered on its own.
func (db *DB) SaveReport(ctx context.Context, r *rollout.Report, submit bool) (*rollout.Report, error) {
	if r == nil {
		return nil, rollout.E(rollout.EINVALID, "err.report.none")
	}
	if !db.noGroup {
		return db.groupSave(ctx, r, submit)
	}
	return db.saveReportAlone(ctx, r, submit)
}

// saveReportAlone is SaveReport in a transaction of its own.
func (db *DB) saveReportAlone(ctx context.Context, r *rollout.Report, submit bool) (*rollout.Report, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	saved, err := tx.saveOne(ctx, r, submit)
	if err != nil {
		return nil, err
	}
	return saved, tx.Commit()
}

// saveOne reads the snapshot of r, decides and writes the save.
func (tx *tx) saveOne(ctx context.Context, r *rollout.Report, submit bool) (*rollout.Report, error) {
	snap, err := tx.reportSnapshot(ctx, r, false)
	if err != nil {
		return nil, err
	}
	if rollout.NeedsProblemSnapshot(r, submit) {
		if snap.Problems, err = tx.reportProblemSnapshot(ctx, r.TaskID); err != nil {
			return nil, err
		}
	}
	plan, err := rollout.DecideReport(snap, r, submit)
	if err != nil {
		return nil, err
	}
	return tx.saveReport(ctx, plan)
}

// SaveReports saves reports, as SaveReport does each, in one transaction: all
// are saved or, at the first one refused or in conflict, none. It is the
// import of a filled-in spreadsheet. rollout.DecideReports decides them
// together over their snapshots: a refusal names the task it is about; a
// conflict is the *rollout.ReportConflict of the first report that lost; a
// task listed twice for the same period is EINVALID. A task still assigned is
// acknowledged first: the filled-in template is the unit's receipt of it.
func (db *DB) SaveReports(ctx context.Context, rs []*rollout.Report, submit bool) ([]*rollout.Report, error) {
	out := []*rollout.Report{}
	if len(rs) == 0 {
		return out, nil
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if slices.Contains(rs, nil) {
		return nil, rollout.E(rollout.EINVALID, "err.report.none")
	}
	var snaps []rollout.ReportSnapshot
	if db.noBulk {
		snaps = make([]rollout.ReportSnapshot, len(rs))
		for i, r := range rs {
			if snaps[i], err = tx.reportSnapshot(ctx, r, true); err != nil {
				return nil, rollout.InTask(r.TaskID, err)
			}
		}
	} else {
		var errs []error
		if snaps, errs, err = tx.reportSnapshots(ctx, rs, true); err != nil {
			return nil, err
		}
		for i, err := range errs {
			if err != nil {
				return nil, rollout.InTask(rs[i].TaskID, err)
			}
		}
	}
	for i, r := range rs {
		if rollout.NeedsProblemSnapshot(r, submit) {
			if snaps[i].Problems, err = tx.reportProblemSnapshot(ctx, r.TaskID); err != nil {
				return nil, rollout.InTask(r.TaskID, err)
			}
		}
	}
	plans, err := rollout.DecideReports(snaps, rs, submit)
	if err != nil {
		return nil, err
	}
	if db.noBulk { // row by row, as single saves (tests compare the two paths)
		for i, plan := range plans {
			saved, err := tx.saveReport(ctx, plan)
			if err != nil {
				return nil, rollout.InTask(rs[i].TaskID, err)
			}
			out = append(out, saved)
		}
		return out, tx.Commit()
	}
	// The set write (saveset.go), in runs of rows of distinct tasks: a task's
	// reports of two periods are written one set after the other, in the
	// order of the rows.
	tx.beginBulk()
	for rest := plans; len(rest) > 0; {
		seen := map[int64]bool{}
		n := 0
		for n < len(rest) && !seen[rest[n].Report.TaskID] {
			seen[rest[n].Report.TaskID] = true
			n++
		}
		saves := make([]plannedSave, n)
		for i, p := range rest[:n] {
			saves[i] = plannedSave{ctx, p}
		}
		saved, lost, err := tx.writeSaves(ctx, saves)
		if err != nil {
			return nil, err
		}
		for _, err := range lost {
			if err != nil {
				return nil, err
			}
		}
		out = append(out, saved...)
		rest = rest[n:]
	}
	if err := tx.flushBulk(ctx); err != nil {
		return nil, err
	}
	return out, tx.Commit()
}

// reportSnapshot reads, inside the transaction that will write it, what the
// save of r is decided over (reportSnapshots, for one save): the task's state
// and item, the report stored for the period, the evidence entries of every
// version of that report (when r names one by ID) and the item's indicators
// (when r states values). ENOTFOUND for a missing task.
func (tx *tx) reportSnapshot(ctx context.Context, r *rollout.Report, imported bool) (rollout.ReportSnapshot, error) {
	snaps, errs, err := tx.reportSnapshots(ctx, []*rollout.Report{r}, imported)
	if err != nil {
		return rollout.ReportSnapshot{}, err
	}
	return snaps[0], errs[0]
}

// saveReport writes what rollout.DecideReport decided: the acknowledge step
// first when the plan says so, the report (guarded by the version), the
// task's step, the evidence, the values, the version, the roll-up, the
// timeline and the audit trail.
func (tx *tx) saveReport(ctx context.Context, plan rollout.ReportPlan) (*rollout.Report, error) {
	r := plan.Report
	action := "report.save"
	if plan.Event == rollout.EventSubmit {
		action = "report.submit"
	}
	if plan.Acknowledge {
		if err := tx.acknowledge(ctx, r.TaskID); err != nil {
			return nil, err
		}
	}
	actor, _ := actorOf(ctx)
	now := tx.db.dialect.timeArg(tx.now)
	submit := plan.Event == rollout.EventSubmit
	var id int64
	var err error
	if plan.Create {
		err = tx.QueryRowContext(ctx, `
			INSERT INTO reports (task_id, period, version, status, measures, problem, problem_text, submitted, updated_at, updated_by)
			VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, $9)
			ON CONFLICT (task_id, period) DO NOTHING RETURNING id`,
			r.TaskID, string(r.Period), string(r.Status), r.Measures, r.Problem, r.ProblemText, submit, now, actor).Scan(&id)
	} else {
		err = tx.QueryRowContext(ctx, `
			UPDATE reports SET version = version + 1, status = $1, measures = $2, problem = $3, problem_text = $4,
				submitted = $5, updated_at = $6, updated_by = $7
			WHERE task_id = $8 AND period = $9 AND version = $10 RETURNING id`,
			string(r.Status), r.Measures, r.Problem, r.ProblemText, submit, now, actor,
			r.TaskID, string(r.Period), r.Version).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) { // another save came between the decision and the write
		current, err := tx.reportOf(ctx, r.TaskID, r.Period)
		if err != nil {
			return nil, err
		}
		return nil, &rollout.ReportConflict{Current: current}
	}
	if err != nil {
		return nil, fmt.Errorf("save report of task %d for %s: %w", r.TaskID, r.Period, err)
	}
	var before *rollout.Report
	if !plan.Create {
		if before, err = tx.reportVersion(ctx, id, r.Version); err != nil {
			return nil, err
		}
	}
	if err := tx.moveTask(ctx, r.TaskID, plan.From, plan.To); err != nil {
		return nil, err
	}
	if err := tx.replaceEvidence(ctx, id, r.Version+1, r.Evidence); err != nil {
		return nil, err
	}
	if err := tx.saveValues(ctx, id, r.Values); err != nil {
		return nil, err
	}
	saved, err := tx.saveVersion(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := tx.rollupSaved(ctx, plan); err != nil {
		return nil, err
	}
	note := msg.Text(msg.ZH, "task.note_report_version", saved.Period, saved.Version)
	if err := tx.recordReportStep(ctx, saved, plan.Event, plan.From, plan.To, note, action, before); err != nil {
		return nil, err
	}
	if err := tx.storeReportProblem(ctx, saved, plan.Problem); err != nil {
		return nil, err
	}
	return saved, nil
}

// rollupSaved brings the roll-ups up to date after a save, when the save can
// change its task's figures (rollout.ReportPlan.ChangesFigures).
func (tx *tx) rollupSaved(ctx context.Context, plan rollout.ReportPlan) error {
	if !plan.ChangesFigures() {
		return nil
	}
	return tx.rollup(ctx, plan.Report.TaskID)
}

// recordReportStep records a save of a report: the task event, the audit entry
// of the report and, when the task's state changed, that of the task.
func (tx *tx) recordReportStep(ctx context.Context, saved *rollout.Report, kind rollout.TaskEventKind,
	from, to rollout.TaskState, note, action string, before *rollout.Report) error {
	if err := tx.taskEvent(ctx, saved.TaskID, kind, from, to, note); err != nil {
		return err
	}
	if err := tx.audit(ctx, action, reportObject(saved.ID), before, saved); err != nil {
		return err
	}
	if from == to {
		return nil
	}
	return tx.audit(ctx, "task."+string(kind), taskObject(saved.TaskID), stateAudit{State: from}, stateAudit{State: to, Note: note})
}

// replaceEvidence makes list a report's evidence, in its order, as of version.
// Entries with an ID must be evidence of this report (current or dropped
// earlier); they keep their stored file. Entries left out are marked dropped
// by version and kept.
func (tx *tx) replaceEvidence(ctx context.Context, reportID int64, version int, list []rollout.Evidence) error {
	if _, err := tx.ExecContext(ctx, `UPDATE evidence SET removed_in = $1 WHERE report_id = $2 AND removed_in IS NULL`,
		version, reportID); err != nil {
		return fmt.Errorf("replace evidence of report %d: %w", reportID, err)
	}
	for i, e := range list {
		if e.ID != 0 {
			if err := tx.keepEvidence(ctx, reportID, i+1, e); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO evidence (report_id, pos, title, doc_no, date, link)
			VALUES ($1, $2, $3, $4, $5, $6)`, reportID, i+1, e.Title, e.DocNo, dateArg(e.Date), e.Link); err != nil {
			return fmt.Errorf("replace evidence of report %d: %w", reportID, err)
		}
	}
	return nil
}

// keepEvidence keeps a stored entry e of a report's evidence in the new
// version, at pos, with e's title, 文号, date and link.
func (tx *tx) keepEvidence(ctx context.Context, reportID int64, pos int, e rollout.Evidence) error {
	res, err := tx.ExecContext(ctx, `UPDATE evidence SET pos = $1, title = $2, doc_no = $3, date = $4, link = $5, removed_in = NULL
		WHERE id = $6 AND report_id = $7`, pos, e.Title, e.DocNo, dateArg(e.Date), e.Link, e.ID, reportID)
	if err != nil {
		return fmt.Errorf("replace evidence of report %d: %w", reportID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("replace evidence of report %d: %w", reportID, err)
	} else if n == 0 { // rollout.DecideReport lets only the report's own entries through
		return fmt.Errorf("replace evidence of report %d: entry %d is not the report's", reportID, e.ID)
	}
	return nil
}

// saveVersion appends a report as it is stored now to report_versions and
// returns it.
func (tx *tx) saveVersion(ctx context.Context, reportID int64) (*rollout.Report, error) {
	r, err := tx.reportByID(ctx, reportID)
	if err != nil {
		return nil, err
	}
	ev, err := json.Marshal(r.Evidence)
	if err != nil {
		return nil, fmt.Errorf("version %d of report %d: %w", r.Version, r.ID, err)
	}
	vals, err := valuesJSON(r.Values)
	if err != nil {
		return nil, fmt.Errorf("version %d of report %d: %w", r.Version, r.ID, err)
	}
	// after_event places the version among the task's steps: an accept step
	// written later reviewed it (rollout.Count).
	if _, err := tx.ExecContext(ctx, `INSERT INTO report_versions (report_id, version, status, measures, problem, problem_text,
		submitted, evidence, saved_at, saved_by, indicator_values, after_event) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
		(SELECT COALESCE(MAX(id), 0) FROM task_events WHERE task_id = $12))`,
		r.ID, r.Version, string(r.Status), r.Measures, r.Problem, r.ProblemText, r.Submitted, string(ev),
		tx.db.dialect.timeArg(r.UpdatedAt), r.UpdatedBy, vals, r.TaskID); err != nil {
		return nil, fmt.Errorf("version %d of report %d: %w", r.Version, r.ID, err)
	}
	if k := tx.bulk.queuedFor(r.TaskID); k > 0 {
		// Its task's step waits to be written at the bulk write's end.
		tx.bulk.versions = append(tx.bulk.versions, placedVersion{r.ID, r.Version, r.TaskID, k})
	}
	return r, nil
}

const versionSelect = `SELECT r.id, r.task_id, r.period, v.version, v.status, v.measures, v.problem, v.problem_text,
	v.submitted, v.saved_at, v.saved_by, v.evidence, v.indicator_values
	FROM report_versions v JOIN reports r ON r.id = v.report_id`

// versions loads the saved versions where selects (over report_versions v and
// reports r), newest first.
func (tx *tx) versions(ctx context.Context, where string, args ...any) ([]*rollout.Report, error) {
	rows, err := tx.QueryContext(ctx, versionSelect+` WHERE `+where+` ORDER BY v.version DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("load report versions: %w", err)
	}
	defer rows.Close()
	out := []*rollout.Report{}
	for rows.Next() {
		var r rollout.Report
		var ev, vals string
		if err := rows.Scan(&r.ID, &r.TaskID, &r.Period, &r.Version, &r.Status, &r.Measures, &r.Problem, &r.ProblemText,
			&r.Submitted, timeValue{&r.UpdatedAt}, &r.UpdatedBy, &ev, &vals); err != nil {
			return nil, fmt.Errorf("load report versions: %w", err)
		}
		if err := json.Unmarshal([]byte(ev), &r.Evidence); err != nil {
			return nil, fmt.Errorf("evidence of version %d of report %d: %w", r.Version, r.ID, err)
		}
		if err := json.Unmarshal([]byte(vals), &r.Values); err != nil {
			return nil, fmt.Errorf("indicator values of version %d of report %d: %w", r.Version, r.ID, err)
		}
		out = append(out, &r)
	}
	return out, rows.Err()
}

// reportVersion loads one saved version of a report.
func (tx *tx) reportVersion(ctx context.Context, reportID int64, version int) (*rollout.Report, error) {
	vs, err := tx.versions(ctx, `v.report_id = $1 AND v.version = $2`, reportID, version)
	if err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		return nil, fmt.Errorf("report %d has no version %d", reportID, version)
	}
	return vs[0], nil
}

// ReportVersions returns every saved version of a report, newest first, each
// with the evidence it listed; ENOTFOUND when there is no such report.
func (db *DB) ReportVersions(ctx context.Context, reportID int64) ([]*rollout.Report, error) {
	tx, err := db.begin(ctx, true)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM reports WHERE id = $1`, reportID).Scan(&n); err != nil {
		return nil, fmt.Errorf("versions of report %d: %w", reportID, err)
	}
	if n == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.report.no_report", reportID)
	}
	vs, err := tx.versions(ctx, `v.report_id = $1`, reportID)
	if err != nil {
		return nil, err
	}
	return vs, tx.Commit()
}

// AddAttachment stores a file as a new evidence entry at the end of a report's
// list. The type comes from the file name's extension (rollout.AttachmentTypes),
// the size and SHA-256 from body; e's title (the file name when empty), 文号,
// date and link are kept, its other fields ignored. EINVALID for a missing,
// empty or oversized file, a type not accepted, or a task already done
// (办结 or 不适用); ENOTFOUND for a missing report.
//
// The file joins the report as it stands: the report goes to the next
// version with the same content and the same Submitted (a file sent with a
// submission joins it), appended to report_versions, so that an editor still
// holding the previous version is told of the conflict instead of dropping
// the file. The task's state does not change and the timeline records no step.
// The audit entry (report.attach) records the report before and after, with
// the file's name, type, size and hash but not its bytes.
func (db *DB) AddAttachment(ctx context.Context, reportID int64, e rollout.Evidence, body []byte) (*rollout.Evidence, error) {
	if _, err := rollout.CheckEvidenceFile(e, body); err != nil { // before reading anything
		return nil, err
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	actor, _ := actorOf(ctx)
	var taskID int64
	var version int
	err = tx.QueryRowContext(ctx, `UPDATE reports SET version = version + 1, updated_at = $1, updated_by = $2
		WHERE id = $3 RETURNING task_id, version`, tx.db.dialect.timeArg(tx.now), actor, reportID).Scan(&taskID, &version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.report.no_report", reportID)
	}
	if err != nil {
		return nil, fmt.Errorf("attach to report %d: %w", reportID, err)
	}
	st, err := tx.taskState(ctx, taskID)
	if err != nil {
		return nil, err
	}
	ev, err := rollout.DecideAttachment(st, e, body)
	if err != nil {
		return nil, err
	}
	if err := tx.moveTask(ctx, taskID, st, st); err != nil { // holds the task: no close in between
		return nil, err
	}
	before, err := tx.reportVersion(ctx, reportID, version-1)
	if err != nil {
		return nil, err
	}
	stored, err := db.seal(body)
	if err != nil {
		return nil, err
	}
	if err := tx.QueryRowContext(ctx, `
		INSERT INTO evidence (report_id, pos, title, doc_no, date, link, file_name, file_type, file_size, sha256, body)
		VALUES ($1, (SELECT COALESCE(MAX(pos), 0) + 1 FROM evidence WHERE report_id = $1 AND removed_in IS NULL),
			$2, $3, $4, $5, $6, $7, $8, $9, $10)
		RETURNING id`, reportID, ev.Title, ev.DocNo, dateArg(ev.Date), ev.Link, ev.FileName, ev.FileType, ev.FileSize,
		ev.SHA256, stored).Scan(&ev.ID); err != nil {
		return nil, fmt.Errorf("attach to report %d: %w", reportID, err)
	}
	saved, err := tx.saveVersion(ctx, reportID)
	if err != nil {
		return nil, err
	}
	if err := tx.rollup(ctx, taskID); err != nil { // the current report may now have evidence
		return nil, err
	}
	if err := tx.audit(ctx, "report.attach", reportObject(reportID), before, saved); err != nil {
		return nil, err
	}
	return &ev, tx.Commit()
}

// Attachment returns an evidence entry and its file's bytes — also of an entry
// since dropped from its report, which earlier versions list. ENOTFOUND when
// there is no such entry or it has no file; an error when the stored bytes no
// longer match their SHA-256.
func (db *DB) Attachment(ctx context.Context, evidenceID int64) (rollout.Evidence, []byte, error) {
	tx, err := db.begin(ctx, true)
	if err != nil {
		return rollout.Evidence{}, nil, err
	}
	defer tx.Rollback()
	var body []byte
	e, err := scanEvidence(tx.QueryRowContext(ctx, `SELECT `+evidenceColumns+`, e.body FROM evidence e WHERE e.id = $1`, evidenceID), &body)
	if err == nil && body != nil {
		body, err = db.unseal(body)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return rollout.Evidence{}, nil, rollout.E(rollout.ENOTFOUND, "err.report.no_evidence", evidenceID)
	}
	if err != nil {
		return rollout.Evidence{}, nil, fmt.Errorf("read evidence %d: %w", evidenceID, err)
	}
	if body == nil {
		return rollout.Evidence{}, nil, rollout.E(rollout.ENOTFOUND, "err.report.evidence_nofile", e.Title)
	}
	if sum := sha256.Sum256(body); hex.EncodeToString(sum[:]) != e.SHA256 {
		return rollout.Evidence{}, nil, fmt.Errorf("evidence %d: stored file does not match its SHA-256", evidenceID)
	}
	return e, body, tx.Commit()
}
