package web

import (
	"context"
	"net/http"

	"rollout"
)

// itemPage is the data of an item's page.
type itemPage struct {
	layout
	Item  *rollout.Item
	Batch *rollout.Batch // the item's batch, without items; nil if it cannot be found
	// Responsible are the item's responsible units in the published order, each
	// with its unit when the name names exactly one.
	Responsible []unitRef
	// Indicators of the item, and whether the user may edit them.
	Indicators     []*rollout.Indicator
	EditIndicators bool
	// IndicatorError is the refusal of a change of an indicator, shown above
	// the indicators as stored.
	IndicatorError string
	// Coordination: links, approvals and risks; nil without the services.
	Coord *itemCoordination
}

// unitRef is a unit named in a document: the name as written and the unit it
// resolves to, 0 when it resolves to none or to several.
type unitRef struct {
	Name string
	ID   int64
}

// resolveUnits looks up each name in the unit dictionary. A name that names no
// unit, or several, stays plain text: the item page is not the place to mend
// the dictionary.
func (s *Server) resolveUnits(ctx context.Context, names []string) ([]unitRef, error) {
	out := make([]unitRef, 0, len(names))
	for _, name := range names {
		ref := unitRef{Name: name}
		u, err := s.units.UnitByName(ctx, name)
		switch rollout.ErrorCode(err) {
		case "":
			ref.ID = u.ID
		case rollout.ENOTFOUND, rollout.ECONFLICT:
		default:
			return nil, err
		}
		out = append(out, ref)
	}
	return out, nil
}

// pathItem reads {id} and loads that item.
func (s *Server) pathItem(r *http.Request) (*rollout.Item, error) {
	id, err := itemID(r)
	if err != nil {
		return nil, err
	}
	return s.catalog.Item(r.Context(), id)
}

// itemPage serves GET /items/{id}.
func (s *Server) itemPage(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	it, err := s.pathItem(r)
	if err != nil {
		return err
	}
	p, err := s.itemPageData(r, it)
	if err != nil {
		return err
	}
	return s.views.item.render(w, http.StatusOK, p)
}

// itemPageData gathers the page of item it.
func (s *Server) itemPageData(r *http.Request, it *rollout.Item) (*itemPage, error) {
	batches, err := s.catalog.Batches(r.Context())
	if err != nil {
		return nil, err
	}
	refs, err := s.resolveUnits(r.Context(), it.Responsible)
	if err != nil {
		return nil, err
	}
	p := &itemPage{layout: newLayout(r, it.Name, ""), Item: it, Responsible: refs}
	if p.Indicators, p.EditIndicators, err = s.itemIndicators(r, it.ID); err != nil {
		return nil, err
	}
	for _, b := range batches {
		if b.Batch == it.Batch {
			p.Batch = b
			break
		}
	}
	// Coordination
	if p.Coord, err = s.itemCoordination(r, it); err != nil {
		return nil, err
	}
	return p, nil
}

// apiItem serves GET /api/v1/items/{id}.
func (s *Server) apiItem(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	it, err := s.pathItem(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newAPIItem(it))
}
