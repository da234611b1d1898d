package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"rollout"
)

var _ rollout.CoordinationService = (*DB)(nil)

// The registers of coordination: approvals and legal changes, risks, and
// links between items of different batches. Each write is one transaction with
// its audit entry.

// afterImport runs in the import's transaction: it records the instrument the
// batch comes from (by its title) and stores its suggested links to the items
// of every other batch.
func (tx *tx) afterImport(ctx context.Context, b *rollout.Batch) error {
	if _, err := tx.ExecContext(ctx, `UPDATE batches SET instrument = $1 WHERE id = $2`,
		string(rollout.InstrumentOf(b.Title)), b.ID); err != nil {
		return fmt.Errorf("instrument of batch %d: %w", b.Batch, err)
	}
	b.Instrument = rollout.InstrumentOf(b.Title)
	_, err := tx.suggestLinks(ctx, b.Batch)
	return err
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// entryStore is how one register keeps its entries: load them by a
// condition, insert a new one, update one whose version is the one read.
type entryStore[T rollout.Entry] struct {
	name   string // approval, risk: the audit action's prefix and object
	byID   string // the condition of load that selects one entry by its ID
	load   func(ctx context.Context, tx *tx, where string, args ...any) ([]T, error)
	insert func(ctx context.Context, tx *tx, e T, actor string) (int64, error)
	// update writes e over the stored entry of version e.Version-1 and
	// reports whether it matched one.
	update func(ctx context.Context, tx *tx, e T, actor string) (bool, error)
}

// saveEntry saves register entry e as rollout.PlanEntry decides over what it
// reads in the transaction: the entry replaced, its item and its task.
func saveEntry[T rollout.Entry](ctx context.Context, db *DB, st entryStore[T], e T) (T, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	id := rollout.EntryID(e)
	ok := id != 0
	snap := rollout.EntrySnapshot[T]{}
	if ok {
		es, err := st.load(ctx, tx, st.byID, id)
		if err != nil {
			return nil, err
		}
		if len(es) > 0 {
			snap.Stored = es[0]
		}
	}
	itemID, taskID := rollout.PlaceOf(e, snap.Stored)
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM items WHERE id = $1`, itemID).Scan(&n); err != nil {
		return nil, fmt.Errorf("find item %d: %w", itemID, err)
	}
	snap.ItemFound = n > 0
	if taskID != 0 {
		if snap.Task, err = tx.task(ctx, taskID); err != nil {
			return nil, err
		}
	}
	e, err = rollout.PlanEntry(snap, e)
	if err != nil {
		return nil, err
	}
	actor, _ := actorOf(ctx)
	if !ok {
		if id, err = st.insert(ctx, tx, e, actor); err != nil {
			return nil, fmt.Errorf("save %s: %w", st.name, err)
		}
	} else if matched, err := st.update(ctx, tx, e, actor); err != nil {
		return nil, fmt.Errorf("save %s %d: %w", st.name, id, err)
	} else if !matched {
		// Another save committed between the read and the write.
		return nil, entryConflict(ctx, db, st, id)
	}
	es, err := st.load(ctx, tx, st.byID, id)
	if err != nil {
		return nil, err
	}
	var before any
	if snap.Stored != nil {
		before = snap.Stored
	}
	if err := tx.audit(ctx, st.name+".save", st.name+":"+strconv.FormatInt(id, 10), before, es[0]); err != nil {
		return nil, err
	}
	return es[0], tx.Commit()
}

// entryConflict is the conflict of a save whose UPDATE found the entry saved
// by another meanwhile: the entry as committed now.
func entryConflict[T rollout.Entry](ctx context.Context, db *DB, st entryStore[T], id int64) error {
	es, err := read(ctx, db, func(tx *tx) ([]T, error) { return st.load(ctx, tx, st.byID, id) })
	if err != nil {
		return err
	}
	if len(es) == 0 {
		return fmt.Errorf("%s %d vanished during a save", st.name, id)
	}
	return rollout.StaleEntry(es[0])
}

var approvalStore = entryStore[*rollout.Approval]{
	name: "approval",
	byID: `a.id = $1`,
	load: func(ctx context.Context, tx *tx, where string, args ...any) ([]*rollout.Approval, error) {
		return tx.approvals(ctx, where, args...)
	},
	insert: func(ctx context.Context, tx *tx, a *rollout.Approval, actor string) (id int64, err error) {
		steps, err := json.Marshal(nonNil(a.Steps))
		if err != nil {
			return 0, err
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO approvals (item_id, task_id, kind, title, steps, step, version, updated_at, updated_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`, a.ItemID, nullID(a.TaskID), string(a.Kind), a.Title,
			string(steps), string(a.Current()), a.Version, tx.db.dialect.timeArg(tx.now), actor).Scan(&id)
		return id, err
	},
	update: func(ctx context.Context, tx *tx, a *rollout.Approval, actor string) (bool, error) {
		steps, err := json.Marshal(nonNil(a.Steps))
		if err != nil {
			return false, err
		}
		return matchedOne(tx.ExecContext(ctx, `UPDATE approvals SET kind = $1, title = $2, steps = $3, step = $4, version = $5,
			updated_at = $6, updated_by = $7 WHERE id = $8 AND version = $9`, string(a.Kind), a.Title, string(steps),
			string(a.Current()), a.Version, tx.db.dialect.timeArg(tx.now), actor, a.ID, a.Version-1))
	},
}

