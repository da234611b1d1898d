package msg

// refusalsSupervise are the refusals of 督办 and of requests for a later
// deadline (延期申请) and their decisions, and of the notifications page.
var refusalsSupervise = map[string]message{
	"err.supervise.urge_note":           {"请写明督办意见。", "Say what the unit is urged to do."},
	"err.supervise.urge_done":           {"任务状态为“%s”，无需督办。", "The task is “%s”: there is nothing to urge."},
	"err.supervise.urge_waiting":        {"任务处于“%s”，正等待上级处理，无需督办本单位。", "The task is “%s”: it waits on the level above, not on the unit."},
	"err.supervise.urge_on_track":       {"任务未逾期，且%d天内有进展，暂不需督办。", "The task is not overdue and has moved within %d days: there is no need to urge it yet."},
	"err.supervise.extension_done":      {"任务状态为“%s”，不能延期。", "The task is “%s”: its deadline cannot be moved."},
	"err.supervise.extension_waiting":   {"任务处于“%s”，正等待上级处理：请待上级处理后再申请延期。", "The task is “%s” and waits on the level above: ask for a later deadline once it has decided."},
	"err.supervise.extension_phrase":    {"完成时限“%s”不是日期，无法延期。", "The deadline “%s” is not a date: there is no day to move."},
	"err.supervise.extension_pending":   {"已有延期申请（至%s）待审批，请等待上级答复。", "A request for a later deadline (%s) awaits decision: wait for the level above to answer it."},
	"err.supervise.extension_reason":    {"请写明延期理由。", "Give the reason for a later deadline."},
	"err.supervise.extension_date":      {"“%s”不是日期：请写成 2024-09-30 或 2024年9月底前。", "“%s” is not a date: write it as 2024-09-30 or 2024年9月底前."},
	"err.supervise.extension_not_later": {"申请的时限 %s 不晚于原时限 %s。", "The deadline %s is not later than the deadline %s."},
	"err.supervise.extension_past":      {"时限 %s 已经过去。", "The deadline %s has already passed."},
	"err.supervise.extension_decided":   {"该延期申请已审批（%s）。", "This request has already been decided (%s)."},
	"err.supervise.refuse_reason":       {"请写明不同意延期的理由。", "Give the reason for refusing."},
	"err.supervise.no_extension":        {"没有编号为 %d 的延期申请。", "There is no request for a later deadline %d."},
	"err.supervise.extension_of_task":   {"延期申请 %d 不属于任务 %d。", "Request %d is not one of task %d's."},
	"err.supervise.notification_id":     {"“%s”不是通知编号。", "“%s” is not a notification number."},
}
