// Package notice reads a State Council notice that orders Free Trade Zone
// reforms replicated (such as 国函〔2023〕56号) into a *rollout.Notice, and a
// province's or a city's re-issue of it into a *rollout.Reissue.
//
// Parse takes the notice as plain text (Markdown-ish, as copied from the
// government website: ** bold marks, ### headings, soft line breaks, blank
// lines where pages broke; the annex as tab-separated rows, a Markdown table,
// cells separated by runs of spaces, or one cell per line) or as the web page
// itself (Detect tells which). Both readers turn the document into the same
// list of lines and table rows; one builder reads the header, the body, the
// duties and the annex from those lines and reconciles the body with the
// annex. Text is kept as published: only markup and the spaces around lines
// and cells are removed. Lines before the title (such as a note saying where a
// copy was taken from) are not part of the notice; on a web page, everything
// outside the article is ignored, and white space is read as a browser shows
// it (runs of spaces are one space, &nbsp; is a space, a source line break
// between two Chinese characters is nothing).
//
// A Word document (.docx) is read with the standard library (archive/zip and
// encoding/xml): its paragraphs are lines, its tables rows, cells merged
// across columns or rows are spread as the web page reader spreads colspan
// and rowspan; line numbers then count paragraphs and table rows. A text or
// page that is not UTF-8 is read as GBK/GB18030 when it decodes as Chinese
// text without an unreadable byte. A document written in traditional
// characters (at least 5% of its Han characters) is folded to simplified ones
// with OpenCC's table (opencc/README.md) before it is read, so that 牽頭單位
// reads as 牵头单位. A text PDF is read with the standard library too
// (pdf.go, pdf_text.go, pdf_layout.go): text by its fonts' ToUnicode maps,
// tables rebuilt from the rules drawn around their cells, rows cut by page
// breaks joined back. An old Word .doc, an RTF, an encrypted PDF or one
// without text (a scan) is refused with what to do instead.
//
// Every mismatch or oddity is reported as a rollout.Diagnostic with one of
// these codes (level in brackets):
//
// Reading the file
//
//	encoding-gbk           [info]    the file is GBK/GB18030, converted to UTF-8
//	charset-mismatch       [info]    a page declares another charset (gbk) but is UTF-8; read as UTF-8
//	traditional-folded     [info]    the document is in traditional characters; folded to simplified (OpenCC's table) before reading
//	pdf-glyphs-unread      [warning] a PDF's characters in fonts without a ToUnicode map: read as U+FFFD
//	row-joined             [warning] a PDF's table row cut by a page break, joined back
//	pdf-row-unread         [warning] a PDF's row at a page's top that seems cut but cannot be joined back
//
// Reading the text
//
//	page-break-joined      [info]    a paragraph broken by a blank line (a page break) was joined back
//	text-unread            [info]    text of the notice that went into no field
//	title-missing          [warning] no title (……关于……的通知) near the 文号
//	title-from-page        [info]    the article has no title; the web page's <title> is used
//	addressees-missing     [warning] no 主送机关 line (ending with ：) after the title
//	issuer-inferred        [info]    no signature above the date; issuer taken from the title or the 文号
//	issuer-missing         [warning] no issuer found at all
//	date-missing           [error]   no 成文日期 line
//	date-invalid           [error]   the 成文日期 is no real date
//	batch-missing          [error]   the title names no batch (第七批) and none was given (import --batch N)
//	annex-title-missing    [warning] the annex table has no title
//	annex-title-mismatch   [warning] the body's 附件：… differs from the table's title
//	quote-unclosed         [warning] a quote mark in the item list is never closed
//	domain-without-items   [warning] a domain line names no item in quotes
//	batch-given            [info]    the text names no batch; the one given on import is used
//	batch-differs          [warning] the batch given on import differs from the text's; the given one is used
//	annex-missing          [warning] no annex table: the items are those the body names, without contents and units
//	notice-invalid         [error]   the notice fails rollout.Notice.Validate for another reason
//
// Reading the annex table
//
//	column-extra           [warning] the header has columns besides the five; they are not read
//	column-wording         [info]    a column is named in another common wording (负责部门, 牵头单位, 责任单位, 适用范围, …)
//	column-content-missing [info]    the table has no 主要内容 column; contents are left empty
//	row-spaces             [warning] a row of cells separated by spaces had more parts than columns; the extra went into 主要内容
//	header-repeated        [info]    the header row appears again (a page break); skipped
//	row-joined             [warning] a row cut by a page or line break was joined back
//	row-cells              [error]   a row has more or fewer cells than the header; the row is left out
//	seq-invalid            [error]   a 序号 is no positive number; the row is left out
//	seq-duplicate          [error]   a 序号 repeats an earlier one; the row is left out
//	seq-order              [warning] the 序号 do not run 1, 2, 3, …
//	cell-empty             [error]   no item name; the row is left out
//	                       [warning] an empty 主要内容, 负责单位 or 推广范围
//	responsible-separator  [warning] 负责单位 separated by something else than 、 (，；/ spaces); split on it too
//	scope-other            [info]    a 推广范围 other than 全国, 自贸试验区, 沿海地区; kept as written
//	annex-text             [info]    text among the rows that is no row
//
// Reconciling the body with the annex
//
//	quote-style            [info]    body and annex name an item alike except for quote marks (‘’ or “”), other punctuation or spaces
//	name-mismatch          [warning] body and annex name an item differently; the body's name becomes an alias
//	body-item-duplicate    [warning] the body names the same item twice
//	body-item-not-in-annex [warning] a name in the body matches no annex row
//	item-not-in-body       [warning] an annex row that the body does not name
//	count-mismatch         [warning] a domain's 等N项 differs from the names listed or matched
//	scope-mismatch         [warning] the body's scope for an item (全国, or 在…复制推广) differs from the annex's
//
// Names are matched in the form rollout.NormalizeName gives them (quote marks,
// other punctuation and spaces removed), first exactly, then by
// rollout.Similarity (at least rollout.SimilarityThreshold), best pairs first
// and, among equals, the row nearest to the body's order.
//
// # Re-issues
//
// ParseReissue reads a re-issue (a 转发 notice or an 实施方案) with the same
// readers, in two forms, also side by side:
//
// A division table, found by its header row: each header cell is read by its
// words, the first that applies: 序号 → Seq; 联系人, 联系电话 → Contact; 备注 →
// Notes; 处室 (责任处室) → Notes with its header; 牵头, 负责单位 → Lead; 配合, 责任单位,
// 参与单位 → Co; 时限, 完成时间, 时间 → Deadline; 成果 → Deliverable; 措施,
// 主要内容, 工作内容 → Measures; 事项, 任务, 名称 → ItemName. A header needs an
// item or measures column and a unit column. Where two columns read into one
// field, the header's level decides (我省/省 1, 我市/市 2, 县/区 3): the
// deepest is the document's own (市牵头单位 in a city's table), the others
// (省牵头单位) go to Notes as “省牵头单位：…”. Without an item column the
// measures of the highest level stand for the item. Any other column goes to
// Notes as “header：value”. The national notice's own table (负责单位,
// 推广范围) is no re-issue.
//
// Tasks with an inline assignment: a line, numbered 一、 (level 1), （一） (2),
// 1. (3), （1） (4) or not at all, followed by （牵头单位：…；责任单位：…；完成时限：…）
// in full- or half-width brackets with ： or : and ； ; or ，between fields;
// or in short （省商务厅牵头，省发展改革委配合）, （成都海关负责）,
// （省交通运输厅、省商务厅按职责分工负责） (each named unit leads its own
// share); or with the assignment on the
// next line(s), bracketed or as 牵头单位：… lines. The task's first sentence is
// ItemName, the rest Measures. 下同 in an assignment carries it to the
// following numbered lines at the level of the tasks until another
// assignment appears or a part (一、) ends; on a heading （（三）金融开放创新
// 领域（…，下同）） it makes no task of the heading.
//
// Unit lists are split on 、，,；; line breaks and spaces between names, never
// inside brackets (各县（市、区）人民政府 is one name); 按职责分工负责,
// 按职责分工落实, 分别负责 and the like end a list and name no unit; a dash, 无
// or an empty cell is nothing. Names are otherwise kept as written, for
// rollout.PlanCascade to resolve.
//
// Re-issue diagnostics (level in brackets):
//
//	title-missing      [info]    no title (……关于……的通知, ……分工表) before the first task
//	title-from-page    [info]    the page's <title> is used as title
//	docno-missing      [info]    no 文号 before the first task
//	text-unread        [info]    text that is no title, 文号, table row or task (one per run of lines)
//	column-item        [info]    no 改革事项 column: a 工作措施 column names the item
//	column-upper       [info]    a column of the level above (省牵头单位) or a second column of a kind: read into Notes
//	column-unknown     [info]    a column whose header names no field (推广范围): read into Notes
//	header-repeated    [info]    the table's header again (a page break); skipped
//	row-joined         [warning] a row cut by a page or line break was joined back
//	row-cells          [warning] a row with fewer cells than the header (the rest are empty) or more (into Notes)
//	seq-invalid        [warning] a 序号 that is no positive number: Seq 0, the text into Notes
//	item-empty         [warning] a row or task without a name
//	units-empty        [warning] a row or task that names no unit
//	unit-space         [info]    unit names separated by spaces, split on them
//	unit-etc           [info]    a unit list ending in 等 (等单位): the units left unnamed cannot be divided
//	unit-lookalike     [info]    a unit name written with a look-alike character (珠海巿 for 珠海市): read as meant
//	carry-forward      [info]    a task without assignment takes the one of an earlier 下同
//	task-unassigned    [warning] a numbered task among assigned ones, without assignment and without 下同 in force; kept with no units
//	notation-multiple  [warning] a task with two assignments of the same field, or two bracketed ones: merged
//	notation-unclosed  [warning] an assignment whose bracket is never closed: read to the end of the line
//	notation-orphan    [warning] an assignment that follows no task: not read
//	notation-field     [info]    a part of an assignment that is no field read (督办：…): into Notes
//	field-empty        [warning] a field of an assignment with nothing after its label
//	lead-first         [info]    only 责任单位 given (a task's assignment, or a table's only unit column): the first unit leads, the others assist
//	lead-shares        [info]    （X、Y按职责分工负责）: each named unit leads its own share
package notice
