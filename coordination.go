package rollout

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"rollout/msg"
)

// Approvals and legal changes (报批, 法规调整), risks (风险防控) and links
// between items across batches (系统集成, 协同耦合): the registers the notice's
// duty paragraphs ask for beside progress. Each entry belongs to an item (kept
// by the item's responsible central units and the coordinator) or to a local
// task (kept by the task's unit).

// ApprovalKind is what an item or task needs before it can be carried out.
type ApprovalKind string

const (
	ApprovalStateCouncil ApprovalKind = "state_council_approval" // 报国务院批准
	LegalAdminRegulation ApprovalKind = "administrative_regulation"
	LegalSCDocument      ApprovalKind = "state_council_document"
	LegalDeptRule        ApprovalKind = "departmental_rule"
	LegalLocalRegulation ApprovalKind = "local_regulation"
)

// ApprovalKinds lists every kind in display order.
var ApprovalKinds = []ApprovalKind{ApprovalStateCouncil, LegalAdminRegulation, LegalSCDocument, LegalDeptRule, LegalLocalRegulation}

// Valid reports whether k is a known kind.
func (k ApprovalKind) Valid() bool { return slices.Contains(ApprovalKinds, k) }

// Label is the ApprovalKind's name in Chinese, as reports, sheets and the command line write it.
func (k ApprovalKind) Label() string { return k.Text(msg.ZH) }

// Text names the ApprovalKind in language lang (catalogue entries akind.*).
func (k ApprovalKind) Text(lang msg.Lang) string { return term(lang, "akind.", k) }

// ApprovalStep is a step of the legal procedure.
type ApprovalStep string

const (
	StepDrafting     ApprovalStep = "drafting"     // 起草
	StepConsultation ApprovalStep = "consultation" // 征求意见
	StepReview       ApprovalStep = "review"       // 审查
	StepAdoption     ApprovalStep = "adoption"     // 审议通过 / 批准
	StepPublication  ApprovalStep = "publication"  // 公布
)

// ApprovalSteps lists the steps in order.
var ApprovalSteps = []ApprovalStep{StepDrafting, StepConsultation, StepReview, StepAdoption, StepPublication}

// Valid reports whether s is a known step.
func (s ApprovalStep) Valid() bool { return slices.Contains(ApprovalSteps, s) }

// Label is the ApprovalStep's name in Chinese, as reports, sheets and the command line write it.
func (s ApprovalStep) Label() string { return s.Text(msg.ZH) }

// Text names the ApprovalStep in language lang (catalogue entries astep.*).
func (s ApprovalStep) Text(lang msg.Lang) string { return term(lang, "astep.", s) }

// StepRecord is a step taken: its date and the document number it produced.
type StepRecord struct {
	Step  ApprovalStep `json:"step"`
	On    Day          `json:"on"`               // a calendar date
	DocNo string       `json:"doc_no,omitempty"` // e.g. 国函〔2024〕12号, 海关总署令第XXX号
	Note  string       `json:"note,omitempty"`
}

// Approval is one approval or legal change an item or task needs.
type Approval struct {
	ID     int64        `json:"id"`
	ItemID int64        `json:"item_id"`
	TaskID int64        `json:"task_id,omitempty"` // 0: the item's (national) register
	Kind   ApprovalKind `json:"kind"`
	Title  string       `json:"title"` // the act concerned: 《海关行政许可管理办法》
	// Steps taken so far, in procedure order; the last is where it stands.
	Steps []StepRecord `json:"steps"`
	// Version counts the saves of the entry (1 when made); a save of a
	// stored entry names the version it edits.
	Version   int       `json:"version"`
	UpdatedAt time.Time `json:"updated_at"`
	UpdatedBy string    `json:"updated_by"`
}

// Current is the last step taken, or "" before drafting.
func (a *Approval) Current() ApprovalStep {
	if len(a.Steps) == 0 {
		return ""
	}
	return a.Steps[len(a.Steps)-1].Step
}

// Day is a calendar date, written 2006-01-02 in JSON ("" for none).
type Day struct{ time.Time }

// DayOf makes a Day of t's date.
func DayOf(t time.Time) Day {
	if t.IsZero() {
		return Day{}
	}
	return Day{time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}
}

