package notice

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dutySuffixes are phrases written after the last unit of a list that name no
// unit: 省市场监管局、各市州人民政府按职责分工负责. Longest first.
var dutySuffixes = []string{
	"按照职责分工负责", "按职责分工抓好落实", "按职责分工负责", "按职责分工落实", "按职能分工负责",
	"按职责分别负责", "按职责负责", "按职责落实", "按职责分工", "分别负责", "共同负责", "负责落实",
}

// etcSuffixes end a list that leaves units unnamed (省商务厅等单位).
var etcSuffixes = []string{"等有关单位", "等相关单位", "等有关部门", "等相关部门", "等单位", "等部门", "等"}

// isDash reports whether a cell says "nothing": empty, a dash or slash, 无.
func isDash(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || s == "无" || s == "暂无" {
		return true
	}
	return strings.Trim(s, "—–-－/／ 　") == ""
}

// unitList is a list of unit names as written, split.
type unitList struct {
	names  []string
	space  bool     // split on spaces between names
	etc    string   // the 等 phrase removed from the end, if any
	folded []string // names written with a look-alike character, as written (folded in names)
}

// lookAlikes are characters that look like the one a unit name means and
// are met in documents typed or converted carelessly: 巿 (fú, the radical)
// for 市, the variant and Japanese forms of 厅 and 馆.
var lookAlikes = strings.NewReplacer(
	"巿", "市", "厛", "厅", "廰", "厅", "庁", "厅", "舘", "馆", "眞", "真",
)

// foldLookAlikes returns name with look-alike characters replaced.
func foldLookAlikes(name string) string { return lookAlikes.Replace(name) }

// splitUnits splits a list of unit names as written: on 、，,；; and line
// breaks, and on spaces between two names, but never inside brackets (各县
// （市、区）人民政府 is one name). Suffixes such as 按职责分工负责 and dashes
// are dropped; a trailing 等 (等单位) is removed and reported in etc. Names are
// otherwise kept as written.
func splitUnits(s string) unitList {
	var out unitList
	for _, part := range splitTopLevel(s, "、，,；;\n") {
		names := splitSpaces(part)
		out.space = out.space || len(names) > 1
		for _, name := range names {
			name = trimUnitName(name)
			for _, suf := range etcSuffixes {
				if rest, ok := strings.CutSuffix(name, suf); ok && utf8.RuneCountInString(rest) >= 2 {
					name, out.etc = strings.TrimSpace(rest), suf
					break
				}
			}
			if f := foldLookAlikes(name); f != name {
				out.folded = append(out.folded, name)
				name = f
			}
			if name != "" && !isDash(name) {
				out.names = append(out.names, name)
			}
		}
	}
	return out
}

// trimUnitName removes the spaces and end punctuation around a name and a
// duty suffix after it.
func trimUnitName(name string) string {
	name = strings.Trim(name, " \t　。.")
	for _, suf := range dutySuffixes {
		if rest, ok := strings.CutSuffix(name, suf); ok {
			return strings.TrimRight(rest, " \t　，,")
		}
	}
	return name
}

// splitTopLevel splits s on any of the separator runes that stand outside
// brackets; the parts are trimmed and empty ones dropped.
func splitTopLevel(s, seps string) []string {
	var parts []string
	depth, start := 0, 0
	for i, r := range s {
		switch {
		case isOpenBracket(r):
			depth++
		case isCloseBracket(r):
			depth = max(depth-1, 0)
		case depth == 0 && strings.ContainsRune(seps, r):
			if p := strings.TrimSpace(s[start:i]); p != "" {
				parts = append(parts, p)
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if p := strings.TrimSpace(s[start:]); p != "" {
		parts = append(parts, p)
	}
	return parts
}

// splitSpaces splits a part on runs of spaces outside brackets.
func splitSpaces(s string) []string {
	return splitTopLevel(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s), " ")
}

func isOpenBracket(r rune) bool  { return strings.ContainsRune("（(［[【〔", r) }
func isCloseBracket(r rune) bool { return strings.ContainsRune("）)］]】〕", r) }
