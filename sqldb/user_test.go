package sqldb_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/refdata"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

const goodPassword = "Guangdong-FTZ-2024"

// smallTree loads a few units and returns them by name.
func smallTree(t *testing.T, db *sqldb.DB) map[string]*rollout.Unit {
	t.Helper()
	ctx := context.Background()
	specs := []refdata.UnitSpec{
		{Key: "国务院", Name: "国务院", Kind: rollout.KindStateCouncil},
		{Key: "商务部", Name: "商务部", Kind: rollout.KindMinistry, ParentKey: "国务院"},
		{Key: "广东省", Code: "440000", Name: "广东省", Kind: rollout.KindProvince, ParentKey: "国务院", ProvinceKey: "广东省"},
		{Key: "深圳市", Code: "440300", Name: "深圳市", Kind: rollout.KindCity, ParentKey: "广东省", ProvinceKey: "广东省"},
		{Key: "南山区", Code: "440305", Name: "南山区", Kind: rollout.KindCounty, ParentKey: "深圳市", ProvinceKey: "广东省"},
		{Key: "四川省", Code: "510000", Name: "四川省", Kind: rollout.KindProvince, ParentKey: "国务院", ProvinceKey: "四川省"},
	}
	if _, err := db.LoadUnits(ctx, specs); err != nil {
		t.Fatal(err)
	}
	out := map[string]*rollout.Unit{}
	for _, sp := range specs {
		out[sp.Name] = unitNamed(t, db, sp.Name)
	}
	return out
}

// clock is a settable time for db.Now.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

// newClock makes db's time stand still at 1 March 2024, 09:00 UTC, until advanced.
func newClock(db *sqldb.DB) *clock {
	c := &clock{time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)}
	db.Now = c.now
	return c
}

func code(err error) string { return rollout.ErrorCode(err) }

