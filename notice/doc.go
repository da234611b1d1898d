// Package notice reads a State Council notice that orders Free Trade Zone
// reforms replicated (such as 国函〔2023〕56号) into a *rollout.Notice.
//
// Parse takes the notice as plain text (Markdown-ish, as copied from the
// government website: ** bold marks, ### headings, soft line breaks, blank
// lines where pages broke, the annex as tab-separated rows) or as the web page
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
// Every mismatch or oddity is reported as a rollout.Diagnostic with one of
// these codes (level in brackets):
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
//	batch-missing          [error]   the title names no batch (第七批)
//	annex-title-missing    [warning] the annex table has no title
//	annex-title-mismatch   [warning] the body's 附件：… differs from the table's title
//	quote-unclosed         [warning] a quote mark in the item list is never closed
//	domain-without-items   [warning] a domain line names no item in quotes
//	notice-invalid         [error]   the notice fails rollout.Notice.Validate for another reason
//
// Reading the annex table
//
//	column-extra           [warning] the header has columns besides the five; they are not read
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
//	quote-style            [info]    body and annex name an item alike except for quote marks (‘’ or “”)
//	name-mismatch          [warning] body and annex name an item differently; the body's name becomes an alias
//	body-item-duplicate    [warning] the body names the same item twice
//	body-item-not-in-annex [warning] a name in the body matches no annex row
//	item-not-in-body       [warning] an annex row that the body does not name
//	count-mismatch         [warning] a domain's 等N项 differs from the names listed or matched
//	scope-mismatch         [warning] the body's scope for an item (全国, or 在…复制推广) differs from the annex's
//
// Names are matched with all quote marks removed, first exactly, then by the
// Dice coefficient of character bigrams (at least 0.55), best pairs first and,
// among equals, the row nearest to the body's order.
package notice
