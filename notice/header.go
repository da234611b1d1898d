package notice

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"rollout"
)

// A title ends with the kind of document it names.
var reTitleEnd = regexp.MustCompile(`(?:通知|决定|意见|批复|复函|函)[》]?$`)

// readHeader reads everything before the annex table: title, issuer, date,
// addressees, preamble, body and duties, signature and the annex's title. d is
// the line of the 文号, header the annex's header row. It returns the line
// where the notice starts (lines before it, such as a note on where a copy was
// taken from, are not part of the notice).
func (b *builder) readHeader(d, header int) int {
	n := b.n
	start, titleEnd := b.readTitle(d)
	if start < 0 || start > d {
		start = d
	}

	// 主送机关: the line after the title and the 文号, ending with a colon.
	bodyStart := max(d, titleEnd) + 1
	if i := bodyStart; i < header && !b.lines[i].isRow() && !startsBlock(b.lines[i].text) &&
		(strings.HasSuffix(b.lines[i].text, "：") || strings.HasSuffix(b.lines[i].text, ":")) {
		n.Addressees = strings.TrimRight(b.lines[i].text, "：:")
		b.use(i, i)
		bodyStart = i + 1
	} else {
		no := 0
		if i < len(b.lines) {
			no = b.lines[i].no
		}
		b.diag(rollout.LevelWarning, "addressees-missing", no, "err.notice.diag.addressees-missing")
	}

	// The body ends at the annex label, the signature and date, or the table.
	date := -1
	for i := bodyStart; i < header; i++ {
		if l := b.lines[i]; !l.isRow() && reDate.MatchString(l.text) {
			date = i
			break
		}
	}
	bodyEnd := header
	for i := bodyStart; i < header; i++ {
		if reAnnex.MatchString(b.lines[i].text) {
			bodyEnd = i
			break
		}
	}
	signature := -1
	if date >= 0 {
		if s := date - 1; s >= bodyStart && isSignature(b.lines[s]) {
			signature = s
		}
		bodyEnd = min(bodyEnd, date)
		if signature >= 0 {
			bodyEnd = min(bodyEnd, signature)
		}
	}
	b.readBody(bodyStart, bodyEnd)
	b.readDate(date, d)
	b.readIssuer(signature, d)
	b.readAnnexTitle(bodyEnd, header)
	return start
}

// readTitle finds the title near the 文号 line d: the lines from one that has
// 关于 to one that ends with the kind of document (通知), joined. It returns
// the title's first and last line, or -1, -1.
func (b *builder) readTitle(d int) (int, int) {
	n := b.n
	// The title on the 文号 line itself: 国务院关于…的通知（国函〔2023〕56号）.
	if t := strings.Trim(strings.Replace(b.lines[d].text, n.DocNo, "", 1), " 　（）()"); strings.Contains(t, "关于") {
		n.Title = t
		return d, d
	}
	try := func(i int) bool {
		if i < 0 || i >= len(b.lines) || i == d || b.lines[i].isRow() || !strings.Contains(b.lines[i].text, "关于") {
			return false
		}
		title := ""
		for j := i; j < len(b.lines) && j < i+4 && j != d && !b.lines[j].isRow(); j++ {
			title = joinSoft(title, b.lines[j].text)
			if reTitleEnd.MatchString(title) {
				n.Title = title
				b.use(i, j)
				return true
			}
		}
		return false
	}
	for i := d - 1; i >= 0 && i >= d-6; i-- {
		if try(i) {
			return i, b.lastUsed(i)
		}
	}
	for i := d + 1; i < len(b.lines) && i <= d+3; i++ {
		if try(i) {
			return i, b.lastUsed(i)
		}
	}
	// A page whose article starts below the title: the page's own title,
	// less the site's name (…的通知_国务院文件_中国政府网).
	if t, _, _ := strings.Cut(b.pageTitle, "_"); strings.Contains(t, "关于") && reTitleEnd.MatchString(strings.TrimSpace(t)) {
		n.Title = strings.TrimSpace(t)
		b.diag(rollout.LevelInfo, "title-from-page", b.lines[d].no, "err.notice.diag.title-from-page", n.Title)
		return -1, -1
	}
	b.diag(rollout.LevelWarning, "title-missing", b.lines[d].no, "err.notice.diag.title-missing")
	return -1, -1
}

func (b *builder) lastUsed(i int) int {
	for i+1 < len(b.used) && b.used[i+1] {
		i++
	}
	return i
}

// isSignature reports whether l looks like the issuer's signature above the
// date: a short line without punctuation.
func isSignature(l line) bool {
	return !l.isRow() && utf8.RuneCountInString(l.text) <= 30 && !strings.ContainsAny(l.text, "。，；：:,;") &&
		!reAnnex.MatchString(l.text) && !startsBlock(l.text)
}

