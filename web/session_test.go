package web

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"rollout"
)

// sessionOf returns the session cookie a response sets, or nil.
func sessionOf(rec *httptest.ResponseRecorder) *http.Cookie {
	for _, c := range rec.Result().Cookies() {
		if c.Name == sessionCookie {
			return c
		}
	}
	return nil
}

func signinForm(username, password, next string) string {
	v := url.Values{"username": {username}, "password": {password}}
	if next != "" {
		v.Set("next", next)
	}
	return v.Encode()
}

// TestSignIn: the sign-in page sets a session cookie and leads on; refusals
// say why without telling whether the user exists.
func TestSignIn(t *testing.T) {
	site := newTestSite(t, newFake(t))

	// Success: the cookie, then the page asked for or the unit's tasks.
	for _, tt := range []struct{ next, location string }{
		{"/items/1001/tree", "/items/1001/tree"},
		{"", "/units/440000/tasks"},
		{"//evil.example/", "/units/440000/tasks"},
		{"https://evil.example/", "/units/440000/tasks"},
	} {
		rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm("reporter.440000", fixturePassword, tt.next))
		if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != tt.location {
			t.Errorf("next %q: %d %q, want 303 %q", tt.next, rec.Code, rec.Header().Get("Location"), tt.location)
		}
		c := sessionOf(rec)
		if c == nil || c.Value == "" || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Path != "/" || c.Secure || c.MaxAge != 0 {
			t.Fatalf("session cookie %+v, want HttpOnly SameSite=Lax Path=/, a browser session", c)
		}
		if rec := serve(site.Server, "GET", "/api/v1/session", http.Header{"Cookie": {c.String()}}); rec.Code != 200 {
			t.Errorf("the new session does not work: %d", rec.Code)
		}
	}
	// An evaluator, who reads no tasks, lands on its evaluation rounds.
	site.users.ensure(t, site.units, "evaluator@1")
	if rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm("evaluator.1", fixturePassword, "")); rec.Header().Get("Location") != "/rounds" {
		t.Errorf("evaluator lands on %q", rec.Header().Get("Location"))
	}
	// The English form says the same in English.
	rec := serveBody(site.Server, "POST", "/signin?lang=en", formPost, signinForm("nobody", "x", ""))
	if rec.Code != 401 || !strings.Contains(rec.Body.String(), "The user name or the password is wrong.") {
		t.Errorf("English refusal: %d", rec.Code)
	}

	// Refusals: the same words for an unknown user and a wrong password.
	wrong := serveBody(site.Server, "POST", "/signin", formPost, signinForm("reporter.440000", "wrong", "/units/440000"))
	unknown := serveBody(site.Server, "POST", "/signin", formPost, signinForm("nobody.here", fixturePassword, ""))
	for _, rec := range []*httptest.ResponseRecorder{wrong, unknown} {
		if rec.Code != 401 || !strings.Contains(rec.Body.String(), "用户名或密码不正确。") || sessionOf(rec) != nil {
			t.Errorf("wrong credentials: %d, cookie %v", rec.Code, sessionOf(rec))
		}
	}
	if !strings.Contains(wrong.Body.String(), `<input type="hidden" name="next" value="/units/440000">`) {
		t.Error("a refusal loses next")
	}
	locked := serveBody(site.Server, "POST", "/signin", formPost, signinForm(lockedUser, fixturePassword, ""))
	if locked.Code != 429 || !strings.Contains(locked.Body.String(), "已被锁定，请于") || !strings.Contains(locked.Body.String(), "（北京时间）之后再试") {
		t.Errorf("locked: %d\n%s", locked.Code, locked.Body)
	}
	disabled := serveBody(site.Server, "POST", "/signin", formPost, signinForm(disabledUser, fixturePassword, ""))
	if disabled.Code != 403 || !strings.Contains(disabled.Body.String(), "该账号已停用") {
		t.Errorf("disabled: %d", disabled.Code)
	}
	// A disabled account's wrong password says no more than any wrong password.
	if rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm(disabledUser, "wrong", "")); rec.Code != 401 {
		t.Errorf("disabled, wrong password: %d", rec.Code)
	}

	// Every attempt is audited, with the client's address.
	var signins, failures int
	site.audit.mu.Lock()
	for _, e := range site.audit.entries {
		switch e.Action {
		case "session.signin":
			signins++
		case "session.signin_failed":
			failures++
			if e.Remote != "192.0.2.1" || e.Actor != "anonymous" {
				t.Errorf("failure audited as %q from %q", e.Actor, e.Remote)
			}
		}
	}
	site.audit.mu.Unlock()
	if signins != 5 || failures != 6 {
		t.Errorf("audited %d sign-ins and %d failures, want 5 and 6", signins, failures)
	}
}

