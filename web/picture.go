package web

import (
	"cmp"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strconv"
	"sync"

	"rollout"
	"rollout/chart"
	"rollout/msg"
	"rollout/refdata"
)

// The national picture: the matrix of items × provinces of a batch, the
// drill-down of a task into the units below it, the map of China coloured by
// a measure, the trend over periods and summaries by domain and by
// responsible unit. Every figure is read from the roll-ups storage keeps
// (rollout.RollupService); what a user sees is cut by rollout.Authorize
// (ActReadTasks) cell by cell: the coordinator and users at the State Council
// everything, a central unit the cells of its items, a province its own
// column (its own and its FTZ's cells). Totals are the sums of the cells shown.

// regions is the province map, read once from the shipped GeoJSON.
var regions = sync.OnceValues(func() ([]chart.Region, error) { return chart.ParseRegions(refdata.ChinaProvinces) })

// pictureCell is a cell with what the pages need beside it.
type pictureCell struct {
	rollout.Cell
	Coverage string // "62.5%", or "—" when nothing applies
	Formula  string
	Class    string // the background by the chosen colouring (style.css: cov-N, st-STATUS)
}

func newPictureCell(c rollout.Cell, byStatus bool) pictureCell {
	pc := pictureCell{Cell: c, Coverage: coverageText(c.Tally), Formula: c.CoverageFormula()}
	switch {
	case byStatus:
		pc.Class = "st-" + string(c.Status)
	case c.Applicable() > 0:
		pc.Class = coverageClass(c.Coverage())
	default:
		pc.Class = "cov-none"
	}
	return pc
}

// coverageClass is the style class of a coverage, by chart.CoverageScale's classes.
func coverageClass(v float64) string {
	s := chart.CoverageScale()
	for i, b := range s.Breaks {
		if v < b {
			return fmt.Sprintf("cov-%d", i)
		}
	}
	return fmt.Sprintf("cov-%d", len(s.Breaks))
}

func coverageText(t rollout.Tally) string {
	if t.Applicable() <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f%%", t.Coverage()*100)
}

// visibleCells are a batch's cells the user may see, with the batch (items
// loaded) and each cell's unit.
type visibleCells struct {
	Batch *rollout.Batch
	Items map[int64]*rollout.Item
	Cells []rollout.Cell
	Units map[int64]*rollout.Unit
	// All: the user sees every cell (and so the nationwide trend).
	All bool
}

// pictureBatch reads ?batch=N, or the newest batch when it is absent.
func (s *Server) pictureBatch(r *http.Request) (int, error) {
	if raw := r.URL.Query().Get("batch"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n <= 0 {
			return 0, rollout.E(rollout.EINVALID, "error.bad_path_value", msg.Key("value.batch_number"), raw)
		}
		return n, nil
	}
	bs, err := s.catalog.Batches(r.Context())
	if err != nil {
		return 0, err
	}
	n := 0
	for _, b := range bs {
		n = max(n, b.Batch)
	}
	if n == 0 {
		return 0, rollout.E(rollout.ENOTFOUND, "picture.no_batch")
	}
	return n, nil
}

