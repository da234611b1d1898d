package notice

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"rollout"
)

// The PDFs of the tests are printed by headless Chromium from web pages of
// the tests (testdata/make-pdf.sh): the real notice with a ruled annex on A4,
// the same on A5 with rows cut by page breaks and the header repeated, and
// the invented 广东省 re-issue, which LibreOffice prints too.
const (
	pdfTableFile = corpusDir + "/pdf-table.pdf"
	pdfSplit     = corpusDir + "/pdf-split.pdf"
	gdPDF        = "testdata/reissue-gd-2023-211.pdf"
	// the re-issue printed by LibreOffice: more room between digits and
	// Chinese, a merged cell's paragraph going on across rows, rows cut by
	// page breaks
	gdPDFLibreOffice = "testdata/reissue-gd-2023-211-lo.pdf"
)

func TestPDFNoticeReadsAsReference(t *testing.T) {
	want := mustParse(t, readFile(t, refText))
	for _, tt := range []struct {
		file   string
		joined []string // 序号 of the rows a page cut
	}{
		{pdfTableFile, []string{"8"}},
		{pdfSplit, []string{"11", "16", "21"}},
	} {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			got, err := Parse(readFile(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if got.Format != rollout.FormatPDF {
				t.Errorf("format %q", got.Format)
			}
			// A space where a line wrapped between a Latin word and a Chinese
			// character (规范 and 转化) is not drawn: it cannot be told from
			// no space, and is lost.
			for i := range got.Items {
				g, w := &got.Items[i], want.Item(got.Items[i].Seq)
				if w != nil && g.Content != w.Content && strings.ReplaceAll(g.Content, " ", "") == strings.ReplaceAll(w.Content, " ", "") {
					t.Logf("item %d: a space lost at a line's end", g.Seq)
					g.Content = w.Content
				}
			}
			checkSameNotice(t, got, want, false)
			known := map[string]bool{"column-wording": true, "header-repeated": true}
			for _, d := range want.Diagnostics {
				known[d.Code] = true
			}
			var joined []string
			for _, d := range got.Diagnostics {
				switch {
				case d.Code == "row-joined":
					for _, seq := range tt.joined {
						if strings.Contains(d.Message, "“"+seq+"”") {
							joined = append(joined, seq)
						}
					}
				case !known[d.Code]:
					t.Errorf("diagnostic the reference does not give: %+v", d)
				}
			}
			if strings.Join(joined, ",") != strings.Join(tt.joined, ",") {
				t.Errorf("rows joined across pages: %v, want %v", joined, tt.joined)
			}
		})
	}
}

// The re-issue as a PDF (Chromium's, LibreOffice's) reads as its web page
// does: the same rows, with the domain rows spanning all columns and the lead
// cell spanning two rows.
func TestPDFReissueMatchesPage(t *testing.T) {
	for _, file := range []string{gdPDF, gdPDFLibreOffice} {
		t.Run(filepath.Base(file), func(t *testing.T) { checkPDFReissue(t, file) })
	}
}

// checkPDFReissue compares the re-issue read from a PDF with its web page.
func checkPDFReissue(t *testing.T, file string) {
	page := mustParseReissue(t, readFile(t, gdHTML))
	pdf := mustParseReissue(t, readFile(t, file))
	if pdf.Format != rollout.FormatPDF || pdf.Title != page.Title || pdf.DocNo != page.DocNo {
		t.Errorf("header = %q, %q, %q", pdf.Format, pdf.Title, pdf.DocNo)
	}
	if len(pdf.Rows) != len(page.Rows) {
		t.Fatalf("pdf has %d rows, page %d", len(pdf.Rows), len(page.Rows))
	}
	for i := range page.Rows {
		a, b := page.Rows[i], pdf.Rows[i]
		b.Line = a.Line
		if !equalRow(a, b) {
			t.Errorf("row %d:\n page %+v\n  pdf %+v", i+1, a, b)
		}
	}
}

