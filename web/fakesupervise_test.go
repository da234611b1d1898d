package web

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"rollout"
)

// fakeSupervision is an in-memory rollout.SupervisionService and
// InboxService over a fakeReports (whose timeline and clock it shares): each
// write is decided by the domain (rollout.DecideUrge, DecideExtensionAsk,
// DecideExtensionDecision) as storage does, recorded on the timeline, audited
// and notified. writes counts the writes it stored.
type fakeSupervision struct {
	mu         sync.Mutex
	reports    *fakeReports
	extensions []*rollout.Extension // by ID - 1
	writes     int
	// nmu guards the notifications and read marks; it is taken last, so that
	// fakeReports.Step may notify a return while holding its own locks.
	nmu     sync.Mutex
	notices []rollout.Notification
	reads   map[[2]int64]bool // (notification, user) read
	// now is the clock the decisions go by: the site's.
	now func() time.Time
}

var (
	_ rollout.SupervisionService = (*fakeSupervision)(nil)
	_ rollout.InboxService       = (*fakeSupervision)(nil)
)

func newFakeSupervision(reports *fakeReports) *fakeSupervision {
	return &fakeSupervision{reports: reports, reads: map[[2]int64]bool{}, now: func() time.Time { return siteNow }}
}

// seedSupervision makes 四川省's request for a later deadline of its task
// for item 1001 (task 23, due 2024年12月底前): request 1, pending, which
// the coordinators' unit (the root) is notified of. The writes are not
// counted.
func seedSupervision(t testing.TB, site *testSite) {
	t.Helper()
	ctx := rollout.WithActor(context.Background(), site.users.ensure(t, site.units, "reporter@510000"))
	x, err := site.supervise.AskExtension(ctx, site.tasks.firstID(510000, 1001), "2025-03-31", "省级平台改造需跨年度完成")
	if err != nil || x.ID != 1 || x.TaskID != 23 {
		t.Fatalf("fixture: request %+v, %v", x, err)
	}
	site.supervise.writes = 0
}

// notify stores n.
func (f *fakeSupervision) notify(n rollout.Notification) {
	f.nmu.Lock()
	defer f.nmu.Unlock()
	n.ID = int64(len(f.notices) + 1)
	f.notices = append(f.notices, n)
}

// event records a supervision step on the timeline of t (the state stays);
// the caller holds the locks of the reports and the tasks.
func (f *fakeSupervision) event(ctx context.Context, t *rollout.Task, kind rollout.TaskEventKind, note string) {
	r := f.reports
	at := f.now() // the reports' own clock moves on their writes only
	r.events = append(r.events, rollout.TaskEvent{ID: int64(len(r.events) + 1), TaskID: t.ID, At: at, Actor: actorName(ctx),
		Kind: kind, From: t.State, To: t.State, Note: note})
}

// lockTask locks the reports and tasks and finds task id (with its context);
// unlock releases them.
func (f *fakeSupervision) lockTask(id int64) (stored, full *rollout.Task, unlock func(), err error) {
	f.reports.mu.Lock()
	f.reports.tasks.mu.Lock()
	unlock = func() { f.reports.tasks.mu.Unlock(); f.reports.mu.Unlock() }
	stored = f.reports.tasks.find(id)
	if stored == nil {
		unlock()
		return nil, nil, nil, rollout.E(rollout.ENOTFOUND, "err.task.not_found", id)
	}
	return stored, f.reports.tasks.full(stored), unlock, nil
}

func (f *fakeSupervision) Urge(ctx context.Context, taskID int64, note string) (*rollout.Task, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t, full, unlock, err := f.lockTask(taskID)
	if err != nil {
		return nil, err
	}
	defer unlock()
	plan, err := rollout.DecideUrge(rollout.UrgeSnapshot{Task: full, Now: f.now(), WarningDays: rollout.DefaultWarningDays}, note)
	if err != nil {
		return nil, err
	}
	t.Urges++
	f.event(ctx, t, rollout.EventUrge, plan.Note)
	f.notify(plan.Notice)
	f.reports.audit.record(ctx, "task.urge", "task:"+itoa(taskID), "", plan.Note)
	f.writes++
	return f.reports.tasks.full(t), nil
}

