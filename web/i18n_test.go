package web

import (
	"go/ast"
	"go/parser"
	"go/token"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"rollout"
	"rollout/msg"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMessages: every key templates and Go code name exists; no key of the
// pages is unused (msg checks that each key has both languages).
func TestMessages(t *testing.T) {
	used := map[string]bool{}

	// Templates.
	vs, err := parseViews(mustStatic(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, tmpls := range [][numLangs]*template.Template{vs.home.tmpl, vs.batch.tmpl, vs.item.tmpl, vs.tree.tmpl,
		vs.unit.tmpl, vs.inbox.tmpl, vs.divide.tmpl, vs.reissue.tmpl, vs.search.tmpl, vs.error.tmpl,
		vs.signin.tmpl, vs.account.tmpl, vs.users.tmpl, vs.user.tmpl, vs.audit.tmpl,
		vs.task.tmpl, vs.report.tmpl, vs.reviews.tmpl, vs.overdue.tmpl, vs.sheetImport.tmpl,
		vs.picture.tmpl, vs.matrix.tmpl, vs.below.tmpl, vs.progress.tmpl, vs.place.tmpl, // National picture
		// Coordination
		vs.problems.tmpl, vs.problem.tmpl, vs.taskCoord.tmpl, vs.coordination.tmpl, vs.links.tmpl, vs.domain.tmpl,
		vs.registerConflict.tmpl, vs.intake.tmpl, vs.assign.tmpl,
		vs.notifications.tmpl} { // Notifications
		keys, err := templateCalls(tmpls[zh], "t")
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			if !msg.Has(k) {
				t.Errorf("a template uses key %q, which is not in the catalogue", k)
			}
			used[k] = true
		}
	}

	// Evaluation rounds: their templates, and the keys codeLabel makes from
	// the measures and round states.
	for _, tmpls := range [][numLangs]*template.Template{vs.eval.rounds.tmpl, vs.eval.roundForm.tmpl, vs.eval.round.tmpl,
		vs.eval.score.tmpl, vs.eval.scorecard.tmpl, vs.eval.report.tmpl, vs.eval.bulletin.tmpl, vs.eval.roundUnit.tmpl} {
		keys, err := templateCalls(tmpls[zh], "t")
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			used[k] = true
		}
	}
	for _, k := range []string{"measure.status", "measure.coverage", "measure.evidence", "measure.indicators", "measure.rubric",
		"roundstate.open", "roundstate.closed"} {
		used[k] = true
	}
	for _, m := range rollout.Measures {
		if !msg.Has("measure." + string(m)) {
			t.Errorf("no message for measure %s", m)
		}
	}

	// Go code: literal keys given to tr (or invalid, which formats one into an
	// EINVALID error) must exist; any string literal that is a key counts as a
	// use (keys are passed on, as positiveInt's what).
	// The Go code of the whole module counts: the domain and storage name
	// catalogue keys too (period names, reminders, timeline notes).
	var files []string
	err = filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "msg" || (strings.HasPrefix(d.Name(), ".") && path != "..")) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && (id.Name == "tr" || id.Name == "invalid") && len(n.Args) >= 2 {
					if lit, ok := n.Args[1].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						k, _ := strconv.Unquote(lit.Value)
						if !msg.Has(k) {
							t.Errorf("%s: tr(%s) names no message", fset.Position(lit.Pos()), lit.Value)
						}
					}
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					k, _ := strconv.Unquote(n.Value)
					used[k] = true
				}
			}
			return true
		})
	}

	// Keys made by codeLabel from the domain's codes: each code has one.
	for _, k := range domainCodeKeys() {
		if !msg.Has(k) {
			t.Errorf("no message %q for a code of the domain", k)
		}
		used[k] = true
	}

	var unused []string
	for _, k := range msg.Keys() {
		if !used[k] && !strings.HasPrefix(k, "err.") && !strings.HasPrefix(k, "instrument.") {
			unused = append(unused, k)
		}
	}
	slices.Sort(unused)
	if len(unused) > 0 {
		t.Errorf("keys no template or code uses: %q", unused)
	}
}

