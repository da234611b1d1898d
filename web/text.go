package web

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"net/url"
	"unicode/utf8"

	"rollout"
)

// Text a request carries must be text: no NUL byte (PostgreSQL refuses it in
// TEXT, SQLite stores it raw, and it cuts strings short in C programs that
// read exports) and valid UTF-8 (encoding/json would replace bad bytes with
// U+FFFD and store the replacement without a word). checkText refuses the
// request with 400 before any handler reads it: the path, the query string,
// a URL-encoded form and a JSON body. Multipart forms are checked where they
// are parsed (formText).

// badText is the refusal of text that is not text, naming where it was.
func badText(key string, args ...any) error { return rollout.E(rollout.EINVALID, key, args...) }

// validText reports whether s is valid UTF-8 without NUL (rollout.IsText).
func validText(s string) bool { return rollout.IsText(s) }

// valuesText checks every name and value of a form or query.
func valuesText(vs url.Values, key string) error {
	for name, values := range vs {
		if !validText(name) {
			return badText(key, "?")
		}
		for _, v := range values {
			if !validText(v) {
				return badText(key, name)
			}
		}
	}
	return nil
}

// formText checks the fields of a parsed multipart form (the files are not
// text and are not checked).
func formText(r *http.Request) error {
	if r.MultipartForm == nil {
		return valuesText(r.PostForm, "err.ops.bad_text_form")
	}
	return valuesText(r.MultipartForm.Value, "err.ops.bad_text_form")
}

// jsonText checks a JSON text: valid UTF-8, no NUL byte, and no escape that
// decodes to NUL (\u0000) or to half of a surrogate pair (which encoding/json
// would replace with U+FFFD).
func jsonText(b []byte) error {
	if !utf8.Valid(b) || bytes.IndexByte(b, 0) >= 0 {
		return badText("err.ops.bad_text_json")
	}
	inString := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case !inString:
			if c == '"' {
				inString = true
			}
		case c == '"':
			inString = false
		case c == '\\' && i+1 < len(b):
			i++
			if b[i] != 'u' {
				continue
			}
			r, ok := hex4(b, i+1)
			if !ok {
				continue // a syntax error, which the decoder reports
			}
			i += 4
			switch {
			case r == 0:
				return badText("err.ops.bad_text_json")
			case r >= 0xDC00 && r <= 0xDFFF: // a low half with no high half before it
				return badText("err.ops.bad_text_json")
			case r >= 0xD800 && r <= 0xDBFF:
				lo, ok := rune(0), i+6 < len(b) && b[i+1] == '\\' && b[i+2] == 'u'
				if ok {
					lo, ok = hex4(b, i+3)
				}
				if !ok || lo < 0xDC00 || lo > 0xDFFF {
					return badText("err.ops.bad_text_json")
				}
				i += 6
			}
		}
	}
	return nil
}

// hex4 reads four hexadecimal digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		r <<= 4
		switch {
		case '0' <= c && c <= '9':
			r |= rune(c - '0')
		case 'a' <= c && c <= 'f':
			r |= rune(c-'a') + 10
		case 'A' <= c && c <= 'F':
			r |= rune(c-'A') + 10
		default:
			return 0, false
		}
	}
	return r, true
}

// checkText is the middleware: it refuses a request whose path, query string,
// URL-encoded form or JSON body is not text. A body is read up to maxBody
// bytes and handed on unchanged; a longer one is handed on unchecked, for
// the handler to refuse as too large.
func (s *Server) checkText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := requestText(r); err != nil {
			s.writeError(w, r, err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func requestText(r *http.Request) error {
	if !validText(r.URL.Path) {
		return badText("err.ops.bad_text_path")
	}
	if r.URL.RawQuery != "" {
		q, _ := url.ParseQuery(r.URL.RawQuery) // malformed pairs are the handler's to refuse
		if err := valuesText(q, "err.ops.bad_text_query"); err != nil {
			return err
		}
	}
	if r.Body == nil || r.Body == http.NoBody {
		return nil
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" && mt != "application/x-www-form-urlencoded" {
		return nil
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	rest := r.Body
	r.Body = struct {
		io.Reader
		io.Closer
	}{io.MultiReader(bytes.NewReader(body), rest), rest}
	if err != nil || len(body) > maxBody {
		return nil // the handler meets the same failure, or refuses the size
	}
	if mt == "application/json" {
		return jsonText(body)
	}
	form, _ := url.ParseQuery(string(body))
	return valuesText(form, "err.ops.bad_text_form")
}
