package notice

import (
	"bytes"
	"compress/zlib"
	"errors"
	"io"
	"strconv"
)

// A text PDF is read with the standard library only: the objects are found
// by scanning the file for "N G obj" (and inside object streams), so that a
// damaged or incrementally updated cross-reference table does not matter;
// streams are inflated (FlateDecode, the filter every PDF writer uses for
// text); the pages' content streams are interpreted for their text (with each
// font's ToUnicode map, as Chromium, LibreOffice and Word write Chinese text
// in Type0/CID fonts) and their thin filled rectangles and lines (a table's
// rules). pdf_layout.go rebuilds lines and table rows from the positions.
//
// rsc.io/pdf was tried first: it returns the raw glyph numbers of an
// Identity-H font (every Chinese PDF Chromium writes) instead of reading its
// ToUnicode map, and panics on malformed input.

// Bounds, so that a small file cannot make the reader hold or loop much.
const (
	maxPDFInflated = 64 << 20 // all streams inflated, in bytes
	maxPDFPages    = 2000
	maxPDFDepth    = 32 // nesting of arrays and dictionaries, references followed, forms drawn
	maxPDFOps      = 4_000_000
)

// PDF values: nil, bool, float64, pdfName, pdfString, []any, pdfDict, pdfRef,
// *pdfStream; content-stream operators are pdfOp.
type (
	pdfName   string
	pdfString string
	pdfOp     string
	pdfDict   map[pdfName]any
	pdfRef    struct{ num, gen int }
	pdfStream struct {
		dict pdfDict
		raw  []byte
	}
)

var errPDFBudget = errors.New("pdf: streams too large")

type pdfFile struct {
	src      []byte
	offsets  map[int]int // object number → offset of its "N G obj"
	inStream map[int][2]int
	cache    map[int]any
	inflated int // bytes inflated so far
	trailer  pdfDict
}

func openPDF(src []byte) *pdfFile {
	f := &pdfFile{src: src, offsets: map[int]int{}, inStream: map[int][2]int{}, cache: map[int]any{}}
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("obj"))
		if j < 0 {
			break
		}
		i += j + 3
		if n, at, ok := objHeader(src, i-3); ok {
			f.offsets[n] = at // a later definition (an incremental update) wins
		}
	}
	// trailers: the classic ones and cross-reference streams
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("trailer"))
		if j < 0 {
			break
		}
		lx := &pdfLexer{src: src, pos: i + j + len("trailer")}
		if d, ok := lx.object(0).(pdfDict); ok {
			f.trailer = mergeDict(f.trailer, d)
		}
		i += j + len("trailer")
	}
	for n := range f.offsets {
		if s, ok := f.get(n).(*pdfStream); ok {
			switch s.dict["Type"] {
			case pdfName("XRef"):
				f.trailer = mergeDict(f.trailer, s.dict)
			case pdfName("ObjStm"):
				f.readObjStm(n, s)
			}
		}
	}
	return f
}

// objHeader reads back from "obj" at end for "N G ": the object number and
// where N starts.
func objHeader(src []byte, end int) (num, at int, ok bool) {
	if end+3 < len(src) && !isPDFSpace(src[end+3]) && !isPDFDelim(src[end+3]) {
		return 0, 0, false
	}
	k := end
	digits := func() (int, bool) {
		sp := k
		for k > 0 && isPDFSpace(src[k-1]) {
			k--
		}
		if k == sp {
			return 0, false
		}
		e := k
		for k > 0 && src[k-1] >= '0' && src[k-1] <= '9' && e-k < 10 {
			k--
		}
		if k == e {
			return 0, false
		}
		n, err := strconv.Atoi(string(src[k:e]))
		return n, err == nil
	}
	if _, ok := digits(); !ok {
		return 0, 0, false
	}
	n, ok := digits()
	if !ok || (k > 0 && !isPDFSpace(src[k-1]) && !isPDFDelim(src[k-1])) {
		return 0, 0, false
	}
	return n, k, true
}

func mergeDict(a, b pdfDict) pdfDict {
	if a == nil {
		a = pdfDict{}
	}
	for k, v := range b {
		if _, ok := a[k]; !ok || k == "Root" {
			a[k] = v
		}
	}
	return a
}

// readObjStm registers the objects an object stream holds (those not
// defined directly in the file).
func (f *pdfFile) readObjStm(num int, s *pdfStream) {
	data, err := f.decode(s)
	if err != nil {
		return
	}
	n, first := f.num(s.dict["N"]), f.num(s.dict["First"])
	lx := &pdfLexer{src: data}
	for i := 0; i < int(n) && i < 100000; i++ {
		on, ok1 := lx.object(0).(float64)
		off, ok2 := lx.object(0).(float64)
		if !ok1 || !ok2 {
			return
		}
		if _, direct := f.offsets[int(on)]; !direct {
			f.inStream[int(on)] = [2]int{num, int(first) + int(off)}
		}
	}
}

