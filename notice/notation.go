package notice

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// notation is an assignment written after a task of a re-issue:
// （牵头单位：省知识产权局；责任单位：省市场监管局、各市州人民政府按职责分工负责；
// 完成时限：2024年6月底前）, or in short （省商务厅牵头，省发展改革委配合）.
// Values are as written; unit lists are split later.
type notation struct {
	lead, co    []string // unit lists as written, one per field
	deadline    string
	deliverable string
	contact     string
	notes       []string // 备注, and text of the notation read as no field
	odd         []string // what went into notes without being a 备注, for a diagnostic
	empty       []string // labels given with no value
	carry       bool     // 下同: the assignment holds for the following tasks too
	// dutyOnly: the units were all given with 责任单位 (no 牵头单位, no
	// 配合单位): by convention the first of them leads
	dutyOnly bool
	// shares: the short form named units that each do their own share
	// (（省发展改革委、省商务厅按职责分工负责）): all of them lead
	shares bool
}

var (
	// A field label of a notation. Longer labels first: the leftmost
	// alternative that matches wins.
	reNoteLabel = regexp.MustCompile(`(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|参与单位|协办单位|完成时限|完成时间|完成期限|时间节点|时间要求|成果形式|联系人|联系电话|备注|牵头|责任|配合|时限)\s*[：:]`)
	// Any label: a field this reader does not know (督办领导：…).
	reAnyLabel = regexp.MustCompile(`^\p{Han}{1,8}\s*[：:]`)
	// 下同 and the separators around it.
	reCarry = regexp.MustCompile(`[，,；;、\s]*下同[，,；;。\s]*`)
)

// Roles of the short form, as the last word of a segment.
var (
	leadWords = []string{"牵头负责", "牵头"}
	coWords   = []string{"配合", "参与", "协助", "协同"}
)

const fieldSeps = " \t　；;，,。"

// parseNotation reads the content of a bracket (without the brackets). It
// reports false when the content assigns no unit: then it is no notation.
func parseNotation(content string) (*notation, bool) {
	n := &notation{}
	if reCarry.MatchString(content) {
		n.carry = true
		content = strings.Trim(reCarry.ReplaceAllString(content, "；"), fieldSeps)
	}
	locs := fieldStarts(content, reNoteLabel.FindAllStringSubmatchIndex(content, -1))
	if len(locs) == 0 {
		return n, n.shortForm(content)
	}
	if head := strings.Trim(content[:locs[0][0]], fieldSeps); head != "" {
		n.notes = append(n.notes, head)
		n.odd = append(n.odd, head)
	}
	units, duty, other := false, false, false
	for k, loc := range locs {
		end := len(content)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		label := content[loc[2]:loc[3]]
		switch label {
		case "责任单位", "责任部门", "责任":
			duty = true
		case "牵头单位", "牵头部门", "牵头", "配合单位", "配合部门", "参与单位", "协办单位", "配合":
			other = true
		}
		units = n.set(label, strings.Trim(content[loc[1]:end], fieldSeps)) || units
	}
	n.dutyOnly = duty && !other && len(n.co) > 0
	return n, units
}

// fieldStarts keeps the label matches that start a field: at the start of the
// content or after a separator, not inside a value.
func fieldStarts(content string, locs [][]int) [][]int {
	var out [][]int
	for _, loc := range locs {
		before := strings.TrimRight(content[:loc[0]], " \t　")
		r, _ := utf8.DecodeLastRuneInString(before)
		if before == "" || strings.ContainsRune("；;，,。", r) {
			out = append(out, loc)
		}
	}
	return out
}

// set stores one labelled field and reports whether it is a unit field.
// Segments of the value that carry a label of their own (；督办领导：张三) are
// kept in notes.
func (n *notation) set(label, value string) bool {
	var kept []string
	for _, seg := range splitTopLevel(value, "；;") {
		if reAnyLabel.MatchString(seg) {
			n.notes = append(n.notes, seg)
			n.odd = append(n.odd, seg)
			continue
		}
		kept = append(kept, seg)
	}
	value = strings.Join(kept, "；")
	if value == "" {
		n.empty = append(n.empty, label)
	}
	switch label {
	case "牵头单位", "牵头部门", "牵头":
		if value != "" {
			n.lead = append(n.lead, value)
		}
		return true
	case "责任单位", "责任部门", "配合单位", "配合部门", "参与单位", "协办单位", "责任", "配合":
		if value != "" {
			n.co = append(n.co, value)
		}
		return true
	case "成果形式":
		n.deliverable = joinField(n.deliverable, value)
	case "联系人", "联系电话":
		n.contact = joinField(n.contact, value)
	case "备注":
		if value != "" {
			n.notes = append(n.notes, value)
		}
	default: // the deadline labels
		n.deadline = joinField(n.deadline, value)
	}
	return false
}

