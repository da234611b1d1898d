package msg

// refusalsSheet are the refusals of reading a spreadsheet as a whole: a file
// that is not an .xlsx workbook, is damaged, or lies beyond the bounds of a
// template (rollout.SheetLimits). Problems within rows are the report area's.
var refusalsSheet = map[string]message{
	"err.sheet.old_format": {
		"文件是旧版 .xls/.et 格式或设置了打开密码：请取消密码，另存为 .xlsx 格式后再导入。",
		"The file is an old .xls/.et workbook or is protected by a password: remove the password, save it as .xlsx and import it again.",
	},
	"err.sheet.not_xlsx": {
		"文件不是 .xlsx 格式：请导入系统导出并填写好的 .xlsx 模板。",
		"The file is not an .xlsx workbook: import the .xlsx template the system exported, filled in.",
	},
	"err.sheet.damaged": {
		"文件无法作为 .xlsx 读取，可能已损坏：请用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx 再导入。",
		"The file cannot be read as .xlsx and may be damaged: open it in Excel, WPS or LibreOffice, save it as .xlsx and import it again.",
	},
	"err.sheet.sheet_unreadable": {
		"工作表“%s”无法读取，文件可能已损坏：请另存为 .xlsx 后再导入。",
		"The sheet %q cannot be read and the file may be damaged: save it as .xlsx and import it again.",
	},
	"err.sheet.no_header": {
		"没有找到表头行（含“任务编号”“状态”等列名）：请使用系统导出的模板，不要修改表头文字。",
		"No header row was found (with column titles such as 任务编号 and 状态): use the template the system exported and do not change its column titles.",
	},
	"err.sheet.file_too_large": {
		"文件有 %.1f MB，超过了 %d MB 的上限：请只导入本单位的进展报告模板。",
		"The file is %.1f MB, over the limit of %d MB: import only your unit's progress report template.",
	},
	"err.sheet.too_many_parts": {
		"文件内含 %d 个以上的部件，超过了 %d 个的上限，不是正常的 .xlsx 模板：请用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx 再导入。",
		"The file holds more than %d parts, over the limit of %d: it is not a normal .xlsx template. Open it in Excel, WPS or LibreOffice, save it as .xlsx and import it again.",
	},
	"err.sheet.part_too_large": {
		"文件中的“%s”解压后超过了它记录的大小或 %d MB 的上限，不是正常的 .xlsx 模板：请删除多余的内容，另存为 .xlsx 后再导入。",
		"The part %q of the file unzips to more than it declares or than the limit of %d MB: it is not a normal .xlsx template. Remove what is not needed, save it as .xlsx and import it again.",
	},
	"err.sheet.unzipped_too_large": {
		"文件解压后共超过 %d MB 的上限，不是正常的 .xlsx 模板：请删除多余的工作表和图片，另存为 .xlsx 后再导入。",
		"The file unzips to more than the limit of %d MB in all: it is not a normal .xlsx template. Remove other sheets and pictures, save it as .xlsx and import it again.",
	},
	"err.sheet.ratio": {
		"文件中的“%s”压缩比异常（解压后是压缩时的 %d 倍，上限 %d 倍），可能是恶意构造的文件：请用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx 再导入。",
		"The part %q of the file unzips to %d times its compressed size (the limit is %d): it may have been built to harm. Open it in Excel, WPS or LibreOffice, save it as .xlsx and import it again.",
	},
	"err.sheet.cell_outside": {
		"工作表“%s”的单元格 %s 超出了模板的范围（最多 %d 行、%d 列，即 A1:%s）：请删除该单元格所在的多余行或列（包括只设置了格式的空白单元格）后再导入。",
		"In the sheet %q, the cell %s lies outside the template (at most %d rows and %d columns, A1:%s): delete the extra rows or columns (blank cells with formatting included) and import it again.",
	},
	"err.sheet.dimension": {
		"工作表“%s”记录的使用范围 %s 超出了模板的范围（最多 A1:%s）：请删除多余的行和列（包括只设置了格式的空白单元格），另存后再导入。",
		"The sheet %q says it uses the range %s, beyond the template (at most A1:%s): delete the extra rows and columns (blank cells with formatting included), save it and import it again.",
	},
	"err.sheet.too_many_cells": {
		"工作表“%s”的单元格超过了 %d 个的上限（读到第 %d 行）：请只保留本单位的任务行，删除多余的行和列后再导入。",
		"The sheet %q has more than the limit of %d cells (read up to row %d): keep only your unit's task rows, delete extra rows and columns and import it again.",
	},
	"err.sheet.too_many_strings": {
		"文件的共享字符串表超过了 %d 条的上限：请删除多余的内容，另存为 .xlsx 后再导入。",
		"The file's table of shared strings has more than the limit of %d entries: remove what is not needed, save it as .xlsx and import it again.",
	},
	"err.sheet.strings_too_large": {
		"文件的共享字符串表的文字超过了 %d MB 的上限：请删除多余的内容，另存为 .xlsx 后再导入。",
		"The text of the file's table of shared strings is over the limit of %d MB: remove what is not needed, save it as .xlsx and import it again.",
	},
	"err.sheet.bad_text": {
		"工作表“%s”的单元格 %s 含有空字符（NUL）或无效的 UTF-8 编码，不是可以保存的文字：请改正该单元格后再导入。",
		"The cell %[2]s of the sheet %[1]q holds a NUL character or invalid UTF-8, which is not text that can be stored: correct the cell and import it again.",
	},
	"err.sheet.text_too_large": {
		"工作表“%s”单元格中的文字超过了 %d MB 的上限（读到单元格 %s）：请删除多余的内容后再导入。",
		"The text in the cells of the sheet %q is over the limit of %d MB (read up to the cell %s): remove what is not needed and import it again.",
	},
	"err.sheet.token_too_large": {
		"文件中的“%s”含有超过 %d KB 的单个元素（一个单元格最多 32767 个字符），不是正常的 .xlsx 模板：请用 Excel、WPS 或 LibreOffice 打开后另存为 .xlsx 再导入。",
		"The part %q of the file holds a single element of more than %d KB (a cell holds at most 32,767 characters): it is not a normal .xlsx template. Open it in Excel, WPS or LibreOffice, save it as .xlsx and import it again.",
	},
}
