package rollout_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"rollout"
)

// key is the catalogue key of err's *rollout.Error, "" for none.
func key(err error) string {
	var e *rollout.Error
	if errors.As(err, &e) {
		return e.Key
	}
	return ""
}

func TestDecideCreateUnit(t *testing.T) {
	gd := &rollout.Unit{ID: 4, Name: "广东省", Kind: rollout.KindProvince, Path: "/1/4/", ProvinceID: 4, Version: 1}
	gone := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	retired := &rollout.Unit{ID: 5, Name: "旧厅", Kind: rollout.KindDepartment, Path: "/1/4/5/", RetiredAt: &gone, Version: 2}
	dept := func(name string) rollout.Unit {
		return rollout.Unit{Name: name, Kind: rollout.KindDepartment, ParentID: 4}
	}
	for _, tt := range []struct {
		name   string
		parent *rollout.Unit
		in     rollout.Unit
		key    string
	}{
		{"ok", gd, dept(" 省商务厅 "), ""},
		{"no name", gd, dept("  "), "err.units.name_missing"},
		{"3,001 characters", gd, dept(strings.Repeat("厅", 3001)), "err.units.name_too_long"},
		{"100 characters", gd, dept(strings.Repeat("厅", rollout.MaxUnitName)), ""},
		{"long full name", gd, rollout.Unit{Name: "厅", FullName: strings.Repeat("厅", rollout.MaxUnitFullName+1), Kind: rollout.KindDepartment, ParentID: 4}, "err.units.full_name_too_long"},
		{"long code", gd, rollout.Unit{Name: "厅", Code: strings.Repeat("1", 33), Kind: rollout.KindDepartment, ParentID: 4}, "err.units.code_too_long"},
		{"long alias", gd, rollout.Unit{Name: "厅", Aliases: []string{strings.Repeat("厅", 101)}, Kind: rollout.KindDepartment, ParentID: 4}, "err.units.alias_too_long"},
		{"bad kind", gd, rollout.Unit{Name: "厅", Kind: "bureau", ParentID: 4}, "err.units.bad_kind"},
		{"no parent named", nil, rollout.Unit{Name: "厅", Kind: rollout.KindDepartment}, "err.units.parent_missing"},
		{"no parent stored", nil, dept("厅"), "err.units.parent_gone"},
		{"retired parent", retired, rollout.Unit{Name: "厅", Kind: rollout.KindDepartment, ParentID: 5}, "err.units.parent_gone"},
	} {
		got, err := rollout.DecideCreateUnit(tt.parent, tt.in)
		if key(err) != tt.key || (tt.key != "" && err == nil) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.key)
			continue
		}
		if err == nil && (got.Version != 1 || got.ProvinceID != 4 || strings.TrimSpace(got.Name) != got.Name) {
			t.Errorf("%s: %+v", tt.name, got)
		}
	}
	got, _ := rollout.DecideCreateUnit(gd, rollout.Unit{Name: "厅", Kind: rollout.KindDepartment, ParentID: 4, Aliases: []string{" 厅", "", "省厅", "省厅"}})
	if len(got.Aliases) != 1 || got.Aliases[0] != "省厅" {
		t.Errorf("aliases %q", got.Aliases)
	}
}

