package main

import (
	"fmt"
	"html/template"
	"net/url"
	"os"
	"strings"
	"testing"

	"rollout"
	"rollout/msg"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// unitsAgreement is the site over real storage with an administrator signed
// in, and the command line over the same database, for the agreement tests of
// accounts and tokens.
type unitsAgreement struct {
	*overStorage
	dsn   string
	admin *client
}

func newUnitsAgreement(t *testing.T, db *sqldb.DB, dsn string) *unitsAgreement {
	t.Helper()
	s := serveOverStorage(t, db)
	root, err := db.RootUnit(s.ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.account("agree.admin", root.ID, rollout.RoleAdmin, "Agreement-Admin-2024")
	return &unitsAgreement{overStorage: s, dsn: dsn, admin: s.signIn("agree.admin", "Agreement-Admin-2024")}
}

// form posts a page form as the administrator.
func (a *unitsAgreement) form(path string, v url.Values) (int, string) {
	a.t.Helper()
	return a.admin.send("POST", path, "application/x-www-form-urlencoded", v.Encode())
}

// cli runs the command line on the same database, stdin given.
func (a *unitsAgreement) cli(stdin string, args ...string) (int, string) {
	a.t.Helper()
	code, _, errOut := runIn(a.t, stdin, append(args, "--db", a.dsn)...)
	return code, errOut
}

// user is the stored account called name, nil for none.
func (a *unitsAgreement) user(name string) *rollout.User {
	a.t.Helper()
	u, err := a.db.UserByName(a.ctx, name)
	if rollout.ErrorCode(err) == rollout.ENOTFOUND {
		return nil
	}
	if err != nil {
		a.t.Fatal(err)
	}
	return u
}

// keyRefusal is the Chinese sentence of a key, as the page (escaped) and the
// command line (plain) say it.
type keyRefusal struct {
	key  string
	args []any
}

func (r keyRefusal) text() string { return msg.Text(msg.ZH, r.key, r.args...) }
func (r keyRefusal) page() string { return template.HTMLEscapeString(r.text()) }

// accountRow is what an account stores that the entry points decide, without
// its ID, and with its user name (which differs by entry point) as NAME.
func accountRow(u *rollout.User) string {
	if u == nil {
		return "none"
	}
	display := strings.ReplaceAll(u.DisplayName, u.Username, "NAME")
	var gs []string
	for _, g := range u.Grants {
		gs = append(gs, g.UnitName+":"+string(g.Role))
	}
	return fmt.Sprintf("display=%q email=%q grants=%v disabled=%v version=%d", display, u.Email, gs, u.Disabled, u.Version)
}

// Opening an account through the page form and `rollout user add` stores
// the same row, or refuses with the same sentence, on both databases.
func TestAgreeCreateUser(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		a := newUnitsAgreement(t, db, dsn)
		a.account("taken.name", a.unit("广东省").ID, rollout.RoleViewer, "Guangdong-FTZ-2024")
		for _, c := range []struct {
			name                    string
			username, display, unit string
			role                    rollout.Role
			password                string
			refused                 *keyRefusal
			suffixed                bool // the user name gets the entry point's suffix, so that both can store it
		}{
			{"ok", "zhang", "张三", "深圳市", rollout.RoleReporter, "Shenzhen-Report-2024", nil, true},
			{"no display name", "li", "", "广东省", rollout.RoleViewer, "Shenzhen-Report-2024", nil, true},
			{"common password", "wang", "王五", "广东省", rollout.RoleViewer, "Password1234", &keyRefusal{"err.user.password_common", nil}, true},
			{"short password", "zhao", "", "广东省", rollout.RoleViewer, "Aa-1", &keyRefusal{"err.user.password_short", []any{12, 4}}, true},
			{"three classes", "qian", "", "广东省", rollout.RoleViewer, "alllowercaseletters", &keyRefusal{"err.user.password_classes", nil}, true},
			{"bad user name", "bad name", "", "广东省", rollout.RoleViewer, "Shenzhen-Report-2024", &keyRefusal{"err.user.username_char", []any{" "}}, false},
			{"long display name", "sun", strings.Repeat("名", 65), "广东省", rollout.RoleViewer, "Shenzhen-Report-2024", &keyRefusal{"err.user.display_name_too_long", []any{64, 65}}, true},
			{"bad role", "zhou", "", "广东省", "overlord", "Shenzhen-Report-2024", &keyRefusal{"err.user.bad_role", []any{"overlord"}}, true},
			{"name taken", "taken.name", "", "广东省", rollout.RoleViewer, "Shenzhen-Report-2024", &keyRefusal{"err.user.username_taken", []any{"taken.name"}}, false},
		} {
			rows := map[string]string{}
			for _, entry := range []string{"page", "cli"} {
				name := c.username
				if c.suffixed {
					name += "." + entry
				}
				var code int
				var out string
				if entry == "page" {
					code, out = a.form("/admin/users", url.Values{"username": {name}, "display_name": {c.display},
						"unit": {c.unit}, "role": {string(c.role)}, "password": {c.password}})
				} else {
					args := []string{"user", "add", "--unit", c.unit, "--role", string(c.role), name}
					if c.display != "" {
						args = append(args, "--name", c.display)
					}
					code, out = a.cli(c.password+"\n", args...)
				}
				switch {
				case c.refused == nil && entry == "page" && code != 303, c.refused == nil && entry == "cli" && code != 0:
					t.Errorf("%s, %s: %d %s", c.name, entry, code, out)
				case c.refused != nil && entry == "page" && (code != 400 && code != 409 || !strings.Contains(out, c.refused.page())):
					t.Errorf("%s, page: %d, want %q", c.name, code, c.refused.text())
				case c.refused != nil && entry == "cli" && (code != 1 || !strings.Contains(out, c.refused.text())):
					t.Errorf("%s, cli: %d %s, want %q", c.name, code, out, c.refused.text())
				}
				if c.suffixed {
					rows[entry] = accountRow(a.user(name))
				}
			}
			if rows["page"] != rows["cli"] {
				t.Errorf("%s: page stored %s, the command line %s", c.name, rows["page"], rows["cli"])
			}
		}
	})
}

