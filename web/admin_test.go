package web

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"rollout"
)

const admin = "administrator@1"

// TestAdminCreateUser: an administrator opens an account at a unit named by
// name or code; refusals keep what was typed, never the password.
func TestAdminCreateUser(t *testing.T) {
	site := newTestSite(t, newFake(t))
	form := func(username, name, unit, role, password string) string {
		return url.Values{"username": {username}, "display_name": {name}, "unit": {unit}, "role": {role}, "password": {password}}.Encode()
	}
	for _, tt := range []struct {
		name, body, want, field string
		status                  int
	}{
		{"a bad user name", form("张 三", "张三", "深圳市", "reporter", fixturePassword), "用户名只能包含", "username", 400},
		{"a taken user name", form("reporter.440000", "", "深圳市", "reporter", fixturePassword), "用户名“reporter.440000”已被使用。", "username", 409},
		{"an unknown unit", form("zhang.san", "张三", "火星省", "reporter", fixturePassword), "找不到单位“火星省”", "unit", 400},
		{"a unit several are called", form("zhang.san", "张三", "朝阳区", "reporter", fixturePassword), "指向多个单位", "unit", 400},
		{"a bad role", form("zhang.san", "张三", "深圳市", "boss", fixturePassword), "角色“boss”无效。", "unit", 400},
		{"a weak password", form("zhang.san", "张三", "深圳市", "reporter", "12345"), "密码至少 12 个字符", "password", 400},
		{"a long name", form("zhang.san", strings.Repeat("张", 65), "深圳市", "reporter", fixturePassword), "姓名过长", "display_name", 400},
	} {
		rec := site.serveAs(t, admin, "POST", "/admin/users", formPost, tt.body)
		body := rec.Body.String()
		if rec.Code != tt.status || !strings.Contains(body, tt.want) || !strings.Contains(body, `<a href="#`+tt.field+`">`) {
			t.Errorf("%s: %d\n%.2000s", tt.name, rec.Code, body)
		}
		if strings.Contains(body, fixturePassword) {
			t.Errorf("%s: the page shows the password", tt.name)
		}
		if tt.field != "username" && !strings.Contains(body, `value="zhang.san"`) {
			t.Errorf("%s: the user name typed is lost", tt.name)
		}
	}

	rec := site.serveAs(t, admin, "POST", "/admin/users", formPost, form("zhang.san", "张三", "440300", "reviewer", fixturePassword))
	if rec.Code != 303 {
		t.Fatalf("create: %d\n%s", rec.Code, rec.Body)
	}
	u, err := site.users.UserByName(context.Background(), "zhang.san")
	if err != nil || u.DisplayName != "张三" || len(u.Grants) != 1 || u.Grants[0].UnitID != shenzhen ||
		u.Grants[0].UnitPath != "/1/440000/440300/" || u.Grants[0].Role != rollout.RoleReviewer {
		t.Fatalf("stored %+v, %v", u, err)
	}
	if loc := rec.Header().Get("Location"); loc != fmt.Sprintf("/admin/users/%d?done=created", u.ID) {
		t.Errorf("Location %q", loc)
	}
	page := site.getAs(t, admin, "GET", rec.Header().Get("Location"), nil).Body.String()
	for _, w := range []string{"账号已开设。", "<code>zhang.san</code> · 张三", `name="keep" value="440300:reviewer" checked`, "复核人员"} {
		if !strings.Contains(page, w) {
			t.Errorf("the account's page lacks %q", w)
		}
	}
	if rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm("zhang.san", fixturePassword, "")); rec.Code != 303 ||
		rec.Header().Get("Location") != "/units/440300/tasks" {
		t.Errorf("the new account signs in: %d %q", rec.Code, rec.Header().Get("Location"))
	}
	if !strings.Contains(strings.Join(site.audit.actions(), " "), "user.create") {
		t.Error("not audited")
	}
}

