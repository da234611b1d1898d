package web

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"time"

	"rollout"
)

// The JSON shapes of the API. They are the web's own so the published contract
// (openapi.json, docs/api.md) does not move when a domain type gains a field:
// dates are YYYY-MM-DD, lists are [] rather than null.

type apiBatch struct {
	Number     int       `json:"number"`
	DocNo      string    `json:"doc_no"`
	Title      string    `json:"title"`
	Issuer     string    `json:"issuer"`
	IssuedOn   string    `json:"issued_on"`
	ItemCount  int       `json:"item_count"`
	SourceURL  string    `json:"source_url"`
	ImportedAt time.Time `json:"imported_at"`
}

type apiBatchDetail struct {
	apiBatch
	Addressees  string          `json:"addressees"`
	Preamble    string          `json:"preamble"`
	AnnexTitle  string          `json:"annex_title"`
	Fingerprint string          `json:"fingerprint"`
	Domains     []apiDomain     `json:"domains"`
	Duties      []apiDuty       `json:"duties"`
	Diagnostics []apiDiagnostic `json:"diagnostics"`
	Items       []apiItem       `json:"items"`
}

type apiDomain struct {
	Seq      int    `json:"seq"`
	Name     string `json:"name"`
	Declared int    `json:"declared"`
	Items    []int  `json:"items"`
}

type apiDuty struct {
	Heading string `json:"heading"`
	Text    string `json:"text"`
}

// apiDiagnostic is a finding of reading a document, its message said in the
// request's language (rollout.Diagnostic.Text).
type apiDiagnostic struct {
	Level   string `json:"level"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Line    int    `json:"line"`
}

func newAPIDiagnostic(l lang, d rollout.Diagnostic) apiDiagnostic {
	return apiDiagnostic{Level: d.Level, Code: d.Code, Message: d.Text(l), Line: d.Line}
}

type apiItem struct {
	ID          int64    `json:"id"`
	Batch       int      `json:"batch"`
	Seq         int      `json:"seq"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Content     string   `json:"content"`
	Responsible []string `json:"responsible"`
	Lead        string   `json:"lead"`
	Scope       string   `json:"scope"`
	Domain      string   `json:"domain"`
}

// apiUnit is a unit of the tree.
type apiUnit struct {
	ID         int64    `json:"id"`
	Code       string   `json:"code"`
	Name       string   `json:"name"`
	FullName   string   `json:"full_name"`
	Kind       string   `json:"kind"`
	ParentID   int64    `json:"parent_id"`
	ProvinceID int64    `json:"province_id"`
	Path       string   `json:"path"`
	Coastal    bool     `json:"coastal"`
	HasFTZ     bool     `json:"has_ftz"`
	Aliases    []string `json:"aliases"`
	Retired    bool     `json:"retired"`
}

// apiUnitDetail is a unit with the units directly below it.
type apiUnitDetail struct {
	apiUnit
	Children []apiUnit `json:"children"`
}

// apiTask is one unit's obligation for one item, with its context.
type apiTask struct {
	ID          int64       `json:"id"`
	ItemID      int64       `json:"item_id"`
	Batch       int         `json:"batch"`
	ItemSeq     int         `json:"item_seq"`
	ItemName    string      `json:"item_name"`
	UnitID      int64       `json:"unit_id"`
	Unit        string      `json:"unit"`
	UnitCode    string      `json:"unit_code"`
	UnitKind    string      `json:"unit_kind"`
	Role        string      `json:"role"`
	ParentID    int64       `json:"parent_id"`
	ParentUnit  string      `json:"parent_unit"`
	Deadline    apiDeadline `json:"deadline"`
	Deliverable string      `json:"deliverable"`
	Contact     string      `json:"contact"`
	Notes       string      `json:"notes"`
	// State is where the task stands in the supervision loop, since StateAt.
	State   string     `json:"state"`
	StateAt *time.Time `json:"state_at,omitempty"`
	// Light is green, yellow, red, or none for a deadline without a date and a
	// task that needs nothing more.
	Light string `json:"light"`
	// Urges counts the times the level above urged the unit on it (督办).
	Urges int `json:"urges"`
}

// apiDeadline is a 完成时限 as written, with its day when the text names one;
// a phrase such as 持续推进 has no date, and date is then left out.
type apiDeadline struct {
	Text string `json:"text"`
	Date string `json:"date,omitempty"`
}

// apiTaskList is a list of tasks with its length.
type apiTaskList struct {
	Tasks []apiTask `json:"tasks"`
	Count int       `json:"count"`
}

