package web

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"slices"
	"strconv"
	"strings"

	"rollout"
	"rollout/intake"
	"rollout/notice"
)

// Notice intake, the coordinator's desk (journey 1): a State Council notice
// is uploaded (a file, or its text pasted), read and shown — 文号, date,
// batch, domains, every item with its content, units and scope, and the
// diagnostics — and stored only when confirmed; then the batch's assignment
// is previewed (items by scope × units, guidance tasks) and confirmed. The
// page, POST /api/v1/notices and `rollout import` all go through
// intake.Importer; the assignment through TaskService.AssignBatch
// (rollout.PlanAssign). Importing: ActImport; assigning: ActAssign; both
// system-wide.

// intakePage is the upload form, or the preview of a notice read.
type intakePage struct {
	layout
	MaxMiB     int
	Accept     string
	Batch      string // the batch field as sent: for a notice whose title names none
	Text       string // the pasted text, kept when refused
	Error      string
	ErrorField string // "document", "text" or "batch"
	Preview    *intakePreview
}

// intakePreview is a notice read, not stored.
type intakePreview struct {
	FileName string
	Document string // the document in base64, carried to the confirmation
	Report   intake.Report
	Domains  []intakeDomain
	Special  []intake.Item // the items of no domain: the specific-region items
	Refused  bool          // the confirmation would refuse it (Error says why)
	// Stored is the batch under the same 文号 and batch already stored with
	// the same content: confirming changes nothing. nil otherwise.
	Stored *rollout.Batch
}

// intakeDomain is a domain of the body with its items.
type intakeDomain struct {
	Name  string
	Items []intake.Item
}

// importer is the one path of storing notices (intake.Importer).
func (s *Server) importer() intake.Importer {
	return intake.Importer{Catalog: s.catalog, Seed: s.seeder}
}

func (s *Server) newIntakePage(r *http.Request) *intakePage {
	l := requestLang(r)
	return &intakePage{layout: newLayout(r, tr(l, "intake.title"), "intake"), MaxMiB: maxDocument >> 20,
		Accept: strings.Join(documentExts, ",")}
}

// noticeUpload is what the intake form sends: a file, pasted text, or the
// document carried from the preview, and the batch field.
type noticeUpload struct {
	doc   []byte
	name  string
	text  string
	batch int
	raw   string // the batch field as sent
}

// readNoticeUpload reads the intake form (multipart: the upload; or the
// preview's form carrying the document in base64).
func readNoticeUpload(w http.ResponseWriter, r *http.Request) (noticeUpload, error) {
	l := requestLang(r)
	var up noticeUpload
	if err := parsePost(w, r, maxConfirmBody, true); err != nil {
		return up, err
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	up.raw = strings.TrimSpace(r.PostFormValue("batch"))
	if up.raw != "" {
		n, err := strconv.Atoi(up.raw)
		if err != nil || n <= 0 || n > 1000 {
			return up, &formError{"batch", invalid(l, "intake.bad_batch", up.raw)}
		}
		up.batch = n
	}
	up.text = r.PostFormValue("text")
	if carried := r.PostFormValue("carried"); carried != "" {
		doc, err := base64.StdEncoding.DecodeString(carried)
		if err != nil || len(doc) > maxDocument {
			return up, &formError{"document", invalid(l, "reissue.carried_damaged")}
		}
		up.doc, up.name = doc, r.PostFormValue("filename")
		return up, nil
	}
	if r.MultipartForm != nil {
		if f, h, err := r.FormFile("document"); err == nil {
			if h.Filename != "" || h.Size > 0 {
				up.name, up.doc, err = readDocumentFile(l, f, h, "intake.bad_type")
				return up, err
			}
			f.Close()
		}
	}
	if strings.TrimSpace(up.text) == "" {
		return up, &formError{"document", invalid(l, "intake.no_document")}
	}
	up.doc, up.name = []byte(up.text), tr(l, "intake.pasted")
	return up, nil
}

// intakeForm serves GET /notices/new.
func (s *Server) intakeForm(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActImport, rollout.Target{}); err != nil {
		return err
	}
	return s.views.intake.render(w, http.StatusOK, s.newIntakePage(r))
}

