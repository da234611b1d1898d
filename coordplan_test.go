package rollout

import (
	"errors"
	"strings"
	"testing"
	"time"

	"rollout/msg"
)

// errKey is the catalogue key of err ("" for nil or an error without one).
func errKey(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Key
	}
	return ""
}

func TestPlanRaise(t *testing.T) {
	gd := &Unit{ID: 44, Name: "广东省", Kind: KindProvince, ProvinceID: 44}
	county := &Unit{ID: 440304, Name: "福田区", Kind: KindCounty, ProvinceID: 44}
	sz := &Unit{ID: 440300, Name: "深圳市", Kind: KindCity, ProvinceID: 44}
	dept := &Unit{ID: 4403041, Name: "福田区商务局", Kind: KindDepartment, ProvinceID: 44}
	pbc, mofcom := &Unit{ID: 2, Name: "中国人民银行"}, &Unit{ID: 3, Name: "商务部"}
	task := &Task{ID: 9, ItemID: 1009, UnitID: county.ID}
	central := []*Unit{pbc, mofcom}
	ok := NewProblem{TaskID: 9, Title: " 税务系统未联通 ", Body: "尚未接入。"}
	pdf := []NewFile{{Name: "说明.pdf", Body: []byte("%PDF")}}
	for _, tc := range []struct {
		name  string
		snap  RaiseSnapshot
		np    NewProblem
		files []NewFile
		key   string       // the refusal, or "" for a plan
		level ProblemLevel // the first level of a plan
	}{
		{"a county directly under its province goes to it", RaiseSnapshot{Task: task, Unit: county, Province: gd, Central: central}, ok, pdf, "", LevelProvince},
		{"a county goes to its city", RaiseSnapshot{Task: task, Unit: county, Chain: []*Unit{sz}, Province: gd, Central: central}, ok, pdf, "", LevelCity},
		{"a county's department goes to its county", RaiseSnapshot{Task: task, Unit: dept, Chain: []*Unit{county, sz}, Province: gd, Central: central}, ok, nil, "", LevelCounty},
		{"a city goes to its province", RaiseSnapshot{Task: task, Unit: sz, Province: gd, Central: central}, ok, nil, "", LevelProvince},
		{"a province goes to the central level", RaiseSnapshot{Task: task, Unit: gd, Central: central}, ok, nil, "", LevelCentral},
		{"no central unit", RaiseSnapshot{Task: task, Unit: gd}, ok, nil, "err.coord.no_central", ""},
		{"no title", RaiseSnapshot{Task: task, Unit: county, Province: gd}, NewProblem{TaskID: 9, Title: " ", Body: "x"}, nil, "err.coord.title_missing", ""},
		{"a title too long", RaiseSnapshot{Task: task, Unit: county, Province: gd},
			NewProblem{TaskID: 9, Title: strings.Repeat("长", MaxProblemTitle+1), Body: "x"}, nil, "err.coord.title_too_long", ""},
		{"a body too long", RaiseSnapshot{Task: task, Unit: county, Province: gd},
			NewProblem{TaskID: 9, Title: "t", Body: strings.Repeat("长", MaxProblemBody+1)}, nil, "err.coord.body_too_long", ""},
		{"a file of a bad type", RaiseSnapshot{Task: task, Unit: county, Province: gd}, ok, []NewFile{{Name: "x.exe", Body: []byte("MZ")}}, "err.coord.file_type", ""},
		{"an empty file", RaiseSnapshot{Task: task, Unit: county, Province: gd}, ok, []NewFile{{Name: "x.pdf"}}, "err.coord.file_empty", ""},
		{"a file too large", RaiseSnapshot{Task: task, Unit: county, Province: gd}, ok,
			[]NewFile{{Name: "x.pdf", Body: make([]byte, MaxAttachmentSize+1)}}, "err.coord.file_too_large", ""},
		{"no task named", RaiseSnapshot{}, NewProblem{Title: "t", Body: "b"}, nil, "err.coord.raise_no_task", ""},
		{"the unit has no task for the item", RaiseSnapshot{}, NewProblem{ItemID: 1, UnitID: 2, Title: "t", Body: "b"}, nil, "err.coord.no_task_of_unit", ""},
	} {
		p, err := PlanRaise(tc.snap, tc.np, tc.files)
		if errKey(err) != tc.key || (tc.key == "" && err != nil) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.key)
			continue
		}
		if err != nil {
			if ErrorCode(err) != EINVALID {
				t.Errorf("%s: code %s", tc.name, ErrorCode(err))
			}
			continue
		}
		if p.Level != tc.level || p.Title != "税务系统未联通" || p.TaskID != 9 || p.ItemID != 1009 || len(p.Route) != 2 ||
			p.Route[0].Level != "" || p.Route[0].Units[0] != tc.snap.Unit || p.Route[1].Level != tc.level || len(p.Files) != len(tc.files) {
			t.Errorf("%s: %+v", tc.name, p)
		}
	}
}