var riskStore = entryStore[*rollout.Risk]{
	name: "risk",
	byID: `r.id = $1`,
	load: func(ctx context.Context, tx *tx, where string, args ...any) ([]*rollout.Risk, error) {
		return tx.risks(ctx, where, args...)
	},
	insert: func(ctx context.Context, tx *tx, r *rollout.Risk, actor string) (id int64, err error) {
		err = tx.QueryRowContext(ctx, `INSERT INTO risks (item_id, task_id, category, level, description, measures, owner, next_review,
			version, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`, r.ItemID, nullID(r.TaskID),
			string(r.Category), string(r.Level), r.Description, r.Measures, r.Owner, dateArg(r.NextReview.Time), r.Version,
			tx.db.dialect.timeArg(tx.now), actor).Scan(&id)
		return id, err
	},
	update: func(ctx context.Context, tx *tx, r *rollout.Risk, actor string) (bool, error) {
		return matchedOne(tx.ExecContext(ctx, `UPDATE risks SET category = $1, level = $2, description = $3, measures = $4, owner = $5,
			next_review = $6, version = $7, updated_at = $8, updated_by = $9 WHERE id = $10 AND version = $11`, string(r.Category),
			string(r.Level), r.Description, r.Measures, r.Owner, dateArg(r.NextReview.Time), r.Version, tx.db.dialect.timeArg(tx.now),
			actor, r.ID, r.Version-1))
	},
}

