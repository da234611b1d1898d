package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"rollout"
)

// Lists people work with: a unit's tasks, the reviewer's queue and the
// overdue list are filtered (item, unit, state, light, deadline), sorted and
// paged by storage (rollout.TaskQuery, TaskService.TaskList); their export is
// the same filtered list; the unit's tasks offer bulk 签收 of those chosen.
//
// The query string: item, unit (words or an item number), state, light
// (red, yellow, green, none), due (a day, YYYY-MM-DD: due on or before it),
// sort (item, unit, deadline, light, state), order (asc, desc), size (1 to
// rollout.MaxTaskPage), page (from 1).

// pageSizes are the page sizes the form offers.
var pageSizes = []int{20, 50, 100, rollout.MaxTaskPage}

// listLights are the lights a list may be filtered by, as the query names them.
var listLights = []string{"red", "yellow", "green", "none"}

// listForm is a list's query as asked, to fill the form again.
type listForm struct {
	Item, Unit, State, Light, Due, Sort, Order string
	Size, Page                                 int
	def                                        string // the list's own order, left out of links
	// Batch and Responsible narrow the overdue list to one batch and to one
	// central unit's items, where the picture's red counts lead; kept in
	// every link and in the form.
	Batch       int
	Responsible string
}

// taskList is a list's page: the form, the rows of the page, where they stand
// in the whole list, and the links to the pages around and to the export.
type taskList struct {
	Path     string // the list's address, the form's action
	Form     listForm
	Rows     []taskRow
	Total    int
	From, To int // the rows shown, counted from 1; 0 when none
	Page     int
	Pages    int
	PrevURL  string
	NextURL  string
	XLSXURL  string
	CSVURL   string
	// ShowUnit offers the unit filter (lists of a subtree); Fixed names the
	// filters a list fixes itself (the queue's state, the overdue light),
	// which the form does not offer.
	ShowUnit   bool
	FixedState bool
	FixedLight bool
	// Options of the form's selects.
	Sorts  []rollout.TaskSort
	States []rollout.TaskState
	Lights []string
	Sizes  []int
	// Filtered: the list is narrowed by anything the form asked.
	Filtered bool
}

// parseList reads a list's query from r into q (whose fixed fields the list
// set already) with sort def unless one is asked; EINVALID for a value that
// is not one.
func parseList(r *http.Request, q *rollout.TaskQuery, def rollout.TaskSort) (listForm, error) {
	l := requestLang(r)
	v := r.URL.Query()
	f := listForm{Item: strings.TrimSpace(v.Get("item")), Unit: strings.TrimSpace(v.Get("unit")),
		State: v.Get("state"), Light: v.Get("light"), Due: strings.TrimSpace(v.Get("due")),
		Sort: v.Get("sort"), Order: v.Get("order"), Size: rollout.DefaultTaskPage, Page: 1}
	if utf8.RuneCountInString(f.Item) > rollout.MaxListSearchRunes || utf8.RuneCountInString(f.Unit) > rollout.MaxListSearchRunes {
		return f, invalid(l, "list.bad_words", rollout.MaxListSearchRunes)
	}
	q.Item, q.Unit = f.Item, f.Unit
	if f.State != "" {
		st := rollout.TaskState(f.State)
		if rollout.StateRank(st) == len(rollout.States) {
			return f, invalid(l, "list.bad_state", f.State)
		}
		q.State = st
	}
	switch f.Light {
	case "":
	case "none":
		q.Light, q.Lit = rollout.LightNone, true
	case "red", "yellow", "green":
		q.Light, q.Lit = rollout.Light(f.Light), true
	default:
		return f, invalid(l, "list.bad_light", f.Light)
	}
	if f.Due != "" {
		d, err := time.Parse(time.DateOnly, f.Due)
		if err != nil {
			return f, invalid(l, "list.bad_due", f.Due)
		}
		q.DueBy = d
	}
	q.Sort, f.def = def, string(def)
	if f.Sort != "" {
		if !rollout.TaskSort(f.Sort).Valid() {
			return f, invalid(l, "list.bad_sort", f.Sort)
		}
		q.Sort = rollout.TaskSort(f.Sort)
	}
	f.Sort = string(q.Sort)
	switch f.Order {
	case "", "asc":
		f.Order = "asc"
	case "desc":
		q.Desc = true
	default:
		return f, invalid(l, "list.bad_order", f.Order)
	}
	for _, p := range []struct {
		name string
		dst  *int
		max  int
	}{{"size", &f.Size, rollout.MaxTaskPage}, {"page", &f.Page, 1 << 20}} {
		raw := v.Get(p.name)
		if raw == "" {
			continue
		}
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > p.max {
			return f, invalid(l, "list.bad_page", p.name, raw, p.max)
		}
		*p.dst = n
	}
	q.Limit, q.Offset = f.Size, (f.Page-1)*f.Size
	return f, nil
}

