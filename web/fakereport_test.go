package web

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"rollout"
)

// fakeReports is an in-memory rollout.ReportService over a fakeTasks,
// holding data and deciding each save with rollout.DecideReport (and
// DecideReports) and each step with rollout.DecideStep, as storage does. An
// attachment is decided by rollout.DecideAttachment, and one accepted makes a
// new version. Every step and save is on the task's
// timeline with the actor of the context, and audited. Its clock moves on a
// minute at each write. Set err to make every method fail; writes counts the
// calls that wrote.
type fakeReports struct {
	mu      sync.Mutex
	tasks   *fakeTasks
	audit   *fakeAudit
	now     time.Time
	reports [][]*rollout.Report // by report ID - 1: every version, oldest first
	events  []rollout.TaskEvent
	// after is, by report ID and version, the ID of the task's newest step
	// when the version was saved (rollout.CountVersion.After).
	after  map[[2]int64]int64
	files  map[int64][]byte // attached files by evidence ID
	lastEv int64
	err    error
	writes int
	// stepErr and saveErr, when set, are what Step answers, and SaveReport
	// and SaveReports.
	stepErr, saveErr error
	// indicators are the items' indicators, the only ones a report states
	// values of; nil states none.
	indicators rollout.IndicatorService
	// notify, when set, stores the notification of a return, as storage does.
	notify func(rollout.Notification)
	// coord is where a report's problem box raises or joins a problem; nil
	// raises none.
	coord *fakeCoord
}

var _ rollout.ReportService = (*fakeReports)(nil)

func newFakeReports(tasks *fakeTasks, audit *fakeAudit) *fakeReports {
	return &fakeReports{tasks: tasks, audit: audit, now: time.Date(2024, 6, 3, 1, 30, 0, 0, time.UTC), files: map[int64][]byte{},
		after: map[[2]int64]int64{}}
}

// lastStep is the ID of task's newest step (0: none); the caller holds f.mu.
func (f *fakeReports) lastStep(task int64) int64 {
	for _, e := range slices.Backward(f.events) {
		if e.TaskID == task {
			return e.ID
		}
	}
	return 0
}

// count is what task t counts as reported and as verified, as rollout.Count
// decides over the fake's versions and steps.
func (f *fakeReports) count(t *rollout.Task) (reported, verified rollout.Standing) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var vs []rollout.CountVersion
	for _, versions := range f.reports {
		for _, v := range versions {
			if v.TaskID == t.ID {
				vs = append(vs, rollout.CountVersion{ReportID: v.ID, Period: v.Period, Version: v.Version, Status: v.Status,
					Submitted: v.Submitted, Evidence: len(v.Evidence) > 0, After: f.after[[2]int64{v.ID, int64(v.Version)}]})
			}
		}
	}
	var steps []rollout.TaskEvent
	for _, e := range f.events {
		if e.TaskID == t.ID {
			steps = append(steps, e)
		}
	}
	return rollout.Count(t.State, vs, steps)
}

func (f *fakeReports) tick() time.Time {
	f.now = f.now.Add(time.Minute)
	return f.now
}

// actorName is who a write is recorded as: the context's user.
func actorName(ctx context.Context) string {
	if u := rollout.ActorFrom(ctx); u != nil {
		return cmp.Or(u.DisplayName, u.Username)
	}
	return "system"
}

func cloneReport(r *rollout.Report) *rollout.Report {
	c := *r
	c.Evidence = slices.Clone(r.Evidence)
	return &c
}

// current returns the index of task's report for period and its current
// version, or -1 and nil.
func (f *fakeReports) current(task int64, period rollout.Period) (int, *rollout.Report) {
	for i, vs := range f.reports {
		if cur := vs[len(vs)-1]; cur.TaskID == task && cur.Period == period {
			return i, cur
		}
	}
	return -1, nil
}

// move takes task t from its state by event e, on the timeline; the caller
// holds both locks.
func (f *fakeReports) move(ctx context.Context, t *rollout.Task, e rollout.TaskEventKind, to rollout.TaskState, note string) {
	at := f.tick()
	f.events = append(f.events, rollout.TaskEvent{ID: int64(len(f.events) + 1), TaskID: t.ID, At: at, Actor: actorName(ctx),
		Kind: e, From: t.State, To: to, Note: note})
	t.State, t.StateAt = to, at
	f.writes++
}

