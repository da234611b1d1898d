package web

import (
	"encoding/json"
	"fmt"
	"maps"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"rollout"
	"rollout/notice"
	"rollout/sheet"
)

// The parts of an OpenAPI 3.1 document the tests read.
type oaDocument struct {
	OpenAPI    string                            `json:"openapi"`
	Paths      map[string]map[string]oaOperation `json:"paths"`
	Components struct {
		Schemas    map[string]*oaSchema   `json:"schemas"`
		Responses  map[string]*oaResponse `json:"responses"`
		Parameters map[string]*oaParam    `json:"parameters"`
	} `json:"components"`
}

type oaOperation struct {
	OperationID string                 `json:"operationId"`
	Parameters  []*oaParam             `json:"parameters"`
	RequestBody *oaResponse            `json:"requestBody"`
	Responses   map[string]*oaResponse `json:"responses"`
	Examples    []oaExample            `json:"x-rollout-examples"`
}

// oaExample is one example request of an operation: a GET of request, or for
// an operation with a body, a request with body (a JSON value), raw_body
// (sent as written) or template (a workbook the test builds), as
// content_type (application/json when empty, the .xlsx type for a
// template), from another site when cross_site; made as user (an identity of
// the fixture, role@unitID such as reporter@440000, in a session of its own,
// or with an API token of its own when bearer), or anonymously when user is
// empty.
type oaExample struct {
	Request     string          `json:"request"`
	Status      int             `json:"status"`
	Body        json.RawMessage `json:"body"`
	RawBody     string          `json:"raw_body"`
	Template    *oaTemplate     `json:"template"`
	ContentType string          `json:"content_type"`
	CrossSite   bool            `json:"cross_site"`
	User        string          `json:"user"`
	Bearer      bool            `json:"bearer"`
	// MetricsToken sends the test site's metrics token (GET /metrics).
	MetricsToken bool `json:"metrics_token"`
	// Notice is a notice's text the fresh fixture stores before the request
	// (a batch no task is assigned for yet).
	Notice string `json:"notice"`
}

// oaTemplate is a filled-in progress report template that an example sends:
// unit's template for period as the fixture's reports make it (or, when
// stale, as if none were saved: a file made before they were), made with
// sheet.Template, with status typed into every task row.
type oaTemplate struct {
	Unit   int64          `json:"unit"`
	Period rollout.Period `json:"period"`
	Status string         `json:"status"`
	Stale  bool           `json:"stale"`
}

// send serves the example through the site.
func (ex oaExample) send(t *testing.T, site *testSite, method string) *httptest.ResponseRecorder {
	body := ex.RawBody
	if len(ex.Body) > 0 {
		body = string(ex.Body)
	}
	contentType := "application/json"
	if ex.Notice != "" {
		n, err := notice.Parse([]byte(ex.Notice))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := site.cat.ImportNotice(t.Context(), n, rollout.Source{Format: n.Format, Body: []byte(ex.Notice)}); err != nil {
			t.Fatal(err)
		}
	}
	if tp := ex.Template; tp != nil {
		body = string(fillTemplate(t, site.buildTemplate(t, tp.Unit, tp.Period, tp.Stale), func(_ int, _ int64, set func(string, any)) {
			set("状态", tp.Status)
		}))
		contentType = xlsxType
	}
	header := http.Header{}
	switch {
	case ex.User != "" && ex.Bearer:
		header = site.bearer(t, ex.User)
	case ex.User != "":
		header = site.as(t, ex.User)
	}
	if ex.MetricsToken {
		header.Set("Authorization", "Bearer "+testMetricsToken)
	}
	if body != "" {
		header.Set("Content-Type", cmpOr(ex.ContentType, contentType))
	}
	if ex.CrossSite {
		header.Set("Sec-Fetch-Site", "cross-site")
	}
	return serveBody(site.Server, method, ex.Request, header, body)
}

type oaParam struct {
	Ref      string `json:"$ref"`
	Name     string `json:"name"`
	In       string `json:"in"`
	Required bool   `json:"required"`
}

type oaResponse struct {
	Ref     string `json:"$ref"`
	Content map[string]struct {
		Schema  *oaSchema       `json:"schema"`
		Example json.RawMessage `json:"example"`
	} `json:"content"`
}

type oaSchema struct {
	Ref        string               `json:"$ref"`
	Type       string               `json:"type"`
	Required   []string             `json:"required"`
	Properties map[string]*oaSchema `json:"properties"`
	Items      *oaSchema            `json:"items"`
	AllOf      []*oaSchema          `json:"allOf"`
	Enum       []any                `json:"enum"`
}

