package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rollout"
	"rollout/msg"
)

// The tests in this file read hostile workbooks, written here part by part,
// and measure the memory reading them takes.

// memoryBound is how much reading one file may raise the heap (issue 15).
const memoryBound = 64 << 20

// xpart is a part of a hand-made archive: its body written by write, or,
// for a part that lies about its size, stored as given under header.
type xpart struct {
	name   string
	write  func(w io.Writer)
	header *zip.FileHeader
	raw    []byte
}

func xmlPart(s string) func(io.Writer) { return func(w io.Writer) { io.WriteString(w, s) } }

// archive writes the parts as a zip archive, deflated.
func archive(t testing.TB, parts ...xpart) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		if p.header != nil {
			w, err := z.CreateRaw(p.header)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(p.raw)
			continue
		}
		w, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		p.write(w)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	mainNS   = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	relNS    = `xmlns="http://schemas.openxmlformats.org/package/2006/relationships"`
	relTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

// workbookParts are the parts of a workbook of one sheet, 进展报告, whose
// sheetData is written by rows, with shared strings written by sst (the
// <si> elements) when it is not nil.
func workbookParts(dimension string, rows, sst func(io.Writer)) []xpart {
	sstRel := ""
	if sst != nil {
		sstRel = `<Relationship Id="rId2" Type="` + relTypes + `sharedStrings" Target="sharedStrings.xml"/>`
	}
	parts := []xpart{
		{name: "[Content_Types].xml", write: xmlPart(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`)},
		{name: "_rels/.rels", write: xmlPart(`<Relationships ` + relNS + `><Relationship Id="rId1" Type="` + relTypes + `officeDocument" Target="xl/workbook.xml"/></Relationships>`)},
		{name: "xl/workbook.xml", write: xmlPart(`<workbook ` + mainNS + `><workbookPr/><sheets><sheet name="` + ReportSheet + `" sheetId="1" r:id="rId1"/></sheets></workbook>`)},
		{name: "xl/_rels/workbook.xml.rels", write: xmlPart(`<Relationships ` + relNS + `><Relationship Id="rId1" Type="` + relTypes + `worksheet" Target="worksheets/sheet1.xml"/>` + sstRel + `</Relationships>`)},
		{name: "xl/worksheets/sheet1.xml", write: func(w io.Writer) {
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet `+mainNS+`>`)
			if dimension != "" {
				io.WriteString(w, `<dimension ref="`+dimension+`"/>`)
			}
			io.WriteString(w, `<sheetData>`)
			rows(w)
			io.WriteString(w, `</sheetData></worksheet>`)
		}},
	}
	if sst != nil {
		parts = append(parts, xpart{name: "xl/sharedStrings.xml", write: func(w io.Writer) {
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><sst `+mainNS+`>`)
			sst(w)
			io.WriteString(w, `</sst>`)
		}})
	}
	return parts
}

// header is a title and the template's header row, as rows 1 and 2.
func header(w io.Writer) {
	io.WriteString(w, `<row r="1"><c r="A1" t="inlineStr"><is><t>广东省 2024年第1季度 改革试点经验复制推广工作进展报告</t></is></c></row><row r="2">`)
	for i, title := range templateHeader {
		fmt.Fprintf(w, `<c r="%c2" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+i, title)
	}
	io.WriteString(w, `</row>`)
}

// randomText is n bytes of letters that do not compress much.
func randomText(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'a' + byte(rng.IntN(26))
	}
	return b
}

