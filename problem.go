package rollout

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"rollout/msg"
)

// Problems (重点难点问题). A unit that meets a key or difficult problem in
// carrying out an item raises it on its task (or on the item). The problem goes
// up the chain (DOMAIN.md §4 rule 7) one level at a time: from the reporting
// unit to each government above it in its province (a county's city, an FTZ
// area's FTZ), then to its province, then to the item's responsible central
// units together with MOFCOM (the coordinator), and, when the coordinator
// marks it major, to the State Council (ProblemLadder).
// The level where it stands answers, resolves, returns or escalates it within
// the response time the coordinator sets for that level. Every unit the
// problem has passed is on its route; the thread and the route are visible to
// those units and to no one else (Authorize with Target.Route).

// ProblemLevel is a level of the chain.
type ProblemLevel string

const (
	LevelCounty       ProblemLevel = "county"        // a county-level government above the reporting unit (or an FTZ area)
	LevelCity         ProblemLevel = "city"          // a prefecture-level government above it (or an FTZ)
	LevelProvince     ProblemLevel = "province"      // the reporting unit's province
	LevelCentral      ProblemLevel = "central"       // the item's responsible central units and MOFCOM
	LevelStateCouncil ProblemLevel = "state_council" // major problems
)

// ProblemLevels lists the levels bottom-up.
var ProblemLevels = []ProblemLevel{LevelCounty, LevelCity, LevelProvince, LevelCentral, LevelStateCouncil}

// rank is the level's place bottom-up: 0 for the raising unit (""), -1 for
// an unknown level.
func (l ProblemLevel) rank() int {
	if l == "" {
		return 0
	}
	if i := slices.Index(ProblemLevels, l); i >= 0 {
		return i + 1
	}
	return -1
}

// Local reports whether l is a level below the province: a government
// between the raising unit and its province.
func (l ProblemLevel) Local() bool { return l == LevelCounty || l == LevelCity }

// localLevel is the level at which a unit of kind k answers problems raised
// below it in its province: "" for a kind that answers none (departments,
// vertical agencies' branches) — the problem passes them by.
func localLevel(k UnitKind) ProblemLevel {
	switch k {
	case KindCounty, KindFTZArea:
		return LevelCounty
	case KindCity, KindFTZ:
		return LevelCity
	}
	return ""
}

// ProblemLadder is the way up of a problem raised by unit, rung by rung
// bottom-up: each government of chain (the units on unit's line of command
// below its province, nearest first; see RaiseSnapshot.Chain) whose level is
// above the last rung's — a county department's county, then its city; a
// county's city; an FTZ area's FTZ — then the province (unless unit is one,
// or sits in none), then the central level (central: the item's responsible
// units and 商务部). The State Council is reached by marking major only.
func ProblemLadder(unit *Unit, chain []*Unit, province *Unit, central []*Unit) []RouteAdd {
	var out []RouteAdd
	last := 0 // the raising unit's own level
	if unit != nil {
		last = localLevel(unit.Kind).rank()
	}
	if unit != nil && unit.Kind != KindProvince && province != nil {
		for _, u := range chain {
			l := localLevel(u.Kind)
			if l == "" || l.rank() <= last || u.ProvinceID != province.ID || u.Retired() {
				continue
			}
			out = append(out, RouteAdd{Level: l, Units: []*Unit{u}})
			last = l.rank()
		}
		out = append(out, RouteAdd{Level: LevelProvince, Units: []*Unit{province}})
	}
	return append(out, RouteAdd{Level: LevelCentral, Units: central})
}

// Valid reports whether l is a known level.
func (l ProblemLevel) Valid() bool { return slices.Contains(ProblemLevels, l) }

// Label is the ProblemLevel's name in Chinese, as reports, sheets and the command line write it.
func (l ProblemLevel) Label() string { return l.Text(msg.ZH) }

// Text names the ProblemLevel in language lang (catalogue entries plevel.*).
func (l ProblemLevel) Text(lang msg.Lang) string { return term(lang, "plevel.", l) }

