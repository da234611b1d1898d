package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"rollout"
)

// fakeCoord is the coordination services in memory: problems with their
// route and thread (the routing rule of the storage: the raising unit, its
// province, the item's responsible units and 商务部, the root when major),
// approvals, risks and links. It holds the rules of the domain
// (rollout.NextProblem, Approval.Check, Risk.Check), not the SQL.
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
	if err != nil || p1.ID != 1 {
		t.Fatalf("fixture: problem 1: %+v %v", p1, err)
	}
	gd := site.tasks.first(t, guangdong, 1002)
	p2, err := f.RaiseProblem(ctx, rollout.NewProblem{TaskID: gd.ID, Title: "证书系统需全国改造", Body: "涉及全国系统。"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	f.now = func() time.Time { return siteNow.AddDate(0, 0, -2) }
	if _, err := f.StepProblem(ctx, p2.ID, rollout.ProblemMajor, "报国务院。", time.Time{}, nil); err != nil {
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

func (f *fakeCoord) levelUnits(itemID int64, l rollout.ProblemLevel) []*rollout.Unit {
	ctx := context.Background()
	if l == rollout.LevelStateCouncil {
		return []*rollout.Unit{f.unitPath(1)}
	}
	it, _ := f.cat.Item(ctx, itemID)
	var out []*rollout.Unit
	for _, name := range append(slices.Clone(it.Responsible), "商务部") {
		if u, err := f.units.UnitByName(ctx, name); err == nil && !slices.ContainsFunc(out, func(x *rollout.Unit) bool { return x.ID == u.ID }) {
			out = append(out, u)
		}
	}
	return out
}

func (f *fakeCoord) addRoute(p *rollout.Problem, l rollout.ProblemLevel, us []*rollout.Unit) {
	for _, u := range us {
		if !slices.ContainsFunc(p.Route, func(s rollout.RouteStop) bool { return s.UnitID == u.ID }) {
			p.Route = append(p.Route, f.stop(u, l))
		}
	}
}

func (f *fakeCoord) event(p *rollout.Problem, ctx context.Context, k rollout.ProblemEventKind, note string) {
	actor := "system"
	if u := rollout.ActorFrom(ctx); u != nil {
		actor = u.Username
	}
	p.Thread = append(p.Thread, rollout.ProblemEvent{ID: f.id(), At: f.now(), Actor: actor, Kind: k, Level: p.Level, Note: note})
}

func (f *fakeCoord) attach(p *rollout.Problem, files []rollout.NewFile) error {
	for _, nf := range files {
		typ, err := rollout.CheckAttachment(nf.Name, int64(len(nf.Body)))
		if err != nil {
			return err
		}
		sum := sha256.Sum256(nf.Body)
		id := f.id()
		f.files[id] = nf.Body
		p.Files = append(p.Files, rollout.ProblemFile{ID: id, ProblemID: p.ID, Name: nf.Name, Type: typ, Size: int64(len(nf.Body)),
			SHA256: hex.EncodeToString(sum[:]), AddedAt: f.now()})
	}
	return nil
}

func (f *fakeCoord) RaiseProblem(ctx context.Context, np rollout.NewProblem, files []rollout.NewFile) (*rollout.Problem, error) {
	if err := rollout.CheckProblemText(np.Title, np.Body); err != nil {
		return nil, err
	}
	for _, nf := range files {
		if _, err := rollout.CheckAttachment(nf.Name, int64(len(nf.Body))); err != nil {
			return nil, err
		}
	}
	if np.TaskID == 0 {
		for _, tk := range f.tasks.tasks {
			if tk.ItemID == np.ItemID && tk.UnitID == np.UnitID {
				np.TaskID = tk.ID
			}
		}
		if np.TaskID == 0 {
			return nil, rollout.Errorf(rollout.EINVALID, "该单位没有这一改革事项的任务，不能就此提出问题。")
		}
	}
	task, err := f.tasks.Task(ctx, np.TaskID)
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	unit := f.unitPath(task.UnitID)
	it, err := f.cat.Item(ctx, task.ItemID)
	if err != nil {
		return nil, err
	}
	p := &rollout.Problem{ID: int64(len(f.problems) + 1), ItemID: task.ItemID, TaskID: task.ID, UnitID: unit.ID, UnitName: unit.Name,
		UnitPath: unit.Path, Title: strings.TrimSpace(np.Title), Body: strings.TrimSpace(np.Body), State: rollout.ProblemOpen,
		LevelSince: f.now(), RaisedAt: f.now(), UpdatedAt: f.now(), Batch: it.Batch, ItemSeq: it.Seq, ItemName: it.Name}
	p.Route = []rollout.RouteStop{f.stop(unit, "")}
	if unit.Kind != rollout.KindProvince && unit.ProvinceID != 0 {
		p.Level = rollout.LevelProvince
		f.addRoute(p, p.Level, []*rollout.Unit{f.unitPath(unit.ProvinceID)})
	} else {
		p.Level = rollout.LevelCentral
		f.addRoute(p, p.Level, f.levelUnits(p.ItemID, p.Level))
	}
	if err := f.attach(p, files); err != nil {
		return nil, err
	}
	f.event(p, ctx, rollout.ProblemRaise, "")
	f.problems[p.ID] = p
	f.writes++
	return f.clone(p), nil
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
		return nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的问题。", id)
	}
	return f.clone(p), nil
}

func (f *fakeCoord) StepProblem(ctx context.Context, id int64, k rollout.ProblemEventKind, note string, version time.Time, files []rollout.NewFile) (*rollout.Problem, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.problems[id]
	if p == nil {
		return nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的问题。", id)
	}
	if !version.IsZero() && !version.Equal(p.UpdatedAt) {
		return nil, rollout.Errorf(rollout.ECONFLICT, "问题刚被他人处理：请刷新后再操作。")
	}
	st, lv, err := rollout.NextProblem(p.State, p.Level, k, strings.TrimSpace(note))
	if err != nil {
		return nil, err
	}
	if lv != p.Level {
		if k == rollout.ProblemMajor && p.Level == rollout.LevelProvince {
			f.addRoute(p, rollout.LevelCentral, f.levelUnits(p.ItemID, rollout.LevelCentral))
		}
		f.addRoute(p, lv, f.levelUnits(p.ItemID, lv))
		p.LevelSince = f.now()
	}
	if k == rollout.ProblemMajor {
		p.Major = true
	}
	p.State, p.Level, p.UpdatedAt = st, lv, f.now()
	if err := f.attach(p, files); err != nil {
		return nil, err
	}
	f.event(p, ctx, k, strings.TrimSpace(note))
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
	return rollout.ProblemFile{}, nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的问题附件。", id)
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
	for l, d := range days {
		if !l.Valid() {
			return rollout.Errorf(rollout.EINVALID, "未知的层级 %q。", l)
		}
		if d < 1 || d > 365 {
			return rollout.Errorf(rollout.EINVALID, "%s的答复时限须为 1 至 365 天（现为 %d）。", l.Label(), d)
		}
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

func (f *fakeCoord) SaveApproval(ctx context.Context, a *rollout.Approval) (*rollout.Approval, error) {
	if err := a.Check(); err != nil {
		return nil, err
	}
	if _, err := f.cat.Item(ctx, a.ItemID); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	c := *a
	c.UpdatedAt = f.now()
	if c.ID == 0 {
		c.ID = int64(len(f.approvals) + 1)
		f.approvals = append(f.approvals, &c)
	} else {
		f.approvals[c.ID-1] = &c
	}
	f.writes++
	out := c
	return &out, nil
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
	if err := r.Check(); err != nil {
		return nil, err
	}
	if _, err := f.cat.Item(ctx, r.ItemID); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	c := *r
	c.UpdatedAt = f.now()
	if c.ID == 0 {
		c.ID = int64(len(f.risks) + 1)
		f.risks = append(f.risks, &c)
	} else {
		f.risks[c.ID-1] = &c
	}
	f.writes++
	out := c
	return &out, nil
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
	return nil, rollout.Errorf(rollout.EINVALID, "关联用于不同批次的改革事项。")
}

func (f *fakeCoord) DecideLink(ctx context.Context, id int64, accept bool) (*rollout.Link, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, l := range f.links {
		if l.ID == id {
			l.State = rollout.LinkRejected
			if accept {
				l.State = rollout.LinkAccepted
			}
			f.writes++
			c := *l
			return &c, nil
		}
	}
	return nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的关联。", id)
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
		return nil, rollout.Errorf(rollout.ENOTFOUND, "没有“%s”领域的改革事项。", domain)
	}
	return out, nil
}