func TestDecideUnitChanges(t *testing.T) {
	gd := &rollout.Unit{ID: 4, Name: "广东省", Kind: rollout.KindProvince, ParentID: 1, Path: "/1/4/", Version: 3}
	sz := &rollout.Unit{ID: 9, Name: "深圳市", Kind: rollout.KindCity, ParentID: 4, Path: "/1/4/9/", Version: 1}
	root := &rollout.Unit{ID: 1, Name: "国务院", Path: "/1/", Version: 1}

	if name, changed, err := rollout.DecideRenameUnit(gd, 3, " 广东 "); err != nil || !changed || name != "广东" {
		t.Errorf("rename: %q %v %v", name, changed, err)
	}
	if _, changed, err := rollout.DecideRenameUnit(gd, 3, "广东省"); err != nil || changed {
		t.Errorf("rename to the same name: %v %v", changed, err)
	}
	var conflict *rollout.UnitConflict
	if _, _, err := rollout.DecideRenameUnit(gd, 2, "广东"); !errors.As(err, &conflict) || conflict.Current != gd ||
		rollout.ErrorCode(err) != rollout.ECONFLICT || key(err) != "err.units.stale" {
		t.Errorf("rename of a stale version: %v", err)
	}
	if _, _, err := rollout.DecideRenameUnit(gd, 3, strings.Repeat("省", 101)); key(err) != "err.units.name_too_long" {
		t.Errorf("rename too long: %v", err)
	}

	if changed, err := rollout.DecideMoveUnit(sz, 1, 1, root); err != nil || !changed {
		t.Errorf("move: %v %v", changed, err)
	}
	if changed, err := rollout.DecideMoveUnit(sz, 1, 4, gd); err != nil || changed {
		t.Errorf("move to the same parent: %v %v", changed, err)
	}
	if _, err := rollout.DecideMoveUnit(gd, 3, 9, sz); key(err) != "err.units.move_into_own" {
		t.Errorf("move into own subtree: %v", err)
	}
	if _, err := rollout.DecideMoveUnit(sz, 1, 77, nil); key(err) != "err.units.new_parent_gone" || rollout.ErrorCode(err) != rollout.ENOTFOUND {
		t.Errorf("move under nothing: %v", err)
	}
	if _, err := rollout.DecideMoveUnit(sz, 7, 1, root); !errors.As(err, &conflict) {
		t.Errorf("move of a stale version: %v", err)
	}

	if changed, err := rollout.DecideRetireUnit(sz, 1); err != nil || !changed {
		t.Errorf("retire: %v %v", changed, err)
	}
	gone := time.Now()
	old := &rollout.Unit{ID: 9, Name: "深圳市", RetiredAt: &gone, Version: 2}
	if changed, err := rollout.DecideRetireUnit(old, 2); err != nil || changed {
		t.Errorf("retire again: %v %v", changed, err)
	}
	if _, err := rollout.DecideRetireUnit(sz, 2); !errors.As(err, &conflict) {
		t.Errorf("retire of a stale version: %v", err)
	}
}

func TestCommonPassword(t *testing.T) {
	for pw, common := range map[string]bool{
		"Password1234":         true,
		"P@ssw0rd2024!":        true,
		"!!Qwerty123456":       true,
		"1qaz2wsx3edc":         true,
		"Woaini1314-Woaini":    false, // not one word of the list with digits around it
		"WOAINI1314!":          true,
		"Correct-Horse-9":      false,
		"Guangdong-FTZ-2024":   false,
		"Another-Passw0rd-1":   false,
		"自贸试验区复制推广Aa1":         false,
		"Administrator-2024!!": true,
	} {
		if got := rollout.CommonPassword(pw); got != common {
			t.Errorf("CommonPassword(%q) = %v", pw, got)
		}
	}
	if err := rollout.CheckPassword("zhang", "Password1234"); key(err) != "err.user.password_common" || rollout.ErrorCode(err) != rollout.EINVALID {
		t.Errorf("Password1234: %v", err)
	}
	if err := rollout.CheckPassword("zhang", strings.Repeat("Aa1-", 65)); key(err) != "err.user.password_long" {
		t.Errorf("a 260-character password: %v", err)
	}
}

