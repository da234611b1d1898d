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
	"slices"
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
	// maxTemplateSize bounds an imported template: a unit's template with a
	// few hundred tasks filled in is well under a megabyte.
	maxTemplateSize = 10 << 20
	// maxImportBody bounds the import form: the file with the form's fields
	// and the multipart framing.
	maxImportBody = maxTemplateSize + 64<<10
	xlsxType      = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	csvType       = "text/csv; charset=utf-8"
)

// The columns of the template as the file titles them (catalogue keys):
// problems found in a row name the column as the file does, in either
// language, as the sheet package names those it finds itself.
const (
	colTask    = "sheet.col_task"
	colVersion = "sheet.col_version"
)

// importFieldCols are the columns of the report form's fields, for problems
// the form's checks find in a row.
var importFieldCols = map[string]string{
	"status":       "sheet.col_status",
	"measures":     "sheet.col_measures",
	"problem_text": "sheet.col_problem_text",
	"evidence":     "sheet.col_doc_title",
	"ev-title-0":   "sheet.col_doc_title",
	"ev-docno-0":   "sheet.col_doc_no",
	"ev-date-0":    "sheet.col_doc_date",
	"ev-link-0":    "sheet.col_doc_link",
}

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

// importPlan is a filled-in template checked as an import into its unit's
// reports: the reports to save, in the sheet's order, and every problem
// found. Nothing may be saved while problems is not empty.
type importPlan struct {
	period    rollout.Period
	reports   []*rollout.Report
	rowOf     map[int64]int // the sheet row of each report's task
	unchanged int           // rows the same as the report stored, left as they are
	problems  []sheet.CellError
	stale     []string // the tasks (as keys) whose row was filled in on a version since replaced
}

// planImport reads data, a filled-in template, as an import into unit u's
// reports, to be submitted for review when submit is set. Nothing is saved.
//
// The file must be a template (EINVALID with what is wrong, as
// sheet.ReadTemplate says) of u itself (EINVALID naming the file's unit).
// Each row must be read without error; its task must be one of u's own; its
// fields within the bounds of the report form; its version the one stored
// (a row filled in on a version since replaced is stale: a conflict); and the
// task's state must take a report (a task still assigned is acknowledged by
// the import). A row that is the same as the report stored — and, when
// submitting, one already submitted — is left as it is. The template shows a
// report's first local document only: the report's other evidence (attached
// files, other documents) is kept. A file that reports on nothing is
// EINVALID.
func (s *Server) planImport(ctx context.Context, l lang, u *rollout.Unit, data []byte, submit bool) (*importPlan, error) {
	filled, err := sheet.ReadTemplate(data)
	if err != nil {
		return nil, &formError{"file", err}
	}
	if !templateOf(filled, u) {
		return nil, &formError{"file", invalid(l, "import.other_unit", fileUnit(filled), u.Name)}
	}
	own, err := s.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: u.ID})
	if err != nil {
		return nil, err
	}
	mine := map[int64]*rollout.Task{}
	for _, t := range own {
		mine[t.ID] = t
	}
	var ids []int64
	for _, row := range filled.Rows {
		if mine[row.TaskID] != nil {
			ids = append(ids, row.TaskID)
		}
	}
	current, err := s.reportsOf(ctx, ids, filled.Period)
	if err != nil {
		return nil, err
	}

	p := &importPlan{period: filled.Period, rowOf: map[int64]int{}, problems: slices.Clone(filled.Errors)}
	for _, row := range filled.Rows {
		fail := func(column, message string) {
			p.problems = append(p.problems, sheet.CellError{Row: row.Row, Column: column, Message: message})
		}
		t := mine[row.TaskID]
		if t == nil {
			fail(tr(l, colTask), tr(l, "import.not_own", taskKey(row.TaskID), u.Name))
			continue
		}
		rep, err := importedReport(l, row, filled.Period)
		if err != nil {
			column := ""
			var fe *formError
			if errors.As(err, &fe) && importFieldCols[fe.field] != "" {
				column = tr(l, importFieldCols[fe.field])
			}
			fail(column, errorMessage(l, err))
			continue
		}
		cur := current[t.ID]
		switch {
		case cur == nil && row.Version != 0:
			fail(tr(l, colVersion), tr(l, "import.no_version", taskKey(t.ID), row.Version))
			continue
		case cur != nil && cur.Version != row.Version:
			fail(tr(l, colVersion), staleMessage(l, row.Version, cur))
			p.stale = append(p.stale, taskKey(t.ID))
			continue
		case cur != nil && sheet.SameAsStored(rep, cur) && (cur.Submitted || !submit):
			p.unchanged++
			continue
		}
		if why := importLock(l, t.State); why != "" {
			fail(tr(l, colTask), tr(l, "import.locked", taskKey(t.ID), why))
			continue
		}
		rep.Evidence = sheet.MergeEvidence(rep.Evidence, cur)
		p.reports = append(p.reports, rep)
		p.rowOf[t.ID] = row.Row
	}
	slices.SortStableFunc(p.problems, func(a, b sheet.CellError) int { return cmp.Compare(a.Row, b.Row) })
	if len(p.problems) == 0 && len(p.reports) == 0 && p.unchanged == 0 {
		return nil, &formError{"file", invalid(l, "import.empty")}
	}
	return p, nil
}

