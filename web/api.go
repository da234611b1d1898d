package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
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

type apiDiagnostic struct {
	Level   string `json:"level"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Line    int    `json:"line"`
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

func newAPIBatchDetail(b *rollout.Batch) apiBatchDetail {
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
		d.Diagnostics = append(d.Diagnostics, apiDiagnostic(dg))
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

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeJSON writes v as UTF-8 JSON: Chinese as written, and <, >, & unescaped
// (the content type is JSON, never HTML).
func writeJSON(w http.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode JSON: %w", err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	buf.WriteTo(w) // an error here is a client gone away
	return nil
}

// apiError writes err as {"error":{"code":…,"message":…}} with its status.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	body := apiErrorBody{Error: apiErrorDetail{Code: errorCode(err), Message: errorMessage(requestLang(r), err)}}
	h := w.Header()
	for _, k := range []string{"Content-Disposition", "Cache-Control", "ETag"} {
		h.Del(k)
	}
	if werr := writeJSON(w, errorStatus(err), body); werr != nil {
		s.log.ErrorContext(r.Context(), "write JSON error", "err", werr)
		http.Error(w, body.Error.Message, errorStatus(err))
	}
}

// apiOpenAPI serves GET /api/openapi.json, the published description of the API.
func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(openAPIDocument)
	return nil
}