// intakeRefused shows why an upload was refused on the upload form.
func (s *Server) intakeRefused(w http.ResponseWriter, r *http.Request, up noticeUpload, err error) error {
	status := errorStatus(err)
	if status >= 500 {
		return err
	}
	p := s.newIntakePage(r)
	p.Batch, p.Text = up.raw, up.text
	p.Error = errorMessage(requestLang(r), err)
	var fe *formError
	if errors.As(err, &fe) {
		p.ErrorField = fe.field
	}
	return s.views.intake.render(w, status, p)
}

// intakePreviewPage serves POST /notices/preview: it reads the document and
// shows what it holds. Nothing is stored.
func (s *Server) intakePreviewPage(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActImport, rollout.Target{}); err != nil {
		return err
	}
	up, err := readNoticeUpload(w, r)
	if err != nil {
		return s.intakeRefused(w, r, up, err)
	}
	out := s.importer().Import(r.Context(), up.name, up.doc, notice.Options{Batch: up.batch}, true)
	if !out.Read {
		return s.intakeRefused(w, r, up, &formError{"document", out.Err})
	}
	status := http.StatusOK
	if out.Err != nil {
		status = errorStatus(out.Err)
	}
	return s.renderIntakePreview(w, r, up, out, status)
}

// renderIntakePreview shows a notice read, with the refusal its import met
// or would meet.
func (s *Server) renderIntakePreview(w http.ResponseWriter, r *http.Request, up noticeUpload, out intake.Outcome, status int) error {
	l := requestLang(r)
	p := s.newIntakePage(r)
	p.Title = tr(l, "intake.preview_title")
	p.Batch = up.raw
	rep := out.Report
	pv := &intakePreview{FileName: up.name, Document: base64.StdEncoding.EncodeToString(up.doc), Report: rep}
	bySeq := map[int]intake.Item{}
	for _, it := range rep.Items {
		bySeq[it.Seq] = it
	}
	inDomain := map[int]bool{}
	for _, d := range rep.Domains {
		pd := intakeDomain{Name: d.Name}
		for _, seq := range d.Items {
			if it, ok := bySeq[seq]; ok {
				pd.Items = append(pd.Items, it)
				inDomain[seq] = true
			}
		}
		pv.Domains = append(pv.Domains, pd)
	}
	for _, it := range rep.Items {
		if !inDomain[it.Seq] {
			pv.Special = append(pv.Special, it)
		}
	}
	if out.Err != nil {
		if errorStatus(out.Err) >= 500 {
			return out.Err
		}
		pv.Refused = true
		p.Error = errorMessage(l, out.Err)
		if out.Notice != nil && out.Notice.Batch <= 0 {
			p.ErrorField = "batch"
		}
	} else if rep.Notice != nil {
		// What the confirmation will meet: the batch stored under the
		// same number, decided as ImportNotice decides it.
		b, err := s.catalog.BatchByNumber(r.Context(), rep.Notice.Batch)
		switch {
		case err == nil:
			create, derr := rollout.DecideImportNotice(out.Notice, rollout.Source{Body: up.doc}, b, out.Notice.Fingerprint())
			switch {
			case derr != nil:
				pv.Refused, p.Error = true, errorMessage(l, derr)
			case !create:
				pv.Stored = b
			}
		case rollout.ErrorCode(err) != rollout.ENOTFOUND:
			return err
		}
	}
	p.Preview = pv
	return s.views.intake.render(w, status, p)
}

