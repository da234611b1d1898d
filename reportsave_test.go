package rollout

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// TestDecideReport: what a save writes, and every refusal, with its key, over
// snapshots without a database.
func TestDecideReport(t *testing.T) {
	stored := &Report{ID: 7, TaskID: 1, Period: "2024Q1", Version: 3, Status: StatusInProgress}
	file := Evidence{ID: 40, Title: "清单", FileName: "清单.pdf", FileType: "application/pdf", FileSize: 9, SHA256: "ab"}
	ind := []*Indicator{{ID: 5, Seq: 1}, {ID: 6, Seq: 2}}
	base := func() *Report {
		return &Report{TaskID: 1, Period: "2024Q1", Version: 3, Status: StatusImplemented, Measures: "已印发"}
	}
	snap := ReportSnapshot{State: StateInWork, Stored: stored, Evidence: map[int64]Evidence{40: file}, ItemSeq: 12, Indicators: ind}
	cases := []struct {
		name   string
		snap   ReportSnapshot
		edit   func(*Report)
		submit bool
		key    string // "" for no refusal
		field  ReportField
	}{
		{name: "update", snap: snap},
		{name: "create", snap: ReportSnapshot{State: StateAcknowledged}, edit: func(r *Report) { r.Version = 0 }},
		{name: "bad period", snap: snap, edit: func(r *Report) { r.Period = "2024Q5" }, key: "err.report.bad_period"},
		{name: "no status", snap: snap, edit: func(r *Report) { r.Status = "" }, key: "err.report.status_missing", field: FieldStatus},
		{name: "bad status", snap: snap, edit: func(r *Report) { r.Status = "done" }, key: "err.report.bad_status", field: FieldStatus},
		{name: "negative version", snap: snap, edit: func(r *Report) { r.Version = -1 }, key: "err.report.bad_version", field: FieldVersion},
		{name: "not applicable, no reason", snap: snap, edit: func(r *Report) { r.Status, r.Measures = StatusNA, " " },
			key: "err.report.na_reason", field: FieldMeasures},
		{name: "measures at the bound", snap: snap, edit: func(r *Report) { r.Measures = strings.Repeat("长", MaxMeasuresRunes) }},
		{name: "measures too long", snap: snap, edit: func(r *Report) { r.Measures = strings.Repeat("长", MaxMeasuresRunes+1) },
			key: "err.report.too_long", field: FieldMeasures},
		{name: "problem too long", snap: snap, edit: func(r *Report) { r.Problem, r.ProblemText = true, strings.Repeat("问", MaxProblemRunes+1) },
			key: "err.report.too_long", field: FieldProblemText},
		{name: "problem unstated", snap: snap, edit: func(r *Report) { r.Problem = true }, key: "err.report.problem_missing", field: FieldProblemText},
		{name: "too many evidence", snap: snap, edit: func(r *Report) { r.Evidence = make([]Evidence, MaxEvidence+1) },
			key: "err.report.too_many_evidence", field: FieldEvidence},
		{name: "untitled evidence", snap: snap, edit: func(r *Report) { r.Evidence = []Evidence{{DocNo: "x"}} },
			key: "err.report.evidence_untitled", field: FieldEvidenceTitle},
		{name: "long doc no", snap: snap, edit: func(r *Report) { r.Evidence = []Evidence{{Title: "a", DocNo: strings.Repeat("号", 101)}} },
			key: "err.report.evidence_too_long", field: FieldEvidenceDocNo},
		{name: "bad link", snap: snap, edit: func(r *Report) { r.Evidence = []Evidence{{Title: "a", Link: "javascript:alert(1)"}} },
			key: "err.report.evidence_bad_link", field: FieldEvidenceLink},
		{name: "foreign evidence", snap: snap, edit: func(r *Report) { r.Evidence = []Evidence{{ID: 41, Title: "a"}} },
			key: "err.report.evidence_not_ours", field: FieldEvidence},
		{name: "evidence twice", snap: snap, edit: func(r *Report) { r.Evidence = []Evidence{file, file} },
			key: "err.report.evidence_twice", field: FieldEvidence},
		{name: "value of another item", snap: snap, edit: func(r *Report) { r.Values = []IndicatorValue{{IndicatorID: 9, Value: 1}} },
			key: "err.report.value_not_item", field: FieldIndicator},
		{name: "value twice", snap: snap, edit: func(r *Report) { r.Values = []IndicatorValue{{IndicatorID: 5}, {IndicatorID: 5}} },
			key: "err.report.value_twice", field: FieldIndicator},
		{name: "value NaN", snap: snap, edit: func(r *Report) { r.Values = []IndicatorValue{{IndicatorID: 5, Value: math.NaN()}} },
			key: "err.report.value_not_number", field: FieldIndicator},
		{name: "value huge", snap: snap, edit: func(r *Report) { r.Values = []IndicatorValue{{IndicatorID: 5, Value: 2e15}} },
			key: "err.report.value_too_large", field: FieldIndicator},
		{name: "update of none", snap: ReportSnapshot{State: StateInWork}, key: "err.report.not_found"},
		{name: "not acknowledged", snap: ReportSnapshot{State: StateAssigned}, edit: func(r *Report) { r.Version = 0 },
			key: "err.report.acknowledge_first"},
		{name: "imported, not acknowledged", snap: ReportSnapshot{State: StateAssigned, Imported: true}, edit: func(r *Report) { r.Version = 0 }},
		{name: "under review", snap: ReportSnapshot{State: StateReported, Stored: stored}, key: "raw"},
	}
	for _, c := range cases {
		r := base()
		if c.edit != nil {
			c.edit(r)
		}
		plan, err := DecideReport(c.snap, r, c.submit)
		if c.key == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		var e *Error
		if !errors.As(err, &e) || e.Code != EINVALID && e.Code != ENOTFOUND || (c.key != "raw" && e.Key != c.key) {
			t.Errorf("%s: %v (%#v), want %s", c.name, err, e, c.key)
		}
		var fe *ReportFieldError
		if c.field != "" && (!errors.As(err, &fe) || fe.Field != c.field) {
			t.Errorf("%s: field of %v, want %s", c.name, err, c.field)
		}
		if plan.Report != nil {
			t.Errorf("%s: a plan with a refusal", c.name)
		}
	}
}

