package rollout

import (
	"context"
	"strings"
	"time"

	"rollout/msg"
)

// 督办 and 延期申请: the level above urges a unit on a task that is overdue or
// stalled, and a unit asks for a later deadline, which the unit that gave the
// task grants (possibly for another day) or refuses. Neither moves the task
// through the loop: they are steps on its timeline (From = To) that leave its
// state as it is; a granted extension replaces the task's deadline, so that
// its light, its reminders and its lists follow the granted one, while the
// timeline keeps both.

// Supervision steps, on the timeline beside the loop's.
const (
	EventUrge         TaskEventKind = "urge"          // 督办: the level above urges the unit, with a note
	EventExtendAsk    TaskEventKind = "extend_ask"    // 申请延期: the unit asks for a later deadline, with a reason
	EventExtendGrant  TaskEventKind = "extend_grant"  // 同意延期: the level above grants it (perhaps for another day)
	EventExtendRefuse TaskEventKind = "extend_refuse" // 不同意延期: the level above refuses it, with a reason
)

// SupervisionEvents lists the supervision steps.
var SupervisionEvents = []TaskEventKind{EventUrge, EventExtendAsk, EventExtendGrant, EventExtendRefuse}

// StalledDays is how long a task may stand in one state before the level
// above may urge it although its deadline has not passed.
const StalledDays = 14

// Notification kinds made by the steps of people, beside the reminders.
const (
	NoticeUrged            = "urged"             // the level above urged the unit on a task
	NoticeReturned         = "returned"          // a report of the unit was returned
	NoticeEscalated        = "escalated"         // a problem reached the unit's level
	NoticeExtensionAsked   = "extension_asked"   // a unit below asks for a later deadline
	NoticeExtensionDecided = "extension_decided" // the level above granted or refused it
)

// NoticeKinds lists every kind of notification, reminders first.
var NoticeKinds = []string{NoticeDueSoon, NoticeOverdue, NoticeProblemDueSoon, NoticeProblemOverdue,
	NoticeUrged, NoticeReturned, NoticeEscalated, NoticeExtensionAsked, NoticeExtensionDecided}

// noticeSubjects are the subjects of the notifications people's steps make.
var noticeSubjects = map[string]string{
	NoticeUrged:              "notice.urged",
	NoticeReturned:           "notice.returned",
	NoticeEscalated:          "notice.escalated",
	NoticeExtensionAsked:     "notice.extension_asked",
	string(ExtensionGranted): "notice.extension_granted",
	string(ExtensionRefused): "notice.extension_refused",
}

// ExtensionState is where a request for a later deadline stands.
type ExtensionState string

const (
	ExtensionPending ExtensionState = "pending"
	ExtensionGranted ExtensionState = "granted"
	ExtensionRefused ExtensionState = "refused"
)

// ExtensionStates lists the states of a request.
var ExtensionStates = []ExtensionState{ExtensionPending, ExtensionGranted, ExtensionRefused}

// Text names the state in language l (catalogue entries extension.*).
func (s ExtensionState) Text(l msg.Lang) string { return term(l, "extension.", s) }

// Extension is a unit's request for a later deadline of its task and, once
// decided, the decision.
type Extension struct {
	ID     int64          `json:"id"`
	TaskID int64          `json:"task_id"`
	From   Deadline       `json:"from"`  // the task's deadline when asked
	Asked  Deadline       `json:"asked"` // the deadline asked for
	Reason string         `json:"reason"`
	State  ExtensionState `json:"state"`
	// Granted is the deadline granted (Asked, or another day); zero unless granted.
	Granted   Deadline   `json:"granted,omitzero"`
	Answer    string     `json:"answer,omitempty"` // the decision's note: why it was refused, or what goes with a grant
	AskedBy   string     `json:"asked_by"`
	AskedAt   time.Time  `json:"asked_at"`
	DecidedBy string     `json:"decided_by,omitempty"`
	DecidedAt *time.Time `json:"decided_at,omitempty"`
}

