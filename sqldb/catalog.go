package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"rollout"
)

// ImportNotice stores a notice, its domains and items, and the source document in
// one transaction. See rollout.CatalogService for the outcomes.
func (db *DB) ImportNotice(ctx context.Context, n *rollout.Notice, src rollout.Source) (rollout.ImportResult, error) {
	fp := n.Fingerprint()
	// Checked before the write lock is taken, and again inside it against
	// what is stored then.
	if _, err := rollout.DecideImportNotice(n, src, nil, fp); err != nil {
		return rollout.ImportResult{}, err
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return rollout.ImportResult{}, err
	}
	defer tx.Rollback()
	existing, err := tx.findBatchByDocNoOrNumber(ctx, n.DocNo, n.Batch)
	if err != nil {
		return rollout.ImportResult{}, err
	}
	create, err := rollout.DecideImportNotice(n, src, existing, fp)
	if err != nil {
		return rollout.ImportResult{}, err
	}
	if !create {
		return rollout.ImportResult{Batch: existing}, nil
	}
	b, err := tx.insertNotice(ctx, n, src, fp)
	if err != nil {
		return rollout.ImportResult{}, err
	}
	// Coordination: the instrument and the suggested links, in this transaction.
	if err := tx.afterImport(ctx, b); err != nil {
		return rollout.ImportResult{}, err
	}
	if err := tx.audit(ctx, "notice.import", fmt.Sprintf("batch:%d", n.Batch), nil, map[string]any{
		"batch": n.Batch, "doc_no": n.DocNo, "title": n.Title, "issuer": n.Issuer,
		"issued_on": n.IssuedOn.Format("2006-01-02"), "domains": len(n.Domains), "items": len(n.Items),
		"fingerprint": fp, "source_format": src.Format, "source_bytes": len(src.Body),
	}); err != nil {
		return rollout.ImportResult{}, err
	}
	if err := tx.Commit(); err != nil {
		if isUniqueViolation(err) {
			return rollout.ImportResult{}, rollout.E(rollout.ECONFLICT, "err.catalog.concurrent", n.DocNo)
		}
		return rollout.ImportResult{}, fmt.Errorf("commit import: %w", err)
	}
	return rollout.ImportResult{Batch: b, Created: true}, nil
}

