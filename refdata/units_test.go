package refdata

import (
	"strings"
	"testing"

	"rollout"
)

func TestUnits(t *testing.T) {
	units, err := Units()
	if err != nil {
		t.Fatal(err)
	}
	count := map[rollout.UnitKind]int{}
	keys := map[string]UnitSpec{}
	coastal := 0
	for i, u := range units {
		if _, dup := keys[u.Key]; dup {
			t.Errorf("duplicate key %s", u.Key)
		}
		if i > 0 {
			if _, ok := keys[u.ParentKey]; !ok {
				t.Errorf("%s (%s) comes before its parent %q", u.Name, u.Key, u.ParentKey)
			}
		}
		keys[u.Key] = u
		count[u.Kind]++
		if u.Kind == rollout.KindProvince && u.Coastal {
			coastal++
		}
	}
	want := map[rollout.UnitKind]int{
		rollout.KindStateCouncil: 1, rollout.KindProvince: 31, rollout.KindFTZ: 22, rollout.KindFTZArea: 70,
		rollout.KindCity: 333, rollout.KindCounty: 2975, // 2,978 rows less 东莞, 中山 and 儋州 repeated as counties
	}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%d units of kind %s, want %d", count[k], k, n)
		}
	}
	if central := count[rollout.KindMinistry] + count[rollout.KindVerticalAgency] + count[rollout.KindCourt]; central != 17 {
		t.Errorf("%d central units, want 17", central)
	}
	if coastal != 11 {
		t.Errorf("%d coastal provinces, want 11", coastal)
	}
	for key, parent := range map[string]string{
		"440305": "440300", // 南山区 under 深圳市
		"110101": "110000", // 东城区 directly under 北京市 (no 市辖区 unit)
		"419001": "410000", // 济源市 directly under 河南省
		"FTZ65":  "650000", // 新疆自贸试验区 under 新疆
		"海关总署":   StateCouncilKey,
	} {
		if got := keys[key].ParentKey; got != parent {
			t.Errorf("parent of %s = %q, want %q", key, got, parent)
		}
	}
	if u := keys["FTZ31-01"]; u.Kind != rollout.KindFTZArea || u.ProvinceKey != "310000" {
		t.Errorf("Shanghai's first area = %+v", u)
	}
	if u := keys["海关总署"]; u.Kind != rollout.KindVerticalAgency || u.FullName != "中华人民共和国海关总署" {
		t.Errorf("海关总署 = %+v", u)
	}
}

// The shipped proposals: two indicators for each of the 24 items of the 7th batch.
func TestProposedIndicators7(t *testing.T) {
	by, err := ProposedIndicators7()
	if err != nil {
		t.Fatal(err)
	}
	for seq := 1; seq <= 24; seq++ {
		if ins := by[seq]; len(ins) != 2 || ins[0].Seq != 1 || ins[1].Seq != 2 || !ins[0].Proposed || ins[0].Measure == "" {
			t.Errorf("item %d: %+v", seq, ins)
		}
	}
	if len(by) != 24 {
		t.Errorf("%d items", len(by))
	}
}

// The provincial departments named in issue 14 are known, each name once;
// no central vertical agency is among them.
func TestProvincialDepartments(t *testing.T) {
	ds := ProvincialDepartments()
	seen := map[string]bool{}
	for _, d := range ds {
		for _, n := range append([]string{d.Name}, d.Aliases...) {
			if seen[n] || n == "" {
				t.Errorf("name %q twice or empty", n)
			}
			seen[n] = true
			if strings.Contains(n, "海关") || strings.Contains(n, "税务") || strings.Contains(n, "海事") {
				t.Errorf("%q is a central vertical agency", n)
			}
		}
	}
	for _, n := range []string{"发展改革委", "发展和改革委员会", "商务厅", "市场监管局", "知识产权局", "司法厅", "财政厅", "自然资源厅", "人力资源社会保障厅"} {
		if !seen[n] {
			t.Errorf("%s missing", n)
		}
	}
}
