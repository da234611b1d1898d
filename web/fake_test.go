package web

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"rollout"
	"rollout/refdata"
)

// fakeCatalog is an in-memory rollout.CatalogService for tests, holding the 7th
// batch read by hand from the real notice. Set err to make every method fail,
// or panics to make every method panic.
type fakeCatalog struct {
	mu      sync.Mutex
	batches []*rollout.Batch // with items, newest first
	sources map[int]rollout.Source
	err     error
	panics  bool
}

var _ rollout.CatalogService = (*fakeCatalog)(nil)

func (f *fakeCatalog) check() error {
	if f.panics {
		panic("fake catalog: deliberate panic")
	}
	return f.err
}

func (f *fakeCatalog) ImportNotice(ctx context.Context, n *rollout.Notice, src rollout.Source) (rollout.ImportResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return rollout.ImportResult{}, err
	}
	var existing *rollout.Batch
	for _, b := range f.batches {
		if b.DocNo == n.DocNo || b.Batch == n.Batch {
			existing = b
		}
	}
	create, err := rollout.DecideImportNotice(n, src, existing, n.Fingerprint())
	if err != nil || !create {
		return rollout.ImportResult{Batch: existing}, err
	}
	b := &rollout.Batch{
		ID:          int64(len(f.batches) + 1),
		Notice:      *n,
		ItemCount:   len(n.Items),
		ImportedAt:  time.Date(2024, 1, 15, 8, 0, 0, 0, time.UTC),
		Fingerprint: n.Fingerprint(),
	}
	b.Items = slices.Clone(n.Items)
	for i := range b.Items {
		b.Items[i].ID = 1000*b.ID + int64(b.Items[i].Seq) // 1001… for the first batch stored
		b.Items[i].Batch = n.Batch
	}
	f.batches = append(f.batches, b)
	slices.SortFunc(f.batches, func(a, b *rollout.Batch) int { return b.Batch - a.Batch })
	if f.sources == nil {
		f.sources = map[int]rollout.Source{}
	}
	f.sources[n.Batch] = src
	return rollout.ImportResult{Batch: b, Created: true}, nil
}

func (f *fakeCatalog) Batches(ctx context.Context) ([]*rollout.Batch, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, err
	}
	var out []*rollout.Batch
	for _, b := range f.batches {
		c := *b
		c.Items = nil
		out = append(out, &c)
	}
	return out, nil
}

func (f *fakeCatalog) BatchByNumber(ctx context.Context, number int) (*rollout.Batch, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, err
	}
	for _, b := range f.batches {
		if b.Batch == number {
			c := *b
			c.Items = slices.Clone(b.Items)
			return &c, nil
		}
	}
	return nil, rollout.Errorf(rollout.ENOTFOUND, "未找到第%d批。", number)
}

func (f *fakeCatalog) BatchSource(ctx context.Context, number int) (rollout.Source, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return rollout.Source{}, err
	}
	src, ok := f.sources[number]
	if !ok {
		return rollout.Source{}, rollout.Errorf(rollout.ENOTFOUND, "未找到第%d批的原文。", number)
	}
	return src, nil
}

func (f *fakeCatalog) Item(ctx context.Context, id int64) (*rollout.Item, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, err
	}
	for _, b := range f.batches {
		for _, it := range b.Items {
			if it.ID == id {
				return &it, nil
			}
		}
	}
	return nil, rollout.Errorf(rollout.ENOTFOUND, "未找到编号为%d的改革事项。", id)
}

func (f *fakeCatalog) SearchItems(ctx context.Context, q string) ([]*rollout.Item, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.check(); err != nil {
		return nil, err
	}
	if q == "" {
		return nil, rollout.E(rollout.EINVALID, "err.catalog.query_missing")
	}
	var all []*rollout.Item
	for _, b := range f.batches {
		for _, it := range b.Items {
			all = append(all, &it)
		}
	}
	return rollout.RankItems(rollout.ParseSearch(q), all), nil
}

