package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func passwordForm(current, next, confirm string) string {
	return url.Values{"current": {current}, "new": {next}, "confirm": {confirm}}.Encode()
}

// TestAccountPassword: changing one's password checks the current one as a
// sign-in would, ends the other sessions and keeps the user signed in with a
// new session.
func TestAccountPassword(t *testing.T) {
	site := newTestSite(t, newFake(t))
	const newPassword = "Neues-Passwort-2025"
	other := site.as(t, gdReporter) // another device
	me := site.as(t, gdReporter)

	for _, tt := range []struct {
		name, body, want, field string
		status                  int
	}{
		{"no current password", passwordForm("", newPassword, newPassword), "请输入当前密码。", "current", 400},
		{"the two differ", passwordForm(fixturePassword, newPassword, newPassword+"x"), "两次输入的新密码不一致。", "confirm", 400},
		{"too weak", passwordForm(fixturePassword, "short", "short"), "密码至少 12 个字符", "new", 400},
		{"holds the user name", passwordForm(fixturePassword, "Reporter.440000-x", "Reporter.440000-x"), "密码不能包含用户名。", "new", 400},
		{"a wrong current password", passwordForm("wrong", newPassword, newPassword), "当前密码不正确。", "current", 400},
	} {
		rec := serveBody(site.Server, "POST", "/account/password", with(me, formPost), tt.body)
		body := rec.Body.String()
		if rec.Code != tt.status || !strings.Contains(body, tt.want) || !strings.Contains(body, `<a href="#`+tt.field+`">`) {
			t.Errorf("%s: %d\n%s", tt.name, rec.Code, body)
		}
	}
	// The refusals ended no session; the wrong password counted as a failed sign-in.
	if rec := serve(site.Server, "GET", "/api/v1/session", me); rec.Code != 200 {
		t.Fatalf("a refusal signed the user out: %d", rec.Code)
	}
	if n := strings.Count(strings.Join(site.audit.actions(), " "), "session.signin_failed"); n != 1 {
		t.Errorf("%d failed sign-ins audited, want 1", n)
	}

	rec := serveBody(site.Server, "POST", "/account/password", with(me, formPost), passwordForm(fixturePassword, newPassword, newPassword))
	if rec.Code != 303 || rec.Header().Get("Location") != "/account?done=password" {
		t.Fatalf("change: %d %q\n%s", rec.Code, rec.Header().Get("Location"), rec.Body)
	}
	fresh := sessionOf(rec)
	if fresh == nil {
		t.Fatal("no new session")
	}
	now := http.Header{"Cookie": {fresh.String()}}
	for _, tt := range []struct {
		name   string
		header http.Header
		status int
	}{{"the new session", now, 200}, {"the old session", me, 401}, {"another device", other, 401}} {
		if rec := serve(site.Server, "GET", "/api/v1/session", tt.header); rec.Code != tt.status {
			t.Errorf("%s: %d, want %d", tt.name, rec.Code, tt.status)
		}
	}
	if body := serve(site.Server, "GET", "/account?done=password", now).Body.String(); !strings.Contains(body, "密码已修改") {
		t.Error("no notice after the change")
	}
	for _, tt := range []struct {
		password string
		status   int
	}{{fixturePassword, 401}, {newPassword, 303}} {
		if rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm("reporter.440000", tt.password, "")); rec.Code != tt.status {
			t.Errorf("sign in with %s: %d, want %d", tt.password, rec.Code, tt.status)
		}
	}
}

// TestAccountSignoutAll ends every session of the user, and only theirs.
func TestAccountSignoutAll(t *testing.T) {
	site := newTestSite(t, newFake(t))
	a, b, stranger := site.as(t, gdReporter), site.as(t, gdReporter), site.as(t, "viewer@440000")
	rec := serveBody(site.Server, "POST", "/account/signout-all", a, "")
	if rec.Code != 303 || rec.Header().Get("Location") != "/signin?done=everywhere" || sessionOf(rec).MaxAge >= 0 {
		t.Fatalf("%d %q", rec.Code, rec.Header().Get("Location"))
	}
	for _, tt := range []struct {
		h      http.Header
		status int
	}{{a, 401}, {b, 401}, {stranger, 200}} {
		if rec := serve(site.Server, "GET", "/api/v1/session", tt.h); rec.Code != tt.status {
			t.Errorf("%v: %d, want %d", tt.h, rec.Code, tt.status)
		}
	}
	if !strings.Contains(serve(site.Server, "GET", "/signin?done=everywhere", nil).Body.String(), "已在所有设备上退出登录。") {
		t.Error("no notice")
	}
}

// TestAccountWithToken: a request with an API token sees the account, but
// changes nothing of it and manages no tokens.
func TestAccountWithToken(t *testing.T) {
	site := newTestSite(t, newFake(t))
	bearer := site.bearer(t, gdReporter)
	page := serve(site.Server, "GET", "/account", bearer)
	if page.Code != 200 || !strings.Contains(page.Body.String(), "本次请求使用 API 令牌") || strings.Contains(page.Body.String(), `action="/account/password"`) {
		t.Errorf("account page with a token: %d", page.Code)
	}
	for _, tt := range []struct{ method, path, ctype, body string }{
		{"POST", "/account/password", "application/x-www-form-urlencoded", passwordForm(fixturePassword, "Neues-Passwort-2025", "Neues-Passwort-2025")},
		{"POST", "/account/signout-all", "", ""},
		{"GET", "/api/v1/tokens", "", ""},
		{"POST", "/api/v1/tokens", "application/json", `{"name": "x", "unit_id": 440000, "role": "reporter"}`},
		{"DELETE", "/api/v1/tokens/1", "", ""},
	} {
		h := with(bearer)
		if tt.ctype != "" {
			h.Set("Content-Type", tt.ctype)
		}
		rec := serveBody(site.Server, tt.method, tt.path, h, tt.body)
		if rec.Code != 403 || !strings.Contains(rec.Body.String(), "使用 API 令牌时不能管理令牌或账号") {
			t.Errorf("%s %s with a token: %d", tt.method, tt.path, rec.Code)
		}
	}
}

