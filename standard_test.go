package rollout_test

import (
	"slices"
	"strings"
	"testing"

	"rollout"
	"rollout/msg"
)

var testStandard = []rollout.StandardDepartment{
	{Name: "发展改革委", Aliases: []string{"发展和改革委员会", "发改委"}},
	{Name: "商务厅"},
	{Name: "知识产权局"},
	{Name: "市场监管局", Aliases: []string{"市场监督管理局"}},
	{Name: "人力资源社会保障厅", Aliases: []string{"人力资源和社会保障厅", "人社厅"}},
	{Name: "地方金融管理局", Aliases: []string{"金融办"}},
	{Name: "金融工作局", Aliases: []string{"金融办"}}, // two departments known by one name
}

// The standard departments of a province: a name of one that is no unit yet
// is created on first use under its standard name; a stored unit wins; a
// name of two is asked about; a close one is suggested; a city has none.
func TestPlanCascadeStandardDepartments(t *testing.T) {
	tr := small() // 广东省 with 省商务厅, 省发展改革委, 省知识产权局, 省市场监管局 stored
	gd := tr.unit("广东省")
	r := &rollout.Reissue{Rows: []rollout.ReissueRow{{Line: 4, ItemName: "航空货运电子化",
		Lead: []string{"广东省人力资源和社会保障厅"}, Co: []string{"省人社厅", "省发改委", "省金融办", "省知识产区局", "省旅游局"}}}}
	p := rollout.PlanCascadeWith(r, smallItems, gd, tr.below(gd), testStandard)
	type got struct{ reason, create, suggestions string }
	unknown := map[string]got{}
	for _, u := range p.Unknown {
		unknown[u.Name] = got{u.Reason, u.Create, strings.Join(u.Suggestions, "、")}
	}
	want := map[string]got{
		"广东省人力资源和社会保障厅": {rollout.ReasonStandard, "省人力资源社会保障厅", ""},
		"省人社厅":   {rollout.ReasonStandard, "省人力资源社会保障厅", ""},
		"省金融办":   {rollout.ReasonAmbiguous, "", "省地方金融管理局、省金融工作局"},
		"省知识产区局": {rollout.ReasonUnknown, "", "省知识产权局"},
		"省旅游局":   {rollout.ReasonUnknown, "", ""},
	}
	for name, w := range want {
		if unknown[name] != w {
			t.Errorf("%s: %+v, want %+v", name, unknown[name], w)
		}
	}
	if len(unknown) != len(want) {
		t.Errorf("unknown %+v", unknown) // 省发改委 resolves to the stored 省发展改革委
	}
	std := rollout.StandardUnits(gd, p)
	if len(std) != 1 || std[0].Name != "省人力资源社会保障厅" || std[0].Kind != rollout.KindDepartment || std[0].ParentID != gd.ID ||
		!slices.Equal(std[0].Aliases, []string{"广东省人力资源和社会保障厅", "省人社厅"}) {
		t.Errorf("created on first use: %+v", std)
	}
	var said []string
	for _, d := range p.Diagnostics {
		if d.Code == "unit-standard" {
			said = append(said, d.Text(msg.EN))
		}
	}
	if len(said) != 2 || said[1] != "“省人社厅” is a standard department of this government that is no unit yet: it is created as 省人力资源社会保障厅 on first use." {
		t.Errorf("unit-standard: %q", said)
	}
	// Once created (the name and its aliases), the names resolve.
	tr2 := newTree([]spec{
		{2, 0, "440000", "广东省", rollout.KindProvince, nil},
		{30, 2, "", "省人力资源社会保障厅", dept, []string{"广东省人力资源和社会保障厅", "省人社厅"}},
	})
	r2 := &rollout.Reissue{Rows: []rollout.ReissueRow{{Line: 4, ItemName: "航空货运电子化", Lead: []string{"广东省人力资源和社会保障厅"}, Co: []string{"省人社厅"}}}}
	if p := rollout.PlanCascadeWith(r2, smallItems, tr2.unit("广东省"), tr2.below(tr2.unit("广东省")), testStandard); len(p.Unknown) != 0 || len(p.Lines) != 1 {
		t.Errorf("after creation: %+v", p.Unknown)
	}
	// A city has no provincial departments.
	sz := tr.unit("深圳市")
	p = rollout.PlanCascadeWith(&rollout.Reissue{Rows: []rollout.ReissueRow{{Line: 1, ItemName: "航空货运电子化", Lead: []string{"市人社局"}}}},
		smallItems, sz, tr.below(sz), testStandard)
	if len(p.Unknown) != 1 || p.Unknown[0].Reason != rollout.ReasonUnknown {
		t.Errorf("city: %+v", p.Unknown)
	}
}
