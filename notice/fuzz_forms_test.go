package notice

import (
	"archive/zip"
	"bytes"
	"errors"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"rollout"
)

// checkNoticeContract is FuzzParse's contract: a notice Validate accepts or
// one with error diagnostics, or an EINVALID *rollout.Error and no notice.
func checkNoticeContract(t *testing.T, n *rollout.Notice, err error) {
	t.Helper()
	if err != nil {
		var e *rollout.Error
		if !errors.As(err, &e) || e.Code != rollout.EINVALID || rollout.ErrorMessage(e) == "" {
			t.Fatalf("error %#v is no EINVALID *rollout.Error", err)
		}
		if n != nil {
			t.Fatal("a notice with an error")
		}
		return
	}
	if n == nil {
		t.Fatal("no notice and no error")
	}
	if verr := n.Validate(); verr != nil && !n.HasErrors() {
		t.Fatalf("Validate: %v, and no error diagnostics", verr)
	}
	checkDiagnostics(t, n.Diagnostics)
}

// FuzzParseForms runs Parse over the forms of the corpus (other header
// wordings, spaces, one cell per line, no annex, GBK, Word), with and
// without a batch given.
func FuzzParseForms(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*"))
	for _, name := range files {
		src := readFile(f, name)
		f.Add(src, 0)
		f.Add(src[:len(src)*3/4], 8)
	}
	f.Add([]byte("国函〔2023〕56号\n序号\n事项\n负责部门\n适用范围\n1\n甲\n乙\n全国\n2\n"), 0)
	f.Add([]byte("国函〔2023〕56号\n序号  改革事项  牵头单位  复制推广范围\n1  甲 乙  丙  全国\n1\n"), 3)
	f.Fuzz(func(t *testing.T, src []byte, batch int) {
		n, err := ParseWith(src, Options{Batch: batch % 100})
		checkNoticeContract(t, n, err)
		if err == nil && batch%100 > 0 && n.Batch != batch%100 {
			t.Fatalf("batch %d given, %d read", batch%100, n.Batch)
		}
	})
}

// docxWith packs document.xml into a .docx.
func docxWith(documentXML []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write(documentXML)
	zw.Close()
	return buf.Bytes()
}

// FuzzDocx feeds the Word reader any document.xml: it never panics, and what
// it reads keeps Parse's and ParseReissue's contracts.
func FuzzDocx(f *testing.F) {
	for _, name := range []string{"word-table.docx", "word-merged-scope.docx", "word-tabs.docx"} {
		src := readFile(f, filepath.Join(corpusDir, name))
		zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
		if err != nil {
			f.Fatal(err)
		}
		for _, zf := range zr.File {
			if zf.Name == "word/document.xml" {
				rc, _ := zf.Open()
				var b bytes.Buffer
				b.ReadFrom(rc)
				rc.Close()
				f.Add(b.Bytes())
				f.Add(b.Bytes()[:b.Len()/2])
			}
		}
	}
	f.Add([]byte(`<w:document><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="99999"/><w:vMerge/></w:tcPr><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl></w:body></w:document>`))
	f.Fuzz(func(t *testing.T, documentXML []byte) {
		src := docxWith(documentXML)
		n, err := Parse(src)
		checkNoticeContract(t, n, err)
		if r, err := ParseReissue(src); err == nil {
			checkDiagnostics(t, r.Diagnostics)
		} else if r != nil {
			t.Fatal("a re-issue with an error")
		}
	})
}

// FuzzDecodeText: any bytes either come back as UTF-8 or are refused with
// an EINVALID error.
func FuzzDecodeText(f *testing.F) {
	f.Add(readFile(f, filepath.Join(corpusDir, "gbk.txt")))
	f.Add([]byte("\xb9\xfa\xce\xf1\xd4\xba"))
	f.Add([]byte("\x81\x30\x81\x30\xff"))
	f.Fuzz(func(t *testing.T, src []byte) {
		out, notes, err := decodeText(src)
		if err != nil {
			var e *rollout.Error
			if !errors.As(err, &e) || e.Code != rollout.EINVALID {
				t.Fatalf("error %#v", err)
			}
			return
		}
		if !utf8.Valid(out) {
			t.Fatal("not UTF-8")
		}
		checkDiagnostics(t, notes)
	})
}
