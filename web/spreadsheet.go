package web

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"rollout"
	"rollout/sheet"
)

// Spreadsheets, as units exchange them today (journey 3): a unit's progress
// report template (.xlsx, sheet.Template), one row per task of the unit,
// pre-filled with the reports of the period; the template filled in Excel,
// WPS or LibreOffice and imported back — every row checked, and all of them
// saved in one transaction (ReportService.SaveReports) or, at the first
// problem, none; and the task lists (the unit's tasks, the overdue list, the
// reviewer's queue) as .xlsx or CSV with the rows and columns their pages
// show. Downloading the template and importing it need ActReport on the
// unit; a list needs what its page needs (?format= on the page's own route).
// Every file served is audited: export.template, export.list.

// Bounds and media types of the spreadsheets.
const (
	// maxTemplateSize bounds an imported template: the domain's bound, which
	// sheet.ReadTemplate holds every entry point to.
	maxTemplateSize = rollout.MaxTemplateSize
	// maxImportBody bounds the import form: the file with the form's fields
	// and the multipart framing.
	maxImportBody = maxTemplateSize + 64<<10
	xlsxType      = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	csvType       = "text/csv; charset=utf-8"
)

// taskKey writes a task's ID as the template's 任务编号 does: T-000745.
func taskKey(id int64) string { return fmt.Sprintf("T-%06d", id) }

// unitObject names a unit in the audit trail.
func unitObject(u *rollout.Unit) string { return "unit:" + strconv.FormatInt(u.ID, 10) }

// unitSlug names a unit in an ASCII file name: its code, or its ID.
func unitSlug(u *rollout.Unit) string {
	return asciiName(cmp.Or(u.Code, strconv.FormatInt(u.ID, 10)))
}

// asciiName keeps letters, digits, '-' and '.' of s; anything else becomes '_'.
func asciiName(s string) string {
	return strings.Map(func(r rune) rune {
		if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') || r == '-' || r == '.' {
			return r
		}
		return '_'
	}, s)
}

// fileName makes s safe as the name of a file saved on any system: no path
// separators, control characters or characters Windows refuses.
func fileName(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, s)
}

// contentDisposition is the header of an attachment named name (RFC 6266):
// filename* carries the name in UTF-8, percent-encoded (RFC 8187), and
// filename an ASCII fallback for clients that read nothing else.
func contentDisposition(name, fallback string) string {
	var b strings.Builder
	for _, c := range []byte(name) {
		if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || strings.IndexByte("!#$&+-.^_`|~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return `attachment; filename="` + asciiName(fallback) + `"; filename*=UTF-8''` + b.String()
}

// sendFile answers with body as an attachment of type ctype.
func sendFile(w http.ResponseWriter, ctype, name, fallback string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", contentDisposition(fileName(name), fallback))
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body) // an error here is a client gone away
}

// reportsOf returns the reports saved for period of the tasks ids, by task ID.
func (s *Server) reportsOf(ctx context.Context, ids []int64, period rollout.Period) (map[int64]*rollout.Report, error) {
	out := map[int64]*rollout.Report{}
	for _, id := range ids {
		rep, err := s.storedReport(ctx, id, period)
		if err != nil {
			return nil, err
		}
		if rep != nil {
			out[id] = rep
		}
	}
	return out, nil
}

// templatePeriods are the periods whose templates the pages offer: the
// current quarter and the one before (reports of a quarter are filed in the
// first weeks of the next).
func templatePeriods(now time.Time) []rollout.Period { return periodChoices(now)[1:3] }

// templateDownload serves GET /units/{id}/template.xlsx?period= and GET
// /api/v1/units/{id}/template.xlsx: unit {id}'s progress report template for
// the period (the current quarter when none is given), one row per task of
// the unit, pre-filled with its report for the period where one was saved.
// It is sent as an attachment named in Chinese, and audited as
// export.template.
func (s *Server) templateDownload(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnitFor(r, rollout.ActReport)
	if err != nil {
		return err
	}
	ctx := r.Context()
	l := requestLang(r)
	period, err := askedPeriod(r)
	if err != nil {
		return err
	}
	if period == "" {
		period = periodAt(s.now())
	}
	tasks, err := s.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: u.ID})
	if err != nil {
		return err
	}
	ids := make([]int64, len(tasks))
	for i, t := range tasks {
		ids[i] = t.ID
	}
	current, err := s.reportsOf(ctx, ids, period)
	if err != nil {
		return err
	}
	inds, err := s.itemIndicatorsOf(ctx, tasks)
	if err != nil {
		return err
	}
	body, err := sheet.TemplateWithIndicators(u, period, tasks, current, inds, s.now())
	if err != nil {
		return err
	}
	if err := s.audit.Audit(ctx, "export.template", unitObject(u), "period="+string(period)); err != nil {
		return err
	}
	sendFile(w, xlsxType, tr(l, "import.template_file", u.Name, periodLabel(l, period)),
		"rollout-template-"+unitSlug(u)+"-"+string(period)+".xlsx", body)
	return nil
}

