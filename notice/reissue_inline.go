package notice

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"rollout"
)

// List markers of task lines and their levels: 一、 (1), （一） (2), 1. (3), （1） (4).
var (
	reCnComma  = regexp.MustCompile(`^([一二三四五六七八九十]{1,3})、\s*`)
	reCnParen  = regexp.MustCompile(`^[（(]([一二三四五六七八九十]{1,3})[）)]\s*`)
	reNumDot   = regexp.MustCompile(`^([0-9０-９]{1,3})\s*[.．、]\s*`)
	reNumParen = regexp.MustCompile(`^[（(]([0-9０-９]{1,3})[）)]\s*`)
)

// listMarker returns the level and number of a line's list marker and the
// text after it; level 0 for a line without one.
func listMarker(text string) (level, seq int, rest string) {
	for k, re := range []*regexp.Regexp{reCnComma, reCnParen, reNumDot, reNumParen} {
		if m := re.FindStringSubmatchIndex(text); m != nil {
			n, _ := parseNumber(text[m[2]:m[3]])
			return k + 1, n, strings.TrimSpace(text[m[1]:])
		}
	}
	return 0, 0, text
}

// inlineLine is a text line of a re-issue read as a possible task.
type inlineLine struct {
	idx, last int // its line and the last line it took (a notation may run on)
	no        int
	level     int // list level, 0 when unnumbered
	seq       int
	text      string    // after the list marker, without the notation
	note      *notation // nil when the line has none
	only      bool      // the line is nothing but a notation
	multiple  bool      // it had two notations, merged
	unclosed  bool      // its notation is never closed
}

// readInline reads the tasks written with an inline assignment from the
// text lines no table took. 下同 carries an assignment to the following tasks
// (numbered lines at the level of the tasks) until another assignment
// appears or a part (一、二、…) ends; written on a heading (（一）投资贸易
// 便利化领域（牵头单位：省商务厅，下同）) it makes no task of the heading.
func (b *reissueBuilder) readInline() {
	cands := b.inlineCandidates()
	carriers := headingCarriers(cands)
	level := taskLevel(cands, carriers)
	var carry *inlineLine // the line whose 下同 is in force
	assigned := false     // an assigned task was met in this part
	for k, c := range cands {
		if c.level == 1 && level > 1 {
			carry, assigned = nil, false
		}
		switch {
		case carriers[k]:
			carry = &cands[k]
			b.use(c.idx, c.last)
		case c.only:
			b.use(c.idx, c.last)
			b.diag(rollout.LevelWarning, "notation-orphan", c.no, "err.notice.diag.notation-orphan", clip(b.lines[c.idx].text, 30))
		case c.note != nil:
			b.inlineRow(c, c.note, true)
			b.noteDiags(c)
			carry, assigned = nil, true
			if c.note.carry {
				carry = &cands[k]
			}
		case c.level > 0 && c.level == level && carry != nil:
			b.inlineRow(c, carry.note, true)
			name, _ := splitHeading(c.text)
			b.diag(rollout.LevelInfo, "carry-forward", c.no, "err.notice.diag.carry-forward",
				clip(name, 20), carry.no, describeNote(carry.note))
		case c.level > 0 && c.level == level && assigned:
			b.inlineRow(c, &notation{}, false)
			b.diag(rollout.LevelWarning, "task-unassigned", c.no, "err.notice.diag.task-unassigned", clip(c.text, 30))
		}
	}
}

// inlineCandidates reads every text line no table took, and folds a line
// that is only a notation into the line before it.
func (b *reissueBuilder) inlineCandidates() []inlineLine {
	var out []inlineLine
	for i := 0; i < len(b.lines); i++ {
		if b.lines[i].isRow() || b.used[i] {
			continue
		}
		c := b.inlineLine(i)
		if n := len(out); n > 0 && c.only && out[n-1].last == c.idx-1 {
			p := &out[n-1]
			if p.note == nil {
				p.note = c.note
			} else if p.note.merge(c.note) {
				p.multiple = true
			}
			p.unclosed = p.unclosed || c.unclosed
			p.last = c.last
		} else {
			out = append(out, c)
		}
		i = c.last
	}
	return out
}

// inlineLine reads line i, joining the lines after it while a notation it
// opens is not closed.
func (b *reissueBuilder) inlineLine(i int) inlineLine {
	l := b.lines[i]
	c := inlineLine{idx: i, last: i, no: l.no}
	text := l.text
	for c.last-i < 4 && c.last+1 < len(b.lines) {
		bs := brackets(text)
		if len(bs) == 0 || bs[len(bs)-1].closed || !labelLine(strings.TrimSpace(bs[len(bs)-1].content)) {
			break
		}
		next := b.lines[c.last+1]
		if next.isRow() || b.used[c.last+1] || startsBlock(next.text) {
			break
		}
		text = joinSoft(text, next.text)
		c.last++
	}
	c.level, c.seq, text = listMarker(text)
	c.text, c.note, c.multiple, c.unclosed = splitNotation(text)
	if c.note == nil && c.level == 0 && labelLine(text) {
		if n, ok := parseNotation(text); ok {
			c.text, c.note = "", n
		}
	}
	c.only = c.note != nil && c.level == 0 && c.text == ""
	return c
}

