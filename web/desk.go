package web

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

// The workbench (工作台): what needs the signed-in person now, on the home
// page above the catalogue, one section per kind of grant (docs/roles.md):
//
//   - reporters: their unit's tasks to acknowledge (待签收), due soon or
//     overdue, and returned;
//   - reviewers: their queue, with its count;
//   - coordinators: the newest notices (with the intake and each batch's
//     assignment), the first-level reviews (the root's queue), the red tasks
//     by province, the open and the major problems;
//   - central units (ministries): their items, with the red tasks by province;
//   - evaluators: their rounds;
//   - administrators: accounts and the audit trail.
//
// Every list is what the pages behind its links show, and authorised as they
// are: a section is only made for a grant that may follow its link.

// deskMax bounds the tasks a section lists; its count and its link give all.
const deskMax = 8

type desk struct {
	Units       []deskUnit
	Queues      []deskQueue
	Coordinator *deskCoord
	Ministries  []deskMinistry
	Rounds      []*rollout.Round
	ShowRounds  bool
	Admin       bool
	Audit       []rollout.AuditEntry
}

// deskUnit is a reporter's unit: its tasks that wait on it.
type deskUnit struct {
	Unit                          *rollout.Unit
	ToAcknowledge, Due, Returned  []taskRow
	NAcknowledge, NDue, NReturned int
}

// deskQueue is a reviewer's queue.
type deskQueue struct {
	Unit  *rollout.Unit
	URL   string
	Count int
	First []taskRow
}

type deskCoord struct {
	Batches      []*rollout.Batch // the newest three
	FirstLevel   deskQueue
	RedByProv    []deskCount
	RedTotal     int
	OpenProblems int
	MajorOpen    int
	Problems     bool // coordination is served
}

// deskCount is a count for a unit (a province's red tasks).
type deskCount struct {
	ID    int64
	Name  string
	Count int
}

// deskMinistry is a central unit's items.
type deskMinistry struct {
	Unit  *rollout.Unit
	Items []deskItem
}

type deskItem struct {
	ID        int64
	Batch     int
	Seq       int
	Name      string
	Tasks     int
	Red       int
	Provinces []deskCount // the provinces with red tasks, most first
}

// takeRows keeps at most deskMax rows.
func takeRows(rows []taskRow) []taskRow { return rows[:min(len(rows), deskMax)] }

// provinceOf is the province a task's unit lies in, by its path
// ("/1/440000/440300/" → 440000); 0 for a central unit's.
func provinceOf(path string, provinces map[int64]*rollout.Unit) int64 {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	if len(parts) < 2 {
		return 0
	}
	id, _ := strconv.ParseInt(parts[1], 10, 64)
	if provinces[id] == nil {
		return 0
	}
	return id
}

// redByProvince counts the red rows by province, most first.
func redByProvince(rows []taskRow, provinces map[int64]*rollout.Unit) ([]deskCount, int) {
	by := map[int64]int{}
	total := 0
	for _, r := range rows {
		if r.Lamp.Light != rollout.LightRed {
			continue
		}
		total++
		if p := provinceOf(r.UnitPath, provinces); p != 0 {
			by[p]++
		}
	}
	var out []deskCount
	for id, n := range by {
		out = append(out, deskCount{ID: id, Name: provinces[id].Name, Count: n})
	}
	slices.SortFunc(out, func(a, b deskCount) int { return cmp.Or(b.Count-a.Count, cmp.Compare(a.ID, b.ID)) })
	return out, total
}

// provinces maps the provincial units (the root's children of kind province).
func (s *Server) provinces(r *http.Request, rootID int64) (map[int64]*rollout.Unit, error) {
	children, err := s.units.UnitChildren(r.Context(), rootID)
	if err != nil {
		return nil, err
	}
	out := map[int64]*rollout.Unit{}
	for _, u := range children {
		if u.Kind == rollout.KindProvince {
			out[u.ID] = u
		}
	}
	return out, nil
}

