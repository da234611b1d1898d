package msg

// refusalsNotice are the refusals of reading notices and re-issue documents.
var refusalsNotice = map[string]message{
	"err.notice.read_error_line": {"第%d行：%s", "Line %d: %s"},
	"err.notice.read_error":      {"%s", "%s"},
	"err.notice.empty": {
		"文件是空的：请导入国务院通知的全文（正文和附件任务分工表）。",
		"The file is empty: import the full text of the State Council notice (its body and the annex's table of tasks).",
	},
	"err.notice.empty-reissue": {
		"文件是空的：请导入省（市）转发国务院通知的文件或实施方案的全文（含任务分工）。",
		"The file is empty: import the full text of the province's (city's) re-issue of the State Council notice or its implementation plan, with the division of tasks.",
	},
	"err.notice.utf16": {
		"文件是 UTF-16 编码：请另存为 UTF-8 编码后再导入。",
		"The file is in UTF-16: save it as UTF-8 and import it again.",
	},
	"err.notice.nul": {
		"文件含有空字节，不是文本或网页：请导入通知的文本（.txt）或网页（.html），编码为 UTF-8。",
		"The file holds NUL bytes and is no text or web page: import the notice as a text (.txt) or web page (.html) in UTF-8.",
	},
	"err.notice.not-utf8": {
		"文件不是 UTF-8 编码（第 %d 行有无法识别的字节，可能是 GBK/GB2312 编码）：请另存为 UTF-8 编码后再导入。",
		"The file is not in UTF-8 (line %d holds bytes that cannot be read, nor as GBK/GB18030): save it as UTF-8 and import it again.",
	},
	"err.notice.charset": {
		"网页声明的字符编码是 %s，不是 UTF-8：请在浏览器中把网页另存为 UTF-8 编码（或用编辑器转换为 UTF-8）后再导入。",
		"The web page declares the character encoding %s, not UTF-8: save the page as UTF-8 in the browser (or convert it with an editor) and import it again.",
	},
	"err.notice.unreadable": {
		"无法读取通知：%s。请导入国务院复制推广自贸试验区改革试点经验的通知全文，正文和附件任务分工表在同一个文件中。",
		"The notice cannot be read: %s. Import the full text of the State Council notice on replicating Free Trade Zone reforms, its body and the annex's table of tasks in one file.",
	},
	"err.notice.part.clause-sep": {"；", "; "},
	"err.notice.part.missing-docno": {
		"未找到文号（如“国函〔2023〕56号”，应在标题下方单独成行）",
		"no document number (such as 国函〔2023〕56号, on a line of its own below the title)",
	},
	"err.notice.part.missing-annex": {
		"未找到附件任务分工表：需要表头“序号、改革事项、主要内容、负责单位、推广范围”（文本中各列以制表符分隔，网页中为表格）",
		"no annex table of tasks: it needs the header 序号、改革事项、主要内容、负责单位、推广范围 (cells separated by tabs in a text, a table in a web page), and the body names no item in quotes",
	},
	"err.notice.part.missing-rows": {
		"附件任务分工表（第 %d 行的表头）下没有可读取的事项行",
		"no item row can be read below the annex's header (line %d)",
	},
	"err.notice.reissue-is-notice": {
		"这是国务院通知本身（附件任务分工表的“负责单位”是中央部门），不是省（市）的转发文件：请用“导入通知”导入它；转发文件的分工表应有“牵头单位”“配合单位”等列。",
		"This is the State Council notice itself (the 负责单位 of its annex are central units), not a province's (city's) re-issue: import it with Import notice; a re-issue's table has columns such as 牵头单位 and 配合单位.",
	},
	"err.notice.reissue-unreadable": {
		"无法读取转发文件：%s。请导入省（市）转发国务院通知的文件或实施方案的全文，任务分工在同一个文件中。",
		"The re-issue cannot be read: %s. Import the full text of the province's (city's) re-issue or implementation plan, with the division of tasks in the same file.",
	},
	"err.notice.part.reissue-missing": {
		"没有找到任务分工表（表头应含“改革事项”或“工作措施”和“牵头单位”或“配合单位”等列；文本中各列以制表符或“|”分隔，网页中为表格），也没有找到任务后括注的分工（如“1. ……（牵头单位：省商务厅；责任单位：省市场监管局、各市州人民政府按职责分工负责）”）",
		"no table of the division of tasks (a header with 改革事项 or 工作措施 and 牵头单位 or 配合单位; cells separated by tabs or | in a text, a table in a web page), nor assignments in brackets after tasks (such as 1. ……（牵头单位：省商务厅；责任单位：省市场监管局、各市州人民政府按职责分工负责）)",
	},
	"err.notice.part.reissue-missing-rows": {
		"第 %d 行的分工表表头下没有任务行，也没有找到任务后括注的分工（如“（牵头单位：省商务厅；责任单位：省市场监管局）”）",
		"no task row below the table's header on line %d, nor assignments in brackets after tasks (such as （牵头单位：省商务厅；责任单位：省市场监管局）)",
	},
	"err.notice.docx-zip": {
		"文件像是 ZIP 压缩包（Word .docx 的格式），但无法打开：%s。请确认文件完整，或另存为文本（.txt）后再导入。",
		"The file looks like a ZIP archive (the form of a Word .docx) but cannot be opened: %s. Check that the file is whole, or save it as text (.txt) and import it again.",
	},
	"err.notice.docx-not-word": {
		"文件是 ZIP 压缩包，但不是 Word .docx 文档（没有 word/document.xml）：请导入通知的 Word（.docx）、网页（.html）或文本（.txt）。",
		"The file is a ZIP archive but no Word .docx (it has no word/document.xml): import the notice as Word (.docx), web page (.html) or text (.txt).",
	},
	"err.notice.docx-body": {
		"无法读取 Word 文档的正文：%s。请另存为 .docx 或文本（.txt）后再导入。",
		"The body of the Word document cannot be read: %s. Save it again as .docx or as text (.txt) and import it again.",
	},
	"err.notice.docx-xml": {
		"Word 文档的正文不是有效的 XML（%s）：请在 Word 中另存为 .docx 或文本（.txt）后再导入。",
		"The body of the Word document is no valid XML (%s): save it again in Word as .docx or as text (.txt) and import it again.",
	},
	"err.notice.docx-empty": {
		"Word 文档中没有文字：请导入国务院通知的全文（正文和附件任务分工表）。",
		"The Word document holds no text: import the full text of the notice (its body and the annex's table of tasks).",
	},
	"err.notice.doc": {
		"文件是旧版 Word（.doc）或 WPS 文档：请在 Word 或 WPS 中另存为 .docx（或文本 .txt）后再导入。",
		"The file is an old Word (.doc) or WPS document: save it as .docx (or text .txt) in Word or WPS and import it again.",
	},
	"err.notice.pdf-encrypted": {
		"PDF 文件已加密（设有密码或权限限制），无法读取文字：请导入未加密的 PDF，或网页（.html）、Word（.docx）、文本（.txt）版本。",
		"The PDF is encrypted (a password or restrictions), so its text cannot be read: import an unencrypted PDF, or the web page (.html), Word (.docx) or text (.txt) version.",
	},
	"err.notice.pdf-broken": {
		"无法读取 PDF 文件的页面（文件不完整或已损坏）：请确认文件完整，或导入网页（.html）、Word（.docx）、文本（.txt）版本。",
		"The pages of the PDF cannot be read (the file is incomplete or damaged): check that the file is whole, or import the web page (.html), Word (.docx) or text (.txt) version.",
	},
	"err.notice.pdf-no-text": {
		"PDF 文件中没有可读取的文字（可能是扫描件）：请导入带文字的 PDF，或网页（.html）、Word（.docx）、文本（.txt）版本。",
		"The PDF holds no text that can be read (it may be a scan): import a PDF with text, or the web page (.html), Word (.docx) or text (.txt) version.",
	},
	"err.notice.rtf": {
		"文件是 RTF 文档：请在 Word 或 WPS 中另存为 .docx（或文本 .txt）后再导入。",
		"The file is an RTF document: save it as .docx (or text .txt) in Word or WPS and import it again.",
	},

	// Diagnostics of reading notices and re-issues (Diagnostic.Message is the Chinese).
	"err.notice.diag.header-repeated": {
		"表头再次出现（分页时常见），已跳过。",
		"The header row appears again (common at a page break); skipped.",
	},
	"err.notice.diag.row-joined": {
		"这一行像是上一行被分页或换行截断的后半部分，已接回上一行：请核对该事项（序号“%s”）。",
		"This line looks like the rest of the row above, cut by a page or line break; joined back to it: check the item (序号 %q).",
	},
	"err.notice.diag.row-joined-2": {
		"这一行像是上一行最后一格内的换行，已接回该格：请核对该事项（序号“%s”）。",
		"This line looks like a line break inside the last cell of the row above; joined back to that cell: check the item (序号 %q).",
	},
	"err.notice.diag.annex-text": {
		"附件表格中有一行不是事项行，没有作为事项读取：“%s”。",
		"A line of the annex table is no item row and was not read as an item: %q.",
	},
	"err.notice.diag.row-cells": {
		"附件中这一行有 %d 格，表头有 %d 列，无法判断各格属于哪一列，该行没有读取：“%s”。请检查该行的分隔符（制表符）后再导入。",
		"This row of the annex has %d cells and the header %d columns; which cell belongs to which column cannot be told, so the row was not read: %q. Check the row's separators (tabs) and import again.",
	},
	"err.notice.diag.seq-invalid": {
		"附件中这一行的序号“%s”不是正整数，该行没有读取：“%s”。",
		"The 序号 %q of this annex row is no positive number; the row was not read: %q.",
	},
	"err.notice.diag.seq-duplicate": {
		"附件序号 %d 重复出现，后出现的这一行没有读取：“%s”。",
		"The annex's 序号 %d appears again; the later row was not read: %q.",
	},
	"err.notice.diag.cell-empty": {
		"附件序号 %d 的一行没有改革事项名称，该行没有读取。",
		"The annex row numbered %d has no item name; the row was not read.",
	},
	"err.notice.diag.seq-order": {
		"附件序号不连续：第 %d 项之后是第 %d 项。",
		"The annex's numbers are not consecutive: item %d is followed by item %d.",
	},
	"err.notice.diag.cell-empty-2": {
		"附件第 %d 项“%s”的“%s”一栏是空的。",
		"Annex item %d %q: the %s cell is empty.",
	},
	"err.notice.diag.scope-other": {
		"附件第 %d 项的推广范围“%s”不是全国、自贸试验区或沿海地区，照原文保留，分解任务时需确认具体地区。",
		"The scope of annex item %d, %q, is not 全国, 自贸试验区 or 沿海地区; kept as written; the regions must be confirmed when tasks are divided.",
	},
	"err.notice.diag.responsible-separator": {
		"附件第 %d 项的负责单位“%s”没有全用顿号（、）分隔，已拆分为：%s。请核对。",
		"The responsible units of annex item %d, %q, are not all separated by 、; split into: %s. Check them.",
	},
	"err.notice.diag.page-break-joined": {
		"空行把一段话断开了（上一行“%s”没有以标点结束，像是分页所致），已把“%s”接回上一段。",
		"A blank line broke a paragraph (the line before, %q, ends without punctuation, as at a page break); %q was joined back to it.",
	},
	"err.notice.diag.quote-unclosed": {
		"这一段有未闭合的引号，最后一个事项名称可能不完整：“%s”。",
		"This paragraph has a quote mark never closed; the last item name may be incomplete: %q.",
	},
	"err.notice.diag.domain-without-items": {
		"“%s”领域没有列出带引号的事项名称。",
		"The domain %q lists no item name in quotes.",
	},
	"err.notice.diag.body-item-duplicate": {
		"正文再次列出了“%s”，重复的一次没有计入。",
		"The body names %q again; the repetition is not counted.",
	},
	"err.notice.diag.count-mismatch": {
		"正文“%s”领域写明“等%d项”，实际列出 %d 项：请核对。",
		"The body's domain %q says 等%d项 but lists %d items: check them.",
	},
	"err.notice.diag.annex-missing": {
		"没有找到附件任务分工表：%d 项改革事项按正文列出的名称、领域和推广范围读取，主要内容和负责单位留空，请导入后补充（或导入含附件的全文）。",
		"No annex table of tasks: %d items were read from the names, domains and scopes the body lists, with contents and responsible units left empty; complete them after importing (or import the full text with its annex).",
	},
	"err.notice.diag.notice-invalid": {
		"%s",
		"%s",
	},
	"err.notice.diag.addressees-missing": {
		"标题和文号之后没有找到主送机关（如“各省、自治区、直辖市人民政府，国务院各部委、各直属机构：”）。",
		"No addressees (such as 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：) after the title and the document number.",
	},
	"err.notice.diag.title-from-page": {
		"正文中没有标题，按网页标题取为“%s”。",
		"The body has no title; the page's title %q is used.",
	},
	"err.notice.diag.title-missing": {
		"文号附近没有找到标题（如“国务院关于……的通知”），标题留空。",
		"No title (such as 国务院关于……的通知) near the document number; the title is left empty.",
	},
	"err.notice.diag.date-missing": {
		"没有找到成文日期（落款下单独一行，如“2023年6月24日”）：请补上日期后再导入。",
		"No date of issue (a line of its own below the signature, such as 2023年6月24日): add the date and import again.",
	},
	"err.notice.diag.date-invalid": {
		"成文日期“%s”不是有效的日期：请改正后再导入。",
		"The date of issue %q is no valid date: correct it and import again.",
	},
	"err.notice.diag.issuer-inferred": {
		"日期上方没有落款，发文机关按标题取为“%s”。",
		"No signature above the date; the issuer is taken from the title: %q.",
	},
	"err.notice.diag.issuer-inferred-2": {
		"日期上方没有落款，发文机关按文号“%s”取为“%s”。",
		"No signature above the date; the issuer is taken from the document number %q: %q.",
	},
	"err.notice.diag.issuer-missing": {
		"没有找到发文机关（日期上方的落款，或标题中“……关于”之前的机关名称）。",
		"No issuer (the signature above the date, or the body named before 关于 in the title).",
	},
	"err.notice.diag.annex-title-mismatch": {
		"正文附件名“%s”与任务分工表标题“%s”不一致，采用表格标题。",
		"The body's annex name %q differs from the table's title %q; the table's title is used.",
	},
	"err.notice.diag.annex-title-missing": {
		"没有找到附件任务分工表的标题。",
		"The annex table of tasks has no title.",
	},
	"err.notice.diag.batch-differs": {
		"导入时指定的是第%d批，通知写的是第%d批：按指定的第%d批导入，请核对。",
		"Batch %d was given on import, the notice says batch %d: imported as the given batch %d; check it.",
	},
	"err.notice.diag.batch-given": {
		"通知没有写明批次，按导入时指定的第%d批导入。",
		"The notice names no batch; imported as batch %d, given on import.",
	},
	"err.notice.diag.batch-missing": {
		"标题中没有写明批次（如“第七批”）：请确认导入的是复制推广改革试点经验的通知。若标题只写“新一批”，请在导入时指定批次（命令行 rollout import --batch N，网页导入时填写“批次”）。",
		"The title names no batch (such as 第七批): check that this is a notice on replicating reform pilot experience. If the title only says 新一批, give the batch on import (rollout import --batch N on the command line, the batch field of the upload form).",
	},
	"err.notice.diag.column-extra": {
		"附件表头有五列以外的列“%s”，这些列的内容没有读取。",
		"The annex header has columns besides the five: %q; their contents were not read.",
	},
	"err.notice.diag.column-wording": {
		"附件表头的列名与通知常用的不同：%s。",
		"The annex header names columns otherwise than notices usually do: %s.",
	},
	"err.notice.diag.column-content-missing": {
		"附件表格没有“主要内容”一列，各事项的主要内容留空。",
		"The annex table has no 主要内容 column; the items' contents are left empty.",
	},
	"err.notice.diag.text-unread": {
		"这段文字不属于通知的任何部分，没有读取：“%s”。",
		"This text belongs to no part of the notice and was not read: %q.",
	},
	"err.notice.diag.body-item-not-in-annex": {
		"正文列出的“%s”在附件任务分工表中找不到对应的事项。",
		"The body names %q, which matches no item of the annex table.",
	},
	"err.notice.diag.quote-style": {
		"正文的“%s”与附件第 %d 项“%s”只是引号等标点写法不同，按同一事项处理。",
		"The body's %q and annex item %d %q differ only in quote marks or other punctuation; taken as the same item.",
	},
	"err.notice.diag.name-mismatch": {
		"正文的“%s”与附件第 %d 项“%s”名称不一致（相似度 %.2f），按同一事项处理，正文的名称记为别名：请核对。",
		"The body's %q and annex item %d %q are named differently (similarity %.2f); taken as the same item, the body's name kept as an alias: check it.",
	},
	"err.notice.diag.scope-mismatch": {
		"附件第 %d 项“%s”的推广范围是“%s”，正文把它列为%s：请核对。",
		"The scope of annex item %d %q is %q; the body lists it as %s: check it.",
	},
	"err.notice.diag.count-mismatch-2": {
		"正文“%s”领域写明“等%d项”，实际列出 %d 项，其中 %d 项与附件对上：请核对。",
		"The body's domain %q says 等%d项 but lists %d items, of which %d match the annex: check them.",
	},
	"err.notice.diag.item-not-in-body": {
		"附件第 %d 项“%s”在正文中没有列出（不属于任何领域，也不在特定区域事项中）。",
		"Annex item %d %q is not named in the body (in no domain, nor among the items for specific regions).",
	},
	"err.notice.diag.docno-missing": {
		"文件开头没有文号（如“粤府办〔2023〕19号”）。",
		"No document number at the start of the file (such as 粤府办〔2023〕19号).",
	},
	"err.notice.diag.title-from-page-2": {
		"正文中没有标题，使用网页标题“%s”。",
		"The body has no title; the page's title %q is used.",
	},
	"err.notice.diag.title-missing-2": {
		"文件开头没有标题（如“……关于……的通知”或“……任务分工表”）。",
		"No title at the start of the file (such as ……关于……的通知 or ……任务分工表).",
	},
	"err.notice.diag.text-unread-2": {
		"这段文字不是标题、文号或任务分工，没有读取：“%s”%s。",
		"This text is no title, document number or division of tasks and was not read: %q%s.",
	},
	"err.notice.diag.unit-space": {
		"%s“%s”中的单位以空格分隔，已按空格拆分为：%s。请核对。",
		"The units of %s %q are separated by spaces; split on them into: %s. Check them.",
	},
	"err.notice.diag.unit-lookalike": {
		"%s“%s”中有形近的字，按“%s”读取。",
		"%s %q has a look-alike character; read as %q.",
	},
	"err.notice.diag.unit-etc": {
		"%s“%s”以“%s”结尾，未列出的单位无法分工。",
		"%s %q ends with %q; the units left unnamed cannot be given tasks.",
	},
	"err.notice.diag.item-empty": {
		"这一行没有改革事项名称，无法对应国家事项。",
		"This row has no item name and cannot be matched to a national item.",
	},
	"err.notice.diag.units-empty": {
		"“%s”没有写明牵头单位或配合单位。",
		"%q names no lead or co-unit.",
	},
	"err.notice.diag.notation-orphan": {
		"这一处分工（%s）前面没有对应的任务，没有读取：请把它写在任务之后。",
		"This assignment (%s) follows no task and was not read: write it after its task.",
	},
	"err.notice.diag.carry-forward": {
		"“%s”没有写分工，按第 %d 行的“下同”沿用：%s。",
		"%q has no assignment; the 下同 on line %d carries over: %s.",
	},
	"err.notice.diag.task-unassigned": {
		"任务“%s”没有写明牵头单位（前面也没有“下同”），按无分工读取：请补充。",
		"The task %q names no lead unit (and no 下同 is in force before it); read without assignment: add one.",
	},
	"err.notice.diag.lead-first": {
		"“%s”只写了责任单位，按惯例以第一个单位“%s”为牵头单位，其余为配合单位。",
		"%q gives only 责任单位; as the convention goes, the first unit %q leads and the others assist.",
	},
	"err.notice.diag.lead-shares": {
		"“%s”写作“按职责分工负责”：%s 各自牵头负责本单位的部分。",
		"%q says 按职责分工负责: %s each lead their own share.",
	},
	"err.notice.diag.notation-unclosed": {
		"分工括注没有右括号，已读到行尾：请核对“%s”。",
		"An assignment in brackets is never closed; read to the end of the line: check %q.",
	},
	"err.notice.diag.notation-multiple": {
		"任务“%s”有不止一处分工括注，已合并：%s。请核对。",
		"The task %q has more than one assignment in brackets; merged: %s. Check them.",
	},
	"err.notice.diag.notation-field": {
		"分工括注中的“%s”不是牵头单位、责任单位、完成时限或成果形式，写入备注。",
		"%q in an assignment is no lead unit, responsible unit, deadline or deliverable; put into the notes.",
	},
	"err.notice.diag.field-empty": {
		"分工括注中的“%s”没有内容。",
		"%q in an assignment is empty.",
	},
	"err.notice.diag.header-repeated-2": {
		"分工表表头再次出现（分页时常见），已跳过。",
		"The table's header appears again (common at a page break); skipped.",
	},
	"err.notice.diag.row-joined-3": {
		"这一行像是上一行被分页或换行截断的后半部分，已接回上一行（第 %d 行）：请核对。",
		"This line looks like the rest of the row above, cut by a page or line break; joined back to it (line %d): check it.",
	},
	"err.notice.diag.row-joined-4": {
		"这一行像是上一行最后一格内的换行，已接回该格（第 %d 行）：请核对。",
		"This line looks like a line break inside the last cell of the row above; joined back to that cell (line %d): check it.",
	},
	"err.notice.diag.row-cells-2": {
		"这一行有 %d 格，表头只有 %d 列；多出的“%s”写入备注：请核对。",
		"This row has %d cells, the header only %d columns; the extra %q went into the notes: check it.",
	},
	"err.notice.diag.row-cells-3": {
		"这一行只有 %d 格，表头有 %d 列；缺少的格按空白处理：请核对。",
		"This row has only %d cells, the header %d columns; the missing cells are taken as empty: check it.",
	},
	"err.notice.diag.seq-invalid-2": {
		"序号“%s”不是正整数，按无序号处理，原文写入备注。",
		"The 序号 %q is no positive number; read without a number, the text put into the notes.",
	},
	"err.notice.diag.row-spaces": {
		"附件这一行以空格分列，分出的格数多于表头，多出的部分已并入“主要内容”：请核对序号“%s”的一行。",
		"This annex row, its cells separated by spaces, split into more parts than the header has columns; the extra went into 主要内容: check the row numbered %q.",
	},
	"err.notice.diag.row-joined-stacked": {
		"附件这一行（每格一行）的行数多于表头的列数，多出的行已并入“主要内容”：请核对序号“%s”的一行。",
		"This annex row, written one cell per line, has more lines than the header has columns; the extra lines went into 主要内容: check the row numbered %q.",
	},
	"err.notice.diag.charset-mismatch": {
		"网页声明的字符编码是 %s，但内容是 UTF-8 编码，按 UTF-8 读取。",
		"The web page declares the character encoding %s but is in UTF-8; read as UTF-8.",
	},
	"err.notice.diag.column-item": {
		"分工表没有“改革事项”列，以“%s”列作为事项名称与国家事项对应。",
		"The table has no 改革事项 column; the column %q names the items matched to the national ones.",
	},
	"err.notice.diag.lead-first-table": {
		"分工表只有“%s”一列单位，按惯例每行第一个单位为牵头单位，其余为配合单位。",
		"The table's only unit column is %q: as the convention goes, the first unit of each row leads and the others assist.",
	},
	"err.notice.diag.column-upper": {
		"分工表的“%s”列是上级的分工或同类的第二列，其内容写入备注。",
		"The table's column(s) %q give the level above's division or are a second column of a kind; their contents go into the notes.",
	},
	"err.notice.diag.column-unknown": {
		"分工表的“%s”列不对应任何分工栏目，其内容写入备注。",
		"The table's column(s) %q match no field of a division; their contents go into the notes.",
	},
	"err.notice.diag.traditional-folded": {
		"文件使用繁体字（%d 个，如 %s），已按 OpenCC 繁简对照表转换为简体后读取：请核对读取结果。",
		"The file is written in traditional characters (%d, such as %s); folded to simplified ones with OpenCC's table before reading: check what was read.",
	},
	"err.notice.diag.pdf-glyphs-unread": {
		"PDF 中有 %d 个字符的字体没有文字对照表（ToUnicode），无法识别，读作“\ufffd”：请核对读取结果，或导入其他版本。",
		"%d characters of the PDF are in fonts without a map to text (ToUnicode) and cannot be read; read as \ufffd: check what was read, or import another version.",
	},
	"err.notice.diag.pdf-row-joined": {
		"表格的这一行被分页截断，下一页的后半部分已接回：请核对该行（第一格“%s”）。",
		"This table row was cut by a page break; its rest on the next page was joined back: check the row (first cell %q).",
	},
	"err.notice.diag.pdf-row-unread": {
		"页首的这一行第一格为空，像是上一页最后一行（第一格“%s”）被分页截断的后半部分，但列数不同，无法接回，按单独一行读取：请核对。",
		"The row at the top of this page has an empty first cell, like the rest of the last row of the page before (first cell %q) cut by the page break, but its columns differ, so it cannot be joined back and is read as a row of its own: check it.",
	},
	"err.notice.diag.encoding-gbk": {
		"文件不是 UTF-8 编码，按 GBK/GB18030 编码读取并转换为 UTF-8：请核对读取结果中的汉字。",
		"The file is not in UTF-8; read as GBK/GB18030 and converted to UTF-8: check the characters read.",
	},
}