// values is the form as a query, without page; the zero values left out.
func (f listForm) values() url.Values {
	v := url.Values{}
	for k, s := range map[string]string{"item": f.Item, "unit": f.Unit, "state": f.State, "light": f.Light,
		"due": f.Due} {
		if s != "" {
			v.Set(k, s)
		}
	}
	if f.Sort != f.def {
		v.Set("sort", f.Sort)
	}
	if f.Order == "desc" {
		v.Set("order", "desc")
	}
	if f.Size != rollout.DefaultTaskPage {
		v.Set("size", strconv.Itoa(f.Size))
	}
	if f.Batch > 0 {
		v.Set("batch", strconv.Itoa(f.Batch))
	}
	if f.Responsible != "" {
		v.Set("responsible", f.Responsible)
	}
	return v
}

// listQuery is the time and lights of the server a list is measured by.
func (s *Server) listQuery(f rollout.TaskFilter) rollout.TaskQuery {
	return s.measured(rollout.TaskQuery{TaskFilter: f})
}

// measured is q measured by the server's day and lights.
func (s *Server) measured(q rollout.TaskQuery) rollout.TaskQuery {
	q.Today, q.WarningDays = s.now(), s.warningDays
	return q
}

// newTaskList arranges a page of a list at path for its template.
func (s *Server) newTaskList(l lang, path string, f listForm, p rollout.TaskPage) *taskList {
	tl := &taskList{Path: path, Form: f, Rows: s.rows(l, p.Tasks), Total: p.Total, Page: f.Page,
		Sorts: rollout.TaskSorts, States: rollout.States, Lights: listLights, Sizes: pageSizes,
		Filtered: f.Item != "" || f.Unit != "" || f.State != "" || f.Light != "" || f.Due != ""}
	tl.Pages = max(1, (p.Total+f.Size-1)/f.Size)
	if len(p.Tasks) > 0 {
		tl.From = (f.Page-1)*f.Size + 1
		tl.To = tl.From + len(p.Tasks) - 1
	}
	v := f.values()
	link := func(page int) string {
		w := url.Values{}
		for k, x := range v {
			w[k] = x
		}
		if page > 1 {
			w.Set("page", strconv.Itoa(page))
		}
		if len(w) == 0 {
			return path
		}
		return path + "?" + w.Encode()
	}
	if f.Page > 1 {
		tl.PrevURL = link(min(f.Page-1, tl.Pages))
	}
	if f.Page < tl.Pages {
		tl.NextURL = link(f.Page + 1)
	}
	for _, format := range []string{"xlsx", "csv"} {
		w := url.Values{}
		for k, x := range v {
			w[k] = x
		}
		w.Del("size")
		w.Set("format", format)
		if format == "xlsx" {
			tl.XLSXURL = path + "?" + w.Encode()
		} else {
			tl.CSVURL = path + "?" + w.Encode()
		}
	}
	return tl
}

// exportQuery is q as a list's export asks for it: every row of the filtered
// list, up to rollout.MaxTaskExport.
func exportQuery(q rollout.TaskQuery) rollout.TaskQuery {
	q.Limit, q.Offset = rollout.MaxTaskExport, 0
	return q
}

// apiListPage is a page of a list in the API: the tasks, how many the whole
// list holds, and the page.
type apiListPage struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
}

// apiBulkRequest is the body of POST /api/v1/tasks/acknowledgements.
type apiBulkRequest struct {
	TaskIDs []int64 `json:"task_ids"`
}

// apiBulkOutcome is one task's outcome of a bulk 签收.
type apiBulkOutcome struct {
	TaskID int64           `json:"task_id"`
	OK     bool            `json:"ok"`
	Task   *apiTask        `json:"task,omitempty"`
	Error  *apiErrorDetail `json:"error,omitempty"`
}

// apiBulkAnswer is the answer to a bulk 签收: each task's outcome in the
// order asked, and the counts.
type apiBulkAnswer struct {
	Outcomes     []apiBulkOutcome `json:"outcomes"`
	Acknowledged int              `json:"acknowledged"`
	Failed       int              `json:"failed"`
}

