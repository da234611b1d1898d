package web

import (
	"context"

	"rollout"
)

// People, not logins: wherever a page shows who took an action (a task's
// timeline, a report's versions) it names the person and their unit —
// 张三（深圳市商务局） — read from the accounts, not the login (szrep).

// people names the logins in language l: the display name and the unit of
// the account's first grant; a login that names no account (a program, an
// account since removed) is shown as written.
func (s *Server) people(ctx context.Context, l lang, logins ...string) (map[string]string, error) {
	out := map[string]string{}
	for _, login := range logins {
		if _, done := out[login]; done || login == "" {
			continue
		}
		u, err := s.users.UserByName(ctx, login)
		switch {
		case rollout.ErrorCode(err) == rollout.ENOTFOUND:
			out[login] = login
			continue
		case err != nil:
			return nil, err
		}
		out[login] = personLabel(l, u)
	}
	return out, nil
}

// personLabel is how a page names u: 张三（深圳市商务局）, or the login when the
// account has no display name.
func personLabel(l lang, u *rollout.User) string {
	name := u.DisplayName
	if name == "" {
		name = u.Username
	}
	if len(u.Grants) > 0 && u.Grants[0].UnitName != "" {
		return tr(l, "person.label", name, u.Grants[0].UnitName)
	}
	return name
}