func TestPlanProblemStep(t *testing.T) {
	at := time.Date(2024, 3, 1, 2, 0, 0, 0, time.UTC)
	now := at.Add(48 * time.Hour)
	pbc, mofcom, root := &Unit{ID: 2, Name: "中国人民银行"}, &Unit{ID: 3, Name: "商务部"}, &Unit{ID: 1, Name: "国务院"}
	problem := func(s ProblemState, l ProblemLevel) *Problem {
		return &Problem{ID: 1, State: s, Level: l, LevelSince: at, UpdatedAt: at}
	}
	full := func(p *Problem) ProblemStepSnapshot {
		return ProblemStepSnapshot{Problem: p, Central: []*Unit{pbc, mofcom}, Root: root}
	}
	// A problem raised by a department of 福田区 (in 深圳市, 广东省).
	gd := &Unit{ID: 44, Name: "广东省", Kind: KindProvince, ProvinceID: 44}
	sz := &Unit{ID: 440300, Name: "深圳市", Kind: KindCity, ProvinceID: 44}
	ft := &Unit{ID: 440304, Name: "福田区", Kind: KindCounty, ProvinceID: 44}
	dept := &Unit{ID: 4403041, Name: "福田区商务局", Kind: KindDepartment, ProvinceID: 44}
	local := func(p *Problem) ProblemStepSnapshot {
		snap := full(p)
		snap.Unit, snap.Chain, snap.Province = dept, []*Unit{ft, sz}, gd
		return snap
	}
	for _, tc := range []struct {
		name    string
		snap    ProblemStepSnapshot
		in      ProblemStep
		key     string
		state   ProblemState
		level   ProblemLevel
		route   []ProblemLevel // levels the step adds to the route
		since   time.Time
		conflct bool
	}{
		{"escalate", full(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemEscalate, Version: at}, "",
			ProblemOpen, LevelCentral, []ProblemLevel{LevelCentral}, now, false},
		{"escalate from the county to its city", local(problem(ProblemOpen, LevelCounty)), ProblemStep{Kind: ProblemEscalate, Version: at}, "",
			ProblemOpen, LevelCity, []ProblemLevel{LevelCity}, now, false},
		{"escalate from the city to the province", local(problem(ProblemAnswered, LevelCity)), ProblemStep{Kind: ProblemEscalate, Version: at}, "",
			ProblemOpen, LevelProvince, []ProblemLevel{LevelProvince}, now, false},
		{"escalate from the province of a local problem", local(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemEscalate, Version: at}, "",
			ProblemOpen, LevelCentral, []ProblemLevel{LevelCentral}, now, false},
		{"major from the county passes every level", local(problem(ProblemOpen, LevelCounty)), ProblemStep{Kind: ProblemMajor, Note: "报国务院", Version: at}, "",
			ProblemOpen, LevelStateCouncil, []ProblemLevel{LevelCity, LevelProvince, LevelCentral, LevelStateCouncil}, now, false},
		{"major from the province", full(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemMajor, Note: "报国务院", Version: at}, "",
			ProblemOpen, LevelStateCouncil, []ProblemLevel{LevelCentral, LevelStateCouncil}, now, false},
		{"major from the central level", full(problem(ProblemAnswered, LevelCentral)), ProblemStep{Kind: ProblemMajor, Note: "报国务院", Version: at}, "",
			ProblemOpen, LevelStateCouncil, []ProblemLevel{LevelStateCouncil}, now, false},
		{"answer", full(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemAnswer, Note: " 答复 ", Version: at}, "",
			ProblemAnswered, LevelProvince, nil, at, false},
		{"resubmit starts the time again", full(problem(ProblemReturned, LevelProvince)), ProblemStep{Kind: ProblemResubmit, Note: "已补充", Version: at}, "",
			ProblemOpen, LevelProvince, nil, now, false},
		{"no version", full(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemAnswer, Note: "x"}, "err.coord.problem_no_version",
			"", "", nil, time.Time{}, true},
		{"a stale version", full(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemAnswer, Note: "x", Version: at.Add(-time.Second)},
			"err.coord.problem_conflict", "", "", nil, time.Time{}, true},
		{"an answer without a note", full(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemAnswer, Version: at},
			"err.coord.step_needs_note", "", "", nil, time.Time{}, false},
		{"a note too long", full(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemComment, Note: strings.Repeat("长", MaxProblemNote+1), Version: at},
			"err.coord.note_too_long", "", "", nil, time.Time{}, false},
		{"a bad file", full(problem(ProblemOpen, LevelProvince)), ProblemStep{Kind: ProblemComment, Note: "x", Version: at, Files: []NewFile{{Name: "x"}}},
			"err.coord.file_no_ext", "", "", nil, time.Time{}, false},
		{"no central unit", ProblemStepSnapshot{Problem: problem(ProblemOpen, LevelProvince), Root: root}, ProblemStep{Kind: ProblemEscalate, Version: at},
			"err.coord.no_central", "", "", nil, time.Time{}, false},
		{"no root", ProblemStepSnapshot{Problem: problem(ProblemOpen, LevelCentral)}, ProblemStep{Kind: ProblemMajor, Note: "x", Version: at},
			"err.coord.no_root", "", "", nil, time.Time{}, false},
	} {
		p, err := PlanProblemStep(tc.snap, tc.in, now)
		if errKey(err) != tc.key || (tc.key == "" && err != nil) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.key)
			continue
		}
		var c *Conflict[*Problem]
		if errors.As(err, &c) != tc.conflct || (tc.conflct && (c.Current != tc.snap.Problem || ErrorCode(err) != ECONFLICT)) {
			t.Errorf("%s: conflict %v", tc.name, err)
		}
		if err != nil {
			continue
		}
		var levels []ProblemLevel
		for _, r := range p.Route {
			levels = append(levels, r.Level)
		}
		if p.State != tc.state || p.Level != tc.level || !p.LevelSince.Equal(tc.since) || strings.Join(strs(levels), ",") != strings.Join(strs(tc.route), ",") ||
			p.Major != (tc.in.Kind == ProblemMajor) || p.Note != strings.TrimSpace(tc.in.Note) {
			t.Errorf("%s: %+v", tc.name, p)
		}
	}
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// TestProblemLadder: the way up climbs every level of the line of command
// the raising unit has, in its province, then the province and the central
// level.
func TestProblemLadder(t *testing.T) {
	gd := &Unit{ID: 44, Name: "广东省", Kind: KindProvince, ProvinceID: 44}
	sz := &Unit{ID: 440300, Name: "深圳市", Kind: KindCity, ProvinceID: 44}
	ft := &Unit{ID: 440304, Name: "福田区", Kind: KindCounty, ProvinceID: 44}
	ftDept := &Unit{ID: 4403041, Name: "福田区商务局", Kind: KindDepartment, ProvinceID: 44}
	szDept := &Unit{ID: 4403001, Name: "深圳市商务局", Kind: KindDepartment, ProvinceID: 44}
	gdDept := &Unit{ID: 4400001, Name: "广东省商务厅", Kind: KindDepartment, ProvinceID: 44}
	ftz := &Unit{ID: 9044, Name: "广东自贸试验区", Kind: KindFTZ, ProvinceID: 44}
	qh := &Unit{ID: 904401, Name: "前海蛇口片区", Kind: KindFTZArea, ProvinceID: 44}
	customs := &Unit{ID: 8, Name: "海关总署", Kind: KindVerticalAgency}
	branch := &Unit{ID: 801, Name: "深圳海关", Kind: KindVerticalAgency, ProvinceID: 44}
	pbc := &Unit{ID: 2, Name: "中国人民银行"}
	for _, tc := range []struct {
		name  string
		unit  *Unit
		chain []*Unit
		prov  *Unit
		want  string
	}{
		{"a county: its city, its province", ft, []*Unit{sz}, gd, "city:深圳市 province:广东省 central:中国人民银行"},
		{"a county's department: its county first", ftDept, []*Unit{ft, sz}, gd, "county:福田区 city:深圳市 province:广东省 central:中国人民银行"},
		{"a city's department: its city", szDept, []*Unit{sz}, gd, "city:深圳市 province:广东省 central:中国人民银行"},
		{"a city", sz, nil, gd, "province:广东省 central:中国人民银行"},
		{"a province's department", gdDept, nil, gd, "province:广东省 central:中国人民银行"},
		{"an FTZ area: its FTZ", qh, []*Unit{ftz}, gd, "city:广东自贸试验区 province:广东省 central:中国人民银行"},
		{"a county under a province directly", ft, nil, gd, "province:广东省 central:中国人民银行"},
		{"a branch of a vertical agency: its province, not its headquarters", branch, []*Unit{customs}, gd, "province:广东省 central:中国人民银行"},
		{"a province", gd, nil, nil, "central:中国人民银行"},
		{"a unit in no province", customs, nil, nil, "central:中国人民银行"},
	} {
		var got []string
		for _, r := range ProblemLadder(tc.unit, tc.chain, tc.prov, []*Unit{pbc}) {
			for _, u := range r.Units {
				got = append(got, string(r.Level)+":"+u.Name)
			}
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, strings.Join(got, " "), tc.want)
		}
	}
}

