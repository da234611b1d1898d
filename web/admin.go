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

// maxDisplayName bounds a person's name as shown.
const maxDisplayName = 64

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
type userPage struct {
	layout
	Account    *rollout.User
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
func (s *Server) grantFor(ctx context.Context, l lang, field, unit string, role rollout.Role) (rollout.Grant, error) {
	if unit == "" {
		return rollout.Grant{}, &formError{field, invalid(l, "admin.unit_missing")}
	}
	if !role.Valid() {
		return rollout.Grant{}, &formError{field, invalid(l, "admin.bad_role", string(role))}
	}
	u, err := s.units.UnitByName(ctx, unit)
	switch rollout.ErrorCode(err) {
	case "":
		return rollout.Grant{UnitID: u.ID, UnitPath: u.Path, UnitName: u.Name, UnitKind: u.Kind, Role: role}, nil
	case rollout.ENOTFOUND:
		return rollout.Grant{}, &formError{field, invalid(l, "admin.unit_unknown", unit)}
	case rollout.ECONFLICT:
		return rollout.Grant{}, &formError{field, rollout.Errorf(rollout.EINVALID, "%s", rollout.ErrorMessage(err))}
	default:
		return rollout.Grant{}, err
	}
}

// usersCreate serves POST /admin/users: it opens an account with one grant
// and an initial password and redirects (303) to the account's page; a
// refusal shows the list again with the form as it was, the password not kept.
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
		if err := rollout.CheckUsername(in.Username); err != nil {
			return &formError{"username", err}
		}
		if n := len([]rune(in.DisplayName)); n > maxDisplayName {
			return &formError{"display_name", invalid(l, "admin.display_name_too_long", maxDisplayName, n)}
		}
		g, err := s.grantFor(ctx, l, "unit", in.Unit, in.Role)
		if err != nil {
			return err
		}
		u.Grants = []rollout.Grant{g}
		if err := rollout.CheckPassword(in.Username, password); err != nil {
			return &formError{"password", err}
		}
		err = s.users.CreateUser(ctx, u, password)
		switch rollout.ErrorCode(err) {
		case "":
			return nil
		case rollout.ECONFLICT:
			return &formError{"username", rollout.Errorf(rollout.ECONFLICT, "%s", tr(l, "admin.username_taken", in.Username))}
		case rollout.EINVALID:
			return &formError{"password", err}
		default:
			return err
		}
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

func newUserPage(r *http.Request, acc *rollout.User) *userPage {
	self := rollout.ActorFrom(r.Context())
	return &userPage{layout: newLayout(r, acc.Username, "users"), Account: acc, Roles: rollout.Roles,
		Self: self != nil && self.ID == acc.ID, NewRole: rollout.RoleViewer}
}

// userShow serves GET /admin/users/{id}.
func (s *Server) userShow(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	p := newUserPage(r, acc)
	if key, ok := userNotices[r.URL.Query().Get("done")]; ok {
		p.Notice = tr(requestLang(r), key)
	}
	return s.views.user.render(w, http.StatusOK, p)
}

// userRefused shows an account's page again with why a change was refused.
func (s *Server) userRefused(w http.ResponseWriter, r *http.Request, acc *rollout.User, err error, fill func(*userPage)) error {
	var he *httpError
	if errorStatus(err) >= 500 || errors.As(err, &he) {
		return err
	}
	p := newUserPage(r, acc)
	p.Error = errorMessage(requestLang(r), err)
	var fe *formError
	if errors.As(err, &fe) {
		p.ErrorField = fe.field
	}
	if fill != nil {
		fill(p)
	}
	return s.views.user.render(w, errorStatus(err), p)
}

// grantKey names a grant in the form: unit ID and role.
func grantKey(g rollout.Grant) string {
	return strconv.FormatInt(g.UnitID, 10) + ":" + string(g.Role)
}

// userGrants serves POST /admin/users/{id}/grants: the grants whose keep box
// is ticked stay, and the unit and role given, if any, are added. An
// administrator cannot take from their own account the right to administer
// accounts (rollout.Authorize decides on the grants as they would be).
func (s *Server) userGrants(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
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
		g, err := s.grantFor(ctx, l, "grants", unit, role)
		if err != nil {
			return s.userRefused(w, r, acc, err, fill)
		}
		if !slices.ContainsFunc(grants, func(h rollout.Grant) bool { return grantKey(h) == grantKey(g) }) {
			grants = append(grants, g)
		}
	}
	if self := rollout.ActorFrom(ctx); self.ID == acc.ID &&
		rollout.Authorize(&rollout.User{ID: self.ID, Grants: grants}, rollout.ActManageUsers, rollout.Target{}) != nil {
		return s.userRefused(w, r, acc, &formError{"grants", invalid(l, "admin.self_grants")}, fill)
	}
	if err := s.users.SetGrants(ctx, acc.ID, grants); err != nil {
		return s.userRefused(w, r, acc, err, fill)
	}
	http.Redirect(w, r, fmt.Sprintf("/admin/users/%d?done=grants", acc.ID), http.StatusSeeOther)
	return nil
}

// userDisabled serves POST /admin/users/{id}/disabled with disabled=true or
// false. Disabling ends the account's sessions; an administrator cannot
// disable their own account.
func (s *Server) userDisabled(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
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
		return s.userRefused(w, r, acc, invalid(l, "admin.bad_disabled", v), nil)
	}
	if disabled && rollout.ActorFrom(ctx).ID == acc.ID {
		return s.userRefused(w, r, acc, invalid(l, "admin.self_disable"), nil)
	}
	if err := s.users.SetDisabled(ctx, acc.ID, disabled); err != nil {
		return s.userRefused(w, r, acc, err, nil)
	}
	done := "enabled"
	if disabled {
		done = "disabled"
	}
	http.Redirect(w, r, fmt.Sprintf("/admin/users/%d?done=%s", acc.ID, done), http.StatusSeeOther)
	return nil
}

// userPassword serves POST /admin/users/{id}/password: a new password for the
// account (the person changes it on their account page); the account's
// sessions end.
func (s *Server) userPassword(w http.ResponseWriter, r *http.Request) error {
	acc, err := s.account(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	if err := readSmallForm(w, r); err != nil {
		return err
	}
	password, confirm := r.PostForm.Get("password"), r.PostForm.Get("confirm")
	if password != confirm {
		return s.userRefused(w, r, acc, &formError{"password", invalid(l, "account.confirm_mismatch")}, nil)
	}
	if err := rollout.CheckPassword(acc.Username, password); err != nil {
		return s.userRefused(w, r, acc, &formError{"password", err}, nil)
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