// notice7 is the 7th-batch notice as the reader would give it: the annex rows
// of the real text, the body's five domains, the duty sections and the
// diagnostics of the two items the body names differently.
func notice7(t testing.TB) *rollout.Notice {
	t.Helper()
	n := &rollout.Notice{
		DocNo:      "国函〔2023〕56号",
		Title:      "国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知",
		Issuer:     "国务院",
		IssuedOn:   time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC),
		Batch:      7,
		Addressees: "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
		SourceURL:  "https://www.gov.cn/zhengce/content/202307/content_6890912.htm",
		Format:     rollout.FormatText,
		Preamble:   "建设自由贸易试验区（以下简称自贸试验区）是党中央、国务院在新时代推进改革开放的重要战略举措……现就有关事项通知如下：",
		AnnexTitle: "自由贸易试验区第七批改革试点经验复制推广工作任务分工表",
		Domains: []rollout.Domain{
			{Seq: 1, Name: "投资贸易便利化", Declared: 3, Items: []int{1, 2, 3}},
			{Seq: 2, Name: "政府管理创新", Declared: 5, Items: []int{4, 5, 6, 7, 8}},
			{Seq: 3, Name: "金融开放创新", Declared: 6, Items: []int{9, 10, 11, 12, 13, 14}},
			{Seq: 4, Name: "产业高质量发展", Declared: 5, Items: []int{15, 16, 17, 18, 19}},
			{Seq: 5, Name: "知识产权保护", Declared: 3, Items: []int{20, 21, 22}},
		},
		Duties: []rollout.Duty{
			{Heading: "高度重视复制推广工作", Text: "各地区、各部门要以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神……要把复制推广第七批改革试点经验与巩固落实前六批改革试点经验结合起来，同一领域的改革试点经验要加强系统集成，不同领域的改革试点经验要强化协同耦合……"},
			{Heading: "切实做好组织实施", Text: "各省（自治区、直辖市）人民政府要将自贸试验区改革试点经验复制推广工作列为本地区重点工作……商务部要牵头组织开展复制推广工作成效评估，协调解决重点和难点问题。重大问题及时报告国务院。"},
		},
		Diagnostics: []rollout.Diagnostic{
			{Level: rollout.LevelWarning, Code: "name-mismatch", Line: 20, Message: "正文称第2项为“出口货物检验检疫证单‘云签发’平台”，附件为“出口货物检验检疫单“云签发”平台”：两者均保留。"},
			{Level: rollout.LevelWarning, Code: "name-mismatch", Line: 20, Message: "正文称第3项为“航空货运电子信息化”，附件为“航空货运电子化”：两者均保留。"},
			{Level: rollout.LevelInfo, Code: "latin-text", Line: 77, Message: "第16项主要内容含英文“and”，按原文保留。"},
		},
	}
	domainOf := map[int]string{}
	for _, d := range n.Domains {
		for _, seq := range d.Items {
			domainOf[seq] = d.Name
		}
	}
	aliases := map[int][]string{
		2: {"出口货物检验检疫证单‘云签发’平台"},
		3: {"航空货运电子信息化"},
	}
	sc := bufio.NewScanner(bytes.NewReader(refdata.Notice7))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 5 {
			continue
		}
		seq, err := strconv.Atoi(f[0])
		if err != nil {
			continue // the header row
		}
		n.Items = append(n.Items, rollout.Item{
			Seq:         seq,
			Name:        f[1],
			Aliases:     aliases[seq],
			Content:     f[2],
			Responsible: strings.Split(f[3], "、"),
			Scope:       f[4],
			Domain:      domainOf[seq],
		})
	}
	if len(n.Items) != 24 {
		t.Fatalf("fixture: read %d annex rows from the 7th-batch notice, want 24", len(n.Items))
	}
	return n
}

// newFake returns a catalogue holding the 7th batch, its items with IDs
// 1001–1024, and the notice's text as its source.
func newFake(t testing.TB) *fakeCatalog {
	t.Helper()
	f := &fakeCatalog{}
	src := rollout.Source{Format: rollout.FormatText, Body: refdata.Notice7}
	if _, err := f.ImportNotice(context.Background(), notice7(t), src); err != nil {
		t.Fatal(err)
	}
	return f
}

// fakeUnits is an in-memory rollout.UnitService holding the reference tree of
// refdata.Units with IDs that tests can write down: 1 for the State Council,
// 101… for the central units in the order of central_units.tsv, the statistical
// code for governments (440000 广东省, 440300 深圳市, 440304 福田区), 9000+NN for
// the Free Trade Zone of province NN0000 (9044 广东自贸试验区) and 9NN0KK for
// its areas. Set err to make every method fail.
type fakeUnits struct {
	mu    sync.Mutex
	units map[int64]*rollout.Unit
	err   error
}

var _ rollout.UnitService = (*fakeUnits)(nil)

func fakeUnitID(s refdata.UnitSpec, central int) (int64, error) {
	switch {
	case s.Kind == rollout.KindStateCouncil:
		return 1, nil
	case s.ParentKey == refdata.StateCouncilKey && s.Kind != rollout.KindProvince:
		return int64(100 + central), nil
	case s.Kind == rollout.KindFTZ:
		nn, err := strconv.Atoi(strings.TrimPrefix(s.Code, "FTZ"))
		return int64(9000 + nn), err
	case s.Kind == rollout.KindFTZArea:
		var nn, kk int
		_, err := fmt.Sscanf(s.Code, "FTZ%d-%d", &nn, &kk)
		return int64(900000 + nn*100 + kk), err
	default:
		return strconv.ParseInt(s.Code, 10, 64)
	}
}