// Resetting a password and disabling an account through the page and the
// command line: the same refusals, the same stored state, the account's
// tokens revoked either way.
func TestAgreePasswordAndDisable(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		a := newUnitsAgreement(t, db, dsn)
		sz := a.unit("深圳市")
		token := func(name string) string {
			t.Helper()
			u := a.user(name)
			secret, err := db.CreateToken(a.ctx, &rollout.Token{UserID: u.ID, Name: "同步", Grant: rollout.Grant{UnitID: sz.ID, Role: rollout.RoleViewer}})
			if err != nil {
				t.Fatal(err)
			}
			return secret
		}
		for _, entry := range []string{"page", "cli"} {
			name := "reset." + entry
			a.account(name, sz.ID, rollout.RoleReporter, "Shenzhen-Report-2024")
			secret := token(name)
			reset := func(pw string) (int, string) {
				if entry == "page" {
					return a.form(fmt.Sprintf("/admin/users/%d/password", a.user(name).ID), url.Values{"password": {pw}, "confirm": {pw}})
				}
				return a.cli(pw+"\n", "user", "passwd", name)
			}
			for _, c := range []struct {
				pw      string
				refused keyRefusal
			}{
				{"P@ssw0rd2024!", keyRefusal{"err.user.password_common", nil}},
				{"Short-1", keyRefusal{"err.user.password_short", []any{12, 7}}},
				{"Reset-" + name + "-x", keyRefusal{"err.user.password_has_username", nil}},
			} {
				code, out := reset(c.pw)
				want, ok := c.refused.page(), code == 400
				if entry == "cli" {
					want, ok = c.refused.text(), code == 1
				}
				if !ok || !strings.Contains(out, want) {
					t.Errorf("%s: reset to %q: %d, want %q", entry, c.pw, code, c.refused.text())
				}
			}
			if _, err := db.TokenUser(a.ctx, secret); err != nil {
				t.Errorf("%s: a refused reset revoked the token: %v", entry, err)
			}
			if code, out := reset("Zuruecksetzen-2025"); code != 303 && code != 0 {
				t.Fatalf("%s: reset: %d %s", entry, code, out)
			}
			if _, _, err := db.SignIn(a.ctx, name, "Zuruecksetzen-2025"); err != nil {
				t.Errorf("%s: sign in with the reset password: %v", entry, err)
			}
			if _, err := db.TokenUser(a.ctx, secret); rollout.ErrorCode(err) != rollout.EUNAUTHORIZED {
				t.Errorf("%s: the token outlives the reset: %v", entry, err)
			}

			secret = token(name)
			before := a.user(name)
			if entry == "page" {
				code, out := a.form(fmt.Sprintf("/admin/users/%d/disabled", before.ID), url.Values{"disabled": {"true"}, "version": {itoa(before.Version)}})
				if code != 303 {
					t.Fatalf("page: disable: %d %s", code, out)
				}
				// A second administrator's form, read before: 409, nothing changed.
				code, out = a.form(fmt.Sprintf("/admin/users/%d/disabled", before.ID), url.Values{"disabled": {"false"}, "version": {itoa(before.Version)}})
				if stale := (keyRefusal{"err.user.stale", []any{name, before.Version + 1}}); code != 409 || !strings.Contains(out, stale.page()) {
					t.Errorf("page: a stale enable: %d", code)
				}
			} else if code, out := a.cli("", "user", "disable", name); code != 0 {
				t.Fatalf("cli: disable: %d %s", code, out)
			}
			after := a.user(name)
			if !after.Disabled || after.Version != before.Version+1 {
				t.Errorf("%s: disabled = %s, was %s", entry, accountRow(after), accountRow(before))
			}
			if _, err := db.TokenUser(a.ctx, secret); rollout.ErrorCode(err) != rollout.EUNAUTHORIZED {
				t.Errorf("%s: the token outlives disabling: %v", entry, err)
			}
		}
		if p, c := accountRow(a.user("reset.page")), accountRow(a.user("reset.cli")); p != c {
			t.Errorf("page stored %s, the command line %s", p, c)
		}
	})
}