// TestAdminChangeUser: grants, disabling and resetting a password.
func TestAdminChangeUser(t *testing.T) {
	site := newTestSite(t, newFake(t))
	target := site.users.ensure(t, site.units, "viewer@440300")
	base := fmt.Sprintf("/admin/users/%d", target.ID)
	victim := site.as(t, "viewer@440300")

	// Grants: keep the one, add another, then take the first away.
	rec := site.serveAs(t, admin, "POST", base+"/grants", formPost, "version=1&keep=440300:viewer&unit="+q("福田区")+"&role=reporter")
	if rec.Code != 303 || rec.Header().Get("Location") != base+"?done=grants" {
		t.Fatalf("add a grant: %d\n%s", rec.Code, rec.Body)
	}
	u, _ := site.users.User(context.Background(), target.ID)
	if len(u.Grants) != 2 || u.Grants[1].UnitID != futian || u.Grants[1].Role != rollout.RoleReporter {
		t.Errorf("grants %+v", u.Grants)
	}
	rec = site.serveAs(t, admin, "POST", base+"/grants", formPost, "version=2&keep=440304:reporter")
	u, _ = site.users.User(context.Background(), target.ID)
	if rec.Code != 303 || len(u.Grants) != 1 || u.Grants[0].UnitID != futian {
		t.Errorf("take a grant away: %d %+v", rec.Code, u.Grants)
	}
	// The new grants decide at once, for the session already open.
	if rec := serve(site.Server, "GET", "/units/440300/tasks", victim); rec.Code != 403 {
		t.Errorf("a grant taken away still reads: %d", rec.Code)
	}
	rec = site.serveAs(t, admin, "POST", base+"/grants", formPost, "version=3&keep=440304:reporter&unit="+q("福田区")+"&role=overlord")
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "角色“overlord”无效。") || !strings.Contains(rec.Body.String(), `value="福田区"`) {
		t.Errorf("a bad role: %d", rec.Code)
	}

	// Disable: the sessions end and the account cannot sign in; enable again.
	rec = site.serveAs(t, admin, "POST", base+"/disabled", formPost, "version=3&disabled=true")
	if rec.Code != 303 || rec.Header().Get("Location") != base+"?done=disabled" {
		t.Fatalf("disable: %d", rec.Code)
	}
	if rec := serve(site.Server, "GET", "/api/v1/session", victim); rec.Code != 401 {
		t.Errorf("a disabled account's session lives on: %d", rec.Code)
	}
	list := site.getAs(t, admin, "GET", "/admin/users", nil).Body.String()
	if !strings.Contains(list, `<a href="`+base+`"><code>viewer.440300</code></a>`) {
		t.Error("the list lacks the account")
	}
	if page := site.getAs(t, admin, "GET", base, nil).Body.String(); !strings.Contains(page, "已停用") || !strings.Contains(page, `name="disabled" value="false"`) {
		t.Error("the page does not show the account disabled with a way to enable it")
	}
	if rec := site.serveAs(t, admin, "POST", base+"/disabled", formPost, "version=4&disabled=false"); rec.Code != 303 {
		t.Errorf("enable: %d", rec.Code)
	}

	// Reset the password: the old one no longer signs in, the new one does.
	const reset = "Zuruecksetzen-2025"
	rec = site.serveAs(t, admin, "POST", base+"/password", formPost, url.Values{"password": {reset}, "confirm": {reset}}.Encode())
	if rec.Code != 303 || rec.Header().Get("Location") != base+"?done=password" {
		t.Fatalf("reset: %d\n%s", rec.Code, rec.Body)
	}
	if rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm("viewer.440300", reset, "")); rec.Code != 303 {
		t.Errorf("sign in with the reset password: %d", rec.Code)
	}
	rec = site.serveAs(t, admin, "POST", base+"/password", formPost, url.Values{"password": {"weak"}, "confirm": {"weak"}}.Encode())
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), `<a href="#password">`) {
		t.Errorf("a weak reset: %d", rec.Code)
	}
	if rec := site.getAs(t, admin, "GET", "/admin/users/999", nil); rec.Code != 404 {
		t.Errorf("an unknown account: %d", rec.Code)
	}
	if rec := site.getAs(t, admin, "GET", "/admin/users/x", nil); rec.Code != 400 {
		t.Errorf("a bad account ID: %d", rec.Code)
	}
}