func (f *fakeReports) Step(ctx context.Context, taskID int64, e rollout.TaskEventKind, note string, read rollout.TaskState) (*rollout.Task, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if f.stepErr != nil {
		return nil, f.stepErr
	}
	f.tasks.mu.Lock()
	t := f.tasks.find(taskID)
	if t == nil {
		f.tasks.mu.Unlock()
		return nil, rollout.E(rollout.ENOTFOUND, "err.task.not_found", taskID)
	}
	var under []*rollout.Task
	for _, b := range below(f.tasks.tasks, t.ID) {
		under = append(under, f.tasks.full(b))
	}
	plan, err := rollout.DecideStep(rollout.StepSnapshot{Task: f.tasks.full(t), Below: under},
		rollout.StepInput{Kind: e, Note: note, Read: read})
	if err != nil {
		f.tasks.mu.Unlock()
		return nil, err
	}
	full := f.tasks.full(t)
	f.move(ctx, t, plan.Kind, plan.To, plan.Note)
	if plan.Kind == rollout.EventReturn && f.notify != nil {
		f.notify(rollout.TaskNotice(rollout.NoticeReturned, full, t.UnitID, plan.Note, siteNow))
	}
	out := f.tasks.full(t)
	f.tasks.mu.Unlock()
	f.audit.record(ctx, "task."+string(e), "task:"+itoa(taskID), "", plan.Note)
	return out, nil
}

func (f *fakeReports) SaveReport(ctx context.Context, r *rollout.Report, submit bool) (*rollout.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if f.saveErr != nil {
		return nil, f.saveErr
	}
	if r == nil {
		return nil, rollout.E(rollout.EINVALID, "err.report.none")
	}
	f.tasks.mu.Lock()
	defer f.tasks.mu.Unlock()
	snap, err := f.snapshot(ctx, r, false)
	if err != nil {
		return nil, err
	}
	f.problemSnapshot(&snap, r, submit)
	plan, err := rollout.DecideReport(snap, r, submit)
	if err != nil {
		return nil, err
	}
	return f.saveWithProblem(ctx, plan)
}

// SaveReports saves the reports as rollout.DecideReports decides them over
// the fake's data, all or nothing.
func (f *fakeReports) SaveReports(ctx context.Context, rs []*rollout.Report, submit bool) ([]*rollout.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if f.saveErr != nil {
		return nil, f.saveErr
	}
	f.tasks.mu.Lock()
	defer f.tasks.mu.Unlock()
	snaps := make([]rollout.ReportSnapshot, len(rs))
	for i, r := range rs {
		if r == nil {
			return nil, rollout.E(rollout.EINVALID, "err.report.none")
		}
		snap, err := f.snapshot(ctx, r, true)
		if err != nil {
			return nil, rollout.InTask(r.TaskID, err)
		}
		f.problemSnapshot(&snap, r, submit)
		snaps[i] = snap
	}
	plans, err := rollout.DecideReports(snaps, rs, submit)
	if err != nil {
		return nil, err
	}
	out := []*rollout.Report{}
	for _, plan := range plans {
		saved, err := f.saveWithProblem(ctx, plan)
		if err != nil {
			return nil, err
		}
		out = append(out, saved)
	}
	return out, nil
}

// snapshot is the fake's data a save of r is decided over; the caller holds
// both locks.
func (f *fakeReports) snapshot(ctx context.Context, r *rollout.Report, imported bool) (rollout.ReportSnapshot, error) {
	t := f.tasks.find(r.TaskID)
	if t == nil {
		return rollout.ReportSnapshot{}, rollout.E(rollout.ENOTFOUND, "err.report.no_task", r.TaskID)
	}
	snap := rollout.ReportSnapshot{State: t.State, ItemSeq: f.tasks.full(t).ItemSeq, Imported: imported}
	if i, cur := f.current(r.TaskID, r.Period); cur != nil {
		snap.Stored = cloneReport(cur)
		snap.Evidence = map[int64]rollout.Evidence{}
		for _, v := range f.reports[i] {
			for _, e := range v.Evidence {
				snap.Evidence[e.ID] = e
			}
		}
	}
	if r.Values != nil && f.indicators != nil {
		ins, err := f.indicators.Indicators(ctx, t.ItemID)
		if err != nil {
			return snap, err
		}
		snap.Indicators = ins
	}
	return snap, nil
}

// problemSnapshot reads, when the save of r needs it, what its problem box
// is decided over, from the coordination fake (as storage does).
func (f *fakeReports) problemSnapshot(snap *rollout.ReportSnapshot, r *rollout.Report, submit bool) {
	if f.coord == nil || !rollout.NeedsProblemSnapshot(r, submit) {
		return
	}
	if t := f.tasks.find(r.TaskID); t != nil {
		snap.Problems = f.coord.reportProblemSnapshot(f.tasks.full(t))
	}
}

