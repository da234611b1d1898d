package sqldb

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"rollout"
)

// tokenPrefix starts every API token's secret, so that one found in a log or a
// repository is recognised for what it is.
const tokenPrefix = "rlt_"

func tokenObject(id int64) string { return "token:" + strconv.FormatInt(id, 10) }

// CreateToken issues an API token for t.UserID with the one grant t.Grant
// (UnitID and Role; the unit's name and path are filled in) and returns its
// secret, which is stored only as a hash. The rule: some grant of the user
// must reach the token's unit (the unit is in its subtree; a coordinator's
// grant reaches every unit) and hold the token's role or a role with all of
// its powers (see tokenRoles). EINVALID for a missing name, an unknown role, or
// a missing or retired unit; EFORBIDDEN for a grant beyond the user's or a
// disabled account; ENOTFOUND for a missing user.
func (db *DB) CreateToken(ctx context.Context, t *rollout.Token) (string, error) {
	t.Name = strings.TrimSpace(t.Name)
	if t.Name == "" {
		return "", rollout.Errorf(rollout.EINVALID, "请为令牌命名，说明它的用途。")
	}
	if n := len([]rune(t.Name)); n > 100 {
		return "", rollout.Errorf(rollout.EINVALID, "令牌名称最多 100 个字（现为 %d 个）。", n)
	}
	if !t.Grant.Role.Valid() {
		return "", rollout.Errorf(rollout.EINVALID, "角色“%s”无效。", t.Grant.Role)
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	u, err := tx.user(ctx, t.UserID)
	if err != nil {
		return "", err
	}
	if u.Disabled {
		return "", rollout.Errorf(rollout.EFORBIDDEN, "账号“%s”已停用，不能签发令牌。", u.Username)
	}
	grants, err := tx.resolveGrants(ctx, []rollout.Grant{t.Grant})
	if err != nil {
		return "", err
	}
	g := grants[0]
	if !grantCovers(u.Grants, g) {
		return "", rollout.Errorf(rollout.EFORBIDDEN, "令牌的权限不能超出账号自身的授权：“%s”在“%s”没有“%s”或更高的角色。",
			u.Username, g.UnitName, g.Role)
	}
	secret, err := newSecret(tokenPrefix)
	if err != nil {
		return "", err
	}
	if err := tx.QueryRowContext(ctx, `INSERT INTO api_tokens (secret_hash, user_id, name, unit_id, role, created_at)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, secretHash(secret), u.ID, t.Name, g.UnitID, string(g.Role),
		tx.db.dialect.timeArg(tx.now)).Scan(&t.ID); err != nil {
		return "", fmt.Errorf("create token for user %d: %w", u.ID, err)
	}
	t.Grant, t.CreatedAt, t.RevokedAt, t.LastUsed = g, tx.now, nil, nil
	// The token as listed: the secret is no field of it.
	if err := tx.audit(ctx, "token.create", tokenObject(t.ID), nil, t); err != nil {
		return "", err
	}
	if err := tx.Commit(); err != nil {
		return "", fmt.Errorf("create token for user %d: %w", u.ID, err)
	}
	return secret, nil
}

const tokenSelect = `SELECT k.id, k.user_id, k.name, k.unit_id, un.path, un.name, un.kind, k.role,
	k.created_at, k.revoked_at, k.last_used
	FROM api_tokens k JOIN units un ON un.id = k.unit_id`

// tokens loads the tokens matching where (over api_tokens k), oldest first.
func (tx *tx) tokens(ctx context.Context, where string, args ...any) ([]*rollout.Token, error) {
	rows, err := tx.QueryContext(ctx, tokenSelect+` WHERE `+where+` ORDER BY k.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("load tokens: %w", err)
	}
	defer rows.Close()
	out := []*rollout.Token{}
	for rows.Next() {
		var t rollout.Token
		g := &t.Grant
		if err := rows.Scan(&t.ID, &t.UserID, &t.Name, &g.UnitID, &g.UnitPath, &g.UnitName, &g.UnitKind, &g.Role,
			timeValue{&t.CreatedAt}, nullTime{&t.RevokedAt}, nullTime{&t.LastUsed}); err != nil {
			return nil, fmt.Errorf("load tokens: %w", err)
		}
		out = append(out, &t)
	}
	return out, rows.Err()
}

// Tokens lists a user's tokens, revoked ones too, oldest first.
func (db *DB) Tokens(ctx context.Context, userID int64) ([]*rollout.Token, error) {
	return read(ctx, db, func(tx *tx) ([]*rollout.Token, error) { return tx.tokens(ctx, `k.user_id = $1`, userID) })
}

// RevokeToken revokes a token for good; revoking it again changes nothing.
// ENOTFOUND for a missing token.
func (db *DB) RevokeToken(ctx context.Context, id int64) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ts, err := tx.tokens(ctx, `k.id = $1`, id)
	if err != nil {
		return err
	}
	if len(ts) == 0 {
		return rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的令牌。", id)
	}
	before := ts[0]
	if before.RevokedAt != nil {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE api_tokens SET revoked_at = $1 WHERE id = $2`, tx.db.dialect.timeArg(tx.now), id); err != nil {
		return fmt.Errorf("revoke token %d: %w", id, err)
	}
	after := *before
	after.RevokedAt = &tx.now
	if err := tx.audit(ctx, "token.revoke", tokenObject(id), before, &after); err != nil {
		return err
	}
	return tx.Commit()
}

// TokenUser returns the user a token acts as, with the token's grant as its
// only grant and TokenID set, and records the token's use (to the minute).
// EUNAUTHORIZED for an unknown or revoked token, and for one whose grant the
// user no longer holds (its grants were reduced since it was issued);
// EFORBIDDEN for a disabled account.
func (db *DB) TokenUser(ctx context.Context, secret string) (*rollout.User, error) {
	invalid := rollout.Errorf(rollout.EUNAUTHORIZED, "API 令牌无效或已撤销。")
	if !strings.HasPrefix(secret, tokenPrefix) {
		return nil, invalid
	}
	tx, err := db.begin(ctx, true)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	ts, err := tx.tokens(ctx, `k.secret_hash = $1 AND k.revoked_at IS NULL`, secretHash(secret))
	if err != nil {
		return nil, err
	}
	if len(ts) == 0 {
		return nil, invalid
	}
	t := ts[0]
	u, err := tx.user(ctx, t.UserID)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	if u.Disabled {
		return nil, rollout.Errorf(rollout.EFORBIDDEN, "令牌所属的账号已停用。")
	}
	if !grantCovers(u.Grants, t.Grant) {
		return nil, rollout.Errorf(rollout.EUNAUTHORIZED, "账号的授权已变更，此 API 令牌的权限超出现有授权，已不再有效。")
	}
	u.Grants, u.TokenID = []rollout.Grant{t.Grant}, t.ID
	now := db.now()
	if t.LastUsed != nil && now.Sub(*t.LastUsed) < touchEvery {
		return u, nil // recorded within the minute: no write on every request
	}
	if _, err := db.db.ExecContext(ctx, `UPDATE api_tokens SET last_used = $1 WHERE id = $2 AND (last_used IS NULL OR last_used <= $3)`,
		db.dialect.timeArg(now), t.ID, db.dialect.timeArg(now.Add(-touchEvery))); err != nil {
		return nil, fmt.Errorf("record use of token %d: %w", t.ID, err)
	}
	return u, nil
}
