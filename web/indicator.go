package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"rollout"
	"rollout/msg"
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

// evalTerm is a word of the catalogue given to a refusal as an argument: it
// is said in the reader's language when the refusal is.
type evalTerm string

func (k evalTerm) Text(l msg.Lang) string { return msg.Text(l, string(k)) }

// optionalNumber reads a number field that may be empty (nil).
func optionalNumber(field, raw string) (*float64, error) {
	raw = strings.TrimSpace(strings.ReplaceAll(raw, ",", ""))
	if raw == "" {
		return nil, nil
	}
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return nil, rollout.E(rollout.EINVALID, "indicator.bad_number", evalTerm("indicator."+field), raw)
	}
	return &f, nil
}

// formVersion reads the version a form (or a query) names: 0 when it names
// none, which the domain refuses for a change.
func formVersion(raw string) (int, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return 0, nil
	}
	v, err := strconv.Atoi(raw)
	if err != nil || v <= 0 {
		return 0, rollout.E(rollout.EINVALID, "err.eval.bad_version", raw)
	}
	return v, nil
}

// indicatorSubmit serves POST /items/{id}/indicators: op=save (indicator_id 0
// adds one) or op=delete, each change naming the version it read; then back
// to the item's page. A refusal shows the item's page with it, above the
// indicators as stored (for a stale version: as another saved them).
func (s *Server) indicatorSubmit(w http.ResponseWriter, r *http.Request) error {
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
	err = s.indicatorChange(r, item)
	if err == nil {
		http.Redirect(w, r, fmt.Sprintf("/items/%d#indicators", item), http.StatusSeeOther)
		return nil
	}
	if c := rollout.ErrorCode(err); c != rollout.EINVALID && c != rollout.ECONFLICT && c != rollout.ENOTFOUND {
		return err
	}
	it, ierr := s.catalog.Item(r.Context(), item)
	if ierr != nil {
		return err // the item itself is missing: say so plainly
	}
	p, perr := s.itemPageData(r, it)
	if perr != nil {
		return perr
	}
	p.IndicatorError = errorMessage(p.Lang, err)
	return s.views.item.render(w, errorStatus(err), p)
}

// indicatorChange parses the posted form and makes the change it asks for.
func (s *Server) indicatorChange(r *http.Request, item int64) error {
	var id int64
	if raw := r.PostFormValue("indicator_id"); raw != "" && raw != "0" {
		var err error
		if id, err = strconv.ParseInt(raw, 10, 64); err != nil || id <= 0 {
			return rollout.E(rollout.EINVALID, "indicator.bad_id", raw)
		}
	}
	version, err := formVersion(r.PostFormValue("version"))
	if err != nil {
		return err
	}
	if r.PostFormValue("op") == "delete" {
		return s.indicators.DeleteIndicator(r.Context(), id, version)
	}
	in := &rollout.Indicator{ID: id, ItemID: item, Version: version, Name: r.PostFormValue("name"), Measure: r.PostFormValue("measure"),
		Direction: rollout.Direction(r.PostFormValue("direction")), Proposed: r.PostFormValue("proposed") == "on"}
	if raw := strings.TrimSpace(r.PostFormValue("seq")); raw != "" { // empty: at the end, or where it is
		if in.Seq, err = strconv.Atoi(raw); err != nil {
			return rollout.E(rollout.EINVALID, "err.eval.bad_seq", raw)
		}
	}
	if in.Baseline, err = optionalNumber("baseline", r.PostFormValue("baseline")); err != nil {
		return err
	}
	if in.Target, err = optionalNumber("target", r.PostFormValue("target")); err != nil {
		return err
	}
	_, err = s.indicators.SaveIndicator(r.Context(), in)
	return err
}

// apiStale writes the 409 of a change that named an old version of an
// indicator or a round, with the record as stored now; false when err is not
// such a conflict.
func apiStale(w http.ResponseWriter, r *http.Request, err error) (bool, error) {
	var ic *rollout.IndicatorConflict
	var rc *rollout.RoundConflict
	var current any
	switch {
	case errors.As(err, &ic) && ic.Current != nil:
		current = ic.Current
	case errors.As(err, &rc) && rc.Current != nil:
		current = rc.Current
	default:
		return false, nil
	}
	return true, staleJSON(w, r, err, current)
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

// apiUpdateIndicator serves PUT /api/v1/indicators/{id}: the whole
// definition, with the version it was read at; 409 with the indicator as
// stored when that is old.
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
	if stale, werr := apiStale(w, r, err); stale {
		return werr
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, saved)
}

// apiDeleteIndicator serves DELETE /api/v1/indicators/{id}?version=N; 409
// with the indicator as stored when the version is old.
func (s *Server) apiDeleteIndicator(w http.ResponseWriter, r *http.Request) error {
	if err := s.indicatorsOn(r, rollout.ActManageRounds); err != nil {
		return err
	}
	id, err := indicatorID(r)
	if err != nil {
		return err
	}
	version, err := formVersion(r.URL.Query().Get("version"))
	if err != nil {
		return err
	}
	err = s.indicators.DeleteIndicator(r.Context(), id, version)
	if stale, werr := apiStale(w, r, err); stale {
		return werr
	}
	if err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
