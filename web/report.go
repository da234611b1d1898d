package web

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout"
)

// A unit's progress report for a period (进展报告): the form that fills it in,
// with its local documents and files as evidence (配套文件), saved as a draft or
// submitted for review; the files served back; and the report in the API.
// Reports are versioned: a save names the version it edits, and a save of an
// old version is shown both versions side by side instead of overwriting.
// Filling in a report needs ActReport on the task's unit; reading it,
// ActReadTasks.

// maxReportBody bounds the report form: one attachment with the fields. The
// bounds of a report's fields are the domain's (rollout.DecideReport), whatever
// the entry point.
const maxReportBody = rollout.MaxAttachmentSize + 1<<20

// reportPage is the data of the report form.
type reportPage struct {
	layout
	Task     *rollout.Task
	Lamp     lamp
	Period   rollout.Period
	Periods  []rollout.Period // the periods offered, newest first
	Statuses []rollout.ReportStatus
	Form     reportInput
	// Stored is the report as stored for Period (its version, who saved it and
	// when); nil when none was saved.
	Stored *rollout.Report
	// Locked says why the task's state does not let the report be saved now;
	// "" when it does. The form is then not offered.
	Locked string
	// Conflict holds both versions when the save edited an old one.
	Conflict *reportConflict
	Error    string // why the last post was refused
	// ErrorField is the id of the input the error is about; "" for none.
	ErrorField string
	Notice     string
	// FileNote says that a file chosen was not stored and must be chosen again.
	FileNote bool
	MaxMiB   int
	Accept   string // the file input's accept attribute
	// Indicators of the task's item, whose values the form takes.
	Indicators []*rollout.Indicator
}

// reportConflict is a save refused because another came first: the report as
// the user typed it and as it is stored now.
type reportConflict struct {
	Mine   *rollout.Report
	Theirs *rollout.Report
}

// reportInput is what the form holds.
type reportInput struct {
	Version     int
	Status      rollout.ReportStatus
	Measures    string
	Problem     bool
	ProblemText string
	Evidence    []evidenceRow // the rows with a title
	Blank       int           // empty rows to offer after them
	FileTitle   string
	// Values are the indicator values as typed, by indicator ID; HasValues
	// says the form showed them (a post without them keeps those stored).
	Values    map[int64]string
	HasValues bool
}

// Rows are the evidence rows the form shows: those filled in, then Blank
// empty ones (at least one).
func (in reportInput) Rows() []evidenceRow {
	return append(slices.Clone(in.Evidence), make([]evidenceRow, max(in.Blank, 1))...)
}

// evidenceRow is one line of evidence on the form: a local document, or a file
// attached before (its name and size shown; a new file is the upload field).
type evidenceRow struct {
	ID       int64
	Title    string
	DocNo    string
	Date     string // YYYY-MM-DD as typed
	Link     string
	FileName string
	FileSize int64
}

// inputOf is the form filled from a stored report; nil gives an empty form.
func inputOf(rep *rollout.Report) reportInput {
	if rep == nil {
		return reportInput{}
	}
	in := reportInput{Version: rep.Version, Status: rep.Status, Measures: rep.Measures, Problem: rep.Problem, ProblemText: rep.ProblemText,
		Values: valuesInput(rep.Values)}
	for _, e := range rep.Evidence {
		row := evidenceRow{ID: e.ID, Title: e.Title, DocNo: e.DocNo, Link: e.Link, FileName: e.FileName, FileSize: e.FileSize}
		if !e.Date.IsZero() {
			row.Date = e.Date.Format(time.DateOnly)
		}
		in.Evidence = append(in.Evidence, row)
	}
	return in
}

// attachedFile is a file sent with the form.
type attachedFile struct {
	name  string
	size  int64 // as the upload declared it
	body  []byte
	title string // the title it is to have; the file's name when none is typed
}

// attachmentExts lists the accepted file types for the form's accept
// attribute and messages: .doc,.docx,…
func attachmentExts() string {
	return strings.Join(slices.Sorted(maps.Keys(rollout.AttachmentTypes)), ",")
}

