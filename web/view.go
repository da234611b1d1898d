package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"text/template/parse"
	"time"

	"rollout"
	"rollout/msg"
)

//go:embed templates/*.html
var templateFS embed.FS

// layout is what every page shares: the language, the title and the header's
// state. Each page's data struct embeds it.
type layout struct {
	Lang      lang
	Title     string // the page's own title; the system name is added after it
	Nav       string // the header link to mark as current: "home", "search", "users", "audit", "account" or ""
	SwitchURL string // this page in the other language
	Query     string // the search term, kept in the search box
	// User is the signed-in user, shown in the header with a sign-out button;
	// nil for an anonymous visitor, who is offered SigninURL.
	User      *rollout.User
	SigninURL string
	// CanUsers and CanAudit show the administration links to those who may
	// follow them (rollout.Authorize decides).
	CanUsers bool
	CanAudit bool
	// QueueURL and OverdueURL lead to the reviewer's queue and the overdue
	// list of the unit of the user's first grant, for those who may follow
	// them; "" otherwise.
	QueueURL   string
	OverdueURL string
	// ReadOnly shows the maintenance banner: the site takes no writes now.
	ReadOnly bool
	// Evaluation rounds: the link to the rounds, for coordinators and evaluators.
	CanRounds bool
	// PictureURL leads to the national picture for those who may see part of it.
	PictureURL string
	// Coordination: the problems of the unit of the user's first grant (or,
	// for a coordinator, all of them and the coordinator's page), and the
	// State Council's view of major problems; "" for those who may not.
	ProblemsURL string
	MajorURL    string
	CoordURL    string
	// Notifications: HasInbox shows the header's link to them, with Unread,
	// the count of those the user has not read.
	HasInbox bool
	Unread   int
	// CanIntake leads coordinators to the notice intake (journey 1).
	CanIntake bool
}

func (p *layout) pageLang() lang { return p.Lang }

// newLayout fills the shared part of a page for request r.
func newLayout(r *http.Request, title, nav string) layout {
	l := requestLang(r)
	p := layout{Lang: l, Title: title, Nav: nav, SwitchURL: switchURL(r, l.Other()),
		User:     rollout.ActorFrom(r.Context()),
		CanUsers: allowed(r, rollout.ActManageUsers, rollout.Target{}),
		CanAudit: allowed(r, rollout.ActReadAudit, rollout.Target{}),
		ReadOnly: inReadOnly(r),
		// Evaluation rounds.
		CanRounds: allowed(r, rollout.ActReadRound, rollout.Target{}),
		CanIntake: allowed(r, rollout.ActImport, rollout.Target{}),
	}
	if u := p.User; u != nil && len(u.Grants) > 0 && u.Grants[0].UnitID != 0 {
		g := u.Grants[0]
		switch {
		case g.Role == rollout.RoleCoordinator:
			// The coordinators review the first-level tasks: the root's queue.
			p.QueueURL = "/units/" + rootOf(g.UnitPath) + "/reviews"
		case allowed(r, rollout.ActReview, rollout.Target{UnitPath: g.UnitPath}):
			p.QueueURL = fmt.Sprintf("/units/%d/reviews", g.UnitID)
		}
		if allowed(r, rollout.ActReadTasks, rollout.Target{UnitPath: g.UnitPath}) {
			p.OverdueURL = fmt.Sprintf("/units/%d/overdue", g.UnitID)
		}
	}
	p.PictureURL = pictureURL(p.User) // National picture
	// Coordination
	if u := p.User; u != nil {
		switch {
		case allowed(r, rollout.ActCoordinate, rollout.Target{}):
			p.ProblemsURL, p.CoordURL, p.MajorURL = "/problems", "/coordination", "/problems?major=1"
		case len(u.Grants) > 0 && u.Grants[0].UnitID != 0:
			g := u.Grants[0]
			if allowed(r, rollout.ActReadProblem, rollout.Target{Route: []string{g.UnitPath}}) {
				p.ProblemsURL = fmt.Sprintf("/problems?unit=%d", g.UnitID)
				if g.UnitKind == rollout.KindStateCouncil {
					p.MajorURL = "/problems?major=1"
				}
			}
		}
	}
	p.Unread, p.HasInbox = unreadCount(r) // Notifications
	if p.User == nil {
		p.SigninURL = "/signin"
		if next := safeNext(r.URL.RequestURI()); next != "" && r.Method == http.MethodGet && r.URL.Path != "/" {
			p.SigninURL += "?next=" + url.QueryEscape(next)
		}
	}
	return p
}

// rootOf is the ID of the root of the tree, as the first step of a unit's
// path ("/1/101/" → "1").
func rootOf(path string) string {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	return first
}

