package sqldb_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

func errKey(err error) string {
	var e *rollout.Error
	if errors.As(err, &e) {
		return e.Key
	}
	return ""
}

// A change of password, signing out everywhere and disabling revoke every
// token of the account; a token with an expiry stops at it; administrators
// list every token with its account.
func TestTokensRevokedAndExpired(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		clk := newClock(db)
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["广东省"], rollout.RoleReviewer)
		other := createUser(t, db, "li.si", units["四川省"], rollout.RoleViewer)
		issue := func(owner *rollout.User, unit *rollout.Unit, expires *time.Time) (*rollout.Token, string) {
			t.Helper()
			tk := &rollout.Token{UserID: owner.ID, Name: "同步", Grant: rollout.Grant{UnitID: unit.ID, Role: rollout.RoleViewer}, ExpiresAt: expires}
			secret, err := db.CreateToken(ctx, tk)
			if err != nil {
				t.Fatal(err)
			}
			return tk, secret
		}
		acts := func(secret string) error { _, err := db.TokenUser(ctx, secret); return err }

		_, s1 := issue(u, units["深圳市"], nil)
		_, keep := issue(other, units["四川省"], nil)
		if err := db.SetPassword(ctx, u.ID, "Another-Good-One-7"); err != nil {
			t.Fatal(err)
		}
		if err := acts(s1); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("token after a change of password: %v", err)
		}
		if err := acts(keep); err != nil {
			t.Errorf("another account's token: %v", err)
		}
		if es := entries(t, db, rollout.AuditFilter{Action: "user.password", Limit: 1}); len(es) != 1 || !strings.Contains(es[0].After, `"tokens_revoked":1`) {
			t.Errorf("password entry = %+v", es)
		}

		_, s2 := issue(u, units["深圳市"], nil)
		if err := db.SignOutEverywhere(ctx, u.ID); err != nil {
			t.Fatal(err)
		}
		if err := acts(s2); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("token after signing out everywhere: %v", err)
		}

		later := clk.t.Add(time.Hour)
		tk3, s3 := issue(u, units["深圳市"], &later)
		if err := acts(s3); err != nil {
			t.Errorf("a token before its expiry: %v", err)
		}
		clk.advance(2 * time.Hour)
		if err := acts(s3); code(err) != rollout.EUNAUTHORIZED || errKey(err) != "err.token.expired" {
			t.Errorf("a token after its expiry: %v", err)
		}
		past := clk.t.Add(-time.Minute)
		if _, err := db.CreateToken(ctx, &rollout.Token{UserID: u.ID, Name: "x", ExpiresAt: &past,
			Grant: rollout.Grant{UnitID: units["深圳市"].ID, Role: rollout.RoleViewer}}); errKey(err) != "err.token.expiry_past" {
			t.Errorf("an expiry in the past: %v", err)
		}

		all, err := db.AllTokens(ctx)
		if err != nil || len(all) != 4 {
			t.Fatalf("every token = %+v, %v", all, err)
		}
		for _, tk := range all {
			if tk.Username == "" || (tk.ID == tk3.ID && (tk.ExpiresAt == nil || !tk.ExpiresAt.Equal(later))) {
				t.Errorf("listed token %+v", tk)
			}
		}
		if err := db.RevokeToken(ctx, all[1].ID); err != nil { // li.si's, by an administrator
			t.Fatal(err)
		}
		if err := acts(keep); code(err) != rollout.EUNAUTHORIZED {
			t.Errorf("a token an administrator revoked: %v", err)
		}
	})
}