// TestDecideReportPlan: what is written for an accepted save.
func TestDecideReportPlan(t *testing.T) {
	stored := &Report{ID: 7, TaskID: 1, Period: "2024Q1", Version: 3, Status: StatusInProgress}
	file := Evidence{ID: 40, Title: "清单", FileName: "清单.pdf", FileType: "application/pdf", FileSize: 9, SHA256: "ab"}
	snap := ReportSnapshot{State: StateReturned, Stored: stored, Evidence: map[int64]Evidence{40: file},
		Indicators: []*Indicator{{ID: 5}}}
	r := &Report{TaskID: 1, Period: "2024Q1", Version: 3, Status: StatusImplemented, ProblemText: "不再有问题",
		Evidence: []Evidence{{ID: 40, Title: "清单（新标题）"}, {Title: "纸质文件", FileName: "forged.pdf"}},
		Values:   []IndicatorValue{{IndicatorID: 5, Name: "x", Value: 12.5}}}
	plan, err := DecideReport(snap, r, true)
	if err != nil {
		t.Fatal(err)
	}
	got := plan.Report
	if plan.Create || plan.Acknowledge || plan.Event != EventSubmit || plan.From != StateReturned || plan.To != StateReported ||
		got.ProblemText != "" || got.Evidence[0].FileName != "清单.pdf" || got.Evidence[0].Title != "清单（新标题）" ||
		got.Evidence[1].FileName != "" || len(got.Values) != 1 || got.Values[0].Name != "" {
		t.Errorf("plan %+v, report %+v", plan, got)
	}
	if r.ProblemText != "不再有问题" {
		t.Error("DecideReport changed its input")
	}
	// A stale version is a conflict carrying the stored report.
	r.Version = 2
	_, err = DecideReport(snap, r, false)
	var c *ReportConflict
	if !errors.As(err, &c) || c.Current != stored || ErrorCode(err) != ECONFLICT {
		t.Errorf("stale save: %v", err)
	}
}

