package rollout

import (
	"slices"
	"strconv"
	"strings"
)

// AssignGroup is a share of an assignment: items of one scope that go to the
// same units ("22 items × 31 provinces").
type AssignGroup struct {
	Scope string   `json:"scope"` // 推广范围 as published: 全国, 自贸试验区, 沿海地区 or another phrase
	Items []int    `json:"items"` // the items' numbers (Item.Seq), in the batch's order
	Units []string `json:"units"` // the implementing units, by name, in the order ResolveScope gives
}

// AssignedTask is one first-level task of an assignment, new or already there.
type AssignedTask struct {
	ItemID   int64    `json:"item_id"`
	ItemSeq  int      `json:"item_seq"`
	ItemName string   `json:"item_name"`
	UnitID   int64    `json:"unit_id"`
	Unit     string   `json:"unit"`
	Role     TaskRole `json:"role"` // RoleImplement or RoleGuide
	New      bool     `json:"new"`  // false: it existed before this run
}

// SummarizeAssign groups plan (PlanAssign over items) by scope and units:
// the items of one group share their scope and their implementing units, so
// that a person reads "22 items × 31 provinces, 1 item × 22 FTZs" before
// confirming. Groups come in the order of their first item; the second result
// is the number of guidance tasks (one per responsible unit and item).
func SummarizeAssign(items []*Item, plan []AssignItem) ([]AssignGroup, int) {
	byID := map[int64]*Item{}
	for _, it := range items {
		byID[it.ID] = it
	}
	groups := []AssignGroup{}
	index := map[string]int{}
	guides := 0
	for _, p := range plan {
		it := byID[p.ItemID]
		if it == nil {
			continue
		}
		guides += len(p.Guide)
		var key strings.Builder
		key.WriteString(it.Scope)
		for _, u := range p.Implement {
			key.WriteByte('/')
			key.WriteString(strconv.FormatInt(u.ID, 10))
		}
		i, ok := index[key.String()]
		if !ok {
			g := AssignGroup{Scope: it.Scope, Items: []int{}, Units: []string{}}
			for _, u := range p.Implement {
				g.Units = append(g.Units, u.Name)
			}
			groups = append(groups, g)
			i = len(groups) - 1
			index[key.String()] = i
		}
		groups[i].Items = append(groups[i].Items, it.Seq)
	}
	for i := range groups {
		slices.Sort(groups[i].Items)
	}
	return groups, guides
}

// InReviewQueue reports whether t, a task awaiting review, belongs in the
// reviewer's queue of unit q: a report is reviewed by the unit that gave the
// task (its ParentUnitPath), and a first-level task, given in the State
// Council's name, in the queue of the root of the tree (the State Council),
// which the coordinators work (docs/roles.md). A unit never reviews its own
// task, and a city's report waits in its province's queue, not in every queue
// above it.
func InReviewQueue(t *Task, q *Unit) bool {
	return ReviewQueue(q).Keep(t, "") // a task q gave lies in q's subtree
}

// ReviewQueue is the reviewer's queue of unit u as a list (InReviewQueue's
// rule, which storage applies in SQL): the reported tasks in u's subtree,
// not u's own, given by u — and, at the root, the first-level tasks.
func ReviewQueue(u *Unit) TaskQuery {
	return TaskQuery{TaskFilter: TaskFilter{Within: u.ID, State: StateReported}, ExceptUnit: u.ID,
		GiverPath: u.Path, GiverRoot: u.ParentID == 0}
}
