package msg

// refusals are the sentences of errors a person may see: what was wrong, where,
// and what to do. Keys are err.<area>.<what>; the domain and storage name them
// through rollout.E.
var refusals = map[string]message{
	// Reports.
	"err.report.in_task": {"任务 %d：%s", "Task %d: %s"},
}
