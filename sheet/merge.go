package sheet

import "rollout"

// A template row shows one of a report's evidence entries: its first local
// document (not an attached file). Importing a row edits that entry and leaves
// the rest of the report's evidence as it is; these functions are that rule,
// shared by every importer.

// FirstDocument returns the evidence a template row shows for r, its index, and
// false when r has no local document.
func FirstDocument(r *rollout.Report) (rollout.Evidence, int, bool) {
	for i, e := range r.Evidence {
		if e.FileName == "" && e.Title != "" {
			return e, i, true
		}
	}
	return rollout.Evidence{}, -1, false
}

// SameAsStored reports whether row, read from a template, says what stored
// says as far as a template row shows it: importing it would change nothing.
func SameAsStored(row, stored *rollout.Report) bool {
	if row.Status != stored.Status || row.Measures != stored.Measures || row.Problem != stored.Problem ||
		(row.Problem && row.ProblemText != stored.ProblemText) {
		return false
	}
	a, _, okA := FirstDocument(row)
	b, _, okB := FirstDocument(stored)
	return okA == okB && a.Title == b.Title && a.DocNo == b.DocNo && a.Link == b.Link && a.Date.Equal(b.Date) &&
		sameValues(row.Values, stored.Values)
}

// sameValues reports whether a row's indicator values (nil: the file had no
// indicator columns, which keeps the stored ones) say what stored says.
func sameValues(row, stored []rollout.IndicatorValue) bool {
	if row == nil {
		return true
	}
	if len(row) != len(stored) {
		return false
	}
	m := map[int64]float64{}
	for _, v := range stored {
		m[v.IndicatorID] = v.Value
	}
	for _, v := range row {
		if s, ok := m[v.IndicatorID]; !ok || s != v.Value {
			return false
		}
	}
	return true
}

// MergeEvidence returns the evidence to save for a row: the row's document (at
// most one) in the place of the stored report's first document, which it
// edits (keeping its ID), and the rest of the stored evidence — attached files,
// other documents — as it is. A row without a document removes the one it
// showed. stored may be nil (no report yet).
func MergeEvidence(row []rollout.Evidence, stored *rollout.Report) []rollout.Evidence {
	out := []rollout.Evidence{}
	if stored == nil {
		return append(out, row...)
	}
	_, at, ok := FirstDocument(stored)
	for i, e := range stored.Evidence {
		if i == at {
			for _, d := range row {
				d.ID = e.ID
				out = append(out, d)
			}
			continue
		}
		out = append(out, e)
	}
	if !ok {
		out = append(out, row...)
	}
	return out
}
