package web

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

// unitPage is the data of a unit's page: what the unit is, where it sits in the
// tree and the units directly below it.
type unitPage struct {
	layout
	Unit      *rollout.Unit
	Ancestors []*rollout.Unit // from the root down to the parent
	// Province is the province the unit sits in when that is not on its line of
	// command (a vertical agency's branch, a court); nil otherwise.
	Province *rollout.Unit
	Groups   []unitGroup // the units directly below, by kind
	Children int
	// CanDivide: the unit has units below and the user may divide its tasks.
	CanDivide bool
}

// Parent is the unit directly above, or nil for the root.
func (p *unitPage) Parent() *rollout.Unit {
	if len(p.Ancestors) == 0 {
		return nil
	}
	return p.Ancestors[len(p.Ancestors)-1]
}

// unitGroup is the children of one kind: a province's departments, its cities,
// its Free Trade Zone.
type unitGroup struct {
	Kind  rollout.UnitKind
	Units []*rollout.Unit
}

// groupByKind sorts units into groups in the order of rollout.Kinds, keeping
// their order within a group; kinds the domain does not list come last.
func groupByKind(units []*rollout.Unit) []unitGroup {
	var groups []unitGroup
	index := map[rollout.UnitKind]int{}
	order := func(k rollout.UnitKind) int {
		if i := slices.Index(rollout.Kinds, k); i >= 0 {
			return i
		}
		return len(rollout.Kinds)
	}
	for _, u := range units {
		i, ok := index[u.Kind]
		if !ok {
			i = len(groups)
			index[u.Kind] = i
			groups = append(groups, unitGroup{Kind: u.Kind})
		}
		groups[i].Units = append(groups[i].Units, u)
	}
	slices.SortStableFunc(groups, func(a, b unitGroup) int { return cmp.Compare(order(a.Kind), order(b.Kind)) })
	return groups
}