// entries lists the audit entries f selects.
func entries(t *testing.T, db *sqldb.DB, f rollout.AuditFilter) []rollout.AuditEntry {
	t.Helper()
	es, err := db.AuditEntries(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// createUser adds a user with one grant.
func createUser(t *testing.T, db *sqldb.DB, name string, unit *rollout.Unit, role rollout.Role) *rollout.User {
	t.Helper()
	u := &rollout.User{Username: name, DisplayName: "测试 " + name, Grants: []rollout.Grant{{UnitID: unit.ID, Role: role}}}
	if err := db.CreateUser(context.Background(), u, goodPassword); err != nil {
		t.Fatalf("create %s: %v", name, err)
	}
	return u
}

func TestCreateUser(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		admin := &rollout.User{ID: 0, Username: "root-admin"}
		actx := rollout.WithRemote(rollout.WithActor(ctx, admin), "10.0.0.7")
		u := &rollout.User{Username: "zhang.san", DisplayName: " 张三 ", Grants: []rollout.Grant{
			{UnitID: units["深圳市"].ID, Role: rollout.RoleReporter},
			{UnitID: units["广东省"].ID, Role: rollout.RoleViewer},
			{UnitID: units["深圳市"].ID, Role: rollout.RoleReporter}, // twice: kept once
		}}
		if err := db.CreateUser(actx, u, goodPassword); err != nil {
			t.Fatal(err)
		}
		if u.ID == 0 || u.DisplayName != "张三" || u.CreatedAt.IsZero() || len(u.Grants) != 2 {
			t.Fatalf("created %+v", u)
		}
		for _, get := range []func() (*rollout.User, error){
			func() (*rollout.User, error) { return db.User(ctx, u.ID) },
			func() (*rollout.User, error) { return db.UserByName(ctx, "zhang.san") },
		} {
			got, err := get()
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != u.ID || got.Username != "zhang.san" || got.Disabled || got.LockedUntil != nil || len(got.Grants) != 2 {
				t.Fatalf("read back %+v", got)
			}
			gd := got.Grants[0] // by path: 广东省 before 深圳市
			if gd.UnitName != "广东省" || gd.UnitPath != units["广东省"].Path || gd.UnitKind != rollout.KindProvince || gd.Role != rollout.RoleViewer {
				t.Errorf("grant = %+v", gd)
			}
			if g := got.Grants[1]; g.UnitName != "深圳市" || g.Role != rollout.RoleReporter {
				t.Errorf("grant = %+v", g)
			}
			if !got.CreatedAt.Equal(u.CreatedAt) {
				t.Errorf("created at %v, want %v", got.CreatedAt, u.CreatedAt)
			}
		}
		createUser(t, db, "li.si", units["四川省"], rollout.RoleAdmin)
		all, err := db.Users(ctx)
		if err != nil || len(all) != 2 || all[0].Username != "li.si" || all[1].Username != "zhang.san" || len(all[0].Grants) != 1 {
			t.Fatalf("users = %v, %v", all, err)
		}
		if _, err := db.User(ctx, 99999); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing user: %v", err)
		}
		if _, err := db.UserByName(ctx, "nobody"); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing user name: %v", err)
		}

		es := entries(t, db, rollout.AuditFilter{Action: "user.create"})
		if len(es) != 2 || es[1].Object != "user:zhang.san" || es[1].Actor != "root-admin" || es[1].Remote != "10.0.0.7" || es[0].Actor != "system" {
			t.Fatalf("audit = %+v", es)
		}
		if !strings.Contains(es[1].After, `"username":"zhang.san"`) || !strings.Contains(es[1].After, "深圳市") || es[1].Before != "" {
			t.Errorf("user.create after = %s", es[1].After)
		}

		// Refusals store nothing and audit nothing.
		retired := &rollout.Unit{Name: "旧办公室", Kind: rollout.KindDepartment, ParentID: units["广东省"].ID}
		if err := db.CreateUnit(ctx, retired); err != nil {
			t.Fatal(err)
		}
		if err := db.RetireUnit(ctx, retired.ID, unitAt(t, db, retired.ID)); err != nil {
			t.Fatal(err)
		}
		before := len(entries(t, db, rollout.AuditFilter{}))
		g := []rollout.Grant{{UnitID: units["广东省"].ID, Role: rollout.RoleViewer}}
		for name, c := range map[string]struct {
			user     rollout.User
			password string
			code     string
		}{
			"short name":        {rollout.User{Username: "a", Grants: g}, goodPassword, rollout.EINVALID},
			"space in name":     {rollout.User{Username: "wang wu", Grants: g}, goodPassword, rollout.EINVALID},
			"short password":    {rollout.User{Username: "wang.wu", Grants: g}, "Ab1-short", rollout.EINVALID},
			"two classes":       {rollout.User{Username: "wang.wu", Grants: g}, "alllowercase123", rollout.EINVALID},
			"name in password":  {rollout.User{Username: "wang.wu", Grants: g}, "X-Wang.Wu-2024!", rollout.EINVALID},
			"taken name":        {rollout.User{Username: "zhang.san", Grants: g}, goodPassword, rollout.ECONFLICT},
			"unknown role":      {rollout.User{Username: "wang.wu", Grants: []rollout.Grant{{UnitID: units["广东省"].ID, Role: "boss"}}}, goodPassword, rollout.EINVALID},
			"missing unit":      {rollout.User{Username: "wang.wu", Grants: []rollout.Grant{{UnitID: 99999, Role: rollout.RoleViewer}}}, goodPassword, rollout.EINVALID},
			"retired unit":      {rollout.User{Username: "wang.wu", Grants: []rollout.Grant{{UnitID: retired.ID, Role: rollout.RoleViewer}}}, goodPassword, rollout.EINVALID},
			"taken after grant": {rollout.User{Username: "li.si"}, goodPassword, rollout.ECONFLICT},
		} {
			u := c.user
			if err := db.CreateUser(ctx, &u, c.password); code(err) != c.code {
				t.Errorf("%s: err = %v, want %s", name, err, c.code)
			}
		}
		if after := len(entries(t, db, rollout.AuditFilter{})); after != before {
			t.Errorf("refused creations wrote %d audit entries", after-before)
		}
		if all, _ := db.Users(ctx); len(all) != 2 {
			t.Errorf("%d users after refusals", len(all))
		}
	})
}

