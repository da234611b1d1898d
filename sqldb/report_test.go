package sqldb_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

var (
	reporter = &rollout.User{ID: 11, Username: "sz.reporter"}
	reviewer = &rollout.User{ID: 12, Username: "gd.reviewer"}
)

// loopTasks is the small tree with the small notice assigned: the first-level
// tasks of item 1 for 广东省 and 四川省, and, divided from 广东省's, a task for
// 深圳市 and (when deep) one divided from that for 南山区.
type loopTasks struct {
	units              map[string]*rollout.Unit
	gd, sc, sz, ns     *rollout.Task
	clk                *clock
	reporter, reviewer context.Context
}

func setupLoop(t *testing.T, db *sqldb.DB, deep bool) *loopTasks {
	t.Helper()
	ctx := context.Background()
	l := &loopTasks{units: smallTree(t, db), clk: newClock(db),
		reporter: rollout.WithActor(ctx, reporter), reviewer: rollout.WithActor(ctx, reviewer)}
	res, err := db.ImportNotice(ctx, smallNotice(), rollout.Source{Format: rollout.FormatText, Body: []byte("原文")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Assign(ctx, 9); err != nil {
		t.Fatal(err)
	}
	item := res.Batch.Items[0].ID
	first := func(unit string) *rollout.Task {
		ts, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: l.units[unit].ID, ItemID: item})
		if err != nil || len(ts) != 1 {
			t.Fatalf("tasks of %s: %v, %v", unit, ts, err)
		}
		return ts[0]
	}
	l.gd, l.sc = first("广东省"), first("四川省")
	kids, err := db.Divide(ctx, l.gd.ID, []rollout.Division{{UnitID: l.units["深圳市"].ID, Role: rollout.RoleLead}})
	if err != nil {
		t.Fatal(err)
	}
	l.sz = kids[0]
	if deep {
		kids, err := db.Divide(ctx, l.sz.ID, []rollout.Division{{UnitID: l.units["南山区"].ID, Role: rollout.RoleLead}})
		if err != nil {
			t.Fatal(err)
		}
		l.ns = kids[0]
	}
	return l
}

// step applies a step that must succeed and checks the state it leads to.
func step(t *testing.T, db *sqldb.DB, ctx context.Context, task *rollout.Task, kind rollout.TaskEventKind, note string, want rollout.TaskState) *rollout.Task {
	t.Helper()
	got, err := db.Step(ctx, task.ID, kind, note, "")
	if err != nil {
		t.Fatalf("%s of task %d: %v", kind, task.ID, err)
	}
	if got.State != want {
		t.Fatalf("%s of task %d: state %s, want %s", kind, task.ID, got.State, want)
	}
	return got
}

// save saves a report that must be accepted.
func save(t *testing.T, db *sqldb.DB, ctx context.Context, r *rollout.Report, submit bool) *rollout.Report {
	t.Helper()
	got, err := db.SaveReport(ctx, r, submit)
	if err != nil {
		t.Fatalf("save %s v%d: %v", r.Period, r.Version, err)
	}
	return got
}

