package web

import (
	"cmp"
	"context"
	"errors"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"

	"rollout"
)

// Signing in and out: the page for people (a session cookie) and the same
// for programs under /api/v1/session. These routes are authentication itself:
// open to everyone, they ask rollout.Authorize nothing but what they show of
// the signed-in user (GET /api/v1/session, which needs a sign-in).

// maxFormBody bounds the small forms of signing in and of the accounts.
const maxFormBody = 64 << 10

// signinPage is the data of the sign-in page.
type signinPage struct {
	layout
	Username string // kept after a refusal
	Next     string // the local page to go to after signing in; "" for the user's own
	Error    string // why the last attempt was refused; "" when none
	Notice   string // what just happened (signed out …); "" when nothing
}

// LockMax and LockMinutes state the lock rule beside the form.
func (p *signinPage) LockMax() int     { return rollout.MaxFailedSignIns }
func (p *signinPage) LockMinutes() int { return int(rollout.LockDuration.Minutes()) }

// signinNotices are the notices a redirect to the sign-in page may ask for.
var signinNotices = map[string]string{
	"signout":    "signin.signed_out",
	"everywhere": "signin.signed_out_everywhere",
}

// signinForm serves GET /signin. A signed-in user goes on at once to next, or
// to the tasks of their unit.
func (s *Server) signinForm(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	next := safeNext(r.URL.Query().Get("next"))
	if u := rollout.ActorFrom(r.Context()); u != nil {
		http.Redirect(w, r, cmp.Or(next, landing(u)), http.StatusSeeOther)
		return nil
	}
	p := &signinPage{layout: newLayout(r, tr(l, "signin.title"), ""), Next: next}
	if key, ok := signinNotices[r.URL.Query().Get("done")]; ok {
		p.Notice = tr(l, key)
	}
	return s.views.signin.render(w, http.StatusOK, p)
}

// readSmallForm parses a URL-encoded or multipart form of at most maxFormBody
// bytes.
func readSmallForm(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
	if err := r.ParseForm(); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return &httpError{status: http.StatusRequestEntityTooLarge, code: codeTooLarge,
				message: tr(l, "error.too_large_kib", maxFormBody>>10)}
		}
		return rollout.E(rollout.EINVALID, "error.form_unreadable")
	}
	return nil
}

// signIn checks a user name and password through UserService.SignIn, as an
// anonymous actor whoever was signed in before. Refusals come back in the
// request's language: EUNAUTHORIZED for wrong credentials (the same for an
// unknown user name), ELOCKED saying until when, EFORBIDDEN for a disabled
// account.
func (s *Server) signIn(r *http.Request, username, password string) (secret string, u *rollout.User, until time.Time, err error) {
	ctx := rollout.WithActor(r.Context(), nil)
	secret, u, err = s.users.SignIn(ctx, username, password)
	switch rollout.ErrorCode(err) {
	case "":
		return secret, u, time.Time{}, nil
	case rollout.EUNAUTHORIZED:
		return "", nil, time.Time{}, rollout.E(rollout.EUNAUTHORIZED, "signin.wrong")
	case rollout.ELOCKED:
		var held *rollout.HeldOff
		if errors.As(err, &held) {
			until = held.Until
		}
		if until.IsZero() {
			return "", nil, until, rollout.E(rollout.ELOCKED, "signin.locked_for", rollout.MaxFailedSignIns, int(rollout.LockDuration.Minutes()))
		}
		return "", nil, until, rollout.E(rollout.ELOCKED, "signin.locked", rollout.MaxFailedSignIns, dateTimeArg(until))
	case rollout.EFORBIDDEN:
		return "", nil, time.Time{}, rollout.E(rollout.EFORBIDDEN, "signin.disabled")
	default:
		return "", nil, time.Time{}, err
	}
}

// replaceSession gives the browser the session secret and ends the session
// the request came with, if any: a session is never carried across a sign-in.
func (s *Server) replaceSession(w http.ResponseWriter, r *http.Request, secret string) {
	if old := sessionSecret(r); old != "" && old != secret {
		s.endSession(r.Context(), r, old)
	}
	s.setSessionCookie(w, secret)
}

// endSession ends a session whose secret a request carried. A session storage
// no longer knows is ended already; any other failure is logged, not shown:
// the user is signing out or in either way.
func (s *Server) endSession(ctx context.Context, r *http.Request, secret string) {
	err := s.users.SignOut(ctx, secret)
	switch rollout.ErrorCode(err) {
	case "", rollout.EUNAUTHORIZED, rollout.ENOTFOUND:
	default:
		s.log.ErrorContext(r.Context(), "end a session", "err", err)
	}
}

