package web

import (
	"net/http"

	"rollout"
)

// homePage is the data of the home page: what rollout is, the batches, a search box.
type homePage struct {
	layout
	Batches []*rollout.Batch // newest first, without items
	// Desk is the signed-in person's workbench (desk.go); nil for a visitor.
	Desk *desk
}

// homePage serves GET /.
func (s *Server) homePage(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	batches, err := s.catalog.Batches(r.Context())
	if err != nil {
		return err
	}
	d, err := s.makeDesk(r, batches)
	if err != nil {
		return err
	}
	p := &homePage{layout: newLayout(r, "", "home"), Batches: batches, Desk: d}
	return s.views.home.render(w, http.StatusOK, p)
}
