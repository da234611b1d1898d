package officedoc

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
	"time"
)

func sample() *Document {
	return &Document{Issuer: "自由贸易试验区工作部际联席会议办公室", DocNo: "自贸办评〔2025〕3号", Title: "关于成效评估情况的通报",
		Addressees: "各省、自治区、直辖市人民政府：", Date: "二〇二五年一月十五日", Created: time.Date(2025, 1, 15, 8, 0, 0, 0, time.UTC),
		Blocks: []Block{
			{Kind: Para, Text: "现将有关情况通报如下。"},
			{Kind: Heading1, Text: "一、总体情况"},
			{Kind: Heading2, Text: "（一）省级单位"},
			{Kind: Table, Header: []string{"名次", "单位", "总分"}, Rows: [][]string{{"1", "广东省", "88.0"}, {"2", "浙江省 & <其他>", "80.5"}}, Widths: []float64{1, 3, 1}},
			{Kind: Note, Text: "注：总分相同者名次并列。"},
			{Kind: Para, Text: "特此通报。"},
		}}
}

// parts reads the archive's parts, each checked to be well-formed XML.
func parts(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed: %v", f.Name, err)
			}
		}
		out[f.Name] = string(b)
	}
	return out
}

// TestWrite: the parts a word processor needs are there and well-formed; the
// page is A4 with GB/T 9704's margins; the mark is red; the fonts are named;
// the text is all there, escaped.
func TestWrite(t *testing.T) {
	data, err := Write(sample())
	if err != nil {
		t.Fatal(err)
	}
	p := parts(t, data)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/footer1.xml", "docProps/core.xml"} {
		if _, ok := p[name]; !ok {
			t.Errorf("no part %s", name)
		}
	}
	doc := p["word/document.xml"]
	for _, want := range []string{
		`<w:pgSz w:w="11906" w:h="16838"/>`, `w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"`,
		`<w:color w:val="FF0000"/>`, `w:color="FF0000"`, // the mark and the red rule
		`w:eastAsia="方正小标宋简体"`, `w:eastAsia="仿宋_GB2312"`, `w:eastAsia="黑体"`, `w:eastAsia="楷体_GB2312"`,
		"自由贸易试验区工作部际联席会议办公室", "自贸办评〔2025〕3号", "关于成效评估情况的通报", "各省、自治区、直辖市人民政府：",
		"一、总体情况", "（一）省级单位", "广东省", "浙江省 &amp; &lt;其他&gt;", "特此通报。", "二〇二五年一月十五日", "<w:tblHeader/>",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !strings.Contains(p["word/footer1.xml"], " PAGE ") || !strings.Contains(p["docProps/core.xml"], "<dc:title>关于成效评估情况的通报</dc:title>") {
		t.Error("no page number or no title in the properties")
	}
	// The mark comes first, the date last.
	if i, j := strings.Index(doc, "自贸办评"), strings.Index(doc, "二〇二五年"); i < 0 || j < i {
		t.Error("the number and the date are out of order")
	}
	// The same document gives the same bytes.
	again, _ := Write(sample())
	if !bytes.Equal(data, again) {
		t.Error("two writes of one document differ")
	}
}