func newFakeUnits(t testing.TB) *fakeUnits {
	t.Helper()
	specs, err := refdata.Units()
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeUnits{units: map[int64]*rollout.Unit{}}
	byKey := map[string]*rollout.Unit{}
	central := 0
	for _, s := range specs {
		if s.ParentKey == refdata.StateCouncilKey && s.Kind != rollout.KindProvince {
			central++
		}
		id, err := fakeUnitID(s, central)
		if err != nil || id <= 0 || f.units[id] != nil {
			t.Fatalf("fixture: unit %s (%s): id %d, %v", s.Name, s.Code, id, err)
		}
		u := &rollout.Unit{ID: id, Code: s.Code, Name: s.Name, FullName: s.FullName, Kind: s.Kind,
			Coastal: s.Coastal, HasFTZ: s.HasFTZ, Aliases: slices.Clone(s.Aliases), Version: 1}
		if s.ParentKey != "" {
			p := byKey[s.ParentKey]
			if p == nil {
				t.Fatalf("fixture: unit %s: parent %s not loaded before it", s.Name, s.ParentKey)
			}
			u.ParentID = p.ID
			u.Path = rollout.UnitPath(p.Path, id)
		} else {
			u.Path = rollout.UnitPath("", id)
		}
		byKey[s.Key] = u
		if s.ProvinceKey != "" {
			u.ProvinceID = byKey[s.ProvinceKey].ID
		}
		f.units[id] = u
	}
	return f
}

// add puts a unit with a chosen ID under parent; for fixtures.
func (f *fakeUnits) add(t testing.TB, id, parent int64, kind rollout.UnitKind, name, full string) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	p := f.units[parent]
	if p == nil || f.units[id] != nil {
		t.Fatalf("fixture: cannot add unit %d under %d", id, parent)
	}
	f.units[id] = &rollout.Unit{ID: id, Name: name, FullName: full, Kind: kind, ParentID: parent,
		ProvinceID: p.ProvinceID, Path: rollout.UnitPath(p.Path, id), Version: 1}
}

func cloneUnit(u *rollout.Unit) *rollout.Unit {
	c := *u
	c.Aliases = slices.Clone(u.Aliases)
	return &c
}

// sorted returns copies of the units that keep, ordered by path.
func (f *fakeUnits) sorted(keep func(*rollout.Unit) bool) []*rollout.Unit {
	var out []*rollout.Unit
	for _, u := range f.units {
		if keep(u) {
			out = append(out, cloneUnit(u))
		}
	}
	slices.SortFunc(out, func(a, b *rollout.Unit) int { return strings.Compare(a.Path, b.Path) })
	return out
}

func (f *fakeUnits) Units(ctx context.Context) ([]*rollout.Unit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	return f.sorted(func(*rollout.Unit) bool { return true }), nil
}

func (f *fakeUnits) get(id int64) (*rollout.Unit, error) {
	u, ok := f.units[id]
	if !ok {
		return nil, rollout.Errorf(rollout.ENOTFOUND, "未找到编号为%d的单位。", id)
	}
	return u, nil
}

func (f *fakeUnits) UnitsByID(ctx context.Context, ids []int64) (map[int64]*rollout.Unit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	out := map[int64]*rollout.Unit{}
	for _, id := range ids {
		if u, err := f.get(id); err == nil {
			out[id] = cloneUnit(u)
		}
	}
	return out, nil
}

func (f *fakeUnits) Unit(ctx context.Context, id int64) (*rollout.Unit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	u, err := f.get(id)
	if err != nil {
		return nil, err
	}
	return cloneUnit(u), nil
}

