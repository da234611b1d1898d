package web

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"regexp"
	"strings"
	"testing"
	"time"

	"rollout"
)

const testMetricsToken = "metrics-test-token-0123456789"

// fakeHealth is a database that answers, or not, with a schema that is
// current, behind or ahead.
type fakeHealth struct {
	down             bool
	pending, unknown []int
}

func (h *fakeHealth) Ping(ctx context.Context) error {
	if h.down {
		return errors.New("connection refused")
	}
	return nil
}

func (h *fakeHealth) SchemaPending(ctx context.Context) ([]int, []int, error) {
	return h.pending, h.unknown, nil
}

func (h *fakeHealth) Stats() PoolStats {
	return PoolStats{MaxOpen: 16, Open: 3, InUse: 1, Idle: 2, WaitCount: 7}
}

// fakeGauges are fixed business gauges.
type fakeGauges struct{}

func (fakeGauges) BusinessGauges(ctx context.Context, now time.Time) (*rollout.BusinessGauges, error) {
	g := &rollout.BusinessGauges{TasksByState: map[rollout.TaskState]int{}, Overdue: 4}
	for _, s := range rollout.States {
		g.TasksByState[s] = 0
	}
	g.TasksByState[rollout.StateAssigned] = 700
	g.TasksByState[rollout.StateClosed] = 48
	g.AuditHead = 1234
	g.OpenProblems = map[rollout.ProblemState]int{rollout.ProblemOpen: 5, rollout.ProblemAnswered: 2, rollout.ProblemReturned: 0}
	return g, nil
}

// opsSite is a site over the fakes with operations settings of its own.
func opsSite(t *testing.T, h *fakeHealth, cfg Config) *Server {
	t.Helper()
	s, _ := opsSiteOver(t, h, cfg)
	return s
}

// opsSiteOver is opsSite with the fixture it is built over.
func opsSiteOver(t *testing.T, h *fakeHealth, cfg Config) (*Server, *testSite) {
	t.Helper()
	site := newTestSite(t, newFake(t))
	cfg.Catalog, cfg.Units, cfg.Tasks, cfg.Reports, cfg.Users, cfg.Audit = site.cat, site.units, site.tasks, site.reports, site.users, site.audit
	cfg.Health, cfg.Gauges = h, fakeGauges{}
	cfg.Logger = slog.New(slog.DiscardHandler)
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s, site
}

// matrixIdentities are the identities of the route matrix: each role at the
// target's province, at another and at the root.
func matrixIdentities(roles []rollout.Role) []string {
	var out []string
	for _, r := range roles {
		for _, at := range []locality{own, foreign, root} {
			out = append(out, string(r)+"@"+string(at))
		}
	}
	return out
}

func serveFrom(s *Server, method, target, remote string, header http.Header, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	req.RemoteAddr = remote
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, req)
	return rec
}