// SupervisionService urges units and decides requests for later deadlines.
// Every write records a task event (From = To: the state stays), an audit
// entry and a notification to the unit concerned, in one transaction, with
// the actor from the context. Who may do each is Authorize's question, asked
// before: urging and deciding ActReview on the unit that gave the task,
// asking ActReport on the task's unit.
type SupervisionService interface {
	// Urge urges the task's unit with note, as DecideUrge decides: the task's
	// urge count goes up by one and the unit is notified. EINVALID for what
	// DecideUrge refuses; ENOTFOUND for a missing task.
	Urge(ctx context.Context, taskID int64, note string) (*Task, error)
	// AskExtension records the unit's request for deadline (a date as
	// ParseDeadline reads it) with reason, as DecideExtensionAsk decides, and
	// notifies the unit that gave the task (the coordinators' units at the
	// first level). EINVALID for what it refuses; ENOTFOUND for a missing task.
	AskExtension(ctx context.Context, taskID int64, deadline, reason string) (*Extension, error)
	// DecideExtension grants (deadline "" for the day asked, or another day) or
	// refuses (note = the reason) request id, as DecideExtensionDecision
	// decides; a grant sets the task's deadline. The unit is notified.
	// EINVALID for what it refuses; ENOTFOUND for a missing request.
	DecideExtension(ctx context.Context, id int64, grant bool, deadline, note string) (*Extension, error)
	// Extensions lists a task's requests, newest first.
	Extensions(ctx context.Context, taskID int64) ([]Extension, error)
	// Extension returns one request; ENOTFOUND when there is none.
	Extension(ctx context.Context, id int64) (*Extension, error)
}

// InboxService is the notifications in the app: what was made for the units
// a user holds a grant at, with whether that user has read each.
type InboxService interface {
	// Inbox lists the notifications of units, newest first, each with Read
	// set for user; unreadOnly leaves the read ones out; at most limit
	// (0: 50), after skipping offset.
	Inbox(ctx context.Context, user int64, units []int64, unreadOnly bool, limit, offset int) ([]Notification, error)
	// Unread counts the notifications of units that user has not read.
	Unread(ctx context.Context, user int64, units []int64) (int, error)
	// MarkRead marks notifications of units read for user: those of ids, or
	// every one when ids is empty. Others' and unknown IDs are left alone. It
	// returns how many it marked.
	MarkRead(ctx context.Context, user int64, units []int64, ids []int64) (int, error)
}

// UrgeSnapshot is what an urge is decided over: the task as stored, the
// moment, and the days before a deadline its light turns yellow.
type UrgeSnapshot struct {
	Task        *Task
	Now         time.Time
	WarningDays int
}

// UrgePlan is what an urge writes: the event's note and the notification to
// the task's unit.
type UrgePlan struct {
	Note   string
	Notice Notification
}

// Urgeable reports whether the task of snap may be urged now (whatever the
// note): not done, not waiting on the level above itself (a report awaiting
// review, a not-applicable request awaiting decision), and overdue or stalled
// (no step for StalledDays).
func Urgeable(snap UrgeSnapshot) error {
	t := snap.Task
	switch {
	case t.State.Done():
		return E(EINVALID, "err.supervise.urge_done", t.State)
	case t.State == StateReported || t.State == StateNARequested:
		return E(EINVALID, "err.supervise.urge_waiting", t.State)
	}
	overdue := LightOf(t.Deadline, t.State, snap.Now, snap.WarningDays) == LightRed
	stalled := !t.StateAt.IsZero() && !snap.Now.Before(t.StateAt.AddDate(0, 0, StalledDays))
	if !overdue && !stalled {
		return E(EINVALID, "err.supervise.urge_on_track", StalledDays)
	}
	return nil
}

// DecideUrge decides an urge (督办) of snap's task with note: Urgeable, and a
// note of 1 to MaxStepNoteRunes characters. Refusals are EINVALID.
func DecideUrge(snap UrgeSnapshot, note string) (UrgePlan, error) {
	note = strings.TrimSpace(note)
	switch n := taskChars(note); {
	case n == 0:
		return UrgePlan{}, E(EINVALID, "err.supervise.urge_note")
	case n > MaxStepNoteRunes:
		return UrgePlan{}, E(EINVALID, "err.task.note_too_long", MaxStepNoteRunes, n)
	}
	if err := Urgeable(snap); err != nil {
		return UrgePlan{}, err
	}
	return UrgePlan{Note: note, Notice: TaskNotice(NoticeUrged, snap.Task, snap.Task.UnitID, note, snap.Now)}, nil
}