// TestAdminCannotLockThemselvesOut: an administrator neither disables their
// own account nor takes away their own right to administer.
func TestAdminCannotLockThemselvesOut(t *testing.T) {
	site := newTestSite(t, newFake(t))
	me := site.users.ensure(t, site.units, admin)
	base := fmt.Sprintf("/admin/users/%d", me.ID)
	page := site.getAs(t, admin, "GET", base, nil).Body.String()
	if strings.Contains(page, `name="disabled" value="true"`) || !strings.Contains(page, "不能停用您自己的账号。") {
		t.Error("the own account's page offers to disable it")
	}
	if rec := site.serveAs(t, admin, "POST", base+"/disabled", formPost, "version=1&disabled=true"); rec.Code != 400 {
		t.Errorf("disable oneself: %d", rec.Code)
	}
	for _, body := range []string{"version=1", "version=1&unit=" + q("广东省") + "&role=administrator", "version=1&keep=1:viewer"} {
		rec := site.serveAs(t, admin, "POST", base+"/grants", formPost, body)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), "不能收回您自己管理账号的权限") {
			t.Errorf("grants %q: %d", body, rec.Code)
		}
	}
	// Adding a grant and keeping the root one is fine.
	if rec := site.serveAs(t, admin, "POST", base+"/grants", formPost, "version=1&keep=1:administrator&unit=440000&role=viewer"); rec.Code != 303 {
		t.Errorf("add a grant to oneself: %d", rec.Code)
	}
	u, _ := site.users.User(context.Background(), me.ID)
	if u.Disabled || len(u.Grants) != 2 {
		t.Errorf("own account %+v", u)
	}
}

// TestAdminAudit: the trail, newest first, filtered; the chain verified.
func TestAdminAudit(t *testing.T) {
	site := newTestSite(t, newFake(t))
	ctx := rollout.WithRemote(rollout.WithActor(context.Background(), &rollout.User{ID: 3, Username: "coordinator.1"}), "10.1.2.3")
	site.users.advance(24 * time.Hour) // 2024-01-17
	site.audit.record(ctx, "task.divide", "task:19", `{"units":[]}`, `{"units":[440100,440300]}`)
	site.users.advance(24 * time.Hour) // 2024-01-18
	site.audit.record(ctx, "task.divide", "task:20", "", `{"units":[440400]}`)
	site.audit.record(ctx, "notice.import", "batch:7", "", "<b>")

	get := func(query string) (int, string) {
		rec := site.getAs(t, admin, "GET", "/admin/audit"+query, nil)
		return rec.Code, rec.Body.String()
	}
	status, page := get("")
	if status != 200 {
		t.Fatalf("%d", status)
	}
	for _, w := range []string{"notice.import", "batch:7", "10.1.2.3", "coordinator.1", "&lt;b&gt;", "2024年1月18日 17:00:00",
		"&#34;units&#34;: [\n    440100,", "变更前", "user.create"} {
		if !strings.Contains(page, w) {
			t.Errorf("the trail lacks %q", w)
		}
	}
	if i, j := strings.Index(page, "batch:7"), strings.Index(page, "task:19"); i < 0 || j < 0 || i > j {
		t.Error("not newest first")
	}

	for _, tt := range []struct {
		query         string
		want, notWant []string
	}{
		{"?action=task.", []string{"task:19", "task:20"}, []string{"batch:7", "user.create"}},
		{"?actor=coordinator.1&object=task:20", []string{"task:20"}, []string{"task:19"}},
		{"?since=2024-01-17&until=2024-01-17", []string{"task:19"}, []string{"task:20", "user.create"}},
		{"?until=2024-01-16", []string{"user.create"}, []string{"task:19"}},
		{"?limit=2", []string{"batch:7", "task:20", `href="/admin/audit?limit=4"`}, []string{"task:19"}},
		{"?action=nothing.", []string{"没有符合条件的记录。"}, nil},
	} {
		status, page := get(tt.query)
		if status != 200 {
			t.Errorf("%s: %d", tt.query, status)
		}
		for _, w := range tt.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: lacks %q", tt.query, w)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(page, w) {
				t.Errorf("%s: has %q", tt.query, w)
			}
		}
	}
	for _, tt := range []struct{ query, want string }{
		{"?since=17.1.2024", "日期“17.1.2024”无效"},
		{"?since=2024-01-18&until=2024-01-17", "起始日期2024-01-18晚于截止日期2024-01-17。"},
		{"?limit=5000", "显示条数“5000”无效"},
		{"?limit=x", "显示条数“x”无效"},
	} {
		if status, page := get(tt.query); status != 400 || !strings.Contains(page, tt.want) || !strings.Contains(page, `class="filter"`) {
			t.Errorf("%s: %d", tt.query, status)
		}
	}

	if _, page := get("?verify=1"); !strings.Contains(page, "审计链完整：已校验") {
		t.Error("verify: the chain does not hold")
	}
	site.audit.mu.Lock()
	site.audit.entries[1].Object = "user:someone.else"
	site.audit.mu.Unlock()
	if _, page := get("?verify=1"); !strings.Contains(page, "审计链在编号为2的记录处断裂") {
		t.Error("verify: a changed entry is not found")
	}

	site.audit.err = fmt.Errorf("audit table locked")
	if rec := site.getAs(t, admin, "GET", "/admin/audit", nil); rec.Code != 500 || strings.Contains(rec.Body.String(), "audit table") {
		t.Errorf("a failing trail: %d", rec.Code)
	}
}

