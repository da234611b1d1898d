package rollout

import (
	"context"
	"strconv"
	"strings"
	"time"
)

// UnitKind says what a unit is. The kinds follow DOMAIN.md §3.
type UnitKind string

const (
	KindStateCouncil   UnitKind = "state_council"   // 国务院
	KindMinistry       UnitKind = "ministry"        // ministries and central departments
	KindVerticalAgency UnitKind = "vertical_agency" // customs, central bank, tax, financial regulators, CSRC, maritime, CAAC
	KindCourt          UnitKind = "court"           // 最高人民法院 and the courts below it
	KindProvince       UnitKind = "province"        // a provincial-level government (省、自治区、直辖市人民政府)
	KindDepartment     UnitKind = "department"      // a department of a provincial, city or county government
	KindCity           UnitKind = "city"            // a prefecture-level government (地级市、自治州、地区、盟)
	KindCounty         UnitKind = "county"          // a county-level government (县、县级市、区、旗), or a statistical area
	KindFTZ            UnitKind = "ftz"             // a Free Trade Zone (自贸试验区)
	KindFTZArea        UnitKind = "ftz_area"        // an area (片区) of an FTZ
)

// Kinds lists every unit kind in display order.
var Kinds = []UnitKind{KindStateCouncil, KindMinistry, KindVerticalAgency, KindCourt, KindProvince,
	KindDepartment, KindCity, KindCounty, KindFTZ, KindFTZArea}

// Valid reports whether k is a known kind.
func (k UnitKind) Valid() bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Central reports whether units of this kind belong to the central level.
func (k UnitKind) Central() bool {
	return k == KindStateCouncil || k == KindMinistry
}

// Unit is any body in the tree: the State Council, a ministry, a vertical agency,
// a court, a government at any level, a department, an FTZ or one of its areas.
//
// Two relations hold it: ParentID is the line of command (a vertical agency's
// branch answers to its headquarters), ProvinceID the province it sits in (from
// which the province can see and coordinate, but not command, it).
type Unit struct {
	ID         int64    `json:"id"`
	Code       string   `json:"code,omitempty"` // 2023 statistical code for governments (6 digits); other stable codes for the rest
	Name       string   `json:"name"`           // as people write it: 广东省, 深圳市, 海关总署, 省商务厅
	FullName   string   `json:"full_name,omitempty"`
	Kind       UnitKind `json:"kind"`
	ParentID   int64    `json:"parent_id,omitempty"`
	ProvinceID int64    `json:"province_id,omitempty"` // the province it is located in; 0 for central units
	// Path is the materialised path of IDs from the root, "/1/4/9/": a subtree is
	// every unit whose Path starts with this one's.
	Path      string     `json:"path"`
	Coastal   bool       `json:"coastal,omitempty"`
	HasFTZ    bool       `json:"has_ftz,omitempty"`
	Aliases   []string   `json:"aliases,omitempty"` // other names met in documents
	RetiredAt *time.Time `json:"retired_at,omitempty"`
}

// Retired reports whether the unit is retired (kept for its history).
func (u *Unit) Retired() bool { return u.RetiredAt != nil }

// Within reports whether u is other or lies in other's subtree.
func (u *Unit) Within(other *Unit) bool {
	return other != nil && strings.HasPrefix(u.Path, other.Path)
}

// UnitPath returns the materialised path for a unit with the given ID under a
// parent with parentPath ("" for a root).
func UnitPath(parentPath string, id int64) string {
	if parentPath == "" {
		parentPath = "/"
	}
	return parentPath + strconv.FormatInt(id, 10) + "/"
}

// Names returns every name the unit is known by: Name, FullName, Aliases.
func (u *Unit) Names() []string {
	out := []string{u.Name}
	if u.FullName != "" && u.FullName != u.Name {
		out = append(out, u.FullName)
	}
	return append(out, u.Aliases...)
}

// UnitService stores the unit tree.
type UnitService interface {
	// Units returns every unit (retired ones too), ordered by path.
	Units(ctx context.Context) ([]*Unit, error)
	// Unit returns one unit by ID; ENOTFOUND when there is none.
	Unit(ctx context.Context, id int64) (*Unit, error)
	// UnitChildren returns the active units directly below a unit, by code then name.
	UnitChildren(ctx context.Context, id int64) ([]*Unit, error)
	// UnitsBelow returns every active unit in a unit's subtree, the unit itself
	// excluded, ordered by path. ENOTFOUND when there is no such unit.
	UnitsBelow(ctx context.Context, id int64) ([]*Unit, error)
	// UnitByName finds an active unit by any of its names or its code; ENOTFOUND when no unit has it,
	// ECONFLICT when several have it (the message lists them).
	UnitByName(ctx context.Context, name string) (*Unit, error)
	// CreateUnit adds u under u.ParentID and fills ID and Path. EINVALID for a bad
	// kind or missing name, ENOTFOUND for a missing parent, ECONFLICT for a name
	// already used under the same parent.
	CreateUnit(ctx context.Context, u *Unit) error
	// RenameUnit renames a unit, keeping the old name as an alias.
	RenameUnit(ctx context.Context, id int64, name string) error
	// MoveUnit moves a unit and its subtree under another parent. EINVALID when the
	// new parent lies in the unit's own subtree.
	MoveUnit(ctx context.Context, id, parentID int64) error
	// RetireUnit retires a unit; its tasks and history stay.
	RetireUnit(ctx context.Context, id int64) error
}