// saveWithProblem is save, then the problem its problem box planned.
func (f *fakeReports) saveWithProblem(ctx context.Context, plan rollout.ReportPlan) (*rollout.Report, error) {
	saved := f.save(ctx, plan)
	if f.coord != nil {
		if err := f.coord.storeReportProblem(ctx, saved, plan.Problem); err != nil {
			return nil, err
		}
	}
	return saved, nil
}

// save writes a plan of rollout.DecideReport: the report as the next version
// of its report, the task moved (acknowledged first when the plan says so);
// the caller holds both locks.
func (f *fakeReports) save(ctx context.Context, plan rollout.ReportPlan) *rollout.Report {
	t := f.tasks.find(plan.Report.TaskID)
	if plan.Acknowledge {
		f.move(ctx, t, rollout.EventAcknowledge, rollout.StateAcknowledged, "")
		f.audit.record(ctx, "task."+string(rollout.EventAcknowledge), "task:"+itoa(t.ID), "", "")
	}
	i, cur := f.current(plan.Report.TaskID, plan.Report.Period)
	v := cloneReport(plan.Report)
	v.Submitted = plan.Event == rollout.EventSubmit
	v.UpdatedBy = actorName(ctx)
	for j := range v.Evidence {
		if v.Evidence[j].ID == 0 {
			f.lastEv++
			v.Evidence[j].ID = f.lastEv
		}
	}
	if v.Values == nil && cur != nil { // nil keeps the values stored
		v.Values = slices.Clone(cur.Values)
	}
	if cur == nil {
		f.reports = append(f.reports, nil)
		i = len(f.reports) - 1
		v.Version = 1
	} else {
		v.Version = cur.Version + 1
	}
	v.ID = int64(i + 1)
	f.after[[2]int64{v.ID, int64(v.Version)}] = f.lastStep(t.ID)
	f.move(ctx, t, plan.Event, plan.To, "")
	v.UpdatedAt = f.now
	f.reports[i] = append(f.reports[i], v)
	f.audit.record(ctx, "report.save", "report:"+itoa(v.ID), "", string(v.Status))
	return cloneReport(v)
}

func (f *fakeReports) Report(ctx context.Context, taskID int64, period rollout.Period) (*rollout.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if _, cur := f.current(taskID, period); cur != nil {
		return cloneReport(cur), nil
	}
	return nil, rollout.Errorf(rollout.ENOTFOUND, "任务%d没有%s的进展报告。", taskID, period.Label())
}

func (f *fakeReports) TaskReport(ctx context.Context, taskID int64, period rollout.Period) (*rollout.TaskAccess, *rollout.Report, error) {
	if _, _, _, err := rollout.ParsePeriod(string(period)); err != nil {
		return nil, nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, nil, f.err
	}
	f.tasks.mu.Lock()
	defer f.tasks.mu.Unlock()
	if f.tasks.err != nil {
		return nil, nil, f.tasks.err
	}
	acc, err := f.tasks.access(taskID)
	if err != nil {
		return nil, nil, err
	}
	if _, cur := f.current(taskID, period); cur != nil {
		return acc, cloneReport(cur), nil
	}
	return acc, nil, nil
}

func (f *fakeReports) ReportVersions(ctx context.Context, reportID int64) ([]*rollout.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if reportID < 1 || reportID > int64(len(f.reports)) {
		return nil, rollout.Errorf(rollout.ENOTFOUND, "未找到编号为%d的进展报告。", reportID)
	}
	var out []*rollout.Report
	for _, v := range slices.Backward(f.reports[reportID-1]) {
		out = append(out, cloneReport(v))
	}
	return out, nil
}

func (f *fakeReports) Timeline(ctx context.Context, taskID int64) ([]rollout.TaskEvent, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	var out []rollout.TaskEvent
	for _, e := range f.events {
		if e.TaskID == taskID {
			out = append(out, e)
		}
	}
	return out, nil
}

func (f *fakeReports) AddAttachment(ctx context.Context, reportID int64, e rollout.Evidence, body []byte) (*rollout.Evidence, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if reportID < 1 || reportID > int64(len(f.reports)) {
		return nil, rollout.Errorf(rollout.ENOTFOUND, "未找到编号为%d的进展报告。", reportID)
	}
	vs := f.reports[reportID-1]
	f.tasks.mu.Lock()
	st := f.tasks.find(vs[0].TaskID).State
	f.tasks.mu.Unlock()
	e, err := rollout.DecideAttachment(st, e, body)
	if err != nil {
		return nil, err
	}
	f.lastEv++
	e.ID = f.lastEv
	f.files[e.ID] = slices.Clone(body)
	v := cloneReport(vs[len(vs)-1])
	v.Version++
	v.Evidence = append(v.Evidence, e)
	v.UpdatedAt, v.UpdatedBy = f.tick(), actorName(ctx)
	f.after[[2]int64{v.ID, int64(v.Version)}] = f.lastStep(v.TaskID)
	f.reports[reportID-1] = append(vs, v)
	f.writes++
	f.audit.record(ctx, "report.attach", "report:"+itoa(reportID), "", e.FileName)
	return &e, nil
}

