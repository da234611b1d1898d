package msg

// refusalsOps are the refusals of audit, backups and operating the server.
var refusalsOps = map[string]message{}
