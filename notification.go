package rollout

import (
	"context"
	"time"
)

// Notification kinds.
const (
	NoticeDueSoon = "due_soon" // the light turned yellow
	NoticeOverdue = "overdue"  // the light turned red
)

// Notification is a reminder stored for a unit about one of its tasks, or
// word of a step someone took on it (督办, a return, an escalation, a request
// for a later deadline and its decision: the Notice* kinds of supervise.go). It is
// shown in rollout and, when configured, sent by e-mail to the unit's users and
// to a webhook.
type Notification struct {
	ID        int64      `json:"id"`
	UnitID    int64      `json:"unit_id"`
	TaskID    int64      `json:"task_id"`
	Kind      string     `json:"kind"`
	Day       string     `json:"day"` // YYYY-MM-DD (Beijing time) it was made for
	Subject   string     `json:"subject"`
	Body      string     `json:"body"`
	To        []string   `json:"to,omitempty"` // e-mail addresses of the unit's users, filled when claimed
	CreatedAt time.Time  `json:"created_at"`
	SentAt    *time.Time `json:"sent_at,omitempty"`
	Error     string     `json:"error,omitempty"` // the last sending failure
	// Read says whether the user the inbox was read for has read it
	// (InboxService); false elsewhere.
	Read bool `json:"read"`
}

// NotificationService makes and hands out reminders. Making them is
// idempotent per task, kind and day, and each is claimed for sending by one
// caller only, so that several servers sharing a database send each once.
type NotificationService interface {
	// Remind stores the reminders due on now's day (Beijing time): one per open
	// task with a dated deadline whose light is yellow or red, unless one of that
	// kind exists for the task that day. It returns how many it stored.
	Remind(ctx context.Context, now time.Time, warningDays int) (int, error)
	// ClaimNotifications takes up to n notifications that are unsent and not
	// claimed in the last lease, marks them claimed by this call, and returns them
	// with their recipients.
	ClaimNotifications(ctx context.Context, n int, lease time.Duration) ([]Notification, error)
	// MarkSent records a sending's outcome: sent, or the error (the notification
	// is then claimable again after the lease).
	MarkSent(ctx context.Context, id int64, sendErr error) error
	// Notifications lists the notifications of a unit, newest first.
	Notifications(ctx context.Context, unitID int64, limit int) ([]Notification, error)
}