// TestReadiness: /healthz answers while the process serves; /readyz is 200
// only with the database answering and its schema current, and its 503 body
// names what is wrong.
func TestReadiness(t *testing.T) {
	for _, tc := range []struct {
		name   string
		h      *fakeHealth
		status int
		failed string // the check that fails
		want   string // in its message
	}{
		{"ready", &fakeHealth{}, 200, "", ""},
		{"database down", &fakeHealth{down: true}, 503, "database", "数据库无法连接"},
		{"migrations pending", &fakeHealth{pending: []int{6, 7}}, 503, "migrations", "rollout migrate"},
		{"schema newer", &fakeHealth{unknown: []int{9}}, 503, "migrations", "更新版本"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := opsSite(t, tc.h, Config{})
			if rec := serve(s, "GET", "/healthz", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"ok"`) {
				t.Errorf("/healthz: %d %s", rec.Code, rec.Body)
			}
			rec := serve(s, "GET", "/readyz", nil)
			if rec.Code != tc.status {
				t.Fatalf("/readyz: %d, want %d\n%s", rec.Code, tc.status, rec.Body)
			}
			var body readyBody
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatal(err)
			}
			if tc.failed == "" {
				if body.Status != "ready" || !body.Checks["database"].OK || !body.Checks["migrations"].OK {
					t.Errorf("ready body: %+v", body)
				}
				return
			}
			c := body.Checks[tc.failed]
			if body.Status != "unavailable" || c.OK || !strings.Contains(c.Message, tc.want) {
				t.Errorf("check %s: %+v (body %s)", tc.failed, c, rec.Body)
			}
			if tc.name == "migrations pending" && len(c.Pending) != 2 {
				t.Errorf("pending versions not listed: %+v", c)
			}
		})
	}
}

// TestMetricsAccess: /metrics is read from loopback (IPv4, IPv6), from an
// allowed network, or with the token from anywhere; everyone else, signed in
// as an administrator or with a wrong token, gets 403 and no metrics.
func TestMetricsAccess(t *testing.T) {
	s := opsSite(t, &fakeHealth{}, Config{MetricsAllow: []netip.Prefix{netip.MustParsePrefix("10.20.0.0/16")}, MetricsToken: "s3cret-token"})
	bearer := func(tok string) http.Header { return http.Header{"Authorization": {"Bearer " + tok}} }
	for _, tc := range []struct {
		name, remote string
		header       http.Header
		ok           bool
	}{
		{"loopback", "127.0.0.1:5000", nil, true},
		{"loopback v6", "[::1]:5000", nil, true},
		{"allowed network", "10.20.3.4:5000", nil, true},
		{"token from afar", "203.0.113.7:5000", bearer("s3cret-token"), true},
		{"other network", "10.21.0.1:5000", nil, false},
		{"wrong token", "203.0.113.7:5000", bearer("s3cret-tokeN"), false},
		{"an API token is not the metrics token", "203.0.113.7:5000", bearer("rt_whatever"), false},
	} {
		rec := serveFrom(s, "GET", "/metrics", tc.remote, tc.header, "")
		switch {
		case tc.ok && (rec.Code != 200 || !strings.Contains(rec.Body.String(), "rollout_http_requests_total")):
			t.Errorf("%s: %d, want the metrics\n%.300s", tc.name, rec.Code, rec.Body)
		case !tc.ok && (rec.Code != 403 || strings.Contains(rec.Body.String(), "rollout_")):
			t.Errorf("%s: %d, want 403 without metrics\n%.300s", tc.name, rec.Code, rec.Body)
		}
	}
}

// TestMetricsContent: requests are counted and timed by route pattern (not
// by path), unmatched paths under one label; the pool and the business
// gauges are there; the text is valid exposition format.
func TestMetricsContent(t *testing.T) {
	s := opsSite(t, &fakeHealth{}, Config{Version: "v9.9.9"})
	for _, p := range []string{"/items/1001", "/items/1002", "/items/1002", "/no/such/page", "/no/other"} {
		serve(s, "GET", p, nil)
	}
	rec := serveFrom(s, "GET", "/metrics", "127.0.0.1:1", nil, "")
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("%d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	body := rec.Body.String()
	for _, want := range []string{
		`rollout_http_requests_total{route="GET /items/{id}",code="200"} 3`,
		`rollout_http_requests_total{route="unmatched",code="404"} 2`,
		`rollout_http_request_duration_seconds_count{route="GET /items/{id}"} 3`,
		`rollout_http_request_duration_seconds_bucket{route="GET /items/{id}",le="+Inf"} 3`,
		`rollout_http_requests_in_flight 1`, // the scrape itself
		`rollout_db_open_connections 3`,
		`rollout_db_wait_count_total 7`,
		`rollout_tasks{state="assigned"} 700`,
		`rollout_tasks{state="closed"} 48`,
		`rollout_tasks{state="in_work"} 0`,
		`rollout_tasks_overdue 4`,
		`rollout_audit_head 1234`,
		`rollout_problems_open{state="open"} 5`,
		`rollout_problems_open{state="answered"} 2`,
		`rollout_problems_open{state="returned"} 0`,
		`rollout_business_gauges_up 1`,
		`rollout_build_info{version="v9.9.9"} 1`,
		`rollout_read_only 0`,
	} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("metrics lack %q", want)
		}
	}
	if strings.Contains(body, "/items/1002") {
		t.Error("a path became a label")
	}
	if strings.Contains(body, `rollout_problems_open{state="resolved"}`) {
		t.Error("resolved problems counted as open")
	}
	// Every line is a comment or a sample; every sample's family has HELP and TYPE.
	sample := regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? -?[0-9.e+Inf-]+$`)
	typed := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		if name, ok := strings.CutPrefix(line, "# TYPE "); ok {
			typed[strings.Fields(name)[0]] = true
			continue
		}
		if strings.HasPrefix(line, "# HELP ") {
			continue
		}
		m := sample.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("not a sample: %q", line)
			continue
		}
		fam := m[1]
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			if base, ok := strings.CutSuffix(fam, suf); ok && typed[base] {
				fam = base
			}
		}
		if !typed[fam] {
			t.Errorf("sample %q has no TYPE line before it", line)
		}
	}
	// Buckets are cumulative.
	le := regexp.MustCompile(`rollout_http_request_duration_seconds_bucket\{route="GET /items/\{id\}",le="[^"]+"\} (\d+)`)
	prev := -1
	for _, m := range le.FindAllStringSubmatch(body, -1) {
		n := atoiT(t, m[1])
		if n < prev {
			t.Errorf("buckets not cumulative: %d after %d", n, prev)
		}
		prev = n
	}
}