// pageData is what a view renders: a page struct that embeds layout.
type pageData interface{ pageLang() lang }

// view is one page template, parsed once per language, rendered only with its
// own data struct T.
type view[T pageData] struct {
	name string
	tmpl [numLangs]*template.Template
}

// views are all the pages of the site.
type views struct {
	home    view[*homePage]
	batch   view[*batchPage]
	item    view[*itemPage]
	tree    view[*treePage]
	unit    view[*unitPage]
	inbox   view[*inboxPage]
	divide  view[*dividePage]
	reissue view[*reissuePage]
	search  view[*searchPage]
	error   view[*errorPage]
	signin  view[*signinPage]
	account view[*accountPage]
	users   view[*usersPage]
	user    view[*userPage]
	audit   view[*auditPage]
	task    view[*taskPage]
	report  view[*reportPage]
	reviews view[*unitListPage]
	overdue view[*unitListPage]
	// sheetImport is the import of a filled-in template (import.html).
	sheetImport view[*importPage]
	// Evaluation rounds.
	eval evalViews
	// National picture: the map, the matrix and the drill-down.
	picture view[*picturePage]
	matrix  view[*matrixPage]
	below   view[*belowPage]
	// progress is where an item is in force, public.
	progress view[*progressPage]
	// place is where the reforms stand at one place, public.
	place view[*placePage]
	// Coordination
	problems     view[*problemsPage]
	problem      view[*problemPage]
	taskCoord    view[*taskCoordPage]
	coordination view[*coordPage]
	links        view[*linksPage]
	domain       view[*domainPage]
	// glossary explains the words of states, statuses, lights and figures.
	glossary view[*glossaryPage]
	// registerConflict is an approval or a risk saved from an old read.
	registerConflict view[*registerConflictPage]
	// notifications is the list of one's notifications.
	notifications view[*notificationsData]
	// Notice intake and assignment (journey 1).
	intake view[*intakePage]
	assign view[*assignPage]
}

