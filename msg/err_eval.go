package msg

// refusalsEval are the refusals of indicators, evaluation rounds and scores.
var refusalsEval = map[string]message{}