func (f *fakeSupervision) AskExtension(ctx context.Context, taskID int64, deadline, reason string) (*rollout.Extension, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	t, full, unlock, err := f.lockTask(taskID)
	if err != nil {
		return nil, err
	}
	defer unlock()
	snap := rollout.ExtensionAskSnapshot{Task: full, Now: f.now(), Givers: []int64{1}} // the root at the first level
	if p := f.reports.tasks.find(t.ParentID); p != nil {
		snap.Givers = []int64{p.UnitID}
	}
	for _, x := range f.extensions {
		if x.TaskID == taskID && x.State == rollout.ExtensionPending {
			snap.Pending = x
		}
	}
	plan, err := rollout.DecideExtensionAsk(snap, deadline, reason)
	if err != nil {
		return nil, err
	}
	x := plan.Extension
	x.ID, x.AskedBy = int64(len(f.extensions)+1), actorName(ctx)
	f.extensions = append(f.extensions, &x)
	f.event(ctx, t, rollout.EventExtendAsk, plan.Note)
	for _, n := range plan.Notices {
		f.notify(n)
	}
	f.reports.audit.record(ctx, "task.extend_ask", "task:"+itoa(taskID), t.Deadline.Text, x.Asked.Text)
	f.writes++
	c := x
	return &c, nil
}

func (f *fakeSupervision) DecideExtension(ctx context.Context, id int64, grant bool, deadline, note string) (*rollout.Extension, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if id < 1 || id > int64(len(f.extensions)) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.supervise.no_extension", id)
	}
	x := f.extensions[id-1]
	t, full, unlock, err := f.lockTask(x.TaskID)
	if err != nil {
		return nil, err
	}
	defer unlock()
	plan, err := rollout.DecideExtensionDecision(rollout.ExtensionDecisionSnapshot{Task: full, Extension: x, Now: f.now()}, grant, deadline, note)
	if err != nil {
		return nil, err
	}
	before := t.Deadline.Text
	*x = plan.Extension
	x.DecidedBy = actorName(ctx)
	if grant {
		t.Deadline = plan.Deadline
	}
	f.event(ctx, t, plan.Kind, plan.Note)
	f.notify(plan.Notice)
	f.reports.audit.record(ctx, "task."+string(plan.Kind), "task:"+itoa(t.ID), before, t.Deadline.Text)
	f.writes++
	c := *x
	return &c, nil
}

func (f *fakeSupervision) Extensions(ctx context.Context, taskID int64) ([]rollout.Extension, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := []rollout.Extension{}
	for i := len(f.extensions) - 1; i >= 0; i-- {
		if f.extensions[i].TaskID == taskID {
			out = append(out, *f.extensions[i])
		}
	}
	return out, nil
}

func (f *fakeSupervision) Extension(ctx context.Context, id int64) (*rollout.Extension, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if id < 1 || id > int64(len(f.extensions)) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.supervise.no_extension", id)
	}
	c := *f.extensions[id-1]
	return &c, nil
}

// mine lists the notifications of units, newest first, with Read for user;
// the caller holds f.nmu.
func (f *fakeSupervision) mine(user int64, units []int64) []rollout.Notification {
	var out []rollout.Notification
	for i := len(f.notices) - 1; i >= 0; i-- {
		n := f.notices[i]
		if slices.Contains(units, n.UnitID) {
			n.Read = f.reads[[2]int64{n.ID, user}]
			out = append(out, n)
		}
	}
	return out
}

func (f *fakeSupervision) Inbox(ctx context.Context, user int64, units []int64, unreadOnly bool, limit, offset int) ([]rollout.Notification, error) {
	f.nmu.Lock()
	defer f.nmu.Unlock()
	if limit <= 0 {
		limit = 50
	}
	out := []rollout.Notification{}
	for _, n := range f.mine(user, units) {
		if !unreadOnly || !n.Read {
			out = append(out, n)
		}
	}
	out = out[min(offset, len(out)):]
	return out[:min(limit, len(out))], nil
}

func (f *fakeSupervision) Unread(ctx context.Context, user int64, units []int64) (int, error) {
	f.nmu.Lock()
	defer f.nmu.Unlock()
	n := 0
	for _, x := range f.mine(user, units) {
		if !x.Read {
			n++
		}
	}
	return n, nil
}

func (f *fakeSupervision) MarkRead(ctx context.Context, user int64, units []int64, ids []int64) (int, error) {
	f.nmu.Lock()
	defer f.nmu.Unlock()
	marked := 0
	for _, n := range f.mine(user, units) {
		if !n.Read && (len(ids) == 0 || slices.Contains(ids, n.ID)) {
			f.reads[[2]int64{n.ID, user}] = true
			marked++
		}
	}
	return marked, nil
}