// intakeConfirm serves POST /notices: it reads the carried document again and
// stores it; then it leads to the batch's assignment preview (303). A
// refusal shows the preview again with why.
func (s *Server) intakeConfirm(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActImport, rollout.Target{}); err != nil {
		return err
	}
	up, err := readNoticeUpload(w, r)
	if err != nil {
		return s.intakeRefused(w, r, up, err)
	}
	out := s.importer().Import(r.Context(), up.name, up.doc, notice.Options{Batch: up.batch}, false)
	switch {
	case !out.Read:
		return s.intakeRefused(w, r, up, &formError{"document", out.Err})
	case out.Err != nil:
		return s.renderIntakePreview(w, r, up, out, errorStatus(out.Err))
	}
	http.Redirect(w, r, fmt.Sprintf("/batches/%d/assignment?stored=%s", out.Report.Notice.Batch, out.Report.Stored), http.StatusSeeOther)
	return nil
}

// assignPage is the assignment of a batch: its plan, before or after it is
// confirmed.
type assignPage struct {
	layout
	Batch   *rollout.Batch
	Stored  string // the notice was just stored ("created") or found stored ("unchanged")
	Summary string // "22 items × 31 provinces, … , 33 guidance tasks"
	Groups  []assignGroupView
	Guides  []assignGuideView
	Result  rollout.AssignResult
	New     int  // tasks the confirmation creates
	Done    bool // the confirmation has run: Created and Guided say what it made
	Created int
	Guided  int
}

type assignGroupView struct {
	Label string
	Scope string
	Items []assignItemRef
	Units []assignUnitRef
}

type assignItemRef struct {
	Seq  int
	Name string
	ID   int64
}

type assignUnitRef struct {
	ID   int64
	Name string
}

type assignGuideView struct {
	Item  assignItemRef
	Units []assignUnitRef
}

// unitsWord names n units of a scope: "31 provinces".
func unitsWord(l lang, scope string, n int) string {
	switch scope {
	case rollout.ScopeNationwide:
		return tr(l, "assign.units_nationwide", n)
	case rollout.ScopeFTZ:
		return tr(l, "assign.units_ftz", n)
	case rollout.ScopeCoastal:
		return tr(l, "assign.units_coastal", n)
	}
	return tr(l, "assign.units_other", n, scope)
}

func itemsWord(l lang, n int) string {
	if n == 1 {
		return tr(l, "assign.one_item")
	}
	return tr(l, "assign.n_items", n)
}

// assignSummary says a plan in one line: the groups, then the guidance tasks.
func assignSummary(l lang, groups []rollout.AssignGroup, guides int) string {
	var parts []string
	for _, g := range groups {
		parts = append(parts, tr(l, "assign.group", itemsWord(l, len(g.Items)), unitsWord(l, g.Scope, len(g.Units))))
	}
	parts = append(parts, tr(l, "assign.guides", guides))
	return strings.Join(parts, tr(l, "assign.sep"))
}

// guidanceCount counts the guidance tasks of a plan.
func guidanceCount(res rollout.AssignResult) int {
	n := 0
	for _, t := range res.Tasks {
		if t.Role == rollout.RoleGuide {
			n++
		}
	}
	return n
}

// assignBatch reads {n} for assigning: ActAssign, system-wide.
func (s *Server) assignBatch(r *http.Request) (*rollout.Batch, error) {
	if err := s.authorize(r, rollout.ActAssign, rollout.Target{}); err != nil {
		return nil, err
	}
	n, err := batchNumber(r)
	if err != nil {
		return nil, err
	}
	return s.catalog.BatchByNumber(r.Context(), n)
}

