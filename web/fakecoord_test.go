package web

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"rollout"
)

// fakeCoord is the coordination services in memory: problems with their
// route and thread, approvals, risks and links. It holds data and no rules:
// every write is decided by the domain's function (rollout.PlanRaise,
// PlanProblemStep, CheckResponseDays, PlanEntry, PlanLink, PlanLinkDecision)
// over a snapshot of its data, as storage does, and the fake applies the plan.
type fakeCoord struct {
	mu        sync.Mutex
	cat       *fakeCatalog
	units     *fakeUnits
	tasks     *fakeTasks
	now       func() time.Time
	problems  map[int64]*rollout.Problem
	files     map[int64][]byte
	days      map[rollout.ProblemLevel]int
	approvals []*rollout.Approval
	risks     []*rollout.Risk
	links     []*rollout.Link
	nextID    int64
	writes    int
	// notify, when set, stores the notification to each unit a problem
	// reaches at a level, as storage does.
	notify func(rollout.Notification)
}

var (
	_ rollout.ProblemService      = (*fakeCoord)(nil)
	_ rollout.CoordinationService = (*fakeCoord)(nil)
)

func newFakeCoord(cat *fakeCatalog, units *fakeUnits, tasks *fakeTasks) *fakeCoord {
	f := &fakeCoord{cat: cat, units: units, tasks: tasks, now: func() time.Time { return siteNow },
		problems: map[int64]*rollout.Problem{}, files: map[int64][]byte{}, days: map[rollout.ProblemLevel]int{}, nextID: 100}
	for l, d := range rollout.DefaultResponseDays {
		f.days[l] = d
	}
	return f
}

