package rollout

import (
	"slices"
	"strings"
)

// Action is something a user asks to do. Authorize decides every action; every
// handler goes through it.
type Action string

const (
	ActReadCatalog Action = "catalog.read"  // batches, items, search: public
	ActReadTasks   Action = "tasks.read"    // a unit's tasks, inbox, tree, units below
	ActDivide      Action = "tasks.divide"  // divide a unit's task among units below
	ActReport      Action = "reports.write" // acknowledge and report on a unit's task
	// ActReadReport reads a task's report for a period: its fields, evidence
	// (documents and files) and indicator values. Whoever reads the task's
	// tasks may; so may an evaluator of a round that evaluates the task's unit
	// on its item for that period (Target.Rounds), and no one else.
	ActReadReport   Action = "reports.read"
	ActReview       Action = "reports.review"
	ActImport       Action = "notices.import" // import notices
	ActAssign       Action = "tasks.assign"   // generate first-level tasks, confirm scopes
	ActManageUnits  Action = "units.manage"   // add, rename, move, retire units
	ActManageUsers  Action = "users.manage"   // accounts, roles, tokens
	ActReadAudit    Action = "audit.read"
	ActReadOwnSelf  Action = "self.read" // one's own account and sessions
	ActEvaluate     Action = "evaluation.score"
	ActManageRounds Action = "evaluation.manage"
	// Evaluation rounds: reading a round, its scorecard, report and bulletin.
	ActReadRound Action = "evaluation.read"
	// Coordination: problems, approvals, risks, links
	ActRaiseProblem  Action = "problems.raise"      // raise a problem on a unit's task
	ActReadProblem   Action = "problems.read"       // a problem's thread and route: the units on its route
	ActHandleProblem Action = "problems.handle"     // answer, resolve, return, escalate: the units at its level
	ActCoordinate    Action = "coordination.manage" // response times, major problems, link review, high risks
	ActRegister      Action = "registers.write"     // approvals and risks of a task (its unit) or an item (its responsible units)
)

// Target is what an action is about: the unit (by path) whose data it touches,
// and for item-bound data the item's responsible central units, which see their
// own items across all regions. A zero Target is the system as a whole.
type Target struct {
	UnitPath    string
	Responsible []string
	// Evaluation rounds: the round an action is about (0: none) and the users
	// assigned to it as evaluators, who act in it and in no other.
	Round      int64
	Evaluators []int64
	// Route, for a problem, lists the unit paths of the units it has reached
	// (ActReadProblem) or of the units at its current level
	// (ActHandleProblem). Only grants held at exactly one of these units
	// reach it: a problem is seen by the levels it passed and no one else, not
	// by a unit's whole subtree nor by the root.
	Route []string
	// Report, for ActReadReport: the report read, by its task's item and unit
	// and its period; Rounds are the evaluation rounds that may open it to
	// their evaluators (the caller reads them; an evaluator reads a report
	// only through a round that names it).
	ItemID int64
	UnitID int64
	Period Period
	Rounds []RoundScope
}

// RoundScope is what an evaluation round lets its evaluators read: the
// reports, evidence and indicator values of its units on its items for its
// period (Round.Scope).
type RoundScope struct {
	Round      int64
	Evaluators []int64
	Items      []int64
	Units      []int64
	Period     Period
}

// opens reports whether the round opens to evaluator user the report of
// target t: a report of one of its units, on one of its items, for its period.
func (s RoundScope) opens(user int64, t Target) bool {
	return s.Round != 0 && t.Period != "" && s.Period == t.Period && slices.Contains(s.Evaluators, user) &&
		slices.Contains(s.Items, t.ItemID) && slices.Contains(s.Units, t.UnitID)
}

