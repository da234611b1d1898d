package rollout

import (
	"context"
	"slices"
	"strings"
	"time"

	"rollout/msg"
)

// Problems (重点难点问题). A unit that meets a key or difficult problem in
// carrying out an item raises it on its task (or on the item). The problem goes
// up the chain (DOMAIN.md §4 rule 7): from the reporting unit to its province,
// then to the item's responsible central units together with MOFCOM (the
// coordinator), and, when the coordinator marks it major, to the State Council.
// The level where it stands answers, resolves, returns or escalates it within
// the response time the coordinator sets for that level. Every unit the
// problem has passed is on its route; the thread and the route are visible to
// those units and to no one else (Authorize with Target.Route).

// ProblemLevel is a level of the chain.
type ProblemLevel string

const (
	LevelProvince     ProblemLevel = "province"      // the reporting unit's province
	LevelCentral      ProblemLevel = "central"       // the item's responsible central units and MOFCOM
	LevelStateCouncil ProblemLevel = "state_council" // major problems
)

// ProblemLevels lists the levels bottom-up.
var ProblemLevels = []ProblemLevel{LevelProvince, LevelCentral, LevelStateCouncil}

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
var DefaultResponseDays = map[ProblemLevel]int{LevelProvince: 10, LevelCentral: 15, LevelStateCouncil: 30}

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
	ProblemRaise    ProblemEventKind = "raise"    // the unit raises it (to its province, or higher when it is a province)
	ProblemAnswer   ProblemEventKind = "answer"   // the level answers (note: the answer)
	ProblemResolve  ProblemEventKind = "resolve"  // the level closes it as solved
	ProblemReturn   ProblemEventKind = "return"   // the level sends it back to the raising unit (note: what is missing)
	ProblemResubmit ProblemEventKind = "resubmit" // the raising unit sends it again after a return
	ProblemEscalate ProblemEventKind = "escalate" // the level passes it up (province → central)
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
// from the central level is marking major (a coordinator's decision).
func NextProblem(s ProblemState, l ProblemLevel, k ProblemEventKind, note string) (ProblemState, ProblemLevel, error) {
	needNote := k == ProblemAnswer || k == ProblemReturn || k == ProblemMajor || k == ProblemComment || k == ProblemResubmit
	if needNote && strings.TrimSpace(note) == "" {
		return s, l, Errorf(EINVALID, "“%s”须填写说明。", k.Label())
	}
	if s == ProblemResolved && k != ProblemComment {
		return s, l, Errorf(EINVALID, "问题已解决，不能再“%s”。", k.Label())
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
			return s, l, Errorf(EINVALID, "只有被退回的问题才能重新提交。")
		}
		return ProblemOpen, l, nil
	case ProblemEscalate:
		if s == ProblemReturned {
			break
		}
		if l != LevelProvince {
			return s, l, Errorf(EINVALID, "问题已在%s层级；报送国务院须由商务部列为重大问题。", l.Label())
		}
		return ProblemOpen, LevelCentral, nil
	case ProblemMajor:
		if l == LevelStateCouncil {
			return s, l, Errorf(EINVALID, "问题已列为重大问题并报送国务院。")
		}
		return ProblemOpen, LevelStateCouncil, nil
	case ProblemComment:
		return s, l, nil
	default:
		return s, l, Errorf(EINVALID, "未知的问题操作 %q。", k)
	}
	return s, l, Errorf(EINVALID, "问题已退回提出单位，待其重新提交后才能“%s”。", k.Label())
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

	Route  []RouteStop    `json:"route,omitempty"`  // filled by Problem, not by lists
	Thread []ProblemEvent `json:"thread,omitempty"` // filled by Problem
	Files  []ProblemFile  `json:"files,omitempty"`  // filled by Problem
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

// CheckProblemText returns EINVALID when a problem's title or body is missing
// or too long.
func CheckProblemText(title, body string) error {
	title, body = strings.TrimSpace(title), strings.TrimSpace(body)
	switch {
	case title == "":
		return Errorf(EINVALID, "请填写问题标题。")
	case len([]rune(title)) > 200:
		return Errorf(EINVALID, "问题标题不超过 200 字（现为 %d 字）。", len([]rune(title)))
	case body == "":
		return Errorf(EINVALID, "请填写问题描述：遇到了什么困难，需要哪一级协调什么。")
	case len([]rune(body)) > 20000:
		return Errorf(EINVALID, "问题描述不超过 20000 字。")
	}
	return nil
}

// CheckAttachment returns EINVALID when a file may not be attached: a type not
// in AttachmentTypes (by the name's extension) or a size over
// MaxAttachmentSize. It returns the file's media type.
func CheckAttachment(name string, size int64) (string, error) {
	dot := strings.LastIndex(name, ".")
	if dot < 0 {
		return "", Errorf(EINVALID, "附件“%s”没有扩展名；可上传 PDF、OFD、图片、Word、Excel、WPS 或文本文件。", name)
	}
	typ, ok := AttachmentTypes[strings.ToLower(name[dot:])]
	if !ok {
		return "", Errorf(EINVALID, "附件“%s”的类型不受支持；可上传 PDF、OFD、图片、Word、Excel、WPS 或文本文件。", name)
	}
	if size > MaxAttachmentSize {
		return "", Errorf(EINVALID, "附件“%s”超过 %d MiB。", name, MaxAttachmentSize>>20)
	}
	if size == 0 {
		return "", Errorf(EINVALID, "附件“%s”是空文件。", name)
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
	// StepProblem applies a step (NextProblem decides which are possible).
	// Escalating to the central level adds the item's responsible central
	// units and MOFCOM (商务部) to the route; marking major adds them when the
	// problem had not reached them, and the State Council. ECONFLICT when the
	// problem moved since version (its UpdatedAt as read; zero skips the check).
	StepProblem(ctx context.Context, id int64, k ProblemEventKind, note string, version time.Time, files []NewFile) (*Problem, error)
	// Problems lists problems (without thread), oldest at its level first.
	Problems(ctx context.Context, f ProblemFilter) ([]*Problem, error)
	// ProblemFile returns an attached file with its bytes.
	ProblemFile(ctx context.Context, id int64) (ProblemFile, []byte, error)
	// ResponseDays returns each level's response time in days.
	ResponseDays(ctx context.Context) (map[ProblemLevel]int, error)
	// SetResponseDays sets response times (1–365 days; EINVALID otherwise). The
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