func joinField(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "；" + b
}

// shortForm reads （省商务厅牵头，省发展改革委、各地级以上市人民政府配合）: segments
// ending with 牵头 (or 负责) name the lead, segments ending with 配合 (参与,
// 按职责分工负责…) the co-units. Without a lead, （省商务厅负责） names the lead
// and （省发展改革委、省商务厅按职责分工负责） units that each lead their own
// share. It reports whether a unit was found.
func (n *notation) shortForm(content string) bool {
	if utf8.RuneCountInString(content) > 120 || !(strings.Contains(content, "牵头") || strings.Contains(content, "负责")) {
		return false
	}
	sentence := strings.ContainsAny(content, "。：:")
	found := false
	var shares []string
	for _, seg := range splitTopLevel(content, "，,；;") {
		seg = strings.TrimPrefix(seg, "由")
		if names, ok := cutAnySuffix(seg, leadWords); ok && names != "" {
			n.lead = append(n.lead, names)
			found = true
			continue
		}
		if names, ok := cutAnySuffix(seg, coWords); ok && names != "" {
			n.co = append(n.co, names)
			continue
		}
		if names, ok := cutAnySuffix(seg, dutySuffixes); ok && names != "" {
			shares = append(shares, names)
			continue
		}
		if names, ok := cutAnySuffix(seg, soleWords); ok && names != "" && !sentence && !strings.ContainsAny(names, "自行各项") {
			n.lead = append(n.lead, names)
			found = true
			continue
		}
		n.notes = append(n.notes, seg)
		n.odd = append(n.odd, seg)
	}
	switch {
	case found:
		n.co = append(n.co, shares...)
	case len(shares) > 0 && !sentence:
		n.lead, n.shares, found = shares, true, true
	}
	if !found {
		n.notes, n.odd = nil, nil
	}
	return found
}

// soleWords end a segment that names the unit in charge: （成都海关负责）.
var soleWords = []string{"具体负责", "负责"}

func cutAnySuffix(s string, suffixes []string) (string, bool) {
	for _, suf := range suffixes {
		if rest, ok := strings.CutSuffix(s, suf); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return s, false
}

// merge adds the fields of m to n. It reports whether both give the same
// field (two lead lists, two co lists, two deadlines): two assignments for
// one task.
func (n *notation) merge(m *notation) bool {
	both := (len(n.lead) > 0 && len(m.lead) > 0) || (len(n.co) > 0 && len(m.co) > 0) ||
		(n.deadline != "" && m.deadline != "")
	n.lead = append(n.lead, m.lead...)
	n.co = append(n.co, m.co...)
	n.deadline = joinField(n.deadline, m.deadline)
	n.deliverable = joinField(n.deliverable, m.deliverable)
	n.contact = joinField(n.contact, m.contact)
	n.notes = append(n.notes, m.notes...)
	n.odd = append(n.odd, m.odd...)
	n.empty = append(n.empty, m.empty...)
	n.carry = n.carry || m.carry
	return both
}

// bracket is a top-level bracketed part of a line.
type bracket struct {
	start, end int    // byte offsets of the whole part, brackets included
	content    string // inside the brackets
	closed     bool
}

// brackets returns the top-level （…） or (…) parts of s; nested brackets
// stay inside their content. A bracket still open at the end is returned with
// closed false.
func brackets(s string) []bracket {
	var out []bracket
	depth, start, open := 0, 0, 0
	for i, r := range s {
		switch r {
		case '（', '(':
			if depth == 0 {
				start, open = i, utf8.RuneLen(r)
			}
			depth++
		case '）', ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 {
				out = append(out, bracket{start: start, end: i + utf8.RuneLen(r), content: s[start+open : i], closed: true})
			}
		}
	}
	if depth > 0 {
		out = append(out, bracket{start: start, end: len(s), content: s[start+open:]})
	}
	return out
}

// labelLine reports whether a line is an assignment without brackets:
// 牵头单位：省商务厅；责任单位：….
func labelLine(text string) bool {
	loc := reNoteLabel.FindStringIndex(text)
	return loc != nil && loc[0] == 0
}
