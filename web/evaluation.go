package web

import (
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout"
	"rollout/officedoc"
	"rollout/sheet"
)

// Evaluation rounds (成效评估): the list of rounds, the form that opens one,
// the round's page (setup, evaluators, progress of scoring, closing), the
// evaluator's scoring form, the scorecard, and the evaluation report and the
// bulletin (通报) as printable A4 documents and as .xlsx; and their API.
//
// Who may: rollout.Authorize with the round as target (Round.Target: the round
// and its evaluators). ActManageRounds — opening, assigning evaluators,
// closing — is the coordinator's; ActReadRound — the round, its scorecard,
// report and bulletin — the coordinator's and the round's evaluators';
// ActEvaluate — scoring — the round's evaluators' only. An evaluator sees no
// other round, and (Authorize again) no task, unit or matrix at all. The list
// of rounds shows each user the rounds Authorize lets it read.

// evalViews are the pages of evaluation rounds. The report and the bulletin
// are documents: they have their own frame (evaldoc.html, no site header) and
// print on A4.
type evalViews struct {
	rounds    view[*roundsPage]
	roundForm view[*roundFormPage]
	round     view[*roundPage]
	score     view[*scorePage]
	scorecard view[*scorecardPage]
	roundUnit view[*roundUnitPage]
	report    view[*evalDocPage]
	bulletin  view[*evalDocPage]
}

func parseEvalViews(st staticFiles) (evalViews, error) {
	var vs evalViews
	var firstErr error
	parse := func(frame, name string, dst *[numLangs]*template.Template) {
		if firstErr == nil {
			*dst, firstErr = parseView(st, frame, name, evalFuncs)
		}
	}
	vs.rounds.name, vs.roundForm.name, vs.round.name, vs.score.name, vs.scorecard.name = "rounds", "roundform", "round", "score", "scorecard"
	vs.report.name, vs.bulletin.name, vs.roundUnit.name = "evalreport", "bulletin", "roundunit"
	parse("layout", vs.rounds.name, &vs.rounds.tmpl)
	parse("layout", vs.roundForm.name, &vs.roundForm.tmpl)
	parse("layout", vs.round.name, &vs.round.tmpl)
	parse("layout", vs.score.name, &vs.score.tmpl)
	parse("layout", vs.scorecard.name, &vs.scorecard.tmpl)
	parse("layout", vs.roundUnit.name, &vs.roundUnit.tmpl)
	parse("evaldoc", vs.report.name, &vs.report.tmpl)
	parse("evaldoc", vs.bulletin.name, &vs.bulletin.tmpl)
	return vs, firstErr
}

// evalFuncs are the template functions of the evaluation pages.
func evalFuncs(l lang) template.FuncMap {
	return template.FuncMap{
		"measure": func(m rollout.Measure) string { return codeLabel(l, "measure.", m) },
		"score":   func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
		"num":     func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) },
		"measures": func() []rollout.Measure {
			return rollout.Measures
		},
		"roundState": func(st rollout.RoundState) string { return codeLabel(l, "roundstate.", st) },
		"docDate":    func(t time.Time) string { return documentDate(l, t) },
	}
}

// documentDate writes a date as official documents do: 二〇二五年一月十五日.
func documentDate(l lang, t time.Time) string {
	if l == en {
		return formatDate(l, t)
	}
	t = t.In(rollout.Beijing)
	return chineseDocumentDate(t.Year(), int(t.Month()), t.Day())
}

// roundID reads {id}, a round's ID.
func roundID(r *http.Request) (int64, error) {
	return positiveInt(requestLang(r), r, "id", "value.round_id")
}

// evalService is the evaluation service, or ENOTFOUND when the site runs
// without one.
func (s *Server) evalService(r *http.Request) (rollout.EvaluationService, error) {
	if s.evaluations == nil {
		return nil, notFound(requestLang(r), r.URL.Path)
	}
	return s.evaluations, nil
}

