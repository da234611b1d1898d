package rollout

import (
	"encoding/json"
	"testing"
	"time"
)

// A problem is read by the grants held at the units on its route, exactly:
// not by the subtrees below or above them, not by the root until it is on the
// route; handled by reporters and reviewers at its level; the coordinator
// reads and handles everything, marks major, and keeps the settings.
func TestAuthorizeProblems(t *testing.T) {
	grant := func(path string, role Role) *User {
		return &User{Username: "u", Grants: []Grant{{UnitPath: path, Role: role, UnitName: "x"}}}
	}
	route := Target{Route: []string{"/1/44/4403/440304/", "/1/44/"}}
	level := Target{Route: []string{"/1/44/"}}
	for _, tc := range []struct {
		name string
		u    *User
		a    Action
		t    Target
		ok   bool
	}{
		{"the province reads", grant("/1/44/", RoleViewer), ActReadProblem, route, true},
		{"the raising county reads", grant("/1/44/4403/440304/", RoleReporter), ActReadProblem, route, true},
		{"the city between does not", grant("/1/44/4403/", RoleReviewer), ActReadProblem, route, false},
		{"a department of the province does not", grant("/1/44/4401/", RoleReviewer), ActReadProblem, route, false},
		{"the root does not before it is major", grant("/1/", RoleViewer), ActReadProblem, route, false},
		{"another province does not", grant("/1/51/", RoleReviewer), ActReadProblem, route, false},
		{"an evaluator does not", grant("/1/44/", RoleEvaluator), ActReadProblem, route, false},
		{"the coordinator does", grant("/1/", RoleCoordinator), ActReadProblem, route, true},
		{"the province's reviewer handles it", grant("/1/44/", RoleReviewer), ActHandleProblem, level, true},
		{"the province's viewer does not", grant("/1/44/", RoleViewer), ActHandleProblem, level, false},
		{"the county does not handle its own", grant("/1/44/4403/440304/", RoleReporter), ActHandleProblem, level, false},
		{"the root reads a major problem", grant("/1/", RoleViewer), ActReadProblem, Target{Route: []string{"/1/44/", "/1/"}}, true},
		{"only the coordinator coordinates", grant("/1/", RoleAdmin), ActCoordinate, Target{}, false},
		{"the coordinator coordinates", grant("/1/", RoleCoordinator), ActCoordinate, Target{}, true},
		{"an empty route reaches no one", grant("/1/", RoleViewer), ActReadProblem, Target{}, false},
	} {
		if err := Authorize(tc.u, tc.a, tc.t); (err == nil) != tc.ok {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	// An item's own register: its responsible central units, not a province.
	central := &User{Grants: []Grant{{UnitPath: "/1/101/", UnitName: "住房城乡建设部", UnitKind: KindMinistry, Role: RoleReporter}}}
	province := &User{Grants: []Grant{{UnitPath: "/1/44/", UnitName: "广东省", UnitKind: KindProvince, Role: RoleReviewer}}}
	item := Target{Responsible: []string{"住房城乡建设部"}}
	if err := Authorize(central, ActRegister, item); err != nil {
		t.Errorf("the responsible unit keeps the item's register: %v", err)
	}
	if err := Authorize(province, ActRegister, item); err == nil {
		t.Error("a province keeps an item's register")
	}
	if err := Authorize(province, ActRegister, Target{UnitPath: "/1/44/4403/"}); err != nil {
		t.Errorf("the province keeps its subtree's task registers: %v", err)
	}
}

func TestNextProblem(t *testing.T) {
	for _, tc := range []struct {
		s     ProblemState
		l     ProblemLevel
		k     ProblemEventKind
		note  string
		wantS ProblemState
		wantL ProblemLevel
		fails bool
	}{
		{ProblemOpen, LevelProvince, ProblemEscalate, "", ProblemOpen, LevelCentral, false},
		{ProblemOpen, LevelCounty, ProblemEscalate, "", ProblemOpen, LevelCity, false},
		{ProblemAnswered, LevelCity, ProblemEscalate, "", ProblemOpen, LevelProvince, false},
		{ProblemReturned, LevelCity, ProblemEscalate, "", "", "", true},
		{ProblemOpen, LevelCentral, ProblemEscalate, "", "", "", true},
		{ProblemAnswered, LevelCentral, ProblemMajor, "报国务院", ProblemOpen, LevelStateCouncil, false},
		{ProblemOpen, LevelProvince, ProblemMajor, "报国务院", ProblemOpen, LevelStateCouncil, false},
		{ProblemOpen, LevelStateCouncil, ProblemMajor, "x", "", "", true},
		{ProblemOpen, LevelProvince, ProblemAnswer, "", "", "", true},
		{ProblemOpen, LevelProvince, ProblemAnswer, "答复", ProblemAnswered, LevelProvince, false},
		{ProblemOpen, LevelProvince, ProblemReturn, "补充", ProblemReturned, LevelProvince, false},
		{ProblemReturned, LevelProvince, ProblemEscalate, "", "", "", true},
		{ProblemReturned, LevelProvince, ProblemResubmit, "已补充", ProblemOpen, LevelProvince, false},
		{ProblemOpen, LevelProvince, ProblemResubmit, "x", "", "", true},
		{ProblemResolved, LevelCentral, ProblemAnswer, "x", "", "", true},
		{ProblemResolved, LevelCentral, ProblemComment, "x", ProblemResolved, LevelCentral, false},
		{ProblemOpen, LevelProvince, "bogus", "x", "", "", true},
	} {
		s, l, err := NextProblem(tc.s, tc.l, tc.k, tc.note)
		if (err != nil) != tc.fails || (!tc.fails && (s != tc.wantS || l != tc.wantL)) {
			t.Errorf("%s at %s, %s %q: %s %s %v", tc.s, tc.l, tc.k, tc.note, s, l, err)
		}
		if err != nil && ErrorCode(err) != EINVALID {
			t.Errorf("%s: %v is not EINVALID", tc.k, err)
		}
	}
}

func TestProblemLight(t *testing.T) {
	since := time.Date(2024, 3, 1, 20, 0, 0, 0, time.UTC) // 2 March in Beijing
	p := &Problem{State: ProblemOpen, LevelSince: since, DueOn: DueOn(since, 10)}
	if want := time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC); !p.DueOn.Equal(want) {
		t.Errorf("due %v, want %v", p.DueOn, want)
	}
	for _, tc := range []struct {
		now  time.Time
		want Light
	}{
		{time.Date(2024, 3, 5, 1, 0, 0, 0, time.UTC), LightGreen},
		{time.Date(2024, 3, 10, 1, 0, 0, 0, time.UTC), LightYellow},
		{time.Date(2024, 3, 13, 1, 0, 0, 0, time.UTC), LightRed},
	} {
		if got := p.Light(tc.now, 3); got != tc.want {
			t.Errorf("at %v: %s, want %s", tc.now, got, tc.want)
		}
	}
	p.State = ProblemAnswered
	if got := p.Light(time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC), 3); got != LightNone {
		t.Errorf("an answered problem has light %s", got)
	}
}

