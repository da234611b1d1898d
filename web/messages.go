package web

// message is one text of the interface in both languages. Formatted messages
// take fmt verbs; both languages take the same arguments in the same order.
type message struct {
	zh, en string
}

// messages is the one catalogue of the interface's text. Templates call t with
// a key, Go code calls tr; New refuses a template whose key is missing here, and
// a test checks the Go code and that each key has both languages.
var messages = map[string]message{
	// The frame of every page.
	"site.name":     {"自贸试验区改革试点经验复制推广管理系统", "FTZ Reform Replication Management System"},
	"layout.skip":   {"跳到正文", "Skip to main content"},
	"layout.switch": {"English", "中文"},
	"layout.nav":    {"主导航", "Main navigation"},
	"layout.crumbs": {"当前位置", "You are here"},
	"layout.footer": {"本系统公开的内容为国务院通知及其附件任务分工表的原文整理，以正式发布的文件为准。", "The catalogue reproduces the State Council notices and their task division tables; the officially published documents prevail."},
	"nav.home":      {"首页", "Home"},
	"nav.search":    {"事项检索", "Search items"},
	"nav.api":       {"数据接口", "API"},

	// Home.
	"home.heading": {"改革试点经验复制推广", "Replicating Free Trade Zone reforms"},
	"home.intro":   {"本系统用于落实国务院关于复制推广自由贸易试验区改革试点经验的通知：逐批列明改革事项、主要内容、负责单位和推广范围。", "This system carries out the State Council notices that order Free Trade Zone reforms replicated nationwide: each batch with its reform items, their content, responsible units and scope."},
	"home.batches": {"复制推广批次", "Batches"},
	"home.empty":   {"尚未导入任何批次。", "No batch has been imported yet."},

	// Batches.
	"batch.number":              {"批次", "Batch"},
	"batch.doc_no":              {"文号", "Document no."},
	"batch.title":               {"标题", "Title"},
	"batch.date":                {"成文日期", "Date"},
	"batch.item_count":          {"事项数", "Items"},
	"batch.issuer":              {"发文机关", "Issued by"},
	"batch.addressees":          {"主送", "Addressed to"},
	"batch.source":              {"原文", "Source"},
	"batch.source_stored":       {"查看存档原文", "Stored source document"},
	"batch.source_published":    {"发布页面", "Published page"},
	"batch.summary":             {"本批共%d项改革事项：在全国范围内复制推广%d项（%d个领域），在特定区域复制推广%d项。", "This batch has %d reform items: %d to replicate nationwide (in %d domains) and %d in specific regions."},
	"batch.preamble":            {"通知导语", "Preamble of the notice"},
	"batch.nationwide":          {"在全国范围内复制推广的改革事项", "Items to replicate nationwide"},
	"batch.domain_count":        {"（%d项）", "(%d items)"},
	"batch.domain_missing":      {"正文列出的第%v项在附件中没有对应行。", "The body lists item(s) %v, which the annex does not have."},
	"batch.specific":            {"在特定区域复制推广的改革事项", "Items to replicate in specific regions"},
	"batch.unassigned":          {"未归入领域的改革事项", "Items in no domain"},
	"batch.unassigned_note":     {"以下事项的推广范围为全国，但正文未将其列入任何领域，请核对。", "These items are to be replicated nationwide, but the body of the notice places them in no domain; please check."},
	"batch.duties":              {"工作要求", "Duties"},
	"batch.diagnostics":         {"读取诊断", "Reading diagnostics"},
	"batch.diagnostics_summary": {"读取通知时记录的%d条诊断（展开查看）", "%d findings recorded while reading the notice (expand to see)"},
	"batch.diagnostics_none":    {"读取通知时未发现问题。", "Reading the notice found nothing to report."},
	"batch.items_table":         {"改革事项列表", "Reform items"},
	"domain.name":               {"%s领域", "%s"},
	"diag.level":                {"级别", "Level"},
	"diag.code":                 {"代码", "Code"},
	"diag.message":              {"说明", "Finding"},
	"diag.line":                 {"行号", "Line"},
	"diag.error":                {"错误", "Error"},
	"diag.warning":              {"提示", "Warning"},
	"diag.info":                 {"信息", "Note"},

	// Items.
	"item.seq":          {"序号", "No."},
	"item.name":         {"改革事项", "Reform item"},
	"item.aliases":      {"正文表述", "Named in the body as"},
	"item.alias_prefix": {"正文表述：", "In the body: "},
	"item.content":      {"主要内容", "Content"},
	"item.responsible":  {"负责单位", "Responsible units"},
	"item.lead":         {"牵头", "lead"},
	"item.lead_unit":    {"牵头单位", "Lead unit"},
	"item.scope":        {"推广范围", "Scope"},
	"item.domain":       {"领域", "Domain"},
	"item.no_domain":    {"—（在特定区域复制推广）", "— (replicated in specific regions)"},
	"item.batch":        {"批次", "Batch"},
	"item.crumb":        {"第%d项", "Item %d"},
	"item.back":         {"返回%s", "Back to %s"},
	"item.json":         {"JSON 数据", "As JSON"},

	// Search.
	"search.heading":     {"改革事项检索", "Search reform items"},
	"search.title":       {"事项检索", "Search"},
	"search.title_for":   {"检索“%s”", "Search for “%s”"},
	"search.label":       {"检索改革事项", "Search reform items"},
	"search.placeholder": {"如：知识产权、海关总署", "e.g. 知识产权, 海关总署"},
	"search.hint":        {"在事项名称、正文表述、主要内容和负责单位中查找。", "Looks in item names, names used in the body, content and responsible units."},
	"search.submit":      {"检索", "Search"},
	"search.results":     {"检索结果", "Results"},
	"search.empty_query": {"请输入检索词，例如“知识产权”或“海关总署”。", "Enter a search term, for example 知识产权 or 海关总署."},
	"search.no_results":  {"未找到与“%s”相关的改革事项，请换用其他检索词。", "No reform item matches “%s”. Try another term."},
	"search.count":       {"共找到%d项与“%s”相关的改革事项。", "%d reform items match “%s”."},

	// Errors.
	"error.status":           {"错误代码 %d", "Error %d"},
	"error.home":             {"返回首页", "Go to the home page"},
	"error.400.title":        {"请求有误", "Bad request"},
	"error.403.title":        {"无权访问", "Forbidden"},
	"error.404.title":        {"页面不存在", "Page not found"},
	"error.405.title":        {"请求方式不受支持", "Method not allowed"},
	"error.409.title":        {"数据冲突", "Conflict"},
	"error.500.title":        {"系统错误", "System error"},
	"error.internal.message": {"系统内部错误，请稍后重试或联系管理员。", "Something went wrong on our side. Please try again later or contact the administrator."},
	"error.no_page":          {"没有找到地址 %s 对应的内容，请检查地址是否正确。", "Nothing is found at %s. Please check the address."},
	"error.bad_path_value":   {"%s“%s”无效：应为正整数，例如 7。", "%s %q is not valid: it must be a positive whole number, such as 7."},
	"error.query_too_long":   {"检索词过长，最多%d个字。", "The search term is too long: at most %d characters."},
	"error.query_empty":      {"请提供检索词：参数 q 不能为空。", "Give a search term: parameter q must not be empty."},
	"error.cross_origin":     {"已拒绝来自其他网站的请求。", "A request from another site was refused."},
	"error.method":           {"此地址不支持 %s 请求，支持的方式：%s。", "This address does not accept %s; it accepts %s."},
	"value.batch_number":     {"批次号", "Batch number"},
	"value.item_id":          {"事项编号", "Item ID"},
}
