package web

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout"
)

// Approvals and legal changes, risks, links across batches, the domain page
// and the coordinator's page. An item's own register is kept by its
// responsible central units (ActRegister with Target.Responsible) and the
// coordinator, and read by anyone who reads tasks; a task's register by the
// task's unit (ActRegister at its path) and read as the task is.

func approvalKindLabel(l lang, k rollout.ApprovalKind) string { return codeLabel(l, "akind.", k) }
func approvalStepLabel(l lang, s rollout.ApprovalStep) string {
	if s == "" {
		return tr(l, "approval.not_started")
	}
	return codeLabel(l, "astep.", s)
}
func riskCategoryLabel(l lang, c rollout.RiskCategory) string { return codeLabel(l, "rcat.", c) }
func riskLevelLabel(l lang, v rollout.RiskLevel) string       { return codeLabel(l, "rlevel.", v) }
func linkKindLabel(l lang, k rollout.LinkKind) string         { return codeLabel(l, "lkind.", k) }

// registerForms are the choices the register forms offer.
type registerForms struct {
	ApprovalKinds  []rollout.ApprovalKind
	ApprovalSteps  []rollout.ApprovalStep
	RiskCategories []rollout.RiskCategory
	RiskLevels     []rollout.RiskLevel
}

var forms = registerForms{rollout.ApprovalKinds, rollout.ApprovalSteps, rollout.RiskCategories, rollout.RiskLevels}

// registerForm is one register form: where it posts and its choices.
type registerForm struct {
	Action string
	Forms  registerForms
}

// itemCoordination is what the item page shows of coordination: links to
// other batches (public, accepted only), and to those who read tasks the
// item's own approvals and risks, with forms for those who keep them.
type itemCoordination struct {
	Links        []*rollout.Link
	Registers    bool // the viewer may read the registers
	Approvals    []*rollout.Approval
	Risks        []*rollout.Risk
	CanEdit      bool
	ApprovalForm registerForm
	RiskForm     registerForm
	Saved        bool
}

// itemCoordination loads it for item it, as far as the user may see.
func (s *Server) itemCoordination(r *http.Request, it *rollout.Item) (*itemCoordination, error) {
	if s.coord == nil {
		return nil, nil
	}
	ctx := r.Context()
	c := &itemCoordination{ApprovalForm: registerForm{fmt.Sprintf("/items/%d/approvals", it.ID), forms},
		RiskForm: registerForm{fmt.Sprintf("/items/%d/risks", it.ID), forms}, Saved: r.URL.Query().Get("saved") == "1"}
	var err error
	if c.Links, err = s.coord.Links(ctx, rollout.LinkFilter{ItemID: it.ID, State: rollout.LinkAccepted}); err != nil {
		return nil, err
	}
	if rollout.ActorFrom(ctx) == nil || s.readsSomeTasks(r) != nil {
		return c, nil
	}
	c.Registers = true
	if c.Approvals, err = s.coord.Approvals(ctx, rollout.RegisterFilter{ItemID: it.ID, TaskID: -1}); err != nil {
		return nil, err
	}
	if c.Risks, err = s.coord.Risks(ctx, rollout.RegisterFilter{ItemID: it.ID, TaskID: -1}); err != nil {
		return nil, err
	}
	c.CanEdit = allowed(r, rollout.ActRegister, rollout.Target{Responsible: it.Responsible})
	return c, nil
}

// taskCoordPage is the data of taskcoord.html: a task's problems (those the
// user may read), approvals and risks, with the forms to add to them.
type taskCoordPage struct {
	layout
	Task         *rollout.Task
	Problems     []problemRow
	Approvals    []*rollout.Approval
	Risks        []*rollout.Risk
	CanRaise     bool
	CanEdit      bool
	ApprovalForm registerForm
	RiskForm     registerForm
	Error        string
	ProblemTitle string
	ProblemBody  string
	Saved        bool
}

