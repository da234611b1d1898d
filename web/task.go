package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

// fieldBounds are the domain's bounds of what a person writes into a step or a
// division, for the forms' maxlength.
type fieldBounds struct{ Note, Deadline, Deliverable, Contact, Notes int }

var maxField = fieldBounds{Note: rollout.MaxStepNoteRunes, Deadline: rollout.MaxDeadlineRunes,
	Deliverable: rollout.MaxDeliverableRunes, Contact: rollout.MaxContactRunes, Notes: rollout.MaxNotesRunes}

// dividePage is the data of the division form: the task, the units directly
// below its unit each with a choice (none, lead, co), the shared fields, and
// the tasks already divided from it.
type dividePage struct {
	layout
	Task     *rollout.Task
	Groups   []divideGroup   // the units below, by kind
	Existing []*rollout.Task // tasks already divided from this one
	Form     divideInput
	Max      fieldBounds
	Error    string // why the last post was refused; "" on first view
	// ErrorField is the id of the input the error is about ("deadline", "units"…),
	// so the message can lead to it; "" when it is about no one input.
	ErrorField string
}

// divideGroup is the units of one kind below the task's unit.
type divideGroup struct {
	Kind rollout.UnitKind
	Rows []divideRow
}

// divideRow is one unit's line of the form.
type divideRow struct {
	Unit   *rollout.Unit
	Choice rollout.TaskRole // "" for none
	// Divided: the unit has a task under this one already. Its line can change
	// the role, not remove the task (the service has no removal).
	Divided bool
}

// divideInput is what the form holds: a choice per unit and the fields shared
// by every division.
type divideInput struct {
	Choices     map[int64]rollout.TaskRole
	Deadline    string
	Deliverable string
	Contact     string
	Notes       string
}

// divideContext is what both the form and its post need: the task, the units
// below its unit and the tasks already divided from it.
type divideContext struct {
	task     *rollout.Task
	children []*rollout.Unit
	existing []*rollout.Task
}

// loadDivide reads task {id} for dividing it. Anonymous visitors are refused
// before the task is looked up; others unless they may divide the tasks of
// the task's unit, before anything else of it is read.
func (s *Server) loadDivide(r *http.Request) (*divideContext, error) {
	if err := s.signedIn(r, rollout.ActDivide); err != nil {
		return nil, err
	}
	id, err := taskID(r)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	t, err := s.tasks.Task(ctx, id)
	if err != nil {
		return nil, err
	}
	target, err := s.unitTarget(ctx, t.UnitID)
	if err != nil {
		return nil, err
	}
	if err := s.authorize(r, rollout.ActDivide, target); err != nil {
		return nil, err
	}
	children, err := s.units.UnitChildren(ctx, t.UnitID)
	if err != nil {
		return nil, err
	}
	existing, err := s.dividedFrom(ctx, t)
	if err != nil {
		return nil, err
	}
	return &divideContext{task: t, children: children, existing: existing}, nil
}

// dividedFrom lists the tasks divided directly from t.
func (s *Server) dividedFrom(ctx context.Context, t *rollout.Task) ([]*rollout.Task, error) {
	all, err := s.tasks.Tasks(ctx, rollout.TaskFilter{ItemID: t.ItemID})
	if err != nil {
		return nil, err
	}
	var out []*rollout.Task
	for _, c := range all {
		if c.ParentID == t.ID {
			out = append(out, c)
		}
	}
	return out, nil
}

// prefill is the form as the stored divisions have it: their roles, and the
// shared fields of the lead unit's task (else the first one's). With nothing
// divided yet, the deadline proposed is the task's own.
func (dc *divideContext) prefill() divideInput {
	in := divideInput{Choices: map[int64]rollout.TaskRole{}, Deadline: dc.task.Deadline.Text}
	var from *rollout.Task
	for _, t := range dc.existing {
		in.Choices[t.UnitID] = t.Role
		if from == nil || (t.Role == rollout.RoleLead && from.Role != rollout.RoleLead) {
			from = t
		}
	}
	if from != nil {
		in.Deadline, in.Deliverable, in.Contact, in.Notes = from.Deadline.Text, from.Deliverable, from.Contact, from.Notes
	}
	return in
}

// page arranges the form for rendering.
func (dc *divideContext) page(r *http.Request, in divideInput) *dividePage {
	l := requestLang(r)
	p := &dividePage{
		layout:   newLayout(r, tr(l, "divide.title", dc.task.ItemName), ""),
		Task:     dc.task,
		Existing: dc.existing,
		Form:     in,
		Max:      maxField,
	}
	divided := map[int64]rollout.TaskRole{}
	for _, t := range dc.existing {
		divided[t.UnitID] = t.Role
	}
	for _, g := range groupByKind(dc.children) {
		dg := divideGroup{Kind: g.Kind}
		for _, u := range g.Units {
			role, isDivided := divided[u.ID]
			if c, ok := in.Choices[u.ID]; ok {
				role = c
			}
			dg.Rows = append(dg.Rows, divideRow{Unit: u, Choice: role, Divided: isDivided})
		}
		p.Groups = append(p.Groups, dg)
	}
	return p
}