// check refuses a file of a type not accepted, over the size limit or empty,
// in the form's words, before the report is saved (storage refuses the same
// with rollout.CheckEvidenceFile), and a file whose content is not what its
// name says (rollout.CheckFileContent).
func (f *attachedFile) check(l lang) error {
	ext := strings.ToLower(path.Ext(f.name))
	if _, ok := rollout.AttachmentTypes[ext]; !ok {
		return &formError{"file", invalid(l, "evidence.bad_type", f.name, attachmentExts())}
	}
	if size := max(f.size, int64(len(f.body))); size > rollout.MaxAttachmentSize {
		return &formError{"file", invalid(l, "evidence.too_large", f.name, rollout.MaxAttachmentSize>>20, float64(size)/(1<<20))}
	}
	if len(f.body) == 0 {
		return &formError{"file", invalid(l, "evidence.empty", f.name)}
	}
	return formFieldError(rollout.CheckFileContent(f.name, f.body))
}

// evidence is the entry the file is stored as.
func (f *attachedFile) evidence() rollout.Evidence {
	title := f.title
	if title == "" {
		title = strings.TrimSuffix(f.name, path.Ext(f.name))
	}
	ext := strings.ToLower(path.Ext(f.name))
	return rollout.Evidence{Title: title, FileName: f.name, FileType: rollout.AttachmentTypes[ext], FileSize: int64(len(f.body))}
}

// reportPost is a post of the report form.
type reportPost struct {
	in     reportInput
	period rollout.Period
	action string // save, submit, or add (another evidence row)
	blank  int    // rows posted without a title
	file   *attachedFile
}

// parseAttachmentForm reads a form of at most maxReportBody bytes (one
// attachment with the fields), multipart or URL-encoded; a body over the bound
// is 413.
func parseAttachmentForm(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	r.Body = http.MaxBytesReader(w, r.Body, maxReportBody)
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	switch mt {
	case "multipart/form-data":
		err = r.ParseMultipartForm(1 << 20) // a larger file waits in a temporary file
	case "application/x-www-form-urlencoded":
		err = r.ParseForm()
	default:
		return invalid(l, "error.form_unreadable")
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return &httpError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge,
			message: tr(l, "evidence.body_too_large", rollout.MaxAttachmentSize>>20)}
	case err != nil:
		return invalid(l, "error.form_unreadable")
	}
	if err := formText(r); err != nil { // multipart fields are text too (text.go)
		if r.MultipartForm != nil {
			r.MultipartForm.RemoveAll()
		}
		return err
	}
	return nil
}

