package notice

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"rollout"
	"rollout/msg"
)

var bom = []byte("\xef\xbb\xbf")

// Detect reports the format of a document: rollout.FormatHTML for a web page,
// rollout.FormatText for anything else.
func Detect(src []byte) string {
	s := bytes.TrimLeft(bytes.TrimPrefix(src, bom), " \t\r\n\f")
	if len(s) == 0 || s[0] != '<' {
		return rollout.FormatText
	}
	head := bytes.ToLower(s[:min(len(s), 1024)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<table", "<!--", "<?xml"} {
		if bytes.Contains(head, []byte(tag)) {
			return rollout.FormatHTML
		}
	}
	return rollout.FormatText
}

// Parse reads a State Council notice, as plain text or as a web page (see
// Detect), into a Notice: its header, the body's domains and items, the duty
// sections and the annex's items, reconciled with each other. Every mismatch
// or oddity met is in Notice.Diagnostics (codes in the package comment);
// nothing is dropped or rewritten silently.
//
// A document that cannot be read as such a notice (empty, not UTF-8, no 文号,
// neither an annex table with its columns nor items named in the body) gives
// a *rollout.Error with code rollout.EINVALID whose message names everything
// that is missing. Parse never returns a nil Notice with a nil error.
func Parse(src []byte) (*rollout.Notice, error) {
	return ParseWith(src, Options{})
}

// Options are what the person importing a notice knows and the text may not
// say.
type Options struct {
	// Batch is the batch the notice orders, for a notice whose title names
	// none (新一批…). 0: the batch comes from the text (第七批). Given, it
	// wins over the text; a text that says otherwise is reported.
	Batch int
}

// ParseWith is Parse with what the person importing knows.
func ParseWith(src []byte, opt Options) (*rollout.Notice, error) {
	doc, err := readDocument(src, "err.notice.empty")
	if err != nil {
		return nil, err
	}
	return build(doc, opt)
}

// readDocument reads src into lines with the reader its form calls for: a
// Word .docx (its paragraphs and tables), a web page or a plain text, in
// UTF-8 or GBK/GB18030 (converted, with a note). empty is the message for a
// file with nothing in it.
func readDocument(src []byte, empty string) (*document, error) {
	if isZip(src) {
		doc, err := readDocx(src)
		if err == nil {
			foldTraditional(doc)
		}
		return doc, err
	}
	if isPDF(src) {
		doc, err := readPDF(src)
		if err == nil {
			foldTraditional(doc)
		}
		return doc, err
	}
	if err := checkContainer(src); err != nil {
		return nil, err
	}
	src = bytes.TrimPrefix(src, bom)
	if err := checkBytes(src, empty); err != nil {
		return nil, err
	}
	if !utf8.Valid(src) && Detect(src) == rollout.FormatHTML {
		// a page in an encoding other than GBK/GB18030 is not guessed at
		if _, charset := readHTML(src); charset != "" {
			if cs := strings.ToLower(strings.TrimSpace(charset)); !isUTF8Name(cs) && !isGBName(cs) {
				return nil, rollout.E(rollout.EINVALID, "err.notice.charset", clip(charset, 20))
			}
		}
	}
	text, notes, err := decodeText(src)
	if err != nil {
		return nil, err
	}
	var doc *document
	if Detect(text) == rollout.FormatHTML {
		var charset string
		doc, charset = readHTML(text)
		if cs := strings.ToLower(strings.TrimSpace(charset)); cs != "" && !isUTF8Name(cs) && len(notes) == 0 {
			notes = append(notes, rollout.Diag(rollout.LevelInfo, "charset-mismatch", 0, "err.notice.diag.charset-mismatch", clip(charset, 20)))
		}
	} else {
		doc = readText(text)
	}
	doc.notes = append(notes, doc.notes...)
	foldTraditional(doc)
	return doc, nil
}

func checkBytes(src []byte, empty string) error {
	switch {
	case len(bytes.TrimSpace(src)) == 0:
		return rollout.E(rollout.EINVALID, empty)
	case bytes.HasPrefix(src, []byte{0xff, 0xfe}) || bytes.HasPrefix(src, []byte{0xfe, 0xff}):
		return rollout.E(rollout.EINVALID, "err.notice.utf16")
	case bytes.IndexByte(src, 0) >= 0:
		return rollout.E(rollout.EINVALID, "err.notice.nul")
	}
	return nil
}

func checkUTF8(src []byte) error {
	if utf8.Valid(src) {
		return nil
	}
	no := 1
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		if r == '\n' {
			no++
		}
		i += n
	}
	return rollout.E(rollout.EINVALID, "err.notice.not-utf8", no)
}

