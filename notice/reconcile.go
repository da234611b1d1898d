package notice

import (
	"sort"

	"rollout"
)

// reconcile matches the items the body names to the annex rows and checks the
// two parts against each other: names, domain counts and scopes.
func (b *builder) reconcile() {
	n := b.n
	refs := b.refs
	taken := make([]bool, len(n.Items))

	// 1. The same name once normalised (quote marks, other punctuation and
	// spaces removed), first free row first.
	byKey := map[string][]int{}
	for i, it := range n.Items {
		k := rollout.NormalizeName(it.Name)
		byKey[k] = append(byKey[k], i)
	}
	seen := map[string]bool{}
	for r := range refs {
		ref := &refs[r]
		if seen[ref.key] {
			b.diag(rollout.LevelWarning, "body-item-duplicate", ref.no, "err.notice.diag.body-item-duplicate", ref.name)
			ref.item = -2
			continue
		}
		seen[ref.key] = true
		for _, i := range byKey[ref.key] {
			if !taken[i] {
				ref.item, ref.score, taken[i] = i, 1, true
				break
			}
		}
	}

	// 2. The rest by similarity, best pairs first; among equals the row
	// nearest to where the body's order puts it.
	type pair struct {
		ref, item int
		score     float64
		dist      int
	}
	var pairs []pair
	for r := range refs {
		if refs[r].item != -1 {
			continue
		}
		want := expectedRow(refs, r)
		for i := range n.Items {
			if taken[i] {
				continue
			}
			if s := rollout.Similarity(refs[r].key, n.Items[i].Name); s >= rollout.SimilarityThreshold {
				pairs = append(pairs, pair{r, i, s, abs(i - want)})
			}
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool {
		if pairs[x].score != pairs[y].score {
			return pairs[x].score > pairs[y].score
		}
		return pairs[x].dist < pairs[y].dist
	})
	for _, p := range pairs {
		if refs[p.ref].item == -1 && !taken[p.item] {
			refs[p.ref].item, refs[p.ref].score, taken[p.item] = p.item, p.score, true
		}
	}

	// 3. Apply and report, in body order.
	matched := make([]int, len(n.Domains))
	listed := make([]int, len(n.Domains))
	for _, ref := range refs {
		if ref.item == -2 {
			continue
		}
		if ref.domain >= 0 {
			listed[ref.domain]++
		}
		if ref.item < 0 {
			b.diag(rollout.LevelWarning, "body-item-not-in-annex", ref.no, "err.notice.diag.body-item-not-in-annex", ref.name)
			continue
		}
		it := &n.Items[ref.item]
		switch {
		case ref.name == it.Name:
		case ref.score == 1:
			b.diag(rollout.LevelInfo, "quote-style", ref.no, "err.notice.diag.quote-style", ref.name, it.Seq, it.Name)
		default:
			it.Aliases = append(it.Aliases, ref.name)
			b.diag(rollout.LevelWarning, "name-mismatch", ref.no, "err.notice.diag.name-mismatch",
				ref.name, it.Seq, it.Name, ref.score)
		}
		if ref.domain >= 0 {
			d := &n.Domains[ref.domain]
			d.Items = append(d.Items, it.Seq)
			it.Domain = d.Name
			matched[ref.domain]++
		}
		if ref.scope != "" && it.Scope != "" && normScope(it.Scope) != ref.scope {
			where := "全国范围内复制推广"
			if ref.scope != rollout.ScopeNationwide {
				where = "在" + ref.scope + "复制推广"
			}
			b.diag(rollout.LevelWarning, "scope-mismatch", ref.no, "err.notice.diag.scope-mismatch", it.Seq, it.Name, it.Scope, where)
		}
	}
	for k, d := range n.Domains {
		if d.Declared > 0 && (d.Declared != listed[k] || d.Declared != matched[k]) {
			b.diag(rollout.LevelWarning, "count-mismatch", b.domainLine(k), "err.notice.diag.count-mismatch-2", d.Name, d.Declared, listed[k], matched[k])
		}
	}
	for i, it := range n.Items {
		if !taken[i] {
			b.diag(rollout.LevelWarning, "item-not-in-body", b.rowNo[i], "err.notice.diag.item-not-in-body", it.Seq, it.Name)
		}
	}
}

// domainLine returns the source line of domain k's first named item.
func (b *builder) domainLine(k int) int {
	for _, r := range b.refs {
		if r.domain == k {
			return r.no
		}
	}
	return 0
}

// expectedRow guesses which annex row the body's r-th name is, from the
// nearest name before it that is matched already.
func expectedRow(refs []bodyRef, r int) int {
	for k := r - 1; k >= 0; k-- {
		if refs[k].item >= 0 {
			return refs[k].item + r - k
		}
	}
	for k := r + 1; k < len(refs); k++ {
		if refs[k].item >= 0 {
			return refs[k].item - (k - r)
		}
	}
	return r
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