// Next is the level above l; "" above the State Council.
func (l ProblemLevel) Next() ProblemLevel {
	i := slices.Index(ProblemLevels, l)
	if i < 0 || i+1 >= len(ProblemLevels) {
		return ""
	}
	return ProblemLevels[i+1]
}

// DefaultResponseDays is the response time of each level until the
// coordinator sets another (working practice, not an official rule).
var DefaultResponseDays = map[ProblemLevel]int{LevelCounty: 10, LevelCity: 10, LevelProvince: 10, LevelCentral: 15, LevelStateCouncil: 30}

// ProblemState is where a problem stands at its level.
type ProblemState string

const (
	ProblemOpen     ProblemState = "open"     // waits for the level it stands at
	ProblemAnswered ProblemState = "answered" // the level answered; it may still resolve or escalate
	ProblemReturned ProblemState = "returned" // sent back to the raising unit for more information
	ProblemResolved ProblemState = "resolved" // done
)

// ProblemStates lists every state.
var ProblemStates = []ProblemState{ProblemOpen, ProblemAnswered, ProblemReturned, ProblemResolved}

// Valid reports whether s is a known state.
func (s ProblemState) Valid() bool { return slices.Contains(ProblemStates, s) }

// Label is the ProblemState's name in Chinese, as reports, sheets and the command line write it.
func (s ProblemState) Label() string { return s.Text(msg.ZH) }

// Text names the ProblemState in language lang (catalogue entries pstate.*).
func (s ProblemState) Text(lang msg.Lang) string { return term(lang, "pstate.", s) }

// ProblemEventKind is a step in a problem's thread.
type ProblemEventKind string

const (
	ProblemRaise    ProblemEventKind = "raise"    // the unit raises it to the first level above it (ProblemLadder)
	ProblemAnswer   ProblemEventKind = "answer"   // the level answers (note: the answer)
	ProblemResolve  ProblemEventKind = "resolve"  // the level closes it as solved
	ProblemReturn   ProblemEventKind = "return"   // the level sends it back to the raising unit (note: what is missing)
	ProblemResubmit ProblemEventKind = "resubmit" // the raising unit sends it again after a return
	ProblemEscalate ProblemEventKind = "escalate" // the level passes it up to the next (county → city → province → central)
	ProblemMajor    ProblemEventKind = "major"    // the coordinator marks it major: it goes to the State Council
	ProblemComment  ProblemEventKind = "comment"  // anyone on the route adds to the thread
)

// ProblemEventKinds lists every kind.
var ProblemEventKinds = []ProblemEventKind{ProblemRaise, ProblemAnswer, ProblemResolve, ProblemReturn, ProblemResubmit,
	ProblemEscalate, ProblemMajor, ProblemComment}

// Label is the ProblemEventKind's name in Chinese, as reports, sheets and the command line write it.
func (k ProblemEventKind) Label() string { return k.Text(msg.ZH) }

// Text names the ProblemEventKind in language lang (catalogue entries pevent.*).
func (k ProblemEventKind) Text(lang msg.Lang) string { return term(lang, "pevent.", k) }

