package web

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"rollout"
)

// Who is asking, and may they?
//
// Authentication: every request but a static file passes authenticate, which
// finds the user of an API token (Authorization: Bearer …) or of the session
// cookie and puts it in the request's context with rollout.WithActor, with
// the client's address (rollout.WithRemote) for the audit trail.
//
// Authorisation: rollout.Authorize is the one place that decides. Every
// handler asks it, through Server.authorize, once it knows what the request
// is about (the unit whose data it touches); a refusal is an error like any
// other, which the page adapter turns into a redirect to the sign-in page
// (anonymous) or a 403 page, and the API adapter into 401 or 403 JSON.

// sessionCookie holds the secret of a signed-in browser's session.
const sessionCookie = "rollout_session"

// setSessionCookie gives the browser its session: HttpOnly, SameSite=Lax, for
// the whole site, Secure when the site is served over TLS. It has no expiry of
// its own: it ends with the browser, and storage ends the session after
// rollout.SessionIdle unused or rollout.SessionMaxAge at most.
func (s *Server) setSessionCookie(w http.ResponseWriter, secret string) {
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookie,
		Value:    secret,
		Path:     "/",
		HttpOnly: true,
		Secure:   s.secureCookies,
		SameSite: http.SameSiteLaxMode,
	})
}

// clearSessionCookie tells the browser to forget its session cookie.
func (s *Server) clearSessionCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookie,
		Value:    "",
		Path:     "/",
		MaxAge:   -1,
		HttpOnly: true,
		Secure:   s.secureCookies,
		SameSite: http.SameSiteLaxMode,
	})
}

// sessionSecret is the session cookie's value, or "".
func sessionSecret(r *http.Request) string {
	if c, err := r.Cookie(sessionCookie); err == nil {
		return c.Value
	}
	return ""
}

// remoteHost is the client's address without its port. It is the address of
// the connection: a proxy's X-Forwarded-For is not trusted.
func remoteHost(addr string) string {
	if host, _, err := net.SplitHostPort(addr); err == nil {
		return host
	}
	return addr
}

// requestUser carries the user's name from authenticate out to logRequests,
// which wraps it.
type requestUser struct{ name string }

type requestUserKey struct{}

// authenticate finds the request's user and client address and puts them in
// its context. A session cookie that is unknown or expired is cleared and the
// request goes on anonymously; a bearer token that is not valid is refused
// (401), since a program that sends one expects to act as its user. A user is
// never cached by the browser or a proxy: responses to signed-in requests are
// no-store. Static files and the operations endpoints (/healthz, /readyz,
// /metrics, whose bearer token is not a user's) are served without looking
// anyone up.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/static/") || isOpsPath(r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		}
		ctx := rollout.WithRemote(r.Context(), remoteHost(r.RemoteAddr))
		r = r.WithContext(ctx)
		u, err := s.identify(w, r)
		if err != nil {
			s.logError(r, err)
			s.writeError(w, r, err)
			return
		}
		if u != nil {
			ctx = rollout.WithActor(ctx, u)
			noStoreForUser(r.WithContext(ctx), w.Header())
			if ru, ok := ctx.Value(requestUserKey{}).(*requestUser); ok {
				ru.name = u.Username
			}
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// noStoreForUser keeps an answer to a signed-in user out of every cache.
func noStoreForUser(r *http.Request, h http.Header) {
	if rollout.ActorFrom(r.Context()) != nil {
		h.Set("Cache-Control", "no-store")
	}
}

// identify returns the user of the request's bearer token or session cookie,
// or nil for an anonymous visitor. A request with an Authorization header is
// judged by it alone.
func (s *Server) identify(w http.ResponseWriter, r *http.Request) (*rollout.User, error) {
	ctx := r.Context()
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, token, _ := strings.Cut(h, " ")
		token = strings.TrimSpace(token)
		if !strings.EqualFold(scheme, "Bearer") || token == "" {
			return nil, rollout.E(rollout.EUNAUTHORIZED, "auth.bad_authorization")
		}
		u, err := s.users.TokenUser(ctx, token)
		if rollout.ErrorCode(err) == rollout.EUNAUTHORIZED {
			return nil, rollout.E(rollout.EUNAUTHORIZED, "auth.bad_token")
		}
		return u, err
	}
	secret := sessionSecret(r)
	if secret == "" {
		return nil, nil
	}
	u, err := s.users.SessionUser(ctx, secret)
	switch rollout.ErrorCode(err) {
	case "":
		return u, nil
	case rollout.EUNAUTHORIZED:
		s.clearSessionCookie(w)
		return nil, nil
	default:
		return nil, err
	}
}

// forbiddenKeys are the catalogue's explanations of a refusal, by action. They
// name no unit: a refusal must not tell what the refused page would show.
var forbiddenKeys = map[rollout.Action]string{
	rollout.ActReadTasks:   "auth.forbidden.read_tasks",
	rollout.ActDivide:      "auth.forbidden.divide",
	rollout.ActReport:      "auth.forbidden.report",
	rollout.ActReview:      "auth.forbidden.review",
	rollout.ActManageUsers: "auth.forbidden.users",
	rollout.ActReadAudit:   "auth.forbidden.audit",
}

