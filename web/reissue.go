package web

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"

	"rollout"
	"rollout/notice"
	"rollout/refdata"
)

// A province divides its tasks a third way (beside the division form and the
// API's divisions): it uploads its own re-issue of the notice (转发 or 实施方案),
// sees what the document divides and which unit names are unknown, and
// confirms. Nothing is stored before the confirmation, which reads the
// document again and stores it through TaskService.Cascade in one
// transaction.

// Bounds of a re-issue document: a provincial re-issue with its division table
// is tens of kilobytes as text and a few hundred as a saved web page.
const (
	maxDocument = 2 << 20
	// maxUploadBody bounds the upload form: the document with the form's other
	// fields and the multipart framing.
	maxUploadBody = maxDocument + 64<<10
	// maxConfirmBody bounds the confirmation form: the document in base64 and
	// the unit names confirmed.
	maxConfirmBody = (maxDocument+2)/3*4 + 64<<10
)

// documentExts are the file types a notice or a re-issue is read from (the
// readers of notice/ tell them by their content; notice.ParseReissue
// tells them by their content): Word, a text PDF, plain text (a table
// with tabs or "|", or inline notation), Markdown, and a saved web page.
var documentExts = []string{".txt", ".md", ".html", ".htm", ".docx", ".pdf"}

// reissuePage is the data of the re-issue page: the upload form, or the
// preview of what a document divides with the form that confirms it.
type reissuePage struct {
	layout
	Unit     *rollout.Unit
	HasBelow bool             // the unit has units below to divide among
	Batches  []*rollout.Batch // newest first
	Batch    int              // the batch chosen
	MaxMiB   int
	Accept   string // the file input's accept attribute
	Error    string // why the last post was refused; "" when it was not
	// ErrorField is the id of the input the error is about ("document",
	// "batch", "unknown"), so the message can lead to it; "" for none.
	ErrorField string
	Preview    *reissuePreview // nil on the upload form
}

// reissuePreview is a document read and planned, not stored.
type reissuePreview struct {
	FileName    string
	Document    string // the document's bytes in base64, carried to the confirmation
	Reissue     *rollout.Reissue
	Batch       *rollout.Batch
	Rows        int // division lines read from the document
	Lines       []previewLine
	Divisions   int // tasks the confirmation would create or update
	Unknown     []previewUnknown
	Diagnostics []rollout.Diagnostic // the document's and the plan's, by line
}

// previewLine is the division of one national item.
type previewLine struct {
	Line     int // the line of the document
	ItemID   int64
	ItemSeq  int
	ItemName string
	Written  string // the item's name as the document writes it; "" when the same
	Units    []previewDivision
}

// previewDivision is one unit's part in an item.
type previewDivision struct {
	UnitID      int64
	Unit        string
	Role        rollout.TaskRole
	Deadline    rollout.Deadline
	Deliverable string
}

// previewUnknown is a unit name the document uses that matches no unit below.
type previewUnknown struct {
	Name        string
	Lines       string // the lines of the document that use it, joined
	Suggestions string // the closest known names, joined; "" when none
	Checked     bool   // confirmed for creation in the last post
	// Creatable is false for ambiguous and vague names: no new unit mends them,
	// the document must name a definite unit.
	Creatable bool
	Reason    string // rollout.ReasonUnknown, ReasonAmbiguous, ReasonVague or ReasonStandard
	Create    string // ReasonStandard: the unit created on first use
}

// reissueContext is what the page and its posts need: the issuing unit, the
// active units below it and the batches.
type reissueContext struct {
	owner   *rollout.Unit
	below   []*rollout.Unit
	batches []*rollout.Batch
}

// loadReissue reads unit {id} for dividing its tasks by a re-issue: anonymous
// visitors are refused before the unit is looked up, others unless they may
// divide its tasks.
func (s *Server) loadReissue(r *http.Request) (*reissueContext, error) {
	owner, err := s.divisionOwner(r)
	if err != nil {
		return nil, err
	}
	ctx := r.Context()
	id := owner.ID
	below, err := s.units.UnitsBelow(ctx, id)
	if err != nil {
		return nil, err
	}
	batches, err := s.catalog.Batches(ctx)
	if err != nil {
		return nil, err
	}
	return &reissueContext{owner: owner, below: below, batches: batches}, nil
}