// rolesFor lists the roles that may do an action within their subtree.
var rolesFor = map[Action][]Role{
	ActReadTasks:   {RoleViewer, RoleReporter, RoleReviewer, RoleAdmin},
	ActReadReport:  {RoleViewer, RoleReporter, RoleReviewer, RoleAdmin},
	ActDivide:      {RoleReporter, RoleReviewer},
	ActReport:      {RoleReporter, RoleReviewer},
	ActReview:      {RoleReviewer},
	ActManageUnits: {RoleAdmin},
	ActManageUsers: {RoleAdmin},
	ActReadAudit:   {RoleAdmin},
	// Coordination
	ActRaiseProblem:  {RoleReporter, RoleReviewer},
	ActReadProblem:   {RoleViewer, RoleReporter, RoleReviewer, RoleAdmin},
	ActHandleProblem: {RoleReporter, RoleReviewer},
	ActRegister:      {RoleReporter, RoleReviewer},
}

// Authorize returns nil when u may do a on t, EUNAUTHORIZED when u is nil (an
// anonymous visitor) and the action is not public, and EFORBIDDEN otherwise.
//
// The rules: the catalogue is public; one's own account needs only a sign-in;
// a coordinator may do everything everywhere except administering accounts and
// reading the audit trail; a role reaches the subtree of the unit it is held at;
// a central unit's users read the tasks of items it is responsible for, in every
// region; evaluators act only in the evaluation rounds they are assigned to
// (the target's Round and Evaluators) and read, besides, the reports of the
// units and items of those rounds for their periods (ActReadReport with
// Target.Rounds), nothing else: no tasks, no units, no other report, no
// writes; a coordinator manages and reads every round but does not score.
func Authorize(u *User, a Action, t Target) error {
	if a == ActReadCatalog {
		return nil
	}
	if u == nil {
		return E(EUNAUTHORIZED, "err.user.signin_required")
	}
	if u.Disabled {
		return E(EFORBIDDEN, "err.user.disabled")
	}
	if a == ActReadOwnSelf {
		return nil
	}
	for _, g := range u.Grants {
		if allows(g, a, t) {
			return nil
		}
		// Evaluation rounds: an evaluator reads and scores the rounds it is
		// assigned to; with no round named, it may list its rounds.
		if g.Role == RoleEvaluator && (a == ActEvaluate || a == ActReadRound) &&
			((t.Round != 0 && slices.Contains(t.Evaluators, u.ID)) || (a == ActReadRound && t.Round == 0 && t.UnitPath == "")) {
			return nil
		}
		if g.Role == RoleEvaluator && a == ActReadReport &&
			slices.ContainsFunc(t.Rounds, func(s RoundScope) bool { return s.opens(u.ID, t) }) {
			return nil
		}
	}
	return E(EFORBIDDEN, "err.user.forbidden", string(a))
}

func allows(g Grant, a Action, t Target) bool {
	switch g.Role {
	case RoleCoordinator:
		return a != ActManageUsers && a != ActReadAudit && a != ActEvaluate
	case RoleEvaluator:
		return false // only in its rounds: see Authorize
	}
	// Coordination: a problem reaches the grants held at a unit of its route.
	if a == ActReadProblem || a == ActHandleProblem {
		return slices.Contains(rolesFor[a], g.Role) && g.UnitPath != "" && slices.Contains(t.Route, g.UnitPath)
	}
	if a == ActRegister && t.UnitPath == "" && len(t.Responsible) > 0 {
		// An item's own register: its responsible central units.
		return slices.Contains(rolesFor[a], g.Role) && centralKinds[g.UnitKind] && slices.Contains(t.Responsible, g.UnitName)
	}
	if slices.Contains(rolesFor[a], g.Role) && reaches(g.UnitPath, t.UnitPath) {
		return true
	}
	// A central responsible unit reads its items' tasks in every region.
	return (a == ActReadTasks || a == ActReadReport) && centralKinds[g.UnitKind] && slices.Contains(t.Responsible, g.UnitName)
}

// centralKinds are the kinds of unit that may be named responsible for an item.
var centralKinds = map[UnitKind]bool{KindStateCouncil: true, KindMinistry: true, KindVerticalAgency: true, KindCourt: true}

// reaches reports whether a grant held at grantPath covers target: a unit's
// subtree, or — for a target that is the system as a whole (empty path) — a
// grant held at the root of the tree.
func reaches(grantPath, target string) bool {
	if grantPath == "" {
		return false
	}
	if target == "" {
		return strings.Count(grantPath, "/") == 2 // "/1/": the root
	}
	return strings.HasPrefix(target, grantPath)
}
