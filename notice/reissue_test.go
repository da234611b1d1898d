package notice

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"rollout"
)

const (
	gdText    = "testdata/reissue-gd-2023-211.txt"
	gdHTML    = "testdata/reissue-gd-2023-211.html"
	szInline  = "testdata/reissue-sz-2023-97.txt"
	gzMeasure = "testdata/reissue-gz-measures.md"
)

func mustParseReissue(t *testing.T, src []byte) *rollout.Reissue {
	t.Helper()
	r, err := ParseReissue(src)
	if err != nil {
		t.Fatalf("ParseReissue: %v", err)
	}
	return r
}

// codes returns the diagnostic codes of r, each once, in order.
func codes(r *rollout.Reissue) []string {
	var out []string
	for _, d := range r.Diagnostics {
		if !slices.Contains(out, d.Code) {
			out = append(out, d.Code)
		}
	}
	return out
}

func rdiags(r *rollout.Reissue, code string) []rollout.Diagnostic {
	var ds []rollout.Diagnostic
	for _, d := range r.Diagnostics {
		if d.Code == code {
			ds = append(ds, d)
		}
	}
	return ds
}

func TestParseReissueTable(t *testing.T) {
	r := mustParseReissue(t, readFile(t, gdText))
	if r.Title != "广东省人民政府办公厅关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知" ||
		r.DocNo != "粤办函〔2023〕211号" || r.Format != rollout.FormatText {
		t.Errorf("header = %q, %q, %q", r.Title, r.DocNo, r.Format)
	}
	if len(r.Rows) != 24 {
		t.Fatalf("got %d rows, want 24", len(r.Rows))
	}
	for i, row := range r.Rows {
		if row.Seq != i+1 || row.ItemName == "" || row.Measures == "" || len(row.Lead) == 0 || row.Deadline == "" {
			t.Errorf("row %d = %+v", i+1, row)
		}
	}
	tests := []struct {
		seq  int
		want rollout.ReissueRow
	}{
		{1, rollout.ReissueRow{Line: 20, Seq: 1, ItemName: "推进工程建设项目审批“三化”改革",
			Lead: []string{"省住房城乡建设厅"}, Co: []string{"省政务服务数据管理局", "各地级以上市人民政府"},
			Deadline: "2023年12月底前", Deliverable: "工作方案、典型案例"}},
		{4, rollout.ReissueRow{Line: 23, Seq: 4, ItemName: "水路运输危险货物“谎报匿报四步稽查法”",
			Lead: []string{"广东海事局"}, Co: []string{"省交通运输厅"}, Deadline: "持续推进"}},
		{13, rollout.ReissueRow{Line: 34, Seq: 13, ItemName: "科创企业票据融资新模式", // after the repeated header
			Lead: []string{"人民银行广东省分行"}, Co: []string{"省科技厅", "省工业和信息化厅"},
			Deadline: "2024年6月底前", Deliverable: "科创企业名单"}},
		{14, rollout.ReissueRow{Line: 35, Seq: 14, ItemName: "知识产权质押融资模式创新",
			Lead: []string{"省知识产权局", "人民银行广东省分行"}, Co: []string{"广东金融监管局", "各地级以上市人民政府"},
			Deadline: "持续推进", Deliverable: "典型案例"}},
		{21, rollout.ReissueRow{Line: 42, Seq: 21, ItemName: "知识产权类案件“简案快办”",
			Lead: []string{"省法院"}, Deadline: "持续推进"}}, // — cells are empty
	}
	for _, tt := range tests {
		got := r.Rows[tt.seq-1]
		got.Measures = ""
		if !equalRow(got, tt.want) {
			t.Errorf("row %d =\n %+v\nwant\n %+v", tt.seq, got, tt.want)
		}
	}
	if got := codes(r); !slices.Equal(got, []string{"text-unread", "header-repeated"}) {
		t.Errorf("diagnostics %v", r.Diagnostics)
	}
	if d := rdiags(r, "header-repeated"); len(d) != 1 || d[0].Line != 33 {
		t.Errorf("header-repeated = %+v", d)
	}
}

