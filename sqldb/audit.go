package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
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
	lastID, prev, prevMAC, err := tx.auditTail(ctx)
	if err != nil {
		return err
	}
	keys := tx.db.auditRing()
	const chunk = 200 // 12 parameters a row
	for len(tx.pending) > 0 {
		part := tx.pending[:min(chunk, len(tx.pending))]
		tx.pending = tx.pending[len(part):]
		var sb strings.Builder
		sb.WriteString(`INSERT INTO audit_log (id, at, actor_id, actor, action, object, before, after, remote, prev_hash, hash, mac) VALUES `)
		args := make([]any, 0, 12*len(part))
		for i := range part {
			e := &part[i]
			e.ID, e.PrevHash = lastID+1, prev
			e.Hash = e.ComputeHash()
			if tx.db.Keyed() {
				e.MAC = keys[len(keys)-1].mac(e.ID, e.Hash, prevMAC)
			}
			lastID, prev, prevMAC = e.ID, e.Hash, e.MAC
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteByte('(')
			for j := range 12 {
				if j > 0 {
					sb.WriteString(", ")
				}
				sb.WriteString(tx.db.dialect.ph(len(args) + j + 1)) // "?" on SQLite: binding "$N" by name costs more the more there are
			}
			sb.WriteByte(')')
			args = append(args, e.ID, tx.db.dialect.timeArg(e.At), e.ActorID, e.Actor, e.Action, e.Object,
				e.Before, e.After, e.Remote, e.PrevHash, e.Hash, e.MAC)
		}
		if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
			return fmt.Errorf("append to audit trail: %w", err)
		}
	}
	return nil
}

