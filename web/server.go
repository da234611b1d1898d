// Package web serves rollout over HTTP: the HTML pages (the catalogue of batches
// and reform items, the unit tree, each unit's tasks and the division of a task
// among the units below, by hand or by the unit's own re-issue document; the
// supervision loop — each task's page with its steps and timeline, the progress
// report form with its evidence, the reviewer's queue and the overdue list, with
// traffic lights wherever tasks are listed; Chinese first with English
// switchable) and the JSON API under /api/v1, over a rollout.CatalogService,
// UnitService, TaskService and ReportService;
// and signing in (a session cookie for people, API tokens for programs), each
// user's account, and the administration of accounts and of the audit trail,
// over a rollout.UserService and AuditService. rollout.Authorize decides every
// request (auth.go).
//
// The package knows no storage: cmd/rollout wires the services into it.
// Every route is listed in routes.go. Handlers return an error; one adapter
// renders it as a page, one as JSON, and statusByCode maps rollout error codes
// to HTTP statuses.
package web

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"slices"
	"time"

	"rollout"
	"rollout/intake"
)

// Config is what a Server needs.
type Config struct {
	Catalog rollout.CatalogService // required
	Units   rollout.UnitService    // required
	Tasks   rollout.TaskService    // required
	Reports rollout.ReportService  // required: the supervision loop and its reports
	Users   rollout.UserService    // required: accounts, sessions, tokens
	Audit   rollout.AuditService   // required: the audit trail
	Logger  *slog.Logger           // nil discards the log
	// WarningDays is how many days before a deadline a task's light turns
	// yellow; 0 means rollout.DefaultWarningDays.
	WarningDays int
	// SecureCookies marks the session cookie Secure: set it when the site is
	// served over TLS, directly or behind a proxy that terminates TLS.
	SecureCookies bool
	// HSTS sends Strict-Transport-Security on every response: set it when
	// rollout serves TLS itself (a proxy that terminates TLS sends its own).
	HSTS bool

	// Operations: health, readiness, metrics and the read-only mode (ops.go).
	// Health answers /readyz and the pool metrics; nil makes /readyz 503.
	Health Health
	// Gauges gives /metrics its business gauges; nil leaves them out.
	Gauges rollout.GaugeService
	// MetricsAllow are the networks, besides loopback, that may read /metrics.
	MetricsAllow []netip.Prefix
	// MetricsToken, when set, lets a request with "Authorization: Bearer
	// MetricsToken" read /metrics from anywhere.
	MetricsToken string
	// ReadOnly refuses every write but signing in and out (503) and shows a
	// banner on every page: a maintenance window.
	ReadOnly bool
	// Version is the program's version, for rollout_build_info.
	Version string
	// Evaluation rounds: nil answers the evaluation pages with 404.
	Evaluations rollout.EvaluationService
	// National picture and indicators: the roll-ups behind the matrix, the
	// map and the drill-down, the trend over periods, and the indicators of
	// items. Optional: without them those pages answer 404.
	Rollups    rollout.RollupService
	Trends     rollout.TrendService
	Indicators rollout.IndicatorService
	// Coordination: problems up the chain, approvals, risks and links. Both
	// or neither; without them the coordination routes answer 404.
	Problems     rollout.ProblemService
	Coordination rollout.CoordinationService
	// Supervision: 督办 and requests for a later deadline (urge.go), and the
	// notifications in the app (inbox.go). Optional: without them those
	// routes answer 404.
	Supervision rollout.SupervisionService
	Inbox       rollout.InboxService
	// Seed gives a notice stored through the intake page or API the shipped
	// proposed indicators, as `rollout import` does; nil gives none.
	Seed intake.Seeder
}

// Server is the web site and the JSON API. It is safe for concurrent use.
type Server struct {
	catalog rollout.CatalogService
	units   rollout.UnitService
	tasks   rollout.TaskService
	reports rollout.ReportService
	users   rollout.UserService
	audit   rollout.AuditService
	log     *slog.Logger
	// secureCookies: the session cookie is sent over TLS only.
	secureCookies bool
	// hsts: browsers are told to come back over TLS only.
	hsts bool
	// warningDays: a task's light turns yellow this many days before its deadline.
	warningDays int
	// now is the clock the lights and the current reporting period go by.
	now      func() time.Time
	views    views
	static   staticFiles
	mux      *http.ServeMux
	patterns []string
	handler  http.Handler
	// ops: health, metrics and read-only mode.
	ops opsState
	// Evaluation rounds.
	evaluations rollout.EvaluationService
	// National picture and indicators (Config).
	rollups    rollout.RollupService
	trends     rollout.TrendService
	indicators rollout.IndicatorService
	// Coordination
	problems rollout.ProblemService
	coord    rollout.CoordinationService
	// Supervision and notifications (Config).
	supervision rollout.SupervisionService
	inbox       rollout.InboxService
	// Notice intake: the indicators a stored notice is given (Config.Seed).
	seeder intake.Seeder
}

//go:embed openapi.json
var openAPIDocument []byte

