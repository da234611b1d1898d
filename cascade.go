package rollout

import (
	"errors"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"rollout/msg"
)

// Thresholds of PlanCascade.
const (
	// seqAgreement is the least Similarity at which a row's name agrees with
	// the national item its 序号 points to: the number is evidence of its own,
	// so a looser wording (推进工程建设项目审批“三化”改革 for 工程建设项目审批
	// 统一化、标准化、信息化, 0.48) is accepted, and reported.
	seqAgreement = 0.3
	// suggestThreshold is the least Similarity of normalised unit names at
	// which a known unit is suggested for an unknown name (省知识产区局 →
	// 省知识产权局 0.60, 省发展改委 → 省发展改革委 0.67; 省税务局 → 市商务局
	// 0.50 and 广州海关 → 广州市 0.40 are not suggested).
	suggestThreshold = 0.55
	// maxSuggestions is how many units are suggested for an unknown name.
	maxSuggestions = 3
)

// PlanCascade resolves a re-issue against the national batch's items and the
// units below the issuing unit, and returns the divisions to create, the unit
// names it could not resolve and what it met on the way. It is pure: nothing
// is stored, and the same input gives the same plan.
//
// items are the batch's items (with IDs); owner is the issuing unit (ID and
// Path set); below is every active unit in owner's subtree, owner excluded.
// Units elsewhere in the tree are not matched: a name found only there is
// unknown here.
//
// Items. A row goes to the item whose name (or an alias) its own name fits
// best, at least SimilarityThreshold; a row whose normalised name contains an
// item's whole normalised name (推广“航空货运电子化”) fits that item fully. When
// the document numbers its rows as the notice numbers its items (of the
// numbered rows whose name fits an item, at least half carry its number), the
// 序号 counts too: a row goes to the item of its number when the names agree
// loosely (Similarity at least 0.3) and no other item fits better above the
// threshold. A document with its own numbering (a city's 1. 2. 3. running
// through its domains) is matched by name only.
// Rows for the same item (a table with one row per measure) are merged into
// one line: the first lead named stays lead, a unit keeps the role and terms
// of the row that named it first.
//
// Units. A name is matched to the units in below, first exactly on Name,
// FullName or an alias; then in a normalised form: punctuation and spaces
// removed (NormalizeName), common abbreviations written out (see
// unitAbbreviations: 省发改委 is 省发展改革委), 人民政府 dropped, and the name
// of the owner or of the unit's parent taken off the front (广东省商务厅,
// 广东商务厅 and 省商务厅 are one name; so are 深圳市商务局 and 市商务局 under
// 深圳市). Where several units fit, the one nearest the owner wins; a tie is
// ambiguous. A name with a bracketed second name (市市场监管局（市知识产权局）)
// is tried whole, then by its first and its bracketed part. Group phrases
// expand to sets (see unitGroups): 各地级以上市人民政府 is every city directly
// below the owner, 各县（市、区） every county, 自贸试验区各片区 every FTZ area.
//
// Divisions. The first lead name gives the lead; further lead names give
// co-units; co names give co-units; a unit named as lead and as co is lead.
// Each division carries the row's deadline (ParseDeadline), deliverable,
// contact and notes.
//
// Diagnostics (level in brackets; Line is the re-issue's line):
//
//	item-worded       [info]    a row names its item differently; matched by name similarity
//	                  [warning] matched by its 序号 only, the names agreeing loosely
//	item-seq-only     [warning] a row without a name, matched by its 序号
//	item-seq-differs  [info]    the row's 序号 is another item's number; matched by name
//	item-seq-own      [info]    the document numbers its rows its own way; all rows matched by name
//	item-unmatched    [warning] a row matching no item; the closest items are named; nothing planned for it
//	item-rows-merged  [info]    a second row for an item already divided; merged into its line
//	items-undivided   [info]    items of the batch that no row divides
//	lead-multiple     [info]    several lead units: the first leads, the others are co-units
//	lead-group        [info]    the lead is a group of units: each becomes a co-unit, no unit leads
//	unit-repeated     [info]    a unit named twice in a row (as lead and co: it leads)
//	unit-normalised   [info]    a name matched in its normalised form (省发改委 → 省发展改革委)
//	unit-ambiguous    [warning] a name several units fit equally; listed in Unknown with them as suggestions
//	unit-vague        [warning] a name that designates no definite unit (有关单位, 沿海各地级以上市); listed in Unknown
//	unit-vertical     [warning] a branch of a vertical agency or a court (海关, 人民银行…分行, 海事局, 法院): coordinated, not assigned; no division, not in Unknown
//	unit-group-empty  [warning] a group phrase with no unit of its kind below the owner
//	unit-owner        [warning] a name of the issuing unit itself, which cannot be given its own task
//	row-no-units      [warning] a matched row that names no unit
//
// Names matching no unit are listed in CascadePlan.Unknown with up to three
// suggestions and a reason: ReasonUnknown, or ReasonAmbiguous and
// ReasonVague, which no new unit would mend. No division is planned for
// them. The re-issue's own diagnostics are not repeated.
func PlanCascade(r *Reissue, items []Item, owner *Unit, below []*Unit) CascadePlan {
	return planCascade(r, items, owner, below, nil)
}