// auditTail reads the newest entry the next one chains to. When that entry
// is keyed, the database must hold the key it was written with: without a
// key, or under another one, the trail takes no entries (they would break
// its chain of MACs) and the write is refused.
func (tx *tx) auditTail(ctx context.Context) (lastID int64, hash, mac string, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, hash, mac FROM audit_log ORDER BY id DESC LIMIT 2`)
	if err != nil {
		return 0, "", "", fmt.Errorf("read audit trail head: %w", err)
	}
	defer rows.Close()
	type link struct {
		id        int64
		hash, mac string
	}
	var tail []link
	for rows.Next() {
		var l link
		if err := rows.Scan(&l.id, &l.hash, &l.mac); err != nil {
			return 0, "", "", fmt.Errorf("read audit trail head: %w", err)
		}
		tail = append(tail, l)
	}
	if err := rows.Err(); err != nil {
		return 0, "", "", fmt.Errorf("read audit trail head: %w", err)
	}
	if len(tail) == 0 {
		return 0, rollout.AuditGenesis, "", nil
	}
	last := tail[0]
	if last.mac != "" {
		if !tx.db.Keyed() {
			return 0, "", "", rollout.E(rollout.EINVALID, "err.audit.key_missing", EnvAuditKeyFile)
		}
		prevMAC := ""
		if len(tail) == 2 {
			prevMAC = tail[1].mac
		}
		_, ok := macMatches(tx.db.auditRing(), 0, last.id, last.hash, prevMAC, last.mac)
		if !ok && tx.db.reloadAuditKeys() { // a key added since this server read the file
			_, ok = macMatches(tx.db.auditRing(), 0, last.id, last.hash, prevMAC, last.mac)
		}
		if !ok {
			return 0, "", "", rollout.E(rollout.EINVALID, "err.audit.key_mismatch", tx.db.auditKeyFile, last.id)
		}
	}
	return last.id, last.hash, last.mac, nil
}

// Audit appends an entry for an event that changes nothing stored. detail goes
// into After: as it is when it is JSON, as a JSON string otherwise.
func (db *DB) Audit(ctx context.Context, action, object, detail string) error {
	action = strings.TrimSpace(action)
	if action == "" {
		return rollout.E(rollout.EINVALID, "err.audit.no_action")
	}
	// What a request can put here is bounded, so that requests cannot fill
	// the trail: the object (a method, path and query) and the detail.
	object = rollout.BoundText(object, rollout.AuditObjectMax)
	detail = rollout.BoundText(detail, rollout.AuditDetailMax)
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

const auditColumns = `id, at, actor_id, actor, action, object, before, after, remote, prev_hash, hash, mac`

func scanAudit(rows *sql.Rows) ([]rollout.AuditEntry, error) {
	defer rows.Close()
	var out []rollout.AuditEntry
	for rows.Next() {
		var e rollout.AuditEntry
		if err := rows.Scan(&e.ID, timeValue{&e.At}, &e.ActorID, &e.Actor, &e.Action, &e.Object,
			&e.Before, &e.After, &e.Remote, &e.PrevHash, &e.Hash, &e.MAC); err != nil {
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
	if f.BeforeID > 0 {
		where = append(where, "id < "+arg(f.BeforeID))
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

// VerifyAudit walks the whole chain: see VerifyAuditChain.
func (db *DB) VerifyAudit(ctx context.Context) (broken int64, checked int, err error) {
	r, err := db.VerifyAuditChain(ctx, nil)
	if err != nil {
		return 0, 0, err
	}
	return r.Broken, r.Checked, nil
}

// AuditHead is an entry of the trail named by its ID and MAC, as
// `rollout audit head` prints it ("NUMBER:MAC"), to be kept elsewhere and
// given back to VerifyAuditChain.
type AuditHead struct {
	ID  int64
	MAC string
}

func (h AuditHead) String() string { return fmt.Sprintf("%d:%s", h.ID, h.MAC) }

// ParseAuditHead reads "NUMBER:MAC".
func ParseAuditHead(s string) (AuditHead, error) {
	num, mac, ok := strings.Cut(strings.TrimSpace(s), ":")
	id, err := strconv.ParseInt(num, 10, 64)
	if !ok || err != nil || id <= 0 || len(mac) != 64 || strings.Trim(strings.ToLower(mac), "0123456789abcdef") != "" {
		return AuditHead{}, rollout.E(rollout.EINVALID, "err.audit.bad_head", s)
	}
	return AuditHead{ID: id, MAC: strings.ToLower(mac)}, nil
}

// AuditReport is what walking the chain found.
type AuditReport struct {
	Checked int   // entries read
	Broken  int64 // the first entry that is not as written, 0 when all hold
	// Why names the fault at Broken: "hash" (changed, or out of the chain),
	// "mac" (a MAC that does not hold: changed with its hashes recomputed, or
	// removed), "unkeyed" (a database with a key whose trail carries no MAC).
	Why     string
	Keyed   int       // entries with a MAC
	Unkeyed int       // entries from before the trail was keyed
	Head    AuditHead // the newest entry
	// HeadFound says whether the head asked about is in the chain as it was;
	// HeadChecked whether one was asked about.
	HeadChecked, HeadFound bool
}

// OK reports whether the chain holds, and the head asked about with it.
func (r AuditReport) OK() bool { return r.Broken == 0 && (!r.HeadChecked || r.HeadFound) }

// AuditHeadNow returns the newest entry of the trail (zero when empty).
func (db *DB) AuditHeadNow(ctx context.Context) (AuditHead, error) {
	var h AuditHead
	err := db.db.QueryRowContext(ctx, `SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1`).Scan(&h.ID, &h.MAC)
	if errors.Is(err, sql.ErrNoRows) {
		return AuditHead{}, nil
	}
	if err != nil {
		return h, fmt.Errorf("read the audit head: %w", err)
	}
	return h, nil
}

// VerifyAuditChain walks the whole chain in ID order, a page at a time (pages
// need no common snapshot: entries are only ever appended after the last
// one). Every entry's hash must follow the one before; from the first entry
// with a MAC on, every entry must carry the MAC the key gives (entries before
// it, written before the trail was keyed, are bound by that first MAC through
// their hashes). A database with a key whose non-empty trail carries no MAC at
// all has had its MACs stripped. With head, the entry head names must be in
// the chain with head's MAC: a trail cut after it, or rewritten, fails.
// Without the key, a keyed trail cannot be checked: EINVALID.
func (db *DB) VerifyAuditChain(ctx context.Context, head *AuditHead) (AuditReport, error) {
	var r AuditReport
	r.HeadChecked = head != nil
	prev, prevMAC, after := rollout.AuditGenesis, "", int64(0)
	keyedSeen, key := false, 0 // key: the index of the key the last entry was written with
	for {
		rows, err := db.db.QueryContext(ctx, `SELECT `+auditColumns+` FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2`,
			after, auditPage)
		if err != nil {
			return r, fmt.Errorf("verify audit trail: %w", err)
		}
		page, err := scanAudit(rows)
		if err != nil {
			return r, err
		}
		if len(page) == 0 {
			break
		}
		for i := range page {
			e := &page[i]
			r.Checked++
			if e.PrevHash != prev || e.ComputeHash() != e.Hash {
				r.Broken, r.Why = e.ID, "hash"
				return r, nil
			}
			switch {
			case e.MAC == "" && keyedSeen:
				r.Broken, r.Why = e.ID, "mac"
				return r, nil
			case e.MAC == "":
				r.Unkeyed++
			case !db.Keyed():
				return r, rollout.E(rollout.EINVALID, "err.audit.key_missing", EnvAuditKeyFile)
			default:
				// Keys are used in the order of the key file: an entry under
				// a key older than the one before it was made with a retired
				// key, which may have leaked.
				k, ok := macMatches(db.auditRing(), key, e.ID, e.Hash, prevMAC, e.MAC)
				if !ok && db.reloadAuditKeys() {
					k, ok = macMatches(db.auditRing(), key, e.ID, e.Hash, prevMAC, e.MAC)
				}
				if !ok {
					r.Broken, r.Why = e.ID, "mac"
					return r, nil
				}
				key = k
				keyedSeen = true
				r.Keyed++
			}
			if head != nil && e.ID == head.ID {
				r.HeadFound = e.MAC == head.MAC
			}
			prev, prevMAC = e.Hash, e.MAC
			r.Head = AuditHead{ID: e.ID, MAC: e.MAC}
		}
		after = page[len(page)-1].ID
	}
	if db.Keyed() && r.Checked > 0 && !keyedSeen {
		r.Broken, r.Why = r.Head.ID, "unkeyed"
	}
	return r, nil
}
