package web

import (
	"context"
	"sync"

	"rollout"
)

// fakeRollups answers the national picture from the fake tasks and the fake
// reports: every leaf counted by rollout.Count over its reports' versions and
// its steps, every divided task the sum of its children.
type fakeRollups struct {
	cat     *fakeCatalog
	tasks   *fakeTasks
	reports *fakeReports
}

var _ rollout.RollupService = (*fakeRollups)(nil)

func (f *fakeRollups) cell(ctx context.Context, t *rollout.Task, all []*rollout.Task) rollout.Cell {
	c := rollout.Cell{ItemID: t.ItemID, Batch: t.Batch, ItemSeq: t.ItemSeq, UnitID: t.UnitID, UnitName: t.UnitName,
		UnitCode: t.UnitCode, TaskID: t.ID}
	reported, verified := f.reports.count(t)
	c.Status, c.VerifiedStatus = reported.Status, verified.Status
	kids := 0
	var sum rollout.Counts
	for _, k := range all {
		if k.ParentID == t.ID {
			kids++
			sum.Add(f.cell(ctx, k, all).Counts())
		}
	}
	if kids == 0 {
		sum = rollout.LeafCounts(reported, verified)
	}
	c.Tally, c.Verified = sum.Reported, sum.Verified
	c.Divided = kids > 0
	return c
}

func (f *fakeRollups) Matrix(ctx context.Context, batch int) ([]rollout.Cell, error) {
	if _, err := f.cat.BatchByNumber(ctx, batch); err != nil { // ENOTFOUND, as storage
		return nil, err
	}
	all, err := f.tasks.Tasks(ctx, rollout.TaskFilter{})
	if err != nil {
		return nil, err
	}
	out := []rollout.Cell{}
	for _, t := range all {
		if t.Batch == batch && t.ParentID == 0 && t.Role == rollout.RoleImplement {
			out = append(out, f.cell(ctx, t, all))
		}
	}
	return out, nil
}

func (f *fakeRollups) Below(ctx context.Context, taskID int64) ([]rollout.Cell, error) {
	if _, err := f.tasks.Task(ctx, taskID); err != nil {
		return nil, err
	}
	all, err := f.tasks.Tasks(ctx, rollout.TaskFilter{})
	if err != nil {
		return nil, err
	}
	out := []rollout.Cell{}
	for _, t := range all {
		if t.ParentID == taskID {
			out = append(out, f.cell(ctx, t, all))
		}
	}
	return out, nil
}

func (f *fakeRollups) CheckRollups(ctx context.Context) ([]rollout.RollupDiff, error) {
	return []rollout.RollupDiff{}, nil
}

// fakeIndicators keeps indicators in memory.
type fakeIndicators struct {
	cat    *fakeCatalog
	mu     sync.Mutex
	next   int64
	byID   map[int64]*rollout.Indicator
	writes int
}

var _ rollout.IndicatorService = (*fakeIndicators)(nil)

// newFakeIndicators holds one indicator, ID 1, of item 1001 (the 7th batch's first).
func newFakeIndicators(cat *fakeCatalog) *fakeIndicators {
	return &fakeIndicators{cat: cat, next: 2, byID: map[int64]*rollout.Indicator{1: {ID: 1, ItemID: 1001, Seq: 1,
		Name: "工程建设项目审批时长中位数", Measure: "工作日", Direction: rollout.LowerBetter, Proposed: true, Version: 1}}}
}

func (f *fakeIndicators) Indicators(ctx context.Context, itemID int64) ([]*rollout.Indicator, error) {
	if _, err := f.cat.Item(ctx, itemID); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	out := []*rollout.Indicator{}
	for id := int64(1); id < f.next; id++ {
		if in := f.byID[id]; in != nil && in.ItemID == itemID {
			c := *in
			out = append(out, &c)
		}
	}
	return out, nil
}

func (f *fakeIndicators) SaveIndicator(ctx context.Context, in *rollout.Indicator) (*rollout.Indicator, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	itemID := in.ItemID
	if old := f.byID[in.ID]; old != nil {
		itemID = old.ItemID
	}
	plan, err := rollout.DecideIndicatorSave(f.snapshot(ctx, itemID), *in)
	if err != nil {
		return nil, err
	}
	c := plan.Indicator
	if c.ID == 0 {
		c.ID = f.next
		f.next++
	}
	f.byID[c.ID] = &c
	f.writes++
	out := c
	return &out, nil
}

// snapshot is what the domain decides a change of item's indicators on (the
// fake keeps no values, so none is in use).
func (f *fakeIndicators) snapshot(ctx context.Context, item int64) rollout.IndicatorSnapshot {
	var snap rollout.IndicatorSnapshot
	if _, err := f.cat.Item(ctx, item); err != nil {
		return snap
	}
	snap.ItemID = item
	for id := int64(1); id < f.next; id++ {
		if in := f.byID[id]; in != nil && in.ItemID == item {
			c := *in
			snap.Indicators = append(snap.Indicators, &c)
		}
	}
	return snap
}

func (f *fakeIndicators) DeleteIndicator(ctx context.Context, id int64, version int) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	var snap rollout.IndicatorSnapshot
	if old := f.byID[id]; old != nil {
		snap = f.snapshot(ctx, old.ItemID)
	}
	if _, err := rollout.DecideIndicatorDelete(snap, id, version); err != nil {
		return err
	}
	delete(f.byID, id)
	f.writes++
	return nil
}
