package msg

// terms name the codes of the domain that are not yet named in ui: each code
// one word, the same on every page, in reports, sheets and the command line.
var terms = map[string]message{
	// The instrument a batch was issued by.
	"instrument.replication":    {"改革试点经验", "Reform pilot experience"},
	"instrument.best_practice":  {"最佳实践案例", "Best practice cases"},
	"instrument.pilot_measures": {"试点措施", "Pilot measures"},
}