func atoiT(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// TestReadOnlyMode: reads pass and pages carry the banner; writes (a report
// by page and by API, a division) are refused with 503, the Chinese message
// and Retry-After, and reach no service; signing in still works.
func TestReadOnlyMode(t *testing.T) {
	s, site := opsSiteOver(t, &fakeHealth{}, Config{ReadOnly: true})
	gdTask := site.expand(t, "{task:440000/1024}")
	who := site.as(t, "reporter@440000")

	rec := serve(s, "GET", "/items/1001", nil)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "当前为只读模式") {
		t.Errorf("page in read-only mode: %d, banner missing", rec.Code)
	}
	if rec := serve(s, "GET", "/api/v1/items/1001", nil); rec.Code != 200 {
		t.Errorf("API read: %d", rec.Code)
	}
	for _, w := range []struct{ method, path, ctype, body string }{
		{"PUT", "/api/v1/tasks/" + gdTask + "/reports/2024Q3", "application/json", `{"version":0,"status":"in_progress"}`},
		{"POST", "/tasks/" + gdTask + "/report", "application/x-www-form-urlencoded", "period=2024Q3&version=0&action=save"},
		{"POST", "/api/v1/tokens", "application/json", `{}`},
		{"POST", "/admin/users", "application/x-www-form-urlencoded", "username=x"},
	} {
		h := with(who, http.Header{"Content-Type": {w.ctype}})
		rec := serveBody(s, w.method, w.path, h, w.body)
		if rec.Code != 503 || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "只读模式") {
			t.Errorf("%s %s: %d, want 503 with Retry-After and the message\n%.300s", w.method, w.path, rec.Code, rec.Body)
		}
		if strings.HasPrefix(w.path, "/api/") && !strings.Contains(rec.Body.String(), `"code": "read_only"`) {
			t.Errorf("%s %s: JSON error code is not read_only: %s", w.method, w.path, rec.Body)
		}
	}
	if site.reports.writes != 0 {
		t.Errorf("read-only mode wrote %d reports", site.reports.writes)
	}
	rec = serveBody(s, "POST", "/api/v1/session", http.Header{"Content-Type": {"application/json"}},
		`{"username":"reporter.440000","password":"`+fixturePassword+`"}`)
	if rec.Code != 200 {
		t.Errorf("sign-in in read-only mode: %d %s", rec.Code, rec.Body)
	}
	if rec := serveFrom(s, "GET", "/metrics", "127.0.0.1:1", nil, ""); !strings.Contains(rec.Body.String(), "rollout_read_only 1\n") {
		t.Error("metrics do not show read-only mode")
	}
	if rec := serve(s, "GET", "/readyz", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"read_only": true`) {
		t.Errorf("readyz in read-only mode: %d %s", rec.Code, rec.Body)
	}
}

// The operations endpoints in the scenario table, as an anonymous client from
// an address /metrics does not allow.
func init() {
	scenarios = append(scenarios,
		scenario{name: "healthz", path: "/healthz", status: 200, ctype: jsonType, want: []string{`"status": "ok"`}},
		scenario{name: "readyz", path: "/readyz", status: 200, ctype: jsonType,
			want: []string{`"status": "ready"`, `"database": {`, `"migrations": {`}},
		scenario{name: "metrics from afar", path: "/metrics", status: 403, ctype: jsonType,
			want: []string{`"code": "forbidden"`, "无权读取运行指标"}, notWant: []string{"rollout_http"}},
	)
}