func equalRow(a, b rollout.ReissueRow) bool {
	return a.Line == b.Line && a.Seq == b.Seq && a.ItemName == b.ItemName && a.Measures == b.Measures &&
		slices.Equal(a.Lead, b.Lead) && slices.Equal(a.Co, b.Co) && a.Deadline == b.Deadline &&
		a.Deliverable == b.Deliverable && a.Contact == b.Contact && a.Notes == b.Notes
}

// The web page reads into the same rows as the text: domain rows across the
// table, units on separate lines of a cell and a lead cell spanning two rows
// change nothing.
func TestParseReissueHTMLMatchesText(t *testing.T) {
	text := mustParseReissue(t, readFile(t, gdText))
	page := mustParseReissue(t, readFile(t, gdHTML))
	if page.Format != rollout.FormatHTML || page.Title != text.Title || page.DocNo != text.DocNo {
		t.Errorf("page header = %q, %q, %q", page.Format, page.Title, page.DocNo)
	}
	if len(page.Rows) != len(text.Rows) {
		t.Fatalf("page has %d rows, text %d", len(page.Rows), len(text.Rows))
	}
	for i := range text.Rows {
		a, b := text.Rows[i], page.Rows[i]
		b.Line = a.Line
		if !equalRow(a, b) {
			t.Errorf("row %d:\n text %+v\n page %+v", i+1, a, b)
		}
	}
	if page.Rows[0].Line != 27 {
		t.Errorf("first row at line %d, want 27", page.Rows[0].Line)
	}
	for _, d := range page.Diagnostics {
		if d.Level != rollout.LevelInfo {
			t.Errorf("diagnostic %+v", d)
		}
	}
}

func TestParseReissueInline(t *testing.T) {
	r := mustParseReissue(t, readFile(t, szInline))
	if r.Title != "深圳市人民政府办公厅关于印发深圳市复制推广自由贸易试验区第七批改革试点经验工作方案的通知" || r.DocNo != "深府办函〔2023〕97号" {
		t.Errorf("header = %q, %q", r.Title, r.DocNo)
	}
	want := []rollout.ReissueRow{
		{Line: 21, Seq: 1, ItemName: "推广工程建设项目审批统一化、标准化、信息化",
			Measures: "依托市工程建设项目审批管理系统，统一审批事项名称、受理条件和申请材料，全面推行电子证照。",
			Lead:     []string{"市住房建设局"}, Co: []string{"市政务服务数据管理局", "各区人民政府"}, Deadline: "2024年6月底前"},
		{Line: 22, Seq: 2, ItemName: "复制出口货物检验检疫证单“云签发”平台", Measures: "配合海关推广证书“云签发”和企业自助打印。",
			Lead: []string{"市商务局"}, Co: []string{"深圳海关"}},
		// 下同 of line 22
		{Line: 23, Seq: 3, ItemName: "推广“航空货运电子化”", Measures: "推动机场货站与航空公司数据实时互联互通，推广航空货运电子运单。",
			Lead: []string{"市商务局"}, Co: []string{"深圳海关"}},
		{Line: 25, Seq: 4, ItemName: "推广海事政务闭环管理", Measures: "配合深圳海事局推行不见面受理、邮寄发证。",
			Lead: []string{"市交通运输局"}, Co: []string{"深圳海事局"}},
		// the assignment on the next line
		{Line: 26, Seq: 5, ItemName: "应用电子劳动合同信息便捷办理人力资源社会保障业务",
			Lead: []string{"市人力资源保障局"}, Co: []string{"各区人民政府"}, Deadline: "2023年12月底前"},
		{Line: 28, Seq: 6, ItemName: "落实医药招采价格调控机制", Lead: []string{"市医保局"}, Co: []string{"市卫健委"}},
		// 下同 on the heading of line 29, in short form
		{Line: 30, Seq: 7, ItemName: "支持开展动产质押融资业务", Lead: []string{"市地方金融监管局"}, Co: []string{"人民银行深圳市分行", "深圳金融监管局"}},
		{Line: 31, Seq: 8, ItemName: "推广科创企业票据融资新模式", Lead: []string{"市地方金融监管局"}, Co: []string{"人民银行深圳市分行", "深圳金融监管局"}},
		{Line: 32, Seq: 9, ItemName: "推广知识产权质押融资模式创新", Lead: []string{"市市场监管局（市知识产权局）", "市地方金融监管局"}, Co: []string{"各区人民政府"}},
		// 下同 on the heading of line 33
		{Line: 34, Seq: 10, ItemName: "推广专利开放许可新模式", Lead: []string{"市市场监管局"}},
		{Line: 35, Seq: 11, ItemName: "推进知识产权服务业集聚发展", Lead: []string{"市市场监管局"}, Co: []string{"前海管理局", "福田区人民政府"},
			Deliverable: "工作报告", Notes: "督办：市政府督查室"},
		// another assignment ended 下同: no units
		{Line: 36, Seq: 12, ItemName: "推广知识产权纠纷调解优先机制"},
		// the assignment runs on to line 38
		{Line: 37, Seq: 13, ItemName: "推广知识产权海外侵权责任险", Lead: []string{"市市场监管局"},
			Co: []string{"深圳金融监管局", "市商务局", "市中小企业服务局", "市地方金融监管局"}},
	}
	if len(r.Rows) != len(want) {
		t.Fatalf("got %d rows, want %d: %+v", len(r.Rows), len(want), r.Rows)
	}
	for i := range want {
		if !equalRow(r.Rows[i], want[i]) {
			t.Errorf("row %d =\n %+v\nwant\n %+v", i+1, r.Rows[i], want[i])
		}
	}
	lines := func(code string) []int {
		var out []int
		for _, d := range rdiags(r, code) {
			out = append(out, d.Line)
		}
		return out
	}
	for code, want := range map[string][]int{
		"carry-forward":   {23, 30, 31, 34},
		"task-unassigned": {36},
		"notation-field":  {35},
		"units-empty":     nil, // task-unassigned says it
	} {
		if got := lines(code); !slices.Equal(got, want) {
			t.Errorf("%s at lines %v, want %v", code, got, want)
		}
	}
	// The 保障措施 part is no task: its lines are reported as unread.
	if d := rdiags(r, "text-unread"); len(d) == 0 || d[len(d)-1].Line != 40 {
		t.Errorf("text-unread = %+v", d)
	}
}

