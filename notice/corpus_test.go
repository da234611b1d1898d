package notice

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"

	"rollout"
)

// The corpus: variants of the real notice (../refdata/guohan-2023-56.txt) in
// the forms copies take, made from it by the functions below and kept in
// testdata/variants so that they can be read and tried by hand. Regenerate
// them with
//
//	go test ./notice -run TestCorpus -update-corpus
var updateCorpus = flag.Bool("update-corpus", false, "rewrite testdata/variants from the reference notice")

const corpusDir = "testdata/variants"

// variant is one form of the notice: how it is made from the reference text
// and what reading it must give besides the 24 items.
type variant struct {
	file      string
	make      func(ref string) string
	noContent bool // the form has no 主要内容 column: contents are empty
	opt       Options
	// check, when set, replaces the comparison with the reference
	check func(t *testing.T, got, want *rollout.Notice)
}

// annexSplit returns the text before the annex header, the header and the
// rows (their tab-separated cells), each row in order, from the reference.
func annexSplit(ref string) (head string, header []string, rows [][]string) {
	i := strings.Index(ref, "序号\t改革事项")
	head = ref[:i]
	for _, l := range strings.Split(strings.TrimRight(ref[i:], "\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		cells := strings.Split(l, "\t")
		if header == nil {
			header = cells
			continue
		}
		rows = append(rows, cells)
	}
	return head, header, rows
}

// withHeader renames the annex header's columns.
func withHeader(pairs ...string) func(string) string {
	return func(ref string) string {
		head, header, rows := annexSplit(ref)
		h := slices.Clone(header)
		for k := 0; k < len(pairs); k += 2 {
			for c := range h {
				if h[c] == pairs[k] {
					h[c] = pairs[k+1]
				}
			}
		}
		return head + joinRows(h, rows, "\t")
	}
}

func joinRows(header []string, rows [][]string, sep string) string {
	var b strings.Builder
	b.WriteString(strings.Join(header, sep) + "\n")
	for _, r := range rows {
		b.WriteString(strings.Join(r, sep) + "\n")
	}
	return b.String()
}

func dropColumn(header []string, rows [][]string, c int) ([]string, [][]string) {
	h := slices.Delete(slices.Clone(header), c, c+1)
	var out [][]string
	for _, r := range rows {
		out = append(out, slices.Delete(slices.Clone(r), c, c+1))
	}
	return h, out
}

var variants = []variant{
	{file: "traditional.txt", make: toTraditional, check: func(t *testing.T, got, want *rollout.Notice) {
		if len(diags(got, "traditional-folded")) != 1 {
			t.Errorf("no traditional-folded note: %+v", got.Diagnostics)
		}
		checkSameNotice(t, got, want, false)
	}},
	{file: "traditional-table.docx", make: func(ref string) string { return docxOf(ref, true, toTraditional) }, check: func(t *testing.T, got, want *rollout.Notice) {
		if len(diags(got, "traditional-folded")) != 1 {
			t.Errorf("no traditional-folded note: %+v", got.Diagnostics)
		}
		checkDocx(t, got, want)
	}},
	{file: "gbk.txt", make: func(ref string) string { return encodeGB(simplifiedchinese.GBK, ref) }, check: checkEncoded},
	{file: "gb18030-spaces.txt", make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		return encodeGB(simplifiedchinese.GB18030, head+joinRows(header, rows, "   "))
	}, check: checkEncoded},
	{file: "html-gbk.html", make: func(ref string) string {
		return encodeGB(simplifiedchinese.GBK, strings.Replace(htmlPage(ref, "负责部门"), `charset="utf-8"`, `charset="gbk"`, 1))
	}, check: checkEncoded},
	{file: "html-declares-gbk.html", make: func(ref string) string {
		return strings.Replace(htmlPage(ref, "负责单位"), `charset="utf-8"`, `charset="gb2312"`, 1)
	}, check: func(t *testing.T, got, want *rollout.Notice) {
		if len(diags(got, "charset-mismatch")) != 1 {
			t.Errorf("no charset-mismatch note: %+v", got.Diagnostics)
		}
		checkSameNotice(t, got, want, false)
	}},
	{file: "word-table.docx", make: func(ref string) string { return docxOf(ref, false) }, check: checkDocx},
	{file: "word-merged-scope.docx", make: func(ref string) string { return docxOf(ref, true) }, check: checkDocx},
	{file: "word-tabs.docx", make: func(ref string) string {
		// the annex pasted into Word as tab-separated paragraphs
		return makeDocx(strings.Split(ref, "\n"), nil, nil)
	}, check: checkDocx},
	{file: "body-only.txt", make: bodyOnlyText, check: checkBodyOnly},
	{file: "new-batch.txt", make: newBatchText, check: func(t *testing.T, got, want *rollout.Notice) {
		if got.Batch != 0 || len(diags(got, "batch-missing")) != 1 || !got.HasErrors() ||
			!strings.Contains(diags(got, "batch-missing")[0].Message, "--batch N") {
			t.Errorf("a notice of 新一批 without --batch: batch %d, %+v", got.Batch, got.Diagnostics)
		}
	}},
	{file: "new-batch.txt", make: newBatchText, opt: Options{Batch: 7}, check: func(t *testing.T, got, want *rollout.Notice) {
		if len(diags(got, "batch-given")) != 1 {
			t.Errorf("no batch-given: %+v", got.Diagnostics)
		}
		w := *want
		w.Title = strings.Replace(w.Title, "第七批", "新一批", 1)
		w.AnnexTitle = strings.Replace(w.AnnexTitle, "第七批", "新一批", 1)
		checkSameNotice(t, got, &w, false)
	}},
	{file: "new-batch.txt", make: newBatchText, opt: Options{Batch: 8}, check: func(t *testing.T, got, want *rollout.Notice) {
		if got.Batch != 8 || got.Items[0].Batch != 8 || got.HasErrors() {
			t.Errorf("batch %d, item batch %d, %+v", got.Batch, got.Items[0].Batch, got.Diagnostics)
		}
	}},
	{file: "header-fuze-bumen.txt", opt: Options{Batch: 8}, make: withHeader("负责单位", "负责部门"), check: func(t *testing.T, got, want *rollout.Notice) {
		if got.Batch != 8 || len(diags(got, "batch-differs")) != 1 {
			t.Errorf("batch %d, %+v", got.Batch, got.Diagnostics)
		}
	}},
	{file: "header-fuze-bumen.txt", make: withHeader("负责单位", "负责部门")},
	{file: "header-qiantou.txt", make: withHeader("负责单位", "牵头单位")},
	{file: "header-zeren.txt", make: withHeader("负责单位", "责任单位")},
	{file: "header-fuzhi-fanwei.txt", make: withHeader("推广范围", "复制推广范围")},
	{file: "header-shiyong-fanwei.txt", make: withHeader("推广范围", "适用范围", "负责单位", "负责部门")},
	{file: "no-content.txt", noContent: true, make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		h, r := dropColumn(header, rows, 2)
		return head + joinRows(h, r, "\t")
	}},
	{file: "spaces.txt", make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		return head + joinRows(header, rows, "    ")
	}},
	{file: "spaces-fullwidth.txt", make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		return head + joinRows(header, rows, "\u3000")
	}},
	{file: "spaces-no-content.txt", noContent: true, make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		h, r := dropColumn(header, rows, 2)
		h[2], h[3] = "牵头单位", "适用范围"
		return head + joinRows(h, r, "  ")
	}},
	{file: "one-per-line.txt", make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		var b strings.Builder
		b.WriteString(head + strings.Join(header, "\n") + "\n")
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\n") + "\n")
		}
		return b.String()
	}},
	{file: "one-per-line-blank.txt", make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		h := slices.Clone(header)
		h[3] = "负责部门"
		var b strings.Builder
		b.WriteString(head + strings.Join(h, "\n") + "\n\n")
		for _, r := range rows {
			b.WriteString(strings.Join(r, "\n\n") + "\n\n\n")
		}
		return b.String()
	}},
	{file: "markdown.md", make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		var b strings.Builder
		b.WriteString(head + "| " + strings.Join(header, " | ") + " |\n|---|---|---|---|---|\n")
		for _, r := range rows {
			b.WriteString("| " + strings.Join(r, " | ") + " |\n")
		}
		return b.String()
	}},
	{file: "markdown-zeren.md", make: func(ref string) string {
		head, header, rows := annexSplit(ref)
		h := slices.Clone(header)
		h[3], h[4] = "**责任单位**", "**复制推广范围**"
		var b strings.Builder
		b.WriteString(head + "|" + strings.Join(h, "|") + "|\n|:---:|---|---|---|:---:|\n")
		for _, r := range rows {
			b.WriteString("|" + strings.Join(r, "|") + "|\n")
		}
		return b.String()
	}},
	{file: "html-table.html", make: func(ref string) string { return htmlPage(ref, "负责部门") }},
}