func planCascade(r *Reissue, items []Item, owner *Unit, below []*Unit, std []StandardDepartment) CascadePlan {
	c := &cascader{
		owner:    owner,
		std:      std,
		plan:     CascadePlan{Lines: []CascadeLine{}, Unknown: []UnknownUnit{}, Diagnostics: []Diagnostic{}},
		items:    items,
		units:    newUnitIndex(owner, below),
		resolved: map[string]resolution{},
		unknown:  map[string]int{},
		lineOf:   map[int]int{},
	}
	if len(items) > 0 {
		c.plan.Batch = items[0].Batch
	}
	if r == nil {
		return c.plan
	}
	scores := make([][]float64, len(r.Rows))
	for k := range r.Rows {
		scores[k] = c.scoreRow(&r.Rows[k])
	}
	c.national = c.nationalNumbering(r.Rows, scores)
	for k := range r.Rows {
		c.row(&r.Rows[k], scores[k])
	}
	if !c.national {
		c.diag(LevelInfo, "item-seq-own", 0, "err.cascade.diag.item-seq-own")
	}
	c.reportUndivided()
	return c.plan
}

// cascader builds one plan.
type cascader struct {
	owner    *Unit
	std      []StandardDepartment // the standard departments of a provincial-level owner (PlanCascadeWith)
	plan     CascadePlan
	items    []Item
	units    *unitIndex
	resolved map[string]resolution // by name as written
	unknown  map[string]int        // name → index in plan.Unknown
	lineOf   map[int]int           // item index → index in plan.Lines
	national bool                  // rows are numbered as the notice numbers its items
}

// diag records a finding: key names its message in the catalogue
// (msg/err_task.go, err.cascade.diag.*).
func (c *cascader) diag(level, code string, no int, key string, args ...any) {
	c.plan.Diagnostics = append(c.plan.Diagnostics, Diag(level, code, no, key, args...))
}

// row plans one row of the re-issue, given how it fits each item.
func (c *cascader) row(row *ReissueRow, scores []float64) {
	k, ok := c.matchItem(row, scores)
	if !ok {
		return
	}
	it := &c.items[k]
	li, seen := c.lineOf[k]
	if seen {
		first := c.plan.Lines[li]
		c.diag(LevelInfo, "item-rows-merged", row.Line, "err.cascade.diag.item-rows-merged", first.Line, it.Seq, it.Name)
	} else {
		li = len(c.plan.Lines)
		c.lineOf[k] = li
		c.plan.Lines = append(c.plan.Lines, CascadeLine{Line: row.Line, ItemID: it.ID, ItemSeq: it.Seq,
			ItemName: it.Name, Written: rowItemName(row), Divisions: []Division{}})
	}
	c.divide(&c.plan.Lines[li], row)
}

func rowItemName(row *ReissueRow) string {
	if row.ItemName != "" {
		return row.ItemName
	}
	return row.Measures
}

// itemScore is how well a row's name fits an item: 1 when equal once
// normalised or when the row's name contains the item's (a name or an alias of
// at least four characters), else the best Similarity.
func itemScore(written string, it *Item) float64 {
	w := NormalizeName(written)
	if w == "" {
		return 0
	}
	best := 0.0
	for _, name := range append([]string{it.Name}, it.Aliases...) {
		n := NormalizeName(name)
		if n == w || (utf8.RuneCountInString(n) >= 4 && strings.Contains(w, n)) {
			return 1
		}
		best = max(best, Similarity(w, n))
	}
	return best
}

// scoreRow returns how well a row's name fits each item.
func (c *cascader) scoreRow(row *ReissueRow) []float64 {
	written := rowItemName(row)
	scores := make([]float64, len(c.items))
	for k := range c.items {
		scores[k] = itemScore(written, &c.items[k])
	}
	return scores
}

// itemBySeq returns the index of the item numbered seq, or -1.
func (c *cascader) itemBySeq(seq int) int {
	for k := range c.items {
		if seq > 0 && c.items[k].Seq == seq {
			return k
		}
	}
	return -1
}

// bestItem returns the item a row's name fits best (among equals, prefer),
// or -1 when there are no items.
func bestItem(scores []float64, prefer int) int {
	best := -1
	for k, s := range scores {
		if best < 0 || s > scores[best] || (s == scores[best] && k == prefer) {
			best = k
		}
	}
	return best
}

// nationalNumbering reports whether the rows are numbered as the notice
// numbers its items: of the numbered rows whose name fits an item above the
// threshold, at least half carry that item's number (true when none tells).
func (c *cascader) nationalNumbering(rows []ReissueRow, scores [][]float64) bool {
	agree, differ := 0, 0
	for k, row := range rows {
		if row.Seq <= 0 {
			continue
		}
		best := bestItem(scores[k], c.itemBySeq(row.Seq))
		switch {
		case best < 0 || scores[k][best] < SimilarityThreshold:
		case c.items[best].Seq == row.Seq:
			agree++
		default:
			differ++
		}
	}
	return agree >= differ
}

