package rollout

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"rollout/msg"
)

// TaskRole is what a task asks of its unit.
type TaskRole string

const (
	RoleImplement TaskRole = "implement" // a first-level implementing task (a province, an FTZ)
	RoleGuide     TaskRole = "guide"     // a central responsible unit guides the item's work
	RoleLead      TaskRole = "lead"      // cascaded: the lead unit (牵头单位)
	RoleCo        TaskRole = "co"        // cascaded: a co-unit (配合单位/责任单位)
)

// TaskRoles lists every task role.
var TaskRoles = []TaskRole{RoleImplement, RoleGuide, RoleLead, RoleCo}

// Valid reports whether r is a known role.
func (r TaskRole) Valid() bool { return slices.Contains(TaskRoles, r) }

// Deadline is a 完成时限: the text as written and, when the text names a day or a
// month unambiguously, that date. Phrases such as 持续推进 have no date and are
// never given one.
type Deadline struct {
	Text string    `json:"text"`
	Date time.Time `json:"date,omitzero"` // zero when Text is a phrase
}

// HasDate reports whether the deadline is a date.
func (d Deadline) HasDate() bool { return !d.Date.IsZero() }

// String returns the deadline as written.
func (d Deadline) String() string { return d.Text }

var (
	deadlineDay   = regexp.MustCompile(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	deadlineMonth = regexp.MustCompile(`^(\d{4})\s*年\s*(\d{1,2})\s*月(底|末)?`)
	deadlineYear  = regexp.MustCompile(`^(\d{4})\s*年\s*(底|末|年底|年末)`)
	deadlineISO   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
)

// ParseDeadline reads a 完成时限 as written: "2024年6月底前" is 30 June 2024,
// "2023年12月31日前" that day, "2024年底前" 31 December 2024, "2024-03-31" that
// day; anything else (持续推进, 长期坚持, 按国家部署推进) is kept as a phrase.
func ParseDeadline(s string) Deadline {
	d := Deadline{Text: s}
	date := func(y, m, day string) time.Time {
		yy, _ := strconv.Atoi(y)
		mm, _ := strconv.Atoi(m)
		dd, _ := strconv.Atoi(day)
		if mm < 1 || mm > 12 {
			return time.Time{}
		}
		t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(mm) || dd < 1 {
			return time.Time{} // 2月30日 is not a day
		}
		return t
	}
	endOfMonth := func(y, m string) time.Time {
		yy, _ := strconv.Atoi(y)
		mm, _ := strconv.Atoi(m)
		if mm < 1 || mm > 12 {
			return time.Time{}
		}
		return time.Date(yy, time.Month(mm)+1, 0, 0, 0, 0, 0, time.UTC)
	}
	switch {
	case deadlineISO.MatchString(s):
		m := deadlineISO.FindStringSubmatch(s)
		d.Date = date(m[1], m[2], m[3])
	case deadlineDay.MatchString(s):
		m := deadlineDay.FindStringSubmatch(s)
		d.Date = date(m[1], m[2], m[3])
	case deadlineYear.MatchString(s):
		m := deadlineYear.FindStringSubmatch(s)
		d.Date = endOfMonth(m[1], "12")
	case deadlineMonth.MatchString(s):
		m := deadlineMonth.FindStringSubmatch(s)
		d.Date = endOfMonth(m[1], m[2])
	}
	return d
}

// Task is one unit's obligation for one item.
type Task struct {
	ID          int64     `json:"id"`
	ItemID      int64     `json:"item_id"`
	UnitID      int64     `json:"unit_id"`
	ParentID    int64     `json:"parent_id,omitempty"` // the task this one was divided from; 0 at the first level
	Role        TaskRole  `json:"role"`
	Deadline    Deadline  `json:"deadline"`
	Deliverable string    `json:"deliverable"` // 成果形式
	Contact     string    `json:"contact"`
	Notes       string    `json:"notes"`
	CreatedAt   time.Time `json:"created_at"`

	// Read-only context filled by queries, for lists and trees.
	Batch      int      `json:"batch"`
	ItemSeq    int      `json:"item_seq"`
	ItemName   string   `json:"item_name"`
	UnitName   string   `json:"unit"`
	UnitCode   string   `json:"unit_code"`
	UnitKind   UnitKind `json:"unit_kind"`
	ParentUnit string   `json:"parent_unit"` // the unit of the parent task, or the State Council at the first level
	// UnitPath is the task's unit's path; ParentUnitPath the path of the unit that
	// gave the task ("" at the first level, given by the State Council). The level
	// above — whoever reaches ParentUnitPath, or a coordinator at the first level —
	// reviews and closes the task.
	UnitPath       string    `json:"-"`
	ParentUnitPath string    `json:"-"`
	State          TaskState `json:"state"`
	StateAt        time.Time `json:"state_at"` // when the state was last changed
	// Urges counts the times the level above urged the unit on it (督办).
	Urges int `json:"urges"`
}

// AssignResult counts what an assignment run created.
type AssignResult struct {
	Implement int `json:"implement"` // new first-level implementing tasks
	Guide     int `json:"guide"`     // new guidance tasks
	Existing  int `json:"existing"`  // tasks that were there already
	// Unresolved lists the items that could not be assigned and why (an unknown
	// responsible unit, a scope that needs confirmation); nothing is created for
	// those items until it is mended.
	Unresolved []Diagnostic `json:"unresolved"`
	// Groups and Tasks are the plan (SummarizeAssign): the items by scope and
	// units, and every first-level task of the assigned items, new or not.
	Groups []AssignGroup  `json:"groups"`
	Tasks  []AssignedTask `json:"tasks"`
}

// Division is one line of a unit dividing its task among units below it.
type Division struct {
	UnitID      int64    `json:"unit_id"`
	Role        TaskRole `json:"role"` // RoleLead or RoleCo
	Deadline    Deadline `json:"deadline"`
	Deliverable string   `json:"deliverable"`
	Contact     string   `json:"contact"`
	Notes       string   `json:"notes"`
}

// ScopeUnit is a unit confirmed for an item's scope, with why it takes part.
type ScopeUnit struct {
	UnitID int64  `json:"unit_id"`
	Reason string `json:"reason"`
}

// TaskFilter selects tasks; zero fields do not filter.
type TaskFilter struct {
	Batch  int
	ItemID int64
	UnitID int64 // tasks of this unit only
	Within int64 // tasks of units in this unit's subtree (the unit included)
	Role   TaskRole
	State  TaskState
}

// TaskService generates, divides and lists tasks.
type TaskService interface {
	// Assign creates the first-level tasks of a batch's items that do not exist
	// yet: one implementing task per unit the item's scope resolves to, and one
	// guidance task per responsible central unit. Running it again creates nothing.
	Assign(ctx context.Context, batch int) (AssignResult, error)
	// AssignBatch is Assign that also says the plan (Groups, Tasks); with
	// dryRun it takes every step in its transaction and rolls it back, so the
	// counts say what a real run would create. ENOTFOUND for no such batch.
	AssignBatch(ctx context.Context, batch int, dryRun bool) (AssignResult, error)
	// Divide creates tasks under parent for the given units (one per unit; a unit
	// that already has a task under parent is updated), as DecideDivide decides:
	// EINVALID (a *DivisionError for one line) for what it refuses; ENOTFOUND
	// for a missing parent task.
	Divide(ctx context.Context, parentTaskID int64, divisions []Division) ([]*Task, error)
	// Cascade stores a re-issue's division of work in one transaction: it
	// checks newUnits (CheckNewUnits over plan with the units below the issuing
	// unit as they are), creates them as departments under the issuing unit,
	// calls plan with every active unit below it, and stores each planned line
	// (DecideCascade) as divisions of the issuing unit's task for that item
	// (DecideDivide). It stores nothing, and returns the plan with EINVALID,
	// when any of those refuses. A dry run takes every step and every check of
	// the real one and then stores nothing: it returns the plan, the tasks it
	// would create or update (units to be created have IDs that will not be
	// theirs) and the refusal the real run would meet.
	Cascade(ctx context.Context, ownerID int64, newUnits []string, plan func(below []*Unit) CascadePlan, dryRun bool) (CascadePlan, []*Task, error)
	// ConfirmScope records units the coordinator confirmed as implementing an
	// item whose scope is not resolved automatically (有需求的地区, a list of
	// places), each with the reason it opted in, as DecideScope decides; Assign
	// then gives them tasks. EINVALID when the item's scope is resolved
	// automatically or a unit is not a province-level government, FTZ or area;
	// ENOTFOUND for a missing item or unit.
	ConfirmScope(ctx context.Context, itemID int64, units []ScopeUnit) error
	// Tasks lists tasks with their context, ordered by batch, item and unit path.
	Tasks(ctx context.Context, f TaskFilter) ([]*Task, error)
	// TaskLister: a list filtered, sorted and paged by storage.
	TaskLister
	// Task returns one task; ENOTFOUND when there is none.
	Task(ctx context.Context, id int64) (*Task, error)
	// TaskAccess returns one task with what deciding who may read it takes
	// (its unit paths and its item's responsible units), read together;
	// ENOTFOUND when there is no such task.
	TaskAccess(ctx context.Context, id int64) (*TaskAccess, error)
}

// TaskAccess is a task with what deciding who may read it takes: the task
// with its unit's and its parent's unit paths, and the responsible units of
// its item, which read their items' tasks in every region.
type TaskAccess struct {
	Task        *Task
	Responsible []string
}

// ReadTarget is the target of reading the task (ActReadTasks): its unit's
// path and its item's responsible units.
func (a *TaskAccess) ReadTarget() Target {
	return Target{UnitPath: a.Task.UnitPath, Responsible: a.Responsible}
}

// Bounds of what a person writes into a task's steps, divisions and scope.
// Every entry point (page form, JSON API, command line, a re-issue document)
// is held to them by the decisions below.
const (
	// MaxStepNoteRunes bounds the note of a step: a reason is a few sentences.
	MaxStepNoteRunes = 1000
	// A 完成时限 is a short phrase; the rest of a division are sentences, not documents.
	MaxDeadlineRunes    = 50
	MaxDeliverableRunes = 200
	MaxContactRunes     = 100
	MaxNotesRunes       = 1000
	// MaxDivisions bounds the units one division names: a province has a few
	// dozen cities and departments below it.
	MaxDivisions = 500
	// MaxScopeUnits bounds the units confirmed for an item at once: there are
	// 31 provinces, 22 FTZs and their 70-odd areas.
	MaxScopeUnits = 200
	// MaxScopeReasonRunes bounds why a unit opted in.
	MaxScopeReasonRunes = 500
)

// unitNameList is a list of names said in a language (深圳市、南山区 or 深圳市,
// 南山区); with max > 0, the names after the first max are left out and said
// to be there (深圳市、南山区等).
type unitNameList struct {
	names []string
	max   int
}

// Text says the list in language l.
func (n unitNameList) Text(l msg.Lang) string {
	shown := n.names
	if n.max > 0 && len(shown) > n.max {
		shown = shown[:n.max]
	}
	s := strings.Join(shown, msg.Text(l, "err.task.list_sep"))
	if len(shown) < len(n.names) {
		return msg.Text(l, "err.task.list_more", s)
	}
	return s
}

// itemSeqs is a list of item numbers said in a language: 第23项、第24项.
type itemSeqs []int

// Text says the list in language l.
func (s itemSeqs) Text(l msg.Lang) string {
	out := make([]string, len(s))
	for i, n := range s {
		out[i] = msg.Text(l, "err.task.item_seq", n)
	}
	return strings.Join(out, msg.Text(l, "err.task.list_sep"))
}

// itemHolder is an item and the units below an issuing unit that hold its task.
type itemHolder struct {
	seq   int
	units []string
}

// itemHolders says, in a language, which units hold which items:
// 第23项在“广东自贸试验区”.
type itemHolders []itemHolder

func (hs itemHolders) Text(l msg.Lang) string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = msg.Text(l, "err.task.item_held", h.seq, strings.Join(h.units, msg.Text(l, "err.task.list_sep")))
	}
	return strings.Join(out, msg.Text(l, "err.task.clause_sep"))
}

