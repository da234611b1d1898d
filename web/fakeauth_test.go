package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"rollout"
)

// fakeAudit is an in-memory rollout.AuditService: a chained trail, newest
// first on the way out. Set err to make every method fail.
type fakeAudit struct {
	mu      sync.Mutex
	entries []rollout.AuditEntry // in ID order
	clock   func() time.Time
	err     error
}

var _ rollout.AuditService = (*fakeAudit)(nil)

// record appends an entry as storage would, with the actor and client address
// of ctx.
func (f *fakeAudit) record(ctx context.Context, action, object, before, after string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	e := rollout.AuditEntry{ID: int64(len(f.entries) + 1), At: f.clock(), Actor: "anonymous",
		Action: action, Object: object, Before: before, After: after, Remote: rollout.RemoteFrom(ctx), PrevHash: rollout.AuditGenesis}
	if u := rollout.ActorFrom(ctx); u != nil {
		e.ActorID, e.Actor = u.ID, u.Username
	}
	if n := len(f.entries); n > 0 {
		e.PrevHash = f.entries[n-1].Hash
	}
	e.Hash = e.ComputeHash()
	f.entries = append(f.entries, e)
}

func (f *fakeAudit) Audit(ctx context.Context, action, object, detail string) error {
	if f.err != nil {
		return f.err
	}
	f.record(ctx, action, object, "", detail)
	return nil
}

func (f *fakeAudit) AuditEntries(ctx context.Context, flt rollout.AuditFilter) ([]rollout.AuditEntry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	limit := flt.Limit
	if limit == 0 {
		limit = 200
	}
	var out []rollout.AuditEntry
	for i := len(f.entries) - 1; i >= 0 && len(out) < limit; i-- {
		e := f.entries[i]
		if (flt.Actor != "" && e.Actor != flt.Actor) || !strings.HasPrefix(e.Action, flt.Action) ||
			(flt.Object != "" && e.Object != flt.Object) ||
			(!flt.Since.IsZero() && e.At.Before(flt.Since)) || (!flt.Until.IsZero() && !e.At.Before(flt.Until)) ||
			(flt.BeforeID > 0 && e.ID >= flt.BeforeID) {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}

func (f *fakeAudit) VerifyAudit(ctx context.Context) (int64, int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return 0, 0, f.err
	}
	broken, _ := rollout.VerifyChain(rollout.AuditGenesis, f.entries)
	return broken, len(f.entries), nil
}

// actions lists the actions recorded, oldest first.
func (f *fakeAudit) actions() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, e := range f.entries {
		out = append(out, e.Action)
	}
	return out
}

// fakeAccount is what the fake keeps of an account.
type fakeAccount struct {
	user     rollout.User
	password string
}

// fakeGuard counts failed sign-ins of one name from one address.
type fakeGuard struct {
	failures, locks int
	until           time.Time
}

type fakeSession struct {
	userID        int64
	created, used time.Time
}

type fakeToken struct {
	token  rollout.Token
	secret string
}

// fakeUsers is an in-memory rollout.UserService behaving as the interface's
// comments say: passwords checked against the policy, sign-in failures
// counted to a lock of rollout.LockDuration after rollout.MaxFailedSignIns,
// sessions ending after rollout.SessionIdle unused or rollout.SessionMaxAge,
// tokens limited to one grant within the user's own; every sign-in attempt and
// every change audited. Its clock stands still unless a test moves it. Set err
// to make every method fail.
type fakeUsers struct {
	mu       sync.Mutex
	audit    *fakeAudit
	now      time.Time
	accounts []*fakeAccount // ID = position + 1
	sessions map[string]*fakeSession
	tokens   []*fakeToken // ID = position + 1
	units    *fakeUnits   // the units tokens name: the fixture's (set by ensure)
	err      error
	signIns  int                      // calls of SignIn
	guards   map[[2]string]*fakeGuard // by name and address
}

var _ rollout.UserService = (*fakeUsers)(nil)