func (b *builder) readDate(date, d int) {
	if date < 0 {
		b.diag(rollout.LevelError, "date-missing", b.lines[d].no, "err.notice.diag.date-missing")
		return
	}
	b.use(date, date)
	l := b.lines[date]
	t, ok := parseDate(l.text)
	if !ok {
		b.diag(rollout.LevelError, "date-invalid", l.no, "err.notice.diag.date-invalid", l.text)
		return
	}
	b.n.IssuedOn = t
}

// Issuers by the code that starts a 文号.
var issuerByDocNo = []struct{ prefix, issuer string }{
	{"国办", "国务院办公厅"},
	{"国", "国务院"},
}

func (b *builder) readIssuer(signature, d int) {
	n := b.n
	if signature >= 0 {
		n.Issuer = strings.Join(strings.Fields(b.lines[signature].text), "") // 国 务 院 → 国务院
		b.use(signature, signature)
		return
	}
	no := b.lines[d].no
	if i := strings.Index(n.Title, "关于"); i > 0 {
		n.Issuer = n.Title[:i]
		b.diag(rollout.LevelInfo, "issuer-inferred", no, "err.notice.diag.issuer-inferred", n.Issuer)
		return
	}
	for _, x := range issuerByDocNo {
		if strings.HasPrefix(n.DocNo, x.prefix) {
			n.Issuer = x.issuer
			b.diag(rollout.LevelInfo, "issuer-inferred", no, "err.notice.diag.issuer-inferred-2", n.DocNo, n.Issuer)
			return
		}
	}
	b.diag(rollout.LevelWarning, "issuer-missing", no, "err.notice.diag.issuer-missing")
}

// readAnnexTitle reads the lines between the body and the table: the annex
// label (附件：title), the signature and date (already read) and the table's
// own title, which is kept as AnnexTitle.
func (b *builder) readAnnexTitle(from, header int) {
	n := b.n
	label, labelNo := "", 0
	for i := from; i < header; i++ {
		l := b.lines[i]
		if m := reAnnex.FindStringSubmatch(l.text); m != nil && !l.isRow() {
			b.use(i, i)
			if t := strings.TrimSpace(m[1]); t != "" && label == "" {
				label, labelNo = t, l.no
			}
		}
	}
	// The table's title: the run of unused text lines just above the table.
	first := header
	for first-1 >= from && !b.used[first-1] && !b.lines[first-1].isRow() && !isBracketed(b.lines[first-1].text) {
		first--
	}
	title := ""
	for i := first; i < header; i++ {
		title = joinSoft(title, b.lines[i].text)
	}
	b.use(first, header-1)
	switch {
	case title != "":
		n.AnnexTitle = title
		if label != "" && strings.Join(strings.Fields(label), "") != strings.Join(strings.Fields(title), "") {
			b.diag(rollout.LevelWarning, "annex-title-mismatch", labelNo, "err.notice.diag.annex-title-mismatch", label, title)
		}
	case label != "":
		n.AnnexTitle = label
	default:
		no := 0
		if header < len(b.lines) {
			no = b.lines[header].no
		}
		b.diag(rollout.LevelWarning, "annex-title-missing", no, "err.notice.diag.annex-title-missing")
	}
}

// isBracketed reports a note in brackets such as （此件公开发布）.
func isBracketed(s string) bool {
	return (strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）")) || (strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")"))
}

// setBatch reads the batch number (第七批) from the title, else from the
// annex's title or the preamble; given (by the person importing) wins.
func (b *builder) setBatch(given int) {
	n := b.n
	found := 0
	for _, s := range []string{n.Title, n.AnnexTitle, n.Preamble} {
		if m := reBatch.FindStringSubmatch(s); m != nil {
			if v, ok := parseNumber(m[1]); ok && v > 0 && v < 100 {
				found = v
				break
			}
		}
	}
	switch {
	case given > 0 && found > 0 && found != given:
		b.diag(rollout.LevelWarning, "batch-differs", 0, "err.notice.diag.batch-differs", given, found, given)
		n.Batch = given
	case given > 0 && found == 0:
		b.diag(rollout.LevelInfo, "batch-given", 0, "err.notice.diag.batch-given", given)
		n.Batch = given
	case given > 0:
		n.Batch = given
	case found > 0:
		n.Batch = found
	default:
		b.diag(rollout.LevelError, "batch-missing", 0, "err.notice.diag.batch-missing")
	}
}

// sourceURL finds where the text says it was published: the page's own
// metadata for HTML, else the first web address in the text before the annex
// (a gov.cn address preferred), with Markdown escapes (\_) removed.
func (b *builder) sourceURL(meta string, header int) string {
	if meta != "" {
		return meta
	}
	first := ""
	for i := 0; i < header && i < len(b.lines); i++ {
		for _, u := range reURL.FindAllString(b.lines[i].text, -1) {
			u = strings.TrimRight(strings.ReplaceAll(u, `\`, ""), ".,;。，；")
			host := strings.SplitN(strings.SplitN(u, "://", 2)[1], "/", 2)[0]
			if strings.HasSuffix(host, "gov.cn") {
				return u
			}
			if first == "" {
				first = u
			}
		}
	}
	return first
}
