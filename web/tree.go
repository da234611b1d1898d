package web

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

// treePage is the data of an item's assignment tree: from the State Council
// down, the guidance tasks of the central units, then the implementing units
// (provinces, Free Trade Zones) with the tasks divided from each, recursively.
type treePage struct {
	layout
	Item      *rollout.Item
	Root      string      // the unit the first-level tasks came from: the State Council
	Guide     []*treeNode // guidance tasks, in the order the item lists its units
	Implement []*treeNode // first-level implementing tasks
	// Orphans are tasks whose parent task is not among the item's tasks; storage
	// should never have them, and if it does they are shown, not hidden.
	Orphans []*treeNode
	Summary string
	Total   int // every task of the item the user may read
	Divided int // units a division just created or updated tasks for (?divided=N); 0 for none
	// Partial: the item has tasks the user may not read, which the tree leaves
	// out; a task whose parent is left out stands at the top.
	Partial bool
}

// treeNode is a task with the tasks divided from it.
type treeNode struct {
	Task     *rollout.Task
	Lamp     lamp // the task's light, filled for the page
	Lead     bool // a guidance task of the item's first listed (lead) responsible unit
	Children []*treeNode
}

// lightTree gives every node of nodes and below its light.
func (s *Server) lightTree(l lang, nodes []*treeNode) {
	for _, n := range nodes {
		n.Lamp = s.lamp(l, n.Task)
		s.lightTree(l, n.Children)
	}
}

// Descendants counts the tasks below n.
func (n *treeNode) Descendants() int {
	c := len(n.Children)
	for _, ch := range n.Children {
		c += ch.Descendants()
	}
	return c
}

// roleOrder puts lead units before co-units among a task's children.
func roleOrder(r rollout.TaskRole) int {
	switch r {
	case rollout.RoleLead:
		return 0
	case rollout.RoleCo:
		return 1
	default:
		return 2
	}
}

// buildTree arranges the item's tasks by ParentID. Children keep the order
// storage gave (unit path), lead units first; guidance tasks follow the order
// of the item's responsible units, the first of which is marked as the lead.
// A task whose parent is among hidden (tasks the user may not read) stands at
// the top, with the implementing tasks; one whose parent is missing from both
// is an orphan.
func buildTree(it *rollout.Item, tasks []*rollout.Task, hidden map[int64]bool) (guide, implement, orphans []*treeNode) {
	nodes := make(map[int64]*treeNode, len(tasks))
	for _, t := range tasks {
		nodes[t.ID] = &treeNode{Task: t}
	}
	for _, t := range tasks {
		n := nodes[t.ID]
		switch parent, ok := nodes[t.ParentID]; {
		case t.ParentID == 0 && t.Role == rollout.RoleGuide:
			guide = append(guide, n)
		case t.ParentID == 0, !ok && hidden[t.ParentID]:
			implement = append(implement, n)
		case ok && parent != n:
			parent.Children = append(parent.Children, n)
		default:
			orphans = append(orphans, n)
		}
	}
	for _, n := range nodes {
		slices.SortStableFunc(n.Children, func(a, b *treeNode) int {
			return cmp.Compare(roleOrder(a.Task.Role), roleOrder(b.Task.Role))
		})
	}
	listed := func(n *treeNode) int {
		if i := slices.Index(it.Responsible, n.Task.UnitName); i >= 0 {
			return i
		}
		return len(it.Responsible)
	}
	slices.SortStableFunc(guide, func(a, b *treeNode) int { return cmp.Compare(listed(a), listed(b)) })
	for _, n := range guide {
		n.Lead = listed(n) == 0
	}
	return guide, implement, orphans
}

// treeSummary is the line above the tree: "31 个省级人民政府、22 个自贸试验区 ·
// 指导单位 1 个 · 下级任务 5 个".
func treeSummary(l lang, guide, implement []*treeNode) string {
	var provinces, ftzs, others, below int
	for _, n := range implement {
		switch n.Task.UnitKind {
		case rollout.KindProvince:
			provinces++
		case rollout.KindFTZ:
			ftzs++
		default:
			others++
		}
		below += n.Descendants()
	}
	for _, n := range guide {
		below += n.Descendants()
	}
	var parts []string
	if provinces > 0 {
		parts = append(parts, tr(l, "tree.count_provinces", provinces))
	}
	if ftzs > 0 {
		parts = append(parts, tr(l, "tree.count_ftzs", ftzs))
	}
	if others > 0 {
		parts = append(parts, tr(l, "tree.count_others", others))
	}
	if len(parts) == 0 {
		parts = append(parts, tr(l, "tree.count_none"))
	}
	out := strings.Join(parts, tr(l, "list.sep")) + " · " + tr(l, "tree.count_guide", len(guide))
	if below > 0 {
		out += " · " + tr(l, "tree.count_below", below)
	}
	return out
}