func newFakeUsers(audit *fakeAudit) *fakeUsers {
	f := &fakeUsers{audit: audit, now: fakeNow, sessions: map[string]*fakeSession{}, guards: map[[2]string]*fakeGuard{}}
	audit.clock = f.clock
	return f
}

func (f *fakeUsers) clock() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// advance moves the fake's clock on.
func (f *fakeUsers) advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
}

func secret(prefix string) string {
	b := make([]byte, 16)
	rand.Read(b)
	return prefix + hex.EncodeToString(b)
}

func cloneUser(u *rollout.User) *rollout.User {
	c := *u
	c.Grants = slices.Clone(u.Grants)
	if u.LockedUntil != nil {
		t := *u.LockedUntil
		c.LockedUntil = &t
	}
	return &c
}

func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func (f *fakeUsers) account(id int64) (*fakeAccount, error) {
	if id < 1 || id > int64(len(f.accounts)) {
		return nil, rollout.E(rollout.ENOTFOUND, "err.user.not_found", id)
	}
	return f.accounts[id-1], nil
}

func (f *fakeUsers) byName(name string) *fakeAccount {
	for _, a := range f.accounts {
		if a.user.Username == name {
			return a
		}
	}
	return nil
}

func (f *fakeUsers) CreateUser(ctx context.Context, u *rollout.User, password string) error {
	if f.err != nil {
		return f.err
	}
	next, err := rollout.DecideCreateUser(*u, password, grantUnits(u.Grants))
	if err != nil {
		return err
	}
	f.mu.Lock()
	if f.byName(next.Username) != nil { // a unique key in storage
		f.mu.Unlock()
		return rollout.E(rollout.ECONFLICT, "err.user.username_taken", next.Username)
	}
	*u = next
	u.ID = int64(len(f.accounts) + 1)
	u.CreatedAt = f.now
	f.accounts = append(f.accounts, &fakeAccount{user: *cloneUser(u), password: password})
	f.mu.Unlock()
	f.audit.record(ctx, "user.create", "user:"+u.Username, "", jsonOf(u.Grants))
	return nil
}

func (f *fakeUsers) User(ctx context.Context, id int64) (*rollout.User, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	a, err := f.account(id)
	if err != nil {
		return nil, err
	}
	return cloneUser(&a.user), nil
}

func (f *fakeUsers) UserByName(ctx context.Context, username string) (*rollout.User, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	a := f.byName(username)
	if a == nil {
		return nil, rollout.E(rollout.ENOTFOUND, "err.user.not_found_name", username)
	}
	return cloneUser(&a.user), nil
}

func (f *fakeUsers) Users(ctx context.Context) ([]*rollout.User, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	var out []*rollout.User
	for _, a := range f.accounts {
		out = append(out, cloneUser(&a.user))
	}
	slices.SortFunc(out, func(a, b *rollout.User) int { return strings.Compare(a.Username, b.Username) })
	return out, nil
}

// endSessions ends the sessions of a user but keep; the lock is held.
func (f *fakeUsers) endSessions(userID int64, keep string) {
	for s, sess := range f.sessions {
		if sess.userID == userID && s != keep {
			delete(f.sessions, s)
		}
	}
}

func (f *fakeUsers) SetPassword(ctx context.Context, userID int64, password string) error {
	if f.err != nil {
		return f.err
	}
	f.mu.Lock()
	a, err := f.account(userID)
	if err == nil {
		err = rollout.DecideSetPassword(&a.user, password)
	}
	if err != nil {
		f.mu.Unlock()
		return err
	}
	a.password = password
	f.endSessions(userID, "")
	f.revokeTokens(userID)
	name := a.user.Username
	f.mu.Unlock()
	f.audit.record(ctx, "user.password", "user:"+name, "", "")
	return nil
}

