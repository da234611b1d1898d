package rollout

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"rollout/msg"
)

// A report save decided once. Every entry point — the report form, the JSON
// API, the spreadsheet import of the web and of the command line — hands the
// report it read to storage, which reads a ReportSnapshot inside its
// transaction and asks DecideReport what to write. The bounds below are the
// bounds of a report wherever it comes from.

// Bounds of a report, in characters (runes) and entries.
const (
	MaxMeasuresRunes      = 5000 // 工作措施及进展
	MaxProblemRunes       = 2000 // 问题说明
	MaxEvidence           = 50   // evidence entries of one report
	MaxEvidenceTitleRunes = 200
	MaxEvidenceDocNoRunes = 100
	MaxEvidenceLinkRunes  = 1000
	// MaxIndicatorValue bounds the magnitude of an indicator value: beyond it
	// a float64 no longer holds every whole number exactly.
	MaxIndicatorValue = 1e15
	// MaxTemplateSize bounds a filled-in template (.xlsx) to import: a unit's
	// template with a few hundred tasks filled in is well under a megabyte.
	MaxTemplateSize = 10 << 20
)

// ReportField names a field of a report in messages and for the adapters that
// point at it (the form's input, the spreadsheet's column).
type ReportField string

const (
	FieldStatus        ReportField = "status"
	FieldMeasures      ReportField = "measures"
	FieldProblemText   ReportField = "problem_text"
	FieldVersion       ReportField = "version"
	FieldEvidence      ReportField = "evidence" // the list as a whole
	FieldEvidenceTitle ReportField = "evidence_title"
	FieldEvidenceDocNo ReportField = "evidence_doc_no"
	FieldEvidenceLink  ReportField = "evidence_link"
	FieldIndicator     ReportField = "indicator"
	FieldFile          ReportField = "file" // a file attached
)

// fieldKeys are the catalogue keys naming the fields in sentences.
var fieldKeys = map[ReportField]string{
	FieldMeasures: "report.measures", FieldProblemText: "report.problem_text",
	FieldEvidenceTitle: "evidence.title", FieldEvidenceDocNo: "evidence.doc_no", FieldEvidenceLink: "evidence.link",
}

// Text names the field in language l.
func (f ReportField) Text(l msg.Lang) string {
	if k, ok := fieldKeys[f]; ok {
		return msg.Text(l, k)
	}
	return string(f)
}

// ReportFieldError is a refusal of one field of a report: Field says which,
// Index which evidence entry (from 1; 0 for a field of the report itself) or
// which indicator (its ID), so that a form marks the input and a spreadsheet
// names the column. It unwraps to the *Error that says why.
type ReportFieldError struct {
	Field ReportField
	Index int64
	Err   *Error
}

func (e *ReportFieldError) Error() string { return e.Err.Error() }

// Unwrap lets ErrorCode and ErrorText see the *Error.
func (e *ReportFieldError) Unwrap() error { return e.Err }

func fieldErr(f ReportField, index int64, key string, args ...any) error {
	return &ReportFieldError{Field: f, Index: index, Err: E(EINVALID, key, args...)}
}

// ReportSnapshot is what a save of a report is decided over, as storage reads
// it in the transaction that writes the decision.
type ReportSnapshot struct {
	State TaskState // the task's state now
	// Stored is the task's report for the period as stored now; nil when none.
	Stored *Report
	// Evidence holds every evidence entry any version of the stored report
	// listed, by ID (with its file, when one is attached).
	Evidence map[int64]Evidence
	// ItemSeq is the number of the task's item (第%d项), Indicators its
	// indicators: the only ones a report may state values of.
	ItemSeq    int
	Indicators []*Indicator
	// Imported marks a row of a filled-in template: a task still assigned is
	// acknowledged by it first.
	Imported bool
	// Problems is what the report's problem box is decided over, read when
	// NeedsProblemSnapshot; nil raises nothing (a dry run).
	Problems *ReportProblemSnapshot
}

// ReportPlan is what a save writes.
type ReportPlan struct {
	// Report is the report to store: the fields as given, ProblemText empty
	// without Problem, each evidence entry that names a stored one with that
	// entry's file, and Values nil to keep those stored.
	Report *Report
	// Create is set for a new report (version 1); otherwise the update of
	// Report.Version, the version stored.
	Create bool
	// Acknowledge: take the acknowledge step first (an imported row of a task
	// still assigned).
	Acknowledge bool
	// Event is the step the save takes (draft or submit), from From to To.
	Event    TaskEventKind
	From, To TaskState
	// Problem is what the report's problem box writes in 问题协调 (a
	// submission with a problem): nil for none.
	Problem *ReportProblemPlan
}

