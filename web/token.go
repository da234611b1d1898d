package web

import (
	"net/http"
	"strings"
	"time"

	"rollout"
)

// API tokens: a program acts for a user through a token with one grant, at
// most what the user holds (storage refuses more). A user manages their own
// tokens, signed in with a password: a token cannot make, list or revoke
// tokens.

// maxTokenName bounds a token's name, which says what program holds it.
const maxTokenName = 100

// apiToken is a token as listed; its secret is never shown again.
type apiToken struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	Grant     apiGrant   `json:"grant"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
	LastUsed  *time.Time `json:"last_used,omitempty"`
}

// apiTokenList is a user's tokens.
type apiTokenList struct {
	Tokens []apiToken `json:"tokens"`
	Count  int        `json:"count"`
}

// apiNewToken is a token just made, with its secret, shown this once.
type apiNewToken struct {
	Token  apiToken `json:"token"`
	Secret string   `json:"secret"`
}

// apiTokenRequest is the body of POST /api/v1/tokens.
type apiTokenRequest struct {
	Name   string `json:"name"`
	UnitID int64  `json:"unit_id"`
	Role   string `json:"role"`
}

func newAPIToken(t *rollout.Token) apiToken {
	return apiToken{ID: t.ID, Name: t.Name, Grant: newAPIGrant(t.Grant), CreatedAt: t.CreatedAt,
		RevokedAt: t.RevokedAt, LastUsed: t.LastUsed}
}

// passwordUser is the signed-in user of a request made with a session: what
// changes an account or its tokens needs. An anonymous visitor is refused by
// rollout.Authorize; a request with an API token is refused here, because a
// token stands for a program, not for the person who holds the password.
func (s *Server) passwordUser(r *http.Request) (*rollout.User, error) {
	if err := s.authorize(r, rollout.ActReadOwnSelf, rollout.Target{}); err != nil {
		return nil, err
	}
	u := rollout.ActorFrom(r.Context())
	if u.TokenID != 0 {
		return nil, rollout.Errorf(rollout.EFORBIDDEN, "%s", tr(requestLang(r), "auth.token_not_allowed"))
	}
	return u, nil
}

// apiCreateToken serves POST /api/v1/tokens: 201 with the token and its
// secret. The grant must be one the user holds, or lie within one (storage
// decides; 403 otherwise).
func (s *Server) apiCreateToken(w http.ResponseWriter, r *http.Request) error {
	u, err := s.passwordUser(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	var req apiTokenRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	req.Name = strings.TrimSpace(req.Name)
	role := rollout.Role(req.Role)
	switch n := len([]rune(req.Name)); {
	case n == 0:
		return invalid(l, "token.name_missing")
	case n > maxTokenName:
		return invalid(l, "token.name_too_long", maxTokenName, n)
	case req.UnitID <= 0:
		return invalid(l, "token.unit_missing")
	case !role.Valid():
		return invalid(l, "token.bad_role", req.Role)
	}
	ctx := r.Context()
	unit, err := s.units.Unit(ctx, req.UnitID)
	if rollout.ErrorCode(err) == rollout.ENOTFOUND {
		return invalid(l, "token.unit_unknown", req.UnitID)
	}
	if err != nil {
		return err
	}
	t := &rollout.Token{UserID: u.ID, Name: req.Name, Grant: rollout.Grant{UnitID: unit.ID, UnitPath: unit.Path,
		UnitName: unit.Name, UnitKind: unit.Kind, Role: role}}
	secret, err := s.users.CreateToken(ctx, t)
	if rollout.ErrorCode(err) == rollout.EFORBIDDEN {
		return rollout.Errorf(rollout.EFORBIDDEN, "%s", tr(l, "token.beyond_grants"))
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, apiNewToken{Token: newAPIToken(t), Secret: secret})
}

// apiTokens serves GET /api/v1/tokens: the user's tokens, revoked ones too.
func (s *Server) apiTokens(w http.ResponseWriter, r *http.Request) error {
	u, err := s.passwordUser(r)
	if err != nil {
		return err
	}
	tokens, err := s.users.Tokens(r.Context(), u.ID)
	if err != nil {
		return err
	}
	out := apiTokenList{Tokens: []apiToken{}}
	for _, t := range tokens {
		out.Tokens = append(out.Tokens, newAPIToken(t))
	}
	out.Count = len(out.Tokens)
	return writeJSON(w, http.StatusOK, out)
}

// apiRevokeToken serves DELETE /api/v1/tokens/{id}: 204. A token of another
// user is not found (404), as one that does not exist.
func (s *Server) apiRevokeToken(w http.ResponseWriter, r *http.Request) error {
	u, err := s.passwordUser(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	id, err := positiveInt(l, r, "id", "value.token_id")
	if err != nil {
		return err
	}
	ctx := r.Context()
	tokens, err := s.users.Tokens(ctx, u.ID)
	if err != nil {
		return err
	}
	found := false
	for _, t := range tokens {
		found = found || t.ID == id
	}
	if !found {
		return rollout.Errorf(rollout.ENOTFOUND, "%s", tr(l, "token.not_found", id))
	}
	if err := s.users.RevokeToken(ctx, id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