// taskChars is the length of s in characters, as the bounds count it.
func taskChars(s string) int { return utf8.RuneCountInString(s) }

// TaskConflict is the ECONFLICT of a step decided on a state the task no
// longer has: Current is the task as stored now, so that the user sees where
// it stands.
type TaskConflict struct {
	Current *Task
}

func (e *TaskConflict) Error() string { return e.Unwrap().Error() }

// Unwrap lets ErrorCode and ErrorText see it as an ECONFLICT *Error.
func (e *TaskConflict) Unwrap() error { return E(ECONFLICT, "err.task.step_stale", e.Current.State) }

// Steps lists the steps taken on their own (StepService.Step); a report's
// draft and submission are taken by saving the report.
var Steps = []TaskEventKind{EventAcknowledge, EventAccept, EventReturn, EventClose, EventRequestNA, EventApproveNA, EventRejectNA}

// CheckStepKind refuses, with EINVALID, a kind that is not one of Steps.
func CheckStepKind(e TaskEventKind) error {
	if !slices.Contains(Steps, e) {
		return E(EINVALID, "err.task.step_kind", string(e))
	}
	return nil
}

// StepInput is a step as asked: its kind, its note, and the state of the task
// the asker saw when deciding on it ("" when the caller read none, such as a
// script; then the step applies to the task as it stands). A not-applicable
// request's note is "reason_code: text" (a full-width colon is accepted too).
type StepInput struct {
	Kind TaskEventKind
	Note string
	Read TaskState
}