// renderAssign arranges a plan for its page.
func (s *Server) renderAssign(w http.ResponseWriter, r *http.Request, b *rollout.Batch, res rollout.AssignResult, p *assignPage) error {
	l := requestLang(r)
	p.layout = newLayout(r, tr(l, "assign.title", batchLabel(l, b.Batch)), "intake")
	p.Batch, p.Result = b, res
	p.Summary = assignSummary(l, res.Groups, guidanceCount(res))
	items := map[int]assignItemRef{}
	for _, it := range b.Items {
		items[it.Seq] = assignItemRef{Seq: it.Seq, Name: it.Name, ID: it.ID}
	}
	unitIDs := map[string]int64{}
	guides := map[int][]assignUnitRef{}
	var guideOrder []int
	for _, t := range res.Tasks {
		unitIDs[t.Unit] = t.UnitID
		if t.New {
			p.New++
		}
		if t.Role == rollout.RoleGuide {
			if _, ok := guides[t.ItemSeq]; !ok {
				guideOrder = append(guideOrder, t.ItemSeq)
			}
			guides[t.ItemSeq] = append(guides[t.ItemSeq], assignUnitRef{ID: t.UnitID, Name: t.Unit})
		}
	}
	for _, g := range res.Groups {
		v := assignGroupView{Scope: g.Scope,
			Label: tr(l, "assign.group", itemsWord(l, len(g.Items)), unitsWord(l, g.Scope, len(g.Units)))}
		for _, seq := range g.Items {
			v.Items = append(v.Items, items[seq])
		}
		for _, name := range g.Units {
			v.Units = append(v.Units, assignUnitRef{ID: unitIDs[name], Name: name})
		}
		p.Groups = append(p.Groups, v)
	}
	for _, seq := range guideOrder {
		p.Guides = append(p.Guides, assignGuideView{Item: items[seq], Units: guides[seq]})
	}
	return s.views.assign.render(w, http.StatusOK, p)
}

// assignForm serves GET /batches/{n}/assignment: the plan, by a dry run.
func (s *Server) assignForm(w http.ResponseWriter, r *http.Request) error {
	b, err := s.assignBatch(r)
	if err != nil {
		return err
	}
	res, err := s.tasks.AssignBatch(r.Context(), b.Batch, true)
	if err != nil {
		return err
	}
	p := &assignPage{}
	if st := r.URL.Query().Get("stored"); st == intake.StoredCreated || st == intake.StoredUnchanged {
		p.Stored = st
	}
	q := r.URL.Query()
	if q.Has("created") {
		p.Done = true
		p.Created, _ = strconv.Atoi(q.Get("created"))
		p.Guided, _ = strconv.Atoi(q.Get("guided"))
	}
	return s.renderAssign(w, r, b, res, p)
}

// assignConfirm serves POST /batches/{n}/assignment: it creates the tasks
// and shows the plan again with what was created (303). Confirming again
// creates nothing and says so.
func (s *Server) assignConfirm(w http.ResponseWriter, r *http.Request) error {
	b, err := s.assignBatch(r)
	if err != nil {
		return err
	}
	res, err := s.tasks.AssignBatch(r.Context(), b.Batch, false)
	if err != nil {
		return err
	}
	http.Redirect(w, r, fmt.Sprintf("/batches/%d/assignment?created=%d&guided=%d", b.Batch, res.Implement, res.Guide), http.StatusSeeOther)
	return nil
}

// noticeMediaTypes are the bodies POST /api/v1/notices reads.
var noticeMediaTypes = append([]string{"text/plain", "text/html", "text/markdown", "application/octet-stream"},
	documentFileTypes...)

// documentFileTypes are the media types of the document files (Word, PDF)
// the API takes as a body for a notice and for a re-issue alike, as the
// pages take their files (documentExts).
var documentFileTypes = []string{"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf"}

// readNoticeBody reads a notice sent as the request body: text (UTF-8 or
// GBK: the reader tells), a web page, a Word document or a PDF, at most
// maxDocument bytes: another type is 415, a larger body 413.
func readNoticeBody(w http.ResponseWriter, r *http.Request) ([]byte, string, error) {
	l := requestLang(r)
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || !slices.Contains(noticeMediaTypes, mt) {
		return nil, "", &httpError{status: http.StatusUnsupportedMediaType, code: codeUnsupportedMediaType,
			message: tr(l, "intake.api_type", ct)}
	}
	name := ""
	if _, params, err := mime.ParseMediaType(r.Header.Get("Content-Disposition")); err == nil {
		name = path.Base(params["filename"])
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxDocument))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, "", &httpError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge,
				message: tr(l, "error.too_large", maxDocument>>20)}
		}
		return nil, "", fmt.Errorf("read request body: %w", err)
	}
	return body, name, nil
}