// matchedOne reports whether an UPDATE changed a row.
func matchedOne(res sql.Result, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// SaveApproval creates or replaces an approval.
func (db *DB) SaveApproval(ctx context.Context, a *rollout.Approval) (*rollout.Approval, error) {
	return saveEntry(ctx, db, approvalStore, a)
}

func (tx *tx) approvals(ctx context.Context, where string, args ...any) ([]*rollout.Approval, error) {
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.item_id, COALESCE(a.task_id, 0), a.kind, a.title, a.steps, a.version, a.updated_at, a.updated_by
		FROM approvals a JOIN items i ON i.id = a.item_id JOIN batches b ON b.id = i.batch_id
		WHERE `+where+` ORDER BY b.number DESC, i.seq, COALESCE(a.task_id, 0), a.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("load approvals: %w", err)
	}
	defer rows.Close()
	var out []*rollout.Approval
	for rows.Next() {
		a := &rollout.Approval{}
		var steps string
		if err := rows.Scan(&a.ID, &a.ItemID, &a.TaskID, &a.Kind, &a.Title, &steps, &a.Version, timeValue{&a.UpdatedAt}, &a.UpdatedBy); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(steps), &a.Steps); err != nil {
			return nil, fmt.Errorf("approval %d steps: %w", a.ID, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// registerWhere turns a filter into a condition over an entry table e joined
// to items i and batches b.
func registerWhere(f rollout.RegisterFilter, e string) (string, []any) {
	where := []string{"TRUE"}
	var args []any
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	if f.ID != 0 {
		where = append(where, e+`.id = `+arg(f.ID))
	}
	if f.ItemID != 0 {
		where = append(where, e+`.item_id = `+arg(f.ItemID))
	}
	switch {
	case f.TaskID > 0:
		where = append(where, e+`.task_id = `+arg(f.TaskID))
	case f.TaskID < 0:
		where = append(where, e+`.task_id IS NULL`)
	}
	if f.Batch != 0 {
		where = append(where, `b.number = `+arg(f.Batch))
	}
	if f.Level != "" && e == "r" {
		where = append(where, `r.level = `+arg(string(f.Level)))
	}
	return strings.Join(where, " AND "), args
}

// Approvals lists approvals.
func (db *DB) Approvals(ctx context.Context, f rollout.RegisterFilter) ([]*rollout.Approval, error) {
	where, args := registerWhere(f, "a")
	return read(ctx, db, func(tx *tx) ([]*rollout.Approval, error) { return tx.approvals(ctx, where, args...) })
}

// ApprovalCounts counts approvals by kind and current step.
func (db *DB) ApprovalCounts(ctx context.Context, batch int) ([]rollout.ApprovalCount, error) {
	q := `SELECT a.kind, a.step, COUNT(*) FROM approvals a JOIN items i ON i.id = a.item_id JOIN batches b ON b.id = i.batch_id`
	var args []any
	if batch != 0 {
		q += ` WHERE b.number = $1`
		args = append(args, batch)
	}
	got, err := read(ctx, db, func(tx *tx) (map[[2]string]int, error) {
		got := map[[2]string]int{}
		var k, s string
		var n int
		return got, tx.each(ctx, q+` GROUP BY a.kind, a.step`, []any{&k, &s, &n}, func() { got[[2]string{k, s}] = n }, args...)
	})
	if err != nil {
		return nil, fmt.Errorf("count approvals: %w", err)
	}
	// Every kind and step, zeros included, in display order.
	var out []rollout.ApprovalCount
	for _, k := range rollout.ApprovalKinds {
		for _, s := range append([]rollout.ApprovalStep{""}, rollout.ApprovalSteps...) {
			out = append(out, rollout.ApprovalCount{Kind: k, Step: s, Count: got[[2]string{string(k), string(s)}]})
		}
	}
	return out, nil
}

// SaveRisk creates or replaces a risk.
func (db *DB) SaveRisk(ctx context.Context, r *rollout.Risk) (*rollout.Risk, error) {
	return saveEntry(ctx, db, riskStore, r)
}

func (tx *tx) risks(ctx context.Context, where string, args ...any) ([]*rollout.Risk, error) {
	rows, err := tx.QueryContext(ctx, `SELECT r.id, r.item_id, COALESCE(r.task_id, 0), r.category, r.level, r.description, r.measures,
		r.owner, r.next_review, r.version, r.updated_at, r.updated_by, b.number, i.seq, i.name, COALESCE(u.name, '')
		FROM risks r JOIN items i ON i.id = r.item_id JOIN batches b ON b.id = i.batch_id
		LEFT JOIN tasks t ON t.id = r.task_id LEFT JOIN units u ON u.id = t.unit_id
		WHERE `+where+` ORDER BY CASE r.level WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, r.next_review, r.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("load risks: %w", err)
	}
	defer rows.Close()
	var out []*rollout.Risk
	for rows.Next() {
		r := &rollout.Risk{}
		if err := rows.Scan(&r.ID, &r.ItemID, &r.TaskID, &r.Category, &r.Level, &r.Description, &r.Measures, &r.Owner,
			timeValue{&r.NextReview.Time}, &r.Version, timeValue{&r.UpdatedAt}, &r.UpdatedBy, &r.Batch, &r.ItemSeq, &r.ItemName, &r.UnitName); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Risks lists risks.
func (db *DB) Risks(ctx context.Context, f rollout.RegisterFilter) ([]*rollout.Risk, error) {
	where, args := registerWhere(f, "r")
	return read(ctx, db, func(tx *tx) ([]*rollout.Risk, error) { return tx.risks(ctx, where, args...) })
}

// RiskCounts counts risks by level.
func (db *DB) RiskCounts(ctx context.Context) (map[rollout.RiskLevel]int, error) {
	out := map[rollout.RiskLevel]int{}
	for _, l := range rollout.RiskLevels {
		out[l] = 0
	}
	_, err := read(ctx, db, func(tx *tx) (bool, error) {
		var l rollout.RiskLevel
		var n int
		return true, tx.each(ctx, `SELECT level, COUNT(*) FROM risks GROUP BY level`, []any{&l, &n}, func() { out[l] = n })
	})
	if err != nil {
		return nil, fmt.Errorf("count risks: %w", err)
	}
	return out, nil
}

// suggestLinks stores a batch's suggested links (see SuggestLinks).
func (tx *tx) suggestLinks(ctx context.Context, batch int) (int, error) {
	items, err := tx.items(ctx, `b.number = $1`, batch)
	if err != nil {
		return 0, err
	}
	others, err := tx.items(ctx, `b.number <> $1`, batch)
	if err != nil {
		return 0, err
	}
	created := 0
	for _, l := range rollout.SuggestLinks(items, others) {
		a, o := l.ItemID, l.OtherID
		if a > o {
			a, o = o, a
		}
		// A pair already decided (or entered by hand) stays as it is; a pending
		// suggestion takes the new score.
		r, err := tx.ExecContext(ctx, `INSERT INTO item_links (item_id, other_id, kind, score, state, updated_at)
			VALUES ($1, $2, $3, $4, 'suggested', $5)
			ON CONFLICT (item_id, other_id) DO UPDATE SET score = EXCLUDED.score WHERE item_links.state = 'suggested' AND NOT item_links.manual`,
			a, o, string(l.Kind), l.Score, tx.db.dialect.timeArg(tx.now))
		if err != nil {
			return 0, fmt.Errorf("store suggested link: %w", err)
		}
		if n, _ := r.RowsAffected(); n > 0 {
			created++
		}
	}
	if created == 0 {
		return 0, nil
	}
	if err := tx.audit(ctx, "links.suggest", fmt.Sprintf("batch:%d", batch), nil, map[string]int{"suggestions": created}); err != nil {
		return 0, err
	}
	return created, nil
}

// SuggestLinks computes and stores a batch's suggestions.
func (db *DB) SuggestLinks(ctx context.Context, batch int) (int, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	if _, err := tx.batchID(ctx, batch); err != nil {
		return 0, err
	}
	created, err := tx.suggestLinks(ctx, batch)
	if err != nil {
		return 0, err
	}
	return created, tx.Commit()
}

const linkSelect = `SELECT l.id, l.item_id, l.other_id, l.kind, l.score, l.state, l.manual, l.note, l.decided_by, l.updated_at,
	ba.number, ia.seq, ia.name, COALESCE(da.name, ''), bo.number, io.seq, io.name, COALESCE(do2.name, '')
	FROM item_links l
	JOIN items ia ON ia.id = l.item_id JOIN batches ba ON ba.id = ia.batch_id LEFT JOIN domains da ON da.id = ia.domain_id
	JOIN items io ON io.id = l.other_id JOIN batches bo ON bo.id = io.batch_id LEFT JOIN domains do2 ON do2.id = io.domain_id`

func (tx *tx) links(ctx context.Context, where string, args ...any) ([]*rollout.Link, error) {
	rows, err := tx.QueryContext(ctx, linkSelect+` WHERE `+where+` ORDER BY l.score DESC, l.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("load links: %w", err)
	}
	defer rows.Close()
	var out []*rollout.Link
	for rows.Next() {
		l := &rollout.Link{}
		if err := rows.Scan(&l.ID, &l.ItemID, &l.OtherID, &l.Kind, &l.Score, &l.State, &l.Manual, &l.Note, &l.DecidedBy,
			timeValue{&l.UpdatedAt}, &l.Item.Batch, &l.Item.Seq, &l.Item.Name, &l.Item.Domain,
			&l.Other.Batch, &l.Other.Seq, &l.Other.Name, &l.Other.Domain); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// Links lists links. With a batch or an item, each link is given from that
// side: Item is the batch's (or the item itself), Other the item it links to.
func (db *DB) Links(ctx context.Context, f rollout.LinkFilter) ([]*rollout.Link, error) {
	where := []string{"TRUE"}
	var args []any
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	if f.Batch != 0 {
		a := arg(f.Batch)
		where = append(where, `(ba.number = `+a+` OR bo.number = `+a+`)`)
	}
	if f.ItemID != 0 {
		a := arg(f.ItemID)
		where = append(where, `(l.item_id = `+a+` OR l.other_id = `+a+`)`)
	}
	if f.State != "" {
		where = append(where, `l.state = `+arg(f.State))
	}
	if f.Domain != "" {
		a := arg(f.Domain)
		where = append(where, `(da.name = `+a+` OR do2.name = `+a+`)`)
	}
	ls, err := read(ctx, db, func(tx *tx) ([]*rollout.Link, error) { return tx.links(ctx, strings.Join(where, " AND "), args...) })
	if err != nil {
		return nil, err
	}
	for _, l := range ls {
		if (f.ItemID != 0 && l.OtherID == f.ItemID) || (f.ItemID == 0 && f.Batch != 0 && l.Item.Batch != f.Batch) {
			l.ItemID, l.OtherID, l.Item, l.Other = l.OtherID, l.ItemID, l.Other, l.Item
		}
		l.OtherBatch = l.Other.Batch
	}
	return ls, nil
}

// AddLink enters a link by hand, as rollout.PlanLink decides over the two
// items as stored.
func (db *DB) AddLink(ctx context.Context, itemID, otherID int64, note string) (*rollout.Link, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	items, err := tx.items(ctx, `i.id IN ($1, $2)`, itemID, otherID)
	if err != nil {
		return nil, err
	}
	byID := map[int64]*rollout.Item{}
	for _, it := range items {
		byID[it.ID] = it
	}
	l, err := rollout.PlanLink(itemID, otherID, byID[itemID], byID[otherID], note)
	if err != nil {
		return nil, err
	}
	actor, _ := actorOf(ctx)
	var id int64
	err = tx.QueryRowContext(ctx, `INSERT INTO item_links (item_id, other_id, kind, score, state, manual, note, decided_by, updated_at)
		VALUES ($1, $2, $3, 0, $4, TRUE, $5, $6, $7) RETURNING id`, l.ItemID, l.OtherID, string(l.Kind), l.State,
		l.Note, actor, tx.db.dialect.timeArg(tx.now)).Scan(&id)
	if isUniqueViolation(err) {
		return nil, rollout.E(rollout.ECONFLICT, "err.coord.link_exists")
	}
	if err != nil {
		return nil, fmt.Errorf("add link: %w", err)
	}
	if err := tx.audit(ctx, "link.add", "link:"+strconv.FormatInt(id, 10), nil,
		map[string]any{"item_id": l.ItemID, "other_id": l.OtherID, "note": l.Note}); err != nil {
		return nil, err
	}
	ls, err := tx.links(ctx, `l.id = $1`, id)
	if err != nil {
		return nil, err
	}
	return ls[0], tx.Commit()
}

// DecideLink accepts or rejects a link, as rollout.PlanLinkDecision decides.
func (db *DB) DecideLink(ctx context.Context, id int64, accept bool) (*rollout.Link, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	ls, err := tx.links(ctx, `l.id = $1`, id)
	if err != nil {
		return nil, err
	}
	var stored *rollout.Link
	if len(ls) > 0 {
		stored = ls[0]
	}
	state, err := rollout.PlanLinkDecision(id, stored, accept)
	if err != nil {
		return nil, err
	}
	actor, _ := actorOf(ctx)
	if _, err := tx.ExecContext(ctx, `UPDATE item_links SET state = $1, decided_by = $2, updated_at = $3 WHERE id = $4`,
		state, actor, tx.db.dialect.timeArg(tx.now), id); err != nil {
		return nil, fmt.Errorf("decide link %d: %w", id, err)
	}
	if err := tx.audit(ctx, "link.decide", "link:"+strconv.FormatInt(id, 10), map[string]string{"state": stored.State},
		map[string]string{"state": state}); err != nil {
		return nil, err
	}
	ls, err = tx.links(ctx, `l.id = $1`, id)
	if err != nil {
		return nil, err
	}
	return ls[0], tx.Commit()
}

// DomainItems lists a domain's items across batches.
func (db *DB) DomainItems(ctx context.Context, domain string) ([]*rollout.Item, error) {
	items, err := read(ctx, db, func(tx *tx) ([]*rollout.Item, error) {
		return tx.items(ctx, `i.domain_id IN (SELECT id FROM domains WHERE name = $1)`, domain)
	})
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.coord.no_domain", domain)
	}
	return items, nil
}
