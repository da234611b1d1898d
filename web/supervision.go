package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout"
	"rollout/msg"
)

// The supervision loop 交办 → 签收 → 办理 → 反馈 → 复核 → 办结: each task's page
// with the steps its user may take now and its timeline, the reviewer's queue,
// the overdue list, and their API. Who may take a step:
//
//   - acknowledging a task and asking that it not apply: ActReport on the
//     task's unit;
//   - accepting or returning its report, closing it, and deciding a
//     not-applicable request: ActReview on the unit that gave the task (the
//     level above: Task.ParentUnitPath, "" at the first level, which only a
//     grant at the root reaches);
//   - reading the task, its report and its timeline: ActReadTasks on its unit
//     (or a grant at a central unit responsible for its item).
//
// Reports are saved through the report form (report.go).

// stepActions are the steps the task page and the API take, each with the
// right it needs; a report's draft and submission go through the report form.
var stepActions = map[rollout.TaskEventKind]rollout.Action{
	rollout.EventAcknowledge: rollout.ActReport,
	rollout.EventRequestNA:   rollout.ActReport,
	rollout.EventAccept:      rollout.ActReview,
	rollout.EventReturn:      rollout.ActReview,
	rollout.EventClose:       rollout.ActReview,
	rollout.EventApproveNA:   rollout.ActReview,
	rollout.EventRejectNA:    rollout.ActReview,
}

// reportTarget is the target of reporting on t: its own unit.
func reportTarget(t *rollout.Task) rollout.Target { return rollout.Target{UnitPath: t.UnitPath} }

// reviewTarget is the target of reviewing t: the unit that gave it, the level
// above ("" at the first level: the root of the tree).
func reviewTarget(t *rollout.Task) rollout.Target { return rollout.Target{UnitPath: t.ParentUnitPath} }

// stepTarget is the target of the action step e needs.
func stepTarget(t *rollout.Task, e rollout.TaskEventKind) rollout.Target {
	if stepActions[e] == rollout.ActReview {
		return reviewTarget(t)
	}
	return reportTarget(t)
}

// taskPaths fills the unit paths of t that the query left out: its unit's,
// and the unit's of its parent task.
func (s *Server) taskPaths(ctx context.Context, t *rollout.Task) error {
	if t.UnitPath == "" {
		target, err := s.unitTarget(ctx, t.UnitID)
		if err != nil {
			return err
		}
		t.UnitPath = target.UnitPath
	}
	if t.ParentID != 0 && t.ParentUnitPath == "" {
		p, err := s.tasks.Task(ctx, t.ParentID)
		if err != nil {
			return err
		}
		if p.UnitPath == "" {
			target, err := s.unitTarget(ctx, p.UnitID)
			if err != nil {
				return err
			}
			p.UnitPath = target.UnitPath
		}
		t.ParentUnitPath = p.UnitPath
	}
	return nil
}

// loadTask reads task {id} for action a: ActReadTasks (by the task's unit and
// its item's responsible units) or ActReport (by its unit). Anonymous visitors
// are refused before the task is looked up.
func (s *Server) loadTask(r *http.Request, a rollout.Action) (*rollout.Task, error) {
	if err := s.signedIn(r, a); err != nil {
		return nil, err
	}
	id, err := taskID(r)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	var t *rollout.Task
	var target rollout.Target
	if a == rollout.ActReadTasks {
		// The task with its item's responsible units, in one read.
		acc, err := s.tasks.TaskAccess(ctx, id)
		if err != nil {
			return nil, err
		}
		if t, target, err = s.accessTarget(ctx, acc); err != nil {
			return nil, err
		}
	} else {
		if t, err = s.tasks.Task(ctx, id); err != nil {
			return nil, err
		}
		if err := s.taskPaths(ctx, t); err != nil {
			return nil, err
		}
		target = reportTarget(t)
	}
	if err := s.authorize(r, a, target); err != nil {
		return nil, err
	}
	return t, nil
}

// accessTarget is the task of acc with its unit paths filled, and the target
// of reading it (TaskAccess.ReadTarget).
func (s *Server) accessTarget(ctx context.Context, acc *rollout.TaskAccess) (*rollout.Task, rollout.Target, error) {
	if err := s.taskPaths(ctx, acc.Task); err != nil {
		return nil, rollout.Target{}, err
	}
	return acc.Task, acc.ReadTarget(), nil
}