// matchItem finds the item of a row (an index into c.items); see PlanCascade.
func (c *cascader) matchItem(row *ReissueRow, scores []float64) (int, bool) {
	written := rowItemName(row)
	bySeq := -1
	if c.national {
		bySeq = c.itemBySeq(row.Seq)
	}
	if written == "" {
		if bySeq >= 0 {
			c.diag(LevelWarning, "item-seq-only", row.Line, "err.cascade.diag.item-seq-only", row.Seq, c.items[bySeq].Name)
			return bySeq, true
		}
		c.diag(LevelWarning, "item-unmatched", row.Line, "err.cascade.diag.item-unmatched")
		return -1, false
	}
	best := bestItem(scores, bySeq)
	switch {
	case bySeq >= 0 && scores[bySeq] >= seqAgreement && !(scores[best] >= SimilarityThreshold && scores[best] > scores[bySeq]):
		c.reportWording(row, bySeq, scores[bySeq], true)
		return bySeq, true
	case best >= 0 && scores[best] >= SimilarityThreshold:
		if bySeq >= 0 && best != bySeq {
			c.diag(LevelInfo, "item-seq-differs", row.Line, "err.cascade.diag.item-seq-differs",
				clip(written, 30), row.Seq, c.items[best].Seq, c.items[best].Name)
		}
		c.reportWording(row, best, scores[best], false)
		return best, true
	}
	c.diag(LevelWarning, "item-unmatched", row.Line, "err.cascade.diag.item-unmatched-2",
		clip(written, 30), c.closestItems(scores))
	return -1, false
}

// reportWording reports a row matched to item k whose name is not the item's.
func (c *cascader) reportWording(row *ReissueRow, k int, score float64, bySeq bool) {
	if score >= 1 {
		return
	}
	it := &c.items[k]
	if bySeq && score < SimilarityThreshold {
		c.diag(LevelWarning, "item-worded", row.Line, "err.cascade.diag.item-worded-far",
			clip(rowItemName(row), 30), it.Seq, it.Name, score)
		return
	}
	c.diag(LevelInfo, "item-worded", row.Line, "err.cascade.diag.item-worded",
		clip(rowItemName(row), 30), it.Seq, it.Name, score)
}

// closestItems names the items nearest a row that matched none.
func (c *cascader) closestItems(scores []float64) closestItems {
	order := make([]int, 0, len(scores))
	for k, s := range scores {
		if s > 0 {
			order = append(order, k)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return scores[order[i]] > scores[order[j]] })
	var out closestItems
	for _, k := range order[:min(len(order), 3)] {
		out = append(out, closeItem{c.items[k].Seq, c.items[k].Name, scores[k]})
	}
	return out
}

// closestItems are the items nearest a row that matched none, as a finding
// says them.
type closestItems []closeItem

type closeItem struct {
	seq   int
	name  string
	score float64
}

func (cs closestItems) Text(l msg.Lang) string {
	if len(cs) == 0 {
		return msg.Text(l, "err.cascade.closest-none")
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = msg.Text(l, "err.cascade.closest-item", c.seq, c.name, c.score)
	}
	return msg.Text(l, "err.cascade.closest", strings.Join(names, msg.Text(l, "err.task.list_sep")))
}

// itemSeqList is a list of item numbers, said with the list separator.
type itemSeqList []string

func (s itemSeqList) Text(l msg.Lang) string {
	return strings.Join(s, msg.Text(l, "err.task.list_sep"))
}

// reportUndivided lists, in one diagnostic, the items no row divides.
func (c *cascader) reportUndivided() {
	var seqs []string
	for k, it := range c.items {
		if _, ok := c.lineOf[k]; !ok {
			seqs = append(seqs, strconv.Itoa(it.Seq))
		}
	}
	if len(seqs) > 0 && len(c.plan.Lines) > 0 {
		c.diag(LevelInfo, "items-undivided", 0, "err.cascade.diag.items-undivided", itemSeqList(seqs))
	}
}

// divide adds the divisions of one row to its line.
func (c *cascader) divide(line *CascadeLine, row *ReissueRow) {
	base := Division{Deadline: ParseDeadline(row.Deadline), Deliverable: row.Deliverable, Contact: row.Contact, Notes: row.Notes}
	hasLead := false
	for _, d := range line.Divisions {
		hasLead = hasLead || d.Role == RoleLead
	}
	named := map[int64]bool{} // units this row names by themselves
	var others []string
	for i, name := range row.Lead {
		units, group := c.resolve(name, row.Line)
		if i > 0 || hasLead {
			others = append(others, name)
		}
		switch {
		case len(units) == 0:
		case i == 0 && group:
			c.diag(LevelInfo, "lead-group", row.Line, "err.cascade.diag.lead-group", name)
			c.add(line, base, units, RoleCo, nil, row.Line)
		case i == 0 && !hasLead:
			c.add(line, base, units, RoleLead, named, row.Line)
			hasLead = true
		default:
			c.add(line, base, units, RoleCo, named, row.Line)
		}
	}
	if len(others) > 0 {
		c.diag(LevelInfo, "lead-multiple", row.Line, "err.cascade.diag.lead-multiple", unitNameList{names: others})
	}
	for _, name := range row.Co {
		units, group := c.resolve(name, row.Line)
		if group {
			c.add(line, base, units, RoleCo, nil, row.Line)
		} else {
			c.add(line, base, units, RoleCo, named, row.Line)
		}
	}
	if len(row.Lead) == 0 && len(row.Co) == 0 {
		c.diag(LevelWarning, "row-no-units", row.Line, "err.cascade.diag.row-no-units", line.ItemSeq, line.ItemName)
	}
}