// Two administrators edit the same account or unit: the second save, made
// on the version both read, is a conflict carrying the stored state, and
// changes nothing.
func TestStaleAccountAndUnitChanges(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["广东省"], rollout.RoleViewer)
		read, _ := db.User(ctx, u.ID)
		if read.Version != 1 {
			t.Fatalf("a new account's version = %d", read.Version)
		}
		if err := db.SetGrants(ctx, u.ID, read.Version, []rollout.Grant{{UnitID: units["深圳市"].ID, Role: rollout.RoleReporter}}); err != nil {
			t.Fatal(err)
		}
		err := db.SetDisabled(ctx, u.ID, read.Version, true)
		var ac *rollout.AccountConflict
		if !errors.As(err, &ac) || code(err) != rollout.ECONFLICT || ac.Current.Version != 2 || ac.Current.Grants[0].UnitName != "深圳市" {
			t.Fatalf("a stale disable: %v", err)
		}
		if now, _ := db.User(ctx, u.ID); now.Disabled || now.Version != 2 {
			t.Errorf("a refused change wrote: %+v", now)
		}
		if err := db.SetGrants(ctx, u.ID, read.Version, nil); !errors.As(err, &ac) {
			t.Errorf("stale grants: %v", err)
		}

		sz := units["深圳市"]
		if err := db.RenameUnit(ctx, sz.ID, sz.Version, "深圳"); err != nil {
			t.Fatal(err)
		}
		var uc *rollout.UnitConflict
		err = db.MoveUnit(ctx, sz.ID, sz.Version, units["四川省"].ID)
		if !errors.As(err, &uc) || code(err) != rollout.ECONFLICT || uc.Current.Name != "深圳" || uc.Current.Version != 2 {
			t.Fatalf("a stale move: %v", err)
		}
		if err := db.RetireUnit(ctx, sz.ID, sz.Version); !errors.As(err, &uc) {
			t.Errorf("a stale retire: %v", err)
		}
		if now, _ := db.Unit(ctx, sz.ID); now.Retired() || now.ParentID != units["广东省"].ID {
			t.Errorf("a refused change wrote: %+v", now)
		}
		if err := db.RenameUnit(ctx, sz.ID, 2, strings.Repeat("深", 3001)); errKey(err) != "err.units.name_too_long" {
			t.Errorf("a 3,001-character name: %v", err)
		}
	})
}

// A re-issue that creates a unit is held to the same bounds as any other
// creation.
func TestCascadeCreatesBoundedUnits(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		planned := false
		_, _, err := db.Cascade(ctx, units["广东省"].ID, []string{strings.Repeat("厅", 3001)}, func([]*rollout.Unit) rollout.CascadePlan {
			planned = true
			return rollout.CascadePlan{}
		}, false)
		if code(err) != rollout.EINVALID || errKey(err) != "err.units.name_too_long" || planned {
			t.Errorf("a 3,001-character unit name: %v", err)
		}
		if us, _ := db.UnitsBelow(ctx, units["广东省"].ID); len(us) != 2 {
			t.Errorf("units below 广东省 = %d", len(us))
		}
	})
}

// Two administrators save the same account at once, both on the version they
// read: exactly one save is stored, the other is a conflict.
func TestConcurrentAccountSaves(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		units := smallTree(t, db)
		u := createUser(t, db, "zhang.san", units["广东省"], rollout.RoleViewer)
		const writers = 8
		errs := make(chan error, writers)
		for i := range writers {
			unit := units["深圳市"]
			if i%2 == 1 {
				unit = units["四川省"]
			}
			go func() {
				errs <- db.SetGrants(ctx, u.ID, 1, []rollout.Grant{{UnitID: unit.ID, Role: rollout.RoleReporter}})
			}()
		}
		stored, conflicts := 0, 0
		for range writers {
			err := <-errs
			var ac *rollout.AccountConflict
			switch {
			case err == nil:
				stored++
			case errors.As(err, &ac) && ac.Current.Version == 2:
				conflicts++
			default:
				t.Errorf("a save: %v", err)
			}
		}
		now, _ := db.User(ctx, u.ID)
		if stored != 1 || conflicts != writers-1 || now.Version != 2 || len(now.Grants) != 1 {
			t.Errorf("%d stored, %d conflicts; account %+v", stored, conflicts, now)
		}
		if es := entries(t, db, rollout.AuditFilter{Action: "user.grants"}); len(es) != 1 {
			t.Errorf("grant entries = %d", len(es))
		}
	})
}
