package sheet

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// ExportList returns an .xlsx of a list: a title row (when title is not
// empty) merged across the columns, a header row, then the rows, every cell
// as text. The header is frozen and filterable, widths follow the content,
// long text wraps, and the sheet is named after the title.
func ExportList(title string, header []string, rows [][]string) ([]byte, error) {
	ncols := len(header)
	for _, r := range rows {
		ncols = max(ncols, len(r))
	}
	ncols = max(ncols, 1)

	// Widths from the header and the first rows, between 6 and 60 characters.
	widths := make([]float64, ncols)
	for i := range widths {
		widths[i] = 6
	}
	measure := func(r []string) {
		for i, v := range r {
			for l := range strings.SplitSeq(v, "\n") {
				widths[i] = max(widths[i], float64(displayWidth(l)+2))
			}
		}
	}
	measure(header)
	for _, r := range rows[:min(len(rows), 2000)] {
		measure(r)
	}
	for i := range widths {
		widths[i] = min(widths[i], 60)
	}

	f := excelize.NewFile()
	defer f.Close()
	fail := func(err error) ([]byte, error) { return nil, fmt.Errorf("sheet: export list: %w", err) }
	if err := f.SetDefaultFont(bodyFont); err != nil {
		return fail(err)
	}
	name := sheetName(title)
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return fail(err)
	}
	styles := listStyles()
	ids := make([]int, len(styles))
	for i, s := range styles {
		id, err := f.NewStyle(s)
		if err != nil {
			return fail(err)
		}
		ids[i] = id
	}
	titleStyle, headStyle, bodyStyle := ids[0], ids[1], ids[2]

	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return fail(err)
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return fail(err)
		}
	}
	headRow := 1
	if title != "" {
		headRow = 2
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headRow, TopLeftCell: "A" + strconv.Itoa(headRow+1), ActivePane: "bottomLeft"}); err != nil {
		return fail(err)
	}
	row := 1
	if title != "" {
		if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: titleStyle, Value: title}}, excelize.RowOpts{Height: 30}); err != nil {
			return fail(err)
		}
		if ncols > 1 {
			end, _ := excelize.CoordinatesToCellName(ncols, 1)
			if err := sw.MergeCell("A1", end); err != nil {
				return fail(err)
			}
		}
		row++
	}
	put := func(vals []string, style int) error {
		cells := make([]any, ncols)
		height := 1
		for i := range cells {
			v := ""
			if i < len(vals) {
				v = vals[i]
			}
			height = max(height, lines(v, widths[i]))
			cells[i] = excelize.Cell{StyleID: style, Value: v}
		}
		ref, _ := excelize.CoordinatesToCellName(1, row)
		row++
		return sw.SetRow(ref, cells, excelize.RowOpts{Height: min(409, 4+14.25*float64(height))})
	}
	if err := put(header, headStyle); err != nil {
		return fail(err)
	}
	for _, r := range rows {
		if err := put(r, bodyStyle); err != nil {
			return fail(err)
		}
	}
	if err := sw.Flush(); err != nil {
		return fail(err)
	}
	if len(header) > 0 {
		lastCol, _ := excelize.ColumnNumberToName(ncols)
		if err := f.AutoFilter(name, fmt.Sprintf("A%d:%s%d", headRow, lastCol, row-1), nil); err != nil {
			return fail(err)
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: title, Creator: "rollout", Language: "zh-CN"}); err != nil {
		return fail(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return fail(err)
	}
	return buf.Bytes(), nil
}

// cellBorder is the thin grey border of every cell of a list's header and body.
var cellBorder = []excelize.Border{
	{Type: "left", Color: "808080", Style: 1}, {Type: "right", Color: "808080", Style: 1},
	{Type: "top", Color: "808080", Style: 1}, {Type: "bottom", Color: "808080", Style: 1},
}

// listStyles are the title, header and body styles of a list sheet.
func listStyles() []*excelize.Style {
	return []*excelize.Style{
		{Font: &excelize.Font{Family: titleFont, Size: 14, Bold: true}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}},
		{Font: &excelize.Font{Family: titleFont, Size: 11, Bold: true}, Border: cellBorder,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		{Font: &excelize.Font{Family: bodyFont, Size: 10.5}, Border: cellBorder, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}},
	}
}

// sheetName makes a title a valid sheet name: at most 31 characters, none of
// : \ / ? * [ ], not starting or ending with an apostrophe.
func sheetName(title string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) || r < ' ' {
			return '_'
		}
		return r
	}, strings.TrimSpace(title))
	if r := []rune(name); len(r) > 31 {
		name = string(r[:31])
	}
	name = strings.Trim(name, "'")
	if strings.TrimSpace(name) == "" {
		return "列表"
	}
	return name
}

// ExportCSV returns a list as CSV the way Excel and WPS open it without
// garbling Chinese: UTF-8 with a byte-order mark, CRLF line ends, fields
// quoted when they hold a comma, a quote or a line break. A field that a
// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
// carriage return, and not a number) is written with a leading apostrophe.
func ExportCSV(header []string, rows [][]string) []byte {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	write := func(r []string) {
		out := make([]string, len(r))
		for i, v := range r {
			out[i] = defuse(v)
		}
		_ = w.Write(out) // a bytes.Buffer does not fail
	}
	if len(header) > 0 {
		write(header)
	}
	for _, r := range rows {
		write(r)
	}
	w.Flush()
	return buf.Bytes()
}

// defuse keeps a spreadsheet from reading a text field as a formula.
func defuse(v string) string {
	if v == "" || !strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return v
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil {
		return v
	}
	return "'" + v
}