func TestSignIn(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := rollout.WithRemote(context.Background(), "192.0.2.1")
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["深圳市"], rollout.RoleReporter)

		secret, got, err := db.SignIn(ctx, "zhang.san", goodPassword)
		if err != nil {
			t.Fatal(err)
		}
		if len(secret) < 40 || got.ID != u.ID || len(got.Grants) != 1 || got.Grants[0].UnitName != "深圳市" {
			t.Fatalf("sign-in = %q, %+v", secret, got)
		}
		su, err := db.SessionUser(ctx, secret)
		if err != nil || su.ID != u.ID || len(su.Grants) != 1 {
			t.Fatalf("session user = %+v, %v", su, err)
		}
		// The secret is not stored, in the sessions or in the audit trail.
		for _, q := range []string{`SELECT id FROM sessions`, `SELECT after FROM audit_log`} {
			rows, err := db.QueryStrings(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				if strings.Contains(r, secret) {
					t.Errorf("%s holds the session secret", q)
				}
			}
		}

		_, _, errWrong := db.SignIn(ctx, "zhang.san", "Wrong-Password-1")
		_, _, errUnknown := db.SignIn(ctx, "no.such.user", goodPassword)
		if code(errWrong) != rollout.EUNAUTHORIZED || code(errUnknown) != rollout.EUNAUTHORIZED ||
			rollout.ErrorMessage(errWrong) != rollout.ErrorMessage(errUnknown) {
			t.Errorf("wrong password: %v; unknown user: %v; want the same refusal", errWrong, errUnknown)
		}
		for _, s := range []string{"", "garbage"} {
			if _, err := db.SessionUser(ctx, s); code(err) != rollout.EUNAUTHORIZED {
				t.Errorf("session %q: %v", s, err)
			}
		}

		es := entries(t, db, rollout.AuditFilter{Action: "session."})
		if len(es) != 3 {
			t.Fatalf("%d session entries: %+v", len(es), es)
		}
		if e := es[2]; e.Action != "session.signin" || e.Actor != "zhang.san" || e.ActorID != u.ID || e.Remote != "192.0.2.1" || e.Object != "user:zhang.san" {
			t.Errorf("sign-in entry = %+v", e)
		}
		if e := es[1]; e.Action != "session.signin_failed" || e.Actor != "anonymous" || e.ActorID != 0 || !strings.Contains(e.After, `"reason":"password"`) {
			t.Errorf("failed sign-in entry = %+v", e)
		}
		if e := es[0]; e.Object != "user:no.such.user" || !strings.Contains(e.After, "unknown_user") {
			t.Errorf("unknown user entry = %+v", e)
		}
		for _, e := range entries(t, db, rollout.AuditFilter{}) {
			if strings.Contains(e.Before+e.After, goodPassword) || strings.Contains(e.Before+e.After, "argon2") {
				t.Errorf("entry %d holds a password or hash: %s", e.ID, e.After)
			}
		}

		// A success resets the count of failures in a row.
		if _, _, err := db.SignIn(ctx, "zhang.san", goodPassword); err != nil {
			t.Fatal(err)
		}
		for range rollout.MaxFailedSignIns - 1 {
			db.SignIn(ctx, "zhang.san", "Wrong-Password-1")
		}
		if _, _, err := db.SignIn(ctx, "zhang.san", goodPassword); err != nil {
			t.Fatal(err)
		}
		for range rollout.MaxFailedSignIns - 1 {
			db.SignIn(ctx, "zhang.san", "Wrong-Password-1")
		}
		if _, _, err := db.SignIn(ctx, "zhang.san", goodPassword); err != nil {
			t.Fatalf("after %d failures, a reset, and %d more: %v", rollout.MaxFailedSignIns-1, rollout.MaxFailedSignIns-1, err)
		}
	})
}

func TestSignInLockout(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		clk := newClock(db)
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["深圳市"], rollout.RoleReporter)
		for i := 1; i <= rollout.MaxFailedSignIns; i++ {
			_, _, err := db.SignIn(ctx, "zhang.san", "Wrong-Password-1")
			want := rollout.EUNAUTHORIZED
			if i == rollout.MaxFailedSignIns {
				want = rollout.ELOCKED
			}
			if code(err) != want {
				t.Fatalf("failure %d: %v, want %s", i, err, want)
			}
			clk.advance(time.Second)
		}
		// Locked: the right password is refused too, with the time the lock ends.
		_, _, err := db.SignIn(ctx, "zhang.san", goodPassword)
		if code(err) != rollout.ELOCKED || !strings.Contains(rollout.ErrorMessage(err), "2024-03-01 17:15:09（北京时间）") {
			t.Fatalf("right password while locked: %v", err)
		}
		if got, _ := db.User(ctx, u.ID); got.LockedUntil == nil {
			t.Error("User does not show the lock")
		}
		failed := entries(t, db, rollout.AuditFilter{Action: "session.signin_failed"})
		if len(failed) != rollout.MaxFailedSignIns+1 || !strings.Contains(failed[0].After, `"reason":"locked"`) ||
			!strings.Contains(failed[1].After, "locked_until") {
			t.Fatalf("failed sign-ins audited: %d, %+v", len(failed), failed[:2])
		}
		clk.advance(rollout.LockDuration - 10*time.Second)
		if _, _, err := db.SignIn(ctx, "zhang.san", goodPassword); code(err) != rollout.ELOCKED {
			t.Fatalf("just before the lock ends: %v", err)
		}
		clk.advance(10 * time.Second)
		if _, _, err := db.SignIn(ctx, "zhang.san", goodPassword); err != nil {
			t.Fatalf("after the lock: %v", err)
		}
		if got, _ := db.User(ctx, u.ID); got.LockedUntil != nil {
			t.Errorf("still shows a lock until %v", got.LockedUntil)
		}
	})
}

