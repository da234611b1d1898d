package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"rollout"
)

// Reads made on every request, as few as the answer allows: an API token's
// user with its grants in one statement (TokenUser), a task with what
// authorising a read of it takes in one statement (TaskAccess), and the task
// with its report for the API's report GET in one statement too when the
// report has no evidence or values (TaskReport). A statement read alone runs
// outside any transaction, which is a snapshot of its own on both databases
// and saves the BEGIN and COMMIT (two round trips on PostgreSQL).

// queryer runs a query: a transaction (tx) or the database itself (dbQueryer).
type queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// dbQueryer runs one statement outside any transaction, through the cached
// prepared statement on SQLite (stmtcache.go).
type dbQueryer struct{ db *DB }

func (q dbQueryer) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if s := q.db.prepared(ctx, query); s != nil {
		return s.QueryContext(ctx, args...)
	}
	return q.db.db.QueryContext(ctx, query, args...)
}

// queryRow runs one statement that answers one row outside any transaction,
// through the cached prepared statement on SQLite.
func (db *DB) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if s := db.prepared(ctx, query); s != nil {
		return s.QueryRowContext(ctx, args...)
	}
	return db.db.QueryRowContext(ctx, query, args...)
}

// taskAccessSelect is taskSelect for one task ($1), each row with one of the
// responsible units of its item (NULL for an item without any), in order,
// then the columns cols over the tables joins adds.
func taskAccessSelect(cols, joins string) string {
	before, from, ok := strings.Cut(taskSelect, "FROM tasks t")
	if !ok {
		panic("sqldb: taskSelect has no FROM tasks t")
	}
	return before + `, ir.unit_name` + cols + `
	FROM tasks t` + from + `
	LEFT JOIN item_responsible ir ON ir.item_id = t.item_id` + joins + `
	WHERE t.id = $1 ORDER BY ir.pos`
}

var (
	taskAccessQuery = taskAccessSelect("", "")
	// taskReportQuery adds the task's report for period $2 (NULLs when there
	// is none), and whether the report has current evidence and values.
	taskReportQuery = taskAccessSelect(`, `+reportColumns+`,
	EXISTS (SELECT 1 FROM evidence e WHERE e.report_id = r.id AND e.removed_in IS NULL),
	EXISTS (SELECT 1 FROM report_values v WHERE v.report_id = r.id)`, `
	LEFT JOIN reports r ON r.task_id = t.id AND r.period = $2`)
)