func TestDecideAccounts(t *testing.T) {
	gd := &rollout.Unit{ID: 4, Name: "广东省", Kind: rollout.KindProvince, Path: "/1/4/"}
	root := &rollout.Unit{ID: 1, Name: "国务院", Kind: rollout.KindStateCouncil, Path: "/1/"}
	gone := time.Now()
	old := &rollout.Unit{ID: 7, Name: "旧厅", Path: "/1/4/7/", RetiredAt: &gone}
	units := map[int64]*rollout.Unit{1: root, 4: gd, 7: old}
	viewer := []rollout.Grant{{UnitID: 4, Role: rollout.RoleViewer}}
	const pw = "Guangdong-FTZ-2024"
	for _, tt := range []struct {
		name string
		u    rollout.User
		pw   string
		key  string
	}{
		{"ok", rollout.User{Username: "zhang.san", Grants: viewer}, pw, ""},
		{"short name", rollout.User{Username: "z", Grants: viewer}, pw, "err.user.username_length"},
		{"bad character", rollout.User{Username: "zhang san", Grants: viewer}, pw, "err.user.username_char"},
		{"long display name", rollout.User{Username: "zhang", DisplayName: strings.Repeat("张", 65), Grants: viewer}, pw, "err.user.display_name_too_long"},
		{"long e-mail", rollout.User{Username: "zhang", Email: strings.Repeat("a", 250) + "@x.cn", Grants: viewer}, pw, "err.user.email_too_long"},
		{"bad role", rollout.User{Username: "zhang", Grants: []rollout.Grant{{UnitID: 4, Role: "boss"}}}, pw, "err.user.bad_role"},
		{"retired unit", rollout.User{Username: "zhang", Grants: []rollout.Grant{{UnitID: 7, Role: rollout.RoleViewer}}}, pw, "err.user.grant_unit_gone"},
		{"no unit", rollout.User{Username: "zhang", Grants: []rollout.Grant{{UnitID: 99, Role: rollout.RoleViewer}}}, pw, "err.user.grant_unit_gone"},
		{"common password", rollout.User{Username: "zhang", Grants: viewer}, "Password1234", "err.user.password_common"},
		{"short password", rollout.User{Username: "zhang", Grants: viewer}, "Aa1-", "err.user.password_short"},
	} {
		got, err := rollout.DecideCreateUser(tt.u, tt.pw, units)
		if key(err) != tt.key {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.key)
		}
		if err == nil && (got.DisplayName != "zhang.san" || got.Version != 1 || got.Grants[0].UnitName != "广东省") {
			t.Errorf("%s: %+v", tt.name, got)
		}
	}

	admin := &rollout.User{ID: 3, Username: "admin", Version: 5,
		Grants: []rollout.Grant{{UnitID: 1, UnitPath: "/1/", UnitName: "国务院", UnitKind: rollout.KindStateCouncil, Role: rollout.RoleAdmin}}}
	other := &rollout.User{ID: 8, Username: "other"}
	if _, _, err := rollout.DecideSetGrants(admin, 5, viewer, units, admin); key(err) != "err.user.self_grants" {
		t.Errorf("own administration taken away: %v", err)
	}
	if next, changed, err := rollout.DecideSetGrants(admin, 5, viewer, units, other); err != nil || !changed || len(next) != 1 {
		t.Errorf("another's: %v %v %v", next, changed, err)
	}
	if _, changed, err := rollout.DecideSetGrants(admin, 5, []rollout.Grant{{UnitID: 1, Role: rollout.RoleAdmin}}, units, admin); err != nil || changed {
		t.Errorf("the same grants: %v %v", changed, err)
	}
	var conflict *rollout.AccountConflict
	if _, _, err := rollout.DecideSetGrants(admin, 4, viewer, units, other); !errors.As(err, &conflict) || rollout.ErrorCode(err) != rollout.ECONFLICT {
		t.Errorf("grants of a stale version: %v", err)
	}
	many := make([]rollout.Grant, 0, 101)
	for _, r := range rollout.Roles {
		for id := range int64(20) {
			units[100+id] = &rollout.Unit{ID: 100 + id, Path: "/1/" + string(rune('a'+id)) + "/"}
			many = append(many, rollout.Grant{UnitID: 100 + id, Role: r})
		}
	}
	if _, _, err := rollout.DecideSetGrants(admin, 5, many, units, other); key(err) != "err.user.too_many_grants" {
		t.Errorf("120 grants: %v", err)
	}
	if _, err := rollout.DecideSetDisabled(admin, 5, true, admin); key(err) != "err.user.self_disable" {
		t.Errorf("disable oneself: %v", err)
	}
	if changed, err := rollout.DecideSetDisabled(admin, 5, true, other); err != nil || !changed {
		t.Errorf("disable: %v %v", changed, err)
	}
	if changed, err := rollout.DecideSetDisabled(admin, 5, false, other); err != nil || changed {
		t.Errorf("enable an enabled account: %v %v", changed, err)
	}
	if _, err := rollout.DecideSetDisabled(admin, 6, true, other); !errors.As(err, &conflict) {
		t.Errorf("disable a stale version: %v", err)
	}
}