func TestSessionExpiry(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		clk := newClock(db)
		units := smallTree(t, db)
		createUser(t, db, "zhang.san", units["深圳市"], rollout.RoleReporter)

		// Idle: each use pushes the expiry forward; a pause longer than SessionIdle ends it.
		idle, _, err := db.SignIn(ctx, "zhang.san", goodPassword)
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			clk.advance(rollout.SessionIdle - 2*time.Minute)
			if _, err := db.SessionUser(ctx, idle); err != nil {
				t.Fatalf("after %v: %v", rollout.SessionIdle-2*time.Minute, err)
			}
		}
		clk.advance(rollout.SessionIdle + time.Second)
		if _, err := db.SessionUser(ctx, idle); code(err) != rollout.EUNAUTHORIZED {
			t.Fatalf("idle session: %v", err)
		}
		if _, err := db.SessionUser(ctx, idle); code(err) != rollout.EUNAUTHORIZED {
			t.Fatalf("idle session, again: %v", err)
		}

		// Absolute: used every 20 minutes, it still ends after SessionMaxAge.
		busy, _, err := db.SignIn(ctx, "zhang.san", goodPassword)
		if err != nil {
			t.Fatal(err)
		}
		start := clk.t
		for clk.t.Sub(start) < rollout.SessionMaxAge-20*time.Minute {
			clk.advance(20 * time.Minute)
			if _, err := db.SessionUser(ctx, busy); err != nil {
				t.Fatalf("after %v: %v", clk.t.Sub(start), err)
			}
		}
		clk.t = start.Add(rollout.SessionMaxAge)
		if _, err := db.SessionUser(ctx, busy); code(err) != rollout.EUNAUTHORIZED {
			t.Fatalf("session at its maximum age: %v", err)
		}
	})
}

func TestSignOut(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["深圳市"], rollout.RoleReporter)
		other := createUser(t, db, "li.si", units["四川省"], rollout.RoleViewer)
		var secrets []string
		for range 3 {
			s, _, err := db.SignIn(ctx, "zhang.san", goodPassword)
			if err != nil {
				t.Fatal(err)
			}
			secrets = append(secrets, s)
		}
		theirs, _, err := db.SignIn(ctx, "li.si", goodPassword)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SignOut(ctx, secrets[0]); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SessionUser(ctx, secrets[0]); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("signed-out session: %v", err)
		}
		if _, err := db.SessionUser(ctx, secrets[1]); err != nil {
			t.Errorf("other session: %v", err)
		}
		if err := db.SignOut(ctx, secrets[0]); err != nil {
			t.Errorf("signing out twice: %v", err)
		}
		if err := db.SignOutEverywhere(rollout.WithActor(ctx, other), u.ID); err != nil {
			t.Fatal(err)
		}
		for _, s := range secrets {
			if _, err := db.SessionUser(ctx, s); code(err) != rollout.EUNAUTHORIZED {
				t.Errorf("session after signing out everywhere: %v", err)
			}
		}
		if _, err := db.SessionUser(ctx, theirs); err != nil {
			t.Errorf("another user's session: %v", err)
		}
		if err := db.SignOutEverywhere(ctx, 99999); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing user: %v", err)
		}
		out := entries(t, db, rollout.AuditFilter{Action: "session.signout"})
		if len(out) != 2 || out[0].Action != "session.signout_all" || out[0].Actor != "li.si" || !strings.Contains(out[0].After, `"sessions_ended":2`) ||
			out[1].Action != "session.signout" || out[1].Actor != "zhang.san" {
			t.Errorf("sign-out entries = %+v", out)
		}
	})
}

func TestPasswordChangeAndDisabling(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["深圳市"], rollout.RoleReporter)
		s, _, err := db.SignIn(ctx, "zhang.san", goodPassword)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SetPassword(ctx, u.ID, "short"); code(err) != rollout.EINVALID {
			t.Errorf("weak password: %v", err)
		}
		if err := db.SetPassword(ctx, u.ID, "Zhang.San-Is-Me-1"); code(err) != rollout.EINVALID {
			t.Errorf("password with the user name: %v", err)
		}
		if err := db.SetPassword(ctx, 99999, "Another-Good-One-7"); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing user: %v", err)
		}
		if _, err := db.SessionUser(ctx, s); err != nil {
			t.Fatalf("refused changes ended the session: %v", err)
		}
		const newPassword = "Another-Good-One-7"
		if err := db.SetPassword(ctx, u.ID, newPassword); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SessionUser(ctx, s); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("session after a password change: %v", err)
		}
		if _, _, err := db.SignIn(ctx, "zhang.san", goodPassword); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("old password: %v", err)
		}
		if s, _, err = db.SignIn(ctx, "zhang.san", newPassword); err != nil {
			t.Fatalf("new password: %v", err)
		}
		pw := entries(t, db, rollout.AuditFilter{Action: "user.password"})
		if len(pw) != 1 || strings.Contains(pw[0].After, newPassword) || strings.Contains(pw[0].After, "argon2") || !strings.Contains(pw[0].After, `"sessions_ended":1`) {
			t.Errorf("password entries = %+v", pw)
		}

		// Disabled: sessions end, the right password is refused as forbidden, a wrong one as usual.
		if err := db.SetDisabled(ctx, u.ID, userAt(t, db, u.ID), true); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SessionUser(ctx, s); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("session of a disabled user: %v", err)
		}
		if _, _, err := db.SignIn(ctx, "zhang.san", newPassword); code(err) != rollout.EFORBIDDEN {
			t.Errorf("disabled user signs in: %v", err)
		}
		if _, _, err := db.SignIn(ctx, "zhang.san", "Wrong-Password-1"); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("disabled user, wrong password: %v", err)
		}
		if got, _ := db.User(ctx, u.ID); !got.Disabled {
			t.Error("user not disabled")
		}
		if err := db.SetDisabled(ctx, u.ID, userAt(t, db, u.ID), true); err != nil {
			t.Fatal(err)
		}
		if err := db.SetDisabled(ctx, u.ID, userAt(t, db, u.ID), false); err != nil {
			t.Fatal(err)
		}
		if _, _, err := db.SignIn(ctx, "zhang.san", newPassword); err != nil {
			t.Errorf("enabled again: %v", err)
		}
		es := entries(t, db, rollout.AuditFilter{Object: "user:zhang.san", Action: "user.", Limit: 2})
		if len(es) != 2 || es[0].Action != "user.enable" || es[1].Action != "user.disable" ||
			es[1].Before != `{"disabled":false}` || es[1].After != `{"disabled":true,"sessions_ended":1}` {
			t.Errorf("disable/enable entries (disabling again is no change) = %+v", es)
		}
		if failed := entries(t, db, rollout.AuditFilter{Action: "session.signin_failed"}); len(failed) != 3 ||
			!strings.Contains(failed[1].After, "disabled") {
			t.Errorf("failed sign-ins = %+v", failed)
		}
	})
}