// StepSnapshot is what a step is decided over: the task as stored and every
// task divided from it at any depth (with State and UnitName, in the order of
// their units), which a close waits for.
type StepSnapshot struct {
	Task  *Task
	Below []*Task
}

// StepPlan is what a step writes: the task moves From → To, and the timeline
// records Kind with Note.
type StepPlan struct {
	Kind     TaskEventKind
	From, To TaskState
	Note     string
}

// DecideStep decides a step of the supervision loop (who may take it is
// Authorize's question, asked before). Beyond TaskState.Next:
//   - draft and submit are taken by saving a report, not as steps;
//   - a step read on another state than the stored one is a *TaskConflict;
//   - a note is at most MaxStepNoteRunes characters; a return and the refusal
//     of a not-applicable request state their reason;
//   - a not-applicable request's note is "reason_code: text" with a valid
//     NAReason (the text is required for "other"), stored normalised;
//   - a close is refused while any task divided from this one, at any depth,
//     is not done; a task whose work was divided may be closed from any state
//     that is not done once all of those are, other tasks only once accepted.
//
// Every other refusal is EINVALID.
func DecideStep(snap StepSnapshot, in StepInput) (StepPlan, error) {
	t := snap.Task
	if err := CheckStepKind(in.Kind); err != nil {
		return StepPlan{}, err
	}
	if in.Read != "" && in.Read != t.State {
		return StepPlan{}, &TaskConflict{Current: t}
	}
	note, err := stepNote(in.Kind, in.Note)
	if err != nil {
		return StepPlan{}, err
	}
	var to TaskState
	if in.Kind == EventClose {
		to, err = closeState(t, snap.Below)
	} else {
		to, err = t.State.Next(in.Kind)
	}
	if err != nil {
		return StepPlan{}, err
	}
	return StepPlan{Kind: in.Kind, From: t.State, To: to, Note: note}, nil
}

