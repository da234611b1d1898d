package rollout

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"
)

// The problem box of a report (存在问题). A report submitted with a problem
// raises it on the task in 问题协调, where it climbs the levels as any other
// (PlanRaise), or — when the task has a problem still open — joins that one
// rather than making a duplicate, adding the report's words to its thread
// when they are new to it. A draft raises nothing: it is not yet said to
// anyone. DecideReport decides it with the rest of the save, so it is stored
// in the same transaction.

// MaxReportProblemTitle is the length, in characters, of the title a problem
// raised from a report takes from the first line of its text.
const MaxReportProblemTitle = 60

// ReportProblemSnapshot is what the problem of a report is decided over: the
// raising of a new one on the report's task, and the task's newest problem
// not resolved (with its thread), nil when none.
type ReportProblemSnapshot struct {
	Raise RaiseSnapshot
	Open  *Problem
}

// ReportProblemPlan is what a report's problem writes: a new problem
// (Raise), or a link to the task's open problem (Link) with Note, the
// report's words, added to its thread as a comment ("" when they were said
// there already).
// (Two reports of one task are never submitted in one save: the first moves
// the task to reported, so DecideReports refuses the second.)
type ReportProblemPlan struct {
	Raise *RaisePlan
	Link  *Problem
	Note  string
}

// NeedsProblemSnapshot reports whether the save of r (submitted when submit
// is set) is decided over a ReportProblemSnapshot: a submission with a
// problem. Storage reads one only then.
func NeedsProblemSnapshot(r *Report, submit bool) bool {
	return submit && r != nil && r.Problem
}

// ReportProblemTitle is the title of a problem raised from a report's text:
// its first line, cut to MaxReportProblemTitle characters with an ellipsis.
func ReportProblemTitle(text string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > MaxReportProblemTitle {
		line = string([]rune(line)[:MaxReportProblemTitle-1]) + "…"
	}
	return line
}

// planReportProblem decides the problem of report r (its problem text given)
// over snap: a link to the open problem, or a new one raised on the task. A
// refusal of the raising is the problem text's (*ReportFieldError).
func planReportProblem(snap ReportProblemSnapshot, r *Report) (*ReportProblemPlan, error) {
	text := strings.TrimSpace(r.ProblemText)
	if p := snap.Open; p != nil {
		out := &ReportProblemPlan{Link: p}
		said := p.Body == text || slices.ContainsFunc(p.Thread, func(e ProblemEvent) bool { return e.Note == text })
		if !said {
			out.Note = text
		}
		return out, nil
	}
	plan, err := PlanRaise(snap.Raise, NewProblem{TaskID: r.TaskID, Title: ReportProblemTitle(text), Body: text}, nil)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return nil, &ReportFieldError{Field: FieldProblemText, Err: e}
		}
		return nil, err
	}
	return &ReportProblemPlan{Raise: plan}, nil
}