// ExtensionAskSnapshot is what a request for a later deadline is decided
// over: the task as stored, its request awaiting decision (nil for none), the
// moment, and the units to notify (the unit that gave the task, or the
// coordinators' units at the first level).
type ExtensionAskSnapshot struct {
	Task    *Task
	Pending *Extension
	Now     time.Time
	Givers  []int64
}

// ExtensionAskPlan is what a request writes: the request, the event's note
// (both deadlines and the reason) and a notification per giving unit.
type ExtensionAskPlan struct {
	Extension Extension
	Note      string
	Notices   []Notification
}

// today is the day of now in Beijing, as a date at midnight UTC like
// Deadline.Date.
func today(now time.Time) time.Time {
	b := now.In(Beijing)
	return time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
}

// laterDeadline reads s as a deadline later than from and not before today:
// a date (ParseDeadline), within MaxDeadlineRunes.
func laterDeadline(s string, from Deadline, now time.Time) (Deadline, error) {
	s = strings.TrimSpace(s)
	if n := taskChars(s); n > MaxDeadlineRunes {
		return Deadline{}, E(EINVALID, "err.task.too_long", FieldDeadline, MaxDeadlineRunes, n)
	}
	d := ParseDeadline(s)
	switch {
	case !d.HasDate():
		return Deadline{}, E(EINVALID, "err.supervise.extension_date", s)
	case !d.Date.After(from.Date):
		return Deadline{}, E(EINVALID, "err.supervise.extension_not_later", d.Text, from.Text)
	case d.Date.Before(today(now)):
		return Deadline{}, E(EINVALID, "err.supervise.extension_past", d.Text)
	}
	return d, nil
}

// reasonNote checks a reason or note: required when required, at most
// MaxStepNoteRunes characters; it comes back trimmed.
func reasonNote(s string, required bool, missing string) (string, error) {
	s = strings.TrimSpace(s)
	switch n := taskChars(s); {
	case n == 0 && required:
		return "", E(EINVALID, missing)
	case n > MaxStepNoteRunes:
		return "", E(EINVALID, "err.task.note_too_long", MaxStepNoteRunes, n)
	}
	return s, nil
}

// ExtensionAskable says whether the unit may ask for a later deadline of t
// now, whatever it asks (pending is its request awaiting decision, nil for
// none): the task is not done, nor waiting on the level above (a report
// awaiting review, a not-applicable request awaiting decision); it has a dated
// deadline (a phrase such as 持续推进 has no day to move); no other request
// awaits decision. Refusals are EINVALID.
func ExtensionAskable(t *Task, pending *Extension) error {
	switch {
	case t.State.Done():
		return E(EINVALID, "err.supervise.extension_done", t.State)
	case t.State == StateReported || t.State == StateNARequested:
		return E(EINVALID, "err.supervise.extension_waiting", t.State)
	case !t.Deadline.HasDate():
		return E(EINVALID, "err.supervise.extension_phrase", t.Deadline.Text)
	case pending != nil:
		return E(EINVALID, "err.supervise.extension_pending", pending.Asked.Text)
	}
	return nil
}

// DecideExtensionAsk decides a unit's request that its task's deadline be
// deadline, for reason: ExtensionAskable; the day asked is a date later than
// the deadline and not before today; the reason is 1 to MaxStepNoteRunes
// characters. Refusals are EINVALID.
func DecideExtensionAsk(snap ExtensionAskSnapshot, deadline, reason string) (ExtensionAskPlan, error) {
	t := snap.Task
	if err := ExtensionAskable(t, snap.Pending); err != nil {
		return ExtensionAskPlan{}, err
	}
	reason, err := reasonNote(reason, true, "err.supervise.extension_reason")
	if err != nil {
		return ExtensionAskPlan{}, err
	}
	asked, err := laterDeadline(deadline, t.Deadline, snap.Now)
	if err != nil {
		return ExtensionAskPlan{}, err
	}
	x := Extension{TaskID: t.ID, From: t.Deadline, Asked: asked, Reason: reason, State: ExtensionPending, AskedAt: snap.Now}
	note := ExtensionNote(x.From, x.Asked, reason)
	p := ExtensionAskPlan{Extension: x, Note: note}
	for _, u := range snap.Givers {
		p.Notices = append(p.Notices, TaskNotice(NoticeExtensionAsked, t, u, note, snap.Now))
	}
	return p, nil
}