// CanStep reports whether the state of snap's task (and, for a close, of the
// tasks below it) allows step kind now, whatever its note: what a page offers.
func CanStep(snap StepSnapshot, kind TaskEventKind) bool {
	if kind == EventClose {
		_, err := closeState(snap.Task, snap.Below)
		return err == nil
	}
	_, err := snap.Task.State.Next(kind)
	return err == nil
}

// stepNote checks the note step kind needs and returns it trimmed (a
// not-applicable request's normalised to "reason_code: text").
func stepNote(kind TaskEventKind, note string) (string, error) {
	note = strings.TrimSpace(note)
	if kind == EventRequestNA {
		return naNote(note)
	}
	if n := taskChars(note); n > MaxStepNoteRunes {
		return "", E(EINVALID, "err.task.note_too_long", MaxStepNoteRunes, n)
	}
	switch {
	case kind == EventReturn && note == "":
		return "", E(EINVALID, "err.task.return_reason")
	case kind == EventRejectNA && note == "":
		return "", E(EINVALID, "err.task.reject_reason")
	}
	return note, nil
}

// naNote checks the note of a not-applicable request, "reason_code: text",
// and returns it normalised.
func naNote(note string) (string, error) {
	code, text := note, ""
	if i := strings.IndexAny(note, ":："); i >= 0 {
		_, w := utf8.DecodeRuneInString(note[i:])
		code, text = note[:i], strings.TrimSpace(note[i+w:])
	}
	reason := NAReason(strings.TrimSpace(code))
	switch {
	case !reason.Valid():
		return "", E(EINVALID, "err.task.na_reason", string(reason))
	case taskChars(text) > MaxStepNoteRunes:
		return "", E(EINVALID, "err.task.note_too_long", MaxStepNoteRunes, taskChars(text))
	case reason == NAOther && text == "":
		return "", E(EINVALID, "err.task.na_other")
	case text == "":
		return string(reason), nil
	}
	return string(reason) + ": " + text, nil
}

