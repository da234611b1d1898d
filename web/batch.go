package web

import (
	"net/http"
	"strconv"
	"strings"

	"rollout"
)

// batchPage is the data of a batch's page: the notice's header, its domains with
// their items, the items for specific regions, the duties and the diagnostics.
type batchPage struct {
	layout
	Batch      *rollout.Batch
	Preamble   []string // paragraphs
	Domains    []domainView
	Specific   []*rollout.Item // items no domain lists, for specific regions
	Unassigned []*rollout.Item // nationwide items no domain lists; shown so nothing is hidden
	Nationwide int             // items in the domains
	Duties     []dutyView
	// CanAssign leads a coordinator to the batch's assignment (intake.go).
	CanAssign bool
}

// domainView is a domain with its items in the body's order.
type domainView struct {
	Seq      int
	Name     string
	Declared int // the body's own count; 0 when it gives none
	Items    []*rollout.Item
	Missing  []int // numbers the body lists that no annex row has
}

// dutyView is a duty section with its text cut into paragraphs.
type dutyView struct {
	Heading    string
	Paragraphs []string
}

// newBatchPage arranges b for its page. Every item appears exactly once: under
// the domain that lists it, else among the specific-region items (scope other
// than nationwide), else among the unassigned.
func newBatchPage(r *http.Request, b *rollout.Batch) *batchPage {
	l := requestLang(r)
	p := &batchPage{
		layout:    newLayout(r, batchLabel(l, b.Batch)+" "+b.DocNo, ""),
		Batch:     b,
		Preamble:  paragraphs(b.Preamble),
		CanAssign: allowed(r, rollout.ActAssign, rollout.Target{}),
	}
	bySeq := map[int]*rollout.Item{}
	for i := range b.Items {
		bySeq[b.Items[i].Seq] = &b.Items[i]
	}
	placed := map[int]bool{}
	for _, d := range b.Domains {
		dv := domainView{Seq: d.Seq, Name: d.Name, Declared: d.Declared}
		for _, seq := range d.Items {
			it, ok := bySeq[seq]
			if !ok {
				dv.Missing = append(dv.Missing, seq)
				continue
			}
			if placed[seq] {
				continue
			}
			placed[seq] = true
			dv.Items = append(dv.Items, it)
			p.Nationwide++
		}
		p.Domains = append(p.Domains, dv)
	}
	for i := range b.Items {
		it := &b.Items[i]
		switch {
		case placed[it.Seq]:
		case it.Scope != rollout.ScopeNationwide:
			p.Specific = append(p.Specific, it)
		default:
			p.Unassigned = append(p.Unassigned, it)
		}
	}
	for _, d := range b.Duties {
		p.Duties = append(p.Duties, dutyView{Heading: d.Heading, Paragraphs: paragraphs(d.Text)})
	}
	return p
}

// paragraphs splits text at line breaks into its non-empty paragraphs.
func paragraphs(text string) []string {
	var out []string
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// batchPage serves GET /batches/{n}.
func (s *Server) batchPage(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	n, err := batchNumber(r)
	if err != nil {
		return err
	}
	b, err := s.catalog.BatchByNumber(r.Context(), n)
	if err != nil {
		return err
	}
	return s.views.batch.render(w, http.StatusOK, newBatchPage(r, b))
}

// batchSource serves GET /batches/{n}/source: the document the batch was read
// from, byte for byte. A stored HTML page is served as text/plain too, never as
// text/html: it came from outside, and as plain text (with nosniff and a sandbox
// policy) no script or style in it can run on this site's origin.
func (s *Server) batchSource(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	n, err := batchNumber(r)
	if err != nil {
		return err
	}
	src, err := s.catalog.BatchSource(r.Context(), n)
	if err != nil {
		return err
	}
	ext := ".txt"
	if src.Format == rollout.FormatHTML {
		ext = ".html"
	}
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
	h.Set("Content-Disposition", `inline; filename="batch-`+strconv.Itoa(n)+`-source`+ext+`"`)
	h.Set("Content-Length", strconv.Itoa(len(src.Body)))
	w.Write(src.Body)
	return nil
}

// apiBatches serves GET /api/v1/batches.
func (s *Server) apiBatches(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	batches, err := s.catalog.Batches(r.Context())
	if err != nil {
		return err
	}
	out := struct {
		Batches []apiBatch `json:"batches"`
	}{Batches: []apiBatch{}}
	for _, b := range batches {
		out.Batches = append(out.Batches, newAPIBatch(b))
	}
	return writeJSON(w, http.StatusOK, out)
}

// apiBatch serves GET /api/v1/batches/{n}.
func (s *Server) apiBatch(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	n, err := batchNumber(r)
	if err != nil {
		return err
	}
	b, err := s.catalog.BatchByNumber(r.Context(), n)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newAPIBatchDetail(requestLang(r), b))
}
