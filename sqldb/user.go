package sqldb

import (
	"context"
	"fmt"

	"rollout"
)

var _ rollout.UserService = (*DB)(nil)

// userObject names a user in the audit trail.
func userObject(username string) string { return "user:" + username }

// CreateUser adds an account with its grants, as rollout.DecideCreateUser
// decides, and fills u's ID, CreatedAt, Version and Grants (with their units'
// names). EINVALID for a name or password against the policy or a grant of an
// unknown role or a missing or retired unit; ECONFLICT for a name already
// taken.
func (db *DB) CreateUser(ctx context.Context, u *rollout.User, password string) error {
	// The decision is taken once without the write lock, because a hash takes
	// a tenth of a second, and again inside the transaction on the units as
	// they are then.
	units, err := read(ctx, db, func(tx *tx) (map[int64]*rollout.Unit, error) { return tx.grantUnits(ctx, u.Grants) })
	if err != nil {
		return err
	}
	if _, err := rollout.DecideCreateUser(*u, password, units); err != nil {
		return err
	}
	hash, err := db.newHash(ctx, password)
	if err != nil {
		return err
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if units, err = tx.grantUnits(ctx, u.Grants); err != nil {
		return err
	}
	next, err := rollout.DecideCreateUser(*u, password, units)
	if err != nil {
		return err
	}
	now := tx.db.dialect.timeArg(tx.now)
	err = tx.QueryRowContext(ctx, `INSERT INTO users (username, display_name, email, password_hash, disabled, created_at, password_changed_at, version)
		VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id`, next.Username, next.DisplayName, next.Email, hash, next.Disabled, now, next.Version).Scan(&next.ID)
	if isUniqueViolation(err) {
		return rollout.E(rollout.ECONFLICT, "err.user.username_taken", next.Username)
	}
	if err != nil {
		return fmt.Errorf("create user %s: %w", next.Username, err)
	}
	if err := tx.insertGrants(ctx, next.ID, next.Grants); err != nil {
		return err
	}
	next.CreatedAt = tx.now
	*u = next
	if err := tx.audit(ctx, "user.create", userObject(u.Username), nil, u); err != nil {
		return err
	}
	return tx.Commit()
}

// grantUnits loads the units that grants name, by ID: the snapshot
// rollout.ResolveGrants decides on.
func (tx *tx) grantUnits(ctx context.Context, grants []rollout.Grant) (map[int64]*rollout.Unit, error) {
	out := map[int64]*rollout.Unit{}
	for _, g := range grants {
		if _, ok := out[g.UnitID]; ok {
			continue
		}
		us, err := tx.units(ctx, `u.id = $1`, g.UnitID)
		if err != nil {
			return nil, err
		}
		if len(us) > 0 {
			out[g.UnitID] = us[0]
		}
	}
	return out, nil
}

func (tx *tx) insertGrants(ctx context.Context, userID int64, grants []rollout.Grant) error {
	for _, g := range grants {
		if _, err := tx.ExecContext(ctx, `INSERT INTO user_grants (user_id, unit_id, role) VALUES ($1, $2, $3)`,
			userID, g.UnitID, string(g.Role)); err != nil {
			return fmt.Errorf("grant %s at unit %d to user %d: %w", g.Role, g.UnitID, userID, err)
		}
	}
	return nil
}

// users loads the accounts matching where (over users u) with their grants,
// ordered by user name. LockedUntil is set only while the lock lasts.
func (tx *tx) users(ctx context.Context, where string, args ...any) ([]*rollout.User, error) {
	rows, err := tx.QueryContext(ctx, `SELECT u.id, u.username, u.display_name, u.email, u.disabled, u.created_at, u.locked_until, u.version
		FROM users u WHERE `+where+` ORDER BY u.username`, args...)
	if err != nil {
		return nil, fmt.Errorf("load users: %w", err)
	}
	var out []*rollout.User
	byID := map[int64]*rollout.User{}
	for rows.Next() {
		u := &rollout.User{Grants: []rollout.Grant{}}
		if err := rows.Scan(&u.ID, &u.Username, &u.DisplayName, &u.Email, &u.Disabled, timeValue{&u.CreatedAt}, nullTime{&u.LockedUntil}, &u.Version); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load users: %w", err)
		}
		if u.LockedUntil != nil && !u.LockedUntil.After(tx.now) {
			u.LockedUntil = nil
		}
		out = append(out, u)
		byID[u.ID] = u
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, err
	}
	rows, err = tx.QueryContext(ctx, `SELECT g.user_id, g.unit_id, un.path, un.name, un.kind, g.role
		FROM user_grants g JOIN units un ON un.id = g.unit_id JOIN users u ON u.id = g.user_id
		WHERE `+where+` ORDER BY g.user_id, un.path, g.role`, args...)
	if err != nil {
		return nil, fmt.Errorf("load grants: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var g rollout.Grant
		if err := rows.Scan(&id, &g.UnitID, &g.UnitPath, &g.UnitName, &g.UnitKind, &g.Role); err != nil {
			return nil, fmt.Errorf("load grants: %w", err)
		}
		if u := byID[id]; u != nil {
			u.Grants = append(u.Grants, g)
		}
	}
	return out, rows.Err()
}

// user loads one account; ENOTFOUND when there is none.
func (tx *tx) user(ctx context.Context, id int64) (*rollout.User, error) {
	us, err := tx.users(ctx, `u.id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(us) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.user.not_found", id)
	}
	return us[0], nil
}

// lockedUser locks an account's row before reading it with its grants, so
// that a change decided on it sees the account as the last writer left it
// (on PostgreSQL a plain read could see the row before a concurrent change
// and its grants after it).
func (tx *tx) lockedUser(ctx context.Context, id int64) (*rollout.User, error) {
	if err := tx.lockVersioned(ctx, "users", id); err != nil {
		return nil, err
	}
	return tx.user(ctx, id)
}

// User returns an account by ID with its grants; ENOTFOUND when there is none.
func (db *DB) User(ctx context.Context, id int64) (*rollout.User, error) {
	us, err := read(ctx, db, func(tx *tx) ([]*rollout.User, error) {
		u, err := tx.user(ctx, id)
		return []*rollout.User{u}, err
	})
	if err != nil {
		return nil, err
	}
	return us[0], nil
}

// UserByName returns an account by user name; ENOTFOUND when there is none.
func (db *DB) UserByName(ctx context.Context, username string) (*rollout.User, error) {
	us, err := read(ctx, db, func(tx *tx) ([]*rollout.User, error) {
		return tx.users(ctx, `u.username = $1`, username)
	})
	if err != nil {
		return nil, err
	}
	if len(us) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.user.not_found_name", username)
	}
	return us[0], nil
}

// Users lists every account with its grants, by user name.
func (db *DB) Users(ctx context.Context) ([]*rollout.User, error) {
	return read(ctx, db, func(tx *tx) ([]*rollout.User, error) {
		return tx.users(ctx, `TRUE`)
	})
}

// SetPassword changes a password (rollout.DecideSetPassword), lifts a lock,
// ends every session of the user and revokes every API token of it: whoever
// changes a password signs in with it again, and programs get new tokens.
// ENOTFOUND for a missing user.
func (db *DB) SetPassword(ctx context.Context, userID int64, password string) error {
	u, err := db.User(ctx, userID)
	if err != nil {
		return err
	}
	if err := rollout.DecideSetPassword(u, password); err != nil {
		return err
	}
	hash, err := db.newHash(ctx, password)
	if err != nil {
		return err
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = $1, password_changed_at = $2, failed_count = 0, locked_until = NULL
		WHERE id = $3`, hash, tx.db.dialect.timeArg(tx.now), userID)
	if err != nil {
		return fmt.Errorf("set password of user %d: %w", userID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return rollout.E(rollout.ENOTFOUND, "err.user.not_found", userID)
	}
	// A new password lifts every hold on the name: an administrator's reset
	// is how an account held off from its owner's address is let in again.
	if _, err := tx.ExecContext(ctx, `DELETE FROM signin_guards WHERE username = (SELECT username FROM users WHERE id = $1)`, userID); err != nil {
		return fmt.Errorf("lift sign-in holds of user %d: %w", userID, err)
	}
	ended, err := tx.endSessions(ctx, userID)
	if err != nil {
		return err
	}
	revoked, err := tx.revokeTokens(ctx, userID)
	if err != nil {
		return err
	}
	// Neither the password nor its hash goes into the trail.
	after := map[string]any{"password_changed_at": tx.now, "sessions_ended": ended}
	if revoked > 0 {
		after["tokens_revoked"] = revoked
	}
	if err := tx.audit(ctx, "user.password", userObject(u.Username), nil, after); err != nil {
		return err
	}
	return tx.Commit()
}

// Unlock lifts every sign-in hold on the account's name (rollout.UserService).
func (db *DB) Unlock(ctx context.Context, userID int64) (bool, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	u, err := tx.lockedUser(ctx, userID)
	if err != nil {
		return false, err
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM signin_guards WHERE username = $1`, u.Username)
	if err != nil {
		return false, fmt.Errorf("lift sign-in holds of %s: %w", u.Username, err)
	}
	n, _ := res.RowsAffected()
	held := u.LockedUntil != nil && u.LockedUntil.After(tx.now)
	if n == 0 && !held {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET failed_count = 0, locked_until = NULL WHERE id = $1`, userID); err != nil {
		return false, fmt.Errorf("unlock user %d: %w", userID, err)
	}
	if err := tx.audit(ctx, "user.unlock", userObject(u.Username), nil, map[string]any{"holds_lifted": n}); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// endSessions removes every session of a user and says how many there were.
func (tx *tx) endSessions(ctx context.Context, userID int64) (int64, error) {
	res, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1`, userID)
	if err != nil {
		return 0, fmt.Errorf("end sessions of user %d: %w", userID, err)
	}
	return res.RowsAffected()
}

// revokeTokens revokes every live API token of a user and says how many there were.
func (tx *tx) revokeTokens(ctx context.Context, userID int64) (int64, error) {
	res, err := tx.ExecContext(ctx, `UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL`,
		tx.db.dialect.timeArg(tx.now), userID)
	if err != nil {
		return 0, fmt.Errorf("revoke tokens of user %d: %w", userID, err)
	}
	return res.RowsAffected()
}

// updateUser changes the account before, read at version, with set (an SQL
// SET list whose placeholders are args; "" for none) and counts the change in
// its version. An account changed meanwhile is *rollout.AccountConflict with the
// account as it is now.
func (tx *tx) updateUser(ctx context.Context, before *rollout.User, version int64, set string, args ...any) error {
	if set != "" {
		set += ", "
	}
	args = append(args, before.ID, version)
	n := len(args)
	res, err := tx.ExecContext(ctx, fmt.Sprintf(`UPDATE users SET %sversion = version + 1 WHERE id = $%d AND version = $%d`, set, n-1, n), args...)
	if err != nil {
		return fmt.Errorf("update user %d: %w", before.ID, err)
	}
	if k, _ := res.RowsAffected(); k == 0 {
		current, err := tx.user(ctx, before.ID)
		if err != nil {
			return err
		}
		return &rollout.AccountConflict{Current: current}
	}
	return nil
}

// SetDisabled disables or enables an account read at version
// (rollout.DecideSetDisabled). Disabling ends its sessions and revokes its API
// tokens. Setting the state it already has changes nothing and is not
// audited.
func (db *DB) SetDisabled(ctx context.Context, userID, version int64, disabled bool) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	u, err := tx.lockedUser(ctx, userID)
	if err != nil {
		return err
	}
	changed, err := rollout.DecideSetDisabled(u, version, disabled, rollout.ActorFrom(ctx))
	if err != nil || !changed {
		return err
	}
	if err := tx.updateUser(ctx, u, version, `disabled = $1`, disabled); err != nil {
		return err
	}
	action, after := "user.enable", map[string]any{"disabled": false}
	if disabled {
		ended, err := tx.endSessions(ctx, userID)
		if err != nil {
			return err
		}
		revoked, err := tx.revokeTokens(ctx, userID)
		if err != nil {
			return err
		}
		action, after = "user.disable", map[string]any{"disabled": true, "sessions_ended": ended}
		if revoked > 0 {
			after["tokens_revoked"] = revoked
		}
	}
	if err := tx.audit(ctx, action, userObject(u.Username), map[string]any{"disabled": u.Disabled}, after); err != nil {
		return err
	}
	return tx.Commit()
}

// SetGrants replaces the grants of an account read at version
// (rollout.DecideSetGrants); the change applies to its sessions at once.
// EINVALID for an unknown role or a missing or retired unit, ENOTFOUND for a
// missing user.
func (db *DB) SetGrants(ctx context.Context, userID, version int64, grants []rollout.Grant) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	u, err := tx.lockedUser(ctx, userID)
	if err != nil {
		return err
	}
	units, err := tx.grantUnits(ctx, grants)
	if err != nil {
		return err
	}
	next, changed, err := rollout.DecideSetGrants(u, version, grants, units, rollout.ActorFrom(ctx))
	if err != nil || !changed {
		return err
	}
	if err := tx.updateUser(ctx, u, version, ``); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM user_grants WHERE user_id = $1`, userID); err != nil {
		return fmt.Errorf("replace grants of user %d: %w", userID, err)
	}
	if err := tx.insertGrants(ctx, userID, next); err != nil {
		return err
	}
	if err := tx.audit(ctx, "user.grants", userObject(u.Username), u.Grants, next); err != nil {
		return err
	}
	return tx.Commit()
}