func mustStatic(t *testing.T) staticFiles {
	t.Helper()
	st, err := loadStatic(staticFS)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestTemplatesRefuseUnknownKeys(t *testing.T) {
	for _, src := range []string{`{{t "no.such.key"}}`, `{{t .Dynamic}}`, `{{static "missing.css"}}`, `{{if true}}{{t "nope"}}{{end}}`} {
		tm := template.Must(template.New("x").Funcs(templateFuncs(zh, mustStatic(t))).Parse(src))
		if err := checkTemplateNames(tm, mustStatic(t)); err == nil {
			t.Errorf("%s: accepted", src)
		}
	}
}

func TestChineseNumeral(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "零"}, {1, "一"}, {2, "二"}, {7, "七"}, {9, "九"},
		{10, "十"}, {11, "十一"}, {12, "十二"}, {19, "十九"}, {20, "二十"}, {21, "二十一"}, {99, "九十九"},
		{100, "一百"}, {101, "一百零一"}, {110, "一百一十"}, {111, "一百一十一"}, {305, "三百零五"},
		{1000, "一千"}, {1001, "一千零一"}, {1010, "一千零一十"}, {1100, "一千一百"}, {2023, "二千零二十三"},
		{10000, "一万"}, {10001, "一万零一"}, {10010, "一万零一十"}, {10100, "一万零一百"}, {11000, "一万一千"},
		{100000, "十万"}, {110000, "十一万"}, {150000, "十五万"}, {1000000, "一百万"}, {10000000, "一千万"},
		{10001000, "一千万一千"}, {10000100, "一千万零一百"},
		{100000000, "一亿"}, {100000001, "一亿零一"}, {100010000, "一亿零一万"}, {100001000, "一亿零一千"},
		{120000000, "一亿二千万"},
		{-5, "负五"},
	}
	for _, tt := range tests {
		if got := chineseNumeral(tt.n); got != tt.want {
			t.Errorf("chineseNumeral(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestBatchLabel(t *testing.T) {
	tests := []struct {
		l    lang
		n    int
		want string
	}{
		{zh, 1, "第一批"}, {zh, 7, "第七批"}, {zh, 10, "第十批"}, {zh, 12, "第十二批"}, {zh, 20, "第二十批"},
		{en, 7, "Batch 7"}, {en, 12, "Batch 12"},
	}
	for _, tt := range tests {
		if got := batchLabel(tt.l, tt.n); got != tt.want {
			t.Errorf("batchLabel(%s, %d) = %q, want %q", tt.l.Code(), tt.n, got, tt.want)
		}
	}
}

func TestFormatDate(t *testing.T) {
	d := time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		l    lang
		t    time.Time
		want string
	}{
		{zh, d, "2023年6月24日"},
		{en, d, "24 June 2023"},
		{zh, time.Date(2020, 12, 1, 0, 0, 0, 0, time.UTC), "2020年12月1日"},
		{en, time.Date(2020, 12, 1, 0, 0, 0, 0, time.UTC), "1 December 2020"},
		{zh, time.Time{}, "—"},
	}
	for _, tt := range tests {
		if got := formatDate(tt.l, tt.t); got != tt.want {
			t.Errorf("formatDate(%s, %v) = %q, want %q", tt.l.Code(), tt.t, got, tt.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	tests := []struct {
		in   string
		want lang
		ok   bool
	}{
		{"zh", zh, true}, {"en", en, true}, {"EN", en, true}, {"zh-CN", zh, true}, {"", zh, false}, {"fr", zh, false},
	}
	for _, tt := range tests {
		got, ok := parseLang(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseLang(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestNoHardCodedText: the templates hold no Chinese of their own; all of it
// comes from the catalogue (or the data).
func TestNoHardCodedText(t *testing.T) {
	han := regexp.MustCompile(`\p{Han}`)
	files, err := filepath.Glob("templates/*.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if han.MatchString(line) {
				t.Errorf("%s:%d: Chinese text outside the catalogue: %s", name, i+1, strings.TrimSpace(line))
			}
		}
	}
}

// domainCodeKeys are the catalogue keys codeLabel forms from every code of the
// domain the pages name.
func domainCodeKeys() []string {
	var keys []string
	add := func(prefix string, codes ...string) {
		for _, c := range codes {
			keys = append(keys, prefix+c)
		}
	}
	for _, k := range rollout.Kinds {
		add("kind.", string(k))
	}
	for _, r := range rollout.Roles {
		add("userrole.", string(r))
	}
	for _, st := range rollout.Statuses {
		add("status.", string(st))
	}
	for _, r := range naReasons {
		add("na.", string(r))
	}
	for _, r := range rollout.TaskRoles {
		add("role.", string(r))
	}
	for _, st := range rollout.States {
		add("state.", string(st))
	}
	for _, e := range rollout.Events {
		add("event.", string(e))
	}
	// Supervision and notifications.
	for _, e := range rollout.SupervisionEvents {
		add("event.", string(e))
	}
	for _, st := range rollout.ExtensionStates {
		add("extension.", string(st))
	}
	add("nkind.", rollout.NoticeKinds...)
	// Lists: their orders and the lights they are filtered by.
	for _, o := range rollout.TaskSorts {
		add("list.sort.", string(o))
	}
	add("list.light.", listLights...)
	// The glossary: what each state and status means.
	for _, st := range rollout.States {
		add("glossary.state.", string(st))
	}
	for _, st := range rollout.Statuses {
		add("glossary.status.", string(st))
	}
	// Coordination
	for _, c := range rollout.ProblemStates {
		add("pstate.", string(c))
	}
	for _, c := range rollout.ProblemLevels {
		add("plevel.", string(c))
	}
	for _, c := range rollout.ProblemEventKinds {
		add("pevent.", string(c))
	}
	for _, c := range rollout.ApprovalKinds {
		add("akind.", string(c))
	}
	for _, c := range rollout.ApprovalSteps {
		add("astep.", string(c))
	}
	for _, c := range rollout.RiskCategories {
		add("rcat.", string(c))
	}
	for _, c := range rollout.RiskLevels {
		add("rlevel.", string(c))
	}
	add("lkind.", string(rollout.LinkIntegration), string(rollout.LinkCoupling))
	return keys
}
