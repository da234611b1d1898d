package web

import (
	"net/http"

	"rollout"
)

// Where a reform is in force, for everyone (JOURNEYS.md 9): an enterprise
// finds whether an item already applies in its province, city or county. The
// page shows each unit's status and coverage as verified (复核通过) from the
// roll-ups — aggregates of the reports the level above accepted — and nothing
// else: no names of people, no figures of reports awaiting review, no drafts,
// no reports' text.

// progressPage is the data of an item's public progress page.
type progressPage struct {
	layout
	Item *rollout.Item
	// Unit is the unit whose units below are listed; nil at the top (the
	// provinces and FTZs given the item).
	Unit  *rollout.Task
	Cells []pictureCell
	Total pictureCell
}

// progressPageHandler serves GET /items/{id}/progress (the first-level units)
// and GET /items/{id}/progress/{task} (the units below a task of the item).
func (s *Server) progressPageHandler(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	l := requestLang(r)
	if s.rollups == nil {
		return notFound(l, r.URL.Path)
	}
	it, err := s.pathItem(r)
	if err != nil {
		return err
	}
	p := &progressPage{Item: it}
	var cells []rollout.Cell
	if r.PathValue("task") == "" {
		all, err := s.rollups.Matrix(r.Context(), it.Batch)
		if err != nil {
			return err
		}
		for _, c := range all {
			if c.ItemID == it.ID {
				cells = append(cells, c)
			}
		}
		p.layout = newLayout(r, tr(l, "progress.title", it.Name), "")
	} else {
		id, err := positiveInt(l, r, "task", "value.task_id")
		if err != nil {
			return err
		}
		t, err := s.tasks.Task(r.Context(), id)
		if err != nil {
			return err
		}
		if t.ItemID != it.ID {
			return notFound(l, r.URL.Path) // a task of another item: no such page
		}
		if cells, err = s.rollups.Below(r.Context(), id); err != nil {
			return err
		}
		p.Unit = t
		p.layout = newLayout(r, tr(l, "progress.title_below", t.UnitName, it.Name), "")
	}
	p.Cells, p.Total = drillCells(verifiedCells(cells))
	return s.views.progress.render(w, http.StatusOK, p)
}
