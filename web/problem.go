package web

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout"
	"rollout/msg"
)

// Problems (重点难点问题): raised on a task, routed up the chain, answered,
// resolved, returned or escalated by the level where they stand. Who sees a
// problem is rollout.Authorize's answer with the problem's route
// (Target.Route): the units it has reached, exactly, not their subtrees.

// coordinationOn answers 404 on a site configured without the coordination
// services.
func (s *Server) coordinationOn(r *http.Request) error {
	if s.problems == nil || s.coord == nil {
		return notFound(requestLang(r), r.URL.Path)
	}
	return nil
}

// problemTarget is the target of reading a problem: the paths of its route.
func problemTarget(p *rollout.Problem) rollout.Target { return rollout.Target{Route: p.RoutePaths()} }

// problemStepTarget is the action and target a step needs: handling at the
// problem's level, raising (the raising unit, for a resubmission),
// coordinating (marking major) or reading (a comment by anyone on the route).
func problemStepTarget(p *rollout.Problem, k rollout.ProblemEventKind) (rollout.Action, rollout.Target) {
	switch k {
	case rollout.ProblemResubmit:
		return rollout.ActRaiseProblem, rollout.Target{UnitPath: p.UnitPath}
	case rollout.ProblemMajor:
		return rollout.ActCoordinate, rollout.Target{}
	case rollout.ProblemComment:
		return rollout.ActReadProblem, problemTarget(p)
	}
	return rollout.ActHandleProblem, rollout.Target{Route: p.LevelPaths()}
}

