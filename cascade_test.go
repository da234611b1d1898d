package rollout_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/notice"
)

// tree is a hand-built unit tree for the tests.
type tree struct {
	units  []*rollout.Unit
	byName map[string]*rollout.Unit // by "parent/name" and, when unique, by name
}

type spec struct {
	id, parent int64
	code, name string
	kind       rollout.UnitKind
	aliases    []string
}

func newTree(specs []spec) *tree {
	t := &tree{byName: map[string]*rollout.Unit{}}
	byID := map[int64]*rollout.Unit{}
	count := map[string]int{}
	for _, s := range specs {
		count[s.name]++
	}
	for _, s := range specs {
		u := &rollout.Unit{ID: s.id, ParentID: s.parent, Code: s.code, Name: s.name, Kind: s.kind, Aliases: s.aliases}
		parentPath := ""
		if p := byID[s.parent]; p != nil {
			parentPath = p.Path
			t.byName[p.Name+"/"+s.name] = u
		}
		u.Path = rollout.UnitPath(parentPath, s.id)
		byID[s.id] = u
		if count[s.name] == 1 {
			t.byName[s.name] = u
		}
		t.units = append(t.units, u)
	}
	return t
}

func (t *tree) unit(name string) *rollout.Unit {
	u := t.byName[name]
	if u == nil {
		panic("no unit " + name)
	}
	return u
}

// below returns the units in owner's subtree, owner excluded.
func (t *tree) below(owner *rollout.Unit) []*rollout.Unit {
	var out []*rollout.Unit
	for _, u := range t.units {
		if u.ID != owner.ID && u.Within(owner) {
			out = append(out, u)
		}
	}
	return out
}

// name names a unit for a test: its name, with its parent's where names repeat.
func (t *tree) name(id int64) string {
	for _, u := range t.units {
		if u.ID == id {
			if t.byName[u.Name] == u {
				return u.Name
			}
			for _, p := range t.units {
				if p.ID == u.ParentID {
					return p.Name + "/" + u.Name
				}
			}
		}
	}
	return fmt.Sprintf("#%d", id)
}

// divisions writes a line's divisions as "unit:role".
func (t *tree) divisions(l rollout.CascadeLine) []string {
	var out []string
	for _, d := range l.Divisions {
		out = append(out, t.name(d.UnitID)+":"+string(d.Role))
	}
	return out
}

const (
	dept   = rollout.KindDepartment
	city   = rollout.KindCity
	county = rollout.KindCounty
)

// small is the tree of the table tests: 广东省 with two cities and four departments.
func small() *tree {
	return newTree([]spec{
		{1, 0, "", "国务院", rollout.KindStateCouncil, nil},
		{2, 1, "440000", "广东省", rollout.KindProvince, []string{"广东"}},
		{3, 2, "440300", "深圳市", city, nil}, // before 广州市 here; groups are ordered by code
		{4, 2, "440100", "广州市", city, nil},
		{10, 2, "", "省商务厅", dept, nil},
		{11, 2, "", "省发展改革委", dept, nil},
		{12, 2, "", "省知识产权局", dept, nil},
		{13, 2, "", "省市场监管局", dept, nil},
		{20, 1, "", "海关总署", rollout.KindVerticalAgency, nil}, // not below 广东省
	})
}

var smallItems = []rollout.Item{
	{ID: 101, Seq: 1, Name: "知识产权质押融资模式创新"},
	{ID: 102, Seq: 2, Name: "专利开放许可新模式"},
	{ID: 103, Seq: 3, Name: "航空货运电子化", Aliases: []string{"航空货运电子信息化"}},
}

func diagCodes(ds []rollout.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Code)
	}
	return out
}

