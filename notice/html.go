package notice

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"

	"rollout"
)

// readHTML reads a web page holding a notice (as saved from the government
// website) into the same lines the text reader makes: one line per paragraph
// or <br>-separated line, one row line per table row. When the page marks its
// article (id="UCAP-CONTENT", class="pages_content", <article>, …) only the
// article is kept; navigation, scripts, styles and hidden elements are always
// skipped. It returns the charset the page declares ("" when it declares none).
func readHTML(src []byte) (doc *document, charset string) {
	r := &htmlReader{lineNo: 1}
	r.frames = []*frame{{}}
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		no := r.lineNo
		r.lineNo += bytes.Count(raw, []byte{'\n'})
		switch tt {
		case html.TextToken:
			if r.skipDepth > 0 {
				if r.skipTag == "title" && !r.titleDone {
					r.title.Write(z.Text())
				}
				continue
			}
			// the line of the first character that is not white space
			i := 0
			for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\f') {
				i++
			}
			r.text(z.Text(), no+bytes.Count(raw[:i], []byte{'\n'}))
		case html.CommentToken:
			r.comment(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			var attrs map[string]string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if attrs == nil {
					attrs = map[string]string{}
				}
				attrs[string(k)] = string(v)
			}
			r.start(tag, attrs, no)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name), no)
		}
	}
	for len(r.tables) > 0 {
		r.endTable(r.tables[len(r.tables)-1])
	}
	r.flush()
	doc = &document{format: rollout.FormatHTML, pageTitle: collapseSpace(r.title.String())}
	for _, l := range r.frames[0].lines {
		if r.foundArticle && l.outside {
			continue
		}
		doc.lines = append(doc.lines, l)
	}
	for _, u := range []string{r.canonical, r.ogURL, r.metaURL, r.savedFrom} {
		if u != "" {
			doc.sourceURL = u
			break
		}
	}
	return doc, r.charset
}

// frame collects the lines of the document or of one table cell.
type frame struct {
	lines []line
	cur   strings.Builder // text of the line being read
	curNo int             // its source line; 0 until known
	gap   bool            // a paragraph boundary comes before the next line
}

type cell struct {
	lines            []line
	rowspan, colspan int
}

type table struct {
	frame    int // index of the enclosing frame
	rowOpen  bool
	rowNo    int
	cells    []cell
	cellOpen bool
	spans    []span // rowspans carried into the next rows, by column
}

type span struct {
	text  string
	parts []string
	left  int
}

type htmlReader struct {
	frames []*frame
	tables []*table
	lineNo int

	skipTag   string // inside an element whose content is skipped
	skipDepth int

	articleTag   string
	articleDepth int
	inArticle    bool
	foundArticle bool

	charset                              string
	canonical, ogURL, metaURL, savedFrom string
	title                                strings.Builder // the page's <title>
	titleDone                            bool
}