// loadRound reads {id} and the round, once the user may do a in it: an
// anonymous visitor is refused before anything is read.
func (s *Server) loadRound(r *http.Request, a rollout.Action) (*rollout.Round, error) {
	if err := s.signedIn(r, a); err != nil {
		return nil, err
	}
	ev, err := s.evalService(r)
	if err != nil {
		return nil, err
	}
	id, err := roundID(r)
	if err != nil {
		return nil, err
	}
	round, err := ev.Round(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if err := s.authorize(r, a, round.Target()); err != nil {
		return nil, err
	}
	return round, nil
}

// visibleRounds are the rounds the user may read, newest first.
func (s *Server) visibleRounds(r *http.Request) ([]*rollout.Round, error) {
	if err := s.authorize(r, rollout.ActReadRound, rollout.Target{}); err != nil {
		return nil, err
	}
	ev, err := s.evalService(r)
	if err != nil {
		return nil, err
	}
	all, err := ev.Rounds(r.Context())
	if err != nil {
		return nil, err
	}
	out := []*rollout.Round{}
	for _, rd := range all {
		if allowed(r, rollout.ActReadRound, rd.Target()) {
			out = append(out, rd)
		}
	}
	return out, nil
}

// roundsPage is GET /rounds.
type roundsPage struct {
	layout
	Rounds    []*rollout.Round
	CanManage bool
}

func (s *Server) roundsList(w http.ResponseWriter, r *http.Request) error {
	rounds, err := s.visibleRounds(r)
	if err != nil {
		return err
	}
	l := requestLang(r)
	p := &roundsPage{layout: newLayout(r, tr(l, "rounds.title"), "rounds"), Rounds: rounds,
		CanManage: allowed(r, rollout.ActManageRounds, rollout.Target{})}
	return s.views.eval.rounds.render(w, http.StatusOK, p)
}

// unitChoice is a unit offered in the round form.
type unitChoice struct {
	ID      int64
	Name    string
	Code    string
	Kind    rollout.UnitKind
	Checked bool
}

// itemChoice is an item offered in the round form.
type itemChoice struct {
	*rollout.Item
	Checked bool
}

// roundInput is the round form as posted.
type roundInput struct {
	Name, Period string
	Batch        int
	Items, Units []int64
	Weights      map[rollout.Measure]string
	Criteria     []criterionInput
}

type criterionInput struct {
	Name, Description, Min, Max string
}

// criterionRows is how many rubric lines the form offers.
const criterionRows = 6

// defaultRoundInput is the form as first shown for a batch: every item and
// unit, weights that add up to 1, and a rubric of three criteria scored 0–10.
func defaultRoundInput(l lang, b *rollout.Batch, units []unitChoice, period rollout.Period) roundInput {
	in := roundInput{Name: tr(l, "roundform.default_name", batchLabel(l, b.Batch), period.Label()), Period: string(period), Batch: b.Batch,
		Weights: map[rollout.Measure]string{rollout.MeasureCoverage: "0.3", rollout.MeasureStatus: "0.2", rollout.MeasureEvidence: "0.1",
			rollout.MeasureIndicators: "0.2", rollout.MeasureRubric: "0.2"}}
	for _, it := range b.Items {
		in.Items = append(in.Items, it.ID)
	}
	for _, u := range units {
		in.Units = append(in.Units, u.ID)
	}
	for _, k := range [][2]string{{"criterion.mechanism", "criterion.mechanism.desc"}, {"criterion.innovation", "criterion.innovation.desc"},
		{"criterion.satisfaction", "criterion.satisfaction.desc"}} {
		in.Criteria = append(in.Criteria, criterionInput{Name: tr(l, k[0]), Description: tr(l, k[1]), Min: "0", Max: "10"})
	}
	return in
}

// roundFormPage is GET /rounds/new.
type roundFormPage struct {
	layout
	Batches  []*rollout.Batch
	Batch    *rollout.Batch
	Items    []itemChoice
	Units    []unitChoice
	Form     roundInput
	Criteria []criterionInput // Form.Criteria padded to criterionRows
	Error    string
}

// roundUnits are the units with first-level implementing tasks of a batch,
// by code.
func (s *Server) roundUnits(r *http.Request, batch int) ([]unitChoice, error) {
	tasks, err := s.tasks.Tasks(r.Context(), rollout.TaskFilter{Batch: batch, Role: rollout.RoleImplement})
	if err != nil {
		return nil, err
	}
	seen := map[int64]bool{}
	var out []unitChoice
	for _, t := range tasks {
		if t.ParentID != 0 || seen[t.UnitID] {
			continue
		}
		seen[t.UnitID] = true
		out = append(out, unitChoice{ID: t.UnitID, Name: t.UnitName, Code: t.UnitCode, Kind: t.UnitKind})
	}
	slices.SortFunc(out, func(a, b unitChoice) int {
		return cmp.Or(cmp.Compare(kindOrder(a.Kind), kindOrder(b.Kind)), cmp.Compare(a.Code, b.Code), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

func kindOrder(k rollout.UnitKind) int {
	if k == rollout.KindProvince {
		return 0
	}
	return 1
}

// roundFormData fills the form page for batch n with in.
func (s *Server) roundFormData(r *http.Request, n int, in *roundInput) (*roundFormPage, error) {
	l := requestLang(r)
	ctx := r.Context()
	batches, err := s.catalog.Batches(ctx)
	if err != nil {
		return nil, err
	}
	if len(batches) == 0 {
		return nil, rollout.E(rollout.EINVALID, "roundform.no_batches")
	}
	if n == 0 {
		n = batches[0].Batch
	}
	b, err := s.catalog.BatchByNumber(ctx, n)
	if err != nil {
		return nil, err
	}
	units, err := s.roundUnits(r, n)
	if err != nil {
		return nil, err
	}
	if in == nil {
		d := defaultRoundInput(l, b, units, rollout.PeriodOf(b.Rhythm, s.now()))
		in = &d
	}
	p := &roundFormPage{layout: newLayout(r, tr(l, "roundform.title"), "rounds"), Batches: batches, Batch: b, Form: *in}
	for i := range b.Items {
		p.Items = append(p.Items, itemChoice{Item: &b.Items[i], Checked: slices.Contains(in.Items, b.Items[i].ID)})
	}
	for _, u := range units {
		u.Checked = slices.Contains(in.Units, u.ID)
		p.Units = append(p.Units, u)
	}
	p.Criteria = append(slices.Clone(in.Criteria), make([]criterionInput, max(0, criterionRows-len(in.Criteria)))...)
	return p, nil
}

// roundForm serves GET /rounds/new?batch=N.
func (s *Server) roundForm(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActManageRounds, rollout.Target{}); err != nil {
		return err
	}
	if _, err := s.evalService(r); err != nil {
		return err
	}
	n := 0
	if v := r.URL.Query().Get("batch"); v != "" {
		b, err := strconv.Atoi(v)
		if err != nil || b <= 0 {
			return rollout.E(rollout.EINVALID, "error.bad_path_value", evalTerm("value.batch_number"), v)
		}
		n = b
	}
	p, err := s.roundFormData(r, n, nil)
	if err != nil {
		return err
	}
	return s.views.eval.roundForm.render(w, http.StatusOK, p)
}

// parseRoundForm reads the posted round form.
func parseRoundForm(r *http.Request) (roundInput, error) {
	in := roundInput{Name: r.PostForm.Get("name"), Period: strings.TrimSpace(r.PostForm.Get("period")),
		Weights: map[rollout.Measure]string{}}
	if raw := strings.TrimSpace(r.PostForm.Get("batch")); raw != "" {
		b, err := strconv.Atoi(raw)
		if err != nil || b <= 0 {
			return in, rollout.E(rollout.EINVALID, "roundform.bad_batch")
		}
		in.Batch = b
	}
	for _, key := range []string{"item", "unit"} {
		for _, v := range r.PostForm[key] {
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil || id <= 0 {
				return in, rollout.E(rollout.EINVALID, "roundform.bad_choice", v)
			}
			if key == "item" {
				in.Items = append(in.Items, id)
			} else {
				in.Units = append(in.Units, id)
			}
		}
	}
	for _, m := range rollout.Measures {
		in.Weights[m] = strings.TrimSpace(r.PostForm.Get("w_" + string(m)))
	}
	for i := 1; i <= criterionRows; i++ {
		c := criterionInput{Name: r.PostForm.Get(fmt.Sprintf("c%d_name", i)), Description: r.PostForm.Get(fmt.Sprintf("c%d_desc", i)),
			Min: strings.TrimSpace(r.PostForm.Get(fmt.Sprintf("c%d_min", i))), Max: strings.TrimSpace(r.PostForm.Get(fmt.Sprintf("c%d_max", i)))}
		if strings.TrimSpace(c.Name) == "" && strings.TrimSpace(c.Description) == "" {
			continue
		}
		in.Criteria = append(in.Criteria, c)
	}
	return in, nil
}

// round turns the form into a round, or says which number is malformed;
// every rule of a round is DecideRoundCreate's.
func (in roundInput) round() (*rollout.Round, error) {
	rd := &rollout.Round{Name: in.Name, Batch: in.Batch, Period: rollout.Period(in.Period), Items: in.Items, Units: in.Units}
	for _, m := range rollout.Measures {
		raw := in.Weights[m]
		if raw == "" {
			raw = "0"
		}
		v, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return nil, rollout.E(rollout.EINVALID, "roundform.bad_weight", m, raw)
		}
		switch m {
		case rollout.MeasureCoverage:
			rd.Weights.Coverage = v
		case rollout.MeasureStatus:
			rd.Weights.Status = v
		case rollout.MeasureEvidence:
			rd.Weights.Evidence = v
		case rollout.MeasureIndicators:
			rd.Weights.Indicators = v
		case rollout.MeasureRubric:
			rd.Weights.Rubric = v
		}
	}
	for i, c := range in.Criteria {
		lo, err1 := strconv.ParseFloat(c.Min, 64)
		hi, err2 := strconv.ParseFloat(c.Max, 64)
		if err1 != nil || err2 != nil {
			return nil, rollout.E(rollout.EINVALID, "roundform.bad_range", i+1, c.Min, c.Max)
		}
		rd.Criteria = append(rd.Criteria, rollout.Criterion{Name: c.Name, Description: c.Description, Min: lo, Max: hi})
	}
	return rd, nil
}

// roundCreate serves POST /rounds: the round is opened, or the form is shown
// again with what was wrong and nothing stored.
func (s *Server) roundCreate(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	if err := s.authorize(r, rollout.ActManageRounds, rollout.Target{}); err != nil {
		return err
	}
	ev, err := s.evalService(r)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	in, err := parseRoundForm(r)
	if err != nil {
		return err
	}
	rd, err := in.round()
	if err == nil {
		rd, err = ev.CreateRound(r.Context(), rd)
	}
	if err == nil {
		http.Redirect(w, r, fmt.Sprintf("/rounds/%d?done=created", rd.ID), http.StatusSeeOther)
		return nil
	}
	if rollout.ErrorCode(err) != rollout.EINVALID {
		return err
	}
	p, perr := s.roundFormData(r, in.Batch, &in)
	if perr != nil {
		return err // the batch itself is wrong: say so plainly
	}
	p.Error = errorMessage(l, err)
	return s.views.eval.roundForm.render(w, http.StatusBadRequest, p)
}

// evaluatorChoice is an evaluator account offered for a round.
type evaluatorChoice struct {
	ID       int64
	Username string
	Name     string
	Checked  bool
}

// progressRow is one evaluator's progress in a round.
type progressRow struct {
	Evaluator rollout.RoundEvaluator
	Scored    int // units × criteria scored
	Units     int // units scored on every criterion
}

// roundPage is GET /rounds/{id}.
type roundPage struct {
	layout
	Round      *rollout.Round
	Items      []rollout.Item
	Units      []*rollout.Unit
	Candidates []evaluatorChoice
	Progress   []progressRow
	Expected   int // units × criteria, for each evaluator
	CanManage  bool
	CanScore   bool
	Done       string
	Error      string
}

func (s *Server) roundPageData(r *http.Request, rd *rollout.Round) (*roundPage, error) {
	ctx := r.Context()
	p := &roundPage{layout: newLayout(r, rd.Name, "rounds"), Round: rd,
		CanManage: allowed(r, rollout.ActManageRounds, rd.Target()), CanScore: allowed(r, rollout.ActEvaluate, rd.Target()),
		Expected: len(rd.Units) * len(rd.Criteria)}
	b, err := s.catalog.BatchByNumber(ctx, rd.Batch)
	if err != nil {
		return nil, err
	}
	for _, it := range b.Items {
		if slices.Contains(rd.Items, it.ID) {
			p.Items = append(p.Items, it)
		}
	}
	for _, id := range rd.Units {
		u, err := s.units.Unit(ctx, id)
		if err != nil {
			return nil, err
		}
		p.Units = append(p.Units, u)
	}
	scores, err := s.evaluations.Scores(ctx, rd.ID)
	if err != nil {
		return nil, err
	}
	for _, e := range rd.Evaluators {
		row := progressRow{Evaluator: e}
		perUnit := map[int64]int{}
		for _, sc := range scores {
			if sc.EvaluatorID == e.UserID {
				row.Scored++
				perUnit[sc.UnitID]++
			}
		}
		for _, n := range perUnit {
			if n == len(rd.Criteria) {
				row.Units++
			}
		}
		p.Progress = append(p.Progress, row)
	}
	if p.CanManage && !rd.Closed() {
		users, err := s.users.Users(ctx)
		if err != nil {
			return nil, err
		}
		for _, u := range users {
			if !u.Has(rollout.RoleEvaluator) || u.Disabled {
				continue
			}
			checked := slices.ContainsFunc(rd.Evaluators, func(e rollout.RoundEvaluator) bool { return e.UserID == u.ID })
			p.Candidates = append(p.Candidates, evaluatorChoice{ID: u.ID, Username: u.Username, Name: u.DisplayName, Checked: checked})
		}
	}
	return p, nil
}

// roundShow serves GET /rounds/{id}.
func (s *Server) roundShow(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActReadRound)
	if err != nil {
		return err
	}
	p, err := s.roundPageData(r, rd)
	if err != nil {
		return err
	}
	if key, ok := map[string]string{"created": "round.done.created", "evaluators": "round.done.evaluators",
		"closed": "round.done.closed"}[r.URL.Query().Get("done")]; ok {
		p.Done = tr(p.Lang, key)
	}
	return s.views.eval.round.render(w, http.StatusOK, p)
}

// roundRefused shows the round page with a refusal of a change (a closed
// round, a bad evaluator, an old version) in place of doing it, over the
// round as stored now.
func (s *Server) roundRefused(w http.ResponseWriter, r *http.Request, id int64, err error) error {
	if c := rollout.ErrorCode(err); c != rollout.EINVALID && c != rollout.ECONFLICT {
		return err
	}
	rd, rerr := s.evaluations.Round(r.Context(), id)
	if rerr != nil {
		return rerr
	}
	p, perr := s.roundPageData(r, rd)
	if perr != nil {
		return perr
	}
	p.Error = errorMessage(p.Lang, err)
	return s.views.eval.round.render(w, errorStatus(err), p)
}

// roundEvaluators serves POST /rounds/{id}/evaluators (evaluator=ID…).
func (s *Server) roundEvaluators(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActManageRounds)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	version, err := formVersion(r.PostForm.Get("version"))
	if err != nil {
		return s.roundRefused(w, r, rd.ID, err)
	}
	var ids []int64
	for _, v := range r.PostForm["evaluator"] {
		id, err := strconv.ParseInt(v, 10, 64)
		if err != nil || id <= 0 {
			return s.roundRefused(w, r, rd.ID, rollout.E(rollout.EINVALID, "roundform.bad_choice", v))
		}
		ids = append(ids, id)
	}
	if _, err := s.evaluations.SetEvaluators(r.Context(), rd.ID, version, ids); err != nil {
		return s.roundRefused(w, r, rd.ID, err)
	}
	http.Redirect(w, r, fmt.Sprintf("/rounds/%d?done=evaluators", rd.ID), http.StatusSeeOther)
	return nil
}

// roundClose serves POST /rounds/{id}/close (version=N, the version the page
// showed).
func (s *Server) roundClose(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActManageRounds)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	version, err := formVersion(r.PostForm.Get("version"))
	if err == nil {
		_, err = s.evaluations.CloseRound(r.Context(), rd.ID, version)
	}
	if err != nil {
		return s.roundRefused(w, r, rd.ID, err)
	}
	http.Redirect(w, r, fmt.Sprintf("/rounds/%d?done=closed", rd.ID), http.StatusSeeOther)
	return nil
}

