package sqldb_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/notice"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// importFixture6 imports the invented earlier batch of testdata (a test
// fixture, not a real notice).
func importFixture6(t *testing.T, db *sqldb.DB) *rollout.Batch {
	t.Helper()
	body, err := os.ReadFile("testdata/fixture-batch6.txt")
	if err != nil {
		t.Fatal(err)
	}
	nt, err := notice.Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.ImportNotice(context.Background(), nt, rollout.Source{Format: nt.Format, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	return res.Batch
}

// Importing an earlier batch suggests links to the 7th batch's items; the
// pairs below were chosen when the fixture was written, before any score was
// computed: each fixture item's best suggestion is the 7th-batch item on the
// same reform, same domain gives integration and another domain coupling, and
// the fixture item on another subject (边境旅游) gets no suggestion.
func TestLinkSuggestionsAcrossBatches(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		loadBatch7(t, db)
		before := count(t, db)
		importFixture6(t, db)
		ls, err := db.Links(ctx, rollout.LinkFilter{Batch: 6})
		if err != nil {
			t.Fatal(err)
		}
		best := map[int]*rollout.Link{}
		ranked := map[int][]int{}
		for _, l := range ls {
			if l.Item.Batch != 6 || l.Other.Batch != 7 || l.State != rollout.LinkSuggested {
				t.Errorf("link %+v: want 6th → 7th, suggested", l)
			}
			if best[l.Item.Seq] == nil {
				best[l.Item.Seq] = l
			}
			ranked[l.Item.Seq] = append(ranked[l.Item.Seq], l.Other.Seq)
		}
		for _, want := range []struct {
			seq, other int
			kind       rollout.LinkKind
		}{
			{1, 1, rollout.LinkIntegration},  // 工程建设项目审批 一网通办 / 统一化、标准化、信息化
			{3, 6, rollout.LinkIntegration},  // 船舶安全检查智能选船 / 国际航行船舶模块化检查
			{5, 14, rollout.LinkIntegration}, // 知识产权质押融资风险分担 / 知识产权质押融资模式创新
			{6, 18, rollout.LinkCoupling},    // 专利开放许可试点 (知识产权保护) / 专利开放许可新模式 (产业高质量发展)
		} {
			l := best[want.seq]
			if l == nil || l.Other.Seq != want.other || l.Kind != want.kind {
				t.Errorf("fixture item %d: best %+v, want 7th item %d (%s)", want.seq, l, want.other, want.kind)
			}
		}
		// 知识产权质押融资 ranks above 动产质押融资 for the pledge-financing item.
		if r := ranked[5]; len(r) < 2 || r[0] != 14 || r[1] != 12 {
			t.Errorf("fixture item 5 ranks %v, want 14 then 12", r)
		}
		if _, ok := best[4]; ok {
			t.Errorf("边境旅游 got a suggestion: %+v", best[4])
		}
		if count(t, db) != before+2 { // the import and its suggestions
			t.Errorf("audit entries: %d new, want 2", count(t, db)-before)
		}

		// Accepting, rejecting and a link by hand.
		admin := rollout.WithActor(ctx, &rollout.User{ID: 1, Username: "coordinator"})
		acc, err := db.DecideLink(admin, best[1].ID, true)
		if err != nil || acc.State != rollout.LinkAccepted || acc.DecidedBy != "coordinator" {
			t.Fatalf("accept: %+v %v", acc, err)
		}
		if _, err := db.DecideLink(admin, best[3].ID, false); err != nil {
			t.Fatal(err)
		}
		i4 := itemOf(t, db, 6, 4)
		i7 := itemOf(t, db, 7, 9)
		manual, err := db.AddLink(admin, i4, i7, "同属出入境便利")
		if err != nil || !manual.Manual || manual.State != rollout.LinkAccepted || manual.Kind != rollout.LinkCoupling {
			t.Fatalf("add link: %+v %v", manual, err)
		}
		if _, err := db.AddLink(admin, i4, i7, ""); code(err) != rollout.ECONFLICT {
			t.Errorf("the same pair again: %v", err)
		}
		if _, err := db.AddLink(admin, i7, itemOf(t, db, 7, 1), ""); code(err) != rollout.EINVALID {
			t.Errorf("two items of one batch: %v", err)
		}
		// Suggesting again keeps what was decided.
		if _, err := db.SuggestLinks(admin, 6); err != nil {
			t.Fatal(err)
		}
		after, err := db.Links(ctx, rollout.LinkFilter{ItemID: best[3].ItemID})
		if err != nil {
			t.Fatal(err)
		}
		if len(after) == 0 || after[0].State != rollout.LinkRejected {
			t.Errorf("after suggesting again: %+v", after)
		}
		// The domain across batches.
		items, err := db.DomainItems(ctx, "投资贸易便利化")
		if err != nil || len(items) != 5 || items[0].Batch != 7 || items[len(items)-1].Batch != 6 {
			t.Errorf("domain items: %d %v", len(items), err)
		}
		bs, err := db.Batches(ctx)
		if err != nil || bs[0].Instrument != rollout.InstrumentReplication {
			t.Errorf("instrument: %v %v", bs, err)
		}
	})
}

