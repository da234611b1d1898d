// Package intake reads a State Council notice and stores it: the one path of
// `rollout import`, POST /api/v1/notices and the coordinator's upload page,
// so that the three read, refuse and store alike. Reading is notice.ParseWith,
// the decision rollout.DecideImportNotice (inside CatalogService.ImportNotice);
// this package only strings them together and says the outcome in the shape
// `rollout import --json` prints.
package intake

import (
	"context"
	"fmt"

	"rollout"
	"rollout/notice"
	"rollout/refdata"
)

// Outcomes of Report.Stored.
const (
	StoredCreated   = "created"   // stored now
	StoredUnchanged = "unchanged" // the same notice was stored already: nothing changed
	StoredDryRun    = "dry-run"   // read and checked, nothing stored
)

// Report is what an import says of one document: `rollout import --json`
// prints it, POST /api/v1/notices answers it, the upload page shows it.
// Scripts depend on its shape: keys may be added, never renamed or removed.
type Report struct {
	File        string               `json:"file"`
	Notice      *Header              `json:"notice,omitempty"`
	Domains     []Domain             `json:"domains,omitempty"`
	Items       []Item               `json:"items,omitempty"`
	Diagnostics []rollout.Diagnostic `json:"diagnostics"`
	// Stored is StoredCreated, StoredUnchanged or StoredDryRun; empty when the
	// document was refused.
	Stored string `json:"stored,omitempty"`
	Error  *Error `json:"error,omitempty"`
}

// Header is the notice's header.
type Header struct {
	DocNo    string `json:"doc_no"`
	Title    string `json:"title"`
	Issuer   string `json:"issuer"`
	IssuedOn string `json:"issued_on"`
	Batch    int    `json:"batch"`
}

// Domain is a domain of the body with its items' numbers.
type Domain struct {
	Name  string `json:"name"`
	Items []int  `json:"items"`
}

// Item is one item as read.
type Item struct {
	Seq         int      `json:"seq"`
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Content     string   `json:"content"`
	Responsible []string `json:"responsible"`
	Scope       string   `json:"scope"`
	Domain      string   `json:"domain"`
}

// Error is why a document was refused, in the reader's language.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// NewReport says what was read of n from file.
func NewReport(file string, n *rollout.Notice) Report {
	r := Report{
		File: file,
		Notice: &Header{DocNo: n.DocNo, Title: n.Title, Issuer: n.Issuer,
			IssuedOn: n.IssuedOn.Format("2006-01-02"), Batch: n.Batch},
		Domains:     []Domain{},
		Items:       []Item{},
		Diagnostics: n.Diagnostics,
	}
	if r.Diagnostics == nil {
		r.Diagnostics = []rollout.Diagnostic{}
	}
	for _, d := range n.Domains {
		r.Domains = append(r.Domains, Domain{Name: d.Name, Items: orEmpty(d.Items)})
	}
	for _, it := range n.Items {
		r.Items = append(r.Items, Item{Seq: it.Seq, Name: it.Name, Aliases: orEmpty(it.Aliases),
			Content: it.Content, Responsible: orEmpty(it.Responsible), Scope: it.Scope, Domain: it.Domain})
	}
	return r
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Seeder gives the items of a batch proposed indicators (sqldb.DB does).
type Seeder interface {
	SeedIndicators(ctx context.Context, batch int, bySeq map[int][]rollout.Indicator) (int, error)
}

// Importer reads and stores notices.
type Importer struct {
	Catalog rollout.CatalogService // required unless every import is a dry run
	// Seed, when set, gives the 7th batch's items the shipped proposed
	// indicators when its notice is stored (SeedIndicators7).
	Seed Seeder
}

// Outcome is an import's result: the report (without Error: the caller says
// the refusal in its reader's language), the notice read (nil when the
// document is no notice) and the refusal.
type Outcome struct {
	Report Report
	Notice *rollout.Notice
	// Err is nil when stored, unchanged or a dry run that would store; else
	// why not: EINVALID for a document that is no notice or was read with
	// errors (a *rollout.Error naming the first error's line), ECONFLICT for
	// another notice under the same 文号 or batch, EINTERNAL for a fault.
	Err error
	// Read is false when the document is no notice at all (the command
	// line's exit status 2); Report.Notice is nil then.
	Read bool
}

// Import reads src (named file in the report) as a notice with opt and,
// unless dryRun, stores it with its source. The same notice stored twice
// changes nothing the second time (Report.Stored "unchanged").
func (im Importer) Import(ctx context.Context, file string, src []byte, opt notice.Options, dryRun bool) Outcome {
	out := Outcome{Report: Report{File: file, Diagnostics: []rollout.Diagnostic{}}}
	if err := rollout.CheckNoticeSize(len(src)); err != nil {
		out.Err = err
		return out
	}
	n, err := notice.ParseWith(src, opt)
	if err != nil {
		out.Err = err
		return out
	}
	out.Read, out.Notice, out.Report = true, n, NewReport(file, n)
	if n.HasErrors() {
		// read, but refused: the first error says why and where (all are in
		// the diagnostics)
		for _, d := range n.Diagnostics {
			if d.Level == rollout.LevelError {
				out.Err = ReadError(d)
				break
			}
		}
		return out
	}
	if dryRun {
		out.Report.Stored = StoredDryRun
		return out
	}
	res, err := im.Catalog.ImportNotice(ctx, n, rollout.Source{Format: n.Format, Body: src})
	if err != nil {
		out.Err = err
		return out
	}
	out.Report.Stored = StoredUnchanged
	if res.Created {
		out.Report.Stored = StoredCreated
		if im.Seed != nil {
			if _, err := SeedIndicators7(ctx, im.Seed, n); err != nil {
				out.Err = err
			}
		}
	}
	return out
}

// ReadError is the refusal of a notice for an error diagnostic d: its
// message, with its line when it has one.
func ReadError(d rollout.Diagnostic) error {
	if d.Line > 0 {
		return rollout.E(rollout.EINVALID, "err.notice.read_error_line", d.Line, d.Message)
	}
	return rollout.E(rollout.EINVALID, "err.notice.read_error", d.Message)
}

// SeedIndicators7 gives the items of the 7th-batch notice (国函〔2023〕56号) the
// shipped proposed indicators; other notices get none. Items that already
// have indicators are left as they are.
func SeedIndicators7(ctx context.Context, s Seeder, n *rollout.Notice) (int, error) {
	if n.Batch != 7 || n.DocNo != "国函〔2023〕56号" {
		return 0, nil
	}
	by, err := refdata.ProposedIndicators7()
	if err != nil {
		return 0, err
	}
	added, err := s.SeedIndicators(ctx, n.Batch, by)
	if err != nil {
		return 0, fmt.Errorf("seed proposed indicators: %w", err)
	}
	return added, nil
}