// NextProblem returns the state and level after event k on a problem in state
// s at level l, or EINVALID saying why the step is not possible. Escalating
// goes to the level above l (PlanProblemStep climbs to the next rung of the
// problem's own ladder, which may pass a level its unit does not have);
// escalating from the central level is marking major (a coordinator's
// decision).
func NextProblem(s ProblemState, l ProblemLevel, k ProblemEventKind, note string) (ProblemState, ProblemLevel, error) {
	needNote := k == ProblemAnswer || k == ProblemReturn || k == ProblemMajor || k == ProblemComment || k == ProblemResubmit
	if needNote && strings.TrimSpace(note) == "" {
		return s, l, E(EINVALID, "err.coord.step_needs_note", k)
	}
	if s == ProblemResolved && k != ProblemComment {
		return s, l, E(EINVALID, "err.coord.resolved", k)
	}
	switch k {
	case ProblemAnswer:
		if s == ProblemReturned {
			break
		}
		return ProblemAnswered, l, nil
	case ProblemResolve:
		if s == ProblemReturned {
			break
		}
		return ProblemResolved, l, nil
	case ProblemReturn:
		if s == ProblemReturned {
			break
		}
		return ProblemReturned, l, nil
	case ProblemResubmit:
		if s != ProblemReturned {
			return s, l, E(EINVALID, "err.coord.resubmit_not_returned")
		}
		return ProblemOpen, l, nil
	case ProblemEscalate:
		if s == ProblemReturned {
			break
		}
		if l.rank() >= LevelCentral.rank() {
			return s, l, E(EINVALID, "err.coord.escalate_central", l)
		}
		return ProblemOpen, l.Next(), nil
	case ProblemMajor:
		if l == LevelStateCouncil {
			return s, l, E(EINVALID, "err.coord.already_major")
		}
		return ProblemOpen, LevelStateCouncil, nil
	case ProblemComment:
		return s, l, nil
	default:
		return s, l, E(EINVALID, "err.coord.unknown_step", string(k))
	}
	return s, l, E(EINVALID, "err.coord.returned", k)
}

// RouteStop is one unit a problem has reached, at a level ("" for the unit
// that raised it).
type RouteStop struct {
	UnitID    int64        `json:"unit_id"`
	UnitName  string       `json:"unit"`
	UnitPath  string       `json:"-"`
	Level     ProblemLevel `json:"level,omitempty"` // "" for the raising unit
	ReachedAt time.Time    `json:"reached_at"`
}

// ProblemEvent is one entry of a problem's thread.
type ProblemEvent struct {
	ID    int64            `json:"id"`
	At    time.Time        `json:"at"`
	Actor string           `json:"actor"`
	Kind  ProblemEventKind `json:"kind"`
	Level ProblemLevel     `json:"level"` // the level after the step
	Note  string           `json:"note,omitempty"`
}

// ProblemFile is a file attached to a problem, under the rules of report
// evidence (AttachmentTypes, MaxAttachmentSize).
type ProblemFile struct {
	ID        int64     `json:"id"`
	ProblemID int64     `json:"problem_id"`
	Name      string    `json:"name"`
	Type      string    `json:"type"`
	Size      int64     `json:"size"`
	SHA256    string    `json:"sha256"`
	AddedAt   time.Time `json:"added_at"`
	AddedBy   string    `json:"added_by"`
}

// Problem is a key or difficult problem (重点难点问题) and its way up.
type Problem struct {
	ID       int64  `json:"id"`
	ItemID   int64  `json:"item_id"`
	TaskID   int64  `json:"task_id,omitempty"` // 0 for a problem raised on the item
	UnitID   int64  `json:"unit_id"`           // the raising unit
	UnitName string `json:"unit"`
	Title    string `json:"title"`
	Body     string `json:"body"`
	// State and Level say where it stands; LevelSince when it reached the
	// level (or was last sent again to it), DueOn the day the level's answer is
	// due (LevelSince plus the level's response time, in Beijing days).
	State      ProblemState `json:"state"`
	Level      ProblemLevel `json:"level"`
	Major      bool         `json:"major"`
	LevelSince time.Time    `json:"level_since"`
	DueOn      time.Time    `json:"due_on"`
	RaisedBy   string       `json:"raised_by"`
	RaisedAt   time.Time    `json:"raised_at"`
	UpdatedAt  time.Time    `json:"updated_at"`

	// Context filled by queries.
	Batch    int    `json:"batch"`
	ItemSeq  int    `json:"item_seq"`
	ItemName string `json:"item_name"`
	UnitPath string `json:"-"`

	// Reports are the progress reports whose problem box raised or joined
	// it, oldest first (filled by Problem, not by lists).
	Reports []ProblemReport `json:"reports,omitempty"`

	Route  []RouteStop    `json:"route,omitempty"`  // filled by Problem, not by lists
	Thread []ProblemEvent `json:"thread,omitempty"` // filled by Problem
	Files  []ProblemFile  `json:"files,omitempty"`  // filled by Problem
}

