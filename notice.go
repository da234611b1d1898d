package rollout

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"
)

// Scopes as published in the 推广范围 column. Other phrases occur in other
// notices; they are kept as written.
const (
	ScopeNationwide = "全国"
	ScopeFTZ        = "自贸试验区"
	ScopeCoastal    = "沿海地区"
)

// Source formats of a notice document.
const (
	FormatText = "text"
	FormatHTML = "html"
	FormatDocx = "docx" // a Word document (Office Open XML); the source kept is the file itself
	FormatPDF  = "pdf"  // a text PDF; the source kept is the file itself
)

// Notice is a State Council notice (通知) read into structure: its header, the
// body's domains, the duty paragraphs and the annex's items. Text is kept exactly
// as published.
type Notice struct {
	DocNo      string    `json:"doc_no"`     // 文号, e.g. 国函〔2023〕56号
	Title      string    `json:"title"`      // joined across line breaks, markup removed
	Issuer     string    `json:"issuer"`     // 国务院
	IssuedOn   time.Time `json:"issued_on"`  // a calendar date (UTC midnight)
	Batch      int       `json:"batch"`      // 第七批 → 7
	Addressees string    `json:"addressees"` // 主送: 各省、自治区、直辖市人民政府，…
	SourceURL  string    `json:"source_url"` // where the text says it was published, if it says
	Format     string    `json:"format"`     // FormatText or FormatHTML
	Preamble   string    `json:"preamble"`   // the paragraph(s) before 一、
	Duties     []Duty    `json:"duties"`     // sections 二、三、… as text
	AnnexTitle string    `json:"annex_title"`
	Domains    []Domain  `json:"domains"` // the body's domains in order
	Items      []Item    `json:"items"`   // one per annex row, in annex order
	// Diagnostics list every mismatch or oddity met while reading; reading never
	// drops or rewrites anything silently.
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// Duty is one of the notice's duty sections (二、高度重视… 三、切实做好…).
type Duty struct {
	Heading string `json:"heading"`
	Text    string `json:"text"`
}

// Domain is a field (领域) of the body that groups nationwide items.
type Domain struct {
	Seq      int    `json:"seq"`      // 1-based order in the body
	Name     string `json:"name"`     // e.g. 投资贸易便利化 (without the word 领域)
	Declared int    `json:"declared"` // the body's count (等3项); 0 if it gives none
	Items    []int  `json:"items"`    // item numbers (Item.Seq) in body order
}

// Item is a reform item (改革事项): one row of the annex.
type Item struct {
	ID          int64    `json:"id,omitempty"` // storage identity; 0 before storing
	Batch       int      `json:"batch,omitempty"`
	Seq         int      `json:"seq"`     // 序号
	Name        string   `json:"name"`    // 改革事项 as in the annex
	Aliases     []string `json:"aliases"` // other names, e.g. the body's where it differs
	Content     string   `json:"content"` // 主要内容
	Responsible []string `json:"responsible"`
	Scope       string   `json:"scope"`  // 推广范围 as published
	Domain      string   `json:"domain"` // body domain name; "" for specific-region items
}

// Lead returns the lead responsible unit (the first listed), or "".
func (it *Item) Lead() string {
	if len(it.Responsible) == 0 {
		return ""
	}
	return it.Responsible[0]
}

// Diagnostic levels.
const (
	LevelError   = "error"   // the document cannot be imported as it is
	LevelWarning = "warning" // imported, but a person should look
	LevelInfo    = "info"    // noted, nothing to do
)

// Diagnostic is one finding of reading a document. Made by Diag, it is said
// through the catalogue: Message is its Chinese (the command line's), Text
// says it in the reader's language from Key and Args. Stored diagnostics are
// JSON; those stored before keys were kept have only Message.
type Diagnostic struct {
	Level   string   `json:"level"`
	Code    string   `json:"code"`
	Message string   `json:"message"`
	Line    int      `json:"line"`           // 1-based line in the source text; 0 when not tied to a line
	Key     string   `json:"key,omitempty"`  // the catalogue key of Message
	Args    []string `json:"args,omitempty"` // its arguments, as text
}

// Item returns the item with number seq, or nil.
func (n *Notice) Item(seq int) *Item {
	for i := range n.Items {
		if n.Items[i].Seq == seq {
			return &n.Items[i]
		}
	}
	return nil
}

// HasErrors reports whether any diagnostic is at LevelError.
func (n *Notice) HasErrors() bool {
	for _, d := range n.Diagnostics {
		if d.Level == LevelError {
			return true
		}
	}
	return false
}

// Validate checks what storage relies on: a 文号, a batch number, a date and at
// least one item with distinct numbers and names.
func (n *Notice) Validate() error {
	switch {
	case n.DocNo == "":
		return E(EINVALID, "err.catalog.doc_no_missing")
	case n.Batch <= 0:
		return E(EINVALID, "err.catalog.batch_missing", n.DocNo)
	case n.IssuedOn.IsZero():
		return E(EINVALID, "err.catalog.date_missing", n.DocNo)
	case len(n.Items) == 0:
		return E(EINVALID, "err.catalog.no_items", n.DocNo)
	}
	seen := map[int]bool{}
	for _, it := range n.Items {
		if it.Seq <= 0 || seen[it.Seq] {
			return E(EINVALID, "err.catalog.bad_seq", n.DocNo, it.Seq)
		}
		seen[it.Seq] = true
		if it.Name == "" {
			return E(EINVALID, "err.catalog.item_name_missing", n.DocNo, it.Seq)
		}
	}
	return nil
}

// Fingerprint identifies the notice's content: the same notice read from its text
// or from its web page has the same fingerprint; any change to a word of the
// header, domains or items changes it. Diagnostics, line numbers and the source
// format do not count.
func (n *Notice) Fingerprint() string {
	type item struct {
		Seq         int
		Name        string
		Aliases     []string
		Content     string
		Responsible []string
		Scope       string
		Domain      string
	}
	type domain struct {
		Name     string
		Declared int
		Items    []int
	}
	c := struct {
		DocNo, Title, Issuer, IssuedOn string
		Batch                          int
		Domains                        []domain
		Items                          []item
	}{DocNo: n.DocNo, Title: n.Title, Issuer: n.Issuer, IssuedOn: n.IssuedOn.Format(time.DateOnly), Batch: n.Batch}
	for _, d := range n.Domains {
		c.Domains = append(c.Domains, domain{d.Name, d.Declared, nonEmpty(d.Items)})
	}
	for _, it := range n.Items {
		c.Items = append(c.Items, item{it.Seq, it.Name, nonEmpty(it.Aliases), it.Content, nonEmpty(it.Responsible), it.Scope, it.Domain})
	}
	b, _ := json.Marshal(c) // plain strings and ints: cannot fail
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// nonEmpty makes nil and empty slices alike, so that they fingerprint the same.
func nonEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
