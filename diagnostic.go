package rollout

import (
	"strconv"
	"strings"

	"rollout/msg"
)

// Diag makes a diagnostic said by the catalogue: key with args. Message is
// its Chinese, as the command line and older readers show it; Key and Args
// keep what is needed to say it in another language (Diagnostic.Text).
// Arguments are kept as text — a Localized one in every language (after a
// mark, separated), a number in decimal — so that a diagnostic stored as JSON reads back the same (JSON
// would return numbers as float64).
func Diag(level, code string, line int, key string, args ...any) Diagnostic {
	d := Diagnostic{Level: level, Code: code, Line: line, Key: key, Message: msg.Text(msg.ZH, key, args...)}
	if len(args) > 0 {
		d.Args = make([]string, len(args))
		for i, a := range args {
			if t, ok := a.(msg.Localized); ok {
				// said in every language, each kept: \x1b zh \x1f en
				var b strings.Builder
				b.WriteByte(localizedMark)
				for l := range msg.NumLangs {
					if l > 0 {
						b.WriteByte(langSep)
					}
					b.WriteString(t.Text(msg.Lang(l)))
				}
				d.Args[i] = b.String()
				continue
			}
			d.Args[i] = msg.Text(msg.ZH, msg.Raw, a)
		}
	}
	return d
}

// Text says the diagnostic in language l: its key with its arguments turned
// back into what the key's verbs take (%d an integer, %f/%g/%e a number),
// or, for a diagnostic without a key (stored before keys were kept), its
// Message as it is.
func (d Diagnostic) Text(l msg.Lang) string {
	if d.Key == "" || !msg.Has(d.Key) {
		return d.Message
	}
	zh, _, _ := msg.Both(d.Key)
	verbs := fmtVerbs(zh)
	args := make([]any, len(d.Args))
	for i, a := range d.Args {
		args[i] = a
		if len(a) > 0 && a[0] == localizedMark {
			said := strings.Split(a[1:], string(rune(langSep)))
			args[i] = said[0]
			if int(l) < len(said) {
				args[i] = said[l]
			}
			continue
		}
		if i >= len(verbs) {
			continue
		}
		switch verbs[i] {
		case 'd':
			if n, err := strconv.ParseInt(a, 10, 64); err == nil {
				args[i] = n
			}
		case 'f', 'g', 'e':
			if f, err := strconv.ParseFloat(a, 64); err == nil {
				args[i] = f
			}
		}
	}
	if len(args) == 0 {
		return msg.Text(l, d.Key)
	}
	return msg.Text(l, d.Key, args...)
}

// The marks of an argument kept in every language: it starts with
// localizedMark, and langSep separates the languages, in msg.Lang order.
const (
	localizedMark = '\x1b'
	langSep       = '\x1f'
)

// fmtVerbs returns the verb of each argument of a fmt format, by argument
// index ([n] indexes included).
func fmtVerbs(format string) []byte {
	var verbs []byte
	next := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			if format[i] == '[' {
				if j := strings.IndexByte(format[i:], ']'); j > 0 {
					if n, err := strconv.Atoi(format[i+1 : i+j]); err == nil && n > 0 {
						next = n - 1
					}
					i += j
				}
			}
			i++
		}
		if i < len(format) {
			for len(verbs) <= next {
				verbs = append(verbs, 0)
			}
			verbs[next] = format[i]
			next++
		}
	}
	return verbs
}