func TestParseReissueMeasures(t *testing.T) {
	r := mustParseReissue(t, readFile(t, gzMeasure))
	if r.Title != "广州市复制推广自由贸易试验区第七批改革试点经验工作措施分工表" || r.DocNo != "" {
		t.Errorf("header = %q, %q", r.Title, r.DocNo)
	}
	want := []rollout.ReissueRow{
		{Line: 7, Seq: 1, ItemName: "推进工程建设项目审批统一化、标准化、信息化", Measures: "依托市工程建设项目联合审批平台推行电子证照",
			Lead: []string{"市住房城乡建设局"}, Co: []string{"市政务服务数据管理局", "各区人民政府"},
			Contact: "李明 020-83123456", Notes: "省牵头单位：省住房城乡建设厅；责任处室：审批处"},
		{Line: 8, Seq: 2, ItemName: "推广出口货物检验检疫证单“云签发”平台", Measures: "配合广州海关推广证书自助打印",
			Lead: []string{"市商务局"}, Co: []string{"广州海关"}, Contact: "王芳 020-83234567", Notes: "省牵头单位：省商务厅；责任处室：口岸处"},
		{Line: 9, Seq: 3, ItemName: "推广航空货运电子化", Measures: "推动白云机场货站与航空公司数据互联互通",
			Lead: []string{"市交通运输局"}, Co: []string{"市商务局"}, Notes: "省牵头单位：省交通运输厅；责任处室：航空处"},
		{Line: 10, Seq: 3, ItemName: "推广航空货运电子化", Measures: "推广航空货运电子运单",
			Lead: []string{"市商务局"}, Contact: "王芳 020-83234567", Notes: "省牵头单位：省交通运输厅；责任处室：口岸处"},
		{Line: 11, Seq: 14, ItemName: "推进知识产权质押融资模式创新", Measures: "建设知识产权质押融资服务平台",
			Lead: []string{"市市场监管局"}, Co: []string{"市地方金融监管局", "各区人民政府"},
			Contact: "张伟 020-83345678", Notes: "省牵头单位：省知识产权局；责任处室：知识产权处"},
	}
	if len(r.Rows) != len(want) {
		t.Fatalf("got %d rows, want %d", len(r.Rows), len(want))
	}
	for i := range want {
		if !equalRow(r.Rows[i], want[i]) {
			t.Errorf("row %d =\n %+v\nwant\n %+v", i+1, r.Rows[i], want[i])
		}
	}
	if got := codes(r); !slices.Equal(got, []string{"docno-missing", "text-unread", "column-item", "column-upper", "unit-space"}) {
		t.Errorf("codes %v", got)
	}
}