func (f *fakeUsers) SetDisabled(ctx context.Context, userID, version int64, disabled bool) error {
	if f.err != nil {
		return f.err
	}
	f.mu.Lock()
	a, err := f.account(userID)
	if err != nil {
		f.mu.Unlock()
		return err
	}
	changed, err := rollout.DecideSetDisabled(cloneUser(&a.user), version, disabled, rollout.ActorFrom(ctx))
	if err != nil || !changed {
		f.mu.Unlock()
		return err
	}
	before := a.user.Disabled
	a.user.Disabled = disabled
	a.user.Version++
	if disabled {
		f.endSessions(userID, "")
		f.revokeTokens(userID)
	}
	name := a.user.Username
	f.mu.Unlock()
	f.audit.record(ctx, "user.disable", "user:"+name, jsonOf(before), jsonOf(disabled))
	return nil
}

func (f *fakeUsers) SetGrants(ctx context.Context, userID, version int64, grants []rollout.Grant) error {
	if f.err != nil {
		return f.err
	}
	f.mu.Lock()
	a, err := f.account(userID)
	if err != nil {
		f.mu.Unlock()
		return err
	}
	next, changed, err := rollout.DecideSetGrants(cloneUser(&a.user), version, grants, grantUnits(grants), rollout.ActorFrom(ctx))
	if err != nil || !changed {
		f.mu.Unlock()
		return err
	}
	before := a.user.Grants
	a.user.Grants = next
	a.user.Version++
	name := a.user.Username
	f.mu.Unlock()
	f.audit.record(ctx, "user.grants", "user:"+name, jsonOf(before), jsonOf(grants))
	return nil
}

func (f *fakeUsers) Unlock(ctx context.Context, userID int64) (bool, error) {
	if f.err != nil {
		return false, f.err
	}
	f.mu.Lock()
	a, err := f.account(userID)
	if err != nil {
		f.mu.Unlock()
		return false, err
	}
	n := 0
	for key := range f.guards {
		if key[0] == a.user.Username {
			delete(f.guards, key)
			n++
		}
	}
	held := a.user.LockedUntil != nil && a.user.LockedUntil.After(f.now)
	a.user.LockedUntil = nil
	name := a.user.Username
	f.mu.Unlock()
	if n > 0 || held {
		f.audit.record(ctx, "user.unlock", "user:"+name, "", jsonOf(map[string]int{"holds_lifted": n}))
	}
	return n > 0 || held, nil
}

func (f *fakeUsers) SignIn(ctx context.Context, username, password string) (string, *rollout.User, error) {
	if f.err != nil {
		return "", nil, f.err
	}
	f.mu.Lock()
	f.signIns++
	a := f.byName(username)
	key := [2]string{username, rollout.RemoteFrom(ctx)}
	g := f.guards[key]
	if g == nil {
		g = &fakeGuard{}
		f.guards[key] = g
	}
	var err error
	var s string
	switch {
	case f.now.Before(g.until):
		err = &rollout.HeldOff{Until: g.until}
	case a == nil || a.password != password:
		g.failures++
		err = rollout.E(rollout.EUNAUTHORIZED, "err.user.bad_credentials")
		if lock, until := rollout.SignInLock(g.failures, g.locks, f.now); lock {
			g.failures, g.locks, g.until = 0, g.locks+1, until
			err = &rollout.HeldOff{Until: until}
		}
	case a.user.Disabled:
		err = rollout.E(rollout.EFORBIDDEN, "err.user.disabled_contact")
	default:
		delete(f.guards, key)
		s = secret("s_")
		f.sessions[s] = &fakeSession{userID: a.user.ID, created: f.now, used: f.now}
	}
	var u *rollout.User
	if a != nil && err == nil {
		u = cloneUser(&a.user)
	}
	f.mu.Unlock()
	action := "session.signin"
	if err != nil {
		action = "session.signin_failed"
	}
	f.audit.record(ctx, action, "user:"+username, "", "")
	return s, u, err
}

