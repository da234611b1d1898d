package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"rollout"
	"rollout/gen"
)

// The generator's writes: bulk statements that fill a database for measuring
// it (rollout gen). They bypass the one-change-at-a-time paths on purpose —
// a million tasks one transaction each would take hours — and each leaves one
// audit entry saying what it made. Ordinary use never calls them.

// GenerateCascade divides every undivided implementing or cascaded task whose
// unit has children of kind to one task per such child, with the parent's
// deadline, in one statement; it returns the number of tasks made.
func (db *DB) GenerateCascade(ctx context.Context, to rollout.UnitKind) (int64, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	now := db.dialect.timeArg(tx.now)
	res, err := tx.ExecContext(ctx, `
		INSERT INTO tasks (item_id, unit_id, parent_id, role, deadline_text, deadline_date, created_at, updated_at, state, state_at)
		SELECT t.item_id, u.id, t.id, $1, t.deadline_text, t.deadline_date, $2, $2, $3, $2
		FROM tasks t JOIN units u ON u.parent_id = t.unit_id AND u.kind = $4 AND u.retired_at IS NULL
		WHERE t.role IN ($5, $1, $6) AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)
		ORDER BY t.id, u.id`,
		string(rollout.RoleLead), now, string(rollout.StateAssigned), string(to),
		string(rollout.RoleImplement), string(rollout.RoleCo))
	if err != nil {
		return 0, fmt.Errorf("generate tasks down to %s: %w", to, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, err
	}
	if err := tx.audit(ctx, "gen.tasks", "tasks", nil, map[string]any{"unit_kind": to, "tasks": n}); err != nil {
		return 0, err
	}
	return n, tx.Commit()
}

// GenLeaves lists the leaf tasks that report: implementing or cascaded tasks
// with no task divided from them, with their item, province and batch date.
func (db *DB) GenLeaves(ctx context.Context) ([]gen.Leaf, error) {
	return read(ctx, db, func(tx *tx) ([]gen.Leaf, error) {
		rows, err := tx.QueryContext(ctx, `
			SELECT t.id, t.item_id, COALESCE(u.province_id, u.id), b.issued_on
			FROM tasks t JOIN units u ON u.id = t.unit_id JOIN items i ON i.id = t.item_id JOIN batches b ON b.id = i.batch_id
			WHERE t.role <> $1 AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)
			ORDER BY t.id`, string(rollout.RoleGuide))
		if err != nil {
			return nil, fmt.Errorf("list leaf tasks: %w", err)
		}
		defer rows.Close()
		var out []gen.Leaf
		for rows.Next() {
			var l gen.Leaf
			if err := rows.Scan(&l.TaskID, &l.ItemID, &l.ProvinceID, timeValue{&l.IssuedOn}); err != nil {
				return nil, fmt.Errorf("list leaf tasks: %w", err)
			}
			out = append(out, l)
		}
		return out, rows.Err()
	})
}

// GenLeafReports is one chunk of generated histories, keyed by task.
type GenLeafReports struct {
	TaskID  int64
	History gen.History
}

// GenerateReports stores the histories of a chunk of leaves in one
// transaction: every entry as a submitted report (version 1, saved by
// "gen") with its version row and, when it has evidence, a local document;
// the level above's review (one accept step, after the newest report of an
// accepted task, or before the newest of a task still reported); and each
// task's final state. It returns the number of reports stored.
func (db *DB) GenerateReports(ctx context.Context, chunk []GenLeafReports) (int, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	type key struct {
		task   int64
		period rollout.Period
	}
	entries := map[key]gen.Entry{}
	var rows [][]any
	for _, c := range chunk {
		for _, e := range c.History.Entries {
			entries[key{c.TaskID, e.Period}] = e
			rows = append(rows, []any{c.TaskID, string(e.Period), 1, string(e.Status), measuresOf(e.Status), true,
				db.dialect.timeArg(e.At), "gen"})
		}
	}
	// The level above reviewed every report but, of a task still reported, the
	// newest: one accept step after the newest report it accepted.
	type review struct {
		at      time.Time
		pending rollout.Period // the report awaiting review; "" for none
	}
	reviews := map[int64]review{}
	var steps [][]any
	for _, c := range chunk {
		es := c.History.Entries
		var rv review
		switch {
		case c.History.State == rollout.StateAccepted && len(es) > 0:
			rv.at = es[len(es)-1].At.Add(24 * time.Hour)
		case c.History.State == rollout.StateReported && len(es) > 1:
			rv = review{at: es[len(es)-2].At.Add(24 * time.Hour), pending: es[len(es)-1].Period}
		default:
			continue
		}
		if rv.at.After(tx.now) {
			rv.at = tx.now
		}
		reviews[c.TaskID] = rv
		steps = append(steps, []any{c.TaskID, db.dialect.timeArg(rv.at), "gen", string(rollout.EventAccept),
			string(rollout.StateReported), string(rollout.StateAccepted)})
	}
	var versions, docs [][]any
	pending := map[int64]int{} // the version row of a report awaiting review, by task
	err = insertRows(ctx, tx, `INSERT INTO reports (task_id, period, version, status, measures, submitted, updated_at, updated_by)`,
		rows, ` RETURNING id, task_id, period`, func(scan func(...any) error) error {
			var id, task int64
			var p rollout.Period
			if err := scan(&id, &task, &p); err != nil {
				return err
			}
			e := entries[key{task, p}]
			ev := []rollout.Evidence{}
			if e.Evidence {
				d := rollout.Evidence{Title: "关于推进" + string(p) + "改革事项落实的工作方案（合成）", DocNo: fmt.Sprintf("合成〔%d〕%d号", e.At.Year(), id%997+1),
					Date: time.Date(e.At.Year(), e.At.Month(), e.At.Day(), 0, 0, 0, 0, time.UTC)}
				ev = append(ev, d)
				docs = append(docs, []any{id, 1, d.Title, d.DocNo, dateArg(d.Date)})
			}
			js, err := json.Marshal(ev)
			if err != nil {
				return err
			}
			if rv, ok := reviews[task]; ok && rv.pending == p {
				pending[task] = len(versions)
			}
			versions = append(versions, []any{id, 1, string(e.Status), measuresOf(e.Status), true, string(js),
				db.dialect.timeArg(e.At), "gen", int64(0)})
			return nil
		})
	if err != nil {
		return 0, fmt.Errorf("generate reports: %w", err)
	}
	err = insertRows(ctx, tx, `INSERT INTO task_events (task_id, at, actor, kind, from_state, to_state)`, steps, ` RETURNING id, task_id`,
		func(scan func(...any) error) error {
			var id, task int64
			if err := scan(&id, &task); err != nil {
				return err
			}
			if i, ok := pending[task]; ok {
				versions[i][8] = id // saved after the accept: not yet reviewed
			}
			return nil
		})
	if err != nil {
		return 0, fmt.Errorf("generate reviews: %w", err)
	}
	if err := insertRows(ctx, tx, `INSERT INTO report_versions (report_id, version, status, measures, submitted, evidence, saved_at, saved_by, after_event)`,
		versions, "", nil); err != nil {
		return 0, fmt.Errorf("generate report versions: %w", err)
	}
	if err := insertRows(ctx, tx, `INSERT INTO evidence (report_id, pos, title, doc_no, date)`, docs, "", nil); err != nil {
		return 0, fmt.Errorf("generate evidence: %w", err)
	}
	byState := map[rollout.TaskState][]int64{}
	for _, c := range chunk {
		byState[c.History.State] = append(byState[c.History.State], c.TaskID)
	}
	for st, ids := range byState {
		if st == rollout.StateAssigned {
			continue
		}
		for len(ids) > 0 {
			part := ids[:min(len(ids), 500)]
			ids = ids[len(part):]
			args := []any{string(st), db.dialect.timeArg(tx.now)}
			marks := make([]string, len(part))
			for i, id := range part {
				args = append(args, id)
				marks[i] = fmt.Sprintf("$%d", i+3)
			}
			if _, err := tx.ExecContext(ctx, `UPDATE tasks SET state = $1, state_at = $2 WHERE id IN (`+strings.Join(marks, ",")+`)`,
				args...); err != nil {
				return 0, fmt.Errorf("generate task states: %w", err)
			}
		}
	}
	return len(rows), tx.Commit()
}

// measuresOf is the measures text of a generated report.
func measuresOf(s rollout.ReportStatus) string {
	return "（合成数据）" + s.Label() + "：按通知要求推进，已明确牵头部门和时间表。"
}

// insertRows inserts rows with multi-row INSERT statements; head is "INSERT
// INTO t (cols)", tail is appended (e.g. RETURNING …) and each returned row is
// handed to each when it is not nil. The statement for a full group of rows is
// prepared once. SQLite gets positional ? placeholders: it resolves numbered
// ones ($N) by a search per name, which makes parsing a long statement slow.
func insertRows(ctx context.Context, tx *tx, head string, rows [][]any, tail string, each func(scan func(...any) error) error) error {
	if len(rows) == 0 {
		return nil
	}
	per := 10000 / len(rows[0]) // under both databases' placeholder limits
	if tx.db.dialect.name == "sqlite" {
		per = 500 / len(rows[0])
	}
	statement := func(n int) string {
		var b strings.Builder
		b.WriteString(head)
		b.WriteString(" VALUES ")
		arg := 0
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('(')
			for j := range rows[0] {
				if j > 0 {
					b.WriteByte(',')
				}
				arg++
				if tx.db.dialect.name == "sqlite" {
					b.WriteByte('?')
				} else {
					fmt.Fprintf(&b, "$%d", arg)
				}
			}
			b.WriteByte(')')
		}
		b.WriteString(tail)
		return b.String()
	}
	var full *sql.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	for lo := 0; lo < len(rows); lo += per {
		hi := min(lo+per, len(rows))
		args := make([]any, 0, (hi-lo)*len(rows[0]))
		for _, r := range rows[lo:hi] {
			args = append(args, r...)
		}
		stmt := full
		if hi-lo < per {
			s, err := tx.PrepareContext(ctx, statement(hi-lo))
			if err != nil {
				return err
			}
			defer s.Close()
			stmt = s
		} else if full == nil {
			s, err := tx.PrepareContext(ctx, statement(per))
			if err != nil {
				return err
			}
			full, stmt = s, s
		}
		if each == nil {
			if _, err := stmt.ExecContext(ctx, args...); err != nil {
				return err
			}
			continue
		}
		rs, err := stmt.QueryContext(ctx, args...)
		if err != nil {
			return err
		}
		for rs.Next() {
			if err := each(rs.Scan); err != nil {
				rs.Close()
				return err
			}
		}
		if err := rs.Close(); err != nil {
			return err
		}
		if err := rs.Err(); err != nil {
			return err
		}
	}
	return nil
}

// GenerateAudit records one generator run in the audit trail.
func (db *DB) GenerateAudit(ctx context.Context, what map[string]any) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.audit(ctx, "gen.run", "database", nil, what); err != nil {
		return err
	}
	return tx.Commit()
}

// GenCounts counts the rows of the tables a generator run fills.
func (db *DB) GenCounts(ctx context.Context) (map[string]int64, error) {
	return read(ctx, db, func(tx *tx) (map[string]int64, error) {
		out := map[string]int64{}
		for _, t := range []string{"batches", "items", "units", "tasks", "reports", "evidence"} {
			var n int64
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+t).Scan(&n); err != nil {
				return nil, fmt.Errorf("count %s: %w", t, err)
			}
			out[t] = n
		}
		return out, nil
	})
}

// GenerateRollups rebuilds every task's roll-up from the raw rows after the
// generator's bulk writes, which bypass the per-write maintenance, by the
// rules of rollout.Count as migration 0014 does; `rollout check` then finds
// them exact.
func (db *DB) GenerateRollups(ctx context.Context) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := rebuildRollups(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}