// scoreField is one criterion of one unit in the scoring form.
type scoreField struct {
	Criterion rollout.Criterion
	Name      string // the form field: s-{unit}-{criterion}; its comment is c-…
	Value     string
	Comment   string
}

// scoreUnit is one unit of the scoring form.
type scoreUnit struct {
	Unit   *rollout.Unit
	Fields []scoreField
}

// scorePage is GET /rounds/{id}/score.
type scorePage struct {
	layout
	Round *rollout.Round
	Units []scoreUnit
	Saved bool
	Error string
	// ErrorField is the field of the score refused (s-{unit}-{criterion}),
	// marked and linked from the message.
	ErrorField string
}

// scoreFormData fills the scoring form with the actor's scores, or with
// what was posted (posted).
func (s *Server) scoreFormData(r *http.Request, rd *rollout.Round, posted map[string]string) (*scorePage, error) {
	ctx := r.Context()
	actor := rollout.ActorFrom(ctx)
	p := &scorePage{layout: newLayout(r, rd.Name, "rounds"), Round: rd}
	mine := map[string]rollout.Score{}
	if posted == nil {
		scores, err := s.evaluations.Scores(ctx, rd.ID)
		if err != nil {
			return nil, err
		}
		for _, sc := range scores {
			if actor != nil && sc.EvaluatorID == actor.ID {
				mine[fmt.Sprintf("s-%d-%d", sc.UnitID, sc.Criterion)] = sc
			}
		}
	}
	for _, id := range rd.Units {
		u, err := s.units.Unit(ctx, id)
		if err != nil {
			return nil, err
		}
		su := scoreUnit{Unit: u}
		for _, c := range rd.Criteria {
			f := scoreField{Criterion: c, Name: fmt.Sprintf("s-%d-%d", u.ID, c.Seq)}
			if posted != nil {
				f.Value, f.Comment = posted[f.Name], posted["c"+f.Name[1:]]
			} else if sc, ok := mine[f.Name]; ok {
				f.Value, f.Comment = strconv.FormatFloat(sc.Value, 'f', -1, 64), sc.Comment
			}
			su.Fields = append(su.Fields, f)
		}
		p.Units = append(p.Units, su)
	}
	return p, nil
}

