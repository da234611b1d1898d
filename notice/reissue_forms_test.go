package notice

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"rollout"
)

// The inline forms of issue 14, each as a task of testdata/reissue-sc-inline.txt.
func TestParseReissueInlineForms(t *testing.T) {
	r := mustParseReissue(t, readFile(t, "testdata/reissue-sc-inline.txt"))
	want := []struct {
		lead, co []string
	}{
		{[]string{"省住房城乡建设厅"}, []string{"省政务服务管理局"}},            // （X牵头，Y配合）
		{[]string{"成都海关"}, nil},                                 // （X负责）
		{[]string{"省交通运输厅", "民航西南地区管理局"}, nil},                  // （X、Y按职责分工负责）: each leads its share
		{[]string{"省交通运输厅"}, nil},                               // （责任单位：X）: the first leads
		{[]string{"省医保局"}, []string{"省卫生健康委"}},                  // （牵头单位：X；责任单位：Y）
		{[]string{"人民银行成都分行"}, []string{"四川金融监管局"}},             // （责任单位：X、Y）
		{[]string{"省知识产权局"}, []string{"省地方金融管理局", "各市（州）人民政府"}}, // 由X牵头负责，Y配合
	}
	if len(r.Rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(r.Rows), len(want), r.Rows)
	}
	for i, w := range want {
		row := r.Rows[i]
		if row.Seq != i+1 || !reflect.DeepEqual(row.Lead, w.lead) || !reflect.DeepEqual(row.Co, w.co) {
			t.Errorf("row %d: seq %d lead %q co %q, want lead %q co %q", i+1, row.Seq, row.Lead, row.Co, w.lead, w.co)
		}
	}
	if got := len(rdiags(r, "lead-first")); got != 2 {
		t.Errorf("%d lead-first notes, want 2: %+v", got, r.Diagnostics)
	}
	if got := len(rdiags(r, "lead-shares")); got != 1 {
		t.Errorf("%d lead-shares notes, want 1: %+v", got, r.Diagnostics)
	}
	for _, d := range r.Diagnostics {
		if d.Level != rollout.LevelInfo {
			t.Errorf("%+v", d)
		}
	}
}

// A table whose only unit column is 责任单位: the first unit of each row
// leads, with one note for the table.
func TestParseReissueDutyOnlyTable(t *testing.T) {
	r := mustParseReissue(t, readFile(t, "testdata/reissue-hn-duty.txt"))
	want := [][2][]string{
		{{"省住房城乡建设厅"}, {"省政务局"}},
		{{"湖南海事局"}, nil},
		{{"省医保局"}, {"省卫生健康委", "省市场监管局"}},
	}
	if len(r.Rows) != len(want) {
		t.Fatalf("%d rows", len(r.Rows))
	}
	for i, w := range want {
		if !reflect.DeepEqual(r.Rows[i].Lead, w[0]) || !reflect.DeepEqual(r.Rows[i].Co, w[1]) {
			t.Errorf("row %d: lead %q co %q", i+1, r.Rows[i].Lead, r.Rows[i].Co)
		}
	}
	if len(rdiags(r, "lead-first")) != 1 {
		t.Errorf("diagnostics %+v", r.Diagnostics)
	}
}

// A re-issue as a Word document (the text pasted into Word, the table as
// tab-separated paragraphs) and in GBK reads as its UTF-8 text does.
func TestParseReissueDocxAndGBK(t *testing.T) {
	text := readFile(t, gdText)
	want := mustParseReissue(t, text)
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(text)
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string][]byte{
		"docx": []byte(makeDocx(strings.Split(string(text), "\n"), nil, nil)),
		"gbk":  gbk,
	} {
		got := mustParseReissue(t, src)
		if !reflect.DeepEqual(got.Rows, want.Rows) || got.Title != want.Title || got.DocNo != want.DocNo {
			t.Errorf("%s: %d rows, title %q; want %d rows", name, len(got.Rows), got.Title, len(want.Rows))
		}
	}
}

// A re-issue in traditional characters (牽頭單位) reads as in simplified ones.
func TestParseReissueTraditional(t *testing.T) {
	text := string(readFile(t, "testdata/reissue-sc-inline.txt"))
	want := mustParseReissue(t, []byte(text))
	trad := toTraditional(text)
	if !strings.Contains(trad, "牽頭") || !strings.Contains(trad, "責任單位") {
		t.Fatalf("not traditional: %s", trad[:200])
	}
	got := mustParseReissue(t, []byte(trad))
	if !reflect.DeepEqual(got.Rows, want.Rows) || len(rdiags(got, "traditional-folded")) != 1 {
		t.Errorf("rows %+v\nwant %+v\ndiagnostics %+v", got.Rows, want.Rows, got.Diagnostics)
	}
}

// A unit written with a look-alike character (巿 for 市) is read as meant, noted.
func TestParseReissueLookAlikes(t *testing.T) {
	r := mustParseReissue(t, []byte("1.推广海事政务闭环管理。（珠海巿交通运输局牵头，珠海巿政务服务数据管理局配合）\n"))
	if len(r.Rows) != 1 || !reflect.DeepEqual(r.Rows[0].Lead, []string{"珠海市交通运输局"}) ||
		!reflect.DeepEqual(r.Rows[0].Co, []string{"珠海市政务服务数据管理局"}) || len(rdiags(r, "unit-lookalike")) != 2 {
		t.Errorf("%+v %+v", r.Rows, r.Diagnostics)
	}
}
