package rollout

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"time"
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
	// Divide creates tasks under parent for the given units (one per unit; a unit
	// that already has a task under parent is updated). The units must lie below
	// the parent task's unit: EINVALID otherwise.
	Divide(ctx context.Context, parentTaskID int64, divisions []Division) ([]*Task, error)
	// Cascade stores a re-issue's division of work in one transaction: it creates
	// newUnits (confirmed by the user) as departments under the issuing unit,
	// calls plan with every active unit below it, and stores each planned line as
	// divisions of the issuing unit's task for that item. It stores nothing, and
	// returns the plan with EINVALID, when the plan still has unknown units or the
	// issuing unit has no task for one of its items.
	Cascade(ctx context.Context, ownerID int64, newUnits []string, plan func(below []*Unit) CascadePlan) (CascadePlan, []*Task, error)
	// ConfirmScope records units the coordinator confirmed as implementing an
	// item whose scope is not resolved automatically (有需求的地区, a list of
	// places), each with the reason it opted in; Assign then gives them tasks.
	// EINVALID when the item's scope is resolved automatically or a unit is not a
	// province-level government, FTZ or area; ENOTFOUND for a missing item or unit.
	ConfirmScope(ctx context.Context, itemID int64, units []ScopeUnit) error
	// Tasks lists tasks with their context, ordered by batch, item and unit path.
	Tasks(ctx context.Context, f TaskFilter) ([]*Task, error)
	// Task returns one task; ENOTFOUND when there is none.
	Task(ctx context.Context, id int64) (*Task, error)
}
