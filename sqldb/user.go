package sqldb

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"rollout"
)

var _ rollout.UserService = (*DB)(nil)

// userObject names a user in the audit trail.
func userObject(username string) string { return "user:" + username }

// CreateUser adds an account with its grants and fills u's ID, CreatedAt and
// Grants (with their units' names). EINVALID for a name or password against the
// policy or a grant of an unknown role or a missing or retired unit; ECONFLICT
// for a name already taken.
func (db *DB) CreateUser(ctx context.Context, u *rollout.User, password string) error {
	if err := rollout.CheckUsername(u.Username); err != nil {
		return err
	}
	if err := rollout.CheckPassword(u.Username, password); err != nil {
		return err
	}
	u.DisplayName = strings.TrimSpace(u.DisplayName)
	if u.DisplayName == "" {
		u.DisplayName = u.Username
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
	grants, err := tx.resolveGrants(ctx, u.Grants)
	if err != nil {
		return err
	}
	now := tx.db.dialect.timeArg(tx.now)
	err = tx.QueryRowContext(ctx, `INSERT INTO users (username, display_name, email, password_hash, disabled, created_at, password_changed_at)
		VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`, u.Username, u.DisplayName, u.Email, hash, u.Disabled, now).Scan(&u.ID)
	if isUniqueViolation(err) {
		return rollout.Errorf(rollout.ECONFLICT, "用户名“%s”已被使用。", u.Username)
	}
	if err != nil {
		return fmt.Errorf("create user %s: %w", u.Username, err)
	}
	if err := tx.insertGrants(ctx, u.ID, grants); err != nil {
		return err
	}
	u.Grants, u.CreatedAt, u.LockedUntil, u.TokenID = grants, tx.now, nil, 0
	if err := tx.audit(ctx, "user.create", userObject(u.Username), nil, u); err != nil {
		return err
	}
	return tx.Commit()
}

// resolveGrants checks grants and returns them with their units filled in,
// without duplicates, ordered by unit path and role.
func (tx *tx) resolveGrants(ctx context.Context, grants []rollout.Grant) ([]rollout.Grant, error) {
	out := []rollout.Grant{}
	for _, g := range grants {
		if !g.Role.Valid() {
			return nil, rollout.Errorf(rollout.EINVALID, "角色“%s”无效。", g.Role)
		}
		us, err := tx.units(ctx, `u.id = $1`, g.UnitID)
		if err != nil {
			return nil, err
		}
		if len(us) == 0 || us[0].Retired() {
			return nil, rollout.Errorf(rollout.EINVALID, "授权的单位（编号 %d）不存在或已撤销。", g.UnitID)
		}
		r := rollout.Grant{UnitID: us[0].ID, UnitPath: us[0].Path, UnitName: us[0].Name, UnitKind: us[0].Kind, Role: g.Role}
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	sortGrants(out)
	return out, nil
}

func sortGrants(gs []rollout.Grant) {
	slices.SortFunc(gs, func(a, b rollout.Grant) int {
		if c := strings.Compare(a.UnitPath, b.UnitPath); c != 0 {
			return c
		}
		return strings.Compare(string(a.Role), string(b.Role))
	})
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
	rows, err := tx.QueryContext(ctx, `SELECT u.id, u.username, u.display_name, u.email, u.disabled, u.created_at, u.locked_until
		FROM users u WHERE `+where+` ORDER BY u.username`, args...)
	if err != nil {
		return nil, fmt.Errorf("load users: %w", err)
	}
	var out []*rollout.User
	byID := map[int64]*rollout.User{}
	for rows.Next() {
		u := &rollout.User{Grants: []rollout.Grant{}}
		if err := rows.Scan(&u.ID, &u.Username, &u.DisplayName, &u.Email, &u.Disabled, timeValue{&u.CreatedAt}, nullTime{&u.LockedUntil}); err != nil {
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
		return nil, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的用户。", id)
	}
	return us[0], nil
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
		return nil, rollout.Errorf(rollout.ENOTFOUND, "没有用户名为“%s”的用户。", username)
	}
	return us[0], nil
}

// Users lists every account with its grants, by user name.
func (db *DB) Users(ctx context.Context) ([]*rollout.User, error) {
	return read(ctx, db, func(tx *tx) ([]*rollout.User, error) {
		return tx.users(ctx, `TRUE`)
	})
}

// SetPassword changes a password (checked against the policy), lifts a lock
// and ends every session of the user: whoever changes a password signs in
// with it again. ENOTFOUND for a missing user.
func (db *DB) SetPassword(ctx context.Context, userID int64, password string) error {
	u, err := db.User(ctx, userID)
	if err != nil {
		return err
	}
	if err := rollout.CheckPassword(u.Username, password); err != nil {
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
		return rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的用户。", userID)
	}
	ended, err := tx.endSessions(ctx, userID)
	if err != nil {
		return err
	}
	// Neither the password nor its hash goes into the trail.
	if err := tx.audit(ctx, "user.password", userObject(u.Username), nil,
		map[string]any{"password_changed_at": tx.now, "sessions_ended": ended}); err != nil {
		return err
	}
	return tx.Commit()
}

// endSessions removes every session of a user and says how many there were.
func (tx *tx) endSessions(ctx context.Context, userID int64) (int64, error) {
	res, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1`, userID)
	if err != nil {
		return 0, fmt.Errorf("end sessions of user %d: %w", userID, err)
	}
	return res.RowsAffected()
}

// SetDisabled disables or enables an account. Disabling ends its sessions; its
// API tokens stay, but act for nobody while it is disabled. Setting the state
// it already has changes nothing and is not audited.
func (db *DB) SetDisabled(ctx context.Context, userID int64, disabled bool) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	u, err := tx.user(ctx, userID)
	if err != nil {
		return err
	}
	if u.Disabled == disabled {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET disabled = $1 WHERE id = $2`, disabled, userID); err != nil {
		return fmt.Errorf("disable user %d: %w", userID, err)
	}
	action, after := "user.enable", map[string]any{"disabled": false}
	if disabled {
		ended, err := tx.endSessions(ctx, userID)
		if err != nil {
			return err
		}
		action, after = "user.disable", map[string]any{"disabled": true, "sessions_ended": ended}
	}
	if err := tx.audit(ctx, action, userObject(u.Username), map[string]any{"disabled": u.Disabled}, after); err != nil {
		return err
	}
	return tx.Commit()
}

// SetGrants replaces an account's grants; the change applies to its sessions
// at once. EINVALID for an unknown role or a missing or retired unit, ENOTFOUND
// for a missing user.
func (db *DB) SetGrants(ctx context.Context, userID int64, grants []rollout.Grant) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	u, err := tx.user(ctx, userID)
	if err != nil {
		return err
	}
	next, err := tx.resolveGrants(ctx, grants)
	if err != nil {
		return err
	}
	if slices.Equal(u.Grants, next) {
		return nil
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

// tokenRoles lists, for each role, the roles an API token issued under it may
// carry: the role itself, or one whose every power it has.
var tokenRoles = map[rollout.Role][]rollout.Role{
	rollout.RoleViewer:      {rollout.RoleViewer},
	rollout.RoleReporter:    {rollout.RoleReporter, rollout.RoleViewer},
	rollout.RoleReviewer:    {rollout.RoleReviewer, rollout.RoleReporter, rollout.RoleViewer},
	rollout.RoleCoordinator: {rollout.RoleCoordinator, rollout.RoleReviewer, rollout.RoleReporter, rollout.RoleViewer},
	rollout.RoleAdmin:       {rollout.RoleAdmin, rollout.RoleViewer},
	rollout.RoleEvaluator:   {rollout.RoleEvaluator},
}

// grantCovers reports whether a user holding grants may give a token the
// grant want: one of the grants must reach want's unit (its subtree; a
// coordinator's reaches every unit) and hold want's role or one above it.
func grantCovers(grants []rollout.Grant, want rollout.Grant) bool {
	for _, g := range grants {
		reaches := g.Role == rollout.RoleCoordinator || strings.HasPrefix(want.UnitPath, g.UnitPath)
		if g.UnitPath != "" && reaches && slices.Contains(tokenRoles[g.Role], want.Role) {
			return true
		}
	}
	return false
}
