package msg

// refusalsNotice are the refusals of reading notices and re-issue documents.
var refusalsNotice = map[string]message{
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
	"err.notice.pdf": {
		"文件是 PDF：请从 PDF 中复制全文另存为文本（.txt），或导入网页（.html）或 Word（.docx）版本。",
		"The file is a PDF: copy its full text into a text file (.txt), or import the web page (.html) or Word (.docx) version.",
	},
	"err.notice.rtf": {
		"文件是 RTF 文档：请在 Word 或 WPS 中另存为 .docx（或文本 .txt）后再导入。",
		"The file is an RTF document: save it as .docx (or text .txt) in Word or WPS and import it again.",
	},
	"err.notice.cascade-no-item": {
		"文件中没有任何任务能对应到国家通知的改革事项，“%s”无从分解：请确认文件是这一批通知的转发文件（或用 --batch 指定批次）。",
		"No task of the document matches an item of the national notice, so %s has nothing to divide: check that the document re-issues this batch's notice (or give the batch with --batch).",
	},
	"err.notice.cascade-elsewhere": {
		"“%s”是已有单位，但不在“%s”之下：不能作为新部门创建，也不能由“%s”分派任务。",
		"%q is an existing unit, but not under %s: it cannot be created as a new department, nor be given tasks by %s.",
	},
	"err.notice.cascade-unknown": {
		"%d 个单位名称未能识别（%s）：请更正文件，或确认在“%s”下新建这些单位。",
		"%d unit names are not recognised (%s): correct the document, or confirm creating these units under %s.",
	},
	"err.notice.cascade-no-task": {
		"“%s”没有这些事项的任务，不能向下分解：%s。",
		"%s holds no task of these items and cannot divide them: %s.",
	},
	"err.notice.cascade-no-task-held": {
		"“%s”没有这些事项的任务，不能向下分解：%s。这些事项的任务在其下的单位：%s；请由这些单位分解，或从文件中去掉这些事项。",
		"%s holds no task of these items and cannot divide them: %s. Units below it hold them: %s; let those units divide them, or leave the items out of the document.",
	},
	"err.notice.part.item-seq":   {"第%d项", "item %d"},
	"err.notice.part.list-sep":   {"、", ", "},
	"err.notice.part.clause-sep": {"；", "; "},
	"err.notice.part.item-held":  {"第%d项在“%s”", "item %d with %s"},
}
