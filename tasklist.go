package rollout

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Lists of tasks people work with: the inbox, a unit's tasks, the review
// queue and the overdue list are one query each — filtered, sorted and paged
// by storage, never by loading every task of a subtree (a county-scale tree
// holds 815k tasks). TaskQuery says what a list asks for; Keep and Compare
// are its meaning, which storage's SQL and the tests' fakes follow.

// TaskSort orders a list of tasks.
type TaskSort string

const (
	// SortItem: batch (newest first), item number, unit — the default.
	SortItem TaskSort = "item"
	// SortUnit: by unit (its place in the tree), then item.
	SortUnit TaskSort = "unit"
	// SortDeadline: the earliest dated deadline first; phrases (持续推进) last.
	SortDeadline TaskSort = "deadline"
	// SortLight: what needs attention first — open tasks with a dated
	// deadline by their deadline (red, then yellow, then green), then the rest.
	SortLight TaskSort = "light"
	// SortState: by state in the order of the loop, then the longest waiting
	// in it first.
	SortState TaskSort = "state"
)

// TaskSorts lists every order of a list.
var TaskSorts = []TaskSort{SortItem, SortUnit, SortDeadline, SortLight, SortState}

// Valid reports whether s is a known order.
func (s TaskSort) Valid() bool {
	for _, x := range TaskSorts {
		if x == s {
			return true
		}
	}
	return false
}

// Bounds of a list's page.
const (
	// DefaultTaskPage is the page size of a list unless one is asked for.
	DefaultTaskPage = 50
	// MaxTaskPage bounds the page size a page or the API may ask for.
	MaxTaskPage = 200
	// MaxTaskExport bounds the rows of one exported list (a province's
	// subtree at county scale has tens of thousands; narrow it by filter).
	MaxTaskExport = 20000
	// MaxBulkSteps bounds the tasks one bulk step names (a page's worth).
	MaxBulkSteps = MaxTaskPage
	// MaxListSearchRunes bounds the words a list is filtered by.
	MaxListSearchRunes = 50
)

// TaskQuery is a list of tasks as asked: TaskFilter's fields, narrowed by what
// a person filters by, in an order, one page of it.
type TaskQuery struct {
	TaskFilter
	// ExceptUnit leaves out this unit's own tasks (a reviewer's queue holds
	// the units below, not its own); 0 for none.
	ExceptUnit int64
	// GiverPath keeps the tasks given by the unit of that path (divided from
	// one of its tasks), and with GiverRoot the first-level tasks too: a
	// reviewer's queue (InReviewQueue). "" for any.
	GiverPath string
	GiverRoot bool
	// ItemIDs keeps the tasks of these items (a central unit's items); nil for
	// any, empty for none.
	ItemIDs []int64
	// Item keeps tasks whose item's name contains it, or whose item number it
	// is; Unit those whose unit's name contains it. "" for any.
	Item string
	Unit string
	// Light keeps tasks with that light on Today (LightNone: open tasks
	// without a dated deadline and done tasks); Lit tells an asked LightNone
	// from no filter.
	Light Light
	Lit   bool
	// DueBy keeps tasks with a dated deadline on or before it; zero for any.
	DueBy time.Time
	// Today and WarningDays are what lights are measured against.
	Today       time.Time
	WarningDays int
	Sort        TaskSort // "" is SortItem
	Desc        bool     // the order reversed
	// Limit and Offset are the page: Limit in 1..MaxTaskExport (storage holds
	// it there), Offset from 0.
	Limit  int
	Offset int
}

// TaskPage is one page of a list and how many tasks the whole list holds.
type TaskPage struct {
	Tasks []*Task
	Total int
}

// Bounded is q with its page held within bounds: a Limit below 1 is
// DefaultTaskPage, above MaxTaskExport MaxTaskExport; a negative Offset 0; an
// unknown order SortItem.
func (q TaskQuery) Bounded() TaskQuery {
	switch {
	case q.Limit < 1:
		q.Limit = DefaultTaskPage
	case q.Limit > MaxTaskExport:
		q.Limit = MaxTaskExport
	}
	q.Offset = max(q.Offset, 0)
	if !q.Sort.Valid() {
		q.Sort = SortItem
	}
	return q
}