// stepInput is a step as asked: its kind, its note, the state of the task the
// asker saw; a not-applicable request has its reason apart, as the form asks
// for it.
type stepInput struct {
	Kind   rollout.TaskEventKind
	Note   string
	Reason rollout.NAReason
	Read   rollout.TaskState
	// apart: the reason is asked apart from the note (the page's form); the
	// API's note is "code: text" itself.
	apart bool
	// Deadline is the day typed with a request for a later deadline or its grant.
	Deadline string
}

// note is the note as the service takes it: a not-applicable request's reason
// and words as "code: text".
func (in stepInput) note() string {
	note := strings.TrimSpace(in.Note)
	if in.Kind != rollout.EventRequestNA || !in.apart {
		return in.Note
	}
	if note == "" {
		return string(in.Reason)
	}
	return string(in.Reason) + ": " + note
}

// stepFields are the inputs of the task page that refusals of a step are about,
// by the refusal's key.
var stepFields = map[string]string{
	"err.task.return_reason": "note-return",
	"err.task.reject_reason": "note-reject_na",
	"err.task.na_reason":     "na-reason",
	"err.task.na_other":      "note-request_na",
}

// stepField is the input of the task page err is about, "" for none.
func stepField(kind rollout.TaskEventKind, err error) string {
	var e *rollout.Error
	if !errors.As(err, &e) {
		return ""
	}
	if e.Key == "err.task.note_too_long" {
		return "note-" + string(kind)
	}
	return stepFields[e.Key]
}

// splitNANote reads the note of a not-applicable request, "code: text", into
// its reason and words; a note without a known code is all words.
func splitNANote(note string) (rollout.NAReason, string) {
	code, text, _ := strings.Cut(note, ":")
	if r := rollout.NAReason(strings.TrimSpace(code)); r.Valid() {
		return r, strings.TrimSpace(text)
	}
	return "", note
}

// step takes a step on t for the request's user: the step must be one of
// rollout.Steps and the user may take it (EFORBIDDEN otherwise, before the
// input is looked at); the service then decides it (rollout.DecideStep).
func (s *Server) step(r *http.Request, t *rollout.Task, in stepInput) (*rollout.Task, error) {
	if err := rollout.CheckStepKind(in.Kind); err != nil {
		return nil, err
	}
	if err := s.authorize(r, stepActions[in.Kind], stepTarget(t, in.Kind)); err != nil {
		return nil, err
	}
	return s.reports.Step(r.Context(), t.ID, in.Kind, in.note(), in.Read)
}

// taskPage is the data of a task's page: what it is and where it stands, the
// steps the user may take now, the tasks divided from it, a period's report
// with its versions, and the timeline.
type taskPage struct {
	layout
	Task *rollout.Task
	Lamp lamp
	Can  taskActions
	// Children are the tasks divided from this one; OpenBelow counts the tasks
	// below it, at any depth, that are not done yet (closing waits for them).
	Children  []taskRow
	OpenBelow int
	// The report shown: Period's, with the periods offered around it (each
	// marked when it has a report). Report is nil when none was saved.
	Period   rollout.Period
	Periods  []periodTab
	Report   *rollout.Report
	Versions []*rollout.Report // every saved version of Report, newest first
	Timeline []timelineRow
	// People names the people of the timeline and the versions by login.
	People map[string]string
	// NAReasons are the reasons offered for asking that the task not apply.
	NAReasons []rollout.NAReason
	Max       fieldBounds // of the notes
	Done      string      // the notice after a step or a submission
	// Error is why the last step was refused; ErrorField the input it is
	// about; Form what was typed with it.
	Error      string
	ErrorField string
	Form       stepInput
	// Coordination: the task's approvals and risks; nil without the services.
	Coord *taskCoordSummary
	// Supervision: the requests for a later deadline (urge.go).
	Supervision supervision
}

// taskActions are the steps the page offers the user now: those the user may
// take (rollout.Authorize) and the task's state allows.
type taskActions struct {
	Acknowledge bool
	Report      bool // fill in or change the report
	RequestNA   bool
	Review      bool // accept or return the report
	Close       bool
	DecideNA    bool
	// 督办 and requests for a later deadline (urge.go).
	Urge            bool
	AskExtension    bool
	DecideExtension bool
}

// Any reports whether there is any step to offer.
func (c taskActions) Any() bool {
	return c.Acknowledge || c.Report || c.RequestNA || c.Review || c.Close || c.DecideNA ||
		c.Urge || c.AskExtension || c.DecideExtension
}

