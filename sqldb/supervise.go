package sqldb

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"rollout"
)

var (
	_ rollout.SupervisionService = (*DB)(nil)
	_ rollout.InboxService       = (*DB)(nil)
)

// 督办 and requests for a later deadline: each write reads the task (and the
// request) in its transaction, lets the domain decide (rollout.DecideUrge,
// DecideExtensionAsk, DecideExtensionDecision) and writes what it decided —
// the task's urge count or deadline, the request, a task event that leaves the
// state as it is, the notifications and the audit entry — in that one
// transaction.

// taskEventID records a step on a task's timeline, as taskEvent does, and
// returns the event's ID.
func (tx *tx) taskEventID(ctx context.Context, taskID int64, kind rollout.TaskEventKind, from, to rollout.TaskState, note string) (int64, error) {
	actor, actorID := actorOf(ctx)
	var id int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO task_events (task_id, at, actor, actor_id, kind, from_state, to_state, note)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
		taskID, tx.db.dialect.timeArg(tx.now), actor, actorID, string(kind), string(from), string(to), note).Scan(&id); err != nil {
		return 0, fmt.Errorf("record %s of task %d: %w", kind, taskID, err)
	}
	return id, nil
}

// notify stores notification n, made by event eventID (0 for none); a second
// one of the same task, kind, day, problem, unit and event is not stored.
func (tx *tx) notify(ctx context.Context, n rollout.Notification, problemID, eventID int64) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO notifications (unit_id, task_id, kind, day, subject, body, created_at, problem_id, event_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (task_id, kind, day, problem_id, unit_id, event_id) DO NOTHING`,
		n.UnitID, n.TaskID, n.Kind, n.Day, n.Subject, n.Body, tx.db.dialect.timeArg(tx.now), problemID, eventID); err != nil {
		return fmt.Errorf("store %s notification of task %d: %w", n.Kind, n.TaskID, err)
	}
	return nil
}

// Urge urges a task's unit (督办) in one transaction.
func (db *DB) Urge(ctx context.Context, taskID int64, note string) (*rollout.Task, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	t, err := tx.task(ctx, taskID)
	if err != nil {
		return nil, err
	}
	// The rule asks whether the task is overdue (red), which the warning days do not change.
	plan, err := rollout.DecideUrge(rollout.UrgeSnapshot{Task: t, Now: tx.now, WarningDays: rollout.DefaultWarningDays}, note)
	if err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE tasks SET urges = urges + 1 WHERE id = $1`, t.ID); err != nil {
		return nil, fmt.Errorf("urge task %d: %w", t.ID, err)
	}
	ev, err := tx.taskEventID(ctx, t.ID, rollout.EventUrge, t.State, t.State, plan.Note)
	if err != nil {
		return nil, err
	}
	if err := tx.notify(ctx, plan.Notice, 0, ev); err != nil {
		return nil, err
	}
	if err := tx.audit(ctx, "task.urge", taskObject(t.ID), map[string]int{"urges": t.Urges},
		map[string]any{"urges": t.Urges + 1, "note": plan.Note}); err != nil {
		return nil, err
	}
	after, err := tx.task(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	return after, tx.Commit()
}

const extensionColumns = `id, task_id, from_text, from_date, asked_text, asked_date, reason, state, granted_text, granted_date,
	answer, asked_by, asked_at, decided_by, decided_at`

func scanExtension(row interface{ Scan(...any) error }) (rollout.Extension, error) {
	var x rollout.Extension
	var from, asked, granted *time.Time
	err := row.Scan(&x.ID, &x.TaskID, &x.From.Text, nullTime{&from}, &x.Asked.Text, nullTime{&asked}, &x.Reason, &x.State,
		&x.Granted.Text, nullTime{&granted}, &x.Answer, &x.AskedBy, timeValue{&x.AskedAt}, &x.DecidedBy, nullTime{&x.DecidedAt})
	for _, d := range []struct {
		src *time.Time
		dst *time.Time
	}{{from, &x.From.Date}, {asked, &x.Asked.Date}, {granted, &x.Granted.Date}} {
		if d.src != nil {
			*d.dst = *d.src
		}
	}
	return x, err
}

