package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

// The administration of accounts: listing them, opening one with a unit, a
// role and an initial password, disabling and enabling, resetting a
// password, and editing grants. It is system-wide: rollout.Authorize decides
// ActManageUsers on the system as a whole (a zero Target), which an
// administrator holds at the root of the unit tree.

// usersPage is the data of the list of accounts with the form that opens one.
type usersPage struct {
	layout
	Accounts   []*rollout.User
	Roles      []rollout.Role
	Form       newUserInput
	Error      string
	ErrorField string // "username", "display_name", "unit", "role", "password"; "" for none
}

// newUserInput is what the form to open an account holds.
type newUserInput struct {
	Username    string
	DisplayName string
	Unit        string // a unit's name or code, as typed
	Role        rollout.Role
}

// userPage is the data of one account's page.
// tokenTable is what the template tokentable shows: an account's tokens and
// whether each live one can be revoked there (an administrator's page).
type tokenTable struct {
	Tokens []*rollout.Token
	Revoke bool
}

// TokenTable is the account's tokens, each revocable by the administrator.
func (p *userPage) TokenTable() tokenTable { return tokenTable{p.Tokens, true} }

type userPage struct {
	layout
	Account    *rollout.User
	Tokens     []*rollout.Token // the account's API tokens, revoked ones too
	Roles      []rollout.Role
	Self       bool // the account is the administrator's own
	Notice     string
	Error      string
	ErrorField string // "grants", "password"; "" for none
	NewUnit    string // the grant being added, kept after a refusal
	NewRole    rollout.Role
}

// userNotices are what a redirect after a change of an account announces.
var userNotices = map[string]string{
	"created":  "admin.done_created",
	"grants":   "admin.done_grants",
	"disabled": "admin.done_disabled",
	"enabled":  "admin.done_enabled",
	"password": "admin.done_password",
	"unlocked": "admin.done_unlocked",
	"unheld":   "admin.done_unheld",
	"token":    "admin.done_token",
}

// userField is the input of the account forms a refusal is about, by the
// refusal's key; refusals of the password are "password".
var userField = map[string]string{
	"err.user.username_length":       "username",
	"err.user.username_char":         "username",
	"err.user.username_taken":        "username",
	"err.user.display_name_too_long": "display_name",
	"err.user.email_too_long":        "display_name",
	"err.user.bad_role":              "unit",
	"err.user.grant_unit_gone":       "unit",
	"err.user.too_many_grants":       "unit",
}

// fieldOf is the input a refusal of an account form is about; "" for none.
func fieldOf(err error) string {
	var e *rollout.Error
	if !errors.As(err, &e) {
		return ""
	}
	if strings.HasPrefix(e.Key, "err.user.password") {
		return "password"
	}
	return userField[e.Key]
}

// manageUsers asks whether the user may administer accounts.
func (s *Server) manageUsers(r *http.Request) error {
	return s.authorize(r, rollout.ActManageUsers, rollout.Target{})
}

// usersList serves GET /admin/users.
func (s *Server) usersList(w http.ResponseWriter, r *http.Request) error {
	if err := s.manageUsers(r); err != nil {
		return err
	}
	p, err := s.newUsersPage(r)
	if err != nil {
		return err
	}
	p.Form.Role = rollout.RoleViewer
	return s.views.users.render(w, http.StatusOK, p)
}

func (s *Server) newUsersPage(r *http.Request) (*usersPage, error) {
	accounts, err := s.users.Users(r.Context())
	if err != nil {
		return nil, err
	}
	l := requestLang(r)
	return &usersPage{layout: newLayout(r, tr(l, "admin.users_title"), "users"), Accounts: accounts, Roles: rollout.Roles}, nil
}

// grantFor resolves a unit typed by name or code into a grant of role. A name
// that names no unit, or several, is the input's fault.
func (s *Server) grantFor(ctx context.Context, field, unit string, role rollout.Role) (rollout.Grant, error) {
	if unit == "" {
		return rollout.Grant{}, &formError{field, rollout.E(rollout.EINVALID, "admin.unit_missing")}
	}
	u, err := s.units.UnitByName(ctx, unit)
	switch rollout.ErrorCode(err) {
	case "":
		return rollout.Grant{UnitID: u.ID, UnitPath: u.Path, UnitName: u.Name, UnitKind: u.Kind, Role: role}, nil
	case rollout.ENOTFOUND:
		return rollout.Grant{}, &formError{field, rollout.E(rollout.EINVALID, "admin.unit_unknown", unit)}
	case rollout.ECONFLICT:
		// A name of several units is the input's fault: the same sentence, as EINVALID.
		var e *rollout.Error
		errors.As(err, &e)
		return rollout.Grant{}, &formError{field, rollout.E(rollout.EINVALID, e.Key, e.Args...)}
	default:
		return rollout.Grant{}, err
	}
}