// periodTab is a period offered on the task page.
type periodTab struct {
	Period    rollout.Period
	HasReport bool
}

// timelineRow is a step of the timeline with its note as a person reads it.
type timelineRow struct {
	rollout.TaskEvent
	Who    string           // the person who took it and their unit (people.go)
	Reason rollout.NAReason // the reason of a not-applicable request; "" for others
	Text   string           // the note, without the reason code
}

// actions works out the steps to offer on t, with under the tasks divided from
// it at any depth: those the user may take and the task's state allows
// (rollout.CanStep: a task whose work was divided is closed once every task
// below it is done, whatever its own state; any other once accepted). Close is
// offered on an accepted task while tasks below are open too, with a word that
// it waits for them.
func actions(r *http.Request, t *rollout.Task, under []*rollout.Task) taskActions {
	snap := rollout.StepSnapshot{Task: t, Below: under}
	next := func(e rollout.TaskEventKind) bool {
		return rollout.CanStep(snap, e) || (e == rollout.EventClose && rollout.CanStep(rollout.StepSnapshot{Task: t}, e))
	}
	report := allowed(r, rollout.ActReport, reportTarget(t))
	review := allowed(r, rollout.ActReview, reviewTarget(t))
	return taskActions{
		Acknowledge: report && next(rollout.EventAcknowledge),
		Report:      report && next(rollout.EventDraft),
		RequestNA:   report && next(rollout.EventRequestNA),
		Review:      review && next(rollout.EventAccept),
		Close:       review && next(rollout.EventClose),
		DecideNA:    review && next(rollout.EventApproveNA),
	}
}

// periodReports reads task id's reports for the periods of rhythm offered
// around now (with asked among them when given) and returns the periods,
// newest first, and the reports found.
func (s *Server) periodReports(ctx context.Context, id int64, rhythm string, asked rollout.Period) ([]rollout.Period, map[rollout.Period]*rollout.Report, error) {
	periods := withPeriod(rollout.PeriodsAround(rhythm, s.now(), 3), asked)
	found := map[rollout.Period]*rollout.Report{}
	for _, p := range periods {
		rep, err := s.reports.Report(ctx, id, p)
		switch {
		case err == nil:
			found[p] = rep
		case rollout.ErrorCode(err) != rollout.ENOTFOUND:
			return nil, nil, err
		}
	}
	return periods, found, nil
}