// scoreForm serves GET /rounds/{id}/score, the evaluator's form.
func (s *Server) scoreForm(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActEvaluate)
	if err != nil {
		return err
	}
	p, err := s.scoreFormData(r, rd, nil)
	if err != nil {
		return err
	}
	p.Saved = r.URL.Query().Get("done") == "saved"
	return s.views.eval.score.render(w, http.StatusOK, p)
}

// scoreSubmit serves POST /rounds/{id}/score: the filled values are saved
// (a blank value is not a score; a comment needs one), all or none, as
// DecideScores decides (none at all is refused there).
func (s *Server) scoreSubmit(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	rd, err := s.loadRound(r, rollout.ActEvaluate)
	if err != nil {
		return err
	}
	if err := parseForm(w, r); err != nil {
		return err
	}
	posted := map[string]string{}
	var scores []rollout.Score
	names := map[int64]string{}
	for _, uid := range rd.Units {
		u, err := s.units.Unit(r.Context(), uid)
		if err != nil {
			return err
		}
		names[uid] = u.Name
	}
	err = func() error {
		for _, uid := range rd.Units {
			for _, c := range rd.Criteria {
				name := fmt.Sprintf("s-%d-%d", uid, c.Seq)
				raw, comment := strings.TrimSpace(r.PostForm.Get(name)), strings.TrimSpace(r.PostForm.Get("c"+name[1:]))
				posted[name], posted["c"+name[1:]] = raw, comment
			}
		}
		for _, uid := range rd.Units {
			for _, c := range rd.Criteria {
				name := fmt.Sprintf("s-%d-%d", uid, c.Seq)
				raw, comment := posted[name], posted["c"+name[1:]]
				sc := rollout.Score{UnitID: uid, Criterion: c.Seq, Comment: comment}
				if raw == "" {
					if comment != "" {
						return rollout.ScoreErr(sc, "score.comment_without_value", names[uid], c.Name)
					}
					continue
				}
				v, err := strconv.ParseFloat(raw, 64)
				if err != nil {
					return rollout.ScoreErr(sc, "score.bad_value", names[uid], c.Name, raw)
				}
				sc.Value = v
				scores = append(scores, sc)
			}
		}
		return s.evaluations.SaveScores(r.Context(), rd.ID, scores)
	}()
	if err == nil {
		http.Redirect(w, r, fmt.Sprintf("/rounds/%d/score?done=saved", rd.ID), http.StatusSeeOther)
		return nil
	}
	if c := rollout.ErrorCode(err); c != rollout.EINVALID && c != rollout.ECONFLICT {
		return err
	}
	if now, rerr := s.evaluations.Round(r.Context(), rd.ID); rerr == nil {
		rd = now
	}
	p, perr := s.scoreFormData(r, rd, posted)
	if perr != nil {
		return perr
	}
	p.Error = errorMessage(l, err)
	var se *rollout.ScoreError
	if errors.As(err, &se) {
		p.ErrorField = fmt.Sprintf("s-%d-%d", se.UnitID, se.Criterion)
	}
	return s.views.eval.score.render(w, errorStatus(err), p)
}