// TestDecideReports: several reports in one import, with the states the ones
// before leave their task in; a refusal names its task.
func TestDecideReports(t *testing.T) {
	rs := []*Report{
		{TaskID: 1, Period: "2024Q1", Status: StatusInProgress},
		{TaskID: 1, Period: "2024Q2", Status: StatusInProgress},
	}
	snaps := []ReportSnapshot{{State: StateAssigned, Imported: true}, {State: StateAssigned, Imported: true}}
	plans, err := DecideReports(snaps, rs, false)
	if err != nil || !plans[0].Acknowledge || plans[1].Acknowledge || plans[1].From != StateInWork {
		t.Errorf("plans %+v, %v", plans, err)
	}
	_, err = DecideReports(snaps, []*Report{rs[0], rs[0]}, false)
	if e := (*Error)(nil); !errors.As(err, &e) || e.Key != "err.report.twice" {
		t.Errorf("a task twice: %v", err)
	}
	bad := &Report{TaskID: 2, Period: "2024Q1", Status: "done"}
	_, err = DecideReports([]ReportSnapshot{{State: StateInWork}}, []*Report{bad}, false)
	var fe *ReportFieldError
	if e := (*Error)(nil); !errors.As(err, &e) || e.Key != "err.report.in_task" || !errors.As(err, &fe) || fe.Field != FieldStatus ||
		!strings.Contains(ErrorMessage(err), "任务 2：状态“done”不在可选范围内") {
		t.Errorf("refusal in a task: %v", err)
	}
}

// TestCheckEvidenceFile: the bounds of an evidence file.
func TestCheckEvidenceFile(t *testing.T) {
	pdf := []byte("%PDF-1.4\n")
	for _, c := range []struct {
		name string
		body []byte
		key  string
	}{
		{`C:\fakepath\方案.PDF`, pdf, ""},
		{" ", pdf, "err.report.file_missing"},
		{"setup.exe", pdf, "err.report.file_type"},
		{"a.pdf", nil, "err.report.file_empty"},
		{"a.pdf", make([]byte, MaxAttachmentSize+1), "err.report.file_too_large"},
	} {
		e, err := CheckEvidenceFile(Evidence{FileName: c.name}, c.body)
		var x *Error
		switch {
		case c.key == "" && (err != nil || e.FileName != "方案.PDF" || e.Title != "方案.PDF" || e.FileType != "application/pdf"):
			t.Errorf("%s: %+v, %v", c.name, e, err)
		case c.key != "" && (!errors.As(err, &x) || x.Key != c.key):
			t.Errorf("%s: %v, want %s", c.name, err, c.key)
		}
	}
	if err := CheckFileContent("a.pdf", []byte("<html>")); ErrorCode(err) != EINVALID {
		t.Errorf("a page as a PDF: %v", err)
	}
	if _, err := DecideAttachment(StateClosed, Evidence{FileName: "a.pdf"}, pdf); ErrorCode(err) != EINVALID {
		t.Errorf("attach when closed: %v", err)
	}
}

// A save changes the figures when Count's inputs change: a submission (a
// submitted version), a step that moves the task, or an acknowledgement; a
// draft that leaves the state as it was changes none of them.
func TestReportPlanChangesFigures(t *testing.T) {
	for _, c := range []struct {
		plan ReportPlan
		want bool
	}{
		{ReportPlan{Event: EventDraft, From: StateInWork, To: StateInWork}, false},
		{ReportPlan{Event: EventDraft, From: StateAcknowledged, To: StateInWork}, true},
		{ReportPlan{Event: EventDraft, From: StateAcknowledged, To: StateInWork, Acknowledge: true}, true},
		{ReportPlan{Event: EventSubmit, From: StateInWork, To: StateReported}, true},
		{ReportPlan{Event: EventSubmit, From: StateReported, To: StateReported}, true},
	} {
		if got := c.plan.ChangesFigures(); got != c.want {
			t.Errorf("%+v: ChangesFigures %v, want %v", c.plan, got, c.want)
		}
	}
}