// Keep reports whether t (with its context and UnitPath filled) belongs to
// the list, within is the path of TaskFilter.Within's unit ("" for none).
func (q TaskQuery) Keep(t *Task, within string) bool {
	f := q.TaskFilter
	switch {
	case f.Batch != 0 && t.Batch != f.Batch,
		f.ItemID != 0 && t.ItemID != f.ItemID,
		f.UnitID != 0 && t.UnitID != f.UnitID,
		f.Role != "" && t.Role != f.Role,
		f.State != "" && t.State != f.State,
		within != "" && !strings.HasPrefix(t.UnitPath, within),
		q.ExceptUnit != 0 && t.UnitID == q.ExceptUnit,
		q.GiverPath != "" && t.ParentUnitPath != q.GiverPath && (t.ParentUnitPath != "" || !q.GiverRoot),
		q.ItemIDs != nil && !slices.Contains(q.ItemIDs, t.ItemID),
		q.Item != "" && !matchItem(t, q.Item),
		q.Unit != "" && !strings.Contains(t.UnitName, q.Unit),
		q.Lit && LightOf(t.Deadline, t.State, q.Today, q.WarningDays) != q.Light,
		!q.DueBy.IsZero() && (!t.Deadline.HasDate() || t.Deadline.Date.After(q.DueBy)):
		return false
	}
	return true
}

// matchItem reports whether t's item is the one words name: by number, or by
// words its name contains.
func matchItem(t *Task, words string) bool {
	if n, err := strconv.Atoi(words); err == nil {
		return t.ItemSeq == n
	}
	return strings.Contains(t.ItemName, words)
}

// Compare orders a and b as the list's Sort says (Desc reversing it), ties
// broken by batch (newest first), item, unit path and ID.
func (q TaskQuery) Compare(a, b *Task) int {
	c := 0
	switch q.Sort {
	case SortUnit:
		c = strings.Compare(a.UnitPath, b.UnitPath)
	case SortDeadline:
		c = compareDates(a.Deadline, b.Deadline)
	case SortLight:
		c = cmp.Or(cmp.Compare(lightGroup(a), lightGroup(b)), compareDates(a.Deadline, b.Deadline))
	case SortState:
		c = cmp.Or(cmp.Compare(StateRank(a.State), StateRank(b.State)), a.StateAt.Compare(b.StateAt))
	}
	c = cmp.Or(c, cmp.Compare(b.Batch, a.Batch), cmp.Compare(a.ItemSeq, b.ItemSeq),
		strings.Compare(a.UnitPath, b.UnitPath), cmp.Compare(a.ID, b.ID))
	if q.Desc {
		return -c
	}
	return c
}

// lightGroup is 0 for an open task with a dated deadline (it has a light),
// 1 for the rest.
func lightGroup(t *Task) int {
	if t.Deadline.HasDate() && !t.State.Done() {
		return 0
	}
	return 1
}

// compareDates orders dated deadlines first, by date.
func compareDates(a, b Deadline) int {
	switch {
	case a.HasDate() && b.HasDate():
		return a.Date.Compare(b.Date)
	case a.HasDate():
		return -1
	case b.HasDate():
		return 1
	}
	return 0
}

// StateRank is s's place in the loop (States' order), for sorting.
func StateRank(s TaskState) int {
	for i, x := range States {
		if x == s {
			return i
		}
	}
	return len(States)
}

// LightDays are the deadlines that bound each light on day today with
// warningDays: a deadline before red is red; from red to yellow (inclusive)
// yellow; after yellow green — the dates storage compares deadline_date with.
func LightDays(today time.Time, warningDays int) (red, yellow time.Time) {
	n := today.In(Beijing)
	day := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
	return day, day.AddDate(0, 0, warningDays)
}

// BulkOutcome is what one task of a bulk step came to: the task as it stands
// after, or the refusal (a conflict when another moved it first).
type BulkOutcome struct {
	TaskID int64
	Task   *Task
	Err    error
}

// TaskLister lists tasks a page at a time.
type TaskLister interface {
	// TaskList returns the page of the list q asks for (q.Bounded()) and how
	// many tasks the whole list holds, in q's order. ENOTFOUND when
	// q.Within names no unit.
	TaskList(ctx context.Context, q TaskQuery) (TaskPage, error)
}