// itemOf returns the ID of item seq of a batch.
func itemOf(t *testing.T, db *sqldb.DB, batch, seq int) int64 {
	t.Helper()
	b, err := db.BatchByNumber(context.Background(), batch)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range b.Items {
		if it.Seq == seq {
			return it.ID
		}
	}
	t.Fatalf("no item %d in batch %d", seq, batch)
	return 0
}

// problemSetup loads the 7th batch, assigns it and divides 广东省's task for
// item 9 (跨境人民币全程电子缴税) to 深圳市 and on to 福田区; it returns the
// county's task.
func problemSetup(t *testing.T, db *sqldb.DB) *rollout.Task {
	t.Helper()
	ctx := context.Background()
	loadBatch7(t, db)
	if _, err := db.Assign(ctx, 7); err != nil {
		t.Fatal(err)
	}
	item := itemOf(t, db, 7, 9)
	gd := unitNamed(t, db, "广东省")
	ts, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: gd.ID, ItemID: item})
	if err != nil || len(ts) != 1 {
		t.Fatalf("广东省 tasks: %v %v", ts, err)
	}
	kids, err := db.Divide(ctx, ts[0].ID, []rollout.Division{{UnitID: unitNamed(t, db, "440300").ID, Role: rollout.RoleLead}})
	if err != nil {
		t.Fatal(err)
	}
	kids, err = db.Divide(ctx, kids[0].ID, []rollout.Division{{UnitID: unitNamed(t, db, "440304").ID, Role: rollout.RoleLead}})
	if err != nil {
		t.Fatal(err)
	}
	return kids[0]
}

func routeNames(p *rollout.Problem) map[string]rollout.ProblemLevel {
	out := map[string]rollout.ProblemLevel{}
	for _, s := range p.Route {
		out[s.UnitName] = s.Level
	}
	return out
}

