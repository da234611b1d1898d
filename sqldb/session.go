package sqldb

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"time"

	"rollout"
)

// touchEvery is how often a session's or token's last use is written: the
// idle expiry slides forward to the minute, not on every request.
const touchEvery = time.Minute

// newSecret returns prefix and 32 random bytes in unpadded base64url.
func newSecret(prefix string) (string, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("new secret: %w", err)
	}
	return prefix + base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// secretHash is what is stored of a secret: its SHA-256, in hex.
func secretHash(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// sessionRef names a session in the audit trail: enough of its stored hash to
// tell sessions apart, nothing that opens one.
func sessionRef(id string) string { return id[:12] }

// anonymous is the actor of a failed sign-in: nobody is signed in yet.
var anonymous = &rollout.User{Username: "anonymous"}

func errBadCredentials() error {
	return rollout.E(rollout.EUNAUTHORIZED, "err.user.bad_credentials")
}

func errLocked(until time.Time) error { return &rollout.HeldOff{Until: until} }

func errSessionEnded() error {
	return rollout.E(rollout.EUNAUTHORIZED, "err.user.session_ended")
}

// signInState is what a sign-in decides on of the account.
type signInState struct {
	id       int64
	hash     string
	disabled bool
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func readSignInState(ctx context.Context, q querier, where string, arg any) (*signInState, error) {
	var s signInState
	err := q.QueryRowContext(ctx, `SELECT id, password_hash, disabled FROM users WHERE `+where, arg).
		Scan(&s.id, &s.hash, &s.disabled)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// guard is the count of failed sign-ins of one name from one address.
type guard struct {
	failures, locks int
	lockedUntil     *time.Time
}

func (g guard) locked(now time.Time) bool { return g.lockedUntil != nil && g.lockedUntil.After(now) }

// readGuard reads the guard of (name, remote); none is a zero guard.
func readGuard(ctx context.Context, q querier, name, remote string) (guard, error) {
	var g guard
	err := q.QueryRowContext(ctx, `SELECT failures, locks, locked_until FROM signin_guards WHERE username = $1 AND remote = $2`,
		name, remote).Scan(&g.failures, &g.locks, nullTime{&g.lockedUntil})
	if errors.Is(err, sql.ErrNoRows) {
		return guard{}, nil
	}
	return g, err
}

// SignIn checks a password and opens a session. See rollout.UserService for
// the outcomes. Failures are counted per name and per address (the context's
// rollout.RemoteFrom), by rollout.SignInLock, the same way whether the name is
// an account or not: an address held off a name is refused without a look at
// the password, and nobody else is. The password is checked before the
// writing transaction begins (a hash takes a tenth of a second, too long to
// hold the write lock), and again inside it only if the account changed in
// between. Every attempt is audited; a failed one is committed before the
// refusal is returned.
func (db *DB) SignIn(ctx context.Context, username, password string) (string, *rollout.User, error) {
	remote := rollout.RemoteFrom(ctx)
	name := username
	if r := []rune(name); len(r) > 64 { // no name is longer; keep the tables from filling with junk
		name = string(r[:64]) + "…"
	}
	pre, err := readSignInState(ctx, db.db, `username = $1`, username)
	known := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return "", nil, fmt.Errorf("sign in %s: %w", username, err)
	}
	held, err := readGuard(ctx, db.db, name, remote)
	if err != nil {
		return "", nil, fmt.Errorf("sign in %s: %w", username, err)
	}
	var ok bool
	var checked, rehash string // the hash the password was checked against; a new one under current parameters
	switch {
	case held.locked(db.now()):
		// Refused below without looking at the password, right or wrong.
	case !known:
		// As long as a wrong password takes, so that timing does not tell which names exist.
		if err := db.verifyDummy(ctx, password); err != nil {
			return "", nil, fmt.Errorf("sign in %s: %w", username, err)
		}
	default:
		if ok, err = db.verify(ctx, pre.hash, password); err != nil {
			return "", nil, fmt.Errorf("sign in %s: %w", username, err)
		}
		checked = pre.hash
		if ok && !hashUses(pre.hash, db.Password) {
			if rehash, err = db.newHash(ctx, password); err != nil {
				return "", nil, err
			}
		}
	}

	tx, err := db.begin(ctx, false)
	if err != nil {
		return "", nil, err
	}
	defer tx.Rollback()
	refuse := func(reason string, detail map[string]any, refusal error) (string, *rollout.User, error) {
		after := map[string]any{"reason": reason}
		maps.Copy(after, detail)
		if err := tx.audit(rollout.WithActor(ctx, anonymous), "session.signin_failed", userObject(name), nil, after); err != nil {
			return "", nil, err
		}
		if err := tx.Commit(); err != nil {
			return "", nil, fmt.Errorf("record failed sign-in of %s: %w", username, err)
		}
		return "", nil, refusal
	}
	g, err := readGuard(ctx, tx, name, remote)
	if err != nil {
		return "", nil, fmt.Errorf("sign in %s: %w", username, err)
	}
	if g.locked(tx.now) {
		return refuse("locked", map[string]any{"locked_until": *g.lockedUntil}, errLocked(*g.lockedUntil))
	}
	var cur *signInState
	if known {
		if cur, err = readSignInState(ctx, tx, `id = $1`, pre.id); err != nil {
			return "", nil, fmt.Errorf("sign in %s: %w", username, err)
		}
		if checked != cur.hash {
			// The password changed, or the hold ended, since it was read.
			if ok, err = db.verify(ctx, cur.hash, password); err != nil {
				return "", nil, fmt.Errorf("sign in %s: %w", username, err)
			}
			rehash = ""
		}
	}
	if !ok {
		// One statement, so that concurrent failures all count.
		var failures, locks int
		if err := tx.QueryRowContext(ctx, `INSERT INTO signin_guards (username, remote, failures, locks, updated_at)
			VALUES ($1, $2, 1, 0, $3)
			ON CONFLICT (username, remote) DO UPDATE SET failures = signin_guards.failures + 1, updated_at = $3
			RETURNING failures, locks`, name, remote, tx.db.dialect.timeArg(tx.now)).Scan(&failures, &locks); err != nil {
			return "", nil, fmt.Errorf("count failed sign-in of %s: %w", username, err)
		}
		reason := "password"
		if !known {
			reason = "unknown_user"
		}
		lock, until := rollout.SignInLock(failures, locks, tx.now)
		if !lock {
			return refuse(reason, map[string]any{"failed_count": failures}, errBadCredentials())
		}
		if _, err := tx.ExecContext(ctx, `UPDATE signin_guards SET failures = 0, locks = locks + 1, locked_until = $3
			WHERE username = $1 AND remote = $2`, name, remote, tx.db.dialect.timeArg(until)); err != nil {
			return "", nil, fmt.Errorf("hold off %s: %w", username, err)
		}
		if known { // shown to administrators, who may lift it
			if _, err := tx.ExecContext(ctx, `UPDATE users SET locked_until = $2 WHERE id = $1`, cur.id, tx.db.dialect.timeArg(until)); err != nil {
				return "", nil, fmt.Errorf("hold off %s: %w", username, err)
			}
		}
		return refuse(reason, map[string]any{"locked_until": until}, errLocked(until))
	}
	if cur.disabled {
		return refuse("disabled", nil, rollout.E(rollout.EFORBIDDEN, "err.user.disabled_contact"))
	}

	if _, err := tx.ExecContext(ctx, `DELETE FROM signin_guards WHERE username = $1 AND remote = $2`, name, remote); err != nil {
		return "", nil, fmt.Errorf("sign in %s: %w", username, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE users SET locked_until = NULL WHERE id = $1 AND locked_until <= $2`,
		cur.id, tx.db.dialect.timeArg(tx.now)); err != nil {
		return "", nil, fmt.Errorf("sign in %s: %w", username, err)
	}
	if rehash != "" {
		if _, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash = $3`,
			rehash, cur.id, cur.hash); err != nil {
			return "", nil, fmt.Errorf("re-hash password of %s: %w", username, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2`,
		cur.id, tx.db.dialect.timeArg(tx.now)); err != nil {
		return "", nil, fmt.Errorf("remove expired sessions of %s: %w", username, err)
	}
	secret, err := newSecret("")
	if err != nil {
		return "", nil, err
	}
	id, expires := secretHash(secret), tx.now.Add(rollout.SessionIdle)
	if _, err := tx.ExecContext(ctx, `INSERT INTO sessions (id, user_id, created_at, last_seen, expires_at, remote)
		VALUES ($1, $2, $3, $3, $4, $5)`, id, cur.id, tx.db.dialect.timeArg(tx.now), tx.db.dialect.timeArg(expires),
		rollout.RemoteFrom(ctx)); err != nil {
		return "", nil, fmt.Errorf("open session of %s: %w", username, err)
	}
	u, err := tx.user(ctx, cur.id)
	if err != nil {
		return "", nil, err
	}
	after := map[string]any{"session": sessionRef(id), "expires_at": expires}
	if rehash != "" {
		after["rehashed"] = true
	}
	if err := tx.audit(rollout.WithActor(ctx, u), "session.signin", userObject(u.Username), nil, after); err != nil {
		return "", nil, err
	}
	if err := tx.Commit(); err != nil {
		return "", nil, fmt.Errorf("sign in %s: %w", username, err)
	}
	return secret, u, nil
}

// SessionUser returns the user of a live session and pushes its idle expiry
// forward (at most to its absolute one). EUNAUTHORIZED for an unknown, idle or
// too old session, EFORBIDDEN for a disabled account.
func (db *DB) SessionUser(ctx context.Context, secret string) (*rollout.User, error) {
	if secret == "" {
		return nil, errSessionEnded()
	}
	id, now := secretHash(secret), db.now()
	// The session, its user and the user's grants: one statement.
	created, lastSeen, expires, u, err := db.sessionAndUser(ctx, id, now)
	if err != nil {
		return nil, err
	}
	if u == nil {
		return nil, errSessionEnded()
	}
	end := created.Add(rollout.SessionMaxAge)
	if !now.Before(expires) || !now.Before(end) {
		if _, err := db.db.ExecContext(ctx, `DELETE FROM sessions WHERE id = $1`, id); err != nil {
			return nil, fmt.Errorf("remove expired session: %w", err)
		}
		return nil, errSessionEnded()
	}
	if u.Disabled {
		return nil, rollout.E(rollout.EFORBIDDEN, "err.user.disabled_contact")
	}
	if now.Sub(lastSeen) >= touchEvery {
		if _, err := db.db.ExecContext(ctx, `UPDATE sessions SET last_seen = $1, expires_at = $2 WHERE id = $3`,
			db.dialect.timeArg(now), db.dialect.timeArg(minTime(now.Add(rollout.SessionIdle), end)), id); err != nil {
			return nil, fmt.Errorf("extend session: %w", err)
		}
	}
	return u, nil
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// SignOut ends one session; an unknown or ended one is no error.
func (db *DB) SignOut(ctx context.Context, secret string) error {
	if secret == "" {
		return nil
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	id := secretHash(secret)
	var userID int64
	err = tx.QueryRowContext(ctx, `DELETE FROM sessions WHERE id = $1 RETURNING user_id`, id).Scan(&userID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sign out: %w", err)
	}
	u, err := tx.user(ctx, userID)
	if err != nil {
		return err
	}
	if rollout.ActorFrom(ctx) == nil {
		ctx = rollout.WithActor(ctx, u)
	}
	if err := tx.audit(ctx, "session.signout", userObject(u.Username), nil, map[string]any{"session": sessionRef(id)}); err != nil {
		return err
	}
	return tx.Commit()
}

// SignOutEverywhere ends every session of a user and revokes every API token
// of it; ENOTFOUND for a missing user.
func (db *DB) SignOutEverywhere(ctx context.Context, userID int64) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	u, err := tx.user(ctx, userID)
	if err != nil {
		return err
	}
	ended, err := tx.endSessions(ctx, userID)
	if err != nil {
		return err
	}
	revoked, err := tx.revokeTokens(ctx, userID)
	if err != nil {
		return err
	}
	after := map[string]any{"sessions_ended": ended}
	if revoked > 0 {
		after["tokens_revoked"] = revoked
	}
	if err := tx.audit(ctx, "session.signout_all", userObject(u.Username), nil, after); err != nil {
		return err
	}
	return tx.Commit()
}
