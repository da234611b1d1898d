package sheet

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestExportCSV(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		rows   [][]string
		want   string
	}{
		{"plain", []string{"单位", "应报", "已报"}, [][]string{{"广东省", "24", "20"}, {"深圳市", "24", "24"}},
			"\uFEFF单位,应报,已报\r\n广东省,24,20\r\n深圳市,24,24\r\n"},
		{"quoting", []string{"单位", "说明"}, [][]string{
			{"广东省", "已落地,待推广"},        // a half-width comma: quoted
			{"广州市", "推进“一网通办”，含全角逗号"}, // Chinese quotes and commas: as they are
			{"深圳市", `他说"尽快落实"`},       // a half-width quote: doubled and quoted
			{"珠海市", "第一段\n第二段"},       // a line break: quoted, written as CRLF
			{" 汕头市", ""},              // a leading space: quoted; an empty field
		},
			"\uFEFF单位,说明\r\n广东省,\"已落地,待推广\"\r\n广州市,推进“一网通办”，含全角逗号\r\n深圳市,\"他说\"\"尽快落实\"\"\"\r\n" +
				"珠海市,\"第一段\r\n第二段\"\r\n\" 汕头市\",\r\n"},
		{"formulas", []string{"文本", "数"}, [][]string{{"=HYPERLINK(\"http://x\")", "-3"}, {"@SUM(A1)", "+86"}, {"-无-", "1e3"}},
			"\uFEFF文本,数\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n'@SUM(A1),+86\r\n'-无-,1e3\r\n"},
		{"ragged rows", []string{"a", "b"}, [][]string{{"1"}, {"1", "2", "3"}}, "\uFEFFa,b\r\n1\r\n1,2,3\r\n"},
		{"nothing", nil, nil, "\uFEFF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(ExportCSV(tt.header, tt.rows)); got != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestExportList(t *testing.T) {
	long := "需要住房城乡建设部协调数据共享，涉及“国家平台”接口改造，并需各市同步调整本地系统，预计第三季度完成。"
	tests := []struct {
		name, title string
		header      []string
		rows        [][]string
		sheet       string
		want        [][]string // the sheet as read back
		merged      string
		filter      string
	}{
		{"with title", "2024年第1季度进展汇总", []string{"单位", "应报", "说明"},
			[][]string{{"广东省", "24", long}, {"深圳市", "24"}, {"=1+1", "007", "a,b"}},
			"2024年第1季度进展汇总",
			[][]string{{"2024年第1季度进展汇总"}, {"单位", "应报", "说明"}, {"广东省", "24", long}, {"深圳市", "24"}, {"=1+1", "007", "a,b"}},
			"A1:C1", "A2:C5"},
		{"no title", "", []string{"编号"}, [][]string{{"T-000745"}}, "列表", [][]string{{"编号"}, {"T-000745"}}, "", "A1:A2"},
		{"long title with odd characters", "广东省/深圳市：2024年第1季度[草稿]改革试点经验复制推广工作进展情况汇总表", []string{"a"}, nil,
			"广东省_深圳市：2024年第1季度_草稿_改革试点经验复制推广", [][]string{{"广东省/深圳市：2024年第1季度[草稿]改革试点经验复制推广工作进展情况汇总表"}, {"a"}}, "", "A2:A2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := ExportList(tt.title, tt.header, tt.rows)
			if err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if got := f.GetSheetList(); len(got) != 1 || got[0] != tt.sheet {
				t.Fatalf("sheets: got %q, want %q", got, tt.sheet)
			}
			rows, _ := f.GetRows(tt.sheet)
			if !reflect.DeepEqual(rows, tt.want) {
				t.Errorf("rows:\n got %q\nwant %q", rows, tt.want)
			}
			if typ, _ := f.GetCellType(tt.sheet, "B4"); len(tt.rows) > 2 && typ == excelize.CellTypeNumber {
				t.Error("numbers should stay text")
			}
			if m, _ := f.GetMergeCells(tt.sheet); tt.merged != "" && (len(m) != 1 || m[0].GetStartAxis()+":"+m[0].GetEndAxis() != tt.merged) {
				t.Errorf("merged: %v, want %s", m, tt.merged)
			}
			var filter string
			for _, d := range f.GetDefinedName() {
				if d.Name == "_xlnm._FilterDatabase" {
					filter = d.RefersTo
				}
			}
			if want := "'" + tt.sheet + "'!$" + tt.filter[:1] + "$" + tt.filter[1:2] + ":$" + tt.filter[3:4] + "$" + tt.filter[4:]; filter != want {
				t.Errorf("filter %q, want %q", filter, want)
			}
			if p, _ := f.GetPanes(tt.sheet); !p.Freeze {
				t.Errorf("panes: %+v", p)
			}
		})
	}
}