// render executes the page into a buffer first, so a template error becomes an
// error page instead of half a page, then writes it with status.
func (v *view[T]) render(w http.ResponseWriter, status int, data T) error {
	l := data.pageLang()
	var buf bytes.Buffer
	if err := v.tmpl[l].ExecuteTemplate(&buf, "layout", data); err != nil {
		return fmt.Errorf("render page %s: %w", v.name, err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", l.Tag())
	w.WriteHeader(status)
	buf.WriteTo(w) // an error here is a client gone away; nothing left to tell it
	return nil
}

// templateFuncs are the functions templates call, bound to one language.
func templateFuncs(l lang, st staticFiles) template.FuncMap {
	return template.FuncMap{
		"t":           func(key string, args ...any) string { return tr(l, key, args...) },
		"static":      st.url,
		"batchLabel":  func(n int) string { return batchLabel(l, n) },
		"date":        func(t time.Time) string { return formatDate(l, t) },
		"paragraphs":  paragraphs,
		"role":        func(r rollout.TaskRole) string { return roleLabel(l, r) },
		"kind":        func(k rollout.UnitKind) string { return kindLabel(l, k) },
		"userRole":    func(r rollout.Role) string { return userRoleLabel(l, r) },
		"datetime":    func(t time.Time) string { return formatDateTime(l, t) },
		"passwordMin": func() int { return rollout.PasswordMinLength },
		"roleChoice": func(roles []rollout.Role, selected rollout.Role) roleChoice {
			return roleChoice{Roles: roles, Selected: selected}
		},
		"lockedNow":   func(u *rollout.User) bool { return u.LockedUntil != nil && u.LockedUntil.After(time.Now()) },
		"state":       func(st rollout.TaskState) string { return stateLabel(l, st) },
		"event":       func(e rollout.TaskEventKind) string { return eventLabel(l, e) },
		"status":      func(st rollout.ReportStatus) string { return statusLabel(l, st) },
		"period":      func(p rollout.Period) string { return periodLabel(l, p) },
		"naReason":    func(r rollout.NAReason) string { return naReasonLabel(l, r) },
		"clock":       formatClock,
		"fileSize":    fileSize,
		"inc":         func(i int) int { return i + 1 },
		"evidenceURL": evidenceURL,
		// Coordination
		"pstate":    func(st rollout.ProblemState) string { return problemStateLabel(l, st) },
		"plevel":    func(lv rollout.ProblemLevel) string { return problemLevelLabel(l, lv) },
		"pevent":    func(k rollout.ProblemEventKind) string { return problemEventLabel(l, k) },
		"akind":     func(k rollout.ApprovalKind) string { return approvalKindLabel(l, k) },
		"astep":     func(st rollout.ApprovalStep) string { return approvalStepLabel(l, st) },
		"rcat":      func(c rollout.RiskCategory) string { return riskCategoryLabel(l, c) },
		"rlevel":    func(v rollout.RiskLevel) string { return riskLevelLabel(l, v) },
		"lkind":     func(k rollout.LinkKind) string { return linkKindLabel(l, k) },
		"score":     func(f float64) string { return fmt.Sprintf("%.2f", f) },
		"day":       func(d rollout.Day) string { return formatDate(l, d.Time) },
		"dayValue":  dayValue,
		"stepOf":    stepOf,
		"domainURL": func(name string) string { return "/domains/" + url.PathEscape(name) },
		// Supervision and notifications
		"xstate": func(st rollout.ExtensionState) string { return codeLabel(l, "extension.", st) },
		"nkind":  func(k string) string { return codeLabel(l, "nkind.", k) },
		// Lists
		"sortName":  func(o rollout.TaskSort) string { return codeLabel(l, "list.sort.", string(o)) },
		"lightName": func(s string) string { return codeLabel(l, "list.light.", s) },
		"diag":      func(d rollout.Diagnostic) string { return d.Text(l) },
	}
}

// fileSize writes a file's size for people: 812 B, 96 KiB, 2.4 MiB.
func fileSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < 1<<20:
		return fmt.Sprintf("%d KiB", (n+1<<9)>>10)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// roleChoice is a select of roles with one chosen.
type roleChoice struct {
	Roles    []rollout.Role
	Selected rollout.Role
}

// parseView parses frame.html (which defines layout) with name.html (which
// defines main), once per language, with the common template functions and
// those extra gives (nil for none), and checks that every message key and
// static file it names exists.
func parseView(st staticFiles, frame, name string, extra func(lang) template.FuncMap) ([numLangs]*template.Template, error) {
	var out [numLangs]*template.Template
	for l := range numLangs {
		t := template.New(name).Funcs(templateFuncs(l, st))
		if extra != nil {
			t = t.Funcs(extra(l))
		}
		t, err := t.ParseFS(templateFS, "templates/"+frame+".html", "templates/tasklist.html", "templates/"+name+".html")
		if err != nil {
			return out, fmt.Errorf("parse template %s: %w", name, err)
		}
		if t.Lookup("layout") == nil || t.Lookup("main") == nil {
			return out, fmt.Errorf("template %s: it must define main, and %s.html layout", name, frame)
		}
		if err := checkTemplateNames(t, st); err != nil {
			return out, fmt.Errorf("template %s: %w", name, err)
		}
		out[l] = t
	}
	return out, nil
}

// parseViews parses layout.html with each page file, once per language, and
// checks that every message key and static file the templates name exists.
func parseViews(st staticFiles) (views, error) {
	var vs views
	var firstErr error
	parse := func(name string, dst *[numLangs]*template.Template) {
		if firstErr == nil {
			*dst, firstErr = parseView(st, "layout", name, nil)
		}
	}
	vs.home.name, vs.batch.name, vs.item.name, vs.search.name, vs.error.name = "home", "batch", "item", "search", "error"
	vs.tree.name, vs.unit.name, vs.inbox.name, vs.divide.name, vs.reissue.name = "tree", "unit", "inbox", "divide", "reissue"
	parse(vs.home.name, &vs.home.tmpl)
	parse(vs.batch.name, &vs.batch.tmpl)
	parse(vs.item.name, &vs.item.tmpl)
	parse(vs.tree.name, &vs.tree.tmpl)
	parse(vs.unit.name, &vs.unit.tmpl)
	parse(vs.inbox.name, &vs.inbox.tmpl)
	parse(vs.divide.name, &vs.divide.tmpl)
	parse(vs.reissue.name, &vs.reissue.tmpl)
	parse(vs.search.name, &vs.search.tmpl)
	parse(vs.error.name, &vs.error.tmpl)
	vs.signin.name, vs.account.name, vs.users.name, vs.user.name, vs.audit.name = "signin", "account", "users", "user", "audit"
	parse(vs.signin.name, &vs.signin.tmpl)
	parse(vs.account.name, &vs.account.tmpl)
	parse(vs.users.name, &vs.users.tmpl)
	parse(vs.user.name, &vs.user.tmpl)
	parse(vs.audit.name, &vs.audit.tmpl)
	vs.task.name, vs.report.name, vs.reviews.name, vs.overdue.name = "task", "report", "reviews", "overdue"
	parse(vs.task.name, &vs.task.tmpl)
	parse(vs.report.name, &vs.report.tmpl)
	parse(vs.reviews.name, &vs.reviews.tmpl)
	parse(vs.overdue.name, &vs.overdue.tmpl)
	vs.glossary.name = "glossary"
	parse(vs.glossary.name, &vs.glossary.tmpl)
	vs.sheetImport.name = "import"
	parse(vs.sheetImport.name, &vs.sheetImport.tmpl)
	// Evaluation rounds.
	if firstErr == nil {
		vs.eval, firstErr = parseEvalViews(st)
	}
	// National picture
	vs.picture.name, vs.matrix.name, vs.below.name = "picture", "matrix", "below"
	parse(vs.picture.name, &vs.picture.tmpl)
	parse(vs.matrix.name, &vs.matrix.tmpl)
	parse(vs.below.name, &vs.below.tmpl)
	vs.progress.name, vs.place.name = "progress", "place"
	parse(vs.progress.name, &vs.progress.tmpl)
	parse(vs.place.name, &vs.place.tmpl)
	// Coordination
	vs.problems.name, vs.problem.name, vs.taskCoord.name = "problems", "problem", "taskcoord"
	vs.coordination.name, vs.links.name, vs.domain.name = "coordination", "links", "domain"
	parse(vs.problems.name, &vs.problems.tmpl)
	parse(vs.problem.name, &vs.problem.tmpl)
	parse(vs.taskCoord.name, &vs.taskCoord.tmpl)
	parse(vs.coordination.name, &vs.coordination.tmpl)
	parse(vs.links.name, &vs.links.tmpl)
	parse(vs.domain.name, &vs.domain.tmpl)
	vs.registerConflict.name = "registerconflict"
	parse(vs.registerConflict.name, &vs.registerConflict.tmpl)
	vs.notifications.name = "notifications"
	parse(vs.notifications.name, &vs.notifications.tmpl)
	vs.intake.name, vs.assign.name = "intake", "assign"
	parse(vs.intake.name, &vs.intake.tmpl)
	parse(vs.assign.name, &vs.assign.tmpl)
	return vs, firstErr
}

// checkTemplateNames fails when a template calls t with a key missing from the
// catalogue, or static with a file that is not embedded.
func checkTemplateNames(t *template.Template, st staticFiles) error {
	keys, err := templateCalls(t, "t")
	if err != nil {
		return err
	}
	for _, k := range keys {
		if !msg.Has(k) {
			return fmt.Errorf("message key %q is not in the catalogue", k)
		}
	}
	files, err := templateCalls(t, "static")
	if err != nil {
		return err
	}
	for _, f := range files {
		if _, err := st.url(f); err != nil {
			return err
		}
	}
	return nil
}

// templateCalls returns the first argument of every call of function fn in t's
// templates. The argument must be a string literal, so that the names can be
// checked before any page is served.
func templateCalls(t *template.Template, fn string) ([]string, error) {
	var out []string
	var walk func(n parse.Node) error
	walk = func(n parse.Node) error {
		switch n := n.(type) {
		case *parse.ListNode:
			if n == nil {
				return nil
			}
			for _, c := range n.Nodes {
				if err := walk(c); err != nil {
					return err
				}
			}
		case *parse.ActionNode:
			return walk(n.Pipe)
		case *parse.IfNode:
			return walkBranch(walk, &n.BranchNode)
		case *parse.RangeNode:
			return walkBranch(walk, &n.BranchNode)
		case *parse.WithNode:
			return walkBranch(walk, &n.BranchNode)
		case *parse.TemplateNode:
			return walk(n.Pipe)
		case *parse.PipeNode:
			if n == nil {
				return nil
			}
			for _, c := range n.Cmds {
				if err := walk(c); err != nil {
					return err
				}
			}
		case *parse.CommandNode:
			if id, ok := n.Args[0].(*parse.IdentifierNode); ok && id.Ident == fn {
				if len(n.Args) < 2 {
					return fmt.Errorf("%s called without an argument", fn)
				}
				s, ok := n.Args[1].(*parse.StringNode)
				if !ok {
					return fmt.Errorf("%s called with %s; give a string literal", fn, n.Args[1])
				}
				out = append(out, s.Text)
			}
			for _, a := range n.Args {
				if err := walk(a); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for _, tt := range t.Templates() {
		if tt.Tree == nil {
			continue
		}
		if err := walk(tt.Tree.Root); err != nil {
			return nil, fmt.Errorf("in %s: %w", tt.Name(), err)
		}
	}
	return out, nil
}

func walkBranch(walk func(parse.Node) error, b *parse.BranchNode) error {
	if err := walk(b.Pipe); err != nil {
		return err
	}
	if err := walk(b.List); err != nil {
		return err
	}
	if b.ElseList != nil {
		return walk(b.ElseList)
	}
	return nil
}
