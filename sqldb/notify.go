package sqldb

import (
	"context"
	"fmt"
	"time"

	"rollout"
	"rollout/msg"
)

var _ rollout.NotificationService = (*DB)(nil)

// Remind stores the day's reminders for open tasks whose light is yellow or red.
func (db *DB) Remind(ctx context.Context, now time.Time, warningDays int) (int, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	open, err := tx.tasks(ctx, `t.deadline_date IS NOT NULL AND t.state NOT IN ('closed', 'not_applicable')`)
	if err != nil {
		return 0, err
	}
	day := now.In(rollout.Beijing).Format(time.DateOnly)
	created := 0
	for _, t := range open {
		var kind, subject string
		switch rollout.LightOf(t.Deadline, t.State, now, warningDays) {
		case rollout.LightYellow:
			kind, subject = rollout.NoticeDueSoon, msg.Text(msg.ZH, "notice.task_due_soon")
		case rollout.LightRed:
			kind, subject = rollout.NoticeOverdue, msg.Text(msg.ZH, "notice.task_overdue")
		default:
			continue
		}
		body := msg.Text(msg.ZH, "notice.task_body", t.UnitName, t.Batch, t.ItemSeq, t.ItemName, t.Deadline.Text, t.State)
		r, err := tx.ExecContext(ctx, `INSERT INTO notifications (unit_id, task_id, kind, day, subject, body, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (task_id, kind, day, problem_id, unit_id, event_id) DO NOTHING`,
			t.UnitID, t.ID, kind, day, subject, body, tx.db.dialect.timeArg(tx.now))
		if err != nil {
			return 0, fmt.Errorf("store reminder of task %d: %w", t.ID, err)
		}
		if n, _ := r.RowsAffected(); n > 0 {
			created++
		}
	}
	if created > 0 {
		if err := tx.audit(ctx, "notifications.remind", "day:"+day, nil, map[string]int{"created": created}); err != nil {
			return 0, err
		}
	}
	return created, tx.Commit()
}

const notificationColumns = `n.id, n.unit_id, n.task_id, n.kind, n.day, n.subject, n.body, n.created_at, n.sent_at, n.error`

func scanNotification(row interface{ Scan(...any) error }) (rollout.Notification, error) {
	var n rollout.Notification
	err := row.Scan(&n.ID, &n.UnitID, &n.TaskID, &n.Kind, &n.Day, &n.Subject, &n.Body, timeValue{&n.CreatedAt}, nullTime{&n.SentAt}, &n.Error)
	return n, err
}

// ClaimNotifications claims unsent notifications for this caller. The claim is
// one UPDATE whose WHERE is checked again against the row as committed, so two
// servers claiming at once never take the same notification.
func (db *DB) ClaimNotifications(ctx context.Context, n int, lease time.Duration) ([]rollout.Notification, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	now, cutoff := tx.db.dialect.timeArg(tx.now), tx.db.dialect.timeArg(tx.now.Add(-lease))
	rows, err := tx.QueryContext(ctx, `UPDATE notifications SET claimed_at = $1
		WHERE id IN (SELECT id FROM notifications WHERE sent_at IS NULL AND (claimed_at IS NULL OR claimed_at < $2) ORDER BY id LIMIT $3)
		AND sent_at IS NULL AND (claimed_at IS NULL OR claimed_at < $2)
		RETURNING id`, now, cutoff, n)
	if err != nil {
		return nil, fmt.Errorf("claim notifications: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []rollout.Notification
	for _, id := range ids {
		nt, err := scanNotification(tx.QueryRowContext(ctx, `SELECT `+notificationColumns+` FROM notifications n WHERE n.id = $1`, id))
		if err != nil {
			return nil, err
		}
		if err := tx.eachPair(ctx, `SELECT DISTINCT 0, u.email FROM users u JOIN user_grants g ON g.user_id = u.id
			WHERE g.unit_id = $1 AND u.email <> '' AND NOT u.disabled ORDER BY 2`, []any{nt.UnitID}, func(_ int64, email string) {
			nt.To = append(nt.To, email)
		}); err != nil {
			return nil, err
		}
		out = append(out, nt)
	}
	return out, tx.Commit()
}

// MarkSent records that a notification was sent, or why it was not.
func (db *DB) MarkSent(ctx context.Context, id int64, sendErr error) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var q string
	args := []any{id}
	if sendErr == nil {
		q = `UPDATE notifications SET sent_at = $2, error = '' WHERE id = $1`
		args = append(args, tx.db.dialect.timeArg(tx.now))
	} else {
		q = `UPDATE notifications SET error = $2 WHERE id = $1`
		args = append(args, sendErr.Error())
	}
	r, err := tx.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("mark notification %d: %w", id, err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return rollout.E(rollout.ENOTFOUND, "err.ops.no_notification", id)
	}
	return tx.Commit()
}

// Notifications lists a unit's notifications, newest first.
func (db *DB) Notifications(ctx context.Context, unitID int64, limit int) ([]rollout.Notification, error) {
	if limit <= 0 {
		limit = 50
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+notificationColumns+` FROM notifications n
		WHERE n.unit_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT $2`, unitID, limit)
	if err != nil {
		return nil, fmt.Errorf("notifications of unit %d: %w", unitID, err)
	}
	defer rows.Close()
	var out []rollout.Notification
	for rows.Next() {
		n, err := scanNotification(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}
