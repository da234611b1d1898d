package msg

// terms name the codes of the domain that are not yet named in ui: each code
// one word, the same on every page, in reports, sheets and the command line.
var terms = map[string]message{
	// Reporting periods.
	"period.quarter":     {"%s年第%s季度", "%s Q%s"},
	"period.month":       {"%s年%d月", "%s-%02d"},
	"period.first_half":  {"%s年上半年", "%s H1"},
	"period.second_half": {"%s年下半年", "%s H2"},
	// How coverage is computed, shown beside each figure.
	"rollup.coverage_formula": {"覆盖率 = (已落地 %d + 持续深化 %d + 由中央部门统一实施 %d) ÷ (末级任务 %d − 不适用 %d) = %.1f%%",
		"Coverage = (implemented %d + deepening %d + run centrally %d) ÷ (leaf tasks %d − not applicable %d) = %.1f%%"},
	// Reminders: their subjects and bodies, and notes on the timeline.
	"notice.task_due_soon":    {"任务即将到期", "Task due soon"},
	"notice.task_overdue":     {"任务已逾期", "Task overdue"},
	"notice.task_body":        {"%s：第%d批第%d项“%s”，完成时限 %s，当前状态 %s。", "%s: batch %d, item %d “%s”, due %s, now %s."},
	"notice.problem_due_soon": {"问题即将到答复时限", "Problem due for an answer soon"},
	"notice.problem_overdue":  {"问题已超过答复时限", "Problem past its answer time"},
	"notice.problem_body":     {"%s提出的问题“%s”（第%d批第%d项“%s”）在%s层级待答复，答复时限 %s。", "The problem “%[2]s” raised by %[1]s (batch %[3]d, item %[4]d “%[5]s”) awaits an answer at the %[6]s level, due %[7]s."},
	// Notifications of people's steps: subjects, and the body they share.
	"notice.urged":             {"督办：请抓紧办理", "Urged: please act on the task"},
	"notice.returned":          {"进展报告被退回", "Progress report returned"},
	"notice.escalated":         {"有问题上报至本单位", "A problem was escalated to your unit"},
	"notice.extension_asked":   {"下级单位申请延期", "A unit below asks for a later deadline"},
	"notice.extension_granted": {"延期申请已同意", "Later deadline granted"},
	"notice.extension_refused": {"延期申请未同意", "Later deadline refused"},
	"notice.escalated_body":    {"%s提出的问题“%s”（第%d批第%d项“%s”）已上报至本单位，请答复。", "The problem “%[2]s” raised by %[1]s (batch %[3]d, item %[4]d “%[5]s”) has reached your unit: please answer it."},
	"notice.event_body":        {"%s：第%d批第%d项“%s”，完成时限 %s。", "%s: batch %d, item %d “%s”, due %s."},
	"task.note_imported":       {"随进展报告导入签收", "Acknowledged by importing a progress report"},
	"task.note_report_version": {"%s进展报告第 %d 版", "%s progress report, version %d"},
	// The instrument a batch was issued by.
	"instrument.replication":    {"改革试点经验", "Reform pilot experience"},
	"instrument.best_practice":  {"最佳实践案例", "Best practice cases"},
	"instrument.pilot_measures": {"试点措施", "Pilot measures"},
}