// Small documents, one feature each.
func TestParseReissueForms(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		want   []rollout.ReissueRow // Line, Seq, ItemName, Lead, Co, Deadline, Deliverable, Contact, Notes compared; Measures too
		codes  []string             // diagnostic codes, each once, in order
		format string
	}{
		{
			name: "inline, half-width brackets and separators",
			src:  "1. 推广专利开放许可新模式(牵头单位:省知识产权局;责任单位:省市场监管局,省科技厅;完成时限:2024年6月底前)\n",
			want: []rollout.ReissueRow{{Line: 1, Seq: 1, ItemName: "推广专利开放许可新模式",
				Lead: []string{"省知识产权局"}, Co: []string{"省市场监管局", "省科技厅"}, Deadline: "2024年6月底前"}},
			codes: []string{"docno-missing", "title-missing"},
		},
		{
			name: "（下同） in brackets of its own; a 文号 quoted in the text is not the document's",
			src: "为落实国函〔2023〕56号文件，分工如下：\n" +
				"1．推广航空货运电子化（牵头单位：市商务局）（下同）\n2．推广海事政务闭环管理\n",
			want: []rollout.ReissueRow{
				{Line: 2, Seq: 1, ItemName: "推广航空货运电子化", Lead: []string{"市商务局"}},
				{Line: 3, Seq: 2, ItemName: "推广海事政务闭环管理", Lead: []string{"市商务局"}},
			},
			codes: []string{"docno-missing", "title-missing", "text-unread", "carry-forward"},
		},
		{
			name: "a web page without a title in its text",
			src: `<html><head><title>某市复制推广工作任务分工表</title></head><body><table><tr><th>序号</th><th>改革事项</th><th>牵头单位</th></tr>` +
				`<tr><td>1</td><td>航空货运电子化</td><td>市商务局</td></tr></table></body></html>`,
			want:   []rollout.ReissueRow{{Line: 1, Seq: 1, ItemName: "航空货运电子化", Lead: []string{"市商务局"}}},
			codes:  []string{"docno-missing", "title-from-page"},
			format: rollout.FormatHTML,
		},
		{
			name: "duty suffixes are no units",
			src: "（一）推广航空货运电子化。（牵头单位：省交通运输厅；责任单位：省商务厅、各地级以上市人民政府按职责分工落实）\n" +
				"（二）推广海事政务闭环管理。（牵头单位：广东海事局；责任单位：省交通运输厅，各地级以上市人民政府分别负责）\n" +
				"（三）推广专利导航。（省知识产权局牵头，省工业和信息化厅、各地级以上市人民政府按职责分工负责）\n",
			want: []rollout.ReissueRow{
				{Line: 1, Seq: 1, ItemName: "推广航空货运电子化", Lead: []string{"省交通运输厅"}, Co: []string{"省商务厅", "各地级以上市人民政府"}},
				{Line: 2, Seq: 2, ItemName: "推广海事政务闭环管理", Lead: []string{"广东海事局"}, Co: []string{"省交通运输厅", "各地级以上市人民政府"}},
				{Line: 3, Seq: 3, ItemName: "推广专利导航", Lead: []string{"省知识产权局"}, Co: []string{"省工业和信息化厅", "各地级以上市人民政府"}},
			},
			codes: []string{"docno-missing", "title-missing"},
		},
		{
			name: "下同 carries until another assignment; 一、 numbering; brackets in a unit name",
			src: "关于印发某市复制推广工作方案的通知\n" +
				"一、推广航空货运电子化。（牵头单位：市商务局，下同；责任单位：各县（市、区）人民政府）\n" +
				"二、推广海事政务闭环管理。\n" +
				"三、推广专利开放许可新模式。（牵头单位：市市场监管局）\n",
			want: []rollout.ReissueRow{
				{Line: 2, Seq: 1, ItemName: "推广航空货运电子化", Lead: []string{"市商务局"}, Co: []string{"各县（市、区）人民政府"}},
				{Line: 3, Seq: 2, ItemName: "推广海事政务闭环管理", Lead: []string{"市商务局"}, Co: []string{"各县（市、区）人民政府"}},
				{Line: 4, Seq: 3, ItemName: "推广专利开放许可新模式", Lead: []string{"市市场监管局"}},
			},
			codes: []string{"docno-missing", "carry-forward"},
		},
		{
			name: "label lines below the task; an orphan",
			src: "（牵头单位：市商务局）\n" +
				"1．推广航空货运电子化。\n" +
				"牵头单位：市交通运输局\n" +
				"配合单位：市商务局 市发展改革委\n",
			want: []rollout.ReissueRow{
				{Line: 2, Seq: 1, ItemName: "推广航空货运电子化", Lead: []string{"市交通运输局"}, Co: []string{"市商务局", "市发展改革委"}},
			},
			codes: []string{"docno-missing", "title-missing", "notation-orphan", "unit-space"},
		},
		{
			name: "two notations, an unclosed one, an empty field, 等",
			src: "1．推广航空货运电子化（牵头单位：市交通运输局）（配合单位：市商务局等单位）\n" +
				"2．推广海事政务闭环管理（牵头单位：；责任单位：市交通运输局\n",
			want: []rollout.ReissueRow{
				{Line: 1, Seq: 1, ItemName: "推广航空货运电子化", Lead: []string{"市交通运输局"}, Co: []string{"市商务局"}},
				{Line: 2, Seq: 2, ItemName: "推广海事政务闭环管理", Co: []string{"市交通运输局"}},
			},
			codes: []string{"docno-missing", "title-missing", "unit-etc", "notation-multiple", "notation-unclosed", "field-empty"},
		},
		{
			name: "Markdown table with unknown and second-level columns",
			src: "| 序号 | 改革事项 | 省级牵头单位 | 省级配合单位 | 完成时限 | 推广范围 | 备注 |\n|---|---|---|---|---|---|---|\n" +
				"| 1 | 航空货运电子化 | 省交通运输厅 | — | 2024年6月底前 | 全国 | 重点 |\n" +
				"| 一 | 海事政务闭环管理 | 广东海事局 | 省交通运输厅 | 持续推进 | 全国 | |\n",
			want: []rollout.ReissueRow{
				{Line: 3, Seq: 1, ItemName: "航空货运电子化", Lead: []string{"省交通运输厅"}, Deadline: "2024年6月底前", Notes: "推广范围：全国；重点"},
				{Line: 4, Seq: 1, ItemName: "海事政务闭环管理", Lead: []string{"广东海事局"}, Co: []string{"省交通运输厅"}, Deadline: "持续推进", Notes: "推广范围：全国"},
			},
			codes: []string{"docno-missing", "title-missing", "column-unknown"},
		},
		{
			name: "tab table: a row broken over lines, a short row, a bad 序号, a heading row",
			src: "序号\t改革事项\t牵头单位\t配合单位\t完成时限\n" +
				"一、投资贸易便利化领域\t\t\t\t\n" +
				"1\t航空货运\n电子化\t省交通运输厅\t省商务厅\t2024年6月底前\n" +
				"2\t海事政务闭环管理\t广东海事局\n" +
				"甲\t专利开放许可新模式\t省知识产权局\t\t2024年底前\t多余\n",
			want: []rollout.ReissueRow{
				{Line: 3, Seq: 1, ItemName: "航空货运电子化", Lead: []string{"省交通运输厅"}, Co: []string{"省商务厅"}, Deadline: "2024年6月底前"},
				{Line: 5, Seq: 2, ItemName: "海事政务闭环管理", Lead: []string{"广东海事局"}},
				{Line: 6, Seq: 0, ItemName: "专利开放许可新模式", Lead: []string{"省知识产权局"}, Deadline: "2024年底前", Notes: "多出的内容：多余；序号：甲"},
			},
			codes: []string{"docno-missing", "title-missing", "text-unread", "row-joined", "row-cells", "seq-invalid"},
		},
		{
			name: "HTML table with th, br-separated units and a rowspan",
			src: `<html><body><table><tr><th>序号</th><th>改革事项</th><th>牵头单位</th><th>配合单位</th></tr>` +
				`<tr><td>1</td><td>航空货运电子化</td><td rowspan="2">省商务厅</td><td>省交通运输厅<br>各地级以上市人民政府</td></tr>` +
				`<tr><td>2</td><td>海事政务闭环管理</td><td><p>广东海事局</p><p>省交通运输厅</p></td></tr></table></body></html>`,
			want: []rollout.ReissueRow{
				{Line: 1, Seq: 1, ItemName: "航空货运电子化", Lead: []string{"省商务厅"}, Co: []string{"省交通运输厅", "各地级以上市人民政府"}},
				{Line: 1, Seq: 2, ItemName: "海事政务闭环管理", Lead: []string{"省商务厅"}, Co: []string{"广东海事局", "省交通运输厅"}},
			},
			codes:  []string{"docno-missing", "title-missing"},
			format: rollout.FormatHTML,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustParseReissue(t, []byte(tt.src))
			if len(r.Rows) != len(tt.want) {
				t.Fatalf("got %d rows, want %d: %+v\n%+v", len(r.Rows), len(tt.want), r.Rows, r.Diagnostics)
			}
			for i := range tt.want {
				if !equalRow(r.Rows[i], tt.want[i]) {
					t.Errorf("row %d =\n %+v\nwant\n %+v", i+1, r.Rows[i], tt.want[i])
				}
			}
			if got := codes(r); !slices.Equal(got, tt.codes) {
				t.Errorf("codes %v, want %v\n%+v", got, tt.codes, r.Diagnostics)
			}
			if tt.format != "" && r.Format != tt.format {
				t.Errorf("format %q", r.Format)
			}
		})
	}
}

func TestParseReissueErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // words the message must contain
	}{
		{"empty", " \n", []string{"文件是空的"}},
		{"not UTF-8 nor GBK", "\xb9\xe3\xb6\xab\xff\x80", []string{"UTF-8"}},
		{"the national notice", string(readFile(t, refText)), []string{"国务院通知本身", "导入通知"}},
		{"prose only", "各地要高度重视复制推广工作。\n省商务厅牵头抓总。\n", []string{"没有找到任务分工表", "括注"}},
		{"header without rows", "序号\t改革事项\t牵头单位\n\n", []string{"第 1 行的分工表表头下没有任务行"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseReissue([]byte(tt.src))
			var e *rollout.Error
			if r != nil || !errors.As(err, &e) || e.Code != rollout.EINVALID {
				t.Fatalf("ParseReissue = %v, %v; want an EINVALID error", r, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(rollout.ErrorMessage(e), w) {
					t.Errorf("message %q lacks %q", rollout.ErrorMessage(e), w)
				}
			}
		})
	}
}

func TestSplitUnits(t *testing.T) {
	tests := []struct {
		in    string
		want  []string
		space bool
		etc   string
	}{
		{"省商务厅、省发展改革委", []string{"省商务厅", "省发展改革委"}, false, ""},
		{"省商务厅，省发展改革委；省财政厅;省科技厅,省教育厅", []string{"省商务厅", "省发展改革委", "省财政厅", "省科技厅", "省教育厅"}, false, ""},
		{"省商务厅 省发展改革委\u3000省财政厅", []string{"省商务厅", "省发展改革委", "省财政厅"}, true, ""},
		{"省市场监管局、各市州人民政府按职责分工负责", []string{"省市场监管局", "各市州人民政府"}, false, ""},
		{"省商务厅，按职责分工负责", []string{"省商务厅"}, false, ""},
		{"各县（市、区）人民政府、市商务局", []string{"各县（市、区）人民政府", "市商务局"}, false, ""},
		{"市市场监管局（市知识产权局）", []string{"市市场监管局（市知识产权局）"}, false, ""},
		{"省商务厅等单位", []string{"省商务厅"}, false, "等单位"},
		{"—", nil, false, ""},
		{"省商务厅、—、", []string{"省商务厅"}, false, ""},
		{"省商务厅\n省财政厅", []string{"省商务厅", "省财政厅"}, false, ""},
	}
	for _, tt := range tests {
		got := splitUnits(tt.in)
		if !slices.Equal(got.names, tt.want) || got.space != tt.space || got.etc != tt.etc {
			t.Errorf("splitUnits(%q) = %q, %v, %q; want %q, %v, %q", tt.in, got.names, got.space, got.etc, tt.want, tt.space, tt.etc)
		}
	}
}