// visible reads batch n's matrix and keeps the cells the user may read.
// EUNAUTHORIZED for an anonymous visitor, EFORBIDDEN when no cell is left.
func (s *Server) visible(r *http.Request, n int) (*visibleCells, error) {
	if s.rollups == nil {
		return nil, notFound(requestLang(r), r.URL.Path)
	}
	ctx := r.Context()
	user := rollout.ActorFrom(ctx)
	if err := rollout.Authorize(user, rollout.ActReadOwnSelf, rollout.Target{}); err != nil {
		return nil, err
	}
	b, err := s.catalog.BatchByNumber(ctx, n)
	if err != nil {
		return nil, err
	}
	cells, err := s.rollups.Matrix(ctx, n)
	if err != nil {
		return nil, err
	}
	v := &visibleCells{Batch: b, Items: map[int64]*rollout.Item{}, Units: map[int64]*rollout.Unit{},
		All: rollout.Authorize(user, rollout.ActReadTasks, rollout.Target{}) == nil}
	for i := range b.Items {
		v.Items[b.Items[i].ID] = &b.Items[i]
	}
	// Every cell's unit and its province in two reads (not one a unit), to
	// decide cell by cell.
	ids := make([]int64, 0, len(cells))
	for _, c := range cells {
		ids = append(ids, c.UnitID)
	}
	all, err := s.units.UnitsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	var provs []int64
	for _, u := range all {
		if u.ProvinceID != 0 && all[u.ProvinceID] == nil {
			provs = append(provs, u.ProvinceID)
		}
	}
	more, err := s.units.UnitsByID(ctx, provs)
	if err != nil {
		return nil, err
	}
	unit := func(id int64) (*rollout.Unit, error) {
		if u := all[id]; u != nil {
			return u, nil
		}
		if u := more[id]; u != nil {
			return u, nil
		}
		return nil, rollout.E(rollout.ENOTFOUND, "err.units.not_found", id)
	}
	var refused error
	for _, c := range cells {
		u, err := unit(c.UnitID)
		if err != nil {
			return nil, err
		}
		v.Units[u.ID] = u
		var resp []string
		if it := v.Items[c.ItemID]; it != nil {
			resp = it.Responsible
		}
		if err := rollout.Authorize(user, rollout.ActReadTasks, rollout.Target{UnitPath: u.Path, Responsible: resp}); err != nil {
			refused = err
			continue
		}
		v.Cells = append(v.Cells, c)
	}
	if len(v.Cells) == 0 && refused != nil {
		return nil, refused
	}
	// The province of each FTZ cell, for the map.
	for _, c := range v.Cells {
		if u := v.Units[c.UnitID]; u.ProvinceID != 0 && u.ProvinceID != u.ID {
			p, err := unit(u.ProvinceID)
			if err != nil {
				return nil, err
			}
			v.Units[p.ID] = p
		}
	}
	return v, nil
}

// provinceCode is the code of the province a cell's unit is in.
// province is the province of that statistical code among the units the
// cells name, or nil.
func (v *visibleCells) province(code string) *rollout.Unit {
	for _, u := range v.Units {
		if u.Kind == rollout.KindProvince && u.Code == code {
			return u
		}
	}
	return nil
}

func (v *visibleCells) provinceCode(c rollout.Cell) string {
	u := v.Units[c.UnitID]
	if u.ProvinceID != 0 && u.ProvinceID != u.ID {
		if p := v.Units[u.ProvinceID]; p != nil {
			return p.Code
		}
	}
	return u.Code
}

// matrixPage is the data of the matrix.
type matrixPage struct {
	layout
	Batch    *rollout.Batch
	Province *rollout.Unit // the province whose columns alone are shown; nil for all
	ByStatus bool
	Rows     []pictureMatrixRow
	Columns  []pictureMatrixColumn
	Total    pictureCell
	Legend   []legendEntry
	Partial  bool // the user sees part of the matrix
}

type pictureMatrixRow struct {
	Item  *rollout.Item
	Cells []*pictureCell // one per column; nil where the item has no task there
	Total pictureCell
}

type pictureMatrixColumn struct {
	Unit  *rollout.Unit
	Total pictureCell
}

type legendEntry struct {
	Class, Label string
}