func (s *Server) taskCoordData(r *http.Request, t *rollout.Task) (*taskCoordPage, error) {
	ctx := r.Context()
	l := requestLang(r)
	p := &taskCoordPage{layout: newLayout(r, tr(l, "taskcoord.title", t.UnitName, t.ItemName), ""), Task: t,
		ApprovalForm: registerForm{fmt.Sprintf("/tasks/%d/approvals", t.ID), forms},
		RiskForm:     registerForm{fmt.Sprintf("/tasks/%d/risks", t.ID), forms},
		CanRaise:     allowed(r, rollout.ActRaiseProblem, reportTarget(t)),
		CanEdit:      allowed(r, rollout.ActRegister, reportTarget(t)),
		Saved:        r.URL.Query().Get("saved") == "1"}
	ps, err := s.problems.Problems(ctx, rollout.ProblemFilter{TaskID: t.ID})
	if err != nil {
		return nil, err
	}
	var visible []*rollout.Problem
	for _, q := range ps {
		whole, err := s.problems.Problem(ctx, q.ID)
		if err != nil {
			return nil, err
		}
		if allowed(r, rollout.ActReadProblem, problemTarget(whole)) {
			visible = append(visible, whole)
		}
	}
	p.Problems = s.problemRows(l, visible)
	if p.Approvals, err = s.coord.Approvals(ctx, rollout.RegisterFilter{TaskID: t.ID}); err != nil {
		return nil, err
	}
	if p.Risks, err = s.coord.Risks(ctx, rollout.RegisterFilter{TaskID: t.ID}); err != nil {
		return nil, err
	}
	return p, nil
}

// taskCoordShow serves GET /tasks/{id}/coordination.
func (s *Server) taskCoordShow(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	t, err := s.loadTask(r, rollout.ActReadTasks)
	if err != nil {
		return err
	}
	p, err := s.taskCoordData(r, t)
	if err != nil {
		return err
	}
	return s.views.taskCoord.render(w, http.StatusOK, p)
}

// apiTaskCoordination serves GET /api/v1/tasks/{id}/coordination.
func (s *Server) apiTaskCoordination(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	t, err := s.loadTask(r, rollout.ActReadTasks)
	if err != nil {
		return err
	}
	p, err := s.taskCoordData(r, t)
	if err != nil {
		return err
	}
	out := struct {
		TaskID    int64               `json:"task_id"`
		Problems  []apiProblem        `json:"problems"`
		Approvals []*rollout.Approval `json:"approvals"`
		Risks     []*rollout.Risk     `json:"risks"`
	}{TaskID: t.ID, Problems: []apiProblem{}, Approvals: orEmpty(p.Approvals), Risks: orEmpty(p.Risks)}
	for _, row := range p.Problems {
		out.Problems = append(out.Problems, s.newAPIProblem(row.Problem))
	}
	return writeJSON(w, http.StatusOK, out)
}

// apiItemCoordination serves GET /api/v1/items/{id}/coordination: the item's
// approvals and risks (its own register) and its links.
func (s *Server) apiItemCoordination(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	if err := s.signedIn(r, rollout.ActReadTasks); err != nil {
		return err
	}
	if err := s.readsSomeTasks(r); err != nil {
		return err
	}
	it, err := s.pathItem(r)
	if err != nil {
		return err
	}
	c, err := s.itemCoordination(r, it)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		ItemID    int64               `json:"item_id"`
		Approvals []*rollout.Approval `json:"approvals"`
		Risks     []*rollout.Risk     `json:"risks"`
		Links     []*rollout.Link     `json:"links"`
	}{it.ID, orEmpty(c.Approvals), orEmpty(c.Risks), orEmpty(c.Links)})
}