// MarshalJSON writes the date as "2006-01-02", or "" for none.
func (d Day) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte(`""`), nil
	}
	return []byte(`"` + d.Format(time.DateOnly) + `"`), nil
}

// UnmarshalJSON reads "2006-01-02" or "".
func (d *Day) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if s == "" || s == "null" {
		*d = Day{}
		return nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return E(EINVALID, "err.coord.bad_day", s)
	}
	*d = Day{t}
	return nil
}

// Check returns EINVALID saying what is wrong: a kind or step unknown, a title
// missing, steps out of order or repeated, a step without a date.
func (a *Approval) Check() error {
	if !a.Kind.Valid() {
		return E(EINVALID, "err.coord.approval_kind", string(a.Kind))
	}
	if strings.TrimSpace(a.Title) == "" {
		return E(EINVALID, "err.coord.approval_title")
	}
	if n := utf8.RuneCountInString(a.Title); n > MaxEntryTitle {
		return E(EINVALID, "err.coord.approval_title_len", MaxEntryTitle, n)
	}
	last := -1
	for _, s := range a.Steps {
		i := slices.Index(ApprovalSteps, s.Step)
		if i < 0 {
			return E(EINVALID, "err.coord.approval_step", string(s.Step))
		}
		if i <= last {
			return E(EINVALID, "err.coord.step_order", s.Step)
		}
		if s.On.IsZero() {
			return E(EINVALID, "err.coord.step_date", s.Step)
		}
		if utf8.RuneCountInString(s.DocNo) > MaxEntryTitle {
			return E(EINVALID, "err.coord.step_docno_len", s.Step, MaxEntryTitle)
		}
		if utf8.RuneCountInString(s.Note) > MaxEntryText {
			return E(EINVALID, "err.coord.step_note_len", s.Step, MaxEntryText)
		}
		last = i
	}
	return nil
}

// ApprovalCount is how many approvals of a kind stand at a step ("" before
// drafting): the figures the national picture shows.
type ApprovalCount struct {
	Kind  ApprovalKind `json:"kind"`
	Step  ApprovalStep `json:"step"`
	Count int          `json:"count"`
}

// RiskCategory is a fixed list of what a risk is about.
type RiskCategory string

const (
	RiskProductionSafety RiskCategory = "production_safety" // 安全生产
	RiskDataSecurity     RiskCategory = "data_security"     // 数据安全
	RiskFinancial        RiskCategory = "financial"         // 金融风险
	RiskEcological       RiskCategory = "ecological"        // 生态环境
	RiskPublicHealth     RiskCategory = "public_health"     // 公共卫生
	RiskLegalCompliance  RiskCategory = "legal_compliance"  // 合法合规
	RiskSocialStability  RiskCategory = "social_stability"  // 社会稳定
	RiskOther            RiskCategory = "other"
)

// RiskCategories lists every category in display order.
var RiskCategories = []RiskCategory{RiskProductionSafety, RiskDataSecurity, RiskFinancial, RiskEcological,
	RiskPublicHealth, RiskLegalCompliance, RiskSocialStability, RiskOther}

// Valid reports whether c is a known category.
func (c RiskCategory) Valid() bool { return slices.Contains(RiskCategories, c) }

// Label is the RiskCategory's name in Chinese, as reports, sheets and the command line write it.
func (c RiskCategory) Label() string { return c.Text(msg.ZH) }

// Text names the RiskCategory in language lang (catalogue entries rcat.*).
func (c RiskCategory) Text(lang msg.Lang) string { return term(lang, "rcat.", c) }

// RiskLevel is high, medium or low.
type RiskLevel string

const (
	RiskHigh   RiskLevel = "high"
	RiskMedium RiskLevel = "medium"
	RiskLow    RiskLevel = "low"
)

// RiskLevels lists the levels, highest first.
var RiskLevels = []RiskLevel{RiskHigh, RiskMedium, RiskLow}

// Valid reports whether l is a known level.
func (l RiskLevel) Valid() bool { return slices.Contains(RiskLevels, l) }

// Label is the RiskLevel's name in Chinese, as reports, sheets and the command line write it.
func (l RiskLevel) Label() string { return l.Text(msg.ZH) }

// Text names the RiskLevel in language lang (catalogue entries rlevel.*).
func (l RiskLevel) Text(lang msg.Lang) string { return term(lang, "rlevel.", l) }

