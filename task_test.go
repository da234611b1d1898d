package rollout_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/msg"
)

func TestDecideStep(t *testing.T) {
	task := func(s rollout.TaskState) *rollout.Task { return &rollout.Task{ID: 7, State: s} }
	open := []*rollout.Task{{UnitName: "深圳市", State: rollout.StateInWork}, {UnitName: "南山区", State: rollout.StateClosed},
		{UnitName: "福田区", State: rollout.StateAssigned}, {UnitName: "罗湖区", State: rollout.StateReported}, {UnitName: "盐田区", State: rollout.StateReturned}}
	done := []*rollout.Task{{UnitName: "深圳市", State: rollout.StateClosed}, {UnitName: "南山区", State: rollout.StateNA}}
	long := strings.Repeat("长", rollout.MaxStepNoteRunes+1)
	tests := []struct {
		name  string
		state rollout.TaskState
		below []*rollout.Task
		in    rollout.StepInput
		to    rollout.TaskState
		note  string
		key   string // "" when it is taken
		code  string
	}{
		{name: "acknowledge", state: rollout.StateAssigned, in: rollout.StepInput{Kind: rollout.EventAcknowledge}, to: rollout.StateAcknowledged},
		{name: "acknowledge, read the same", state: rollout.StateAssigned, in: rollout.StepInput{Kind: rollout.EventAcknowledge, Read: rollout.StateAssigned}, to: rollout.StateAcknowledged},
		{name: "read another state", state: rollout.StateAcknowledged, in: rollout.StepInput{Kind: rollout.EventAcknowledge, Read: rollout.StateAssigned},
			key: "err.task.step_stale", code: rollout.ECONFLICT},
		{name: "a draft is a save", state: rollout.StateAcknowledged, in: rollout.StepInput{Kind: rollout.EventDraft}, key: "err.task.step_kind"},
		{name: "an unknown step", state: rollout.StateAcknowledged, in: rollout.StepInput{Kind: "rubber_stamp"}, key: "err.task.step_kind"},
		{name: "accept unreported", state: rollout.StateAcknowledged, in: rollout.StepInput{Kind: rollout.EventAccept}, key: "err.task.step_state"},
		{name: "return with its reason", state: rollout.StateReported, in: rollout.StepInput{Kind: rollout.EventReturn, Note: " 缺佐证 "}, to: rollout.StateReturned, note: "缺佐证"},
		{name: "return without a reason", state: rollout.StateReported, in: rollout.StepInput{Kind: rollout.EventReturn, Note: " \t"}, key: "err.task.return_reason"},
		{name: "a note too long", state: rollout.StateReported, in: rollout.StepInput{Kind: rollout.EventAccept, Note: long}, key: "err.task.note_too_long"},
		{name: "reject without a reason", state: rollout.StateNARequested, in: rollout.StepInput{Kind: rollout.EventRejectNA}, key: "err.task.reject_reason"},
		{name: "reject", state: rollout.StateNARequested, in: rollout.StepInput{Kind: rollout.EventRejectNA, Note: "属本市职权"}, to: rollout.StateAcknowledged, note: "属本市职权"},
		{name: "approve", state: rollout.StateNARequested, in: rollout.StepInput{Kind: rollout.EventApproveNA}, to: rollout.StateNA},
		{name: "not applicable, full-width colon", state: rollout.StateAssigned, in: rollout.StepInput{Kind: rollout.EventRequestNA, Note: "vertical_agency：属海关职权"},
			to: rollout.StateNARequested, note: "vertical_agency: 属海关职权"},
		{name: "not applicable, code only", state: rollout.StateInWork, in: rollout.StepInput{Kind: rollout.EventRequestNA, Note: "outside_scope"}, to: rollout.StateNARequested, note: "outside_scope"},
		{name: "not applicable without a reason", state: rollout.StateInWork, in: rollout.StepInput{Kind: rollout.EventRequestNA}, key: "err.task.na_reason"},
		{name: "not applicable, unknown reason", state: rollout.StateInWork, in: rollout.StepInput{Kind: rollout.EventRequestNA, Note: "其他：无"}, key: "err.task.na_reason"},
		{name: "not applicable, other without words", state: rollout.StateInWork, in: rollout.StepInput{Kind: rollout.EventRequestNA, Note: "other:  "}, key: "err.task.na_other"},
		{name: "not applicable, words too long", state: rollout.StateInWork, in: rollout.StepInput{Kind: rollout.EventRequestNA, Note: "other: " + long}, key: "err.task.note_too_long"},
		{name: "close a leaf accepted", state: rollout.StateAccepted, in: rollout.StepInput{Kind: rollout.EventClose}, to: rollout.StateClosed},
		{name: "close a leaf in work", state: rollout.StateInWork, in: rollout.StepInput{Kind: rollout.EventClose}, key: "err.task.step_state"},
		{name: "close with tasks open below", state: rollout.StateAccepted, below: open, in: rollout.StepInput{Kind: rollout.EventClose}, key: "err.task.close_open"},
		{name: "close a divided task, all done below", state: rollout.StateAssigned, below: done, in: rollout.StepInput{Kind: rollout.EventClose}, to: rollout.StateClosed},
		{name: "close twice", state: rollout.StateClosed, below: done, in: rollout.StepInput{Kind: rollout.EventClose}, key: "err.task.step_state"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := rollout.DecideStep(rollout.StepSnapshot{Task: task(tt.state), Below: tt.below}, tt.in)
			if tt.key == "" {
				if err != nil || plan.From != tt.state || plan.To != tt.to || plan.Note != tt.note || plan.Kind != tt.in.Kind {
					t.Fatalf("plan %+v, err %v; want %s → %s with %q", plan, err, tt.state, tt.to, tt.note)
				}
				return
			}
			if key(err) != tt.key || rollout.ErrorCode(err) != cmpOr(tt.code, rollout.EINVALID) {
				t.Fatalf("err %v (key %q), want %s %s", err, key(err), tt.code, tt.key)
			}
		})
	}
	// The refusals say what the task is, in each language, and name at most
	// three units.
	_, err := rollout.DecideStep(rollout.StepSnapshot{Task: task(rollout.StateAccepted), Below: open}, rollout.StepInput{Kind: rollout.EventClose})
	if got := rollout.ErrorText(msg.ZH, err); got != "下级还有 4 项任务未办结（深圳市、福田区、罗湖区等）：须全部办结或确认不适用后，才能办结本任务。" {
		t.Errorf("zh: %s", got)
	}
	if got := rollout.ErrorText(msg.EN, err); !strings.Contains(got, "深圳市, 福田区, 罗湖区 and others") {
		t.Errorf("en: %s", got)
	}
	_, err = rollout.DecideStep(rollout.StepSnapshot{Task: task(rollout.StateReported)}, rollout.StepInput{Kind: rollout.EventAccept, Read: rollout.StateInWork})
	var conflict *rollout.TaskConflict
	if !errors.As(err, &conflict) || conflict.Current.State != rollout.StateReported ||
		rollout.ErrorText(msg.ZH, err) != "任务状态刚被他人更改（现为“已反馈”）：请刷新后再操作。" {
		t.Errorf("stale step: %v", err)
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// divisionTree: 广东省 with 深圳市 (南山区 below it), 广州市, a retired 旧局, and
// 北京市 elsewhere.
func divisionTree() map[string]*rollout.Unit {
	mk := func(id int64, name string, parent *rollout.Unit) *rollout.Unit {
		u := &rollout.Unit{ID: id, Name: name}
		if parent != nil {
			u.ParentID, u.Path = parent.ID, rollout.UnitPath(parent.Path, id)
		} else {
			u.Path = rollout.UnitPath("", id)
		}
		return u
	}
	gd := mk(44, "广东省", nil)
	sz := mk(4403, "深圳市", gd)
	out := map[string]*rollout.Unit{"广东省": gd, "深圳市": sz, "南山区": mk(440305, "南山区", sz), "广州市": mk(4401, "广州市", gd),
		"旧局": mk(4499, "旧局", gd), "北京市": mk(11, "北京市", nil)}
	retired := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	out["旧局"].RetiredAt = &retired
	return out
}

func TestDecideDivide(t *testing.T) {
	u := divisionTree()
	units := map[int64]*rollout.Unit{}
	for _, x := range u {
		units[x.ID] = x
	}
	parent := &rollout.Task{ID: 1, UnitID: 44, State: rollout.StateAcknowledged}
	storedLead := []*rollout.Task{{ParentID: 1, UnitID: 4401, UnitName: "广州市", Role: rollout.RoleLead}}
	d := func(unit string, role rollout.TaskRole) rollout.Division {
		return rollout.Division{UnitID: u[unit].ID, Role: role, Deadline: rollout.ParseDeadline("2024年6月底前")}
	}
	tooMany := make([]rollout.Division, rollout.MaxDivisions+1)
	tests := []struct {
		name     string
		parent   *rollout.Task
		existing []*rollout.Task
		divs     []rollout.Division
		key      string
		field    rollout.DivisionField
		index    int
	}{
		{name: "lead and co", divs: []rollout.Division{d("深圳市", rollout.RoleLead), d("南山区", rollout.RoleCo)}},
		{name: "none", key: "err.task.divide_none"},
		{name: "too many", divs: tooMany, key: "err.task.divide_too_many"},
		{name: "a task done", parent: &rollout.Task{ID: 1, UnitID: 44, State: rollout.StateClosed}, divs: []rollout.Division{d("深圳市", rollout.RoleCo)}, key: "err.task.divide_done"},
		{name: "a role", divs: []rollout.Division{d("深圳市", rollout.RoleCo), d("广州市", rollout.RoleImplement)}, key: "err.task.divide_role", field: rollout.FieldRole, index: 1},
		{name: "a unit twice", divs: []rollout.Division{d("深圳市", rollout.RoleCo), d("深圳市", rollout.RoleLead)}, key: "err.task.divide_twice", field: rollout.FieldUnit, index: 1},
		{name: "no such unit", divs: []rollout.Division{{UnitID: 99, Role: rollout.RoleCo}}, key: "err.task.unit_gone", field: rollout.FieldUnit},
		{name: "a retired unit", divs: []rollout.Division{d("旧局", rollout.RoleCo)}, key: "err.task.unit_gone", field: rollout.FieldUnit},
		{name: "a unit elsewhere", divs: []rollout.Division{d("北京市", rollout.RoleCo)}, key: "err.task.divide_not_below", field: rollout.FieldUnit},
		{name: "the unit itself", divs: []rollout.Division{d("广东省", rollout.RoleCo)}, key: "err.task.divide_not_below", field: rollout.FieldUnit},
		{name: "a deadline too long", divs: []rollout.Division{{UnitID: 4403, Role: rollout.RoleCo, Deadline: rollout.Deadline{Text: strings.Repeat("长", rollout.MaxDeadlineRunes+1)}}},
			key: "err.task.too_long", field: rollout.FieldDeadline},
		{name: "notes too long", divs: []rollout.Division{{UnitID: 4403, Role: rollout.RoleCo, Notes: strings.Repeat("长", rollout.MaxNotesRunes+1)}},
			key: "err.task.too_long", field: rollout.FieldNotes},
		{name: "two leads", divs: []rollout.Division{d("深圳市", rollout.RoleLead), d("南山区", rollout.RoleLead)}, key: "err.task.divide_leads"},
		{name: "a lead beside the stored one", existing: storedLead, divs: []rollout.Division{d("深圳市", rollout.RoleLead)}, key: "err.task.divide_leads"},
		{name: "the lead moved", existing: storedLead, divs: []rollout.Division{d("深圳市", rollout.RoleLead), d("广州市", rollout.RoleCo)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			snap := rollout.DivideSnapshot{Parent: parent, Owner: u["广东省"], Units: units, Existing: tt.existing}
			if tt.parent != nil {
				snap.Parent = tt.parent
			}
			plan, err := rollout.DecideDivide(snap, tt.divs)
			if tt.key == "" {
				if err != nil || len(plan.Divisions) != len(tt.divs) {
					t.Fatalf("plan %+v, err %v", plan, err)
				}
				return
			}
			if key(err) != tt.key || rollout.ErrorCode(err) != rollout.EINVALID {
				t.Fatalf("err %v (key %q), want %s", err, key(err), tt.key)
			}
			var de *rollout.DivisionError
			if tt.field != "" && (!errors.As(err, &de) || de.Field != tt.field || de.Index != tt.index) {
				t.Errorf("line error %+v, want %s at %d", de, tt.field, tt.index)
			}
		})
	}
	_, err := rollout.DecideDivide(rollout.DivideSnapshot{Parent: parent, Owner: u["广东省"], Units: units, Existing: storedLead},
		[]rollout.Division{d("深圳市", rollout.RoleLead)})
	if got := rollout.ErrorText(msg.ZH, err); got != "只能有一个牵头单位：深圳市、广州市 都被设为牵头。请保留一个，其余改为配合。" {
		t.Errorf("leads: %s", got)
	}
}

func TestDecideCascade(t *testing.T) {
	u := divisionTree()
	gd := u["广东省"]
	line := func(seq int, divs ...rollout.Division) rollout.CascadeLine {
		return rollout.CascadeLine{Line: seq + 8, ItemID: int64(1000 + seq), ItemSeq: seq, Divisions: divs}
	}
	co := rollout.Division{UnitID: 4403, Role: rollout.RoleCo}
	tasks := map[int64]*rollout.Task{1001: {ID: 11}, 1003: {ID: 13}}
	tests := []struct {
		name  string
		plan  rollout.CascadePlan
		key   string
		lines int
	}{
		{name: "stored", plan: rollout.CascadePlan{Batch: 7, Lines: []rollout.CascadeLine{line(1, co), line(3)}}, lines: 1},
		{name: "unknown names", plan: rollout.CascadePlan{Batch: 7, Lines: []rollout.CascadeLine{line(1, co)}, Unknown: []rollout.UnknownUnit{{Name: "省教育厅"}}},
			key: "err.task.cascade_unknown"},
		{name: "nothing", plan: rollout.CascadePlan{Batch: 7}, key: "err.task.cascade_nothing"},
		{name: "a paragraph", plan: rollout.CascadePlan{Batch: 7, Lines: []rollout.CascadeLine{line(3, rollout.Division{UnitID: 4403, Role: rollout.RoleCo,
			Deadline: rollout.Deadline{Text: strings.Repeat("持续", 26)}})}}, key: "err.task.cascade_too_long"},
		{name: "an item without a task", plan: rollout.CascadePlan{Batch: 7, Lines: []rollout.CascadeLine{line(1, co), line(23, co), line(24)}},
			key: "err.task.cascade_no_task"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := rollout.DecideCascade(gd, tt.plan, tasks, nil, nil)
			if key(err) != tt.key || len(got) != tt.lines {
				t.Fatalf("%d lines, err %v; want %d, %q", len(got), err, tt.lines, tt.key)
			}
		})
	}
	_, err := rollout.DecideCascade(gd, rollout.CascadePlan{Batch: 7}, tasks, nil, nil)
	if got := rollout.ErrorText(msg.ZH, err); got != "文件中没有能对应到第七批改革事项的分工，没有可保存的任务。" {
		t.Errorf("nothing: %s", got)
	}
	_, err = rollout.DecideCascade(gd, rollout.CascadePlan{Lines: []rollout.CascadeLine{line(23, co), line(24)}}, tasks, nil, nil)
	if got := rollout.ErrorText(msg.ZH, err); got != "“广东省”没有这些事项的任务，不能向下分解：第23项、第24项。" {
		t.Errorf("no task: %s", got)
	}
	// Where a unit below holds the item (深圳市 standing for the FTZ in the
	// province), the province divides its task on its behalf among units
	// below it (南山区 for the FTZ's areas); a line naming others, or the
	// holder itself, or an item held by two units, is refused, naming them.
	below := []*rollout.Unit{u["深圳市"], u["南山区"], u["广州市"]}
	held := map[int64][]*rollout.Task{line(23).ItemID: {{ID: 99, UnitID: 4403, UnitName: "深圳市"}}}
	area := rollout.Division{UnitID: 440305, Role: rollout.RoleLead}
	got, err := rollout.DecideCascade(gd, rollout.CascadePlan{Lines: []rollout.CascadeLine{line(23, area), line(1, co)}}, tasks, held, below)
	if err != nil || len(got) != 2 || got[0].TaskID != 99 || got[0].Holder != "深圳市" || got[1].TaskID != 11 || got[1].Holder != "" {
		t.Errorf("on behalf: %+v, %v", got, err)
	}
	for name, l := range map[string]rollout.CascadeLine{
		"a unit outside the holder": line(23, area, rollout.Division{UnitID: 4401, Role: rollout.RoleCo}),
		"the holder itself":         line(23, co),
	} {
		_, err = rollout.DecideCascade(gd, rollout.CascadePlan{Lines: []rollout.CascadeLine{l, line(24)}}, tasks, held, below)
		if got := rollout.ErrorText(msg.ZH, err); !strings.Contains(got, "：第23项、第24项。这些事项的任务在其下的单位：第23项在“深圳市”；") ||
			!strings.Contains(got, "“广东省”不能代为分解") {
			t.Errorf("%s: %s", name, got)
		}
	}
	two := map[int64][]*rollout.Task{line(23).ItemID: {{ID: 99, UnitID: 4403, UnitName: "深圳市"}, {ID: 98, UnitID: 4401, UnitName: "广州市"}}}
	_, err = rollout.DecideCascade(gd, rollout.CascadePlan{Lines: []rollout.CascadeLine{line(23, area)}}, tasks, two, below)
	if got := rollout.ErrorText(msg.ZH, err); !strings.Contains(got, "第23项在“深圳市、广州市”") {
		t.Errorf("two holders: %s", got)
	}
	_, err = rollout.DecideCascade(gd, rollout.CascadePlan{Lines: []rollout.CascadeLine{line(3, rollout.Division{UnitID: 4403, Role: rollout.RoleCo,
		Deadline: rollout.Deadline{Text: strings.Repeat("持续", 26)}})}}, tasks, nil, nil)
	if got := rollout.ErrorText(msg.ZH, err); got != "文件第11行（第3项）的完成时限过长：最多50个字，现有52个字。请在文件中缩短后重新上传。" {
		t.Errorf("too long: %s", got)
	}

	before := rollout.CascadePlan{Unknown: []rollout.UnknownUnit{{Name: "省发展改委", Reason: rollout.ReasonUnknown}, {Name: "有关单位", Reason: rollout.ReasonVague}}}
	for _, c := range []struct {
		names     []string
		elsewhere map[string]bool
		key       string
	}{
		{[]string{"省发展改委"}, nil, ""},
		{[]string{"有关单位"}, nil, "err.task.cascade_not_unknown"},
		{[]string{"省商务厅"}, nil, "err.task.cascade_not_unknown"},
		{[]string{"省发展改委"}, map[string]bool{"省发展改委": true}, "err.task.cascade_elsewhere"},
	} {
		if err := rollout.CheckNewUnits(gd, before, c.names, c.elsewhere); key(err) != c.key {
			t.Errorf("new units %v: %v, want %q", c.names, err, c.key)
		}
	}
	if err := rollout.InItem(3, rollout.E(rollout.EINVALID, "err.task.divide_none")); rollout.ErrorText(msg.ZH, err) != "第3项：请至少选择一个单位。" {
		t.Errorf("in item: %v", err)
	}
}