// splitNotation takes the notations out of a line: the text without them
// and their fields merged; multiple reports more than one.
func splitNotation(text string) (rest string, note *notation, multiple, unclosed bool) {
	var cut []bracket
	carry := false
	for _, bk := range brackets(text) {
		if strings.TrimSpace(bk.content) == "下同" { // （牵头单位：…）（下同）
			cut = append(cut, bk)
			carry = true
			continue
		}
		n, ok := parseNotation(bk.content)
		if !ok {
			continue
		}
		cut = append(cut, bk)
		unclosed = unclosed || !bk.closed
		if note == nil {
			note = n
		} else {
			note.merge(n)
			multiple = true
		}
	}
	if note == nil {
		return text, nil, false, false
	}
	note.carry = note.carry || carry
	for k := len(cut) - 1; k >= 0; k-- {
		text = text[:cut[k].start] + text[cut[k].end:]
	}
	return strings.TrimSpace(text), note, multiple, unclosed
}

// headingCarriers marks the numbered lines whose notation has 下同 and that
// read as a heading (short, no sentence) over deeper numbered lines without
// an assignment: they give their assignment to those lines and are no task.
func headingCarriers(cands []inlineLine) []bool {
	out := make([]bool, len(cands))
	for k, c := range cands {
		if c.note == nil || !c.note.carry || c.level == 0 || strings.Contains(c.text, "。") ||
			utf8.RuneCountInString(c.text) > 30 {
			continue
		}
		for _, d := range cands[k+1:] {
			if d.level > 0 {
				out[k] = d.level > c.level && d.note == nil
				break
			}
		}
	}
	return out
}

// taskLevel returns the list level of the tasks: the most common level of
// the numbered lines with an assignment (the deeper among equals); else the
// level of the lines below a heading that carries one; 0 when tasks are not
// numbered.
func taskLevel(cands []inlineLine, carriers []bool) int {
	count := map[int]int{}
	for k, c := range cands {
		if c.note != nil && c.level > 0 && !carriers[k] {
			count[c.level]++
		}
	}
	best := 0
	for lvl, n := range count {
		if n > count[best] || (n == count[best] && lvl > best) {
			best = lvl
		}
	}
	if best > 0 {
		return best
	}
	for k := range cands {
		if carriers[k] {
			for _, d := range cands[k+1:] {
				if d.level > 0 {
					return d.level
				}
			}
		}
	}
	return 0
}

// inlineRow adds the task c with the assignment n; check says whether to
// report a row without units.
func (b *reissueBuilder) inlineRow(c inlineLine, n *notation, check bool) {
	b.use(c.idx, c.last)
	row := rollout.ReissueRow{Line: c.no, Seq: c.seq}
	row.ItemName, row.Measures = splitHeading(c.text)
	b.setUnits(&row, n.lead, n.co)
	switch {
	case n.dutyOnly && len(row.Lead) == 0 && len(row.Co) > 0:
		b.firstLeads(&row)
		b.diag(rollout.LevelInfo, "lead-first", c.no, "err.notice.diag.lead-first",
			clip(rowName(&row), 20), row.Lead[0])
	case n.shares && len(row.Lead) > 1:
		b.diag(rollout.LevelInfo, "lead-shares", c.no, "err.notice.diag.lead-shares",
			clip(rowName(&row), 20), strings.Join(row.Lead, "、"))
	}
	row.Deadline = n.deadline
	row.Deliverable = n.deliverable
	row.Contact = n.contact
	row.Notes = rowNotes(n.notes)
	b.checkRow(&row, check)
	b.r.Rows = append(b.r.Rows, row)
}

// noteDiags reports what reading the notation of c met.
func (b *reissueBuilder) noteDiags(c inlineLine) {
	n := c.note
	if c.unclosed {
		b.diag(rollout.LevelWarning, "notation-unclosed", c.no, "err.notice.diag.notation-unclosed", clip(c.text, 20))
	}
	if c.multiple {
		b.diag(rollout.LevelWarning, "notation-multiple", c.no, "err.notice.diag.notation-multiple", clip(c.text, 20), describeNote(n))
	}
	for _, s := range n.odd {
		b.diag(rollout.LevelInfo, "notation-field", c.no, "err.notice.diag.notation-field", clip(s, 30))
	}
	for _, label := range n.empty {
		b.diag(rollout.LevelWarning, "field-empty", c.no, "err.notice.diag.field-empty", label)
	}
}

// describeNote writes an assignment for a message.
func describeNote(n *notation) string {
	var parts []string
	if len(n.lead) > 0 {
		parts = append(parts, "牵头单位："+strings.Join(n.lead, "、"))
	}
	if len(n.co) > 0 {
		parts = append(parts, "责任单位："+strings.Join(n.co, "、"))
	}
	if n.deadline != "" {
		parts = append(parts, "完成时限："+n.deadline)
	}
	if len(parts) == 0 {
		return "无"
	}
	return clip(strings.Join(parts, "；"), 60)
}

// splitHeading splits a task's text into its first sentence, which names
// the task, and the rest, its measures.
func splitHeading(text string) (name, measures string) {
	text = strings.TrimSpace(text)
	i := strings.Index(text, "。")
	if i < 0 {
		return text, ""
	}
	return strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+len("。"):])
}