// bulkAcknowledge acknowledges each of ids for the request's user, one task
// at a time: each is read, authorised (ActReport on its unit) and stepped as
// rollout.DecideStep decides, on the state 交办 the list showed (a task moved
// by another since is a conflict). Every outcome is returned, in order; ids
// repeated are taken once. EINVALID for none or more than
// rollout.MaxBulkSteps.
func (s *Server) bulkAcknowledge(r *http.Request, ids []int64) ([]rollout.BulkOutcome, error) {
	l := requestLang(r)
	if len(ids) == 0 {
		return nil, invalid(l, "bulk.none")
	}
	if len(ids) > rollout.MaxBulkSteps {
		return nil, invalid(l, "bulk.too_many", len(ids), rollout.MaxBulkSteps)
	}
	ctx := r.Context()
	seen := map[int64]bool{}
	var out []rollout.BulkOutcome
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		o := rollout.BulkOutcome{TaskID: id}
		t, err := s.tasks.Task(ctx, id)
		if err == nil {
			err = s.taskPaths(ctx, t)
		}
		if err == nil {
			err = s.authorize(r, rollout.ActReport, reportTarget(t))
		}
		if err == nil {
			o.Task = t // named in the outcome only to those who may report on it
			_, err = s.reports.Step(ctx, id, rollout.EventAcknowledge, "", rollout.StateAssigned)
		}
		if err == nil {
			if now, rerr := s.tasks.Task(ctx, id); rerr == nil {
				o.Task = now
			}
		}
		if code := rollout.ErrorCode(err); code == rollout.EINTERNAL {
			return nil, err
		}
		o.Err = err
		out = append(out, o)
	}
	return out, nil
}

// bulkRow is a bulk step's outcome as a page shows it.
type bulkRow struct {
	TaskID int64
	Task   *rollout.Task // nil when the task was not found
	Error  string
}

// bulkNotice is what a page says after a bulk 签收.
type bulkNotice struct {
	Done   int
	Failed []bulkRow
}

// newBulkNotice says outcomes in language l.
func newBulkNotice(l lang, outcomes []rollout.BulkOutcome) *bulkNotice {
	n := &bulkNotice{}
	for _, o := range outcomes {
		if o.Err == nil {
			n.Done++
			continue
		}
		n.Failed = append(n.Failed, bulkRow{TaskID: o.TaskID, Task: o.Task, Error: errorMessage(l, o.Err)})
	}
	return n
}

// parseBulkForm reads the task IDs a bulk form posts (task=ID, repeated).
func parseBulkForm(w http.ResponseWriter, r *http.Request) ([]int64, error) {
	if err := parseForm(w, r); err != nil {
		return nil, err
	}
	var ids []int64
	for _, raw := range r.PostForm["task"] {
		id, err := strconv.ParseInt(raw, 10, 64)
		if err != nil || id <= 0 {
			return nil, invalid(requestLang(r), "bulk.bad_task", raw)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// apiBulkAcknowledge serves POST /api/v1/tasks/acknowledgements: 签收 of
// every task named, each decided on its own; 200 with each outcome (a task
// refused — not found, forbidden, moved since: 409's conflict — is reported,
// not fatal to the others).
func (s *Server) apiBulkAcknowledge(w http.ResponseWriter, r *http.Request) error {
	if err := s.signedIn(r, rollout.ActReport); err != nil {
		return err
	}
	var req apiBulkRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	outcomes, err := s.bulkAcknowledge(r, req.TaskIDs)
	if err != nil {
		return err
	}
	l := requestLang(r)
	ans := apiBulkAnswer{Outcomes: []apiBulkOutcome{}}
	for _, o := range outcomes {
		row := apiBulkOutcome{TaskID: o.TaskID, OK: o.Err == nil}
		if o.Err == nil {
			t := s.newAPITask(o.Task)
			row.Task = &t
			ans.Acknowledged++
		} else {
			row.Error = &apiErrorDetail{Code: rollout.ErrorCode(o.Err), Message: errorMessage(l, o.Err)}
			ans.Failed++
		}
		ans.Outcomes = append(ans.Outcomes, row)
	}
	return writeJSON(w, http.StatusOK, ans)
}

// listURL is path with the list's query of r kept (for a form that posts and
// shows the list again).
func listURL(path string, r *http.Request) string {
	if q := r.URL.RawQuery; q != "" {
		return path + "?" + q
	}
	return path
}
