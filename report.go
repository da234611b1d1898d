package rollout

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout/msg"
)

// TaskState is where a task stands in the supervision loop
// 交办 → 签收 → 办理 → 反馈 → 复核 → 办结.
type TaskState string

const (
	StateAssigned     TaskState = "assigned"     // 交办: given, not yet acknowledged
	StateAcknowledged TaskState = "acknowledged" // 签收
	StateInWork       TaskState = "in_work"      // 办理: a report is being drafted
	StateReported     TaskState = "reported"     // 反馈: a report awaits review
	StateReturned     TaskState = "returned"     // 复核 returned it with a reason
	StateAccepted     TaskState = "accepted"     // 复核 accepted it
	StateClosed       TaskState = "closed"       // 办结/销号
	StateNARequested  TaskState = "na_requested" // "not applicable" asked, awaiting the level above
	StateNA           TaskState = "not_applicable"
)

// States lists every task state in the order of the loop.
var States = []TaskState{StateAssigned, StateAcknowledged, StateInWork, StateReported, StateReturned, StateAccepted,
	StateClosed, StateNARequested, StateNA}

// TaskEventKind is a step of the loop.
type TaskEventKind string

const (
	EventAcknowledge TaskEventKind = "acknowledge"
	EventDraft       TaskEventKind = "draft"  // a report saved without submitting
	EventSubmit      TaskEventKind = "submit" // 反馈
	EventAccept      TaskEventKind = "accept" // 复核: accepted
	EventReturn      TaskEventKind = "return" // 复核: returned, with a reason
	EventClose       TaskEventKind = "close"  // 办结
	EventRequestNA   TaskEventKind = "request_na"
	EventApproveNA   TaskEventKind = "approve_na"
	EventRejectNA    TaskEventKind = "reject_na"
)

// Events lists every step of the loop.
var Events = []TaskEventKind{EventAcknowledge, EventDraft, EventSubmit, EventAccept, EventReturn, EventClose,
	EventRequestNA, EventApproveNA, EventRejectNA}

// transitions lists, per event, the states it may start from and where it leads.
var transitions = map[TaskEventKind]struct {
	from []TaskState
	to   TaskState
}{
	EventAcknowledge: {[]TaskState{StateAssigned}, StateAcknowledged},
	EventDraft:       {[]TaskState{StateAcknowledged, StateInWork, StateReturned, StateAccepted}, StateInWork},
	EventSubmit:      {[]TaskState{StateAcknowledged, StateInWork, StateReturned, StateAccepted}, StateReported},
	EventAccept:      {[]TaskState{StateReported}, StateAccepted},
	EventReturn:      {[]TaskState{StateReported}, StateReturned},
	EventClose:       {[]TaskState{StateAccepted}, StateClosed},
	EventRequestNA:   {[]TaskState{StateAssigned, StateAcknowledged, StateInWork, StateReturned}, StateNARequested},
	EventApproveNA:   {[]TaskState{StateNARequested}, StateNA},
	EventRejectNA:    {[]TaskState{StateNARequested}, StateAcknowledged},
}

// Next returns the state an event leads to from s, or EINVALID saying why the
// step is not possible now.
func (s TaskState) Next(e TaskEventKind) (TaskState, error) {
	t, ok := transitions[e]
	if !ok {
		return s, E(EINVALID, "err.task.step_unknown", string(e))
	}
	for _, f := range t.from {
		if f == s {
			return t.to, nil
		}
	}
	return s, E(EINVALID, "err.task.step_state", s, e)
}

// Done reports whether the task needs nothing more: closed or not applicable.
func (s TaskState) Done() bool { return s == StateClosed || s == StateNA }

// Label is the TaskState's name in Chinese, as reports, sheets and the command line write it.
func (s TaskState) Label() string { return s.Text(msg.ZH) }

// Text names the TaskState in language lang (catalogue entries state.*).
func (s TaskState) Text(lang msg.Lang) string { return term(lang, "state.", s) }

// Label is the TaskEventKind's name in Chinese, as reports, sheets and the command line write it.
func (e TaskEventKind) Label() string { return e.Text(msg.ZH) }

// Text names the TaskEventKind in language lang (catalogue entries event.*).
func (e TaskEventKind) Text(lang msg.Lang) string { return term(lang, "event.", e) }