// Column names of the annex table, in the order Item fields are read: the
// name a notice uses (for messages), then the wordings other notices and
// copies use for the same column. 主要内容 may be missing; the other four
// are needed.
var columns = [5]string{"序号", "改革事项", "主要内容", "负责单位", "推广范围"}

var columnNames = [5][]string{
	{"序号", "编号", "序"},
	{"改革事项", "事项", "事项名称", "改革事项名称", "改革试点经验", "试点经验", "经验名称"},
	{"主要内容", "内容", "具体内容", "主要做法", "内容摘要"},
	{"负责单位", "负责部门", "牵头单位", "牵头部门", "责任单位", "责任部门", "主责单位", "负责单位（部门）", "负责单位(部门)"},
	{"推广范围", "复制推广范围", "适用范围", "复制范围", "推广区域"},
}

// columnOf returns the column a header cell names, or -1.
func columnOf(cell string) int {
	key := strings.Join(strings.Fields(strings.ReplaceAll(cell, "**", "")), "")
	for k, names := range columnNames {
		for _, name := range names {
			if key == name {
				return k
			}
		}
	}
	return -1
}

// headerColumns reads cells as the annex's header: the column of each of
// the five fields (colContent may be -1) and whether the header is complete.
func headerColumns(cells []string) (cols [5]int, ok bool) {
	for k := range cols {
		cols[k] = -1
	}
	for c, cell := range cells {
		if k := columnOf(cell); k >= 0 && cols[k] < 0 {
			cols[k] = c
		}
	}
	for k, c := range cols {
		if c < 0 && k != colContent {
			return cols, false
		}
	}
	return cols, true
}

const (
	colSeq = iota
	colName
	colContent
	colResponsible
	colScope
)

// builder turns lines into a Notice. used marks the lines that went into a
// field, so that the rest can be reported.
type builder struct {
	lines []line
	used  []bool
	n     *rollout.Notice
	refs  []bodyRef // items named in the body, in body order
	rowNo []int     // source line of each item's row

	pageTitle string // HTML: the page's <title>, for a title the article lacks
}

// diag records a finding: key names its message in the catalogue
// (msg/err_notice.go), said in each reader's language by Diagnostic.Text.
func (b *builder) diag(level, code string, no int, key string, args ...any) {
	b.n.Diagnostics = append(b.n.Diagnostics, rollout.Diag(level, code, no, key, args...))
}

func (b *builder) use(from, to int) {
	for i := from; i <= to && i < len(b.used); i++ {
		if i >= 0 {
			b.used[i] = true
		}
	}
}

// build reads the notice out of the lines of either reader.
func build(doc *document, opt Options) (*rollout.Notice, error) {
	lines, rediags := retable(doc.lines)
	b := &builder{
		lines: lines,
		used:  make([]bool, len(lines)),
		n:     &rollout.Notice{Format: doc.format, Diagnostics: append(doc.notes, rediags...)},

		pageTitle: doc.pageTitle,
	}
	header, cols, ncols := b.findHeader()
	end := len(b.lines)
	if header >= 0 {
		end = header
	}
	if doc.format == rollout.FormatText {
		untab(b.lines[:end])
	}
	docNo, docNoText := b.findDocNo(end)

	if header < 0 && docNo >= 0 {
		if n, ok := b.buildFromBody(doc, docNo, opt); ok {
			return n, nil
		}
	}
	var missing clauses
	if docNo < 0 {
		missing = append(missing, clause{key: "err.notice.part.missing-docno"})
	}
	if header < 0 {
		missing = append(missing, clause{key: "err.notice.part.missing-annex"})
	} else {
		b.readAnnex(header, cols, ncols)
		if len(b.n.Items) == 0 {
			missing = append(missing, clause{"err.notice.part.missing-rows", []any{b.lines[header].no}})
		}
	}
	if len(missing) > 0 {
		return nil, rollout.E(rollout.EINVALID, "err.notice.unreadable", missing)
	}
	annexDiags := b.n.Diagnostics // the annex is read first; its findings are reported after the body's
	b.n.Diagnostics = nil

	b.n.DocNo = docNoText
	b.n.SourceURL = b.sourceURL(doc.sourceURL, header)
	b.use(docNo, docNo)
	start := b.readHeader(docNo, header)
	b.n.Diagnostics = append(b.n.Diagnostics, annexDiags...)
	b.reconcile()
	b.setBatch(opt.Batch)
	b.reportUnread(start)
	for i := range b.n.Items {
		b.n.Items[i].Batch = b.n.Batch
	}
	if err := b.n.Validate(); err != nil && !b.n.HasErrors() {
		b.diag(rollout.LevelError, "notice-invalid", 0, "err.notice.diag.notice-invalid", rollout.ErrorMessage(err))
	}
	return b.n, nil
}