type apiErrorBody struct {
	Error apiErrorDetail `json:"error"`
}

type apiErrorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func newAPIBatch(b *rollout.Batch) apiBatch {
	count := b.ItemCount
	if count == 0 {
		count = len(b.Items)
	}
	issued := ""
	if !b.IssuedOn.IsZero() {
		issued = b.IssuedOn.Format(time.DateOnly)
	}
	return apiBatch{
		Number:     b.Batch,
		DocNo:      b.DocNo,
		Title:      b.Title,
		Issuer:     b.Issuer,
		IssuedOn:   issued,
		ItemCount:  count,
		SourceURL:  b.SourceURL,
		ImportedAt: b.ImportedAt,
	}
}

func newAPIBatchDetail(l lang, b *rollout.Batch) apiBatchDetail {
	d := apiBatchDetail{
		apiBatch:    newAPIBatch(b),
		Addressees:  b.Addressees,
		Preamble:    b.Preamble,
		AnnexTitle:  b.AnnexTitle,
		Fingerprint: b.Fingerprint,
		Domains:     []apiDomain{},
		Duties:      []apiDuty{},
		Diagnostics: []apiDiagnostic{},
		Items:       []apiItem{},
	}
	for _, dm := range b.Domains {
		d.Domains = append(d.Domains, apiDomain{Seq: dm.Seq, Name: dm.Name, Declared: dm.Declared, Items: orEmpty(dm.Items)})
	}
	for _, du := range b.Duties {
		d.Duties = append(d.Duties, apiDuty(du))
	}
	for _, dg := range b.Diagnostics {
		d.Diagnostics = append(d.Diagnostics, newAPIDiagnostic(l, dg))
	}
	for i := range b.Items {
		it := newAPIItem(&b.Items[i])
		if it.Batch == 0 {
			it.Batch = b.Batch
		}
		d.Items = append(d.Items, it)
	}
	return d
}

func newAPIItem(it *rollout.Item) apiItem {
	return apiItem{
		ID:          it.ID,
		Batch:       it.Batch,
		Seq:         it.Seq,
		Name:        it.Name,
		Aliases:     orEmpty(it.Aliases),
		Content:     it.Content,
		Responsible: orEmpty(it.Responsible),
		Lead:        it.Lead(),
		Scope:       it.Scope,
		Domain:      it.Domain,
	}
}

func newAPIUnit(u *rollout.Unit) apiUnit {
	return apiUnit{
		ID:         u.ID,
		Code:       u.Code,
		Name:       u.Name,
		FullName:   u.FullName,
		Kind:       string(u.Kind),
		ParentID:   u.ParentID,
		ProvinceID: u.ProvinceID,
		Path:       u.Path,
		Coastal:    u.Coastal,
		HasFTZ:     u.HasFTZ,
		Aliases:    orEmpty(u.Aliases),
		Retired:    u.Retired(),
	}
}

// newAPITask is t as the API shows it, with its light now.
func (s *Server) newAPITask(t *rollout.Task) apiTask {
	d := newAPIDeadline(t.Deadline)
	var stateAt *time.Time
	if !t.StateAt.IsZero() {
		stateAt = &t.StateAt
	}
	return apiTask{
		ID:          t.ID,
		ItemID:      t.ItemID,
		Batch:       t.Batch,
		ItemSeq:     t.ItemSeq,
		ItemName:    t.ItemName,
		UnitID:      t.UnitID,
		Unit:        t.UnitName,
		UnitCode:    t.UnitCode,
		UnitKind:    string(t.UnitKind),
		Role:        string(t.Role),
		ParentID:    t.ParentID,
		ParentUnit:  t.ParentUnit,
		Deadline:    d,
		Deliverable: t.Deliverable,
		Contact:     t.Contact,
		Notes:       t.Notes,
		State:       string(t.State),
		StateAt:     stateAt,
		Light:       cmp.Or(string(s.lightOf(t)), "none"),
		Urges:       t.Urges,
	}
}

func (s *Server) newAPITaskList(tasks []*rollout.Task) apiTaskList {
	out := apiTaskList{Tasks: []apiTask{}}
	for _, t := range tasks {
		out.Tasks = append(out.Tasks, s.newAPITask(t))
	}
	out.Count = len(out.Tasks)
	return out
}

// apiUnitTasks is a unit with a list of tasks: its own, or of its subtree.
type apiUnitTasks struct {
	Unit apiUnit `json:"unit"`
	apiTaskList
	*apiListPage // a page of a list: its total, offset and limit
}