func (f *fakeUnits) UnitChildren(ctx context.Context, id int64) ([]*rollout.Unit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if _, err := f.get(id); err != nil {
		return nil, err
	}
	out := f.sorted(func(u *rollout.Unit) bool { return u.ParentID == id && !u.Retired() })
	slices.SortFunc(out, func(a, b *rollout.Unit) int {
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out, nil
}

func (f *fakeUnits) UnitsBelow(ctx context.Context, id int64) ([]*rollout.Unit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	top, err := f.get(id)
	if err != nil {
		return nil, err
	}
	return f.sorted(func(u *rollout.Unit) bool { return u.ID != id && u.Within(top) && !u.Retired() }), nil
}

func (f *fakeUnits) byName(name string) (*rollout.Unit, error) {
	var found []*rollout.Unit
	for _, u := range f.units {
		if !u.Retired() && (slices.Contains(u.Names(), name) || (u.Code != "" && u.Code == name)) {
			found = append(found, u)
		}
	}
	switch len(found) {
	case 0:
		return nil, rollout.E(rollout.ENOTFOUND, "err.units.unknown_name", name)
	case 1:
		return found[0], nil
	}
	slices.SortFunc(found, func(a, b *rollout.Unit) int { return strings.Compare(a.Path, b.Path) })
	var names []string
	for _, u := range found {
		names = append(names, u.Name+"（"+u.Code+"）")
	}
	return nil, rollout.E(rollout.ECONFLICT, "err.units.ambiguous", name, strings.Join(names, "、"))
}

func (f *fakeUnits) UnitByName(ctx context.Context, name string) (*rollout.Unit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	u, err := f.byName(name)
	if err != nil {
		return nil, err
	}
	return cloneUnit(u), nil
}

// The writes of units: rollout.Decide* decide, the fake stores; it keeps
// only what a unique key keeps in storage (one name per parent).

func (f *fakeUnits) nameTaken(parentID, id int64, name string) bool {
	for _, s := range f.units {
		if s.ParentID == parentID && s.ID != id && s.Name == name {
			return true
		}
	}
	return false
}

func (f *fakeUnits) CreateUnit(ctx context.Context, u *rollout.Unit) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	next, err := rollout.DecideCreateUnit(f.units[u.ParentID], *u)
	if err != nil {
		return err
	}
	p := f.units[next.ParentID]
	if f.nameTaken(p.ID, 0, next.Name) {
		return rollout.E(rollout.ECONFLICT, "err.units.name_taken", p.Name, next.Name)
	}
	var id int64
	for k := range f.units {
		id = max(id, k)
	}
	next.ID = id + 1
	next.Path = rollout.UnitPath(p.Path, next.ID)
	*u = next
	f.units[u.ID] = cloneUnit(u)
	return nil
}

func (f *fakeUnits) RenameUnit(ctx context.Context, id, version int64, name string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	u, err := f.get(id)
	if err != nil {
		return err
	}
	name, changed, err := rollout.DecideRenameUnit(cloneUnit(u), version, name)
	if err != nil || !changed {
		return err
	}
	if f.nameTaken(u.ParentID, u.ID, name) {
		return rollout.E(rollout.ECONFLICT, "err.units.name_taken_here", name)
	}
	u.Aliases = append(u.Aliases, u.Name)
	u.Name = name
	u.Version++
	return nil
}

func (f *fakeUnits) MoveUnit(ctx context.Context, id, version, parentID int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	u, err := f.get(id)
	if err != nil {
		return err
	}
	changed, err := rollout.DecideMoveUnit(cloneUnit(u), version, parentID, f.units[parentID])
	if err != nil || !changed {
		return err
	}
	p := f.units[parentID]
	if f.nameTaken(p.ID, u.ID, u.Name) {
		return rollout.E(rollout.ECONFLICT, "err.units.name_taken", p.Name, u.Name)
	}
	old, path := u.Path, rollout.UnitPath(p.Path, u.ID)
	for _, s := range f.units {
		if strings.HasPrefix(s.Path, old) {
			s.Path = path + strings.TrimPrefix(s.Path, old)
		}
	}
	u.ParentID = p.ID
	u.Version++
	return nil
}

func (f *fakeUnits) RetireUnit(ctx context.Context, id, version int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	u, err := f.get(id)
	if err != nil {
		return err
	}
	changed, err := rollout.DecideRetireUnit(cloneUnit(u), version)
	if err != nil || !changed {
		return err
	}
	at := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	u.RetiredAt = &at
	u.Version++
	return nil
}

// fakeTasks is an in-memory rollout.TaskService over a fakeCatalog and a
// fakeUnits, behaving as the interface's comments say: Assign plans with
// rollout.PlanAssign, Divide accepts only units below the parent task's unit
// (by path) and upserts one task per (parent, unit), Cascade creates, plans
// and divides all or nothing — each as the domain's decisions say. Set err to
// make every method fail; divides and cascades count the calls of Divide and
// Cascade that stored something (and those answered with err or divideErr).
type fakeTasks struct {
	mu       sync.Mutex
	cat      *fakeCatalog
	units    *fakeUnits
	tasks    []*rollout.Task // stored fields only; context is filled on the way out
	err      error
	divides  int
	cascades int
	// confirmed holds the units ConfirmScope recorded, by item.
	confirmed map[int64][]rollout.ScopeUnit
	// divideErr, when set, is what Divide answers (after counting the call).
	divideErr error
}

var _ rollout.TaskService = (*fakeTasks)(nil)

var fakeNow = time.Date(2024, 1, 16, 9, 0, 0, 0, time.UTC)

// item finds an item of the catalogue by ID.
func (f *fakeTasks) item(id int64) (rollout.Item, bool) {
	f.cat.mu.Lock()
	defer f.cat.mu.Unlock()
	for _, b := range f.cat.batches {
		for _, it := range b.Items {
			if it.ID == id {
				return it, true
			}
		}
	}
	return rollout.Item{}, false
}

// find returns the stored task with id, or nil. IDs are positions from 1.
func (f *fakeTasks) find(id int64) *rollout.Task {
	if id < 1 || id > int64(len(f.tasks)) {
		return nil
	}
	return f.tasks[id-1]
}

// full returns a copy of t with its context, as the queries give it.
func (f *fakeTasks) full(t *rollout.Task) *rollout.Task {
	c := *t
	if it, ok := f.item(t.ItemID); ok {
		c.Batch, c.ItemSeq, c.ItemName = it.Batch, it.Seq, it.Name
	}
	f.units.mu.Lock()
	defer f.units.mu.Unlock()
	if u := f.units.units[t.UnitID]; u != nil {
		c.UnitName, c.UnitCode, c.UnitKind = u.Name, u.Code, u.Kind
	}
	if u := f.units.units[t.UnitID]; u != nil {
		c.UnitPath = u.Path
	}
	if p := f.find(t.ParentID); p != nil {
		c.ParentUnit = f.units.units[p.UnitID].Name
		c.ParentUnitPath = f.units.units[p.UnitID].Path
	} else {
		c.ParentUnit = f.units.units[1].Name // the State Council
	}
	return &c
}

func (f *fakeTasks) add(t *rollout.Task) *rollout.Task {
	t.ID = int64(len(f.tasks) + 1)
	t.CreatedAt = fakeNow
	t.State, t.StateAt = rollout.StateAssigned, fakeNow
	f.tasks = append(f.tasks, t)
	return t
}

func (f *fakeTasks) Assign(ctx context.Context, batch int) (rollout.AssignResult, error) {
	return f.AssignBatch(ctx, batch, false)
}

func (f *fakeTasks) AssignBatch(ctx context.Context, batch int, dryRun bool) (rollout.AssignResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	res := rollout.AssignResult{Unresolved: []rollout.Diagnostic{}, Groups: []rollout.AssignGroup{}, Tasks: []rollout.AssignedTask{}}
	if f.err != nil {
		return res, f.err
	}
	var items []rollout.Item
	f.cat.mu.Lock()
	for _, b := range f.cat.batches {
		if b.Batch == batch {
			items = slices.Clone(b.Items)
		}
	}
	f.cat.mu.Unlock()
	if items == nil {
		return res, rollout.Errorf(rollout.ENOTFOUND, "未找到第%d批。", batch)
	}
	f.units.mu.Lock()
	all := f.units.sorted(func(*rollout.Unit) bool { return true })
	f.units.mu.Unlock()
	exists := func(item, unit int64) bool {
		return slices.ContainsFunc(f.tasks, func(t *rollout.Task) bool {
			return t.ItemID == item && t.UnitID == unit && t.ParentID == 0
		})
	}
	var its []*rollout.Item
	confirmed := map[int64][]int64{}
	for i := range items {
		its = append(its, &items[i])
		for _, su := range f.confirmed[items[i].ID] {
			confirmed[items[i].ID] = append(confirmed[items[i].ID], su.UnitID)
		}
	}
	plan, unresolved := rollout.PlanAssign(its, all, confirmed)
	res.Unresolved = unresolved
	res.Groups, _ = rollout.SummarizeAssign(its, plan)
	byID := map[int64]*rollout.Item{}
	for _, it := range its {
		byID[it.ID] = it
	}
	add := func(itemID int64, u *rollout.Unit, role rollout.TaskRole) {
		created := !exists(itemID, u.ID)
		switch {
		case !created:
			res.Existing++
		case role == rollout.RoleGuide:
			res.Guide++
		default:
			res.Implement++
		}
		if created && !dryRun {
			f.add(&rollout.Task{ItemID: itemID, UnitID: u.ID, Role: role})
		}
		res.Tasks = append(res.Tasks, rollout.AssignedTask{ItemID: itemID, ItemSeq: byID[itemID].Seq, ItemName: byID[itemID].Name,
			UnitID: u.ID, Unit: u.Name, Role: role, New: created})
	}
	for _, it := range plan {
		for _, u := range it.Implement {
			add(it.ItemID, u, rollout.RoleImplement)
		}
		for _, u := range it.Guide {
			add(it.ItemID, u, rollout.RoleGuide)
		}
	}
	return res, nil
}

func (f *fakeTasks) Divide(ctx context.Context, parentTaskID int64, divisions []rollout.Division) ([]*rollout.Task, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	if f.divideErr != nil {
		f.divides++
		return nil, f.divideErr
	}
	parent := f.find(parentTaskID)
	if parent == nil {
		return nil, rollout.E(rollout.ENOTFOUND, "err.task.not_found", parentTaskID)
	}
	snap := rollout.DivideSnapshot{Parent: f.full(parent), Units: map[int64]*rollout.Unit{}}
	f.units.mu.Lock()
	snap.Owner = cloneUnit(f.units.units[parent.UnitID])
	for _, d := range divisions {
		if u := f.units.units[d.UnitID]; u != nil {
			snap.Units[u.ID] = cloneUnit(u)
		}
	}
	f.units.mu.Unlock()
	for _, t := range f.tasks {
		if t.ParentID == parent.ID {
			snap.Existing = append(snap.Existing, f.full(t))
		}
	}
	plan, err := rollout.DecideDivide(snap, divisions)
	if err != nil {
		return nil, err
	}
	f.divides++
	var out []*rollout.Task
	for _, d := range plan.Divisions {
		i := slices.IndexFunc(f.tasks, func(t *rollout.Task) bool { return t.ParentID == parent.ID && t.UnitID == d.UnitID })
		var t *rollout.Task
		if i >= 0 {
			t = f.tasks[i]
		} else {
			t = f.add(&rollout.Task{ItemID: parent.ItemID, UnitID: d.UnitID, ParentID: parent.ID})
		}
		t.Role, t.Deadline, t.Deliverable, t.Contact, t.Notes = d.Role, d.Deadline, d.Deliverable, d.Contact, d.Notes
		c := *t
		out = append(out, &c) // as stored, without context: the web reads it again
	}
	return out, nil
}

// Cascade creates the new units, plans over the units below the owner and
// stores each line as divisions of the owner's task for its item, as
// rollout.CheckNewUnits, DecideCascade and DecideDivide decide, all or
// nothing: on any refusal, and after a dry run, the units and tasks are as
// they were.
func (f *fakeTasks) Cascade(ctx context.Context, ownerID int64, newUnits []string, plan func(below []*rollout.Unit) rollout.CascadePlan, dryRun bool) (rollout.CascadePlan, []*rollout.Task, error) {
	f.mu.Lock()
	failure := f.err
	f.mu.Unlock()
	if failure != nil {
		f.mu.Lock()
		f.cascades++
		f.mu.Unlock()
		return rollout.CascadePlan{}, nil, failure
	}
	f.units.mu.Lock()
	savedUnits := map[int64]*rollout.Unit{}
	for id, u := range f.units.units {
		savedUnits[id] = cloneUnit(u)
	}
	owner := f.units.units[ownerID]
	elsewhere := map[string]bool{}
	for _, name := range newUnits {
		for _, u := range f.units.units {
			if !u.Retired() && u.Kind != rollout.KindDepartment && slices.Contains(u.Names(), name) {
				elsewhere[name] = true
			}
		}
	}
	f.units.mu.Unlock()
	if owner == nil {
		return rollout.CascadePlan{}, nil, rollout.E(rollout.ENOTFOUND, "err.task.no_owner", ownerID)
	}
	owner = cloneUnit(owner)
	f.mu.Lock()
	savedTasks := make([]*rollout.Task, len(f.tasks))
	for i, t := range f.tasks {
		c := *t
		savedTasks[i] = &c
	}
	savedDivides := f.divides
	f.mu.Unlock()
	restore := func() {
		f.units.mu.Lock()
		f.units.units = savedUnits
		f.units.mu.Unlock()
		f.mu.Lock()
		f.tasks, f.divides = savedTasks, savedDivides
		f.mu.Unlock()
	}
	p, out, err := f.cascade(ctx, owner, newUnits, elsewhere, plan)
	if err != nil || dryRun {
		restore()
	} else {
		f.mu.Lock()
		f.cascades++
		f.mu.Unlock()
	}
	return p, out, err
}

// cascade is Cascade's work, which Cascade undoes on a refusal or a dry run.
func (f *fakeTasks) cascade(ctx context.Context, owner *rollout.Unit, newUnits []string, elsewhere map[string]bool, plan func(below []*rollout.Unit) rollout.CascadePlan) (rollout.CascadePlan, []*rollout.Task, error) {
	below, err := f.units.UnitsBelow(ctx, owner.ID)
	if err != nil {
		return rollout.CascadePlan{}, nil, err
	}
	if len(newUnits) > 0 {
		p := plan(below)
		if err := rollout.CheckNewUnits(owner, p, newUnits, elsewhere); err != nil {
			return p, nil, err
		}
		for _, name := range newUnits {
			if err := f.units.CreateUnit(ctx, &rollout.Unit{Name: name, Kind: rollout.KindDepartment, ParentID: owner.ID}); err != nil {
				return p, nil, err
			}
		}
		if below, err = f.units.UnitsBelow(ctx, owner.ID); err != nil {
			return p, nil, err
		}
	}
	p := plan(below)
	if std := rollout.StandardUnits(owner, p); len(std) > 0 {
		for _, u := range std {
			if err := f.units.CreateUnit(ctx, u); err != nil {
				return p, nil, err
			}
		}
		if below, err = f.units.UnitsBelow(ctx, owner.ID); err != nil {
			return p, nil, err
		}
		first := p
		p = plan(below)
		// the preview says what was created on first use
		for _, d := range first.Diagnostics {
			if d.Code == "unit-standard" {
				p.Diagnostics = append(p.Diagnostics, d)
			}
		}
	}
	own, err := f.Tasks(ctx, rollout.TaskFilter{UnitID: owner.ID})
	if err != nil {
		return p, nil, err
	}
	taskOf := rollout.TasksByItem(own)
	held := map[int64][]*rollout.Task{}
	for _, l := range p.Lines {
		if taskOf[l.ItemID] != nil {
			continue
		}
		within, err := f.Tasks(ctx, rollout.TaskFilter{ItemID: l.ItemID, Within: owner.ID})
		if err != nil {
			return p, nil, err
		}
		for _, t := range within {
			if t.ParentID == 0 && t.UnitID != owner.ID {
				held[l.ItemID] = append(held[l.ItemID], t)
			}
		}
	}
	lines, err := rollout.DecideCascade(owner, p, taskOf, held, below)
	if err != nil {
		return p, nil, err
	}
	p.Diagnostics = append(p.Diagnostics, rollout.BehalfNotes(owner, lines)...)
	var out []*rollout.Task
	for _, l := range lines {
		tasks, err := f.Divide(ctx, l.TaskID, l.Line.Divisions)
		if err != nil {
			return p, nil, rollout.InItem(l.Line.ItemSeq, err)
		}
		out = append(out, tasks...)
	}
	return p, out, nil
}

// ConfirmScope records the units confirmed for an item whose scope is not
// resolved automatically, as rollout.DecideScope decides; Assign reads them.
func (f *fakeTasks) ConfirmScope(ctx context.Context, itemID int64, units []rollout.ScopeUnit) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	it, ok := f.item(itemID)
	if !ok {
		return rollout.E(rollout.ENOTFOUND, "err.task.no_item", itemID)
	}
	named := map[int64]*rollout.Unit{}
	f.units.mu.Lock()
	for _, su := range units {
		if u := f.units.units[su.UnitID]; u != nil {
			named[u.ID] = cloneUnit(u)
		}
	}
	f.units.mu.Unlock()
	decided, err := rollout.DecideScope(&it, named, units)
	if err != nil {
		return err
	}
	if f.confirmed == nil {
		f.confirmed = map[int64][]rollout.ScopeUnit{}
	}
	f.confirmed[itemID] = append(f.confirmed[itemID], decided...)
	return nil
}

