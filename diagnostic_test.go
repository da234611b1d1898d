package rollout_test

import (
	"encoding/json"
	"testing"

	"rollout"
	"rollout/msg"
)

// A diagnostic said through the catalogue survives being stored as JSON
// (numbers, a similarity, a word said in each language) and is said in the
// reader's language; one stored before keys were kept says its message.
func TestDiagnosticText(t *testing.T) {
	for _, tt := range []struct {
		d      rollout.Diagnostic
		zh, en string
	}{
		{rollout.Diag(rollout.LevelInfo, "item-worded", 3, "err.cascade.diag.item-worded", "推进三化", 1, "工程建设项目审批统一化、标准化、信息化", 0.8333),
			"“推进三化”与国家第 1 项“工程建设项目审批统一化、标准化、信息化”写法不同（相似度 0.83），按同一事项处理。",
			"“推进三化” is worded unlike national item 1 “工程建设项目审批统一化、标准化、信息化” (similarity 0.83); taken as the same item."},
		{rollout.Diag(rollout.LevelInfo, "unit-repeated", 5, "err.cascade.diag.unit-repeated", "省商务厅", msg.Key("role.lead")),
			"“省商务厅”在这一行出现了两次，按先出现的角色（牵头）分工。",
			"“省商务厅” is named twice in this row; it takes the role named first (Lead)."},
		{rollout.Diagnostic{Level: rollout.LevelInfo, Code: "old", Message: "旧的说法"}, "旧的说法", "旧的说法"},
	} {
		raw, err := json.Marshal(tt.d)
		if err != nil {
			t.Fatal(err)
		}
		var back rollout.Diagnostic
		if err := json.Unmarshal(raw, &back); err != nil {
			t.Fatal(err)
		}
		if back.Message != tt.zh || back.Text(msg.ZH) != tt.zh || back.Text(msg.EN) != tt.en {
			t.Errorf("%s:\n message %q\n      zh %q\n      en %q", raw, back.Message, back.Text(msg.ZH), back.Text(msg.EN))
		}
	}
}
