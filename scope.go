package rollout

import (
	"fmt"
	"sort"
)

// ResolveScope returns the units that implement an item published with scope,
// given every unit of the tree: 全国 → the provincial-level governments, 自贸试验区 →
// the Free Trade Zones, 沿海地区 → the coastal provinces. Retired units are left
// out. Any other phrase (a list of places, 有需求的地区) resolves only to an
// explicit set that the coordinator has confirmed: pass its unit IDs as
// confirmed; without them the result is an EINVALID error the user sees. A scope
// that resolves to no unit is an error too, never an empty assignment.
//
// The result is ordered by unit code, then ID.
func ResolveScope(scope string, units []*Unit, confirmed []int64) ([]*Unit, error) {
	var keep func(*Unit) bool
	var what string
	switch scope {
	case ScopeNationwide:
		keep, what = func(u *Unit) bool { return u.Kind == KindProvince }, "省级人民政府"
	case ScopeFTZ:
		keep, what = func(u *Unit) bool { return u.Kind == KindFTZ }, "自贸试验区"
	case ScopeCoastal:
		keep, what = func(u *Unit) bool { return u.Kind == KindProvince && u.Coastal }, "沿海省份"
	default:
		if len(confirmed) == 0 {
			return nil, Errorf(EINVALID,
				"推广范围“%s”不能自动确定实施单位：请协调人确认实施单位名单后再分解任务。", scope)
		}
		set := map[int64]bool{}
		for _, id := range confirmed {
			set[id] = true
		}
		keep, what = func(u *Unit) bool { return set[u.ID] }, "已确认的单位"
	}
	var out []*Unit
	for _, u := range units {
		if !u.Retired() && keep(u) {
			out = append(out, u)
		}
	}
	if len(out) == 0 {
		return nil, Errorf(EINVALID, "推广范围“%s”没有对应的%s：请先载入单位目录（rollout units load）。", scope, what)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Code != out[j].Code {
			return out[i].Code < out[j].Code
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// ScopeSummary describes a resolution for people: "全国 → 31 个省级人民政府".
func ScopeSummary(scope string, n int) string {
	return fmt.Sprintf("%s → %d 个单位", scope, n)
}