// divisionOwner reads {id}, a unit whose tasks the user divides.
func (s *Server) divisionOwner(r *http.Request) (*rollout.Unit, error) {
	if err := s.signedIn(r, rollout.ActDivide); err != nil {
		return nil, err
	}
	id, err := unitID(r)
	if err != nil {
		return nil, err
	}
	owner, err := s.units.Unit(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if err := s.authorize(r, rollout.ActDivide, rollout.Target{UnitPath: owner.Path}); err != nil {
		return nil, err
	}
	return owner, nil
}

// page is the upload form with batch chosen (the newest when 0).
func (rc *reissueContext) page(r *http.Request, batch int) *reissuePage {
	l := requestLang(r)
	if batch == 0 && len(rc.batches) > 0 {
		batch = rc.batches[0].Batch
	}
	return &reissuePage{
		layout:   newLayout(r, tr(l, "reissue.title", rc.owner.Name), ""),
		Unit:     rc.owner,
		HasBelow: len(rc.below) > 0,
		Batches:  rc.batches,
		Batch:    batch,
		MaxMiB:   maxDocument >> 20,
		Accept:   strings.Join(documentExts, ","),
	}
}

// upload is a document sent to the page: its bytes, file name and batch, and on
// confirmation the unknown unit names to create.
type upload struct {
	doc      []byte
	name     string
	batch    int
	newUnits []string
}

// planned is a document read and resolved against a batch's items and the
// units below the issuing unit.
type planned struct {
	reissue *rollout.Reissue
	batch   *rollout.Batch
	plan    rollout.CascadePlan
}

// planWith is the plan function Cascade calls with the units below the owner
// as they are inside its transaction.
func (p *planned) planWith(owner *rollout.Unit) func(below []*rollout.Unit) rollout.CascadePlan {
	return func(below []*rollout.Unit) rollout.CascadePlan {
		return rollout.PlanCascadeWith(p.reissue, p.batch.Items, owner, below, refdata.ProvincialDepartments())
	}
}

// planDocument reads doc and plans it for batch over the units below owner.
// Nothing is stored. A document that is not a re-issue, and a batch that does
// not exist, are the input's fault (EINVALID).
func (s *Server) planDocument(ctx context.Context, l lang, owner *rollout.Unit, below []*rollout.Unit, doc []byte, batch int) (*planned, error) {
	if len(below) == 0 {
		return nil, invalid(l, "reissue.no_below", owner.Name)
	}
	r, err := notice.ParseReissue(doc)
	if err != nil {
		if rollout.ErrorCode(err) == rollout.EINVALID {
			return nil, &formError{"document", err}
		}
		return nil, err
	}
	b, err := s.catalog.BatchByNumber(ctx, batch)
	if rollout.ErrorCode(err) == rollout.ENOTFOUND {
		return nil, &formError{"batch", invalid(l, "reissue.no_batch", batchLabel(l, batch))}
	}
	if err != nil {
		return nil, err
	}
	return &planned{reissue: r, batch: b, plan: rollout.PlanCascadeWith(r, b.Items, owner, below, refdata.ProvincialDepartments())}, nil
}

// reissueFields are the inputs of the re-issue page that refusals of a
// cascade are about, by the refusal's key.
var reissueFields = map[string]string{
	"err.task.cascade_not_unknown": "unknown",
	"err.task.cascade_unknown":     "unknown",
	"err.task.cascade_elsewhere":   "unknown",
}

// reissueField is the input of the re-issue page err is about, "" for none.
func reissueField(err error) string {
	var e *rollout.Error
	if errors.As(err, &e) {
		return reissueFields[e.Key]
	}
	return ""
}

// uniqueNames trims names, drops empty ones and repeats, keeping the order.
func uniqueNames(names []string) []string {
	var out []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// documentExt reports whether a file name has one of documentExts.
func documentExt(name string) bool {
	return slices.Contains(documentExts, strings.ToLower(path.Ext(name)))
}

func documentTooLarge(l lang) error {
	return &httpError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge,
		message: tr(l, "reissue.too_large", maxDocument>>20)}
}

// parsePost reads a posted form of at most limit bytes: multipart, or (for the
// confirmation only, which carries no file) URL-encoded.
func parsePost(w http.ResponseWriter, r *http.Request, limit int64, urlencoded bool) error {
	l := requestLang(r)
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	switch {
	case mt == "multipart/form-data":
		// Everything stays in memory: the body is bounded by limit.
		err = r.ParseMultipartForm(limit)
	case mt == "application/x-www-form-urlencoded" && urlencoded:
		err = r.ParseForm()
	default:
		return &formError{"document", invalid(l, "reissue.not_multipart")}
	}
	var tooLarge *http.MaxBytesError
	switch {
	case err == nil:
		return formText(r) // multipart fields are text too (text.go)
	case errors.As(err, &tooLarge):
		return documentTooLarge(l)
	default:
		return invalid(l, "error.form_unreadable")
	}
}

// formBatch reads the batch field.
func formBatch(l lang, r *http.Request) (int, error) {
	raw := strings.TrimSpace(r.PostFormValue("batch"))
	n, err := strconv.Atoi(raw)
	if err != nil || n <= 0 {
		return 0, &formError{"batch", invalid(l, "reissue.bad_batch", raw)}
	}
	return n, nil
}

// readUpload reads the upload form: the file in document and the batch.
func readUpload(w http.ResponseWriter, r *http.Request) (upload, error) {
	l := requestLang(r)
	var up upload
	if err := parsePost(w, r, maxUploadBody, false); err != nil {
		return up, err
	}
	defer r.MultipartForm.RemoveAll()
	batch, batchErr := formBatch(l, r)
	up.batch = batch
	f, h, err := r.FormFile("document")
	if err != nil {
		return up, &formError{"document", invalid(l, "reissue.no_file")}
	}
	if up.name, up.doc, err = readDocumentFile(l, f, h, "reissue.bad_type"); err != nil {
		return up, err
	}
	return up, batchErr
}

// readDocumentFile reads an uploaded document (a notice or a re-issue): one
// of documentExts (badType names the refusal), at most maxDocument bytes. It
// closes f.
func readDocumentFile(l lang, f multipart.File, h *multipart.FileHeader, badType string) (string, []byte, error) {
	defer f.Close()
	if !documentExt(h.Filename) {
		return h.Filename, nil, &formError{"document", invalid(l, badType, h.Filename)}
	}
	if h.Size > maxDocument {
		return h.Filename, nil, documentTooLarge(l)
	}
	doc, err := io.ReadAll(io.LimitReader(f, maxDocument+1))
	if err != nil {
		return h.Filename, nil, fmt.Errorf("read uploaded file: %w", err)
	}
	if len(doc) > maxDocument {
		return h.Filename, nil, documentTooLarge(l)
	}
	return h.Filename, doc, nil
}

// readConfirm reads the confirmation form: the document carried in base64
// with its file name and batch, and the unknown names checked for creation.
func readConfirm(w http.ResponseWriter, r *http.Request) (upload, error) {
	l := requestLang(r)
	var up upload
	if err := parsePost(w, r, maxConfirmBody, true); err != nil {
		return up, err
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	batch, batchErr := formBatch(l, r)
	up.batch = batch
	up.name = r.PostFormValue("filename")
	up.newUnits = uniqueNames(r.PostForm["new-unit"])
	raw := r.PostFormValue("document")
	doc, err := base64.StdEncoding.DecodeString(raw)
	switch {
	case raw == "" || err != nil:
		return up, &formError{"document", invalid(l, "reissue.carried_damaged")}
	case len(doc) > maxDocument:
		return up, documentTooLarge(l)
	case !documentExt(up.name):
		return up, &formError{"document", invalid(l, "reissue.bad_type", up.name)}
	}
	up.doc = doc
	return up, batchErr
}

// unitNames maps the IDs of units to their names.
func unitNames(units ...[]*rollout.Unit) map[int64]string {
	out := map[int64]string{}
	for _, us := range units {
		for _, u := range us {
			out[u.ID] = u.Name
		}
	}
	return out
}

// joinLines writes line numbers as a list: 8、9 or 8, 9.
func joinLines(l lang, lines []int) string {
	parts := make([]string, len(lines))
	for i, n := range lines {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, tr(l, "list.sep"))
}

// preview arranges a planned document for the page; the unknown names in
// up.newUnits are shown checked.
func (rc *reissueContext) preview(r *http.Request, up upload, p *planned) *reissuePage {
	l := requestLang(r)
	pg := rc.page(r, p.batch.Batch)
	pg.Title = tr(l, "reissue.preview_title", rc.owner.Name)
	names := unitNames(rc.below)
	pv := &reissuePreview{
		FileName: up.name,
		Document: base64.StdEncoding.EncodeToString(up.doc),
		Reissue:  p.reissue,
		Batch:    p.batch,
		Rows:     len(p.reissue.Rows),
	}
	for _, line := range p.plan.Lines {
		pl := previewLine{Line: line.Line, ItemID: line.ItemID, ItemSeq: line.ItemSeq, ItemName: line.ItemName}
		if line.Written != line.ItemName {
			pl.Written = line.Written
		}
		for _, d := range line.Divisions {
			name, ok := names[d.UnitID]
			if !ok {
				name = tr(l, "unit.by_id", d.UnitID)
			}
			pl.Units = append(pl.Units, previewDivision{UnitID: d.UnitID, Unit: name, Role: d.Role,
				Deadline: d.Deadline, Deliverable: d.Deliverable})
		}
		pv.Divisions += len(line.Divisions)
		pv.Lines = append(pv.Lines, pl)
	}
	for _, u := range p.plan.Unknown {
		pv.Unknown = append(pv.Unknown, previewUnknown{
			Name:        u.Name,
			Lines:       joinLines(l, u.Lines),
			Suggestions: strings.Join(u.Suggestions, tr(l, "list.sep")),
			Checked:     slices.Contains(up.newUnits, u.Name),
			Creatable:   u.Reason == rollout.ReasonUnknown,
			Reason:      u.Reason,
			Create:      u.Create,
		})
	}
	pv.Diagnostics = append(slices.Clone(p.reissue.Diagnostics), p.plan.Diagnostics...)
	slices.SortStableFunc(pv.Diagnostics, func(a, b rollout.Diagnostic) int { return a.Line - b.Line })
	pg.Preview = pv
	return pg
}

// reissueRefused shows why a post was refused: on the preview when the
// document was read (p is not nil), else on the upload form. Faults of the
// system are returned, to become the error page.
func (s *Server) reissueRefused(w http.ResponseWriter, r *http.Request, rc *reissueContext, up upload, p *planned, err error) error {
	status := errorStatus(err)
	if status >= 500 {
		return err
	}
	var pg *reissuePage
	if p != nil {
		pg = rc.preview(r, up, p)
	} else {
		pg = rc.page(r, up.batch)
	}
	pg.Error = errorMessage(requestLang(r), err)
	var fe *formError
	if errors.As(err, &fe) {
		pg.ErrorField = fe.field
	}
	return s.views.reissue.render(w, status, pg)
}

// reissueForm serves GET /units/{id}/reissue.
func (s *Server) reissueForm(w http.ResponseWriter, r *http.Request) error {
	rc, err := s.loadReissue(r)
	if err != nil {
		return err
	}
	return s.views.reissue.render(w, http.StatusOK, rc.page(r, 0))
}

// reissueUpload serves POST /units/{id}/reissue: it reads the uploaded
// document and shows what it would divide, with what a dry run of the
// division meets. Nothing is stored.
func (s *Server) reissueUpload(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	rc, err := s.loadReissue(r)
	if err != nil {
		return err
	}
	up, err := readUpload(w, r)
	var p *planned
	if err == nil {
		p, err = s.planDocument(ctx, requestLang(r), rc.owner, rc.below, up.doc, up.batch)
	}
	if err != nil {
		return s.reissueRefused(w, r, rc, up, nil, err)
	}
	pg := rc.preview(r, up, p)
	// A dry run with every unknown name created, as the confirmation would ask:
	// a refusal it meets is shown now (the unknown names and an empty plan are
	// shown by the preview itself).
	var create []string
	for _, u := range p.plan.Unknown {
		if u.Reason == rollout.ReasonUnknown {
			create = append(create, u.Name)
		}
	}
	dry, _, err := s.tasks.Cascade(ctx, rc.owner.ID, create, p.planWith(rc.owner), true)
	var e *rollout.Error
	switch {
	case err == nil:
		// what only deciding finds (a task divided on its holder's behalf)
		for _, d := range dry.Diagnostics {
			if d.Code == "task-behalf" {
				pg.Preview.Diagnostics = append(pg.Preview.Diagnostics, d)
			}
		}
	case errorStatus(err) >= 500:
		return err
	case errors.As(err, &e) && e.Key != "err.task.cascade_unknown" && e.Key != "err.task.cascade_nothing":
		pg.Error = errorMessage(requestLang(r), err) // the confirmation will refuse it
	}
	return s.views.reissue.render(w, http.StatusOK, pg)
}

// reissueConfirm serves POST /units/{id}/reissue/confirm: it reads the carried
// document again, checks the names to create against what it cannot resolve,
// and stores the division through Cascade. On success it redirects (303) to the
// unit's tasks with the number of tasks stored; a refusal shows the preview
// again with the message, and nothing is stored.
func (s *Server) reissueConfirm(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	ctx := r.Context()
	rc, err := s.loadReissue(r)
	if err != nil {
		return err
	}
	id := rc.owner.ID
	up, err := readConfirm(w, r)
	if err != nil {
		return s.reissueRefused(w, r, rc, up, nil, err)
	}
	p, err := s.planDocument(ctx, l, rc.owner, rc.below, up.doc, up.batch)
	if err != nil {
		return s.reissueRefused(w, r, rc, up, nil, err)
	}
	_, tasks, err := s.tasks.Cascade(ctx, id, up.newUnits, p.planWith(rc.owner), false)
	if err == nil {
		http.Redirect(w, r, fmt.Sprintf("/units/%d/tasks?cascaded=%d", id, len(tasks)), http.StatusSeeOther)
		return nil
	}
	if f := reissueField(err); f != "" {
		err = &formError{f, err}
	}
	return s.reissueRefused(w, r, rc, up, p, err)
}

// The JSON shapes of a re-issue and its plan.

type apiReissueResult struct {
	DryRun bool `json:"dry_run"`
	// Refusal is, in a dry run, the refusal the real run would meet; absent
	// when it would store.
	Refusal      *apiErrorDetail `json:"refusal,omitempty"`
	Reissue      apiReissue      `json:"reissue"`
	Plan         apiCascadePlan  `json:"plan"`
	StoredTasks  int             `json:"stored_tasks"`
	CreatedUnits []string        `json:"created_units"`
}

type apiReissue struct {
	Title       string          `json:"title"`
	DocNo       string          `json:"doc_no"`
	Format      string          `json:"format"`
	Rows        []apiReissueRow `json:"rows"`
	Diagnostics []apiDiagnostic `json:"diagnostics"`
}

type apiReissueRow struct {
	Line        int      `json:"line"`
	Seq         int      `json:"seq"`
	ItemName    string   `json:"item_name"`
	Measures    string   `json:"measures"`
	Lead        []string `json:"lead"`
	Co          []string `json:"co"`
	Deadline    string   `json:"deadline"`
	Deliverable string   `json:"deliverable"`
	Contact     string   `json:"contact"`
	Notes       string   `json:"notes"`
}

type apiCascadePlan struct {
	Lines       []apiCascadeLine `json:"lines"`
	Unknown     []apiUnknownUnit `json:"unknown"`
	Diagnostics []apiDiagnostic  `json:"diagnostics"`
}

type apiCascadeLine struct {
	Line      int                  `json:"line"`
	ItemID    int64                `json:"item_id"`
	ItemSeq   int                  `json:"item_seq"`
	ItemName  string               `json:"item_name"`
	Written   string               `json:"written"`
	Divisions []apiPlannedDivision `json:"divisions"`
}

// apiPlannedDivision is one unit's part in a planned line. UnitID is 0 for a
// unit a dry run would create.
type apiPlannedDivision struct {
	UnitID      int64       `json:"unit_id"`
	Unit        string      `json:"unit"`
	Role        string      `json:"role"`
	Deadline    apiDeadline `json:"deadline"`
	Deliverable string      `json:"deliverable"`
	Contact     string      `json:"contact"`
	Notes       string      `json:"notes"`
}

type apiUnknownUnit struct {
	Name        string   `json:"name"`
	Lines       []int    `json:"lines"`
	Suggestions []string `json:"suggestions"`
	Reason      string   `json:"reason"`           // unknown, ambiguous, vague or standard; only unknown names may be created when asked
	Create      string   `json:"create,omitempty"` // standard: the department created for it on first use
}

func newAPIDiagnostics(l lang, ds []rollout.Diagnostic) []apiDiagnostic {
	out := []apiDiagnostic{}
	for _, d := range ds {
		out = append(out, newAPIDiagnostic(l, d))
	}
	return out
}

func newAPIReissue(l lang, r *rollout.Reissue) apiReissue {
	out := apiReissue{Title: r.Title, DocNo: r.DocNo, Format: r.Format, Rows: []apiReissueRow{},
		Diagnostics: newAPIDiagnostics(l, r.Diagnostics)}
	for _, row := range r.Rows {
		out.Rows = append(out.Rows, apiReissueRow{Line: row.Line, Seq: row.Seq, ItemName: row.ItemName,
			Measures: row.Measures, Lead: orEmpty(row.Lead), Co: orEmpty(row.Co), Deadline: row.Deadline,
			Deliverable: row.Deliverable, Contact: row.Contact, Notes: row.Notes})
	}
	return out
}

// newAPICascadePlan writes a plan with the names of its units; a unit with a
// negative ID is one a dry run stands in for a unit to create, written as 0.
func newAPICascadePlan(l lang, p rollout.CascadePlan, names map[int64]string) apiCascadePlan {
	out := apiCascadePlan{Lines: []apiCascadeLine{}, Unknown: []apiUnknownUnit{}, Diagnostics: newAPIDiagnostics(l, p.Diagnostics)}
	for _, line := range p.Lines {
		al := apiCascadeLine{Line: line.Line, ItemID: line.ItemID, ItemSeq: line.ItemSeq, ItemName: line.ItemName,
			Written: line.Written, Divisions: []apiPlannedDivision{}}
		for _, d := range line.Divisions {
			al.Divisions = append(al.Divisions, apiPlannedDivision{UnitID: max(d.UnitID, 0), Unit: names[d.UnitID],
				Role: string(d.Role), Deadline: newAPIDeadline(d.Deadline), Deliverable: d.Deliverable, Contact: d.Contact, Notes: d.Notes})
		}
		out.Lines = append(out.Lines, al)
	}
	for _, u := range p.Unknown {
		out.Unknown = append(out.Unknown, apiUnknownUnit{Name: u.Name, Lines: orEmpty(u.Lines), Suggestions: orEmpty(u.Suggestions), Reason: u.Reason, Create: u.Create})
	}
	return out
}

// standIns returns the units a confirmation would create, as departments
// directly under owner, with negative IDs, for a dry run to plan with.
func standIns(owner *rollout.Unit, names []string) []*rollout.Unit {
	var out []*rollout.Unit
	for i, n := range names {
		id := -int64(i + 1)
		out = append(out, &rollout.Unit{ID: id, Name: n, Kind: rollout.KindDepartment, ParentID: owner.ID,
			ProvinceID: owner.ProvinceID, Path: rollout.UnitPath(owner.Path, id)})
	}
	return out
}

// reissueQuery is what POST /api/v1/units/{id}/reissue takes in its query.
type reissueQuery struct {
	batch    int
	dryRun   bool
	newUnits []string
}

func readReissueQuery(l lang, r *http.Request) (reissueQuery, error) {
	var q reissueQuery
	v := r.URL.Query()
	raw := strings.TrimSpace(v.Get("batch"))
	n, err := strconv.Atoi(raw)
	if err != nil || n <= 0 {
		return q, invalid(l, "reissue.api_batch", raw)
	}
	q.batch = n
	switch raw := v.Get("dry_run"); raw {
	case "", "false":
	case "true":
		q.dryRun = true
	default:
		return q, invalid(l, "reissue.api_dry_run", raw)
	}
	for _, list := range v["create_units"] {
		q.newUnits = append(q.newUnits, strings.Split(list, ",")...)
	}
	q.newUnits = uniqueNames(q.newUnits)
	return q, nil
}

// readDocumentBody reads a request body that is a document sent as text/plain
// or text/html (UTF-8), or a Word or PDF file (documentFileTypes), at most
// maxDocument bytes: another type is 415, a larger body 413.
func readDocumentBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	l := requestLang(r)
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	text := mt == "text/plain" || mt == "text/html"
	if err != nil || (!text && !slices.Contains(documentFileTypes, mt)) ||
		(text && params["charset"] != "" && !strings.EqualFold(params["charset"], "utf-8")) {
		return nil, &httpError{status: http.StatusUnsupportedMediaType, code: codeUnsupportedMediaType,
			message: tr(l, "reissue.api_type", ct)}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxDocument))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, &httpError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge,
				message: tr(l, "error.too_large", maxDocument>>20)}
		}
		return nil, fmt.Errorf("read request body: %w", err)
	}
	return body, nil
}