// New parses the templates and hashes the static files. It fails when a service
// is missing, a template does not parse or names a message or file
// that does not exist, or the OpenAPI document is not valid JSON.
func New(cfg Config) (*Server, error) {
	if cfg.Catalog == nil {
		return nil, errors.New("web: Config.Catalog is nil")
	}
	if cfg.Units == nil {
		return nil, errors.New("web: Config.Units is nil")
	}
	if cfg.Tasks == nil {
		return nil, errors.New("web: Config.Tasks is nil")
	}
	if cfg.Reports == nil {
		return nil, errors.New("web: Config.Reports is nil: the site cannot run the supervision loop")
	}
	if cfg.WarningDays < 0 {
		return nil, fmt.Errorf("web: Config.WarningDays is %d: give the days before a deadline, or 0 for the default", cfg.WarningDays)
	}
	if cfg.Users == nil {
		return nil, errors.New("web: Config.Users is nil: the site cannot sign anyone in")
	}
	if cfg.Audit == nil {
		return nil, errors.New("web: Config.Audit is nil: the site cannot keep its audit trail")
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	st, err := loadStatic(staticFS)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	vs, err := parseViews(st)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if !json.Valid(openAPIDocument) {
		return nil, errors.New("web: openapi.json is not valid JSON")
	}
	s := &Server{
		catalog: cfg.Catalog,
		units:   cfg.Units,
		tasks:   cfg.Tasks,
		reports: cfg.Reports,
		users:   cfg.Users,
		log:     logger,
		views:   vs,
		static:  st,
		mux:     http.NewServeMux(),

		secureCookies: cfg.SecureCookies,
		hsts:          cfg.HSTS,
		warningDays:   cmp.Or(cfg.WarningDays, rollout.DefaultWarningDays),
		now:           time.Now,

		evaluations: cfg.Evaluations,
		// National picture and indicators
		rollups:    cfg.Rollups,
		trends:     cfg.Trends,
		indicators: cfg.Indicators,
		// Coordination
		problems: cfg.Problems,
		coord:    cfg.Coordination,
		// Supervision and notifications
		supervision: cfg.Supervision,
		inbox:       cfg.Inbox,
		// Notice intake
		seeder: cfg.Seed,
	}
	// Refusals past a limit per account and address stay out of the trail.
	s.audit = &throttledAudit{AuditService: cfg.Audit, now: func() time.Time { return s.now() }}
	s.ops = opsState{health: cfg.Health, gauges: cfg.Gauges, metricsAllow: cfg.MetricsAllow,
		metricsToken: cfg.MetricsToken, readOnly: cfg.ReadOnly, version: cfg.Version,
		metrics: newMetrics(), started: time.Now()}
	s.routes()
	s.handler = chain(s.withFallback(s.mux),
		s.observe, // first: counts and times everything below
		s.logRequests,
		s.recoverPanics,
		securityHeaders(cfg.HSTS),
		s.crossOriginProtection,
		s.checkText, // before anything reads the request's text
		s.authenticate,
		s.readOnlyMode,
		notePattern, // last: reads r.Pattern once the router has set it
	)
	return s, nil
}

// Handler is the whole site: the routes with their middleware.
func (s *Server) Handler() http.Handler { return s.handler }

// Routes lists every registered pattern, such as "GET /api/v1/items/{id}", in
// the order of routes.go.
func (s *Server) Routes() []string { return slices.Clone(s.patterns) }

// page registers a route that answers with HTML; its errors become error pages,
// except that an anonymous visitor refused for not being signed in is sent to
// the sign-in page (303), to come back after signing in. It remembers a
// language chosen with ?lang= in a cookie.
func (s *Server) page(pattern string, h handlerFunc) {
	s.patterns = append(s.patterns, pattern)
	s.mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rememberLang(w, r)
		w.Header().Add("Vary", "Cookie")
		r = s.withUnread(r) // the header's count of unread notifications
		err := h(w, r)
		switch {
		case err == nil:
		case rollout.ErrorCode(err) == rollout.EUNAUTHORIZED && rollout.ActorFrom(r.Context()) == nil:
			http.Redirect(w, r, s.signinURL(r), http.StatusSeeOther)
		default:
			s.logError(r, err)
			s.pageError(w, r, err)
		}
	}))
}

// asset registers a route that serves a file: like page, without the language
// cookie or Vary (a static file is the same in both languages).
func (s *Server) asset(pattern string, h handlerFunc) {
	s.patterns = append(s.patterns, pattern)
	s.mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.logError(r, err)
			s.pageError(w, r, err)
		}
	}))
}

// api registers a route that answers with JSON; its errors become JSON errors.
func (s *Server) api(pattern string, h handlerFunc) {
	s.patterns = append(s.patterns, pattern)
	s.mux.Handle(pattern, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.logError(r, err)
			s.apiError(w, r, err)
		}
	}))
}

// errorPage is the data of the error page.
type errorPage struct {
	layout
	Status  int
	Message string
}

// pageError renders err as a page in the site's layout with its status.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	status := errorStatus(err)
	l := requestLang(r)
	p := &errorPage{
		layout:  newLayout(r, errorTitle(l, status), ""),
		Status:  status,
		Message: errorMessage(l, err),
	}
	h := w.Header()
	for _, k := range []string{"Content-Disposition", "Cache-Control", "ETag"} {
		h.Del(k)
	}
	noStoreForUser(r, h)
	if rerr := s.views.error.render(w, status, p); rerr != nil {
		s.log.ErrorContext(r.Context(), "render error page", "err", rerr)
		http.Error(w, p.Message, status)
	}
}

// errorTitle is the heading of the error page for status.
func errorTitle(l lang, status int) string {
	switch status {
	case http.StatusNotFound:
		return tr(l, "error.404.title")
	case http.StatusBadRequest:
		return tr(l, "error.400.title")
	case http.StatusUnauthorized:
		return tr(l, "error.401.title")
	case http.StatusTooManyRequests:
		return tr(l, "error.429.title")
	case http.StatusForbidden:
		return tr(l, "error.403.title")
	case http.StatusConflict:
		return tr(l, "error.409.title")
	case http.StatusMethodNotAllowed:
		return tr(l, "error.405.title")
	case http.StatusRequestEntityTooLarge:
		return tr(l, "error.413.title")
	case http.StatusUnsupportedMediaType:
		return tr(l, "error.415.title")
	default:
		return tr(l, "error.500.title")
	}
}