// ProblemReport is a submission of a progress report whose problem box
// (存在问题) raised a problem (Raised) or joined it.
type ProblemReport struct {
	TaskID  int64     `json:"task_id"`
	Period  Period    `json:"period"`
	Version int       `json:"version"`
	Raised  bool      `json:"raised"`
	At      time.Time `json:"at"`
}

// RoutePaths are the unit paths of every unit the problem has reached: the
// target of reading it (Target.Route).
func (p *Problem) RoutePaths() []string {
	out := make([]string, 0, len(p.Route))
	for _, s := range p.Route {
		out = append(out, s.UnitPath)
	}
	return out
}

// LevelPaths are the unit paths of the units at the problem's current level:
// the target of handling it.
func (p *Problem) LevelPaths() []string {
	var out []string
	for _, s := range p.Route {
		if s.Level == p.Level {
			out = append(out, s.UnitPath)
		}
	}
	return out
}

// Age is how long the problem has waited at its level.
func (p *Problem) Age(now time.Time) time.Duration { return now.Sub(p.LevelSince) }

// Waiting reports whether the level it stands at owes an answer.
func (p *Problem) Waiting() bool { return p.State == ProblemOpen }

// Light is the problem's light from its due day, as a task's from its
// deadline: red when the level's answer is overdue, yellow within warningDays
// of it, none once answered, returned or resolved.
func (p *Problem) Light(now time.Time, warningDays int) Light {
	if !p.Waiting() || p.DueOn.IsZero() {
		return LightNone
	}
	// A waiting problem is measured as an open task is against its deadline.
	return LightOf(Deadline{Text: p.DueOn.Format(time.DateOnly), Date: p.DueOn}, StateInWork, now, warningDays)
}

// DueOn is the day an answer is due at a level reached at since, given the
// level's response time in days (counted in Beijing days).
func DueOn(since time.Time, days int) time.Time {
	b := since.In(Beijing)
	return time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
}

// Bounds of a problem's text, counted in characters.
const (
	MaxProblemTitle = 200
	MaxProblemBody  = 20000
	MaxProblemNote  = 20000 // the note of a step
)

// CheckProblemText returns EINVALID when a problem's title or body is missing
// or too long.
func CheckProblemText(title, body string) error {
	title, body = strings.TrimSpace(title), strings.TrimSpace(body)
	switch n := utf8.RuneCountInString(title); {
	case title == "":
		return E(EINVALID, "err.coord.title_missing")
	case n > MaxProblemTitle:
		return E(EINVALID, "err.coord.title_too_long", MaxProblemTitle, n)
	case body == "":
		return E(EINVALID, "err.coord.body_missing")
	case utf8.RuneCountInString(body) > MaxProblemBody:
		return E(EINVALID, "err.coord.body_too_long", MaxProblemBody)
	}
	return nil
}

// CheckAttachment returns EINVALID when a file may not be attached: a type not
// in AttachmentTypes (by the name's extension) or a size over
// MaxAttachmentSize. It returns the file's media type.
func CheckAttachment(name string, size int64) (string, error) {
	if !IsText(name) {
		return "", E(EINVALID, "err.coord.file_name_text")
	}
	dot := strings.LastIndex(name, ".")
	if dot < 0 {
		return "", E(EINVALID, "err.coord.file_no_ext", name)
	}
	typ, ok := AttachmentTypes[strings.ToLower(name[dot:])]
	if !ok {
		return "", E(EINVALID, "err.coord.file_type", name)
	}
	if size > MaxAttachmentSize {
		return "", E(EINVALID, "err.coord.file_too_large", name, MaxAttachmentSize>>20)
	}
	if size == 0 {
		return "", E(EINVALID, "err.coord.file_empty", name)
	}
	return typ, nil
}