// makeDesk gathers the workbench of the request's user; nil for a visitor.
func (s *Server) makeDesk(r *http.Request, batches []*rollout.Batch) (*desk, error) {
	u := rollout.ActorFrom(r.Context())
	if u == nil {
		return nil, nil
	}
	ctx := r.Context()
	l := requestLang(r)
	d := &desk{}
	seen := map[string]bool{}
	for _, g := range u.Grants {
		if g.UnitID == 0 || seen[string(g.Role)+g.UnitPath] {
			continue
		}
		seen[string(g.Role)+g.UnitPath] = true
		unit, err := s.units.Unit(ctx, g.UnitID)
		if err != nil {
			return nil, err
		}
		switch g.Role {
		case rollout.RoleReporter, rollout.RoleReviewer:
			tasks, err := s.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: unit.ID})
			if err != nil {
				return nil, err
			}
			du := deskUnit{Unit: unit}
			for _, row := range s.rows(l, tasks) {
				switch {
				case row.State == rollout.StateAssigned:
					du.NAcknowledge++
					du.ToAcknowledge = append(du.ToAcknowledge, row)
				case row.State == rollout.StateReturned:
					du.NReturned++
					du.Returned = append(du.Returned, row)
				case !row.State.Done() && (row.Lamp.Light == rollout.LightRed || row.Lamp.Light == rollout.LightYellow):
					du.NDue++
					du.Due = append(du.Due, row)
				}
			}
			// Red before yellow, the nearest deadline first.
			slices.SortStableFunc(du.Due, func(a, b taskRow) int {
				red := func(t taskRow) int {
					if t.Lamp.Light == rollout.LightRed {
						return 0
					}
					return 1
				}
				return cmp.Or(cmp.Compare(red(a), red(b)), a.Deadline.Date.Compare(b.Deadline.Date))
			})
			du.ToAcknowledge, du.Due, du.Returned = takeRows(du.ToAcknowledge), takeRows(du.Due), takeRows(du.Returned)
			if len(tasks) > 0 || g.Role == rollout.RoleReporter {
				d.Units = append(d.Units, du)
			}
			if g.Role == rollout.RoleReviewer {
				q, err := s.deskQueue(r, unit)
				if err != nil {
					return nil, err
				}
				d.Queues = append(d.Queues, q)
			}
		case rollout.RoleCoordinator:
			if d.Coordinator != nil {
				continue
			}
			c, err := s.deskCoordinator(r, g, batches)
			if err != nil {
				return nil, err
			}
			d.Coordinator = c
		}
		// A central unit guides its items across the provinces.
		if centralKind(unit.Kind) && g.Role != rollout.RoleCoordinator && g.Role != rollout.RoleEvaluator {
			m, err := s.deskMinistry(r, unit)
			if err != nil {
				return nil, err
			}
			if len(m.Items) > 0 {
				d.Ministries = append(d.Ministries, m)
			}
		}
	}
	if allowed(r, rollout.ActReadRound, rollout.Target{}) && s.evaluations != nil {
		rounds, err := s.visibleRounds(r)
		if err != nil {
			return nil, err
		}
		d.Rounds, d.ShowRounds = rounds, true
	}
	if allowed(r, rollout.ActManageUsers, rollout.Target{}) {
		d.Admin = true
		if allowed(r, rollout.ActReadAudit, rollout.Target{}) {
			es, err := s.audit.AuditEntries(ctx, rollout.AuditFilter{Limit: 5})
			if err != nil {
				return nil, err
			}
			d.Audit = es
		}
	}
	return d, nil
}

func centralKind(k rollout.UnitKind) bool {
	return k == rollout.KindMinistry || k == rollout.KindVerticalAgency || k == rollout.KindCourt
}

// deskQueue is unit's review queue, as its page shows it.
func (s *Server) deskQueue(r *http.Request, unit *rollout.Unit) (deskQueue, error) {
	q := s.measured(rollout.ReviewQueue(unit))
	q.Sort, q.Limit = rollout.SortState, deskMax
	page, err := s.tasks.TaskList(r.Context(), q)
	if err != nil {
		return deskQueue{}, err
	}
	return deskQueue{Unit: unit, URL: "/units/" + strconv.FormatInt(unit.ID, 10) + "/reviews", Count: page.Total,
		First: takeRows(s.rows(requestLang(r), page.Tasks))}, nil
}

func (s *Server) deskCoordinator(r *http.Request, g rollout.Grant, batches []*rollout.Batch) (*deskCoord, error) {
	ctx := r.Context()
	rootID, err := strconv.ParseInt(rootOf(g.UnitPath), 10, 64)
	if err != nil {
		return nil, err
	}
	root, err := s.units.Unit(ctx, rootID)
	if err != nil {
		return nil, err
	}
	c := &deskCoord{Batches: batches[:min(len(batches), 3)]}
	if c.FirstLevel, err = s.deskQueue(r, root); err != nil {
		return nil, err
	}
	provinces, err := s.provinces(r, rootID)
	if err != nil {
		return nil, err
	}
	all, err := s.tasks.Tasks(ctx, rollout.TaskFilter{Role: rollout.RoleImplement})
	if err != nil {
		return nil, err
	}
	for _, t := range all {
		if t.UnitPath == "" {
			if err := s.taskPaths(ctx, t); err != nil {
				return nil, err
			}
		}
	}
	c.RedByProv, c.RedTotal = redByProvince(s.rows(requestLang(r), all), provinces)
	if s.problems != nil {
		c.Problems = true
		open, err := s.problems.Problems(ctx, rollout.ProblemFilter{Open: true})
		if err != nil {
			return nil, err
		}
		c.OpenProblems = len(open)
		for _, p := range open {
			if p.Major {
				c.MajorOpen++
			}
		}
	}
	return c, nil
}

// deskMinistry lists the items unit guides (its guidance tasks), each with
// its tasks' red lights by province.
func (s *Server) deskMinistry(r *http.Request, unit *rollout.Unit) (deskMinistry, error) {
	ctx := r.Context()
	m := deskMinistry{Unit: unit}
	guides, err := s.tasks.Tasks(ctx, rollout.TaskFilter{UnitID: unit.ID, Role: rollout.RoleGuide})
	if err != nil {
		return m, err
	}
	rootID, err := strconv.ParseInt(rootOf(unit.Path), 10, 64)
	if err != nil {
		return m, err
	}
	provinces, err := s.provinces(r, rootID)
	if err != nil {
		return m, err
	}
	for _, gt := range guides {
		tasks, err := s.tasks.Tasks(ctx, rollout.TaskFilter{ItemID: gt.ItemID})
		if err != nil {
			return m, err
		}
		tasks = slices.DeleteFunc(tasks, func(t *rollout.Task) bool { return t.Role == rollout.RoleGuide })
		for _, t := range tasks {
			if t.UnitPath == "" {
				if err := s.taskPaths(ctx, t); err != nil {
					return m, err
				}
			}
		}
		it := deskItem{ID: gt.ItemID, Batch: gt.Batch, Seq: gt.ItemSeq, Name: gt.ItemName, Tasks: len(tasks)}
		it.Provinces, it.Red = redByProvince(s.rows(requestLang(r), tasks), provinces)
		m.Items = append(m.Items, it)
	}
	slices.SortFunc(m.Items, func(a, b deskItem) int { return cmp.Or(b.Batch-a.Batch, a.Seq-b.Seq) })
	return m, nil
}