// scorecardPage is GET /rounds/{id}/scorecard.
type scorecardPage struct {
	layout
	Round *rollout.Round
	Card  *rollout.Scorecard
	Parts []scorecardPart
}

// scorecardPart is one ranking of the scorecard: units, items, domains or
// responsible units.
type scorecardPart struct {
	Key     string // units-provinces, units-ftzs, units-others, units-unscored, items, domains, responsible
	Heading string
	Lines   []rollout.ScoreLine
	Units   bool // a part of the units' ranking
}

// groupKeys are the words of each group units are ranked in: its name and
// the heading of its ranking.
var groupKeys = map[string]struct{ name, part string }{
	rollout.GroupProvinces: {"scorecard.group.provinces", "scorecard.part.units.provinces"},
	rollout.GroupFTZs:      {"scorecard.group.ftzs", "scorecard.part.units.ftzs"},
	rollout.GroupOthers:    {"scorecard.group.others", "scorecard.part.units.others"},
}

// parts are the scorecard's rankings: the units' by group (provinces, FTZs,
// others), the units left unranked, then items, domains and responsible units.
func parts(l lang, sc *rollout.Scorecard) []scorecardPart {
	var out []scorecardPart
	var unscored []rollout.ScoreLine
	for _, g := range rollout.UnitRankings(sc.Units) {
		if len(g.Ranked) > 0 {
			out = append(out, scorecardPart{"units-" + g.Group, tr(l, groupKeys[g.Group].part), g.Ranked, true})
		}
		unscored = append(unscored, g.Unscored...)
	}
	if len(unscored) > 0 {
		out = append(out, scorecardPart{"units-unscored", tr(l, "scorecard.part.unscored"), unscored, true})
	}
	return append(out, scorecardPart{"items", tr(l, "scorecard.part.items"), sc.Items, false},
		scorecardPart{"domains", tr(l, "scorecard.part.domains"), sc.Domains, false},
		scorecardPart{"responsible", tr(l, "scorecard.part.responsible"), sc.Responsible, false})
}