// authorize asks rollout.Authorize whether the request's user may do a on t.
// A refusal comes back as an error in the request's language: EUNAUTHORIZED
// for an anonymous visitor, EFORBIDDEN for a user who may not; the refusal of
// a signed-in user is audited.
func (s *Server) authorize(r *http.Request, a rollout.Action, t rollout.Target) error {
	u := rollout.ActorFrom(r.Context())
	err := rollout.Authorize(u, a, t)
	switch rollout.ErrorCode(err) {
	case "":
		return nil
	case rollout.EUNAUTHORIZED:
		return rollout.E(rollout.EUNAUTHORIZED, "auth.signin_required")
	case rollout.EFORBIDDEN:
		s.auditRefusal(r, a, t)
		if u != nil && u.Disabled {
			return rollout.E(rollout.EFORBIDDEN, "auth.disabled")
		}
		key, ok := forbiddenKeys[a]
		if !ok {
			key = "auth.forbidden"
		}
		return rollout.E(rollout.EFORBIDDEN, key)
	default:
		return err
	}
}

// auditRefusal records that a signed-in user was refused: which request, which
// action on which unit.
func (s *Server) auditRefusal(r *http.Request, a rollout.Action, t rollout.Target) {
	detail, _ := json.Marshal(struct {
		Action   rollout.Action `json:"action"`
		UnitPath string         `json:"unit_path,omitempty"`
	}{a, t.UnitPath})
	if err := s.audit.Audit(r.Context(), "access.denied", r.Method+" "+r.URL.Path, string(detail)); err != nil {
		s.log.ErrorContext(r.Context(), "audit a refusal", "err", err)
	}
}

// signedIn refuses an anonymous visitor an action that is not public before
// anything is read, so that what does or does not exist is not told to
// someone who has not signed in. It asks rollout.Authorize with the system as
// the target: for an anonymous visitor that decides whatever the target.
func (s *Server) signedIn(r *http.Request, a rollout.Action) error {
	if rollout.ActorFrom(r.Context()) != nil {
		return nil
	}
	return s.authorize(r, a, rollout.Target{})
}

// allowed reports whether the request's user may do a on t, for showing a link
// or a button only to those who may follow it. It decides nothing itself.
func allowed(r *http.Request, a rollout.Action, t rollout.Target) bool {
	return rollout.Authorize(rollout.ActorFrom(r.Context()), a, t) == nil
}

// unitTarget is the target of an action on a unit's data: its path.
func (s *Server) unitTarget(ctx context.Context, unitID int64) (rollout.Target, error) {
	u, err := s.units.Unit(ctx, unitID)
	if err != nil {
		return rollout.Target{}, err
	}
	return rollout.Target{UnitPath: u.Path}, nil
}

// taskTarget is the target of reading a task: its unit's path, and the item's
// responsible units, which read their items' tasks in every region.
func (s *Server) taskTarget(ctx context.Context, t *rollout.Task) (rollout.Target, error) {
	target := rollout.Target{UnitPath: t.UnitPath}
	if target.UnitPath == "" {
		var err error
		if target, err = s.unitTarget(ctx, t.UnitID); err != nil {
			return target, err
		}
	}
	it, err := s.catalog.Item(ctx, t.ItemID)
	if err != nil {
		return target, err
	}
	target.Responsible = it.Responsible
	return target, nil
}

// safeNext returns next when it is a path on this site to go to after signing
// in, and "" otherwise: no other host (//evil.example, https://…, /\evil), no
// scheme, no control characters, and not the sign-in or sign-out page itself.
func safeNext(next string) string {
	if next == "" || len(next) > 2000 || !strings.HasPrefix(next, "/") ||
		strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\") {
		return ""
	}
	for _, c := range next {
		if c < 0x20 || c == 0x7f {
			return ""
		}
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil || !strings.HasPrefix(u.Path, "/") {
		return ""
	}
	if u.Path == "/signin" || u.Path == "/signout" {
		return ""
	}
	return next
}

// signinURL is the sign-in page with the page to come back to: the page asked
// for, or for a post the page its form is on when the site has one at that
// address.
func (s *Server) signinURL(r *http.Request) string {
	next := ""
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		next = r.URL.RequestURI()
	} else {
		get := &http.Request{Method: http.MethodGet, URL: &url.URL{Path: r.URL.Path}, Host: r.Host, Header: http.Header{}}
		if _, pattern := s.mux.Handler(get); pattern != "" {
			next = r.URL.Path
		}
	}
	if next = safeNext(next); next == "" {
		return "/signin"
	}
	return "/signin?next=" + url.QueryEscape(next)
}

// landing is where a user goes after signing in without a page to return to:
// the tasks of the unit of the first grant whose tasks the user may read, else
// the account page.
func landing(u *rollout.User) string {
	for _, g := range u.Grants {
		if g.UnitID != 0 && rollout.Authorize(u, rollout.ActReadTasks, rollout.Target{UnitPath: g.UnitPath}) == nil {
			return "/units/" + strconv.FormatInt(g.UnitID, 10) + "/tasks"
		}
	}
	// Evaluation rounds: an evaluator lands on its rounds.
	if rollout.Authorize(u, rollout.ActReadRound, rollout.Target{}) == nil {
		return "/rounds"
	}
	return "/account"
}