// deflated is b compressed as a zip entry stores it.
func deflated(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// heapGrowth runs fn and returns the most the heap in use grew above where
// it was before (sampled every millisecond, and at the end) and the bytes
// allocated in all.
func heapGrowth(fn func()) (peak, allocated uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base, total := ms.HeapInuse, ms.TotalAlloc
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
	runtime.ReadMemStats(&ms)
	top = max(top, ms.HeapInuse)
	if top < base {
		return 0, ms.TotalAlloc - total
	}
	return top - base, ms.TotalAlloc - total
}

// readHostile reads data as a template and returns the refusal's key and
// Chinese sentence, failing the test when the heap grew by more than the bound.
func readHostile(t *testing.T, data []byte) (string, string) {
	t.Helper()
	var err error
	peak, allocated := heapGrowth(func() { _, err = ReadTemplate(data) })
	t.Logf("file %d KB: heap grew %.1f MB at most, %.1f MB allocated in all", len(data)>>10, float64(peak)/(1<<20), float64(allocated)/(1<<20))
	if peak > memoryBound {
		t.Errorf("heap grew by %.1f MB reading a %d KB file, more than %d MB", float64(peak)/(1<<20), len(data)>>10, memoryBound>>20)
	}
	var e *rollout.Error
	if !errors.As(err, &e) || e.Code != rollout.EINVALID {
		t.Fatalf("got %v, want EINVALID", err)
	}
	return e.Key, e.Text(msg.ZH)
}

func TestReadHostile(t *testing.T) {
	lim := rollout.ReportSheetLimits
	rng := rand.New(rand.NewPCG(15, 1))
	inline := func(ref, s string) string { return `<c r="` + ref + `" t="inlineStr"><is><t>` + s + `</t></is></c>` }
	tests := []struct {
		name string
		data func(t *testing.T) []byte
		key  string
		says []string
	}{{
		// The file of issue 15: one cell at column XFD on each row.
		name: "wide rows",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				for r := 3; r < 20000; r++ {
					fmt.Fprintf(w, `<row r="%d">%s</row>`, r, inline(fmt.Sprintf("XFD%d", r), "x"))
				}
			}, nil)...)
		},
		key:  "err.sheet.cell_outside",
		says: []string{"工作表“进展报告”的单元格 XFD3 超出了模板的范围", "最多 20000 行、128 列，即 A1:DX20000"},
	}, {
		// _x0000_ is how OOXML writes a NUL: not text a report can hold.
		name: "NUL in a cell",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				io.WriteString(w, `<row r="3"><c r="A3" t="inlineStr"><is><t>T-000745</t></is></c><c r="D3" t="inlineStr"><is><t>措施_x0000_</t></is></c></row>`)
			}, nil)...)
		},
		key:  "err.sheet.bad_text",
		says: []string{"单元格 D3 含有空字符"},
	}, {
		// The same through the shared strings.
		name: "NUL in a shared string",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				io.WriteString(w, `<row r="3"><c r="A3" t="inlineStr"><is><t>T-000745</t></is></c><c r="E3" t="s"><v>0</v></c></row>`)
			}, func(w io.Writer) { io.WriteString(w, `<si><t>_x0000_</t></si>`) })...)
		},
		key:  "err.sheet.bad_text",
		says: []string{"单元格 E3"},
	}, {
		// A blank cell with a format is a cell too.
		name: "blank formatted cell beyond the columns",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				io.WriteString(w, `<row r="3"><c r="A3" t="inlineStr"><is><t>T-000745</t></is></c><c r="DY3" s="1"/></row>`)
			}, nil)...)
		},
		key:  "err.sheet.cell_outside",
		says: []string{"单元格 DY3"},
	}, {
		// Cells without references, counted along the row.
		name: "wide row without references",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				io.WriteString(w, `<row>`+strings.Repeat(`<c/>`, lim.Columns)+`<c t="inlineStr"><is><t>x</t></is></c></row>`)
			}, nil)...)
		},
		key:  "err.sheet.cell_outside",
		says: []string{"单元格 DY1"},
	}, {
		// A million and a half empty rows, then a value: nothing is held for the
		// empty rows, and the value is beyond the rows.
		name: "millions of empty rows",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				for r := 3; r <= 1_500_000; r++ {
					fmt.Fprintf(w, `<row r="%d"/>`, r)
				}
				fmt.Fprintf(w, `<row r="1500001">%s</row>`, inline("A1500001", "x"))
			}, nil)...)
		},
		key:  "err.sheet.cell_outside",
		says: []string{"单元格 A1500001"},
	}, {
		// Rows without numbers compress a thousandfold.
		name: "millions of empty rows, compressed",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				io.WriteString(w, strings.Repeat(`<row/>`, 3_000_000))
			}, nil)...)
		},
		key:  "err.sheet.ratio",
		says: []string{"“xl/worksheets/sheet1.xml”压缩比异常", "上限 100 倍"},
	}, {
		name: "huge declared dimension",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("A1:XFD1048576", header, nil)...)
		},
		key:  "err.sheet.dimension",
		says: []string{"使用范围 A1:XFD1048576 超出了模板的范围（最多 A1:DX20000）"},
	}, {
		name: "too many cells",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				for r := 3; r <= lim.Rows; r++ {
					fmt.Fprintf(w, `<row r="%d"><c r="Z%d" s="1"/></row>`, r, r)
				}
			}, nil)...)
		},
		key:  "err.sheet.too_many_cells",
		says: []string{"单元格超过了 500000 个的上限（读到第 19233 行）"},
	}, {
		// A zip bomb of shared strings: 30 MB of one letter (more is over
		// PartSize).
		name: "shared strings bomb",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", header, func(w io.Writer) {
				io.WriteString(w, `<si><t>`)
				chunk := strings.Repeat("a", 1<<20)
				for range 30 {
					io.WriteString(w, chunk)
				}
				io.WriteString(w, `</t></si>`)
			})...)
		},
		key:  "err.sheet.ratio",
		says: []string{"“xl/sharedStrings.xml”压缩比异常"},
	}, {
		// The same, its entry declaring 1 KB.
		name: "shared strings bomb declared small",
		data: func(t *testing.T) []byte {
			body := append(append([]byte(`<sst `+mainNS+`><si><t>`), bytes.Repeat([]byte("a"), 60<<20)...), `</t></si></sst>`...)
			z := deflated(body)
			parts := workbookParts("", header, func(io.Writer) {})
			parts[len(parts)-1] = xpart{header: &zip.FileHeader{Name: "xl/sharedStrings.xml", Method: zip.Deflate,
				CRC32: crc32.ChecksumIEEE(body), CompressedSize64: uint64(len(z)), UncompressedSize64: 1 << 10}, raw: z}
			return archive(t, parts...)
		},
		key:  "err.sheet.part_too_large",
		says: []string{"“xl/sharedStrings.xml”解压后超过了它记录的大小"},
	}, {
		name: "shared strings declared too many",
		data: func(t *testing.T) []byte {
			parts := workbookParts("", header, func(io.Writer) {})
			parts[len(parts)-1].write = xmlPart(`<sst ` + mainNS + ` count="2147483647" uniqueCount="2147483647"><si><t>x</t></si></sst>`)
			return archive(t, parts...)
		},
		key:  "err.sheet.too_many_strings",
		says: []string{"超过了 500000 条的上限"},
	}, {
		name: "too many shared strings",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", header, func(w io.Writer) {
				for i := range lim.SharedStrings + 1 {
					fmt.Fprintf(w, `<si><t>%d</t></si>`, i)
				}
			})...)
		},
		key:  "err.sheet.too_many_strings",
		says: []string{"超过了 500000 条的上限"},
	}, {
		name: "shared strings too long",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", header, func(w io.Writer) {
				for range 9 * 8 {
					fmt.Fprintf(w, `<si><t>%s</t></si>`, randomText(rng, 128<<10))
				}
			})...)
		},
		key:  "err.sheet.strings_too_large",
		says: []string{"文字超过了 8 MB 的上限"},
	}, {
		name: "cell text too long",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				for r := 3; r < 3+9*8; r++ {
					fmt.Fprintf(w, `<row r="%d">%s</row>`, r, inline(fmt.Sprintf("H%d", r), string(randomText(rng, 128<<10))))
				}
			}, nil)...)
		},
		key:  "err.sheet.text_too_large",
		says: []string{"单元格中的文字超过了 8 MB 的上限（读到单元格 H"},
	}, {
		name: "one huge text",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				fmt.Fprintf(w, `<row r="3">%s</row>`, inline("H3", string(randomText(rng, 3<<20))))
			}, nil)...)
		},
		key:  "err.sheet.token_too_large",
		says: []string{"“xl/worksheets/sheet1.xml”含有超过 1024 KB 的单个元素"},
	}, {
		// CDATA sections may hold '<': a text of them is still one token.
		name: "one huge CDATA text",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				io.WriteString(w, `<row r="3"><c r="H3" t="inlineStr"><is><t>`)
				for range 1 << 11 {
					io.WriteString(w, `<![CDATA[<`+string(randomText(rng, 1000))+`]]>`)
				}
				io.WriteString(w, `</t></is></c></row>`)
			}, nil)...)
		},
		key:  "err.sheet.token_too_large",
		says: []string{"含有超过 1024 KB 的单个元素"},
	}, {
		name: "one huge attribute",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				io.WriteString(w, `<row r="1" x="`)
				for range 1 << 11 {
					fmt.Fprintf(w, `>%s`, randomText(rng, 1000))
				}
				io.WriteString(w, `"/>`)
			}, nil)...)
		},
		key:  "err.sheet.token_too_large",
		says: []string{"含有超过 1024 KB 的单个元素"},
	}, {
		name: "one huge comment",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				io.WriteString(w, `<!---`)
				for range 1 << 11 {
					fmt.Fprintf(w, `<a>%s`, randomText(rng, 1000))
				}
				io.WriteString(w, `-->`)
			}, nil)...)
		},
		key:  "err.sheet.token_too_large",
		says: []string{"含有超过 1024 KB 的单个元素"},
	}, {
		name: "DOCTYPE",
		data: func(t *testing.T) []byte {
			parts := workbookParts("", header, nil)
			parts[2].write = xmlPart(`<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY a "aaaa">]><workbook ` + mainNS + `><sheets/></workbook>`)
			return archive(t, parts...)
		},
		key:  "err.sheet.damaged",
		says: []string{"可能已损坏"},
	}, {
		// One part of 1.5 MB read again and again, as the sheet of each of
		// 500 names.
		name: "one part named by many sheets",
		data: func(t *testing.T) []byte {
			parts := workbookParts("", func(w io.Writer) {
				for r := 1; r <= 1500; r++ {
					fmt.Fprintf(w, `<row r="%d">%s</row>`, r, inline(fmt.Sprintf("A%d", r), string(randomText(rng, 1000))))
				}
			}, nil)
			var sheets strings.Builder
			for i := range 500 {
				fmt.Fprintf(&sheets, `<sheet name="表%d" sheetId="%d" r:id="rId1"/>`, i, i+1)
			}
			parts[2].write = xmlPart(`<workbook ` + mainNS + `><sheets>` + sheets.String() + `</sheets></workbook>`)
			return archive(t, parts...)
		},
		key:  "err.sheet.unzipped_too_large",
		says: []string{"文件解压后共超过 64 MB 的上限"},
	}, {
		// A sheet's name is said shortened.
		name: "long sheet name",
		data: func(t *testing.T) []byte {
			parts := workbookParts("", func(w io.Writer) {
				io.WriteString(w, `<row r="1">`+inline("XFD1", "x")+`</row>`)
			}, nil)
			parts[2].write = xmlPart(`<workbook ` + mainNS + `><sheets><sheet name="` + strings.Repeat("长", 100000) + `" sheetId="1" r:id="rId1"/></sheets></workbook>`)
			return archive(t, parts...)
		},
		key:  "err.sheet.cell_outside",
		says: []string{"工作表“" + strings.Repeat("长", 64) + "…”的单元格 XFD1"},
	}, {
		name: "too many entries",
		data: func(t *testing.T) []byte {
			parts := workbookParts("", header, nil)
			for i := range lim.Entries {
				parts = append(parts, xpart{name: fmt.Sprintf("xl/media/x%d", i), write: xmlPart("")})
			}
			return archive(t, parts...)
		},
		key:  "err.sheet.too_many_parts",
		says: []string{"文件内含 1000 个以上的部件"},
	}, {
		name: "file too large",
		data: func(t *testing.T) []byte {
			return append([]byte("PK\x03\x04"), make([]byte, lim.FileSize)...)
		},
		key:  "err.sheet.file_too_large",
		says: []string{"文件有 10.0 MB，超过了 10 MB 的上限"},
	}, {
		name: "shared string index out of range",
		data: func(t *testing.T) []byte {
			return archive(t, workbookParts("", func(w io.Writer) {
				header(w)
				io.WriteString(w, `<row r="3"><c r="A3" t="s"><v>7</v></c></row>`)
			}, func(w io.Writer) { io.WriteString(w, `<si><t>x</t></si>`) })...)
		},
		key:  "err.sheet.sheet_unreadable",
		says: []string{"工作表“进展报告”无法读取"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data(t)
			key, said := readHostile(t, data)
			if key != tt.key {
				t.Errorf("refused with %s (%s), want %s", key, said, tt.key)
			}
			for _, s := range tt.says {
				if !strings.Contains(said, s) {
					t.Errorf("says %q, want %q in it", said, s)
				}
			}
		})
	}
}

