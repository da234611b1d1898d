package notice

import (
	"strings"

	"rollout"
)

// para is a paragraph of the body: lines joined across soft line breaks and
// page breaks.
type para struct {
	text        string
	no          int // source line of its first line
	first, last int // its lines
}

// paragraphs joins the text lines in [lo, hi) into paragraphs. A line is joined
// to the one before it when that one does not end a sentence and this one does
// not start something new (a heading, a numbered line, the annex label, the
// date); across a blank line that is a page break, reported as
// page-break-joined.
func (b *builder) paragraphs(lo, hi int) []para {
	var ps []para
	for i := lo; i < hi; i++ {
		l := b.lines[i]
		if l.isRow() {
			continue
		}
		if k := len(ps) - 1; k >= 0 && ps[k].last == i-1 && !closesBlock(ps[k].text) && !startsBlock(l.text) {
			p := &ps[k]
			if l.gap {
				b.diag(rollout.LevelInfo, "page-break-joined", l.no, "err.notice.diag.page-break-joined",
					tail(p.text, 10), clip(l.text, 10))
			}
			p.text = joinSoft(p.text, l.text)
			p.last = i
			continue
		}
		ps = append(ps, para{text: l.text, no: l.no, first: i, last: i})
	}
	return ps
}

// section is one 一、二、… part of the body.
type section struct {
	heading string
	paras   []para
	inline  string // text that followed the heading on its line
	content bool   // it lists items (复制推广的主要内容)
}

// bodyRef is an item named in the body.
type bodyRef struct {
	name   string // as published, without the outer quote marks
	key    string // rollout.NormalizeName(name)
	no     int    // source line
	domain int    // index into Notice.Domains; -1 for items outside a domain
	scope  string // the scope the body gives it; "" when it gives none
	item   int    // index into Notice.Items once matched; -1
	score  float64
}

// readBody reads the lines in [lo, hi): the preamble, the sections, the
// domains with the items they name and the duty sections.
func (b *builder) readBody(lo, hi int) {
	n := b.n
	var preamble []string
	var sections []section
	scope := rollout.ScopeNationwide
	for _, p := range b.paragraphs(lo, hi) {
		switch {
		case reSection.MatchString(p.text):
			s := section{heading: strings.TrimSpace(reSection.ReplaceAllString(p.text, ""))}
			// 二、高度重视复制推广工作。各地区…: a heading that runs into its text
			if i := strings.Index(s.heading, "。"); i >= 0 {
				s.inline = strings.TrimSpace(s.heading[i+len("。"):])
				s.heading = s.heading[:i]
			}
			sections = append(sections, s)
			b.use(p.first, p.last)
		case isContent(p.text):
			if len(sections) > 0 {
				sections[len(sections)-1].content = true
			}
			if b.readContent(p, &scope) {
				b.use(p.first, p.last)
			}
		case len(sections) == 0:
			preamble = append(preamble, p.text)
			b.use(p.first, p.last)
		default:
			s := &sections[len(sections)-1]
			s.paras = append(s.paras, p)
		}
	}
	n.Preamble = strings.Join(preamble, "\n")
	for _, s := range sections {
		// Prose inside the section that lists the items is no duty; it is
		// left unused and so reported as unread.
		if s.content {
			continue
		}
		var texts []string
		if s.inline != "" {
			texts = append(texts, s.inline)
		}
		for _, p := range s.paras {
			texts = append(texts, p.text)
			b.use(p.first, p.last)
		}
		n.Duties = append(n.Duties, rollout.Duty{Heading: s.heading, Text: strings.Join(texts, "\n")})
	}
}

// isContent reports whether a paragraph belongs to the list of items: a
// subheading such as （一）在全国范围内复制推广的改革事项, a domain line with
// quoted item names and a count, or a line naming items to replicate in a
// region.
func isContent(text string) bool {
	if reSub.MatchString(text) {
		t := reSub.ReplaceAllString(text, "")
		return strings.Contains(t, "复制推广") && !strings.ContainsAny(t, "“「\"")
	}
	t := stripListMarker(text)
	names, _ := quoted(t)
	head, ok := domainHead(t)
	domain := ok && strings.HasSuffix(head, "领域")
	if len(names) == 0 {
		return domain && reCount.MatchString(t)
	}
	return domain || reRegion.MatchString(t) || reCount.MatchString(t)
}

// domainHead returns what comes before the colon of a domain line such as
// 投资贸易便利化领域：“…”、“…”等3项 (the colon must come before the first quote).
func domainHead(t string) (string, bool) {
	head := t
	if q := strings.IndexAny(t, "“「\""); q >= 0 {
		head = t[:q]
	}
	c := strings.IndexAny(head, "：:")
	if c < 0 {
		return "", false
	}
	return strings.TrimSpace(head[:c]), true
}

// readContent reads one paragraph of the item list; scope carries the scope of
// the current subheading. It reports whether the paragraph was understood.
func (b *builder) readContent(p para, scope *string) bool {
	n := b.n
	if reSub.MatchString(p.text) {
		t := reSub.ReplaceAllString(p.text, "")
		*scope = ""
		if m := reRegion.FindStringSubmatch(t); m != nil {
			if s := normScope(m[1]); s == rollout.ScopeNationwide || !strings.Contains(s, "特定") {
				*scope = s
			}
		}
		return true
	}
	t := stripListMarker(p.text)
	names, unclosed := quoted(t)
	if unclosed {
		b.diag(rollout.LevelWarning, "quote-unclosed", p.no, "err.notice.diag.quote-unclosed", tail(p.text, 20))
	}
	refScope, domain := *scope, -1
	if m := reRegion.FindStringSubmatch(t); m != nil {
		refScope = normScope(m[1])
	} else if head, ok := domainHead(t); ok {
		name := strings.TrimSpace(strings.TrimSuffix(head, "领域"))
		d := rollout.Domain{Seq: len(n.Domains) + 1, Name: name}
		if m := reCount.FindStringSubmatch(t); m != nil {
			d.Declared, _ = parseNumber(m[1])
		}
		n.Domains = append(n.Domains, d)
		domain = len(n.Domains) - 1
		if len(names) == 0 {
			b.diag(rollout.LevelWarning, "domain-without-items", p.no, "err.notice.diag.domain-without-items", name)
		}
	}
	for _, name := range names {
		b.refs = append(b.refs, bodyRef{name: name, key: rollout.NormalizeName(name), no: p.no, domain: domain, scope: refScope, item: -1})
	}
	return len(names) > 0 || domain >= 0
}

// normScope writes a scope phrase the way the annex does: 自由贸易试验区 →
// 自贸试验区, 全国范围内 → 全国.
func normScope(s string) string {
	s = strings.Join(strings.Fields(s), "")
	s = strings.ReplaceAll(s, "自由贸易试验区", rollout.ScopeFTZ)
	s = strings.TrimSuffix(s, "范围内")
	s = strings.TrimSuffix(s, "的")
	if strings.HasPrefix(s, "全国") {
		return rollout.ScopeNationwide
	}
	return s
}