// TestCorpus reads every variant and checks all 24 items, every field,
// against the reference notice read from its own text.
func TestCorpus(t *testing.T) {
	ref := string(readFile(t, refText))
	want := mustParse(t, []byte(ref))
	if *updateCorpus {
		if err := os.MkdirAll(corpusDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, v := range variants {
			if err := os.WriteFile(filepath.Join(corpusDir, v.file), []byte(v.make(ref)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, v := range variants {
		t.Run(v.file, func(t *testing.T) {
			src := readFile(t, filepath.Join(corpusDir, v.file))
			if string(src) != v.make(ref) {
				t.Fatalf("%s is not what its function makes: run go test ./notice -run TestCorpus -update-corpus", v.file)
			}
			got, err := ParseWith(src, v.opt)
			if err != nil {
				t.Fatal(err)
			}
			if v.check != nil {
				v.check(t, got, want)
				return
			}
			checkSameNotice(t, got, want, v.noContent)
			// nothing found beyond what the reference gives, but the header's wording
			known := map[string]bool{"column-wording": true, "column-content-missing": true}
			for _, d := range want.Diagnostics {
				known[d.Code] = true
			}
			for _, d := range got.Diagnostics {
				if !known[d.Code] {
					t.Errorf("diagnostic the reference does not give: %+v", d)
				}
			}
		})
	}
}

// checkSameNotice compares a variant's reading with the reference's: header,
// domains and the 24 items, every field.
func checkSameNotice(t *testing.T, got, want *rollout.Notice, noContent bool) {
	t.Helper()
	for _, d := range got.Diagnostics {
		if d.Level == rollout.LevelError {
			t.Errorf("error diagnostic: %+v", d)
		}
	}
	if got.DocNo != want.DocNo || got.Title != want.Title || got.Batch != want.Batch || !got.IssuedOn.Equal(want.IssuedOn) ||
		got.Issuer != want.Issuer || got.AnnexTitle != want.AnnexTitle {
		t.Errorf("header: got %q %q %d %v %q %q", got.DocNo, got.Title, got.Batch, got.IssuedOn, got.Issuer, got.AnnexTitle)
	}
	if !reflect.DeepEqual(got.Domains, want.Domains) {
		t.Errorf("domains:\n got %+v\nwant %+v", got.Domains, want.Domains)
	}
	if len(got.Items) != len(want.Items) {
		t.Fatalf("%d items, want %d", len(got.Items), len(want.Items))
	}
	for i, w := range want.Items {
		g := got.Items[i]
		if noContent {
			w.Content = ""
		}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("item %d:\n got %s\nwant %s", w.Seq, describeItem(g), describeItem(w))
		}
	}
}

func describeItem(it rollout.Item) string {
	return fmt.Sprintf("%d %q aliases=%q content=%q resp=%q scope=%q domain=%q batch=%d",
		it.Seq, it.Name, it.Aliases, clip(it.Content, 20), it.Responsible, it.Scope, it.Domain, it.Batch)
}

// bodyOnlyText is the notice without its annex table (the body and the
// signature only).
func bodyOnlyText(ref string) string {
	return ref[:strings.Index(ref, "自由贸易试验区第七批改革试点经验  \n复制推广工作任务分工表")]
}

func newBatchText(ref string) string {
	return strings.ReplaceAll(ref, "第七批", "新一批")
}

// checkBodyOnly: the 24 items as the body names them, with domains and
// scopes, and no content or units; a warning says so.
func checkBodyOnly(t *testing.T, got, want *rollout.Notice) {
	if len(diags(got, "annex-missing")) != 1 || got.HasErrors() {
		t.Errorf("diagnostics: %+v", got.Diagnostics)
	}
	if got.Batch != 7 || got.DocNo != want.DocNo || got.Title != want.Title || !got.IssuedOn.Equal(want.IssuedOn) {
		t.Errorf("header: %d %q %q %v", got.Batch, got.DocNo, got.Title, got.IssuedOn)
	}
	if !reflect.DeepEqual(got.Domains, want.Domains) {
		t.Errorf("domains:\n got %+v\nwant %+v", got.Domains, want.Domains)
	}
	if len(got.Items) != len(want.Items) {
		t.Fatalf("%d items, want %d", len(got.Items), len(want.Items))
	}
	for i, w := range want.Items {
		g := got.Items[i]
		sameName := rollout.NormalizeName(g.Name) == rollout.NormalizeName(w.Name) || slices.Contains(w.Aliases, g.Name)
		if g.Seq != w.Seq || !sameName || g.Scope != w.Scope || g.Domain != w.Domain || g.Batch != 7 ||
			g.Content != "" || g.Responsible != nil || g.Aliases != nil {
			t.Errorf("item %d:\n got %s\nwant %s", w.Seq, describeItem(g), describeItem(w))
		}
	}
}

// htmlPage is the notice as a simple web page: a paragraph per line of the
// body, the annex as a table whose 负责单位 column is called unitHeader.
func htmlPage(ref, unitHeader string) string {
	head, header, rows := annexSplit(ref)
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>通知</title></head><body><div class=\"article-content\">\n")
	for _, l := range strings.Split(head, "\n") {
		if t := strings.TrimSpace(l); t != "" {
			b.WriteString("<p>" + html.EscapeString(cleanText(t)) + "</p>\n")
		}
	}
	h := slices.Clone(header)
	h[3] = unitHeader
	b.WriteString("<table>\n<tr><th>" + strings.Join(h, "</th><th>") + "</th></tr>\n")
	for _, r := range rows {
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<td>" + html.EscapeString(c) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n</div></body></html>\n")
	return b.String()
}

func encodeGB(enc encoding.Encoding, s string) string {
	out, err := enc.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return out
}

// checkEncoded: a file in GBK/GB18030 reads as the UTF-8 one, with a note.
func checkEncoded(t *testing.T, got, want *rollout.Notice) {
	t.Helper()
	if len(diags(got, "encoding-gbk")) != 1 {
		t.Errorf("no encoding-gbk note: %+v", got.Diagnostics)
	}
	checkSameNotice(t, got, want, false)
}

func checkDocx(t *testing.T, got, want *rollout.Notice) {
	t.Helper()
	if got.Format != rollout.FormatDocx {
		t.Errorf("format %q", got.Format)
	}
	checkSameNotice(t, got, want, false)
}

// docxOf is the notice as Word writes it: a paragraph per line of the body
// (bold title in two runs), the annex as a table; with merged, the 推广范围
// cells of rows in a run with the same scope are merged vertically, as
// tables in Word often are.
func docxOf(ref string, merged bool, conv ...func(string) string) string {
	head, header, rows := annexSplit(ref)
	if len(conv) > 0 {
		head = conv[0](head)
		header = slices.Clone(header)
		for i := range header {
			header[i] = conv[0](header[i])
		}
		var out [][]string
		for _, r := range rows {
			r = slices.Clone(r)
			for i := range r {
				r[i] = conv[0](r[i])
			}
			out = append(out, r)
		}
		rows = out
	}
	var paras []string
	for _, l := range strings.Split(head, "\n") {
		paras = append(paras, cleanText(l))
	}
	return makeDocx(paras, header, rows, func(r, c int) string {
		if !merged || c != 4 {
			return ""
		}
		switch {
		case r+1 < len(rows) && rows[r+1][4] == rows[r][4] && (r == 0 || rows[r-1][4] != rows[r][4]):
			return "restart"
		case r > 0 && rows[r-1][4] == rows[r][4]:
			return "continue"
		}
		return ""
	})
}

// makeDocx writes a minimal .docx: the paragraphs, then a table of header
// and rows (none when header is nil). vmerge tells a cell's w:vMerge.
func makeDocx(paras []string, header []string, rows [][]string, vmerge ...func(r, c int) string) string {
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	var d strings.Builder
	d.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, p := range paras {
		d.WriteString("<w:p>")
		// a run per tab-separated part, as Word writes a tab
		for i, part := range strings.Split(p, "\t") {
			if i > 0 {
				d.WriteString("<w:r><w:tab/></w:r>")
			}
			if part == "" {
				continue
			}
			// two runs, the first bold, as a styled title is written
			r := []rune(part)
			k := len(r) / 2
			d.WriteString(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + esc(string(r[:k])) + `</w:t></w:r>`)
			d.WriteString(`<w:r><w:t xml:space="preserve">` + esc(string(r[k:])) + `</w:t></w:r>`)
		}
		d.WriteString("</w:p>")
	}
	if header != nil {
		d.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`)
		for range header {
			d.WriteString(`<w:gridCol w:w="1800"/>`)
		}
		d.WriteString(`</w:tblGrid>`)
		cell := func(text, merge string) {
			d.WriteString("<w:tc><w:tcPr><w:tcW w:w=\"1800\" w:type=\"dxa\"/>")
			switch merge {
			case "restart":
				d.WriteString(`<w:vMerge w:val="restart"/>`)
			case "continue":
				d.WriteString(`<w:vMerge/>`)
				text = ""
			}
			d.WriteString("</w:tcPr><w:p><w:r><w:t>" + esc(text) + "</w:t></w:r></w:p></w:tc>")
		}
		d.WriteString("<w:tr>")
		for _, h := range header {
			cell(h, "")
		}
		d.WriteString("</w:tr>")
		for r, row := range rows {
			d.WriteString("<w:tr>")
			for c, text := range row {
				m := ""
				if len(vmerge) > 0 {
					m = vmerge[0](r, c)
				}
				cell(text, m)
			}
			d.WriteString("</w:tr>")
		}
		d.WriteString("</w:tbl>")
	}
	d.WriteString(`<w:sectPr/></w:body></w:document>`)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", d.String()},
	}
	for _, f := range files {
		// a fixed time, so that the file is the same each time it is made
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			panic(err)
		}
		w.Write([]byte(f.body))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.String()
}

// toTraditional writes s in traditional characters: each simplified
// character that OpenCC's table gives for a traditional one is replaced by
// the first (lowest) such traditional character, so that folding gives s
// back.
func toTraditional(s string) string {
	rev := map[rune]rune{}
	for t, simp := range tsTable() {
		if old, ok := rev[simp]; !ok || t < old {
			rev[simp] = t
		}
	}
	return strings.Map(func(r rune) rune {
		if t, ok := rev[r]; ok {
			return t
		}
		return r
	}, s)
}
