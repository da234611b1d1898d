package rollout

import "testing"

// The counting rules, one case each: what a task counts as reported and as
// verified from its reports' versions and its steps.
func TestCount(t *testing.T) {
	v := func(report int64, period Period, version int, st ReportStatus, submitted bool, after int64) CountVersion {
		return CountVersion{ReportID: report, Period: period, Version: version, Status: st, Submitted: submitted, After: after}
	}
	accept := func(id int64) TaskEvent { return TaskEvent{ID: id, Kind: EventAccept} }
	ret := func(id int64) TaskEvent { return TaskEvent{ID: id, Kind: EventReturn} }
	for _, tc := range []struct {
		name               string
		state              TaskState
		versions           []CountVersion
		steps              []TaskEvent
		reported, verified ReportStatus
		reportedV          int // the version counted as reported (0: none)
		verifiedV          int
	}{
		{name: "nothing reported", state: StateAcknowledged,
			reported: StatusNotStarted, verified: StatusNotStarted},
		{name: "a draft is not counted", state: StateInWork,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusImplemented, false, 2)},
			reported: StatusNotStarted, verified: StatusNotStarted},
		{name: "submitted, awaiting review: reported only", state: StateReported,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusImplemented, true, 2)},
			steps:    []TaskEvent{{ID: 2, Kind: EventAcknowledge}, {ID: 3, Kind: EventSubmit}},
			reported: StatusImplemented, verified: StatusNotStarted, reportedV: 1},
		{name: "accepted: verified too", state: StateAccepted,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusImplemented, true, 2)},
			steps:    []TaskEvent{{ID: 3, Kind: EventSubmit}, accept(4)},
			reported: StatusImplemented, verified: StatusImplemented, reportedV: 1, verifiedV: 1},
		{name: "a draft after a verified report changes nothing", state: StateInWork,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusImplemented, true, 2), v(1, "2024Q1", 2, StatusNotStarted, false, 4)},
			steps:    []TaskEvent{accept(4)},
			reported: StatusImplemented, verified: StatusImplemented, reportedV: 1, verifiedV: 1},
		{name: "a draft of a newer period changes nothing", state: StateInWork,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusImplemented, true, 2), v(2, "2024Q2", 1, StatusNotStarted, false, 4)},
			steps:    []TaskEvent{accept(4)},
			reported: StatusImplemented, verified: StatusImplemented, reportedV: 1, verifiedV: 1},
		{name: "a resubmission keeps the verified status until reviewed", state: StateReported,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusInProgress, true, 2), v(1, "2024Q1", 2, StatusImplemented, true, 4)},
			steps:    []TaskEvent{accept(4)},
			reported: StatusImplemented, verified: StatusInProgress, reportedV: 2, verifiedV: 1},
		{name: "a newer period submitted keeps the verified status until reviewed", state: StateReported,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusInProgress, true, 2), v(2, "2024Q2", 1, StatusImplemented, true, 4)},
			steps:    []TaskEvent{accept(4)},
			reported: StatusImplemented, verified: StatusInProgress, reportedV: 1, verifiedV: 1},
		{name: "the resubmission accepted", state: StateAccepted,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusInProgress, true, 2), v(1, "2024Q1", 2, StatusImplemented, true, 4)},
			steps:    []TaskEvent{accept(4), accept(6)},
			reported: StatusImplemented, verified: StatusImplemented, reportedV: 2, verifiedV: 2},
		{name: "returned: still reported, not verified", state: StateReturned,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusImplemented, true, 2)},
			steps:    []TaskEvent{ret(3)},
			reported: StatusImplemented, verified: StatusNotStarted, reportedV: 1},
		{name: "returned after an accepted one: the accepted one stays verified", state: StateInWork,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusInProgress, true, 2), v(1, "2024Q1", 2, StatusImplemented, true, 4),
				v(1, "2024Q1", 3, StatusImplemented, false, 5)},
			steps:    []TaskEvent{accept(4), ret(5)},
			reported: StatusImplemented, verified: StatusInProgress, reportedV: 2, verifiedV: 1},
		{name: "the corrected report accepted after a return", state: StateAccepted,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusInProgress, true, 2), v(1, "2024Q1", 2, StatusImplemented, true, 6)},
			steps:    []TaskEvent{ret(3), accept(7)},
			reported: StatusImplemented, verified: StatusImplemented, reportedV: 2, verifiedV: 2},
		{name: "a returned report stays unverified when a correction of another period is accepted", state: StateAccepted,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusInProgress, true, 1), v(2, "2024Q2", 1, StatusImplemented, true, 3),
				v(1, "2024Q1", 2, StatusDeepening, true, 5)},
			steps:    []TaskEvent{accept(3), ret(5), accept(7)},
			reported: StatusImplemented, verified: StatusDeepening, reportedV: 1, verifiedV: 2},
		{name: "an attachment followed by a return is not verified", state: StateReturned,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusInProgress, true, 1), v(1, "2024Q1", 2, StatusInProgress, true, 3),
				v(2, "2024Q2", 1, StatusImplemented, true, 3)},
			steps:    []TaskEvent{accept(3), ret(5)},
			reported: StatusImplemented, verified: StatusInProgress, reportedV: 1, verifiedV: 1},
		{name: "not applicable approved: both, whatever the reports say", state: StateNA,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusImplemented, true, 2)},
			reported: StatusNA, verified: StatusNA},
		{name: "not applicable stated without approval: not started", state: StateAccepted,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusNA, true, 2)},
			steps:    []TaskEvent{accept(3)},
			reported: StatusNotStarted, verified: StatusNotStarted, reportedV: 1, verifiedV: 1},
		{name: "the newest period counts: a half-year beside its second quarter is older", state: StateAccepted,
			versions: []CountVersion{v(2, "2024Q2", 1, StatusInProgress, true, 1), v(1, "2024H1", 1, StatusImplemented, true, 2)},
			steps:    []TaskEvent{accept(3)},
			reported: StatusInProgress, verified: StatusInProgress, reportedV: 1, verifiedV: 1},
		{name: "an attachment after the accept is not yet verified", state: StateAccepted,
			versions: []CountVersion{v(1, "2024Q1", 1, StatusImplemented, true, 2),
				{ReportID: 1, Period: "2024Q1", Version: 2, Status: StatusImplemented, Submitted: true, Evidence: true, After: 3}},
			steps:    []TaskEvent{accept(3)},
			reported: StatusImplemented, verified: StatusImplemented, reportedV: 2, verifiedV: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, v := Count(tc.state, tc.versions, tc.steps)
			if r.Status != tc.reported || r.Version != tc.reportedV {
				t.Errorf("reported %s (version %d), want %s (version %d)", r.Status, r.Version, tc.reported, tc.reportedV)
			}
			if v.Status != tc.verified || v.Version != tc.verifiedV {
				t.Errorf("verified %s (version %d), want %s (version %d)", v.Status, v.Version, tc.verified, tc.verifiedV)
			}
			// Order does not matter.
			rev := make([]CountVersion, len(tc.versions))
			for i, x := range tc.versions {
				rev[len(rev)-1-i] = x
			}
			if r2, v2 := Count(tc.state, rev, tc.steps); r2 != r || v2 != v {
				t.Errorf("reversed versions count %+v %+v, not %+v %+v", r2, v2, r, v)
			}
		})
	}
}

func TestCountsEvidence(t *testing.T) {
	vs := []CountVersion{
		{ReportID: 1, Period: "2024Q1", Version: 1, Status: StatusImplemented, Submitted: true, Evidence: true, After: 1},
		{ReportID: 1, Period: "2024Q1", Version: 2, Status: StatusImplemented, Submitted: false, Evidence: false, After: 2},
	}
	r, v := Count(StateInWork, vs, []TaskEvent{{ID: 2, Kind: EventAccept}})
	c := LeafCounts(r, v)
	want := Tally{Leaves: 1, Implemented: 1, Evidence: 1}
	if c.Reported != want || c.Verified != want {
		t.Errorf("a draft dropping the evidence: %+v", c)
	}
	var sum Counts
	sum.Add(c)
	sum.Add(c)
	sum.Sub(c)
	if sum != c || !(Counts{}).Zero() || c.Zero() {
		t.Errorf("Counts arithmetic: %+v", sum)
	}
}