// state returns a task's state as stored.
func state(t *testing.T, db *sqldb.DB, id int64) rollout.TaskState {
	t.Helper()
	tk, err := db.Task(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return tk.State
}

// snapshot is every row of every table.
func snapshot(t *testing.T, db *sqldb.DB) map[string][]string {
	t.Helper()
	rows, err := db.TableRows(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// unchanged fails when the database holds other rows than before.
func unchanged(t *testing.T, db *sqldb.DB, before map[string][]string) {
	t.Helper()
	after := snapshot(t, db)
	for table, rows := range after {
		if !reflect.DeepEqual(rows, before[table]) {
			t.Errorf("refusals changed %s: %d rows before, %d after", table, len(before[table]), len(rows))
		}
	}
}

func wantCode(t *testing.T, what string, err error, code string, msg ...string) {
	t.Helper()
	if rollout.ErrorCode(err) != code {
		t.Errorf("%s: err = %v, want %s", what, err, code)
		return
	}
	for _, m := range msg {
		if !strings.Contains(rollout.ErrorMessage(err), m) {
			t.Errorf("%s: message %q does not say %q", what, rollout.ErrorMessage(err), m)
		}
	}
}

// The whole loop on a divided task: 签收 → 办理 → 反馈 → 退回 → 反馈 → 复核 → 办结,
// each step on the timeline with its actor and time, and in the audit trail.
func TestSupervisionLoop(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, false)
		if l.sz.State != rollout.StateAssigned || !l.sz.StateAt.Equal(l.clk.t) || l.sz.UnitPath != l.units["深圳市"].Path ||
			l.sz.ParentUnitPath != l.units["广东省"].Path {
			t.Errorf("divided task = %+v", l.sz)
		}
		if l.gd.ParentUnitPath != "" || l.gd.UnitPath != l.units["广东省"].Path || l.gd.State != rollout.StateAssigned {
			t.Errorf("first-level task = %+v", l.gd)
		}
		if rh, _ := db.QueryStrings(ctx, `SELECT rhythm FROM batches`); len(rh) != 1 || rh[0] != "quarterly" {
			t.Errorf("batch rhythm = %v", rh)
		}
		start := l.clk.t
		at := func(i int) time.Time { return start.Add(time.Duration(i) * time.Hour) }

		l.clk.t = at(1)
		tk := step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		if !tk.StateAt.Equal(at(1)) {
			t.Errorf("acknowledged at %v, want %v", tk.StateAt, at(1))
		}
		l.clk.t = at(2)
		r := save(t, db, l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024Q1", Status: rollout.StatusInProgress,
			Measures: "制定工作方案"}, false)
		if r.Version != 1 || r.Submitted || r.UpdatedBy != reporter.Username || !r.UpdatedAt.Equal(at(2)) || r.ID == 0 {
			t.Errorf("draft = %+v", r)
		}
		l.clk.t = at(3)
		r.Measures += "；已印发"
		r = save(t, db, l.reporter, r, true)
		if r.Version != 2 || !r.Submitted {
			t.Errorf("submitted = %+v", r)
		}
		if s := state(t, db, l.sz.ID); s != rollout.StateReported {
			t.Errorf("after submit: %s", s)
		}
		l.clk.t = at(4)
		step(t, db, l.reviewer, l.sz, rollout.EventReturn, "  请补充配套文件  ", rollout.StateReturned)
		l.clk.t = at(5)
		r.Evidence = []rollout.Evidence{{Title: "关于印发工作方案的通知", DocNo: "深府办〔2024〕3号",
			Date: time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC)}}
		r = save(t, db, l.reporter, r, true)
		if r.Version != 3 || len(r.Evidence) != 1 || r.Evidence[0].ID == 0 || r.Evidence[0].DocNo != "深府办〔2024〕3号" ||
			r.Evidence[0].Date.Format("2006-01-02") != "2024-02-20" {
			t.Errorf("resubmitted = %+v", r)
		}
		l.clk.t = at(6)
		step(t, db, l.reviewer, l.sz, rollout.EventAccept, "", rollout.StateAccepted)
		l.clk.t = at(7)
		tk = step(t, db, l.reviewer, l.sz, rollout.EventClose, "", rollout.StateClosed)
		if !tk.StateAt.Equal(at(7)) || tk.ParentUnitPath != l.units["广东省"].Path {
			t.Errorf("closed task = %+v", tk)
		}

		tl, err := db.Timeline(ctx, l.sz.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := []struct {
			kind     rollout.TaskEventKind
			from, to rollout.TaskState
			actor    string
			note     string
		}{
			{rollout.EventAcknowledge, rollout.StateAssigned, rollout.StateAcknowledged, reporter.Username, ""},
			{rollout.EventDraft, rollout.StateAcknowledged, rollout.StateInWork, reporter.Username, "2024年第1季度进展报告第 1 版"},
			{rollout.EventSubmit, rollout.StateInWork, rollout.StateReported, reporter.Username, "2024年第1季度进展报告第 2 版"},
			{rollout.EventReturn, rollout.StateReported, rollout.StateReturned, reviewer.Username, "请补充配套文件"},
			{rollout.EventSubmit, rollout.StateReturned, rollout.StateReported, reporter.Username, "2024年第1季度进展报告第 3 版"},
			{rollout.EventAccept, rollout.StateReported, rollout.StateAccepted, reviewer.Username, ""},
			{rollout.EventClose, rollout.StateAccepted, rollout.StateClosed, reviewer.Username, ""},
		}
		if len(tl) != len(want) {
			t.Fatalf("timeline has %d events: %+v", len(tl), tl)
		}
		for i, w := range want {
			e := tl[i]
			if e.Kind != w.kind || e.From != w.from || e.To != w.to || e.Actor != w.actor || e.Note != w.note ||
				!e.At.Equal(at(i+1)) || e.TaskID != l.sz.ID {
				t.Errorf("event %d = %+v, want %+v at %v", i, e, w, at(i+1))
			}
		}
		if tl, err := db.Timeline(ctx, l.gd.ID); err != nil || len(tl) != 0 || tl == nil {
			t.Errorf("timeline of an untouched task = %#v, %v", tl, err)
		}
		if _, err := db.Timeline(ctx, 999999); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("timeline of a missing task: %v", err)
		}

		// The task lists filter by state.
		closed, err := db.Tasks(ctx, rollout.TaskFilter{State: rollout.StateClosed})
		if err != nil || len(closed) != 1 || closed[0].ID != l.sz.ID {
			t.Errorf("closed tasks = %v, %v", closed, err)
		}
		open, _ := db.Tasks(ctx, rollout.TaskFilter{State: rollout.StateAssigned, Within: l.units["广东省"].ID})
		if len(open) != 1 || open[0].ID != l.gd.ID {
			t.Errorf("assigned tasks within 广东 = %v", open)
		}

		// Each step is in the audit trail, by its actor, with the states.
		var actions []string
		for _, e := range entries(t, db, rollout.AuditFilter{Object: "task:" + itoa(l.sz.ID)}) {
			actions = append([]string{e.Action + "/" + e.Actor}, actions...)
		}
		wantActions := "task.divide/system task.acknowledge/sz.reporter task.draft/sz.reporter task.submit/sz.reporter " +
			"task.return/gd.reviewer task.submit/sz.reporter task.accept/gd.reviewer task.close/gd.reviewer"
		if got := strings.Join(actions, " "); got != wantActions {
			t.Errorf("task audit = %s\nwant %s", got, wantActions)
		}
		e := last(t, db, "task.return")
		if e.Before != `{"state":"reported"}` || e.After != `{"state":"returned","note":"请补充配套文件"}` || e.ActorID != reviewer.ID {
			t.Errorf("task.return entry = %+v", e)
		}
		var reportActions []string
		for _, e := range entries(t, db, rollout.AuditFilter{Object: "report:" + itoa(r.ID)}) {
			reportActions = append([]string{e.Action}, reportActions...)
		}
		if got := strings.Join(reportActions, " "); got != "report.save report.submit report.submit" {
			t.Errorf("report audit = %s", got)
		}
		e = last(t, db, "report.submit")
		contains(t, "report.submit before", e.Before, `"version":2`, `"evidence":[]`)
		contains(t, "report.submit after", e.After, `"version":3`, "深府办〔2024〕3号", `"submitted":true`)
		if first := entries(t, db, rollout.AuditFilter{Action: "report.save"}); len(first) != 1 || first[0].Before != "" {
			t.Errorf("report.save of a new report = %+v", first)
		}
		verify(t, db, count(t, db))
	})
}

