package sheet

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"rollout"
)

// Indicator columns. A template made with the items' indicators
// (TemplateWithIndicators) has, after 校验码, a hidden column 指标编号 holding
// each row's indicator IDs in order ("12,13"), then a pair of columns per
// indicator position k: 指标k (the indicator's name and unit of measure,
// locked) and 指标k数值 (its value, editable). Rows of items with fewer
// indicators leave the extra pairs empty and locked. Reading a file that has
// the 指标编号 column gives each row's Report.Values (a value left empty is no
// value; the list is empty, not nil, when none is filled); a file without it
// gives nil, which keeps the values stored.

// IndicatorIDsTitle is the title of the hidden column of indicator IDs.
const IndicatorIDsTitle = "指标编号"

func indicatorTitle(k int) string      { return fmt.Sprintf("指标%d", k) }
func indicatorValueTitle(k int) string { return fmt.Sprintf("指标%d数值", k) }

// indicatorLabel is what the name cell of an indicator shows.
func indicatorLabel(in *rollout.Indicator) string {
	if in.Measure == "" {
		return in.Name
	}
	return in.Name + "（" + in.Measure + "）"
}

// TemplateWithIndicators is Template with the indicator columns, for the
// indicators of each task's item (by item ID, in order).
func TemplateWithIndicators(unit *rollout.Unit, period rollout.Period, tasks []*rollout.Task, current map[int64]*rollout.Report,
	indicators map[int64][]*rollout.Indicator, now time.Time) ([]byte, error) {
	return writeTemplate(unit, period, tasks, current, indicators, now)
}

// indicatorColumns writes the indicator columns of the report sheet after
// the fixed ones, for rows firstRow.. of tasks.
func (w *templateWriter) indicatorColumns(tasks []*rollout.Task, current map[int64]*rollout.Report) error {
	n := 0
	for _, t := range tasks {
		n = max(n, len(w.indicators[t.ItemID]))
	}
	if n == 0 {
		return nil
	}
	f, sh := w.f, ReportSheet
	cell := func(col, row int) string { c, _ := excelize.CoordinatesToCellName(col, row); return c }
	base := len(columns) + 1 // 指标编号
	name, _ := excelize.ColumnNumberToName(base)
	if err := f.SetColVisible(sh, name, false); err != nil {
		return err
	}
	if err := f.SetCellStr(sh, cell(base, headerRow), IndicatorIDsTitle); err != nil {
		return err
	}
	for k := 1; k <= n; k++ {
		nc, vc := base+2*k-1, base+2*k
		for _, c := range []struct {
			col   int
			title string
			width float64
		}{{nc, indicatorTitle(k), 24}, {vc, indicatorValueTitle(k), 12}} {
			cn, _ := excelize.ColumnNumberToName(c.col)
			if err := f.SetColWidth(sh, cn, cn, c.width); err != nil {
				return err
			}
			if err := f.SetCellStr(sh, cell(c.col, headerRow), c.title); err != nil {
				return err
			}
		}
	}
	if err := f.SetCellStyle(sh, cell(base, headerRow), cell(base+2*n, headerRow), w.header); err != nil {
		return err
	}
	for i, t := range tasks {
		row := firstRow + i
		ins := w.indicators[t.ItemID]
		values := map[int64]float64{}
		if r := current[t.ID]; r != nil {
			for _, v := range r.Values {
				values[v.IndicatorID] = v.Value
			}
		}
		ids := make([]string, len(ins))
		for k, in := range ins {
			ids[k] = strconv.FormatInt(in.ID, 10)
		}
		if err := f.SetCellStr(sh, cell(base, row), strings.Join(ids, ",")); err != nil {
			return err
		}
		if err := f.SetCellStyle(sh, cell(base, row), cell(base, row), w.ctx); err != nil {
			return err
		}
		for k := 1; k <= n; k++ {
			nc, vc := base+2*k-1, base+2*k
			if k > len(ins) {
				if err := f.SetCellStyle(sh, cell(nc, row), cell(vc, row), w.ctx); err != nil {
					return err
				}
				continue
			}
			in := ins[k-1]
			if err := f.SetCellStr(sh, cell(nc, row), indicatorLabel(in)); err != nil {
				return err
			}
			if v, ok := values[in.ID]; ok {
				if err := f.SetCellFloat(sh, cell(vc, row), v, -1, 64); err != nil {
					return err
				}
			}
			if err := f.SetCellStyle(sh, cell(nc, row), cell(nc, row), w.ctx); err != nil {
				return err
			}
			if err := f.SetCellStyle(sh, cell(vc, row), cell(vc, row), w.edit); err != nil {
				return err
			}
		}
	}
	return nil
}

// indicatorIndex finds the indicator columns of a header row: the column of
// 指标编号 (-1 when absent) and of each 指标k数值 by k.
func indicatorIndex(header []string) (int, map[int]int) {
	ids, vals := -1, map[int]int{}
	for i, v := range header {
		t := squeeze(v)
		if t == IndicatorIDsTitle {
			ids = i
			continue
		}
		if rest, ok := strings.CutPrefix(t, "指标"); ok {
			if num, ok := strings.CutSuffix(rest, "数值"); ok {
				if k, err := strconv.Atoi(num); err == nil && k > 0 {
					vals[k] = i
				}
			}
		}
	}
	return ids, vals
}

// rowValues reads the indicator values of a row; fail reports a cell's error.
func (r *reader) rowValues(n int, cells []string, fail func(col int, title, key string, args ...any)) []rollout.IndicatorValue {
	if r.indIDs < 0 {
		return nil
	}
	at := func(i int) string {
		if i < len(cells) {
			return cells[i]
		}
		return ""
	}
	var ids []int64
	for _, s := range strings.Split(fold(at(r.indIDs)), ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil || id <= 0 {
			fail(r.indIDs, IndicatorIDsTitle, "err.report.cell_value_ids", fold(at(r.indIDs)))
			return nil
		}
		ids = append(ids, id)
	}
	out := []rollout.IndicatorValue{}
	for k := 1; k <= len(r.indVals); k++ {
		col, ok := r.indVals[k]
		if !ok {
			continue
		}
		raw := strings.ReplaceAll(fold(cleanText(at(col))), ",", "")
		if raw == "" {
			continue
		}
		if k > len(ids) {
			fail(col, indicatorValueTitle(k), "err.report.cell_value_extra", k)
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSuffix(raw, "%"), 64)
		if err != nil {
			fail(col, indicatorValueTitle(k), "err.report.cell_bad_value", raw)
			continue
		}
		out = append(out, rollout.IndicatorValue{IndicatorID: ids[k-1], Value: v})
	}
	return out
}

// anyValue reports whether a row has an indicator value filled.
func (r *reader) anyValue(cells []string) bool {
	for _, col := range r.indVals {
		if col < len(cells) && strings.TrimSpace(cells[col]) != "" {
			return true
		}
	}
	return false
}
