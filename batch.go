package rollout

import (
	"context"
	"time"
	"unicode/utf8"
)

// Batch is a stored notice: the notice as read, plus what storage adds.
type Batch struct {
	ID        int64 `json:"id"`
	Notice          // header, domains, duties, items (items only when loaded whole)
	ItemCount int   `json:"item_count"`
	// Rhythm is how often the batch's tasks are reported on: RhythmMonthly,
	// RhythmQuarterly or RhythmHalfYearly.
	Rhythm     string    `json:"rhythm"`
	ImportedAt time.Time `json:"imported_at"`
	// Fingerprint is Notice.Fingerprint() at import.
	Fingerprint string `json:"fingerprint"`
	// Instrument is the kind of document: InstrumentReplication (the State
	// Council's batches), InstrumentBestPractice or InstrumentPilot.
	Instrument Instrument `json:"instrument"`
}

// Source is the document a batch was imported from, byte for byte.
type Source struct {
	Format string // FormatText or FormatHTML
	Body   []byte
}

// ImportResult says what an import did.
type ImportResult struct {
	Batch   *Batch // the stored batch (new or existing)
	Created bool   // false: the same notice was stored already and nothing changed
}

// CatalogService stores notices and answers questions about batches and items.
// Implementations are safe for concurrent use.
type CatalogService interface {
	// ImportNotice stores n with its source document in one transaction.
	// Outcomes: Created=true when stored; Created=false and no write when a notice
	// with the same 文号 and the same Fingerprint is stored already; ECONFLICT when a
	// notice with the same 文号 (or the same batch number) but other content is
	// stored; EINVALID when n.Validate fails or n has error diagnostics.
	ImportNotice(ctx context.Context, n *Notice, src Source) (ImportResult, error)

	// Batches lists every batch, newest batch number first, without items.
	Batches(ctx context.Context) ([]*Batch, error)

	// BatchByNumber returns the batch with its domains, duties, diagnostics and
	// items (with IDs). ENOTFOUND when there is none.
	BatchByNumber(ctx context.Context, number int) (*Batch, error)

	// BatchSource returns the document batch number was imported from.
	// ENOTFOUND when there is no such batch.
	BatchSource(ctx context.Context, number int) (Source, error)

	// Item returns an item by ID. ENOTFOUND when there is none.
	Item(ctx context.Context, id int64) (*Item, error)

	// SearchItems returns the items whose name, aliases, responsible units or
	// content match q as rollout.ParseSearch reads it (each term whole, or most
	// of its character bigrams: 专利许可 finds 专利开放许可新模式), best first
	// (rollout.RankItems), ties by batch (newest first) and number. An empty q
	// gives EINVALID.
	SearchItems(ctx context.Context, q string) ([]*Item, error)
}

// Bounds of a stored notice, whatever reads it in: the 7th batch's text is
// 14 KB with 24 items, its web page about 60 KB.
const (
	MaxNoticeBytes = 2 << 20 // bytes of the source document
	MaxNoticeItems = 1000    // items of its annex
	MaxNoticeField = 20000   // characters of any one text of it (title, preamble, a duty, an item's content …)
	MaxSearchQuery = 100     // characters of a search of the items: the longest item name is well under it
)

// CheckNoticeSize refuses a notice document of size bytes beyond MaxNoticeBytes
// (EINVALID), before it is read.
func CheckNoticeSize(size int) error {
	if size > MaxNoticeBytes {
		return E(EINVALID, "err.catalog.too_large", MaxNoticeBytes>>10, (size+1023)>>10)
	}
	return nil
}

// noticeTexts lists the texts of n that are stored, for the bound on each.
func noticeTexts(n *Notice) []string {
	out := []string{n.DocNo, n.Title, n.Issuer, n.Addressees, n.SourceURL, n.Preamble, n.AnnexTitle}
	for _, d := range n.Duties {
		out = append(out, d.Heading, d.Text)
	}
	for _, d := range n.Domains {
		out = append(out, d.Name)
	}
	for _, it := range n.Items {
		out = append(out, it.Name, it.Content, it.Scope, it.Domain)
		out = append(out, it.Aliases...)
		out = append(out, it.Responsible...)
	}
	return out
}

// DecideImportNotice decides storing the notice n read from src, given the
// batch already stored under its 文号 or its batch number (nil for none) and
// n's fingerprint fp. It reports whether to store it: false, without error,
// when the same notice is stored already. EINVALID when n fails Validate, has
// error diagnostics, or goes beyond the bounds (MaxNoticeBytes,
// MaxNoticeItems, MaxNoticeField); ECONFLICT when another notice holds its
// 文号 or its batch number.
func DecideImportNotice(n *Notice, src Source, existing *Batch, fp string) (bool, error) {
	if err := CheckNoticeSize(len(src.Body)); err != nil {
		return false, err
	}
	if err := n.Validate(); err != nil {
		return false, err
	}
	if n.HasErrors() {
		return false, E(EINVALID, "err.catalog.read_errors", n.DocNo)
	}
	if len(n.Items) > MaxNoticeItems {
		return false, E(EINVALID, "err.catalog.too_many_items", n.DocNo, MaxNoticeItems, len(n.Items))
	}
	for _, t := range noticeTexts(n) {
		if c := utf8.RuneCountInString(t); c > MaxNoticeField {
			return false, E(EINVALID, "err.catalog.text_too_long", n.DocNo, MaxNoticeField, c)
		}
	}
	switch {
	case existing == nil:
		return true, nil
	case existing.DocNo == n.DocNo && existing.Fingerprint == fp:
		return false, nil
	case existing.DocNo == n.DocNo:
		return false, E(ECONFLICT, "err.catalog.differs", n.DocNo, existing.Batch)
	default:
		return false, E(ECONFLICT, "err.catalog.batch_taken", existing.Batch, existing.DocNo, n.DocNo, n.Batch)
	}
}

// DecideRhythm decides setting a batch's reporting rhythm, now before, to
// rhythm, and reports whether anything changes. EINVALID for a rhythm other
// than RhythmMonthly, RhythmQuarterly or RhythmHalfYearly.
func DecideRhythm(before, rhythm string) (bool, error) {
	if !ValidRhythm(rhythm) {
		return false, E(EINVALID, "err.catalog.bad_rhythm", rhythm)
	}
	return before != rhythm, nil
}