func (tx *tx) insertNotice(ctx context.Context, n *rollout.Notice, src rollout.Source, fp string) (*rollout.Batch, error) {
	duties, err := json.Marshal(nonNil(n.Duties))
	if err != nil {
		return nil, err
	}
	diags, err := json.Marshal(nonNil(n.Diagnostics))
	if err != nil {
		return nil, err
	}
	b := &rollout.Batch{Notice: *n, ItemCount: len(n.Items), ImportedAt: tx.now, Fingerprint: fp}
	b.Items = append([]rollout.Item(nil), n.Items...)
	err = tx.QueryRowContext(ctx, `
		INSERT INTO batches (number, doc_no, title, issuer, issued_on, addressees, source_url, preamble,
			annex_title, duties, diagnostics, fingerprint, source_format, source, imported_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
		RETURNING id`,
		n.Batch, n.DocNo, n.Title, n.Issuer, n.IssuedOn.Format("2006-01-02"), n.Addressees, n.SourceURL, n.Preamble,
		n.AnnexTitle, string(duties), string(diags), fp, src.Format, src.Body, tx.db.dialect.timeArg(tx.now),
	).Scan(&b.ID)
	if err != nil {
		if isUniqueViolation(err) {
			return nil, rollout.E(rollout.ECONFLICT, "err.catalog.exists", n.DocNo, n.Batch)
		}
		return nil, fmt.Errorf("insert batch: %w", err)
	}
	domainOf := map[int]struct {
		id  int64
		pos int
	}{}
	for _, d := range n.Domains {
		var id int64
		if err := tx.QueryRowContext(ctx, `INSERT INTO domains (batch_id, seq, name, declared) VALUES ($1, $2, $3, $4) RETURNING id`,
			b.ID, d.Seq, d.Name, d.Declared).Scan(&id); err != nil {
			return nil, fmt.Errorf("insert domain %s: %w", d.Name, err)
		}
		for pos, seq := range d.Items {
			domainOf[seq] = struct {
				id  int64
				pos int
			}{id, pos + 1}
		}
	}
	for i := range b.Items {
		it := &b.Items[i]
		var domainID sql.NullInt64
		pos := 0
		if d, ok := domainOf[it.Seq]; ok {
			domainID, pos = sql.NullInt64{Int64: d.id, Valid: true}, d.pos
		}
		if err := tx.QueryRowContext(ctx, `
			INSERT INTO items (batch_id, seq, name, content, scope, domain_id, domain_pos)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			b.ID, it.Seq, it.Name, it.Content, it.Scope, domainID, pos).Scan(&it.ID); err != nil {
			return nil, fmt.Errorf("insert item %d: %w", it.Seq, err)
		}
		it.Batch = n.Batch
		for p, a := range it.Aliases {
			if _, err := tx.ExecContext(ctx, `INSERT INTO item_aliases (item_id, pos, name) VALUES ($1, $2, $3)`, it.ID, p+1, a); err != nil {
				return nil, fmt.Errorf("insert alias of item %d: %w", it.Seq, err)
			}
		}
		for p, u := range it.Responsible {
			if _, err := tx.ExecContext(ctx, `INSERT INTO item_responsible (item_id, pos, unit_name) VALUES ($1, $2, $3)`, it.ID, p+1, u); err != nil {
				return nil, fmt.Errorf("insert responsible unit of item %d: %w", it.Seq, err)
			}
		}
	}
	return b, nil
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

const batchColumns = `b.id, b.number, b.doc_no, b.title, b.issuer, b.issued_on, b.addressees, b.source_url,
	b.preamble, b.annex_title, b.duties, b.diagnostics, b.fingerprint, b.source_format, b.imported_at,
	(SELECT COUNT(*) FROM items i WHERE i.batch_id = b.id), b.rhythm, b.instrument`

func scanBatch(row interface{ Scan(...any) error }) (*rollout.Batch, error) {
	var b rollout.Batch
	var duties, diags string
	err := row.Scan(&b.ID, &b.Batch, &b.DocNo, &b.Title, &b.Issuer, timeValue{&b.IssuedOn}, &b.Addressees, &b.SourceURL,
		&b.Preamble, &b.AnnexTitle, &duties, &diags, &b.Fingerprint, &b.Format, timeValue{&b.ImportedAt}, &b.ItemCount, &b.Rhythm, &b.Instrument)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(duties), &b.Duties); err != nil {
		return nil, fmt.Errorf("batch %d duties: %w", b.ID, err)
	}
	if err := json.Unmarshal([]byte(diags), &b.Diagnostics); err != nil {
		return nil, fmt.Errorf("batch %d diagnostics: %w", b.ID, err)
	}
	return &b, nil
}

// findBatchByDocNoOrNumber returns the batch with that 文号 (preferred) or number, or nil.
func (tx *tx) findBatchByDocNoOrNumber(ctx context.Context, docNo string, number int) (*rollout.Batch, error) {
	b, err := scanBatch(tx.QueryRowContext(ctx, `SELECT `+batchColumns+` FROM batches b
		WHERE b.doc_no = $1 OR b.number = $2 ORDER BY CASE WHEN b.doc_no = $1 THEN 0 ELSE 1 END LIMIT 1`, docNo, number))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("find batch %s: %w", docNo, err)
	}
	return b, nil
}

// Batches lists every batch, newest number first, without items.
func (db *DB) Batches(ctx context.Context) ([]*rollout.Batch, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT `+batchColumns+` FROM batches b ORDER BY b.number DESC`)
	if err != nil {
		return nil, fmt.Errorf("list batches: %w", err)
	}
	defer rows.Close()
	var out []*rollout.Batch
	for rows.Next() {
		b, err := scanBatch(rows)
		if err != nil {
			return nil, fmt.Errorf("list batches: %w", err)
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// batchID returns the id of batch number; ENOTFOUND when there is none.
func (tx *tx) batchID(ctx context.Context, number int) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM batches WHERE number = $1`, number).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, rollout.E(rollout.ENOTFOUND, "err.catalog.no_batch", number)
	}
	if err != nil {
		return 0, fmt.Errorf("batch %d: %w", number, err)
	}
	return id, nil
}

// BatchByNumber returns a batch whole: header, domains and items.
func (db *DB) BatchByNumber(ctx context.Context, number int) (*rollout.Batch, error) {
	tx, err := db.begin(ctx, true)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	b, err := scanBatch(tx.QueryRowContext(ctx, `SELECT `+batchColumns+` FROM batches b WHERE b.number = $1`, number))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.catalog.no_batch", number)
	}
	if err != nil {
		return nil, fmt.Errorf("batch %d: %w", number, err)
	}
	if b.Domains, err = tx.domains(ctx, b.ID); err != nil {
		return nil, err
	}
	items, err := tx.items(ctx, `i.batch_id = $1`, b.ID)
	if err != nil {
		return nil, err
	}
	b.Items = make([]rollout.Item, len(items))
	for i, it := range items {
		b.Items[i] = *it
	}
	return b, tx.Commit()
}

func (tx *tx) domains(ctx context.Context, batchID int64) ([]rollout.Domain, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT d.id, d.seq, d.name, d.declared, i.seq
		FROM domains d LEFT JOIN items i ON i.domain_id = d.id
		WHERE d.batch_id = $1 ORDER BY d.seq, i.domain_pos`, batchID)
	if err != nil {
		return nil, fmt.Errorf("domains of batch %d: %w", batchID, err)
	}
	defer rows.Close()
	var out []rollout.Domain
	lastID := int64(-1)
	for rows.Next() {
		var id int64
		var d rollout.Domain
		var seq sql.NullInt64
		if err := rows.Scan(&id, &d.Seq, &d.Name, &d.Declared, &seq); err != nil {
			return nil, err
		}
		if id != lastID {
			d.Items = []int{}
			out = append(out, d)
			lastID = id
		}
		if seq.Valid {
			last := &out[len(out)-1]
			last.Items = append(last.Items, int(seq.Int64))
		}
	}
	return out, rows.Err()
}

// items loads the items matching where (over items i joined to batches b) with
// their aliases and responsible units, ordered by batch (newest first) and number.
func (tx *tx) items(ctx context.Context, where string, args ...any) ([]*rollout.Item, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT i.id, b.number, i.seq, i.name, i.content, i.scope, COALESCE(d.name, '')
		FROM items i JOIN batches b ON b.id = i.batch_id LEFT JOIN domains d ON d.id = i.domain_id
		WHERE `+where+` ORDER BY b.number DESC, i.seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("load items: %w", err)
	}
	var out []*rollout.Item
	byID := map[int64]*rollout.Item{}
	for rows.Next() {
		it := &rollout.Item{Aliases: []string{}, Responsible: []string{}}
		if err := rows.Scan(&it.ID, &it.Batch, &it.Seq, &it.Name, &it.Content, &it.Scope, &it.Domain); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, it)
		byID[it.ID] = it
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return out, nil
	}
	// Aliases and responsible units of the same items, in one query each.
	sub := `SELECT i.id FROM items i JOIN batches b ON b.id = i.batch_id WHERE ` + where
	for _, q := range []struct {
		sql string
		add func(*rollout.Item, string)
	}{
		{`SELECT item_id, name FROM item_aliases WHERE item_id IN (` + sub + `) ORDER BY item_id, pos`,
			func(it *rollout.Item, s string) { it.Aliases = append(it.Aliases, s) }},
		{`SELECT item_id, unit_name FROM item_responsible WHERE item_id IN (` + sub + `) ORDER BY item_id, pos`,
			func(it *rollout.Item, s string) { it.Responsible = append(it.Responsible, s) }},
	} {
		if err := tx.eachPair(ctx, q.sql, args, func(id int64, s string) {
			if it := byID[id]; it != nil {
				q.add(it, s)
			}
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (tx *tx) eachPair(ctx context.Context, query string, args []any, fn func(int64, string)) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("load item details: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var s string
		if err := rows.Scan(&id, &s); err != nil {
			return err
		}
		fn(id, s)
	}
	return rows.Err()
}

// BatchSource returns the stored source document of a batch.
func (db *DB) BatchSource(ctx context.Context, number int) (rollout.Source, error) {
	var s rollout.Source
	err := db.db.QueryRowContext(ctx, `SELECT source_format, source FROM batches WHERE number = $1`, number).Scan(&s.Format, &s.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return s, rollout.E(rollout.ENOTFOUND, "err.catalog.no_batch", number)
	}
	if err != nil {
		return s, fmt.Errorf("source of batch %d: %w", number, err)
	}
	return s, nil
}

// Item returns one item with its aliases and responsible units.
func (db *DB) Item(ctx context.Context, id int64) (*rollout.Item, error) {
	items, err := read(ctx, db, func(tx *tx) ([]*rollout.Item, error) { return tx.items(ctx, `i.id = $1`, id) })
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.catalog.no_item", id)
	}
	return items[0], nil
}

// SearchItems finds items whose name, aliases, content or responsible units
// contain q. Matching is by substring, so Chinese works without a segmenter;
// ASCII letters match regardless of case.
func (db *DB) SearchItems(ctx context.Context, q string) ([]*rollout.Item, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil, rollout.E(rollout.EINVALID, "err.catalog.query_missing")
	}
	if len([]rune(q)) > rollout.MaxSearchQuery {
		return nil, rollout.E(rollout.EINVALID, "err.catalog.query_too_long", rollout.MaxSearchQuery)
	}
	// The catalogue holds hundreds of items, a few thousand at most: ranking
	// them all in Go (rollout.RankItems) costs well under a millisecond more
	// than the query, and a character-bigram match has no index to use anyway.
	return read(ctx, db, func(tx *tx) ([]*rollout.Item, error) {
		items, err := tx.items(ctx, "1 = 1")
		if err != nil {
			return nil, err
		}
		return rollout.RankItems(rollout.ParseSearch(q), items), nil
	})
}

func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// SetRhythm sets how often a batch's tasks are reported on, as
// rollout.DecideRhythm decides.
func (db *DB) SetRhythm(ctx context.Context, number int, rhythm string) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var before string
	if err := tx.QueryRowContext(ctx, `SELECT rhythm FROM batches WHERE number = $1`, number).Scan(&before); errors.Is(err, sql.ErrNoRows) {
		return rollout.E(rollout.ENOTFOUND, "err.catalog.no_batch", number)
	} else if err != nil {
		return fmt.Errorf("rhythm of batch %d: %w", number, err)
	}
	if changed, err := rollout.DecideRhythm(before, rhythm); err != nil || !changed {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE batches SET rhythm = $1 WHERE number = $2`, rhythm, number); err != nil {
		return fmt.Errorf("rhythm of batch %d: %w", number, err)
	}
	if err := tx.audit(ctx, "batch.rhythm", fmt.Sprintf("batch:%d", number), map[string]string{"rhythm": before}, map[string]string{"rhythm": rhythm}); err != nil {
		return err
	}
	return tx.Commit()
}
