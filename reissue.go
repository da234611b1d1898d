package rollout

// Reissue is a province's (or a city's) re-issue of a notice (转发 or 实施方案):
// its own division of the work, read from the document as written.
type Reissue struct {
	Title       string       `json:"title"`
	DocNo       string       `json:"doc_no"`
	Format      string       `json:"format"` // FormatText or FormatHTML
	Rows        []ReissueRow `json:"rows"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// ReissueRow is one task line of a re-issue: a table row (序号 | 改革事项 |
// 牵头单位 | 配合单位 | 完成时限 …) or a task followed by inline notation
// （牵头单位：…；责任单位：…）. Unit names are as written, split on 、，, with
// suffixes such as 按职责分工负责 removed; 下同 has been carried forward.
type ReissueRow struct {
	Line        int      `json:"line"`
	Seq         int      `json:"seq"`       // 序号 as written; 0 when the row has none
	ItemName    string   `json:"item_name"` // 改革事项 (or the task's text) as written
	Measures    string   `json:"measures"`  // 工作措施, where the document has them
	Lead        []string `json:"lead"`
	Co          []string `json:"co"`
	Deadline    string   `json:"deadline"`
	Deliverable string   `json:"deliverable"`
	Contact     string   `json:"contact"`
	Notes       string   `json:"notes"`
}

// CascadePlan is a re-issue resolved against the national items and the units
// below the issuing unit, ready to store as divisions — or to show the user what
// must be settled first.
type CascadePlan struct {
	// Batch is the number of the national batch planned against.
	Batch int           `json:"batch"`
	Lines []CascadeLine `json:"lines"`
	// Unknown lists unit names found in no unit below the issuing unit, each with
	// the closest known names; nothing is created for them unless the user
	// confirms creating them.
	Unknown     []UnknownUnit `json:"unknown"`
	Diagnostics []Diagnostic  `json:"diagnostics"`
}

// CascadeLine is the division of one national item.
type CascadeLine struct {
	Line      int        `json:"line"`
	ItemID    int64      `json:"item_id"`
	ItemSeq   int        `json:"item_seq"`
	ItemName  string     `json:"item_name"` // the national item's name
	Written   string     `json:"written"`   // the name as the re-issue wrote it
	Divisions []Division `json:"divisions"`
}

// UnknownUnit is a unit name a re-issue uses that matches no known unit.
type UnknownUnit struct {
	Name        string   `json:"name"`
	Lines       []int    `json:"lines"`
	Suggestions []string `json:"suggestions"` // closest known names, best first
	// Reason says why the name was not resolved; only a ReasonUnknown name
	// may become a new unit, when asked; a ReasonStandard one becomes the
	// standard department Create names, without being asked.
	Reason string `json:"reason"`
	Create string `json:"create,omitempty"` // ReasonStandard: the unit created for it on first use
}

// Reasons a unit name is not resolved.
const (
	ReasonUnknown   = "unknown"   // no unit below has the name
	ReasonAmbiguous = "ambiguous" // several units fit it equally (Suggestions lists them): choose one
	ReasonVague     = "vague"     // it designates no definite unit (有关单位, 沿海各市): name the units
)
