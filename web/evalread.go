package web

import (
	"net/http"
	"slices"

	"rollout"
)

// What an evaluator reads: the reports, evidence (documents and files) and
// indicator values of a round's units on its items for its period, read-only.
// Who may is rollout.Authorize's answer (ActReadRound for the round,
// ActReadReport for each report, with the rounds as Target.Rounds); the page
// lists, for one unit of the round, its first-level task of each item and
// that task's report for the round's period, with links to the files.

// roundUnitRow is one item of a round for one unit: the unit's task of the
// item (nil when it has none) and its report for the round's period (nil when
// none was saved).
type roundUnitRow struct {
	Item   rollout.Item
	Task   *rollout.Task
	Report *rollout.Report
}

// roundUnitData reads {id} and {unit}: a round the user may read and one of
// its units, with a row for each of the round's items.
func (s *Server) roundUnitData(r *http.Request) (*rollout.Round, *rollout.Unit, []roundUnitRow, error) {
	rd, err := s.loadRound(r, rollout.ActReadRound)
	if err != nil {
		return nil, nil, nil, err
	}
	l := requestLang(r)
	ctx := r.Context()
	unitID, err := positiveInt(l, r, "unit", "value.unit_id")
	if err != nil {
		return nil, nil, nil, err
	}
	if !rd.HasUnit(unitID) {
		return nil, nil, nil, notFound(l, r.URL.Path)
	}
	u, err := s.units.Unit(ctx, unitID)
	if err != nil {
		return nil, nil, nil, err
	}
	b, err := s.catalog.BatchByNumber(ctx, rd.Batch)
	if err != nil {
		return nil, nil, nil, err
	}
	var rows []roundUnitRow
	for _, it := range b.Items {
		if !slices.Contains(rd.Items, it.ID) {
			continue
		}
		row := roundUnitRow{Item: it}
		ts, err := s.tasks.Tasks(ctx, rollout.TaskFilter{ItemID: it.ID, UnitID: u.ID})
		if err != nil {
			return nil, nil, nil, err
		}
		for _, t := range ts {
			if t.ParentID == 0 && row.Task == nil {
				row.Task = t
			}
		}
		if row.Task != nil {
			if err := s.taskPaths(ctx, row.Task); err != nil {
				return nil, nil, nil, err
			}
			target, err := s.reportReadTarget(r, row.Task, rd.Period)
			if err != nil {
				return nil, nil, nil, err
			}
			if err := s.authorize(r, rollout.ActReadReport, target); err != nil {
				return nil, nil, nil, err
			}
			if row.Report, err = s.storedReport(ctx, row.Task.ID, rd.Period); err != nil {
				return nil, nil, nil, err
			}
		}
		rows = append(rows, row)
	}
	return rd, u, rows, nil
}

// roundUnitPage is GET /rounds/{id}/units/{unit}.
type roundUnitPage struct {
	layout
	Round *rollout.Round
	Unit  *rollout.Unit
	Rows  []roundUnitRow
	// CanScore: the reader scores in the round (a link back to the form).
	CanScore bool
}

// roundUnitShow serves GET /rounds/{id}/units/{unit}: the reports, evidence
// and indicator values of one unit of the round, for the round's period.
func (s *Server) roundUnitShow(w http.ResponseWriter, r *http.Request) error {
	rd, u, rows, err := s.roundUnitData(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	p := &roundUnitPage{layout: newLayout(r, tr(l, "roundunit.title", u.Name, rd.Name), "rounds"), Round: rd, Unit: u, Rows: rows,
		CanScore: allowed(r, rollout.ActEvaluate, rd.Target()) && !rd.Closed()}
	return s.views.eval.roundUnit.render(w, http.StatusOK, p)
}

// apiRoundUnitReport is one item of GET /api/v1/rounds/{id}/units/{unit}/reports.
type apiRoundUnitReport struct {
	ItemID  int64      `json:"item_id"`
	ItemSeq int        `json:"item_seq"`
	Item    string     `json:"item"`
	TaskID  int64      `json:"task_id"`          // 0: the unit has no task of the item
	Report  *apiReport `json:"report,omitempty"` // absent: none saved for the period
}

// apiRoundUnitReports serves GET /api/v1/rounds/{id}/units/{unit}/reports.
func (s *Server) apiRoundUnitReports(w http.ResponseWriter, r *http.Request) error {
	rd, u, rows, err := s.roundUnitData(r)
	if err != nil {
		return err
	}
	out := struct {
		Round   int64                `json:"round_id"`
		Unit    int64                `json:"unit_id"`
		Period  rollout.Period       `json:"period"`
		Reports []apiRoundUnitReport `json:"reports"`
	}{Round: rd.ID, Unit: u.ID, Period: rd.Period, Reports: []apiRoundUnitReport{}}
	for _, row := range rows {
		ar := apiRoundUnitReport{ItemID: row.Item.ID, ItemSeq: row.Item.Seq, Item: row.Item.Name}
		if row.Task != nil {
			ar.TaskID = row.Task.ID
		}
		if row.Report != nil {
			rep := newAPIReport(row.Report)
			ar.Report = &rep
		}
		out.Reports = append(out.Reports, ar)
	}
	return writeJSON(w, http.StatusOK, out)
}
