package rollout

import (
	"slices"
	"strings"
)

// StandardDepartment is a department or body every provincial-level
// government has (refdata.ProvincialDepartments): its standard short name
// after the level word (发展改革委 for 省发展改革委) and the other names
// documents use (发展和改革委员会, 发改委).
type StandardDepartment struct {
	Name    string
	Aliases []string
}

// ReasonStandard is the reason of a name no unit below the issuing
// province has that is one of its standard departments: the unit is created
// on first use (UnknownUnit.Create names it), without being asked.
const ReasonStandard = "standard"

// PlanCascadeWith is PlanCascade knowing the standard departments of a
// provincial-level government: for a province's re-issue, a name that
// matches no unit below it but names exactly one standard department, after
// the province's name or level word (省发改委, 广东省发展和改革委员会), is listed
// in Unknown with ReasonStandard and the name to create it under (省发展改革委;
// StandardUnits); one that names several is asked about (ReasonAmbiguous),
// never guessed; a close one gets the standard names as suggestions.
func PlanCascadeWith(r *Reissue, items []Item, owner *Unit, below []*Unit, std []StandardDepartment) CascadePlan {
	return planCascade(r, items, owner, below, std)
}

// levelWord is the word a provincial-level government's own departments are
// named after: 省, 自治区, or 市 for a municipality; "" for other units.
func levelWord(owner *Unit) string {
	if owner == nil || owner.Kind != KindProvince {
		return ""
	}
	for _, w := range []string{"自治区", "省", "市"} {
		if strings.HasSuffix(owner.Name, w) {
			return w
		}
	}
	return ""
}

// standardMatches returns the standard departments a name written in
// owner's document names exactly, and the close ones (by Similarity), as the
// names they would be created under.
func standardMatches(name string, owner *Unit, std []StandardDepartment) (exact, close []string) {
	level := levelWord(owner)
	if level == "" || len(std) == 0 {
		return nil, nil
	}
	cn := canonName(name)
	var rests []string
	for _, p := range contextPrefixes(owner) {
		if rest, ok := strings.CutPrefix(cn, p); ok && rest != "" {
			rests = append(rests, rest)
		}
	}
	if len(rests) == 0 {
		return nil, nil
	}
	type scored struct {
		name  string
		score float64
	}
	var near []scored
	for _, d := range std {
		create := level + d.Name
		best := 0.0
		for _, n := range append([]string{d.Name}, d.Aliases...) {
			k := canonName(n)
			for _, r := range rests {
				if r == k {
					best = 2
				} else {
					best = max(best, Similarity(r, k))
				}
			}
		}
		switch {
		case best == 2:
			if !slices.Contains(exact, create) {
				exact = append(exact, create)
			}
		case best >= suggestThreshold:
			near = append(near, scored{create, best})
		}
	}
	slices.SortStableFunc(near, func(a, b scored) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	for _, s := range near {
		close = append(close, s.name)
	}
	return exact, close
}

// StandardUnits are the units a plan creates on first use: each standard
// department its Unknown names (ReasonStandard), as a department of owner
// under its standard name, with the names the document wrote as aliases.
func StandardUnits(owner *Unit, p CascadePlan) []*Unit {
	var out []*Unit
	byName := map[string]*Unit{}
	for _, u := range p.Unknown {
		if u.Reason != ReasonStandard || u.Create == "" {
			continue
		}
		nu := byName[u.Create]
		if nu == nil {
			nu = &Unit{Name: u.Create, Kind: KindDepartment, ParentID: owner.ID}
			byName[u.Create] = nu
			out = append(out, nu)
		}
		if u.Name != u.Create && !slices.Contains(nu.Aliases, u.Name) {
			nu.Aliases = append(nu.Aliases, u.Name)
		}
	}
	return out
}