func TestParseNotation(t *testing.T) {
	tests := []struct {
		in          string
		ok          bool
		lead, co    []string
		deadline    string
		carry       bool
		notes, odds int
	}{
		{"牵头单位：省知识产权局；责任单位：省市场监管局、各市州人民政府按职责分工负责", true, []string{"省知识产权局"}, []string{"省市场监管局、各市州人民政府按职责分工负责"}, "", false, 0, 0},
		{"牵头单位：省商务厅，下同", true, []string{"省商务厅"}, nil, "", true, 0, 0},
		{"牵头单位:省商务厅;配合单位:省财政厅;完成时限:2024年6月底前", true, []string{"省商务厅"}, []string{"省财政厅"}, "2024年6月底前", false, 0, 0},
		{"省商务厅牵头，省发展改革委、省财政厅配合", true, []string{"省商务厅"}, []string{"省发展改革委、省财政厅"}, "", false, 0, 0},
		{"由省商务厅牵头负责", true, []string{"省商务厅"}, nil, "", false, 0, 0},
		{"牵头单位：省商务厅；督办领导：张三", true, []string{"省商务厅"}, nil, "", false, 1, 1},
		{"以下简称“单一窗口”", false, nil, nil, "", false, 0, 0},
		{"一", false, nil, nil, "", false, 0, 0},
		{"完成时限：2024年底前", false, nil, nil, "2024年底前", false, 0, 0},
	}
	for _, tt := range tests {
		n, ok := parseNotation(tt.in)
		if ok != tt.ok || !slices.Equal(n.lead, tt.lead) || !slices.Equal(n.co, tt.co) || n.deadline != tt.deadline ||
			n.carry != tt.carry || len(n.notes) != tt.notes || len(n.odd) != tt.odds {
			t.Errorf("parseNotation(%q) = %+v, %v", tt.in, n, ok)
		}
	}
}