// TestAPITokens: a token is made for oneself within one's grants, used as a
// bearer, listed without its secret and revoked.
func TestAPITokens(t *testing.T) {
	site := newTestSite(t, newFake(t))
	me := with(site.as(t, gdReporter), jsonPost)
	rec := serveBody(site.Server, "POST", "/api/v1/tokens", me, `{"name": "深圳市数据平台", "unit_id": 440300, "role": "reporter"}`)
	var made apiNewToken
	if rec.Code != 201 || json.Unmarshal(rec.Body.Bytes(), &made) != nil || made.Secret == "" || made.Token.Grant.Unit != "深圳市" ||
		made.Token.Grant.UnitPath != "/1/440000/440300/" || made.Token.Name != "深圳市数据平台" {
		t.Fatalf("create: %d %s", rec.Code, rec.Body)
	}
	bearer := http.Header{"Authorization": {"Bearer " + made.Secret}}
	if rec := serve(site.Server, "GET", "/api/v1/units/440300/tasks", bearer); rec.Code != 200 {
		t.Errorf("the token reads its unit: %d", rec.Code)
	}
	if rec := serve(site.Server, "GET", "/api/v1/units/440000/tasks", bearer); rec.Code != 403 {
		t.Errorf("the token reads above its unit: %d", rec.Code)
	}
	list := serve(site.Server, "GET", "/api/v1/tokens", site.as(t, gdReporter)).Body.String()
	if !strings.Contains(list, `"count": 2`) || strings.Contains(list, made.Secret) || !strings.Contains(list, `"last_used"`) {
		t.Errorf("list:\n%s", list)
	}
	if rec := serve(site.Server, "DELETE", fmt.Sprintf("/api/v1/tokens/%d", made.Token.ID), site.as(t, "reporter@510000")); rec.Code != 404 {
		t.Errorf("another user revokes it: %d", rec.Code)
	}
	if rec := serve(site.Server, "DELETE", fmt.Sprintf("/api/v1/tokens/%d", made.Token.ID), site.as(t, gdReporter)); rec.Code != 204 {
		t.Errorf("revoke: %d", rec.Code)
	}
	if rec := serve(site.Server, "GET", "/api/v1/units/440300/tasks", bearer); rec.Code != 401 {
		t.Errorf("a revoked token: %d", rec.Code)
	}
	if list := serve(site.Server, "GET", "/api/v1/tokens", site.as(t, gdReporter)).Body.String(); !strings.Contains(list, `"revoked_at"`) {
		t.Error("the revoked token is not listed as revoked")
	}

	for _, tt := range []struct {
		body   string
		status int
		want   string
	}{
		{`{"name": "x", "unit_id": 510000, "role": "reporter"}`, 403, "令牌的权限不能超出本账号的权限"},
		{`{"name": "x", "unit_id": 440000, "role": "administrator"}`, 403, "令牌的权限不能超出本账号的权限"},
		{`{"name": "  ", "unit_id": 440000, "role": "reporter"}`, 400, "请用 name 给出令牌的名称"},
		{`{"name": "` + strings.Repeat("名", 101) + `", "unit_id": 440000, "role": "reporter"}`, 400, "name 过长：最多100个字，现有101个字。"},
		{`{"name": "x", "role": "reporter"}`, 400, "unit_id 应为正整数"},
		{`{"name": "x", "unit_id": 99, "role": "reporter"}`, 400, "没有编号为99的单位。"},
		{`{"name": "x", "unit_id": 440000, "role": "boss"}`, 400, "role 应为"},
		{`{"name": "x", "unit_id": 440000, "role": "reporter", "secret": "mine"}`, 400, "未知字段"},
	} {
		rec := serveBody(site.Server, "POST", "/api/v1/tokens", with(site.as(t, gdReporter), jsonPost), tt.body)
		if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.want) {
			t.Errorf("%s: %d %s", tt.body, rec.Code, rec.Body)
		}
	}
}

// TestAccountPage shows what the user may do where and the tokens.
func TestAccountPage(t *testing.T) {
	site := newTestSite(t, newFake(t))
	body := site.getAs(t, gdReporter, "GET", "/account?lang=en", nil).Body.String()
	for _, w := range []string{"My account", "Permissions", "广东省", "Provincial government", "Reporter", "Sign out everywhere",
		"Change your password", "API tokens", "fixture", "At least 12 characters", "30 minutes unused and lasts 12 hours"} {
		if !strings.Contains(body, w) {
			t.Errorf("lacks %q", w)
		}
	}
	if rec := serve(site.Server, "GET", "/account", nil); rec.Code != 303 {
		t.Errorf("anonymous: %d", rec.Code)
	}
}
