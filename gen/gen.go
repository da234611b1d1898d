// Package gen makes a reproducible, realistic dataset for measuring rollout at
// national scale: synthetic earlier batches beside the real 7th batch, and the
// progress each leaf task reports period by period. Everything it makes is a
// pure function of a seed, so two runs with the same seed give the same data on
// SQLite and on PostgreSQL.
//
// The synthetic batches are clearly marked: their 文号 reads 合成〔YYYY〕N号 and
// their titles say 合成数据（性能测试用）. No real notice text is imitated.
package gen

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"time"

	"rollout"
)

// Scale is how far down the unit tree the tasks of nationwide items reach.
type Scale string

const (
	ScaleProvince Scale = "province" // first-level tasks only
	ScaleCity     Scale = "city"     // divided to every prefecture-level city
	ScaleCounty   Scale = "county"   // and on to every county
)

// ParseScale reads a --scale value.
func ParseScale(s string) (Scale, error) {
	switch Scale(s) {
	case ScaleProvince, ScaleCity, ScaleCounty:
		return Scale(s), nil
	}
	return "", rollout.E(rollout.EINVALID, "err.ops.gen_scale", s)
}

// Depth is the unit kinds tasks are divided to, in order, for the scale.
func (s Scale) Depth() []rollout.UnitKind {
	switch s {
	case ScaleCity:
		return []rollout.UnitKind{rollout.KindCity}
	case ScaleCounty:
		return []rollout.UnitKind{rollout.KindCity, rollout.KindCounty}
	}
	return nil
}

// SyntheticDocPrefix starts the 文号 of every synthetic notice.
const SyntheticDocPrefix = "合成〔"

// ItemsPerBatch is the size of each synthetic batch: six of them and the real
// 7th batch's 24 items make 300.
const ItemsPerBatch = 46

// SyntheticBatches are the batch numbers the generator fills.
var SyntheticBatches = []int{1, 2, 3, 4, 5, 6}

var (
	domains  = []string{"投资贸易便利化", "金融开放创新", "政府管理创新", "知识产权保护", "人力资源", "航运物流", "营商环境优化", "产业发展"}
	prefixes = []string{"跨境", "一站式", "全流程", "智慧", "电子化", "集成化", "便利化", "数字化", "标准化", "信用化"}
	objects  = []string{"企业开办", "报关单证", "进口药品通关", "船舶登记", "外汇结算", "知识产权质押", "工程建设审批", "海关查验",
		"外籍人才签证", "税收征管", "保税维修", "融资租赁", "商事登记", "检验检测", "电子证照", "冷链物流", "跨境电商退货", "航空货运",
		"国际中转集拼", "涉外商事调解", "不动产登记", "货物贸易结算", "医疗器械注册", "特殊物品入境", "农产品检疫"}
	actions = []string{"改革", "服务模式", "监管机制", "审批流程优化", "协同机制", "信用管理", "办理模式", "创新举措"}
	scopes  = []string{rollout.ScopeNationwide, rollout.ScopeNationwide, rollout.ScopeNationwide, rollout.ScopeNationwide,
		rollout.ScopeNationwide, rollout.ScopeNationwide, rollout.ScopeNationwide, rollout.ScopeNationwide, rollout.ScopeFTZ,
		rollout.ScopeCoastal}
)

// Batches returns the synthetic notices 1–6, each with ItemsPerBatch items
// named from a fixed vocabulary, responsible units drawn from central (names
// the unit directory knows) and scopes mostly nationwide.
func Batches(seed uint64, central []string) []*rollout.Notice {
	var out []*rollout.Notice
	used := map[string]bool{}
	for _, b := range SyntheticBatches {
		rng := rand.New(rand.NewPCG(seed, uint64(b)))
		year := 2014 + (b-1)*2 // every other year, as the real batches came
		n := &rollout.Notice{
			DocNo:      fmt.Sprintf("%s%d〕%d号", SyntheticDocPrefix, year, b),
			Title:      fmt.Sprintf("关于做好自由贸易试验区第%d批改革试点经验复制推广工作的通知（合成数据（性能测试用））", b),
			Issuer:     "国务院",
			IssuedOn:   time.Date(year, time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC),
			Batch:      b,
			Addressees: "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
			Format:     rollout.FormatText,
			Preamble:   "本通知为性能测试生成的合成数据，并非真实文件。",
			AnnexTitle: fmt.Sprintf("第%d批改革试点经验复制推广任务分工表（合成）", b),
		}
		byDomain := map[string]*rollout.Domain{}
		for seq := 1; seq <= ItemsPerBatch; seq++ {
			name := ""
			for name == "" || used[name] {
				name = prefixes[rng.IntN(len(prefixes))] + objects[rng.IntN(len(objects))] + actions[rng.IntN(len(actions))]
				if used[name] {
					name += fmt.Sprintf("（第%d批）", b)
				}
			}
			used[name] = true
			d := domains[rng.IntN(len(domains))]
			resp := []string{central[rng.IntN(len(central))]}
			if o := central[rng.IntN(len(central))]; rng.IntN(3) == 0 && o != resp[0] {
				resp = append(resp, o)
			}
			n.Items = append(n.Items, rollout.Item{
				Seq: seq, Name: name, Domain: d, Responsible: resp, Scope: scopes[rng.IntN(len(scopes))],
				Content: fmt.Sprintf("推行%s，压缩办理时限，实现数据共享和全程留痕（合成内容）。", name),
			})
			if byDomain[d] == nil {
				n.Domains = append(n.Domains, rollout.Domain{Seq: len(n.Domains) + 1, Name: d})
				byDomain[d] = &n.Domains[len(n.Domains)-1]
			}
		}
		// The domain list was appended while pointers were taken: rebuild it.
		for i := range n.Domains {
			for _, it := range n.Items {
				if it.Domain == n.Domains[i].Name {
					n.Domains[i].Items = append(n.Domains[i].Items, it.Seq)
				}
			}
			n.Domains[i].Declared = len(n.Domains[i].Items)
		}
		out = append(out, n)
	}
	return out
}