func TestCheckResponseDays(t *testing.T) {
	for _, tc := range []struct {
		days map[ProblemLevel]int
		key  string
	}{
		{map[ProblemLevel]int{LevelProvince: 1, LevelCentral: 365}, ""},
		{map[ProblemLevel]int{LevelCentral: 0}, "err.coord.days_range"},
		{map[ProblemLevel]int{LevelCentral: 366}, "err.coord.days_range"},
		{map[ProblemLevel]int{"township": 5}, "err.coord.unknown_level"},
		{map[ProblemLevel]int{LevelCounty: 5, LevelCity: 7}, ""},
	} {
		if err := CheckResponseDays(tc.days); errKey(err) != tc.key || (tc.key == "" && err != nil) {
			t.Errorf("%v: %v, want %q", tc.days, err, tc.key)
		}
	}
	// The refusal names the level in the reader's language.
	err := CheckResponseDays(map[ProblemLevel]int{LevelCentral: 0})
	if zh, en := ErrorText(msg.ZH, err), ErrorText(msg.EN, err); zh != "中央部门和商务部的答复时限须为 1 至 365 天（现为 0）。" || !strings.Contains(en, "Central units and MOFCOM") {
		t.Errorf("zh %q, en %q", zh, en)
	}
}

func TestPlanEntry(t *testing.T) {
	day := DayOf(time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC))
	stored := &Risk{ID: 5, ItemID: 1001, TaskID: 9, Category: RiskFinancial, Level: RiskHigh, Description: "d", Measures: "m",
		Owner: "o", NextReview: day, Version: 3, UpdatedBy: "pbc", UpdatedAt: time.Date(2024, 3, 1, 2, 0, 0, 0, time.UTC)}
	edit := func(f func(*Risk)) *Risk { r := *stored; f(&r); return &r }
	task := &Task{ID: 9, ItemID: 1001}
	for _, tc := range []struct {
		name    string
		snap    EntrySnapshot[*Risk]
		in      *Risk
		key     string
		version int
	}{
		{"a new risk", EntrySnapshot[*Risk]{ItemFound: true}, edit(func(r *Risk) { r.ID, r.TaskID, r.Version, r.Owner = 0, 0, 0, " 区金融局 " }), "", 1},
		{"a new risk of a task", EntrySnapshot[*Risk]{ItemFound: true, Task: task}, edit(func(r *Risk) { r.ID, r.Version = 0, 0 }), "", 1},
		{"a task of another item", EntrySnapshot[*Risk]{ItemFound: true, Task: &Task{ID: 9, ItemID: 7}}, edit(func(r *Risk) { r.ID, r.Version = 0, 0 }), "err.coord.task_item", 0},
		{"a missing item", EntrySnapshot[*Risk]{}, edit(func(r *Risk) { r.ID, r.TaskID, r.Version = 0, 0, 0 }), "err.coord.no_item", 0},
		{"the stored version", EntrySnapshot[*Risk]{Stored: stored, ItemFound: true, Task: task}, edit(func(r *Risk) { r.Level = RiskLow }), "", 4},
		{"a replacement stays where it was made", EntrySnapshot[*Risk]{Stored: stored, ItemFound: true, Task: task},
			edit(func(r *Risk) { r.ItemID, r.TaskID = 7, 0 }), "", 4},
		{"an old version", EntrySnapshot[*Risk]{Stored: stored, ItemFound: true, Task: task}, edit(func(r *Risk) { r.Version = 2 }), "err.coord.risk_conflict", 0},
		{"no version", EntrySnapshot[*Risk]{Stored: stored, ItemFound: true, Task: task}, edit(func(r *Risk) { r.Version = 0 }), "err.coord.entry_no_version", 0},
		{"a missing risk", EntrySnapshot[*Risk]{ItemFound: true}, edit(func(r *Risk) {}), "err.coord.no_risk", 0},
		{"no measures", EntrySnapshot[*Risk]{ItemFound: true}, edit(func(r *Risk) { r.ID, r.TaskID, r.Measures = 0, 0, " " }), "err.coord.risk_measures", 0},
		{"a description too long", EntrySnapshot[*Risk]{ItemFound: true}, edit(func(r *Risk) { r.ID, r.TaskID, r.Description = 0, 0, strings.Repeat("长", MaxEntryText+1) }),
			"err.coord.risk_text_len", 0},
	} {
		before := *tc.in
		out, err := PlanEntry(tc.snap, tc.in)
		if errKey(err) != tc.key || (tc.key == "" && err != nil) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.key)
			continue
		}
		if *tc.in != before {
			t.Errorf("%s: the input was changed", tc.name)
		}
		var c *Conflict[*Risk]
		if wantConflict := strings.HasSuffix(tc.key, "conflict") || strings.HasSuffix(tc.key, "no_version"); errors.As(err, &c) != wantConflict ||
			(wantConflict && c.Current != stored) {
			t.Errorf("%s: conflict %v", tc.name, err)
		}
		if err != nil {
			continue
		}
		if out.Version != tc.version || strings.TrimSpace(out.Owner) != out.Owner || (tc.snap.Stored != nil && (out.ItemID != 1001 || out.TaskID != 9)) {
			t.Errorf("%s: %+v", tc.name, out)
		}
	}
	// The conflict says who saved the stored version, and when, in Beijing time.
	_, err := PlanEntry(EntrySnapshot[*Risk]{Stored: stored, ItemFound: true}, edit(func(r *Risk) { r.Version = 1 }))
	if got := ErrorText(msg.ZH, err); got != "该风险已被他人修改（当前为第 3 版，pbc 于 2024-03-01 10:00 保存）：请对照两个版本后再保存。" {
		t.Errorf("conflict text %q", got)
	}
	a := &Approval{Kind: LegalDeptRule, Title: strings.Repeat("长", MaxEntryTitle+1)}
	if _, err := PlanEntry(EntrySnapshot[*Approval]{ItemFound: true}, a); errKey(err) != "err.coord.approval_title_len" {
		t.Errorf("a long title: %v", err)
	}
}