// ProblemFilter selects problems; zero fields do not filter.
type ProblemFilter struct {
	// RouteUnit: problems whose route includes this unit (what a unit sees).
	RouteUnit int64
	// AtUnit: problems standing at a level this unit is on (what it owes).
	AtUnit int64
	State  ProblemState
	Level  ProblemLevel
	Major  bool // major problems only
	ItemID int64
	TaskID int64
	// Open: every state but resolved.
	Open bool
}

// NewProblem is what a unit gives when it raises a problem.
type NewProblem struct {
	TaskID int64 // the task it is raised on; or
	ItemID int64 // the item, with UnitID the raising unit
	UnitID int64
	Title  string
	Body   string
}

// NewFile is a file to attach.
type NewFile struct {
	Name string
	Body []byte
}

// ProblemService stores problems and moves them up the chain. Every change
// records a thread entry and an audit entry, with the actor of the context, in
// the same transaction.
type ProblemService interface {
	// RaiseProblem stores a new problem with its files and routes it: the
	// raising unit, then its province (a unit that is itself a province, or
	// sits in none, starts at the central level). EINVALID for missing text, a
	// bad file, or an item with no task of the unit (when raised on a task:
	// the task's unit raises); ENOTFOUND for a missing task, item or unit.
	RaiseProblem(ctx context.Context, np NewProblem, files []NewFile) (*Problem, error)
	// Problem returns a problem with its route, thread and files; ENOTFOUND
	// when there is none.
	Problem(ctx context.Context, id int64) (*Problem, error)
	// StepProblem applies a step as PlanProblemStep decides it. Escalating to
	// the central level adds the item's responsible central units and MOFCOM
	// (商务部) to the route; marking major adds them when the problem had not
	// reached them, and the State Council. A *Conflict[*Problem] (ECONFLICT)
	// with the problem as stored when version (its UpdatedAt as read) is zero
	// or the problem moved since.
	StepProblem(ctx context.Context, id int64, k ProblemEventKind, note string, version time.Time, files []NewFile) (*Problem, error)
	// Problems lists problems (without thread), oldest at its level first.
	Problems(ctx context.Context, f ProblemFilter) ([]*Problem, error)
	// ProblemFile returns an attached file with its bytes.
	ProblemFile(ctx context.Context, id int64) (ProblemFile, []byte, error)
	// ResponseDays returns each level's response time in days.
	ResponseDays(ctx context.Context) (map[ProblemLevel]int, error)
	// SetResponseDays sets response times (CheckResponseDays: 1–365 days). The
	// due days of problems already waiting follow the new times.
	SetResponseDays(ctx context.Context, days map[ProblemLevel]int) error
	// OpenProblemCounts counts problems not resolved, by state (for metrics).
	OpenProblemCounts(ctx context.Context) (map[ProblemState]int, error)
	// RemindProblems stores, once per problem, unit, kind and day, a reminder
	// to each unit of the current level of every waiting problem whose light
	// is yellow or red; it returns how many it stored.
	RemindProblems(ctx context.Context, now time.Time, warningDays int) (int, error)
}

// Notification kinds of problems.
const (
	NoticeProblemDueSoon = "problem_due_soon"
	NoticeProblemOverdue = "problem_overdue"
)

// Conflict is the ECONFLICT of a write made from an old read (or one that
// names no version): Current is the record as stored now, so that the user
// sees both. Err says it through the catalogue.
type Conflict[T any] struct {
	Current T
	Err     *Error
}

func (c *Conflict[T]) Error() string { return c.Err.Error() }

// Unwrap lets ErrorCode and ErrorText see it as its *Error.
func (c *Conflict[T]) Unwrap() error { return c.Err }

// beijingClock writes a stored time as the pages do, in Beijing time.
func beijingClock(t time.Time) string { return t.In(Beijing).Format("2006-01-02 15:04") }

