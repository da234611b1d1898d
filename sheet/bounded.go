package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"rollout"
)

// Reading an .xlsx file a user sent, within rollout.SheetLimits.
//
// A workbook is a zip archive of XML parts. Excelize opens it by unzipping
// every part into memory and reads a sheet by expanding each row to its last
// column, so a small file (one cell at column XFD on each row, or a part that
// unzips a thousandfold) takes gigabytes. Here the archive's directory is
// checked before it is read (the number of entries, each entry's declared size
// and ratio, their sum), each part is unzipped as a stream that may not exceed
// what it declared nor hold an XML token larger than the bound, and a sheet is
// read token by token into rows of the cells' raw values — shared and inline
// strings as text, numbers and dates as written (serials) — refusing a cell
// beyond the template's shape by name before storing anything for it.

// workbook is an .xlsx file opened for bounded reading.
type workbook struct {
	lim      rollout.SheetLimits
	parts    map[string]*zip.File // by name, with / separators
	sheets   []sheetPart          // in the workbook's order
	sstPath  string               // the shared-strings part, "" when none
	sst      *sharedStrings       // read on the first sheet read
	date1904 bool                 // dates are counted from 1904
	unzipped int64                // bytes unzipped so far, by every read
}

// sheetPart is a sheet of the workbook: its name and its part ("" when the
// workbook names a part that is not there).
type sheetPart struct{ name, path string }

// centralDirectory is the signature of an entry of a zip archive's directory.
var centralDirectory = []byte("PK\x01\x02")