// TaskEvent is one step on a task's timeline.
type TaskEvent struct {
	ID     int64         `json:"id"`
	TaskID int64         `json:"task_id"`
	At     time.Time     `json:"at"`
	Actor  string        `json:"actor"`
	Kind   TaskEventKind `json:"kind"`
	From   TaskState     `json:"from"`
	To     TaskState     `json:"to"`
	Note   string        `json:"note,omitempty"` // the reason of a return, a not-applicable request or decision
}

// NAReason is why a task does not apply to a unit.
type NAReason string

const (
	NAOutsideScope NAReason = "outside_scope"   // 不在推广范围
	NANoSuchThing  NAReason = "no_such_thing"   // 无相关基础设施或业务
	NAVertical     NAReason = "vertical_agency" // 属垂直管理部门或法院职权
	NAOther        NAReason = "other"           // 其他（须说明）
)

// Valid reports whether r is a known reason.
func (r NAReason) Valid() bool {
	return r == NAOutsideScope || r == NANoSuchThing || r == NAVertical || r == NAOther
}

// ReportStatus is the progress a report states (DOMAIN.md §4).
type ReportStatus string

const (
	StatusNotStarted  ReportStatus = "not_started"      // 未启动
	StatusInProgress  ReportStatus = "in_progress"      // 推进中
	StatusImplemented ReportStatus = "implemented"      // 已落地
	StatusDeepening   ReportStatus = "deepening"        // 持续深化
	StatusPending     ReportStatus = "pending_approval" // 待报批/需调整法规
	StatusNA          ReportStatus = "not_applicable"   // 不适用
	StatusCentral     ReportStatus = "central"          // 由中央部门统一实施
)

// Statuses lists the vocabulary in the order people read it.
var Statuses = []ReportStatus{StatusNotStarted, StatusInProgress, StatusImplemented, StatusDeepening, StatusPending, StatusNA, StatusCentral}

// Label is the ReportStatus's name in Chinese, as reports, sheets and the command line write it.
func (s ReportStatus) Label() string { return s.Text(msg.ZH) }

// Text names the ReportStatus in language lang (catalogue entries status.*).
func (s ReportStatus) Text(lang msg.Lang) string { return term(lang, "status.", s) }

// Valid reports whether s is in the vocabulary.
func (s ReportStatus) Valid() bool { return slices.Contains(Statuses, s) }

// ParseStatus reads a status by its code or its Chinese label (as a spreadsheet
// holds it); EINVALID lists the vocabulary.
func ParseStatus(s string) (ReportStatus, error) {
	for _, st := range Statuses {
		if s == string(st) || s == st.Label() {
			return st, nil
		}
	}
	return "", E(EINVALID, "err.report.bad_status", s, StatusChoices)
}

// StatusChoices is the vocabulary of statuses as a refusal lists it, in the
// reader's language: 未启动、推进中、… or not started, in progress, ….
var StatusChoices statusChoices

type statusChoices struct{}

func (statusChoices) Text(l msg.Lang) string {
	names := make([]string, len(Statuses))
	for i, s := range Statuses {
		names[i] = s.Text(l)
	}
	return strings.Join(names, msg.Text(l, "list.sep"))
}

// Period is a reporting period: "2024Q1" (quarter), "2024-03" (month) or
// "2024H1" (half-year).
type Period string

var periodRE = regexp.MustCompile(`^(\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2])|H([12]))$`)

// ParsePeriod checks a period and returns its first day and the day after its last.
func ParsePeriod(s string) (Period, time.Time, time.Time, error) {
	m := periodRE.FindStringSubmatch(s)
	if m == nil {
		return "", time.Time{}, time.Time{}, E(EINVALID, "err.report.bad_period", s)
	}
	y, _ := strconv.Atoi(m[1])
	var from time.Time
	var months int
	switch {
	case m[2] != "":
		q, _ := strconv.Atoi(m[2])
		from, months = time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC), 3
	case m[3] != "":
		mm, _ := strconv.Atoi(m[3])
		from, months = time.Date(y, time.Month(mm), 1, 0, 0, 0, 0, time.UTC), 1
	default:
		h, _ := strconv.Atoi(m[4])
		from, months = time.Date(y, time.Month(6*h-5), 1, 0, 0, 0, 0, time.UTC), 6
	}
	return Period(s), from, from.AddDate(0, months, 0), nil
}

// Label is the period in Chinese: 2024年第1季度, 2024年3月, 2024年上半年.
func (p Period) Label() string { return p.Text(msg.ZH) }

