package notice

import (
	"bytes"
	"math"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// pdfGlyph is one character drawn on a page, in the page's space (points,
// y upwards): where its origin is, how far it advances, its size.
type pdfGlyph struct {
	x, y, w, size float64
	text          string
}

// pdfRule is a thin filled rectangle or a stroked line: a table's rule.
type pdfRule struct{ x0, y0, x1, y1 float64 }

func (r pdfRule) horizontal() bool { return r.y1-r.y0 <= 3 && r.x1-r.x0 > 3 }
func (r pdfRule) vertical() bool   { return r.x1-r.x0 <= 3 && r.y1-r.y0 > 3 }

// pdfFont knows how a font's codes are split, what text and width each has.
type pdfFont struct {
	cid    bool              // two-byte codes (a Type0 font)
	ucs2   bool              // a Type0 font whose codes are UTF-16 (UniGB-UCS2-H) and no ToUnicode
	uni    map[uint32]string // ToUnicode
	widths map[uint32]float64
	dw     float64 // default width, in glyph units
	scale  float64 // glyph units to text space: 0.001, or a Type3 font's FontMatrix
	diff   map[uint32]string
}

func (f *pdfFile) font(v any) *pdfFont {
	d := f.dict(v)
	ft := &pdfFont{uni: map[uint32]string{}, widths: map[uint32]float64{}, dw: 1000, scale: 0.001}
	if d == nil {
		return ft
	}
	switch f.name(d["Subtype"]) {
	case "Type0":
		ft.cid = true
		enc := string(f.name(d["Encoding"]))
		if desc := f.array(d["DescendantFonts"]); len(desc) > 0 {
			dd := f.dict(desc[0])
			if dw, ok := f.resolve(dd["DW"]).(float64); ok {
				ft.dw = dw
			}
			ft.cidWidths(f, f.array(dd["W"]))
		}
		ft.ucs2 = bytes.Contains([]byte(enc), []byte("UCS2")) || bytes.Contains([]byte(enc), []byte("UTF16"))
	case "Type3":
		if m := f.array(d["FontMatrix"]); len(m) == 6 {
			ft.scale = math.Abs(f.num(m[0]))
		}
		fallthrough
	default:
		first := int(f.num(d["FirstChar"]))
		for i, w := range f.array(d["Widths"]) {
			ft.widths[uint32(first+i)] = f.num(w)
		}
		ft.dw = 0
		if ed := f.dict(d["Encoding"]); ed != nil {
			ft.differences(f, f.array(ed["Differences"]))
		}
	}
	if s, ok := f.resolve(d["ToUnicode"]).(*pdfStream); ok {
		if data, err := f.decode(s); err == nil {
			ft.readCMap(data)
		}
	}
	return ft
}

// cidWidths reads a CID font's W array: c [w1 w2 …] or c1 c2 w.
func (ft *pdfFont) cidWidths(f *pdfFile, w []any) {
	for i := 0; i < len(w); {
		c := f.num(w[i])
		if i+1 < len(w) {
			if arr, ok := f.resolve(w[i+1]).([]any); ok {
				for k, x := range arr {
					ft.widths[uint32(c)+uint32(k)] = f.num(x)
				}
				i += 2
				continue
			}
		}
		if i+2 < len(w) {
			hi, wd := f.num(w[i+1]), f.num(w[i+2])
			for k := c; k <= hi && k-c < 65536; k++ {
				ft.widths[uint32(k)] = wd
			}
		}
		i += 3
	}
}

// differences reads a simple font's /Differences: glyph names uniXXXX and
// single characters.
func (ft *pdfFont) differences(f *pdfFile, a []any) {
	ft.diff = map[uint32]string{}
	code := 0
	for _, x := range a {
		switch v := f.resolve(x).(type) {
		case float64:
			code = int(v)
		case pdfName:
			s := string(v)
			switch {
			case len(s) == 7 && s[:3] == "uni":
				if r, err := strconv.ParseUint(s[3:], 16, 32); err == nil {
					ft.diff[uint32(code)] = string(rune(r))
				}
			case utf8.RuneCountInString(s) == 1:
				ft.diff[uint32(code)] = s
			case s == "space":
				ft.diff[uint32(code)] = " "
			}
			code++
		}
	}
}

// readCMap reads a ToUnicode CMap: bfchar and bfrange entries.
func (ft *pdfFont) readCMap(data []byte) {
	lx := &pdfLexer{src: data}
	var stack []any
	for n := 0; n < 1_000_000; n++ {
		v := lx.object(0)
		if _, end := v.(pdfEnd); end && lx.pos >= len(data) {
			return
		}
		op, isOp := v.(pdfOp)
		if !isOp {
			stack = append(stack, v)
			if len(stack) > 100000 {
				return
			}
			continue
		}
		switch op {
		case "endbfchar":
			for i := 0; i+1 < len(stack); i += 2 {
				src, ok1 := stack[i].(pdfString)
				dst, ok2 := stack[i+1].(pdfString)
				if ok1 && ok2 {
					ft.uni[codeOf(src)] = utf16Text(string(dst))
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(stack); i += 3 {
				lo, ok1 := stack[i].(pdfString)
				hi, ok2 := stack[i+1].(pdfString)
				if !ok1 || !ok2 {
					continue
				}
				a, b := codeOf(lo), codeOf(hi)
				if b < a || b-a > 65535 {
					continue
				}
				switch dst := stack[i+2].(type) {
				case pdfString:
					u := []byte(dst)
					for c := a; c <= b; c++ {
						ft.uni[c] = utf16Text(string(u))
						incr(u)
					}
				case []any:
					for k, x := range dst {
						if s, ok := x.(pdfString); ok && a+uint32(k) <= b {
							ft.uni[a+uint32(k)] = utf16Text(string(s))
						}
					}
				}
			}
		}
		stack = stack[:0]
	}
}

// incr adds one to a big-endian number (the last UTF-16 unit of a range's
// destination).
func incr(b []byte) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i]++
		if b[i] != 0 {
			return
		}
	}
}