// add puts units on the line with role, unless they are there already (a
// unit keeps the role it was given first; lead before co within a row).
// named, when not nil, collects the units named singly, to report one named
// twice.
func (c *cascader) add(line *CascadeLine, base Division, units []*Unit, role TaskRole, named map[int64]bool, no int) {
	for _, u := range units {
		if named != nil {
			if named[u.ID] {
				c.diag(LevelInfo, "unit-repeated", no, "err.cascade.diag.unit-repeated", u.Name, roleName(line, u.ID))
			}
			named[u.ID] = true
		}
		if hasUnit(line, u.ID) {
			continue
		}
		d := base
		d.UnitID, d.Role = u.ID, role
		line.Divisions = append(line.Divisions, d)
	}
}

func hasUnit(line *CascadeLine, id int64) bool {
	for _, d := range line.Divisions {
		if d.UnitID == id {
			return true
		}
	}
	return false
}

func roleName(line *CascadeLine, id int64) msg.Key {
	for _, d := range line.Divisions {
		if d.UnitID == id && d.Role == RoleLead {
			return "role.lead"
		}
	}
	return "role.co"
}

// resolution is what a unit name as written resolves to.
type resolution struct {
	units      []*Unit
	group      bool
	normalised bool // matched in normalised form
}

// resolve returns the units a name stands for and whether it is a group
// phrase. A name that resolves to nothing is reported once (Unknown or a
// diagnostic); later lines are added to its Unknown entry.
func (c *cascader) resolve(name string, no int) ([]*Unit, bool) {
	if res, ok := c.resolved[name]; ok {
		if k, unknown := c.unknown[name]; unknown {
			c.addUnknownLine(k, no)
		}
		return res.units, res.group
	}
	res := c.lookup(name, no)
	c.resolved[name] = res
	if res.normalised && len(res.units) == 1 {
		c.diag(LevelInfo, "unit-normalised", no, "err.cascade.diag.unit-normalised", name, c.units.display(res.units[0]))
	}
	return res.units, res.group
}

// lookup resolves a name for the first time, reporting what it cannot.
func (c *cascader) lookup(name string, no int) resolution {
	ix := c.units
	if ix.isOwner(name) {
		c.diag(LevelWarning, "unit-owner", no, "err.cascade.diag.unit-owner", name)
		return resolution{}
	}
	switch kind, members := ix.group(name); kind {
	case groupSet:
		if len(members) == 0 {
			c.diag(LevelWarning, "unit-group-empty", no, "err.cascade.diag.unit-group-empty", name)
		}
		return resolution{units: members, group: true}
	case groupVague:
		c.diag(LevelWarning, "unit-vague", no, "err.cascade.diag.unit-vague", name)
		c.newUnknown(name, no, ReasonVague, nil)
		return resolution{}
	}
	units, normalised := ix.match(name)
	if len(units) == 0 {
		if outer, inner, ok := splitBracketName(name); ok {
			for _, part := range []string{outer, inner} {
				if res := c.lookupQuiet(part); len(res.units) > 0 {
					res.normalised = true
					return res
				}
			}
		}
	}
	switch {
	case len(units) == 1:
		return resolution{units: units, normalised: normalised}
	case len(units) > 1:
		var names []string
		for _, u := range units {
			names = append(names, ix.display(u))
		}
		c.diag(LevelWarning, "unit-ambiguous", no, "err.cascade.diag.unit-ambiguous", name, unitNameList{names: names})
		c.newUnknown(name, no, ReasonAmbiguous, names[:min(len(names), maxSuggestions)])
		return resolution{}
	}
	if isVerticalName(name) {
		c.diag(LevelWarning, "unit-vertical", no, "err.cascade.diag.unit-vertical", name)
		return resolution{}
	}
	exact, close := standardMatches(name, c.owner, c.std)
	switch {
	case len(exact) == 1:
		c.newUnknown(name, no, ReasonStandard, []string{})
		c.plan.Unknown[len(c.plan.Unknown)-1].Create = exact[0]
		c.diag(LevelInfo, "unit-standard", no, "err.cascade.diag.unit-standard", name, exact[0])
		return resolution{}
	case len(exact) > 1:
		c.diag(LevelWarning, "unit-ambiguous", no, "err.cascade.diag.unit-ambiguous", name, unitNameList{names: exact})
		c.newUnknown(name, no, ReasonAmbiguous, exact[:min(len(exact), maxSuggestions)])
		return resolution{}
	}
	suggestions := ix.suggest(name)
	for _, s := range close {
		if len(suggestions) < maxSuggestions && !slices.Contains(suggestions, s) {
			suggestions = append(suggestions, s)
		}
	}
	c.newUnknown(name, no, ReasonUnknown, suggestions)
	return resolution{}
}

// verticalName matches the names of the local branches of vertical agencies and
// of courts (DOMAIN.md §3): customs, the central bank and the foreign-exchange
// administration, tax, the financial regulators and CSRC, maritime, civil
// aviation. A province coordinates them but cannot assign them tasks.
var verticalName = regexp.MustCompile(`(海关|人民银行|外汇管理|税务局|金融监管|银保监|证监局|海事局|民航|法院)`)

// isVerticalName reports whether a unit name is that of a vertical agency's
// branch or a court.
// 地方金融监管局 is a local government's own department, not a regulator's branch.
func isVerticalName(name string) bool {
	return verticalName.MatchString(name) && !strings.Contains(name, "地方金融")
}