// TestAdminUnlocks: issue 15 item 3. A held account's page offers to lift its
// holds; lifting them lets the account sign in with its password at once, and
// the page then says so and offers nothing more; lifting again says there was
// nothing to lift.
func TestAdminUnlocks(t *testing.T) {
	site := newTestSite(t, newFake(t))
	site.users.ensure(t, site.units, admin)
	u, err := site.users.UserByName(context.Background(), lockedUser)
	if err != nil {
		t.Fatal(err)
	}
	base := fmt.Sprintf("/admin/users/%d", u.ID)
	page := site.getAs(t, admin, "GET", base, nil).Body.String()
	if !strings.Contains(page, `action="`+base+`/unlock"`) || !strings.Contains(page, "解除登录限制") {
		t.Fatalf("a held account's page offers no unlocking:\n%.2000s", page)
	}
	if rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm(lockedUser, fixturePassword, "")); rec.Code != 429 {
		t.Fatalf("held account signs in: %d", rec.Code)
	}
	rec := site.serveAs(t, admin, "POST", base+"/unlock", formPost, "")
	if rec.Code != 303 || rec.Header().Get("Location") != base+"?done=unlocked" {
		t.Fatalf("unlock: %d %s", rec.Code, rec.Header().Get("Location"))
	}
	if rec := serveBody(site.Server, "POST", "/signin", formPost, signinForm(lockedUser, fixturePassword, "")); rec.Code != 303 {
		t.Errorf("after unlocking: %d %s", rec.Code, rec.Body.String())
	}
	page = site.getAs(t, admin, "GET", base+"?done=unlocked", nil).Body.String()
	if !strings.Contains(page, "登录限制已解除") || strings.Contains(page, `/unlock"`) {
		t.Error("the page after unlocking")
	}
	if rec := site.serveAs(t, admin, "POST", base+"/unlock", formPost, ""); rec.Header().Get("Location") != base+"?done=unheld" {
		t.Errorf("unlock again: %d %s", rec.Code, rec.Header().Get("Location"))
	}
	if rec := site.serveAs(t, gdReporter, "POST", base+"/unlock", formPost, ""); rec.Code != 403 {
		t.Errorf("a reporter unlocks: %d", rec.Code)
	}
	if n := slices.Index(site.audit.actions(), "user.unlock"); n < 0 || slices.Index(site.audit.actions()[n+1:], "user.unlock") >= 0 {
		t.Errorf("user.unlock entries: %v, want one", site.audit.actions())
	}
}