// get returns object num, or nil.
func (f *pdfFile) get(num int) any {
	if v, ok := f.cache[num]; ok {
		return v
	}
	f.cache[num] = nil // a reference to itself while being read is nil
	var v any
	if off, ok := f.offsets[num]; ok {
		v = f.parseAt(off)
	} else if at, ok := f.inStream[num]; ok {
		if s, ok := f.get(at[0]).(*pdfStream); ok {
			if data, err := f.decode(s); err == nil && at[1] >= 0 && at[1] < len(data) {
				v = (&pdfLexer{src: data, pos: at[1]}).object(0)
			}
		}
	}
	f.cache[num] = v
	return v
}

// parseAt reads "N G obj value [stream … endstream]" at off.
func (f *pdfFile) parseAt(off int) any {
	lx := &pdfLexer{src: f.src, pos: off}
	lx.object(0) // N
	lx.object(0) // G
	if op, _ := lx.object(0).(pdfOp); op != "obj" {
		return nil
	}
	v := lx.object(0)
	d, ok := v.(pdfDict)
	if !ok {
		return v
	}
	save := lx.pos
	if op, _ := lx.object(0).(pdfOp); op != "stream" {
		lx.pos = save
		return d
	}
	start := lx.pos
	if start < len(f.src) && f.src[start] == '\r' {
		start++
	}
	if start < len(f.src) && f.src[start] == '\n' {
		start++
	}
	end := -1
	if n, ok := d["Length"].(float64); ok && n >= 0 && start+int(n) <= len(f.src) {
		end = start + int(n)
		if !bytes.HasPrefix(bytes.TrimLeft(f.src[end:min(end+20, len(f.src))], "\r\n \t"), []byte("endstream")) {
			end = -1
		}
	}
	if end < 0 { // an indirect or wrong /Length: up to endstream
		k := bytes.Index(f.src[start:], []byte("endstream"))
		if k < 0 {
			return d
		}
		end = start + k
	}
	return &pdfStream{dict: d, raw: f.src[start:end]}
}

// resolve follows references (not into cycles).
func (f *pdfFile) resolve(v any) any {
	for i := 0; i < maxPDFDepth; i++ {
		r, ok := v.(pdfRef)
		if !ok {
			return v
		}
		v = f.get(r.num)
	}
	return nil
}

func (f *pdfFile) dict(v any) pdfDict {
	switch x := f.resolve(v).(type) {
	case pdfDict:
		return x
	case *pdfStream:
		return x.dict
	}
	return nil
}

func (f *pdfFile) array(v any) []any {
	a, _ := f.resolve(v).([]any)
	return a
}

func (f *pdfFile) num(v any) float64 {
	n, _ := f.resolve(v).(float64)
	return n
}

func (f *pdfFile) name(v any) pdfName {
	n, _ := f.resolve(v).(pdfName)
	return n
}

// decode returns a stream's data, inflated when it is FlateDecode. Other
// filters give an error.
func (f *pdfFile) decode(s *pdfStream) ([]byte, error) {
	var filters []any
	switch x := f.resolve(s.dict["Filter"]).(type) {
	case pdfName:
		filters = []any{x}
	case []any:
		filters = x
	}
	data := s.raw
	for _, fl := range filters {
		switch f.name(fl) {
		case "FlateDecode", "Fl":
			zr, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				return nil, err
			}
			out, err := io.ReadAll(io.LimitReader(zr, int64(maxPDFInflated-f.inflated+1)))
			if len(out) == 0 && err != nil {
				return nil, err
			}
			f.inflated += len(out)
			if f.inflated > maxPDFInflated {
				return nil, errPDFBudget
			}
			data = out // a stream cut short is read as far as it goes
		default:
			return nil, errors.New("pdf: filter " + string(f.name(fl)))
		}
	}
	return data, nil
}

// pages returns the page dictionaries in order, each with the resources it
// inherits.
func (f *pdfFile) pages() []pdfDict {
	root := f.dict(f.trailer["Root"])
	if root == nil {
		for n := range f.offsets {
			if d, ok := f.get(n).(pdfDict); ok && d["Type"] == pdfName("Catalog") {
				root = d
				break
			}
		}
	}
	var out []pdfDict
	seen := map[any]bool{}
	var walk func(v any, res any, depth int)
	walk = func(v any, res any, depth int) {
		if r, ok := v.(pdfRef); ok {
			if seen[r] {
				return
			}
			seen[r] = true
		}
		d := f.dict(v)
		if d == nil || depth > maxPDFDepth || len(out) >= maxPDFPages {
			return
		}
		if r, ok := d["Resources"]; ok {
			res = r
		}
		kids, isTree := d["Kids"]
		if !isTree || d["Type"] == pdfName("Page") {
			p := pdfDict{"Contents": d["Contents"], "Resources": res}
			out = append(out, p)
			return
		}
		for _, k := range f.array(kids) {
			walk(k, res, depth+1)
		}
	}
	if root != nil {
		walk(root["Pages"], nil, 0)
	}
	return out
}

// pdfLexer reads PDF objects and content-stream operators.
type pdfLexer struct {
	src []byte
	pos int
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' || c == '%'
}