// templateOf reports whether a template was made for unit u: by the unit ID
// its meta sheet names or, when the file lost it, by the unit code its rows
// carry.
func templateOf(f *sheet.Filled, u *rollout.Unit) bool {
	if f.UnitID != 0 {
		return f.UnitID == u.ID
	}
	return f.UnitCode != "" && f.UnitCode == u.Code
}

// fileUnit names the unit a template says it is for.
func fileUnit(f *sheet.Filled) string {
	return cmp.Or(f.UnitName, f.UnitCode, "#"+strconv.FormatInt(f.UnitID, 10))
}

// importedReport is a row of the template as the report to save, held to the
// bounds the report form holds its fields to; a refusal is a *formError
// naming the form's field.
func importedReport(l lang, row sheet.FilledRow, period rollout.Period) (*rollout.Report, error) {
	r := row.Report
	in := reportInput{Version: row.Version, Status: r.Status, Measures: r.Measures, Problem: r.Problem, ProblemText: r.ProblemText}
	for _, e := range r.Evidence {
		er := evidenceRow{Title: e.Title, DocNo: e.DocNo, Link: e.Link}
		if !e.Date.IsZero() {
			er.Date = e.Date.Format(time.DateOnly)
		}
		in.Evidence = append(in.Evidence, er)
	}
	rep, err := in.report(l, row.TaskID, period, nil)
	if err != nil {
		return nil, err
	}
	if err := rep.Validate(); err != nil {
		return nil, err
	}
	return rep, nil
}

// importLock says why a task in state st takes no report by import; "" when
// it does. A task still assigned does: the import acknowledges it first.
func importLock(l lang, st rollout.TaskState) string {
	if st == rollout.StateAssigned {
		st = rollout.StateAcknowledged
	}
	return lockReason(l, st)
}

// saveImport saves the reports of a plan without problems, all or none; a
// plan of unchanged rows only saves nothing.
func (s *Server) saveImport(ctx context.Context, p *importPlan, submit bool) ([]*rollout.Report, error) {
	if len(p.reports) == 0 {
		return nil, nil
	}
	return s.reports.SaveReports(ctx, p.reports, submit)
}