// TestSignInLockout: ten failures in a row from one address hold that
// address off the name (the tenth already answers 429); then even the right
// password is refused from there until the hold ends, while another address
// signs in. An unknown name is held off the same way, so the answers do not
// tell which names exist.
func TestSignInLockout(t *testing.T) {
	site := newTestSite(t, newFake(t))
	for _, name := range []string{"viewer.440000", "nobody.here"} {
		for i := 1; i <= rollout.MaxFailedSignIns; i++ {
			rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm(name, "wrong", ""))
			if want := map[bool]int{true: 429, false: 401}[i == rollout.MaxFailedSignIns]; rec.Code != want {
				t.Fatalf("%s, failure %d: %d, want %d", name, i, rec.Code, want)
			}
		}
	}
	other := httptest.NewRequest("POST", "/signin", strings.NewReader(signinForm("viewer.440000", fixturePassword, "")))
	other.Header = formPost.Clone()
	other.RemoteAddr = "198.51.100.7:4321"
	ownerRec := httptest.NewRecorder()
	site.Server.Handler().ServeHTTP(ownerRec, other)
	if ownerRec.Code != 303 {
		t.Fatalf("the owner from another address: %d", ownerRec.Code)
	}
	rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm("viewer.440000", fixturePassword, ""))
	body := rec.Body.String()
	if rec.Code != 429 || sessionOf(rec) != nil || !strings.Contains(body, "连续10次登录失败已被锁定") {
		t.Fatalf("after 10 failures: %d\n%s", rec.Code, body)
	}
	// The lock is the fake's, fifteen minutes from its clock.
	until := fakeNow.Add(rollout.LockDuration)
	if !strings.Contains(body, formatDateTime(zh, until)) {
		t.Errorf("the page does not say until %s", formatDateTime(zh, until))
	}
	site.users.advance(rollout.LockDuration + 1)
	rec = serveBody(site.Server, "POST", "/signin", formPost, signinForm("viewer.440000", fixturePassword, ""))
	if rec.Code != 303 {
		t.Errorf("after the lock: %d", rec.Code)
	}
}

// TestSignInReplacesSession: signing in ends the session the browser came
// with; signing out ends the session and clears the cookie.
func TestSignInReplacesSession(t *testing.T) {
	site := newTestSite(t, newFake(t))
	old := site.as(t, "viewer@440000")
	rec := serveBody(site.Server, "POST", "/signin", with(old, formPost), signinForm("reporter.440000", fixturePassword, ""))
	if rec.Code != 303 || sessionOf(rec) == nil {
		t.Fatalf("sign in over a session: %d", rec.Code)
	}
	if rec := serve(site.Server, "GET", "/api/v1/session", old); rec.Code != 401 {
		t.Errorf("the old session lives on: %d", rec.Code)
	}
	// A signed-in user who opens the sign-in page goes on.
	cookie := http.Header{"Cookie": {sessionOf(rec).String()}}
	if rec := serve(site.Server, "GET", "/signin?next="+q("/account"), cookie); rec.Code != 303 || rec.Header().Get("Location") != "/account" {
		t.Errorf("sign-in page when signed in: %d %q", rec.Code, rec.Header().Get("Location"))
	}
	out := serveBody(site.Server, "POST", "/signout", cookie, "")
	if out.Code != 303 || out.Header().Get("Location") != "/signin?done=signout" || sessionOf(out) == nil || sessionOf(out).MaxAge >= 0 {
		t.Errorf("sign out: %d %q %v", out.Code, out.Header().Get("Location"), sessionOf(out))
	}
	if rec := serve(site.Server, "GET", "/api/v1/session", cookie); rec.Code != 401 {
		t.Errorf("the session lives on after signing out: %d", rec.Code)
	}
	if body := serve(site.Server, "GET", "/signin?done=signout", nil).Body.String(); !strings.Contains(body, "您已退出登录。") {
		t.Error("no notice after signing out")
	}
}

