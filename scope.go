package rollout

import (
	"fmt"
	"sort"
	"strings"

	"rollout/msg"
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
	var what scopeWhat
	switch scope {
	case ScopeNationwide:
		keep, what = func(u *Unit) bool { return u.Kind == KindProvince }, "province"
	case ScopeFTZ:
		keep, what = func(u *Unit) bool { return u.Kind == KindFTZ }, "ftz"
	case ScopeCoastal:
		keep, what = func(u *Unit) bool { return u.Kind == KindProvince && u.Coastal }, "coastal"
	default:
		if len(confirmed) == 0 {
			return nil, E(EINVALID, "err.task.scope_unresolved", scope)
		}
		set := map[int64]bool{}
		for _, id := range confirmed {
			set[id] = true
		}
		keep, what = func(u *Unit) bool { return set[u.ID] }, "confirmed"
	}
	var out []*Unit
	for _, u := range units {
		if !u.Retired() && keep(u) {
			out = append(out, u)
		}
	}
	if len(out) == 0 {
		return nil, E(EINVALID, "err.task.scope_empty", scope, what)
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

// scopeWhat names the kind of units a scope resolves to, as its refusals say it.
type scopeWhat string

// Text names it in language l.
func (w scopeWhat) Text(l msg.Lang) string { return msg.Text(l, "err.task.scope_what."+string(w)) }

// AutomaticScope reports whether scope resolves to its units by itself (全国,
// 自贸试验区, 沿海地区), without a coordinator's confirmation.
func AutomaticScope(scope string) bool {
	return scope == ScopeNationwide || scope == ScopeFTZ || scope == ScopeCoastal
}

// DecideScope decides the units a coordinator confirms for item it, whose
// scope is not resolved automatically: at least one and at most MaxScopeUnits;
// each an active province-level government, FTZ or FTZ area (units holds them
// as stored, by ID; a unit that does not exist is absent: ENOTFOUND); each
// reason trimmed, at most MaxScopeReasonRunes characters. It returns the
// units to record. EINVALID for an item whose scope resolves itself.
func DecideScope(it *Item, units map[int64]*Unit, in []ScopeUnit) ([]ScopeUnit, error) {
	if len(in) == 0 {
		return nil, E(EINVALID, "err.task.scope_none")
	}
	if len(in) > MaxScopeUnits {
		return nil, E(EINVALID, "err.task.scope_too_many", MaxScopeUnits, len(in))
	}
	if AutomaticScope(it.Scope) {
		return nil, E(EINVALID, "err.task.scope_automatic", it.Seq, it.Scope)
	}
	out := make([]ScopeUnit, 0, len(in))
	for _, su := range in {
		u := units[su.UnitID]
		if u == nil || u.Retired() {
			return nil, E(ENOTFOUND, "err.task.unit_gone", su.UnitID)
		}
		switch u.Kind {
		case KindProvince, KindFTZ, KindFTZArea:
		default:
			return nil, E(EINVALID, "err.task.scope_unit_kind", u.Name)
		}
		su.Reason = strings.TrimSpace(su.Reason)
		if n := taskChars(su.Reason); n > MaxScopeReasonRunes {
			return nil, E(EINVALID, "err.task.too_long", taskWord("err.task.field.reason"), MaxScopeReasonRunes, n)
		}
		out = append(out, su)
	}
	return out, nil
}

// taskWord is a word of the catalogue said in the reader's language.
type taskWord string

// Text says it in language l.
func (f taskWord) Text(l msg.Lang) string { return msg.Text(l, string(f)) }