func loadOpenAPI(t *testing.T) *oaDocument {
	t.Helper()
	var doc oaDocument
	if err := json.Unmarshal(openAPIDocument, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi = %q, want 3.1.0", doc.OpenAPI)
	}
	return &doc
}

// openAPIPath turns a ServeMux pattern's path into OpenAPI path syntax:
// {$} disappears and {name...} becomes {name}.
func openAPIPath(p string) string {
	p = strings.TrimSuffix(p, "{$}")
	return regexp.MustCompile(`\{(\w+)\.\.\.\}`).ReplaceAllString(p, "{$1}")
}

// TestOpenAPIMatchesRoutes: the document describes exactly the /api routes
// and the operations endpoints (/healthz, /readyz, /metrics) the server registers, each with its path parameters and an error response.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	s, _ := newTestServer(t, newFake(t))
	doc := loadOpenAPI(t)

	var routes, documented []string
	for _, p := range s.Routes() {
		method, path, ok := strings.Cut(p, " ")
		if !ok {
			t.Errorf("pattern %q has no method", p)
			continue
		}
		if strings.HasPrefix(path, "/api/") || isOpsPath(path) {
			routes = append(routes, method+" "+openAPIPath(path))
		}
	}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			documented = append(documented, strings.ToUpper(method)+" "+path)
			checkParameters(t, doc, path, method, op)
		}
	}
	slices.Sort(routes)
	slices.Sort(documented)
	if !slices.Equal(routes, documented) {
		t.Errorf("routes and openapi.json differ:\n routes:     %q\n documented: %q", routes, documented)
	}
}

func checkParameters(t *testing.T, doc *oaDocument, path, method string, op oaOperation) {
	t.Helper()
	inPath := map[string]bool{}
	for _, p := range op.Parameters {
		if p.Ref != "" {
			p = doc.Components.Parameters[strings.TrimPrefix(p.Ref, "#/components/parameters/")]
			if p == nil {
				t.Errorf("%s %s: unresolved parameter", method, path)
				continue
			}
		}
		if p.In == "path" {
			if !p.Required {
				t.Errorf("%s %s: path parameter %s not required", method, path, p.Name)
			}
			inPath[p.Name] = true
		}
	}
	for _, m := range regexp.MustCompile(`\{(\w+)\}`).FindAllStringSubmatch(path, -1) {
		if !inPath[m[1]] {
			t.Errorf("%s %s: path parameter %s is not described", method, path, m[1])
		}
		delete(inPath, m[1])
	}
	for name := range inPath {
		t.Errorf("%s %s: describes path parameter %s that the path lacks", method, path, name)
	}
	if op.OperationID == "" {
		t.Errorf("%s %s: no operationId", method, path)
	}
	if !slices.ContainsFunc(slices.Collect(maps.Keys(op.Responses)), func(st string) bool { return strings.HasPrefix(st, "2") }) {
		t.Errorf("%s %s: no 2xx response", method, path)
	}
	if (method == "post" || method == "put") != (op.RequestBody != nil) {
		t.Errorf("%s %s: a request body must be described for POST and PUT, and only for them", method, path)
	}
}