// PlannedFile is a file checked for attaching: its media type and SHA-256.
type PlannedFile struct {
	Name   string
	Type   string
	Body   []byte
	SHA256 string
}

// planFiles checks every file (CheckAttachment) and gives each its type and hash.
func planFiles(files []NewFile) ([]PlannedFile, error) {
	var out []PlannedFile
	for _, f := range files {
		typ, err := CheckAttachment(f.Name, int64(len(f.Body)))
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(f.Body)
		out = append(out, PlannedFile{Name: f.Name, Type: typ, Body: f.Body, SHA256: hex.EncodeToString(sum[:])})
	}
	return out, nil
}

// RouteAdd is units a problem reaches at a level ("" for the raising unit).
// Units already on the route keep the level they first had.
type RouteAdd struct {
	Level ProblemLevel
	Units []*Unit
}

// RaiseSnapshot is what raising a problem is decided over, read in the
// transaction that stores it.
type RaiseSnapshot struct {
	// Task is the task the problem is raised on: the one named, or the raising
	// unit's task for the item; nil when the unit has none.
	Task *Task
	// Unit is the task's unit, Province its province (nil when it is itself a
	// province or sits in none), Chain the units on Unit's line of command
	// between it and its province, nearest first (ProblemLadder takes the
	// governments among them).
	Unit     *Unit
	Province *Unit
	Chain    []*Unit
	// Central are the units of the central level for the task's item: its
	// responsible units found in the unit tree and 商务部.
	Central []*Unit
}

// RaisePlan is what storing a raised problem writes.
type RaisePlan struct {
	TaskID, ItemID, UnitID int64
	Title, Body            string
	Level                  ProblemLevel // the first level
	Route                  []RouteAdd   // the raising unit, then the first level's units
	Files                  []PlannedFile
}

// PlanRaise decides the raising of problem np with files: EINVALID for a
// missing or too long text, a file that may not be attached, no task to raise
// it on, or no unit at the first level; otherwise the problem as stored, at
// the first rung of its ladder (ProblemLadder): a county's city, a city's
// province, a province's central level.
func PlanRaise(snap RaiseSnapshot, np NewProblem, files []NewFile) (*RaisePlan, error) {
	if err := CheckProblemText(np.Title, np.Body); err != nil {
		return nil, err
	}
	planned, err := planFiles(files)
	if err != nil {
		return nil, err
	}
	if snap.Task == nil || snap.Unit == nil {
		if np.TaskID == 0 && (np.ItemID == 0 || np.UnitID == 0) {
			return nil, E(EINVALID, "err.coord.raise_no_task")
		}
		return nil, E(EINVALID, "err.coord.no_task_of_unit")
	}
	p := &RaisePlan{TaskID: snap.Task.ID, ItemID: snap.Task.ItemID, UnitID: snap.Unit.ID,
		Title: strings.TrimSpace(np.Title), Body: strings.TrimSpace(np.Body), Files: planned}
	first := ProblemLadder(snap.Unit, snap.Chain, snap.Province, snap.Central)[0]
	if len(first.Units) == 0 {
		return nil, E(EINVALID, "err.coord.no_central")
	}
	p.Level = first.Level
	p.Route = []RouteAdd{{Level: "", Units: []*Unit{snap.Unit}}, first}
	return p, nil
}

// ProblemStepSnapshot is what a step is decided over, read in the transaction
// that stores it.
type ProblemStepSnapshot struct {
	Problem *Problem // as stored, with its route
	Central []*Unit  // the central level's units for its item (see RaiseSnapshot)
	Root    *Unit    // the root of the unit tree, the State Council; nil when the tree is empty
	// Unit is the raising unit, Chain and Province as in RaiseSnapshot: the
	// rungs of its ladder, which escalating climbs one at a time.
	Unit     *Unit
	Chain    []*Unit
	Province *Unit
}