func TestDecideScope(t *testing.T) {
	units := map[int64]*rollout.Unit{
		44:   {ID: 44, Name: "广东省", Kind: rollout.KindProvince},
		4401: {ID: 4401, Name: "广州市", Kind: rollout.KindCity},
		90:   {ID: 90, Name: "广东自贸试验区", Kind: rollout.KindFTZ},
	}
	item := &rollout.Item{Seq: 5, Scope: "有需求的地区"}
	tests := []struct {
		name string
		item *rollout.Item
		in   []rollout.ScopeUnit
		key  string
		code string
	}{
		{name: "a province and an FTZ", in: []rollout.ScopeUnit{{UnitID: 44, Reason: " 自愿 "}, {UnitID: 90}}},
		{name: "none", key: "err.task.scope_none"},
		{name: "too many", in: make([]rollout.ScopeUnit, rollout.MaxScopeUnits+1), key: "err.task.scope_too_many"},
		{name: "an automatic scope", item: &rollout.Item{Seq: 1, Scope: rollout.ScopeNationwide}, in: []rollout.ScopeUnit{{UnitID: 44}}, key: "err.task.scope_automatic"},
		{name: "a missing unit", in: []rollout.ScopeUnit{{UnitID: 99}}, key: "err.task.unit_gone", code: rollout.ENOTFOUND},
		{name: "a city", in: []rollout.ScopeUnit{{UnitID: 4401}}, key: "err.task.scope_unit_kind"},
		{name: "a reason too long", in: []rollout.ScopeUnit{{UnitID: 44, Reason: strings.Repeat("长", rollout.MaxScopeReasonRunes+1)}}, key: "err.task.too_long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := item
			if tt.item != nil {
				it = tt.item
			}
			got, err := rollout.DecideScope(it, units, tt.in)
			if tt.key == "" {
				if err != nil || len(got) != len(tt.in) || got[0].Reason != "自愿" {
					t.Fatalf("%+v, %v", got, err)
				}
				return
			}
			if key(err) != tt.key || rollout.ErrorCode(err) != cmpOr(tt.code, rollout.EINVALID) {
				t.Fatalf("err %v (key %q), want %s", err, key(err), tt.key)
			}
		})
	}
}