// conflictProblem is a save refused for a conflict as a problem of the row of
// its task: the report changed between the check and the save.
func (p *importPlan) conflictProblem(l lang, c *rollout.ReportConflict) sheet.CellError {
	cur := c.Current
	edited := 0
	if i := slices.IndexFunc(p.reports, func(r *rollout.Report) bool { return r.TaskID == cur.TaskID }); i >= 0 {
		edited = p.reports[i].Version
	}
	return sheet.CellError{Row: p.rowOf[cur.TaskID], Column: tr(l, colVersion), Message: staleMessage(l, edited, cur)}
}

// staleMessage says that a row filled in on version edited (0: no report
// yet) of a report is stale: the report is now cur.
func staleMessage(l lang, edited int, cur *rollout.Report) string {
	by, at := cmp.Or(cur.UpdatedBy, "—"), formatClock(cur.UpdatedAt)
	if edited == 0 {
		return tr(l, "import.stale_new", taskKey(cur.TaskID), cur.Version, by, at)
	}
	return tr(l, "import.stale_row", taskKey(cur.TaskID), edited, cur.Version, by, at)
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
	Problems []sheet.CellError
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
	plan, err := s.planImport(ctx, l, u, up.data, up.submit)
	if err != nil {
		return s.importRefused(w, r, p, err)
	}
	p.Period = plan.period
	if len(plan.problems) > 0 {
		p.Problems = plan.problems
		status := http.StatusUnprocessableEntity
		if len(plan.stale) > 0 {
			p.Conflict = tr(l, "import.conflict", strings.Join(plan.stale, tr(l, "list.sep")))
			status = http.StatusConflict
		}
		return s.views.sheetImport.render(w, status, p)
	}
	saved, err := s.saveImport(ctx, plan, up.submit)
	var conflict *rollout.ReportConflict
	switch {
	case errors.As(err, &conflict) && conflict.Current != nil:
		p.Problems = []sheet.CellError{plan.conflictProblem(l, conflict)}
		p.Conflict = tr(l, "import.conflict", taskKey(conflict.Current.TaskID))
		return s.views.sheetImport.render(w, http.StatusConflict, p)
	case err != nil:
		return s.importRefused(w, r, p, err)
	}
	target := fmt.Sprintf("/units/%d/tasks?imported=%d&unchanged=%d", u.ID, len(saved), plan.unchanged)
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

func newAPICellErrors(problems []sheet.CellError) []apiCellError {
	out := []apiCellError{}
	for _, e := range problems {
		out = append(out, apiCellError{Row: e.Row, Column: e.Column, Cell: e.Cell, Message: e.Message})
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
	plan, err := s.planImport(ctx, l, u, data, submit)
	if err != nil {
		return err
	}
	if len(plan.problems) > 0 {
		out := apiImportRefused{Error: apiErrorDetail{Code: rollout.EINVALID, Message: tr(l, "import.refused", len(plan.problems))},
			Errors: newAPICellErrors(plan.problems)}
		status := http.StatusUnprocessableEntity
		if len(plan.stale) > 0 {
			out.Error = apiErrorDetail{Code: rollout.ECONFLICT, Message: tr(l, "import.conflict", strings.Join(plan.stale, tr(l, "list.sep")))}
			status = http.StatusConflict
		}
		return writeJSON(w, status, out)
	}
	out := apiImportResult{DryRun: dryRun, Period: string(plan.period), Saved: len(plan.reports), Unchanged: plan.unchanged,
		Errors: []apiCellError{}}
	if dryRun {
		return writeJSON(w, http.StatusOK, out)
	}
	saved, err := s.saveImport(ctx, plan, submit)
	var conflict *rollout.ReportConflict
	switch {
	case errors.As(err, &conflict) && conflict.Current != nil:
		return writeJSON(w, http.StatusConflict, apiImportRefused{
			Error:  apiErrorDetail{Code: rollout.ECONFLICT, Message: tr(l, "import.conflict", taskKey(conflict.Current.TaskID))},
			Errors: newAPICellErrors([]sheet.CellError{plan.conflictProblem(l, conflict)}),
		})
	case err != nil:
		return err
	}
	out.Saved = len(saved)
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
