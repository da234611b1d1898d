package rollout

import (
	"strings"
	"testing"
	"time"
)

func TestDecideUrge(t *testing.T) {
	now := time.Date(2024, 7, 10, 2, 0, 0, 0, time.UTC) // 10 July, Beijing
	june := ParseDeadline("2024年6月底前")
	september := ParseDeadline("2024年9月底前")
	task := func(s TaskState, d Deadline, since time.Time) *Task {
		return &Task{ID: 7, UnitID: 40, UnitName: "深圳市", Batch: 7, ItemSeq: 1, ItemName: "工程建设项目审批", State: s, Deadline: d, StateAt: since}
	}
	recent := now.AddDate(0, 0, -3)
	long := now.AddDate(0, 0, -StalledDays)
	tests := []struct {
		name string
		task *Task
		note string
		key  string // the refusal's key; "" when urged
	}{
		{"overdue", task(StateAcknowledged, june, recent), "请本周内报送进展", ""},
		{"stalled though on time", task(StateAssigned, september, long), "尚未签收", ""},
		{"returned and overdue", task(StateReturned, june, recent), "请尽快补正", ""},
		{"phrase deadline stalled", task(StateInWork, ParseDeadline("持续推进"), long), "请报送", ""},
		{"on track", task(StateInWork, september, recent), "请报送", "err.supervise.urge_on_track"},
		{"phrase deadline moving", task(StateInWork, ParseDeadline("持续推进"), recent), "请报送", "err.supervise.urge_on_track"},
		{"closed", task(StateClosed, june, long), "请报送", "err.supervise.urge_done"},
		{"not applicable", task(StateNA, june, long), "请报送", "err.supervise.urge_done"},
		{"report awaits review", task(StateReported, june, long), "请报送", "err.supervise.urge_waiting"},
		{"na awaits decision", task(StateNARequested, june, long), "请报送", "err.supervise.urge_waiting"},
		{"no note", task(StateAcknowledged, june, recent), "  ", "err.supervise.urge_note"},
		{"note too long", task(StateAcknowledged, june, recent), strings.Repeat("催", MaxStepNoteRunes+1), "err.task.note_too_long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := DecideUrge(UrgeSnapshot{Task: tt.task, Now: now, WarningDays: 3}, tt.note)
			if tt.key != "" {
				if e, ok := err.(*Error); !ok || e.Key != tt.key || e.Code != EINVALID {
					t.Fatalf("err = %v, want EINVALID %s", err, tt.key)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Note != strings.TrimSpace(tt.note) {
				t.Errorf("note = %q", p.Note)
			}
			n := p.Notice
			if n.UnitID != 40 || n.TaskID != 7 || n.Kind != NoticeUrged || n.Day != "2024-07-10" ||
				n.Subject == "" || !strings.Contains(n.Body, tt.note) || !strings.Contains(n.Body, "深圳市") {
				t.Errorf("notice = %+v", n)
			}
		})
	}
}

func TestDecideExtensionAsk(t *testing.T) {
	now := time.Date(2024, 6, 20, 2, 0, 0, 0, time.UTC)
	june := ParseDeadline("2024年6月底前")
	task := func(s TaskState, d Deadline) *Task {
		return &Task{ID: 7, UnitID: 40, UnitName: "深圳市", ItemName: "工程建设项目审批", State: s, Deadline: d}
	}
	pending := &Extension{ID: 1, State: ExtensionPending, Asked: ParseDeadline("2024-08-31")}
	tests := []struct {
		name     string
		task     *Task
		pending  *Extension
		deadline string
		reason   string
		key      string
		want     string // the date granted, when accepted
	}{
		{"iso date", task(StateInWork, june), nil, "2024-09-30", "系统改造需要时间", "", "2024-09-30"},
		{"document style", task(StateAcknowledged, june), nil, " 2024年9月底前 ", "等待上级批复", "", "2024-09-30"},
		{"overdue task may ask", task(StateReturned, ParseDeadline("2024-05-31")), nil, "2024-07-15", "补充材料", "", "2024-07-15"},
		{"not later", task(StateInWork, june), nil, "2024-06-15", "理由", "err.supervise.extension_not_later", ""},
		{"same day", task(StateInWork, june), nil, "2024-06-30", "理由", "err.supervise.extension_not_later", ""},
		{"past", task(StateInWork, ParseDeadline("2024-05-31")), nil, "2024-06-10", "理由", "err.supervise.extension_past", ""},
		{"phrase asked", task(StateInWork, june), nil, "尽快", "理由", "err.supervise.extension_date", ""},
		{"phrase deadline", task(StateInWork, ParseDeadline("持续推进")), nil, "2024-09-30", "理由", "err.supervise.extension_phrase", ""},
		{"no deadline", task(StateInWork, Deadline{}), nil, "2024-09-30", "理由", "err.supervise.extension_phrase", ""},
		{"done", task(StateClosed, june), nil, "2024-09-30", "理由", "err.supervise.extension_done", ""},
		{"pending", task(StateInWork, june), pending, "2024-09-30", "理由", "err.supervise.extension_pending", ""},
		{"report awaits review", task(StateReported, june), nil, "2024-09-30", "理由", "err.supervise.extension_waiting", ""},
		{"no reason", task(StateInWork, june), nil, "2024-09-30", " ", "err.supervise.extension_reason", ""},
		{"long deadline", task(StateInWork, june), nil, strings.Repeat("9", MaxDeadlineRunes+1), "理由", "err.task.too_long", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := DecideExtensionAsk(ExtensionAskSnapshot{Task: tt.task, Pending: tt.pending, Now: now, Givers: []int64{4, 9}}, tt.deadline, tt.reason)
			if tt.key != "" {
				if e, ok := err.(*Error); !ok || e.Key != tt.key {
					t.Fatalf("err = %v, want %s", err, tt.key)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			x := p.Extension
			if got := x.Asked.Date.Format(time.DateOnly); got != tt.want || x.State != ExtensionPending || x.From != tt.task.Deadline {
				t.Errorf("extension = %+v", x)
			}
			if !strings.HasPrefix(p.Note, tt.task.Deadline.Text+" → "+x.Asked.Text+" · ") {
				t.Errorf("note = %q: both deadlines belong on the timeline", p.Note)
			}
			if len(p.Notices) != 2 || p.Notices[0].UnitID != 4 || p.Notices[1].UnitID != 9 || p.Notices[0].Kind != NoticeExtensionAsked {
				t.Errorf("notices = %+v, want one to each giving unit", p.Notices)
			}
		})
	}
}

func TestDecideExtensionDecision(t *testing.T) {
	now := time.Date(2024, 6, 21, 2, 0, 0, 0, time.UTC)
	june := ParseDeadline("2024年6月底前")
	task := &Task{ID: 7, UnitID: 40, State: StateInWork, Deadline: june}
	pending := Extension{ID: 3, TaskID: 7, From: june, Asked: ParseDeadline("2024-09-30"), State: ExtensionPending}
	tests := []struct {
		name     string
		task     *Task
		state    ExtensionState
		grant    bool
		deadline string
		note     string
		key      string
		want     string // the deadline the task gets; "" for none
	}{
		{"grant as asked", task, ExtensionPending, true, "", "", "", "2024-09-30"},
		{"grant another day", task, ExtensionPending, true, "2024-08-31", "请按期完成", "", "2024-08-31"},
		{"grant no later", task, ExtensionPending, true, "2024-06-30", "", "err.supervise.extension_not_later", ""},
		{"grant not a date", task, ExtensionPending, true, "年内", "", "err.supervise.extension_date", ""},
		{"grant a done task", &Task{ID: 7, State: StateClosed, Deadline: june}, ExtensionPending, true, "", "", "err.supervise.extension_done", ""},
		{"refuse", task, ExtensionPending, false, "", "时限不宜推迟", "", ""},
		{"refuse without reason", task, ExtensionPending, false, "", "", "err.supervise.refuse_reason", ""},
		{"decided already", task, ExtensionGranted, true, "", "", "err.supervise.extension_decided", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := pending
			x.State = tt.state
			p, err := DecideExtensionDecision(ExtensionDecisionSnapshot{Task: tt.task, Extension: &x, Now: now}, tt.grant, tt.deadline, tt.note)
			if tt.key != "" {
				if e, ok := err.(*Error); !ok || e.Key != tt.key {
					t.Fatalf("err = %v, want %s", err, tt.key)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if x.State != tt.state {
				t.Error("the snapshot's request was changed")
			}
			if p.Notice.UnitID != 40 || p.Notice.Kind != NoticeExtensionDecided || p.Extension.DecidedAt == nil {
				t.Errorf("plan = %+v", p)
			}
			if tt.want == "" {
				if p.Kind != EventExtendRefuse || p.Extension.State != ExtensionRefused || p.Deadline.HasDate() || p.Extension.Answer != tt.note {
					t.Errorf("refusal plan = %+v", p)
				}
				return
			}
			if p.Kind != EventExtendGrant || p.Extension.State != ExtensionGranted || p.Deadline.Date.Format(time.DateOnly) != tt.want ||
				p.Extension.Granted != p.Deadline || !strings.HasPrefix(p.Note, june.Text+" → "+p.Deadline.Text) {
				t.Errorf("grant plan = %+v", p)
			}
			// The light follows the deadline granted: red on 1 July by the old one, green by the new.
			july := time.Date(2024, 7, 1, 2, 0, 0, 0, time.UTC)
			if LightOf(june, StateInWork, july, 3) != LightRed || LightOf(p.Deadline, StateInWork, july, 3) != LightGreen {
				t.Error("the light does not follow the deadline granted")
			}
		})
	}
}