// buildMatrix lays the visible cells out as items × units with the sums of
// each row and column.
func buildMatrix(l lang, v *visibleCells, byStatus bool) ([]pictureMatrixRow, []pictureMatrixColumn, pictureCell) {
	colIndex := map[int64]int{}
	var cols []pictureMatrixColumn
	rowIndex := map[int64]int{}
	var rows []pictureMatrixRow
	for _, c := range v.Cells {
		if _, ok := colIndex[c.UnitID]; !ok {
			colIndex[c.UnitID] = len(cols)
			cols = append(cols, pictureMatrixColumn{Unit: v.Units[c.UnitID]})
		}
		if _, ok := rowIndex[c.ItemID]; !ok {
			rowIndex[c.ItemID] = len(rows)
			rows = append(rows, pictureMatrixRow{Item: v.Items[c.ItemID]})
		}
	}
	// Provinces by code first, then FTZs by code.
	slices.SortStableFunc(cols, func(a, b pictureMatrixColumn) int {
		ka, kb := a.Unit.Kind != rollout.KindProvince, b.Unit.Kind != rollout.KindProvince
		if ka != kb {
			if ka {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.Unit.Code, b.Unit.Code)
	})
	for i, c := range cols {
		colIndex[c.Unit.ID] = i
	}
	var rowT = make([]rollout.Tally, len(rows))
	var colT = make([]rollout.Tally, len(cols))
	var all rollout.Tally
	for i := range rows {
		rows[i].Cells = make([]*pictureCell, len(cols))
	}
	for _, c := range v.Cells {
		ri, ci := rowIndex[c.ItemID], colIndex[c.UnitID]
		pc := newPictureCell(c, byStatus)
		rows[ri].Cells[ci] = &pc
		rowT[ri].Add(c.Tally)
		colT[ci].Add(c.Tally)
		all.Add(c.Tally)
	}
	total := func(t rollout.Tally) pictureCell { return newPictureCell(rollout.Cell{Tally: t}, false) }
	for i := range rows {
		rows[i].Total = total(rowT[i])
	}
	for i := range cols {
		cols[i].Total = total(colT[i])
	}
	return rows, cols, total(all)
}

func coverageLegend() []legendEntry {
	s := chart.CoverageScale()
	out := make([]legendEntry, len(s.Colors))
	for i := range s.Colors {
		out[i] = legendEntry{fmt.Sprintf("cov-%d", i), s.Labels[i]}
	}
	return out
}

func statusLegend(l lang) []legendEntry {
	var out []legendEntry
	for _, st := range rollout.Statuses {
		out = append(out, legendEntry{"st-" + string(st), statusLabel(l, st)})
	}
	return out
}

// matrixPageHandler serves GET /matrix: ?batch=N (default the newest),
// ?color=coverage|status.
func (s *Server) matrixPageHandler(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	n, err := s.pictureBatch(r)
	if err != nil {
		return err
	}
	v, err := s.visible(r, n)
	if err != nil {
		return err
	}
	byStatus := r.URL.Query().Get("color") == "status"
	p := &matrixPage{layout: newLayout(r, tr(l, "matrix.title", batchLabel(l, n)), "picture"), Batch: v.Batch,
		ByStatus: byStatus, Partial: !v.All}
	// ?province=CODE: the province's own columns (its government's and its
	// FTZ's), where a province on the map leads.
	if code := r.URL.Query().Get("province"); code != "" {
		prov := v.province(code)
		if prov == nil {
			return rollout.E(rollout.ENOTFOUND, "matrix.no_province", code)
		}
		v.Cells = slices.DeleteFunc(v.Cells, func(c rollout.Cell) bool { return v.provinceCode(c) != code })
		p.Province = prov
		p.layout = newLayout(r, tr(l, "matrix.title_province", batchLabel(l, n), prov.Name), "picture")
	}
	p.Rows, p.Columns, p.Total = buildMatrix(l, v, byStatus)
	if byStatus {
		p.Legend = statusLegend(l)
	} else {
		p.Legend = coverageLegend()
	}
	return s.views.matrix.render(w, http.StatusOK, p)
}

// belowPage is the data of a task's drill-down.
type belowPage struct {
	layout
	Task  *rollout.Task
	Item  *rollout.Item
	Cells []pictureCell
	Total pictureCell
}

// readBelow authorises and reads a task's drill-down: ActReadTasks at the
// task's unit (or for the item's responsible units).
func (s *Server) readBelow(r *http.Request) (*rollout.Task, *rollout.Item, []rollout.Cell, error) {
	if s.rollups == nil {
		return nil, nil, nil, notFound(requestLang(r), r.URL.Path)
	}
	id, err := taskID(r)
	if err != nil {
		return nil, nil, nil, err
	}
	t, err := s.tasks.Task(r.Context(), id)
	if err != nil {
		return nil, nil, nil, err
	}
	it, err := s.catalog.Item(r.Context(), t.ItemID)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := s.authorize(r, rollout.ActReadTasks, rollout.Target{UnitPath: t.UnitPath, Responsible: it.Responsible}); err != nil {
		return nil, nil, nil, err
	}
	cells, err := s.rollups.Below(r.Context(), id)
	if err != nil {
		return nil, nil, nil, err
	}
	return t, it, cells, nil
}

// drillCells are a drill-down's cells as its table shows them, and their total.
func drillCells(cells []rollout.Cell) ([]pictureCell, pictureCell) {
	var out []pictureCell
	var sum rollout.Tally
	for _, c := range cells {
		out = append(out, newPictureCell(c, false))
		sum.Add(c.Tally)
	}
	return out, newPictureCell(rollout.Cell{Tally: sum}, false)
}

// belowPageHandler serves GET /tasks/{id}/below.
func (s *Server) belowPageHandler(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	t, it, cells, err := s.readBelow(r)
	if err != nil {
		return err
	}
	p := &belowPage{layout: newLayout(r, tr(l, "below.title", t.UnitName, it.Seq), "picture"), Task: t, Item: it}
	p.Cells, p.Total = drillCells(cells)
	return s.views.below.render(w, http.StatusOK, p)
}

// picturePage is the data of the national picture.
type picturePage struct {
	layout
	Batch    *rollout.Batch
	Measure  string
	Measures []string
	Map      template.HTML
	Rows     []pictureRow // the map's text alternative, by province code
	Total    pictureCell
	Domains  []summaryRow
	Central  []summaryRow
	Bars     template.HTML
	Trend    []trendRow
	Line     template.HTML
	Partial  bool
}

type pictureRow struct {
	Code, Name string
	Value      string
	Href       string
	Cell       pictureCell
	Red        int
}

type summaryRow struct {
	Name  string
	Items int
	Cell  pictureCell
}

type trendRow struct {
	Period   rollout.Period
	Coverage string
	Cell     pictureCell
}

var pictureMeasures = []string{"coverage", "implemented", "red"}

// picturePageHandler serves GET /picture: ?batch=N, ?measure=coverage|implemented|red.
func (s *Server) picturePageHandler(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	n, err := s.pictureBatch(r)
	if err != nil {
		return err
	}
	measure := cmp.Or(r.URL.Query().Get("measure"), "coverage")
	if !slices.Contains(pictureMeasures, measure) {
		return rollout.E(rollout.EINVALID, "picture.bad_measure", measure)
	}
	v, err := s.visible(r, n)
	if err != nil {
		return err
	}
	rs, err := regions()
	if err != nil {
		return err
	}
	p := &picturePage{layout: newLayout(r, tr(l, "picture.title", batchLabel(l, n)), "picture"), Batch: v.Batch,
		Measure: measure, Measures: pictureMeasures, Partial: !v.All}

	// By province: the sums of the province's cells (its own and its FTZ's).
	byProv := map[string]*rollout.Tally{}
	var all rollout.Tally
	for _, c := range v.Cells {
		code := v.provinceCode(c)
		if byProv[code] == nil {
			byProv[code] = &rollout.Tally{}
		}
		byProv[code].Add(c.Tally)
		all.Add(c.Tally)
	}
	p.Total = newPictureCell(rollout.Cell{Tally: all}, false)
	red := map[string]int{}
	if measure == "red" {
		if red, err = s.redByProvince(r, v); err != nil {
			return err
		}
	}
	names := map[string]string{}
	for _, reg := range rs {
		names[reg.Code] = reg.Name
	}
	values := map[string]chart.MapValue{}
	maxRed := 0
	for _, c := range red {
		maxRed = max(maxRed, c)
	}
	scale := chart.CoverageScale()
	switch measure {
	case "implemented":
		m := 0
		for _, t := range byProv {
			m = max(m, t.Implemented)
		}
		scale = chart.CountScale(m, chart.Greens)
	case "red":
		scale = chart.CountScale(maxRed, chart.Reds)
	}
	for code, t := range byProv {
		row := pictureRow{Code: code, Name: names[code], Cell: newPictureCell(rollout.Cell{Tally: *t}, false), Red: red[code],
			Href: fmt.Sprintf("/matrix?batch=%d&province=%s", n, code)}
		var mv chart.MapValue
		switch measure {
		case "coverage":
			if t.Applicable() <= 0 {
				continue
			}
			mv = chart.MapValue{Value: t.Coverage(), Text: coverageText(*t)}
		case "implemented":
			mv = chart.MapValue{Value: float64(t.Implemented), Text: strconv.Itoa(t.Implemented)}
		case "red":
			mv = chart.MapValue{Value: float64(red[code]), Text: strconv.Itoa(red[code])}
		}
		mv.Href = row.Href
		row.Value = mv.Text
		values[code] = mv
		p.Rows = append(p.Rows, row)
	}
	slices.SortFunc(p.Rows, func(a, b pictureRow) int { return cmp.Compare(a.Code, b.Code) })
	p.Map = template.HTML(chart.Map(rs, chart.MapOptions{Title: p.Title + " · " + tr(l, "picture.measure."+measure),
		Measure: tr(l, "picture.measure."+measure), Scale: scale, Values: values, NoData: tr(l, "picture.no_data"),
		OutOfScope: tr(l, "picture.out_of_scope"), Inset: tr(l, "picture.inset")}))

	// Summaries by domain and by responsible central unit: sums of cells.
	domains, central := map[string]*rollout.Tally{}, map[string]*rollout.Tally{}
	domainItems, centralItems := map[string]map[int64]bool{}, map[string]map[int64]bool{}
	var domainOrder, centralOrder []string
	add := func(m map[string]*rollout.Tally, items map[string]map[int64]bool, order *[]string, key string, c rollout.Cell) {
		if m[key] == nil {
			m[key], items[key] = &rollout.Tally{}, map[int64]bool{}
			*order = append(*order, key)
		}
		m[key].Add(c.Tally)
		items[key][c.ItemID] = true
	}
	for _, c := range v.Cells {
		it := v.Items[c.ItemID]
		add(domains, domainItems, &domainOrder, cmp.Or(it.Domain, tr(l, "picture.specific_regions")), c)
		for _, u := range it.Responsible {
			add(central, centralItems, &centralOrder, u, c)
		}
	}
	var bars []chart.Bar
	for _, k := range domainOrder {
		c := newPictureCell(rollout.Cell{Tally: *domains[k]}, false)
		p.Domains = append(p.Domains, summaryRow{Name: k, Items: len(domainItems[k]), Cell: c})
		bars = append(bars, chart.Bar{Label: k, Value: domains[k].Coverage(), Text: c.Coverage})
	}
	for _, k := range centralOrder {
		p.Central = append(p.Central, summaryRow{Name: k, Items: len(centralItems[k]), Cell: newPictureCell(rollout.Cell{Tally: *central[k]}, false)})
	}
	p.Bars = template.HTML(chart.Bars(tr(l, "picture.by_domain_chart"), bars, 1, chart.Greens[3]))

	// The trend, for those who see the whole: it is nationwide.
	if v.All && s.trends != nil {
		points, err := s.trends.Trend(r.Context(), n)
		if err != nil {
			return err
		}
		var pts []chart.Point
		for _, pt := range points {
			c := newPictureCell(rollout.Cell{Tally: pt.Tally}, false)
			p.Trend = append(p.Trend, trendRow{Period: pt.Period, Coverage: c.Coverage, Cell: c})
			pts = append(pts, chart.Point{Label: string(pt.Period), Value: pt.Coverage(), Text: c.Coverage})
		}
		if len(pts) > 0 {
			p.Line = template.HTML(chart.Line(tr(l, "picture.trend_chart"), pts, 1,
				func(v float64) string { return fmt.Sprintf("%.0f%%", v*100) }, chart.Greens[3]))
		}
	}
	return s.views.picture.render(w, http.StatusOK, p)
}

// redByProvince counts the batch's tasks with a red light per province code,
// among the tasks the user may read. Lights depend on the day, so they are
// counted from the tasks, not stored.
func (s *Server) redByProvince(r *http.Request, v *visibleCells) (map[string]int, error) {
	ts, err := s.tasks.Tasks(r.Context(), rollout.TaskFilter{Batch: v.Batch.Batch})
	if err != nil {
		return nil, err
	}
	provByPath := map[string]string{}
	for _, u := range v.Units {
		if u.Kind == rollout.KindProvince {
			provByPath[u.Path] = u.Code
		}
	}
	user := rollout.ActorFrom(r.Context())
	now := s.now()
	out := map[string]int{}
	for _, t := range ts {
		if rollout.LightOf(t.Deadline, t.State, now, s.warningDays) != rollout.LightRed || t.Role == rollout.RoleGuide {
			continue
		}
		it := v.Items[t.ItemID]
		if it == nil || rollout.Authorize(user, rollout.ActReadTasks, rollout.Target{UnitPath: t.UnitPath, Responsible: it.Responsible}) != nil {
			continue
		}
		for path, code := range provByPath {
			if len(t.UnitPath) >= len(path) && t.UnitPath[:len(path)] == path {
				out[code]++
			}
		}
	}
	return out, nil
}

// apiMatrix is the JSON of the matrix.
type apiMatrix struct {
	Batch int            `json:"batch"`
	Cells []rollout.Cell `json:"cells"`
	// Total is the sum of the cells (those the caller may see).
	Total   rollout.Tally `json:"total"`
	Partial bool          `json:"partial"`
}

// apiMatrixHandler serves GET /api/v1/matrix?batch=N.
func (s *Server) apiMatrixHandler(w http.ResponseWriter, r *http.Request) error {
	n, err := s.pictureBatch(r)
	if err != nil {
		return err
	}
	v, err := s.visible(r, n)
	if err != nil {
		return err
	}
	out := apiMatrix{Batch: n, Cells: orEmpty(v.Cells), Partial: !v.All}
	for _, c := range v.Cells {
		out.Total.Add(c.Tally)
	}
	return writeJSON(w, http.StatusOK, out)
}

// apiBelow is the JSON of a drill-down.
type apiBelow struct {
	TaskID int64          `json:"task_id"`
	Cells  []rollout.Cell `json:"cells"`
	Total  rollout.Tally  `json:"total"`
}

// apiBelowHandler serves GET /api/v1/tasks/{id}/below.
func (s *Server) apiBelowHandler(w http.ResponseWriter, r *http.Request) error {
	t, _, cells, err := s.readBelow(r)
	if err != nil {
		return err
	}
	out := apiBelow{TaskID: t.ID, Cells: orEmpty(cells)}
	for _, c := range cells {
		out.Total.Add(c.Tally)
	}
	return writeJSON(w, http.StatusOK, out)
}

// pictureURL is the national picture's link in the header, for users whose
// grants can show them part of it: a coordinator, or a role held at the State
// Council, a central unit, a province or an FTZ. What they see is decided
// cell by cell.
func pictureURL(u *rollout.User) string {
	if u == nil || u.Disabled {
		return ""
	}
	for _, g := range u.Grants {
		switch {
		case g.Role == rollout.RoleEvaluator:
		case g.Role == rollout.RoleCoordinator, g.UnitKind == rollout.KindStateCouncil, g.UnitKind == rollout.KindMinistry,
			g.UnitKind == rollout.KindVerticalAgency, g.UnitKind == rollout.KindCourt, g.UnitKind == rollout.KindProvince,
			g.UnitKind == rollout.KindFTZ:
			return "/picture"
		}
	}
	return ""
}
