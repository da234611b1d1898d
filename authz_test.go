package rollout_test

import (
	"fmt"
	"testing"
	"time"

	"rollout"
)

func TestAuthorize(t *testing.T) {
	const (
		root     = "/1/"
		gd       = "/1/40/"       // 广东省
		sz       = "/1/40/400/"   // 深圳市 under 广东省
		nanshan  = "/1/40/400/4/" // a county under 深圳市
		futian   = "/1/40/400/5/" // another county under 深圳市
		sichuan  = "/1/50/"
		ipaPath  = "/1/9/" // 国家知识产权局
		customs  = "/1/8/" // 海关总署
		ipaName  = "国家知识产权局"
		cusName  = "海关总署"
		anywhere = ""
	)
	user := func(role rollout.Role, path string, kind rollout.UnitKind, name string) *rollout.User {
		return &rollout.User{Username: "u", Grants: []rollout.Grant{{UnitPath: path, UnitKind: kind, UnitName: name, Role: role}}}
	}
	county := user(rollout.RoleReporter, nanshan, rollout.KindCounty, "南山区")
	provinceReviewer := user(rollout.RoleReviewer, gd, rollout.KindProvince, "广东省")
	viewer := user(rollout.RoleViewer, gd, rollout.KindProvince, "广东省")
	coordinator := user(rollout.RoleCoordinator, root, rollout.KindStateCouncil, "国务院")
	admin := user(rollout.RoleAdmin, root, rollout.KindStateCouncil, "国务院")
	provAdmin := user(rollout.RoleAdmin, gd, rollout.KindProvince, "广东省")
	evaluator := user(rollout.RoleEvaluator, root, rollout.KindStateCouncil, "国务院")
	ipa := user(rollout.RoleViewer, ipaPath, rollout.KindMinistry, ipaName)
	disabled := user(rollout.RoleCoordinator, root, rollout.KindStateCouncil, "国务院")
	disabled.Disabled = true
	evaluator.ID = 77
	round7 := rollout.Target{Round: 7, Evaluators: []int64{76, 77}}
	round8 := rollout.Target{Round: 8, Evaluators: []int64{76}}

	// Round 7 evaluates 广东省 (unit 40) on items 14 and 16 for 2024Q4, with
	// user 77; round 8 evaluates the same for 2024Q3, with user 76 only.
	scope7 := rollout.RoundScope{Round: 7, Evaluators: []int64{77}, Items: []int64{14, 16}, Units: []int64{40, 41}, Period: "2024Q4"}
	scope8 := rollout.RoundScope{Round: 8, Evaluators: []int64{76}, Items: []int64{14}, Units: []int64{40}, Period: "2024Q4"}
	gdReport := func(item int64, p rollout.Period, rounds ...rollout.RoundScope) rollout.Target {
		return rollout.Target{UnitPath: gd, ItemID: item, UnitID: 40, Period: p, Rounds: rounds}
	}
	evaluator76 := user(rollout.RoleEvaluator, root, rollout.KindStateCouncil, "国务院")
	evaluator76.ID = 76
	countyAs77 := user(rollout.RoleReporter, nanshan, rollout.KindCounty, "南山区")
	countyAs77.ID = 77
	disabledEvaluator := user(rollout.RoleEvaluator, root, rollout.KindStateCouncil, "国务院")
	disabledEvaluator.ID, disabledEvaluator.Disabled = 77, true

	item14 := []string{ipaName, "中国人民银行", "金融监管总局"}
	tests := []struct {
		name string
		u    *rollout.User
		a    rollout.Action
		t    rollout.Target
		want string // "" allowed, else the error code
	}{
		{"public catalogue", nil, rollout.ActReadCatalog, rollout.Target{}, ""},
		{"anonymous tasks", nil, rollout.ActReadTasks, rollout.Target{UnitPath: gd}, rollout.EUNAUTHORIZED},
		{"anonymous self", nil, rollout.ActReadOwnSelf, rollout.Target{}, rollout.EUNAUTHORIZED},
		{"county reads own task", county, rollout.ActReadTasks, rollout.Target{UnitPath: nanshan}, ""},
		{"county reads sibling county", county, rollout.ActReadTasks, rollout.Target{UnitPath: futian}, rollout.EFORBIDDEN},
		{"county reads its city", county, rollout.ActReadTasks, rollout.Target{UnitPath: sz}, rollout.EFORBIDDEN},
		{"county divides own task", county, rollout.ActDivide, rollout.Target{UnitPath: nanshan}, ""},
		{"county divides sibling's", county, rollout.ActDivide, rollout.Target{UnitPath: futian}, rollout.EFORBIDDEN},
		{"province reviewer reads a county", provinceReviewer, rollout.ActReadTasks, rollout.Target{UnitPath: nanshan}, ""},
		{"province reviewer reviews a county", provinceReviewer, rollout.ActReview, rollout.Target{UnitPath: nanshan}, ""},
		{"province reviewer, other province", provinceReviewer, rollout.ActReadTasks, rollout.Target{UnitPath: sichuan}, rollout.EFORBIDDEN},
		{"viewer cannot divide", viewer, rollout.ActDivide, rollout.Target{UnitPath: gd}, rollout.EFORBIDDEN},
		{"viewer cannot review", viewer, rollout.ActReview, rollout.Target{UnitPath: sz}, rollout.EFORBIDDEN},
		{"reporter cannot review", county, rollout.ActReview, rollout.Target{UnitPath: nanshan}, rollout.EFORBIDDEN},
		{"coordinator everywhere", coordinator, rollout.ActDivide, rollout.Target{UnitPath: sichuan}, ""},
		{"coordinator imports", coordinator, rollout.ActImport, rollout.Target{}, ""},
		{"coordinator no audit", coordinator, rollout.ActReadAudit, rollout.Target{}, rollout.EFORBIDDEN},
		{"coordinator no accounts", coordinator, rollout.ActManageUsers, rollout.Target{}, rollout.EFORBIDDEN},
		{"province reviewer cannot import", provinceReviewer, rollout.ActImport, rollout.Target{}, rollout.EFORBIDDEN},
		{"admin reads audit", admin, rollout.ActReadAudit, rollout.Target{}, ""},
		{"admin manages accounts", admin, rollout.ActManageUsers, rollout.Target{UnitPath: nanshan}, ""},
		{"province admin, own subtree", provAdmin, rollout.ActManageUsers, rollout.Target{UnitPath: sz}, ""},
		{"province admin, system-wide", provAdmin, rollout.ActReadAudit, rollout.Target{UnitPath: anywhere}, rollout.EFORBIDDEN},
		{"province admin, other province", provAdmin, rollout.ActManageUsers, rollout.Target{UnitPath: sichuan}, rollout.EFORBIDDEN},
		{"admin cannot divide", admin, rollout.ActDivide, rollout.Target{UnitPath: gd}, rollout.EFORBIDDEN},
		{"evaluator only evaluates", evaluator, rollout.ActReadTasks, rollout.Target{UnitPath: gd}, rollout.EFORBIDDEN},
		{"evaluator scores in no round", evaluator, rollout.ActEvaluate, rollout.Target{}, rollout.EFORBIDDEN},
		// Evaluation rounds.
		{"evaluator scores in its round", evaluator, rollout.ActEvaluate, round7, ""},
		{"evaluator reads its round", evaluator, rollout.ActReadRound, round7, ""},
		{"evaluator lists its rounds", evaluator, rollout.ActReadRound, rollout.Target{}, ""},
		{"evaluator, another round", evaluator, rollout.ActReadRound, round8, rollout.EFORBIDDEN},
		{"evaluator scores another round", evaluator, rollout.ActEvaluate, round8, rollout.EFORBIDDEN},
		{"evaluator cannot manage rounds", evaluator, rollout.ActManageRounds, round7, rollout.EFORBIDDEN},
		{"evaluator reads no unit", evaluator, rollout.ActReadTasks, rollout.Target{UnitPath: root}, rollout.EFORBIDDEN},
		{"evaluator in a round reads no unit", evaluator, rollout.ActReadTasks, rollout.Target{UnitPath: gd, Round: 7, Evaluators: []int64{77}}, rollout.EFORBIDDEN},
		{"coordinator manages rounds", coordinator, rollout.ActManageRounds, rollout.Target{}, ""},
		{"coordinator reads any round", coordinator, rollout.ActReadRound, round8, ""},
		{"coordinator does not score", coordinator, rollout.ActEvaluate, round7, rollout.EFORBIDDEN},
		{"province reviewer, no rounds", provinceReviewer, rollout.ActReadRound, rollout.Target{}, rollout.EFORBIDDEN},
		{"admin, no rounds", admin, rollout.ActReadRound, round7, rollout.EFORBIDDEN},
		{"ministry reads its item anywhere", ipa, rollout.ActReadTasks, rollout.Target{UnitPath: sichuan, Responsible: item14}, ""},
		{"ministry, item of others", ipa, rollout.ActReadTasks, rollout.Target{UnitPath: sichuan, Responsible: []string{cusName}}, rollout.EFORBIDDEN},
		{"ministry cannot divide a province's task", ipa, rollout.ActDivide, rollout.Target{UnitPath: sichuan, Responsible: item14}, rollout.EFORBIDDEN},
		// Reports: whoever reads the task; an evaluator through its rounds only.
		{"county reads own report", county, rollout.ActReadReport, rollout.Target{UnitPath: nanshan, ItemID: 14, UnitID: 4, Period: "2024Q4"}, ""},
		{"county reads no sibling's report", county, rollout.ActReadReport, rollout.Target{UnitPath: futian, ItemID: 14, UnitID: 5, Period: "2024Q4"}, rollout.EFORBIDDEN},
		{"ministry reads its item's report anywhere", ipa, rollout.ActReadReport, rollout.Target{UnitPath: sichuan, Responsible: item14, ItemID: 14, UnitID: 50, Period: "2024Q4"}, ""},
		{"evaluator reads a report of its round", evaluator, rollout.ActReadReport, gdReport(14, "2024Q4", scope7), ""},
		{"evaluator reads in a closed or older round too", evaluator, rollout.ActReadReport, gdReport(14, "2024Q4", scope8, scope7), ""},
		{"evaluator, another unit", evaluator, rollout.ActReadReport, rollout.Target{UnitPath: sichuan, ItemID: 14, UnitID: 50, Period: "2024Q4", Rounds: []rollout.RoundScope{scope7}}, rollout.EFORBIDDEN},
		{"evaluator, a unit below its round's unit", evaluator, rollout.ActReadReport, rollout.Target{UnitPath: sz, ItemID: 14, UnitID: 400, Period: "2024Q4", Rounds: []rollout.RoundScope{scope7}}, rollout.EFORBIDDEN},
		{"evaluator, another item", evaluator, rollout.ActReadReport, gdReport(15, "2024Q4", scope7), rollout.EFORBIDDEN},
		{"evaluator, another period", evaluator, rollout.ActReadReport, gdReport(14, "2024Q3", scope7), rollout.EFORBIDDEN},
		{"evaluator, no period", evaluator, rollout.ActReadReport, gdReport(14, "", scope7), rollout.EFORBIDDEN},
		{"evaluator, a round it does not evaluate", evaluator, rollout.ActReadReport, gdReport(14, "2024Q4", scope8), rollout.EFORBIDDEN},
		{"evaluator, no round named", evaluator, rollout.ActReadReport, gdReport(14, "2024Q4"), rollout.EFORBIDDEN},
		{"evaluator cannot read the task", evaluator, rollout.ActReadTasks, gdReport(14, "2024Q4", scope7), rollout.EFORBIDDEN},
		{"evaluator cannot write the report", evaluator, rollout.ActReport, gdReport(14, "2024Q4", scope7), rollout.EFORBIDDEN},
		{"evaluator cannot review it", evaluator, rollout.ActReview, gdReport(14, "2024Q4", scope7), rollout.EFORBIDDEN},
		{"another evaluator", evaluator76, rollout.ActReadReport, gdReport(14, "2024Q4", scope7), rollout.EFORBIDDEN},
		{"a reporter named as evaluator is no evaluator", countyAs77, rollout.ActReadReport, rollout.Target{UnitPath: sichuan, ItemID: 14, UnitID: 40, Period: "2024Q4", Rounds: []rollout.RoundScope{scope7}}, rollout.EFORBIDDEN},
		{"disabled evaluator", disabledEvaluator, rollout.ActReadReport, gdReport(14, "2024Q4", scope7), rollout.EFORBIDDEN},
		{"disabled", disabled, rollout.ActReadTasks, rollout.Target{UnitPath: gd}, rollout.EFORBIDDEN},
		{"signed in reads self", county, rollout.ActReadOwnSelf, rollout.Target{}, ""},
	}
	for _, tt := range tests {
		err := rollout.Authorize(tt.u, tt.a, tt.t)
		if got := rollout.ErrorCode(err); got != tt.want {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestCheckPassword(t *testing.T) {
	for _, tt := range []struct {
		user, pw string
		ok       bool
	}{
		{"zhang", "Correct-Horse-9", true},
		{"zhang", "短密码Aa1", false},              // too short
		{"zhang", "alllowercaseletters", false}, // one class
		{"zhang", "lowercase-and-digits1", true},
		{"zhang", "Zhang-Rollout-2024", false}, // contains the user name
		{"李明", "自贸试验区复制推广Aa1", true},           // Chinese counts as "other"
	} {
		err := rollout.CheckPassword(tt.user, tt.pw)
		if (err == nil) != tt.ok {
			t.Errorf("CheckPassword(%q, %q) = %v, want ok=%v", tt.user, tt.pw, err, tt.ok)
		}
		if err != nil && rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("code %s", rollout.ErrorCode(err))
		}
	}
	for name, ok := range map[string]bool{"zhang.san": true, "张三": true, "a": false, "bad name": false, "x<y": false} {
		if err := rollout.CheckUsername(name); (err == nil) != ok {
			t.Errorf("CheckUsername(%q) = %v", name, err)
		}
	}
}

func TestAuditChain(t *testing.T) {
	at := time.Date(2024, 3, 1, 8, 0, 0, 123456789, time.UTC)
	var entries []rollout.AuditEntry
	prev := rollout.AuditGenesis
	for i := 1; i <= 5; i++ {
		e := rollout.AuditEntry{ID: int64(i), At: at.Add(time.Duration(i) * time.Minute), Actor: "zhang", ActorID: 3,
			Action: "task.divide", Object: "task:7", After: `{"role":"lead"}`, PrevHash: prev}
		e.Hash = e.ComputeHash()
		prev = e.Hash
		entries = append(entries, e)
	}
	if broken, last := rollout.VerifyChain(rollout.AuditGenesis, entries); broken != 0 || last != entries[4].Hash {
		t.Fatalf("intact chain: broken %d", broken)
	}
	// Nanoseconds beyond the microsecond do not count (databases keep microseconds).
	e := entries[0]
	e.At = e.At.Truncate(time.Microsecond)
	if e.ComputeHash() != entries[0].Hash {
		t.Error("hash depends on sub-microsecond time")
	}
	for name, tamper := range map[string]func([]rollout.AuditEntry) ([]rollout.AuditEntry, int64){
		"changed after": func(es []rollout.AuditEntry) ([]rollout.AuditEntry, int64) {
			es[2].After = `{"role":"co"}`
			return es, 3
		},
		"changed actor": func(es []rollout.AuditEntry) ([]rollout.AuditEntry, int64) { es[1].Actor = "li"; return es, 2 },
		"removed entry": func(es []rollout.AuditEntry) ([]rollout.AuditEntry, int64) { return append(es[:1], es[2:]...), 3 },
		"rehashed one": func(es []rollout.AuditEntry) ([]rollout.AuditEntry, int64) {
			es[3].Object = "task:8"
			es[3].Hash = es[3].ComputeHash() // the next entry still points at the old hash
			return es, 5
		},
	} {
		es := append([]rollout.AuditEntry(nil), entries...)
		es, want := tamper(es)
		if broken, _ := rollout.VerifyChain(rollout.AuditGenesis, es); broken != want {
			t.Errorf("%s: broken at %d, want %d", name, broken, want)
		}
	}
}

func TestPeriodsByRhythm(t *testing.T) {
	now := time.Date(2024, 2, 10, 3, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		rhythm string
		want   []rollout.Period
	}{
		{rollout.RhythmQuarterly, []rollout.Period{"2024Q2", "2024Q1", "2023Q4", "2023Q3", "2023Q2"}},
		{"", []rollout.Period{"2024Q2", "2024Q1", "2023Q4", "2023Q3", "2023Q2"}},
		{rollout.RhythmMonthly, []rollout.Period{"2024-03", "2024-02", "2024-01", "2023-12", "2023-11"}},
		{rollout.RhythmHalfYearly, []rollout.Period{"2024H2", "2024H1", "2023H2", "2023H1", "2022H2"}},
	} {
		got := rollout.PeriodsAround(tt.rhythm, now, 3)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: %v, want %v", tt.rhythm, got, tt.want)
		}
		for _, p := range got {
			if _, _, _, err := rollout.ParsePeriod(string(p)); err != nil {
				t.Errorf("%q gives an invalid period %s", tt.rhythm, p)
			}
		}
	}
	// New Year's Eve in Beijing is already the next year.
	if p := rollout.PeriodOf(rollout.RhythmMonthly, time.Date(2023, 12, 31, 17, 0, 0, 0, time.UTC)); p != "2024-01" {
		t.Errorf("Beijing's New Year: %s", p)
	}
}

// Every state and step is named, and every step leads somewhere.
func TestLoopVocabulary(t *testing.T) {
	for _, st := range rollout.States {
		if st.Label() == "" {
			t.Errorf("state %s has no label", st)
		}
	}
	for _, e := range rollout.Events {
		if e.Label() == "" {
			t.Errorf("step %s has no label", e)
		}
		if _, err := rollout.TaskState("").Next(e); err == nil || rollout.ErrorMessage(err) == "未知的操作“"+string(e)+"”。" {
			t.Errorf("step %s has no transition", e)
		}
	}
}
