package msg

// refusalsTask are the refusals of task steps (签收, 复核, 退回, 办结, 不适用),
// divisions, re-issue cascades, assignment and scope confirmation, and the
// words those refusals name (fields, lists).
var refusalsTask = map[string]message{
	// Looking things up.
	"err.task.not_found":    {"没有编号为 %d 的任务。", "There is no task %d."},
	"err.task.no_item":      {"没有编号为 %d 的改革事项。", "There is no reform item %d."},
	"err.task.no_owner":     {"没有编号为 %d 的单位，或已撤销。", "There is no unit %d, or it has been retired."},
	"err.task.unit_gone":    {"单位（编号 %d）不存在或已撤销。", "Unit %d does not exist or has been retired."},
	"err.task.no_batches":   {"数据库中还没有批次：请先导入通知（rollout import FILE）。", "The database holds no batch yet: import a notice first (rollout import FILE)."},
	"err.task.no_item_seq":  {"第%d批没有第%d项。", "Batch %d has no item %d."},
	"err.task.read_file":    {"无法读取文件 %s：%s", "The file %s cannot be read: %s"},
	"err.task.in_item":      {"第%d项：%s", "Item %d: %s"},
	"err.task.list_more":    {"%s等", "%s and others"},
	"err.task.item_seq":     {"第%d项", "item %d"},
	"err.task.list_sep":     {"、", ", "},
	"err.task.field.reason": {"理由", "The reason"},

	// Steps of the loop.
	"err.task.step_unknown": {"未知的操作“%s”。", "Unknown step %q."},
	"err.task.step_state":   {"任务当前状态为“%s”，不能执行“%s”。", "The task is %s: the step %s is not possible now."},
	"err.task.step_kind": {"操作“%s”无效：应为 acknowledge、accept、return、close、request_na、approve_na 或 reject_na；进展的保存和反馈请使用进展报告。",
		"Step %q is not valid: it must be acknowledge, accept, return, close, request_na, approve_na or reject_na; save and submit a report through the report."},
	"err.task.step_stale":    {"任务状态刚被他人更改（现为“%s”）：请刷新后再操作。", "Someone else has just moved the task (it is now %s): reload it and try again."},
	"err.task.note_too_long": {"说明过长：最多%d个字，现有%d个字。", "The note is too long: at most %d characters, not %d."},
	"err.task.return_reason": {"请填写退回理由，说明需要补正的内容。", "Give the reason for returning the report: what must be put right."},
	"err.task.reject_reason": {"请填写不同意不适用的理由。", "Say why the task does apply."},
	"err.task.na_reason":     {"请选择不适用的原因（收到“%s”）。", "Choose why the task does not apply (got %q)."},
	"err.task.na_other":      {"原因为“其他”的，请写明说明。", "With the reason “other”, explain it."},
	"err.task.close_open": {"下级还有 %d 项任务未办结（%s）：须全部办结或确认不适用后，才能办结本任务。",
		"Tasks below not yet done: %d (%s). Every one must be closed or found not applicable before this task is closed."},

	// Divisions.
	"err.task.divide_none":      {"请至少选择一个单位。", "Choose at least one unit."},
	"err.task.divide_too_many":  {"一次最多分解给%d个单位，本次有%d个。", "A task can be divided among at most %d units at once, not %d."},
	"err.task.divide_done":      {"该任务已%s，不能再分解。", "The task is %s: it cannot be divided any more."},
	"err.task.divide_role":      {"分工角色只能是牵头（lead）或配合（co），不能是“%s”。", "A part must be lead or co, not %q."},
	"err.task.divide_twice":     {"同一单位（编号 %d）在分工中出现了两次。", "Unit %d appears twice in the division."},
	"err.task.divide_not_below": {"“%s”不是“%s”的下级单位，不能向其分解任务。", "%s is not below %s: no task can be divided to it."},
	"err.task.divide_leads":     {"只能有一个牵头单位：%s 都被设为牵头。请保留一个，其余改为配合。", "There can be one lead unit only: %s are all set to lead. Keep one and make the others co-units."},
	"err.task.too_long":         {"%s过长：最多%d个字，现有%d个字。", "%s is too long: at most %d characters, not %d."},

	// Re-issue cascades.
	"err.task.cascade_not_unknown": {"“%s”不是本文件中未能识别的单位名称：只能新建预览中列出的名称。", "%q is not one of the document's unknown unit names: only the names the preview lists can be created."},
	"err.task.cascade_elsewhere": {"“%s”是已有单位，但不在“%s”之下：不能作为新部门创建，也不能由“%s”分派任务。",
		"%s is a unit already, but not below %s: it cannot be created as a new department, nor be given tasks by %s."},
	"err.task.cascade_unknown": {"%d 个单位名称未能识别（%s）：请更正文件，或确认在“%s”下新建这些单位。",
		"Unit names not recognised: %d (%s). Correct the document, or confirm that these units are to be created under %s."},
	"err.task.cascade_no_task_held": {"“%s”没有这些事项的任务，不能向下分解：%s。这些事项的任务在其下的单位：%s；请由这些单位分解，或从文件中去掉这些事项。",
		"%s holds no task of these items and cannot divide them: %s. Units below it hold them: %s; let those units divide them, or leave the items out of the document."},
	"err.task.item_held":       {"第%d项在“%s”", "item %d with %s"},
	"err.task.clause_sep":      {"；", "; "},
	"err.task.cascade_no_task": {"“%s”没有这些事项的任务，不能向下分解：%s。", "%s has no task for these items and cannot divide them: %s."},
	"err.task.cascade_too_long": {"文件第%d行（第%d项）的%s过长：最多%d个字，现有%d个字。请在文件中缩短后重新上传。",
		"Line %d of the document (item %d): %s is too long: at most %d characters, not %d. Shorten it in the document and upload it again."},
	"err.task.cascade_nothing":  {"文件中没有能对应到%s改革事项的分工，没有可保存的任务。", "No line of the document matches a reform item of %s: there is nothing to save."},
	"err.task.cascade_too_many": {"文件中的分工过多：最多%d项，现有%d项。", "The document divides too many items: at most %d, not %d."},
	"err.task.batch_zh":         {"第%s批", "Batch %s"},

	// Assignment.
	"err.task.assign_unknown": {"第%d项的负责单位“%s”不在单位目录中：请先在单位目录中添加或更正，再分解任务。",
		"Item %d: the responsible unit %s is not in the unit directory. Add or correct it there first, then assign the tasks."},

	// Scope confirmation.
	"err.task.scope_unresolved": {"推广范围“%s”不能自动确定实施单位：请协调人确认实施单位名单后再分解任务。",
		"The scope %q does not name its units: a coordinator must confirm the implementing units before tasks are assigned."},
	"err.task.scope_empty": {"推广范围“%s”没有对应的%s：请先载入单位目录（rollout units load）。",
		"The scope %q has no %s: load the unit directory first (rollout units load)."},
	"err.task.scope_what.province":  {"省级人民政府", "provincial governments"},
	"err.task.scope_what.ftz":       {"自贸试验区", "Free Trade Zones"},
	"err.task.scope_what.coastal":   {"沿海省份", "coastal provinces"},
	"err.task.scope_what.confirmed": {"已确认的单位", "confirmed units"},
	"err.task.scope_none":           {"请至少确认一个实施单位。", "Confirm at least one implementing unit."},
	"err.task.scope_too_many":       {"一次最多确认%d个实施单位，本次有%d个。", "At most %d implementing units can be confirmed at once, not %d."},
	"err.task.scope_automatic": {"第%d项的推广范围“%s”由系统自动确定实施单位，无需确认。",
		"The scope of item %d, %q, names its implementing units itself: there is nothing to confirm."},
	"err.task.scope_unit_kind": {"“%s”不是省级人民政府或自贸试验区（片区），不能作为第一级实施单位。",
		"%s is neither a provincial government nor a Free Trade Zone (or area): it cannot implement an item at the first level."},
}
