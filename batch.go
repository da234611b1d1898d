package rollout

import (
	"context"
	"time"
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