// openWorkbook checks data as an .xlsx archive within lim and reads its
// workbook part: the sheets, where the shared strings are and the date system.
func openWorkbook(data []byte, lim rollout.SheetLimits) (*workbook, error) {
	switch {
	case bytes.HasPrefix(data, oleMagic):
		return nil, rollout.E(rollout.EINVALID, "err.sheet.old_format")
	case !bytes.HasPrefix(data, []byte("PK")):
		return nil, rollout.E(rollout.EINVALID, "err.sheet.not_xlsx")
	case int64(len(data)) > lim.FileSize:
		return nil, rollout.E(rollout.EINVALID, "err.sheet.file_too_large", float64(len(data))/(1<<20), lim.FileSize>>20)
	}
	// archive/zip reads every directory entry it finds, whatever the count
	// the archive declares, allocating for each: count the signatures first
	// (an upper bound of the entries it can find).
	if n := bytes.Count(data, centralDirectory); n > lim.Entries {
		return nil, rollout.E(rollout.EINVALID, "err.sheet.too_many_parts", lim.Entries, lim.Entries)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, rollout.E(rollout.EINVALID, "err.sheet.damaged")
	}
	if len(z.File) > lim.Entries {
		return nil, rollout.E(rollout.EINVALID, "err.sheet.too_many_parts", lim.Entries, lim.Entries)
	}
	wb := &workbook{lim: lim, parts: make(map[string]*zip.File, len(z.File))}
	var total uint64
	for _, f := range z.File {
		name := strings.ReplaceAll(f.Name, `\`, "/")
		size := f.UncompressedSize64
		if size > uint64(lim.PartSize) {
			return nil, rollout.E(rollout.EINVALID, "err.sheet.part_too_large", shown(name), lim.PartSize>>20)
		}
		if size > uint64(lim.RatioFloor) {
			if ratio := size / max(f.CompressedSize64, 1); ratio > uint64(lim.Ratio) {
				return nil, rollout.E(rollout.EINVALID, "err.sheet.ratio", shown(name), ratio, lim.Ratio)
			}
		}
		if total += size; total > uint64(lim.Unzipped) {
			return nil, rollout.E(rollout.EINVALID, "err.sheet.unzipped_too_large", lim.Unzipped>>20)
		}
		wb.parts[name] = f
	}
	if err := wb.readWorkbook(); err != nil {
		return nil, err
	}
	return wb, nil
}

// shown is a part's name as a message may quote it.
func shown(name string) string {
	name = strings.ToValidUTF8(name, "?")
	if utf8.RuneCountInString(name) > 64 {
		name = string([]rune(name)[:64]) + "…"
	}
	return name
}

// part finds a part by name (as a relationship names it, resolved).
func (wb *workbook) part(name string) *zip.File {
	if f, ok := wb.parts[name]; ok {
		return f
	}
	for n, f := range wb.parts {
		if strings.EqualFold(n, name) {
			return f
		}
	}
	return nil
}

// relationship is one Relationship element of a .rels part.
type relationship struct{ id, kind, target string }

// readWorkbook finds the workbook part, its sheets, shared strings and date system.
func (wb *workbook) readWorkbook() error {
	damaged := rollout.E(rollout.EINVALID, "err.sheet.damaged")
	// A bound crossed is said as such; a part missing or broken, as damage.
	var bound *rollout.Error
	book := "xl/workbook.xml"
	rels, err := wb.readRels("_rels/.rels", "")
	if errors.As(err, &bound) {
		return err
	}
	for _, r := range rels {
		if strings.HasSuffix(r.kind, "/officeDocument") {
			book = r.target
			break
		}
	}
	if wb.part(book) == nil {
		return damaged
	}
	dir := path.Dir(book)
	rels, err = wb.readRels(path.Join(dir, "_rels", path.Base(book)+".rels"), dir)
	if errors.As(err, &bound) {
		return err
	}
	if err != nil {
		return damaged
	}
	sheetOf := map[string]string{}
	for _, r := range rels {
		switch {
		case strings.HasSuffix(r.kind, "/worksheet"):
			sheetOf[r.id] = r.target
		case strings.HasSuffix(r.kind, "/sharedStrings"):
			wb.sstPath = r.target
		}
	}
	if wb.sstPath == "" && wb.part("xl/sharedStrings.xml") != nil {
		wb.sstPath = "xl/sharedStrings.xml"
	}
	p, err := wb.open(book)
	if err != nil {
		return err
	}
	defer p.Close()
	d := xml.NewDecoder(p)
	inSheets := false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return p.refusal(err, damaged)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "workbookPr":
				v := attr(t, "date1904")
				wb.date1904 = v == "1" || v == "true"
			case "sheets":
				inSheets = true
			case "sheet":
				if inSheets && len(wb.sheets) < wb.lim.Entries {
					wb.sheets = append(wb.sheets, sheetPart{name: attr(t, "name"), path: sheetOf[attr(t, "id")]})
				}
			}
		case xml.EndElement:
			if t.Name.Local == "sheets" {
				inSheets = false
			}
		}
	}
	return nil
}

// readRels reads a relationships part; targets are resolved against dir.
func (wb *workbook) readRels(name, dir string) ([]relationship, error) {
	if wb.part(name) == nil {
		return nil, errors.New("no part " + name)
	}
	p, err := wb.open(name)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	d := xml.NewDecoder(p)
	var rels []relationship
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return rels, nil
		}
		if err != nil {
			return nil, p.refusal(err, err)
		}
		t, ok := tok.(xml.StartElement)
		if !ok || t.Name.Local != "Relationship" || attr(t, "TargetMode") == "External" || len(rels) >= wb.lim.Entries {
			continue
		}
		target := strings.ReplaceAll(attr(t, "Target"), `\`, "/")
		if strings.HasPrefix(target, "/") {
			target = path.Clean(target)[1:]
		} else {
			target = path.Join(dir, target)
		}
		rels = append(rels, relationship{id: attr(t, "Id"), kind: attr(t, "Type"), target: target})
	}
}

// attr is the value of a start element's attribute by local name.
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// sheetNames are the workbook's sheets in order.
func (wb *workbook) sheetNames() []string {
	names := make([]string, len(wb.sheets))
	for i, s := range wb.sheets {
		names[i] = s.name
	}
	return names
}

// sheet finds a sheet by name, ignoring case as spreadsheet programs do.
func (wb *workbook) sheet(name string) (sheetPart, bool) {
	for _, s := range wb.sheets {
		if strings.EqualFold(s.name, name) {
			return s, true
		}
	}
	return sheetPart{}, false
}

// has reports whether the workbook has a sheet of that name.
func (wb *workbook) has(name string) bool {
	_, ok := wb.sheet(name)
	return ok
}

// Errors of a part read beyond its bounds.
var (
	errPartSize = errors.New("part larger than declared or allowed")
	errUnzipped = errors.New("parts read larger than allowed in all")
	errToken    = errors.New("XML token too large")
	errMarkup   = errors.New("XML directive (DOCTYPE) in a part")
)

// partReader is a part of the archive being unzipped within bounds: no more than
// it declared (and PartSize), and no XML token over Token bytes.
type partReader struct {
	rc    io.ReadCloser
	name  string
	lim   rollout.SheetLimits
	spent *int64 // bytes unzipped by every read of the workbook: a part read again counts again
	left  int64  // bytes it may still give
	g     tokenGuard
	err   error // the bound it crossed
}

// open opens a part for bounded reading.
func (wb *workbook) open(name string) (*partReader, error) {
	f := wb.part(name)
	if f == nil {
		return nil, rollout.E(rollout.EINVALID, "err.sheet.damaged")
	}
	rc, err := f.Open()
	if err != nil {
		return nil, rollout.E(rollout.EINVALID, "err.sheet.damaged")
	}
	limit := min(int64(f.UncompressedSize64), wb.lim.PartSize)
	return &partReader{rc: rc, name: name, lim: wb.lim, spent: &wb.unzipped, left: limit, g: tokenGuard{max: wb.lim.Token}}, nil
}

func (p *partReader) Read(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	// Read one byte beyond what is allowed, to see whether there is more.
	if int64(len(b)) > p.left+1 {
		b = b[:p.left+1]
	}
	n, err := p.rc.Read(b)
	if errors.Is(err, zip.ErrFormat) {
		// archive/zip's own check: the part unzips to more than it declared.
		p.err = errPartSize
		return 0, p.err
	}
	if int64(n) > p.left {
		p.err = errPartSize
		return 0, p.err
	}
	p.left -= int64(n)
	if *p.spent += int64(n); *p.spent > p.lim.Unzipped {
		// Sheets that name one part many times.
		p.err = errUnzipped
		return 0, p.err
	}
	if gerr := p.g.scan(b[:n]); gerr != nil {
		p.err = gerr
		return 0, p.err
	}
	return n, err
}

func (p *partReader) Close() error { return p.rc.Close() }

// refusal is the refusal for an error met while decoding the part: the bound
// the part crossed, or else otherwise.
func (p *partReader) refusal(err, otherwise error) error {
	var e *rollout.Error
	switch {
	case errors.As(err, &e):
		return err
	case errors.Is(p.err, errUnzipped):
		return rollout.E(rollout.EINVALID, "err.sheet.unzipped_too_large", p.lim.Unzipped>>20)
	case errors.Is(p.err, errPartSize):
		return rollout.E(rollout.EINVALID, "err.sheet.part_too_large", shown(p.name), p.lim.PartSize>>20)
	case errors.Is(p.err, errToken):
		return rollout.E(rollout.EINVALID, "err.sheet.token_too_large", shown(p.name), p.lim.Token>>10)
	}
	return otherwise
}

// tokenGuard follows XML markup as it streams by, enough to know where each
// token (text, tag, comment, CDATA section, processing instruction) ends, and
// fails when one is longer than max bytes: encoding/xml holds a whole token
// in memory, whatever its size. Directives (<!DOCTYPE ...>) are refused: a
// part of a package may not have one.
type tokenGuard struct {
	max   int
	state uint8
	run   int     // bytes of the current token
	quote byte    // the quote of the attribute value being read in a tag
	bang  [7]byte // what follows <! so far
	nb    int
	last  [2]byte // the last two bytes, for the ends of comments and CDATA
}

const (
	inText = iota
	inOpen
	inTag
	inBang
	inComment
	inCDATA
	inPI
)

func (g *tokenGuard) scan(b []byte) error {
	for i := 0; i < len(b); i++ {
		if g.state == inText {
			j := bytes.IndexByte(b[i:], '<')
			if j < 0 {
				g.run += len(b) - i
				break
			}
			g.run += j
			if g.run > g.max {
				return errToken
			}
			i += j // at the '<'
			g.state, g.run = inOpen, 1
			g.last = [2]byte{0, '<'}
			continue
		}
		c := b[i]
		g.run++
		if g.run > g.max {
			return errToken
		}
		switch g.state {
		case inOpen:
			switch c {
			case '!':
				g.state, g.nb = inBang, 0
			case '?':
				g.state, g.last = inPI, [2]byte{}
				continue
			case '>':
				g.state, g.run = inText, 0
			default:
				g.state, g.quote = inTag, 0
			}
		case inTag:
			switch {
			case g.quote != 0:
				if c == g.quote {
					g.quote = 0
				}
			case c == '"' || c == '\'':
				g.quote = c
			case c == '>':
				g.state, g.run = inText, 0
			}
		case inBang:
			g.bang[g.nb] = c
			g.nb++
			s := string(g.bang[:g.nb])
			switch {
			case s == "--":
				g.state = inComment
			case s == "[CDATA[":
				g.state = inCDATA
			case !strings.HasPrefix("--", s) && !strings.HasPrefix("[CDATA[", s):
				return errMarkup
			}
			// The opening's dashes and brackets are not part of the end.
			g.last = [2]byte{}
			continue
		case inComment:
			if c == '>' && g.last == [2]byte{'-', '-'} {
				g.state, g.run = inText, 0
			}
		case inCDATA:
			if c == '>' && g.last == [2]byte{']', ']'} {
				g.state, g.run = inText, 0
			}
		case inPI:
			if c == '>' && g.last[1] == '?' {
				g.state, g.run = inText, 0
			}
		}
		g.last[0], g.last[1] = g.last[1], c
	}
	if g.run > g.max {
		return errToken
	}
	return nil
}

// sharedStrings is the shared-strings table: the text of every string, one
// after the other, and where each ends.
type sharedStrings struct {
	text string
	ends []uint32
}

// at is the string of index s.
func (t *sharedStrings) at(i int) (string, bool) {
	if t == nil || i < 0 || i >= len(t.ends) {
		return "", false
	}
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.text[start:t.ends[i]], true
}

// sharedStrings reads the shared-strings table within SharedStrings and
// SharedText; rich text is read as its runs' text, phonetic runs left out.
func (wb *workbook) sharedStrings() (*sharedStrings, error) {
	if wb.sst != nil || wb.sstPath == "" || wb.part(wb.sstPath) == nil {
		return wb.sst, nil
	}
	damaged := rollout.E(rollout.EINVALID, "err.sheet.damaged")
	p, err := wb.open(wb.sstPath)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	lim := wb.lim
	tooMany := rollout.E(rollout.EINVALID, "err.sheet.too_many_strings", lim.SharedStrings)
	tooLarge := rollout.E(rollout.EINVALID, "err.sheet.strings_too_large", lim.SharedText>>20)
	// The text is never longer than the part: escapes only shorten it.
	var text strings.Builder
	text.Grow(int(min(int64(wb.part(wb.sstPath).UncompressedSize64), lim.SharedText)))
	var ends []uint32
	var buf []byte
	inSI, collect, phonetic := false, false, 0
	d := xml.NewDecoder(p)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, p.refusal(err, damaged)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "sst":
				// Refuse early a table that says it is too large; size
				// nothing by what it says beyond that.
				if n, err := strconv.Atoi(attr(t, "uniqueCount")); err == nil && n > 0 {
					if n > lim.SharedStrings {
						return nil, tooMany
					}
					ends = make([]uint32, 0, n)
				}
			case "si":
				inSI, collect, phonetic, buf = true, false, 0, buf[:0]
			case "rPh":
				phonetic++
			case "t":
				collect = inSI && phonetic == 0
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				collect = false
			case "rPh":
				phonetic--
			case "si":
				if !inSI {
					continue
				}
				inSI = false
				if len(ends) >= lim.SharedStrings {
					return nil, tooMany
				}
				s := unescapeBSTR(buf)
				if int64(text.Len())+int64(len(s)) > lim.SharedText {
					return nil, tooLarge
				}
				text.Write(s)
				ends = append(ends, uint32(text.Len()))
			}
		case xml.CharData:
			if collect {
				if len(buf)+len(t) > lim.Token {
					return nil, rollout.E(rollout.EINVALID, "err.sheet.token_too_large", shown(wb.sstPath), lim.Token>>10)
				}
				buf = append(buf, t...)
			}
		}
	}
	wb.sst = &sharedStrings{text: text.String(), ends: ends}
	return wb.sst, nil
}

// unescapeBSTR decodes the escapes OOXML writes for characters XML cannot
// hold (_x000D_ for a carriage return, _x005F_ for an underscore), as
// excelize reads them: a surrogate's escape is dropped.
func unescapeBSTR(b []byte) []byte {
	if !bytes.Contains(b, []byte("_x")) {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if i+7 <= len(b) && b[i] == '_' && b[i+1] == 'x' && b[i+6] == '_' {
			if v, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 16); err == nil {
				if r := rune(v); !utf8.ValidRune(r) {
					// a surrogate: dropped
				} else {
					out = utf8.AppendRune(out, r)
				}
				i += 7
				continue
			}
		}
		out = append(out, b[i])
		i++
	}
	return out
}

// index reads the index of a shared string, spaces around it allowed.
func index(b []byte) (int, bool) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// cellRef reads a cell reference such as XFD7: column and row from 1; ok is
// false when ref is not one. Numbers too large to be a cell come back large
// rather than wrapped.
func cellRef(ref string) (col, row int, ok bool) {
	const huge = 1 << 40
	i := 0
	for ; i < len(ref); i++ {
		c := ref[i]
		switch {
		case c >= 'A' && c <= 'Z':
			col = min(col*26+int(c-'A'+1), huge)
		case c >= 'a' && c <= 'z':
			col = min(col*26+int(c-'a'+1), huge)
		default:
			goto digits
		}
	}
digits:
	if i == 0 || i == len(ref) {
		return 0, 0, false
	}
	for ; i < len(ref); i++ {
		c := ref[i]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		row = min(row*10+int(c-'0'), huge)
	}
	return col, row, row > 0
}

// cellName writes a cell reference for a message: as the file wrote it,
// shortened, or from its coordinates.
func cellName(ref string, col, row int) string {
	if ref == "" {
		ref, _ = excelize.CoordinatesToCellName(min(col, excelize.MaxColumns), row)
	}
	if len(ref) > 16 {
		ref = ref[:16] + "…"
	}
	return ref
}

// rows reads the named sheet: each row's cells' raw values (shared and inline
// strings as text, the rest as written), blank cells as "", each row up to its
// last value and the rows up to the last with a value, as excelize's GetRows
// with RawCellValue gives them.
//
// EINVALID when the sheet is beyond the limits: a cell (even a blank one with
// a format) or a declared used range beyond Rows or Columns, more than Cells
// cells, more than CellText bytes of text in its own cells; or when the sheet
// or the shared strings cannot be read.
func (wb *workbook) rows(name string) ([][]string, error) {
	sp, ok := wb.sheet(name)
	name = shown(name) // as messages say it
	unreadable := rollout.E(rollout.EINVALID, "err.sheet.sheet_unreadable", name)
	if !ok || sp.path == "" || wb.part(sp.path) == nil {
		return nil, unreadable
	}
	sst, err := wb.sharedStrings()
	if err != nil {
		return nil, err
	}
	p, err := wb.open(sp.path)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	lim := wb.lim
	last, _ := excelize.CoordinatesToCellName(lim.Columns, lim.Rows)
	outside := func(ref string, col, row int) error {
		return rollout.E(rollout.EINVALID, "err.sheet.cell_outside", name, cellName(ref, col, row), lim.Rows, lim.Columns, last)
	}

	var (
		out     [][]string
		cur     []string // the current row's values, up to its last value
		rowNum  int      // the current row's number
		col     int      // the current cell's column
		width   int      // the current row's last cell
		cells   int      // cells counted so far, each row up to its last cell
		text    int64    // bytes of text in the sheet's own cells
		inCell  bool
		kind    string // the current cell's t attribute
		ref     string // the current cell's r attribute
		buf     []byte // the current cell's value
		collect bool
		inIS    bool
		rph     int
	)
	flush := func() {
		if len(cur) == 0 {
			return
		}
		if rowNum > len(out) {
			out = append(out, make([][]string, rowNum-len(out))...)
		}
		if prev := out[rowNum-1]; prev != nil { // the row written twice: merge
			for i, v := range prev {
				if i >= len(cur) {
					cur = append(cur, v)
				} else if cur[i] == "" {
					cur[i] = v
				}
			}
		}
		out[rowNum-1] = append([]string(nil), cur...)
		cur = cur[:0]
	}
	d := xml.NewDecoder(p)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, p.refusal(err, unreadable)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "dimension":
				r := attr(t, "ref")
				if i := strings.LastIndexByte(r, ':'); i >= 0 {
					r = r[i+1:]
				}
				if c, n, ok := cellRef(r); ok && (c > lim.Columns || n > lim.Rows) {
					return nil, rollout.E(rollout.EINVALID, "err.sheet.dimension", name, cellName(attr(t, "ref"), 0, 0), last)
				}
			case "row":
				flush()
				if r := attr(t, "r"); r != "" {
					n, err := strconv.Atoi(r)
					if err != nil || n < 1 {
						return nil, unreadable
					}
					rowNum = n
				} else {
					rowNum++
				}
				col, width = 0, 0
			case "c":
				if rowNum == 0 {
					return nil, unreadable
				}
				ref, kind = attr(t, "r"), attr(t, "t")
				row := rowNum
				if ref != "" {
					c, n, ok := cellRef(ref)
					if !ok {
						return nil, unreadable
					}
					col, row = c, n
				} else {
					col++
				}
				if col > lim.Columns || row > lim.Rows || rowNum > lim.Rows {
					return nil, outside(ref, col, row)
				}
				if col > width {
					if cells += col - width; cells > lim.Cells {
						return nil, rollout.E(rollout.EINVALID, "err.sheet.too_many_cells", name, lim.Cells, rowNum)
					}
					width = col
				}
				inCell, collect, inIS, rph, buf = true, false, false, 0, buf[:0]
			case "v":
				collect = inCell
			case "is":
				inIS = inCell
			case "rPh":
				rph++
			case "t":
				collect = inIS && rph == 0
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v", "t":
				collect = false
			case "is":
				inIS = false
			case "rPh":
				rph--
			case "c":
				if !inCell {
					continue
				}
				inCell = false
				var v string
				switch {
				case len(buf) == 0:
				case kind == "s":
					i, ok := index(buf)
					s, found := sst.at(i)
					if !ok || !found {
						return nil, unreadable
					}
					v = s
				default:
					if kind == "inlineStr" {
						buf = unescapeBSTR(buf)
					}
					if text += int64(len(buf)); text > lim.CellText {
						return nil, rollout.E(rollout.EINVALID, "err.sheet.text_too_large", name, lim.CellText>>20, cellName(ref, col, rowNum))
					}
					v = string(buf)
				}
				if v != "" {
					if strings.IndexByte(v, 0) >= 0 || !utf8.ValidString(v) {
						// _x0000_ decodes to NUL, which PostgreSQL refuses and
						// SQLite stores raw: not text a report can hold.
						return nil, rollout.E(rollout.EINVALID, "err.sheet.bad_text", name, cellName(ref, col, rowNum))
					}
					for len(cur) < col {
						cur = append(cur, "")
					}
					cur[col-1] = v
				}
			case "row":
				flush()
			case "sheetData":
				flush()
				return out, nil
			}
		case xml.CharData:
			if collect {
				if len(buf)+len(t) > lim.Token {
					return nil, rollout.E(rollout.EINVALID, "err.sheet.token_too_large", shown(sp.path), lim.Token>>10)
				}
				buf = append(buf, t...)
			}
		}
	}
	flush()
	return out, nil
}
