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
// authorising a read of it takes in one statement (TaskAccess), and the report
// GET of the API in one read transaction (TaskReport). A statement read
// alone runs outside any transaction, which is a snapshot of its own on both
// databases and saves the BEGIN and COMMIT (two round trips on PostgreSQL).

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

// taskAccessQuery is taskSelect for one task ($1), each row with one of the
// responsible units of its item (NULL for an item without any), in order.
var taskAccessQuery = func() string {
	cols, from, ok := strings.Cut(taskSelect, "FROM tasks t")
	if !ok {
		panic("sqldb: taskSelect has no FROM tasks t")
	}
	return cols + `, ir.unit_name
	FROM tasks t` + from + `
	LEFT JOIN item_responsible ir ON ir.item_id = t.item_id
	WHERE t.id = $1 ORDER BY ir.pos`
}()

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
// values, in one read transaction; ENOTFOUND for a missing task, EINVALID for
// a malformed period.
func (db *DB) TaskReport(ctx context.Context, taskID int64, period rollout.Period) (*rollout.TaskAccess, *rollout.Report, error) {
	p, _, _, err := rollout.ParsePeriod(string(period))
	if err != nil {
		return nil, nil, err
	}
	type both struct {
		a *rollout.TaskAccess
		r *rollout.Report
	}
	v, err := read(ctx, db, func(tx *tx) (both, error) {
		a, err := taskAccess(ctx, tx, taskID)
		if err != nil {
			return both{}, err
		}
		r, err := tx.reportOf(ctx, taskID, p)
		if rollout.ErrorCode(err) == rollout.ENOTFOUND {
			return both{a: a}, nil
		}
		return both{a, r}, err
	})
	return v.a, v.r, err
}

// tokenUserQuery is an unrevoked token by its secret's hash ($1) with its
// user and, one a row, the user's grants (NULL for a user without any),
// ordered as tx.users orders them.
const tokenUserQuery = `SELECT k.id, k.user_id, us.username, k.name, k.unit_id, un.path, un.name, un.kind, k.role,
	k.created_at, k.revoked_at, k.last_used, k.expires_at,
	us.display_name, us.email, us.disabled, us.created_at, us.locked_until, us.version,
	g.unit_id, gu.path, gu.name, gu.kind, g.role
	FROM api_tokens k JOIN units un ON un.id = k.unit_id JOIN users us ON us.id = k.user_id
	LEFT JOIN user_grants g ON g.user_id = k.user_id LEFT JOIN units gu ON gu.id = g.unit_id
	WHERE k.secret_hash = $1 AND k.revoked_at IS NULL ORDER BY gu.path, g.role`

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
		us := rollout.User{Grants: []rollout.Grant{}}
		tg := &tk.Grant
		var gUnit sql.NullInt64
		var gPath, gName, gKind, gRole sql.NullString
		if err := rows.Scan(&tk.ID, &tk.UserID, &tk.Username, &tk.Name, &tg.UnitID, &tg.UnitPath, &tg.UnitName, &tg.UnitKind, &tg.Role,
			timeValue{&tk.CreatedAt}, nullTime{&tk.RevokedAt}, nullTime{&tk.LastUsed}, nullTime{&tk.ExpiresAt},
			&us.DisplayName, &us.Email, &us.Disabled, timeValue{&us.CreatedAt}, nullTime{&us.LockedUntil}, &us.Version,
			&gUnit, &gPath, &gName, &gKind, &gRole); err != nil {
			return nil, nil, fmt.Errorf("load token: %w", err)
		}
		if t == nil {
			us.ID, us.Username = tk.UserID, tk.Username
			if us.LockedUntil != nil && !us.LockedUntil.After(now) {
				us.LockedUntil = nil
			}
			t, u = &tk, &us
		}
		if gUnit.Valid {
			u.Grants = append(u.Grants, rollout.Grant{UnitID: gUnit.Int64, UnitPath: gPath.String, UnitName: gName.String,
				UnitKind: rollout.UnitKind(gKind.String), Role: rollout.Role(gRole.String)})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("load token: %w", err)
	}
	return t, u, nil
}