// Risk is one entry of the risk register.
type Risk struct {
	ID          int64        `json:"id"`
	ItemID      int64        `json:"item_id"`
	TaskID      int64        `json:"task_id,omitempty"` // 0: the item's register
	Category    RiskCategory `json:"category"`
	Level       RiskLevel    `json:"level"`
	Description string       `json:"description"`
	Measures    string       `json:"measures"`
	Owner       string       `json:"owner"`       // who answers for it (a unit or post)
	NextReview  Day          `json:"next_review"` // a calendar date
	Version     int          `json:"version"`     // as Approval.Version
	UpdatedAt   time.Time    `json:"updated_at"`
	UpdatedBy   string       `json:"updated_by"`

	// Context filled by lists.
	Batch    int    `json:"batch,omitempty"`
	ItemSeq  int    `json:"item_seq,omitempty"`
	ItemName string `json:"item_name,omitempty"`
	UnitName string `json:"unit,omitempty"` // the task's unit, "" for the item's register
}

// Check returns EINVALID saying what is wrong.
func (r *Risk) Check() error {
	switch {
	case !r.Category.Valid():
		return E(EINVALID, "err.coord.risk_category", string(r.Category))
	case !r.Level.Valid():
		return E(EINVALID, "err.coord.risk_level", string(r.Level))
	case strings.TrimSpace(r.Description) == "":
		return E(EINVALID, "err.coord.risk_description")
	case strings.TrimSpace(r.Measures) == "":
		return E(EINVALID, "err.coord.risk_measures")
	case strings.TrimSpace(r.Owner) == "":
		return E(EINVALID, "err.coord.risk_owner")
	case r.NextReview.IsZero():
		return E(EINVALID, "err.coord.risk_review")
	}
	for _, f := range []struct {
		label msgKey
		text  string
		max   int
	}{{"risk.description", r.Description, MaxEntryText}, {"risk.measures", r.Measures, MaxEntryText}, {"risk.owner", r.Owner, MaxEntryTitle}} {
		if n := utf8.RuneCountInString(f.text); n > f.max {
			return E(EINVALID, "err.coord.risk_text_len", f.label, f.max, n)
		}
	}
	return nil
}

// CoordinatorUnit is the unit that coordinates the replication (the office of
// the inter-ministerial joint conference on FTZs): it answers problems at the
// central level beside each item's responsible units.
const CoordinatorUnit = "商务部"

// Instrument is the kind of document a batch was imported from.
type Instrument string

const (
	InstrumentReplication  Instrument = "replication"   // 改革试点经验复制推广 (the State Council's batches)
	InstrumentBestPractice Instrument = "best_practice" // 最佳实践案例 (MOFCOM's batches)
	InstrumentPilot        Instrument = "pilot_measures"
)

// InstrumentOf tells the instrument from a notice's title.
func InstrumentOf(title string) Instrument {
	switch {
	case strings.Contains(title, "最佳实践案例"):
		return InstrumentBestPractice
	case strings.Contains(title, "试点措施"):
		return InstrumentPilot
	}
	return InstrumentReplication
}

// Label is the Instrument's name in Chinese, as reports, sheets and the command line write it.
func (i Instrument) Label() string { return i.Text(msg.ZH) }

// Text names the Instrument in language lang (catalogue entries instrument.*).
func (i Instrument) Text(lang msg.Lang) string { return term(lang, "instrument.", i) }

// LinkKind says how two items of different batches relate.
type LinkKind string

const (
	LinkIntegration LinkKind = "integration" // 系统集成: same domain
	LinkCoupling    LinkKind = "coupling"    // 协同耦合: across domains
)

// LinkKindOf is integration for two items of the same (named) domain and
// coupling otherwise.
func LinkKindOf(a, b *Item) LinkKind {
	if a.Domain != "" && a.Domain == b.Domain {
		return LinkIntegration
	}
	return LinkCoupling
}

// Label is the LinkKind's name in Chinese, as reports, sheets and the command line write it.
func (k LinkKind) Label() string { return k.Text(msg.ZH) }

// Text names the LinkKind in language lang (catalogue entries lkind.*).
func (k LinkKind) Text(lang msg.Lang) string { return term(lang, "lkind.", k) }