func TestPlanAssign(t *testing.T) {
	units := []*rollout.Unit{
		{ID: 1, Name: "国务院", Kind: rollout.KindMinistry},
		{ID: 2, Name: "商务部", Kind: rollout.KindMinistry},
		{ID: 3, Name: "海关总署", FullName: "中华人民共和国海关总署", Kind: rollout.KindMinistry},
		{ID: 44, Code: "440000", Name: "广东省", Kind: rollout.KindProvince, ProvinceID: 44},
		{ID: 51, Code: "510000", Name: "四川省", Kind: rollout.KindProvince, ProvinceID: 51},
	}
	items := []*rollout.Item{
		{ID: 1, Seq: 1, Scope: rollout.ScopeNationwide, Responsible: []string{"商务部", "中华人民共和国海关总署"}},
		{ID: 2, Seq: 2, Scope: rollout.ScopeNationwide, Responsible: []string{"农业农村部"}},
		{ID: 3, Seq: 3, Scope: "有需求的地区", Responsible: []string{"商务部"}},
		{ID: 4, Seq: 4, Scope: "有需求的地区", Responsible: []string{"商务部"}},
	}
	plan, diags := rollout.PlanAssign(items, units, map[int64][]int64{4: {51}})
	if len(plan) != 2 || plan[0].ItemID != 1 || len(plan[0].Implement) != 2 || len(plan[0].Guide) != 2 ||
		plan[1].ItemID != 4 || len(plan[1].Implement) != 1 || plan[1].Implement[0].ID != 51 {
		t.Errorf("plan %+v", plan)
	}
	if len(diags) != 2 || diags[0].Code != "unknown-unit" || diags[0].Message != "第2项的负责单位“农业农村部”不在单位目录中：请先在单位目录中添加或更正，再分解任务。" ||
		diags[1].Code != "scope-unresolved" || !strings.HasPrefix(diags[1].Message, "第3项：推广范围“有需求的地区”不能自动确定实施单位") {
		t.Errorf("diagnostics %+v", diags)
	}
}