// Leaf is a leaf task the generator gives a history of reports.
type Leaf struct {
	TaskID     int64
	ItemID     int64
	ProvinceID int64
	IssuedOn   time.Time // the batch's notice date
}

// Entry is one report of a leaf: its period, the status it states, whether it
// carries a local document as evidence, and when it was submitted.
type Entry struct {
	Period   rollout.Period
	Status   rollout.ReportStatus
	Evidence bool
	At       time.Time
}

// History is what a leaf reports over the periods: the entries, oldest first,
// and the state the task is left in.
type History struct {
	Entries []Entry
	State   rollout.TaskState
}

// Progress returns a leaf's reports for the quarterly periods, oldest first,
// each between the batch's notice and now (periods before the notice are
// skipped). The model: a province has a speed, an item a difficulty; work
// starts a few quarters after the notice, the reform lands some quarters later
// and deepens after a year; a few leaves wait for approval or a legal change,
// a few are not applicable; the newest period is not yet reported by some.
func Progress(seed uint64, l Leaf, periods []rollout.Period, now time.Time) History {
	rng := rand.New(rand.NewPCG(seed^mix(l.TaskID), mix(l.ItemID)))
	speed := 0.6 + 0.8*unit(seed, "province", l.ProvinceID)   // 0.6–1.4
	difficulty := 0.5 + 1.0*unit(seed, "item", l.ItemID)      // 0.5–1.5
	start := int(rng.ExpFloat64() * 1.5 * difficulty / speed) // quarters after the notice
	lands := start + 1 + int(rng.ExpFloat64()*3*difficulty/speed)
	pending := rng.Float64() < 0.04
	na := rng.Float64() < 0.015
	var h History
	issued := rollout.PeriodOf(rollout.RhythmQuarterly, l.IssuedOn)
	for i, p := range periods {
		if p < issued {
			continue
		}
		q := quartersBetween(issued, p)
		last := i == len(periods)-1
		if last && rng.Float64() < 0.15 {
			break // the current period is still open; not everyone has reported
		}
		var s rollout.ReportStatus
		switch {
		case na:
			s = rollout.StatusNA
		case q < start:
			s = rollout.StatusNotStarted
		case q < lands && pending:
			s = rollout.StatusPending
		case q < lands:
			s = rollout.StatusInProgress
		case q < lands+4 || rng.IntN(2) == 0:
			s = rollout.StatusImplemented
		default:
			s = rollout.StatusDeepening
		}
		ev := (s == rollout.StatusImplemented || s == rollout.StatusDeepening) && rng.Float64() < 0.9 ||
			s == rollout.StatusInProgress && rng.Float64() < 0.3
		_, _, end, _ := rollout.ParsePeriod(string(p))
		at := end.AddDate(0, 0, -rng.IntN(10))
		if at.After(now) {
			at = now.Add(-time.Duration(rng.IntN(72)) * time.Hour)
		}
		h.Entries = append(h.Entries, Entry{Period: p, Status: s, Evidence: ev, At: at})
	}
	switch {
	case na && len(h.Entries) > 0:
		h.State = rollout.StateNA
	case len(h.Entries) == 0:
		if rng.IntN(3) == 0 {
			h.State = rollout.StateAssigned
		} else {
			h.State = rollout.StateAcknowledged
		}
	case h.Entries[len(h.Entries)-1].Period == periods[len(periods)-1] && rng.IntN(5) < 2:
		h.State = rollout.StateReported // the newest report waits for review
	default:
		h.State = rollout.StateAccepted
	}
	return h
}

// quartersBetween counts the quarters from a to b (both quarterly periods).
func quartersBetween(a, b rollout.Period) int {
	_, as, _, _ := rollout.ParsePeriod(string(a))
	_, bs, _, _ := rollout.ParsePeriod(string(b))
	return (bs.Year()-as.Year())*4 + (int(bs.Month())-int(as.Month()))/3
}

// unit is a number in [0, 1) fixed by the seed, a kind and an id.
func unit(seed uint64, kind string, id int64) float64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%d/%s/%d", seed, kind, id)
	return float64(h.Sum64()>>11) / (1 << 53)
}

// mix spreads an id's bits for seeding.
func mix(id int64) uint64 {
	x := uint64(id) + 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}