// Link states.
const (
	LinkSuggested = "suggested"
	LinkAccepted  = "accepted"
	LinkRejected  = "rejected"
)

// Link is a relation between an item and an item of another batch, suggested
// by similarity or entered by hand.
type Link struct {
	ID         int64     `json:"id"`
	ItemID     int64     `json:"item_id"`
	OtherID    int64     `json:"other_id"`
	Kind       LinkKind  `json:"kind"`
	Score      float64   `json:"score"` // ItemSimilarity; 0 for a link entered by hand
	State      string    `json:"state"` // LinkSuggested, LinkAccepted or LinkRejected
	Manual     bool      `json:"manual"`
	Note       string    `json:"note,omitempty"`
	DecidedBy  string    `json:"decided_by,omitempty"`
	UpdatedAt  time.Time `json:"updated_at"`
	Item       LinkEnd   `json:"item"`
	Other      LinkEnd   `json:"other"`
	OtherBatch int       `json:"-"`
}

// LinkEnd names one item of a link.
type LinkEnd struct {
	Batch  int    `json:"batch"`
	Seq    int    `json:"seq"`
	Name   string `json:"name"`
	Domain string `json:"domain"`
}

// LinkSuggestions is how many suggestions each item keeps, best first, and the
// least score a suggestion needs.
const (
	LinkSuggestions   = 3
	LinkSuggestionMin = 0.12
)

// ItemSimilarity is how alike two items are for suggesting links: Similarity of
// their names weighed 0.6 and of their contents 0.4, so that two items with
// related names score high and two with different names but the same subject
// matter still score.
func ItemSimilarity(a, b *Item) float64 {
	name := Similarity(a.Name, b.Name)
	for _, x := range a.Aliases {
		name = max(name, Similarity(x, b.Name))
	}
	for _, y := range b.Aliases {
		name = max(name, Similarity(a.Name, y))
	}
	return 0.6*name + 0.4*Similarity(a.Content, b.Content)
}

// SuggestLinks ranks, for each item of items, the items of others (items of
// other batches) by ItemSimilarity and keeps the best LinkSuggestions at or
// above LinkSuggestionMin, best first. Pure: storage stores what it returns.
func SuggestLinks(items, others []*Item) []Link {
	var out []Link
	for _, a := range items {
		var cands []Link
		for _, b := range others {
			if b.Batch == a.Batch {
				continue
			}
			s := ItemSimilarity(a, b)
			if s < LinkSuggestionMin {
				continue
			}
			cands = append(cands, Link{ItemID: a.ID, OtherID: b.ID, Kind: LinkKindOf(a, b), Score: s, State: LinkSuggested})
		}
		slices.SortStableFunc(cands, func(x, y Link) int {
			switch {
			case x.Score > y.Score:
				return -1
			case x.Score < y.Score:
				return 1
			}
			return int(x.OtherID - y.OtherID)
		})
		if len(cands) > LinkSuggestions {
			cands = cands[:LinkSuggestions]
		}
		out = append(out, cands...)
	}
	return out
}

// LinkFilter selects links.
type LinkFilter struct {
	Batch  int    // links with an item of this batch at either end
	ItemID int64  // links of this item (either end)
	State  string // "" for every state
	Domain string // links with an item of this domain at either end
}

// RegisterFilter selects approvals or risks.
type RegisterFilter struct {
	ID     int64 // one entry
	ItemID int64
	TaskID int64 // -1: the item's own register only
	Level  RiskLevel
	Batch  int
}

