package web

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

// Indicators of items (DOMAIN.md §5): listed on the item's page for everyone,
// edited there by the coordinator (ActManageRounds) with one form per
// indicator and one to add, and through the API.

// itemIndicators reads an item's indicators for its page; none without the service.
func (s *Server) itemIndicators(r *http.Request, itemID int64) ([]*rollout.Indicator, bool, error) {
	if s.indicators == nil {
		return nil, false, nil
	}
	ins, err := s.indicators.Indicators(r.Context(), itemID)
	if err != nil {
		return nil, false, err
	}
	return ins, allowed(r, rollout.ActManageRounds, rollout.Target{}), nil
}

// optionalNumber reads a number field that may be empty (nil).
func optionalNumber(l lang, field, raw string) (*float64, error) {
	raw = strings.TrimSpace(strings.ReplaceAll(raw, ",", ""))
	if raw == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return nil, invalid(l, "indicator.bad_number", tr(l, "indicator."+field), raw)
	}
	return &f, nil
}

// indicatorSubmit serves POST /items/{id}/indicators: op=save (id 0 adds one)
// or op=delete, then back to the item's page.
func (s *Server) indicatorSubmit(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	if err := s.indicatorsOn(r, rollout.ActManageRounds); err != nil {
		return err
	}
	item, err := itemID(r)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	var id int64
	if raw := r.PostFormValue("indicator_id"); raw != "" && raw != "0" {
		if id, err = strconv.ParseInt(raw, 10, 64); err != nil || id <= 0 {
			return invalid(l, "indicator.bad_id", raw)
		}
	}
	if r.PostFormValue("op") == "delete" {
		if err := s.indicators.DeleteIndicator(r.Context(), id); err != nil {
			return err
		}
	} else {
		in := &rollout.Indicator{ID: id, ItemID: item, Name: r.PostFormValue("name"), Measure: r.PostFormValue("measure"),
			Direction: rollout.Direction(r.PostFormValue("direction")), Proposed: r.PostFormValue("proposed") == "on"}
		if in.Baseline, err = optionalNumber(l, "baseline", r.PostFormValue("baseline")); err != nil {
			return err
		}
		if in.Target, err = optionalNumber(l, "target", r.PostFormValue("target")); err != nil {
			return err
		}
		if id != 0 {
			ins, err := s.indicators.Indicators(r.Context(), item)
			if err != nil {
				return err
			}
			if !slices.ContainsFunc(ins, func(old *rollout.Indicator) bool { return old.ID == id }) {
				return rollout.Errorf(rollout.ENOTFOUND, "%s", tr(l, "indicator.not_of_item", id))
			}
		}
		if _, err := s.indicators.SaveIndicator(r.Context(), in); err != nil {
			return err
		}
	}
	http.Redirect(w, r, fmt.Sprintf("/items/%d#indicators", item), http.StatusSeeOther)
	return nil
}

// indicatorsOn refuses a request unless the user may act (on no particular
// target) and the site keeps indicators (404 without).
func (s *Server) indicatorsOn(r *http.Request, act rollout.Action) error {
	if err := s.authorize(r, act, rollout.Target{}); err != nil {
		return err
	}
	if s.indicators == nil {
		return notFound(requestLang(r), r.URL.Path)
	}
	return nil
}

// apiIndicators serves GET /api/v1/items/{id}/indicators (public, as the catalogue).
func (s *Server) apiIndicators(w http.ResponseWriter, r *http.Request) error {
	if err := s.indicatorsOn(r, rollout.ActReadCatalog); err != nil {
		return err
	}
	item, err := itemID(r)
	if err != nil {
		return err
	}
	ins, err := s.indicators.Indicators(r.Context(), item)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"item_id": item, "indicators": orEmpty(ins)})
}

// apiCreateIndicator serves POST /api/v1/items/{id}/indicators.
func (s *Server) apiCreateIndicator(w http.ResponseWriter, r *http.Request) error {
	if err := s.indicatorsOn(r, rollout.ActManageRounds); err != nil {
		return err
	}
	item, err := itemID(r)
	if err != nil {
		return err
	}
	var in rollout.Indicator
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	in.ID, in.ItemID = 0, item
	saved, err := s.indicators.SaveIndicator(r.Context(), &in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, saved)
}

// indicatorID reads {id}, an indicator's ID.
func indicatorID(r *http.Request) (int64, error) {
	return positiveInt(requestLang(r), r, "id", "value.indicator_id")
}

// apiUpdateIndicator serves PUT /api/v1/indicators/{id}: the whole definition.
func (s *Server) apiUpdateIndicator(w http.ResponseWriter, r *http.Request) error {
	if err := s.indicatorsOn(r, rollout.ActManageRounds); err != nil {
		return err
	}
	id, err := indicatorID(r)
	if err != nil {
		return err
	}
	var in rollout.Indicator
	if err := decodeJSON(w, r, &in); err != nil {
		return err
	}
	in.ID = id
	saved, err := s.indicators.SaveIndicator(r.Context(), &in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, saved)
}

// apiDeleteIndicator serves DELETE /api/v1/indicators/{id}.
func (s *Server) apiDeleteIndicator(w http.ResponseWriter, r *http.Request) error {
	if err := s.indicatorsOn(r, rollout.ActManageRounds); err != nil {
		return err
	}
	id, err := indicatorID(r)
	if err != nil {
		return err
	}
	if err := s.indicators.DeleteIndicator(r.Context(), id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