// TestPlanCascadeUnknownReasons: only a name no unit has may become a unit.
func TestPlanCascadeUnknownReasons(t *testing.T) {
	tr := newTree([]spec{
		{2, 0, "440000", "广东省", rollout.KindProvince, nil},
		{3, 2, "440300", "深圳市", city, nil},
		{4, 2, "440100", "广州市", city, nil},
		{30, 3, "", "市商务局", dept, nil},
		{40, 4, "", "市商务局", dept, nil},
	})
	gd := tr.unit("广东省")
	r := &rollout.Reissue{Rows: []rollout.ReissueRow{{Line: 1, ItemName: "航空货运电子化", Co: []string{"省旅游局", "市商务局", "有关单位"}}}}
	p := rollout.PlanCascade(r, smallItems, gd, tr.below(gd))
	got := map[string]string{}
	for _, u := range p.Unknown {
		got[u.Name] = u.Reason
	}
	want := map[string]string{"省旅游局": rollout.ReasonUnknown, "市商务局": rollout.ReasonAmbiguous, "有关单位": rollout.ReasonVague}
	if len(got) != len(want) {
		t.Errorf("unknown %v, want %v", got, want)
	}
	for name, reason := range want {
		if got[name] != reason {
			t.Errorf("%s: reason %q, want %q", name, got[name], reason)
		}
	}
}

func unknownNames(us []rollout.UnknownUnit) map[string][]string {
	out := map[string][]string{}
	for _, u := range us {
		out[u.Name] = u.Suggestions
	}
	return out
}

// Units: one row for item 2 each, naming units in the ways re-issues do.
func TestPlanCascadeUnits(t *testing.T) {
	tests := []struct {
		name      string
		lead, co  []string
		want      []string            // divisions, unit:role
		unknown   map[string][]string // unknown names and their suggestions
		diags     []string            // diagnostic codes in order
		wantLines int                 // 0 means 1
	}{
		{name: "exact names", lead: []string{"省知识产权局"}, co: []string{"省市场监管局", "省商务厅"},
			want: []string{"省知识产权局:lead", "省市场监管局:co", "省商务厅:co"}},
		{name: "the owner's name in front", lead: []string{"广东省知识产权局"}, co: []string{"广东市场监管局", "商务厅"},
			want:  []string{"省知识产权局:lead", "省市场监管局:co", "省商务厅:co"},
			diags: []string{"unit-normalised", "unit-normalised", "unit-normalised"}},
		{name: "abbreviations", lead: []string{"省发改委"}, co: []string{"广东省发展和改革委员会", "省市监局"},
			want:  []string{"省发展改革委:lead", "省市场监管局:co"},
			diags: []string{"unit-normalised", "unit-normalised", "unit-repeated", "unit-normalised"}},
		{name: "full-width spaces and brackets", lead: []string{"省 知识产权局"}, co: []string{"省市场监管局（省知识产权局）"},
			want:  []string{"省知识产权局:lead", "省市场监管局:co"},
			diags: []string{"unit-normalised", "unit-normalised"}},
		{name: "cities as a group", lead: []string{"省商务厅"}, co: []string{"各地级以上市人民政府"},
			want: []string{"省商务厅:lead", "广州市:co", "深圳市:co"}},
		{name: "other group phrases", co: []string{"各市州人民政府", "各市人民政府", "各地市", "全省各地级以上市"},
			want: []string{"广州市:co", "深圳市:co"}},
		{name: "no counties below the province", lead: []string{"省商务厅"}, co: []string{"各县（市、区）人民政府"},
			want: []string{"省商务厅:lead"}, diags: []string{"unit-group-empty"}},
		{name: "several leads", lead: []string{"省知识产权局", "省市场监管局", "省商务厅"}, co: []string{"省发展改革委"},
			want:  []string{"省知识产权局:lead", "省市场监管局:co", "省商务厅:co", "省发展改革委:co"},
			diags: []string{"lead-multiple"}},
		{name: "lead and co", lead: []string{"省商务厅"}, co: []string{"省商务厅", "省发展改革委"},
			want: []string{"省商务厅:lead", "省发展改革委:co"}, diags: []string{"unit-repeated"}},
		{name: "a city leads and all cities take part", lead: []string{"深圳市"}, co: []string{"各地级以上市人民政府"},
			want: []string{"深圳市:lead", "广州市:co"}},
		{name: "a group leads", lead: []string{"各地级以上市人民政府"}, co: []string{"省商务厅"},
			want: []string{"广州市:co", "深圳市:co", "省商务厅:co"}, diags: []string{"lead-group"}},
		{name: "unknown names with suggestions", lead: []string{"省知识产区局"}, co: []string{"省发展改委", "省市场监督局", "广州海关", "海关总署"},
			unknown: map[string][]string{
				"省知识产区局": {"省知识产权局"},
				"省发展改委":  {"省发展改革委"},
				"省市场监督局": {"省市场监管局"},
			},
			// Customs answers to its headquarters: coordinated, not assigned.
			diags: []string{"unit-vertical", "unit-vertical"}},
		{name: "the owner itself", lead: []string{"省人民政府"}, co: []string{"广东省", "省商务厅"},
			want: []string{"省商务厅:co"}, diags: []string{"unit-owner", "unit-owner"}},
		{name: "vague names", lead: []string{"省商务厅"}, co: []string{"省有关单位", "沿海各地级以上市人民政府"},
			want: []string{"省商务厅:lead"}, diags: []string{"unit-vague", "unit-vague"},
			unknown: map[string][]string{"省有关单位": {}, "沿海各地级以上市人民政府": {}}},
		{name: "no units", diags: []string{"row-no-units"}},
	}
	tr := small()
	owner := tr.unit("广东省")
	below := tr.below(owner)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &rollout.Reissue{Rows: []rollout.ReissueRow{{Line: 7, Seq: 2, ItemName: "专利开放许可新模式", Lead: tt.lead, Co: tt.co,
				Deadline: "2024年6月底前", Deliverable: "工作方案", Contact: "张三 020-12345678", Notes: "重点"}}}
			p := rollout.PlanCascade(r, smallItems, owner, below)
			if len(p.Lines) != 1 {
				t.Fatalf("%d lines", len(p.Lines))
			}
			l := p.Lines[0]
			if l.Line != 7 || l.ItemID != 102 || l.ItemSeq != 2 || l.ItemName != "专利开放许可新模式" || l.Written != "专利开放许可新模式" {
				t.Errorf("line = %+v", l)
			}
			if got := tr.divisions(l); !slices.Equal(got, tt.want) {
				t.Errorf("divisions %q, want %q", got, tt.want)
			}
			for _, d := range l.Divisions {
				if d.Deadline.Text != "2024年6月底前" || !d.Deadline.Date.Equal(time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)) ||
					d.Deliverable != "工作方案" || d.Contact != "张三 020-12345678" || d.Notes != "重点" {
					t.Errorf("division terms %+v", d)
				}
			}
			want := tt.unknown
			if want == nil {
				want = map[string][]string{}
			}
			got := unknownNames(p.Unknown)
			if len(got) != len(want) {
				t.Errorf("unknown %q, want %q", got, want)
			}
			for name, sugg := range want {
				if s, ok := got[name]; !ok || !slices.Equal(s, sugg) {
					t.Errorf("unknown %q: suggestions %q (listed %v), want %q", name, s, ok, sugg)
				}
			}
			codes := slices.DeleteFunc(diagCodes(p.Diagnostics), func(c string) bool { return c == "items-undivided" })
			if !slices.Equal(codes, tt.diags) {
				t.Errorf("diagnostics %v, want %v\n%+v", codes, tt.diags, p.Diagnostics)
			}
		})
	}
}

