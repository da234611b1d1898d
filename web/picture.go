package web

import (
	"cmp"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
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
// Every figure is shown twice, as reported (已上报) and as verified (复核通过),
// and says which (rollout.Count); the public pages show the verified only.

// regions is the province map, read once from the shipped GeoJSON.
var regions = sync.OnceValues(func() ([]chart.Region, error) { return chart.ParseRegions(refdata.ChinaProvinces) })

// pictureCell is a cell with what the pages need beside it. Its own figures
// are as reported; V holds them as verified (nil in V itself).
type pictureCell struct {
	rollout.Cell
	Coverage string // "62.5%", or "—" when nothing applies
	Formula  string
	Class    string // the background by the chosen colouring (style.css: cov-N, st-STATUS)
	V        *pictureCell
}

func newPictureCell(c rollout.Cell, byStatus bool) pictureCell {
	pc := plainPictureCell(c, byStatus)
	v := plainPictureCell(c.AsVerified(), byStatus)
	pc.V = &v
	return pc
}

// countsCell is the picture cell of a sum of cells.
func countsCell(c rollout.Counts) pictureCell {
	return newPictureCell(rollout.Cell{Tally: c.Reported, Verified: c.Verified}, false)
}

// verifiedCells are cells with their verified figures in the place of the
// reported ones: all a public page shows.
func verifiedCells(cells []rollout.Cell) []rollout.Cell {
	out := make([]rollout.Cell, len(cells))
	for i, c := range cells {
		out[i] = c.AsVerified()
	}
	return out
}

func plainPictureCell(c rollout.Cell, byStatus bool) pictureCell {
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
	// Filter is the domain or responsible unit whose rows alone are shown
	// (?domain=, ?responsible=); Responsible the latter.
	Filter      string
	Responsible string
	// Base is the page's address with its filters and without its colouring.
	Base string
	// RedOn: the columns' red counts are shown (not under ?domain=).
	RedOn bool
}

type pictureMatrixRow struct {
	Item  *rollout.Item
	Cells []*pictureCell // one per column; nil where the item has no task there
	Total pictureCell
}

type pictureMatrixColumn struct {
	Unit  *rollout.Unit
	Total pictureCell
	// Red counts the batch's tasks with a red light in the column's unit's
	// subtree (of the responsible unit's items under ?responsible=) that the
	// user may read; RedHref is the overdue list they are, "" when the user
	// may not read it.
	Red     int
	RedHref string
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
	var rowT = make([]rollout.Counts, len(rows))
	var colT = make([]rollout.Counts, len(cols))
	var all rollout.Counts
	for i := range rows {
		rows[i].Cells = make([]*pictureCell, len(cols))
	}
	for _, c := range v.Cells {
		ri, ci := rowIndex[c.ItemID], colIndex[c.UnitID]
		pc := newPictureCell(c, byStatus)
		rows[ri].Cells[ci] = &pc
		rowT[ri].Add(c.Counts())
		colT[ci].Add(c.Counts())
		all.Add(c.Counts())
	}
	for i := range rows {
		rows[i].Total = countsCell(rowT[i])
	}
	for i := range cols {
		cols[i].Total = countsCell(colT[i])
	}
	return rows, cols, countsCell(all)
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
	// ?domain=NAME and ?responsible=NAME: the rows of a domain's items or of
	// a responsible central unit's, where the picture's summaries lead (a
	// ministry's view of its items).
	q := r.URL.Query()
	if d := q.Get("domain"); d != "" {
		v.Cells = slices.DeleteFunc(v.Cells, func(c rollout.Cell) bool {
			return cmp.Or(v.Items[c.ItemID].Domain, tr(l, "picture.specific_regions")) != d
		})
		p.Filter = d
	}
	if resp := q.Get("responsible"); resp != "" {
		v.Cells = slices.DeleteFunc(v.Cells, func(c rollout.Cell) bool { return !slices.Contains(v.Items[c.ItemID].Responsible, resp) })
		p.Filter, p.Responsible = resp, resp
	}
	if p.Filter != "" && len(v.Cells) == 0 {
		return rollout.E(rollout.ENOTFOUND, "matrix.no_rows", p.Filter)
	}
	p.Rows, p.Columns, p.Total = buildMatrix(l, v, byStatus)
	base := url.Values{"batch": {strconv.Itoa(n)}}
	for _, k := range []string{"province", "domain", "responsible"} {
		if x := q.Get(k); x != "" {
			base.Set(k, x)
		}
	}
	p.Base = "/matrix?" + base.Encode()
	// Red counts by column, each the length of the overdue list it links
	// to: not under a domain's rows, which that list does not divide.
	if q.Get("domain") == "" {
		if err := s.matrixRed(r, v, p); err != nil {
			return err
		}
	}
	if byStatus {
		p.Legend = statusLegend(l)
	} else {
		p.Legend = coverageLegend()
	}
	return s.views.matrix.render(w, http.StatusOK, p)
}

// matrixRed counts the red tasks of each column of the matrix, as the
// column's overdue list of the batch lists them, and links each count to its
// list: the list of the responsible unit's items under ?responsible=, and
// for a central unit's user, who may not read a province's whole list, the
// list of its own items there (what its matrix shows).
func (s *Server) matrixRed(r *http.Request, v *visibleCells, p *matrixPage) error {
	ts, err := s.tasks.Tasks(r.Context(), rollout.TaskFilter{Batch: v.Batch.Batch})
	if err != nil {
		return err
	}
	user := rollout.ActorFrom(r.Context())
	// The central unit a user speaks for, when it holds one such grant.
	own := ""
	if user != nil {
		for _, g := range user.Grants {
			if g.UnitKind == rollout.KindMinistry || g.UnitKind == rollout.KindVerticalAgency || g.UnitKind == rollout.KindCourt {
				if own != "" && own != g.UnitName {
					own = ""
					break
				}
				own = g.UnitName
			}
		}
	}
	now := s.now()
	p.RedOn = true
	resp := make([]string, len(p.Columns)) // each column's list's responsible filter
	for i := range p.Columns {
		c := &p.Columns[i]
		resp[i] = p.Responsible
		may := func(name string) bool {
			tgt := rollout.Target{UnitPath: c.Unit.Path}
			if name != "" {
				tgt.Responsible = []string{name}
			}
			return rollout.Authorize(user, rollout.ActReadTasks, tgt) == nil
		}
		if !may(resp[i]) && resp[i] == "" && own != "" && may(own) {
			resp[i] = own
		}
		if may(resp[i]) {
			q := url.Values{"batch": {strconv.Itoa(v.Batch.Batch)}}
			if resp[i] != "" {
				q.Set("responsible", resp[i])
			}
			c.RedHref = fmt.Sprintf("/units/%d/overdue?%s", c.Unit.ID, q.Encode())
		}
	}
	for _, t := range ts {
		if rollout.LightOf(t.Deadline, t.State, now, s.warningDays) != rollout.LightRed {
			continue
		}
		it := v.Items[t.ItemID]
		if it == nil || rollout.Authorize(user, rollout.ActReadTasks, rollout.Target{UnitPath: t.UnitPath, Responsible: it.Responsible}) != nil {
			continue
		}
		for i := range p.Columns {
			if strings.HasPrefix(t.UnitPath, p.Columns[i].Unit.Path) && (resp[i] == "" || slices.Contains(it.Responsible, resp[i])) {
				p.Columns[i].Red++
			}
		}
	}
	return nil
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
	var sum rollout.Counts
	for _, c := range cells {
		out = append(out, newPictureCell(c, false))
		sum.Add(c.Counts())
	}
	return out, countsCell(sum)
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
	// Red counts the batch's tasks with a red light the user may read;
	// RedHref is the overdue list it counts (the root's, of the batch), for
	// a user who may read it.
	Red     int
	RedHref string
	// Major are the batch's major problems (重大问题) with MajorHref the
	// list they come from, for users who may read the State Council's view.
	Major     []majorRow
	MajorOn   bool
	MajorHref string
	Domains   []summaryRow
	Central   []summaryRow
	Bars      template.HTML
	Trend     []trendRow
	Line      template.HTML
	Partial   bool
}

type pictureRow struct {
	Code, Name string
	Value      string
	Href       string
	Cell       pictureCell
	Red        int
	RedHref    string // the province's overdue list of the batch; "" when the user may not read it
	ValueHref  string // the list the map's value counts: the province's matrix, or its overdue list
}

// majorRow is a major problem as the leader's page lists it.
type majorRow struct {
	ID                 int64
	Title, Unit, Level string
	ItemSeq            int
	ItemName           string
	Lamp               lamp
}

type summaryRow struct {
	Name  string
	Items int
	Cell  pictureCell
	Href  string // the matrix of the row's cells
}

type trendRow struct {
	Period   rollout.Period
	Coverage string
	Cell     pictureCell
}

var pictureMeasures = []string{"coverage", "verified", "implemented", "red"}

// picturePageHandler serves GET /picture: ?batch=N,
// ?measure=coverage|verified|implemented|red (coverage as reported or as
// verified, implemented tasks as reported, red lights).
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
	byProv := map[string]*rollout.Counts{}
	var all rollout.Counts
	for _, c := range v.Cells {
		code := v.provinceCode(c)
		if byProv[code] == nil {
			byProv[code] = &rollout.Counts{}
		}
		byProv[code].Add(c.Counts())
		all.Add(c.Counts())
	}
	p.Total = countsCell(all)
	red, redTotal, err := s.redByProvince(r, v)
	if err != nil {
		return err
	}
	p.Red = redTotal
	user := rollout.ActorFrom(r.Context())
	root, err := s.rootUnit(r)
	if err != nil {
		return err
	}
	if rollout.Authorize(user, rollout.ActReadTasks, rollout.Target{UnitPath: root.Path}) == nil {
		p.RedHref = fmt.Sprintf("/units/%d/overdue?batch=%d", root.ID, n)
	}
	if err := s.majorProblems(r, p, root); err != nil {
		return err
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
			m = max(m, t.Reported.Implemented)
		}
		scale = chart.CountScale(m, chart.Greens)
	case "red":
		scale = chart.CountScale(maxRed, chart.Reds)
	}
	for code, c := range byProv {
		row := pictureRow{Code: code, Name: names[code], Cell: countsCell(*c), Red: red[code],
			Href: fmt.Sprintf("/matrix?batch=%d&province=%s", n, code)}
		if prov := v.province(code); prov != nil && rollout.Authorize(user, rollout.ActReadTasks, rollout.Target{UnitPath: prov.Path}) == nil {
			row.RedHref = fmt.Sprintf("/units/%d/overdue?batch=%d", prov.ID, n)
		}
		t := &c.Reported
		var mv chart.MapValue
		switch measure {
		case "coverage", "verified":
			if measure == "verified" {
				t = &c.Verified
			}
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
		row.Value, row.ValueHref = mv.Text, row.Href
		if measure == "red" {
			row.ValueHref = row.RedHref
		}
		values[code] = mv
		p.Rows = append(p.Rows, row)
	}
	slices.SortFunc(p.Rows, func(a, b pictureRow) int { return cmp.Compare(a.Code, b.Code) })
	p.Map = template.HTML(chart.Map(rs, chart.MapOptions{Title: p.Title + " · " + tr(l, "picture.measure."+measure),
		Measure: tr(l, "picture.measure."+measure), Scale: scale, Values: values, NoData: tr(l, "picture.no_data"),
		OutOfScope: tr(l, "picture.out_of_scope"), Inset: tr(l, "picture.inset")}))

	// Summaries by domain and by responsible central unit: sums of cells.
	domains, central := map[string]*rollout.Counts{}, map[string]*rollout.Counts{}
	domainItems, centralItems := map[string]map[int64]bool{}, map[string]map[int64]bool{}
	var domainOrder, centralOrder []string
	add := func(m map[string]*rollout.Counts, items map[string]map[int64]bool, order *[]string, key string, c rollout.Cell) {
		if m[key] == nil {
			m[key], items[key] = &rollout.Counts{}, map[int64]bool{}
			*order = append(*order, key)
		}
		m[key].Add(c.Counts())
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
		c := countsCell(*domains[k])
		p.Domains = append(p.Domains, summaryRow{Name: k, Items: len(domainItems[k]), Cell: c,
			Href: fmt.Sprintf("/matrix?batch=%d&domain=%s", n, url.QueryEscape(k))})
		bars = append(bars, chart.Bar{Label: k, Value: domains[k].Reported.Coverage(), Text: c.Coverage})
	}
	for _, k := range centralOrder {
		p.Central = append(p.Central, summaryRow{Name: k, Items: len(centralItems[k]), Cell: countsCell(*central[k]),
			Href: fmt.Sprintf("/matrix?batch=%d&responsible=%s", n, url.QueryEscape(k))})
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

// redByProvince counts the batch's tasks with a red light per province code
// (the tasks in the province's subtree, its FTZ's included), and in all,
// among the tasks the user may read: what the overdue list of the province,
// or of the root, for the batch lists (TestPictureRedEqualsOverdue). Lights
// depend on the day, so they are counted from the tasks, not stored.
func (s *Server) redByProvince(r *http.Request, v *visibleCells) (map[string]int, int, error) {
	// The red tasks only, chosen by storage (the batch has hundreds of
	// thousands of tasks at county scale), a page at a time.
	q := s.listQuery(rollout.TaskFilter{Batch: v.Batch.Batch})
	q.Light, q.Lit, q.Limit = rollout.LightRed, true, rollout.MaxTaskExport
	var ts []*rollout.Task
	for {
		page, err := s.tasks.TaskList(r.Context(), q)
		if err != nil {
			return nil, 0, err
		}
		ts = append(ts, page.Tasks...)
		q.Offset += len(page.Tasks)
		if len(page.Tasks) == 0 || q.Offset >= page.Total {
			break
		}
	}
	provByPath := map[string]string{}
	for _, u := range v.Units {
		if u.Kind == rollout.KindProvince {
			provByPath[u.Path] = u.Code
		}
	}
	user := rollout.ActorFrom(r.Context())
	out, total := map[string]int{}, 0
	for _, t := range ts {
		it := v.Items[t.ItemID]
		if it == nil || rollout.Authorize(user, rollout.ActReadTasks, rollout.Target{UnitPath: t.UnitPath, Responsible: it.Responsible}) != nil {
			continue
		}
		total++
		for path, code := range provByPath {
			if strings.HasPrefix(t.UnitPath, path) {
				out[code]++
			}
		}
	}
	return out, total, nil
}

// majorProblems puts the batch's major problems on the leader's page, for a
// user who may read the State Council's view (ActReadProblem at the root),
// with the link to that view's list of the batch.
func (s *Server) majorProblems(r *http.Request, p *picturePage, root *rollout.Unit) error {
	if s.problems == nil || s.coord == nil ||
		rollout.Authorize(rollout.ActorFrom(r.Context()), rollout.ActReadProblem, rollout.Target{Route: []string{root.Path}}) != nil {
		return nil
	}
	ps, err := s.problems.Problems(r.Context(), rollout.ProblemFilter{Major: true})
	if err != nil {
		return err
	}
	l := p.Lang
	p.MajorOn, p.MajorHref = true, fmt.Sprintf("/problems?major=1&batch=%d", p.Batch.Batch)
	for _, pr := range ps {
		if pr.Batch != p.Batch.Batch {
			continue
		}
		p.Major = append(p.Major, majorRow{ID: pr.ID, Title: pr.Title, Unit: pr.UnitName, Level: problemLevelLabel(l, pr.Level),
			ItemSeq: pr.ItemSeq, ItemName: pr.ItemName, Lamp: s.problemLamp(l, pr)})
	}
	return nil
}

// apiMatrix is the JSON of the matrix.
type apiMatrix struct {
	Batch int            `json:"batch"`
	Cells []rollout.Cell `json:"cells"`
	// Total is the sum of the cells (those the caller may see) as reported,
	// VerifiedTotal as verified.
	Total         rollout.Tally `json:"total"`
	VerifiedTotal rollout.Tally `json:"verified_total"`
	Partial       bool          `json:"partial"`
}

// matrixCells are batch n's cells the user may read, and whether they are all
// of them: what visible decides, without visible's reads when the user may read
// every task (a coordinator, a grant at the root). Then Authorize allows every
// cell, whatever its unit and item (every unit is in the root's subtree), so
// the cells are answered without the batch's items and the cells' units that
// deciding cell by cell needs.
func (s *Server) matrixCells(r *http.Request, n int) ([]rollout.Cell, bool, error) {
	if s.rollups == nil {
		return nil, false, notFound(requestLang(r), r.URL.Path)
	}
	user := rollout.ActorFrom(r.Context())
	if rollout.Authorize(user, rollout.ActReadTasks, rollout.Target{}) == nil {
		cells, err := s.rollups.Matrix(r.Context(), n)
		return cells, true, err
	}
	v, err := s.visible(r, n)
	if err != nil {
		return nil, false, err
	}
	return v.Cells, v.All, nil
}

// apiMatrixHandler serves GET /api/v1/matrix?batch=N.
func (s *Server) apiMatrixHandler(w http.ResponseWriter, r *http.Request) error {
	n, err := s.pictureBatch(r)
	if err != nil {
		return err
	}
	cells, all, err := s.matrixCells(r, n)
	if err != nil {
		return err
	}
	out := apiMatrix{Batch: n, Cells: orEmpty(cells), Partial: !all}
	for _, c := range cells {
		out.Total.Add(c.Tally)
		out.VerifiedTotal.Add(c.Verified)
	}
	return writeJSON(w, http.StatusOK, out)
}

// apiBelow is the JSON of a drill-down.
type apiBelow struct {
	TaskID        int64          `json:"task_id"`
	Cells         []rollout.Cell `json:"cells"`
	Total         rollout.Tally  `json:"total"`
	VerifiedTotal rollout.Tally  `json:"verified_total"`
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
		out.VerifiedTotal.Add(c.Verified)
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