// closeState is where a close takes t, with below every task divided from it
// at any depth: refused while one of those is not done; a task whose work was
// divided is closed from any state that is not done once all of those are;
// any other task as Next says.
func closeState(t *Task, below []*Task) (TaskState, error) {
	if t.State.Done() {
		return t.State.Next(EventClose)
	}
	var open []string
	for _, b := range below {
		if !b.State.Done() {
			open = append(open, b.UnitName)
		}
	}
	switch {
	case len(open) > 0:
		return "", E(EINVALID, "err.task.close_open", len(open), unitNameList{open, 3})
	case len(below) > 0:
		return StateClosed, nil
	}
	return t.State.Next(EventClose)
}

// DivisionField names a field of a division, as its refusals say it.
type DivisionField string

const (
	FieldUnit        DivisionField = "unit_id"
	FieldRole        DivisionField = "role"
	FieldDeadline    DivisionField = "deadline"
	FieldDeliverable DivisionField = "deliverable"
	FieldContact     DivisionField = "contact"
	FieldNotes       DivisionField = "notes"
)

// Text names the field in language l (完成时限, 成果形式 …).
func (f DivisionField) Text(l msg.Lang) string { return msg.Text(l, "divide."+string(f)) }

// DivisionError is the refusal of one line of a division: Index is the line
// (from 0), Field the field at fault ("" for the line as a whole), Other the
// earlier line that names the same unit (for a repeat). It unwraps to the
// *Error that says what is wrong, so that each entry point can say where.
type DivisionError struct {
	Index int
	Field DivisionField
	Other int
	Err   *Error
}

func (e *DivisionError) Error() string { return e.Err.Error() }
func (e *DivisionError) Unwrap() error { return e.Err }

// divisionBounds returns the free-text fields of d with their bounds.
func divisionBounds(d Division) []struct {
	field DivisionField
	value string
	max   int
} {
	return []struct {
		field DivisionField
		value string
		max   int
	}{
		{FieldDeadline, d.Deadline.Text, MaxDeadlineRunes},
		{FieldDeliverable, d.Deliverable, MaxDeliverableRunes},
		{FieldContact, d.Contact, MaxContactRunes},
		{FieldNotes, d.Notes, MaxNotesRunes},
	}
}

// tidyDivision trims the fields of d (its deadline read again when trimming
// changed it).
func tidyDivision(d Division) Division {
	if s := strings.TrimSpace(d.Deadline.Text); s != d.Deadline.Text {
		d.Deadline = ParseDeadline(s)
	}
	d.Deliverable = strings.TrimSpace(d.Deliverable)
	d.Contact = strings.TrimSpace(d.Contact)
	d.Notes = strings.TrimSpace(d.Notes)
	return d
}

// checkDivisionFields holds d's free text to its bounds; the field at fault and
// its length come back.
func checkDivisionFields(d Division) (DivisionField, int, int, bool) {
	for _, f := range divisionBounds(d) {
		if n := taskChars(f.value); n > f.max {
			return f.field, f.max, n, false
		}
	}
	return "", 0, 0, true
}

// DivideSnapshot is what a division is decided over: the task divided (with
// its State), the unit that holds it, the units the division names as stored
// (a unit that does not exist is absent) and the tasks already divided from
// it (with UnitID, UnitName and Role).
type DivideSnapshot struct {
	Parent   *Task
	Owner    *Unit
	Units    map[int64]*Unit
	Existing []*Task
}

// DividePlan is what a division writes: one task under Parent per division
// (created, or updated when the unit has one there already).
type DividePlan struct {
	Parent    *Task
	Divisions []Division
}

