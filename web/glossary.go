package web

import (
	"net/http"

	"rollout"
)

// The glossary (术语表): every word a page uses for a task's state, a
// report's status, a light and a figure, each defined once in the catalogue
// and explained here — the page the footer links to.

// glossaryTerm is one word and what it means.
type glossaryTerm struct {
	Term, Meaning string
}

// glossaryPart is one group of words.
type glossaryPart struct {
	Heading string
	Terms   []glossaryTerm
}

// glossaryPage is the data of GET /glossary.
type glossaryPage struct {
	layout
	Intro string
	Parts []glossaryPart
}

// glossaryFigures are the words of figures, each with its explanation.
var glossaryFigures = [][2]string{
	{"rollup.covered", "glossary.figure.covered"},
	{"rollup.coverage", "glossary.figure.coverage"},
	{"glossary.reported", "glossary.figure.reported"},
	{"glossary.verified", "glossary.figure.verified"},
	{"glossary.leaf", "glossary.figure.leaf"},
}

// glossary serves GET /glossary, public.
func (s *Server) glossary(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	p := &glossaryPage{layout: newLayout(r, tr(l, "glossary.title"), ""), Intro: tr(l, "glossary.intro")}
	states := glossaryPart{Heading: tr(l, "glossary.states")}
	for _, st := range rollout.States {
		states.Terms = append(states.Terms, glossaryTerm{stateLabel(l, st), codeLabel(l, "glossary.state.", st)})
	}
	statuses := glossaryPart{Heading: tr(l, "glossary.statuses")}
	for _, st := range rollout.Statuses {
		statuses.Terms = append(statuses.Terms, glossaryTerm{statusLabel(l, st), codeLabel(l, "glossary.status.", st)})
	}
	lights := glossaryPart{Heading: tr(l, "glossary.lights"), Terms: []glossaryTerm{
		{tr(l, "light.green"), tr(l, "light.green_title")},
		{tr(l, "light.yellow"), tr(l, "light.yellow_title", s.warningDays)},
		{tr(l, "light.red"), tr(l, "light.red_title")},
		{tr(l, "list.light.none"), tr(l, "glossary.light_none")},
	}}
	figures := glossaryPart{Heading: tr(l, "glossary.figures")}
	for _, f := range glossaryFigures {
		figures.Terms = append(figures.Terms, glossaryTerm{tr(l, f[0]), tr(l, f[1])})
	}
	p.Parts = []glossaryPart{states, statuses, lights, figures}
	return s.views.glossary.render(w, http.StatusOK, p)
}