// A problem goes up: county → city → province → responsible units and 商务部 →
// State Council when marked major, with its thread, files, audit entries and
// lights; other provinces' units are never on its route.
func TestProblemRoute(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		county := problemSetup(t, db)
		clk := newClock(db)
		actor := rollout.WithActor(ctx, &rollout.User{ID: 5, Username: "futian"})
		before := count(t, db)

		// Bad input writes nothing.
		if _, err := db.RaiseProblem(actor, rollout.NewProblem{TaskID: county.ID, Title: "  ", Body: "x"}, nil); code(err) != rollout.EINVALID {
			t.Errorf("no title: %v", err)
		}
		if _, err := db.RaiseProblem(actor, rollout.NewProblem{TaskID: county.ID, Title: "t", Body: "b"},
			[]rollout.NewFile{{Name: "x.exe", Body: []byte("MZ")}}); code(err) != rollout.EINVALID {
			t.Errorf("bad file: %v", err)
		}
		if count(t, db) != before {
			t.Fatal("a refused problem wrote audit entries")
		}

		p, err := db.RaiseProblem(actor, rollout.NewProblem{TaskID: county.ID, Title: "税务系统未联通",
			Body: "区税务局系统尚未接入财税库银横向联网系统，无法办理跨境人民币电子缴税。"},
			[]rollout.NewFile{{Name: "情况说明.pdf", Body: []byte("%PDF-1.4 说明")}})
		if err != nil {
			t.Fatal(err)
		}
		// A county's problem goes to its city first (深圳市), not past it.
		if p.State != rollout.ProblemOpen || p.Level != rollout.LevelCity || p.UnitName != "福田区" || len(p.Files) != 1 ||
			p.ItemSeq != 9 || len(p.Thread) != 1 || p.RaisedBy != "futian" {
			t.Fatalf("raised: %+v", p)
		}
		if r := routeNames(p); len(r) != 2 || r["福田区"] != "" || r["深圳市"] != rollout.LevelCity {
			t.Fatalf("route after raising: %v", r)
		}
		for _, s := range p.Route { // the city hears of it, the raising county does not
			ns, err := db.Notifications(ctx, s.UnitID, 10)
			if want := map[bool]int{true: 1, false: 0}[s.Level != ""]; err != nil || len(ns) != want {
				t.Errorf("%s's notifications after raising: %+v, %v", s.UnitName, ns, err)
			}
		}
		if at, err := db.Problems(ctx, rollout.ProblemFilter{AtUnit: unitNamed(t, db, "440300").ID}); err != nil || len(at) != 1 {
			t.Errorf("深圳市 owes %d %v", len(at), err)
		}
		// Due in 10 days (the default), counted from the Beijing day.
		if want := time.Date(2024, 3, 11, 0, 0, 0, 0, time.UTC); !p.DueOn.Equal(want) {
			t.Errorf("due %v, want %v", p.DueOn, want)
		}
		if l := p.Light(clk.t, 3); l != rollout.LightGreen {
			t.Errorf("light at once: %s", l)
		}
		if l := p.Light(clk.t.AddDate(0, 0, 11), 3); l != rollout.LightRed {
			t.Errorf("light after 11 days: %s", l)
		}

		// The city escalates to the province, which escalates: the
		// responsible units and 商务部 join the route.
		clk.advance(24 * time.Hour)
		if _, err := db.StepProblem(actor, p.ID, rollout.ProblemEscalate, "", p.UpdatedAt.Add(-time.Second), nil); code(err) != rollout.ECONFLICT {
			t.Errorf("a stale version: %v", err)
		}
		var stale *rollout.Conflict[*rollout.Problem]
		if _, err := db.StepProblem(actor, p.ID, rollout.ProblemEscalate, "x", time.Time{}, nil); !errors.As(err, &stale) ||
			stale.Current.ID != p.ID || !stale.Current.UpdatedAt.Equal(p.UpdatedAt) {
			t.Errorf("no version: %v", err)
		}
		p, err = db.StepProblem(actor, p.ID, rollout.ProblemEscalate, "市内协调未果，请省里支持。", p.UpdatedAt, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r := routeNames(p); p.Level != rollout.LevelProvince || len(r) != 3 || r["广东省"] != rollout.LevelProvince || r["深圳市"] != rollout.LevelCity {
			t.Fatalf("escalated by the city: %s %v", p.Level, r)
		}
		p, err = db.StepProblem(actor, p.ID, rollout.ProblemEscalate, "省内协调未果，请中央部门支持。", p.UpdatedAt, nil)
		if err != nil {
			t.Fatal(err)
		}
		r := routeNames(p)
		for _, name := range []string{"中国人民银行", "税务总局", "商务部"} {
			if r[name] != rollout.LevelCentral {
				t.Errorf("route: %s at %q, want central (%v)", name, r[name], r)
			}
		}
		if _, ok := r["国务院"]; ok || p.Level != rollout.LevelCentral || p.Major {
			t.Errorf("escalated: %+v %v", p, r)
		}
		// Each unit the problem reached hears of it.
		for _, s := range p.Route {
			if s.Level != rollout.LevelCentral {
				continue
			}
			ns, err := db.Notifications(ctx, s.UnitID, 10)
			if err != nil || len(ns) != 1 || ns[0].Kind != rollout.NoticeEscalated || !strings.Contains(ns[0].Body, "税务系统未联通") {
				t.Errorf("%s's notifications: %+v, %v", s.UnitName, ns, err)
			}
		}
		// From the central level only the coordinator's decision goes higher.
		if _, err := db.StepProblem(actor, p.ID, rollout.ProblemEscalate, "", p.UpdatedAt, nil); code(err) != rollout.EINVALID {
			t.Errorf("escalate from central: %v", err)
		}
		if _, err := db.StepProblem(actor, p.ID, rollout.ProblemAnswer, " ", p.UpdatedAt, nil); code(err) != rollout.EINVALID {
			t.Errorf("answer without text: %v", err)
		}
		p, err = db.StepProblem(actor, p.ID, rollout.ProblemAnswer, "已协调税务总局开通接口。", p.UpdatedAt, nil)
		if err != nil || p.State != rollout.ProblemAnswered {
			t.Fatalf("answer: %+v %v", p, err)
		}
		p, err = db.StepProblem(actor, p.ID, rollout.ProblemMajor, "涉及全国系统改造，报国务院。", p.UpdatedAt, nil)
		if err != nil || !p.Major || p.Level != rollout.LevelStateCouncil || routeNames(p)["国务院"] != rollout.LevelStateCouncil {
			t.Fatalf("major: %+v %v", p, err)
		}
		if len(p.Thread) != 5 || p.Thread[4].Kind != rollout.ProblemMajor || p.Thread[4].Actor != "futian" {
			t.Errorf("thread: %+v", p.Thread)
		}
		if n := count(t, db) - before; n != 5 {
			t.Errorf("%d audit entries, want 5 (raise, escalate twice, answer, major)", n)
		}

		// Lists: what a unit sees is what its route holds.
		for _, tc := range []struct {
			unit string
			f    rollout.ProblemFilter
			want int
		}{
			{"广东省", rollout.ProblemFilter{}, 1},
			{"四川省", rollout.ProblemFilter{}, 0},
			{"440300", rollout.ProblemFilter{}, 1}, // 深圳市, the county's city, is on the route
			{"440100", rollout.ProblemFilter{}, 0}, // 广州市 is not
			{"国务院", rollout.ProblemFilter{Major: true}, 1},
			{"税务总局", rollout.ProblemFilter{}, 1},
		} {
			tc.f.RouteUnit = unitNamed(t, db, tc.unit).ID
			ps, err := db.Problems(ctx, tc.f)
			if err != nil || len(ps) != tc.want {
				t.Errorf("problems on the route of %s: %d %v, want %d", tc.unit, len(ps), err, tc.want)
			}
		}
		at, err := db.Problems(ctx, rollout.ProblemFilter{AtUnit: unitNamed(t, db, "广东省").ID})
		if err != nil || len(at) != 0 {
			t.Errorf("广东省 owes %d", len(at))
		}

		// A second problem, raised on the item by the province itself, starts
		// at the central level; a return and a resubmission.
		gdTasks, _ := db.Tasks(ctx, rollout.TaskFilter{UnitID: unitNamed(t, db, "广东省").ID, ItemID: p.ItemID})
		q, err := db.RaiseProblem(actor, rollout.NewProblem{ItemID: p.ItemID, UnitID: gdTasks[0].UnitID, Title: "省级问题", Body: "说明"}, nil)
		if err != nil || q.Level != rollout.LevelCentral {
			t.Fatalf("province's problem: %+v %v", q, err)
		}
		if _, err := db.RaiseProblem(actor, rollout.NewProblem{ItemID: p.ItemID, UnitID: unitNamed(t, db, "四川省").ID + 99999, Title: "x", Body: "y"}, nil); err == nil {
			t.Error("a unit without a task raised a problem")
		}
		q, err = db.StepProblem(actor, q.ID, rollout.ProblemReturn, "请补充系统对接情况。", q.UpdatedAt, nil)
		if err != nil || q.State != rollout.ProblemReturned {
			t.Fatal(q, err)
		}
		if _, err := db.StepProblem(actor, q.ID, rollout.ProblemAnswer, "x", q.UpdatedAt, nil); code(err) != rollout.EINVALID {
			t.Errorf("answer a returned problem: %v", err)
		}
		clk.advance(24 * time.Hour)
		q, err = db.StepProblem(actor, q.ID, rollout.ProblemResubmit, "已补充。", q.UpdatedAt, nil)
		if err != nil || q.State != rollout.ProblemOpen || !q.LevelSince.Equal(clk.t) {
			t.Fatal(q, err)
		}
		counts, err := db.OpenProblemCounts(ctx)
		if err != nil || counts[rollout.ProblemOpen] != 2 {
			t.Errorf("open counts: %v %v", counts, err)
		}

		// Response times: set by the coordinator, followed by waiting problems.
		if err := db.SetResponseDays(actor, map[rollout.ProblemLevel]int{rollout.LevelCentral: 0}); code(err) != rollout.EINVALID {
			t.Errorf("0 days: %v", err)
		}
		if err := db.SetResponseDays(actor, map[rollout.ProblemLevel]int{rollout.LevelCentral: 2}); err != nil {
			t.Fatal(err)
		}
		q, _ = db.Problem(ctx, q.ID)
		if want := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC); !q.DueOn.Equal(want) {
			t.Errorf("due after the change %v, want %v", q.DueOn, want)
		}

		// Reminders: once per problem, unit and day, to each unit of the level.
		late := clk.t.AddDate(0, 0, 5)
		n, err := db.RemindProblems(ctx, late, 3)
		if err != nil || n != 3 { // 中国人民银行, 税务总局, 商务部 for the second problem
			t.Errorf("reminders: %d %v", n, err)
		}
		if n, err := db.RemindProblems(ctx, late, 3); err != nil || n != 0 {
			t.Errorf("reminders again: %d %v", n, err)
		}
		f, body, err := db.ProblemFile(ctx, p.Files[0].ID)
		if err != nil || string(body) != "%PDF-1.4 说明" || f.Type != "application/pdf" {
			t.Errorf("file: %+v %v", f, err)
		}
	})
}

