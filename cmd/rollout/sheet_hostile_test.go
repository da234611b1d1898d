package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// heapBound is how much one hostile file may raise the server's heap (issue 15).
const heapBound = 64 << 20

// peakHeapGrowth runs fn and returns the most the heap in use grew above
// where it was before, sampled every millisecond and at the end.
func peakHeapGrowth(fn func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var top uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			top = max(top, ms.HeapInuse)
			select {
			case <-stop:
				done <- top
				return
			case <-tick.C:
			}
		}
	}()
	fn()
	close(stop)
	top := <-done
	if top < base {
		return 0
	}
	return top - base
}

// widen adds to the report sheet of an .xlsx file (its first sheet part) a
// cell at column XFD on each row up to rows: the file of issue 15. (Excelize
// itself takes minutes to write it, expanding each row as it reads.)
func widen(t *testing.T, data []byte, rows int) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	selfClosed := regexp.MustCompile(`<row ([^>]*?)/>`)
	row := regexp.MustCompile(`(?s)(<row r="(\d+)"[^>]*>)(.*?)</row>`)
	xfd := `<c r="XFD${2}" t="inlineStr"><is><t>x</t></is></c>`
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet1.xml" {
			s := selfClosed.ReplaceAllString(string(body), `<row ${1}></row>`)
			last := 0
			for _, m := range row.FindAllStringSubmatch(s, -1) {
				last, _ = strconv.Atoi(m[2])
			}
			s = row.ReplaceAllString(s, "${1}${3}"+xfd+"</row>")
			var extra strings.Builder
			for r := last + 1; r <= rows; r++ {
				fmt.Fprintf(&extra, `<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, r, r)
			}
			body = []byte(strings.Replace(s, "</sheetData>", extra.String()+"</sheetData>", 1))
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The file of issue 15 — the unit's own template with one cell at column XFD
// on each of 20,000 rows, about 120 KB — is refused with 400 by the import
// page and the API (dry run included), naming the cell, and by `rollout
// reports import`, while the server's heap grows by far less than 64 MB
// (it grew by gigabytes when excelize read it).
func TestWideSpreadsheetRefused(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		st := serveOverStorage(t, db)
		gd := st.unit("广东省")
		st.account("gd.reporter", gd.ID, rollout.RoleReporter, "Wide-Sheet-2024")
		c := st.signIn("gd.reporter", "Wide-Sheet-2024")

		code, tmpl := c.do("GET", fmt.Sprintf("/units/%d/template.xlsx?period=2024Q1", gd.ID), "")
		if code != 200 {
			t.Fatalf("template: %d %s", code, tmpl)
		}
		wide := widen(t, []byte(tmpl), 20000)
		t.Logf("the wide file: %d KB", len(wide)>>10)

		var form bytes.Buffer
		mw := multipart.NewWriter(&form)
		fw, _ := mw.CreateFormFile("file", "wide.xlsx")
		fw.Write(wide)
		mw.Close()

		for _, tc := range []struct {
			name, path, ctype string
			body              []byte
		}{
			{"api dry run", fmt.Sprintf("/api/v1/units/%d/reports/import?dry_run=true", gd.ID), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", wide},
			{"api", fmt.Sprintf("/api/v1/units/%d/reports/import", gd.ID), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", wide},
			{"page", fmt.Sprintf("/units/%d/import", gd.ID), mw.FormDataContentType(), form.Bytes()},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var code int
				var body string
				grew := peakHeapGrowth(func() { code, body = c.send("POST", tc.path, tc.ctype, string(tc.body)) })
				t.Logf("heap grew by %.1f MB at most", float64(grew)/(1<<20))
				if code != http.StatusBadRequest || !strings.Contains(body, "XFD1") || !strings.Contains(body, "超出了模板的范围") {
					t.Errorf("got %d, want 400 naming the cell XFD1:\n%.600s", code, body)
				}
				if grew > heapBound {
					t.Errorf("the server's heap grew by %.1f MB, more than %d MB", float64(grew)/(1<<20), heapBound>>20)
				}
			})
		}

		path := filepath.Join(t.TempDir(), "wide.xlsx")
		if err := os.WriteFile(path, wide, 0o644); err != nil {
			t.Fatal(err)
		}
		var exit int
		var out, errOut string
		grew := peakHeapGrowth(func() { exit, out, errOut = runCmd(t, "reports", "import", "--dry-run", "--db", dsn, path) })
		if exit == 0 || !strings.Contains(errOut, "单元格 XFD1 超出了模板的范围") {
			t.Errorf("reports import: exit %d\n%s%s", exit, out, errOut)
		}
		if grew > heapBound {
			t.Errorf("reports import: the heap grew by %.1f MB, more than %d MB", float64(grew)/(1<<20), heapBound>>20)
		}
	})
}