func codeOf(s pdfString) uint32 {
	var c uint32
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

func utf16Text(s string) string {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// pdfCode is one code of a string shown, with its text and width (in text
// space for a size of 1).
type pdfCode struct {
	text  string
	w     float64
	space bool // the single-byte code 32, which word spacing applies to
}

func (ft *pdfFont) codes(s pdfString) []pdfCode {
	var out []pdfCode
	step := 1
	if ft.cid {
		step = 2
	}
	for i := 0; i+step <= len(s); i += step {
		c := codeOf(s[i : i+step])
		text, ok := ft.uni[c]
		switch {
		case ok:
		case ft.cid && ft.ucs2:
			text = string(rune(c))
		case ft.cid:
			text = "\ufffd"
		case ft.diff[c] != "":
			text = ft.diff[c]
		case c >= 0x20 && c < 0x7f:
			text = string(rune(c))
		case c >= 0xa0:
			text = string(rune(c)) // Latin-1
		default:
			text = ""
		}
		w, ok := ft.widths[c]
		if !ok {
			w = ft.dw
		}
		out = append(out, pdfCode{text: text, w: w * ft.scale, space: !ft.cid && c == 32})
	}
	return out
}

// matrix a b c d e f, as in cm.
type pdfMatrix [6]float64

var identity = pdfMatrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (m applied first).
func (m pdfMatrix) mul(n pdfMatrix) pdfMatrix {
	return pdfMatrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m pdfMatrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

type pdfState struct {
	ctm                       pdfMatrix
	font                      *pdfFont
	tfs, tc, tw, th, tl, rise float64
}

// pdfPage collects what a page draws.
type pdfPage struct {
	f      *pdfFile
	glyphs []pdfGlyph
	rules  []pdfRule
	ops    int
	fonts  map[any]*pdfFont
}

func (f *pdfFile) readPage(p pdfDict) *pdfPage {
	pg := &pdfPage{f: f, fonts: map[any]*pdfFont{}}
	var data []byte
	switch c := f.resolve(p["Contents"]).(type) {
	case *pdfStream:
		data, _ = f.decode(c)
	case []any:
		for _, x := range c {
			if s, ok := f.resolve(x).(*pdfStream); ok {
				if d, err := f.decode(s); err == nil {
					data = append(append(data, d...), '\n')
				}
			}
		}
	}
	pg.run(data, f.dict(p["Resources"]), pdfState{ctm: identity, th: 1}, 0)
	return pg
}

// run interprets a content stream.
func (pg *pdfPage) run(data []byte, res pdfDict, g pdfState, depth int) {
	f := pg.f
	fonts := f.dict(res["Font"])
	xobjs := f.dict(res["XObject"])
	var stack []pdfState
	var args []any
	tm, tlm := identity, identity
	var path []pdfRule
	var cx, cy float64 // current point, user space
	lx := &pdfLexer{src: data}
	num := func(i int) float64 {
		if i < len(args) {
			n, _ := args[i].(float64)
			return n
		}
		return 0
	}
	show := func(s pdfString) {
		if g.font == nil {
			return
		}
		for _, c := range g.font.codes(s) {
			trm := pdfMatrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.rise}.mul(tm).mul(g.ctm)
			tx := (c.w*g.tfs + g.tc) * g.th
			if c.space {
				tx += g.tw * g.th
			}
			x0, y0 := trm[4], trm[5]
			m := tm.mul(g.ctm)
			adv := math.Hypot(m[0], m[1]) * c.w * g.tfs * g.th
			size := math.Hypot(trm[2], trm[3])
			if c.text != "" && len(pg.glyphs) < 2_000_000 {
				pg.glyphs = append(pg.glyphs, pdfGlyph{x: x0, y: y0, w: adv, size: size, text: c.text})
			}
			tm = pdfMatrix{1, 0, 0, 1, tx, 0}.mul(tm)
		}
	}
	newline := func(tx, ty float64) {
		tlm = pdfMatrix{1, 0, 0, 1, tx, ty}.mul(tlm)
		tm = tlm
	}
	for {
		v := lx.object(0)
		if _, end := v.(pdfEnd); end {
			if lx.pos >= len(data) {
				return
			}
			continue
		}
		op, isOp := v.(pdfOp)
		if !isOp {
			if len(args) < 64 {
				args = append(args, v)
			}
			continue
		}
		pg.ops++
		if pg.ops > maxPDFOps {
			return
		}
		switch op {
		case "q":
			if len(stack) < 256 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			g.ctm = pdfMatrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
		case "BT":
			tm, tlm = identity, identity
		case "Tf":
			if len(args) == 2 {
				name, _ := args[0].(pdfName)
				ref := fonts[name]
				key := any(ref)
				if _, ok := ref.(pdfRef); !ok {
					key = string(name) + strconv.Itoa(depth)
				}
				ft, ok := pg.fonts[key]
				if !ok {
					ft = f.font(ref)
					pg.fonts[key] = ft
				}
				g.font, g.tfs = ft, num(1)
			}
		case "Tc":
			g.tc = num(0)
		case "Tw":
			g.tw = num(0)
		case "Tz":
			g.th = num(0) / 100
		case "TL":
			g.tl = num(0)
		case "Ts":
			g.rise = num(0)
		case "Td":
			newline(num(0), num(1))
		case "TD":
			g.tl = -num(1)
			newline(num(0), num(1))
		case "Tm":
			tm = pdfMatrix{num(0), num(1), num(2), num(3), num(4), num(5)}
			tlm = tm
		case "T*":
			newline(0, -g.tl)
		case "Tj", "'", "\"":
			if op != "Tj" {
				newline(0, -g.tl)
			}
			if op == "\"" && len(args) == 3 {
				g.tw, g.tc = num(0), num(1)
			}
			if len(args) > 0 {
				if s, ok := args[len(args)-1].(pdfString); ok {
					show(s)
				}
			}
		case "TJ":
			if len(args) > 0 {
				a, _ := args[0].([]any)
				for _, x := range a {
					switch v := x.(type) {
					case pdfString:
						show(v)
					case float64:
						tm = pdfMatrix{1, 0, 0, 1, -v / 1000 * g.tfs * g.th, 0}.mul(tm)
					}
				}
			}
		case "re":
			x, y, w, h := num(0), num(1), num(2), num(3)
			path = append(path, rectRule(g.ctm, x, y, x+w, y+h))
		case "m":
			cx, cy = num(0), num(1)
		case "l":
			x, y := num(0), num(1)
			path = append(path, rectRule(g.ctm, cx, cy, x, y))
			cx, cy = x, y
		case "f", "F", "f*", "B", "B*", "b", "b*", "S", "s":
			for _, r := range path {
				if (r.horizontal() || r.vertical()) && len(pg.rules) < 100000 {
					pg.rules = append(pg.rules, r)
				}
			}
			path = path[:0]
		case "n":
			path = path[:0]
		case "Do":
			if len(args) == 1 && depth < 8 {
				name, _ := args[0].(pdfName)
				if s, ok := f.resolve(xobjs[name]).(*pdfStream); ok && f.name(s.dict["Subtype"]) == "Form" {
					if d, err := f.decode(s); err == nil {
						sub := g
						if m := f.array(s.dict["Matrix"]); len(m) == 6 {
							sub.ctm = pdfMatrix{f.num(m[0]), f.num(m[1]), f.num(m[2]), f.num(m[3]), f.num(m[4]), f.num(m[5])}.mul(g.ctm)
						}
						r := f.dict(s.dict["Resources"])
						if r == nil {
							r = res
						}
						pg.run(d, r, sub, depth+1)
					}
				}
			}
		case "BI": // an inline image: skip its data up to EI
			if k := bytes.Index(data[lx.pos:], []byte("ID")); k >= 0 {
				lx.pos += k + 2
				if e := bytes.Index(data[lx.pos:], []byte("EI")); e >= 0 {
					lx.pos += e + 2
				} else {
					lx.pos = len(data)
				}
			}
		}
		args = args[:0]
	}
}

// rectRule is the box from (x0, y0) to (x1, y1) in user space, in the page's
// space.
func rectRule(m pdfMatrix, x0, y0, x1, y1 float64) pdfRule {
	ax, ay := m.apply(x0, y0)
	bx, by := m.apply(x1, y1)
	return pdfRule{min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)}
}