func (lx *pdfLexer) skipSpace() {
	for lx.pos < len(lx.src) {
		c := lx.src[lx.pos]
		if c == '%' {
			for lx.pos < len(lx.src) && lx.src[lx.pos] != '\n' && lx.src[lx.pos] != '\r' {
				lx.pos++
			}
			continue
		}
		if !isPDFSpace(c) {
			return
		}
		lx.pos++
	}
}

// end is returned for ] and >> and at the end of the input.
type pdfEnd struct{}

var errEOF = pdfEnd{}

// object reads one object: a number followed by "G R" is a reference.
func (lx *pdfLexer) object(depth int) any {
	v := lx.token(depth)
	if n, ok := v.(float64); ok && n >= 0 && n == float64(int(n)) {
		save := lx.pos
		if g, ok := lx.token(depth).(float64); ok {
			if op, ok := lx.token(depth).(pdfOp); ok && op == "R" {
				return pdfRef{int(n), int(g)}
			}
		}
		lx.pos = save
	}
	return v
}

func (lx *pdfLexer) token(depth int) any {
	lx.skipSpace()
	if lx.pos >= len(lx.src) {
		return errEOF
	}
	s := lx.src
	c := s[lx.pos]
	switch {
	case c == '/':
		lx.pos++
		var b []byte
		for lx.pos < len(s) && !isPDFSpace(s[lx.pos]) && !isPDFDelim(s[lx.pos]) {
			if s[lx.pos] == '#' && lx.pos+2 < len(s) {
				if x, err := strconv.ParseUint(string(s[lx.pos+1:lx.pos+3]), 16, 8); err == nil {
					b = append(b, byte(x))
					lx.pos += 3
					continue
				}
			}
			b = append(b, s[lx.pos])
			lx.pos++
		}
		return pdfName(b)
	case c == '(':
		return lx.literal()
	case c == '<' && lx.pos+1 < len(s) && s[lx.pos+1] == '<':
		lx.pos += 2
		d := pdfDict{}
		if depth > maxPDFDepth {
			return d
		}
		for {
			k := lx.object(depth + 1)
			if _, end := k.(pdfEnd); end {
				return d
			}
			name, ok := k.(pdfName)
			if !ok {
				continue
			}
			v := lx.object(depth + 1)
			if _, end := v.(pdfEnd); end {
				return d
			}
			d[name] = v
		}
	case c == '<':
		lx.pos++
		var b []byte
		var half int = -1
		for lx.pos < len(s) && s[lx.pos] != '>' {
			h := unhex(s[lx.pos])
			lx.pos++
			if h < 0 {
				continue
			}
			if half < 0 {
				half = h
			} else {
				b = append(b, byte(half<<4|h))
				half = -1
			}
		}
		if half >= 0 {
			b = append(b, byte(half<<4))
		}
		lx.pos++
		return pdfString(b)
	case c == '>' && lx.pos+1 < len(s) && s[lx.pos+1] == '>':
		lx.pos += 2
		return errEOF
	case c == '[':
		lx.pos++
		a := []any{}
		if depth > maxPDFDepth {
			return a
		}
		for {
			v := lx.object(depth + 1)
			if _, end := v.(pdfEnd); end {
				return a
			}
			a = append(a, v)
		}
	case c == ']':
		lx.pos++
		return errEOF
	case c == '{' || c == '}' || c == ')' || c == '>':
		lx.pos++
		return pdfOp(c)
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		start := lx.pos
		lx.pos++
		for lx.pos < len(s) && (s[lx.pos] == '.' || (s[lx.pos] >= '0' && s[lx.pos] <= '9')) {
			lx.pos++
		}
		n, err := strconv.ParseFloat(string(s[start:lx.pos]), 64)
		if err != nil {
			return 0.0
		}
		return n
	}
	start := lx.pos
	for lx.pos < len(s) && !isPDFSpace(s[lx.pos]) && !isPDFDelim(s[lx.pos]) {
		lx.pos++
	}
	if lx.pos == start {
		lx.pos++
	}
	switch w := string(s[start:lx.pos]); w {
	case "true":
		return true
	case "false":
		return false
	case "null":
		return nil
	default:
		return pdfOp(w)
	}
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// literal reads a (string) with its escapes and balanced parentheses.
func (lx *pdfLexer) literal() pdfString {
	s := lx.src
	lx.pos++
	var b []byte
	level := 1
	for lx.pos < len(s) {
		c := s[lx.pos]
		lx.pos++
		switch c {
		case '(':
			level++
		case ')':
			level--
			if level == 0 {
				return pdfString(b)
			}
		case '\\':
			if lx.pos >= len(s) {
				return pdfString(b)
			}
			e := s[lx.pos]
			lx.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if lx.pos < len(s) && s[lx.pos] == '\n' {
					lx.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					x := int(e - '0')
					for k := 0; k < 2 && lx.pos < len(s) && s[lx.pos] >= '0' && s[lx.pos] <= '7'; k++ {
						x = x*8 + int(s[lx.pos]-'0')
						lx.pos++
					}
					c = byte(x)
				} else {
					c = e
				}
			}
		}
		b = append(b, c)
	}
	return pdfString(b)
}