// taskPageData gathers task t's page. The report shown is asked's, or when no
// period is asked for, the newest one offered that has a report (a reviewer
// in July reviews the second quarter's), else the current period.
func (s *Server) taskPageData(r *http.Request, t *rollout.Task, asked rollout.Period) (*taskPage, error) {
	ctx := r.Context()
	l := requestLang(r)
	p := &taskPage{
		layout:    newLayout(r, tr(l, "taskpage.title", t.ItemName, t.UnitName), ""),
		Task:      t,
		Lamp:      s.lamp(l, t),
		NAReasons: naReasons,
		Max:       maxField,
	}
	all, err := s.tasks.Tasks(ctx, rollout.TaskFilter{ItemID: t.ItemID})
	if err != nil {
		return nil, err
	}
	var children []*rollout.Task
	for _, c := range all {
		if c.ParentID == t.ID {
			children = append(children, c)
		}
	}
	p.Children = s.rows(l, children)
	under := below(all, t.ID)
	for _, c := range under {
		if !c.State.Done() {
			p.OpenBelow++
		}
	}
	p.Can = actions(r, t, under)
	if p.Supervision, err = s.taskSupervision(r, t, &p.Can); err != nil {
		return nil, err
	}

	rhythm := s.rhythmOf(ctx, t.Batch)
	periods, reports, err := s.periodReports(ctx, t.ID, rhythm, asked)
	if err != nil {
		return nil, err
	}
	p.Period = asked
	if p.Period == "" {
		p.Period = rollout.PeriodOf(rhythm, s.now())
		if i := slices.IndexFunc(periods, func(q rollout.Period) bool { return reports[q] != nil }); i >= 0 {
			p.Period = periods[i]
		}
	}
	for _, q := range periods {
		p.Periods = append(p.Periods, periodTab{Period: q, HasReport: reports[q] != nil})
	}
	if p.Report = reports[p.Period]; p.Report != nil {
		if p.Versions, err = s.reports.ReportVersions(ctx, p.Report.ID); err != nil {
			return nil, err
		}
	}

	events, err := s.reports.Timeline(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	var logins []string
	for _, e := range events {
		logins = append(logins, e.Actor)
	}
	for _, v := range p.Versions {
		logins = append(logins, v.UpdatedBy)
	}
	if p.People, err = s.people(ctx, l, logins...); err != nil {
		return nil, err
	}
	for _, e := range events {
		row := timelineRow{TaskEvent: e, Text: e.Note, Who: p.People[e.Actor]}
		if e.Kind == rollout.EventRequestNA {
			row.Reason, row.Text = splitNANote(e.Note)
		}
		p.Timeline = append(p.Timeline, row)
	}
	// Coordination
	if p.Coord, err = s.taskCoordSummary(r, t); err != nil {
		return nil, err
	}
	return p, nil
}

// below returns the tasks under task id at any depth, from all (an item's tasks).
func below(all []*rollout.Task, id int64) []*rollout.Task {
	var out []*rollout.Task
	parents := map[int64]bool{id: true}
	for changed := true; changed; {
		changed = false
		for _, t := range all {
			if parents[t.ParentID] && !parents[t.ID] {
				parents[t.ID] = true
				out = append(out, t)
				changed = true
			}
		}
	}
	return out
}

// askedPeriod reads ?period=, "" when not given.
func askedPeriod(r *http.Request) (rollout.Period, error) {
	raw := strings.TrimSpace(r.URL.Query().Get("period"))
	if raw == "" {
		return "", nil
	}
	return parsePeriod(requestLang(r), raw)
}

// doneNotice is the notice a redirect after a step or a submission asks for
// with ?done=kind; "" for anything else.
func doneNotice(l lang, r *http.Request) string {
	e := rollout.TaskEventKind(r.URL.Query().Get("done"))
	if _, ok := stepActions[e]; ok || e == rollout.EventSubmit || urgeActions[e] != "" {
		return tr(l, "step.done", eventLabel(l, e))
	}
	return ""
}

// taskShow serves GET /tasks/{id}: the task, ?period= choosing the report shown.
func (s *Server) taskShow(w http.ResponseWriter, r *http.Request) error {
	t, err := s.loadTask(r, rollout.ActReadTasks)
	if err != nil {
		return err
	}
	asked, err := askedPeriod(r)
	if err != nil {
		return err
	}
	p, err := s.taskPageData(r, t, asked)
	if err != nil {
		return err
	}
	p.Done = doneNotice(p.Lang, r)
	return s.views.task.render(w, http.StatusOK, p)
}

// taskStep serves POST /tasks/{id}/steps: kind (acknowledge, accept, return,
// close, request_na, approve_na, reject_na) with note, and na_reason for a
// not-applicable request. A step taken leads back to the task's page (303); a
// step refused for its input or the task's state shows the page again with
// the message and what was typed.
func (s *Server) taskStep(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	t, err := s.loadTask(r, rollout.ActReadTasks)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	in := stepInput{
		Kind:   rollout.TaskEventKind(r.PostForm.Get("kind")),
		Note:   r.PostForm.Get("note"),
		Reason: rollout.NAReason(r.PostForm.Get("na_reason")),
		Read:   rollout.TaskState(r.PostForm.Get("state")),
		apart:  true,
	}
	if _, err = s.step(r, t, in); err == nil {
		http.Redirect(w, r, fmt.Sprintf("/tasks/%d?done=%s", t.ID, in.Kind), http.StatusSeeOther)
		return nil
	}
	// A step refused for its input or the task's state, or because another
	// moved the task meanwhile, is shown on the task as it stands now.
	if code := rollout.ErrorCode(err); code != rollout.EINVALID && code != rollout.ECONFLICT {
		return err
	}
	now, rerr := s.tasks.Task(r.Context(), t.ID)
	if rerr == nil {
		rerr = s.taskPaths(r.Context(), now)
	}
	if rerr != nil {
		return rerr
	}
	p, perr := s.taskPageData(r, now, "")
	if perr != nil {
		return perr
	}
	p.Error, p.Form, p.ErrorField = errorMessage(l, err), in, stepField(in.Kind, err)
	return s.views.task.render(w, errorStatus(err), p)
}

// readUnitFor reads {id}, a unit on which the user does a: anonymous visitors
// are refused before the unit is looked up, others once its path is known.
func (s *Server) readUnitFor(r *http.Request, a rollout.Action) (*rollout.Unit, error) {
	if err := s.signedIn(r, a); err != nil {
		return nil, err
	}
	id, err := unitID(r)
	if err != nil {
		return nil, err
	}
	u, err := s.units.Unit(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if err := s.authorize(r, a, rollout.Target{UnitPath: u.Path}); err != nil {
		return nil, err
	}
	return u, nil
}

// reviewQuery is the reviewer's queue of u: the tasks in u's subtree, other
// than u's own, whose report awaits review, the longest waiting first unless
// another order is asked.
func (s *Server) reviewQuery(r *http.Request, u *rollout.Unit) (rollout.TaskQuery, listForm, error) {
	q := s.measured(rollout.ReviewQueue(u))
	f, err := parseList(r, &q, rollout.SortState)
	q.State = rollout.StateReported // fixed: the form does not offer it
	f.State = ""
	return q, f, err
}

// overdueQuery is the overdue list of u: the tasks in u's subtree, u's own
// included, whose light is red, the longest overdue first unless another
// order is asked.
//
// ?batch=N keeps one batch's tasks, and ?responsible=NAME the tasks of the
// items that central unit is responsible for (a ministry's list, which it
// may read where it may not read the unit's other tasks: overdueUnit).
func (s *Server) overdueQuery(r *http.Request, u *rollout.Unit) (rollout.TaskQuery, listForm, error) {
	q := s.listQuery(rollout.TaskFilter{Within: u.ID})
	f, err := parseList(r, &q, rollout.SortDeadline)
	if err != nil {
		return q, f, err
	}
	q.Light, q.Lit = rollout.LightRed, true // fixed: the form does not offer it
	f.Light = ""
	if q.Batch, err = overdueBatch(r); err != nil {
		return q, f, err
	}
	f.Batch = q.Batch
	if resp := r.URL.Query().Get("responsible"); resp != "" {
		f.Responsible = resp
		if q.ItemIDs, err = s.itemsOf(r.Context(), q.Batch, resp); err != nil {
			return q, f, err
		}
	}
	return q, f, nil
}

// itemsOf is the IDs of the items the central unit responsible is
// responsible for, in batch n (0: every batch); empty, not nil, for none.
func (s *Server) itemsOf(ctx context.Context, n int, responsible string) ([]int64, error) {
	bs, err := s.catalog.Batches(ctx)
	if err != nil {
		return nil, err
	}
	ids := []int64{}
	for _, b := range bs {
		if n != 0 && b.Batch != n {
			continue
		}
		full, err := s.catalog.BatchByNumber(ctx, b.Batch)
		if err != nil {
			return nil, err
		}
		for _, it := range full.Items {
			if slices.Contains(it.Responsible, responsible) {
				ids = append(ids, it.ID)
			}
		}
	}
	return ids, nil
}

// overdueUnit authorises and reads the unit of an overdue list: ActReadTasks
// at the unit, or, with ?responsible=, for that responsible unit's items there.
func (s *Server) overdueUnit(r *http.Request) (*rollout.Unit, error) {
	resp := r.URL.Query().Get("responsible")
	if resp == "" {
		return s.readUnitFor(r, rollout.ActReadTasks)
	}
	if err := s.signedIn(r, rollout.ActReadTasks); err != nil {
		return nil, err
	}
	id, err := unitID(r)
	if err != nil {
		return nil, err
	}
	u, err := s.units.Unit(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if err := s.authorize(r, rollout.ActReadTasks, rollout.Target{UnitPath: u.Path, Responsible: []string{resp}}); err != nil {
		return nil, err
	}
	return u, nil
}

// overdueBatch reads ?batch=N of the overdue list: the tasks of batch N
// only (0, all batches, when absent).
func overdueBatch(r *http.Request) (int, error) {
	raw := r.URL.Query().Get("batch")
	if raw == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(raw)
	if err != nil || n <= 0 {
		return 0, rollout.E(rollout.EINVALID, "error.bad_path_value", msg.Key("value.batch_number"), raw)
	}
	return n, nil
}

// unitListPage is the data of a list of tasks in a unit's subtree: the
// reviewer's queue or the overdue list.
type unitListPage struct {
	layout
	Unit  *rollout.Unit
	List  *taskList
	Tasks []overdueRow
	// Batch and Responsible: the overdue list of one batch (?batch=N) or of
	// one central unit's items (?responsible=), where the picture's and the
	// matrix's red counts lead; 0 and "" for all.
	Batch       int
	Responsible string
}

// overdueRow is a task of a list with the days it is past its deadline.
type overdueRow struct {
	taskRow
	Days int
}

// unitList arranges a page of a list of u's subtree for its page, marking the
// header's link as current when it leads here.
func (s *Server) unitList(r *http.Request, u *rollout.Unit, title, nav string, f listForm, page rollout.TaskPage) *unitListPage {
	l := requestLang(r)
	p := &unitListPage{layout: newLayout(r, tr(l, title, u.Name), ""), Unit: u}
	if (nav == "reviews" && p.QueueURL == r.URL.Path) || (nav == "overdue" && p.OverdueURL == r.URL.Path) {
		p.Nav = nav
	}
	p.List = s.newTaskList(l, r.URL.Path, f, page)
	p.List.ShowUnit = true
	p.List.FixedState = nav == "reviews"
	p.List.FixedLight = nav == "overdue"
	now := s.now()
	for _, row := range p.List.Rows {
		p.Tasks = append(p.Tasks, overdueRow{taskRow: row, Days: daysOverdue(row.Deadline, now)})
	}
	return p
}

// reviewsPage serves GET /units/{id}/reviews, the reviewer's queue: the
// reports awaiting review from the units below, filtered, sorted and paged;
// with ?format=xlsx or csv, the filtered list as a file.
func (s *Server) reviewsPage(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnitFor(r, rollout.ActReview)
	if err != nil {
		return err
	}
	format, err := listFormat(r)
	if err != nil {
		return err
	}
	q, f, err := s.reviewQuery(r, u)
	if err != nil {
		return err
	}
	if format != "" {
		q = exportQuery(q)
	}
	page, err := s.tasks.TaskList(r.Context(), q)
	if err != nil {
		return err
	}
	p := s.unitList(r, u, "reviews.title", "reviews", f, page)
	if format != "" {
		l := p.Lang
		var rows [][]string
		for _, t := range p.Tasks {
			rows = append(rows, listRow(l, t.taskRow, formatClock(t.StateAt), t.ParentUnit))
		}
		return s.sendList(w, r, u, "reviews", format, p.Title, listHeader(l, "reviews.reported_at", "task.from"), rows)
	}
	return s.views.reviews.render(w, http.StatusOK, p)
}

// overduePage serves GET /units/{id}/overdue: the red tasks of the subtree,
// filtered, sorted and paged; with ?format=xlsx or csv, the filtered list as
// a file.
func (s *Server) overduePage(w http.ResponseWriter, r *http.Request) error {
	u, err := s.overdueUnit(r)
	if err != nil {
		return err
	}
	format, err := listFormat(r)
	if err != nil {
		return err
	}
	q, f, err := s.overdueQuery(r, u)
	if err != nil {
		return err
	}
	if format != "" {
		q = exportQuery(q)
	}
	page, err := s.tasks.TaskList(r.Context(), q)
	if err != nil {
		return err
	}
	p := s.unitList(r, u, "overdue.title", "overdue", f, page)
	p.Batch, p.Responsible = f.Batch, f.Responsible
	if format != "" {
		l := p.Lang
		var rows [][]string
		for _, t := range p.Tasks {
			rows = append(rows, listRow(l, t.taskRow, tr(l, "overdue.days_n", t.Days), t.ParentUnit))
		}
		return s.sendList(w, r, u, "overdue", format, p.Title, listHeader(l, "overdue.days", "task.from"), rows)
	}
	return s.views.overdue.render(w, http.StatusOK, p)
}

// apiList answers a list's page in the API: the unit, the page's tasks, how
// many the whole list holds and the page. Without ?size the API's page is
// rollout.MaxTaskPage.
func (s *Server) apiList(w http.ResponseWriter, r *http.Request, u *rollout.Unit, q rollout.TaskQuery) error {
	if r.URL.Query().Get("size") == "" {
		q.Limit = rollout.MaxTaskPage
		q.Offset = (max(1, q.Offset/rollout.DefaultTaskPage+1) - 1) * rollout.MaxTaskPage
	}
	page, err := s.tasks.TaskList(r.Context(), q)
	if err != nil {
		return err
	}
	out := s.apiUnitTaskList(u, page.Tasks)
	out.apiListPage = &apiListPage{Total: page.Total, Offset: q.Offset, Limit: q.Limit}
	return writeJSON(w, http.StatusOK, out)
}

// apiUnitReviews serves GET /api/v1/units/{id}/reviews, with the list's query.
func (s *Server) apiUnitReviews(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnitFor(r, rollout.ActReview)
	if err != nil {
		return err
	}
	q, _, err := s.reviewQuery(r, u)
	if err != nil {
		return err
	}
	return s.apiList(w, r, u, q)
}

// apiUnitOverdue serves GET /api/v1/units/{id}/overdue, with the list's query.
func (s *Server) apiUnitOverdue(w http.ResponseWriter, r *http.Request) error {
	u, err := s.overdueUnit(r)
	if err != nil {
		return err
	}
	q, _, err := s.overdueQuery(r, u)
	if err != nil {
		return err
	}
	return s.apiList(w, r, u, q)
}

// apiTimeline is a task's timeline.
type apiTimeline struct {
	TaskID int64      `json:"task_id"`
	State  string     `json:"state"`
	Events []apiEvent `json:"events"`
	Count  int        `json:"count"`
}

// apiEvent is one step of a timeline.
type apiEvent struct {
	ID    int64     `json:"id"`
	At    time.Time `json:"at"`
	Actor string    `json:"actor"`
	Who   string    `json:"actor_name"` // the person and their unit: 张三（深圳市商务局）
	Kind  string    `json:"kind"`
	From  string    `json:"from"`
	To    string    `json:"to"`
	Note  string    `json:"note"`
}

// apiTaskTimeline serves GET /api/v1/tasks/{id}/timeline: the task's steps,
// oldest first.
func (s *Server) apiTaskTimeline(w http.ResponseWriter, r *http.Request) error {
	t, err := s.loadTask(r, rollout.ActReadTasks)
	if err != nil {
		return err
	}
	events, err := s.reports.Timeline(r.Context(), t.ID)
	if err != nil {
		return err
	}
	var logins []string
	for _, e := range events {
		logins = append(logins, e.Actor)
	}
	who, err := s.people(r.Context(), requestLang(r), logins...)
	if err != nil {
		return err
	}
	out := apiTimeline{TaskID: t.ID, State: string(t.State), Events: []apiEvent{}}
	for _, e := range events {
		out.Events = append(out.Events, apiEvent{ID: e.ID, At: e.At, Actor: e.Actor, Who: who[e.Actor],
			Kind: string(e.Kind), From: string(e.From), To: string(e.To), Note: e.Note})
	}
	out.Count = len(out.Events)
	return writeJSON(w, http.StatusOK, out)
}

// apiStepRequest is the body of POST /api/v1/tasks/{id}/steps. A
// not-applicable request's note is "reason_code: text". State is the task's
// state as the client read it: when given and the task has moved since, the
// step is refused with 409 and the task as it stands.
type apiStepRequest struct {
	Kind  string `json:"kind"`
	Note  string `json:"note"`
	State string `json:"state"`
}

// apiTaskConflict is the answer to a step decided on a state the task no
// longer has: the error, and the task as stored now.
type apiTaskConflict struct {
	Error   apiErrorDetail `json:"error"`
	Current apiTask        `json:"current"`
}

// apiTaskStep serves POST /api/v1/tasks/{id}/steps: it takes the step and
// answers 200 with the task as it stands after it.
func (s *Server) apiTaskStep(w http.ResponseWriter, r *http.Request) error {
	t, err := s.loadTask(r, rollout.ActReadTasks)
	if err != nil {
		return err
	}
	var req apiStepRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	in := stepInput{Kind: rollout.TaskEventKind(req.Kind), Note: req.Note, Read: rollout.TaskState(req.State)}
	_, err = s.step(r, t, in)
	var conflict *rollout.TaskConflict
	if errors.As(err, &conflict) {
		cur, err := s.tasks.Task(r.Context(), t.ID) // with its context
		if err != nil {
			return err
		}
		return writeJSON(w, http.StatusConflict, apiTaskConflict{
			Error:   apiErrorDetail{Code: rollout.ECONFLICT, Message: errorMessage(requestLang(r), conflict)},
			Current: s.newAPITask(cur),
		})
	}
	if err != nil {
		return err
	}
	// Read it again with its context, in case the service answered without it.
	after, err := s.tasks.Task(r.Context(), t.ID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.newAPITask(after))
}