// TestOpenAPIExamples: each example request answers the status the document
// gives it, that status is documented for the operation, every documented
// status but 500 and 413 (a body over the bound; TestAPIBodyLimits and
// TestAPIReissue send one) has an example, and the body fits the documented
// schema. The request body of an example that succeeds is of a documented
// content type and fits its schema. Examples that may write run each on a
// fresh fixture.
func TestOpenAPIExamples(t *testing.T) {
	shared := newTestSite(t, newFake(t))
	doc := loadOpenAPI(t)
	for path, ops := range doc.Paths {
		for method, op := range ops {
			M := strings.ToUpper(method)
			if len(op.Examples) == 0 {
				t.Errorf("%s %s: no x-rollout-examples", M, path)
			}
			exampled := map[string]bool{}
			for _, ex := range op.Examples {
				s := shared
				if M != "GET" {
					s = newTestSite(t, newFake(t))
				}
				status := strconv.Itoa(ex.Status)
				exampled[status] = true
				req, _ := http.NewRequest(M, ex.Request, nil)
				if _, pattern := s.mux.Handler(req); openAPIPath(strings.TrimPrefix(pattern, M+" ")) != path {
					t.Errorf("%s %s: example %s is served by %q", M, path, ex.Request, pattern)
				}
				resp, ok := op.Responses[status]
				if !ok {
					t.Errorf("%s %s: example %s expects %d, which the operation does not document", M, path, ex.Request, ex.Status)
					continue
				}
				if op.RequestBody != nil && ex.Status < 300 {
					for _, problem := range checkRequestBody(doc, op.RequestBody, ex) {
						t.Errorf("%s %s: %s", M, ex.Request, problem)
					}
				}
				rec := ex.send(t, s, M)
				if rec.Code != ex.Status {
					t.Errorf("%s %s: %d, documented %d\n%s", M, ex.Request, rec.Code, ex.Status, rec.Body)
					continue
				}
				if ex.Status == http.StatusNoContent {
					if rec.Body.Len() != 0 || len(resolveResponse(doc, resp).Content) != 0 {
						t.Errorf("%s %s: 204 with a body, or documented with one", M, ex.Request)
					}
					continue
				}
				resp = resolveResponse(doc, resp)
				if _, isText := resp.Content["text/plain"]; isText {
					if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
						t.Errorf("%s %s: Content-Type %q, documented text/plain", M, ex.Request, ct)
					}
					continue
				}
				if _, isJSON := resp.Content["application/json"]; !isJSON {
					checkFileResponse(t, M+" "+ex.Request, resp, rec)
					continue
				}
				if ct := rec.Header().Get("Content-Type"); ct != jsonType {
					t.Errorf("%s %s: Content-Type %q", M, ex.Request, ct)
				}
				media, ok := resp.Content["application/json"]
				if !ok || media.Schema == nil {
					t.Errorf("%s %s: response %d has no application/json schema", M, path, ex.Status)
					continue
				}
				var body any
				if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
					t.Errorf("%s %s: %v", M, ex.Request, err)
					continue
				}
				for _, problem := range validate(doc, media.Schema, body, "$") {
					t.Errorf("%s %s: %s", M, ex.Request, problem)
				}
			}
			for status := range op.Responses {
				// 503 is the database down or the site read-only: conditions of
				// the machine, tested in ops_test.go.
				if status != "500" && status != "413" && status != "503" && !exampled[status] {
					t.Errorf("%s %s: documented status %s has no example request", M, path, status)
				}
			}
		}
	}
}

// checkFileResponse checks an answer documented as a file, not JSON: its
// Content-Type must be the documented one, it must be an attachment, and a
// workbook must read as a template.
func checkFileResponse(t *testing.T, what string, resp *oaResponse, rec *httptest.ResponseRecorder) {
	t.Helper()
	ct := rec.Header().Get("Content-Type")
	if _, ok := resp.Content[ct]; !ok {
		t.Errorf("%s: Content-Type %q, documented %q", what, ct, slices.Collect(maps.Keys(resp.Content)))
	}
	if !strings.HasPrefix(rec.Header().Get("Content-Disposition"), "attachment;") {
		t.Errorf("%s: not an attachment: %q", what, rec.Header().Get("Content-Disposition"))
	}
	if ct == xlsxType {
		if _, err := sheet.ReadTemplate(rec.Body.Bytes()); err != nil {
			t.Errorf("%s: %v", what, err)
		}
	}
}

// checkRequestBody checks the body of an example that succeeds against the
// request body the operation documents: its content type must be one the
// operation takes, and a JSON body must fit that type's schema; a template
// is a workbook; any other body is sent as written and must be a string its
// schema allows.
func checkRequestBody(doc *oaDocument, rb *oaResponse, ex oaExample) []string {
	ct := cmpOr(ex.ContentType, "application/json")
	if ex.Template != nil {
		ct = cmpOr(ex.ContentType, xlsxType)
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return []string{fmt.Sprintf("content type %q: %v", ct, err)}
	}
	media, ok := rb.Content[mt]
	if !ok || media.Schema == nil {
		return []string{fmt.Sprintf("the request body is not documented as %s", mt)}
	}
	if ex.Template != nil {
		if len(ex.Body) > 0 || ex.RawBody != "" {
			return []string{"a template is the whole body"}
		}
		return nil
	}
	if mt != "application/json" {
		if len(ex.Body) > 0 {
			return []string{"a body other than JSON goes in raw_body"}
		}
		return validate(doc, media.Schema, ex.RawBody, "request")
	}
	raw := []byte(ex.RawBody)
	if len(ex.Body) > 0 {
		raw = ex.Body
	}
	var body any
	if err := json.Unmarshal(raw, &body); err != nil {
		return []string{fmt.Sprintf("example body: %v", err)}
	}
	return validate(doc, media.Schema, body, "request")
}

