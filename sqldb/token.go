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
// (UnitID and Role; the unit's name and path are filled in) and the expiry
// t.ExpiresAt, if any, as rollout.DecideCreateToken decides, and returns its
// secret, which is stored only as a hash. ENOTFOUND for a missing user.
func (db *DB) CreateToken(ctx context.Context, t *rollout.Token) (string, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	u, err := tx.user(ctx, t.UserID)
	if err != nil {
		return "", err
	}
	var unit *rollout.Unit
	if t.Grant.UnitID > 0 {
		us, err := tx.units(ctx, `u.id = $1`, t.Grant.UnitID)
		if err != nil {
			return "", err
		}
		if len(us) > 0 {
			unit = us[0]
		}
	}
	next, err := rollout.DecideCreateToken(u, *t, unit, tx.now)
	if err != nil {
		return "", err
	}
	secret, err := newSecret(tokenPrefix)
	if err != nil {
		return "", err
	}
	var expires any
	if next.ExpiresAt != nil {
		expires = tx.db.dialect.timeArg(*next.ExpiresAt)
	}
	if err := tx.QueryRowContext(ctx, `INSERT INTO api_tokens (secret_hash, user_id, name, unit_id, role, created_at, expires_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`, secretHash(secret), u.ID, next.Name, next.Grant.UnitID, string(next.Grant.Role),
		tx.db.dialect.timeArg(tx.now), expires).Scan(&next.ID); err != nil {
		return "", fmt.Errorf("create token for user %d: %w", u.ID, err)
	}
	*t = next
	// The token as listed: the secret is no field of it.
	if err := tx.audit(ctx, "token.create", tokenObject(t.ID), nil, t); err != nil {
		return "", err
	}
	if err := tx.Commit(); err != nil {
		return "", fmt.Errorf("create token for user %d: %w", u.ID, err)
	}
	return secret, nil
}

const tokenSelect = `SELECT k.id, k.user_id, us.username, k.name, k.unit_id, un.path, un.name, un.kind, k.role,
	k.created_at, k.revoked_at, k.last_used, k.expires_at
	FROM api_tokens k JOIN units un ON un.id = k.unit_id JOIN users us ON us.id = k.user_id`

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
		if err := rows.Scan(&t.ID, &t.UserID, &t.Username, &t.Name, &g.UnitID, &g.UnitPath, &g.UnitName, &g.UnitKind, &g.Role,
			timeValue{&t.CreatedAt}, nullTime{&t.RevokedAt}, nullTime{&t.LastUsed}, nullTime{&t.ExpiresAt}); err != nil {
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

// AllTokens lists every account's tokens, revoked ones too, oldest first.
func (db *DB) AllTokens(ctx context.Context) ([]*rollout.Token, error) {
	return read(ctx, db, func(tx *tx) ([]*rollout.Token, error) { return tx.tokens(ctx, `TRUE`) })
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
		return rollout.E(rollout.ENOTFOUND, "err.token.not_found", id)
	}
	before := ts[0]
	if !rollout.DecideRevokeToken(before) {
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
// The token, its user and the user's grants are one statement. EUNAUTHORIZED
// for an unknown token, and for one rollout.TokenActs refuses (revoked,
// expired, beyond the user's grants); EFORBIDDEN for a disabled account.
func (db *DB) TokenUser(ctx context.Context, secret string) (*rollout.User, error) {
	invalid := rollout.E(rollout.EUNAUTHORIZED, "err.token.invalid")
	if !strings.HasPrefix(secret, tokenPrefix) {
		return nil, invalid
	}
	now := db.now()
	t, u, err := db.tokenAndUser(ctx, secretHash(secret), now)
	if err != nil {
		return nil, err
	}
	if t == nil {
		return nil, invalid
	}
	if err := rollout.TokenActs(t, u, now); err != nil {
		return nil, err
	}
	u.Grants, u.TokenID = []rollout.Grant{t.Grant}, t.ID
	if t.LastUsed != nil && now.Sub(*t.LastUsed) < touchEvery {
		return u, nil // recorded within the minute: no write on every request
	}
	if _, err := db.db.ExecContext(ctx, `UPDATE api_tokens SET last_used = $1 WHERE id = $2 AND (last_used IS NULL OR last_used <= $3)`,
		db.dialect.timeArg(now), t.ID, db.dialect.timeArg(now.Add(-touchEvery))); err != nil {
		return nil, fmt.Errorf("record use of token %d: %w", t.ID, err)
	}
	return u, nil
}