func (f *fakeUsers) SessionUser(ctx context.Context, secret string) (*rollout.User, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	sess, ok := f.sessions[secret]
	if !ok || f.now.Sub(sess.used) > rollout.SessionIdle || f.now.Sub(sess.created) > rollout.SessionMaxAge {
		delete(f.sessions, secret)
		return nil, rollout.Errorf(rollout.EUNAUTHORIZED, "会话已失效。")
	}
	a, _ := f.account(sess.userID)
	if a.user.Disabled {
		return nil, rollout.Errorf(rollout.EUNAUTHORIZED, "会话已失效。")
	}
	sess.used = f.now
	return cloneUser(&a.user), nil
}

func (f *fakeUsers) SignOut(ctx context.Context, secret string) error {
	if f.err != nil {
		return f.err
	}
	f.mu.Lock()
	sess, ok := f.sessions[secret]
	delete(f.sessions, secret)
	f.mu.Unlock()
	if ok {
		f.audit.record(ctx, "session.signout", "user:"+f.name(sess.userID), "", "")
	}
	return nil
}

func (f *fakeUsers) name(id int64) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if a, err := f.account(id); err == nil {
		return a.user.Username
	}
	return ""
}

func (f *fakeUsers) SignOutEverywhere(ctx context.Context, userID int64) error {
	if f.err != nil {
		return f.err
	}
	f.mu.Lock()
	f.endSessions(userID, "")
	f.revokeTokens(userID)
	f.mu.Unlock()
	f.audit.record(ctx, "session.signout_everywhere", "user:"+f.name(userID), "", "")
	return nil
}

func (f *fakeUsers) CreateToken(ctx context.Context, t *rollout.Token) (string, error) {
	if f.err != nil {
		return "", f.err
	}
	f.mu.Lock()
	a, err := f.account(t.UserID)
	if err != nil {
		f.mu.Unlock()
		return "", err
	}
	var unit *rollout.Unit
	if f.units != nil {
		unit, _ = f.units.Unit(ctx, t.Grant.UnitID)
	}
	next, err := rollout.DecideCreateToken(&a.user, *t, unit, f.now)
	if err != nil {
		f.mu.Unlock()
		return "", err
	}
	*t = next
	t.ID = int64(len(f.tokens) + 1)
	s := secret("rt_")
	f.tokens = append(f.tokens, &fakeToken{token: *t, secret: s})
	f.mu.Unlock()
	f.audit.record(ctx, "token.create", "token:"+t.Name, "", jsonOf(t.Grant))
	return s, nil
}

func (f *fakeUsers) Tokens(ctx context.Context, userID int64) ([]*rollout.Token, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	var out []*rollout.Token
	for _, t := range f.tokens {
		if t.token.UserID == userID {
			c := t.token
			out = append(out, &c)
		}
	}
	return out, nil
}

func (f *fakeUsers) RevokeToken(ctx context.Context, id int64) error {
	if f.err != nil {
		return f.err
	}
	f.mu.Lock()
	if id < 1 || id > int64(len(f.tokens)) {
		f.mu.Unlock()
		return rollout.E(rollout.ENOTFOUND, "err.token.not_found", id)
	}
	t := f.tokens[id-1]
	if rollout.DecideRevokeToken(&t.token) {
		now := f.now
		t.token.RevokedAt = &now
	}
	f.mu.Unlock()
	f.audit.record(ctx, "token.revoke", "token:"+t.token.Name, "", "")
	return nil
}

func (f *fakeUsers) TokenUser(ctx context.Context, secret string) (*rollout.User, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	for _, t := range f.tokens {
		if t.secret != secret {
			continue
		}
		a, _ := f.account(t.token.UserID)
		if err := rollout.TokenActs(&t.token, &a.user, f.now); err != nil {
			return nil, err
		}
		now := f.now
		t.token.LastUsed = &now
		u := cloneUser(&a.user)
		u.Grants, u.TokenID = []rollout.Grant{t.token.Grant}, t.token.ID
		return u, nil
	}
	return nil, rollout.E(rollout.EUNAUTHORIZED, "err.token.invalid")
}

func (f *fakeUsers) AllTokens(ctx context.Context) ([]*rollout.Token, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	var out []*rollout.Token
	for _, t := range f.tokens {
		c := t.token
		if a, err := f.account(c.UserID); err == nil {
			c.Username = a.user.Username
		}
		out = append(out, &c)
	}
	return out, nil
}