// Text says the period in language l through the catalogue: 2024年第1季度,
// 2024年3月, 2024年上半年 in Chinese; 2024 Q1, March 2024, 2024 H1 in English.
// A text that is no period is said as it is.
func (p Period) Text(l msg.Lang) string {
	m := periodRE.FindStringSubmatch(string(p))
	switch {
	case m == nil:
		return string(p)
	case m[2] != "":
		return msg.Text(l, "period.quarter", m[1], m[2])
	case m[3] != "":
		n, _ := strconv.Atoi(m[3])
		if l == msg.EN {
			return time.Month(n).String() + " " + m[1]
		}
		return msg.Text(l, "period.month", m[1], n)
	case m[4] == "1":
		return msg.Text(l, "period.first_half", m[1])
	}
	return msg.Text(l, "period.second_half", m[1])
}

// Evidence is a local document (配套文件) or an attached file backing a report.
type Evidence struct {
	ID    int64     `json:"id"`
	Title string    `json:"title"`
	DocNo string    `json:"doc_no,omitempty"`
	Date  time.Time `json:"date,omitzero"`
	Link  string    `json:"link,omitempty"`
	// An attached file: its name, media type, size and SHA-256; the bytes are
	// read separately (ReportService.Attachment).
	FileName string `json:"file_name,omitempty"`
	FileType string `json:"file_type,omitempty"`
	FileSize int64  `json:"file_size,omitempty"`
	SHA256   string `json:"sha256,omitempty"`
}

// Attachment limits.
const MaxAttachmentSize = 20 << 20 // 20 MiB

// AttachmentTypes are the media types accepted as evidence files.
var AttachmentTypes = map[string]string{
	".pdf": "application/pdf", ".ofd": "application/ofd", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
	".doc": "application/msword", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".xls": "application/vnd.ms-excel", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".wps": "application/vnd.ms-works", ".txt": "text/plain",
}

// Report is one task's progress report for one period. Version counts its
// saves: a save names the version it edits and is refused when another save
// came first (no silent overwrite).
type Report struct {
	ID          int64        `json:"id"`
	TaskID      int64        `json:"task_id"`
	Period      Period       `json:"period"`
	Version     int          `json:"version"`
	Status      ReportStatus `json:"status"`
	Measures    string       `json:"measures"` // 工作措施/进展
	Problem     bool         `json:"problem"`  // a problem the unit needs help with
	ProblemText string       `json:"problem_text,omitempty"`
	Evidence    []Evidence   `json:"evidence"`
	// Values are the item's indicator values for the period (see Indicator).
	Values    []IndicatorValue `json:"indicator_values"`
	Submitted bool             `json:"submitted"`
	UpdatedAt time.Time        `json:"updated_at"`
	UpdatedBy string           `json:"updated_by"`
}

// ReportConflict is the ECONFLICT of a save that edited an old version: Current
// is the version stored now, so that the user sees both.
type ReportConflict struct {
	Current *Report
}

func (e *ReportConflict) Error() string {
	return "rollout: " + ECONFLICT + ": " + msg.Text(msg.ZH, "err.report.changed", e.Current.Version)
}

// Unwrap lets ErrorCode and ErrorMessage see it as an ECONFLICT *Error.
func (e *ReportConflict) Unwrap() error {
	return E(ECONFLICT, "err.report.conflict",
		e.Current.Version, e.Current.UpdatedBy, e.Current.UpdatedAt.In(Beijing).Format("2006-01-02 15:04"))
}

// Light is a task's traffic light from its deadline.
type Light string

const (
	LightNone   Light = ""       // no date to measure against (a phrase such as 持续推进), or done
	LightGreen  Light = "green"  // on track
	LightYellow Light = "yellow" // the deadline is within the warning days
	LightRed    Light = "red"    // overdue
)

// DefaultWarningDays is how many days before a deadline the light turns yellow.
const DefaultWarningDays = 3

// LightOf returns the light of a task with deadline d in state s on day now.
// A deadline is met at the end of its day (Beijing time).
func LightOf(d Deadline, s TaskState, now time.Time, warningDays int) Light {
	if !d.HasDate() || s.Done() {
		return LightNone
	}
	today := now.In(Beijing)
	day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	switch {
	case day.After(d.Date):
		return LightRed
	case !day.AddDate(0, 0, warningDays).Before(d.Date):
		return LightYellow
	}
	return LightGreen
}