// loadProblem reads {id}, a problem the user may read.
func (s *Server) loadProblem(r *http.Request) (*rollout.Problem, error) {
	if err := s.coordinationOn(r); err != nil {
		return nil, err
	}
	if err := s.signedIn(r, rollout.ActReadProblem); err != nil {
		return nil, err
	}
	id, err := positiveInt(requestLang(r), r, "id", "value.problem_id")
	if err != nil {
		return nil, err
	}
	p, err := s.problems.Problem(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if err := s.authorize(r, rollout.ActReadProblem, problemTarget(p)); err != nil {
		return nil, err
	}
	return p, nil
}

// problemLamp is a problem's light as a page shows it.
func (s *Server) problemLamp(l lang, p *rollout.Problem) lamp {
	switch lt := p.Light(s.now(), s.warningDays); lt {
	case rollout.LightGreen:
		return lamp{Light: lt, Text: tr(l, "light.green"), Title: tr(l, "problem.due_title", formatDate(l, p.DueOn))}
	case rollout.LightYellow:
		return lamp{Light: lt, Text: tr(l, "light.yellow"), Title: tr(l, "problem.due_title", formatDate(l, p.DueOn))}
	case rollout.LightRed:
		return lamp{Light: lt, Text: tr(l, "light.red"), Title: tr(l, "problem.overdue_title", formatDate(l, p.DueOn))}
	}
	return lamp{Text: problemStateLabel(l, p.State), Title: problemStateLabel(l, p.State)}
}

func problemStateLabel(l lang, st rollout.ProblemState) string { return codeLabel(l, "pstate.", st) }
func problemLevelLabel(l lang, lv rollout.ProblemLevel) string { return codeLabel(l, "plevel.", lv) }
func problemEventLabel(l lang, k rollout.ProblemEventKind) string {
	return codeLabel(l, "pevent.", k)
}

// problemRow is a problem in a list.
type problemRow struct {
	*rollout.Problem
	Lamp lamp
	Days int // days at its level
}

func (s *Server) problemRows(l lang, ps []*rollout.Problem) []problemRow {
	out := make([]problemRow, len(ps))
	for i, p := range ps {
		out[i] = problemRow{Problem: p, Lamp: s.problemLamp(l, p), Days: int(p.Age(s.now()) / (24 * time.Hour))}
	}
	return out
}

// problemList is what the list page and the list API answer for a request:
// ?unit= (the problems on that unit's route; ?owed=1 those standing at it),
// ?major=1 (the State Council's view: major problems with their whole route),
// or neither (every problem: the coordinator); ?state=, ?level= and ?batch=
// filter.
type problemList struct {
	Unit     *rollout.Unit
	Batch    int // ?batch=N: the problems of that batch's items only (where the leader's page leads)
	Major    bool
	Owed     bool
	State    rollout.ProblemState
	Level    rollout.ProblemLevel
	Problems []*rollout.Problem
}

func (s *Server) listProblems(r *http.Request) (*problemList, error) {
	if err := s.coordinationOn(r); err != nil {
		return nil, err
	}
	if err := s.signedIn(r, rollout.ActReadProblem); err != nil {
		return nil, err
	}
	l := requestLang(r)
	ctx := r.Context()
	q := r.URL.Query()
	out := &problemList{Major: q.Get("major") == "1", Owed: q.Get("owed") == "1",
		State: rollout.ProblemState(q.Get("state")), Level: rollout.ProblemLevel(q.Get("level"))}
	if raw := q.Get("batch"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n <= 0 {
			return nil, rollout.E(rollout.EINVALID, "error.bad_path_value", msg.Key("value.batch_number"), raw)
		}
		out.Batch = n
	}
	f := rollout.ProblemFilter{State: out.State, Level: out.Level, Major: out.Major}
	switch raw := q.Get("unit"); {
	case raw != "":
		id, err := strconv.ParseInt(raw, 10, 64)
		if err != nil || id <= 0 {
			return nil, invalid(l, "problem.bad_unit", raw)
		}
		u, err := s.units.Unit(ctx, id)
		if err != nil {
			return nil, err
		}
		if err := s.authorize(r, rollout.ActReadProblem, rollout.Target{Route: []string{u.Path}}); err != nil {
			return nil, err
		}
		out.Unit = u
		if out.Owed {
			f.AtUnit = id
		} else {
			f.RouteUnit = id
		}
	case out.Major:
		root, err := s.rootUnit(r)
		if err != nil {
			return nil, err
		}
		if err := s.authorize(r, rollout.ActReadProblem, rollout.Target{Route: []string{root.Path}}); err != nil {
			return nil, err
		}
	default:
		if err := s.authorize(r, rollout.ActCoordinate, rollout.Target{}); err != nil {
			return nil, err
		}
	}
	if out.State != "" && !out.State.Valid() {
		return nil, invalid(l, "problem.bad_state", out.State)
	}
	if out.Level != "" && !out.Level.Valid() {
		return nil, invalid(l, "problem.bad_level", out.Level)
	}
	ps, err := s.problems.Problems(ctx, f)
	if err != nil {
		return nil, err
	}
	if out.Batch != 0 {
		ps = slices.DeleteFunc(ps, func(p *rollout.Problem) bool { return p.Batch != out.Batch })
	}
	if out.Major {
		// The State Council's view shows each problem's whole route.
		for i, p := range ps {
			if ps[i], err = s.problems.Problem(ctx, p.ID); err != nil {
				return nil, err
			}
		}
	}
	out.Problems = ps
	return out, nil
}

// rootUnit is the root of the unit tree (the State Council).
func (s *Server) rootUnit(r *http.Request) (*rollout.Unit, error) {
	us, err := s.units.Units(r.Context())
	if err != nil {
		return nil, err
	}
	for _, u := range us {
		if u.ParentID == 0 && !u.Retired() {
			return u, nil
		}
	}
	return nil, notFound(requestLang(r), r.URL.Path)
}

// problemsPage is the data of problems.html.
type problemsPage struct {
	layout
	*problemList
	Rows   []problemRow
	States []rollout.ProblemState
	Levels []rollout.ProblemLevel
	Query  string // the list's query, for its JSON link
}

// problemsList serves GET /problems.
func (s *Server) problemsList(w http.ResponseWriter, r *http.Request) error {
	pl, err := s.listProblems(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	title := tr(l, "problems.title")
	switch {
	case pl.Major:
		title = tr(l, "problems.major_title")
	case pl.Unit != nil:
		title = tr(l, "problems.unit_title", pl.Unit.Name)
	}
	p := &problemsPage{layout: newLayout(r, title, "problems"), problemList: pl, Rows: s.problemRows(l, pl.Problems),
		States: rollout.ProblemStates, Levels: rollout.ProblemLevels, Query: r.URL.RawQuery}
	return s.views.problems.render(w, http.StatusOK, p)
}

// apiProblem is a problem in the API, with its light.
type apiProblem struct {
	*rollout.Problem
	Light       rollout.Light `json:"light"`
	DaysAtLevel int           `json:"days_at_level"`
}

func (s *Server) newAPIProblem(p *rollout.Problem) apiProblem {
	return apiProblem{Problem: p, Light: p.Light(s.now(), s.warningDays), DaysAtLevel: int(p.Age(s.now()) / (24 * time.Hour))}
}

// apiProblems serves GET /api/v1/problems.
func (s *Server) apiProblems(w http.ResponseWriter, r *http.Request) error {
	pl, err := s.listProblems(r)
	if err != nil {
		return err
	}
	out := struct {
		Problems []apiProblem `json:"problems"`
		Count    int          `json:"count"`
	}{Problems: []apiProblem{}, Count: len(pl.Problems)}
	for _, p := range pl.Problems {
		out.Problems = append(out.Problems, s.newAPIProblem(p))
	}
	return writeJSON(w, http.StatusOK, out)
}

// problemPage is the data of problem.html.
type problemPage struct {
	layout
	P     *rollout.Problem
	Lamp  lamp
	Steps []rollout.ProblemEventKind // the steps the user may take now
	// Version is the problem's UpdatedAt as read, sent back with a step.
	Version string
	Done    string
	Error   string
	Note    string
	// People names the logins of the thread and of who raised it (people.go).
	People map[string]string
}

// problemSteps are the steps offered, in this order, to whoever may take them.
var problemSteps = []rollout.ProblemEventKind{rollout.ProblemAnswer, rollout.ProblemResolve, rollout.ProblemReturn,
	rollout.ProblemEscalate, rollout.ProblemMajor, rollout.ProblemResubmit, rollout.ProblemComment}

func (s *Server) problemPageData(r *http.Request, p *rollout.Problem) (*problemPage, error) {
	l := requestLang(r)
	pg := &problemPage{layout: newLayout(r, p.Title, "problems"), P: p, Lamp: s.problemLamp(l, p),
		Version: p.UpdatedAt.Format(time.RFC3339Nano)}
	logins := []string{p.RaisedBy}
	for _, e := range p.Thread {
		logins = append(logins, e.Actor)
	}
	var err error
	if pg.People, err = s.people(r.Context(), l, logins...); err != nil {
		return nil, err
	}
	for _, k := range problemSteps {
		if _, _, err := rollout.NextProblem(p.State, p.Level, k, "x"); err != nil {
			continue
		}
		if a, t := problemStepTarget(p, k); allowed(r, a, t) {
			pg.Steps = append(pg.Steps, k)
		}
	}
	if k := rollout.ProblemEventKind(r.URL.Query().Get("done")); k != "" {
		pg.Done = tr(l, "problem.done", problemEventLabel(l, k))
	}
	return pg, nil
}

// problemShow serves GET /problems/{id}.
func (s *Server) problemShow(w http.ResponseWriter, r *http.Request) error {
	p, err := s.loadProblem(r)
	if err != nil {
		return err
	}
	pg, err := s.problemPageData(r, p)
	if err != nil {
		return err
	}
	return s.views.problem.render(w, http.StatusOK, pg)
}

// apiProblemShow serves GET /api/v1/problems/{id}.
func (s *Server) apiProblemShow(w http.ResponseWriter, r *http.Request) error {
	p, err := s.loadProblem(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.newAPIProblem(p))
}

// stepProblem authorises and takes a step.
func (s *Server) stepProblem(r *http.Request, p *rollout.Problem, k rollout.ProblemEventKind, note string, version time.Time, files []rollout.NewFile) (*rollout.Problem, error) {
	a, t := problemStepTarget(p, k)
	if err := s.authorize(r, a, t); err != nil {
		return nil, err
	}
	return s.problems.StepProblem(r.Context(), p.ID, k, note, version, files)
}

// problemStep serves POST /problems/{id}/steps: kind, note, version and an
// optional file (multipart). A step taken leads back to the problem's page;
// one refused for its input shows the page again with the message.
func (s *Server) problemStep(w http.ResponseWriter, r *http.Request) error {
	p, err := s.loadProblem(r)
	if err != nil {
		return err
	}
	form, files, err := readFilesForm(w, r)
	if err != nil {
		return err
	}
	k := rollout.ProblemEventKind(form.Get("kind"))
	version, _ := time.Parse(time.RFC3339Nano, form.Get("version")) // none or a bad one: the domain's conflict
	if _, err = s.stepProblem(r, p, k, form.Get("note"), version, files); err == nil {
		http.Redirect(w, r, fmt.Sprintf("/problems/%d?done=%s", p.ID, k), http.StatusSeeOther)
		return nil
	}
	if code := rollout.ErrorCode(err); code != rollout.EINVALID && code != rollout.ECONFLICT {
		return err
	}
	// The page again, as the problem stands now, with what was typed: after a
	// conflict the stored problem and the note that was not saved side by side.
	var conflict *rollout.Conflict[*rollout.Problem]
	var now *rollout.Problem
	if errors.As(err, &conflict) {
		now = conflict.Current
	} else {
		var rerr error
		if now, rerr = s.problems.Problem(r.Context(), p.ID); rerr != nil {
			return rerr
		}
	}
	pg, perr := s.problemPageData(r, now)
	if perr != nil {
		return perr
	}
	pg.Error, pg.Note = errorMessage(requestLang(r), err), form.Get("note")
	return s.views.problem.render(w, errorStatus(err), pg)
}

// staleBody is the 409 answer of a write made from an old read: the error and
// the record as stored now.
type staleBody struct {
	Error   apiErrorDetail `json:"error"`
	Current any            `json:"current"`
}

// staleJSON writes the 409 of conflict err with current, the record as stored.
func staleJSON(w http.ResponseWriter, r *http.Request, err error, current any) error {
	return writeJSON(w, http.StatusConflict, staleBody{
		Error:   apiErrorDetail{Code: rollout.ECONFLICT, Message: errorMessage(requestLang(r), err)},
		Current: current,
	})
}

// problemStepRequest is the body of POST /api/v1/problems/{id}/steps.
type problemStepRequest struct {
	Kind    rollout.ProblemEventKind `json:"kind"`
	Note    string                   `json:"note"`
	Version time.Time                `json:"version"`
}

// apiProblemStep serves POST /api/v1/problems/{id}/steps.
func (s *Server) apiProblemStep(w http.ResponseWriter, r *http.Request) error {
	p, err := s.loadProblem(r)
	if err != nil {
		return err
	}
	var in problemStepRequest
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	out, err := s.stepProblem(r, p, in.Kind, in.Note, in.Version, nil)
	var conflict *rollout.Conflict[*rollout.Problem]
	if errors.As(err, &conflict) {
		return staleJSON(w, r, err, s.newAPIProblem(conflict.Current))
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.newAPIProblem(out))
}

// readFilesForm reads a form, multipart (with files under "file") or
// URL-encoded, within the attachment bound.
func readFilesForm(w http.ResponseWriter, r *http.Request) (url.Values, []rollout.NewFile, error) {
	if err := parseAttachmentForm(w, r); err != nil {
		return nil, nil, err
	}
	var files []rollout.NewFile
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
		for _, fh := range r.MultipartForm.File["file"] {
			if fh.Filename == "" {
				continue
			}
			f, err := fh.Open()
			if err != nil {
				return nil, nil, fmt.Errorf("open uploaded file: %w", err)
			}
			body, err := io.ReadAll(io.LimitReader(f, rollout.MaxAttachmentSize+1))
			f.Close()
			if err != nil {
				return nil, nil, fmt.Errorf("read uploaded file: %w", err)
			}
			files = append(files, rollout.NewFile{Name: path.Base(strings.ReplaceAll(fh.Filename, `\`, "/")), Body: body})
		}
	}
	return r.PostForm, files, nil
}

// formValue reads one value of a form, trimmed.
func formValue(f url.Values, key string) string { return strings.TrimSpace(f.Get(key)) }

// problemFile serves GET /problem-files/{id}?problem=N: a file of a problem
// the user may read.
func (s *Server) problemFile(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	if err := s.signedIn(r, rollout.ActReadProblem); err != nil {
		return err
	}
	l := requestLang(r)
	id, err := positiveInt(l, r, "id", "value.file_id")
	if err != nil {
		return err
	}
	pid, err := strconv.ParseInt(r.URL.Query().Get("problem"), 10, 64)
	if err != nil || pid <= 0 {
		return notFound(l, r.URL.Path)
	}
	p, err := s.problems.Problem(r.Context(), pid)
	if err != nil {
		return err
	}
	if err := s.authorize(r, rollout.ActReadProblem, problemTarget(p)); err != nil {
		return err
	}
	found := false
	for _, f := range p.Files {
		found = found || f.ID == id
	}
	if !found {
		return notFound(l, r.URL.Path)
	}
	f, body, err := s.problems.ProblemFile(r.Context(), id)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", cmp.Or(f.Type, "application/octet-stream"))
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": f.Name}))
	h.Set("Cache-Control", "private, no-store")
	w.Write(body)
	return nil
}

// raiseProblem serves POST /tasks/{id}/problems: title, body and files, from
// the task's coordination page.
func (s *Server) raiseProblem(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	t, err := s.loadTask(r, rollout.ActRaiseProblem)
	if err != nil {
		return err
	}
	form, files, err := readFilesForm(w, r)
	if err != nil {
		return err
	}
	p, err := s.problems.RaiseProblem(r.Context(), rollout.NewProblem{TaskID: t.ID, Title: formValue(form, "title"),
		Body: formValue(form, "body")}, files)
	if err == nil {
		http.Redirect(w, r, fmt.Sprintf("/problems/%d?done=raise", p.ID), http.StatusSeeOther)
		return nil
	}
	if rollout.ErrorCode(err) != rollout.EINVALID {
		return err
	}
	pg, perr := s.taskCoordData(r, t)
	if perr != nil {
		return perr
	}
	pg.Error, pg.ProblemTitle, pg.ProblemBody = errorMessage(requestLang(r), err), formValue(form, "title"), formValue(form, "body")
	return s.views.taskCoord.render(w, http.StatusBadRequest, pg)
}

// raiseRequest is the body of POST /api/v1/problems: a task, or an item and
// the raising unit (whose task for the item it is raised on).
type raiseRequest struct {
	TaskID int64  `json:"task_id"`
	ItemID int64  `json:"item_id"`
	UnitID int64  `json:"unit_id"`
	Title  string `json:"title"`
	Body   string `json:"body"`
}

// apiRaiseProblem serves POST /api/v1/problems (no files: attach them on the page).
func (s *Server) apiRaiseProblem(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	if err := s.signedIn(r, rollout.ActRaiseProblem); err != nil {
		return err
	}
	var in raiseRequest
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.TaskID <= 0 && in.ItemID > 0 && in.UnitID > 0 {
		u, err := s.units.Unit(r.Context(), in.UnitID)
		if err != nil {
			return err
		}
		if err := s.authorize(r, rollout.ActRaiseProblem, rollout.Target{UnitPath: u.Path}); err != nil {
			return err
		}
		p, err := s.problems.RaiseProblem(r.Context(), rollout.NewProblem{ItemID: in.ItemID, UnitID: u.ID, Title: in.Title, Body: in.Body}, nil)
		if err != nil {
			return err
		}
		return writeJSON(w, http.StatusCreated, s.newAPIProblem(p))
	}
	if in.TaskID <= 0 {
		return invalid(requestLang(r), "problem.task_missing")
	}
	t, err := s.tasks.Task(r.Context(), in.TaskID)
	if err != nil {
		return err
	}
	if err := s.taskPaths(r.Context(), t); err != nil {
		return err
	}
	if err := s.authorize(r, rollout.ActRaiseProblem, reportTarget(t)); err != nil {
		return err
	}
	p, err := s.problems.RaiseProblem(r.Context(), rollout.NewProblem{TaskID: t.ID, Title: in.Title, Body: in.Body}, nil)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, s.newAPIProblem(p))
}

// apiProblemCounts serves GET /api/v1/problems/counts: problems not resolved,
// by state (the coordinator; for metrics).
func (s *Server) apiProblemCounts(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	if err := s.authorize(r, rollout.ActCoordinate, rollout.Target{}); err != nil {
		return err
	}
	c, err := s.problems.OpenProblemCounts(r.Context())
	if err != nil {
		return err
	}
	out := struct {
		Open  map[rollout.ProblemState]int `json:"open"`
		Total int                          `json:"total"`
	}{Open: map[rollout.ProblemState]int{}}
	for _, st := range rollout.ProblemStates {
		if st != rollout.ProblemResolved {
			out.Open[st] = c[st]
			out.Total += c[st]
		}
	}
	return writeJSON(w, http.StatusOK, out)
}

// responseDays is the body of the response-time settings.
type responseDays struct {
	Days map[rollout.ProblemLevel]int `json:"days"`
}

// apiResponseDays serves GET /api/v1/coordination/response-days.
func (s *Server) apiResponseDays(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	if err := s.authorize(r, rollout.ActCoordinate, rollout.Target{}); err != nil {
		return err
	}
	d, err := s.problems.ResponseDays(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, responseDays{Days: d})
}

// apiSetResponseDays serves PUT /api/v1/coordination/response-days.
func (s *Server) apiSetResponseDays(w http.ResponseWriter, r *http.Request) error {
	if err := s.coordinationOn(r); err != nil {
		return err
	}
	if err := s.authorize(r, rollout.ActCoordinate, rollout.Target{}); err != nil {
		return err
	}
	var in responseDays
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	if len(in.Days) == 0 {
		return invalid(requestLang(r), "problem.days_missing")
	}
	if err := s.problems.SetResponseDays(r.Context(), in.Days); err != nil {
		return err
	}
	return s.apiResponseDays(w, r)
}