func TestSetGrants(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["深圳市"], rollout.RoleReporter)
		s, _, err := db.SignIn(ctx, "zhang.san", goodPassword)
		if err != nil {
			t.Fatal(err)
		}
		next := []rollout.Grant{{UnitID: units["广东省"].ID, Role: rollout.RoleReviewer}, {UnitID: units["四川省"].ID, Role: rollout.RoleViewer}}
		if err := db.SetGrants(ctx, u.ID, userAt(t, db, u.ID), next); err != nil {
			t.Fatal(err)
		}
		su, err := db.SessionUser(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if len(su.Grants) != 2 || su.Grants[0].UnitName != "广东省" || su.Grants[0].Role != rollout.RoleReviewer || su.Grants[1].UnitName != "四川省" {
			t.Errorf("grants in the session = %+v", su.Grants)
		}
		if err := db.SetGrants(ctx, u.ID, userAt(t, db, u.ID), []rollout.Grant{{UnitID: 99999, Role: rollout.RoleViewer}}); code(err) != rollout.EINVALID {
			t.Errorf("missing unit: %v", err)
		}
		if err := db.SetGrants(ctx, 99999, userAt(t, db, 99999), next); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing user: %v", err)
		}
		if err := db.SetGrants(ctx, u.ID, userAt(t, db, u.ID), next); err != nil { // the same again: no change
			t.Fatal(err)
		}
		if err := db.SetGrants(ctx, u.ID, userAt(t, db, u.ID), nil); err != nil {
			t.Fatal(err)
		}
		if got, _ := db.User(ctx, u.ID); len(got.Grants) != 0 {
			t.Errorf("grants after removing all = %+v", got.Grants)
		}
		es := entries(t, db, rollout.AuditFilter{Action: "user.grants"})
		if len(es) != 2 || !strings.Contains(es[1].Before, "深圳市") || !strings.Contains(es[1].After, "四川省") || es[0].After != "[]" {
			t.Errorf("grant entries = %+v", es)
		}
	})
}

