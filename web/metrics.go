package web

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"rollout"
)

// Prometheus text exposition (format 0.0.4), written with the standard
// library: request counts and latency histograms by route pattern, the
// database pool, the business gauges and a few facts of the process. The
// counters live in this process; Prometheus scrapes every server and sums.

// latencyBuckets are the upper bounds, in seconds, of the latency histogram.
var latencyBuckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// unmatchedRoute labels requests that no route served (404, 405): the path
// itself is not a label, or anyone could grow the series without bound.
const unmatchedRoute = "unmatched"

type requestKey struct {
	route string
	code  int
}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

// metrics holds the request counters of this process.
type metrics struct {
	mu       sync.Mutex
	requests map[requestKey]uint64
	latency  map[string]*histogram
	inFlight int64
}

func newMetrics() *metrics {
	return &metrics{requests: map[requestKey]uint64{}, latency: map[string]*histogram{}}
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[requestKey{route, code}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(latencyBuckets)+1)}
		m.latency[route] = h
	}
	sec := d.Seconds()
	i, _ := slices.BinarySearch(latencyBuckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
}

// routeNote carries the pattern the router matched out to observe, which
// wraps a request made anew by every middleware in between.
type routeNote struct{ pattern string }

type routeNoteKey struct{}

// observe counts and times every request by the route pattern that served it.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m := s.ops.metrics
		start := time.Now()
		m.mu.Lock()
		m.inFlight++
		m.mu.Unlock()
		note := &routeNote{}
		rw := &recordingWriter{ResponseWriter: w}
		defer func() {
			m.mu.Lock()
			m.inFlight--
			m.mu.Unlock()
			code := rw.status
			if code == 0 {
				code = http.StatusOK
			}
			m.observe(cmpRoute(note.pattern), code, time.Since(start))
		}()
		next.ServeHTTP(rw, r.WithContext(context.WithValue(r.Context(), routeNoteKey{}, note)))
	})
}

func cmpRoute(p string) string {
	if p == "" {
		return unmatchedRoute
	}
	return p
}

// notePattern, innermost, hands the pattern the router set on the request
// (r.Pattern, once the router has served it) to observe.
func notePattern(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		if note, ok := r.Context().Value(routeNoteKey{}).(*routeNote); ok {
			note.pattern = r.Pattern
		}
	})
}

// labelValue escapes a label value as the exposition format wants.
func labelValue(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "\n", `\n`)
	return strings.ReplaceAll(s, `"`, `\"`)
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// promWriter writes metric families.
type promWriter struct{ w *bufio.Writer }