// Steps the state or the rules refuse write nothing; the divided task's rules
// for closing and the not-applicable requests.
func TestStepRules(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, true)
		rep := &rollout.Report{TaskID: l.sz.ID, Period: "2024-03", Status: rollout.StatusInProgress, Measures: "……"}

		before := snapshot(t, db)
		_, err := db.SaveReport(l.reporter, rep, false)
		wantCode(t, "report before acknowledging", err, rollout.EINVALID, "请先签收任务")
		_, err = db.SaveReport(l.reporter, rep, true)
		wantCode(t, "submit before acknowledging", err, rollout.EINVALID, "请先签收任务")
		_, err = db.Step(l.reporter, l.sz.ID, rollout.EventSubmit, "", "")
		wantCode(t, "submit as a step", err, rollout.EINVALID, "进展报告")
		_, err = db.Step(l.reviewer, l.sz.ID, rollout.EventAccept, "", "")
		wantCode(t, "accept unreported", err, rollout.EINVALID, "待签收", "复核通过")
		_, err = db.Step(l.reviewer, l.sz.ID, "rubber_stamp", "", "")
		wantCode(t, "unknown step", err, rollout.EINVALID)
		_, err = db.Step(l.reviewer, 999999, rollout.EventAcknowledge, "", "")
		wantCode(t, "missing task", err, rollout.ENOTFOUND)
		_, err = db.SaveReport(l.reporter, &rollout.Report{TaskID: 999999, Period: "2024Q1", Status: rollout.StatusInProgress}, false)
		wantCode(t, "report of a missing task", err, rollout.ENOTFOUND)
		_, err = db.Step(l.reviewer, l.gd.ID, rollout.EventClose, "", "")
		wantCode(t, "close with open tasks below", err, rollout.EINVALID, "2 项", "深圳市、南山区")
		for _, note := range []string{"", "  ", "not_our_business: 不想做", "other", "other:  ", "其他：无"} {
			_, err = db.Step(l.reporter, l.sc.ID, rollout.EventRequestNA, note, "")
			wantCode(t, "not-applicable request "+note, err, rollout.EINVALID)
		}
		_, err = db.Step(l.reviewer, l.sc.ID, rollout.EventApproveNA, "", "")
		wantCode(t, "approve without a request", err, rollout.EINVALID)
		unchanged(t, db, before)

		step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		rep = save(t, db, l.reporter, rep, true)
		before = snapshot(t, db)
		for _, note := range []string{"", " \t "} {
			_, err = db.Step(l.reviewer, l.sz.ID, rollout.EventReturn, note, "")
			wantCode(t, "return without a reason", err, rollout.EINVALID, "请填写退回理由")
		}
		_, err = db.Step(l.reviewer, l.sz.ID, rollout.EventClose, "", "")
		wantCode(t, "close with an open task below", err, rollout.EINVALID, "1 项", "南山区")
		_, err = db.SaveReport(l.reporter, rep, false)
		wantCode(t, "edit while under review", err, rollout.EINVALID, "已反馈")
		_, err = db.SaveReport(l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024-04", Status: rollout.StatusInProgress}, false)
		wantCode(t, "next period while under review", err, rollout.EINVALID, "已反馈")
		unchanged(t, db, before)

		// 南山区 asks to be excused, is refused, asks again and is excused.
		tk := step(t, db, l.reporter, l.ns, rollout.EventRequestNA, "vertical_agency：属海关职权", rollout.StateNARequested)
		_, err = db.Step(l.reviewer, tk.ID, rollout.EventRejectNA, " ", "")
		wantCode(t, "reject without a reason", err, rollout.EINVALID, "请填写不同意不适用的理由")
		step(t, db, l.reviewer, tk, rollout.EventRejectNA, "属本市职权", rollout.StateAcknowledged)
		step(t, db, l.reporter, tk, rollout.EventRequestNA, "outside_scope", rollout.StateNARequested)
		step(t, db, l.reviewer, tk, rollout.EventApproveNA, "情况属实", rollout.StateNA)
		tl, _ := db.Timeline(ctx, l.ns.ID)
		var notes []string
		for _, e := range tl {
			notes = append(notes, string(e.Kind)+"="+e.Note)
		}
		if got := strings.Join(notes, " "); got != "request_na=vertical_agency: 属海关职权 reject_na=属本市职权 request_na=outside_scope approve_na=情况属实" {
			t.Errorf("not-applicable timeline = %s", got)
		}
		step(t, db, l.reporter, l.sc, rollout.EventRequestNA, "other: 本省无相关业务", rollout.StateNARequested)

		// Everything below 深圳市 is done: its divided task closes although its own
		// report was never reviewed, and then 广东省's closes from 交办.
		step(t, db, l.reviewer, l.sz, rollout.EventClose, "", rollout.StateClosed)
		tk = step(t, db, l.reviewer, l.gd, rollout.EventClose, "下级均已办结", rollout.StateClosed)
		if tk.ParentUnitPath != "" {
			t.Errorf("closed first-level task = %+v", tk)
		}
		if tl, _ := db.Timeline(ctx, l.gd.ID); len(tl) != 1 || tl[0].From != rollout.StateAssigned || tl[0].Note != "下级均已办结" {
			t.Errorf("广东 timeline = %+v", tl)
		}

		// Done is done; a leaf closes only once accepted.
		before = snapshot(t, db)
		_, err = db.Step(l.reviewer, l.gd.ID, rollout.EventClose, "", "")
		wantCode(t, "close twice", err, rollout.EINVALID, "已办结")
		_, err = db.Step(l.reviewer, l.ns.ID, rollout.EventClose, "", "")
		wantCode(t, "close not applicable", err, rollout.EINVALID, "不适用")
		_, err = db.Step(l.reporter, l.sz.ID, rollout.EventAcknowledge, "", "")
		wantCode(t, "acknowledge closed", err, rollout.EINVALID)
		_, err = db.SaveReport(l.reporter, rep, true)
		wantCode(t, "report on a closed task", err, rollout.EINVALID, "已办结")
		_, err = db.Step(l.reviewer, l.sc.ID, rollout.EventClose, "", "")
		wantCode(t, "close a leaf awaiting a decision", err, rollout.EINVALID, "不适用待审核")
		unchanged(t, db, before)

		// The audit trail holds each step once, and still verifies.
		if n := len(entries(t, db, rollout.AuditFilter{Action: "task.close"})); n != 2 {
			t.Errorf("%d task.close entries", n)
		}
		e := last(t, db, "task.approve_na")
		if e.Object != "task:"+itoa(l.ns.ID) || e.Before != `{"state":"na_requested"}` || !strings.Contains(e.After, `"state":"not_applicable"`) {
			t.Errorf("task.approve_na = %+v", e)
		}
		verify(t, db, count(t, db))
	})
}

