package web

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"rollout"
)

// 督办 and requests for a later deadline (延期申请), on the task's page and in
// the API. Who may do what:
//
//   - urging a unit on its task, and granting or refusing its request for a
//     later deadline: ActReview on the unit that gave the task (the level
//     above: reviewTarget), as for the loop's review steps;
//   - asking for a later deadline: ActReport on the task's unit.
//
// Without a SupervisionService (Config.Supervision) these routes answer 404
// and the task page offers none of it.

// urgeActions are the supervision steps with the right each needs.
var urgeActions = map[rollout.TaskEventKind]rollout.Action{
	rollout.EventUrge:         rollout.ActReview,
	rollout.EventExtendAsk:    rollout.ActReport,
	rollout.EventExtendGrant:  rollout.ActReview,
	rollout.EventExtendRefuse: rollout.ActReview,
}

// superviseTask reads task {id} for supervision step kind: 404 without the
// service; anonymous visitors refused first; then the right kind needs.
func (s *Server) superviseTask(r *http.Request, kind rollout.TaskEventKind) (*rollout.Task, error) {
	if s.supervision == nil {
		return nil, notFound(requestLang(r), r.URL.Path)
	}
	t, err := s.loadTask(r, rollout.ActReadTasks)
	if err != nil {
		return nil, err
	}
	target := reviewTarget(t)
	if urgeActions[kind] == rollout.ActReport {
		target = reportTarget(t)
	}
	if err := s.authorize(r, urgeActions[kind], target); err != nil {
		return nil, err
	}
	return t, nil
}

