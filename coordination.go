package rollout

import (
	"context"
	"slices"
	"strings"
	"time"

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
	Steps     []StepRecord `json:"steps"`
	UpdatedAt time.Time    `json:"updated_at"`
	UpdatedBy string       `json:"updated_by"`
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
		return Errorf(EINVALID, "日期“%s”应写作 2006-01-02。", s)
	}
	*d = Day{t}
	return nil
}

// Check returns EINVALID saying what is wrong: a kind or step unknown, a title
// missing, steps out of order or repeated, a step without a date.
func (a *Approval) Check() error {
	if !a.Kind.Valid() {
		return Errorf(EINVALID, "未知的报批或法规调整类别 %q。", a.Kind)
	}
	if strings.TrimSpace(a.Title) == "" {
		return Errorf(EINVALID, "请填写涉及的法规、文件或报批事项名称。")
	}
	last := -1
	for _, s := range a.Steps {
		i := slices.Index(ApprovalSteps, s.Step)
		if i < 0 {
			return Errorf(EINVALID, "未知的程序环节 %q。", s.Step)
		}
		if i <= last {
			return Errorf(EINVALID, "程序环节“%s”顺序有误或重复：应依次为起草、征求意见、审查、审议通过、公布。", s.Step.Label())
		}
		if s.On.IsZero() {
			return Errorf(EINVALID, "程序环节“%s”须填写日期。", s.Step.Label())
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
		return Errorf(EINVALID, "未知的风险类别 %q。", r.Category)
	case !r.Level.Valid():
		return Errorf(EINVALID, "风险等级须为 高、中 或 低（high、medium、low），不能是 %q。", r.Level)
	case strings.TrimSpace(r.Description) == "":
		return Errorf(EINVALID, "请描述风险。")
	case strings.TrimSpace(r.Measures) == "":
		return Errorf(EINVALID, "请填写防控措施。")
	case strings.TrimSpace(r.Owner) == "":
		return Errorf(EINVALID, "请填写风险责任人或责任单位。")
	case r.NextReview.IsZero():
		return Errorf(EINVALID, "请填写下次评估日期。")
	}
	return nil
}

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
	ItemID int64
	TaskID int64 // -1: the item's own register only
	Level  RiskLevel
	Batch  int
}

// CoordinationService keeps the approval, risk and link registers. Every change
// writes an audit entry in the same transaction.
type CoordinationService interface {
	// SaveApproval creates (ID 0) or replaces an approval. EINVALID from Check,
	// or for a task that is not of the item; ENOTFOUND for a missing item, task
	// or approval.
	SaveApproval(ctx context.Context, a *Approval) (*Approval, error)
	// Approvals lists approvals, by item then kind.
	Approvals(ctx context.Context, f RegisterFilter) ([]*Approval, error)
	// ApprovalCounts counts approvals by kind and current step over the items
	// of a batch (0: every batch), for the national picture.
	ApprovalCounts(ctx context.Context, batch int) ([]ApprovalCount, error)
	// SaveRisk creates (ID 0) or replaces a risk. EINVALID from Check.
	SaveRisk(ctx context.Context, r *Risk) (*Risk, error)
	// Risks lists risks, highest level first, then by next review date.
	Risks(ctx context.Context, f RegisterFilter) ([]*Risk, error)
	// RiskCounts counts risks by level.
	RiskCounts(ctx context.Context) (map[RiskLevel]int, error)
	// Links lists links with both ends named, best score first per item.
	Links(ctx context.Context, f LinkFilter) ([]*Link, error)
	// AddLink enters a link by hand, accepted. EINVALID for two items of the
	// same batch or the same item; ECONFLICT when the pair is linked already
	// (accept the suggestion instead).
	AddLink(ctx context.Context, itemID, otherID int64, note string) (*Link, error)
	// DecideLink accepts or rejects a suggested (or re-decides any) link.
	DecideLink(ctx context.Context, id int64, accept bool) (*Link, error)
	// SuggestLinks computes and stores the suggestions of a batch's items
	// against every other batch (decided links are kept as decided); it
	// returns how many suggestions are stored new. Import runs it in the
	// import's transaction.
	SuggestLinks(ctx context.Context, batch int) (int, error)
	// DomainItems lists the items of a domain across all batches, newest batch first.
	DomainItems(ctx context.Context, domain string) ([]*Item, error)
}
