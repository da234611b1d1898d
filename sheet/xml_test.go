package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"rollout"
	"rollout/msg"
)

// The tests in this file read workbooks written here at the XML level, the
// way other programs write them, rather than by excelize.

// xc is a cell as written in sheet XML.
type xc struct {
	kind  string // "inline" (t="inlineStr"), "shared" (t="s"), "num" (no t), "str" (t="str", a formula result), "" (no cell)
	text  string
	runs  []string // shared rich text: one <r> per run
	style int      // s attribute
}

func inline(s string) xc       { return xc{kind: "inline", text: s} }
func shared(s string) xc       { return xc{kind: "shared", text: s} }
func num(s string) xc          { return xc{kind: "num", text: s} }
func dateNum(s string) xc      { return xc{kind: "num", text: s, style: 1} }
func rich(runs ...string) xc   { return xc{kind: "shared", runs: runs} }
func formula(s string) xc      { return xc{kind: "str", text: s} }
func row(cells ...xc) []xc     { return cells }
func skip() xc                 { return xc{} }
func esc(s string) string      { var b bytes.Buffer; _ = xml.EscapeText(&b, []byte(s)); return b.String() }
func textElem(s string) string { return `<t xml:space="preserve">` + esc(s) + `</t>` }

// xsheet is a worksheet: rows by number (gaps are rows not written), and
// whether rows and cells carry their r attribute.
type xsheet struct {
	name, state string
	rows        map[int][]xc
	merge       string
	noRefs      bool
	excel       bool // write the markup-compatibility attributes Excel adds to sheets and rows
}

