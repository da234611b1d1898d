package web

import (
	"errors"
	"net/http"

	"rollout"
)

// accountPage is the data of the account page: who the user is, what they
// may do where, their sessions and tokens, and the change of password.
// TokenTable is the user's own tokens, as the account page lists them.
func (p *accountPage) TokenTable() tokenTable {
	return tokenTable{p.Tokens, false}
}

type accountPage struct {
	layout
	Account  *rollout.User
	Tokens   []*rollout.Token // the user's API tokens; none when signed in with one
	ViaToken bool             // the request came with an API token: nothing here can be changed
	Error    string           // why the last post was refused
	// ErrorField is the id of the input the error is about ("current",
	// "new", "confirm"); "" for none.
	ErrorField  string
	Notice      string
	IdleMinutes int
	MaxHours    int
}

var accountNotices = map[string]string{
	"password": "account.password_changed",
}

// newAccountPage fills the account page for u.
func (s *Server) newAccountPage(r *http.Request, u *rollout.User) (*accountPage, error) {
	l := requestLang(r)
	p := &accountPage{layout: newLayout(r, tr(l, "account.title"), "account"), Account: u, ViaToken: u.TokenID != 0,
		IdleMinutes: int(rollout.SessionIdle.Minutes()), MaxHours: int(rollout.SessionMaxAge.Hours())}
	if !p.ViaToken {
		tokens, err := s.users.Tokens(r.Context(), u.ID)
		if err != nil {
			return nil, err
		}
		p.Tokens = tokens
	}
	return p, nil
}

// accountPage serves GET /account: any signed-in user's own account.
func (s *Server) accountPage(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadOwnSelf, rollout.Target{}); err != nil {
		return err
	}
	p, err := s.newAccountPage(r, rollout.ActorFrom(r.Context()))
	if err != nil {
		return err
	}
	if key, ok := accountNotices[r.URL.Query().Get("done")]; ok {
		p.Notice = tr(requestLang(r), key)
	}
	return s.views.account.render(w, http.StatusOK, p)
}

// accountPassword serves POST /account/password. The current password is
// checked by signing in with it (UserService.SignIn), so that a wrong one
// counts towards the lock like any failed sign-in and is audited; the check's
// session is ended at once. The new password is stored with SetPassword,
// which ends the user's other sessions; the user then gets a new session of
// their own, signed in with the new password, and the old one is ended.
func (s *Server) accountPassword(w http.ResponseWriter, r *http.Request) error {
	u, err := s.passwordUser(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	current, next, confirm := r.PostForm.Get("current"), r.PostForm.Get("new"), r.PostForm.Get("confirm")
	err = func() error {
		switch {
		case current == "":
			return &formError{"current", rollout.E(rollout.EINVALID, "account.current_missing")}
		case next != confirm:
			return &formError{"confirm", rollout.E(rollout.EINVALID, "account.confirm_mismatch")}
		}
		// The domain's rule, asked before the current password is checked
		// (which opens a session) for a new one storage would refuse anyway.
		if err := rollout.DecideSetPassword(u, next); err != nil {
			return &formError{"new", err}
		}
		check, _, _, err := s.signIn(r, u.Username, current)
		switch rollout.ErrorCode(err) {
		case "":
			s.endSession(ctx, r, check)
		case rollout.EUNAUTHORIZED:
			return &formError{"current", rollout.E(rollout.EINVALID, "account.current_wrong")}
		case rollout.ELOCKED:
			return &formError{"current", err}
		default:
			return err
		}
		if err := s.users.SetPassword(ctx, u.ID, next); err != nil {
			if rollout.ErrorCode(err) == rollout.EINVALID {
				return &formError{"new", err}
			}
			return err
		}
		return nil
	}()
	if err != nil {
		return s.accountRefused(w, r, u, err)
	}
	secret, _, _, err := s.signIn(r, u.Username, next)
	if err != nil {
		// The password is changed; only the new session failed. Signing in
		// again is all the user can do.
		s.log.ErrorContext(ctx, "sign in after a change of password", "err", err)
		if old := sessionSecret(r); old != "" {
			s.endSession(ctx, r, old)
		}
		s.clearSessionCookie(w)
		http.Redirect(w, r, "/signin?next=%2Faccount", http.StatusSeeOther)
		return nil
	}
	s.replaceSession(w, r, secret)
	http.Redirect(w, r, "/account?done=password", http.StatusSeeOther)
	return nil
}

// accountRefused shows the account page again with why a post was refused;
// faults of the system become the error page.
func (s *Server) accountRefused(w http.ResponseWriter, r *http.Request, u *rollout.User, err error) error {
	var he *httpError
	if errorStatus(err) >= 500 || errors.As(err, &he) {
		return err
	}
	p, perr := s.newAccountPage(r, u)
	if perr != nil {
		return perr
	}
	p.Error = errorMessage(requestLang(r), err)
	var fe *formError
	if errors.As(err, &fe) {
		p.ErrorField = fe.field
	}
	return s.views.account.render(w, errorStatus(err), p)
}

// accountSignoutAll serves POST /account/signout-all: it ends every session
// of the user, this one too, revokes the user's API tokens, and leads to the
// sign-in page.
func (s *Server) accountSignoutAll(w http.ResponseWriter, r *http.Request) error {
	u, err := s.passwordUser(r)
	if err != nil {
		return err
	}
	if err := s.users.SignOutEverywhere(r.Context(), u.ID); err != nil {
		return err
	}
	s.clearSessionCookie(w)
	http.Redirect(w, r, "/signin?done=everywhere", http.StatusSeeOther)
	return nil
}