// lookupQuiet resolves part of a name (of 市市场监管局（市知识产权局）) without
// reporting anything: groups and single units only.
func (c *cascader) lookupQuiet(name string) resolution {
	if kind, members := c.units.group(name); kind == groupSet {
		return resolution{units: members, group: true}
	}
	if units, _ := c.units.match(name); len(units) == 1 {
		return resolution{units: units}
	}
	return resolution{}
}

func (c *cascader) newUnknown(name string, no int, reason string, suggestions []string) {
	if suggestions == nil {
		suggestions = []string{}
	}
	c.unknown[name] = len(c.plan.Unknown)
	c.plan.Unknown = append(c.plan.Unknown, UnknownUnit{Name: name, Lines: []int{no}, Suggestions: suggestions, Reason: reason})
}

func (c *cascader) addUnknownLine(k, no int) {
	u := &c.plan.Unknown[k]
	if u.Lines[len(u.Lines)-1] != no {
		u.Lines = append(u.Lines, no)
	}
}

// splitBracketName splits 市市场监管局（市知识产权局） into its two names. It
// reports false when the name does not end with a bracketed part.
func splitBracketName(name string) (outer, inner string, ok bool) {
	name = strings.TrimSpace(name)
	if !strings.HasSuffix(name, "）") && !strings.HasSuffix(name, ")") {
		return "", "", false
	}
	i := strings.LastIndexAny(name, "（(")
	if i <= 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(name[i:])
	_, last := utf8.DecodeLastRuneInString(name)
	outer, inner = strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+size:len(name)-last])
	return outer, inner, outer != "" && inner != ""
}

// clip shortens s to n runes for a message, marking the cut with …
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// unitAbbreviations pairs the common short forms of unit names with the form
// names are compared in (the official short form). Both the names written in
// a re-issue and the names of units are rewritten so before they are compared.
// Longer forms come first; a short form carries its 厅/局/委 where the bare
// stem would also occur inside other names (市监 in 市监察委员会).
var unitAbbreviations = []string{
	"发展和改革委员会", "发展改革委",
	"发展改革委员会", "发展改革委",
	"发改委", "发展改革委",
	"人力资源和社会保障", "人力资源社会保障",
	"人社厅", "人力资源社会保障厅",
	"人社局", "人力资源社会保障局",
	"住房和城乡建设", "住房城乡建设",
	"住建厅", "住房城乡建设厅",
	"住建局", "住房城乡建设局",
	"住建委", "住房城乡建设委",
	"工信厅", "工业和信息化厅",
	"工信局", "工业和信息化局",
	"卫生健康委员会", "卫生健康委",
	"卫健委", "卫生健康委",
	"卫健局", "卫生健康局",
	"市场监督管理局", "市场监管局",
	"市监局", "市场监管局",
	"医保局", "医疗保障局",
	"交通厅", "交通运输厅",
	"交通局", "交通运输局",
	"科学技术厅", "科技厅",
	"科学技术局", "科技局",
	"政数局", "政务服务数据管理局",
	"金融监督管理局", "金融监管局",
	"生态环境保护厅", "生态环境厅",
}

var abbreviations = strings.NewReplacer(unitAbbreviations...)

// canonName is a unit name as compared: normalised (NormalizeName), short
// forms written out, a trailing 人民政府 or 政府 dropped.
func canonName(s string) string {
	c := abbreviations.Replace(NormalizeName(s))
	for _, suf := range []string{"人民政府", "政府"} {
		if rest, ok := strings.CutSuffix(c, suf); ok && rest != "" {
			return rest
		}
	}
	return c
}

// Suffixes of place names, longest first, for their short forms (广东省 →
// 广东, 深圳市 → 深圳) and level words (省, 市, 区).
var placeSuffixes = []string{"维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "省", "市", "县", "区", "州", "盟", "旗"}

// contextPrefixes returns what a name written in the context of unit p may
// start with and leave out: p's names and, for a government, its short form
// and its level word (广东省: 广东省, 广东, 省), longest first.
func contextPrefixes(p *Unit) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, n := range p.Names() {
		add(canonName(n))
	}
	name := NormalizeName(p.Name)
	for _, suf := range placeSuffixes {
		if p.Kind != KindProvince && p.Kind != KindCity && p.Kind != KindCounty {
			break // only governments are named by place
		}
		if rest, ok := strings.CutSuffix(name, suf); ok {
			if utf8.RuneCountInString(rest) >= 2 {
				add(rest)
			}
			add(suf)
			if strings.HasSuffix(suf, "自治区") {
				add("自治区")
				add("区")
			}
			break
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return utf8.RuneCountInString(out[i]) > utf8.RuneCountInString(out[j]) })
	return out
}

// nameKeys returns the keys a name is found under in the context given by
// prefixes: its canonical form and, when it starts with one of the prefixes,
// what follows (at least two characters).
func nameKeys(name string, prefixes []string) []string {
	c := canonName(name)
	if c == "" {
		return nil
	}
	keys := []string{c}
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(c, p); ok && utf8.RuneCountInString(rest) >= 2 {
			return append(keys, rest)
		}
	}
	return keys
}

