package rollout

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Role is what a user may do at a unit and in the units below it.
type Role string

const (
	RoleViewer      Role = "viewer"        // reads the tasks and reports of its subtree
	RoleReporter    Role = "reporter"      // also acknowledges, reports on and divides its subtree's tasks
	RoleReviewer    Role = "reviewer"      // also reviews (accepts or returns) its subtree's reports
	RoleCoordinator Role = "coordinator"   // MOFCOM's office: everything, nationwide
	RoleAdmin       Role = "administrator" // users, units and the audit trail of its subtree
	RoleEvaluator   Role = "evaluator"     // only the evaluation rounds it is assigned to
)

// Roles lists every role.
var Roles = []Role{RoleViewer, RoleReporter, RoleReviewer, RoleCoordinator, RoleAdmin, RoleEvaluator}

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	for _, x := range Roles {
		if x == r {
			return true
		}
	}
	return false
}

// Grant is a role held at a unit; it reaches the unit's whole subtree.
type Grant struct {
	UnitID   int64    `json:"unit_id"`
	UnitPath string   `json:"unit_path"`
	UnitName string   `json:"unit"`
	UnitKind UnitKind `json:"unit_kind"`
	Role     Role     `json:"role"`
}

// User is a person (or, through an API token, a program) acting in rollout.
type User struct {
	ID          int64      `json:"id"`
	Username    string     `json:"username"`
	DisplayName string     `json:"display_name"`
	Email       string     `json:"email,omitempty"` // where reminders go; "" for none
	Grants      []Grant    `json:"grants"`
	Disabled    bool       `json:"disabled"`
	CreatedAt   time.Time  `json:"created_at"`
	LockedUntil *time.Time `json:"locked_until,omitempty"`
	// Version counts the changes of the account's grants and state; a change
	// names the version it was decided on.
	Version int64 `json:"version"`
	// TokenID is set when the user acts through an API token; Grants then hold
	// the token's one grant only.
	TokenID int64 `json:"-"`
}

// Has reports whether the user holds role anywhere.
func (u *User) Has(role Role) bool {
	if u == nil {
		return false
	}
	for _, g := range u.Grants {
		if g.Role == role {
			return true
		}
	}
	return false
}

// Account bounds, whatever the entry point (a page, the API, the command line).
const (
	// PasswordMinLength and PasswordMaxLength bound a new password, in characters.
	PasswordMinLength = 12
	PasswordMaxLength = 256
	// UsernameMinLength and UsernameMaxLength bound a user name, in characters.
	UsernameMinLength = 2
	UsernameMaxLength = 64
	MaxDisplayName    = 64  // characters of a person's name as shown
	MaxEmail          = 254 // characters of an e-mail address (RFC 5321's path)
	MaxGrants         = 100 // grants one account holds
)

// CheckPassword returns EINVALID, saying what is wrong, when password breaks the
// policy for the given user name: at least PasswordMinLength characters (and at
// most PasswordMaxLength), at least three of four classes (upper, lower, digit,
// other), not containing the user name, and not a common password
// (CommonPassword).
func CheckPassword(username, password string) error {
	if n := utf8.RuneCountInString(password); n < PasswordMinLength {
		return E(EINVALID, "err.user.password_short", PasswordMinLength, n)
	} else if n > PasswordMaxLength {
		return E(EINVALID, "err.user.password_long", PasswordMaxLength, n)
	}
	var upper, lower, digit, other bool
	for _, r := range password {
		switch {
		case unicode.IsUpper(r):
			upper = true
		case unicode.IsLower(r):
			lower = true
		case unicode.IsDigit(r):
			digit = true
		default:
			other = true
		}
	}
	classes := 0
	for _, b := range []bool{upper, lower, digit, other} {
		if b {
			classes++
		}
	}
	if classes < 3 {
		return E(EINVALID, "err.user.password_classes")
	}
	if username != "" && strings.Contains(strings.ToLower(password), strings.ToLower(username)) {
		return E(EINVALID, "err.user.password_has_username")
	}
	if CommonPassword(password) {
		return E(EINVALID, "err.user.password_common")
	}
	return nil
}

// CheckUsername returns EINVALID unless name is 2–64 letters, digits, '.', '_'
// or '-' (Chinese letters too).
func CheckUsername(name string) error {
	n := utf8.RuneCountInString(name)
	if n < UsernameMinLength || n > UsernameMaxLength {
		return E(EINVALID, "err.user.username_length", UsernameMinLength, UsernameMaxLength)
	}
	for _, r := range name {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-') {
			return E(EINVALID, "err.user.username_char", string(r))
		}
	}
	return nil
}

// AccountConflict is the ECONFLICT of a change made to an old version of an
// account: Current is the account as stored now.
type AccountConflict struct {
	Current *User
}

func (e *AccountConflict) Error() string { return e.Unwrap().Error() }

// Unwrap lets ErrorCode and ErrorText see it as an ECONFLICT *Error.
func (e *AccountConflict) Unwrap() error {
	return E(ECONFLICT, "err.user.stale", e.Current.Username, e.Current.Version)
}