// registerTarget authorises keeping a register entry of item itemID
// (taskID 0) or of one of its tasks. Whether the task is the item's is the
// domain's question (rollout.PlanEntry), asked when the entry is saved.
func (s *Server) registerTarget(r *http.Request, itemID, taskID int64) error {
	ctx := r.Context()
	if taskID == 0 {
		it, err := s.catalog.Item(ctx, itemID)
		if err != nil {
			return err
		}
		return s.authorize(r, rollout.ActRegister, rollout.Target{Responsible: it.Responsible})
	}
	t, err := s.tasks.Task(ctx, taskID)
	if err != nil {
		return err
	}
	if err := s.taskPaths(ctx, t); err != nil {
		return err
	}
	return s.authorize(r, rollout.ActRegister, reportTarget(t))
}

// saveEntry authorises and saves an approval or a risk (one entry of an
// item's or task's register). The right to change an entry being replaced
// (an ID) is asked of where it is stored (rollout.PlaceOf), not where the
// request says it is; the save itself is decided by rollout.PlanEntry.
func saveEntry[T rollout.Entry](s *Server, r *http.Request, e T,
	list func(context.Context, rollout.RegisterFilter) ([]T, error), save func(context.Context, T) (T, error)) (T, error) {
	var stored T
	if id := rollout.EntryID(e); id != 0 {
		found, err := list(r.Context(), rollout.RegisterFilter{ID: id})
		if err != nil {
			return nil, err
		}
		if len(found) == 0 {
			// Nothing to protect: the domain says that there is no such entry.
			return rollout.PlanEntry(rollout.EntrySnapshot[T]{}, e)
		}
		stored = found[0]
	}
	item, task := rollout.PlaceOf(e, stored)
	if err := s.registerTarget(r, item, task); err != nil {
		return nil, err
	}
	return save(r.Context(), e)
}

// saveApproval authorises and saves an approval.
func (s *Server) saveApproval(r *http.Request, a *rollout.Approval) (*rollout.Approval, error) {
	return saveEntry(s, r, a, s.coord.Approvals, s.coord.SaveApproval)
}

// saveRisk authorises and saves a risk.
func (s *Server) saveRisk(r *http.Request, x *rollout.Risk) (*rollout.Risk, error) {
	return saveEntry(s, r, x, s.coord.Risks, s.coord.SaveRisk)
}

// parseRegisterDay reads a calendar date (YYYY-MM-DD); "" is the zero time.
func parseRegisterDay(l lang, field, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return d, invalid(l, "register.bad_date", field, v)
	}
	return d, nil
}

// approvalFromForm reads the approval form: kind, title, and per step
// on-STEP (a date) and docno-STEP; id and version for a replacement.
func approvalFromForm(l lang, f url.Values) (*rollout.Approval, error) {
	a := &rollout.Approval{Kind: rollout.ApprovalKind(f.Get("kind")), Title: strings.TrimSpace(f.Get("title"))}
	a.ID, _ = strconv.ParseInt(f.Get("id"), 10, 64)
	a.Version, _ = strconv.Atoi(f.Get("version")) // none or a bad one: the domain's conflict
	for _, st := range rollout.ApprovalSteps {
		on, err := parseRegisterDay(l, approvalStepLabel(l, st), strings.TrimSpace(f.Get("on-"+string(st))))
		if err != nil {
			return nil, err
		}
		doc := strings.TrimSpace(f.Get("docno-" + string(st)))
		if on.IsZero() && doc == "" {
			continue
		}
		a.Steps = append(a.Steps, rollout.StepRecord{Step: st, On: rollout.DayOf(on), DocNo: doc})
	}
	return a, nil
}

func riskFromForm(l lang, f url.Values) (*rollout.Risk, error) {
	x := &rollout.Risk{Category: rollout.RiskCategory(f.Get("category")), Level: rollout.RiskLevel(f.Get("level")),
		Description: f.Get("description"), Measures: f.Get("measures"), Owner: f.Get("owner")}
	x.ID, _ = strconv.ParseInt(f.Get("id"), 10, 64)
	x.Version, _ = strconv.Atoi(f.Get("version"))
	next, err := parseRegisterDay(l, tr(l, "risk.next_review"), strings.TrimSpace(f.Get("next_review")))
	x.NextReview = rollout.DayOf(next)
	return x, err
}