func TestPlanLink(t *testing.T) {
	a := &Item{ID: 1, Batch: 7, Domain: "投资贸易便利化"}
	b := &Item{ID: 2, Batch: 6, Domain: "投资贸易便利化"}
	c := &Item{ID: 3, Batch: 6, Domain: "金融开放创新"}
	for _, tc := range []struct {
		name         string
		id, other    int64
		item, otherI *Item
		note         string
		key          string
		kind         LinkKind
	}{
		{"same domain", 2, 1, b, a, " 同一改革 ", "", LinkIntegration},
		{"across domains", 1, 3, a, c, "", "", LinkCoupling},
		{"itself", 1, 1, a, a, "", "err.coord.link_self", ""},
		{"one batch", 2, 3, b, c, "", "err.coord.link_same_batch", ""},
		{"a missing item", 1, 9, a, nil, "", "err.coord.link_no_item", ""},
		{"a note too long", 1, 2, a, b, strings.Repeat("长", MaxLinkNote+1), "err.coord.link_note_len", ""},
	} {
		l, err := PlanLink(tc.id, tc.other, tc.item, tc.otherI, tc.note)
		if errKey(err) != tc.key || (tc.key == "" && err != nil) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.key)
			continue
		}
		if err == nil && (l.ItemID >= l.OtherID || l.Kind != tc.kind || !l.Manual || l.State != LinkAccepted || l.Note != strings.TrimSpace(tc.note)) {
			t.Errorf("%s: %+v", tc.name, l)
		}
	}
	if _, err := PlanLinkDecision(4, nil, true); errKey(err) != "err.coord.no_link" || ErrorCode(err) != ENOTFOUND {
		t.Errorf("a missing link: %v", err)
	}
	if s, err := PlanLinkDecision(4, &Link{ID: 4, State: LinkSuggested}, false); err != nil || s != LinkRejected {
		t.Errorf("reject: %s %v", s, err)
	}
}

