package msg

// refusalsNotice are the refusals of reading notices and re-issue documents.
var refusalsNotice = map[string]message{
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
	"notice.item-seq":   {"第%d项", "item %d"},
	"notice.list-sep":   {"、", ", "},
	"notice.clause-sep": {"；", "; "},
	"notice.item-held":  {"第%d项在“%s”", "item %d with %s"},
}