// registerPost serves the four register forms: POST /items/{id}/approvals,
// /items/{id}/risks, /tasks/{id}/approvals, /tasks/{id}/risks. A saved entry
// leads back to the item's or task's page; one refused shows the message; a
// save from an old read (409) shows the entry stored now beside the one sent,
// with the form to save it again over the stored version.
func (s *Server) registerPost(risk, onTask bool) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if err := s.coordinationOn(r); err != nil {
			return err
		}
		if err := s.signedIn(r, rollout.ActRegister); err != nil {
			return err
		}
		l := requestLang(r)
		var ofItem, ofTask int64
		back := ""
		if onTask {
			t, err := s.loadTask(r, rollout.ActRegister)
			if err != nil {
				return err
			}
			ofItem, ofTask, back = t.ItemID, t.ID, fmt.Sprintf("/tasks/%d/coordination", t.ID)
		} else {
			it, err := s.pathItem(r)
			if err != nil {
				return err
			}
			if err := s.authorize(r, rollout.ActRegister, rollout.Target{Responsible: it.Responsible}); err != nil {
				return err
			}
			ofItem, back = it.ID, fmt.Sprintf("/items/%d", it.ID)
		}
		if err := parseForm(w, r); err != nil {
			return err
		}
		cp := &registerConflictPage{layout: newLayout(r, tr(l, "register.conflict_title"), ""), Action: r.URL.Path, Back: back,
			Form: r.PostForm, Risk: risk}
		var err error
		if risk {
			var x *rollout.Risk
			if x, err = riskFromForm(l, r.PostForm); err == nil {
				x.ItemID, x.TaskID = ofItem, ofTask
				_, err = s.saveRisk(r, x)
				var c *rollout.Conflict[*rollout.Risk]
				if errors.As(err, &c) {
					cp.MineRisks, cp.StoredRisks, cp.Version = []*rollout.Risk{x}, []*rollout.Risk{c.Current}, c.Current.Version
				}
			}
		} else {
			var a *rollout.Approval
			if a, err = approvalFromForm(l, r.PostForm); err == nil {
				a.ItemID, a.TaskID = ofItem, ofTask
				_, err = s.saveApproval(r, a)
				var c *rollout.Conflict[*rollout.Approval]
				if errors.As(err, &c) {
					cp.MineApprovals, cp.StoredApprovals, cp.Version = []*rollout.Approval{a}, []*rollout.Approval{c.Current}, c.Current.Version
				}
			}
		}
		if cp.Version != 0 {
			cp.Error = errorMessage(l, err)
			return s.views.registerConflict.render(w, http.StatusConflict, cp)
		}
		if err != nil {
			return err
		}
		if onTask {
			http.Redirect(w, r, back+"?saved=1", http.StatusSeeOther)
		} else {
			http.Redirect(w, r, back+"?saved=1#coordination", http.StatusSeeOther)
		}
		return nil
	}
}

// registerConflictPage is the data of registerconflict.html: an approval or a
// risk sent from an old read, beside the one stored now.
type registerConflictPage struct {
	layout
	Error           string
	Action          string     // where the form posts again
	Back            string     // the item's or task's page
	Form            url.Values // what was sent, to send again over Version
	Version         int        // the stored version
	Risk            bool
	MineApprovals   []*rollout.Approval
	StoredApprovals []*rollout.Approval
	MineRisks       []*rollout.Risk
	StoredRisks     []*rollout.Risk
}