var (
	voidTags = set("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr")
	// skipped wherever they are
	skipTags = set("script", "style", "title", "noscript", "template", "iframe", "noembed", "noframes", "xmp", "textarea", "select", "button", "svg", "math", "object", "plaintext")
	// skipped outside the article: page chrome
	chromeTags = set("nav", "header", "footer", "aside")
	blockTags  = set("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
		"blockquote", "section", "article", "center", "hr", "pre", "address", "figure", "figcaption",
		"main", "caption", "form", "fieldset", "legend", "details", "summary", "header", "footer", "nav", "aside", "body")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

func (r *htmlReader) top() *frame { return r.frames[len(r.frames)-1] }

func (r *htmlReader) table() *table {
	if len(r.tables) == 0 {
		return nil
	}
	return r.tables[len(r.tables)-1]
}

// flush ends the line being read in the innermost frame; it reports whether a
// line was made (white space alone makes none).
func (r *htmlReader) flush() bool {
	f := r.top()
	text := collapseSpace(f.cur.String())
	f.cur.Reset()
	no := f.curNo
	f.curNo = 0
	if text == "" {
		return false
	}
	if no == 0 {
		no = r.lineNo
	}
	f.lines = append(f.lines, line{no: no, text: text, gap: f.gap, outside: !r.inArticle})
	f.gap = false
	return true
}

// boundary ends a paragraph; no is the source line of the element that starts
// the next one (0 when not known yet).
func (r *htmlReader) boundary(no int) {
	r.flush()
	f := r.top()
	f.gap = true
	f.curNo = no
}

func (r *htmlReader) text(b []byte, no int) {
	f := r.top()
	if f.curNo == 0 && len(bytes.TrimSpace(b)) > 0 {
		f.curNo = no
	}
	f.cur.Write(b)
}

func (r *htmlReader) comment(c string) {
	c = strings.TrimSpace(c)
	if i := strings.Index(c, "saved from url="); i >= 0 && r.savedFrom == "" {
		u := c[i+len("saved from url="):]
		if strings.HasPrefix(u, "(") {
			if j := strings.IndexByte(u, ')'); j >= 0 {
				u = u[j+1:]
			}
		}
		if f := strings.Fields(u); len(f) > 0 && strings.HasPrefix(f[0], "http") {
			r.savedFrom = f[0]
		}
	}
	if strings.HasPrefix(c, "?xml") && r.charset == "" {
		if i := strings.Index(c, "encoding="); i >= 0 {
			if f := strings.Fields(c[i+len("encoding="):]); len(f) > 0 {
				r.charset = strings.Trim(f[0], `"'?`)
			}
		}
	}
}

func (r *htmlReader) start(tag string, attrs map[string]string, no int) {
	if r.skipDepth > 0 {
		if tag == r.skipTag && !voidTags[tag] {
			r.skipDepth++
		}
		return
	}
	switch tag {
	case "meta":
		r.meta(attrs)
		return
	case "link":
		if strings.EqualFold(attrs["rel"], "canonical") && r.canonical == "" {
			r.canonical = strings.TrimSpace(attrs["href"])
		}
		return
	}
	if !voidTags[tag] && (skipTags[tag] || (chromeTags[tag] && !r.inArticle) || hidden(attrs)) {
		r.skipTag, r.skipDepth = tag, 1
		return
	}
	if r.inArticle && tag == r.articleTag && !voidTags[tag] {
		r.articleDepth++
	} else if !r.inArticle && isArticle(tag, attrs) {
		r.boundary(no)
		r.inArticle, r.foundArticle = true, true
		r.articleTag, r.articleDepth = tag, 1
	}
	switch tag {
	case "br":
		if !r.flush() {
			r.top().gap = true
		}
	case "table":
		r.boundary(0)
		r.tables = append(r.tables, &table{frame: len(r.frames) - 1})
	case "tr":
		if t := r.table(); t != nil {
			r.endRow(t)
			t.rowOpen, t.rowNo = true, no
		}
	case "td", "th":
		t := r.table()
		if t == nil {
			r.boundary(no)
			return
		}
		if t.cellOpen {
			r.endCell(t)
		}
		if !t.rowOpen {
			t.rowOpen, t.rowNo = true, no
		}
		t.cellOpen = true
		t.cells = append(t.cells, cell{rowspan: spanAttr(attrs["rowspan"]), colspan: spanAttr(attrs["colspan"])})
		r.frames = append(r.frames, &frame{curNo: no})
	default:
		if blockTags[tag] {
			r.boundary(no)
		}
	}
}

func (r *htmlReader) end(tag string, no int) {
	if r.skipDepth > 0 {
		if tag == r.skipTag {
			r.skipDepth--
			r.titleDone = r.titleDone || (tag == "title" && r.skipDepth == 0)
		}
		return
	}
	switch tag {
	case "table":
		if t := r.table(); t != nil {
			r.endTable(t)
		}
	case "tr":
		if t := r.table(); t != nil {
			r.endRow(t)
		}
	case "td", "th":
		if t := r.table(); t != nil && t.cellOpen {
			r.endCell(t)
		}
	case "br": // </br> is read as <br>
		if !r.flush() {
			r.top().gap = true
		}
	default:
		if blockTags[tag] {
			r.boundary(0)
		}
	}
	if r.inArticle && tag == r.articleTag {
		r.articleDepth--
		if r.articleDepth == 0 {
			r.boundary(0)
			r.inArticle = false
		}
	}
}

func (r *htmlReader) meta(attrs map[string]string) {
	if cs := attrs["charset"]; cs != "" && r.charset == "" {
		r.charset = strings.TrimSpace(cs)
	}
	if strings.EqualFold(attrs["http-equiv"], "content-type") && r.charset == "" {
		c := strings.ToLower(attrs["content"])
		if i := strings.Index(c, "charset="); i >= 0 {
			r.charset = strings.Trim(strings.TrimSpace(c[i+len("charset="):]), `"';`)
		}
	}
	u := strings.TrimSpace(attrs["content"])
	switch {
	case strings.EqualFold(attrs["property"], "og:url") && r.ogURL == "":
		r.ogURL = u
	case strings.EqualFold(attrs["name"], "url") && r.metaURL == "":
		r.metaURL = u
	}
}

// endCell closes the open cell of t, whose frame is the innermost one.
func (r *htmlReader) endCell(t *table) {
	r.flush()
	if len(r.frames) <= t.frame+1 {
		t.cellOpen = false
		return
	}
	f := r.top()
	r.frames = r.frames[:len(r.frames)-1]
	if n := len(t.cells); n > 0 {
		t.cells[n-1].lines = f.lines
	}
	t.cellOpen = false
}

// endRow closes the open row of t: a row of two or more cells becomes a row
// line; a row of one cell is layout (or a heading across the table), and its
// lines join the enclosing frame as they are.
func (r *htmlReader) endRow(t *table) {
	if t.cellOpen {
		r.endCell(t)
	}
	if !t.rowOpen && len(t.cells) == 0 {
		return
	}
	r.flush() // stray text inside the table but outside the cells
	f := r.top()
	cells, parts, spanned := t.compose()
	switch {
	case len(t.cells) == 1 && !spanned:
		for i, l := range t.cells[0].lines {
			if i == 0 {
				l.gap = true
			}
			f.lines = append(f.lines, l)
		}
		f.gap = true
	case len(cells) > 0:
		empty := true
		for _, c := range cells {
			empty = empty && c == ""
		}
		if !empty {
			f.lines = append(f.lines, line{no: t.rowNo, cells: cells, parts: parts, gap: true, outside: !r.inArticle})
		}
	}
	t.cells, t.rowOpen = nil, false
}

func (r *htmlReader) endTable(t *table) {
	r.endRow(t)
	r.tables = r.tables[:len(r.tables)-1]
	r.boundary(0)
}

// compose returns the texts of the row's cells with the rowspans of earlier
// rows filled in and colspans padded with empty cells, and for each cell the
// lines it was joined from.
func (t *table) compose() (cells []string, parts [][]string, spanned bool) {
	col := 0
	takeSpans := func() {
		for col < len(t.spans) && t.spans[col].left > 0 {
			cells = append(cells, t.spans[col].text)
			parts = append(parts, t.spans[col].parts)
			t.spans[col].left--
			col++
			spanned = true
		}
	}
	for _, c := range t.cells {
		takeSpans()
		text, lines := cellText(c.lines)
		cells = append(cells, text)
		parts = append(parts, lines)
		if c.rowspan > 1 {
			for len(t.spans) <= col {
				t.spans = append(t.spans, span{})
			}
			t.spans[col] = span{text, lines, c.rowspan - 1}
		}
		col++
		for k := 1; k < c.colspan; k++ {
			cells = append(cells, "")
			parts = append(parts, nil)
			col++
		}
	}
	takeSpans()
	return cells, parts, spanned
}

// cellText joins the lines of a cell: paragraphs and <br> inside a cell are
// line breaks of one text. It returns the joined text and the lines.
func cellText(lines []line) (string, []string) {
	var s string
	var texts []string
	for _, l := range lines {
		t := l.text
		if l.isRow() {
			t = strings.Join(l.cells, " ")
		}
		s = joinSoft(s, t)
		texts = append(texts, t)
	}
	return s, texts
}

// spanAttr reads a rowspan or colspan value, bounded so that a page cannot
// make the reader build huge rows.
func spanAttr(v string) int {
	n := 0
	for _, c := range strings.TrimSpace(v) {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
		if n > 50 {
			return 50
		}
	}
	return max(n, 1)
}

func hidden(attrs map[string]string) bool {
	if attrs == nil {
		return false
	}
	if _, ok := attrs["hidden"]; ok {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attrs["style"]), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

// isArticle reports whether an element holds the article of a page: the
// government website marks it id="UCAP-CONTENT" and class="pages_content"
// (older pages: TRS_Editor); other sites use <article> or similar classes.
func isArticle(tag string, attrs map[string]string) bool {
	if tag == "article" {
		return true
	}
	if strings.EqualFold(strings.TrimSpace(attrs["id"]), "UCAP-CONTENT") {
		return true
	}
	for _, c := range strings.Fields(attrs["class"]) {
		switch strings.ToLower(c) {
		case "pages_content", "trs_editor", "article-content", "article_content", "article-body":
			return true
		}
	}
	return false
}