// Every refusal of the coordination area is in the catalogue, in both languages.
func TestCoordRefusalsInCatalogue(t *testing.T) {
	for _, key := range msg.Keys() {
		if !strings.HasPrefix(key, "err.coord.") {
			continue
		}
		zh, en, _ := msg.Both(key)
		if zh == en || strings.ContainsAny(en, "的了须请") {
			t.Errorf("%s: English %q", key, en)
		}
	}
}

func TestApprovalBounds(t *testing.T) {
	day := DayOf(time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC))
	for _, tc := range []struct {
		step StepRecord
		key  string
	}{
		{StepRecord{Step: StepDrafting, On: day, DocNo: strings.Repeat("号", MaxEntryTitle)}, ""},
		{StepRecord{Step: StepDrafting, On: day, DocNo: strings.Repeat("号", MaxEntryTitle+1)}, "err.coord.step_docno_len"},
		{StepRecord{Step: StepDrafting, On: day, Note: strings.Repeat("说", MaxEntryText+1)}, "err.coord.step_note_len"},
	} {
		a := Approval{Kind: LegalDeptRule, Title: "《办法》", Steps: []StepRecord{tc.step}}
		if err := a.Check(); errKey(err) != tc.key || (tc.key == "" && err != nil) {
			t.Errorf("%d, %d: %v, want %q", len([]rune(tc.step.DocNo)), len([]rune(tc.step.Note)), err, tc.key)
		}
	}
}