// Revoking a token: the owner through the JSON API, an administrator through
// the JSON API and the account's page; the same stored state, the same
// keyRefusal for a token that does not exist.
func TestAgreeRevokeToken(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		a := newUnitsAgreement(t, db, dsn)
		gd := a.unit("广东省")
		a.account("owner", gd.ID, rollout.RoleReporter, "Guangdong-Tokens-2024")
		owner := a.signIn("owner", "Guangdong-Tokens-2024")
		revoke := map[string]func(id int64) (int, string){
			"own api":   func(id int64) (int, string) { return owner.do("DELETE", "/api/v1/tokens/"+itoa(id), "") },
			"admin api": func(id int64) (int, string) { return a.admin.do("DELETE", "/api/v1/admin/tokens/"+itoa(id), "") },
			"admin page": func(id int64) (int, string) {
				return a.form("/admin/tokens/"+itoa(id)+"/revoke", url.Values{})
			},
		}
		states := map[string]string{}
		for entry, fn := range revoke {
			code, body := owner.do("POST", "/api/v1/tokens", fmt.Sprintf(`{"name":%q,"unit_id":%d,"role":"viewer"}`, entry, gd.ID))
			if code != 201 {
				t.Fatalf("%s: create: %d %s", entry, code, body)
			}
			ts, _ := db.Tokens(a.ctx, a.user("owner").ID)
			tk := ts[len(ts)-1]
			if code, body := fn(tk.ID); code != 204 && code != 303 {
				t.Errorf("%s: revoke: %d %s", entry, code, body)
			}
			ts, _ = db.Tokens(a.ctx, tk.UserID)
			got := ts[len(ts)-1]
			states[entry] = fmt.Sprintf("revoked=%v role=%s unit=%s", got.RevokedAt != nil, got.Grant.Role, got.Grant.UnitName)
			if code, body := fn(tk.ID); code != 204 && code != 303 {
				t.Errorf("%s: revoke again: %d %s", entry, code, body)
			}
			missing := keyRefusal{"err.token.not_found", []any{int64(999)}}
			want := missing.text()
			if entry == "own api" {
				want = keyRefusal{"err.token.not_yours", []any{int64(999)}}.text()
			}
			if entry == "admin page" {
				want = missing.page()
			}
			if code, body := fn(999); code != 404 || !strings.Contains(body, want) {
				t.Errorf("%s: a token that does not exist: %d %s", entry, code, body)
			}
		}
		if states["own api"] != states["admin api"] || states["admin api"] != states["admin page"] {
			t.Errorf("stored states differ: %v", states)
		}
	})
}