func TestListMarker(t *testing.T) {
	tests := []struct {
		in         string
		level, seq int
		rest       string
	}{
		{"一、主要任务", 1, 1, "主要任务"},
		{"（十二）推广", 2, 12, "推广"},
		{"(3)推广", 4, 3, "推广"},
		{"12．推广", 3, 12, "推广"},
		{"3、推广", 3, 3, "推广"},
		{"2024年底前", 0, 0, "2024年底前"},
		{"（牵头单位：省商务厅）", 0, 0, "（牵头单位：省商务厅）"},
	}
	for _, tt := range tests {
		level, seq, rest := listMarker(tt.in)
		if level != tt.level || seq != tt.seq || rest != tt.rest {
			t.Errorf("listMarker(%q) = %d, %d, %q", tt.in, level, seq, rest)
		}
	}
}

// Every reissue diagnostic code is documented in the package comment.
func TestReissueCodesDocumented(t *testing.T) {
	doc := string(readFile(t, "doc.go"))
	for _, f := range []string{gdText, gdHTML, szInline, gzMeasure} {
		r := mustParseReissue(t, readFile(t, f))
		for _, d := range r.Diagnostics {
			if !strings.Contains(doc, "//\t"+d.Code+" ") {
				t.Errorf("code %s is not in doc.go", d.Code)
			}
		}
	}
}
