package rollout

import (
	"context"
	"strings"
	"time"
	"unicode"
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

// PasswordPolicy is the rule for new passwords: at least MinLength characters,
// at least three of four classes (upper, lower, digit, other), and not
// containing the user name.
const PasswordMinLength = 12

// CheckPassword returns EINVALID, saying what is wrong, when password breaks the
// policy for the given user name.
func CheckPassword(username, password string) error {
	if n := len([]rune(password)); n < PasswordMinLength {
		return Errorf(EINVALID, "密码至少 %d 个字符（现为 %d 个）。", PasswordMinLength, n)
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
		return Errorf(EINVALID, "密码须包含大写字母、小写字母、数字和其他字符中的至少三类。")
	}
	if username != "" && strings.Contains(strings.ToLower(password), strings.ToLower(username)) {
		return Errorf(EINVALID, "密码不能包含用户名。")
	}
	return nil
}

// CheckUsername returns EINVALID unless name is 2–64 letters, digits, '.', '_'
// or '-' (Chinese letters too).
func CheckUsername(name string) error {
	n := len([]rune(name))
	if n < 2 || n > 64 {
		return Errorf(EINVALID, "用户名须为 2 至 64 个字符。")
	}
	for _, r := range name {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-') {
			return Errorf(EINVALID, "用户名只能包含字母、数字和 . _ -（不能有“%c”）。", r)
		}
	}
	return nil
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