func (f *fakeTasks) Tasks(ctx context.Context, filter rollout.TaskFilter) ([]*rollout.Task, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	var within *rollout.Unit
	if filter.Within != 0 {
		f.units.mu.Lock()
		if u := f.units.units[filter.Within]; u != nil {
			within = cloneUnit(u)
		}
		f.units.mu.Unlock()
		if within == nil {
			return nil, nil
		}
	}
	type sorted struct {
		t    *rollout.Task
		path string
	}
	var out []sorted
	for _, st := range f.tasks {
		t := f.full(st)
		f.units.mu.Lock()
		path := f.units.units[t.UnitID].Path
		f.units.mu.Unlock()
		if (filter.Batch != 0 && t.Batch != filter.Batch) ||
			(filter.ItemID != 0 && t.ItemID != filter.ItemID) ||
			(filter.UnitID != 0 && t.UnitID != filter.UnitID) ||
			(filter.Role != "" && t.Role != filter.Role) ||
			(filter.State != "" && t.State != filter.State) ||
			(within != nil && !strings.HasPrefix(path, within.Path)) {
			continue
		}
		out = append(out, sorted{t, path})
	}
	slices.SortStableFunc(out, func(a, b sorted) int {
		if a.t.Batch != b.t.Batch {
			return a.t.Batch - b.t.Batch
		}
		if a.t.ItemSeq != b.t.ItemSeq {
			return a.t.ItemSeq - b.t.ItemSeq
		}
		return strings.Compare(a.path, b.path)
	})
	tasks := make([]*rollout.Task, len(out))
	for i, s := range out {
		tasks[i] = s.t
	}
	return tasks, nil
}

