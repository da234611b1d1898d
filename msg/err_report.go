package msg

// refusalsReport are the refusals of reports, task steps, divisions, re-issue cascade and spreadsheet imports.
var refusalsReport = map[string]message{}
