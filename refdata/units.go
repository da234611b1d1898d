package refdata

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"

	"rollout"
)

var (
	//go:embed provinces.tsv
	provincesTSV []byte
	//go:embed cities.tsv
	citiesTSV []byte
	//go:embed counties.tsv
	countiesTSV []byte
	//go:embed ftz_areas.tsv
	ftzAreasTSV []byte
	//go:embed central_units.tsv
	centralUnitsTSV []byte
)

// UnitSpec is a unit of the reference tree before it is stored: parents are
// named by Key, which is stable across loads (the statistical code for
// governments, a code made here for FTZs and their areas, the name for central
// units).
type UnitSpec struct {
	Key         string
	Code        string
	Name        string
	FullName    string
	Kind        rollout.UnitKind
	ParentKey   string // "" for the root
	ProvinceKey string // the province the unit is located in; "" for central units
	Coastal     bool
	HasFTZ      bool
	Aliases     []string
}

// StateCouncilKey is the root of the tree.
const StateCouncilKey = "国务院"

// Units returns the reference tree, parents before children: the State Council;
// the central units named in 国函〔2023〕56号; the 31 provincial-level
// governments; their prefecture-level cities and county-level units (2023
// statistical codes, statistical areas included; a city without counties is
// not repeated as a county); the 22 Free Trade Zones and
// their areas. Counties of the statistical pseudo-cities (the municipalities'
// 市辖区/县, 省直辖县级行政区划) hang directly under their province.
func Units() ([]UnitSpec, error) {
	var out []UnitSpec
	central, err := readTSV("central_units.tsv", centralUnitsTSV, 7)
	if err != nil {
		return nil, err
	}
	for _, r := range central {
		kind := rollout.UnitKind(r[2])
		if kind == rollout.KindStateCouncil {
			out = append([]UnitSpec{{Key: r[0], Name: r[0], FullName: r[1], Kind: kind}}, out...)
			continue
		}
		if !kind.Valid() {
			return nil, fmt.Errorf("central_units.tsv: unit %s has unknown kind %q", r[0], r[2])
		}
		out = append(out, UnitSpec{Key: r[0], Name: r[0], FullName: r[1], Kind: kind, ParentKey: StateCouncilKey})
	}
	if len(out) == 0 || out[0].Key != StateCouncilKey {
		return nil, fmt.Errorf("central_units.tsv: no row for %s", StateCouncilKey)
	}

	provinces, err := readTSV("provinces.tsv", provincesTSV, 7)
	if err != nil {
		return nil, err
	}
	short := map[string]string{} // province code → short name
	for _, r := range provinces {
		code, name := r[0], r[1]
		short[code] = r[2]
		out = append(out, UnitSpec{Key: code, Code: code, Name: name, FullName: name + "人民政府",
			Kind: rollout.KindProvince, ParentKey: StateCouncilKey, ProvinceKey: code,
			Coastal: r[4] == "true", HasFTZ: r[5] == "true", Aliases: []string{r[2]}})
	}

	cities, err := readTSV("cities.tsv", citiesTSV, 3)
	if err != nil {
		return nil, err
	}
	cityParent := map[string]string{} // city code → key counties hang under
	for _, r := range cities {
		code, name, prov := r[0], r[1], r[2]
		if _, ok := short[prov]; !ok {
			return nil, fmt.Errorf("cities.tsv: city %s names unknown province %s", code, prov)
		}
		if isPseudoCity(name) {
			cityParent[code] = prov
			continue
		}
		cityParent[code] = code
		out = append(out, UnitSpec{Key: code, Code: code, Name: name, FullName: name + "人民政府",
			Kind: rollout.KindCity, ParentKey: prov, ProvinceKey: prov})
	}

	counties, err := readTSV("counties.tsv", countiesTSV, 4)
	if err != nil {
		return nil, err
	}
	for _, r := range counties {
		code, name, city, prov := r[0], r[1], r[2], r[3]
		parent, ok := cityParent[city]
		if !ok {
			return nil, fmt.Errorf("counties.tsv: county %s names unknown city %s", code, city)
		}
		if code == city {
			continue // 东莞, 中山, 儋州: a city without counties, listed again as its own county
		}
		out = append(out, UnitSpec{Key: code, Code: code, Name: name, FullName: name + "人民政府",
			Kind: rollout.KindCounty, ParentKey: parent, ProvinceKey: prov})
	}

	areas, err := readTSV("ftz_areas.tsv", ftzAreasTSV, 10)
	if err != nil {
		return nil, err
	}
	ftzSeen := map[string]bool{}
	areaCount := map[string]int{}
	for _, r := range areas {
		full, name, prov, area := r[0], r[1], r[2], r[4]
		if _, ok := short[prov]; !ok {
			return nil, fmt.Errorf("ftz_areas.tsv: FTZ %s names unknown province %s", full, prov)
		}
		ftzKey := "FTZ" + prov[:2]
		if !ftzSeen[ftzKey] {
			ftzSeen[ftzKey] = true
			out = append(out, UnitSpec{Key: ftzKey, Code: ftzKey, Name: name, FullName: full,
				Kind: rollout.KindFTZ, ParentKey: prov, ProvinceKey: prov,
				Aliases: []string{short[prov] + "自贸区"}})
		}
		areaCount[ftzKey]++
		areaKey := fmt.Sprintf("%s-%02d", ftzKey, areaCount[ftzKey])
		out = append(out, UnitSpec{Key: areaKey, Code: areaKey, Name: areaName(area), FullName: full + areaName(area),
			Kind: rollout.KindFTZArea, ParentKey: ftzKey, ProvinceKey: prov})
	}
	return out, nil
}

// isPseudoCity reports whether a cities.tsv row is a statistical grouping rather
// than a prefecture-level government.
func isPseudoCity(name string) bool {
	return name == "市辖区" || name == "县" || strings.HasSuffix(name, "直辖县级行政区划")
}

// areaName shortens the one composite area row (Shanghai's four customs zones)
// to a name people use, and keeps every other area name as it is.
func areaName(s string) string {
	if i := strings.Index(s, "("); i > 0 && strings.Contains(s, "/") {
		return "保税区片区（" + s[:i] + "）"
	}
	return s
}

// readTSV reads a reference table, checking its header and field count.
func readTSV(name string, b []byte, fields int) ([][]string, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = '\t'
	r.FieldsPerRecord = fields
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) < 2 {
		return nil, fmt.Errorf("%s: no rows", name)
	}
	return rows[1:], nil
}

//go:embed provincial_departments.tsv
var provincialDepartmentsTSV []byte

// ProvincialDepartments returns the departments and bodies every
// provincial-level government has (provincial_departments.tsv), for
// rollout.PlanCascadeWith to resolve a province's re-issue by.
func ProvincialDepartments() []rollout.StandardDepartment {
	var out []rollout.StandardDepartment
	for i, l := range strings.Split(string(provincialDepartmentsTSV), "\n") {
		l = strings.TrimRight(l, "\r")
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "name\t") {
			continue
		}
		name, aliases, _ := strings.Cut(l, "\t")
		d := rollout.StandardDepartment{Name: name}
		if aliases != "" {
			d.Aliases = strings.Split(aliases, "、")
		}
		if d.Name == "" {
			panic(fmt.Sprintf("provincial_departments.tsv:%d: no name", i+1))
		}
		out = append(out, d)
	}
	return out
}
