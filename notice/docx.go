package notice

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"rollout"
)

// A Word document (.docx) is a ZIP archive whose word/document.xml holds the
// body: paragraphs (w:p) and tables (w:tbl, rows w:tr, cells w:tc). readDocx
// reads the body into the lines the other readers make, with the standard
// library only: a paragraph is a line (a line break inside it, w:br, makes
// two), a table row of two or more cells is a row whose cells are the
// paragraphs of each cell joined, a cell spanning columns (w:gridSpan) is
// followed by empty cells and a cell merged with the one above (w:vMerge)
// repeats its text, as the web page reader does with rowspan. A paragraph
// holding tabs is read as the text reader reads a line (a tab-separated
// row). Line numbers count paragraphs and rows from 1. Deleted text
// (tracked changes), field codes, headers, footers and notes are not read.

// maxDocxXML bounds the size of document.xml once uncompressed, so that a
// small file cannot make the reader hold gigabytes.
const maxDocxXML = 64 << 20

func readDocx(src []byte) (*document, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, rollout.E(rollout.EINVALID, "err.notice.docx-zip", clip(err.Error(), 60))
	}
	var body *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			body = f
		}
	}
	if body == nil {
		return nil, rollout.E(rollout.EINVALID, "err.notice.docx-not-word")
	}
	rc, err := body.Open()
	if err != nil {
		return nil, rollout.E(rollout.EINVALID, "err.notice.docx-body", clip(err.Error(), 60))
	}
	defer rc.Close()
	r := &docxReader{doc: &document{format: rollout.FormatDocx}}
	if err := r.read(io.LimitReader(rc, maxDocxXML)); err != nil {
		return nil, rollout.E(rollout.EINVALID, "err.notice.docx-xml", clip(err.Error(), 60))
	}
	if len(r.doc.lines) == 0 {
		return nil, rollout.E(rollout.EINVALID, "err.notice.docx-empty")
	}
	return r.doc, nil
}

// docxCell is a table cell being read: its paragraphs, and how many grid
// columns it spans.
type docxCell struct {
	paras  []string
	span   int
	vmerge string // "restart", "continue" or ""
}

type docxTable struct {
	cells   []docxCell // of the row being read
	inRow   bool
	merged  map[int][2]any // grid column → text and paragraphs of the cell a vMerge continues
	rowNo   int
	nesting int // tables inside a cell of this one, read as text of the cell
}

type docxReader struct {
	doc    *document
	no     int // paragraphs and rows so far
	tables []*docxTable
	para   strings.Builder // the paragraph being read
	inPara bool
	skip   int // depth inside an element whose text is not read
	inText bool
	cellOf []*docxCell // the cell each open table is in
}

func (r *docxReader) read(rd io.Reader) error {
	dec := xml.NewDecoder(rd)
	dec.Strict = false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			r.start(t)
		case xml.EndElement:
			r.end(t.Name.Local)
		case xml.CharData:
			if r.inText && r.skip == 0 {
				r.para.Write(t)
			}
		}
	}
	for len(r.tables) > 0 {
		r.endTable()
	}
	return nil
}