// TaskList keeps, orders and pages the tasks as rollout.TaskQuery says.
func (f *fakeTasks) TaskList(ctx context.Context, q rollout.TaskQuery) (rollout.TaskPage, error) {
	q = q.Bounded()
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return rollout.TaskPage{}, f.err
	}
	within := ""
	if q.Within != 0 {
		f.units.mu.Lock()
		u := f.units.units[q.Within]
		f.units.mu.Unlock()
		if u == nil {
			return rollout.TaskPage{}, rollout.E(rollout.ENOTFOUND, "err.task.no_owner", q.Within)
		}
		within = u.Path
	}
	var all []*rollout.Task
	for _, st := range f.tasks {
		if t := f.full(st); q.Keep(t, within) {
			all = append(all, t)
		}
	}
	slices.SortFunc(all, q.Compare)
	p := rollout.TaskPage{Total: len(all)}
	if q.Offset < len(all) {
		p.Tasks = all[q.Offset:min(len(all), q.Offset+q.Limit)]
	}
	return p, nil
}

func (f *fakeTasks) Task(ctx context.Context, id int64) (*rollout.Task, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	t := f.find(id)
	if t == nil {
		return nil, rollout.Errorf(rollout.ENOTFOUND, "未找到编号为%d的任务。", id)
	}
	return f.full(t), nil
}

