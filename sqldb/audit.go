package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"rollout"
)

var _ rollout.AuditService = (*DB)(nil)

// auditLockKey is the PostgreSQL advisory lock that serialises appends to the
// audit trail, so that the chain never forks.
const auditLockKey = 7022024

// auditPage is how many entries VerifyAudit reads at a time.
const auditPage = 1000

// audit records an entry for a change made in tx. The actor and the client
// address come from ctx (no actor: "system"); before and after are stored as
// JSON, a nil value as "". The entry joins the chain when tx commits, so a
// write that is refused or rolled back leaves none.
func (tx *tx) audit(ctx context.Context, action, object string, before, after any) error {
	b, err := auditJSON(before)
	if err != nil {
		return fmt.Errorf("audit %s %s: %w", action, object, err)
	}
	a, err := auditJSON(after)
	if err != nil {
		return fmt.Errorf("audit %s %s: %w", action, object, err)
	}
	e := rollout.AuditEntry{At: tx.now, Actor: "system", Action: action, Object: object,
		Before: b, After: a, Remote: rollout.RemoteFrom(ctx)}
	if u := rollout.ActorFrom(ctx); u != nil {
		e.ActorID, e.Actor = u.ID, u.Username
	}
	tx.pending = append(tx.pending, e)
	return nil
}

func auditJSON(v any) (string, error) {
	if v == nil {
		return "", nil
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return "", nil
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// appendAudit chains the pending entries to the last stored one and inserts
// them. Appends are serialised: SQLite's writing transactions hold the write
// lock from BEGIN IMMEDIATE; on PostgreSQL an advisory lock is taken here, as
// late as possible, and held until the transaction ends. IDs follow the last
// one without gaps, and the primary key refuses a second entry with the same
// ID should serialisation ever fail, so the chain cannot fork.
func (tx *tx) appendAudit() error {
	if len(tx.pending) == 0 {
		return nil
	}
	ctx := tx.ctx
	if tx.db.dialect.name == "postgres" {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(`SELECT pg_advisory_xact_lock(%d)`, auditLockKey)); err != nil {
			return fmt.Errorf("lock audit trail: %w", err)
		}
	}
	lastID, prev := int64(0), rollout.AuditGenesis
	err := tx.QueryRowContext(ctx, `SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1`).Scan(&lastID, &prev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("read audit trail head: %w", err)
	}
	const chunk = 200 // 11 parameters a row
	for len(tx.pending) > 0 {
		part := tx.pending[:min(chunk, len(tx.pending))]
		tx.pending = tx.pending[len(part):]
		var sb strings.Builder
		sb.WriteString(`INSERT INTO audit_log (id, at, actor_id, actor, action, object, before, after, remote, prev_hash, hash) VALUES `)
		args := make([]any, 0, 11*len(part))
		for i := range part {
			e := &part[i]
			e.ID, e.PrevHash = lastID+1, prev
			e.Hash = e.ComputeHash()
			lastID, prev = e.ID, e.Hash
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteByte('(')
			for j := range 11 {
				if j > 0 {
					sb.WriteString(", ")
				}
				fmt.Fprintf(&sb, "$%d", len(args)+j+1)
			}
			sb.WriteByte(')')
			args = append(args, e.ID, tx.db.dialect.timeArg(e.At), e.ActorID, e.Actor, e.Action, e.Object,
				e.Before, e.After, e.Remote, e.PrevHash, e.Hash)
		}
		if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
			return fmt.Errorf("append to audit trail: %w", err)
		}
	}
	return nil
}

// Audit appends an entry for an event that changes nothing stored. detail goes
// into After: as it is when it is JSON, as a JSON string otherwise.
func (db *DB) Audit(ctx context.Context, action, object, detail string) error {
	action = strings.TrimSpace(action)
	if action == "" {
		return rollout.Errorf(rollout.EINVALID, "审计记录须注明操作。")
	}
	var after any
	switch {
	case detail == "":
	case json.Valid([]byte(detail)):
		after = json.RawMessage(detail)
	default:
		after = detail
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.audit(ctx, action, object, nil, after); err != nil {
		return err
	}
	return tx.Commit()
}

const auditColumns = `id, at, actor_id, actor, action, object, before, after, remote, prev_hash, hash`

func scanAudit(rows *sql.Rows) ([]rollout.AuditEntry, error) {
	defer rows.Close()
	var out []rollout.AuditEntry
	for rows.Next() {
		var e rollout.AuditEntry
		if err := rows.Scan(&e.ID, timeValue{&e.At}, &e.ActorID, &e.Actor, &e.Action, &e.Object,
			&e.Before, &e.After, &e.Remote, &e.PrevHash, &e.Hash); err != nil {
			return nil, fmt.Errorf("read audit trail: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// AuditEntries lists the entries f selects, newest first: at most f.Limit
// (200 when 0, never more than 10000).
func (db *DB) AuditEntries(ctx context.Context, f rollout.AuditFilter) ([]rollout.AuditEntry, error) {
	where := []string{"TRUE"}
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.Actor != "" {
		where = append(where, "actor = "+arg(f.Actor))
	}
	if f.Action != "" {
		where = append(where, "action LIKE "+arg(escapeLike(f.Action)+"%")+` ESCAPE '\'`)
	}
	if f.Object != "" {
		where = append(where, "object = "+arg(f.Object))
	}
	if !f.Since.IsZero() {
		where = append(where, "at >= "+arg(db.dialect.timeArg(f.Since)))
	}
	if !f.Until.IsZero() {
		where = append(where, "at < "+arg(db.dialect.timeArg(f.Until)))
	}
	limit := f.Limit
	switch {
	case limit <= 0:
		limit = 200
	case limit > 10000:
		limit = 10000
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+auditColumns+` FROM audit_log WHERE `+
		strings.Join(where, " AND ")+` ORDER BY id DESC LIMIT `+arg(limit), args...)
	if err != nil {
		return nil, fmt.Errorf("list audit entries: %w", err)
	}
	return scanAudit(rows)
}

// VerifyAudit walks the whole chain in ID order, a page at a time. Pages need
// no common snapshot: entries are only ever appended after the last one.
func (db *DB) VerifyAudit(ctx context.Context) (broken int64, checked int, err error) {
	prev, after := rollout.AuditGenesis, int64(0)
	for {
		rows, err := db.db.QueryContext(ctx, `SELECT `+auditColumns+` FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2`,
			after, auditPage)
		if err != nil {
			return 0, checked, fmt.Errorf("verify audit trail: %w", err)
		}
		page, err := scanAudit(rows)
		if err != nil {
			return 0, checked, err
		}
		if len(page) == 0 {
			return 0, checked, nil
		}
		var last string
		if broken, last = rollout.VerifyChain(prev, page); broken != 0 {
			for _, e := range page {
				checked++
				if e.ID == broken {
					break
				}
			}
			return broken, checked, nil
		}
		checked += len(page)
		prev, after = last, page[len(page)-1].ID
	}
}