// taskExtension reads request {eid} of task t; ENOTFOUND when it is another
// task's.
func (s *Server) taskExtension(r *http.Request, t *rollout.Task) (*rollout.Extension, error) {
	id, err := positiveInt(requestLang(r), r, "eid", "value.extension_id")
	if err != nil {
		return nil, err
	}
	x, err := s.supervision.Extension(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if x.TaskID != t.ID {
		return nil, rollout.E(rollout.ENOTFOUND, "err.supervise.extension_of_task", id, t.ID)
	}
	return x, nil
}

// supervisePage shows task t's page again after a refused supervision step,
// with the message and what was typed; other errors go to the error page.
func (s *Server) supervisePage(w http.ResponseWriter, r *http.Request, t *rollout.Task, in stepInput, err error) error {
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
	p.Error, p.Form, p.ErrorField = errorMessage(p.Lang, err), in, superviseField(in.Kind, err)
	return s.views.task.render(w, errorStatus(err), p)
}

// superviseField is the input of the task page a refusal of supervision step
// kind is about: the day typed, or the note.
func superviseField(kind rollout.TaskEventKind, err error) string {
	var e *rollout.Error
	day := errors.As(err, &e) && (e.Key == "err.supervise.extension_date" || e.Key == "err.supervise.extension_not_later" ||
		e.Key == "err.supervise.extension_past" || e.Key == "err.task.too_long")
	switch {
	case kind == rollout.EventExtendAsk && day:
		return "ask-deadline"
	case kind == rollout.EventExtendGrant && day:
		return "grant-deadline"
	case kind == rollout.EventExtendGrant || kind == rollout.EventExtendRefuse:
		return "note-extend_refuse"
	}
	return "note-" + string(kind)
}

// taskUrge serves POST /tasks/{id}/urge: note. Urged, it leads back to the
// task's page (303).
func (s *Server) taskUrge(w http.ResponseWriter, r *http.Request) error {
	t, err := s.superviseTask(r, rollout.EventUrge)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	in := stepInput{Kind: rollout.EventUrge, Note: r.PostForm.Get("note")}
	if _, err := s.supervision.Urge(r.Context(), t.ID, in.Note); err != nil {
		return s.supervisePage(w, r, t, in, err)
	}
	http.Redirect(w, r, fmt.Sprintf("/tasks/%d?done=%s", t.ID, rollout.EventUrge), http.StatusSeeOther)
	return nil
}

// taskAskExtension serves POST /tasks/{id}/extensions: deadline and reason.
func (s *Server) taskAskExtension(w http.ResponseWriter, r *http.Request) error {
	t, err := s.superviseTask(r, rollout.EventExtendAsk)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	in := stepInput{Kind: rollout.EventExtendAsk, Note: r.PostForm.Get("reason"), Deadline: r.PostForm.Get("deadline")}
	if _, err := s.supervision.AskExtension(r.Context(), t.ID, in.Deadline, in.Note); err != nil {
		return s.supervisePage(w, r, t, in, err)
	}
	http.Redirect(w, r, fmt.Sprintf("/tasks/%d?done=%s", t.ID, rollout.EventExtendAsk), http.StatusSeeOther)
	return nil
}

// taskDecideExtension serves POST /tasks/{id}/extensions/{eid}: decision
// (grant or refuse), deadline (for a grant on another day) and note.
func (s *Server) taskDecideExtension(w http.ResponseWriter, r *http.Request) error {
	t, err := s.superviseTask(r, rollout.EventExtendGrant)
	if err != nil {
		return err
	}
	x, err := s.taskExtension(r, t)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	grant := r.PostForm.Get("decision") == "grant"
	in := stepInput{Kind: rollout.EventExtendRefuse, Note: r.PostForm.Get("note"), Deadline: r.PostForm.Get("deadline")}
	if grant {
		in.Kind = rollout.EventExtendGrant
	}
	if _, err := s.supervision.DecideExtension(r.Context(), x.ID, grant, in.Deadline, in.Note); err != nil {
		return s.supervisePage(w, r, t, in, err)
	}
	http.Redirect(w, r, fmt.Sprintf("/tasks/%d?done=%s", t.ID, in.Kind), http.StatusSeeOther)
	return nil
}

// supervision is what the task page shows of 督办 and requests for a later
// deadline: the requests, newest first, and the one awaiting decision.
type supervision struct {
	Extensions []rollout.Extension
	Pending    *rollout.Extension
}

// taskSupervision reads t's requests and says which supervision steps the
// user may take now; zero without the service.
func (s *Server) taskSupervision(r *http.Request, t *rollout.Task, can *taskActions) (supervision, error) {
	var out supervision
	if s.supervision == nil {
		return out, nil
	}
	xs, err := s.supervision.Extensions(r.Context(), t.ID)
	if err != nil {
		return out, err
	}
	out.Extensions = xs
	for i := range xs {
		if xs[i].State == rollout.ExtensionPending {
			out.Pending = &xs[i]
		}
	}
	review := allowed(r, rollout.ActReview, reviewTarget(t))
	report := allowed(r, rollout.ActReport, reportTarget(t))
	can.Urge = review && rollout.Urgeable(rollout.UrgeSnapshot{Task: t, Now: s.now(), WarningDays: s.warningDays}) == nil
	can.AskExtension = report && rollout.ExtensionAskable(t, out.Pending) == nil
	can.DecideExtension = review && out.Pending != nil
	return out, nil
}

// apiUrgeRequest is the body of POST /api/v1/tasks/{id}/urges.
type apiUrgeRequest struct {
	Note string `json:"note"`
}

// apiTaskUrge serves POST /api/v1/tasks/{id}/urges: it urges the unit and
// answers 200 with the task as it stands after it.
func (s *Server) apiTaskUrge(w http.ResponseWriter, r *http.Request) error {
	t, err := s.superviseTask(r, rollout.EventUrge)
	if err != nil {
		return err
	}
	var req apiUrgeRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	after, err := s.supervision.Urge(r.Context(), t.ID, req.Note)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.newAPITask(after))
}