// Two reviewers deciding the same report at once: one decision stands.
func TestStepConcurrent(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, false)
		step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		save(t, db, l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024Q1", Status: rollout.StatusImplemented}, true)
		const n = 8
		var wg sync.WaitGroup
		errs := make([]error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				kind := rollout.EventAccept
				if i%2 == 1 {
					kind = rollout.EventReturn
				}
				_, errs[i] = db.Step(l.reviewer, l.sz.ID, kind, fmt.Sprintf("意见 %d", i), "")
			}()
		}
		wg.Wait()
		ok := 0
		for _, err := range errs {
			switch rollout.ErrorCode(err) {
			case "":
				ok++
			case rollout.EINVALID, rollout.ECONFLICT:
			default:
				t.Errorf("concurrent decision: %v", err)
			}
		}
		tl, _ := db.Timeline(ctx, l.sz.ID)
		if ok != 1 || len(tl) != 3 {
			t.Errorf("%d decisions stood, timeline %+v", ok, tl)
		}
		verify(t, db, count(t, db))
	})
}

// Every save is a version; versions list newest first with what each held;
// evidence keeps its files by ID, and a dropped file stays readable.
func TestReportVersions(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, false)
		step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		start := l.clk.t
		tick := func() { l.clk.advance(time.Minute) }

		tick()
		docA := rollout.Evidence{Title: "工作方案", DocNo: "深府办〔2024〕1号", Date: time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC)}
		r := save(t, db, l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024H1", Status: rollout.StatusNotStarted,
			Measures: "v1", Evidence: []rollout.Evidence{docA}}, false)
		tick()
		r.Measures, r.Status = "v2", rollout.StatusInProgress
		r.Evidence = append(r.Evidence, rollout.Evidence{Title: "实施细则", Link: "https://www.sz.gov.cn/x"})
		r = save(t, db, l.reporter, r, false)
		if len(r.Evidence) != 2 || r.Evidence[0].Title != "工作方案" || r.Evidence[1].Link != "https://www.sz.gov.cn/x" {
			t.Fatalf("v2 evidence = %+v", r.Evidence)
		}
		tick()
		file := []byte("%PDF-1.7 工作总结")
		att, err := db.AddAttachment(l.reporter, r.ID, rollout.Evidence{FileName: "总结.pdf"}, file)
		if err != nil {
			t.Fatal(err)
		}
		cur, err := db.Report(ctx, l.sz.ID, "2024H1")
		if err != nil || cur.Version != 3 || len(cur.Evidence) != 3 || cur.Evidence[2] != *att {
			t.Fatalf("after attaching: %+v, %v", cur, err)
		}
		tick()
		// v4 drops the first document, renames the second, keeps the file first.
		cur.Measures, cur.Problem, cur.ProblemText = "v4", true, "需海关总署支持"
		fileEntry := cur.Evidence[2]
		fileEntry.FileName, fileEntry.SHA256 = "改名.exe", "0000" // file fields cannot be changed by a save
		cur.Evidence = []rollout.Evidence{fileEntry, cur.Evidence[1]}
		cur.Evidence[1].Title = "实施细则（修订）"
		r4 := save(t, db, l.reporter, cur, true)
		if len(r4.Evidence) != 2 || r4.Evidence[0] != *att || r4.Evidence[1].Title != "实施细则（修订）" || !r4.Submitted {
			t.Errorf("v4 = %+v", r4)
		}

		vs, err := db.ReportVersions(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) != 4 {
			t.Fatalf("%d versions", len(vs))
		}
		for i, w := range []struct {
			version  int
			measures string
			status   rollout.ReportStatus
			titles   string
		}{
			{4, "v4", rollout.StatusInProgress, "总结.pdf|实施细则（修订）"},
			{3, "v2", rollout.StatusInProgress, "工作方案|实施细则|总结.pdf"},
			{2, "v2", rollout.StatusInProgress, "工作方案|实施细则"},
			{1, "v1", rollout.StatusNotStarted, "工作方案"},
		} {
			v := vs[i]
			var titles []string
			for _, e := range v.Evidence {
				titles = append(titles, e.Title)
			}
			if v.Version != w.version || v.Measures != w.measures || v.Status != w.status || strings.Join(titles, "|") != w.titles ||
				v.ID != r.ID || v.TaskID != l.sz.ID || v.Period != "2024H1" || v.UpdatedBy != reporter.Username ||
				!v.UpdatedAt.Equal(start.Add(time.Duration(w.version)*time.Minute)) || v.Submitted != (w.version == 4) {
				t.Errorf("version %d = %+v, want %+v", i, v, w)
			}
		}
		if !vs[3].Evidence[0].Date.Equal(docA.Date) || vs[3].Evidence[0].DocNo != docA.DocNo || vs[1].Evidence[2].SHA256 != att.SHA256 {
			t.Errorf("evidence of versions: %+v, %+v", vs[3].Evidence, vs[1].Evidence)
		}
		if !vs[0].Problem || vs[0].ProblemText != "需海关总署支持" || vs[1].Problem {
			t.Errorf("problem of versions: %+v, %+v", vs[0], vs[1])
		}
		cur, _ = db.Report(ctx, l.sz.ID, "2024H1")
		if !reflect.DeepEqual(cur, vs[0]) {
			t.Errorf("current report %+v\ndiffers from its newest version %+v", cur, vs[0])
		}

		// Returned, the file is dropped (v5), yet it stays readable; naming its ID
		// again brings it back (v6).
		step(t, db, l.reviewer, l.sz, rollout.EventReturn, "附件有误", rollout.StateReturned)
		cur.Evidence = cur.Evidence[1:]
		r5 := save(t, db, l.reporter, cur, false)
		if len(r5.Evidence) != 1 || r5.Submitted {
			t.Errorf("v5 = %+v", r5)
		}
		if e, body, err := db.Attachment(ctx, att.ID); err != nil || !bytes.Equal(body, file) || e != *att {
			t.Errorf("dropped file: %+v, %q, %v", e, body, err)
		}
		r5.Evidence = append(r5.Evidence, *att)
		if r6 := save(t, db, l.reporter, r5, false); len(r6.Evidence) != 2 || r6.Evidence[1] != *att || r6.Version != 6 {
			t.Errorf("v6 = %+v", r6)
		}

		// Conflicts and refusals write nothing.
		before := snapshot(t, db)
		stale := *r5 // version 5; 6 is stored
		stale.Measures = "过时的编辑"
		_, err = db.SaveReport(l.reporter, &stale, false)
		var conflict *rollout.ReportConflict
		if !errors.As(err, &conflict) || conflict.Current.Version != 6 || rollout.ErrorCode(err) != rollout.ECONFLICT ||
			!strings.Contains(rollout.ErrorMessage(err), "第6版") || !strings.Contains(rollout.ErrorMessage(err), reporter.Username) {
			t.Errorf("stale save: %v", err)
		}
		_, err = db.SaveReport(l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024H1", Status: rollout.StatusInProgress}, false)
		if !errors.As(err, &conflict) || conflict.Current.ID != r.ID || len(conflict.Current.Evidence) != 2 {
			t.Errorf("second create: %v", err)
		}
		unchanged(t, db, before)
		other := save(t, db, l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024H2", Status: rollout.StatusInProgress,
			Evidence: []rollout.Evidence{{Title: "另一份"}}}, false)
		before = snapshot(t, db)
		for name, bad := range map[string]*rollout.Report{
			"foreign evidence": {TaskID: l.sz.ID, Period: "2024H1", Version: 6, Status: rollout.StatusInProgress,
				Evidence: []rollout.Evidence{{ID: other.Evidence[0].ID, Title: "另一份"}}},
			"evidence twice": {TaskID: l.sz.ID, Period: "2024H1", Version: 6, Status: rollout.StatusInProgress,
				Evidence: []rollout.Evidence{*att, *att}},
			"untitled evidence": {TaskID: l.sz.ID, Period: "2024H1", Version: 6, Status: rollout.StatusInProgress,
				Evidence: []rollout.Evidence{{DocNo: "x"}}},
			"problem unstated": {TaskID: l.sz.ID, Period: "2024H1", Version: 6, Status: rollout.StatusInProgress, Problem: true},
			"bad period":       {TaskID: l.sz.ID, Period: "2024Q5", Status: rollout.StatusInProgress},
			"bad status":       {TaskID: l.sz.ID, Period: "2024Q1", Status: "done"},
			"negative version": {TaskID: l.sz.ID, Period: "2024Q1", Version: -1, Status: rollout.StatusInProgress},
		} {
			_, err := db.SaveReport(l.reporter, bad, false)
			wantCode(t, name, err, rollout.EINVALID)
		}
		_, err = db.SaveReport(l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024Q3", Version: 2, Status: rollout.StatusInProgress}, false)
		wantCode(t, "update of a report never made", err, rollout.ENOTFOUND)
		unchanged(t, db, before)

		_, err = db.Report(ctx, l.sz.ID, "2023Q4")
		wantCode(t, "missing report", err, rollout.ENOTFOUND, "2023年第4季度")
		_, err = db.Report(ctx, l.sz.ID, "2023Q9")
		wantCode(t, "bad period", err, rollout.EINVALID)
		_, err = db.ReportVersions(ctx, 999999)
		wantCode(t, "versions of a missing report", err, rollout.ENOTFOUND)
		verify(t, db, count(t, db))
	})
}