// usersCreate serves POST /admin/users: it opens an account with one grant
// and an initial password and redirects (303) to the account's page; a
// refusal shows the list again with the form as it was, the password not kept.
// The rules are rollout.DecideCreateUser's, through storage; the page only
// reads the unit's name.
func (s *Server) usersCreate(w http.ResponseWriter, r *http.Request) error {
	if err := s.manageUsers(r); err != nil {
		return err
	}
	l := requestLang(r)
	ctx := r.Context()
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	in := newUserInput{
		Username:    strings.TrimSpace(r.PostForm.Get("username")),
		DisplayName: strings.TrimSpace(r.PostForm.Get("display_name")),
		Unit:        strings.TrimSpace(r.PostForm.Get("unit")),
		Role:        rollout.Role(r.PostForm.Get("role")),
	}
	password := r.PostForm.Get("password")
	u := &rollout.User{Username: in.Username, DisplayName: in.DisplayName}
	err := func() error {
		g, err := s.grantFor(ctx, "unit", in.Unit, in.Role)
		if err != nil {
			return err
		}
		u.Grants = []rollout.Grant{g}
		if err := s.users.CreateUser(ctx, u, password); err != nil {
			if f := fieldOf(err); f != "" {
				return &formError{f, err}
			}
			return err
		}
		return nil
	}()
	if err != nil {
		var he *httpError
		if errorStatus(err) >= 500 || errors.As(err, &he) {
			return err
		}
		p, perr := s.newUsersPage(r)
		if perr != nil {
			return perr
		}
		p.Form, p.Error = in, errorMessage(l, err)
		var fe *formError
		if errors.As(err, &fe) {
			p.ErrorField = fe.field
		}
		return s.views.users.render(w, errorStatus(err), p)
	}
	if u.ID == 0 {
		created, err := s.users.UserByName(ctx, in.Username)
		if err != nil {
			return err
		}
		u = created
	}
	http.Redirect(w, r, fmt.Sprintf("/admin/users/%d?done=created", u.ID), http.StatusSeeOther)
	return nil
}

// account reads {id}, an account, for its page or a change of it.
func (s *Server) account(r *http.Request) (*rollout.User, error) {
	if err := s.manageUsers(r); err != nil {
		return nil, err
	}
	id, err := positiveInt(requestLang(r), r, "id", "value.user_id")
	if err != nil {
		return nil, err
	}
	return s.users.User(r.Context(), id)
}

func (s *Server) newUserPage(r *http.Request, acc *rollout.User) (*userPage, error) {
	self := rollout.ActorFrom(r.Context())
	tokens, err := s.users.Tokens(r.Context(), acc.ID)
	if err != nil {
		return nil, err
	}
	return &userPage{layout: newLayout(r, acc.Username, "users"), Account: acc, Tokens: tokens, Roles: rollout.Roles,
		Self: self != nil && self.ID == acc.ID, NewRole: rollout.RoleViewer}, nil
}

// userShow serves GET /admin/users/{id}.
func (s *Server) userShow(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	p, err := s.newUserPage(r, acc)
	if err != nil {
		return err
	}
	if key, ok := userNotices[r.URL.Query().Get("done")]; ok {
		p.Notice = tr(requestLang(r), key)
	}
	return s.views.user.render(w, http.StatusOK, p)
}

// userRefused shows an account's page again with why a change was refused.
// A change made to an old version of the account (409) shows the account as
// it is stored now.
func (s *Server) userRefused(w http.ResponseWriter, r *http.Request, acc *rollout.User, err error, fill func(*userPage)) error {
	var he *httpError
	if errorStatus(err) >= 500 || errors.As(err, &he) {
		return err
	}
	var conflict *rollout.AccountConflict
	if errors.As(err, &conflict) {
		acc = conflict.Current
	}
	p, perr := s.newUserPage(r, acc)
	if perr != nil {
		return perr
	}
	p.Error = errorMessage(requestLang(r), err)
	var fe *formError
	if errors.As(err, &fe) {
		p.ErrorField = fe.field
	}
	if fill != nil && conflict == nil {
		fill(p)
	}
	return s.views.user.render(w, errorStatus(err), p)
}

// accountVersion reads the version of the account a form was filled from.
func accountVersion(r *http.Request) (int64, error) {
	v := r.PostForm.Get("version")
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n <= 0 {
		return 0, rollout.E(rollout.EINVALID, "err.user.bad_version", v)
	}
	return n, nil
}

// grantKey names a grant in the form: unit ID and role.
func grantKey(g rollout.Grant) string {
	return strconv.FormatInt(g.UnitID, 10) + ":" + string(g.Role)
}