// apiSaveEntry serves a POST of one register entry: a new one (no id) or the
// replacement of one (id and the version it edits), saved by save. A save
// from an old read is 409 with the entry as stored.
func apiSaveEntry[T rollout.Entry](s *Server, w http.ResponseWriter, r *http.Request, save func(*http.Request, T) (T, error)) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	if err := s.signedIn(r, rollout.ActRegister); err != nil {
		return err
	}
	e := newEntry[T]()
	if err := decodeJSON(w, r, e); err != nil {
		return err
	}
	out, err := save(r, e)
	var c *rollout.Conflict[T]
	if errors.As(err, &c) {
		return staleJSON(w, r, err, c.Current)
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}

// newEntry is a new, empty entry of T's register.
func newEntry[T rollout.Entry]() T {
	var e T
	switch any(e).(type) {
	case *rollout.Approval:
		return any(&rollout.Approval{}).(T)
	default:
		return any(&rollout.Risk{}).(T)
	}
}

// apiSaveApproval serves POST /api/v1/approvals.
func (s *Server) apiSaveApproval(w http.ResponseWriter, r *http.Request) error {
	return apiSaveEntry(s, w, r, s.saveApproval)
}

// apiSaveRisk serves POST /api/v1/risks.
func (s *Server) apiSaveRisk(w http.ResponseWriter, r *http.Request) error {
	return apiSaveEntry(s, w, r, s.saveRisk)
}

// apiApprovalCounts serves GET /api/v1/approvals/counts?batch=N: approvals by
// kind and current step, for the national picture.
func (s *Server) apiApprovalCounts(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	if err := s.signedIn(r, rollout.ActReadTasks); err != nil {
		return err
	}
	if err := s.readsSomeTasks(r); err != nil {
		return err
	}
	batch := 0
	if raw := r.URL.Query().Get("batch"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n <= 0 {
			return invalid(requestLang(r), "register.bad_batch", raw)
		}
		batch = n
	}
	cs, err := s.coord.ApprovalCounts(r.Context(), batch)
	if err != nil {
		return err
	}
	total := 0
	for _, c := range cs {
		total += c.Count
	}
	return writeJSON(w, http.StatusOK, struct {
		Batch  int                     `json:"batch,omitempty"`
		Counts []rollout.ApprovalCount `json:"counts"`
		Total  int                     `json:"total"`
	}{batch, cs, total})
}

// apiRisks serves GET /api/v1/risks?level=high: the risk register across all
// items for the coordinator, with the count by level.
func (s *Server) apiRisks(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinating(r); err != nil {
		return err
	}
	level := rollout.RiskLevel(r.URL.Query().Get("level"))
	if level != "" && !level.Valid() {
		return invalid(requestLang(r), "risk.bad_level", level)
	}
	rs, err := s.coord.Risks(r.Context(), rollout.RegisterFilter{Level: level})
	if err != nil {
		return err
	}
	counts, err := s.coord.RiskCounts(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Risks  []*rollout.Risk           `json:"risks"`
		Counts map[rollout.RiskLevel]int `json:"counts"`
	}{orEmpty(rs), counts})
}

// coordPage is the data of coordination.html: the coordinator's page.
type coordPage struct {
	layout
	Days    map[rollout.ProblemLevel]int
	Levels  []rollout.ProblemLevel
	Open    map[rollout.ProblemState]int
	Overdue []problemRow
	// Risks is the whole risk register, the highest level first, each risk
	// with its item, its unit (or the item's own register) and its level.
	Risks      []*rollout.Risk
	RiskCounts map[rollout.RiskLevel]int
	HighCount  int
	// MediumCount and LowCount: the register's other levels.
	MediumCount, LowCount int
	Approvals             []rollout.ApprovalCount
	Suggested             int
	Saved                 bool
}

// coordinating refuses a request for the coordinator's pages and API unless
// coordination is served and the user coordinates.
func (s *Server) coordinating(r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	return s.authorize(r, rollout.ActCoordinate, rollout.Target{})
}