func attr(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

func (r *docxReader) start(t xml.StartElement) {
	name := t.Name.Local
	if r.skip > 0 {
		r.skip++
		return
	}
	switch name {
	case "delText", "instrText", "footnoteReference", "endnoteReference", "del", "moveFrom":
		r.skip = 1
	case "p":
		r.para.Reset()
		r.inPara = true
	case "t":
		r.inText = true
	case "tab":
		if r.inPara {
			r.para.WriteByte('\t')
		}
	case "br", "cr":
		if r.inPara {
			r.para.WriteByte('\n')
		}
	case "tbl":
		if tb := r.table(); tb != nil && r.cell() != nil {
			tb.nesting++
			return
		}
		r.tables = append(r.tables, &docxTable{merged: map[int][2]any{}})
		r.cellOf = append(r.cellOf, nil)
	case "tr":
		if tb := r.table(); tb != nil && tb.nesting == 0 {
			tb.cells, tb.inRow = nil, true
			r.no++
			tb.rowNo = r.no
		}
	case "tc":
		if tb := r.table(); tb != nil && tb.nesting == 0 {
			tb.cells = append(tb.cells, docxCell{span: 1})
			r.cellOf[len(r.cellOf)-1] = &tb.cells[len(tb.cells)-1]
		}
	case "gridSpan":
		if c := r.cell(); c != nil && r.table().nesting == 0 {
			if v, ok := attr(t, "val"); ok {
				if n, err := strconv.Atoi(v); err == nil && n > 1 {
					c.span = min(n, 50)
				}
			}
		}
	case "vMerge":
		if c := r.cell(); c != nil && r.table().nesting == 0 {
			if v, _ := attr(t, "val"); v == "restart" {
				c.vmerge = "restart"
			} else {
				c.vmerge = "continue"
			}
		}
	}
}

func (r *docxReader) end(name string) {
	if r.skip > 0 {
		r.skip--
		return
	}
	switch name {
	case "t":
		r.inText = false
	case "p":
		r.inPara = false
		r.endPara()
	case "tc":
		if tb := r.table(); tb != nil && tb.nesting == 0 {
			r.cellOf[len(r.cellOf)-1] = nil
		}
	case "tr":
		if tb := r.table(); tb != nil && tb.nesting == 0 {
			r.endRow(tb)
		}
	case "tbl":
		if tb := r.table(); tb != nil && tb.nesting > 0 {
			tb.nesting--
			return
		}
		r.endTable()
	}
}

func (r *docxReader) table() *docxTable {
	if len(r.tables) == 0 {
		return nil
	}
	return r.tables[len(r.tables)-1]
}

func (r *docxReader) cell() *docxCell {
	if len(r.cellOf) == 0 {
		return nil
	}
	return r.cellOf[len(r.cellOf)-1]
}

// endPara ends a paragraph: into the cell being read, or into the document
// as lines read like those of a text.
func (r *docxReader) endPara() {
	raw := r.para.String()
	r.para.Reset()
	if c := r.cell(); c != nil {
		for _, piece := range strings.Split(raw, "\n") {
			if t := collapseSpace(strings.ReplaceAll(piece, "\t", " ")); t != "" {
				c.paras = append(c.paras, t)
			}
		}
		return
	}
	r.no++
	gap := true
	for _, piece := range strings.Split(raw, "\n") {
		r.doc.addRaw(r.no, piece, &gap)
	}
}

// endRow makes a row line of the row read (two or more cells), or text lines
// of a row of one cell (layout, or a heading across the table).
func (r *docxReader) endRow(tb *docxTable) {
	if !tb.inRow {
		return
	}
	tb.inRow = false
	var cells []string
	var parts [][]string
	col := 0
	for _, c := range tb.cells {
		text := ""
		for _, p := range c.paras {
			text = joinSoft(text, p)
		}
		paras := c.paras
		switch c.vmerge {
		case "restart":
			tb.merged[col] = [2]any{text, paras}
		case "continue":
			if m, ok := tb.merged[col]; ok && text == "" {
				text, paras = m[0].(string), m[1].([]string)
			}
		default:
			delete(tb.merged, col)
		}
		cells = append(cells, text)
		parts = append(parts, paras)
		for k := 1; k < c.span; k++ {
			cells = append(cells, "")
			parts = append(parts, nil)
		}
		col += c.span
	}
	tb.cells = nil
	empty := true
	for _, c := range cells {
		empty = empty && c == ""
	}
	switch {
	case empty:
	case len(cells) == 1:
		for i, p := range parts[0] {
			r.doc.lines = append(r.doc.lines, line{no: tb.rowNo, text: p, gap: i == 0})
		}
	default:
		r.doc.lines = append(r.doc.lines, line{no: tb.rowNo, cells: cells, parts: parts, gap: true})
	}
}

func (r *docxReader) endTable() {
	if tb := r.table(); tb != nil {
		r.endRow(tb)
	}
	r.tables = r.tables[:len(r.tables)-1]
	r.cellOf = r.cellOf[:len(r.cellOf)-1]
}