// findHeader returns the index of the annex's header row, the column of each
// of the five names in it and the number of its cells; -1 when there is none.
func (b *builder) findHeader() (idx int, cols [5]int, ncols int) {
	for i, l := range b.lines {
		if !l.isRow() {
			continue
		}
		cols, ok := headerColumns(l.cells)
		if !ok {
			continue
		}
		b.use(i, i)
		var extra, named []string
		for c, cell := range l.cells {
			if cell != "" && !contains(cols[:], c) {
				extra = append(extra, cell)
			}
		}
		if len(extra) > 0 {
			b.diag(rollout.LevelWarning, "column-extra", l.no, "err.notice.diag.column-extra", strings.Join(extra, "、"))
		}
		for k, c := range cols {
			if c >= 0 && columnOf(l.cells[c]) == k && strings.Join(strings.Fields(l.cells[c]), "") != columns[k] {
				named = append(named, fmt.Sprintf("“%s”读作“%s”", l.cells[c], columns[k]))
			}
		}
		if len(named) > 0 {
			b.diag(rollout.LevelInfo, "column-wording", l.no, "err.notice.diag.column-wording", strings.Join(named, "，"))
		}
		if cols[colContent] < 0 {
			b.diag(rollout.LevelInfo, "column-content-missing", l.no, "err.notice.diag.column-content-missing")
		}
		return i, cols, len(l.cells)
	}
	return -1, cols, 0
}

// untab turns the tab-separated lines of a text before the annex table back
// into text: a tab there follows a list number (1.⇥投资贸易便利化领域：…, as word
// processors write numbered paragraphs) or separates words.
func untab(lines []line) {
	for i := range lines {
		l := &lines[i]
		if !l.isRow() {
			continue
		}
		sep := " "
		if first := l.cells[0]; first != "" && (reList.FindString(first) == first ||
			reSection.FindString(first) == first || reSub.FindString(first) == first) {
			sep = ""
		}
		var parts []string
		for _, c := range l.cells {
			if c != "" {
				parts = append(parts, c)
			}
		}
		l.text, l.cells = cleanText(strings.Join(parts, sep)), nil
	}
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// findDocNo returns the line of the 文号 before line end and the 文号 as
// written: a line holding only the 文号 first, else the first 文号 in the lines
// before the first section heading.
func (b *builder) findDocNo(end int) (int, string) {
	for i := 0; i < end; i++ {
		if l := b.lines[i]; !l.isRow() && isDocNoLine(l.text) {
			return i, reDocNo.FindString(l.text)
		}
	}
	for i := 0; i < end; i++ {
		l := b.lines[i]
		if l.isRow() {
			continue
		}
		if reSection.MatchString(l.text) {
			break
		}
		if m := reDocNo.FindString(l.text); m != "" {
			return i, m
		}
	}
	return -1, ""
}

// reportUnread reports, one diagnostic per run of lines, the text from the
// notice's first line on that went into no field.
func (b *builder) reportUnread(start int) {
	for i := max(start, 0); i < len(b.lines); i++ {
		if b.used[i] {
			continue
		}
		j := i
		for j+1 < len(b.lines) && !b.used[j+1] {
			j++
		}
		l := b.lines[i]
		text := l.text
		if l.isRow() {
			text = strings.Join(l.cells, " | ")
		}
		b.diag(rollout.LevelInfo, "text-unread", l.no, "err.notice.diag.text-unread", clip(text, 30))
		i = j
	}
}

// clause is a part of a refusal, said in the reader's language; clauses are
// joined with ；.
type clause struct {
	key  string
	args []any
}

type clauses []clause

func (cs clauses) Text(l msg.Lang) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = msg.Text(l, c.key, c.args...)
	}
	return strings.Join(parts, msg.Text(l, "err.notice.part.clause-sep"))
}

func (c clause) Text(l msg.Lang) string { return msg.Text(l, c.key, c.args...) }