// extensions loads the requests matching where, newest first.
func (tx *tx) extensions(ctx context.Context, where string, args ...any) ([]rollout.Extension, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+extensionColumns+` FROM task_extensions WHERE `+where+` ORDER BY id DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("load requests for later deadlines: %w", err)
	}
	defer rows.Close()
	out := []rollout.Extension{}
	for rows.Next() {
		x, err := scanExtension(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// givers are the units told of a request for a later deadline: the unit that
// gave the task or, at the first level, the units of the coordinators.
func (tx *tx) givers(ctx context.Context, t *rollout.Task) ([]int64, error) {
	q, args := `SELECT DISTINCT unit_id FROM user_grants WHERE role = $1 ORDER BY unit_id`, []any{string(rollout.RoleCoordinator)}
	if t.ParentID != 0 {
		q, args = `SELECT unit_id FROM tasks WHERE id = $1`, []any{t.ParentID}
	}
	var out []int64
	var u int64
	err := tx.each(ctx, q, []any{&u}, func() { out = append(out, u) }, args...)
	return out, err
}

// AskExtension records a unit's request for a later deadline in one transaction.
func (db *DB) AskExtension(ctx context.Context, taskID int64, deadline, reason string) (*rollout.Extension, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	t, err := tx.task(ctx, taskID)
	if err != nil {
		return nil, err
	}
	pending, err := tx.extensions(ctx, `task_id = $1 AND state = $2`, t.ID, string(rollout.ExtensionPending))
	if err != nil {
		return nil, err
	}
	givers, err := tx.givers(ctx, t)
	if err != nil {
		return nil, err
	}
	snap := rollout.ExtensionAskSnapshot{Task: t, Now: tx.now, Givers: givers}
	if len(pending) > 0 {
		snap.Pending = &pending[0]
	}
	plan, err := rollout.DecideExtensionAsk(snap, deadline, reason)
	if err != nil {
		return nil, err
	}
	x := plan.Extension
	x.AskedBy, _ = actorOf(ctx)
	if err := tx.QueryRowContext(ctx, `INSERT INTO task_extensions (task_id, from_text, from_date, asked_text, asked_date, reason, state, asked_by, asked_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
		t.ID, x.From.Text, dateArg(x.From.Date), x.Asked.Text, dateArg(x.Asked.Date), x.Reason, string(x.State), x.AskedBy,
		tx.db.dialect.timeArg(tx.now)).Scan(&x.ID); err != nil {
		if isUniqueViolation(err) { // another request came first
			return nil, rollout.E(rollout.EINVALID, "err.supervise.extension_pending", x.Asked.Text)
		}
		return nil, fmt.Errorf("store request for a later deadline of task %d: %w", t.ID, err)
	}
	ev, err := tx.taskEventID(ctx, t.ID, rollout.EventExtendAsk, t.State, t.State, plan.Note)
	if err != nil {
		return nil, err
	}
	for _, n := range plan.Notices {
		if err := tx.notify(ctx, n, 0, ev); err != nil {
			return nil, err
		}
	}
	if err := tx.audit(ctx, "task.extend_ask", taskObject(t.ID), map[string]string{"deadline": x.From.Text},
		map[string]any{"extension": x.ID, "asked": x.Asked.Text, "reason": x.Reason}); err != nil {
		return nil, err
	}
	return &x, tx.Commit()
}