func TestTokens(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		clk := newClock(db)
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["广东省"], rollout.RoleReviewer)
		coordinator := createUser(t, db, "mofcom", units["商务部"], rollout.RoleCoordinator)

		tk := &rollout.Token{UserID: u.ID, Name: " 报表同步 ", Grant: rollout.Grant{UnitID: units["深圳市"].ID, Role: rollout.RoleReporter}}
		secret, err := db.CreateToken(ctx, tk)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(secret, "rlt_") || len(secret) < 40 || tk.ID == 0 || tk.Name != "报表同步" ||
			tk.Grant.UnitName != "深圳市" || tk.Grant.UnitPath != units["深圳市"].Path || tk.CreatedAt.IsZero() {
			t.Fatalf("token %q = %+v", secret, tk)
		}
		tu, err := db.TokenUser(ctx, secret)
		if err != nil {
			t.Fatal(err)
		}
		if tu.ID != u.ID || tu.TokenID != tk.ID || len(tu.Grants) != 1 || tu.Grants[0] != tk.Grant {
			t.Errorf("token user = %+v", tu)
		}
		// The token reaches Shenzhen's subtree, not the province.
		if err := rollout.Authorize(tu, rollout.ActReport, rollout.Target{UnitPath: units["南山区"].Path}); err != nil {
			t.Errorf("token within its grant: %v", err)
		}
		if err := rollout.Authorize(tu, rollout.ActReadTasks, rollout.Target{UnitPath: units["广东省"].Path}); code(err) != rollout.EFORBIDDEN {
			t.Errorf("token beyond its grant: %v", err)
		}
		ts, err := db.Tokens(ctx, u.ID)
		if err != nil || len(ts) != 1 || ts[0].ID != tk.ID || ts[0].LastUsed == nil || ts[0].RevokedAt != nil {
			t.Fatalf("tokens = %+v, %v", ts, err)
		}
		for _, q := range []string{`SELECT secret_hash FROM api_tokens`, `SELECT after FROM audit_log`} {
			rows, _ := db.QueryStrings(ctx, q)
			for _, r := range rows {
				if strings.Contains(r, secret) || strings.Contains(r, secret[4:]) {
					t.Errorf("%s holds the token secret", q)
				}
			}
		}

		for name, c := range map[string]struct {
			tok  rollout.Token
			code string
		}{
			"outside":      {rollout.Token{UserID: u.ID, Name: "x", Grant: rollout.Grant{UnitID: units["四川省"].ID, Role: rollout.RoleViewer}}, rollout.EFORBIDDEN},
			"greater role": {rollout.Token{UserID: u.ID, Name: "x", Grant: rollout.Grant{UnitID: units["深圳市"].ID, Role: rollout.RoleAdmin}}, rollout.EFORBIDDEN},
			"above grant":  {rollout.Token{UserID: u.ID, Name: "x", Grant: rollout.Grant{UnitID: units["国务院"].ID, Role: rollout.RoleViewer}}, rollout.EFORBIDDEN},
			"no name":      {rollout.Token{UserID: u.ID, Name: " ", Grant: rollout.Grant{UnitID: units["深圳市"].ID, Role: rollout.RoleViewer}}, rollout.EINVALID},
			"bad role":     {rollout.Token{UserID: u.ID, Name: "x", Grant: rollout.Grant{UnitID: units["深圳市"].ID, Role: "boss"}}, rollout.EINVALID},
			"no unit":      {rollout.Token{UserID: u.ID, Name: "x", Grant: rollout.Grant{UnitID: 99999, Role: rollout.RoleViewer}}, rollout.EINVALID},
			"no user":      {rollout.Token{UserID: 99999, Name: "x", Grant: rollout.Grant{UnitID: units["深圳市"].ID, Role: rollout.RoleViewer}}, rollout.ENOTFOUND},
		} {
			tok := c.tok
			if _, err := db.CreateToken(ctx, &tok); code(err) != c.code {
				t.Errorf("%s: %v, want %s", name, err, c.code)
			}
		}
		// A coordinator's grant reaches every unit.
		if _, err := db.CreateToken(ctx, &rollout.Token{UserID: coordinator.ID, Name: "统计",
			Grant: rollout.Grant{UnitID: units["四川省"].ID, Role: rollout.RoleViewer}}); err != nil {
			t.Errorf("coordinator's viewer token: %v", err)
		}

		// last_used is written at most once a minute.
		first := *ts[0].LastUsed
		clk.advance(30 * time.Second)
		db.TokenUser(ctx, secret)
		if ts, _ := db.Tokens(ctx, u.ID); !ts[0].LastUsed.Equal(first) {
			t.Errorf("last used moved within the minute: %v", ts[0].LastUsed)
		}
		clk.advance(time.Minute)
		db.TokenUser(ctx, secret)
		if ts, _ := db.Tokens(ctx, u.ID); !ts[0].LastUsed.Equal(clk.t) {
			t.Errorf("last used = %v, want %v", ts[0].LastUsed, clk.t)
		}

		// Grants reduced below the token's: the token no longer works.
		db.SetGrants(ctx, u.ID, userAt(t, db, u.ID), []rollout.Grant{{UnitID: units["广东省"].ID, Role: rollout.RoleViewer}})
		if _, err := db.TokenUser(ctx, secret); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("token beyond the user's grants: %v", err)
		}
		db.SetGrants(ctx, u.ID, userAt(t, db, u.ID), []rollout.Grant{{UnitID: units["广东省"].ID, Role: rollout.RoleReviewer}})
		if _, err := db.TokenUser(ctx, secret); err != nil {
			t.Errorf("grants restored: %v", err)
		}

		if err := db.RevokeToken(ctx, tk.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := db.TokenUser(ctx, secret); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("revoked token: %v", err)
		}
		if err := db.RevokeToken(ctx, tk.ID); err != nil {
			t.Errorf("revoking twice: %v", err)
		}
		if err := db.RevokeToken(ctx, 99999); code(err) != rollout.ENOTFOUND {
			t.Errorf("missing token: %v", err)
		}
		if ts, _ := db.Tokens(ctx, u.ID); len(ts) != 1 || ts[0].RevokedAt == nil {
			t.Errorf("tokens after revoking = %+v", ts)
		}
		for _, s := range []string{"", "rlt_", "rlt_nonsense", secret[4:]} {
			if _, err := db.TokenUser(ctx, s); code(err) != rollout.EUNAUTHORIZED {
				t.Errorf("token %q: %v", s, err)
			}
		}
		es := entries(t, db, rollout.AuditFilter{Action: "token."})
		if len(es) != 3 || es[0].Action != "token.revoke" || es[0].Object != "token:"+itoa(tk.ID) ||
			!strings.Contains(es[0].After, "revoked_at") || strings.Contains(es[0].Before, "revoked_at") ||
			es[2].Action != "token.create" || !strings.Contains(es[2].After, "报表同步") {
			t.Errorf("token entries = %+v", es)
		}

		// Disabling the account revokes its tokens: enabled again, they stay
		// revoked (issue 15).
		tk2 := &rollout.Token{UserID: u.ID, Name: "再同步", Grant: rollout.Grant{UnitID: units["深圳市"].ID, Role: rollout.RoleReporter}}
		secret2, err := db.CreateToken(ctx, tk2)
		if err != nil {
			t.Fatal(err)
		}
		db.SetDisabled(ctx, u.ID, userAt(t, db, u.ID), true)
		if _, err := db.TokenUser(ctx, secret2); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("token of a disabled user: %v", err)
		}
		db.SetDisabled(ctx, u.ID, userAt(t, db, u.ID), false)
		if _, err := db.TokenUser(ctx, secret2); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("token of a user disabled and enabled again: %v", err)
		}
	})
}

