package sheet

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"

	"rollout"
)

// Evaluation writes a round's scorecard as an .xlsx: the bulletin's ranking
// of units first, then the units', items', domains' and responsible units'
// scores with every measure beside the formula that gave it, and the rules of
// the computation. Numbers are numbers (not text), so that they can be
// summed and sorted; each sheet prints on A4 landscape, one page wide.
func Evaluation(sc *rollout.Scorecard) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	fail := func(err error) ([]byte, error) { return nil, fmt.Errorf("sheet: evaluation: %w", err) }
	if err := f.SetDefaultFont(bodyFont); err != nil {
		return fail(err)
	}
	w := &evalWriter{f: f}
	if err := w.styles(); err != nil {
		return fail(err)
	}
	title := fmt.Sprintf("%s（%s）", sc.RoundName, sc.Period.Label())
	if !sc.Final {
		title += "（评估尚未结束，数据为实时计算）"
	}
	// The bulletin's ranking: provinces and FTZs each ranked among
	// themselves, then the units of each group not scored, unranked.
	rank := [][]any{}
	for _, g := range rollout.UnitRankings(sc.Units) {
		for _, l := range g.Ranked {
			rank = append(rank, []any{groupNames[g.Group], rankCell(l), l.Label, totalCell(l), l.Measure(rollout.MeasureCoverage).Score,
				fmt.Sprintf("%d/%d", l.Tally.Covered(), l.Tally.Applicable())})
		}
		for _, l := range g.Unscored {
			rank = append(rank, []any{groupNames[g.Group], "未评分，不排名", l.Label, "—", l.Measure(rollout.MeasureCoverage).Score,
				fmt.Sprintf("%d/%d", l.Tally.Covered(), l.Tally.Applicable())})
		}
	}
	if err := w.sheet("通报排名", title, []string{"组别", "名次", "单位", "总分", "覆盖率（%）", "已落实/适用末级任务"}, []float64{12, 14, 24, 10, 12, 20}, rank); err != nil {
		return fail(err)
	}
	for _, part := range []struct {
		name  string
		what  string
		lines []rollout.ScoreLine
	}{
		{"单位得分", "单位", sc.Units}, {"事项得分", "改革事项", sc.Items}, {"领域得分", "领域", sc.Domains}, {"负责单位得分", "负责单位", sc.Responsible},
	} {
		header := []string{"名次", part.what, "总分", "总分计算"}
		widths := []float64{8, 28, 10, 60}
		for _, m := range rollout.Measures {
			header = append(header, m.Label(), m.Label()+"计算")
			widths = append(widths, 10, 48)
		}
		var rows [][]any
		for _, l := range part.lines {
			row := []any{rankCell(l), l.Label, totalCell(l), l.Formula}
			for _, m := range rollout.Measures {
				ms := l.Measure(m)
				var v any = "—"
				if ms.Available {
					v = ms.Score
				}
				row = append(row, v, ms.Formula)
			}
			rows = append(rows, row)
		}
		if err := w.sheet(part.name, title, header, widths, rows); err != nil {
			return fail(err)
		}
	}
	var rules [][]any
	for i, r := range sc.Rules {
		rules = append(rules, []any{i + 1, r})
	}
	weights := fmt.Sprintf("权重：覆盖率 %g，状态 %g，佐证 %g，指标 %g，评审 %g", sc.Weights.Coverage, sc.Weights.Status,
		sc.Weights.Evidence, sc.Weights.Indicators, sc.Weights.Rubric)
	rules = append(rules, []any{len(rules) + 1, weights})
	if err := w.sheet("计分规则", title, []string{"序号", "规则"}, []float64{8, 110}, rules); err != nil {
		return fail(err)
	}
	if err := f.DeleteSheet("Sheet1"); err != nil {
		return fail(err)
	}
	f.SetActiveSheet(0)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return fail(err)
	}
	return buf.Bytes(), nil
}

// groupNames are the names of the groups units are ranked in.
var groupNames = map[string]string{rollout.GroupProvinces: "省级单位", rollout.GroupFTZs: "自贸试验区", rollout.GroupOthers: "其他单位"}

func rankCell(l rollout.ScoreLine) any {
	switch {
	case l.Rank == 0:
		return "—"
	case l.Tied:
		return strconv.Itoa(l.Rank) + "（并列）"
	}
	return l.Rank
}

func totalCell(l rollout.ScoreLine) any {
	if !l.HasTotal {
		return "—"
	}
	return l.Total
}

type evalWriter struct {
	f                      *excelize.File
	title, head, body, num int
}

func (w *evalWriter) styles() error {
	one := "0.0"
	list := listStyles()
	for dst, s := range map[*int]*excelize.Style{
		&w.title: list[0], &w.head: list[1], &w.body: list[2],
		&w.num: {Font: &excelize.Font{Family: bodyFont, Size: 10.5}, Border: cellBorder, CustomNumFmt: &one, Alignment: &excelize.Alignment{Vertical: "top"}},
	} {
		id, err := w.f.NewStyle(s)
		if err != nil {
			return err
		}
		*dst = id
	}
	return nil
}

// sheet writes one sheet: the title merged across the columns, the header
// (frozen), the rows.
func (w *evalWriter) sheet(name, title string, header []string, widths []float64, rows [][]any) error {
	f := w.f
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(header))
	for i, wd := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(name, col, col, wd); err != nil {
			return err
		}
	}
	if err := f.SetCellValue(name, "A1", title); err != nil {
		return err
	}
	if err := f.MergeCell(name, "A1", last+"1"); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", last+"1", w.title); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, 28); err != nil {
		return err
	}
	for i, h := range header {
		cell, _ := excelize.CoordinatesToCellName(i+1, 2)
		if err := f.SetCellValue(name, cell, h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(name, "A2", last+"2", w.head); err != nil {
		return err
	}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+3)
			if err := f.SetCellValue(name, cell, v); err != nil {
				return err
			}
			style := w.body
			if _, ok := v.(float64); ok {
				style = w.num
			}
			if err := f.SetCellStyle(name, cell, cell, style); err != nil {
				return err
			}
		}
	}
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return pageSetup(f, name, 9, "landscape")
}
