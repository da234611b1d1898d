package gen

import (
	"slices"
	"testing"
	"time"

	"rollout"
)

var central = []string{"商务部", "海关总署", "中国人民银行", "国家知识产权局", "交通运输部"}

func TestBatchesAreReproducibleAndMarked(t *testing.T) {
	a, b := Batches(7, central), Batches(7, central)
	if len(a) != len(SyntheticBatches) {
		t.Fatalf("%d batches, want %d", len(a), len(SyntheticBatches))
	}
	names := map[string]bool{}
	for i, n := range a {
		if err := n.Validate(); err != nil {
			t.Fatalf("batch %d: %v", n.Batch, err)
		}
		if n.DocNo[:len(SyntheticDocPrefix)] != SyntheticDocPrefix {
			t.Errorf("batch %d doc no %q is not marked synthetic", n.Batch, n.DocNo)
		}
		if len(n.Items) != ItemsPerBatch {
			t.Errorf("batch %d has %d items", n.Batch, len(n.Items))
		}
		counted := 0
		for _, d := range n.Domains {
			counted += len(d.Items)
			if d.Declared != len(d.Items) {
				t.Errorf("batch %d domain %s declares %d, lists %d", n.Batch, d.Name, d.Declared, len(d.Items))
			}
		}
		if counted != len(n.Items) {
			t.Errorf("batch %d: domains list %d items of %d", n.Batch, counted, len(n.Items))
		}
		for j, it := range n.Items {
			if names[it.Name] {
				t.Errorf("item name %q repeats", it.Name)
			}
			names[it.Name] = true
			if it.Name != b[i].Items[j].Name || it.Scope != b[i].Items[j].Scope {
				t.Fatalf("same seed gave a different item: %+v vs %+v", it, b[i].Items[j])
			}
			for _, r := range it.Responsible {
				if !slices.Contains(central, r) {
					t.Errorf("responsible unit %q is not one of the given", r)
				}
			}
		}
	}
	if c := Batches(8, central); c[0].Items[0].Name == a[0].Items[0].Name && c[0].Items[1].Name == a[0].Items[1].Name {
		t.Error("another seed gave the same items")
	}
}

func quarters(from string, n int) []rollout.Period {
	_, s, _, _ := rollout.ParsePeriod(from)
	var out []rollout.Period
	for i := range n {
		out = append(out, rollout.PeriodOf(rollout.RhythmQuarterly, s.AddDate(0, 3*i, 15)))
	}
	return out
}

func TestProgressMovesForwardWithARealisticSpread(t *testing.T) {
	periods := quarters("2023Q3", 12)
	now := time.Date(2026, 6, 20, 0, 0, 0, 0, time.UTC)
	rank := map[rollout.ReportStatus]int{rollout.StatusNotStarted: 0, rollout.StatusInProgress: 1, rollout.StatusPending: 1,
		rollout.StatusImplemented: 2, rollout.StatusDeepening: 2}
	final := map[rollout.ReportStatus]int{}
	const leaves = 20000
	for id := int64(1); id <= leaves; id++ {
		l := Leaf{TaskID: id, ItemID: id % 300, ProvinceID: id % 31, IssuedOn: time.Date(2023, 7, 27, 0, 0, 0, 0, time.UTC)}
		h := Progress(3, l, periods, now)
		if again := Progress(3, l, periods, now); !slices.Equal(h.Entries, again.Entries) || h.State != again.State {
			t.Fatalf("leaf %d: same seed gave another history", id)
		}
		for i, e := range h.Entries {
			if e.At.After(now) {
				t.Fatalf("leaf %d reports %s in the future (%s)", id, e.Period, e.At)
			}
			if i > 0 && e.Status != rollout.StatusNA && rank[e.Status] < rank[h.Entries[i-1].Status] {
				t.Fatalf("leaf %d goes back from %s to %s", id, h.Entries[i-1].Status, e.Status)
			}
		}
		if len(h.Entries) > 0 {
			final[h.Entries[len(h.Entries)-1].Status]++
		}
	}
	share := func(s rollout.ReportStatus) float64 { return float64(final[s]) / leaves }
	// Three years after the notice most leaves have landed, some are still in
	// progress, a few wait for approval or do not apply.
	landed := share(rollout.StatusImplemented) + share(rollout.StatusDeepening)
	if landed < 0.4 || landed > 0.85 {
		t.Errorf("landed share %.2f, want between 0.4 and 0.85 (%v)", landed, final)
	}
	if s := share(rollout.StatusNA); s < 0.005 || s > 0.03 {
		t.Errorf("not applicable share %.3f (%v)", s, final)
	}
	if share(rollout.StatusInProgress) < 0.05 || share(rollout.StatusPending) == 0 || share(rollout.StatusDeepening) == 0 {
		t.Errorf("spread too thin: %v", final)
	}
}

func TestParseScale(t *testing.T) {
	if _, err := ParseScale("town"); rollout.ErrorCode(err) != rollout.EINVALID {
		t.Errorf("ParseScale(town) = %v, want EINVALID", err)
	}
	if s, _ := ParseScale("county"); len(s.Depth()) != 2 {
		t.Errorf("county depth %v", s.Depth())
	}
}
