package rollout

import (
	"reflect"
	"testing"
)

func TestSummarizeAssign(t *testing.T) {
	p1, p2, c1 := &Unit{ID: 1, Name: "甲省"}, &Unit{ID: 2, Name: "乙省"}, &Unit{ID: 3, Name: "丙区"}
	m := &Unit{ID: 9, Name: "某部"}
	items := []*Item{{ID: 11, Seq: 1, Scope: ScopeNationwide}, {ID: 12, Seq: 2, Scope: ScopeNationwide},
		{ID: 13, Seq: 3, Scope: ScopeFTZ}, {ID: 14, Seq: 4, Scope: "有需求的地区"}, {ID: 15, Seq: 5, Scope: "有需求的地区"}}
	plan := []AssignItem{
		{ItemID: 12, Implement: []*Unit{p1, p2}, Guide: []*Unit{m}},
		{ItemID: 11, Implement: []*Unit{p1, p2}, Guide: []*Unit{m, m}},
		{ItemID: 13, Implement: []*Unit{c1}},
		{ItemID: 14, Implement: []*Unit{p1}},
		{ItemID: 15, Implement: []*Unit{p2}}, // the same phrase, other units: a group of its own
		{ItemID: 99, Implement: []*Unit{p2}}, // an item not given: left out
	}
	groups, guides := SummarizeAssign(items, plan)
	want := []AssignGroup{
		{Scope: ScopeNationwide, Items: []int{1, 2}, Units: []string{"甲省", "乙省"}},
		{Scope: ScopeFTZ, Items: []int{3}, Units: []string{"丙区"}},
		{Scope: "有需求的地区", Items: []int{4}, Units: []string{"甲省"}},
		{Scope: "有需求的地区", Items: []int{5}, Units: []string{"乙省"}},
	}
	if !reflect.DeepEqual(groups, want) || guides != 3 {
		t.Errorf("got %+v, %d guides", groups, guides)
	}
	if g, n := SummarizeAssign(nil, nil); g == nil || len(g) != 0 || n != 0 {
		t.Errorf("empty plan: %#v %d", g, n)
	}
}

func TestInReviewQueue(t *testing.T) {
	root := &Unit{ID: 1, Path: "/1/"}
	gd := &Unit{ID: 44, ParentID: 1, Path: "/1/44/"}
	sz := &Unit{ID: 4403, ParentID: 44, Path: "/1/44/4403/"}
	first := &Task{UnitID: 44, State: StateReported}                                        // 广东省's first-level task
	city := &Task{UnitID: 4403, ParentID: 7, ParentUnitPath: gd.Path, State: StateReported} // given by 广东省
	county := &Task{UnitID: 440304, ParentID: 8, ParentUnitPath: sz.Path, State: StateReported}
	drafting := &Task{UnitID: 4403, ParentID: 7, ParentUnitPath: gd.Path, State: StateInWork}
	for _, c := range []struct {
		name string
		t    *Task
		q    *Unit
		want bool
	}{
		{"a province's report: the root's queue", first, root, true},
		{"a province's report: not its own queue", first, gd, false},
		{"a city's report: its province's queue", city, gd, true},
		{"a city's report: not the root's", city, root, false},
		{"a county's report: its city's queue", county, sz, true},
		{"a county's report: not its province's", county, gd, false},
		{"a draft: no queue", drafting, gd, false},
	} {
		if got := InReviewQueue(c.t, c.q); got != c.want {
			t.Errorf("%s: %v", c.name, got)
		}
	}
}