// TestReadLargestAllowed reads a file at the limits — every cell the sheet
// may hold, shared strings of the most text and number allowed, and text in
// the cells near the bound — and measures the heap.
func TestReadLargestAllowed(t *testing.T) {
	if testing.Short() {
		t.Skip("a large file")
	}
	lim := rollout.ReportSheetLimits
	rng := rand.New(rand.NewPCG(15, 2))
	cols := lim.Cells / lim.Rows // 25
	strs := lim.SharedStrings - 1000
	per := int(lim.SharedText-(1<<20)) / strs
	data := archive(t, workbookParts("", func(w io.Writer) {
		for r := 1; r <= lim.Rows; r++ {
			fmt.Fprintf(w, `<row r="%d">`, r)
			for c := range cols {
				if c == 0 {
					fmt.Fprintf(w, `<c t="inlineStr"><is><t>%s</t></is></c>`, randomText(rng, 100))
					continue
				}
				fmt.Fprintf(w, `<c t="s"><v>%d</v></c>`, rng.IntN(strs))
			}
			io.WriteString(w, `</row>`)
		}
	}, func(w io.Writer) {
		for range strs {
			fmt.Fprintf(w, `<si><t>%s</t></si>`, randomText(rng, per))
		}
	})...)
	key, _ := readHostile(t, data)
	if key != "err.sheet.no_header" {
		t.Errorf("refused with %s, want err.sheet.no_header (the file is within the bounds)", key)
	}
}