// divideForm serves GET /tasks/{id}/divide.
func (s *Server) divideForm(w http.ResponseWriter, r *http.Request) error {
	dc, err := s.loadDivide(r)
	if err != nil {
		return err
	}
	return s.views.divide.render(w, http.StatusOK, dc.page(r, dc.prefill()))
}

// formError is a refusal of the division form, tied to the input it is about.
type formError struct {
	field string
	err   error
}

func (e *formError) Error() string { return e.err.Error() }
func (e *formError) Unwrap() error { return e.err }

// parseDivideForm reads the posted form: role-{unitID} = none | lead | co for
// each unit line, and the shared fields.
func parseDivideForm(w http.ResponseWriter, r *http.Request) (divideInput, error) {
	l := requestLang(r)
	in := divideInput{Choices: map[int64]rollout.TaskRole{}}
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return in, &httpError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge,
				message: tr(l, "error.too_large", maxBody>>20)}
		}
		return in, invalid(l, "error.form_unreadable")
	}
	for key, vals := range r.PostForm {
		raw, ok := strings.CutPrefix(key, "role-")
		if !ok {
			continue
		}
		id, err := strconv.ParseInt(raw, 10, 64)
		if err != nil || id <= 0 {
			return in, &formError{"units", invalid(l, "division.bad_unit", raw)}
		}
		if len(vals) != 1 {
			return in, &formError{"units", invalid(l, "division.duplicate", tr(l, "unit.by_id", id))}
		}
		switch v := rollout.TaskRole(vals[0]); v {
		case "none", "":
		case rollout.RoleLead, rollout.RoleCo:
			in.Choices[id] = v
		default:
			return in, &formError{"units", invalid(l, "division.bad_role", vals[0])}
		}
	}
	in.Deadline = strings.TrimSpace(r.PostForm.Get("deadline"))
	in.Deliverable = strings.TrimSpace(r.PostForm.Get("deliverable"))
	in.Contact = strings.TrimSpace(r.PostForm.Get("contact"))
	in.Notes = strings.TrimSpace(r.PostForm.Get("notes"))
	return in, nil
}

// divisions turns the form into divisions: one per chosen unit, in the order
// of the form's lines (units not on the form last, by ID), each with the shared
// fields. A division by hand names its deadline (a document may not; see
// rollout.DecideCascade); everything else is rollout.DecideDivide's to decide.
func (dc *divideContext) divisions(l lang, in divideInput) ([]rollout.Division, error) {
	if len(in.Choices) == 0 {
		return nil, &formError{"units", rollout.E(rollout.EINVALID, "err.task.divide_none")}
	}
	if in.Deadline == "" {
		return nil, &formError{"deadline", invalid(l, "division.deadline_missing")}
	}
	var ids []int64
	for _, u := range dc.children {
		if _, ok := in.Choices[u.ID]; ok {
			ids = append(ids, u.ID)
		}
	}
	var others []int64
	for id := range in.Choices {
		if !slices.Contains(ids, id) {
			others = append(others, id)
		}
	}
	slices.Sort(others)
	deadline := rollout.ParseDeadline(in.Deadline)
	var out []rollout.Division
	for _, id := range append(ids, others...) {
		out = append(out, rollout.Division{UnitID: id, Role: in.Choices[id], Deadline: deadline,
			Deliverable: in.Deliverable, Contact: in.Contact, Notes: in.Notes})
	}
	return out, nil
}

// divideField is the input of the division form a refusal is about: the field
// of the line at fault, the unit lines for the rest.
func divideField(err error) string {
	var de *rollout.DivisionError
	if errors.As(err, &de) {
		switch de.Field {
		case rollout.FieldDeadline, rollout.FieldDeliverable, rollout.FieldContact, rollout.FieldNotes:
			return string(de.Field)
		}
	}
	return "units"
}

// divideSubmit serves POST /tasks/{id}/divide. On success it redirects (303) to
// the item's tree with the number of units reached; a refusal (the input, or
// storage saying a unit is not below the task's unit) shows the form again with
// the message and what the user entered.
func (s *Server) divideSubmit(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	ctx := r.Context()
	dc, err := s.loadDivide(r)
	if err != nil {
		return err
	}
	id := dc.task.ID
	in, err := parseDivideForm(w, r)
	if err == nil {
		var divs []rollout.Division
		divs, err = dc.divisions(l, in)
		if err == nil {
			var tasks []*rollout.Task
			tasks, err = s.divide(ctx, id, divs)
			if err == nil {
				target := fmt.Sprintf("/items/%d/tree?divided=%d#task-%d", dc.task.ItemID, len(tasks), id)
				http.Redirect(w, r, target, http.StatusSeeOther)
				return nil
			}
			err = &formError{divideField(err), err}
		}
	}
	var he *httpError
	if status := errorStatus(err); status >= 500 || errors.As(err, &he) {
		return err
	}
	p := dc.page(r, in)
	p.Error = errorMessage(l, err)
	var fe *formError
	if errors.As(err, &fe) {
		p.ErrorField = fe.field
	}
	return s.views.divide.render(w, errorStatus(err), p)
}