// ancestors returns the units above u, root first, read from its path. A unit
// the path names but storage no longer has is skipped.
func (s *Server) ancestors(ctx context.Context, u *rollout.Unit) ([]*rollout.Unit, error) {
	var ids []int64
	for part := range strings.SplitSeq(strings.Trim(u.Path, "/"), "/") {
		if id, err := strconv.ParseInt(part, 10, 64); err == nil && id != u.ID {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 && u.ParentID != 0 {
		ids = []int64{u.ParentID}
	}
	var out []*rollout.Unit
	for _, id := range ids {
		a, err := s.units.Unit(ctx, id)
		if rollout.ErrorCode(err) == rollout.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// readUnit reads {id}, a unit whose tasks the user reads (its page, its tasks):
// anonymous visitors are refused before the unit is looked up, others once
// its path is known.
func (s *Server) readUnit(r *http.Request) (*rollout.Unit, error) {
	return s.readUnitFor(r, rollout.ActReadTasks)
}

// unitPage serves GET /units/{id}.
func (s *Server) unitPage(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnit(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	id := u.ID
	anc, err := s.ancestors(ctx, u)
	if err != nil {
		return err
	}
	children, err := s.units.UnitChildren(ctx, id)
	if err != nil {
		return err
	}
	p := &unitPage{layout: newLayout(r, u.Name, ""), Unit: u, Ancestors: anc,
		Groups: groupByKind(children), Children: len(children),
		CanDivide: len(children) > 0 && allowed(r, rollout.ActDivide, rollout.Target{UnitPath: u.Path})}
	if u.ProvinceID != 0 && u.ProvinceID != u.ID &&
		!slices.ContainsFunc(anc, func(a *rollout.Unit) bool { return a.ID == u.ProvinceID }) {
		prov, err := s.units.Unit(ctx, u.ProvinceID)
		switch {
		case err == nil:
			p.Province = prov
		case rollout.ErrorCode(err) != rollout.ENOTFOUND:
			return err
		}
	}
	return s.views.unit.render(w, http.StatusOK, p)
}

// inboxPage is the data of a unit's task list (收件箱): its own tasks by batch,
// newest batch first, and for a province the division of each of its tasks
// among its cities.
type inboxPage struct {
	layout
	Unit      *rollout.Unit
	Parent    *rollout.Unit // nil for the root
	CanDivide bool          // the unit has units below it to divide its tasks among, and the user may
	Batches   []inboxBatch
	Count     int
	Cascaded  int // tasks a re-issue just stored (?cascaded=N); 0 for none
	// Lights counts the unit's tasks by light; CanReview offers the queue of
	// reports from the units below.
	Lights    lightCounts
	CanReview bool
	// CanReport offers the progress report template of Periods to download,
	// and its import; Imported is the notice after an import.
	CanReport bool
	Periods   []rollout.Period
	Imported  *importNotice
	// List is the page of the unit's tasks as filtered, sorted and paged.
	// Acknowledgeable counts its tasks awaiting 签收, which AckURL takes in
	// bulk; Bulk says how a bulk 签收 went.
	List            *taskList
	Acknowledgeable int
	AckURL          string
	Bulk            *bulkNotice
}

// inboxBatch is a batch of the unit's tasks: how many, and for a province how
// it divided them.
type inboxBatch struct {
	Batch  int
	DocNo  string // "" when the batch cannot be found
	Count  int
	Matrix *divisionMatrix // provinces only; nil when there are no cities
}

// divisionMatrix shows which of a province's cities have a task under each of
// the province's tasks: rows are the province's tasks (items), columns its
// cities (and, for a municipality, its districts and counties).
type divisionMatrix struct {
	Columns []*rollout.Unit
	Rows    []matrixRow
}

type matrixRow struct {
	Task  *rollout.Task // the province's own task for the item
	Cells []matrixCell
	Count int // cells with a task
}

// matrixCell is one city's part in one item: RoleLead, RoleCo or "" for none.
type matrixCell struct {
	Unit *rollout.Unit
	Role rollout.TaskRole
}

// matrixColumn reports whether a unit directly below a province is a column of
// its matrix: a city, or a county that hangs directly under the province (the
// districts of a municipality, a province's directly administered counties).
func matrixColumn(u *rollout.Unit) bool {
	return u.Kind == rollout.KindCity || u.Kind == rollout.KindCounty
}

// newDivisionMatrix builds the matrix of the province's own tasks own over its
// children, from within: every task in the province's subtree.
func newDivisionMatrix(own, within []*rollout.Task, children []*rollout.Unit) *divisionMatrix {
	m := &divisionMatrix{}
	for _, c := range children {
		if matrixColumn(c) {
			m.Columns = append(m.Columns, c)
		}
	}
	if len(m.Columns) == 0 || len(own) == 0 {
		return nil
	}
	type key struct{ parent, unit int64 }
	roles := map[key]rollout.TaskRole{}
	for _, t := range within {
		if t.ParentID != 0 {
			roles[key{t.ParentID, t.UnitID}] = t.Role
		}
	}
	for _, t := range own {
		row := matrixRow{Task: t}
		for _, c := range m.Columns {
			role := roles[key{t.ID, c.ID}]
			row.Cells = append(row.Cells, matrixCell{Unit: c, Role: role})
			if role != "" {
				row.Count++
			}
		}
		m.Rows = append(m.Rows, row)
	}
	return m
}

// inboxPage serves GET /units/{id}/tasks: the unit's own tasks, filtered,
// sorted and paged (tasklist.go); with ?format=xlsx or csv, the filtered list
// as a file.
func (s *Server) inboxPage(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnit(r)
	if err != nil {
		return err
	}
	format, err := listFormat(r)
	if err != nil {
		return err
	}
	p, q, err := s.inboxData(r, u)
	if err != nil {
		return err
	}
	if format != "" {
		l := p.Lang
		all, err := s.tasks.TaskList(r.Context(), exportQuery(q))
		if err != nil {
			return err
		}
		var rows [][]string
		for _, t := range s.rows(l, all.Tasks) {
			rows = append(rows, listRow(l, t, t.Deliverable, t.ParentUnit))
		}
		return s.sendList(w, r, u, "tasks", format, p.Title, listHeader(l, "task.deliverable", "task.from"), rows)
	}
	return s.views.inbox.render(w, http.StatusOK, p)
}

// inboxAcknowledge serves POST /units/{id}/tasks/acknowledge: 签收 of the
// tasks chosen (task=ID, repeated), each decided on its own; the list is
// shown again, as its query asks, with every outcome.
func (s *Server) inboxAcknowledge(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnitFor(r, rollout.ActReport)
	if err != nil {
		return err
	}
	ids, err := parseBulkForm(w, r)
	if err != nil {
		return err
	}
	outcomes, err := s.bulkAcknowledge(r, ids)
	if err != nil {
		return err
	}
	p, _, err := s.inboxData(r, u)
	if err != nil {
		return err
	}
	p.Bulk = newBulkNotice(p.Lang, outcomes)
	return s.views.inbox.render(w, http.StatusOK, p)
}

// inboxData gathers the page of u's own tasks, and the list's query.
func (s *Server) inboxData(r *http.Request, u *rollout.Unit) (*inboxPage, rollout.TaskQuery, error) {
	ctx := r.Context()
	l := requestLang(r)
	id := u.ID
	q := s.listQuery(rollout.TaskFilter{UnitID: id})
	form, err := parseList(r, &q, rollout.SortLight)
	if err != nil {
		return nil, q, err
	}
	children, err := s.units.UnitChildren(ctx, id)
	if err != nil {
		return nil, q, err
	}
	// A province's page needs its whole subtree for the matrix; its own tasks
	// are those of the subtree that are its own.
	var own, within []*rollout.Task
	if u.Kind == rollout.KindProvince {
		within, err = s.tasks.Tasks(ctx, rollout.TaskFilter{Within: id})
		for _, t := range within {
			if t.UnitID == id {
				own = append(own, t)
			}
		}
	} else {
		own, err = s.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: id})
	}
	if err != nil {
		return nil, q, err
	}
	batches, err := s.catalog.Batches(ctx)
	if err != nil {
		return nil, q, err
	}
	docNo := map[int]string{}
	for _, b := range batches {
		docNo[b.Batch] = b.DocNo
	}
	page, err := s.tasks.TaskList(ctx, q)
	if err != nil {
		return nil, q, err
	}
	path := fmt.Sprintf("/units/%d/tasks", id)
	p := &inboxPage{layout: newLayout(r, tr(l, "inbox.title", u.Name), ""), Unit: u,
		CanDivide: len(children) > 0 && allowed(r, rollout.ActDivide, rollout.Target{UnitPath: u.Path}),
		CanReview: len(children) > 0 && allowed(r, rollout.ActReview, rollout.Target{UnitPath: u.Path}),
		CanReport: allowed(r, rollout.ActReport, rollout.Target{UnitPath: u.Path}), Periods: templatePeriods(s.now()),
		Count: len(own), Cascaded: countNotice(r, "cascaded"), Imported: importedNotice(r),
		List: s.newTaskList(l, path, form, page), AckURL: listURL(path+"/acknowledge", r)}
	for _, t := range page.Tasks {
		if t.State == rollout.StateAssigned {
			p.Acknowledgeable++
		}
	}
	if u.ParentID != 0 {
		parent, err := s.units.Unit(ctx, u.ParentID)
		switch {
		case err == nil:
			p.Parent = parent
		case rollout.ErrorCode(err) != rollout.ENOTFOUND:
			return nil, q, err
		}
	}
	byBatch := map[int]int{}
	var tasks [][]*rollout.Task // each batch's tasks in storage's order, for the matrix
	for _, t := range own {
		i, ok := byBatch[t.Batch]
		if !ok {
			i = len(p.Batches)
			byBatch[t.Batch] = i
			p.Batches = append(p.Batches, inboxBatch{Batch: t.Batch, DocNo: docNo[t.Batch]})
			tasks = append(tasks, nil)
		}
		tasks[i] = append(tasks[i], t)
	}
	for i := range p.Batches {
		p.Batches[i].Count = len(tasks[i])
		if u.Kind == rollout.KindProvince {
			p.Batches[i].Matrix = newDivisionMatrix(tasks[i], within, children)
		}
	}
	p.Lights = countLights(s.rows(l, own))
	slices.SortStableFunc(p.Batches, func(a, b inboxBatch) int { return cmp.Compare(b.Batch, a.Batch) })
	return p, q, nil
}

// apiUnit serves GET /api/v1/units/{id}: the unit with the units directly below it.
func (s *Server) apiUnit(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnit(r)
	if err != nil {
		return err
	}
	children, err := s.units.UnitChildren(r.Context(), u.ID)
	if err != nil {
		return err
	}
	out := apiUnitDetail{apiUnit: newAPIUnit(u), Children: []apiUnit{}}
	for _, c := range children {
		out.Children = append(out.Children, newAPIUnit(c))
	}
	return writeJSON(w, http.StatusOK, out)
}

// apiUnitTasks serves GET /api/v1/units/{id}/tasks: the unit's own tasks,
// with the list's query.
func (s *Server) apiUnitTasks(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnit(r)
	if err != nil {
		return err
	}
	q := s.listQuery(rollout.TaskFilter{UnitID: u.ID})
	if _, err := parseList(r, &q, rollout.SortItem); err != nil {
		return err
	}
	return s.apiList(w, r, u, q)
}