// pdfOf writes a small PDF: one page whose content stream is content, the
// fonts F1 (Type0, Identity-H, with the ToUnicode map cmap and widths 1000)
// and F2 (a simple font without a map), and extra objects as given.
func pdfOf(content, cmap string, extra ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	deflate := func(s string) string {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write([]byte(s))
		w.Close()
		return z.String()
	}
	objs := []string{
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 5 0 R /F2 8 0 R>>>> /Contents 4 0 R>>",
		fmt.Sprintf("<</Length %d /Filter /FlateDecode>>\nstream\n%s\nendstream", len(deflate(content)), deflate(content)),
		"<</Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R>>",
		"<</Type /Font /Subtype /CIDFontType2 /DW 1000 /W [1 [500 500]]>>",
		fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(cmap), cmap),
		"<</Type /Font /Subtype /TrueType /FirstChar 32 /Widths [250] >>",
	}
	objs = append(objs, extra...)
	for i, o := range objs {
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	b.WriteString("trailer\n<</Root 1 0 R>>\n%%EOF\n")
	return b.Bytes()
}

const testCMap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <0031> <0002> <0032> endbfchar
2 beginbfrange <0010> <0012> <5E8F> <0020> <0021> [<53F7> <D840DC00>] endbfrange
endcmap end end`

func TestPDFText(t *testing.T) {
	for _, tt := range []struct {
		name, content string
		want          []string
	}{
		{"bfchar and bfrange, a string destination counting up",
			"BT /F1 12 Tf 1 0 0 1 72 700 Tm <001000110012> Tj ET", []string{"序庐庑"}},
		{"a range with an array of destinations, one beyond the BMP",
			"BT /F1 12 Tf 72 700 Td <00200021> Tj ET", []string{"号\U00020000"}},
		{"TJ, a simple font, escapes in a literal string",
			"BT /F1 10 Tf 72 700 Td [<0001> -100 <0002>] TJ /F2 10 Tf ( \\(a\\)\\101) Tj ET", []string{"12 (a)A"}},
		{"lines by baseline, top first; a line wrapped at the right edge joins the next",
			"BT /F1 10 Tf 72 600 Td <0010> Tj 0 100 Td <" + strings.Repeat("0011", 40) + "> Tj 0 -12 Td <0012> Tj ET",
			[]string{strings.Repeat("庐", 40) + "庑", "序"}},
		{"a line after a paragraph's spacing is not joined",
			"BT /F1 10 Tf 72 700 Td <" + strings.Repeat("0011", 40) + "> Tj 0 -30 Td <0012> Tj ET",
			[]string{strings.Repeat("庐", 40), "庑"}},
		{"a page number is no text",
			"BT /F1 10 Tf 72 700 Td <0010> Tj 300 -650 Td /F2 10 Tf (- 2 -) Tj ET", []string{"序"}},
		{"cm, q and Q",
			"q 1 0 0 -1 0 792 cm BT /F1 12 Tf 1 0 0 -1 72 100 Tm <0010> Tj ET Q BT /F1 12 Tf 72 600 Td <0011> Tj ET", []string{"序", "庐"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := readPDF(pdfOf(tt.content, testCMap))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range doc.lines {
				got = append(got, l.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A table drawn with rules: columns between the vertical ones, rows between
// the horizontal ones, a cell without a rule above it merged with the one
// above, a row without an inner rule spanning the columns.
func TestPDFTableFromRules(t *testing.T) {
	var c strings.Builder
	// columns at x 50, 100, 300, 400; rows at y 700, 670, 640, 600
	c.WriteString("50 600 0.5 100 re f 400 600 0.5 100 re f 100 640 0.5 60 re f 300 640 0.5 60 re f\n")
	c.WriteString("50 700 350 0.5 re f 50 670 250 0.5 re f 50 640 350 0.5 re f 50 600 350 0.5 re f\n")
	cell := func(x, y int, hex string) {
		fmt.Fprintf(&c, "BT /F1 10 Tf 1 0 0 1 %d %d Tm <%s> Tj ET\n", x, y, hex)
	}
	cell(55, 688, "0001")     // 1
	cell(105, 688, "0010")    // 序, a line that ends short: a line break
	cell(105, 676, "0011")    // 庐 on a second line of the cell
	cell(305, 688, "0020")    // 号: no rule below it in its column, merged over two rows
	cell(55, 648, "0002")     // 2
	cell(105, 648, "0012")    // 庑
	cell(55, 606, "00010002") // 12: no rule between the columns in this row
	doc, err := readPDF(pdfOf(c.String(), testCMap))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range doc.lines {
		got = append(got, fmt.Sprintf("%q", l.cells))
	}
	want := []string{`["1" "序庐" "号"]`, `["2" "庑" "号"]`, `["12" "" ""]`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("rows %v, want %v", got, want)
	}
}

func TestPDFRefusals(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  []byte
		key  string
	}{
		{"no pages", []byte("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "err.notice.pdf-broken"},
		{"no text (a scan)", pdfOf("q 100 0 0 100 0 0 cm Q", testCMap), "err.notice.pdf-no-text"},
		{"encrypted", bytes.Replace(pdfOf("BT /F1 10 Tf <0001> Tj ET", testCMap), []byte("<</Root 1 0 R>>"),
			[]byte("<</Root 1 0 R /Encrypt 9 0 R>>"), 1), "err.notice.pdf-encrypted"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.src)
			var e *rollout.Error
			if !errors.As(err, &e) || e.Key != tt.key {
				t.Errorf("error %v, want %s", err, tt.key)
			}
		})
	}
}

// FuzzReadPDF: the PDF reader never panics, never loops, and gives lines or
// an EINVALID refusal; Parse and ParseReissue keep their contracts on PDFs.
func FuzzReadPDF(f *testing.F) {
	for _, name := range []string{pdfTableFile, pdfSplit, gdPDF, gdPDFLibreOffice} {
		src := readFile(f, name)
		f.Add(src)
		f.Add(src[:len(src)/2])
	}
	f.Add(pdfOf("BT /F1 12 Tf 72 700 Td [<00200021> -300 <0001>] TJ T* (x) ' 1 2 (y) \" ET 50 600 1 100 re f", testCMap))
	f.Add(pdfOf("q BI /W 1 /H 1 ID \x00\xff EI Q /X0 Do", testCMap, "<</Subtype /Form /Length 0>>\nstream\n\nendstream"))
	f.Add([]byte("%PDF-1.4\n1 0 obj <</Type /ObjStm /N 1 /First 4 /Length 12>> stream\n2 0 <<>>\nendstream endobj trailer <</Root 2 0 R>>"))
	f.Fuzz(func(t *testing.T, src []byte) {
		if !isPDF(src) {
			return
		}
		doc, err := readPDF(src)
		if err != nil {
			var e *rollout.Error
			if !errors.As(err, &e) || e.Code != rollout.EINVALID {
				t.Fatalf("error %#v", err)
			}
		} else if len(doc.lines) == 0 {
			t.Fatal("no lines and no error")
		}
		n, err := Parse(src)
		checkNoticeContract(t, n, err)
		if r, err := ParseReissue(src); err == nil && len(r.Rows) == 0 {
			t.Fatal("a re-issue with no rows")
		}
	})
}

// Hostile PDFs end with a refusal, within the reader's bounds: arrays nested
// 200,000 deep, references and page trees that loop, a content stream of a
// million operators.
func TestPDFHostile(t *testing.T) {
	for name, src := range map[string][]byte{
		"nested": []byte("%PDF-1.4\n1 0 obj\n" + strings.Repeat("[<<", 100000) + "\nendobj\ntrailer <</Root 1 0 R>>"),
		"cycles": []byte("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [2 0 R 3 0 R]>> endobj\n" +
			"3 0 obj 4 0 R endobj\n4 0 obj 3 0 R endobj\ntrailer <</Root 1 0 R>>"),
		"endless content": pdfOf(strings.Repeat("q Q ", 1_000_000), testCMap),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(src)
			var e *rollout.Error
			if !errors.As(err, &e) || e.Code != rollout.EINVALID {
				t.Errorf("error %v", err)
			}
		})
	}
}