func TestDecideTokens(t *testing.T) {
	now := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	gd := &rollout.Unit{ID: 4, Name: "广东省", Kind: rollout.KindProvince, Path: "/1/4/"}
	sz := &rollout.Unit{ID: 9, Name: "深圳市", Kind: rollout.KindCity, Path: "/1/4/9/"}
	sc := &rollout.Unit{ID: 5, Name: "四川省", Kind: rollout.KindProvince, Path: "/1/5/"}
	owner := &rollout.User{ID: 2, Username: "zhang", Grants: []rollout.Grant{{UnitID: 4, UnitPath: "/1/4/", Role: rollout.RoleReviewer}}}
	tok := func(name string, unit int64, role rollout.Role) rollout.Token {
		return rollout.Token{Name: name, Grant: rollout.Grant{UnitID: unit, Role: role}}
	}
	later, past, far := now.Add(time.Hour), now.Add(-time.Hour), now.Add(400*24*time.Hour)
	withExpiry := func(t rollout.Token, at time.Time) rollout.Token { t.ExpiresAt = &at; return t }
	for _, tt := range []struct {
		name string
		in   rollout.Token
		unit *rollout.Unit
		key  string
	}{
		{"ok", tok(" 平台 ", 9, rollout.RoleReporter), sz, ""},
		{"no name", tok(" ", 9, rollout.RoleReporter), sz, "err.token.name_missing"},
		{"long name", tok(strings.Repeat("名", 101), 9, rollout.RoleReporter), sz, "err.token.name_too_long"},
		{"no unit", tok("x", 0, rollout.RoleReporter), nil, "err.token.unit_missing"},
		{"bad role", tok("x", 9, "boss"), sz, "err.token.bad_role"},
		{"unknown unit", tok("x", 99, rollout.RoleReporter), nil, "err.token.unit_unknown"},
		{"retired unit", tok("x", 9, rollout.RoleReporter), &rollout.Unit{ID: 9, Path: "/1/4/9/", RetiredAt: &past}, "err.user.grant_unit_gone"},
		{"beyond", tok("x", 5, rollout.RoleViewer), sc, "err.token.beyond_grants"},
		{"greater role", tok("x", 4, rollout.RoleAdmin), gd, "err.token.beyond_grants"},
		{"expires later", withExpiry(tok("x", 9, rollout.RoleViewer), later), sz, ""},
		{"expired already", withExpiry(tok("x", 9, rollout.RoleViewer), past), sz, "err.token.expiry_past"},
		{"expires too far", withExpiry(tok("x", 9, rollout.RoleViewer), far), sz, "err.token.expiry_far"},
	} {
		got, err := rollout.DecideCreateToken(owner, tt.in, tt.unit, now)
		if key(err) != tt.key {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.key)
		}
		if err == nil && (got.UserID != 2 || got.Grant.UnitPath != "/1/4/9/" || got.CreatedAt != now || strings.TrimSpace(got.Name) != got.Name) {
			t.Errorf("%s: %+v", tt.name, got)
		}
	}
	disabled := *owner
	disabled.Disabled = true
	if _, err := rollout.DecideCreateToken(&disabled, tok("x", 9, rollout.RoleViewer), sz, now); key(err) != "err.token.owner_disabled" {
		t.Errorf("a disabled owner: %v", err)
	}

	live, _ := rollout.DecideCreateToken(owner, withExpiry(tok("x", 9, rollout.RoleReporter), later), sz, now)
	if err := rollout.TokenActs(&live, owner, now); err != nil {
		t.Errorf("a live token: %v", err)
	}
	if err := rollout.TokenActs(&live, owner, later); key(err) != "err.token.expired" || rollout.ErrorCode(err) != rollout.EUNAUTHORIZED {
		t.Errorf("at its expiry: %v", err)
	}
	if err := rollout.TokenActs(&live, &disabled, now); rollout.ErrorCode(err) != rollout.EFORBIDDEN {
		t.Errorf("a disabled owner's: %v", err)
	}
	reduced := &rollout.User{ID: 2, Grants: []rollout.Grant{{UnitID: 4, UnitPath: "/1/4/", Role: rollout.RoleViewer}}}
	if err := rollout.TokenActs(&live, reduced, now); key(err) != "err.token.grants_changed" {
		t.Errorf("beyond reduced grants: %v", err)
	}
	live.RevokedAt = &now
	if err := rollout.TokenActs(&live, owner, now); key(err) != "err.token.invalid" || rollout.DecideRevokeToken(&live) {
		t.Errorf("a revoked token: %v", err)
	}
}