// docRanking is one group's ranking in the bulletin and the report: its
// ranked units, the names of its first and last ranks, and its unscored
// units, named apart.
type docRanking struct {
	Group    string // the group's name: 省级单位, 自贸试验区, 其他单位
	Heading  string
	Ranked   []rollout.ScoreLine
	Top      []string // the units ranked first (ties included), at most three ranks
	Bottom   []string // the units ranked last
	Unscored []string
}

// docRankings are the units' rankings by group. The bulletin names the
// units of the first three ranks of each group and of its last rank, a whole
// rank at a time and at most five names each: a rank shared by more is not
// singled out.
func docRankings(l lang, sc *rollout.Scorecard) []docRanking {
	var out []docRanking
	for _, g := range rollout.UnitRankings(sc.Units) {
		d := docRanking{Group: tr(l, groupKeys[g.Group].name), Heading: tr(l, groupKeys[g.Group].part), Ranked: g.Ranked}
		for _, u := range g.Unscored {
			d.Unscored = append(d.Unscored, u.Label)
		}
		groups := map[int][]string{}
		var ranks []int
		for _, u := range g.Ranked {
			if _, ok := groups[u.Rank]; !ok {
				ranks = append(ranks, u.Rank)
			}
			groups[u.Rank] = append(groups[u.Rank], u.Label)
		}
		for _, rk := range ranks {
			if rk > 3 || len(d.Top)+len(groups[rk]) > 5 {
				break
			}
			d.Top = append(d.Top, groups[rk]...)
		}
		if n := len(ranks); n > 0 && ranks[n-1] > 3 && len(groups[ranks[n-1]]) <= 5 && !slices.Contains(d.Top, groups[ranks[n-1]][0]) {
			d.Bottom = groups[ranks[n-1]]
		}
		out = append(out, d)
	}
	return out
}

// roundScorecard serves GET /rounds/{id}/scorecard.
func (s *Server) roundScorecard(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActReadRound)
	if err != nil {
		return err
	}
	sc, err := s.evaluations.Scorecard(r.Context(), rd.ID)
	if err != nil {
		return err
	}
	l := requestLang(r)
	p := &scorecardPage{layout: newLayout(r, tr(l, "scorecard.title", rd.Name), "rounds"), Round: rd, Card: sc, Parts: parts(l, sc)}
	return s.views.eval.scorecard.render(w, http.StatusOK, p)
}

// evalDocPage is the evaluation report and the bulletin.
type evalDocPage struct {
	layout
	Round    *rollout.Round
	Card     *rollout.Scorecard
	Parts    []scorecardPart
	DocNo    string    // 文号-like number of the document
	Date     time.Time // the day the round closed, or today for an open round
	Units    int
	Covered  int // leaves covered over the evaluated units
	Leaves   int // applicable leaves over the evaluated units
	Coverage float64
	Rankings []docRanking // the units' rankings, by group
	XLSXURL  string
	DOCXURL  string
}