// A password stored under other parameters is hashed again, under the current
// ones, when it is next used to sign in.
func TestSignInRehashes(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		createUser(t, db, "zhang.san", units["深圳市"], rollout.RoleReporter)
		stored := func() string {
			h, err := db.QueryStrings(ctx, `SELECT password_hash FROM users WHERE username = 'zhang.san'`)
			if err != nil || len(h) != 1 {
				t.Fatalf("hash: %v, %v", h, err)
			}
			return h[0]
		}
		old := stored()
		if !strings.HasPrefix(old, "$argon2id$v=19$m=64,t=1,p=1$") {
			t.Fatalf("stored hash %q", old)
		}
		db.Password = sqldb.PasswordParams{Memory: 128, Time: 2, Threads: 1}
		if _, _, err := db.SignIn(ctx, "zhang.san", "Wrong-Password-1"); code(err) != rollout.EUNAUTHORIZED {
			t.Fatal(err)
		}
		if stored() != old {
			t.Error("a wrong password re-hashed")
		}
		if _, _, err := db.SignIn(ctx, "zhang.san", goodPassword); err != nil {
			t.Fatal(err)
		}
		if h := stored(); !strings.HasPrefix(h, "$argon2id$v=19$m=128,t=2,p=1$") {
			t.Errorf("after sign-in the hash is %q", h)
		}
		if e := last(t, db, "session.signin"); !strings.Contains(e.After, `"rehashed":true`) {
			t.Errorf("sign-in entry = %s", e.After)
		}
		if _, _, err := db.SignIn(ctx, "zhang.san", goodPassword); err != nil {
			t.Fatal(err)
		}
		if e := last(t, db, "session.signin"); strings.Contains(e.After, "rehashed") {
			t.Errorf("hashed again: %s", e.After)
		}
		// An absurd user name is recorded cut short.
		db.SignIn(ctx, strings.Repeat("长", 5000), goodPassword)
		if e := last(t, db, "session.signin_failed"); len([]rune(e.Object)) != len("user:")+65 {
			t.Errorf("failed sign-in object has %d characters", len([]rune(e.Object)))
		}
	})
}

// unitAt is the version unit id is stored at now (1 for none): a change
// decided on what is stored.
func unitAt(t *testing.T, db *sqldb.DB, id int64) int64 {
	t.Helper()
	u, err := db.Unit(context.Background(), id)
	if err != nil {
		return 1
	}
	return u.Version
}

// userAt is the version account id is stored at now (1 for none).
func userAt(t *testing.T, db *sqldb.DB, id int64) int64 {
	t.Helper()
	u, err := db.User(context.Background(), id)
	if err != nil {
		return 1
	}
	return u.Version
}

