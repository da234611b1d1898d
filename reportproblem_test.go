package rollout

import (
	"strings"
	"testing"
)

// TestDecideReportProblem: a report submitted with a problem raises it on
// the task, climbing from the county to its city; one with the task's
// problem still open joins it, adding its words only when they are new; a
// draft, a report without a problem or a dry run (no snapshot) raises
// nothing.
func TestDecideReportProblem(t *testing.T) {
	gd := &Unit{ID: 44, Name: "广东省", Kind: KindProvince, ProvinceID: 44}
	sz := &Unit{ID: 440300, Name: "深圳市", Kind: KindCity, ProvinceID: 44}
	ft := &Unit{ID: 440304, Name: "福田区", Kind: KindCounty, ProvinceID: 44}
	task := &Task{ID: 1, ItemID: 1009, UnitID: ft.ID}
	raise := RaiseSnapshot{Task: task, Unit: ft, Chain: []*Unit{sz}, Province: gd, Central: []*Unit{{ID: 3, Name: "商务部"}}}
	text := "区税务局系统尚未接入财税库银横向联网系统\n无法办理跨境人民币电子缴税。"
	open := &Problem{ID: 8, TaskID: 1, Body: "系统未联通", State: ProblemAnswered, Thread: []ProblemEvent{{Kind: ProblemRaise}, {Kind: ProblemComment, Note: text}}}
	report := func(problem bool) *Report {
		r := &Report{TaskID: 1, Period: "2024Q4", Status: StatusInProgress, Measures: "推进中"}
		if problem {
			r.Problem, r.ProblemText = true, " "+text+" "
		}
		return r
	}
	snap := func(ps *ReportProblemSnapshot) ReportSnapshot {
		return ReportSnapshot{State: StateAcknowledged, Problems: ps}
	}

	// Raised: titled by its first line, routed to the county's city.
	plan, err := DecideReport(snap(&ReportProblemSnapshot{Raise: raise}), report(true), true)
	if err != nil || plan.Problem == nil || plan.Problem.Raise == nil || plan.Problem.Link != nil {
		t.Fatalf("raised: %+v %v", plan.Problem, err)
	}
	if r := plan.Problem.Raise; r.Title != "区税务局系统尚未接入财税库银横向联网系统" || r.Body != text || r.Level != LevelCity ||
		r.TaskID != 1 || r.UnitID != ft.ID || r.Route[1].Units[0] != sz {
		t.Errorf("raised: %+v", r)
	}
	// Joined: the open problem, its words already in the thread.
	plan, err = DecideReport(snap(&ReportProblemSnapshot{Raise: raise, Open: open}), report(true), true)
	if err != nil || plan.Problem == nil || plan.Problem.Raise != nil || plan.Problem.Link != open || plan.Problem.Note != "" {
		t.Errorf("joined, said already: %+v %v", plan.Problem, err)
	}
	// Joined with new words: they go to its thread.
	r := report(true)
	r.ProblemText = "仍未联通，请协调省税务局。"
	plan, err = DecideReport(snap(&ReportProblemSnapshot{Raise: raise, Open: open}), r, true)
	if err != nil || plan.Problem == nil || plan.Problem.Link != open || plan.Problem.Note != "仍未联通，请协调省税务局。" {
		t.Errorf("joined with new words: %+v %v", plan.Problem, err)
	}
	// Nothing raised: a draft, no problem, no snapshot.
	for name, c := range map[string]struct {
		snap   ReportSnapshot
		r      *Report
		submit bool
	}{
		"a draft":       {snap(&ReportProblemSnapshot{Raise: raise}), report(true), false},
		"no problem":    {snap(&ReportProblemSnapshot{Raise: raise}), report(false), true},
		"a dry run":     {snap(nil), report(true), true},
		"no box ticked": {snap(&ReportProblemSnapshot{Raise: raise}), &Report{TaskID: 1, Period: "2024Q4", Status: StatusInProgress, ProblemText: text}, true},
	} {
		plan, err := DecideReport(c.snap, c.r, c.submit)
		if err != nil || plan.Problem != nil {
			t.Errorf("%s: %+v %v", name, plan.Problem, err)
		}
	}
	if NeedsProblemSnapshot(report(true), false) || NeedsProblemSnapshot(report(false), true) || !NeedsProblemSnapshot(report(true), true) {
		t.Error("NeedsProblemSnapshot")
	}
	// No unit to take it: the problem text is at fault, nothing is saved.
	_, err = DecideReport(snap(&ReportProblemSnapshot{Raise: RaiseSnapshot{Task: task, Unit: gd}}), report(true), true)
	var fe *ReportFieldError
	if errKey(err) != "err.coord.no_central" || !asField(err, &fe) || fe.Field != FieldProblemText {
		t.Errorf("no central unit: %v", err)
	}
	if got := ReportProblemTitle(strings.Repeat("长", 100)); len([]rune(got)) != MaxReportProblemTitle || !strings.HasSuffix(got, "…") {
		t.Errorf("a long title: %q", got)
	}
}

func asField(err error, fe **ReportFieldError) bool {
	e, ok := err.(*ReportFieldError)
	*fe = e
	return ok
}