// CoordinationService keeps the approval, risk and link registers. Every change
// writes an audit entry in the same transaction.
type CoordinationService interface {
	// SaveApproval creates (ID 0) or replaces an approval, as PlanEntry
	// decides: EINVALID from Check, or for a task that is not of the item;
	// ENOTFOUND for a missing item, task or approval; a
	// *Conflict[*Approval] (ECONFLICT) with the stored approval when a
	// replacement names no version or an old one.
	SaveApproval(ctx context.Context, a *Approval) (*Approval, error)
	// Approvals lists approvals, by item then kind.
	Approvals(ctx context.Context, f RegisterFilter) ([]*Approval, error)
	// ApprovalCounts counts approvals by kind and current step over the items
	// of a batch (0: every batch), for the national picture.
	ApprovalCounts(ctx context.Context, batch int) ([]ApprovalCount, error)
	// SaveRisk creates (ID 0) or replaces a risk, as SaveApproval does an
	// approval (*Conflict[*Risk] for a stale replacement).
	SaveRisk(ctx context.Context, r *Risk) (*Risk, error)
	// Risks lists risks, highest level first, then by next review date.
	Risks(ctx context.Context, f RegisterFilter) ([]*Risk, error)
	// RiskCounts counts risks by level.
	RiskCounts(ctx context.Context) (map[RiskLevel]int, error)
	// Links lists links with both ends named, best score first per item.
	Links(ctx context.Context, f LinkFilter) ([]*Link, error)
	// AddLink enters a link by hand, accepted (PlanLink decides). EINVALID
	// for two items of the same batch, the same item or a note too long;
	// ENOTFOUND for a missing item; ECONFLICT when the pair is linked already
	// (accept the suggestion instead).
	AddLink(ctx context.Context, itemID, otherID int64, note string) (*Link, error)
	// DecideLink accepts or rejects a suggested (or re-decides any) link;
	// ENOTFOUND for a missing one.
	DecideLink(ctx context.Context, id int64, accept bool) (*Link, error)
	// SuggestLinks computes and stores the suggestions of a batch's items
	// against every other batch (decided links are kept as decided); it
	// returns how many suggestions are stored new. Import runs it in the
	// import's transaction.
	SuggestLinks(ctx context.Context, batch int) (int, error)
	// DomainItems lists the items of a domain across all batches, newest batch first.
	DomainItems(ctx context.Context, domain string) ([]*Item, error)
}

// Bounds of the registers' text, counted in characters: a title, an owner or
// a document number; a description, measures or a note.
const (
	MaxEntryTitle = 200
	MaxEntryText  = 5000
)

// msgKey is a catalogue key given as an argument, said in the reader's language.
type msgKey string

func (k msgKey) Text(l msg.Lang) string { return msg.Text(l, string(k)) }

// Entry is one entry of a register: an *Approval or a *Risk.
type Entry interface {
	*Approval | *Risk
	Check() error
	clone() any
	entry() *entryHead
	normalize()
	missing() *Error
	conflict(key string) *Error
}

// entryHead are the fields every register entry has, as pointers into it.
type entryHead struct {
	ID, ItemID, TaskID *int64
	Version            *int
}

func (a *Approval) entry() *entryHead {
	return &entryHead{ID: &a.ID, ItemID: &a.ItemID, TaskID: &a.TaskID, Version: &a.Version}
}
func (a *Approval) clone() any {
	c := *a
	c.Steps = slices.Clone(a.Steps)
	return &c
}
func (a *Approval) normalize()      { a.Title = strings.TrimSpace(a.Title) }
func (a *Approval) missing() *Error { return E(ENOTFOUND, "err.coord.no_approval", a.ID) }
func (a *Approval) conflict(key string) *Error {
	return E(ECONFLICT, key, a.Version, a.UpdatedBy, beijingClock(a.UpdatedAt))
}

func (r *Risk) entry() *entryHead {
	return &entryHead{ID: &r.ID, ItemID: &r.ItemID, TaskID: &r.TaskID, Version: &r.Version}
}
func (r *Risk) clone() any { c := *r; return &c }
func (r *Risk) normalize() {
	r.Description, r.Measures, r.Owner = strings.TrimSpace(r.Description), strings.TrimSpace(r.Measures), strings.TrimSpace(r.Owner)
}
func (r *Risk) missing() *Error { return E(ENOTFOUND, "err.coord.no_risk", r.ID) }
func (r *Risk) conflict(key string) *Error {
	return E(ECONFLICT, key, r.Version, r.UpdatedBy, beijingClock(r.UpdatedAt))
}

// conflictKey is the refusal of a stale save of an entry of T's register.
func conflictKey[T Entry](e T) string {
	if _, ok := any(e).(*Approval); ok {
		return "err.coord.approval_conflict"
	}
	return "err.coord.risk_conflict"
}

// StaleEntry is the *Conflict[T] of a save that edited an older version of
// the entry stored now.
func StaleEntry[T Entry](stored T) error {
	return &Conflict[T]{Current: stored, Err: stored.conflict(conflictKey(stored))}
}

// EntryID is the ID of entry e: 0 for a new one.
func EntryID[T Entry](e T) int64 { return *e.entry().ID }

