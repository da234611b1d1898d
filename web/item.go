package web

import (
	"net/http"

	"rollout"
)

// itemPage is the data of an item's page.
type itemPage struct {
	layout
	Item  *rollout.Item
	Batch *rollout.Batch // the item's batch, without items; nil if it cannot be found
}

// itemPage serves GET /items/{id}.
func (s *Server) itemPage(w http.ResponseWriter, r *http.Request) error {
	id, err := itemID(r)
	if err != nil {
		return err
	}
	it, err := s.catalog.Item(r.Context(), id)
	if err != nil {
		return err
	}
	batches, err := s.catalog.Batches(r.Context())
	if err != nil {
		return err
	}
	p := &itemPage{layout: newLayout(r, it.Name, ""), Item: it}
	for _, b := range batches {
		if b.Batch == it.Batch {
			p.Batch = b
			break
		}
	}
	return s.views.item.render(w, http.StatusOK, p)
}

// apiItem serves GET /api/v1/items/{id}.
func (s *Server) apiItem(w http.ResponseWriter, r *http.Request) error {
	id, err := itemID(r)
	if err != nil {
		return err
	}
	it, err := s.catalog.Item(r.Context(), id)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, newAPIItem(it))
}
