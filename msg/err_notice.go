package msg

// refusalsNotice are the refusals of reading notices and re-issue documents.
var refusalsNotice = map[string]message{}
