package notice

import (
	"strings"

	"rollout"
)

// readText reads a plain-text (Markdown-ish) notice into lines. src is valid
// UTF-8 without a byte order mark. Lines may end in CRLF, LF or CR.
func readText(src []byte) *document {
	doc := &document{format: rollout.FormatText}
	s := string(src)
	gap := false
	for no, i := 1, 0; i < len(s); no++ {
		j := strings.IndexAny(s[i:], "\r\n")
		raw := s[i:]
		if j >= 0 {
			raw = s[i : i+j]
			i += j
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			i++
		} else {
			i = len(s)
		}
		doc.addRaw(no, raw, &gap)
	}
	return doc
}

// addRaw adds one source line of plain text: a row (tab-separated or
// Markdown), a Markdown separator row or a rule (a gap), or text. gap carries
// whether a blank line came before.
func (doc *document) addRaw(no int, raw string, gap *bool) {
	cells, sep := splitCells(raw)
	switch {
	case sep:
		*gap = true
	case cells != nil:
		empty := true
		for _, c := range cells {
			empty = empty && c == ""
		}
		if empty {
			*gap = true
			return
		}
		doc.lines = append(doc.lines, line{no: no, cells: cells, gap: *gap})
		*gap = false
	default:
		text := cleanText(raw)
		if text == "" || isRule(strings.TrimSpace(raw)) {
			*gap = true
			return
		}
		doc.lines = append(doc.lines, line{no: no, text: text, gap: *gap})
		*gap = false
	}
}

// splitCells splits a table row: cells separated by tabs (the annex as
// published), or a Markdown table row | a | b |. sep reports a Markdown
// separator row (|---|---|). A line whose only tabs indent it is text.
func splitCells(raw string) (cells []string, sep bool) {
	t := strings.TrimRight(raw, " \r")
	lead := strings.TrimLeft(t, " \t\u3000")
	switch {
	case strings.Contains(lead, "\t"):
		parts := strings.Split(strings.TrimLeft(t, " \u3000"), "\t")
		for i, p := range parts {
			parts[i] = cleanCell(p)
		}
		return parts, false
	case strings.HasPrefix(lead, "|") && strings.Count(lead, "|") >= 2:
		inner := strings.TrimSpace(lead)
		inner = strings.TrimPrefix(inner, "|")
		inner = strings.TrimSuffix(inner, "|")
		parts := strings.Split(inner, "|")
		sep = true
		for i, p := range parts {
			parts[i] = cleanCell(p)
			sep = sep && strings.Trim(parts[i], ":-") == "" && strings.Contains(parts[i], "---")
		}
		if sep {
			return nil, true
		}
		return parts, false
	}
	return nil, false
}

// cleanText removes the markup of one text line: a leading Markdown heading
// mark (###), bold marks (**), link syntax [text](url) (the text stays) and the
// spaces around it, including the two trailing spaces of a soft line break.
func cleanText(raw string) string {
	s := strings.TrimSpace(raw)
	if strings.HasPrefix(s, "#") {
		h := strings.TrimLeft(s, "#")
		if len(s)-len(h) <= 6 && (h == "" || h[0] == ' ' || h[0] == '\t') {
			s = strings.TrimSpace(h)
		}
	}
	s = strings.ReplaceAll(s, "**", "")
	if strings.Contains(s, "](") {
		s = reLink.ReplaceAllString(s, "$1")
	}
	return strings.TrimSpace(s)
}

// cleanCell removes bold marks and the spaces around a cell.
func cleanCell(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "**", ""))
}

// isRule reports a Markdown horizontal rule (---, ***, ___), which some copies
// put where a page ended.
func isRule(s string) bool {
	if len(s) < 3 {
		return false
	}
	c := s[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != c && s[i] != ' ' {
			return false
		}
	}
	return true
}
