package sheet

import (
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rollout"
)

// The indicator columns: written with the stored values, read back the same;
// a value typed is read; a value that is no number, or for an indicator the
// item does not have, is an error of its cell; a file without the columns
// reads as nil values, which keeps those stored.
func TestTemplateIndicators(t *testing.T) {
	tasks, current := fixture()
	tasks[0].ItemID, tasks[1].ItemID, tasks[2].ItemID = 101, 102, 103
	inds := map[int64][]*rollout.Indicator{
		101: {{ID: 11, ItemID: 101, Name: "审批时长中位数", Measure: "工作日"}, {ID: 12, ItemID: 101, Name: "网办率", Measure: "%"}},
		102: {{ID: 21, ItemID: 102, Name: "自助打印占比", Measure: "%"}},
	}
	current[745].Values = []rollout.IndicatorValue{{IndicatorID: 11, Value: 15}, {IndicatorID: 12, Value: 87.5}}
	data, err := TemplateWithIndicators(guangdong, "2024Q1", tasks, current, inds, now)
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string]string{"Q2": "指标编号", "R2": "指标1", "S2": "指标1数值", "U2": "指标2数值",
		"Q3": "11,12", "R3": "审批时长中位数（工作日）", "S3": "15", "U3": "87.5", "Q4": "21", "T4": "", "Q5": ""} {
		if got, _ := f.GetCellValue(ReportSheet, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if vis, _ := f.GetColVisible(ReportSheet, "Q"); vis {
		t.Error("指标编号 is visible")
	}
	f.Close()

	// Read back unchanged: the stored values.
	got := read(t, data)
	if len(got.Errors) != 0 || len(got.Rows) != 2 {
		t.Fatalf("rows %+v errors %v", got.Rows, got.Errors)
	}
	if !reflect.DeepEqual(got.Rows[0].Report.Values, current[745].Values) || got.Rows[1].Report.Values == nil || len(got.Rows[1].Report.Values) != 0 {
		t.Errorf("values read back: %+v, %+v", got.Rows[0].Report.Values, got.Rows[1].Report.Values)
	}
	if !SameAsStored(&got.Rows[0].Report, current[745]) {
		t.Error("an unchanged row differs from the stored report")
	}

	// Typed: a value (with a thousands separator, as WPS may show it), a row
	// filled only by its value, and two wrong cells.
	filled := edit(t, data, func(f *excelize.File) {
		set(t, f, "S3", "1,200", "S4", "66", "U4", "3", "S5", "x")
	})
	got = read(t, filled)
	var cells []string
	for _, e := range got.Errors {
		cells = append(cells, e.Cell+" "+e.Column)
	}
	if strings.Join(cells, "; ") != "U4 指标2数值; G5 状态; S5 指标1数值" { // task 9 has no status yet either
		t.Errorf("errors: %v", got.Errors)
	}
	if len(got.Rows) != 1 || got.Rows[0].TaskID != 745 || got.Rows[0].Report.Values[0] != (rollout.IndicatorValue{IndicatorID: 11, Value: 1200}) {
		t.Errorf("rows: %+v", got.Rows)
	}
	if SameAsStored(&got.Rows[0].Report, current[745]) {
		t.Error("a changed value reads as unchanged")
	}
	fixed := edit(t, filled, func(f *excelize.File) { set(t, f, "U4", "", "S5", "") })
	got = read(t, fixed)
	if len(got.Errors) != 0 || len(got.Rows) != 2 || got.Rows[1].TaskID != 746 || got.Rows[1].Report.Values[0] != (rollout.IndicatorValue{IndicatorID: 21, Value: 66}) {
		t.Errorf("after the fix: rows %+v errors %v", got.Rows, got.Errors)
	}

	// Without indicator columns: nil, which keeps the stored values.
	plain := read(t, template(t, guangdong))
	for _, r := range plain.Rows {
		if r.Report.Values != nil {
			t.Errorf("a file without indicator columns gives values %+v", r.Report.Values)
		}
	}
	if !SameAsStored(&plain.Rows[0].Report, current[745]) {
		t.Error("a row of a file without indicator columns differs from the stored report by its values")
	}
}

// Indicator columns as other programs write them (shared strings as WPS and
// Excel, a value as a formula result, a full-width number, columns reordered).
func TestReadHandWrittenIndicators(t *testing.T) {
	check := func(id int64, version int) string { return checkCode("440000", "2024Q1", id, version) }
	header := append(append([]string{}, templateHeader...), "指标2数值", "指标编号", "指标1", "指标1数值", "指标2")
	data := buildXLSX(t, false,
		xsheet{name: ReportSheet, excel: true, rows: map[int][]xc{
			1: row(shared("广东省 2024年第1季度 改革试点经验复制推广工作进展报告")),
			2: titles(shared, header...),
			3: row(shared("T-000745"), skip(), skip(), skip(), skip(), skip(), shared("推进中"), skip(), skip(), skip(), skip(), skip(), skip(), skip(), num("3"), shared(check(745, 3)),
				formula("87.5"), shared("11,12"), shared("审批时长中位数（工作日）"), shared("１５"), shared("网办率（%）")),
			4: row(shared("T-000746"), skip(), skip(), skip(), skip(), skip(), shared("已落地"), skip(), skip(), skip(), skip(), skip(), skip(), skip(), num("0"), shared(check(746, 0)),
				skip(), shared("21"), shared("自助打印占比（%）"), skip(), skip()),
		}},
		metaSheet(shared, "4", "440000", "广东省", "2024Q1"),
	)
	got := read(t, data)
	if len(got.Errors) != 0 || len(got.Rows) != 2 {
		t.Fatalf("rows %+v errors %v", got.Rows, got.Errors)
	}
	want := []rollout.IndicatorValue{{IndicatorID: 11, Value: 15}, {IndicatorID: 12, Value: 87.5}}
	if !reflect.DeepEqual(got.Rows[0].Report.Values, want) || got.Rows[1].Report.Values == nil || len(got.Rows[1].Report.Values) != 0 {
		t.Errorf("values: %+v; %+v", got.Rows[0].Report.Values, got.Rows[1].Report.Values)
	}
}
