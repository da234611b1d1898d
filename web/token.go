package web

import (
	"net/http"
	"time"

	"rollout"
)

// API tokens: a program acts for a user through a token with one grant, at
// most what the user holds, and an optional expiry (rollout.DecideCreateToken
// decides, through storage). A user manages their own tokens, signed in with
// a password: a token cannot make, list or revoke tokens. Administrators list
// and revoke every account's tokens.

// apiToken is a token as listed; its secret is never shown again.
type apiToken struct {
	ID        int64      `json:"id"`
	UserID    int64      `json:"user_id,omitempty"`  // in the administrators' list
	Username  string     `json:"username,omitempty"` // in the administrators' list
	Name      string     `json:"name"`
	Grant     apiGrant   `json:"grant"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
	LastUsed  *time.Time `json:"last_used,omitempty"`
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
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
	// ExpiresAt is an RFC 3339 time; "" or absent for a token that lives until revoked.
	ExpiresAt string `json:"expires_at"`
}

func newAPIToken(t *rollout.Token) apiToken {
	return apiToken{ID: t.ID, Name: t.Name, Grant: newAPIGrant(t.Grant), CreatedAt: t.CreatedAt,
		RevokedAt: t.RevokedAt, LastUsed: t.LastUsed, ExpiresAt: t.ExpiresAt}
}

func newAPITokenList(tokens []*rollout.Token, withUser bool) apiTokenList {
	out := apiTokenList{Tokens: []apiToken{}}
	for _, t := range tokens {
		at := newAPIToken(t)
		if withUser {
			at.UserID, at.Username = t.UserID, t.Username
		}
		out.Tokens = append(out.Tokens, at)
	}
	out.Count = len(out.Tokens)
	return out
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
		return nil, rollout.E(rollout.EFORBIDDEN, "auth.token_not_allowed")
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
	var req apiTokenRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	t := &rollout.Token{UserID: u.ID, Name: req.Name, Grant: rollout.Grant{UnitID: req.UnitID, Role: rollout.Role(req.Role)}}
	if req.ExpiresAt != "" {
		at, err := time.Parse(time.RFC3339, req.ExpiresAt)
		if err != nil {
			return rollout.E(rollout.EINVALID, "err.token.bad_expiry", req.ExpiresAt)
		}
		t.ExpiresAt = &at
	}
	secret, err := s.users.CreateToken(r.Context(), t)
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
	return writeJSON(w, http.StatusOK, newAPITokenList(tokens, false))
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
		return rollout.E(rollout.ENOTFOUND, "err.token.not_yours", id)
	}
	if err := s.users.RevokeToken(ctx, id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// apiAdminTokens serves GET /api/v1/admin/tokens: every account's tokens,
// revoked ones too, with their accounts (ActManageUsers).
func (s *Server) apiAdminTokens(w http.ResponseWriter, r *http.Request) error {
	if err := s.manageUsers(r); err != nil {
		return err
	}
	tokens, err := s.users.AllTokens(r.Context())
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newAPITokenList(tokens, true))
}

// apiAdminRevokeToken serves DELETE /api/v1/admin/tokens/{id}: 204; an
// administrator revokes any account's token (ActManageUsers). 404 for a
// token that does not exist.
func (s *Server) apiAdminRevokeToken(w http.ResponseWriter, r *http.Request) error {
	if err := s.manageUsers(r); err != nil {
		return err
	}
	id, err := positiveInt(requestLang(r), r, "id", "value.token_id")
	if err != nil {
		return err
	}
	if err := s.users.RevokeToken(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