// coordShow serves GET /coordination.
func (s *Server) coordShow(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinating(r); err != nil {
		return err
	}
	ctx := r.Context()
	l := requestLang(r)
	p := &coordPage{layout: newLayout(r, tr(l, "coord.title"), "coordination"), Levels: rollout.ProblemLevels,
		Saved: r.URL.Query().Get("saved") == "1"}
	var err error
	if p.Days, err = s.problems.ResponseDays(ctx); err != nil {
		return err
	}
	if p.Open, err = s.problems.OpenProblemCounts(ctx); err != nil {
		return err
	}
	waiting, err := s.problems.Problems(ctx, rollout.ProblemFilter{State: rollout.ProblemOpen})
	if err != nil {
		return err
	}
	for _, row := range s.problemRows(l, waiting) {
		if row.Lamp.Light == rollout.LightRed {
			p.Overdue = append(p.Overdue, row)
		}
	}
	if p.Risks, err = s.coord.Risks(ctx, rollout.RegisterFilter{}); err != nil {
		return err
	}
	slices.SortStableFunc(p.Risks, func(a, b *rollout.Risk) int {
		return cmp.Or(cmp.Compare(slices.Index(rollout.RiskLevels, a.Level), slices.Index(rollout.RiskLevels, b.Level)),
			cmp.Compare(b.Batch, a.Batch), cmp.Compare(a.ItemSeq, b.ItemSeq), cmp.Compare(a.UnitName, b.UnitName))
	})
	if p.RiskCounts, err = s.coord.RiskCounts(ctx); err != nil {
		return err
	}
	p.HighCount = p.RiskCounts[rollout.RiskHigh]
	p.MediumCount, p.LowCount = p.RiskCounts[rollout.RiskMedium], p.RiskCounts[rollout.RiskLow]
	cs, err := s.coord.ApprovalCounts(ctx, 0)
	if err != nil {
		return err
	}
	for _, c := range cs {
		if c.Count > 0 {
			p.Approvals = append(p.Approvals, c)
		}
	}
	ls, err := s.coord.Links(ctx, rollout.LinkFilter{State: rollout.LinkSuggested})
	if err != nil {
		return err
	}
	p.Suggested = len(ls)
	return s.views.coordination.render(w, http.StatusOK, p)
}

// coordSetDays serves POST /coordination/response-days: days-LEVEL per level.
func (s *Server) coordSetDays(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinating(r); err != nil {
		return err
	}
	l := requestLang(r)
	if err := parseForm(w, r); err != nil {
		return err
	}
	days := map[rollout.ProblemLevel]int{}
	for _, lv := range rollout.ProblemLevels {
		raw := strings.TrimSpace(r.PostForm.Get("days-" + string(lv)))
		if raw == "" {
			continue
		}
		n, err := strconv.Atoi(raw)
		if err != nil {
			return invalid(l, "coord.bad_days", problemLevelLabel(l, lv), raw)
		}
		days[lv] = n
	}
	if len(days) == 0 {
		return invalid(l, "problem.days_missing")
	}
	if err := s.problems.SetResponseDays(r.Context(), days); err != nil {
		return err
	}
	http.Redirect(w, r, "/coordination?saved=1", http.StatusSeeOther)
	return nil
}

// linksPage is the data of links.html: the coordinator's review of links.
type linksPage struct {
	layout
	Links   []*rollout.Link
	State   string
	Batch   int
	Batches []*rollout.Batch
	Done    string
}

// linkFilter reads ?batch= and ?state= (suggested by default on the page).
func linkFilter(r *http.Request, def string) (rollout.LinkFilter, error) {
	l := requestLang(r)
	q := r.URL.Query()
	f := rollout.LinkFilter{State: q.Get("state")}
	if _, ok := q["state"]; !ok {
		f.State = def
	}
	switch f.State {
	case "", "all":
		f.State = ""
	case rollout.LinkSuggested, rollout.LinkAccepted, rollout.LinkRejected:
	default:
		return f, invalid(l, "link.bad_state", f.State)
	}
	if raw := q.Get("batch"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n <= 0 {
			return f, invalid(l, "register.bad_batch", raw)
		}
		f.Batch = n
	}
	return f, nil
}