// Approvals, risks and their counts.
func TestRegisters(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		county := problemSetup(t, db)
		actor := rollout.WithActor(ctx, &rollout.User{ID: 5, Username: "pbc"})
		day := func(m, d int) time.Time { return time.Date(2024, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
		before := count(t, db)
		bad := &rollout.Approval{ItemID: county.ItemID, Kind: rollout.LegalDeptRule, Title: "《办法》",
			Steps: []rollout.StepRecord{{Step: rollout.StepReview, On: rollout.DayOf(day(3, 1))}, {Step: rollout.StepDrafting, On: rollout.DayOf(day(2, 1))}}}
		if _, err := db.SaveApproval(actor, bad); code(err) != rollout.EINVALID {
			t.Errorf("steps out of order: %v", err)
		}
		if _, err := db.SaveApproval(actor, &rollout.Approval{ItemID: county.ItemID, TaskID: county.ID + 100000, Kind: rollout.LegalDeptRule, Title: "x"}); err == nil {
			t.Error("a missing task was accepted")
		}
		a, err := db.SaveApproval(actor, &rollout.Approval{ItemID: county.ItemID, Kind: rollout.LegalDeptRule, Title: "《跨境人民币缴税管理办法》",
			Steps: []rollout.StepRecord{{Step: rollout.StepDrafting, On: rollout.DayOf(day(1, 5))}, {Step: rollout.StepConsultation, On: rollout.DayOf(day(2, 1)), DocNo: "银办函〔2024〕1号"}}})
		if err != nil || a.Current() != rollout.StepConsultation || a.UpdatedBy != "pbc" {
			t.Fatalf("save: %+v %v", a, err)
		}
		if _, err := db.SaveApproval(actor, &rollout.Approval{ItemID: county.ItemID, TaskID: county.ID, Kind: rollout.LegalLocalRegulation, Title: "《福田区办法》"}); err != nil {
			t.Fatal(err)
		}
		counts, err := db.ApprovalCounts(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, c := range counts {
			got[string(c.Kind)+"/"+string(c.Step)] = c.Count
		}
		if got["departmental_rule/consultation"] != 1 || got["local_regulation/"] != 1 || got["departmental_rule/drafting"] != 0 ||
			len(counts) != len(rollout.ApprovalKinds)*(len(rollout.ApprovalSteps)+1) {
			t.Errorf("counts: %v", got)
		}
		own, err := db.Approvals(ctx, rollout.RegisterFilter{ItemID: county.ItemID, TaskID: -1})
		if err != nil || len(own) != 1 || own[0].TaskID != 0 {
			t.Errorf("item register: %v %v", own, err)
		}

		if _, err := db.SaveRisk(actor, &rollout.Risk{ItemID: county.ItemID, Category: "weather", Level: rollout.RiskHigh}); code(err) != rollout.EINVALID {
			t.Errorf("unknown category: %v", err)
		}
		r, err := db.SaveRisk(actor, &rollout.Risk{ItemID: county.ItemID, TaskID: county.ID, Category: rollout.RiskFinancial, Level: rollout.RiskHigh,
			Description: "跨境资金异常流动", Measures: "交易监测", Owner: "人民银行深圳市分行", NextReview: rollout.DayOf(day(6, 30))})
		if err != nil || r.UnitName != "福田区" || !r.NextReview.Equal(day(6, 30)) {
			t.Fatalf("risk: %+v %v", r, err)
		}
		old := *r
		r.Level = rollout.RiskMedium
		if r, err = db.SaveRisk(actor, r); err != nil || r.Level != rollout.RiskMedium || r.Version != 2 {
			t.Fatal(r, err)
		}
		// A save from the old read is refused with the stored risk; so is one
		// that names no version; neither writes.
		beforeStale := count(t, db)
		var staleRisk *rollout.Conflict[*rollout.Risk]
		old.Owner = "另一单位"
		if _, err := db.SaveRisk(actor, &old); !errors.As(err, &staleRisk) || staleRisk.Current.Version != 2 ||
			staleRisk.Current.Level != rollout.RiskMedium {
			t.Errorf("a stale risk: %v", err)
		}
		old.Version = 0
		if _, err := db.SaveRisk(actor, &old); code(err) != rollout.ECONFLICT {
			t.Errorf("a risk without version: %v", err)
		}
		if count(t, db) != beforeStale {
			t.Errorf("stale saves wrote audit entries")
		}
		rc, err := db.RiskCounts(ctx)
		if err != nil || rc[rollout.RiskHigh] != 0 || rc[rollout.RiskMedium] != 1 {
			t.Errorf("risk counts %v %v", rc, err)
		}
		if n := count(t, db) - before; n != 4 {
			t.Errorf("%d audit entries, want 4", n)
		}
		// An approval saved again from its read, then from the same (now old) read.
		a.Title = "《跨境人民币缴税管理办法（修订）》"
		if a2, err := db.SaveApproval(actor, a); err != nil || a2.Version != 2 {
			t.Fatalf("approval again: %+v %v", a2, err)
		}
		var staleApproval *rollout.Conflict[*rollout.Approval]
		if _, err := db.SaveApproval(actor, a); !errors.As(err, &staleApproval) || staleApproval.Current.Version != 2 ||
			staleApproval.Current.Title != a.Title {
			t.Errorf("a stale approval: %v", err)
		}
	})
}

// Two editors save the same approval, risk or problem from the same read at
// the same moment: one is stored, the other is told of the conflict with the
// stored record, and nothing of it is written (the UPDATE names the version).
func TestCoordinationConcurrentSaves(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		county := problemSetup(t, db)
		actor := rollout.WithActor(ctx, &rollout.User{ID: 5, Username: "pbc"})
		day := rollout.DayOf(time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC))
		r, err := db.SaveRisk(actor, &rollout.Risk{ItemID: county.ItemID, TaskID: county.ID, Category: rollout.RiskFinancial,
			Level: rollout.RiskHigh, Description: "d", Measures: "m", Owner: "o", NextReview: day})
		if err != nil {
			t.Fatal(err)
		}
		p, err := db.RaiseProblem(actor, rollout.NewProblem{TaskID: county.ID, Title: "t", Body: "b"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for round := range 3 {
			stored, _ := db.Risks(ctx, rollout.RegisterFilter{ID: r.ID})
			read := *stored[0]
			pr, _ := db.Problem(ctx, p.ID)
			errs := make(chan error, 4)
			for i := range 2 {
				go func() {
					mine := read
					mine.Owner = fmt.Sprintf("editor %d/%d", round, i)
					_, err := db.SaveRisk(actor, &mine)
					errs <- err
				}()
				go func() {
					_, err := db.StepProblem(actor, p.ID, rollout.ProblemComment, fmt.Sprintf("comment %d/%d", round, i), pr.UpdatedAt, nil)
					errs <- err
				}()
			}
			var risks, problems, ok int
			for range 4 {
				err := <-errs
				var rc *rollout.Conflict[*rollout.Risk]
				var pc *rollout.Conflict[*rollout.Problem]
				switch {
				case err == nil:
					ok++
				case errors.As(err, &rc):
					risks++
					if rc.Current.Version != read.Version+1 {
						t.Errorf("round %d: the conflict carries version %d", round, rc.Current.Version)
					}
				case errors.As(err, &pc):
					problems++
				default:
					t.Errorf("round %d: %v", round, err)
				}
			}
			if ok != 2 || risks != 1 || problems != 1 {
				t.Errorf("round %d: %d saved, %d risk and %d problem conflicts; want 2, 1, 1", round, ok, risks, problems)
			}
			now, _ := db.Risks(ctx, rollout.RegisterFilter{ID: r.ID})
			if now[0].Version != read.Version+1 {
				t.Errorf("round %d: version %d after one save of %d", round, now[0].Version, read.Version)
			}
		}
		pr, _ := db.Problem(ctx, p.ID)
		if len(pr.Thread) != 1+3 {
			t.Errorf("thread of %d entries, want the raise and one comment a round", len(pr.Thread))
		}
	})
}