// taskAccess reads task id with its item's responsible units in one
// statement; ENOTFOUND when there is no such task.
func taskAccess(ctx context.Context, q queryer, id int64) (*rollout.TaskAccess, error) {
	rows, err := q.QueryContext(ctx, taskAccessQuery, id)
	if err != nil {
		return nil, fmt.Errorf("load task %d: %w", id, err)
	}
	defer rows.Close()
	var a *rollout.TaskAccess
	for rows.Next() {
		var t rollout.Task
		var name sql.NullString
		if err := scanTask(rows, &t, &name); err != nil {
			return nil, fmt.Errorf("load task %d: %w", id, err)
		}
		if a == nil {
			a = &rollout.TaskAccess{Task: &t, Responsible: []string{}}
		}
		if name.Valid {
			a.Responsible = append(a.Responsible, name.String)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load task %d: %w", id, err)
	}
	if a == nil {
		return nil, rollout.E(rollout.ENOTFOUND, "err.task.not_found", id)
	}
	return a, nil
}

// TaskAccess returns one task with its item's responsible units, in one
// statement; ENOTFOUND when there is no such task.
func (db *DB) TaskAccess(ctx context.Context, id int64) (*rollout.TaskAccess, error) {
	return taskAccess(ctx, dbQueryer{db}, id)
}

// TaskReport returns a task with its item's responsible units and its report
// for a period (nil when there is none) with the report's evidence and
// values; ENOTFOUND for a missing task, EINVALID for a malformed period. The
// task, its item's responsible units and the report are one statement; a
// report with evidence or values is then read again whole, with them, in one
// read transaction (so that they are of the version read).
func (db *DB) TaskReport(ctx context.Context, taskID int64, period rollout.Period) (*rollout.TaskAccess, *rollout.Report, error) {
	p, _, _, err := rollout.ParsePeriod(string(period))
	if err != nil {
		return nil, nil, err
	}
	rows, err := dbQueryer{db}.QueryContext(ctx, taskReportQuery, taskID, string(p))
	if err != nil {
		return nil, nil, fmt.Errorf("load task %d with its report for %s: %w", taskID, p, err)
	}
	defer rows.Close()
	var a *rollout.TaskAccess
	var r *rollout.Report
	var more bool
	for rows.Next() {
		var t rollout.Task
		var name sql.NullString
		var id, task sql.Null[int64]
		var version sql.Null[int]
		var per, status, measures, problemText, updatedBy sql.Null[string]
		var problem, submitted sql.Null[bool]
		var updatedAt time.Time
		var hasEvidence, hasValues bool
		if err := scanTask(rows, &t, &name, &id, &task, &per, &version, &status, &measures, &problem, &problemText,
			&submitted, timeValue{&updatedAt}, &updatedBy, &hasEvidence, &hasValues); err != nil {
			return nil, nil, fmt.Errorf("load task %d with its report for %s: %w", taskID, p, err)
		}
		if a == nil {
			a = &rollout.TaskAccess{Task: &t, Responsible: []string{}}
			if id.Valid {
				r = &rollout.Report{ID: id.V, TaskID: task.V, Period: rollout.Period(per.V), Version: version.V,
					Status: rollout.ReportStatus(status.V), Measures: measures.V, Problem: problem.V, ProblemText: problemText.V,
					Submitted: submitted.V, UpdatedAt: updatedAt, UpdatedBy: updatedBy.V,
					Evidence: []rollout.Evidence{}, Values: []rollout.IndicatorValue{}}
				more = hasEvidence || hasValues
			}
		}
		if name.Valid {
			a.Responsible = append(a.Responsible, name.String)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("load task %d with its report for %s: %w", taskID, p, err)
	}
	rows.Close()
	if a == nil {
		return nil, nil, rollout.E(rollout.ENOTFOUND, "err.task.not_found", taskID)
	}
	if !more {
		return a, r, nil
	}
	r, err = read(ctx, db, func(tx *tx) (*rollout.Report, error) { return tx.reportOf(ctx, taskID, p) })
	if rollout.ErrorCode(err) == rollout.ENOTFOUND {
		return a, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	return a, r, nil
}

// userGrantColumns are an account's columns (users us) and one of its grants
// (user_grants g, units gu; NULL for an account without any), a row each;
// userGrantJoins joins the grants to us, userGrantOrder orders them as
// tx.users does.
const (
	userGrantColumns = `us.id, us.username, us.display_name, us.email, us.disabled, us.created_at, us.locked_until, us.version,
	g.unit_id, gu.path, gu.name, gu.kind, g.role`
	userGrantJoins = `
	LEFT JOIN user_grants g ON g.user_id = us.id LEFT JOIN units gu ON gu.id = g.unit_id`
	userGrantOrder = `gu.path, g.role`
)

// userGrantRow scans userGrantColumns.
type userGrantRow struct {
	u                      rollout.User
	unit                   sql.NullInt64
	path, name, kind, role sql.NullString
}

func (r *userGrantRow) dest() []any {
	u := &r.u
	return []any{&u.ID, &u.Username, &u.DisplayName, &u.Email, &u.Disabled, timeValue{&u.CreatedAt}, nullTime{&u.LockedUntil},
		&u.Version, &r.unit, &r.path, &r.name, &r.kind, &r.role}
}

// add adds the row to *u: the account, at its first row (LockedUntil set only
// while the lock lasts at now), and the grant of the row.
func (r *userGrantRow) add(u **rollout.User, now time.Time) {
	if *u == nil {
		c := r.u
		c.Grants = []rollout.Grant{}
		if c.LockedUntil != nil && !c.LockedUntil.After(now) {
			c.LockedUntil = nil
		}
		*u = &c
	}
	if r.unit.Valid {
		(*u).Grants = append((*u).Grants, rollout.Grant{UnitID: r.unit.Int64, UnitPath: r.path.String, UnitName: r.name.String,
			UnitKind: rollout.UnitKind(r.kind.String), Role: rollout.Role(r.role.String)})
	}
}

// tokenUserQuery is an unrevoked token by its secret's hash ($1) with its
// user and the user's grants.
const tokenUserQuery = `SELECT k.id, k.name, k.unit_id, un.path, un.name, un.kind, k.role,
	k.created_at, k.revoked_at, k.last_used, k.expires_at, ` + userGrantColumns + `
	FROM api_tokens k JOIN units un ON un.id = k.unit_id JOIN users us ON us.id = k.user_id` + userGrantJoins + `
	WHERE k.secret_hash = $1 AND k.revoked_at IS NULL ORDER BY ` + userGrantOrder

// tokenAndUser reads an unrevoked token by its secret's hash with its user
// and the user's grants, in one statement; a nil token when there is none.
// The user's LockedUntil is set only while the lock lasts at now.
func (db *DB) tokenAndUser(ctx context.Context, hash string, now time.Time) (*rollout.Token, *rollout.User, error) {
	rows, err := dbQueryer{db}.QueryContext(ctx, tokenUserQuery, hash)
	if err != nil {
		return nil, nil, fmt.Errorf("load token: %w", err)
	}
	defer rows.Close()
	var t *rollout.Token
	var u *rollout.User
	for rows.Next() {
		var tk rollout.Token
		var ug userGrantRow
		g := &tk.Grant
		if err := rows.Scan(append([]any{&tk.ID, &tk.Name, &g.UnitID, &g.UnitPath, &g.UnitName, &g.UnitKind, &g.Role,
			timeValue{&tk.CreatedAt}, nullTime{&tk.RevokedAt}, nullTime{&tk.LastUsed}, nullTime{&tk.ExpiresAt}}, ug.dest()...)...); err != nil {
			return nil, nil, fmt.Errorf("load token: %w", err)
		}
		if t == nil {
			tk.UserID, tk.Username = ug.u.ID, ug.u.Username
			t = &tk
		}
		ug.add(&u, now)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("load token: %w", err)
	}
	return t, u, nil
}

// sessionUserQuery is a session by its ID ($1) with its user and the user's
// grants.
const sessionUserQuery = `SELECT s.created_at, s.last_seen, s.expires_at, ` + userGrantColumns + `
	FROM sessions s JOIN users us ON us.id = s.user_id` + userGrantJoins + `
	WHERE s.id = $1 ORDER BY ` + userGrantOrder

// sessionAndUser reads a session by its ID with its user and the user's
// grants, in one statement; a nil user when there is no such session.
func (db *DB) sessionAndUser(ctx context.Context, id string, now time.Time) (created, lastSeen, expires time.Time, u *rollout.User, err error) {
	rows, err := dbQueryer{db}.QueryContext(ctx, sessionUserQuery, id)
	if err != nil {
		return created, lastSeen, expires, nil, fmt.Errorf("read session: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ug userGrantRow
		if err := rows.Scan(append([]any{timeValue{&created}, timeValue{&lastSeen}, timeValue{&expires}}, ug.dest()...)...); err != nil {
			return created, lastSeen, expires, nil, fmt.Errorf("read session: %w", err)
		}
		ug.add(&u, now)
	}
	if err := rows.Err(); err != nil {
		return created, lastSeen, expires, nil, fmt.Errorf("read session: %w", err)
	}
	return created, lastSeen, expires, u, nil
}
