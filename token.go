package rollout

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Token bounds.
const (
	MaxTokenName = 100 // characters of a token's name, which says what program holds it
	// MaxTokenLifetime is the latest expiry a token may be given; a token
	// without an expiry lives until it is revoked.
	MaxTokenLifetime = 366 * 24 * time.Hour
)

// tokenRoles lists, for each role, the roles an API token issued under it may
// carry: the role itself, or one whose every power it has.
var tokenRoles = map[Role][]Role{
	RoleViewer:      {RoleViewer},
	RoleReporter:    {RoleReporter, RoleViewer},
	RoleReviewer:    {RoleReviewer, RoleReporter, RoleViewer},
	RoleCoordinator: {RoleCoordinator, RoleReviewer, RoleReporter, RoleViewer},
	RoleAdmin:       {RoleAdmin, RoleViewer},
	RoleEvaluator:   {RoleEvaluator},
}

// GrantCovers reports whether a user holding grants may give a token the
// grant want: one of the grants must reach want's unit (its subtree; a
// coordinator's reaches every unit) and hold want's role or one above it.
func GrantCovers(grants []Grant, want Grant) bool {
	for _, g := range grants {
		reaches := g.Role == RoleCoordinator || strings.HasPrefix(want.UnitPath, g.UnitPath)
		if g.UnitPath != "" && reaches && slices.Contains(tokenRoles[g.Role], want.Role) {
			return true
		}
	}
	return false
}

// DecideCreateToken decides issuing the token t for owner, its grant's unit
// being unit (the stored unit named by t.Grant.UnitID, nil for none), at now.
// It returns the token to store: its name trimmed, its grant filled in from
// the unit. EINVALID for a missing or too long name, an unknown role, a
// missing or retired unit, or an expiry not after now or beyond
// MaxTokenLifetime; EFORBIDDEN for a disabled owner or a grant beyond the
// owner's (GrantCovers).
func DecideCreateToken(owner *User, t Token, unit *Unit, now time.Time) (Token, error) {
	t.Name = strings.TrimSpace(t.Name)
	switch n := utf8.RuneCountInString(t.Name); {
	case n == 0:
		return Token{}, E(EINVALID, "err.token.name_missing")
	case n > MaxTokenName:
		return Token{}, E(EINVALID, "err.token.name_too_long", MaxTokenName, n)
	}
	if t.Grant.UnitID <= 0 {
		return Token{}, E(EINVALID, "err.token.unit_missing")
	}
	if !t.Grant.Role.Valid() {
		return Token{}, E(EINVALID, "err.token.bad_role", string(t.Grant.Role))
	}
	if unit == nil {
		return Token{}, E(EINVALID, "err.token.unit_unknown", t.Grant.UnitID)
	}
	if unit.Retired() {
		return Token{}, E(EINVALID, "err.user.grant_unit_gone", t.Grant.UnitID)
	}
	if t.ExpiresAt != nil {
		switch {
		case !t.ExpiresAt.After(now):
			return Token{}, E(EINVALID, "err.token.expiry_past")
		case t.ExpiresAt.After(now.Add(MaxTokenLifetime)):
			return Token{}, E(EINVALID, "err.token.expiry_far", int(MaxTokenLifetime.Hours()/24))
		}
	}
	if owner.Disabled {
		return Token{}, E(EFORBIDDEN, "err.token.owner_disabled", owner.Username)
	}
	g := Grant{UnitID: unit.ID, UnitPath: unit.Path, UnitName: unit.Name, UnitKind: unit.Kind, Role: t.Grant.Role}
	if !GrantCovers(owner.Grants, g) {
		return Token{}, E(EFORBIDDEN, "err.token.beyond_grants")
	}
	t.ID, t.UserID, t.Username, t.Grant, t.CreatedAt, t.RevokedAt, t.LastUsed = 0, owner.ID, owner.Username, g, now, nil, nil
	return t, nil
}

// TokenActs decides whether token t, held by owner, acts at now: it returns
// EUNAUTHORIZED for a revoked or expired token and for one whose grant the
// owner no longer holds (its grants were reduced since it was issued), and
// EFORBIDDEN for a disabled owner.
func TokenActs(t *Token, owner *User, now time.Time) error {
	if t.RevokedAt != nil {
		return E(EUNAUTHORIZED, "err.token.invalid")
	}
	if t.ExpiresAt != nil && !now.Before(*t.ExpiresAt) {
		return E(EUNAUTHORIZED, "err.token.expired")
	}
	if owner.Disabled {
		return E(EFORBIDDEN, "err.token.owner_gone")
	}
	if !GrantCovers(owner.Grants, t.Grant) {
		return E(EUNAUTHORIZED, "err.token.grants_changed")
	}
	return nil
}

// DecideRevokeToken decides revoking t and reports whether anything changes
// (a revoked token stays as it is).
func DecideRevokeToken(t *Token) bool { return t.RevokedAt == nil }