// unitIndex finds units below an owner by name.
type unitIndex struct {
	owner     *Unit
	below     []*Unit
	byID      map[int64]*Unit
	exact     map[string][]*Unit // every name as written
	keyed     map[string][]*Unit // every key (nameKeys, and keys qualified by the parent's names)
	keys      map[int64][]string
	ownerPre  []string
	ownerKeys map[string]bool
	dup       map[string]bool // names several units bear
}

func newUnitIndex(owner *Unit, below []*Unit) *unitIndex {
	ix := &unitIndex{owner: owner, byID: map[int64]*Unit{}, exact: map[string][]*Unit{}, keyed: map[string][]*Unit{},
		keys: map[int64][]string{}, ownerKeys: map[string]bool{}, dup: map[string]bool{}}
	if owner != nil {
		ix.byID[owner.ID] = owner
		ix.ownerPre = contextPrefixes(owner)
		for _, p := range ix.ownerPre {
			ix.ownerKeys[p] = true
		}
	}
	count := map[string]int{}
	for _, u := range below {
		if u == nil || (owner != nil && u.ID == owner.ID) {
			continue
		}
		ix.below = append(ix.below, u)
		ix.byID[u.ID] = u
		count[u.Name]++
	}
	for name, n := range count {
		ix.dup[name] = n > 1
	}
	for _, u := range ix.below {
		for _, n := range u.Names() {
			if n = strings.TrimSpace(n); n != "" {
				ix.exact[n] = appendUnit(ix.exact[n], u)
			}
		}
		for _, k := range ix.unitKeys(u) {
			ix.keyed[k] = appendUnit(ix.keyed[k], u)
		}
	}
	return ix
}

// unitKeys returns the keys of a unit: those of each of its names in the
// context of its parent, and each of them qualified by the parent's names
// (市商务局 under 深圳市 is also 深圳市商务局 and 深圳商务局).
func (ix *unitIndex) unitKeys(u *Unit) []string {
	var pre []string
	if p := ix.byID[u.ParentID]; p != nil {
		pre = contextPrefixes(p)
	}
	seen := map[string]bool{}
	var out []string
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for _, n := range u.Names() {
		ks := nameKeys(n, pre)
		for _, k := range ks {
			add(k)
		}
		if len(ks) > 0 {
			base := ks[len(ks)-1]
			for _, p := range pre {
				add(p + base)
			}
		}
	}
	ix.keys[u.ID] = out
	return out
}

func appendUnit(us []*Unit, u *Unit) []*Unit {
	for _, x := range us {
		if x == u {
			return us
		}
	}
	return append(us, u)
}

// depth is a unit's depth in the tree, from its Path.
func depth(u *Unit) int { return strings.Count(u.Path, "/") }

// nearest keeps the units nearest the owner (the shallowest).
func nearest(us []*Unit) []*Unit {
	best := -1
	var out []*Unit
	for _, u := range us {
		switch d := depth(u); {
		case best < 0 || d < best:
			best, out = d, []*Unit{u}
		case d == best:
			out = append(out, u)
		}
	}
	return out
}

// match returns the units a single name fits, nearest the owner first
// (several when it is ambiguous), and whether the fit needed normalising.
func (ix *unitIndex) match(name string) ([]*Unit, bool) {
	if us := ix.exact[strings.TrimSpace(name)]; len(us) > 0 {
		return nearest(us), false
	}
	for _, k := range nameKeys(name, ix.ownerPre) {
		if us := ix.keyed[k]; len(us) > 0 {
			return nearest(us), true
		}
	}
	return nil, false
}

// isOwner reports whether name names the owner itself (省政府, 广东省人民政府).
func (ix *unitIndex) isOwner(name string) bool {
	return ix.owner != nil && ix.ownerKeys[canonName(name)]
}

// Kinds of group phrase.
const (
	groupNone  = iota
	groupSet   // a definite set: every city directly below the owner, …
	groupVague // no definite set: 有关单位, 沿海各市
)

// unitGroups are the group phrases, in the form canonName gives them (各县
// （市、区）人民政府 is 各县市区), and the units they stand for: units of the
// kinds directly below the owner, or anywhere below it.
var unitGroups = []struct {
	phrases  []string
	kinds    []UnitKind
	anyDepth bool
}{
	{[]string{"各市州", "各地级以上市", "各地级市", "各市", "各地市", "各地州市", "各市地", "各州市", "各设区市", "各设区的市"}, []UnitKind{KindCity}, false},
	{[]string{"各县市区", "各县区", "各区县", "各县", "各区", "各县市", "各区县市", "各旗县市区"}, []UnitKind{KindCounty}, false},
	{[]string{"各市县区", "各市县"}, []UnitKind{KindCity, KindCounty}, false},
	{[]string{"各片区", "自贸试验区各片区", "各自贸片区", "自贸区各片区"}, []UnitKind{KindFTZArea}, true},
}

var (
	// Words before a group phrase that leave its set undecided.
	vagueQualifiers = []string{"沿海", "有关", "相关", "部分", "其他", "其余", "具备条件的", "有条件的"}
	// Words that designate no definite unit wherever they stand.
	vagueWords = []string{"有关单位", "有关部门", "相关单位", "相关部门", "各有关", "各相关", "各部门", "各单位", "成员单位"}
	// Words before a group phrase that change nothing.
	groupPrefixes = []string{"全省", "全市", "全区", "我省", "我市", "我区", "本省", "本市"}
)