// revokeTokens revokes the live tokens of a user; the lock is held.
func (f *fakeUsers) revokeTokens(userID int64) {
	for _, t := range f.tokens {
		if t.token.UserID == userID && t.token.RevokedAt == nil {
			now := f.now
			t.token.RevokedAt = &now
		}
	}
}

// grantUnits is the snapshot of units that grants name, as the grants carry
// them (the web resolved them through fakeUnits).
func grantUnits(grants []rollout.Grant) map[int64]*rollout.Unit {
	out := map[int64]*rollout.Unit{}
	for _, g := range grants {
		out[g.UnitID] = &rollout.Unit{ID: g.UnitID, Path: g.UnitPath, Name: g.UnitName, Kind: g.UnitKind}
	}
	return out
}

// fixturePassword is the password of every account of the fixture.
const fixturePassword = "Rollout-Test-2024"

// identity is an account of the fixture that holds one role at one unit,
// written role@unitID (reporter@440000); its user name is role.unitID.
func identityName(identity string) string { return strings.Replace(identity, "@", ".", 1) }

// ensure returns the account of identity, opening it (with fixturePassword)
// the first time.
func (f *fakeUsers) ensure(t testing.TB, units *fakeUnits, identity string) *rollout.User {
	t.Helper()
	name := identityName(identity)
	f.mu.Lock()
	if f.units == nil {
		f.units = units
	}
	a := f.byName(name)
	f.mu.Unlock()
	if a != nil {
		return cloneUser(&a.user)
	}
	role, unit, ok := strings.Cut(identity, "@")
	id, err := strconv.ParseInt(unit, 10, 64)
	if !ok || err != nil {
		t.Fatalf("fixture: identity %q is not role@unitID", identity)
	}
	uu, err := units.Unit(context.Background(), id)
	if err != nil {
		t.Fatalf("fixture: identity %q: %v", identity, err)
	}
	u := &rollout.User{Username: name, DisplayName: name, Grants: []rollout.Grant{{UnitID: uu.ID, UnitPath: uu.Path,
		UnitName: uu.Name, UnitKind: uu.Kind, Role: rollout.Role(role)}}}
	if !u.Grants[0].Role.Valid() {
		t.Fatalf("fixture: identity %q: no role %q", identity, role)
	}
	if err := f.CreateUser(context.Background(), u, fixturePassword); err != nil {
		t.Fatalf("fixture: identity %q: %v", identity, err)
	}
	return u
}

// session opens a session for an account without the sign-in and returns its
// secret.
func (f *fakeUsers) session(userID int64) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := secret("s_")
	f.sessions[s] = &fakeSession{userID: userID, created: f.now, used: f.now}
	return s
}

// token issues a token for an account's first grant without the checks and
// returns its secret.
func (f *fakeUsers) token(userID int64) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	a, _ := f.account(userID)
	s := secret("rt_")
	f.tokens = append(f.tokens, &fakeToken{secret: s, token: rollout.Token{ID: int64(len(f.tokens) + 1), UserID: userID,
		Name: "fixture", Grant: a.user.Grants[0], CreatedAt: f.now}})
	return s
}

// lock holds the address of the test requests off an account until the
// given time, as failed sign-ins from it would.
func (f *fakeUsers) lock(t testing.TB, name string, until time.Time) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	a := f.byName(name)
	if a == nil {
		t.Fatalf("fixture: no account %s", name)
	}
	a.user.LockedUntil = &until
	f.guards[[2]string{name, testRemote}] = &fakeGuard{until: until, locks: 1}
}

// disable disables an account.
func (f *fakeUsers) disable(t testing.TB, name string) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	a := f.byName(name)
	if a == nil {
		t.Fatalf("fixture: no account %s", name)
	}
	a.user.Disabled = true
}

// testRemote is the address httptest gives the test requests.
const testRemote = "192.0.2.1"