// importStore is the services of the site as sheet.ImportTemplate reads and
// writes them: the import is the same function on every entry point.
type importStore struct{ s *Server }

func (st importStore) Tasks(ctx context.Context, f rollout.TaskFilter) ([]*rollout.Task, error) {
	return st.s.tasks.Tasks(ctx, f)
}

func (st importStore) Report(ctx context.Context, taskID int64, p rollout.Period) (*rollout.Report, error) {
	return st.s.reports.Report(ctx, taskID, p)
}

func (st importStore) Indicators(ctx context.Context, itemID int64) ([]*rollout.Indicator, error) {
	if st.s.indicators == nil {
		return nil, nil
	}
	return st.s.indicators.Indicators(ctx, itemID)
}

func (st importStore) SaveReports(ctx context.Context, rs []*rollout.Report, submit bool) ([]*rollout.Report, error) {
	return st.s.reports.SaveReports(ctx, rs, submit)
}

// importTemplate reads data, a filled-in template, and imports it into unit
// u's reports as sheet.ImportTemplate does; a file refused as a whole is a
// *formError on the file input.
func (s *Server) importTemplate(ctx context.Context, u *rollout.Unit, data []byte, opt sheet.ImportOptions) (*sheet.Import, error) {
	filled, err := sheet.ReadTemplate(data)
	if err != nil {
		return nil, &formError{"file", err}
	}
	imp, err := sheet.ImportTemplate(ctx, importStore{s}, u, filled, opt)
	if rollout.ErrorCode(err) == rollout.EINVALID {
		return nil, &formError{"file", err}
	}
	return imp, err
}

// importProblem is a problem of an imported file as a page shows it.
type importProblem struct {
	Row     int
	Column  string
	Cell    string
	Message string
}

func importProblems(l lang, problems []sheet.CellError) []importProblem {
	out := make([]importProblem, len(problems))
	for i, e := range problems {
		out[i] = importProblem{Row: e.Row, Column: e.Column, Cell: e.Cell, Message: e.Text(l)}
	}
	return out
}

// importPage is the data of the import page: the form, and after a refused
// upload why it was refused.
type importPage struct {
	layout
	Unit    *rollout.Unit
	Periods []rollout.Period // the templates offered
	Submit  bool             // the box "submit for review" as last posted
	MaxMiB  int
	// FileName is the file last posted; Period the period it is for ("" when
	// it could not be read).
	FileName string
	Period   rollout.Period
	// Error is why the file was refused as a whole; ErrorField the input it
	// is about.
	Error      string
	ErrorField string
	// Problems lists every cell and row refused; Conflict says, when rows were
	// filled in on versions since replaced, which tasks and what to do.
	Problems []importProblem
	Conflict string
}