func resolveResponse(doc *oaDocument, r *oaResponse) *oaResponse {
	if r.Ref != "" {
		return doc.Components.Responses[strings.TrimPrefix(r.Ref, "#/components/responses/")]
	}
	return r
}

// validate checks v against the few schema keywords the document uses, and
// reports properties the schema does not describe.
func validate(doc *oaDocument, sc *oaSchema, v any, at string) []string {
	if sc.Ref != "" {
		ref := doc.Components.Schemas[strings.TrimPrefix(sc.Ref, "#/components/schemas/")]
		if ref == nil {
			return []string{at + ": unresolved " + sc.Ref}
		}
		return validate(doc, ref, v, at)
	}
	var problems []string
	if len(sc.AllOf) > 0 {
		known := map[string]bool{}
		for _, sub := range sc.AllOf {
			for _, p := range validate(doc, sub, v, at) {
				if !strings.Contains(p, "undocumented property") {
					problems = append(problems, p)
				}
			}
			for name := range properties(doc, sub) {
				known[name] = true
			}
		}
		if obj, ok := v.(map[string]any); ok {
			for name := range obj {
				if !known[name] {
					problems = append(problems, fmt.Sprintf("%s.%s: undocumented property", at, name))
				}
			}
		}
		return problems
	}
	switch sc.Type {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want object", at, v)}
		}
		for _, name := range sc.Required {
			if _, ok := obj[name]; !ok {
				problems = append(problems, fmt.Sprintf("%s: required property %s missing", at, name))
			}
		}
		if sc.Properties == nil {
			return problems // a free-form object
		}
		for name, val := range obj {
			ps, ok := sc.Properties[name]
			if !ok {
				problems = append(problems, fmt.Sprintf("%s.%s: undocumented property", at, name))
				continue
			}
			problems = append(problems, validate(doc, ps, val, at+"."+name)...)
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %T, want array", at, v)}
		}
		for i, e := range arr {
			if sc.Items != nil {
				problems = append(problems, validate(doc, sc.Items, e, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	case "string":
		if _, ok := v.(string); !ok {
			return []string{fmt.Sprintf("%s: %T, want string", at, v)}
		}
	case "integer":
		if f, ok := v.(float64); !ok || f != float64(int64(f)) {
			return []string{fmt.Sprintf("%s: %v, want integer", at, v)}
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return []string{fmt.Sprintf("%s: %T, want boolean", at, v)}
		}
	}
	if len(sc.Enum) > 0 && !slices.Contains(sc.Enum, v) {
		problems = append(problems, fmt.Sprintf("%s: %v is not one of %v", at, v, sc.Enum))
	}
	return problems
}

func properties(doc *oaDocument, sc *oaSchema) map[string]*oaSchema {
	if sc.Ref != "" {
		return properties(doc, doc.Components.Schemas[strings.TrimPrefix(sc.Ref, "#/components/schemas/")])
	}
	return sc.Properties
}

// TestOpenAPIValidatorCatches: the little validator above does find problems.
func TestOpenAPIValidatorCatches(t *testing.T) {
	doc := loadOpenAPI(t)
	item := &oaSchema{Ref: "#/components/schemas/Item"}
	bad := map[string]any{"id": "x", "extra": 1.0}
	if problems := validate(doc, item, bad, "$"); len(problems) < 3 {
		t.Errorf("validate found %q; want a wrong type, missing properties and an undocumented one", problems)
	}
}

// TestOpenAPIDocumentedExamples: the example bodies written in the document
// (responses and request bodies) fit their own schemas.
func TestOpenAPIDocumentedExamples(t *testing.T) {
	doc := loadOpenAPI(t)
	check := func(where string, r *oaResponse) {
		for ct, media := range resolveResponse(doc, r).Content {
			if len(media.Example) == 0 {
				continue
			}
			var v any
			if err := json.Unmarshal(media.Example, &v); err != nil {
				t.Errorf("%s %s: %v", where, ct, err)
				continue
			}
			for _, problem := range validate(doc, media.Schema, v, "example") {
				t.Errorf("%s: %s", where, problem)
			}
		}
	}
	n := 0
	for path, ops := range doc.Paths {
		for method, op := range ops {
			if op.RequestBody != nil {
				check(method+" "+path+" request", op.RequestBody)
			}
			for status, r := range op.Responses {
				check(method+" "+path+" "+status, r)
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no responses read")
	}
}