// apiTask serves GET /api/v1/tasks/{id}.
func (s *Server) apiTask(w http.ResponseWriter, r *http.Request) error {
	if err := s.signedIn(r, rollout.ActReadTasks); err != nil {
		return err
	}
	id, err := taskID(r)
	if err != nil {
		return err
	}
	acc, err := s.tasks.TaskAccess(r.Context(), id)
	if err != nil {
		return err
	}
	t, target, err := s.accessTarget(r.Context(), acc)
	if err != nil {
		return err
	}
	if err := s.authorize(r, rollout.ActReadTasks, target); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, s.newAPITask(t))
}

// apiDivisionsRequest is the body of POST /api/v1/tasks/{id}/divisions.
type apiDivisionsRequest struct {
	Divisions []apiDivision `json:"divisions"`
}

// apiDivision is one unit's part in a division. Deadline is the 完成时限 as
// written: a date such as 2024年6月底前, or a phrase such as 持续推进.
type apiDivision struct {
	UnitID      int64  `json:"unit_id"`
	Role        string `json:"role"`
	Deadline    string `json:"deadline"`
	Deliverable string `json:"deliverable"`
	Contact     string `json:"contact"`
	Notes       string `json:"notes"`
}

// divisions turns the request into divisions, refusing what is not one: a
// unit_id that is not a positive number, a line without its deadline (a
// division by hand names one); messages name the line, as divisions[2].role.
// Everything else is rollout.DecideDivide's to decide.
func (req *apiDivisionsRequest) divisions(l lang) ([]rollout.Division, error) {
	if len(req.Divisions) == 0 {
		return nil, invalid(l, "division.api_none")
	}
	var out []rollout.Division
	for i, d := range req.Divisions {
		at := fmt.Sprintf("divisions[%d]", i)
		switch {
		case d.UnitID <= 0:
			return nil, invalid(l, "division.api_unit", at)
		case strings.TrimSpace(d.Deadline) == "":
			return nil, invalid(l, "division.api_deadline", at)
		}
		out = append(out, rollout.Division{UnitID: d.UnitID, Role: rollout.TaskRole(d.Role),
			Deadline: rollout.ParseDeadline(strings.TrimSpace(d.Deadline)), Deliverable: d.Deliverable, Contact: d.Contact, Notes: d.Notes})
	}
	return out, nil
}

// apiDivisionError says a refusal of one line of the request where it is, as
// divisions[2].role; other refusals as they are.
func apiDivisionError(l lang, err error) error {
	var de *rollout.DivisionError
	if !errors.As(err, &de) {
		return err
	}
	at := fmt.Sprintf("divisions[%d]", de.Index)
	args := de.Err.Args
	switch de.Err.Key {
	case "err.task.divide_role":
		return invalid(l, "division.api_role", at, args[0])
	case "err.task.divide_twice":
		return invalid(l, "division.api_duplicate", at, args[0], de.Other)
	case "err.task.too_long":
		return invalid(l, "division.api_too_long", at+"."+string(de.Field), args[1], args[2])
	}
	return err
}

// apiDivide serves POST /api/v1/tasks/{id}/divisions: it divides the task among
// the units given and answers 201 with the tasks created or updated.
func (s *Server) apiDivide(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	ctx := r.Context()
	dc, err := s.loadDivide(r)
	if err != nil {
		return err
	}
	id := dc.task.ID
	var req apiDivisionsRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	divs, err := req.divisions(l)
	if err != nil {
		return err
	}
	tasks, err := s.divide(ctx, id, divs)
	if err != nil {
		return apiDivisionError(l, err)
	}
	tasks, err = s.withContext(ctx, dc.task.ItemID, tasks)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, s.newAPITaskList(tasks))
}

// divide calls Divide for a task the caller has just read. A "not found" then
// is about a unit the input names, not about the address: it is the input that
// is wrong (400), and the message says which unit.
func (s *Server) divide(ctx context.Context, id int64, divs []rollout.Division) ([]*rollout.Task, error) {
	tasks, err := s.tasks.Divide(ctx, id, divs)
	var e *rollout.Error
	if rollout.ErrorCode(err) == rollout.ENOTFOUND && errors.As(err, &e) {
		return nil, rollout.E(rollout.EINVALID, e.Key, e.Args...)
	}
	return tasks, err
}

// withContext reads tasks again with the context a query fills (item, unit and
// parent names), in case the service returned them without it.
func (s *Server) withContext(ctx context.Context, itemID int64, tasks []*rollout.Task) ([]*rollout.Task, error) {
	all, err := s.tasks.Tasks(ctx, rollout.TaskFilter{ItemID: itemID})
	if err != nil {
		return nil, err
	}
	byID := map[int64]*rollout.Task{}
	for _, t := range all {
		byID[t.ID] = t
	}
	out := make([]*rollout.Task, len(tasks))
	for i, t := range tasks {
		if full, ok := byID[t.ID]; ok {
			t = full
		}
		out[i] = t
	}
	return out, nil
}
