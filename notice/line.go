package notice

import (
	"regexp"

	"rollout"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of a document in the model both readers produce: the text
// reader makes one per non-blank source line, the HTML reader one per paragraph
// or <br>-separated line of the article and one per table row. The rest of the
// package sees only lines.
type line struct {
	no      int        // 1-based line of the source where it starts
	text    string     // the text with markup removed and spaces trimmed; "" for a row
	cells   []string   // the trimmed cells of a table row; nil for text
	parts   [][]string // HTML: the lines (paragraphs, <br>) of each cell before they were joined; nil otherwise
	gap     bool       // a blank line (text) or a paragraph boundary (HTML) comes before it
	outside bool       // HTML: outside the article element
}

func (l *line) isRow() bool { return l.cells != nil }

// document is what a reader hands to the builder.
type document struct {
	format    string
	lines     []line
	sourceURL string               // where the page says it came from (HTML metadata), if it says
	pageTitle string               // the page's <title> (HTML)
	notes     []rollout.Diagnostic // what reading the file met (its encoding, a .docx's parts)
}

// Patterns, compiled once.
var (
	// 文号: issuer code, year in brackets (〔〕 as published; [] 【】 （） in copies), number.
	reDocNo   = regexp.MustCompile(`\p{Han}{1,10}[〔\[［【(（]\s*[0-9]{4}\s*[〕\]］】)）]\s*[0-9]{1,5}\s*号`)
	reBatch   = regexp.MustCompile(`第\s*([0-9０-９〇零一二两三四五六七八九十]{1,4})\s*批`)
	reCount   = regexp.MustCompile(`等\s*([0-9０-９一二两三四五六七八九十]{1,4})\s*项`)
	reDate    = regexp.MustCompile(`^([0-9０-９]{4}|[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日$`)
	reSection = regexp.MustCompile(`^[一二三四五六七八九十]{1,3}、`)
	reSub     = regexp.MustCompile(`^[（(][一二三四五六七八九十]{1,3}[）)]`)
	reList    = regexp.MustCompile(`^(?:[0-9０-９]{1,3}\s*[.．、]|[（(][0-9０-９]{1,3}[）)])`)
	reRegion  = regexp.MustCompile(`^在(.{1,40}?)复制推广`)
	reAnnex   = regexp.MustCompile(`^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*(?:[：:]\s*(.*))?$`)
	reURL     = regexp.MustCompile(`https?://[A-Za-z0-9.\-]+(?:[:/][^\s)\]>"'（）<]*)?`)
	reLink    = regexp.MustCompile(`\[([^\]]*)\]\(\s*(https?://[^)\s]*)\s*\)`)
)

// joinSoft joins two pieces of one paragraph broken by a line or page break.
// Chinese text is joined as is; a space is put back only between two Latin
// letters or digits.
func joinSoft(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeRuneInString(b)
	if isLatin(x) && isLatin(y) {
		return a + " " + b
	}
	return a + b
}

func isLatin(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// endsSentence reports whether text ends a sentence or a clause (。；：！？ or
// their ASCII forms, possibly followed by closing quotes or brackets), so that
// what follows it starts a new paragraph.
func endsSentence(text string) bool {
	t := strings.TrimRight(text, "”’」』）)》】]\"' ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("。；：！？…;:!?.", r)
}

// isHeading reports whether text is a section heading (一、… or （一）…)
// without a sentence of its own.
func isHeading(text string) bool {
	return (reSection.MatchString(text) || reSub.MatchString(text)) && !strings.ContainsAny(text, "。；！？")
}

// isDocNoLine reports whether text is a 文号 standing alone (maybe in brackets).
func isDocNoLine(text string) bool {
	if len(text) > 80 || !strings.HasSuffix(strings.TrimRight(text, " 　）)]】"), "号") {
		return false
	}
	m := reDocNo.FindStringIndex(text)
	if m == nil {
		return false
	}
	rest := strings.Trim(text[:m[0]]+text[m[1]:], " 　（）()[]【】")
	return rest == ""
}

// startsBlock reports whether text begins something new (a heading, a numbered
// line, the annex label, the date, the 文号), so that it is never joined to the
// line before it.
func startsBlock(text string) bool {
	return reSection.MatchString(text) || reSub.MatchString(text) || reList.MatchString(text) ||
		reAnnex.MatchString(text) || reDate.MatchString(text) || isDocNoLine(text)
}

// closesBlock reports whether nothing may be joined after text.
func closesBlock(text string) bool {
	return endsSentence(text) || isHeading(text) || reAnnex.MatchString(text) ||
		reDate.MatchString(text) || isDocNoLine(text)
}

// clip shortens s to n runes for a message, marking the cut with …
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// tail returns the last n runes of s, marking the cut with …
func tail(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return "…" + string(r[len(r)-n:])
}

// stripListMarker removes a leading 1. / 1、/ （1） and the spaces after it.
func stripListMarker(s string) string {
	if loc := reList.FindStringIndex(s); loc != nil {
		return strings.TrimSpace(s[loc[1]:])
	}
	return s
}

// quoted returns the top-level quoted phrases of s, each without its outer
// quote marks and with inner quotes kept as written: for
// “出口货物检验检疫证单‘云签发’平台”、“航空货运电子信息化” it returns
// 出口货物检验检疫证单‘云签发’平台 and 航空货运电子信息化. unclosed reports a
// phrase that was still open at the end.
func quoted(s string) (names []string, unclosed bool) {
	var stack []rune
	start := 0
	for i, r := range s {
		switch r {
		case '“', '‘', '「', '『':
			if len(stack) == 0 {
				start = i + utf8.RuneLen(r)
			}
			stack = append(stack, r)
		case '”', '’', '」', '』':
			if len(stack) == 0 {
				continue
			}
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				if name := strings.TrimSpace(s[start:i]); name != "" {
					names = append(names, name)
				}
			}
		case '"':
			if len(stack) > 0 && stack[len(stack)-1] == '"' {
				stack = stack[:len(stack)-1]
				if len(stack) == 0 {
					if name := strings.TrimSpace(s[start:i]); name != "" {
						names = append(names, name)
					}
				}
				continue
			}
			if len(stack) == 0 {
				start = i + 1
			}
			stack = append(stack, r)
		}
	}
	return names, len(stack) > 0
}

// collapseSpace turns each run of ASCII white space in HTML text into one
// space, or into nothing where a source line break falls between two
// characters that are not Latin (as in Chinese text wrapped in the source),
// then turns no-break spaces into spaces and trims the ends.
func collapseSpace(s string) string {
	if !strings.ContainsAny(s, " \t\n\r\f\u00a0") {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			j, brk := i, false
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f') {
				brk = brk || s[j] == '\n' || s[j] == '\r'
				j++
			}
			next, _ := utf8.DecodeRuneInString(s[j:])
			if !(brk && prev >= utf8.RuneSelf && next >= utf8.RuneSelf) {
				b.WriteByte(' ')
				prev = ' '
			}
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\u00a0' {
			b.WriteByte(' ')
		} else {
			b.WriteString(s[i : i+n])
		}
		prev = r
		i += n
	}
	return strings.TrimSpace(b.String())
}