// seedCoord gives the site's fake: problem 1, raised by 福田区 on its task for
// item 1001 and standing at 广东省 with its answer overdue; problem 2, raised by
// 广东省 on item 1002 and marked major; an approval and a high risk of item
// 1001; a suggested link of item 1001 to an item of an earlier batch.
func seedCoord(t testing.TB, site *testSite) {
	t.Helper()
	f := site.coord
	ctx := context.Background()
	if site.cat.err != nil || site.cat.panics {
		return // a site whose catalogue fails holds nothing to coordinate
	}
	var futianTask *rollout.Task
	for _, task := range site.tasks.tasks {
		if task.UnitID == futian && task.ItemID == 1001 {
			futianTask = site.tasks.full(task)
		}
	}
	if futianTask == nil {
		t.Fatal("fixture: no task of 福田区")
	}
	f.now = func() time.Time { return siteNow.AddDate(0, 0, -20) }
	p1, err := f.RaiseProblem(ctx, rollout.NewProblem{TaskID: futianTask.ID, Title: "税务系统未联通",
		Body: "区税务局系统尚未接入横向联网系统。"}, []rollout.NewFile{{Name: "说明.pdf", Body: []byte("%PDF-1.4")}})
	if err != nil || p1.ID != 1 || p1.Level != rollout.LevelCity {
		t.Fatalf("fixture: problem 1: %+v %v", p1, err)
	}
	// 深圳市, the county's city, passes it on to 广东省 the same day.
	if _, err := f.StepProblem(ctx, p1.ID, rollout.ProblemEscalate, "", p1.UpdatedAt, nil); err != nil {
		t.Fatalf("fixture: problem 1 to the province: %v", err)
	}
	gd := site.tasks.first(t, guangdong, 1002)
	p2, err := f.RaiseProblem(ctx, rollout.NewProblem{TaskID: gd.ID, Title: "证书系统需全国改造", Body: "涉及全国系统。"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.now = func() time.Time { return siteNow.AddDate(0, 0, -2) }
	if _, err := f.StepProblem(ctx, p2.ID, rollout.ProblemMajor, "报国务院。", p2.UpdatedAt, nil); err != nil {
		t.Fatal(err)
	}
	f.now = func() time.Time { return siteNow }
	if _, err := f.SaveApproval(ctx, &rollout.Approval{ItemID: 1001, Kind: rollout.LegalDeptRule, Title: "《工程建设项目审批管理办法》",
		Steps: []rollout.StepRecord{{Step: rollout.StepDrafting, On: rollout.DayOf(time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC))}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.SaveRisk(ctx, &rollout.Risk{ItemID: 1001, Category: rollout.RiskDataSecurity, Level: rollout.RiskHigh,
		Description: "审批数据集中存储", Measures: "分级授权访问", Owner: "住房城乡建设部",
		NextReview: rollout.DayOf(time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC))}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.SaveRisk(ctx, &rollout.Risk{ItemID: 1001, TaskID: futianTask.ID, Category: rollout.RiskProductionSafety, Level: rollout.RiskMedium,
		Description: "施工许可提速后的现场安全", Measures: "同步安全检查", Owner: "区住房建设局",
		NextReview: rollout.DayOf(time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC))}); err != nil {
		t.Fatal(err)
	}
	it, _ := site.cat.Item(ctx, 1001)
	f.links = append(f.links, &rollout.Link{ID: 1, ItemID: 1001, OtherID: 6001, Kind: rollout.LinkIntegration, Score: 0.4,
		State: rollout.LinkSuggested, Item: rollout.LinkEnd{Batch: 7, Seq: 1, Name: it.Name, Domain: it.Domain},
		Other: rollout.LinkEnd{Batch: 6, Seq: 1, Name: "工程建设项目审批“一网通办”（测试样例）", Domain: it.Domain}})
	f.writes = 0
}

func (f *fakeCoord) id() int64 { f.nextID++; return f.nextID }

func (f *fakeCoord) unitPath(id int64) *rollout.Unit {
	u, _ := f.units.Unit(context.Background(), id)
	return u
}

func (f *fakeCoord) stop(u *rollout.Unit, l rollout.ProblemLevel) rollout.RouteStop {
	return rollout.RouteStop{UnitID: u.ID, UnitName: u.Name, UnitPath: u.Path, Level: l, ReachedAt: f.now()}
}

// central are the units of the central level for an item, as storage finds
// them: its responsible units known to the tree and 商务部.
func (f *fakeCoord) central(itemID int64) []*rollout.Unit {
	ctx := context.Background()
	it, err := f.cat.Item(ctx, itemID)
	if err != nil {
		return nil
	}
	var out []*rollout.Unit
	for _, name := range append(slices.Clone(it.Responsible), "商务部") {
		if u, err := f.units.UnitByName(ctx, name); err == nil && !slices.ContainsFunc(out, func(x *rollout.Unit) bool { return x.ID == u.ID }) {
			out = append(out, u)
		}
	}
	return out
}

func (f *fakeCoord) addRoute(p *rollout.Problem, route []rollout.RouteAdd) {
	for _, r := range route {
		for _, u := range r.Units {
			if !slices.ContainsFunc(p.Route, func(s rollout.RouteStop) bool { return s.UnitID == u.ID }) {
				p.Route = append(p.Route, f.stop(u, r.Level))
			}
			if r.Level != "" && f.notify != nil {
				f.notify(rollout.ProblemNotice(p, u.ID, f.now()))
			}
		}
	}
}

func (f *fakeCoord) event(p *rollout.Problem, ctx context.Context, k rollout.ProblemEventKind, note string) {
	p.Thread = append(p.Thread, rollout.ProblemEvent{ID: f.id(), At: f.now(), Actor: coordActor(ctx), Kind: k, Level: p.Level, Note: note})
}

// coordActor is who a step is recorded as, as storage records it: the username.
func coordActor(ctx context.Context) string {
	if u := rollout.ActorFrom(ctx); u != nil {
		return u.Username
	}
	return "system"
}

func (f *fakeCoord) attach(p *rollout.Problem, files []rollout.PlannedFile) {
	for _, nf := range files {
		id := f.id()
		f.files[id] = nf.Body
		p.Files = append(p.Files, rollout.ProblemFile{ID: id, ProblemID: p.ID, Name: nf.Name, Type: nf.Type, Size: int64(len(nf.Body)),
			SHA256: nf.SHA256, AddedAt: f.now()})
	}
}

func (f *fakeCoord) RaiseProblem(ctx context.Context, np rollout.NewProblem, files []rollout.NewFile) (*rollout.Problem, error) {
	var snap rollout.RaiseSnapshot
	switch {
	case np.TaskID != 0:
		task, err := f.tasks.Task(ctx, np.TaskID)
		if err != nil {
			return nil, err
		}
		snap.Task = task
	case np.ItemID != 0 && np.UnitID != 0:
		for _, tk := range f.tasks.tasks {
			if tk.ItemID == np.ItemID && tk.UnitID == np.UnitID {
				snap.Task = tk
			}
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if snap.Task != nil {
		snap = f.raiseSnapshot(snap.Task)
	}
	plan, err := rollout.PlanRaise(snap, np, files)
	if err != nil {
		return nil, err
	}
	p, err := f.insert(ctx, plan, snap.Unit)
	if err != nil {
		return nil, err
	}
	return f.clone(p), nil
}

// raiseSnapshot is what raising a problem on task is decided over, as storage
// reads it.
func (f *fakeCoord) raiseSnapshot(task *rollout.Task) rollout.RaiseSnapshot {
	snap := rollout.RaiseSnapshot{Task: task, Unit: f.unitPath(task.UnitID)}
	snap.Chain, snap.Province = f.lineAbove(snap.Unit)
	snap.Central = f.central(task.ItemID)
	return snap
}

// lineAbove is the units on u's line of command above it, nearest first, up
// to its province (excluded), and its province, as storage reads them.
func (f *fakeCoord) lineAbove(u *rollout.Unit) ([]*rollout.Unit, *rollout.Unit) {
	var prov *rollout.Unit
	if u.ProvinceID != 0 && u.ProvinceID != u.ID {
		prov = f.unitPath(u.ProvinceID)
	}
	var chain []*rollout.Unit
	for id := u.ParentID; id != 0; {
		a := f.unitPath(id)
		if a == nil || (prov != nil && a.ID == prov.ID) {
			break
		}
		chain = append(chain, a)
		id = a.ParentID
	}
	return chain, prov
}

// insert stores a problem as rollout.PlanRaise planned it, raised by unit;
// the caller holds f.mu.
func (f *fakeCoord) insert(ctx context.Context, plan *rollout.RaisePlan, unit *rollout.Unit) (*rollout.Problem, error) {
	it, err := f.cat.Item(ctx, plan.ItemID)
	if err != nil {
		return nil, err
	}
	p := &rollout.Problem{ID: int64(len(f.problems) + 1), ItemID: plan.ItemID, TaskID: plan.TaskID, UnitID: unit.ID, UnitName: unit.Name,
		UnitPath: unit.Path, Title: plan.Title, Body: plan.Body, State: rollout.ProblemOpen, Level: plan.Level,
		LevelSince: f.now(), RaisedAt: f.now(), UpdatedAt: f.now(), Batch: it.Batch, ItemSeq: it.Seq, ItemName: it.Name}
	f.addRoute(p, plan.Route)
	f.attach(p, plan.Files)
	f.event(p, ctx, rollout.ProblemRaise, "")
	f.problems[p.ID] = p
	f.writes++
	return p, nil
}

// reportProblemSnapshot is what the problem box of a report on task is
// decided over, as storage reads it: the caller holds the tasks' lock.
func (f *fakeCoord) reportProblemSnapshot(task *rollout.Task) *rollout.ReportProblemSnapshot {
	f.mu.Lock()
	defer f.mu.Unlock()
	snap := &rollout.ReportProblemSnapshot{Raise: f.raiseSnapshot(task)}
	for id := int64(len(f.problems)); id >= 1; id-- {
		if p := f.problems[id]; p.TaskID == task.ID && p.State != rollout.ProblemResolved {
			snap.Open = f.clone(p)
			break
		}
	}
	return snap
}

// storeReportProblem writes what the problem box of saved planned, as
// storage does.
func (f *fakeCoord) storeReportProblem(ctx context.Context, saved *rollout.Report, plan *rollout.ReportProblemPlan) error {
	if plan == nil {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var p *rollout.Problem
	if plan.Raise != nil {
		var err error
		if p, err = f.insert(ctx, plan.Raise, f.unitPath(plan.Raise.UnitID)); err != nil {
			return err
		}
	} else {
		p = f.problems[plan.Link.ID]
		if !p.UpdatedAt.Equal(plan.Link.UpdatedAt) {
			return rollout.StaleProblem(f.clone(p))
		}
		if plan.Note != "" {
			f.event(p, ctx, rollout.ProblemComment, plan.Note)
			p.UpdatedAt = f.now()
			f.writes++
		}
	}
	p.Reports = append(p.Reports, rollout.ProblemReport{TaskID: saved.TaskID, Period: saved.Period, Version: saved.Version,
		Raised: plan.Raise != nil, At: f.now()})
	return nil
}

func (f *fakeCoord) clone(p *rollout.Problem) *rollout.Problem {
	c := *p
	c.Route, c.Thread, c.Files = slices.Clone(p.Route), slices.Clone(p.Thread), slices.Clone(p.Files)
	c.DueOn = rollout.DueOn(c.LevelSince, f.days[c.Level])
	return &c
}

func (f *fakeCoord) Problem(ctx context.Context, id int64) (*rollout.Problem, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.problems[id]
	if p == nil {
		return nil, rollout.E(rollout.ENOTFOUND, "err.coord.no_problem", id)
	}
	return f.clone(p), nil
}

func (f *fakeCoord) StepProblem(ctx context.Context, id int64, k rollout.ProblemEventKind, note string, version time.Time, files []rollout.NewFile) (*rollout.Problem, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.problems[id]
	if p == nil {
		return nil, rollout.E(rollout.ENOTFOUND, "err.coord.no_problem", id)
	}
	snap := rollout.ProblemStepSnapshot{Problem: f.clone(p), Central: f.central(p.ItemID), Root: f.unitPath(1), Unit: f.unitPath(p.UnitID)}
	snap.Chain, snap.Province = f.lineAbove(snap.Unit)
	plan, err := rollout.PlanProblemStep(snap, rollout.ProblemStep{Kind: k, Note: note, Version: version, Files: files}, f.now())
	if err != nil {
		return nil, err
	}
	f.addRoute(p, plan.Route)
	p.State, p.Level, p.Major, p.LevelSince, p.UpdatedAt = plan.State, plan.Level, plan.Major, plan.LevelSince, f.now()
	f.attach(p, plan.Files)
	f.event(p, ctx, k, plan.Note)
	f.writes++
	return f.clone(p), nil
}

func (f *fakeCoord) Problems(ctx context.Context, flt rollout.ProblemFilter) ([]*rollout.Problem, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*rollout.Problem
	for id := int64(1); id <= int64(len(f.problems)); id++ {
		p := f.problems[id]
		on := func(unit int64, atLevel bool) bool {
			return slices.ContainsFunc(p.Route, func(s rollout.RouteStop) bool { return s.UnitID == unit && (!atLevel || s.Level == p.Level) })
		}
		switch {
		case flt.RouteUnit != 0 && !on(flt.RouteUnit, false), flt.AtUnit != 0 && !on(flt.AtUnit, true),
			flt.State != "" && p.State != flt.State, flt.Level != "" && p.Level != flt.Level, flt.Major && !p.Major,
			flt.Open && p.State == rollout.ProblemResolved, flt.ItemID != 0 && p.ItemID != flt.ItemID,
			flt.TaskID != 0 && p.TaskID != flt.TaskID:
			continue
		}
		c := f.clone(p)
		c.Route, c.Thread, c.Files = nil, nil, nil
		out = append(out, c)
	}
	return out, nil
}

func (f *fakeCoord) ProblemFile(ctx context.Context, id int64) (rollout.ProblemFile, []byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, p := range f.problems {
		for _, pf := range p.Files {
			if pf.ID == id {
				return pf, f.files[id], nil
			}
		}
	}
	return rollout.ProblemFile{}, nil, rollout.E(rollout.ENOTFOUND, "err.coord.no_problem_file", id)
}

func (f *fakeCoord) ResponseDays(ctx context.Context) (map[rollout.ProblemLevel]int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[rollout.ProblemLevel]int{}
	for k, v := range f.days {
		out[k] = v
	}
	return out, nil
}

func (f *fakeCoord) SetResponseDays(ctx context.Context, days map[rollout.ProblemLevel]int) error {
	if err := rollout.CheckResponseDays(days); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for l, d := range days {
		f.days[l] = d
	}
	f.writes++
	return nil
}

func (f *fakeCoord) OpenProblemCounts(ctx context.Context) (map[rollout.ProblemState]int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[rollout.ProblemState]int{}
	for _, p := range f.problems {
		if p.State != rollout.ProblemResolved {
			out[p.State]++
		}
	}
	return out, nil
}

func (f *fakeCoord) RemindProblems(ctx context.Context, now time.Time, warningDays int) (int, error) {
	return 0, nil
}

// fakeSaveEntry saves a register entry as rollout.PlanEntry decides over the
// stored entries of list.
func fakeSaveEntry[T rollout.Entry](ctx context.Context, f *fakeCoord, list *[]T, e T, stamp func(e T, id int64, at time.Time, by string)) (T, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var snap rollout.EntrySnapshot[T]
	if id := rollout.EntryID(e); id > 0 && id <= int64(len(*list)) {
		snap.Stored = (*list)[id-1]
	}
	item, task := rollout.PlaceOf(e, snap.Stored)
	_, err := f.cat.Item(ctx, item)
	snap.ItemFound = err == nil
	if task != 0 {
		if snap.Task, err = f.tasks.Task(ctx, task); err != nil {
			return nil, err
		}
	}
	out, err := rollout.PlanEntry(snap, e)
	if err != nil {
		return nil, err
	}
	if snap.Stored != nil {
		stamp(out, rollout.EntryID(out), f.now(), coordActor(ctx))
		(*list)[rollout.EntryID(out)-1] = out
	} else {
		stamp(out, int64(len(*list)+1), f.now(), coordActor(ctx))
		*list = append(*list, out)
	}
	f.writes++
	return out, nil
}

func (f *fakeCoord) SaveApproval(ctx context.Context, a *rollout.Approval) (*rollout.Approval, error) {
	out, err := fakeSaveEntry(ctx, f, &f.approvals, a, func(a *rollout.Approval, id int64, at time.Time, by string) {
		a.ID, a.UpdatedAt, a.UpdatedBy = id, at, by
	})
	if err != nil {
		return nil, err
	}
	c := *out
	return &c, nil
}

func (f *fakeCoord) Approvals(ctx context.Context, flt rollout.RegisterFilter) ([]*rollout.Approval, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*rollout.Approval
	for _, a := range f.approvals {
		if (flt.ItemID == 0 || a.ItemID == flt.ItemID) && (flt.TaskID == 0 || (flt.TaskID < 0 && a.TaskID == 0) || a.TaskID == flt.TaskID) {
			c := *a
			out = append(out, &c)
		}
	}
	return out, nil
}

func (f *fakeCoord) ApprovalCounts(ctx context.Context, batch int) ([]rollout.ApprovalCount, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []rollout.ApprovalCount
	for _, k := range rollout.ApprovalKinds {
		for _, st := range append([]rollout.ApprovalStep{""}, rollout.ApprovalSteps...) {
			n := 0
			for _, a := range f.approvals {
				if a.Kind == k && a.Current() == st {
					n++
				}
			}
			out = append(out, rollout.ApprovalCount{Kind: k, Step: st, Count: n})
		}
	}
	return out, nil
}

func (f *fakeCoord) SaveRisk(ctx context.Context, r *rollout.Risk) (*rollout.Risk, error) {
	out, err := fakeSaveEntry(ctx, f, &f.risks, r, func(r *rollout.Risk, id int64, at time.Time, by string) {
		r.ID, r.UpdatedAt, r.UpdatedBy = id, at, by
	})
	if err != nil {
		return nil, err
	}
	c := *out
	return &c, nil
}

func (f *fakeCoord) Risks(ctx context.Context, flt rollout.RegisterFilter) ([]*rollout.Risk, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*rollout.Risk
	for _, r := range f.risks {
		if (flt.ItemID == 0 || r.ItemID == flt.ItemID) && (flt.TaskID == 0 || (flt.TaskID < 0 && r.TaskID == 0) || r.TaskID == flt.TaskID) &&
			(flt.Level == "" || r.Level == flt.Level) {
			c := *r
			out = append(out, &c)
		}
	}
	// The context storage's lists fill: the item, and the task's unit.
	for _, r := range out {
		if it, err := f.cat.Item(ctx, r.ItemID); err == nil {
			r.Batch, r.ItemSeq, r.ItemName = it.Batch, it.Seq, it.Name
		}
		if r.TaskID != 0 {
			if t, err := f.tasks.Task(ctx, r.TaskID); err == nil {
				r.UnitName = t.UnitName
			}
		}
	}
	return out, nil
}

func (f *fakeCoord) RiskCounts(ctx context.Context) (map[rollout.RiskLevel]int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[rollout.RiskLevel]int{rollout.RiskHigh: 0, rollout.RiskMedium: 0, rollout.RiskLow: 0}
	for _, r := range f.risks {
		out[r.Level]++
	}
	return out, nil
}

func (f *fakeCoord) Links(ctx context.Context, flt rollout.LinkFilter) ([]*rollout.Link, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*rollout.Link
	for _, l := range f.links {
		if (flt.State == "" || l.State == flt.State) && (flt.ItemID == 0 || l.ItemID == flt.ItemID || l.OtherID == flt.ItemID) &&
			(flt.Batch == 0 || l.Item.Batch == flt.Batch || l.Other.Batch == flt.Batch) &&
			(flt.Domain == "" || l.Item.Domain == flt.Domain || l.Other.Domain == flt.Domain) {
			c := *l
			out = append(out, &c)
		}
	}
	return out, nil
}

func (f *fakeCoord) AddLink(ctx context.Context, itemID, otherID int64, note string) (*rollout.Link, error) {
	a, _ := f.cat.Item(ctx, itemID)
	b, _ := f.cat.Item(ctx, otherID)
	l, err := rollout.PlanLink(itemID, otherID, a, b, note)
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, x := range f.links {
		if x.ItemID == l.ItemID && x.OtherID == l.OtherID { // the unique pair of storage
			return nil, rollout.E(rollout.ECONFLICT, "err.coord.link_exists")
		}
	}
	l.ID, l.DecidedBy, l.UpdatedAt = int64(len(f.links)+1), coordActor(ctx), f.now()
	f.links = append(f.links, l)
	f.writes++
	c := *l
	return &c, nil
}

func (f *fakeCoord) DecideLink(ctx context.Context, id int64, accept bool) (*rollout.Link, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var stored *rollout.Link
	for _, l := range f.links {
		if l.ID == id {
			stored = l
		}
	}
	state, err := rollout.PlanLinkDecision(id, stored, accept)
	if err != nil {
		return nil, err
	}
	stored.State, stored.DecidedBy, stored.UpdatedAt = state, coordActor(ctx), f.now()
	f.writes++
	c := *stored
	return &c, nil
}

func (f *fakeCoord) SuggestLinks(ctx context.Context, batch int) (int, error) { return 0, nil }

func (f *fakeCoord) DomainItems(ctx context.Context, domain string) ([]*rollout.Item, error) {
	b, err := f.cat.BatchByNumber(ctx, 7)
	if err != nil {
		return nil, err
	}
	var out []*rollout.Item
	for i := range b.Items {
		if b.Items[i].Domain == domain {
			it := b.Items[i]
			out = append(out, &it)
		}
	}
	if len(out) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.coord.no_domain", domain)
	}
	return out, nil
}
