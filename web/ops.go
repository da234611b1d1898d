package web

import (
	"context"
	"crypto/subtle"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"time"

	"rollout"
)

// Operations: the endpoints a load balancer and a monitoring system call, and
// the read-only mode of a maintenance window.
//
//	GET /healthz   the process is up: always 200 while it serves
//	GET /readyz    the database answers and its schema is the one this
//	               program expects: 200, else 503 with what is wrong
//	GET /metrics   Prometheus text exposition (metrics.go)
//
// None of them is role-based: they are not about any unit's data, and a
// monitoring system has no account. /healthz and /readyz are open (they tell
// nothing but "up" and "ready"). /metrics is open to the loopback address,
// to the networks of Config.MetricsAllow, and to a request that carries
// Config.MetricsToken as a bearer token; everyone else gets 403. The address
// is the connection's: behind a reverse proxy on the same host every request
// comes from loopback, so the proxy must not pass /metrics on
// (docs/operations.md). These paths skip the session and API-token lookup.

// Health is what /readyz asks of storage.
type Health interface {
	// Ping checks that the database answers.
	Ping(ctx context.Context) error
	// SchemaPending returns the migrations this program knows that the
	// database has not applied, and those the database has applied that this
	// program does not know (a newer release migrated it).
	SchemaPending(ctx context.Context) (pending, unknown []int, err error)
	// Stats is the database connection pool's statistics, for /metrics.
	Stats() PoolStats
}

// PoolStats are the database connection pool's statistics (database/sql's
// DBStats, which web does not import: it knows no storage).
type PoolStats struct {
	MaxOpen, Open, InUse, Idle                          int
	WaitCount                                           int64
	WaitDuration                                        time.Duration
	MaxIdleClosed, MaxIdleTimeClosed, MaxLifetimeClosed int64
}

// opsPaths are the operations endpoints: no session lookup, no read-only refusal.
var opsPaths = []string{"/healthz", "/readyz", "/metrics"}

func isOpsPath(p string) bool { return slices.Contains(opsPaths, p) }

// opsState is the operations side of a Server.
type opsState struct {
	health       Health               // nil: /readyz is 503
	gauges       rollout.GaugeService // nil: no business gauges on /metrics
	metricsAllow []netip.Prefix
	metricsToken string
	readOnly     bool
	metrics      *metrics
	started      time.Time
	version      string
}

// healthz serves GET /healthz: 200 while the process serves requests.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Cache-Control", "no-store")
	return writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// readyCheck is one line of /readyz.
type readyCheck struct {
	OK      bool   `json:"ok"`
	Message string `json:"message,omitempty"`
	Pending []int  `json:"pending,omitempty"`
	Unknown []int  `json:"unknown,omitempty"`
}

// readyBody is the answer of /readyz.
type readyBody struct {
	Status   string                `json:"status"` // "ready" or "unavailable"
	ReadOnly bool                  `json:"read_only"`
	Checks   map[string]readyCheck `json:"checks"`
}

// readyz serves GET /readyz: 200 when the database answers within two
// seconds and every migration this program knows is applied (and none it
// does not know); 503 otherwise, the body saying which check failed.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) error {
	l := requestLang(r)
	w.Header().Set("Cache-Control", "no-store")
	body := readyBody{Status: "ready", ReadOnly: s.ops.readOnly, Checks: map[string]readyCheck{}}
	fail := func(name string, c readyCheck) {
		body.Status = "unavailable"
		body.Checks[name] = c
	}
	h := s.ops.health
	if h == nil {
		fail("database", readyCheck{Message: tr(l, "ops.no_database")})
		return writeJSON(w, http.StatusServiceUnavailable, body)
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := h.Ping(ctx); err != nil {
		s.log.WarnContext(r.Context(), "readiness: database does not answer", "err", err)
		fail("database", readyCheck{Message: tr(l, "ops.database_down")})
		fail("migrations", readyCheck{Message: tr(l, "ops.migrations_unknown")})
		return writeJSON(w, http.StatusServiceUnavailable, body)
	}
	body.Checks["database"] = readyCheck{OK: true}
	pending, unknown, err := h.SchemaPending(ctx)
	switch {
	case err != nil:
		s.log.WarnContext(r.Context(), "readiness: schema", "err", err)
		fail("migrations", readyCheck{Message: tr(l, "ops.migrations_unknown")})
	case len(pending) > 0:
		fail("migrations", readyCheck{Message: tr(l, "ops.migrations_pending"), Pending: pending})
	case len(unknown) > 0:
		fail("migrations", readyCheck{Message: tr(l, "ops.migrations_newer"), Unknown: unknown})
	default:
		body.Checks["migrations"] = readyCheck{OK: true}
	}
	status := http.StatusOK
	if body.Status != "ready" {
		status = http.StatusServiceUnavailable
	}
	return writeJSON(w, status, body)
}

// metricsAllowed reports whether r may read /metrics: from loopback, from an
// allowed network, or with the metrics token.
func (s *Server) metricsAllowed(r *http.Request) bool {
	if tok := s.ops.metricsToken; tok != "" {
		scheme, given, _ := strings.Cut(r.Header.Get("Authorization"), " ")
		if strings.EqualFold(scheme, "Bearer") &&
			subtle.ConstantTimeCompare([]byte(strings.TrimSpace(given)), []byte(tok)) == 1 {
			return true
		}
	}
	addr, err := netip.ParseAddr(remoteHost(r.RemoteAddr))
	if err != nil {
		return false
	}
	addr = addr.Unmap()
	if addr.IsLoopback() {
		return true
	}
	for _, p := range s.ops.metricsAllow {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}

// metricsPage serves GET /metrics to those metricsAllowed lets in; 403 to others.
func (s *Server) metricsPage(w http.ResponseWriter, r *http.Request) error {
	if !s.metricsAllowed(r) {
		return rollout.E(rollout.EFORBIDDEN, "ops.metrics_forbidden")
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	s.writeMetrics(r.Context(), w)
	return nil
}

// readOnlyKey marks a request served in read-only mode, for the banner.
type readOnlyKey struct{}

// inReadOnly reports whether the site serves r in read-only mode.
func inReadOnly(r *http.Request) bool {
	v, _ := r.Context().Value(readOnlyKey{}).(bool)
	return v
}

// writableInReadOnly are the writes read-only mode still lets through:
// signing in and out. A session is not the data under maintenance, and people
// must sign in to read what is not public. (On a standby replica nothing can
// be written: see docs/operations.md.)
var writableInReadOnly = []string{"POST /signin", "POST /signout", "POST /api/v1/session", "DELETE /api/v1/session"}

// readOnlyMode, when the site is read-only, answers every request that could
// write (any method but GET, HEAD and OPTIONS), except signing in and out,
// with 503, Retry-After and a message saying why; reads pass, marked for the
// banner every page shows.
func (s *Server) readOnlyMode(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.ops.readOnly {
			next.ServeHTTP(w, r)
			return
		}
		r = r.WithContext(context.WithValue(r.Context(), readOnlyKey{}, true))
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		for _, p := range writableInReadOnly {
			if p == r.Method+" "+r.URL.Path {
				next.ServeHTTP(w, r)
				return
			}
		}
		w.Header().Set("Retry-After", "600")
		s.writeError(w, r, &httpError{status: http.StatusServiceUnavailable, code: codeReadOnly,
			message: tr(requestLang(r), "ops.read_only")})
	})
}

// codeReadOnly is the JSON error code of a write refused in read-only mode (503).
const codeReadOnly = "read_only"