// countNotice reads a count a redirect after a post carries for the page to
// announce (?divided=N, the units a division reached; ?cascaded=N, the tasks a
// re-issue stored); anything but a small positive number is ignored.
func countNotice(r *http.Request, key string) int {
	n, err := strconv.Atoi(r.URL.Query().Get(key))
	if err != nil || n <= 0 || n > 100000 {
		return 0
	}
	return n
}

// itemTasks reads {id}, an item, with the tasks of it the user may read: those
// of units in the subtrees the user's grants reach, and every one for a user
// of a central unit responsible for the item (rollout.Authorize decides each
// task). hidden holds the IDs of the others. A user who may read tasks at none
// of the units of its own grants (an evaluator) is refused; anyone else gets
// what there is, perhaps nothing.
func (s *Server) itemTasks(r *http.Request) (it *rollout.Item, visible []*rollout.Task, hidden map[int64]bool, err error) {
	if err := s.signedIn(r, rollout.ActReadTasks); err != nil {
		return nil, nil, nil, err
	}
	if it, err = s.pathItem(r); err != nil {
		return nil, nil, nil, err
	}
	ctx := r.Context()
	tasks, err := s.tasks.Tasks(ctx, rollout.TaskFilter{ItemID: it.ID})
	if err != nil {
		return nil, nil, nil, err
	}
	units, err := s.units.Units(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	paths := make(map[int64]string, len(units))
	for _, u := range units {
		paths[u.ID] = u.Path
	}
	hidden = map[int64]bool{}
	for _, t := range tasks {
		if allowed(r, rollout.ActReadTasks, rollout.Target{UnitPath: paths[t.UnitID], Responsible: it.Responsible}) {
			visible = append(visible, t)
		} else {
			hidden[t.ID] = true
		}
	}
	if len(visible) == 0 {
		if err := s.readsSomeTasks(r); err != nil {
			return nil, nil, nil, err
		}
	}
	return it, visible, hidden, nil
}

// readsSomeTasks returns nil when the user may read the tasks of the unit of
// one of its grants, and the refusal otherwise.
func (s *Server) readsSomeTasks(r *http.Request) error {
	u := rollout.ActorFrom(r.Context())
	for _, g := range u.Grants {
		if allowed(r, rollout.ActReadTasks, rollout.Target{UnitPath: g.UnitPath}) {
			return nil
		}
	}
	target := rollout.Target{}
	if len(u.Grants) > 0 {
		target.UnitPath = u.Grants[0].UnitPath
	}
	return s.authorize(r, rollout.ActReadTasks, target)
}

// itemTreePage serves GET /items/{id}/tree.
func (s *Server) itemTreePage(w http.ResponseWriter, r *http.Request) error {
	it, tasks, hidden, err := s.itemTasks(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	p := &treePage{layout: newLayout(r, tr(l, "tree.title", it.Name), ""), Item: it,
		Total: len(tasks), Divided: countNotice(r, "divided"), Partial: len(hidden) > 0}
	p.Guide, p.Implement, p.Orphans = buildTree(it, tasks, hidden)
	for _, nodes := range [][]*treeNode{p.Guide, p.Implement, p.Orphans} {
		s.lightTree(l, nodes)
	}
	p.Root = tr(l, "kind.state_council")
	for _, t := range tasks {
		if t.ParentID == 0 && t.ParentUnit != "" {
			p.Root = t.ParentUnit
			break
		}
	}
	p.Summary = treeSummary(l, p.Guide, p.Implement)
	return s.views.tree.render(w, http.StatusOK, p)
}

// apiItemTasks serves GET /api/v1/items/{id}/tasks: the item's tasks the user
// may read as a flat list; parent_id builds the tree, and filtered says that
// some were left out.
func (s *Server) apiItemTasks(w http.ResponseWriter, r *http.Request) error {
	it, tasks, hidden, err := s.itemTasks(r)
	if err != nil {
		return err
	}
	out := struct {
		Item apiItem `json:"item"`
		apiTaskList
		Filtered bool `json:"filtered"`
	}{Item: newAPIItem(it), apiTaskList: s.newAPITaskList(tasks), Filtered: len(hidden) > 0}
	return writeJSON(w, http.StatusOK, out)
}