// signinSubmit serves POST /signin. Success sets the session cookie and
// redirects (303) to next or to the tasks of the user's unit; a refusal shows
// the form again with the reason, the user name kept and the password not.
func (s *Server) signinSubmit(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	username := strings.TrimSpace(r.PostForm.Get("username"))
	password := r.PostForm.Get("password")
	next := safeNext(r.PostForm.Get("next"))
	p := &signinPage{layout: newLayout(r, tr(l, "signin.title"), ""), Username: username, Next: next}
	if username == "" || password == "" {
		p.Error = tr(l, "signin.missing")
		return s.views.signin.render(w, http.StatusBadRequest, p)
	}
	secret, u, _, err := s.signIn(r, username, password)
	if err != nil {
		if errorStatus(err) >= 500 {
			return err
		}
		p.Error = errorMessage(l, err)
		return s.views.signin.render(w, errorStatus(err), p)
	}
	s.replaceSession(w, r, secret)
	http.Redirect(w, r, cmp.Or(next, landing(u)), http.StatusSeeOther)
	return nil
}

// signout serves POST /signout: it ends the session, clears the cookie and
// redirects (303) to the sign-in page. Without a session it only redirects.
func (s *Server) signout(w http.ResponseWriter, r *http.Request) error {
	if secret := sessionSecret(r); secret != "" {
		s.endSession(r.Context(), r, secret)
		s.clearSessionCookie(w)
	}
	http.Redirect(w, r, "/signin?done=signout", http.StatusSeeOther)
	return nil
}

// apiGrant is a role held at a unit.
type apiGrant struct {
	UnitID   int64  `json:"unit_id"`
	Unit     string `json:"unit"`
	UnitKind string `json:"unit_kind"`
	UnitPath string `json:"unit_path"`
	Role     string `json:"role"`
}

// apiUser is a signed-in user as the API shows it: no password, no lock.
type apiUser struct {
	ID          int64      `json:"id"`
	Username    string     `json:"username"`
	DisplayName string     `json:"display_name"`
	Grants      []apiGrant `json:"grants"`
	// TokenID is the API token the request was made with; 0 for a session.
	TokenID int64 `json:"token_id"`
}

func newAPIGrant(g rollout.Grant) apiGrant {
	return apiGrant{UnitID: g.UnitID, Unit: g.UnitName, UnitKind: string(g.UnitKind), UnitPath: g.UnitPath, Role: string(g.Role)}
}

func newAPIUser(u *rollout.User) apiUser {
	out := apiUser{ID: u.ID, Username: u.Username, DisplayName: u.DisplayName, Grants: []apiGrant{}, TokenID: u.TokenID}
	for _, g := range u.Grants {
		out.Grants = append(out.Grants, newAPIGrant(g))
	}
	return out
}

// apiSessionRequest is the body of POST /api/v1/session.
type apiSessionRequest struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

// apiSignIn serves POST /api/v1/session: 200 with the user and the session
// cookie; 401 for wrong credentials; 429 with Retry-After while the account
// is locked; 403 for a disabled account.
func (s *Server) apiSignIn(w http.ResponseWriter, r *http.Request) error {
	var req apiSessionRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	req.Username = strings.TrimSpace(req.Username)
	if req.Username == "" || req.Password == "" {
		return rollout.E(rollout.EINVALID, "session.api_missing")
	}
	secret, u, until, err := s.signIn(r, req.Username, req.Password)
	if rollout.ErrorCode(err) == rollout.ELOCKED {
		wait := rollout.LockDuration
		if !until.IsZero() {
			wait = time.Until(until)
		}
		w.Header().Set("Retry-After", strconv.Itoa(max(1, int(math.Ceil(wait.Seconds())))))
	}
	if err != nil {
		return err
	}
	s.replaceSession(w, r, secret)
	return writeJSON(w, http.StatusOK, newAPIUser(u))
}

// apiSession serves GET /api/v1/session: the signed-in user (for a token, the
// user limited to the token's grant), or 401.
func (s *Server) apiSession(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadOwnSelf, rollout.Target{}); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newAPIUser(rollout.ActorFrom(r.Context())))
}

// apiSignOut serves DELETE /api/v1/session: it ends the request's session, if
// any, and clears its cookie; 204 either way. An API token is not a session:
// revoke it with DELETE /api/v1/tokens/{id}.
func (s *Server) apiSignOut(w http.ResponseWriter, r *http.Request) error {
	if secret := sessionSecret(r); secret != "" {
		s.endSession(r.Context(), r, secret)
		s.clearSessionCookie(w)
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// dateTimeArg is a time as an argument of a refusal: said as the pages say
// times, in the reader's language.
type dateTimeArg time.Time

func (t dateTimeArg) Text(l lang) string { return formatDateTime(l, time.Time(t)) }