// group tells whether name is a group phrase and, for a definite one, its
// members, ordered by code and name.
func (ix *unitIndex) group(name string) (int, []*Unit) {
	g := canonName(name)
	for _, suf := range []string{"管理委员会", "管委会"} {
		g = strings.TrimSuffix(g, suf)
	}
	for _, p := range append(append([]string(nil), groupPrefixes...), ix.ownerPre...) {
		if rest, ok := strings.CutPrefix(g, p); ok && strings.HasPrefix(rest, "各") {
			g = rest
			break
		}
	}
	for _, grp := range unitGroups {
		for _, phrase := range grp.phrases {
			if g == phrase {
				return groupSet, ix.members(grp.kinds, grp.anyDepth)
			}
		}
	}
	for _, q := range vagueQualifiers {
		if rest, ok := strings.CutPrefix(g, q); ok && strings.HasPrefix(rest, "各") {
			return groupVague, nil
		}
	}
	for _, w := range vagueWords {
		if strings.Contains(g, w) {
			return groupVague, nil
		}
	}
	return groupNone, nil
}

func (ix *unitIndex) members(kinds []UnitKind, anyDepth bool) []*Unit {
	var out []*Unit
	for _, u := range ix.below {
		if !anyDepth && (ix.owner == nil || u.ParentID != ix.owner.ID) {
			continue
		}
		for _, k := range kinds {
			if u.Kind == k {
				out = append(out, u)
				break
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Code != out[j].Code {
			return out[i].Code < out[j].Code
		}
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// display names a unit for a person: its name, with its parent's where
// several units bear the name (市商务局（深圳市）).
func (ix *unitIndex) display(u *Unit) string {
	if p := ix.byID[u.ParentID]; ix.dup[u.Name] && p != nil {
		return u.Name + "（" + p.Name + "）"
	}
	return u.Name
}

// suggest returns up to maxSuggestions units whose normalised names are
// closest to name (at least suggestThreshold), best first.
func (ix *unitIndex) suggest(name string) []string {
	type cand struct {
		u     *Unit
		score float64
	}
	ws := nameKeys(name, ix.ownerPre)
	var cands []cand
	for _, u := range ix.below {
		best := 0.0
		for _, w := range ws {
			for _, k := range ix.keys[u.ID] {
				best = max(best, Similarity(w, k))
			}
		}
		if best >= suggestThreshold {
			cands = append(cands, cand{u, best})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if depth(a.u) != depth(b.u) {
			return depth(a.u) < depth(b.u)
		}
		return a.u.Name < b.u.Name
	})
	out := []string{}
	seen := map[string]bool{}
	for _, c := range cands {
		if d := ix.display(c.u); !seen[d] && len(out) < maxSuggestions {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// BatchName is a national batch as people name it: 第七批, Batch 7.
type BatchName int

// Text names the batch in language l.
func (n BatchName) Text(l msg.Lang) string {
	if l == msg.ZH {
		return msg.Text(l, "err.task.batch_zh", smallNumeral(int(n)))
	}
	return msg.Text(l, "err.task.batch_zh", strconv.Itoa(int(n)))
}

// smallNumeral writes 1–99 in Chinese numerals (七, 十二, 二十); other numbers
// in digits.
func smallNumeral(n int) string {
	const digits = "零一二三四五六七八九"
	d := []rune(digits)
	switch {
	case n < 1 || n > 99:
		return strconv.Itoa(n)
	case n < 10:
		return string(d[n])
	}
	s := "十"
	if n/10 > 1 {
		s = string(d[n/10]) + s
	}
	if n%10 > 0 {
		s += string(d[n%10])
	}
	return s
}

// CheckNewUnits decides the unit names a cascade creates, as departments under
// owner: each must be a name the plan over the units below owner as they are
// (before) found in no unit (ReasonUnknown, or ReasonStandard, which would be
// created anyway; not an ambiguous or vague one), and
// none may be the name of a unit elsewhere in the tree (elsewhere: a
// government, FTZ or central unit outside owner's reach), which owner cannot
// give tasks to. Refusals are EINVALID.
func CheckNewUnits(owner *Unit, before CascadePlan, names []string, elsewhere map[string]bool) error {
	for _, n := range names {
		if !slices.ContainsFunc(before.Unknown, func(u UnknownUnit) bool {
			return u.Name == n && (u.Reason == ReasonUnknown || u.Reason == ReasonStandard)
		}) {
			return E(EINVALID, "err.task.cascade_not_unknown", n)
		}
	}
	for _, n := range names {
		if elsewhere[n] {
			return E(EINVALID, "err.task.cascade_elsewhere", n, owner.Name, owner.Name)
		}
	}
	return nil
}

// CascadeDivision is a planned line to store: its divisions of the owner's task.
type CascadeDivision struct {
	Line   CascadeLine
	TaskID int64 // the owner's task for the line's item, or the one it divides on behalf of
	// Holder names the unit below the owner whose task is divided on its
	// behalf (an FTZ's item divided among the FTZ's areas by its province);
	// "" for the owner's own task.
	Holder string
}

// TasksByItem picks, from a unit's own tasks, the one a cascade divides for
// each item: its implementing task when it holds one, else its other task.
func TasksByItem(own []*Task) map[int64]*Task {
	taskOf := map[int64]*Task{}
	for _, t := range own {
		if taskOf[t.ItemID] == nil || t.Role == RoleImplement {
			taskOf[t.ItemID] = t
		}
	}
	return taskOf
}

// DecideCascade decides a re-issue's division of work planned over the units
// below owner (below: as planned, the new ones created): at least one line
// must match an item; every planned division within the bounds of a division
// (the line and item say where); no name may be left unknown; owner must hold
// a task (tasks, by item ID) for every item planned, or divide on behalf of
// the one unit below it that holds it. It returns the lines that divide
// something, each with the task it divides; each is then decided by
// DecideDivide. Refusals are EINVALID.
//
// heldBelow lists, for items owner holds no task of, the first-level tasks of
// units below it (an item replicated in FTZs sits with the FTZ in a
// province's territory). When exactly one unit holds the item and every unit
// the line names lies below that unit (自贸试验区各片区 for an FTZ), owner divides
// that unit's task on its behalf (CascadeDivision.Holder names it). Otherwise
// the refusal says which units hold the items, and that the units named are
// not below them.
func DecideCascade(owner *Unit, plan CascadePlan, tasks map[int64]*Task, heldBelow map[int64][]*Task, below []*Unit) ([]CascadeDivision, error) {
	if len(plan.Lines) == 0 {
		return nil, E(EINVALID, "err.task.cascade_nothing", BatchName(plan.Batch))
	}
	if len(plan.Lines) > MaxDivisions {
		return nil, E(EINVALID, "err.task.cascade_too_many", MaxDivisions, len(plan.Lines))
	}
	if err := CheckCascadeBounds(plan); err != nil {
		return nil, err
	}
	if len(plan.Unknown) > 0 {
		names := make([]string, len(plan.Unknown))
		for i, u := range plan.Unknown {
			names[i] = u.Name
		}
		return nil, E(EINVALID, "err.task.cascade_unknown", len(names), unitNameList{names: names}, owner.Name)
	}
	units := map[int64]*Unit{}
	for _, u := range below {
		units[u.ID] = u
	}
	var missing itemSeqs
	var held itemHolders
	onBehalf := map[int]*Task{} // line index → the task divided on its holder's behalf
	for i, l := range plan.Lines {
		if tasks[l.ItemID] != nil {
			continue
		}
		if t := behalfTask(l, heldBelow[l.ItemID], units); t != nil {
			onBehalf[i] = t
			continue
		}
		missing = append(missing, l.ItemSeq)
		if hs := heldBelow[l.ItemID]; len(hs) > 0 {
			var names []string
			for _, t := range hs {
				if !slices.Contains(names, t.UnitName) {
					names = append(names, t.UnitName)
				}
			}
			held = append(held, itemHolder{l.ItemSeq, names})
		}
	}
	if len(held) > 0 {
		return nil, E(EINVALID, "err.task.cascade_no_task_held", owner.Name, missing, held, owner.Name)
	}
	if len(missing) > 0 {
		return nil, E(EINVALID, "err.task.cascade_no_task", owner.Name, missing)
	}
	var out []CascadeDivision
	for i, l := range plan.Lines {
		if len(l.Divisions) == 0 {
			continue
		}
		if t := onBehalf[i]; t != nil {
			out = append(out, CascadeDivision{Line: l, TaskID: t.ID, Holder: t.UnitName})
			continue
		}
		out = append(out, CascadeDivision{Line: l, TaskID: tasks[l.ItemID].ID})
	}
	return out, nil
}

// BehalfNotes are the findings a plan gets for the lines DecideCascade divides
// on another unit's behalf (task-behalf), so that the preview, the dry run
// and the real run say it.
func BehalfNotes(owner *Unit, lines []CascadeDivision) []Diagnostic {
	var out []Diagnostic
	for _, l := range lines {
		if l.Holder != "" {
			out = append(out, Diag(LevelInfo, "task-behalf", l.Line.Line, "err.cascade.diag.task-behalf", l.Line.ItemSeq, l.Holder, owner.Name, l.Holder))
		}
	}
	return out
}

// behalfTask is the task a line divides on its holder's behalf: the one
// first-level task of the item below the issuing unit, when every unit the
// line names lies below the task's unit; nil otherwise.
func behalfTask(l CascadeLine, held []*Task, units map[int64]*Unit) *Task {
	if len(held) != 1 {
		return nil
	}
	t := held[0]
	holder := units[t.UnitID]
	if holder == nil {
		return nil
	}
	for _, d := range l.Divisions {
		u := units[d.UnitID]
		if u == nil || u.ID == holder.ID || !u.Within(holder) {
			return nil
		}
	}
	return t
}

// CheckCascadeBounds holds every planned division to the bounds of a division
// (a document's 完成时限 or 备注 cell that is a paragraph), saying the
// document's line and the item; EINVALID.
func CheckCascadeBounds(plan CascadePlan) error {
	for _, line := range plan.Lines {
		for _, d := range line.Divisions {
			if f, most, n, ok := checkDivisionFields(tidyDivision(d)); !ok {
				return E(EINVALID, "err.task.cascade_too_long", line.Line, line.ItemSeq, f, most, n)
			}
		}
	}
	return nil
}

// InItem says err, a refusal of the division of item seq in a cascade, with
// the item named, keeping its code; an error of the system comes back as it is.
func InItem(seq int, err error) error {
	var e *Error
	if !errors.As(err, &e) {
		return err
	}
	return E(e.Code, "err.task.in_item", seq, e)
}