func (f *fakeTasks) TaskAccess(ctx context.Context, id int64) (*rollout.TaskAccess, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	return f.access(id)
}

// access is task id with its item's responsible units; the caller holds f.mu.
func (f *fakeTasks) access(id int64) (*rollout.TaskAccess, error) {
	t := f.find(id)
	if t == nil {
		return nil, rollout.Errorf(rollout.ENOTFOUND, "未找到编号为%d的任务。", id)
	}
	it, _ := f.item(t.ItemID)
	return &rollout.TaskAccess{Task: f.full(t), Responsible: append([]string{}, it.Responsible...)}, nil
}

// Units of the fixture beyond the reference tree: departments of Guangdong and
// of Shenzhen, which the reference data do not list.
const (
	gdDRC      = 440091 // 省发展改革委
	gdCommerce = 440092 // 省商务厅
	gdEcology  = 440093 // 省生态环境厅
	gdMarket   = 440094 // 省市场监管局
	gdHousing  = 440095 // 省住房城乡建设厅
	szCommerce = 440391 // 深圳市商务局
	guangdong  = 440000
	guangzhou  = 440100
	shenzhen   = 440300
	futian     = 440304
	zhuhai     = 440400
)

// newFakeServices returns the catalogue of newFake, the unit tree and the tasks
// of the 7th batch as Assign makes them, with one cascade already divided:
// Guangdong's task for item 1 to 省住房城乡建设厅 (lead), 广州市 and 深圳市 (co),
// and Shenzhen's part of it on to 福田区 (co).
func newFakeServices(t testing.TB, cat *fakeCatalog) (*fakeUnits, *fakeTasks) {
	t.Helper()
	units := newFakeUnits(t)
	for _, d := range []struct {
		id, parent int64
		name, full string
	}{
		{gdDRC, guangdong, "省发展改革委", "广东省发展和改革委员会"},
		{gdCommerce, guangdong, "省商务厅", "广东省商务厅"},
		{gdEcology, guangdong, "省生态环境厅", "广东省生态环境厅"},
		{gdMarket, guangdong, "省市场监管局", "广东省市场监督管理局"},
		{gdHousing, guangdong, "省住房城乡建设厅", "广东省住房和城乡建设厅"},
		{szCommerce, shenzhen, "深圳市商务局", "深圳市商务局"},
	} {
		units.add(t, d.id, d.parent, rollout.KindDepartment, d.name, d.full)
	}
	tasks := &fakeTasks{cat: cat, units: units}
	ctx := context.Background()
	res, err := tasks.Assign(ctx, 7)
	if err != nil || len(res.Unresolved) > 0 {
		t.Fatalf("fixture: assign: %+v, %v", res, err)
	}
	gd := tasks.first(t, guangdong, 1001)
	divided, err := tasks.Divide(ctx, gd.ID, []rollout.Division{
		{UnitID: gdHousing, Role: rollout.RoleLead, Deadline: rollout.ParseDeadline("2024年6月底前"), Deliverable: "实施方案", Contact: "省住房城乡建设厅审批处 020-12345678"},
		{UnitID: guangzhou, Role: rollout.RoleCo, Deadline: rollout.ParseDeadline("2024年6月底前"), Deliverable: "实施方案"},
		{UnitID: shenzhen, Role: rollout.RoleCo, Deadline: rollout.ParseDeadline("2024年6月底前"), Deliverable: "实施方案"},
	})
	if err != nil {
		t.Fatalf("fixture: divide: %v", err)
	}
	if _, err := tasks.Divide(ctx, divided[2].ID, []rollout.Division{
		{UnitID: futian, Role: rollout.RoleCo, Deadline: rollout.ParseDeadline("持续推进"), Deliverable: "工作总结"},
	}); err != nil {
		t.Fatalf("fixture: divide: %v", err)
	}
	tasks.divides = 0
	return units, tasks
}

// first returns the first-level task of unit for item.
func (f *fakeTasks) first(t testing.TB, unit, item int64) *rollout.Task {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, task := range f.tasks {
		if task.UnitID == unit && task.ItemID == item && task.ParentID == 0 {
			return f.full(task)
		}
	}
	t.Fatalf("fixture: no task of unit %d for item %d", unit, item)
	return nil
}

// under returns the tasks divided from parent, with context.
func (f *fakeTasks) under(parent int64) []*rollout.Task {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*rollout.Task
	for _, t := range f.tasks {
		if t.ParentID == parent {
			out = append(out, f.full(t))
		}
	}
	return out
}