func (p promWriter) family(name, typ, help string) {
	fmt.Fprintf(p.w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

func (p promWriter) sample(name, labels string, v float64) {
	if labels != "" {
		labels = "{" + labels + "}"
	}
	fmt.Fprintf(p.w, "%s%s %s\n", name, labels, formatFloat(v))
}

// writeMetrics writes every metric. A business gauge storage cannot read is
// left out, and rollout_business_gauges_up says so.
func (s *Server) writeMetrics(ctx context.Context, w io.Writer) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	p := promWriter{bw}
	m := s.ops.metrics

	m.mu.Lock()
	keys := make([]requestKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b requestKey) int {
		if c := strings.Compare(a.route, b.route); c != 0 {
			return c
		}
		return a.code - b.code
	})
	p.family("rollout_http_requests_total", "counter", "HTTP requests served, by route pattern and status code.")
	for _, k := range keys {
		p.sample("rollout_http_requests_total", fmt.Sprintf(`route="%s",code="%d"`, labelValue(k.route), k.code), float64(m.requests[k]))
	}
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	p.family("rollout_http_request_duration_seconds", "histogram", "Time to serve an HTTP request, by route pattern.")
	for _, r := range routes {
		h := m.latency[r]
		lv := labelValue(r)
		var cum uint64
		for i, le := range latencyBuckets {
			cum += h.counts[i]
			p.sample("rollout_http_request_duration_seconds_bucket", fmt.Sprintf(`route="%s",le="%s"`, lv, formatFloat(le)), float64(cum))
		}
		cum += h.counts[len(latencyBuckets)]
		p.sample("rollout_http_request_duration_seconds_bucket", fmt.Sprintf(`route="%s",le="+Inf"`, lv), float64(cum))
		p.sample("rollout_http_request_duration_seconds_sum", fmt.Sprintf(`route="%s"`, lv), h.sum)
		p.sample("rollout_http_request_duration_seconds_count", fmt.Sprintf(`route="%s"`, lv), float64(h.n))
	}
	p.family("rollout_http_requests_in_flight", "gauge", "HTTP requests being served now.")
	p.sample("rollout_http_requests_in_flight", "", float64(m.inFlight))
	m.mu.Unlock()

	if h := s.ops.health; h != nil {
		st := h.Stats()
		for _, g := range []struct {
			name, typ, help string
			v               float64
		}{
			{"rollout_db_max_open_connections", "gauge", "Maximum number of open connections to the database.", float64(st.MaxOpen)},
			{"rollout_db_open_connections", "gauge", "Established connections, in use and idle.", float64(st.Open)},
			{"rollout_db_in_use_connections", "gauge", "Connections in use.", float64(st.InUse)},
			{"rollout_db_idle_connections", "gauge", "Idle connections.", float64(st.Idle)},
			{"rollout_db_wait_count_total", "counter", "Connections waited for.", float64(st.WaitCount)},
			{"rollout_db_wait_duration_seconds_total", "counter", "Time spent waiting for a connection.", st.WaitDuration.Seconds()},
			{"rollout_db_max_idle_closed_total", "counter", "Connections closed for SetMaxIdleConns.", float64(st.MaxIdleClosed)},
			{"rollout_db_max_idle_time_closed_total", "counter", "Connections closed for SetConnMaxIdleTime.", float64(st.MaxIdleTimeClosed)},
			{"rollout_db_max_lifetime_closed_total", "counter", "Connections closed for SetConnMaxLifetime.", float64(st.MaxLifetimeClosed)},
		} {
			p.family(g.name, g.typ, g.help)
			p.sample(g.name, "", g.v)
		}
	}

	if s.ops.gauges != nil {
		g, err := s.ops.gauges.BusinessGauges(ctx, s.now())
		up := 1.0
		if err != nil {
			s.log.ErrorContext(ctx, "metrics: business gauges", "err", err)
			up = 0
		}
		p.family("rollout_business_gauges_up", "gauge", "1 when the business gauges below could be read from the database.")
		p.sample("rollout_business_gauges_up", "", up)
		if err == nil {
			p.family("rollout_tasks", "gauge", "Tasks by state of the supervision loop.")
			for _, st := range rollout.States {
				p.sample("rollout_tasks", fmt.Sprintf(`state="%s"`, st), float64(g.TasksByState[st]))
			}
			p.family("rollout_tasks_overdue", "gauge", "Tasks not done whose dated deadline has passed (red light).")
			p.sample("rollout_tasks_overdue", "", float64(g.Overdue))
			p.family("rollout_audit_head", "counter", "Number of the newest audit entry; it never decreases (alert if it does).")
			p.sample("rollout_audit_head", "", float64(g.AuditHead))
			p.family("rollout_problems_open", "gauge", "Problems raised and not yet resolved, by state.")
			for _, st := range rollout.ProblemStates {
				if st != rollout.ProblemResolved {
					p.sample("rollout_problems_open", fmt.Sprintf(`state="%s"`, st), float64(g.OpenProblems[st]))
				}
			}
		}
	}

	ro := 0.0
	if s.ops.readOnly {
		ro = 1
	}
	p.family("rollout_read_only", "gauge", "1 while the server runs in read-only mode.")
	p.sample("rollout_read_only", "", ro)
	p.family("rollout_build_info", "gauge", "Always 1; the label names the running version.")
	p.sample("rollout_build_info", fmt.Sprintf(`version="%s"`, labelValue(s.ops.version)), 1)
	p.family("rollout_start_time_seconds", "gauge", "When this process started, in seconds since 1970.")
	p.sample("rollout_start_time_seconds", "", float64(s.ops.started.Unix()))
	p.family("rollout_goroutines", "gauge", "Goroutines of this process.")
	p.sample("rollout_goroutines", "", float64(runtime.NumGoroutine()))
}