// apiExtension is a request for a later deadline.
type apiExtension struct {
	ID        int64        `json:"id"`
	TaskID    int64        `json:"task_id"`
	From      apiDeadline  `json:"from"`
	Asked     apiDeadline  `json:"asked"`
	Reason    string       `json:"reason"`
	State     string       `json:"state"`
	Granted   *apiDeadline `json:"granted,omitempty"`
	Answer    string       `json:"answer"`
	AskedBy   string       `json:"asked_by"`
	AskedAt   time.Time    `json:"asked_at"`
	DecidedBy string       `json:"decided_by,omitempty"`
	DecidedAt *time.Time   `json:"decided_at,omitempty"`
}

// newAPIDeadline is a deadline as the API shows it: its text and, when it
// names a day, that day.
func newAPIDeadline(d rollout.Deadline) apiDeadline {
	out := apiDeadline{Text: d.Text}
	if d.HasDate() {
		out.Date = d.Date.Format(time.DateOnly)
	}
	return out
}

func newAPIExtension(x *rollout.Extension) apiExtension {
	out := apiExtension{ID: x.ID, TaskID: x.TaskID, From: newAPIDeadline(x.From), Asked: newAPIDeadline(x.Asked),
		Reason: x.Reason, State: string(x.State), Answer: x.Answer, AskedBy: x.AskedBy, AskedAt: x.AskedAt,
		DecidedBy: x.DecidedBy, DecidedAt: x.DecidedAt}
	if x.State == rollout.ExtensionGranted {
		g := newAPIDeadline(x.Granted)
		out.Granted = &g
	}
	return out
}

// apiExtensions is a task's requests, newest first.
type apiExtensions struct {
	TaskID     int64          `json:"task_id"`
	Extensions []apiExtension `json:"extensions"`
	Count      int            `json:"count"`
}

// apiTaskExtensions serves GET /api/v1/tasks/{id}/extensions.
func (s *Server) apiTaskExtensions(w http.ResponseWriter, r *http.Request) error {
	if s.supervision == nil {
		return notFound(requestLang(r), r.URL.Path)
	}
	t, err := s.loadTask(r, rollout.ActReadTasks)
	if err != nil {
		return err
	}
	xs, err := s.supervision.Extensions(r.Context(), t.ID)
	if err != nil {
		return err
	}
	out := apiExtensions{TaskID: t.ID, Extensions: []apiExtension{}}
	for i := range xs {
		out.Extensions = append(out.Extensions, newAPIExtension(&xs[i]))
	}
	out.Count = len(out.Extensions)
	return writeJSON(w, http.StatusOK, out)
}

// apiExtensionRequest is the body of POST /api/v1/tasks/{id}/extensions.
type apiExtensionRequest struct {
	Deadline string `json:"deadline"`
	Reason   string `json:"reason"`
}

// apiTaskAskExtension serves POST /api/v1/tasks/{id}/extensions: 201 with
// the request.
func (s *Server) apiTaskAskExtension(w http.ResponseWriter, r *http.Request) error {
	t, err := s.superviseTask(r, rollout.EventExtendAsk)
	if err != nil {
		return err
	}
	var req apiExtensionRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	x, err := s.supervision.AskExtension(r.Context(), t.ID, req.Deadline, req.Reason)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, newAPIExtension(x))
}

// apiDecisionRequest is the body of POST
// /api/v1/tasks/{id}/extensions/{eid}/decision.
type apiDecisionRequest struct {
	Grant    bool   `json:"grant"`
	Deadline string `json:"deadline"`
	Note     string `json:"note"`
}

// apiTaskDecideExtension serves POST
// /api/v1/tasks/{id}/extensions/{eid}/decision: 200 with the request decided.
func (s *Server) apiTaskDecideExtension(w http.ResponseWriter, r *http.Request) error {
	t, err := s.superviseTask(r, rollout.EventExtendGrant)
	if err != nil {
		return err
	}
	x, err := s.taskExtension(r, t)
	if err != nil {
		return err
	}
	var req apiDecisionRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	out, err := s.supervision.DecideExtension(r.Context(), x.ID, req.Grant, req.Deadline, req.Note)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newAPIExtension(out))
}