// ReportService runs the supervision loop. Every step records a TaskEvent and an
// audit entry with the actor from the context.
type ReportService interface {
	// Step applies a step to a task as DecideStep decides it: acknowledge,
	// accept, return (note = the reason, required), close (refused until every
	// task below is done), the not-applicable request (note = "reason_code:
	// text") and its decision. read is the state the step was decided on ("" for
	// none): when the task has moved since, the step is a *TaskConflict
	// (ECONFLICT) carrying the task as stored. EINVALID for a step the task's
	// state or the rules do not allow; ENOTFOUND for a missing task.
	Step(ctx context.Context, taskID int64, e TaskEventKind, note string, read TaskState) (*Task, error)
	// SaveReport creates (Version 0) or updates (Version = the version edited) the
	// report of r.TaskID for r.Period, and submits it when submit is set. A save
	// of an old version returns *ReportConflict; nothing is written then.
	SaveReport(ctx context.Context, r *Report, submit bool) (*Report, error)
	// SaveReports saves several reports as SaveReport does each, in one
	// transaction: all of them or, at the first refusal or conflict, none (the
	// import of a filled-in spreadsheet). A task still assigned is acknowledged
	// first: the filled-in template is the unit's receipt of it.
	SaveReports(ctx context.Context, reports []*Report, submit bool) ([]*Report, error)
	// Report returns a task's report for a period; ENOTFOUND when none.
	Report(ctx context.Context, taskID int64, period Period) (*Report, error)
	// TaskReport returns a task with what deciding who may read it takes
	// (TaskService.TaskAccess) and its report for a period as Report returns
	// it, read together; the report is nil when there is none. ENOTFOUND for
	// a missing task; EINVALID for a malformed period.
	TaskReport(ctx context.Context, taskID int64, period Period) (*TaskAccess, *Report, error)
	// ReportVersions returns every saved version of a report, newest first.
	ReportVersions(ctx context.Context, reportID int64) ([]*Report, error)
	// Timeline returns a task's events, oldest first.
	Timeline(ctx context.Context, taskID int64) ([]TaskEvent, error)
	// AddAttachment stores a file as evidence of a report and returns the
	// evidence entry; EINVALID for a type not in AttachmentTypes or a file over
	// MaxAttachmentSize.
	AddAttachment(ctx context.Context, reportID int64, e Evidence, body []byte) (*Evidence, error)
	// Attachment returns an evidence file's bytes.
	Attachment(ctx context.Context, evidenceID int64) (Evidence, []byte, error)
}

// Reporting rhythms a batch sets.
const (
	RhythmMonthly    = "monthly"
	RhythmQuarterly  = "quarterly" // the default
	RhythmHalfYearly = "half_yearly"
)

// ValidRhythm reports whether r is a known rhythm.
func ValidRhythm(r string) bool {
	return r == RhythmMonthly || r == RhythmQuarterly || r == RhythmHalfYearly
}

// rhythmMonths is the length of a rhythm's period; unknown or empty counts as
// quarterly.
func rhythmMonths(rhythm string) int {
	switch rhythm {
	case RhythmMonthly:
		return 1
	case RhythmHalfYearly:
		return 6
	}
	return 3
}

// PeriodOf returns the period of the rhythm that holds moment t (Beijing time).
func PeriodOf(rhythm string, t time.Time) Period {
	t = t.In(Beijing)
	m := int(t.Month())
	switch rhythmMonths(rhythm) {
	case 1:
		return Period(fmt.Sprintf("%d-%02d", t.Year(), m))
	case 6:
		return Period(fmt.Sprintf("%dH%d", t.Year(), (m-1)/6+1))
	}
	return Period(fmt.Sprintf("%dQ%d", t.Year(), (m-1)/3+1))
}

// PeriodsAround returns the periods of the rhythm offered around now, newest
// first: the next one, the current one and back periods before it.
func PeriodsAround(rhythm string, now time.Time, back int) []Period {
	n := now.In(Beijing)
	months := rhythmMonths(rhythm)
	first := time.Date(n.Year(), time.Month((int(n.Month())-1)/months*months+1), 15, 0, 0, 0, 0, Beijing)
	var out []Period
	for k := 1; k >= -back; k-- {
		out = append(out, PeriodOf(rhythm, first.AddDate(0, months*k, 0)))
	}
	return out
}