// evalDoc gathers the data of the report and the bulletin, or sends the
// .xlsx for ?format=xlsx.
func (s *Server) evalDoc(w http.ResponseWriter, r *http.Request, kind, titleKey string) (*evalDocPage, bool, error) {
	rd, err := s.loadRound(r, rollout.ActReadRound)
	if err != nil {
		return nil, false, err
	}
	sc, err := s.evaluations.Scorecard(r.Context(), rd.ID)
	if err != nil {
		return nil, false, err
	}
	l := requestLang(r)
	switch r.URL.Query().Get("format") {
	case "":
	case "xlsx":
		body, err := sheet.Evaluation(sc)
		if err != nil {
			return nil, false, err
		}
		sendFile(w, xlsxType, rd.Name+".xlsx", fmt.Sprintf("rollout-round-%d-%s.xlsx", rd.ID, kind), body)
		return nil, true, nil
	case "docx":
		if kind != "bulletin" {
			return nil, false, rollout.E(rollout.EINVALID, "evaldoc.bad_format", r.URL.Query().Get("format"))
		}
	default:
		return nil, false, rollout.E(rollout.EINVALID, "evaldoc.bad_format", r.URL.Query().Get("format"))
	}
	date := s.now()
	if rd.ClosedAt != nil {
		date = *rd.ClosedAt
	}
	p := &evalDocPage{layout: newLayout(r, tr(l, titleKey, rd.Name), "rounds"), Round: rd, Card: sc, Parts: parts(l, sc),
		DocNo: tr(l, "bulletin.doc_no", date.In(rollout.Beijing).Year(), rd.ID), Date: date,
		XLSXURL: fmt.Sprintf("/rounds/%d/%s?format=xlsx", rd.ID, kind)}
	if kind == "bulletin" {
		p.DOCXURL = fmt.Sprintf("/rounds/%d/bulletin?format=docx", rd.ID)
	}
	var t rollout.Tally
	for _, u := range sc.Units {
		t.Add(u.Tally)
		p.Units++
	}
	p.Covered, p.Leaves, p.Coverage = t.Covered(), t.Applicable(), t.Coverage()*100
	p.Rankings = docRankings(l, sc)
	return p, false, nil
}

// roundReport serves GET /rounds/{id}/report: the evaluation report.
func (s *Server) roundReport(w http.ResponseWriter, r *http.Request) error {
	p, sent, err := s.evalDoc(w, r, "report", "evalreport.title")
	if err != nil || sent {
		return err
	}
	return s.views.eval.report.render(w, http.StatusOK, p)
}

// roundBulletin serves GET /rounds/{id}/bulletin: the bulletin (通报).
func (s *Server) roundBulletin(w http.ResponseWriter, r *http.Request) error {
	p, sent, err := s.evalDoc(w, r, "bulletin", "bulletin.title")
	if err != nil || sent {
		return err
	}
	if r.URL.Query().Get("format") == "docx" {
		body, err := officedoc.Write(bulletinDocument(p))
		if err != nil {
			return err
		}
		sendFile(w, docxType, p.Title+".docx", fmt.Sprintf("rollout-round-%d-bulletin.docx", p.Round.ID), body)
		return nil
	}
	return s.views.eval.bulletin.render(w, http.StatusOK, p)
}

// docxType is the media type of a Word document.
const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// bulletinDocument is the bulletin as an official document for Word: the
// same words as its page (bulletin.html), block by block.
func bulletinDocument(p *evalDocPage) *officedoc.Document {
	l, rd := p.Lang, p.Round
	names := func(ns []string) string { return strings.Join(ns, tr(l, "list.sep")) }
	d := &officedoc.Document{Issuer: tr(l, "bulletin.issuer"), DocNo: p.DocNo, Title: tr(l, "bulletin.heading", rd.Name),
		Addressees: tr(l, "bulletin.addressees"), Date: documentDate(l, p.Date), Created: p.Date}
	para := func(k officedoc.BlockKind, text string) {
		d.Blocks = append(d.Blocks, officedoc.Block{Kind: k, Text: text})
	}
	if !p.Card.Final {
		para(officedoc.Note, tr(l, "evaldoc.draft"))
	}
	para(officedoc.Para, tr(l, "bulletin.opening", batchLabel(l, rd.Batch), periodLabel(l, rd.Period), p.Units, len(rd.Items), len(rd.Evaluators)))
	para(officedoc.Heading1, tr(l, "bulletin.section.overall"))
	para(officedoc.Para, tr(l, "bulletin.overall", p.Units, p.Leaves, p.Covered, strconv.FormatFloat(p.Coverage, 'f', 1, 64)))
	for _, g := range p.Rankings {
		if len(g.Top) > 0 {
			para(officedoc.Para, tr(l, "bulletin.top", g.Group)+names(g.Top)+tr(l, "bulletin.top_end"))
		}
		if len(g.Bottom) > 0 {
			para(officedoc.Para, tr(l, "bulletin.bottom", g.Group)+names(g.Bottom)+tr(l, "bulletin.bottom_end"))
		}
	}
	para(officedoc.Heading1, tr(l, "bulletin.section.ranking"))
	para(officedoc.Para, tr(l, "bulletin.ranking_intro"))
	for _, g := range p.Rankings {
		para(officedoc.Heading2, g.Heading)
		if len(g.Ranked) > 0 {
			t := officedoc.Block{Kind: officedoc.Table, Widths: []float64{1.2, 3, 1, 1.2, 1.8},
				Header: []string{tr(l, "scorecard.rank"), tr(l, "scorecard.name"), tr(l, "scorecard.total"), tr(l, "bulletin.coverage"), tr(l, "bulletin.covered")}}
			for _, u := range g.Ranked {
				rank := strconv.Itoa(u.Rank)
				if u.Tied {
					rank += tr(l, "evaldoc.tied_mark")
				}
				cov := "—"
				if m := u.Measure(rollout.MeasureCoverage); m.Available {
					cov = strconv.FormatFloat(m.Score, 'f', 1, 64) + "%"
				}
				t.Rows = append(t.Rows, []string{rank, u.Label, strconv.FormatFloat(u.Total, 'f', 1, 64), cov,
					fmt.Sprintf("%d/%d", u.Tally.Covered(), u.Tally.Applicable())})
			}
			d.Blocks = append(d.Blocks, t)
		}
		if len(g.Unscored) > 0 {
			para(officedoc.Para, tr(l, "bulletin.unscored", g.Group, len(g.Unscored))+names(g.Unscored)+tr(l, "bulletin.unscored_end"))
		}
	}
	para(officedoc.Note, tr(l, "bulletin.tie_note"))
	para(officedoc.Heading1, tr(l, "bulletin.section.next"))
	para(officedoc.Para, tr(l, "bulletin.next"))
	para(officedoc.Para, tr(l, "bulletin.closing"))
	return d
}