// userGrants serves POST /admin/users/{id}/grants: the grants whose keep box
// is ticked stay, and the unit and role given, if any, are added, to the
// account as read at the form's version. What may be granted, and that an
// administrator cannot take from their own account the right to administer
// accounts, is rollout.DecideSetGrants's to say, through storage.
func (s *Server) userGrants(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	keep := r.PostForm["keep"]
	unit := strings.TrimSpace(r.PostForm.Get("unit"))
	role := rollout.Role(r.PostForm.Get("role"))
	fill := func(p *userPage) { p.NewUnit, p.NewRole = unit, role }
	grants := []rollout.Grant{}
	for _, g := range acc.Grants {
		if slices.Contains(keep, grantKey(g)) {
			grants = append(grants, g)
		}
	}
	if unit != "" {
		g, err := s.grantFor(ctx, "grants", unit, role)
		if err != nil {
			return s.userRefused(w, r, acc, err, fill)
		}
		grants = append(grants, g)
	}
	version, err := accountVersion(r)
	if err != nil {
		return s.userRefused(w, r, acc, err, fill)
	}
	if err := s.users.SetGrants(ctx, acc.ID, version, grants); err != nil {
		if rollout.ErrorCode(err) == rollout.EINVALID {
			err = &formError{"grants", err}
		}
		return s.userRefused(w, r, acc, err, fill)
	}
	http.Redirect(w, r, fmt.Sprintf("/admin/users/%d?done=grants", acc.ID), http.StatusSeeOther)
	return nil
}

// userDisabled serves POST /admin/users/{id}/disabled with disabled=true or
// false, for the account as read at the form's version. Disabling ends the
// account's sessions and revokes its tokens; an administrator cannot disable
// their own account (rollout.DecideSetDisabled).
func (s *Server) userDisabled(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	var disabled bool
	switch v := r.PostForm.Get("disabled"); v {
	case "true":
		disabled = true
	case "false":
	default:
		return s.userRefused(w, r, acc, rollout.E(rollout.EINVALID, "admin.bad_disabled", v), nil)
	}
	version, err := accountVersion(r)
	if err != nil {
		return s.userRefused(w, r, acc, err, nil)
	}
	if err := s.users.SetDisabled(ctx, acc.ID, version, disabled); err != nil {
		return s.userRefused(w, r, acc, err, nil)
	}
	done := "enabled"
	if disabled {
		done = "disabled"
	}
	http.Redirect(w, r, fmt.Sprintf("/admin/users/%d?done=%s", acc.ID, done), http.StatusSeeOther)
	return nil
}

// userUnlock serves POST /admin/users/{id}/unlock: the sign-in holds on the
// account's name are lifted from every address, its password unchanged.
func (s *Server) userUnlock(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	lifted, err := s.users.Unlock(r.Context(), acc.ID)
	if err != nil {
		return s.userRefused(w, r, acc, err, nil)
	}
	done := "unlocked"
	if !lifted {
		done = "unheld"
	}
	http.Redirect(w, r, fmt.Sprintf("/admin/users/%d?done=%s", acc.ID, done), http.StatusSeeOther)
	return nil
}

// userPassword serves POST /admin/users/{id}/password: a new password for the
// account (the person changes it on their account page); the account's
// sessions end and its tokens are revoked. The policy is
// rollout.DecideSetPassword's, through storage.
func (s *Server) userPassword(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	password, confirm := r.PostForm.Get("password"), r.PostForm.Get("confirm")
	if password != confirm {
		return s.userRefused(w, r, acc, &formError{"password", rollout.E(rollout.EINVALID, "account.confirm_mismatch")}, nil)
	}
	if err := s.users.SetPassword(r.Context(), acc.ID, password); err != nil {
		if rollout.ErrorCode(err) == rollout.EINVALID {
			err = &formError{"password", err}
		}
		return s.userRefused(w, r, acc, err, nil)
	}
	http.Redirect(w, r, fmt.Sprintf("/admin/users/%d?done=password", acc.ID), http.StatusSeeOther)
	return nil
}

// adminTokenRevoke serves POST /admin/tokens/{id}/revoke: an administrator
// revokes any account's API token and is led back to the account's page.
func (s *Server) adminTokenRevoke(w http.ResponseWriter, r *http.Request) error {
	if err := s.manageUsers(r); err != nil {
		return err
	}
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	id, err := positiveInt(requestLang(r), r, "id", "value.token_id")
	if err != nil {
		return err
	}
	ctx := r.Context()
	tokens, err := s.users.AllTokens(ctx)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(tokens, func(t *rollout.Token) bool { return t.ID == id })
	if i < 0 {
		return rollout.E(rollout.ENOTFOUND, "err.token.not_found", id)
	}
	if err := s.users.RevokeToken(ctx, id); err != nil {
		return err
	}
	http.Redirect(w, r, fmt.Sprintf("/admin/users/%d?done=token", tokens[i].UserID), http.StatusSeeOther)
	return nil
}