func (s *Server) apiUnitTaskList(u *rollout.Unit, tasks []*rollout.Task) apiUnitTasks {
	return apiUnitTasks{Unit: newAPIUnit(u), apiTaskList: s.newAPITaskList(tasks)}
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeJSON writes v as UTF-8 JSON: Chinese as written, and <, >, & unescaped
// (the content type is JSON, never HTML).
func writeJSON(w http.ResponseWriter, status int, v any) error {
	buf, err := encodeJSON(v) // indented as json.Encoder.SetIndent("", "  "): jsonindent.go
	if err != nil {
		return fmt.Errorf("encode JSON: %w", err)
	}
	defer buf.release()
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.out) // an error here is a client gone away
	return nil
}

// apiError writes err as {"error":{"code":…,"message":…}} with its status.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	body := apiErrorBody{Error: apiErrorDetail{Code: errorCode(err), Message: errorMessage(requestLang(r), err)}}
	h := w.Header()
	for _, k := range []string{"Content-Disposition", "Cache-Control", "ETag"} {
		h.Del(k)
	}
	noStoreForUser(r, h)
	if errorStatus(err) == http.StatusUnauthorized {
		h.Set("WWW-Authenticate", `Bearer realm="rollout"`)
	}
	if werr := writeJSON(w, errorStatus(err), body); werr != nil {
		s.log.ErrorContext(r.Context(), "write JSON error", "err", werr)
		http.Error(w, body.Error.Message, errorStatus(err))
	}
}

// apiOpenAPI serves GET /api/openapi.json, the published description of the API.
func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(openAPIDocument)
	return nil
}

// maxBody bounds a request body: a division of a task among every county of a
// province is a few hundred kilobytes at most.
const maxBody = 1 << 20

// parseForm reads a posted form of at most maxBody bytes into r.PostForm; one
// that cannot be read is EINVALID.
func parseForm(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil {
		return invalid(requestLang(r), "error.form_unreadable")
	}
	return nil
}

// decodeJSON reads a request body that must be one JSON value of dst's shape,
// sent as application/json (UTF-8) and at most maxBody bytes. Errors say what
// was wrong and where (line and column), for a person fixing a client: a body
// of another type is 415, one too large 413, anything else EINVALID.
func decodeJSON(w http.ResponseWriter, r *http.Request, dst any) error {
	l := requestLang(r)
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" ||
		(params["charset"] != "" && !strings.EqualFold(params["charset"], "utf-8")) {
		return &httpError{status: http.StatusUnsupportedMediaType, code: codeUnsupportedMediaType,
			message: tr(l, "error.json_type", ct)}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return &httpError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge,
				message: tr(l, "error.too_large", maxBody>>20)}
		}
		return fmt.Errorf("read request body: %w", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return invalid(l, "error.json_empty")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return jsonError(l, body, dec, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := position(body, int(dec.InputOffset()))
		return invalid(l, "error.json_trailing", line, col)
	}
	return nil
}

// jsonError turns an error of encoding/json into a sentence naming the place.
func jsonError(l lang, body []byte, dec *json.Decoder, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		line, col := position(body, int(syntax.Offset)-1) // Offset is just past the fault
		return invalid(l, "error.json_syntax", line, col, syntax.Error())
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(body, len(body))
		return invalid(l, "error.json_incomplete", line, col)
	case errors.As(err, &typ):
		line, col := position(body, int(typ.Offset))
		field := typ.Field
		if field == "" {
			field = "(" + tr(l, "json.top") + ")"
		}
		return invalid(l, "error.json_type_mismatch", field, jsonKind(l, typ.Type), typ.Value, line, col)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		line, col := position(body, int(dec.InputOffset()))
		return invalid(l, "error.json_unknown_field", strings.TrimPrefix(err.Error(), "json: unknown field "), line, col)
	default:
		return invalid(l, "error.json_other", err.Error())
	}
}

// jsonKind names the JSON type a Go type is read from.
func jsonKind(l lang, t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return tr(l, "json.integer")
	case reflect.String:
		return tr(l, "json.string")
	case reflect.Slice, reflect.Array:
		return tr(l, "json.array")
	case reflect.Struct, reflect.Map:
		return tr(l, "json.object")
	case reflect.Bool:
		return tr(l, "json.boolean")
	default:
		return t.String()
	}
}

// position is the 1-based line and column (in characters) of byte offset off.
func position(body []byte, off int) (line, col int) {
	off = min(max(off, 0), len(body))
	before := body[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	if i := bytes.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, len([]rune(string(before))) + 1
}
