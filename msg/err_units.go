package msg

// refusalsUnits are the refusals of units, accounts, sessions, tokens, the catalogue of notices and the command line.
var refusalsUnits = map[string]message{}