// Saves of the same version at once: exactly one wins, the others are told of
// the conflict and write nothing.
func TestReportConcurrentSaves(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, false)
		step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		const n = 16
		race := func(version int) (winner int, conflicts []*rollout.ReportConflict) {
			var wg sync.WaitGroup
			var mu sync.Mutex
			winner = -1
			start := make(chan struct{})
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					_, err := db.SaveReport(l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024Q2", Version: version,
						Status: rollout.StatusInProgress, Measures: fmt.Sprintf("editor %d", i),
						Evidence: []rollout.Evidence{{Title: fmt.Sprintf("材料 %d", i)}}}, false)
					mu.Lock()
					defer mu.Unlock()
					var c *rollout.ReportConflict
					switch {
					case err == nil && winner < 0:
						winner = i
					case errors.As(err, &c):
						conflicts = append(conflicts, c)
					default:
						t.Errorf("editor %d: %v (winner %d)", i, err, winner)
					}
				}()
			}
			close(start)
			wg.Wait()
			return winner, conflicts
		}
		for _, version := range []int{0, 1} {
			winner, conflicts := race(version)
			if winner < 0 || len(conflicts) != n-1 {
				t.Fatalf("version %d: winner %d, %d conflicts", version, winner, len(conflicts))
			}
			for _, c := range conflicts {
				if c.Current.Version != version+1 || c.Current.Measures != fmt.Sprintf("editor %d", winner) {
					t.Errorf("version %d: conflict shows %+v, winner %d", version, c.Current, winner)
				}
			}
			r, _ := db.Report(ctx, l.sz.ID, "2024Q2")
			if r.Version != version+1 || len(r.Evidence) != 1 || r.Evidence[0].Title != fmt.Sprintf("材料 %d", winner) {
				t.Errorf("after race %d: %+v", version, r)
			}
		}
		for q, want := range map[string]int64{
			`SELECT COUNT(*) FROM reports`:                                1,
			`SELECT COUNT(*) FROM report_versions`:                        2,
			`SELECT COUNT(*) FROM task_events`:                            3, // acknowledge and two saves
			`SELECT COUNT(*) FROM audit_log WHERE action LIKE 'report.%'`: 2,
			`SELECT COUNT(*) FROM evidence WHERE removed_in IS NULL`:      1,
		} {
			if got, err := db.QueryInt(ctx, q); err != nil || got != want {
				t.Errorf("%s = %d, %v; want %d", q, got, err, want)
			}
		}
		verify(t, db, count(t, db))
	})
}