// apiReissue serves POST /api/v1/units/{id}/reissue: the body is the unit's
// re-issue document. A dry run answers 200 with what it would store, planning
// the units of create_units as if created; otherwise the division is stored
// through Cascade and the answer is 201.
func (s *Server) apiReissue(w http.ResponseWriter, r *http.Request) error {
	owner, err := s.divisionOwner(r)
	if err != nil {
		return err
	}
	id := owner.ID
	l := requestLang(r)
	ctx := r.Context()
	q, err := readReissueQuery(l, r)
	if err != nil {
		return err
	}
	doc, err := readDocumentBody(w, r)
	if err != nil {
		return err
	}
	below, err := s.units.UnitsBelow(ctx, id)
	if err != nil {
		return err
	}
	p, err := s.planDocument(ctx, l, owner, below, doc, q.batch)
	if err != nil {
		return err
	}
	out := apiReissueResult{DryRun: q.dryRun, Reissue: newAPIReissue(requestLang(r), p.reissue), CreatedUnits: orEmpty(q.newUnits)}
	plan, tasks, err := s.tasks.Cascade(ctx, id, q.newUnits, p.planWith(owner), q.dryRun)
	if q.dryRun {
		// A dry run answers with the refusal the real run would meet, but one
		// of the request itself (a name it may not create) is refused.
		var e *rollout.Error
		switch {
		case err == nil:
		case rollout.ErrorCode(err) == rollout.EINVALID && errors.As(err, &e) && e.Key != "err.task.cascade_not_unknown":
			out.Refusal = &apiErrorDetail{Code: e.Code, Message: errorMessage(l, err)}
		default:
			return err
		}
		// The units to create are shown as the stand-ins they are: no ID yet.
		extra := standIns(owner, q.newUnits)
		if len(extra) > 0 {
			plan = p.planWith(owner)(append(slices.Clone(below), extra...))
		} else {
			plan = p.plan
		}
		out.Plan = newAPICascadePlan(requestLang(r), plan, unitNames(below, extra))
		return writeJSON(w, http.StatusOK, out)
	}
	if err != nil {
		return err
	}
	if len(q.newUnits) > 0 {
		if below, err = s.units.UnitsBelow(ctx, id); err != nil {
			return err
		}
	}
	out.Plan = newAPICascadePlan(requestLang(r), plan, unitNames(below))
	out.StoredTasks = len(tasks)
	return writeJSON(w, http.StatusCreated, out)
}