// TestSignInHeldPerAddress: failures count per name and address. An address
// guessing at a name is held off it — with holds growing each time — while the
// owner signs in from another; an unknown name is held off the same way, so
// the answers do not tell which names exist; a new password lifts the holds.
func TestSignInHeldPerAddress(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		clk := newClock(db)
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["深圳市"], rollout.RoleReporter)
		attacker := rollout.WithRemote(context.Background(), "203.0.113.9")
		owner := rollout.WithRemote(context.Background(), "198.51.100.7")
		fail := func(name string) error {
			t.Helper()
			var err error
			for i := 1; i <= rollout.MaxFailedSignIns; i++ {
				_, _, err = db.SignIn(attacker, name, "Wrong-Password-1")
				if want := map[bool]string{true: rollout.ELOCKED, false: rollout.EUNAUTHORIZED}[i == rollout.MaxFailedSignIns]; code(err) != want {
					t.Fatalf("%s, failure %d: %v, want %s", name, i, err, want)
				}
			}
			return err
		}
		// The same answers for a name that is an account and one that is not.
		fail("zhang.san")
		var held *rollout.HeldOff
		if err := fail("nobody.here"); !errors.As(err, &held) || !held.Until.Equal(clk.now().Add(rollout.LockDuration)) {
			t.Fatalf("an unknown name is not held off alike: %v", err)
		}
		if _, _, err := db.SignIn(attacker, "zhang.san", goodPassword); code(err) != rollout.ELOCKED {
			t.Fatalf("the right password from the held address: %v", err)
		}
		// The owner, elsewhere, is not locked out.
		if _, _, err := db.SignIn(owner, "zhang.san", goodPassword); err != nil {
			t.Fatalf("the owner from another address: %v", err)
		}
		// The next hold of the same address lasts twice as long.
		clk.advance(rollout.LockDuration + time.Second)
		fail("zhang.san")
		if _, _, err := db.SignIn(attacker, "zhang.san", goodPassword); !errors.As(err, &held) || !held.Until.Equal(clk.now().Add(2*rollout.LockDuration)) {
			t.Fatalf("the second hold: %v", err)
		}
		// An administrator's new password lifts it.
		if err := db.SetPassword(context.Background(), u.ID, "Another-Good-Pass-2024"); err != nil {
			t.Fatal(err)
		}
		if _, _, err := db.SignIn(attacker, "zhang.san", "Another-Good-Pass-2024"); err != nil {
			t.Fatalf("after the reset: %v", err)
		}
	})
}

// TestUnlock: issue 15 item 3, "administrators can unlock". Holds on a name
// from two addresses are lifted at once, the password unchanged, with one
// audit entry; unlocking an account that is not held writes nothing.
func TestUnlock(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		newClock(db)
		units := smallTree(t, db)
		u := createUser(t, db, "li.si", units["深圳市"], rollout.RoleReporter)
		ctx := context.Background()
		addrs := []context.Context{rollout.WithRemote(ctx, "203.0.113.9"), rollout.WithRemote(ctx, "203.0.113.10")}
		for _, a := range addrs {
			for range rollout.MaxFailedSignIns {
				db.SignIn(a, "li.si", "Wrong-Password-1")
			}
			if _, _, err := db.SignIn(a, "li.si", goodPassword); code(err) != rollout.ELOCKED {
				t.Fatalf("not held: %v", err)
			}
		}
		if got, _ := db.User(ctx, u.ID); got.LockedUntil == nil {
			t.Error("the account does not show its hold")
		}
		before, _ := db.AuditEntries(ctx, rollout.AuditFilter{Limit: 1000})
		admin := rollout.WithActor(ctx, &rollout.User{Username: "admin"})
		lifted, err := db.Unlock(admin, u.ID)
		if err != nil || !lifted {
			t.Fatalf("Unlock: %v %v", lifted, err)
		}
		for _, a := range addrs {
			if _, _, err := db.SignIn(a, "li.si", goodPassword); err != nil {
				t.Errorf("after unlocking, the old password: %v", err)
			}
		}
		after, _ := db.AuditEntries(ctx, rollout.AuditFilter{Limit: 1000})
		unlocks := 0
		for _, e := range after[:len(after)-len(before)] {
			if e.Action == "user.unlock" {
				unlocks++
				if e.Actor != "admin" || !strings.Contains(e.After, `"holds_lifted":2`) {
					t.Errorf("audit entry: %+v", e)
				}
			}
		}
		if unlocks != 1 {
			t.Errorf("%d user.unlock entries, want 1", unlocks)
		}
		if got, _ := db.User(ctx, u.ID); got.LockedUntil != nil {
			t.Errorf("still shown locked until %v", got.LockedUntil)
		}
		n := len(after)
		if lifted, err := db.Unlock(admin, u.ID); err != nil || lifted {
			t.Errorf("unlocking again: %v %v", lifted, err)
		}
		if again, _ := db.AuditEntries(ctx, rollout.AuditFilter{Limit: 1000}); len(again) != n {
			t.Errorf("unlocking an account not held wrote %d entries", len(again)-n)
		}
		if _, err := db.Unlock(admin, 9999); code(err) != rollout.ENOTFOUND {
			t.Errorf("unknown account: %v", err)
		}
	})
}