// ResolveGrants checks the grants asked for against the units they name
// (units by ID: the stored units, nil for none) and returns them with their
// units filled in, without repeats, ordered by unit path and role. EINVALID
// for an unknown role, a missing or retired unit, or more than MaxGrants.
func ResolveGrants(want []Grant, units map[int64]*Unit) ([]Grant, error) {
	out := []Grant{}
	for _, g := range want {
		if !g.Role.Valid() {
			return nil, E(EINVALID, "err.user.bad_role", string(g.Role))
		}
		u := units[g.UnitID]
		if u == nil || u.Retired() {
			return nil, E(EINVALID, "err.user.grant_unit_gone", g.UnitID)
		}
		r := Grant{UnitID: u.ID, UnitPath: u.Path, UnitName: u.Name, UnitKind: u.Kind, Role: g.Role}
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	if len(out) > MaxGrants {
		return nil, E(EINVALID, "err.user.too_many_grants", MaxGrants, len(out))
	}
	slices.SortFunc(out, func(a, b Grant) int {
		if c := strings.Compare(a.UnitPath, b.UnitPath); c != 0 {
			return c
		}
		return strings.Compare(string(a.Role), string(b.Role))
	})
	return out, nil
}

// DecideCreateUser decides opening the account u with password, its grants
// resolved against units (see ResolveGrants). It returns the account to store:
// the display name trimmed (the user name when empty), version 1. EINVALID for
// a user name, display name, e-mail address or password against the policy,
// and for grants ResolveGrants refuses. A user name already taken is
// storage's to find (a unique key): ECONFLICT err.user.username_taken.
func DecideCreateUser(u User, password string, units map[int64]*Unit) (User, error) {
	if err := CheckUsername(u.Username); err != nil {
		return User{}, err
	}
	u.DisplayName = strings.TrimSpace(u.DisplayName)
	if n := utf8.RuneCountInString(u.DisplayName); n > MaxDisplayName {
		return User{}, E(EINVALID, "err.user.display_name_too_long", MaxDisplayName, n)
	}
	if u.DisplayName == "" {
		u.DisplayName = u.Username
	}
	u.Email = strings.TrimSpace(u.Email)
	if n := utf8.RuneCountInString(u.Email); n > MaxEmail {
		return User{}, E(EINVALID, "err.user.email_too_long", MaxEmail, n)
	}
	grants, err := ResolveGrants(u.Grants, units)
	if err != nil {
		return User{}, err
	}
	if err := CheckPassword(u.Username, password); err != nil {
		return User{}, err
	}
	u.ID, u.Grants, u.LockedUntil, u.TokenID, u.Version = 0, grants, nil, 0, 1
	return u, nil
}

// DecideSetGrants decides replacing the grants of u, read at version, with
// want, resolved against units, on behalf of actor. It returns the grants to
// store and whether they differ from the stored ones. EINVALID for grants
// ResolveGrants refuses, and when actors would take their own right to
// administer accounts away; *AccountConflict when u is stored at another
// version.
func DecideSetGrants(u *User, version int64, want []Grant, units map[int64]*Unit, actor *User) ([]Grant, bool, error) {
	next, err := ResolveGrants(want, units)
	if err != nil {
		return nil, false, err
	}
	if version != u.Version {
		return nil, false, &AccountConflict{Current: u}
	}
	if actor != nil && actor.ID != 0 && actor.ID == u.ID &&
		Authorize(&User{ID: u.ID, Grants: next}, ActManageUsers, Target{}) != nil {
		return nil, false, E(EINVALID, "err.user.self_grants")
	}
	return next, !slices.Equal(u.Grants, next), nil
}

// DecideSetDisabled decides disabling or enabling u, read at version, on
// behalf of actor, and reports whether anything changes. Disabling ends the
// account's sessions and revokes its API tokens. EINVALID when actors would
// disable their own account; *AccountConflict when u is stored at another
// version.
func DecideSetDisabled(u *User, version int64, disabled bool, actor *User) (bool, error) {
	if version != u.Version {
		return false, &AccountConflict{Current: u}
	}
	if disabled && actor != nil && actor.ID != 0 && actor.ID == u.ID {
		return false, E(EINVALID, "err.user.self_disable")
	}
	return u.Disabled != disabled, nil
}

// DecideSetPassword decides a new password for u (by its owner, an
// administrator's reset or the command line): it must meet CheckPassword.
// Every session of the account ends and every API token of it is revoked.
func DecideSetPassword(u *User, password string) error {
	return CheckPassword(u.Username, password)
}

type actorKey struct{}

// WithActor returns a context carrying the user on whose behalf work is done;
// storage records it in the audit trail.
func WithActor(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, actorKey{}, u)
}

// ActorFrom returns the user carried by ctx, or nil.
func ActorFrom(ctx context.Context) *User {
	u, _ := ctx.Value(actorKey{}).(*User)
	return u
}

type remoteKey struct{}

// WithRemote returns a context carrying the client address of a web request;
// storage records it in the audit trail.
func WithRemote(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, remoteKey{}, addr)
}

// RemoteFrom returns the client address carried by ctx, or "".
func RemoteFrom(ctx context.Context) string {
	s, _ := ctx.Value(remoteKey{}).(string)
	return s
}
