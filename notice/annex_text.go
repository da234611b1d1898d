package notice

import (
	"regexp"
	"strings"

	"rollout"
)

// The annex of a plain text is most often tab-separated (as copied from the
// website) or a Markdown table, and the text reader makes rows of those. Two
// more forms come from copies through other programs: the cells separated by
// runs of spaces (a table pasted as aligned text), and one cell per line (a
// table pasted from a PDF or a phone). retable finds a header of either form
// among the text lines and turns the lines below it into rows, so that the
// annex reader sees one kind of table whatever the copy.

// reCellGap separates cells of a space-aligned row: a tab, a full-width
// space, or two or more spaces.
var reCellGap = regexp.MustCompile(`[ \t\x{3000}]*(?:\t|\x{3000}|  )[ \t\x{3000}]*`)

// retable returns lines with the annex, when it is written as space-aligned
// text or as one cell per line, turned into rows; diags are what it met (a
// row rebuilt from more parts than cells). lines with a header row already
// come back unchanged.
func retable(lines []line) ([]line, []rollout.Diagnostic) {
	for _, l := range lines {
		if l.isRow() {
			if _, ok := headerColumns(l.cells); ok {
				return lines, nil
			}
		}
	}
	for i, l := range lines {
		if l.isRow() {
			continue
		}
		// 序号  改革事项  主要内容  负责单位  推广范围
		if f := strings.Fields(l.text); len(f) >= 4 && allColumns(f) {
			return spacedRows(lines, i, f)
		}
		// 序号 / 改革事项 / … one per line
		if columnOf(l.text) == colSeq {
			var f []string
			for j := i; j < len(lines) && j < i+8 && !lines[j].isRow() && columnOf(lines[j].text) >= 0; j++ {
				f = append(f, lines[j].text)
			}
			if _, ok := headerColumns(f); ok {
				return stackedRows(lines, i, f)
			}
		}
	}
	return lines, nil
}

func allColumns(fields []string) bool {
	if _, ok := headerColumns(fields); !ok {
		return false
	}
	for _, f := range fields {
		if columnOf(f) < 0 {
			return false
		}
	}
	return true
}

// spacedRows turns the header at line h (its cells given) and the text lines
// below it into rows: cells separated by two or more spaces, else by single
// spaces; a line with more parts than cells has the extra parts joined into
// 主要内容 (the only long cell); a line with fewer stays text (a cell's
// continuation, which the annex reader joins back).
func spacedRows(lines []line, h int, header []string) ([]line, []rollout.Diagnostic) {
	out := append([]line(nil), lines[:h]...)
	out = append(out, line{no: lines[h].no, cells: header, gap: lines[h].gap})
	cols, _ := headerColumns(header)
	var diags []rollout.Diagnostic
	for _, l := range lines[h+1:] {
		if l.isRow() {
			out = append(out, l)
			continue
		}
		cells := reCellGap.Split(l.text, -1)
		if len(cells) != len(header) {
			if f := strings.Fields(l.text); len(f) >= len(header) && isSeq(f[0]) {
				cells = f
			}
		}
		if len(cells) > len(header) && isSeq(cells[0]) && cols[colContent] >= 0 {
			c := cols[colContent]
			after := len(header) - 1 - c
			joined := strings.Join(cells[c:len(cells)-after], " ")
			cells = append(append(append([]string(nil), cells[:c]...), joined), cells[len(cells)-after:]...)
			diags = append(diags, rollout.Diag(rollout.LevelWarning, "row-spaces", l.no, "err.notice.diag.row-spaces", cells[0]))
		}
		if len(cells) == len(header) && isSeq(cells[0]) {
			out = append(out, line{no: l.no, cells: cells, gap: l.gap})
			continue
		}
		out = append(out, l)
	}
	return out, diags
}

// stackedRows turns a header written one cell per line (from line h, n
// lines) and the lines below it into rows: a row starts at a line holding
// only the next 序号 and takes the lines up to the next such line. A row of
// more lines than cells has its extra lines joined into 主要内容 (a cell
// broken over lines), reported.
func stackedRows(lines []line, h int, header []string) ([]line, []rollout.Diagnostic) {
	out := append([]line(nil), lines[:h]...)
	out = append(out, line{no: lines[h].no, cells: header, gap: lines[h].gap})
	cols, _ := headerColumns(header)
	var diags []rollout.Diagnostic
	rest := lines[h+len(header):]
	// starts of rows: a line that is only the next 序号
	next := 1
	var starts []int
	for i, l := range rest {
		if v, ok := parseSeq(l.text); ok && !l.isRow() && v == next {
			starts = append(starts, i)
			next++
		}
	}
	if len(starts) == 0 {
		return lines, nil
	}
	out = append(out, rest[:starts[0]]...)
	for k, s := range starts {
		e := len(rest)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		var cells []string
		for _, l := range rest[s:e] {
			if l.isRow() {
				cells = append(cells, strings.Join(l.cells, " "))
			} else {
				cells = append(cells, l.text)
			}
		}
		if len(cells) > len(header) {
			// the last row may run into text after the table: take what fits
			if k == len(starts)-1 {
				extra := rest[s+len(header) : e]
				cells = cells[:len(header)]
				out = append(out, line{no: rest[s].no, cells: cells, gap: rest[s].gap})
				out = append(out, extra...)
				continue
			}
			if c := cols[colContent]; c >= 0 {
				after := len(header) - 1 - c
				joined := ""
				for _, x := range cells[c : len(cells)-after] {
					joined = joinSoft(joined, x)
				}
				cells = append(append(append([]string(nil), cells[:c]...), joined), cells[len(cells)-after:]...)
				diags = append(diags, rollout.Diag(rollout.LevelWarning, "row-joined", rest[s].no, "err.notice.diag.row-joined-stacked", cells[0]))
			}
		}
		out = append(out, line{no: rest[s].no, cells: cells, gap: rest[s].gap})
	}
	return out, diags
}