// ExtensionNote is the timeline's note of a request or decision: both
// deadlines (the old one, an arrow, the new one) and the words, so that the
// timeline keeps every deadline a task had. to is zero for a refusal.
func ExtensionNote(from, to Deadline, words string) string {
	s := from.Text
	if to.Text != "" {
		s += " → " + to.Text
	}
	if words != "" {
		s += " · " + words
	}
	return s
}

// ExtensionDecisionSnapshot is what a decision is decided over: the task as
// stored, the request, and the moment.
type ExtensionDecisionSnapshot struct {
	Task      *Task
	Extension *Extension
	Now       time.Time
}

// ExtensionDecisionPlan is what a decision writes: the request as decided,
// the step, its note, the task's new deadline (zero unless granted) and the
// notification to the task's unit.
type ExtensionDecisionPlan struct {
	Extension Extension
	Kind      TaskEventKind
	Note      string
	Deadline  Deadline
	Notice    Notification
}

// DecideExtensionDecision decides the level above's answer to a request: it
// must await decision. A grant is for the day asked (deadline "") or another
// date later than the deadline the request started from and not before today,
// and the task must not be done; a refusal states its reason. Notes are at
// most MaxStepNoteRunes characters. Refusals are EINVALID.
func DecideExtensionDecision(snap ExtensionDecisionSnapshot, grant bool, deadline, note string) (ExtensionDecisionPlan, error) {
	x := *snap.Extension
	if x.State != ExtensionPending {
		return ExtensionDecisionPlan{}, E(EINVALID, "err.supervise.extension_decided", x.State)
	}
	note, err := reasonNote(note, !grant, "err.supervise.refuse_reason")
	if err != nil {
		return ExtensionDecisionPlan{}, err
	}
	now := snap.Now
	x.Answer, x.DecidedAt = note, &now
	p := ExtensionDecisionPlan{}
	if grant {
		if snap.Task.State.Done() {
			return ExtensionDecisionPlan{}, E(EINVALID, "err.supervise.extension_done", snap.Task.State)
		}
		d := x.Asked
		if strings.TrimSpace(deadline) != "" {
			if d, err = laterDeadline(deadline, x.From, now); err != nil {
				return ExtensionDecisionPlan{}, err
			}
		}
		x.State, x.Granted = ExtensionGranted, d
		p.Kind, p.Deadline, p.Note = EventExtendGrant, d, ExtensionNote(snap.Task.Deadline, d, note)
	} else {
		x.State = ExtensionRefused
		p.Kind, p.Note = EventExtendRefuse, ExtensionNote(snap.Task.Deadline, Deadline{}, note)
	}
	p.Extension = x
	p.Notice = TaskNotice(NoticeExtensionDecided, snap.Task, snap.Task.UnitID, p.Note, now)
	p.Notice.Subject = msg.Text(msg.ZH, noticeSubjects[string(x.State)])
	return p, nil
}

// TaskNotice is the notification of kind about task t to unit, with note:
// its subject and body in Chinese, as e-mail and the group robots send them,
// for the day of now (Beijing time).
func TaskNotice(kind string, t *Task, unit int64, note string, now time.Time) Notification {
	body := msg.Text(msg.ZH, "notice.event_body", t.UnitName, t.Batch, t.ItemSeq, t.ItemName, t.Deadline.Text)
	if note != "" {
		body += "\n" + note
	}
	return Notification{UnitID: unit, TaskID: t.ID, Kind: kind, Day: now.In(Beijing).Format(time.DateOnly),
		Subject: msg.Text(msg.ZH, noticeSubjects[kind]), Body: body, CreatedAt: now}
}

// ProblemNotice is the notification to unit that problem p reached its level
// (escalated, or marked major), for the day of now (Beijing time).
func ProblemNotice(p *Problem, unit int64, now time.Time) Notification {
	return Notification{UnitID: unit, TaskID: p.TaskID, Kind: NoticeEscalated, Day: now.In(Beijing).Format(time.DateOnly),
		Subject: msg.Text(msg.ZH, noticeSubjects[NoticeEscalated]),
		Body:    msg.Text(msg.ZH, "notice.escalated_body", p.UnitName, p.Title, p.Batch, p.ItemSeq, p.ItemName), CreatedAt: now}
}