// dryRunParam reads ?dry_run=true|false (false when absent).
func dryRunParam(l lang, r *http.Request) (bool, error) {
	switch raw := r.URL.Query().Get("dry_run"); raw {
	case "", "false":
		return false, nil
	case "true":
		return true, nil
	default:
		return false, invalid(l, "reissue.api_dry_run", raw)
	}
}

// apiImportNotice serves POST /api/v1/notices: the body is the notice. It
// answers what `rollout import --json` prints: 201 when stored, 200 when the
// same notice was stored already (stored "unchanged") or for a dry run, and
// the report with "error" (400, 409) when refused.
func (s *Server) apiImportNotice(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	if err := s.authorize(r, rollout.ActImport, rollout.Target{}); err != nil {
		return err
	}
	dryRun, err := dryRunParam(l, r)
	if err != nil {
		return err
	}
	batch := 0
	if raw := r.URL.Query().Get("batch"); raw != "" {
		if batch, err = strconv.Atoi(raw); err != nil || batch <= 0 || batch > 1000 {
			return invalid(l, "intake.bad_batch", raw)
		}
	}
	body, name, err := readNoticeBody(w, r)
	if err != nil {
		return err
	}
	out := s.importer().Import(r.Context(), name, body, notice.Options{Batch: batch}, dryRun)
	rep := out.Report
	if out.Err != nil {
		status := errorStatus(out.Err)
		if status >= 500 {
			return out.Err
		}
		rep.Error = &intake.Error{Code: rollout.ErrorCode(out.Err), Message: errorMessage(l, out.Err)}
		return writeJSON(w, status, rep)
	}
	if rep.Stored == intake.StoredCreated {
		return writeJSON(w, http.StatusCreated, rep)
	}
	return writeJSON(w, http.StatusOK, rep)
}

// apiAssignResult is the answer of POST /api/v1/batches/{n}/assignment.
type apiAssignResult struct {
	DryRun bool `json:"dry_run"`
	Batch  int  `json:"batch"`
	// Stored is "created" when tasks were created now, "unchanged" when
	// every task of the plan existed already, "dry-run" for a dry run.
	Stored     string                 `json:"stored"`
	Implement  int                    `json:"implement"`
	Guide      int                    `json:"guide"`
	Existing   int                    `json:"existing"`
	Guidance   int                    `json:"guidance"`
	Summary    string                 `json:"summary"`
	Groups     []rollout.AssignGroup  `json:"groups"`
	Unresolved []rollout.Diagnostic   `json:"unresolved"`
	Tasks      []rollout.AssignedTask `json:"tasks"`
}

// apiAssign serves POST /api/v1/batches/{n}/assignment: the batch's
// first-level tasks, planned (dry_run=true) or created; 201 when it created
// any, 200 otherwise.
func (s *Server) apiAssign(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	if err := s.authorize(r, rollout.ActAssign, rollout.Target{}); err != nil {
		return err
	}
	dryRun, err := dryRunParam(l, r)
	if err != nil {
		return err
	}
	n, err := batchNumber(r)
	if err != nil {
		return err
	}
	res, err := s.tasks.AssignBatch(r.Context(), n, dryRun)
	if err != nil {
		return err
	}
	out := apiAssignResult{DryRun: dryRun, Batch: n, Implement: res.Implement, Guide: res.Guide, Existing: res.Existing,
		Guidance: guidanceCount(res), Summary: assignSummary(l, res.Groups, guidanceCount(res)),
		Groups: res.Groups, Unresolved: res.Unresolved, Tasks: res.Tasks}
	switch {
	case dryRun:
		out.Stored = intake.StoredDryRun
	case res.Implement+res.Guide > 0:
		out.Stored = intake.StoredCreated
		return writeJSON(w, http.StatusCreated, out)
	default:
		out.Stored = intake.StoredUnchanged
	}
	return writeJSON(w, http.StatusOK, out)
}