// ProblemStep is a step asked for: Version is the problem's UpdatedAt as the
// asker read it.
type ProblemStep struct {
	Kind    ProblemEventKind
	Note    string
	Version time.Time
	Files   []NewFile
}

// ProblemStepPlan is what storing a step writes.
type ProblemStepPlan struct {
	Kind       ProblemEventKind
	Note       string
	State      ProblemState
	Level      ProblemLevel
	Major      bool
	LevelSince time.Time
	Route      []RouteAdd // units the problem reaches with the step
	Files      []PlannedFile
}

// PlanProblemStep decides step in on the problem of snap at time now. A step
// that names no version, or one the problem has moved on from, is a
// *Conflict[*Problem] with the problem as stored; EINVALID (NextProblem)
// for a step not possible now, a note too long or a file that may not be
// attached. Escalating climbs to the next rung of the problem's ladder
// (ProblemLadder) and adds its units to the route; marking major adds every
// rung above the problem's level it had not reached (up to the central
// level), and the State Council. The level's time starts again when the level changes and on
// a resubmission.
func PlanProblemStep(snap ProblemStepSnapshot, in ProblemStep, now time.Time) (*ProblemStepPlan, error) {
	p := snap.Problem
	switch {
	case in.Version.IsZero():
		return nil, &Conflict[*Problem]{Current: p, Err: E(ECONFLICT, "err.coord.problem_no_version", beijingClock(p.UpdatedAt))}
	case !in.Version.Equal(p.UpdatedAt):
		return nil, StaleProblem(p)
	}
	note := strings.TrimSpace(in.Note)
	state, level, err := NextProblem(p.State, p.Level, in.Kind, note)
	if err != nil {
		return nil, err
	}
	if n := utf8.RuneCountInString(note); n > MaxProblemNote {
		return nil, E(EINVALID, "err.coord.note_too_long", MaxProblemNote, n)
	}
	files, err := planFiles(in.Files)
	if err != nil {
		return nil, err
	}
	out := &ProblemStepPlan{Kind: in.Kind, Note: note, State: state, Level: level, Major: p.Major || in.Kind == ProblemMajor,
		LevelSince: p.LevelSince, Files: files}
	if level != p.Level {
		ladder := ProblemLadder(snap.Unit, snap.Chain, snap.Province, snap.Central)
		for _, rung := range ladder {
			if rung.Level.rank() <= p.Level.rank() {
				continue
			}
			if len(rung.Units) == 0 {
				return nil, E(EINVALID, "err.coord.no_central")
			}
			out.Route = append(out.Route, rung)
			if in.Kind == ProblemEscalate {
				out.Level = rung.Level // the next rung: a level the unit has, not merely the next name
				break
			}
		}
		if level == LevelStateCouncil {
			if snap.Root == nil {
				return nil, E(ENOTFOUND, "err.coord.no_root")
			}
			out.Route = append(out.Route, RouteAdd{Level: LevelStateCouncil, Units: []*Unit{snap.Root}})
		}
		out.LevelSince = now
	}
	if in.Kind == ProblemResubmit {
		out.LevelSince = now // the level's time starts again
	}
	return out, nil
}

// StaleProblem is the *Conflict[*Problem] of a step taken on an older
// version of the problem stored now, p.
func StaleProblem(p *Problem) error {
	return &Conflict[*Problem]{Current: p, Err: E(ECONFLICT, "err.coord.problem_conflict", beijingClock(p.UpdatedAt))}
}

// CheckResponseDays returns EINVALID for an unknown level or a response time
// outside 1–365 days.
func CheckResponseDays(days map[ProblemLevel]int) error {
	for _, l := range slices.Sorted(maps.Keys(days)) {
		d := days[l]
		if !l.Valid() {
			return E(EINVALID, "err.coord.unknown_level", string(l))
		}
		if d < 1 || d > 365 {
			return E(EINVALID, "err.coord.days_range", l, d)
		}
	}
	return nil
}
