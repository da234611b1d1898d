package web

import (
	"bytes"
	"encoding/json"
	"sync"
)

// The API's JSON is indented by two spaces, as json.Encoder.SetIndent("", "  ")
// writes it. The standard library indents by running its JSON scanner over
// every byte of the compact encoding (a call through a function value a
// byte): for the national matrix (715 cells, 534 KB indented) that was
// four times the cost of encoding it. appendIndented writes the same bytes
// from json.Marshal's compact output in one plain pass.

// appendIndented appends src — compact JSON as encoding/json writes it: no
// space outside strings, valid — to dst, indented as json.Indent(dst, src, "",
// "  ") indents it: a newline and two spaces a level after each '{', '[' and
// ',' and before each closing '}' or ']', ": " after each key, and "{}" and
// "[]" for empty objects and arrays. Bytes inside strings are copied as they
// are. Only for encoding/json's own output: it does not check src.
func appendIndented(dst, src []byte) []byte {
	depth := 0
	open := false // the last byte was '{' or '[': its newline waits for what follows
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			dst = appendNewline(dst, depth)
		}
		switch c {
		case '"':
			// The string, up to its closing quote (one not escaped).
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			dst = append(dst, src[i:j]...)
			i = j - 1
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = appendNewline(dst, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				dst = appendNewline(dst, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// indentSpaces serves appendNewline's indentation without a loop.
const indentSpaces = "                                                                " // 64

func appendNewline(dst []byte, depth int) []byte {
	dst = append(dst, '\n')
	for n := 2 * depth; n > 0; {
		k := min(n, len(indentSpaces))
		dst = append(dst, indentSpaces[:k]...)
		n -= k
	}
	return dst
}

// jsonBuffers keeps the buffers of writeJSON between requests: the matrix's
// answer would otherwise grow a new one of a few hundred KB each time.
var jsonBuffers = sync.Pool{New: func() any { return new(jsonBuffer) }}

type jsonBuffer struct {
	compact bytes.Buffer
	out     []byte
}

// maxPooledJSON bounds what a pooled buffer may keep: a rare large answer
// (an export) is not held for the next small one.
const maxPooledJSON = 4 << 20

// encodeJSON is v as writeJSON answers it: json.Encoder with HTML left
// unescaped and an indent of two spaces, a newline at the end. The returned
// buffer's out holds it; put it back with release.
func encodeJSON(v any) (*jsonBuffer, error) {
	b := jsonBuffers.Get().(*jsonBuffer)
	if v, ok := v.(indentedJSON); ok { // jsoncells.go
		out, err := v.appendIndentedJSON(b.out[:0])
		if err != nil {
			b.release()
			return nil, err
		}
		b.out = out
		return b, nil
	}
	b.compact.Reset()
	enc := json.NewEncoder(&b.compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil { // compact, with a final newline
		b.release()
		return nil, err
	}
	b.out = appendIndented(b.out[:0], b.compact.Bytes())
	return b, nil
}

func (b *jsonBuffer) release() {
	if b.compact.Cap() > maxPooledJSON || cap(b.out) > maxPooledJSON {
		return
	}
	jsonBuffers.Put(b)
}