// Editors reading, changing and saving the same report at once, retrying on a
// conflict, lose nothing: the last version holds every edit.
func TestReportReadModifyWrite(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, false)
		step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		save(t, db, l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024Q3", Status: rollout.StatusInProgress}, false)
		const editors, edits = 8, 5
		var wg sync.WaitGroup
		var mu sync.Mutex
		saves, conflicts := 1, 0
		for w := range editors {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ectx := rollout.WithActor(ctx, &rollout.User{ID: int64(100 + w), Username: fmt.Sprintf("editor%d", w)})
				for i := 0; i < edits; {
					r, err := db.Report(ectx, l.sz.ID, "2024Q3")
					if err != nil {
						t.Error(err)
						return
					}
					r.Measures += fmt.Sprintf("[%d.%d]", w, i)
					_, err = db.SaveReport(ectx, r, false)
					var c *rollout.ReportConflict
					mu.Lock()
					switch {
					case err == nil:
						saves++
						i++
					case errors.As(err, &c):
						conflicts++
					default:
						t.Error(err)
						i = edits
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		r, err := db.Report(ctx, l.sz.ID, "2024Q3")
		if err != nil {
			t.Fatal(err)
		}
		if r.Version != saves || saves != 1+editors*edits {
			t.Errorf("version %d after %d saves", r.Version, saves)
		}
		for w := range editors {
			for i := range edits {
				if !strings.Contains(r.Measures, fmt.Sprintf("[%d.%d]", w, i)) {
					t.Errorf("edit %d.%d lost", w, i)
				}
			}
		}
		vs, _ := db.ReportVersions(ctx, r.ID)
		if len(vs) != saves {
			t.Errorf("%d versions of %d saves", len(vs), saves)
		}
		for i, v := range vs {
			if v.Version != saves-i || (i+1 < len(vs) && !strings.HasPrefix(v.Measures, vs[i+1].Measures)) {
				t.Errorf("version %d does not extend the one before: %q", v.Version, v.Measures)
			}
		}
		t.Logf("%d saves, %d conflicts retried", saves, conflicts)
		verify(t, db, count(t, db))
	})
}

// Files are checked by type and size, stored with their SHA-256, read back
// byte for byte, audited without their bytes; each makes a version.
func TestAttachments(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, false)
		step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		r := save(t, db, l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024Q1", Status: rollout.StatusInProgress,
			Evidence: []rollout.Evidence{{Title: "纸质文件", DocNo: "深府〔2024〕9号"}}}, false)

		before := snapshot(t, db)
		pdf := []byte("%PDF-1.4\n深圳市实施方案\n")
		for name, c := range map[string]struct {
			id   int64
			file string
			body []byte
			code string
			msg  string
		}{
			"executable": {r.ID, "setup.exe", pdf, rollout.EINVALID, "pdf、png"},
			"no type":    {r.ID, "README", pdf, rollout.EINVALID, "README"},
			"no file":    {r.ID, " ", pdf, rollout.EINVALID, "请选择"},
			"empty":      {r.ID, "a.pdf", nil, rollout.EINVALID, "空"},
			"too large":  {r.ID, "big.pdf", make([]byte, rollout.MaxAttachmentSize+1), rollout.EINVALID, "20 MB"},
			"no report":  {999999, "a.pdf", pdf, rollout.ENOTFOUND, "999999"},
		} {
			_, err := db.AddAttachment(l.reporter, c.id, rollout.Evidence{FileName: c.file}, c.body)
			wantCode(t, name, err, c.code, c.msg)
		}
		unchanged(t, db, before)

		sum := sha256.Sum256(pdf)
		e, err := db.AddAttachment(l.reporter, r.ID, rollout.Evidence{FileName: `C:\fakepath\实施方案.PDF`, FileType: "text/html",
			SHA256: "forged", DocNo: "深府办〔2024〕7号"}, pdf)
		if err != nil {
			t.Fatal(err)
		}
		want := rollout.Evidence{ID: e.ID, Title: "实施方案.PDF", DocNo: "深府办〔2024〕7号", FileName: "实施方案.PDF",
			FileType: "application/pdf", FileSize: int64(len(pdf)), SHA256: hex.EncodeToString(sum[:])}
		if *e != want {
			t.Errorf("attached %+v\nwant     %+v", *e, want)
		}
		got, body, err := db.Attachment(ctx, e.ID)
		if err != nil || got != want || !bytes.Equal(body, pdf) {
			t.Errorf("read back %+v, %q, %v", got, body, err)
		}
		big := bytes.Repeat([]byte{0xFF, 0xD8, 0x00, 0x7F}, rollout.MaxAttachmentSize/4) // exactly the limit, with bytes text would mangle
		eb, err := db.AddAttachment(l.reporter, r.ID, rollout.Evidence{Title: "现场照片", FileName: "photo.jpeg"}, big)
		if err != nil {
			t.Fatal(err)
		}
		if _, body, err := db.Attachment(ctx, eb.ID); err != nil || !bytes.Equal(body, big) || eb.FileType != "image/jpeg" {
			t.Errorf("large file: %d bytes back, %+v, %v", len(body), eb, err)
		}

		// Each file made a version; the report lists them after its documents.
		cur, _ := db.Report(ctx, l.sz.ID, "2024Q1")
		if cur.Version != 3 || len(cur.Evidence) != 3 || cur.Evidence[1] != want || cur.Evidence[2].Title != "现场照片" {
			t.Errorf("report after attaching: %+v", cur)
		}
		if tl, _ := db.Timeline(ctx, l.sz.ID); len(tl) != 2 { // acknowledge and the draft: a file is not a step
			t.Errorf("timeline = %+v", tl)
		}
		a := last(t, db, "report.attach")
		if a.Actor != reporter.Username || a.Object != "report:"+itoa(r.ID) || len(a.After) > 4000 {
			t.Errorf("report.attach entry = %+v", a)
		}
		contains(t, "report.attach after", a.After, want.SHA256, "photo.jpeg", `"version":3`)

		// An editor still on version 1 would drop the files: told of the conflict.
		_, err = db.SaveReport(l.reporter, r, false)
		var conflict *rollout.ReportConflict
		if !errors.As(err, &conflict) || len(conflict.Current.Evidence) != 3 {
			t.Errorf("save over the attachments: %v", err)
		}
		// A document without a file has no bytes to read.
		_, _, err = db.Attachment(ctx, cur.Evidence[0].ID)
		wantCode(t, "document without a file", err, rollout.ENOTFOUND, "纸质文件")
		_, _, err = db.Attachment(ctx, 999999)
		wantCode(t, "missing evidence", err, rollout.ENOTFOUND)

		// A file sent with a submission joins it; once the task is closed, the
		// report takes no more.
		save(t, db, l.reporter, cur, true)
		if _, err := db.AddAttachment(l.reporter, r.ID, rollout.Evidence{FileName: "补充.docx"}, pdf); err != nil {
			t.Fatal(err)
		}
		if cur, _ = db.Report(ctx, l.sz.ID, "2024Q1"); cur.Version != 5 || !cur.Submitted || len(cur.Evidence) != 4 ||
			state(t, db, l.sz.ID) != rollout.StateReported {
			t.Errorf("file added under review: %+v", cur)
		}
		step(t, db, l.reviewer, l.sz, rollout.EventAccept, "", rollout.StateAccepted)
		step(t, db, l.reviewer, l.sz, rollout.EventClose, "", rollout.StateClosed)
		before = snapshot(t, db)
		_, err = db.AddAttachment(l.reporter, r.ID, rollout.Evidence{FileName: "late.pdf"}, pdf)
		wantCode(t, "attach when closed", err, rollout.EINVALID, "已办结")
		unchanged(t, db, before)

		// Bytes changed behind the application's back are not served.
		if err := db.Exec(ctx, `UPDATE evidence SET body = $1 WHERE id = $2`, []byte("%PDF-forged"), e.ID); err != nil {
			t.Fatal(err)
		}
		if _, _, err := db.Attachment(ctx, e.ID); rollout.ErrorCode(err) != rollout.EINTERNAL {
			t.Errorf("tampered file: %v", err)
		}
		verify(t, db, count(t, db))
	})
}

