package notice

import (
	"rollout"
)

// buildFromBody reads a notice that has no annex table (the body alone, as
// some copies and summaries give it): the items are those the body names, in
// its order, numbered 1, 2, … with their domains and scopes; their contents
// and responsible units are left empty for the coordinator to complete. It
// reports false when the body names no item either: then the document is no
// notice this reader knows.
func (b *builder) buildFromBody(doc *document, docNo int, opt Options) (*rollout.Notice, bool) {
	_, docNoText := b.findDocNo(len(b.lines))
	b.n.DocNo = docNoText
	b.n.SourceURL = b.sourceURL(doc.sourceURL, len(b.lines))
	b.use(docNo, docNo)
	start := b.readHeader(docNo, len(b.lines))
	if len(b.refs) == 0 {
		return nil, false
	}
	n := b.n
	listed := make([]int, len(n.Domains))
	seen := map[string]bool{}
	for _, ref := range b.refs {
		if seen[ref.key] {
			b.diag(rollout.LevelWarning, "body-item-duplicate", ref.no, "err.notice.diag.body-item-duplicate", ref.name)
			continue
		}
		seen[ref.key] = true
		it := rollout.Item{Seq: len(n.Items) + 1, Name: ref.name, Scope: ref.scope}
		if ref.domain >= 0 {
			d := &n.Domains[ref.domain]
			d.Items = append(d.Items, it.Seq)
			it.Domain = d.Name
			listed[ref.domain]++
		}
		n.Items = append(n.Items, it)
		b.rowNo = append(b.rowNo, ref.no)
	}
	for k, d := range n.Domains {
		if d.Declared > 0 && d.Declared != listed[k] {
			b.diag(rollout.LevelWarning, "count-mismatch", b.domainLine(k), "err.notice.diag.count-mismatch", d.Name, d.Declared, listed[k])
		}
	}
	b.diag(rollout.LevelWarning, "annex-missing", 0, "err.notice.diag.annex-missing", len(n.Items))
	b.setBatch(opt.Batch)
	b.reportUnread(start)
	for i := range n.Items {
		n.Items[i].Batch = n.Batch
	}
	if err := n.Validate(); err != nil && !n.HasErrors() {
		b.diag(rollout.LevelError, "notice-invalid", 0, "err.notice.diag.notice-invalid", rollout.ErrorMessage(err))
	}
	return n, true
}