func (s *Server) importPageFor(r *http.Request, u *rollout.Unit) *importPage {
	l := requestLang(r)
	return &importPage{
		layout:  newLayout(r, tr(l, "import.title", u.Name), ""),
		Unit:    u,
		Periods: templatePeriods(s.now()),
		MaxMiB:  maxTemplateSize >> 20,
	}
}

// importForm serves GET /units/{id}/import.
func (s *Server) importForm(w http.ResponseWriter, r *http.Request) error {
	u, err := s.readUnitFor(r, rollout.ActReport)
	if err != nil {
		return err
	}
	return s.views.sheetImport.render(w, http.StatusOK, s.importPageFor(r, u))
}

// templateUpload is a filled-in template posted with the import form.
type templateUpload struct {
	name   string
	data   []byte
	submit bool
}

func templateTooLarge(l lang) error {
	return &httpError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge,
		message: tr(l, "import.too_large", maxTemplateSize>>20)}
}

// readTemplateUpload reads the import form: multipart, with the file in file
// (an .xlsx of at most maxTemplateSize bytes) and the box submit.
func readTemplateUpload(w http.ResponseWriter, r *http.Request) (templateUpload, error) {
	l := requestLang(r)
	var up templateUpload
	r.Body = http.MaxBytesReader(w, r.Body, maxImportBody)
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "multipart/form-data" {
		return up, &formError{"file", invalid(l, "import.not_multipart")}
	}
	err := r.ParseMultipartForm(1 << 20) // a larger file waits in a temporary file
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return up, templateTooLarge(l)
	case err != nil:
		return up, invalid(l, "error.form_unreadable")
	}
	defer r.MultipartForm.RemoveAll()
	up.submit = r.PostFormValue("submit") != ""
	f, h, err := r.FormFile("file")
	if err != nil {
		return up, &formError{"file", invalid(l, "import.no_file")}
	}
	defer f.Close()
	up.name = path.Base(strings.ReplaceAll(h.Filename, `\`, "/"))
	switch {
	case strings.ToLower(path.Ext(up.name)) != ".xlsx":
		return up, &formError{"file", invalid(l, "import.bad_type", up.name)}
	case h.Size > maxTemplateSize:
		return up, templateTooLarge(l)
	}
	if up.data, err = io.ReadAll(io.LimitReader(f, maxTemplateSize+1)); err != nil {
		return up, fmt.Errorf("read uploaded template: %w", err)
	}
	switch {
	case len(up.data) > maxTemplateSize:
		return up, templateTooLarge(l)
	case len(up.data) == 0:
		return up, &formError{"file", invalid(l, "import.empty_file", up.name)}
	}
	return up, nil
}

// importRefused shows the form again with why the file was refused as a
// whole; faults of the system are returned, to become the error page.
func (s *Server) importRefused(w http.ResponseWriter, r *http.Request, p *importPage, err error) error {
	status := errorStatus(err)
	if status >= 500 {
		return err
	}
	p.Error = errorMessage(requestLang(r), err)
	var fe *formError
	if errors.As(err, &fe) {
		p.ErrorField = fe.field
	}
	return s.views.sheetImport.render(w, status, p)
}

// importSubmit serves POST /units/{id}/import: file, a filled-in template of
// the unit, and submit, set to submit the reports for review rather than save
// drafts. When every row is right the reports are saved together and the
// answer is a redirect (303) to the unit's tasks with the number saved. A
// file refused as a whole (not a template, another unit's) shows the form
// again with why (400, 413); rows with problems show the form with each
// problem by row and column (422), and a row filled in on a version since
// replaced shows which task changed and to download the template afresh
// (409). Then nothing is saved.
func (s *Server) importSubmit(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	ctx := r.Context()
	u, err := s.readUnitFor(r, rollout.ActReport)
	if err != nil {
		return err
	}
	p := s.importPageFor(r, u)
	up, err := readTemplateUpload(w, r)
	p.Submit, p.FileName = up.submit, up.name
	if err != nil {
		return s.importRefused(w, r, p, err)
	}
	imp, err := s.importTemplate(ctx, u, up.data, sheet.ImportOptions{Submit: up.submit})
	if err != nil {
		return s.importRefused(w, r, p, err)
	}
	p.Period = imp.Period
	if len(imp.Problems) > 0 {
		p.Problems = importProblems(l, imp.Problems)
		status := http.StatusUnprocessableEntity
		if imp.Conflict() {
			p.Conflict = tr(l, "import.conflict", strings.Join(imp.StaleKeys(), tr(l, "list.sep")))
			status = http.StatusConflict
		}
		return s.views.sheetImport.render(w, status, p)
	}
	target := fmt.Sprintf("/units/%d/tasks?imported=%d&unchanged=%d", u.ID, len(imp.Saved), imp.Unchanged)
	if up.submit {
		target += "&submitted=1"
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
	return nil
}

// importNotice is what the unit's task page says after an import.
type importNotice struct {
	Saved, Unchanged int
	Submitted        bool
}

// importedNotice reads the notice an import's redirect asks for; nil for none.
func importedNotice(r *http.Request) *importNotice {
	q := r.URL.Query()
	if !q.Has("imported") {
		return nil
	}
	return &importNotice{Saved: countNotice(r, "imported"), Unchanged: countNotice(r, "unchanged"), Submitted: q.Get("submitted") == "1"}
}

// apiCellError is a problem of an imported file: the row and column (as the
// file titles it) and cell, when known, and what is wrong.
type apiCellError struct {
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Cell    string `json:"cell"`
	Message string `json:"message"`
}

// apiImportResult is the answer to an import that was saved (or, in a dry
// run, would be).
type apiImportResult struct {
	DryRun    bool           `json:"dry_run"`
	Period    string         `json:"period"`
	Saved     int            `json:"saved"`
	Unchanged int            `json:"unchanged"`
	Errors    []apiCellError `json:"errors"`
}

// apiImportRefused is the answer to an import refused for its rows: the
// error, and every problem found. Nothing was saved.
type apiImportRefused struct {
	Error  apiErrorDetail `json:"error"`
	Errors []apiCellError `json:"errors"`
}

func newAPICellErrors(l lang, problems []sheet.CellError) []apiCellError {
	out := []apiCellError{}
	for _, e := range problems {
		out = append(out, apiCellError{Row: e.Row, Column: e.Column, Cell: e.Cell, Message: e.Text(l)})
	}
	return out
}

// boolParam reads a query parameter that is true or false (false when absent).
func boolParam(l lang, r *http.Request, name string) (bool, error) {
	switch raw := r.URL.Query().Get(name); raw {
	case "", "false":
		return false, nil
	case "true":
		return true, nil
	default:
		return false, invalid(l, "import.api_flag", name, raw)
	}
}

// readTemplateBody reads a request body that is a filled-in template, sent as
// an .xlsx (415 otherwise) of at most maxTemplateSize bytes (413 otherwise).
func readTemplateBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	l := requestLang(r)
	ct := r.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != xlsxType {
		return nil, &httpError{status: http.StatusUnsupportedMediaType, code: codeUnsupportedMediaType,
			message: tr(l, "import.api_type", ct)}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxTemplateSize))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, templateTooLarge(l)
	case err != nil:
		return nil, fmt.Errorf("read request body: %w", err)
	}
	return body, nil
}

// apiImportReports serves POST /api/v1/units/{id}/reports/import?submit=&dry_run=:
// the body is a filled-in template of the unit, checked as the import page
// checks it. When every row is right the reports are saved together
// (submitted for review with submit=true; not at all with dry_run=true) and
// the answer is 200 with how many. Rows with problems are 422 with every
// problem; rows filled in on versions since replaced are 409 with them; a
// file that is not the unit's template is 400. Then nothing is saved.
func (s *Server) apiImportReports(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	ctx := r.Context()
	u, err := s.readUnitFor(r, rollout.ActReport)
	if err != nil {
		return err
	}
	submit, err := boolParam(l, r, "submit")
	if err != nil {
		return err
	}
	dryRun, err := boolParam(l, r, "dry_run")
	if err != nil {
		return err
	}
	data, err := readTemplateBody(w, r)
	if err != nil {
		return err
	}
	imp, err := s.importTemplate(ctx, u, data, sheet.ImportOptions{Submit: submit, DryRun: dryRun})
	if err != nil {
		return err
	}
	if len(imp.Problems) > 0 {
		out := apiImportRefused{Error: apiErrorDetail{Code: rollout.EINVALID, Message: tr(l, "import.refused", len(imp.Problems))},
			Errors: newAPICellErrors(l, imp.Problems)}
		status := http.StatusUnprocessableEntity
		if imp.Conflict() {
			out.Error = apiErrorDetail{Code: rollout.ECONFLICT, Message: tr(l, "import.conflict", strings.Join(imp.StaleKeys(), tr(l, "list.sep")))}
			status = http.StatusConflict
		}
		return writeJSON(w, status, out)
	}
	out := apiImportResult{DryRun: dryRun, Period: string(imp.Period), Saved: len(imp.Reports), Unchanged: imp.Unchanged,
		Errors: []apiCellError{}}
	if !dryRun {
		out.Saved = len(imp.Saved)
	}
	return writeJSON(w, http.StatusOK, out)
}

// The task lists as files: ?format=xlsx or ?format=csv on the page of the
// unit's tasks, of the overdue list and of the reviewer's queue gives the
// page's rows and columns as a file, to those who may see the page.

// listFormat reads ?format=: "" for the page itself, xlsx or csv for a file.
func listFormat(r *http.Request) (string, error) {
	switch f := r.URL.Query().Get("format"); f {
	case "", "xlsx", "csv":
		return f, nil
	default:
		return "", invalid(requestLang(r), "export.bad_format", f)
	}
}

// listHeader is the header of an exported task list: the columns every list
// has — batch, item number and name, unit, role, deadline as written, light,
// state — then the list's own (catalogue keys).
func listHeader(l lang, extra ...string) []string {
	h := []string{tr(l, "batch.number"), tr(l, "item.seq"), tr(l, "item.name"), tr(l, "task.unit"), tr(l, "task.role"),
		tr(l, "task.deadline"), tr(l, "task.light"), tr(l, "task.state")}
	for _, k := range extra {
		h = append(h, tr(l, k))
	}
	return h
}

// listRow is a task's row of an exported list, its own columns after the
// common ones.
func listRow(l lang, t taskRow, extra ...string) []string {
	return append([]string{batchLabel(l, t.Batch), strconv.Itoa(t.ItemSeq), t.ItemName, t.UnitName, roleLabel(l, t.Role),
		t.Deadline.Text, t.Lamp.Text, stateLabel(l, t.State)}, extra...)
}

// sendList answers a list page asked for as a file: list names it (tasks,
// overdue, reviews), title is the page's, header and rows what the page
// shows. It is audited as export.list.
func (s *Server) sendList(w http.ResponseWriter, r *http.Request, u *rollout.Unit, list, format, title string, header []string, rows [][]string) error {
	l := requestLang(r)
	now := s.now().In(rollout.Beijing)
	var body []byte
	ctype := csvType
	switch format {
	case "xlsx":
		var err error
		if body, err = sheet.ExportList(tr(l, "export.title", title, now.Format(time.DateOnly)), header, rows); err != nil {
			return err
		}
		ctype = xlsxType
	default:
		body = sheet.ExportCSV(header, rows)
	}
	detail := fmt.Sprintf("list=%s&format=%s&rows=%d", list, format, len(rows))
	if err := s.audit.Audit(r.Context(), "export.list", unitObject(u), detail); err != nil {
		return err
	}
	sendFile(w, ctype, tr(l, "export.file", title, now.Format(time.DateOnly))+"."+format,
		fmt.Sprintf("rollout-%s-%s-%s.%s", list, unitSlug(u), now.Format("20060102"), format), body)
	return nil
}