// DecideExtension grants or refuses a request in one transaction; a grant
// sets the task's deadline.
func (db *DB) DecideExtension(ctx context.Context, id int64, grant bool, deadline, note string) (*rollout.Extension, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	xs, err := tx.extensions(ctx, `id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(xs) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.supervise.no_extension", id)
	}
	t, err := tx.task(ctx, xs[0].TaskID)
	if err != nil {
		return nil, err
	}
	plan, err := rollout.DecideExtensionDecision(rollout.ExtensionDecisionSnapshot{Task: t, Extension: &xs[0], Now: tx.now}, grant, deadline, note)
	if err != nil {
		return nil, err
	}
	x := plan.Extension
	x.DecidedBy, _ = actorOf(ctx)
	r, err := tx.ExecContext(ctx, `UPDATE task_extensions SET state = $1, granted_text = $2, granted_date = $3, answer = $4,
		decided_by = $5, decided_at = $6 WHERE id = $7 AND state = $8`,
		string(x.State), x.Granted.Text, dateArg(x.Granted.Date), x.Answer, x.DecidedBy, tx.db.dialect.timeArg(tx.now),
		x.ID, string(rollout.ExtensionPending))
	if err != nil {
		return nil, fmt.Errorf("decide request %d: %w", x.ID, err)
	}
	if n, _ := r.RowsAffected(); n == 0 { // decided meanwhile
		return nil, rollout.E(rollout.ECONFLICT, "err.supervise.extension_decided", x.State)
	}
	if grant {
		if _, err := tx.ExecContext(ctx, `UPDATE tasks SET deadline_text = $1, deadline_date = $2, updated_at = $3 WHERE id = $4`,
			plan.Deadline.Text, dateArg(plan.Deadline.Date), tx.db.dialect.timeArg(tx.now), t.ID); err != nil {
			return nil, fmt.Errorf("move the deadline of task %d: %w", t.ID, err)
		}
	}
	ev, err := tx.taskEventID(ctx, t.ID, plan.Kind, t.State, t.State, plan.Note)
	if err != nil {
		return nil, err
	}
	if err := tx.notify(ctx, plan.Notice, 0, ev); err != nil {
		return nil, err
	}
	if err := tx.audit(ctx, "task."+string(plan.Kind), taskObject(t.ID), map[string]any{"extension": x.ID, "deadline": t.Deadline.Text},
		map[string]any{"extension": x.ID, "state": x.State, "deadline": cmpDeadline(plan.Deadline, t.Deadline), "note": x.Answer}); err != nil {
		return nil, err
	}
	return &x, tx.Commit()
}

// cmpDeadline is d's text, or else's when d is zero.
func cmpDeadline(d, orElse rollout.Deadline) string {
	if d.Text == "" {
		return orElse.Text
	}
	return d.Text
}

// Extensions lists a task's requests, newest first; ENOTFOUND for a missing task.
func (db *DB) Extensions(ctx context.Context, taskID int64) ([]rollout.Extension, error) {
	return read(ctx, db, func(tx *tx) ([]rollout.Extension, error) {
		if _, err := tx.taskState(ctx, taskID); err != nil {
			return nil, err
		}
		return tx.extensions(ctx, `task_id = $1`, taskID)
	})
}

// Extension returns one request.
func (db *DB) Extension(ctx context.Context, id int64) (*rollout.Extension, error) {
	return read(ctx, db, func(tx *tx) (*rollout.Extension, error) {
		xs, err := tx.extensions(ctx, `id = $1`, id)
		if err != nil {
			return nil, err
		}
		if len(xs) == 0 {
			return nil, rollout.E(rollout.ENOTFOUND, "err.supervise.no_extension", id)
		}
		return &xs[0], nil
	})
}

// inList is "$k, $k+1, …" for ids, appended to args.
func inList(args []any, ids []int64) ([]any, string) {
	marks := make([]string, len(ids))
	for i, id := range ids {
		args = append(args, id)
		marks[i] = "$" + strconv.Itoa(len(args))
	}
	return args, strings.Join(marks, ", ")
}

// Inbox lists the notifications of units with whether user read each.
func (db *DB) Inbox(ctx context.Context, user int64, units []int64, unreadOnly bool, limit, offset int) ([]rollout.Notification, error) {
	out := []rollout.Notification{}
	if len(units) == 0 {
		return out, nil
	}
	if limit <= 0 {
		limit = 50
	}
	args, in := inList([]any{user}, units)
	where := `n.unit_id IN (` + in + `)`
	if unreadOnly {
		where += ` AND r.user_id IS NULL`
	}
	args = append(args, limit, max(offset, 0))
	rows, err := db.db.QueryContext(ctx, `SELECT `+notificationColumns+`, r.user_id IS NOT NULL FROM notifications n
		LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = $1
		WHERE `+where+` ORDER BY n.created_at DESC, n.id DESC LIMIT $`+strconv.Itoa(len(args)-1)+` OFFSET $`+strconv.Itoa(len(args)), args...)
	if err != nil {
		return nil, fmt.Errorf("notifications of user %d: %w", user, err)
	}
	defer rows.Close()
	for rows.Next() {
		var n rollout.Notification
		if err := rows.Scan(&n.ID, &n.UnitID, &n.TaskID, &n.Kind, &n.Day, &n.Subject, &n.Body, timeValue{&n.CreatedAt},
			nullTime{&n.SentAt}, &n.Error, &n.Read); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// Unread counts the notifications of units user has not read.
func (db *DB) Unread(ctx context.Context, user int64, units []int64) (int, error) {
	if len(units) == 0 {
		return 0, nil
	}
	args, in := inList([]any{user}, units)
	var n int
	err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM notifications n
		WHERE n.unit_id IN (`+in+`) AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = $1)`,
		args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("unread notifications of user %d: %w", user, err)
	}
	return n, nil
}

// MarkRead marks notifications of units read for user: ids, or all.
func (db *DB) MarkRead(ctx context.Context, user int64, units []int64, ids []int64) (int, error) {
	if len(units) == 0 {
		return 0, nil
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	args, in := inList([]any{user, tx.db.dialect.timeArg(tx.now)}, units)
	where := `n.unit_id IN (` + in + `)`
	if len(ids) > 0 {
		var idIn string
		args, idIn = inList(args, ids)
		where += ` AND n.id IN (` + idIn + `)`
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO notification_reads (notification_id, user_id, read_at)
		SELECT n.id, $1, $2 FROM notifications n WHERE `+where+`
		AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.notification_id = n.id AND r.user_id = $1)`, args...)
	if err != nil {
		return 0, fmt.Errorf("mark notifications read for user %d: %w", user, err)
	}
	n, _ := r.RowsAffected()
	return int(n), tx.Commit()
}