// linksShow serves GET /coordination/links.
func (s *Server) linksShow(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinating(r); err != nil {
		return err
	}
	f, err := linkFilter(r, rollout.LinkSuggested)
	if err != nil {
		return err
	}
	l := requestLang(r)
	p := &linksPage{layout: newLayout(r, tr(l, "links.title"), "coordination"), State: f.State, Batch: f.Batch}
	if p.Links, err = s.coord.Links(r.Context(), f); err != nil {
		return err
	}
	if p.Batches, err = s.catalog.Batches(r.Context()); err != nil {
		return err
	}
	if r.URL.Query().Get("done") == "1" {
		p.Done = tr(l, "links.done")
	}
	return s.views.links.render(w, http.StatusOK, p)
}

// linkDecide serves POST /coordination/links/{id}: decision=accept|reject.
func (s *Server) linkDecide(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinating(r); err != nil {
		return err
	}
	l := requestLang(r)
	id, err := positiveInt(l, r, "id", "value.link_id")
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	var accept bool
	switch d := r.PostForm.Get("decision"); d {
	case "accept":
		accept = true
	case "reject":
	default:
		return invalid(l, "link.bad_decision", d)
	}
	if _, err := s.coord.DecideLink(r.Context(), id, accept); err != nil {
		return err
	}
	http.Redirect(w, r, "/coordination/links?done=1&"+r.URL.RawQuery, http.StatusSeeOther)
	return nil
}

// linkAdd serves POST /coordination/links: a link by hand between item
// batch-seq and other batch-seq (item = "7-1", other = "6-3").
func (s *Server) linkAdd(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinating(r); err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	a, err := s.itemByRef(r, r.PostForm.Get("item"))
	if err != nil {
		return err
	}
	b, err := s.itemByRef(r, r.PostForm.Get("other"))
	if err != nil {
		return err
	}
	if _, err := s.coord.AddLink(r.Context(), a, b, r.PostForm.Get("note")); err != nil {
		return err
	}
	http.Redirect(w, r, "/coordination/links?state=accepted&done=1", http.StatusSeeOther)
	return nil
}

// itemByRef finds an item written "batch-seq" (7-1: the 7th batch's item 1).
func (s *Server) itemByRef(r *http.Request, ref string) (int64, error) {
	l := requestLang(r)
	bs, ss, ok := strings.Cut(strings.TrimSpace(ref), "-")
	b, err1 := strconv.Atoi(bs)
	q, err2 := strconv.Atoi(ss)
	if !ok || err1 != nil || err2 != nil {
		return 0, invalid(l, "link.bad_ref", ref)
	}
	batch, err := s.catalog.BatchByNumber(r.Context(), b)
	if err != nil {
		return 0, err
	}
	if it := batch.Item(q); it != nil {
		return it.ID, nil
	}
	return 0, invalid(l, "link.no_item", b, q)
}

// linkDecision is the body of POST /api/v1/links/{id}/decision.
type linkDecision struct {
	Accept bool `json:"accept"`
}

// apiLinks serves GET /api/v1/links?batch=N&state=: the coordinator's view.
func (s *Server) apiLinks(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinating(r); err != nil {
		return err
	}
	f, err := linkFilter(r, "")
	if err != nil {
		return err
	}
	ls, err := s.coord.Links(r.Context(), f)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Links []*rollout.Link `json:"links"`
		Count int             `json:"count"`
	}{orEmpty(ls), len(ls)})
}

// apiLinkDecide serves POST /api/v1/links/{id}/decision.
func (s *Server) apiLinkDecide(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinating(r); err != nil {
		return err
	}
	id, err := positiveInt(requestLang(r), r, "id", "value.link_id")
	if err != nil {
		return err
	}
	var in linkDecision
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	out, err := s.coord.DecideLink(r.Context(), id, in.Accept)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}