// buildXLSX writes a minimal workbook: content types, relationships, a
// workbook (optionally in the 1904 date system), styles with a date format as
// style 1, shared strings when any cell uses them, and the sheets.
func buildXLSX(t *testing.T, date1904 bool, sheets ...xsheet) []byte {
	t.Helper()
	const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	var sst []string
	sstIndex := map[string]int{}
	files := map[string]string{}
	var sheetList, rels, overrides strings.Builder
	for i, sh := range sheets {
		n := i + 1
		state := ""
		if sh.state != "" {
			state = fmt.Sprintf(` state="%s"`, sh.state)
		}
		fmt.Fprintf(&sheetList, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, esc(sh.name), n, state, n)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, n, n)
		fmt.Fprintf(&overrides, `<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, n)

		var data strings.Builder
		last := 0
		for r := range sh.rows {
			last = max(last, r)
		}
		for r := 1; r <= last; r++ {
			cells, ok := sh.rows[r]
			if !ok {
				if sh.noRefs {
					data.WriteString("<row/>") // without r, every row must be written
				}
				continue
			}
			if sh.noRefs {
				data.WriteString("<row>")
			} else if sh.excel {
				fmt.Fprintf(&data, `<row r="%d" spans="1:%d" ht="28.5" customHeight="1" x14ac:dyDescent="0.25">`, r, max(1, len(cells)))
			} else {
				fmt.Fprintf(&data, `<row r="%d">`, r)
			}
			for c, cell := range cells {
				if cell.kind == "" {
					if sh.noRefs {
						data.WriteString("<c/>")
					}
					continue
				}
				ref := ""
				if !sh.noRefs {
					ref = fmt.Sprintf(` r="%s%d"`, string(rune('A'+c)), r)
				}
				style := ""
				if cell.style != 0 {
					style = fmt.Sprintf(` s="%d"`, cell.style)
				}
				switch cell.kind {
				case "inline":
					fmt.Fprintf(&data, `<c%s%s t="inlineStr"><is>%s</is></c>`, ref, style, textElem(cell.text))
				case "shared":
					key := cell.text + "\x00" + strings.Join(cell.runs, "\x00")
					idx, seen := sstIndex[key]
					if !seen {
						idx = len(sst)
						sstIndex[key] = idx
						if cell.runs != nil {
							var si strings.Builder
							for i, run := range cell.runs {
								if i == 0 {
									si.WriteString(`<r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr>` + textElem(run) + `</r>`)
								} else {
									si.WriteString(`<r>` + textElem(run) + `</r>`)
								}
							}
							sst = append(sst, `<si>`+si.String()+`</si>`)
						} else {
							sst = append(sst, `<si>`+textElem(cell.text)+`</si>`)
						}
					}
					fmt.Fprintf(&data, `<c%s%s t="s"><v>%d</v></c>`, ref, style, idx)
				case "num":
					fmt.Fprintf(&data, `<c%s%s><v>%s</v></c>`, ref, style, cell.text)
				case "str":
					fmt.Fprintf(&data, `<c%s%s t="str"><f>TRIM("%s")</f><v>%s</v></c>`, ref, style, esc(cell.text), esc(cell.text))
				}
			}
			data.WriteString("</row>")
		}
		merge := ""
		if sh.merge != "" {
			merge = fmt.Sprintf(`<mergeCells count="1"><mergeCell ref="%s"/></mergeCells>`, sh.merge)
		}
		root, views := ns, ""
		if sh.excel {
			root += ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3"` +
				` xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"` +
				` xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"` +
				` xr:uid="{00000000-0001-0000-0000-000000000000}"`
			views = `<dimension ref="A1:P8"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>` +
				`<selection pane="bottomLeft" activeCell="G5" sqref="G5"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="13.5" x14ac:dyDescent="0.15"/>`
		}
		files[fmt.Sprintf("xl/worksheets/sheet%d.xml", n)] = fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\r\n"+
			`<worksheet %s>%s<sheetData>%s</sheetData>%s</worksheet>`, root, views, data.String(), merge)
	}
	n := len(sheets)
	fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, n+1)
	types := `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` + overrides.String()
	if len(sst) > 0 {
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`, n+2)
		types += `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
		files["xl/sharedStrings.xml"] = fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+
			`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>`, len(sst), len(sst), strings.Join(sst, ""))
	}
	workbookPr := `<workbookPr/>`
	if date1904 {
		workbookPr = `<workbookPr date1904="1"/>`
	}
	files["[Content_Types].xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` + types + `</Types>`
	files["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	files["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`
	files["xl/workbook.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<workbook ` + ns + `>` + workbookPr + `<sheets>` + sheetList.String() + `</sheets></workbook>`
	files["xl/styles.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
		`<fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts>` +
		`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
		`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
		`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
		`<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
		`<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
		`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
		`</styleSheet>`

	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"} {
		if body, ok := files[name]; ok {
			w, _ := z.Create(name)
			w.Write([]byte(body))
			delete(files, name)
		}
	}
	for i := range sheets {
		name := fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)
		w, _ := z.Create(name)
		w.Write([]byte(files[name]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func metaSheet(kind func(string) xc, unitID, code, name, period string) xsheet {
	return xsheet{name: "meta", state: "hidden", rows: map[int][]xc{
		1: row(kind("format"), kind(TemplateFormat)), 2: row(kind("unit_id"), num(unitID)), 3: row(kind("unit_code"), kind(code)),
		4: row(kind("unit_name"), kind(name)), 5: row(kind("period"), kind(period)),
	}}
}

var templateHeader = []string{"任务编号", "批次", "序号", "改革事项", "职责", "完成时限", "状态", "工作措施及进展", "配套文件名称", "文号", "印发日期", "链接", "是否存在问题", "问题说明", "版本", "校验码"}

func titles(kind func(string) xc, names ...string) []xc {
	out := make([]xc, len(names))
	for i, t := range names {
		out[i] = kind(t)
	}
	return out
}

func TestReadHandWritten(t *testing.T) {
	check := func(id int64, version int) string { return checkCode("440000", "2024Q1", id, version) }
	doc := func(title, no string, y, m, d int, link string) []rollout.Evidence {
		return []rollout.Evidence{{Title: title, DocNo: no, Date: day(y, m, d), Link: link}}
	}
	rep := func(id int64, version int, st rollout.ReportStatus, measures string, ev []rollout.Evidence) rollout.Report {
		return rollout.Report{TaskID: id, Period: "2024Q1", Version: version, Status: st, Measures: measures, Evidence: ev}
	}
	tests := []struct {
		name string
		data []byte
		want []FilledRow
		errs []cellWant
	}{{
		// Inline strings everywhere, keys and versions as numbers, a date as a
		// serial number with a date style, a merged title, rows left out.
		name: "inline strings",
		data: buildXLSX(t, false,
			xsheet{name: ReportSheet, merge: "A1:O1", rows: map[int][]xc{
				1: row(inline("广东省 2024年第1季度 改革试点经验复制推广工作进展报告")),
				2: titles(inline, templateHeader...),
				3: row(num("745"), num("7"), num("1"), inline("工程建设项目审批"), inline("承担"), inline("2024年6月底前"),
					inline("推进中  "), inline("印发实施方案。\n开展培训。"), inline("实施方案"), inline("粤府办〔2024〕3号"), dateNum("45352"),
					inline("https://www.gd.gov.cn/a"), inline("否"), skip(), num("3"), inline(check(745, 3))),
				5: row(inline("T-000746"), skip(), skip(), skip(), skip(), skip(), inline("implemented"), skip(), skip(), skip(), skip(), skip(), skip(), skip(), num("0"), inline(check(746, 0))),
				6: row(),
				9: row(inline("T-000009"), skip(), skip(), skip(), skip(), skip(), skip(), skip(), skip(), skip(), skip(), skip(), skip(), skip(), num("0"), inline(check(9, 0))),
			}},
			metaSheet(inline, "4", "440000", "广东省", "2024Q1"),
		),
		want: []FilledRow{
			{Row: 3, TaskID: 745, Version: 3, Report: rep(745, 3, rollout.StatusInProgress, "印发实施方案。\n开展培训。", doc("实施方案", "粤府办〔2024〕3号", 2024, 3, 1, "https://www.gd.gov.cn/a"))},
			{Row: 5, TaskID: 746, Report: rep(746, 0, rollout.StatusImplemented, "", nil)},
		},
	}, {
		// As Excel writes: shared strings (rich text, _x000D_ escapes), the
		// markup-compatibility attributes on sheet and rows; and the 1904 date
		// system, dates as text and as yyyymmdd, the header below inserted rows,
		// columns reordered and an extra column.
		name: "shared strings, 1904",
		data: buildXLSX(t, true,
			xsheet{name: ReportSheet, merge: "A2:P2", excel: true, rows: map[int][]xc{
				1: row(shared("附件")),
				2: row(shared("广东省 2024年第1季度 改革试点经验复制推广工作进展报告")),
				4: titles(shared, "状态", "任务编号", "备注", "工作措施及进展", "配套文件名称", "文号", "印发日期", "链接", "是否存在问题", "问题说明", "版本", "校验码", "改革事项"),
				5: row(rich("推进", "中"), shared("T-000745"), shared("内部备注"), shared("  已印发方案。_x000D_\n下一步：培训。 "), shared("方案"), skip(), dateNum("43890"),
					skip(), shared("是"), shared("需要协调"), num("3"), shared(check(745, 3)), shared("工程建设项目审批")),
				6: row(shared(" 已落地"), shared("T-000746"), skip(), skip(), shared("通知"), skip(), shared("2024/3/1"), skip(), shared("否"), skip(), num("0"), shared(check(746, 0))),
				7: row(shared("不适用"), shared("T-000009"), skip(), shared("不在推广范围。"), shared("说明"), skip(), shared("2024年3月1日"), skip(), skip(), skip(), num("0"), shared(check(9, 0))),
				8: row(shared("已落地"), num("747"), skip(), skip(), shared("通知"), skip(), num("20240301"), skip(), skip(), skip(), num("0"), shared(check(747, 0))),
			}},
			metaSheet(shared, "4", "440000", "广东省", "2024Q1"),
		),
		want: []FilledRow{
			{Row: 5, TaskID: 745, Version: 3, Report: rollout.Report{TaskID: 745, Period: "2024Q1", Version: 3, Status: rollout.StatusInProgress,
				Measures: "已印发方案。\n下一步：培训。", Problem: true, ProblemText: "需要协调", Evidence: doc("方案", "", 2024, 3, 1, "")}},
			{Row: 6, TaskID: 746, Report: rep(746, 0, rollout.StatusImplemented, "", doc("通知", "", 2024, 3, 1, ""))},
			{Row: 7, TaskID: 9, Report: rep(9, 0, rollout.StatusNA, "不在推广范围。", doc("说明", "", 2024, 3, 1, ""))},
			{Row: 8, TaskID: 747, Report: rep(747, 0, rollout.StatusImplemented, "", doc("通知", "", 2024, 3, 1, ""))},
		},
	}, {
		// No meta sheet and rows and cells without r attributes; full-width
		// digits; formula results; the unit and period from the title and checks.
		name: "no meta, no refs",
		data: buildXLSX(t, false,
			xsheet{name: "Sheet1", noRefs: true, rows: map[int][]xc{
				1: row(inline("广东省2024年第一季度改革试点经验复制推广工作进展报告")),
				2: titles(inline, templateHeader...),
				3: row(inline("Ｔ－０００７４５"), skip(), skip(), skip(), skip(), skip(), formula("持续深化"), inline("深化改革"), skip(), skip(), skip(), skip(), skip(), skip(), inline("３"), formula(check(745, 3))),
				4: row(inline("T-000746"), skip(), skip(), skip(), skip(), skip(), inline("推进种"), skip(), skip(), skip(), dateNum("45352"), skip(), skip(), skip(), num("0"), inline(check(746, 0))),
			}},
		),
		want: []FilledRow{{Row: 3, TaskID: 745, Version: 3, Report: rep(745, 3, rollout.StatusDeepening, "深化改革", nil)}},
		errs: []cellWant{
			{4, "状态", "G4", "状态“推进种”不在可选范围内"},
			{4, "配套文件名称", "I4", "没有填写配套文件名称"},
		},
	}, {
		// A row pasted from another unit's file, next to a good one.
		name: "copied row",
		data: buildXLSX(t, false,
			xsheet{name: ReportSheet, rows: map[int][]xc{
				1: row(shared("广东省 2024年第1季度 改革试点经验复制推广工作进展报告")),
				2: titles(shared, templateHeader...),
				3: row(shared("T-000745"), skip(), skip(), skip(), skip(), skip(), shared("推进中"), skip(), skip(), skip(), skip(), skip(), skip(), skip(), num("3"), shared(check(745, 3))),
				4: row(shared("T-001745"), skip(), skip(), skip(), skip(), skip(), shared("推进中"), skip(), skip(), skip(), skip(), skip(), skip(), skip(), num("0"), shared(checkCode("440100", "2024Q1", 1745, 0))),
			}},
			metaSheet(shared, "4", "440000", "广东省", "2024Q1"),
		),
		want: []FilledRow{{Row: 3, TaskID: 745, Version: 3, Report: rep(745, 3, rollout.StatusInProgress, "", nil)}},
		errs: []cellWant{{4, "任务编号", "A4", "从其他单位（440100）的模板复制来的，不能作为本单位（广东省）的报告导入"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadTemplate(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if got.UnitCode != "440000" || got.Period != "2024Q1" || !strings.Contains("广东省", got.UnitName) {
				t.Errorf("unit and period: %q %q %q", got.UnitCode, got.UnitName, got.Period)
			}
			if !reflect.DeepEqual(got.Rows, tt.want) {
				t.Errorf("rows:\n got %+v\nwant %+v", got.Rows, tt.want)
			}
			if len(got.Errors) != len(tt.errs) {
				t.Fatalf("errors: got %v, want %v", got.Errors, tt.errs)
			}
			for i, e := range got.Errors {
				w := tt.errs[i]
				if e.Row != w.Row || e.Column != w.Column || e.Cell != w.Cell || !strings.Contains(e.Text(msg.ZH), w.Message) {
					t.Errorf("error %d: got %v, want %v", i, e, w)
				}
			}
		})
	}
}