// ChangesFigures reports whether the save can change the task's figures (its
// roll-up): Count reads the task's state, its submitted versions and its review
// steps only, so a draft that leaves the state as it was changes none of them.
func (p ReportPlan) ChangesFigures() bool {
	return p.Event == EventSubmit || p.From != p.To || p.Acknowledge
}

// DecideReport decides the save of r (submitted for review when submit is
// set) over snap, or refuses it:
//   - EINVALID (*ReportFieldError for a field) for a malformed period, a status
//     missing or not in the vocabulary, not applicable without a reason in the
//     measures, a problem without words, a field over
//     its bound, an evidence entry without a title, with a link that is not a
//     web address, listed twice or naming an entry of another report, too many
//     entries, an indicator value twice, not a finite number within
//     MaxIndicatorValue, or of an indicator not the task's item's;
//   - *ReportConflict when r edits a version other than the one stored (a
//     create when one is stored included), whatever the task's state;
//   - ENOTFOUND for an update of a report never saved;
//   - EINVALID for a task not yet acknowledged (unless imported) or in a state
//     that takes no report (TaskState.Next).
//
// A submission with a problem plans it in 问题协调 (ReportPlan.Problem, over
// snap.Problems): it joins the task's open problem, or raises a new one, whose
// refusal (no unit to take it) is the problem text's.
func DecideReport(snap ReportSnapshot, r *Report, submit bool) (ReportPlan, error) {
	if r == nil {
		return ReportPlan{}, E(EINVALID, "err.report.none")
	}
	out := *r
	if err := out.check(); err != nil {
		return ReportPlan{}, err
	}
	if !out.Problem {
		out.ProblemText = ""
	}
	ev, err := decideEvidence(snap.Evidence, out.Evidence)
	if err != nil {
		return ReportPlan{}, err
	}
	out.Evidence = ev
	if out.Values != nil {
		if out.Values, err = decideValues(snap, out.Values); err != nil {
			return ReportPlan{}, err
		}
	}

	switch cur := snap.Stored; {
	case cur != nil && cur.Version != out.Version:
		return ReportPlan{}, &ReportConflict{Current: cur}
	case cur == nil && out.Version != 0:
		return ReportPlan{}, E(ENOTFOUND, "err.report.not_found", out.TaskID, out.Period)
	}

	plan := ReportPlan{Report: &out, Create: snap.Stored == nil, Event: EventDraft, From: snap.State}
	if submit {
		plan.Event = EventSubmit
	}
	if plan.From == StateAssigned {
		if !snap.Imported {
			return ReportPlan{}, E(EINVALID, "err.report.acknowledge_first")
		}
		plan.Acknowledge, plan.From = true, StateAcknowledged
	}
	if plan.To, err = plan.From.Next(plan.Event); err != nil {
		return ReportPlan{}, err
	}
	if NeedsProblemSnapshot(&out, submit) && snap.Problems != nil {
		if plan.Problem, err = planReportProblem(*snap.Problems, &out); err != nil {
			return ReportPlan{}, err
		}
	}
	return plan, nil
}

// Validate checks what a report must hold whatever is stored: its period, its
// status (not applicable with a reason), a problem stated in words, its fields within their bounds, and a
// title, a bounded length and a web address as link for each evidence entry.
func (r *Report) Validate() error { return r.check() }

func (r *Report) check() error {
	if _, _, _, err := ParsePeriod(string(r.Period)); err != nil {
		return err
	}
	switch {
	case r.Status == "":
		return fieldErr(FieldStatus, 0, "err.report.status_missing")
	case !r.Status.Valid():
		return fieldErr(FieldStatus, 0, "err.report.bad_status", string(r.Status), StatusChoices)
	}
	if r.Version < 0 {
		return fieldErr(FieldVersion, 0, "err.report.bad_version", r.Version)
	}
	if err := CheckNAReason(r.Status, r.Measures); err != nil {
		return err
	}
	if n := utf8.RuneCountInString(r.Measures); n > MaxMeasuresRunes {
		return fieldErr(FieldMeasures, 0, "err.report.too_long", FieldMeasures, MaxMeasuresRunes, n)
	}
	if n := utf8.RuneCountInString(r.ProblemText); n > MaxProblemRunes {
		return fieldErr(FieldProblemText, 0, "err.report.too_long", FieldProblemText, MaxProblemRunes, n)
	}
	if r.Problem && r.ProblemText == "" {
		return fieldErr(FieldProblemText, 0, "err.report.problem_missing")
	}
	if len(r.Evidence) > MaxEvidence {
		return fieldErr(FieldEvidence, 0, "err.report.too_many_evidence", MaxEvidence)
	}
	for i, e := range r.Evidence {
		n := int64(i + 1)
		if e.Title == "" {
			return fieldErr(FieldEvidenceTitle, n, "err.report.evidence_untitled", n)
		}
		for _, f := range []struct {
			field ReportField
			value string
			max   int
		}{
			{FieldEvidenceTitle, e.Title, MaxEvidenceTitleRunes},
			{FieldEvidenceDocNo, e.DocNo, MaxEvidenceDocNoRunes},
			{FieldEvidenceLink, e.Link, MaxEvidenceLinkRunes},
		} {
			if c := utf8.RuneCountInString(f.value); c > f.max {
				return fieldErr(f.field, n, "err.report.evidence_too_long", n, f.field, f.max, c)
			}
		}
		if e.Link != "" && !WebLink(e.Link) {
			return fieldErr(FieldEvidenceLink, n, "err.report.evidence_bad_link", n, e.Link)
		}
	}
	return nil
}

