package web

import (
	"bufio"
	"bytes"
	"context"
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
	if err := n.Validate(); err != nil {
		return rollout.ImportResult{}, err
	}
	for _, b := range f.batches {
		if b.DocNo == n.DocNo || b.Batch == n.Batch {
			if b.Fingerprint == n.Fingerprint() {
				return rollout.ImportResult{Batch: b}, nil
			}
			return rollout.ImportResult{}, rollout.Errorf(rollout.ECONFLICT, "%s 已导入且内容不同。", n.DocNo)
		}
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
		return nil, rollout.Errorf(rollout.EINVALID, "检索词不能为空。")
	}
	var out []*rollout.Item
	for _, b := range f.batches {
		for _, it := range b.Items {
			fields := append([]string{it.Name, it.Content}, it.Aliases...)
			fields = append(fields, it.Responsible...)
			if slices.ContainsFunc(fields, func(s string) bool { return strings.Contains(s, q) }) {
				out = append(out, &it)
			}
		}
	}
	return out, nil
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