// A unit name beyond the domain's bound is refused alike by `rollout units
// add`, by a re-issue confirmed on the command line and through the JSON API,
// and none of them stores it.
func TestAgreeUnitNameBound(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		a := newUnitsAgreement(t, db, dsn)
		gd := a.unit("广东省")
		a.account("gd.reviewer", gd.ID, rollout.RoleReviewer, "Guangdong-Review-2024")
		reviewer := a.signIn("gd.reviewer", "Guangdong-Review-2024")
		long := "省" + strings.Repeat("厅", 3000)
		tooLong := keyRefusal{"err.units.name_too_long", []any{rollout.MaxUnitName, 3001}}
		doc := "广东省人民政府关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知\n\n" +
			"序号\t改革事项\t牵头单位\t配合单位\t完成时限\n" +
			"1\t工程建设项目审批统一化、标准化、信息化\t" + long + "\t深圳市\t2024年6月底前\n"
		file := t.TempDir() + "/gd.txt"
		if err := os.WriteFile(file, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		for entry, try := range map[string]func() (bool, string){
			"units add": func() (bool, string) {
				code, out := a.cli("", "units", "add", "--parent", "广东省", long)
				return code == 1, out
			},
			"cascade": func() (bool, string) {
				code, out, errOut := runCmd(t, "cascade", "--create-units", "--unit", "广东省", file, "--db", dsn)
				return code == 1, out + errOut
			},
			"api": func() (bool, string) {
				code, body := reviewer.send("POST", "/api/v1/units/"+itoa(gd.ID)+"/reissue?batch=7&create_units="+urlQuery(long),
					"text/plain; charset=utf-8", doc)
				return code == 400, body
			},
		} {
			refused, out := try()
			if !refused || !strings.Contains(out, tooLong.text()) {
				t.Errorf("%s: want %q, got %.300s", entry, tooLong.text(), out)
			}
		}
		if _, err := db.UnitByName(a.ctx, long); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("the long name was stored: %v", err)
		}
	})
}

// The command line, the one entry point that stores notices, refuses a
// document beyond the domain's bound before reading it whole, dry run or not.
func TestImportNoticeBound(t *testing.T) {
	file := t.TempDir() + "/big.txt"
	big := strings.Repeat("国务院关于做好自由贸易试验区改革试点经验复制推广工作的通知\n", rollout.MaxNoticeBytes/40)
	if err := os.WriteFile(file, []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	want := keyRefusal{"err.catalog.too_large", []any{rollout.MaxNoticeBytes >> 10, (len(big) + 1023) >> 10}}.text()
	for _, args := range [][]string{{"import", "--dry-run", file}, {"import", file, "--db", "sqlite:" + t.TempDir() + "/r.db"}} {
		if code, _, errOut := runCmd(t, args...); code != exitBadInput || !strings.Contains(errOut, want) {
			t.Errorf("%v: exit %d %s, want %q", args, code, errOut, want)
		}
	}
}