// CheckNAReason refuses (on FieldMeasures) a report that states not
// applicable without saying why in its measures.
func CheckNAReason(st ReportStatus, measures string) error {
	if st == StatusNA && strings.TrimSpace(measures) == "" {
		return fieldErr(FieldMeasures, 0, "err.report.na_reason")
	}
	return nil
}

// WebLink reports whether s is an http or https address of some host.
func WebLink(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// decideEvidence is the evidence list to store: an entry with an ID must be
// one the report listed (now or in an earlier version), and keeps its file;
// an entry without one is a document described by its fields only.
func decideEvidence(known map[int64]Evidence, list []Evidence) ([]Evidence, error) {
	out := make([]Evidence, 0, len(list))
	seen := map[int64]bool{}
	for i, e := range list {
		n := int64(i + 1)
		if e.ID == 0 {
			e.FileName, e.FileType, e.FileSize, e.SHA256 = "", "", 0, ""
			out = append(out, e)
			continue
		}
		if seen[e.ID] {
			return nil, fieldErr(FieldEvidence, n, "err.report.evidence_twice", e.ID)
		}
		seen[e.ID] = true
		old, ok := known[e.ID]
		if !ok {
			return nil, fieldErr(FieldEvidence, n, "err.report.evidence_not_ours", n, e.ID)
		}
		e.FileName, e.FileType, e.FileSize, e.SHA256 = old.FileName, old.FileType, old.FileSize, old.SHA256
		out = append(out, e)
	}
	return out, nil
}

// decideValues checks indicator values: one per indicator of the task's item,
// each a finite number within MaxIndicatorValue.
func decideValues(snap ReportSnapshot, vs []IndicatorValue) ([]IndicatorValue, error) {
	known := map[int64]bool{}
	for _, in := range snap.Indicators {
		known[in.ID] = true
	}
	out := make([]IndicatorValue, 0, len(vs))
	seen := map[int64]bool{}
	for _, v := range vs {
		id := v.IndicatorID
		switch {
		case seen[id]:
			return nil, fieldErr(FieldIndicator, id, "err.report.value_twice", id)
		case math.IsNaN(v.Value) || math.IsInf(v.Value, 0):
			return nil, fieldErr(FieldIndicator, id, "err.report.value_not_number", id)
		case math.Abs(v.Value) > MaxIndicatorValue:
			return nil, fieldErr(FieldIndicator, id, "err.report.value_too_large", id, v.Value)
		case !known[id]:
			return nil, fieldErr(FieldIndicator, id, "err.report.value_not_item", id, snap.ItemSeq)
		}
		seen[id] = true
		out = append(out, IndicatorValue{IndicatorID: id, Value: v.Value})
	}
	return out, nil
}

// DecideReports decides the save of several reports together (an import),
// snaps[i] being the snapshot of rs[i]'s task and period: each as DecideReport does, with the state the reports
// before it leave their task in, and refuses a task listed twice for one
// period; a refusal names its task (err.report.in_task), a conflict is the
// *ReportConflict of the first report that lost.
func DecideReports(snaps []ReportSnapshot, rs []*Report, submit bool) ([]ReportPlan, error) {
	type key struct {
		task   int64
		period Period
	}
	seen := map[key]bool{}
	for _, r := range rs {
		if r == nil {
			return nil, E(EINVALID, "err.report.none")
		}
		k := key{r.TaskID, r.Period}
		if seen[k] {
			return nil, E(EINVALID, "err.report.twice", r.TaskID, r.Period)
		}
		seen[k] = true
	}
	states := map[int64]TaskState{}
	out := make([]ReportPlan, len(rs))
	for i, r := range rs {
		snap := snaps[i]
		if st, ok := states[r.TaskID]; ok {
			snap.State = st
		}
		plan, err := DecideReport(snap, r, submit)
		if err != nil {
			return nil, InTask(r.TaskID, err)
		}
		states[r.TaskID] = plan.To
		out[i] = plan
	}
	return out, nil
}

// InTask puts the task a refusal is about in front of its message; a conflict
// or an internal error is returned as it is.
func InTask(taskID int64, err error) error {
	var e *Error
	var c *ReportConflict
	if errors.As(err, &c) || !errors.As(err, &e) {
		return err
	}
	return &taskError{task: taskID, err: err, e: E(e.Code, "err.report.in_task", taskID, e)}
}

// taskError is a refusal about one task of several: it says the task, and
// keeps the refusal it wraps reachable (a *ReportFieldError names its field).
type taskError struct {
	task int64
	err  error
	e    *Error
}

func (t *taskError) Error() string { return t.e.Error() }

// Unwrap gives the *Error naming the task first, then the refusal.
func (t *taskError) Unwrap() []error { return []error{t.e, t.err} }

// fileMagic are the first bytes a file of a type begins with; types not
// listed (and .txt, which must be UTF-8) are taken by their name.
var fileMagic = map[string]string{
	".pdf":  "%PDF-",
	".png":  "\x89PNG\r\n\x1a\n",
	".jpg":  "\xff\xd8\xff",
	".jpeg": "\xff\xd8\xff",
	".docx": "PK\x03\x04",
	".xlsx": "PK\x03\x04",
	".ofd":  "PK\x03\x04",
	".doc":  "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
	".xls":  "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
	".wps":  "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
}

// AttachmentExts lists the accepted file extensions, for messages: doc、docx、….
func AttachmentExts() string {
	exts := make([]string, 0, len(AttachmentTypes))
	for ext := range AttachmentTypes {
		exts = append(exts, strings.TrimPrefix(ext, "."))
	}
	slices.Sort(exts)
	return strings.Join(exts, "、")
}

// CheckEvidenceFile checks a file to attach as evidence and returns the entry
// it is stored as: its name (without a path some browsers send), title (the
// name when none), type by its extension (AttachmentTypes), size and SHA-256;
// 文号, date and link as e gives them. EINVALID (*ReportFieldError on
// FieldFile) for no file name, a type not accepted, an empty file, one over
// MaxAttachmentSize. (Whether the content is what the extension says is
// CheckFileContent, asked where files arrive from people.)
func CheckEvidenceFile(e Evidence, body []byte) (Evidence, error) {
	name := strings.TrimSpace(e.FileName)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	if name == "" {
		return Evidence{}, fieldErr(FieldFile, 0, "err.report.file_missing")
	}
	if !IsText(name) {
		return Evidence{}, fieldErr(FieldFile, 0, "err.report.file_name_text")
	}
	ext := strings.ToLower(path.Ext(name))
	typ, ok := AttachmentTypes[ext]
	switch {
	case !ok:
		return Evidence{}, fieldErr(FieldFile, 0, "err.report.file_type", name, AttachmentExts())
	case len(body) == 0:
		return Evidence{}, fieldErr(FieldFile, 0, "err.report.file_empty", name)
	case len(body) > MaxAttachmentSize:
		return Evidence{}, fieldErr(FieldFile, 0, "err.report.file_too_large", name, float64(len(body))/(1<<20), MaxAttachmentSize>>20)
	}
	sum := sha256.Sum256(body)
	out := Evidence{Title: cmp.Or(strings.TrimSpace(e.Title), name), DocNo: e.DocNo, Date: e.Date, Link: e.Link,
		FileName: name, FileType: typ, FileSize: int64(len(body)), SHA256: hex.EncodeToString(sum[:])}
	return out, nil
}

// CheckFileContent refuses (EINVALID on FieldFile) a file whose content is
// not what its extension says: a PDF not beginning as PDFs do, a .txt that is
// not UTF-8. Types without a known beginning pass.
func CheckFileContent(name string, body []byte) error {
	ext := strings.ToLower(path.Ext(name))
	if magic, ok := fileMagic[ext]; (ok && !bytes.HasPrefix(body, []byte(magic))) || (ext == ".txt" && !utf8.Valid(body)) {
		return fieldErr(FieldFile, 0, "err.report.file_mismatch", name, ext)
	}
	return nil
}

// DecideAttachment decides the attachment of a file to a report whose task is
// in state st: as CheckEvidenceFile, and EINVALID once the task is done.
func DecideAttachment(st TaskState, e Evidence, body []byte) (Evidence, error) {
	out, err := CheckEvidenceFile(e, body)
	if err != nil {
		return Evidence{}, err
	}
	if st.Done() {
		return Evidence{}, E(EINVALID, "err.report.file_task_done", st)
	}
	return out, nil
}