func (f *fakeReports) Attachment(ctx context.Context, evidenceID int64) (rollout.Evidence, []byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return rollout.Evidence{}, nil, f.err
	}
	body, ok := f.files[evidenceID]
	if ok {
		for _, vs := range f.reports {
			for _, v := range vs {
				for _, e := range v.Evidence {
					if e.ID == evidenceID {
						return e, slices.Clone(body), nil
					}
				}
			}
		}
	}
	return rollout.Evidence{}, nil, rollout.Errorf(rollout.ENOTFOUND, "未找到编号为%d的附件。", evidenceID)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// pdf is a small PDF file's bytes, for attachments.
var pdf = []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

// siteNow is the clock of the test site's lights and periods: Tuesday
// 2 July 2024, 10:00 in Beijing, in the third quarter. The fixture's deadline
// of 2024年6月底前 is red then.
var siteNow = time.Date(2024, 7, 2, 2, 0, 0, 0, time.UTC)

// seedLoop puts the fixture through the loop as far as journey 3 goes, and
// gives two first-level tasks of item 1 deadlines: 深圳市 acknowledged its
// task for item 1 and submitted its report for 2024Q2 with a local document
// and a PDF (it waits in 广东省's queue); 广州市 acknowledged its task and
// saved a draft for 2024Q2; 北京市's task is due on 4 July (yellow at
// siteNow), 四川省's at the end of the year (green).
func seedLoop(t testing.TB, site *testSite) {
	t.Helper()
	gd := site.tasks.first(t, guangdong, 1001)
	var sz, gz *rollout.Task
	for _, c := range site.tasks.under(gd.ID) {
		switch c.UnitID {
		case shenzhen:
			sz = c
		case guangzhou:
			gz = c
		}
	}
	site.tasks.mu.Lock()
	site.tasks.find(site.tasks.firstID(110000, 1001)).Deadline = rollout.ParseDeadline("2024年7月4日前")
	site.tasks.find(site.tasks.firstID(510000, 1001)).Deadline = rollout.ParseDeadline("2024年12月底前")
	site.tasks.mu.Unlock()

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("fixture: %v", err)
		}
	}
	szCtx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, "reporter@440300"))
	_, err := site.reports.Step(szCtx, sz.ID, rollout.EventAcknowledge, "", "")
	must(err)
	rep, err := site.reports.SaveReport(szCtx, &rollout.Report{TaskID: sz.ID, Period: "2024Q2", Status: rollout.StatusInProgress,
		Measures: "印发《深圳市工程建设项目审批制度改革实施方案》，审批事项清单已公布。",
		Evidence: []rollout.Evidence{{Title: "深圳市工程建设项目审批制度改革实施方案", DocNo: "深府办〔2024〕12号",
			Date: time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC), Link: "https://www.sz.gov.cn/zfgb/2024/"}}}, false)
	must(err)
	_, err = site.reports.AddAttachment(szCtx, rep.ID, rollout.Evidence{Title: "审批事项清单", FileName: "审批事项清单.pdf"}, pdf)
	must(err)
	rep, err = site.reports.Report(szCtx, sz.ID, "2024Q2")
	must(err)
	_, err = site.reports.SaveReport(szCtx, rep, true)
	must(err)

	gzCtx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, "reporter@440100"))
	_, err = site.reports.Step(gzCtx, gz.ID, rollout.EventAcknowledge, "", "")
	must(err)
	_, err = site.reports.SaveReport(gzCtx, &rollout.Report{TaskID: gz.ID, Period: "2024Q2", Status: rollout.StatusNotStarted,
		Measures: "正在起草实施方案。", Evidence: []rollout.Evidence{}}, false)
	must(err)
	site.reports.writes = 0
}

// firstID returns the ID of unit's first-level task for item; the caller
// holds f.mu.
func (f *fakeTasks) firstID(unit, item int64) int64 {
	for _, t := range f.tasks {
		if t.UnitID == unit && t.ItemID == item && t.ParentID == 0 {
			return t.ID
		}
	}
	return 0
}