// The API.

// apiRoundRequest is the body of POST /api/v1/rounds.
type apiRoundRequest struct {
	Name     string              `json:"name"`
	Batch    int                 `json:"batch"`
	Period   string              `json:"period"`
	Items    []int64             `json:"items"`
	Units    []int64             `json:"units"`
	Weights  rollout.Weights     `json:"weights"`
	Criteria []rollout.Criterion `json:"criteria"`
}

type apiRounds struct {
	Rounds []*rollout.Round `json:"rounds"`
}

type apiScores struct {
	Scores []rollout.Score `json:"scores"`
}

// apiRoundsList serves GET /api/v1/rounds: the rounds the user may read.
func (s *Server) apiRoundsList(w http.ResponseWriter, r *http.Request) error {
	rounds, err := s.visibleRounds(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, apiRounds{Rounds: rounds})
}

// apiRoundCreate serves POST /api/v1/rounds.
func (s *Server) apiRoundCreate(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActManageRounds, rollout.Target{}); err != nil {
		return err
	}
	ev, err := s.evalService(r)
	if err != nil {
		return err
	}
	var req apiRoundRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	rd, err := ev.CreateRound(r.Context(), &rollout.Round{Name: req.Name, Batch: req.Batch, Period: rollout.Period(req.Period),
		Items: req.Items, Units: req.Units, Weights: req.Weights, Criteria: req.Criteria})
	if err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("/api/v1/rounds/%d", rd.ID))
	return writeJSON(w, http.StatusCreated, rd)
}

// apiRound serves GET /api/v1/rounds/{id}.
func (s *Server) apiRound(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActReadRound)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rd)
}

// apiRoundEvaluators serves PUT /api/v1/rounds/{id}/evaluators.
func (s *Server) apiRoundEvaluators(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActManageRounds)
	if err != nil {
		return err
	}
	var req struct {
		Version    int     `json:"version"`
		Evaluators []int64 `json:"evaluators"`
	}
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	out, err := s.evaluations.SetEvaluators(r.Context(), rd.ID, req.Version, req.Evaluators)
	if stale, werr := apiStale(w, r, err); stale {
		return werr
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}

// apiRoundClose serves POST /api/v1/rounds/{id}/close, with {"version": N},
// the version read; 409 with the round as stored when that is old.
func (s *Server) apiRoundClose(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActManageRounds)
	if err != nil {
		return err
	}
	var req struct {
		Version int `json:"version"`
	}
	if r.ContentLength != 0 { // no body: no version, which only a closed round answers otherwise than 400
		if err := decodeJSON(w, r, &req); err != nil {
			return err
		}
	}
	out, err := s.evaluations.CloseRound(r.Context(), rd.ID, req.Version)
	if stale, werr := apiStale(w, r, err); stale {
		return werr
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, out)
}

// apiRoundScores serves GET /api/v1/rounds/{id}/scores: every score for who
// manages the round, one's own for an evaluator (evaluators score
// independently).
func (s *Server) apiRoundScores(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActReadRound)
	if err != nil {
		return err
	}
	scores, err := s.evaluations.Scores(r.Context(), rd.ID)
	if err != nil {
		return err
	}
	if !allowed(r, rollout.ActManageRounds, rd.Target()) {
		actor := rollout.ActorFrom(r.Context())
		scores = slices.DeleteFunc(scores, func(sc rollout.Score) bool { return sc.EvaluatorID != actor.ID })
	}
	return writeJSON(w, http.StatusOK, apiScores{Scores: orEmpty(scores)})
}

// apiPutScores serves PUT /api/v1/rounds/{id}/scores: the evaluator's
// scores, all or none; it answers with the evaluator's scores as stored.
func (s *Server) apiPutScores(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActEvaluate)
	if err != nil {
		return err
	}
	var req apiScores
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	if err := s.evaluations.SaveScores(r.Context(), rd.ID, req.Scores); err != nil {
		return err
	}
	scores, err := s.evaluations.Scores(r.Context(), rd.ID)
	if err != nil {
		return err
	}
	actor := rollout.ActorFrom(r.Context())
	scores = slices.DeleteFunc(scores, func(sc rollout.Score) bool { return sc.EvaluatorID != actor.ID })
	return writeJSON(w, http.StatusOK, apiScores{Scores: orEmpty(scores)})
}

// apiRoundScorecard serves GET /api/v1/rounds/{id}/scorecard.
func (s *Server) apiRoundScorecard(w http.ResponseWriter, r *http.Request) error {
	rd, err := s.loadRound(r, rollout.ActReadRound)
	if err != nil {
		return err
	}
	sc, err := s.evaluations.Scorecard(r.Context(), rd.ID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, sc)
}