// domainPage is the data of domain.html: a domain's items across batches
// with their accepted links.
type domainPage struct {
	layout
	Domain string
	Groups []domainGroup
	Links  map[int64][]*rollout.Link
}

type domainGroup struct {
	Batch int
	Items []*rollout.Item
}

func (s *Server) loadDomain(r *http.Request) (string, []*rollout.Item, []*rollout.Link, error) {
	if err := s.coordinationOn(r); err != nil {
		return "", nil, nil, err
	}
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return "", nil, nil, err
	}
	name := r.PathValue("name")
	items, err := s.coord.DomainItems(r.Context(), name)
	if err != nil {
		return "", nil, nil, err
	}
	ls, err := s.coord.Links(r.Context(), rollout.LinkFilter{Domain: name, State: rollout.LinkAccepted})
	if err != nil {
		return "", nil, nil, err
	}
	return name, items, ls, nil
}

// domainShow serves GET /domains/{name}.
func (s *Server) domainShow(w http.ResponseWriter, r *http.Request) error {
	name, items, ls, err := s.loadDomain(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	p := &domainPage{layout: newLayout(r, tr(l, "domain.title", name), ""), Domain: name, Links: map[int64][]*rollout.Link{}}
	for _, it := range items {
		if n := len(p.Groups); n == 0 || p.Groups[n-1].Batch != it.Batch {
			p.Groups = append(p.Groups, domainGroup{Batch: it.Batch})
		}
		g := &p.Groups[len(p.Groups)-1]
		g.Items = append(g.Items, it)
	}
	for _, link := range ls {
		p.Links[link.ItemID] = append(p.Links[link.ItemID], link)
		rev := *link
		rev.ItemID, rev.OtherID, rev.Item, rev.Other = link.OtherID, link.ItemID, link.Other, link.Item
		p.Links[rev.ItemID] = append(p.Links[rev.ItemID], &rev)
	}
	return s.views.domain.render(w, http.StatusOK, p)
}

// apiDomain serves GET /api/v1/domains/{name}.
func (s *Server) apiDomain(w http.ResponseWriter, r *http.Request) error {
	name, items, ls, err := s.loadDomain(r)
	if err != nil {
		return err
	}
	out := struct {
		Domain string          `json:"domain"`
		Items  []apiItem       `json:"items"`
		Links  []*rollout.Link `json:"links"`
	}{Domain: name, Items: []apiItem{}, Links: orEmpty(ls)}
	for _, it := range items {
		out.Items = append(out.Items, newAPIItem(it))
	}
	return writeJSON(w, http.StatusOK, out)
}

// dayValue writes a date for an <input type="date">.
func dayValue(d rollout.Day) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(time.DateOnly)
}

// stepOf returns an approval's record of step st, or a zero record.
func stepOf(a *rollout.Approval, st rollout.ApprovalStep) rollout.StepRecord {
	for _, r := range a.Steps {
		if r.Step == st {
			return r
		}
	}
	return rollout.StepRecord{}
}

// taskCoordSummary is what the task page shows of coordination: the task's
// approvals and risks, and how many problems were raised on it.
type taskCoordSummary struct {
	Approvals []*rollout.Approval
	Risks     []*rollout.Risk
}

func (s *Server) taskCoordSummary(r *http.Request, t *rollout.Task) (*taskCoordSummary, error) {
	if s.coord == nil {
		return nil, nil
	}
	c := &taskCoordSummary{}
	var err error
	if c.Approvals, err = s.coord.Approvals(r.Context(), rollout.RegisterFilter{TaskID: t.ID}); err != nil {
		return nil, err
	}
	if c.Risks, err = s.coord.Risks(r.Context(), rollout.RegisterFilter{TaskID: t.ID}); err != nil {
		return nil, err
	}
	return c, nil
}