// readReportPost reads the report form, multipart (with a file) or
// URL-encoded. A body over the bound, and hidden fields that are not as the
// form sends them, are refused outright; the fields a person types are
// checked when the report is built.
func readReportPost(w http.ResponseWriter, r *http.Request) (*reportPost, error) {
	l := requestLang(r)
	err := parseAttachmentForm(w, r)
	if err != nil {
		return nil, err
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	f := r.PostForm
	post := &reportPost{action: f.Get("action")}
	if post.period, err = parsePeriod(l, f.Get("period")); err != nil {
		return nil, err
	}
	v, err := strconv.Atoi(f.Get("version"))
	if err != nil || v < 0 {
		return nil, invalid(l, "report.bad_version", f.Get("version"))
	}
	post.in = reportInput{
		Version:     v,
		Status:      rollout.ReportStatus(f.Get("status")),
		Measures:    strings.TrimSpace(f.Get("measures")),
		Problem:     f.Get("problem") != "",
		ProblemText: strings.TrimSpace(f.Get("problem_text")),
		FileTitle:   strings.TrimSpace(f.Get("file_title")),
	}
	post.in.Values, post.in.HasValues = readValues(f)
	var rows []int
	for key := range f {
		for _, prefix := range []string{"ev-id-", "ev-title-", "ev-docno-", "ev-date-", "ev-link-"} {
			if raw, ok := strings.CutPrefix(key, prefix); ok {
				if n, err := strconv.Atoi(raw); err == nil && n >= 0 && !slices.Contains(rows, n) {
					rows = append(rows, n)
				}
			}
		}
	}
	slices.Sort(rows)
	for _, n := range rows {
		get := func(name string) string { return strings.TrimSpace(f.Get(fmt.Sprintf("ev-%s-%d", name, n))) }
		row := evidenceRow{Title: get("title"), DocNo: get("docno"), Date: get("date"), Link: get("link")}
		if row.Title == "" { // a row left empty, or cleared to remove it
			post.blank++
			continue
		}
		row.ID, _ = strconv.ParseInt(get("id"), 10, 64)
		post.in.Evidence = append(post.in.Evidence, row)
	}
	if r.MultipartForm != nil {
		if fh := r.MultipartForm.File["file"]; len(fh) > 0 && fh[0].Filename != "" {
			file, err := fh[0].Open()
			if err != nil {
				return nil, fmt.Errorf("open uploaded file: %w", err)
			}
			defer file.Close()
			body, err := io.ReadAll(io.LimitReader(file, rollout.MaxAttachmentSize+1))
			if err != nil {
				return nil, fmt.Errorf("read uploaded file: %w", err)
			}
			post.file = &attachedFile{name: path.Base(strings.ReplaceAll(fh[0].Filename, `\`, "/")), size: fh[0].Size,
				body: body, title: post.in.FileTitle}
		}
	}
	return post, nil
}

// report is the report to save as the form states it. Only what the form
// cannot say is refused here (a date or a number that is not one, on its
// field); everything else — bounds, a status, a problem stated, evidence
// entries that are the report's own, indicator values of the item — is
// decided once by rollout.DecideReport when it is saved.
func (in reportInput) report(l lang, taskID int64, period rollout.Period) (*rollout.Report, error) {
	rep := &rollout.Report{TaskID: taskID, Period: period, Version: in.Version, Status: in.Status, Measures: in.Measures,
		Problem: in.Problem, ProblemText: in.ProblemText, Evidence: []rollout.Evidence{}}
	for i, row := range in.Evidence {
		e := rollout.Evidence{ID: row.ID, Title: row.Title, DocNo: row.DocNo, Link: row.Link}
		if row.Date != "" {
			d, err := time.Parse(time.DateOnly, row.Date)
			if err != nil {
				return nil, &formError{fmt.Sprintf("ev-date-%d", i), invalid(l, "evidence.bad_date", i+1, row.Date)}
			}
			e.Date = d
		}
		rep.Evidence = append(rep.Evidence, e)
	}
	if in.HasValues {
		vs, err := in.indicatorValues(l)
		if err != nil {
			return nil, err
		}
		rep.Values = vs
	}
	return rep, nil
}

// formFieldError is a refusal of the domain about one field of a report as a
// *formError naming the form's input, so that the form marks it.
func formFieldError(err error) error {
	var fe *rollout.ReportFieldError
	if err == nil || !errors.As(err, &fe) {
		return err
	}
	field := string(fe.Field)
	switch fe.Field {
	case rollout.FieldEvidenceTitle:
		field = fmt.Sprintf("ev-title-%d", fe.Index-1)
	case rollout.FieldEvidenceDocNo:
		field = fmt.Sprintf("ev-docno-%d", fe.Index-1)
	case rollout.FieldEvidenceLink:
		field = fmt.Sprintf("ev-link-%d", fe.Index-1)
	case rollout.FieldIndicator:
		field = fmt.Sprintf("ind-%d", fe.Index)
	}
	return &formError{field, err}
}

// withFiles shows rows as the form has them, with the file of each row that
// names stored evidence; a row naming none is a new one.
func withFiles(rows []evidenceRow, known map[int64]rollout.Evidence) []evidenceRow {
	out := slices.Clone(rows)
	for i, row := range out {
		e, ok := known[row.ID]
		if !ok || row.ID == 0 {
			out[i].ID = 0
			continue
		}
		out[i].FileName, out[i].FileSize = e.FileName, e.FileSize
	}
	return out
}

// storedReport returns task id's report for period, nil when none was saved.
func (s *Server) storedReport(ctx context.Context, id int64, period rollout.Period) (*rollout.Report, error) {
	rep, err := s.reports.Report(ctx, id, period)
	if rollout.ErrorCode(err) == rollout.ENOTFOUND {
		return nil, nil
	}
	return rep, err
}

// knownEvidence maps every evidence entry of rep's versions by ID, for rows
// that name one; nil when no row does.
func (s *Server) knownEvidence(ctx context.Context, rep *rollout.Report, rows []evidenceRow) (map[int64]rollout.Evidence, error) {
	if rep == nil || !slices.ContainsFunc(rows, func(r evidenceRow) bool { return r.ID != 0 }) {
		return nil, nil
	}
	versions, err := s.reports.ReportVersions(ctx, rep.ID)
	if err != nil {
		return nil, err
	}
	known := map[int64]rollout.Evidence{}
	for _, v := range append(versions, rep) {
		for _, e := range v.Evidence {
			if e.ID != 0 {
				known[e.ID] = e
			}
		}
	}
	return known, nil
}

// lockReason says why a task in state st takes no report now; "" when it does.
func lockReason(l lang, st rollout.TaskState) string {
	if _, err := st.Next(rollout.EventDraft); err == nil {
		return ""
	}
	switch st {
	case rollout.StateAssigned:
		return tr(l, "report.locked_assigned")
	case rollout.StateReported:
		return tr(l, "report.locked_reported")
	}
	return tr(l, "report.locked", stateLabel(l, st))
}

// reportPageFor is the form of t's report for period (the current one of the
// batch's rhythm when empty), stored being the report saved for it (nil when
// none).
func (s *Server) reportPageFor(r *http.Request, t *rollout.Task, period rollout.Period, stored *rollout.Report) *reportPage {
	l := requestLang(r)
	rhythm := s.rhythmOf(r.Context(), t.Batch)
	if period == "" {
		period = rollout.PeriodOf(rhythm, s.now())
	}
	return &reportPage{
		layout:   newLayout(r, tr(l, "report.title", t.ItemName, periodLabel(l, period)), ""),
		Task:     t,
		Lamp:     s.lamp(l, t),
		Period:   period,
		Periods:  withPeriod(rollout.PeriodsAround(rhythm, s.now(), 3), period),
		Statuses: rollout.Statuses,
		Stored:   stored,
		MaxMiB:   rollout.MaxAttachmentSize >> 20,
		Accept:   attachmentExts(),

		Indicators: s.taskIndicators(r, t),
	}
}

// reportForm serves GET /tasks/{id}/report?period=: the form of the period's
// report (the current quarter's when none is given), filled from the report
// stored.
func (s *Server) reportForm(w http.ResponseWriter, r *http.Request) error {
	t, err := s.loadTask(r, rollout.ActReport)
	if err != nil {
		return err
	}
	l := requestLang(r)
	period, err := askedPeriod(r)
	if err != nil {
		return err
	}
	p := s.reportPageFor(r, t, period, nil)
	if p.Stored, err = s.storedReport(r.Context(), t.ID, p.Period); err != nil {
		return err
	}
	p.Form = inputOf(p.Stored)
	p.Locked = lockReason(l, t.State)
	if r.URL.Query().Get("saved") == "1" {
		p.Notice = tr(l, "report.saved")
	}
	return s.views.report.render(w, http.StatusOK, p)
}

// reportSubmit serves POST /tasks/{id}/report: action add shows the form again
// with another evidence row; save stores a draft and comes back to the form,
// submit stores and submits it for review and goes to the task's page (303
// both). A file sent with it is stored as evidence once the report is saved.
// A save of an old version (another came first) shows both versions side by
// side with what the user typed kept and the version set to the stored one,
// so that saving again is a deliberate choice; any other refusal shows the form
// again with the message.
func (s *Server) reportSubmit(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	ctx := r.Context()
	t, err := s.loadTask(r, rollout.ActReport)
	if err != nil {
		return err
	}
	post, err := readReportPost(w, r)
	if err != nil {
		return err
	}
	stored, err := s.storedReport(ctx, t.ID, post.period)
	if err != nil {
		return err
	}
	known, err := s.knownEvidence(ctx, stored, post.in.Evidence)
	if err != nil {
		return err
	}
	p := s.reportPageFor(r, t, post.period, stored)
	p.Form = post.in
	p.Form.Evidence = withFiles(post.in.Evidence, known)
	p.FileNote = post.file != nil
	switch post.action {
	case "add":
		p.Form.Blank = post.blank + 1
		return s.views.report.render(w, http.StatusOK, p)
	case "save", "submit":
	default:
		return invalid(l, "report.bad_action", post.action)
	}
	submit := post.action == "submit"

	rep, err := post.in.report(l, t.ID, post.period)
	if err == nil && post.file != nil {
		err = post.file.check(l)
	}
	var saved *rollout.Report
	if err == nil {
		saved, err = s.reports.SaveReport(ctx, rep, submit)
		err = formFieldError(err)
	}
	if err == nil && post.file != nil {
		if _, ferr := s.reports.AddAttachment(ctx, saved.ID, post.file.evidence(), post.file.body); ferr != nil {
			if rollout.ErrorCode(ferr) != rollout.EINVALID {
				return ferr
			}
			// The report is saved; only the file is refused. Show the report as
			// stored now, with why.
			if stored, err = s.storedReport(ctx, t.ID, post.period); err != nil {
				return err
			}
			p.Stored = stored
			p.Form, p.FileNote, p.ErrorField = inputOf(stored), true, "file"
			p.Error = tr(l, "evidence.refused_after_save", errorMessage(l, ferr))
			return s.views.report.render(w, http.StatusBadRequest, p)
		}
	}
	if err == nil {
		target := fmt.Sprintf("/tasks/%d/report?period=%s&saved=1", t.ID, post.period)
		if submit {
			target = fmt.Sprintf("/tasks/%d?period=%s&done=%s", t.ID, post.period, rollout.EventSubmit)
		}
		http.Redirect(w, r, target, http.StatusSeeOther)
		return nil
	}

	var conflict *rollout.ReportConflict
	if errors.As(err, &conflict) && conflict.Current != nil {
		cur := conflict.Current
		p.Stored = cur
		p.Form.Version = cur.Version
		p.Conflict = &reportConflict{Mine: rep, Theirs: cur}
		p.Error = rollout.ErrorText(l, conflict)
		return s.views.report.render(w, http.StatusConflict, p)
	}
	// Refused for the input or the task's state, or because a step moved the
	// task meanwhile: the form again, with what was typed.
	if code := rollout.ErrorCode(err); code != rollout.EINVALID && code != rollout.ECONFLICT {
		return err
	}
	p.Error = errorMessage(l, err)
	var fe *formError
	if errors.As(err, &fe) {
		p.ErrorField = fe.field
	}
	return s.views.report.render(w, errorStatus(err), p)
}

// reportReadTarget is the target of reading t's report for period
// (ActReadReport): the task's (its unit, the item's responsible units), the
// report's item, unit and period, and — for a user holding the evaluator
// role — the rounds, which open to their evaluators the reports of their
// units, items and period and nothing else.
func (s *Server) reportReadTarget(r *http.Request, t *rollout.Task, period rollout.Period) (rollout.Target, error) {
	target, err := s.taskTarget(r.Context(), t)
	if err != nil {
		return target, err
	}
	return s.reportTargetOf(r, target, t, period)
}

// reportTargetOf completes target, the target of reading t, into the target of
// reading t's report for period.
func (s *Server) reportTargetOf(r *http.Request, target rollout.Target, t *rollout.Task, period rollout.Period) (rollout.Target, error) {
	ctx := r.Context()
	target.ItemID, target.UnitID, target.Period = t.ItemID, t.UnitID, period
	if u := rollout.ActorFrom(ctx); u != nil && u.Has(rollout.RoleEvaluator) && s.evaluations != nil {
		rounds, err := s.evaluations.Rounds(ctx)
		if err != nil {
			return target, err
		}
		for _, rd := range rounds {
			target.Rounds = append(target.Rounds, rd.Scope())
		}
	}
	return target, nil
}

// evidenceURL is where evidence e of report rep is served: the task and period
// name the report, whose reader may fetch it.
func evidenceURL(rep *rollout.Report, e rollout.Evidence) string {
	return fmt.Sprintf("/evidence/%d?task=%d&period=%s", e.ID, rep.TaskID, url.QueryEscape(string(rep.Period)))
}

// evidenceFile serves GET /evidence/{id}?task=&period=: an attached file, to
// those who may read the task's report for that period (ActReadReport: who
// reads the task, and the evaluators of a round over it), and only when it is evidence of that task's
// report for that period (now or in an earlier version). It is sent as an
// attachment of its stored type, never shown inline.
func (s *Server) evidenceFile(w http.ResponseWriter, r *http.Request) error {
	if err := s.signedIn(r, rollout.ActReadReport); err != nil {
		return err
	}
	l := requestLang(r)
	ctx := r.Context()
	id, err := positiveInt(l, r, "id", "value.evidence_id")
	if err != nil {
		return err
	}
	q := r.URL.Query()
	taskID, err := strconv.ParseInt(q.Get("task"), 10, 64)
	if err != nil || taskID <= 0 {
		return notFound(l, r.URL.Path)
	}
	acc, err := s.tasks.TaskAccess(ctx, taskID)
	if err != nil {
		return err
	}
	t, target, err := s.accessTarget(ctx, acc)
	if err != nil {
		return err
	}
	period, err := parsePeriod(l, q.Get("period"))
	if err != nil {
		return notFound(l, r.URL.Path)
	}
	if target, err = s.reportTargetOf(r, target, t, period); err != nil {
		return err
	}
	if err := s.authorize(r, rollout.ActReadReport, target); err != nil {
		return err
	}
	rep, err := s.storedReport(ctx, t.ID, period)
	if err != nil {
		return err
	}
	if rep == nil {
		return notFound(l, r.URL.Path)
	}
	known, err := s.knownEvidence(ctx, rep, []evidenceRow{{ID: id}})
	if err != nil {
		return err
	}
	if _, ok := known[id]; !ok {
		return notFound(l, r.URL.Path)
	}
	ev, body, err := s.reports.Attachment(ctx, id)
	if err != nil {
		return err
	}
	if ev.FileName == "" {
		return notFound(l, r.URL.Path)
	}
	h := w.Header()
	h.Set("Content-Type", cmp.Or(ev.FileType, "application/octet-stream"))
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": ev.FileName}))
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body) // an error here is a client gone away
	return nil
}

// apiReport is a progress report in the API.
type apiReport struct {
	ID          int64         `json:"id"`
	TaskID      int64         `json:"task_id"`
	Period      string        `json:"period"`
	Version     int           `json:"version"`
	Status      string        `json:"status"`
	Measures    string        `json:"measures"`
	Problem     bool          `json:"problem"`
	ProblemText string        `json:"problem_text"`
	Evidence    []apiEvidence `json:"evidence"`
	// Values are the item's indicator values the report states.
	Values    []rollout.IndicatorValue `json:"indicator_values"`
	Submitted bool                     `json:"submitted"`
	UpdatedAt time.Time                `json:"updated_at"`
	UpdatedBy string                   `json:"updated_by"`
}

// apiEvidence is a local document or an attached file backing a report.
type apiEvidence struct {
	ID       int64  `json:"id"`
	Title    string `json:"title"`
	DocNo    string `json:"doc_no"`
	Date     string `json:"date"` // YYYY-MM-DD; "" when none
	Link     string `json:"link"`
	FileName string `json:"file_name"`
	FileType string `json:"file_type"`
	FileSize int64  `json:"file_size"`
	SHA256   string `json:"sha256"`
	URL      string `json:"url"` // where the file is served; "" without one
}

func newAPIReport(rep *rollout.Report) apiReport {
	out := apiReport{ID: rep.ID, TaskID: rep.TaskID, Period: string(rep.Period), Version: rep.Version, Status: string(rep.Status),
		Measures: rep.Measures, Problem: rep.Problem, ProblemText: rep.ProblemText, Evidence: []apiEvidence{},
		Submitted: rep.Submitted, UpdatedAt: rep.UpdatedAt, UpdatedBy: rep.UpdatedBy, Values: orEmpty(rep.Values)}
	for _, e := range rep.Evidence {
		ae := apiEvidence{ID: e.ID, Title: e.Title, DocNo: e.DocNo, Link: e.Link,
			FileName: e.FileName, FileType: e.FileType, FileSize: e.FileSize, SHA256: e.SHA256}
		if !e.Date.IsZero() {
			ae.Date = e.Date.Format(time.DateOnly)
		}
		if e.FileName != "" && e.ID != 0 {
			ae.URL = evidenceURL(rep, e)
		}
		out.Evidence = append(out.Evidence, ae)
	}
	return out
}

// apiReportRequest is the body of PUT /api/v1/tasks/{id}/reports/{period}.
type apiReportRequest struct {
	Version     int                `json:"version"`
	Status      string             `json:"status"`
	Measures    string             `json:"measures"`
	Problem     bool               `json:"problem"`
	ProblemText string             `json:"problem_text"`
	Evidence    []apiEvidenceInput `json:"evidence"`
	Submit      bool               `json:"submit"`
	// Values replace the report's indicator values; absent (null) keeps them.
	Values []rollout.IndicatorValue `json:"indicator_values"`
}

// apiEvidenceInput is a line of evidence to save: a new one, or (with id) one
// stored already, which keeps its attached file.
type apiEvidenceInput struct {
	ID    int64  `json:"id"`
	Title string `json:"title"`
	DocNo string `json:"doc_no"`
	Date  string `json:"date"`
	Link  string `json:"link"`
}

// apiConflict is the answer to a save of an old version: the error, and the
// report as stored now.
type apiConflict struct {
	Error   apiErrorDetail `json:"error"`
	Current apiReport      `json:"current"`
}

// input turns the request into the form's input, refusing what the form
// cannot express: a negative version, a status that is neither a code nor a
// label of the vocabulary, evidence without a title.
func (req *apiReportRequest) input(l lang) (reportInput, error) {
	in := reportInput{Version: req.Version, Measures: strings.TrimSpace(req.Measures), Problem: req.Problem,
		ProblemText: strings.TrimSpace(req.ProblemText)}
	if req.Version < 0 {
		return in, invalid(l, "report.api_version", req.Version)
	}
	st, err := rollout.ParseStatus(strings.TrimSpace(req.Status))
	if err != nil {
		return in, err
	}
	in.Status = st
	for i, e := range req.Evidence {
		row := evidenceRow{ID: e.ID, Title: strings.TrimSpace(e.Title), DocNo: strings.TrimSpace(e.DocNo),
			Date: strings.TrimSpace(e.Date), Link: strings.TrimSpace(e.Link)}
		if row.Title == "" {
			return in, invalid(l, "report.api_evidence_title", i)
		}
		in.Evidence = append(in.Evidence, row)
	}
	if req.Values != nil {
		in.HasValues, in.Values = true, valuesInput(req.Values)
	}
	return in, nil
}

// apiTaskReport serves GET /api/v1/tasks/{id}/reports/{period}.
// Who may read it is ActReadReport's answer: who reads the task, and the
// evaluators of a round over the task's unit, item and period.
func (s *Server) apiTaskReport(w http.ResponseWriter, r *http.Request) error {
	if err := s.signedIn(r, rollout.ActReadReport); err != nil {
		return err
	}
	id, err := taskID(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	period, err := parsePeriod(requestLang(r), r.PathValue("period"))
	if err != nil {
		// A missing task is told before a malformed period.
		if _, terr := s.tasks.Task(ctx, id); terr != nil {
			return terr
		}
		return err
	}
	// The task, what authorising the read takes and the report, in one read;
	// the report is shown only once the read is allowed.
	acc, rep, err := s.reports.TaskReport(ctx, id, period)
	if err != nil {
		return err
	}
	t, target, err := s.accessTarget(ctx, acc)
	if err != nil {
		return err
	}
	if target, err = s.reportTargetOf(r, target, t, period); err != nil {
		return err
	}
	if err := s.authorize(r, rollout.ActReadReport, target); err != nil {
		return err
	}
	if rep == nil {
		return rollout.E(rollout.ENOTFOUND, "err.report.not_found", t.ID, period)
	}
	return writeJSON(w, http.StatusOK, newAPIReport(rep))
}

// apiPutReport serves PUT /api/v1/tasks/{id}/reports/{period}: it saves the
// report (version 0 creates it; otherwise the version edited), submitting it
// when submit is true, and answers 200 with the report saved. A save of an
// old version is 409 with the report as stored now.
func (s *Server) apiPutReport(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	ctx := r.Context()
	t, err := s.loadTask(r, rollout.ActReport)
	if err != nil {
		return err
	}
	period, err := parsePeriod(l, r.PathValue("period"))
	if err != nil {
		return err
	}
	var req apiReportRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	in, err := req.input(l)
	if err != nil {
		return err
	}
	rep, err := in.report(l, t.ID, period)
	if err != nil {
		return err
	}
	saved, err := s.reports.SaveReport(ctx, rep, req.Submit)
	var conflict *rollout.ReportConflict
	if errors.As(err, &conflict) && conflict.Current != nil {
		return writeJSON(w, http.StatusConflict, apiConflict{
			Error: apiErrorDetail{Code: rollout.ECONFLICT,
				Message: rollout.ErrorText(l, conflict)},
			Current: newAPIReport(conflict.Current),
		})
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newAPIReport(saved))
}