// TestSecureCookies: behind TLS the session cookie is Secure.
func TestSecureCookies(t *testing.T) {
	site := newTestSite(t, newFake(t))
	s, err := New(Config{Catalog: site.cat, Units: site.units, Tasks: site.tasks, Reports: site.reports, Users: site.users, Audit: site.audit, SecureCookies: true})
	if err != nil {
		t.Fatal(err)
	}
	rec := serveBody(s, "POST", "/signin", formPost, signinForm("reporter.440000", fixturePassword, ""))
	if c := sessionOf(rec); c == nil || !c.Secure {
		t.Errorf("cookie %+v, want Secure", c)
	}
	rec = serveBody(s, "POST", "/signout", site.as(t, gdReporter), "")
	if c := sessionOf(rec); c == nil || !c.Secure {
		t.Errorf("clearing cookie %+v, want Secure", c)
	}
}

// TestAPISession: POST, GET and DELETE /api/v1/session.
func TestAPISession(t *testing.T) {
	site := newTestSite(t, newFake(t))
	rec := serveBody(site.Server, "POST", "/api/v1/session", jsonPost, `{"username": "reporter.440000", "password": "`+fixturePassword+`"}`)
	var u apiUser
	if rec.Code != 200 || json.Unmarshal(rec.Body.Bytes(), &u) != nil || u.Username != "reporter.440000" || len(u.Grants) != 1 ||
		u.Grants[0].UnitID != guangdong || u.Grants[0].Role != "reporter" || sessionOf(rec) == nil {
		t.Fatalf("sign in: %d %s", rec.Code, rec.Body)
	}
	if strings.Contains(rec.Body.String(), "password") || strings.Contains(rec.Body.String(), fixturePassword) {
		t.Error("the answer shows the password")
	}
	cookie := http.Header{"Cookie": {sessionOf(rec).String()}}
	if rec := serve(site.Server, "GET", "/api/v1/session", cookie); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"username": "reporter.440000"`) {
		t.Errorf("who am I: %d", rec.Code)
	}
	if rec := serve(site.Server, "DELETE", "/api/v1/session", cookie); rec.Code != 204 || rec.Body.Len() != 0 {
		t.Errorf("sign out: %d", rec.Code)
	}
	if rec := serve(site.Server, "GET", "/api/v1/session", cookie); rec.Code != 401 || rec.Header().Get("WWW-Authenticate") == "" {
		t.Errorf("after signing out: %d", rec.Code)
	}

	// Locked: 429 with the seconds to wait.
	rec = serveBody(site.Server, "POST", "/api/v1/session", jsonPost, `{"username": "locked.user", "password": "`+fixturePassword+`"}`)
	wait, err := strconv.Atoi(rec.Header().Get("Retry-After"))
	if rec.Code != 429 || err != nil || wait < 3500 || wait > 3600 || !strings.Contains(rec.Body.String(), `"code": "locked"`) {
		t.Errorf("locked: %d, Retry-After %q\n%s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	// Locked by failures through the API, where SignIn does not say until when.
	for range rollout.MaxFailedSignIns {
		serveBody(site.Server, "POST", "/api/v1/session", jsonPost, `{"username": "viewer.440000", "password": "x"}`)
	}
	rec = serveBody(site.Server, "POST", "/api/v1/session?lang=en", jsonPost, `{"username": "viewer.440000", "password": "`+fixturePassword+`"}`)
	if rec.Code != 429 || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "this account is locked") {
		t.Errorf("locked by the API: %d %q %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body)
	}
	// With a token, the session is the token's user with its one grant.
	rec = serve(site.Server, "GET", "/api/v1/session", site.bearer(t, "reviewer@440300"))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"unit": "深圳市"`) || strings.Contains(rec.Body.String(), `"token_id": 0`) {
		t.Errorf("token session: %d %s", rec.Code, rec.Body)
	}
}