// DecideDivide decides a unit's division of its task among units below it:
// at least one and at most MaxDivisions units, each once, each an active unit
// below the task's unit; roles lead or co, with at most one lead among the
// tasks under the parent once the division is stored (a division may move the
// lead, not add a second); free text within its bounds; a task that is done is
// not divided any more. Refusals are EINVALID, those of one line a
// *DivisionError.
func DecideDivide(snap DivideSnapshot, divs []Division) (DividePlan, error) {
	if len(divs) == 0 {
		return DividePlan{}, E(EINVALID, "err.task.divide_none")
	}
	if len(divs) > MaxDivisions {
		return DividePlan{}, E(EINVALID, "err.task.divide_too_many", MaxDivisions, len(divs))
	}
	if snap.Parent.State.Done() {
		return DividePlan{}, E(EINVALID, "err.task.divide_done", snap.Parent.State)
	}
	line := func(i int, f DivisionField, key string, args ...any) error {
		return &DivisionError{Index: i, Field: f, Err: E(EINVALID, key, args...)}
	}
	seen := map[int64]int{}
	var leads []string
	out := make([]Division, 0, len(divs))
	for i, d := range divs {
		d = tidyDivision(d)
		if d.Role != RoleLead && d.Role != RoleCo {
			return DividePlan{}, line(i, FieldRole, "err.task.divide_role", string(d.Role))
		}
		if j, dup := seen[d.UnitID]; dup {
			return DividePlan{}, &DivisionError{Index: i, Field: FieldUnit, Other: j, Err: E(EINVALID, "err.task.divide_twice", d.UnitID)}
		}
		seen[d.UnitID] = i
		u := snap.Units[d.UnitID]
		if u == nil || u.Retired() {
			return DividePlan{}, line(i, FieldUnit, "err.task.unit_gone", d.UnitID)
		}
		if u.ID == snap.Owner.ID || !u.Within(snap.Owner) {
			return DividePlan{}, line(i, FieldUnit, "err.task.divide_not_below", u.Name, snap.Owner.Name)
		}
		if f, most, n, ok := checkDivisionFields(d); !ok {
			return DividePlan{}, line(i, f, "err.task.too_long", f, most, n)
		}
		if d.Role == RoleLead {
			leads = append(leads, u.Name)
		}
		out = append(out, d)
	}
	for _, t := range snap.Existing {
		if _, posted := seen[t.UnitID]; !posted && t.Role == RoleLead {
			leads = append(leads, t.UnitName)
		}
	}
	if len(leads) > 1 {
		return DividePlan{}, E(EINVALID, "err.task.divide_leads", unitNameList{names: leads})
	}
	return DividePlan{Parent: snap.Parent, Divisions: out}, nil
}

// AssignItem is what an item is to have at the first level: one implementing
// task per unit of Implement, one guidance task per unit of Guide.
type AssignItem struct {
	ItemID    int64
	Implement []*Unit
	Guide     []*Unit
}

// PlanAssign decides the first-level tasks of items, given every unit of the
// tree and, per item ID, the units a coordinator confirmed for a scope that is
// not resolved automatically: the implementing units are the item's scope
// resolved (ResolveScope), the guiding units its responsible units, found by
// any name of an active central unit. An item whose scope cannot be resolved,
// or one of whose responsible units is not in the directory, gets nothing and
// is reported (Diagnostic codes scope-unresolved and unknown-unit, in Chinese,
// as the command line prints them).
func PlanAssign(items []*Item, units []*Unit, confirmed map[int64][]int64) ([]AssignItem, []Diagnostic) {
	central := map[string]*Unit{} // every name of every active central unit
	for _, u := range units {
		if u.Retired() || u.ProvinceID != 0 {
			continue
		}
		for _, n := range u.Names() {
			central[n] = u
		}
	}
	var plan []AssignItem
	unresolved := []Diagnostic{}
	for _, it := range items {
		implementers, err := ResolveScope(it.Scope, units, confirmed[it.ID])
		if err != nil {
			unresolved = append(unresolved, Diag(LevelError, "scope-unresolved", 0, "err.task.in_item", it.Seq, err))
			continue
		}
		var guides []*Unit
		var unknown []string
		for _, name := range it.Responsible {
			if u := central[name]; u != nil {
				guides = append(guides, u)
			} else {
				unknown = append(unknown, name)
			}
		}
		if len(unknown) > 0 {
			unresolved = append(unresolved, Diag(LevelError, "unknown-unit", 0, "err.task.assign_unknown", it.Seq, unitNameList{names: unknown}))
			continue
		}
		plan = append(plan, AssignItem{ItemID: it.ID, Implement: implementers, Guide: guides})
	}
	return plan, unresolved
}