// TestGuard follows markup across reads cut anywhere.
func TestGuard(t *testing.T) {
	doc := `<?xml version="1.0"?><!-- a <comment> --><a x=">" y='"'><![CDATA[<b>]]>text</a>`
	for cut := range len(doc) {
		g := tokenGuard{max: 25}
		if err := g.scan([]byte(doc[:cut])); err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		if err := g.scan([]byte(doc[cut:])); err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		if g.state != inText || g.run != 0 {
			t.Fatalf("cut at %d: state %d, run %d", cut, g.state, g.run)
		}
	}
	for _, bad := range []string{`<a>` + strings.Repeat("x", 26) + `</a>`, `<!DOCTYPE a>`, `<!--->` + strings.Repeat("<", 30), `<a b="` + strings.Repeat(">", 30) + `"/>`} {
		g := tokenGuard{max: 25}
		if err := g.scan([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestUnescapeBSTR(t *testing.T) {
	for in, want := range map[string]string{
		"a_x000D_\nb": "a\r\nb", "_x005F_x000D_": "_x000D_", "_xD800_x": "x", "_x00": "_x00", "_xZZZZ_": "_xZZZZ_", "plain": "plain",
	} {
		if got := string(unescapeBSTR([]byte(in))); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

func TestCellRef(t *testing.T) {
	for _, tt := range []struct {
		ref      string
		col, row int
		ok       bool
	}{{"A1", 1, 1, true}, {"XFD1048576", 16384, 1048576, true}, {"dx20000", 128, 20000, true}, {"A0", 0, 0, false}, {"1A", 0, 0, false}, {"A", 0, 0, false}, {"", 0, 0, false}, {"A1B", 0, 0, false}} {
		col, row, ok := cellRef(tt.ref)
		if ok != tt.ok || (ok && (col != tt.col || row != tt.row)) {
			t.Errorf("%q: got %d %d %v", tt.ref, col, row, ok)
		}
	}
	if col, _, ok := cellRef(strings.Repeat("Z", 40) + "1"); !ok || col <= 16384 {
		t.Errorf("a long column: %d %v", col, ok)
	}
}

// TestRowsAsExcelize reads every sheet of files written by Template, filled
// by excelize, saved by LibreOffice and written by hand as other programs
// write them, and compares the rows with excelize's GetRows (raw values).
func TestRowsAsExcelize(t *testing.T) {
	tasks, current := fixture()
	tasks[0].ItemID, tasks[1].ItemID = 101, 102
	withIndicators, err := TemplateWithIndicators(guangdong, "2024Q1", tasks, current, map[int64][]*rollout.Indicator{
		101: {{ID: 11, ItemID: 101, Name: "审批时长中位数", Measure: "工作日"}, {ID: 12, ItemID: 101, Name: "网办率", Measure: "%"}},
	}, now)
	if err != nil {
		t.Fatal(err)
	}
	lo, err := os.ReadFile(libreOfficeFile)
	if err != nil {
		t.Fatal(err)
	}
	check := func(id int64) string { return checkCode("440000", "2024Q1", id, 0) }
	files := map[string][]byte{
		"template":        template(t, guangdong),
		"filled":          filled(t),
		"with indicators": withIndicators,
		"libreoffice":     lo,
		"hand-written": buildXLSX(t, true,
			xsheet{name: ReportSheet, excel: true, merge: "A1:P1", rows: map[int][]xc{
				1: row(shared("标题 _x000D_ 与_x005F_x000D_")),
				2: titles(shared, templateHeader...),
				3: row(rich("T-", "000745"), skip(), num("1"), skip(), formula("推进中"), dateNum("45352"), inline("a_x000D_b"), skip(), skip(), skip(), skip(), skip(), skip(), skip(), num("0"), shared(check(745))),
				7: row(inline("T-000746")),
			}},
			xsheet{name: "Sheet2", noRefs: true, rows: map[int][]xc{1: row(skip(), inline("B")), 3: row(num("1.5"), skip(), inline(" c "))}},
			metaSheet(inline, "4", "440000", "广东省", "2024Q1"),
		),
	}
	trim := func(rows [][]string) [][]string {
		out := make([][]string, len(rows))
		last := 0
		for i, r := range rows {
			n := len(r)
			for n > 0 && r[n-1] == "" {
				n--
			}
			if n > 0 {
				out[i], last = r[:n], i+1
			}
		}
		return out[:last]
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			ex, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer ex.Close()
			wb, err := openWorkbook(data, rollout.ReportSheetLimits)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(wb.sheetNames(), ex.GetSheetList()) {
				t.Errorf("sheets %q, excelize %q", wb.sheetNames(), ex.GetSheetList())
			}
			if p, err := ex.GetWorkbookProps(); err == nil && p.Date1904 != nil && *p.Date1904 != wb.date1904 {
				t.Errorf("date1904 %v, excelize %v", wb.date1904, *p.Date1904)
			}
			for _, sh := range ex.GetSheetList() {
				want, err := ex.GetRows(sh, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatal(err)
				}
				got, err := wb.rows(sh)
				if err != nil {
					t.Fatalf("%s: %v", sh, err)
				}
				if !reflect.DeepEqual(trim(got), trim(want)) {
					t.Errorf("%s:\n got %q\nwant %q", sh, got, want)
				}
			}
		})
	}
}
