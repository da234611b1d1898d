package rollout

// Counting rules, written once. A task's status counts two ways (DOMAIN.md §4, rule 5):
//
//   - as reported (已上报): the newest submitted report. Of each report of the
//     task its newest submitted version counts — a draft saved after it
//     changes nothing, and a report with drafts only is not counted — and of
//     the reports, the one whose period ends last (of two ending together the
//     shorter; then the higher report ID). A returned report still counts as
//     reported: the return is the reviewer's step on the task, not a change of
//     what the unit stated.
//   - as verified (复核通过): the same choice among the versions the level
//     above accepted. A version is accepted when the first review step on the
//     task after it was saved (复核: accept or return) is an accept; a
//     version followed by a return stays unaccepted, whatever is accepted
//     later. A new submission leaves the verified status standing until it is
//     itself accepted; a return leaves it too.
//
// On both, not applicable is granted by the level above: a task whose
// request was approved (state not_applicable) counts as not applicable
// whatever its reports say, and a report stating not applicable without that
// approval counts as not started. A task with nothing counted is not started.
// Storage (the roll-ups, their rebuild and `rollout check`), the generator
// and the web's fakes all count with Count.

import (
	"cmp"
	"slices"
	"time"
)

// CountVersion is one stored version of one of a task's reports, as counting
// reads it.
type CountVersion struct {
	ReportID  int64
	Period    Period
	Version   int
	Status    ReportStatus
	Submitted bool
	// Evidence says the version lists at least one evidence entry.
	Evidence bool
	// After is the ID of the task's newest step (TaskEvent) when the version
	// was saved, 0 when it had none: the version was saved after that step and
	// before every later one. The first review step with a greater ID
	// reviewed it.
	After int64
}

// Standing is what a task counts as in one figure: its status, the report and
// version counted (0 for none) and whether that version lists evidence.
type Standing struct {
	Status   ReportStatus `json:"status"`
	ReportID int64        `json:"report_id,omitempty"`
	Version  int          `json:"version,omitempty"`
	Evidence bool         `json:"evidence"`
}

// Tally is the Standing as a leaf's single count.
func (s Standing) Tally() Tally { return Leaf(s.Status, s.Evidence) }

// Count decides a task's standing as reported and as verified, from its state,
// every stored version of its reports and its steps (in any order; only the
// review steps, accept and return, matter: others are ignored).
func Count(state TaskState, versions []CountVersion, steps []TaskEvent) (reported, verified Standing) {
	var reviews []TaskEvent
	for _, e := range steps {
		if e.Kind == EventAccept || e.Kind == EventReturn {
			reviews = append(reviews, e)
		}
	}
	slices.SortFunc(reviews, func(a, b TaskEvent) int { return cmp.Compare(a.ID, b.ID) })
	accepted := func(v CountVersion) bool {
		i, _ := slices.BinarySearchFunc(reviews, v.After+1, func(e TaskEvent, id int64) int { return cmp.Compare(e.ID, id) })
		return i < len(reviews) && reviews[i].Kind == EventAccept
	}
	reported = standing(state, versions, func(CountVersion) bool { return true })
	verified = standing(state, versions, accepted)
	return reported, verified
}

// standing picks, among the submitted versions that pass ok, each report's
// newest and of those the newest report by period.
func standing(state TaskState, versions []CountVersion, ok func(CountVersion) bool) Standing {
	newest := map[int64]CountVersion{}
	for _, v := range versions {
		if !v.Submitted || !ok(v) {
			continue
		}
		if cur, seen := newest[v.ReportID]; !seen || v.Version > cur.Version {
			newest[v.ReportID] = v
		}
	}
	var cur *CountVersion
	for _, v := range newest {
		if cur == nil || newerReport(v, *cur) {
			v := v
			cur = &v
		}
	}
	switch {
	case state == StateNA:
		return Standing{Status: StatusNA}
	case cur == nil:
		return Standing{Status: StatusNotStarted}
	}
	s := Standing{Status: cur.Status, ReportID: cur.ReportID, Version: cur.Version, Evidence: cur.Evidence}
	if s.Status == StatusNA || !s.Status.Valid() {
		s.Status = StatusNotStarted
	}
	return s
}

// newerReport reports whether the report of a is newer than that of b: its
// period ends later, or ends together and is shorter, or (the same period
// bounds) it has the higher ID.
func newerReport(a, b CountVersion) bool {
	_, as, ae, aerr := ParsePeriod(string(a.Period))
	_, bs, be, berr := ParsePeriod(string(b.Period))
	if aerr == nil && berr == nil {
		if !ae.Equal(be) {
			return ae.After(be)
		}
		if !as.Equal(bs) {
			return as.After(bs)
		}
	}
	return a.ReportID > b.ReportID
}

// Counts is a task's pair of Tallies — as reported and as verified — or a sum
// of them, or the change of them a write makes (what storage adds to every
// task above the one written).
type Counts struct {
	Reported Tally `json:"reported"`
	Verified Tally `json:"verified"`
}

// Add adds o to c.
func (c *Counts) Add(o Counts) { c.Reported.Add(o.Reported); c.Verified.Add(o.Verified) }

// Sub subtracts o from c.
func (c *Counts) Sub(o Counts) { c.Reported.Sub(o.Reported); c.Verified.Sub(o.Verified) }

// Zero reports whether both Tallies are zero (a change that changes nothing).
func (c Counts) Zero() bool { return c == Counts{} }

// LeafCounts is the Counts of a leaf with the given standings.
func LeafCounts(reported, verified Standing) Counts {
	return Counts{Reported: reported.Tally(), Verified: verified.Tally()}
}

// StatusDay is the day a status is recorded as starting on (Beijing time),
// as a date at midnight UTC.
func StatusDay(t time.Time) time.Time {
	d := t.In(Beijing)
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}
