package rollout

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
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
	// Version counts the unit's changes (rename, move, retire); a change names
	// the version it was decided on.
	Version int64 `json:"version"`
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
	// UnitsByID returns the units with these IDs, by ID, in one read (a
	// matrix's or a list's units, to decide what the caller may see); IDs
	// of no unit are left out.
	UnitsByID(ctx context.Context, ids []int64) (map[int64]*Unit, error)
	// UnitChildren returns the active units directly below a unit, by code then name.
	UnitChildren(ctx context.Context, id int64) ([]*Unit, error)
	// UnitsBelow returns every active unit in a unit's subtree, the unit itself
	// excluded, ordered by path. ENOTFOUND when there is no such unit.
	UnitsBelow(ctx context.Context, id int64) ([]*Unit, error)
	// UnitByName finds an active unit by any of its names or its code; ENOTFOUND when no unit has it,
	// ECONFLICT when several have it (the message lists them).
	UnitByName(ctx context.Context, name string) (*Unit, error)
	// CreateUnit adds u under u.ParentID (DecideCreateUnit) and fills ID, Path
	// and Version. EINVALID for a bad kind or a missing or too long name,
	// ENOTFOUND for a missing parent, ECONFLICT for a name already used under
	// the same parent.
	CreateUnit(ctx context.Context, u *Unit) error
	// RenameUnit renames a unit read at version, keeping the old name as an
	// alias (DecideRenameUnit); *UnitConflict when it is stored at another version.
	RenameUnit(ctx context.Context, id, version int64, name string) error
	// MoveUnit moves a unit read at version and its subtree under another parent
	// (DecideMoveUnit). EINVALID when the new parent lies in the unit's own
	// subtree; *UnitConflict when it is stored at another version.
	MoveUnit(ctx context.Context, id, version, parentID int64) error
	// RetireUnit retires a unit read at version (DecideRetireUnit); its tasks and
	// history stay.
	RetireUnit(ctx context.Context, id, version int64) error
}

// Bounds of a unit's text, whatever the entry point (the command line, a
// re-issue that creates units, the reference data): the longest name in the
// reference tree is under 30 characters.
const (
	MaxUnitName     = 100 // characters of Name and of each alias
	MaxUnitFullName = 200 // characters of FullName
	MaxUnitCode     = 32  // characters of Code
	MaxUnitAliases  = 50  // aliases given when a unit is created
)

// UnitConflict is the ECONFLICT of a change made to an old version of a unit:
// Current is the unit as stored now, so that the administrator sees what
// changed before deciding again.
type UnitConflict struct {
	Current *Unit
}

func (e *UnitConflict) Error() string { return e.Unwrap().Error() }

// Unwrap lets ErrorCode and ErrorText see it as an ECONFLICT *Error.
func (e *UnitConflict) Unwrap() error {
	return E(ECONFLICT, "err.units.stale", e.Current.Name, e.Current.Version)
}

// checkUnitName trims a unit name and checks it against the bounds.
func checkUnitName(name string) (string, error) {
	name = strings.TrimSpace(name)
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		return "", E(EINVALID, "err.units.name_missing")
	case n > MaxUnitName:
		return "", E(EINVALID, "err.units.name_too_long", MaxUnitName, n)
	}
	return name, nil
}

// DecideCreateUnit decides adding u under parent, the stored unit named by
// u.ParentID (nil when there is none). It returns the unit to store: its
// text trimmed, its province that of its parent unless given, its aliases
// without blanks and repeats, version 1. EINVALID for a missing or too long
// name, a full name, code or alias beyond the bounds, an unknown kind or no
// parent named; ENOTFOUND for a parent that does not exist or is retired.
// A name already used under the parent is storage's to find (a unique key).
func DecideCreateUnit(parent *Unit, u Unit) (Unit, error) {
	name, err := checkUnitName(u.Name)
	if err != nil {
		return Unit{}, err
	}
	u.Name = name
	u.FullName = strings.TrimSpace(u.FullName)
	u.Code = strings.TrimSpace(u.Code)
	if n := utf8.RuneCountInString(u.FullName); n > MaxUnitFullName {
		return Unit{}, E(EINVALID, "err.units.full_name_too_long", MaxUnitFullName, n)
	}
	if n := utf8.RuneCountInString(u.Code); n > MaxUnitCode {
		return Unit{}, E(EINVALID, "err.units.code_too_long", MaxUnitCode, n)
	}
	if len(u.Aliases) > MaxUnitAliases {
		return Unit{}, E(EINVALID, "err.units.too_many_aliases", MaxUnitAliases, len(u.Aliases))
	}
	var aliases []string
	for _, a := range u.Aliases {
		a = strings.TrimSpace(a)
		if a == "" || a == u.Name || slices.Contains(aliases, a) {
			continue
		}
		if n := utf8.RuneCountInString(a); n > MaxUnitName {
			return Unit{}, E(EINVALID, "err.units.alias_too_long", MaxUnitName, n)
		}
		aliases = append(aliases, a)
	}
	u.Aliases = aliases
	if !u.Kind.Valid() {
		return Unit{}, E(EINVALID, "err.units.bad_kind", string(u.Kind))
	}
	if u.ParentID == 0 {
		return Unit{}, E(EINVALID, "err.units.parent_missing")
	}
	if parent == nil || parent.Retired() {
		return Unit{}, E(ENOTFOUND, "err.units.parent_gone", u.ParentID)
	}
	if u.ProvinceID == 0 {
		u.ProvinceID = parent.ProvinceID
	}
	u.ID, u.Path, u.RetiredAt, u.Version = 0, "", nil, 1
	return u, nil
}

// checkUnitVersion refuses a change made to another version than the stored one.
func checkUnitVersion(u *Unit, version int64) error {
	if version != u.Version {
		return &UnitConflict{Current: u}
	}
	return nil
}

// DecideRenameUnit decides renaming u, read at version, to name. It returns
// the trimmed name and whether anything changes (the same name changes
// nothing). EINVALID for a missing or too long name; *UnitConflict when u is
// stored at another version.
func DecideRenameUnit(u *Unit, version int64, name string) (string, bool, error) {
	name, err := checkUnitName(name)
	if err != nil {
		return "", false, err
	}
	if err := checkUnitVersion(u, version); err != nil {
		return "", false, err
	}
	return name, name != u.Name, nil
}

// DecideMoveUnit decides moving u, read at version, with its subtree under
// parent (nil when the unit named does not exist). It reports whether
// anything changes (the same parent changes nothing). ENOTFOUND for a parent
// that does not exist or is retired; EINVALID for a parent in u's own
// subtree; *UnitConflict when u is stored at another version.
func DecideMoveUnit(u *Unit, version int64, parentID int64, parent *Unit) (bool, error) {
	if parent == nil || parent.Retired() {
		return false, E(ENOTFOUND, "err.units.new_parent_gone", parentID)
	}
	if parent.Within(u) {
		return false, E(EINVALID, "err.units.move_into_own", u.Name, parent.Name)
	}
	if err := checkUnitVersion(u, version); err != nil {
		return false, err
	}
	return parent.ID != u.ParentID, nil
}

// DecideRetireUnit decides retiring u, read at version: its tasks and history
// stay. It reports whether anything changes (a retired unit stays as it is).
// *UnitConflict when u is stored at another version.
func DecideRetireUnit(u *Unit, version int64) (bool, error) {
	if err := checkUnitVersion(u, version); err != nil {
		return false, err
	}
	return !u.Retired(), nil
}