func TestRegisterChecks(t *testing.T) {
	day := DayOf(time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC))
	good := Approval{Kind: LegalDeptRule, Title: "《办法》", Steps: []StepRecord{{Step: StepDrafting, On: day}, {Step: StepReview, On: day}}}
	if err := good.Check(); err != nil || good.Current() != StepReview {
		t.Errorf("good approval: %v %s", err, good.Current())
	}
	for name, a := range map[string]Approval{
		"unknown kind":  {Kind: "law", Title: "x"},
		"no title":      {Kind: LegalDeptRule},
		"out of order":  {Kind: LegalDeptRule, Title: "x", Steps: []StepRecord{{Step: StepReview, On: day}, {Step: StepDrafting, On: day}}},
		"twice":         {Kind: LegalDeptRule, Title: "x", Steps: []StepRecord{{Step: StepDrafting, On: day}, {Step: StepDrafting, On: day}}},
		"without a day": {Kind: LegalDeptRule, Title: "x", Steps: []StepRecord{{Step: StepDrafting}}},
	} {
		if err := a.Check(); ErrorCode(err) != EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
	r := Risk{Category: RiskFinancial, Level: RiskHigh, Description: "d", Measures: "m", Owner: "o", NextReview: day}
	if err := r.Check(); err != nil {
		t.Errorf("good risk: %v", err)
	}
	r.Level = "severe"
	if err := r.Check(); ErrorCode(err) != EINVALID {
		t.Errorf("bad level: %v", err)
	}
	b, _ := json.Marshal(StepRecord{Step: StepDrafting, On: day})
	if string(b) != `{"step":"drafting","on":"2024-01-02"}` {
		t.Errorf("JSON %s", b)
	}
	var back StepRecord
	if err := json.Unmarshal([]byte(`{"step":"review","on":"2024-13-01"}`), &back); err == nil {
		t.Error("a bad date was read")
	}
}

func TestSuggestLinksRanksByItemSimilarity(t *testing.T) {
	a := &Item{ID: 1, Batch: 6, Name: "专利开放许可试点", Content: "专利权人自愿声明开放许可", Domain: "知识产权保护"}
	near := &Item{ID: 2, Batch: 7, Name: "专利开放许可新模式", Content: "专利权人自愿明确许可使用费", Domain: "产业高质量发展"}
	mid := &Item{ID: 3, Batch: 7, Name: "知识产权质押融资模式创新", Content: "知识产权质押融资产品", Domain: "金融开放创新"}
	far := &Item{ID: 4, Batch: 7, Name: "海事政务闭环管理", Content: "不见面办理", Domain: "政府管理创新"}
	same := &Item{ID: 5, Batch: 6, Name: "专利开放许可试点推广", Content: "同一批次", Domain: "知识产权保护"}
	ls := SuggestLinks([]*Item{a}, []*Item{far, mid, near, same})
	if len(ls) == 0 || ls[0].OtherID != 2 || ls[0].Kind != LinkCoupling {
		t.Fatalf("suggestions %+v", ls)
	}
	for _, l := range ls {
		if l.OtherID == 4 || l.OtherID == 5 {
			t.Errorf("suggested %d", l.OtherID)
		}
	}
	if InstrumentOf("商务部关于印发自由贸易试验区第五批“最佳实践案例”的函") != InstrumentBestPractice || InstrumentOf("国务院关于做好第七批改革试点经验复制推广工作的通知") != InstrumentReplication {
		t.Error("instrument from title")
	}
}