// A filled-in spreadsheet is saved whole or not at all.
func TestSaveReports(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		l := setupLoop(t, db, true)
		for _, tk := range []*rollout.Task{l.sz, l.ns} {
			step(t, db, l.reporter, tk, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
		}
		sheet := func(nsVersion int) []*rollout.Report {
			return []*rollout.Report{
				{TaskID: l.sz.ID, Period: "2024Q1", Status: rollout.StatusImplemented, Measures: "深圳"},
				{TaskID: l.ns.ID, Period: "2024Q1", Version: nsVersion, Status: rollout.StatusInProgress, Measures: "南山"},
			}
		}
		before := snapshot(t, db)
		_, err := db.SaveReports(l.reporter, sheet(3), true) // 南山区 has no report to update
		wantCode(t, "update of a missing report", err, rollout.ENOTFOUND)
		_, err = db.SaveReports(l.reporter, append(sheet(0), sheet(0)[0]), true)
		wantCode(t, "a task twice", err, rollout.EINVALID, "两次")
		unchanged(t, db, before)

		saved, err := db.SaveReports(l.reporter, sheet(0), true)
		if err != nil || len(saved) != 2 || saved[0].Version != 1 || !saved[1].Submitted || saved[1].Measures != "南山" {
			t.Fatalf("saved %+v, %v", saved, err)
		}
		// A task still assigned is acknowledged by the import, on its timeline.
		if _, err := db.SaveReports(l.reporter, []*rollout.Report{{TaskID: l.gd.ID, Period: "2024Q1", Status: rollout.StatusInProgress}}, false); err != nil {
			t.Fatal(err)
		}
		if tl, _ := db.Timeline(ctx, l.gd.ID); len(tl) != 2 || tl[0].Kind != rollout.EventAcknowledge || tl[1].Kind != rollout.EventDraft {
			t.Errorf("timeline of an imported task: %+v", tl)
		}
		if s := state(t, db, l.ns.ID); s != rollout.StateReported {
			t.Errorf("南山区 after import: %s", s)
		}
		before = snapshot(t, db)
		_, err = db.SaveReports(l.reporter, sheet(0), false)
		var conflict *rollout.ReportConflict
		if !errors.As(err, &conflict) || conflict.Current.TaskID != l.sz.ID {
			t.Errorf("import over saved reports: %v", err)
		}
		unchanged(t, db, before)
		if got, err := db.SaveReports(ctx, nil, false); err != nil || len(got) != 0 {
			t.Errorf("empty import: %v, %v", got, err)
		}
		verify(t, db, count(t, db))
	})
}