// EntrySnapshot is what saving a register entry is decided over, read in the
// transaction that stores it.
type EntrySnapshot[T Entry] struct {
	// Stored is the entry being replaced as stored, nil for a new entry or one
	// that does not exist.
	Stored T
	// ItemFound says whether the entry's item exists (the stored entry's item
	// when one is replaced).
	ItemFound bool
	// Task is the entry's task (the stored entry's when one is replaced), nil
	// for an item's own entry.
	Task *Task
}

// PlaceOf is where entry in is saved: a replaced entry stays where it was
// made (stored), whatever the request says; a new one goes where it says.
func PlaceOf[T Entry](in, stored T) (itemID, taskID int64) {
	if stored != nil {
		h := stored.entry()
		return *h.ItemID, *h.TaskID
	}
	h := in.entry()
	return *h.ItemID, *h.TaskID
}

// PlanEntry decides the save of register entry in (an approval or a risk) and
// returns it as it is to be stored (a copy; in is left as it is): at its place (PlaceOf), its text trimmed,
// its version one more than the stored one (1 for a new entry). A replacement
// (an ID) of an entry that does not exist is ENOTFOUND; one that names no
// version, or not the stored one, is a *Conflict[T] with the stored entry;
// EINVALID from Check, or for a task that is not of the item; ENOTFOUND for a
// missing item.
func PlanEntry[T Entry](snap EntrySnapshot[T], in T) (T, error) {
	in = in.clone().(T)
	h := in.entry()
	version := 1
	if *h.ID != 0 {
		if snap.Stored == nil {
			return nil, in.missing()
		}
		stored := *snap.Stored.entry().Version
		switch {
		case *h.Version == 0:
			return nil, &Conflict[T]{Current: snap.Stored, Err: snap.Stored.conflict("err.coord.entry_no_version")}
		case *h.Version != stored:
			return nil, StaleEntry(snap.Stored)
		}
		version = stored + 1
	}
	*h.ItemID, *h.TaskID = PlaceOf(in, snap.Stored)
	in.normalize()
	if err := in.Check(); err != nil {
		return nil, err
	}
	if !snap.ItemFound {
		return nil, E(ENOTFOUND, "err.coord.no_item", *h.ItemID)
	}
	if *h.TaskID != 0 && (snap.Task == nil || snap.Task.ItemID != *h.ItemID) {
		return nil, E(EINVALID, "err.coord.task_item", *h.TaskID, *h.ItemID)
	}
	*h.Version = version
	return in, nil
}

// MaxLinkNote bounds the note of a link entered by hand, in characters.
const MaxLinkNote = 500

// PlanLink decides a link entered by hand between items itemID and otherID
// (item and other as stored, nil when missing): EINVALID for an item linked
// to itself, two items of one batch or a note too long, ENOTFOUND for a
// missing item. The link returned is accepted and manual, its ends ordered
// (ItemID < OtherID), its kind from the items' domains.
func PlanLink(itemID, otherID int64, item, other *Item, note string) (*Link, error) {
	note = strings.TrimSpace(note)
	switch {
	case itemID == otherID:
		return nil, E(EINVALID, "err.coord.link_self")
	case item == nil || other == nil:
		return nil, E(ENOTFOUND, "err.coord.link_no_item", itemID, otherID)
	case item.Batch == other.Batch:
		return nil, E(EINVALID, "err.coord.link_same_batch", item.Batch)
	}
	if n := utf8.RuneCountInString(note); n > MaxLinkNote {
		return nil, E(EINVALID, "err.coord.link_note_len", MaxLinkNote, n)
	}
	a, o := itemID, otherID
	if a > o {
		a, o = o, a
	}
	return &Link{ItemID: a, OtherID: o, Kind: LinkKindOf(item, other), State: LinkAccepted, Manual: true, Note: note}, nil
}

// PlanLinkDecision decides accepting or rejecting link id (stored, nil when
// missing: ENOTFOUND) and returns its new state.
func PlanLinkDecision(id int64, stored *Link, accept bool) (string, error) {
	if stored == nil {
		return "", E(ENOTFOUND, "err.coord.no_link", id)
	}
	if accept {
		return LinkAccepted, nil
	}
	return LinkRejected, nil
}