// A name several units fit equally is ambiguous; the nearest unit wins where
// there is one; a city's units are found by the city's name.
func TestPlanCascadeUnitsInCities(t *testing.T) {
	tr := newTree([]spec{
		{2, 0, "440000", "广东省", rollout.KindProvince, []string{"广东"}},
		{3, 2, "440300", "深圳市", city, nil},
		{4, 2, "440100", "广州市", city, nil},
		{10, 2, "", "省市场监管局", dept, nil},
		{30, 3, "", "市商务局", dept, nil},
		{31, 3, "", "市市场监管局", dept, []string{"市知识产权局"}},
		{32, 3, "440305", "南山区", county, nil},
		{33, 3, "440304", "福田区", county, nil},
		{40, 4, "", "市商务局", dept, nil},
		{41, 4, "", "市市场监督管理局", dept, nil},
	})
	gd := tr.unit("广东省")
	sz := tr.unit("深圳市")
	row := func(lead, co []string) *rollout.Reissue {
		return &rollout.Reissue{Rows: []rollout.ReissueRow{{Line: 1, ItemName: "航空货运电子信息化", Lead: lead, Co: co}}}
	}
	tests := []struct {
		name     string
		owner    *rollout.Unit
		lead, co []string
		want     []string
		unknown  map[string][]string
	}{
		{"the province: a city's unit by the city's name", gd, []string{"深圳市商务局"}, []string{"广州市场监督管理局", "广州市市场监管局"},
			[]string{"深圳市/市商务局:lead", "市市场监督管理局:co"}, nil},
		{"the province: 市商务局 is ambiguous", gd, []string{"市商务局"}, nil, nil,
			map[string][]string{"市商务局": {"市商务局（深圳市）", "市商务局（广州市）"}}},
		{"the province: 市场监管局 is its own, the nearest", gd, []string{"市场监管局"}, nil, []string{"省市场监管局:lead"}, nil},
		{"the city: its own units", sz, []string{"市商务局"}, []string{"深圳市市场监督管理局", "市知识产权局", "各区人民政府"},
			[]string{"深圳市/市商务局:lead", "市市场监管局:co", "福田区:co", "南山区:co"}, nil},
		{"the city: the province's unit is unknown here", sz, []string{"省市场监管局"}, []string{"各县（市、区）"},
			[]string{"福田区:co", "南山区:co"}, map[string][]string{"省市场监管局": {"市市场监管局"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := rollout.PlanCascade(row(tt.lead, tt.co), smallItems, tt.owner, tr.below(tt.owner))
			if len(p.Lines) != 1 || p.Lines[0].ItemSeq != 3 {
				t.Fatalf("lines %+v", p.Lines)
			}
			if got := tr.divisions(p.Lines[0]); !slices.Equal(got, tt.want) {
				t.Errorf("divisions %q, want %q", got, tt.want)
			}
			got := unknownNames(p.Unknown)
			if len(got) != len(tt.unknown) {
				t.Errorf("unknown %q, want %q", got, tt.unknown)
			}
			for name, sugg := range tt.unknown {
				if !slices.Equal(got[name], sugg) {
					t.Errorf("unknown %q: suggestions %q, want %q", name, got[name], sugg)
				}
			}
		})
	}
}

// Items: how rows find their national item.
func TestPlanCascadeItems(t *testing.T) {
	tr := small()
	owner := tr.unit("广东省")
	lead := []string{"省商务厅"}
	tests := []struct {
		name  string
		rows  []rollout.ReissueRow
		lines []int    // item numbers of the lines, in order
		diags []string // diagnostic codes in order
	}{
		{"the same names", []rollout.ReissueRow{
			{Line: 1, Seq: 1, ItemName: "知识产权质押融资模式创新", Lead: lead},
			{Line: 2, Seq: 2, ItemName: "专利开放许可新模式", Lead: lead},
			{Line: 3, Seq: 3, ItemName: "航空货运电子化", Lead: lead},
		}, []int{1, 2, 3}, nil},
		{"an alias, quote marks, a name inside a sentence", []rollout.ReissueRow{
			{Line: 1, ItemName: "航空货运电子信息化", Lead: lead},
			{Line: 2, ItemName: "“专利开放许可”新模式", Lead: lead},
			{Line: 3, ItemName: "推广知识产权质押融资模式创新经验", Lead: lead},
		}, []int{3, 2, 1}, nil},
		{"worded differently, found by name", []rollout.ReissueRow{
			{Line: 1, ItemName: "推进专利开放许可", Lead: lead},
		}, []int{2}, []string{"item-worded", "items-undivided"}},
		{"worded loosely, found by its number in a document numbered as the notice", []rollout.ReissueRow{
			{Line: 1, Seq: 1, ItemName: "知识产权质押融资模式创新", Lead: lead},
			{Line: 2, Seq: 2, ItemName: "推行专利许可", Lead: lead}, // 0.36 to item 2
		}, []int{1, 2}, []string{"item-worded", "items-undivided"}},
		{"a document with its own numbering is read by name", []rollout.ReissueRow{
			{Line: 1, Seq: 1, ItemName: "航空货运电子化", Lead: lead},
			{Line: 2, Seq: 2, ItemName: "知识产权质押融资模式创新", Lead: lead},
			{Line: 3, Seq: 3, ItemName: "推行专利许可", Lead: lead}, // its number is item 3's, but numbers say nothing here
		}, []int{3, 1}, []string{"item-unmatched", "item-seq-own", "items-undivided"}},
		{"a number that points elsewhere in a national-numbered document", []rollout.ReissueRow{
			{Line: 1, Seq: 1, ItemName: "知识产权质押融资模式创新", Lead: lead},
			{Line: 2, Seq: 2, ItemName: "专利开放许可新模式", Lead: lead},
			{Line: 3, Seq: 2, ItemName: "航空货运电子化", Lead: lead},
		}, []int{1, 2, 3}, []string{"item-seq-differs"}},
		{"no name, a number", []rollout.ReissueRow{
			{Line: 1, Seq: 2, Lead: lead},
		}, []int{2}, []string{"item-seq-only", "items-undivided"}},
		{"unmatched rows", []rollout.ReissueRow{
			{Line: 1, Seq: 3, ItemName: "航空货运电子化", Lead: lead},
			{Line: 2, ItemName: "加强组织领导", Lead: lead},
			{Line: 3, ItemName: "知识产权保护", Lead: lead},
		}, []int{3}, []string{"item-unmatched", "item-unmatched", "items-undivided"}},
		{"two rows for one item are merged", []rollout.ReissueRow{
			{Line: 1, Seq: 3, ItemName: "航空货运电子化", Lead: []string{"省商务厅"}, Co: []string{"深圳市"}},
			{Line: 2, Seq: 3, ItemName: "航空货运电子化", Lead: []string{"省发展改革委"}, Co: []string{"广州市", "深圳市"}},
		}, []int{3}, []string{"item-rows-merged", "lead-multiple", "items-undivided"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := rollout.PlanCascade(&rollout.Reissue{Rows: tt.rows}, smallItems, owner, tr.below(owner))
			var got []int
			for _, l := range p.Lines {
				got = append(got, l.ItemSeq)
				if l.ItemID != int64(100+l.ItemSeq) {
					t.Errorf("line %+v has the wrong item ID", l)
				}
			}
			if !slices.Equal(got, tt.lines) {
				t.Errorf("lines for items %v, want %v", got, tt.lines)
			}
			if got := diagCodes(p.Diagnostics); !slices.Equal(got, tt.diags) {
				t.Errorf("diagnostics %v, want %v\n%+v", got, tt.diags, p.Diagnostics)
			}
		})
	}

	// The merged line: the first row's lead leads, the second's is co; 深圳市 once.
	p := rollout.PlanCascade(&rollout.Reissue{Rows: tests[len(tests)-1].rows}, smallItems, owner, tr.below(owner))
	if got, want := tr.divisions(p.Lines[0]), []string{"省商务厅:lead", "深圳市:co", "省发展改革委:co", "广州市:co"}; !slices.Equal(got, want) {
		t.Errorf("merged divisions %q, want %q", got, want)
	}
	// Unmatched rows name the closest items.
	p = rollout.PlanCascade(&rollout.Reissue{Rows: tests[len(tests)-2].rows}, smallItems, owner, tr.below(owner))
	if m := p.Diagnostics[1].Message; !strings.Contains(m, "第 1 项“知识产权质押融资模式创新”") || p.Diagnostics[1].Line != 3 {
		t.Errorf("item-unmatched %+v", p.Diagnostics[1])
	}
}

func TestPlanCascadeEmpty(t *testing.T) {
	for _, p := range []rollout.CascadePlan{
		rollout.PlanCascade(nil, smallItems, nil, nil),
		rollout.PlanCascade(&rollout.Reissue{Rows: []rollout.ReissueRow{{Line: 1, ItemName: "航空货运电子化", Lead: []string{"省商务厅"}, Co: []string{"各市"}}}}, nil, nil, nil),
		rollout.PlanCascade(&rollout.Reissue{Rows: []rollout.ReissueRow{{Line: 1, ItemName: "航空货运电子化", Lead: []string{"省商务厅"}, Co: []string{"各市"}}}}, smallItems, nil, []*rollout.Unit{nil}),
	} {
		if p.Lines == nil || p.Unknown == nil || p.Diagnostics == nil {
			t.Errorf("nil slices in %+v", p)
		}
		for _, l := range p.Lines {
			if len(l.Divisions) != 0 {
				t.Errorf("divisions without units: %+v", l)
			}
		}
	}
}

// fixtureTree is 广东省 with the departments, cities, FTZ areas and city
// units the fixtures name (some under other names than the fixtures write).
func fixtureTree() *tree {
	s := []spec{
		{1, 0, "", "国务院", rollout.KindStateCouncil, nil},
		{2, 1, "440000", "广东省", rollout.KindProvince, []string{"广东"}},
		{30, 2, "440100", "广州市", city, nil}, {31, 2, "440300", "深圳市", city, nil}, {32, 2, "440400", "珠海市", city, nil},
		{40, 2, "FTZ44", "广东自贸试验区", rollout.KindFTZ, nil},
		{41, 40, "FTZ44-01", "南沙片区", rollout.KindFTZArea, nil}, {42, 40, "FTZ44-02", "前海蛇口片区", rollout.KindFTZArea, nil}, {43, 40, "FTZ44-03", "横琴片区", rollout.KindFTZArea, nil},
	}
	id := int64(100)
	add := func(parent int64, kind rollout.UnitKind, names ...string) {
		for _, n := range names {
			id++
			var aliases []string
			if n == "市市场监管局" && parent == 31 {
				aliases = []string{"市知识产权局"}
			}
			s = append(s, spec{id, parent, "", n, kind, aliases})
		}
	}
	add(2, dept, "省商务厅", "省发展改革委", "省知识产权局", "省市场监管局", "省住房城乡建设厅", "省政务服务数据管理局", "省交通运输厅",
		"省人力资源社会保障厅", "省医疗保障局", "省卫生健康委", "省工业和信息化厅", "省科技厅", "省财政厅", "省教育厅", "省司法厅",
		"省生态环境厅", "省地方金融监管局", "省药品监管局")
	add(31, dept, "市住房和建设局", "市政务服务数据管理局", "市商务局", "市交通运输局", "市人力资源和社会保障局", "市医疗保障局",
		"市卫生健康委", "市地方金融监管局", "市市场监管局", "市中小企业服务局")
	s = append(s, spec{60, 31, "440304", "福田区", county, nil}, spec{61, 31, "440303", "罗湖区", county, nil}, spec{62, 31, "440305", "南山区", county, nil})
	add(30, dept, "市商务局", "市住房城乡建设局", "市政务服务数据管理局", "市交通运输局", "市市场监管局", "市地方金融监管局")
	s = append(s, spec{70, 30, "440104", "越秀区", county, nil}, spec{71, 30, "440106", "天河区", county, nil})
	return newTree(s)
}

// batchItems reads the reference notice's items and gives them IDs 1000+序号.
func batchItems(t *testing.T) []rollout.Item {
	t.Helper()
	src, err := os.ReadFile("refdata/guohan-2023-56.txt")
	if err != nil {
		t.Fatal(err)
	}
	n, err := notice.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	for i := range n.Items {
		n.Items[i].ID = int64(1000 + n.Items[i].Seq)
	}
	return n.Items
}

func planFixture(t *testing.T, tr *tree, file, owner string) rollout.CascadePlan {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	r, err := notice.ParseReissue(src)
	if err != nil {
		t.Fatal(err)
	}
	o := tr.unit(owner)
	return rollout.PlanCascade(r, batchItems(t), o, tr.below(o))
}

// lineFor returns the line of item seq.
func lineFor(t *testing.T, p rollout.CascadePlan, seq int) rollout.CascadeLine {
	t.Helper()
	for _, l := range p.Lines {
		if l.ItemSeq == seq {
			return l
		}
	}
	t.Fatalf("no line for item %d", seq)
	return rollout.CascadeLine{}
}

func TestPlanCascadeProvinceTable(t *testing.T) {
	tr := fixtureTree()
	p := planFixture(t, tr, "notice/testdata/reissue-gd-2023-211.txt", "广东省")
	if len(p.Lines) != 24 {
		t.Fatalf("%d lines, want 24", len(p.Lines))
	}
	for i, l := range p.Lines {
		if l.ItemSeq != i+1 || l.ItemID != int64(1001+i) {
			t.Errorf("line %d is item %d (ID %d)", i+1, l.ItemSeq, l.ItemID)
		}
	}
	lines := []struct {
		seq  int
		want []string
	}{
		{1, []string{"省住房城乡建设厅:lead", "省政务服务数据管理局:co", "广州市:co", "深圳市:co", "珠海市:co"}},
		{2, []string{"省商务厅:lead"}}, // the customs are no units below the province
		{4, []string{"省交通运输厅:co"}}, // 广东海事局, the lead, is unknown
		{5, []string{"省交通运输厅:co"}}, // 省交通厅
		{7, []string{"省人力资源社会保障厅:lead", "广州市:co", "深圳市:co", "珠海市:co"}},
		{14, []string{"省知识产权局:lead", "广州市:co", "深圳市:co", "珠海市:co"}},
		{15, []string{"省工业和信息化厅:lead", "省发展改革委:co", "省财政厅:co", "广州市:co", "深圳市:co", "珠海市:co"}},
		{16, []string{"省卫生健康委:lead", "省政务服务数据管理局:co"}},
		{19, []string{"广州市:co", "深圳市:co", "珠海市:co"}}, // 省知识产区局 is unknown
		{20, []string{"省知识产权局:lead", "省司法厅:co"}},
		{21, nil},
		{23, []string{"省知识产权局:lead", "省商务厅:co", "南沙片区:co", "前海蛇口片区:co", "横琴片区:co"}},
		{24, []string{"省生态环境厅:lead"}},
	}
	for _, tt := range lines {
		if got := tr.divisions(lineFor(t, p, tt.seq)); !slices.Equal(got, tt.want) {
			t.Errorf("item %d: %q, want %q", tt.seq, got, tt.want)
		}
	}
	l1 := lineFor(t, p, 1)
	if l1.Line != 20 || l1.Written != "推进工程建设项目审批“三化”改革" || l1.ItemName != "工程建设项目审批统一化、标准化、信息化" {
		t.Errorf("line 1 = %+v", l1)
	}
	if d := lineFor(t, p, 4).Divisions[0].Deadline; d.Text != "持续推进" || d.HasDate() {
		t.Errorf("item 4 deadline %+v", d)
	}
	if d := lineFor(t, p, 3).Divisions[0]; d.Deadline.Date.Format(time.DateOnly) != "2024-06-30" || d.Deliverable != "工作报告" {
		t.Errorf("item 3 division %+v", d)
	}
	unknown := unknownNames(p.Unknown)
	for name, want := range map[string][]string{
		"省知识产区局":       {"省知识产权局"},
		"省市场监督局":       {"省市场监管局"},
		"沿海各地级以上市人民政府": {},
	} {
		if got, ok := unknown[name]; !ok || !slices.Equal(got, want) {
			t.Errorf("unknown %q: %q (listed %v), want %q", name, got, ok, want)
		}
	}
	// Vertical agencies and courts are reported, never planned nor offered for creation.
	vertical := map[int]int{}
	for _, d := range p.Diagnostics {
		if d.Code == "unit-vertical" {
			vertical[d.Line]++
		}
	}
	for _, name := range []string{"广东海事局", "人民银行广东省分行", "省法院"} {
		if _, ok := unknown[name]; ok {
			t.Errorf("vertical unit %s listed as unknown", name)
		}
	}
	if vertical[28] == 0 { // its first mention
		t.Errorf("no unit-vertical diagnostic on line 28 (人民银行广东省分行): %v", vertical)
	}
	count := map[string]int{}
	for _, d := range p.Diagnostics {
		count[d.Code]++
	}
	for code, n := range map[string]int{"item-worded": 1, "unit-normalised": 7, "lead-multiple": 1, "unit-vague": 1} {
		if count[code] != n {
			t.Errorf("%d %s diagnostics, want %d: %+v", count[code], code, n, p.Diagnostics)
		}
	}

	// The web page plans the same, on its own lines.
	page := planFixture(t, tr, "notice/testdata/reissue-gd-2023-211.html", "广东省")
	if len(page.Lines) != len(p.Lines) || len(page.Unknown) != len(p.Unknown) || len(page.Diagnostics) != len(p.Diagnostics) {
		t.Fatalf("page plan differs: %d lines, %d unknown, %d diagnostics", len(page.Lines), len(page.Unknown), len(page.Diagnostics))
	}
	for i := range p.Lines {
		if !slices.Equal(tr.divisions(page.Lines[i]), tr.divisions(p.Lines[i])) {
			t.Errorf("item %d: page %q, text %q", i+1, tr.divisions(page.Lines[i]), tr.divisions(p.Lines[i]))
		}
	}
}

func TestPlanCascadeCityInline(t *testing.T) {
	tr := fixtureTree()
	p := planFixture(t, tr, "notice/testdata/reissue-sz-2023-97.txt", "深圳市")
	var seqs []int
	for _, l := range p.Lines {
		seqs = append(seqs, l.ItemSeq)
	}
	if want := []int{1, 2, 3, 5, 7, 8, 12, 13, 14, 18, 19, 20, 23}; !slices.Equal(seqs, want) {
		t.Errorf("items %v, want %v", seqs, want)
	}
	lines := []struct {
		seq  int
		want []string
	}{
		{1, []string{"深圳市/市政务服务数据管理局:co", "罗湖区:co", "福田区:co", "南山区:co"}}, // 市住房建设局 is unknown
		{2, []string{"深圳市/市商务局:lead"}},
		{3, []string{"深圳市/市商务局:lead"}}, // 下同
		{8, []string{"市医疗保障局:lead", "市卫生健康委:co"}},
		{12, []string{"深圳市/市地方金融监管局:lead"}}, // 下同 on the heading
		{13, []string{"深圳市/市地方金融监管局:lead"}},
		{14, []string{"深圳市/市市场监管局:lead", "深圳市/市地方金融监管局:co", "罗湖区:co", "福田区:co", "南山区:co"}},
		{18, []string{"深圳市/市市场监管局:lead"}},
		{19, []string{"深圳市/市市场监管局:lead", "福田区:co"}},
		{20, nil}, // no assignment
		{23, []string{"深圳市/市市场监管局:lead", "深圳市/市商务局:co", "市中小企业服务局:co", "深圳市/市地方金融监管局:co"}},
	}
	for _, tt := range lines {
		if got := tr.divisions(lineFor(t, p, tt.seq)); !slices.Equal(got, tt.want) {
			t.Errorf("item %d: %q, want %q", tt.seq, got, tt.want)
		}
	}
	unknown := unknownNames(p.Unknown)
	for name, want := range map[string][]string{
		"市住房建设局":   {"市住房和建设局"},
		"市人力资源保障局": {"市人力资源和社会保障局"},
		"前海管理局":    {},
	} {
		if got, ok := unknown[name]; !ok || !slices.Equal(got, want) {
			t.Errorf("unknown %q: %q (listed %v), want %q", name, got, ok, want)
		}
	}
	codes := diagCodes(p.Diagnostics)
	for _, code := range []string{"item-seq-own", "items-undivided", "row-no-units", "lead-multiple", "unit-normalised"} {
		if !slices.Contains(codes, code) {
			t.Errorf("no %s diagnostic: %v", code, codes)
		}
	}
}

func TestPlanCascadeCityMeasures(t *testing.T) {
	tr := fixtureTree()
	p := planFixture(t, tr, "notice/testdata/reissue-gz-measures.md", "广州市")
	if len(p.Lines) != 4 {
		t.Fatalf("%d lines, want 4: %+v", len(p.Lines), p.Lines)
	}
	l := lineFor(t, p, 3)
	if got, want := tr.divisions(l), []string{"广州市/市交通运输局:lead", "广州市/市商务局:co"}; !slices.Equal(got, want) {
		t.Errorf("item 3: %q, want %q", got, want)
	}
	if l.Line != 9 || l.Divisions[1].Contact != "" || !strings.Contains(l.Divisions[1].Notes, "航空处") {
		t.Errorf("item 3 keeps the first row's terms for 市商务局: %+v", l)
	}
	if got, want := tr.divisions(lineFor(t, p, 14)), []string{"广州市/市市场监管局:lead", "广州市/市地方金融监管局:co", "越秀区:co", "天河区:co"}; !slices.Equal(got, want) {
		t.Errorf("item 14: %q, want %q", got, want)
	}
	if d := lineFor(t, p, 1).Divisions[0]; d.Contact != "李明 020-83123456" || d.Notes != "省牵头单位：省住房城乡建设厅；责任处室：审批处" {
		t.Errorf("item 1 lead terms %+v", d)
	}
	if got := unknownNames(p.Unknown); len(got) != 0 {
		t.Errorf("unknown %q", got)
	}
	if codes := diagCodes(p.Diagnostics); !slices.Contains(codes, "unit-vertical") {
		t.Errorf("广州海关 not reported as vertical: %v", codes)
	}
}