func TestDecideImportNotice(t *testing.T) {
	n := &rollout.Notice{DocNo: "国函〔2023〕56号", Batch: 7, IssuedOn: time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC),
		Items: []rollout.Item{{Seq: 1, Name: "事项"}}}
	fp := n.Fingerprint()
	src := rollout.Source{Format: rollout.FormatText, Body: []byte("通知")}
	if create, err := rollout.DecideImportNotice(n, src, nil, fp); err != nil || !create {
		t.Errorf("new: %v %v", create, err)
	}
	same := &rollout.Batch{Notice: *n, Fingerprint: fp}
	if create, err := rollout.DecideImportNotice(n, src, same, fp); err != nil || create {
		t.Errorf("the same again: %v %v", create, err)
	}
	if _, err := rollout.DecideImportNotice(n, src, &rollout.Batch{Notice: *n, Fingerprint: "x"}, fp); key(err) != "err.catalog.differs" {
		t.Errorf("other content: %v", err)
	}
	other := &rollout.Batch{Notice: rollout.Notice{DocNo: "国函〔2024〕1号", Batch: 7}}
	if _, err := rollout.DecideImportNotice(n, src, other, fp); key(err) != "err.catalog.batch_taken" {
		t.Errorf("batch taken: %v", err)
	}
	big := rollout.Source{Body: make([]byte, rollout.MaxNoticeBytes+1)}
	if _, err := rollout.DecideImportNotice(n, big, nil, fp); key(err) != "err.catalog.too_large" {
		t.Errorf("42 MB: %v", err)
	}
	long := *n
	long.Items = []rollout.Item{{Seq: 1, Name: "事项", Content: strings.Repeat("字", rollout.MaxNoticeField+1)}}
	if _, err := rollout.DecideImportNotice(&long, src, nil, fp); key(err) != "err.catalog.text_too_long" {
		t.Errorf("a long item: %v", err)
	}
	bad := *n
	bad.Diagnostics = []rollout.Diagnostic{{Level: rollout.LevelError}}
	if _, err := rollout.DecideImportNotice(&bad, src, nil, fp); key(err) != "err.catalog.read_errors" {
		t.Errorf("read with errors: %v", err)
	}
	if _, err := rollout.DecideImportNotice(&rollout.Notice{}, src, nil, fp); key(err) != "err.catalog.doc_no_missing" {
		t.Errorf("no 文号: %v", err)
	}
}

func TestDecideRhythm(t *testing.T) {
	if changed, err := rollout.DecideRhythm(rollout.RhythmQuarterly, rollout.RhythmMonthly); err != nil || !changed {
		t.Errorf("quarterly to monthly: %v %v", changed, err)
	}
	if changed, err := rollout.DecideRhythm(rollout.RhythmMonthly, rollout.RhythmMonthly); err != nil || changed {
		t.Errorf("the same: %v %v", changed, err)
	}
	if _, err := rollout.DecideRhythm(rollout.RhythmMonthly, "weekly"); key(err) != "err.catalog.bad_rhythm" {
		t.Errorf("weekly: %v", err)
	}
}
