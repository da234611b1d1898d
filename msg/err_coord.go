package msg

// refusalsCoord are the refusals of problems, approvals, legal changes, risks and links.
var refusalsCoord = map[string]message{}
