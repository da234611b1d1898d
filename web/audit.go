package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"rollout"
)

// The audit trail, for an administrator of the whole system: who did what,
// when, to what, from where, with the state before and after; newest first,
// filtered by actor, action (a prefix), object and dates, at most a chosen
// number of entries.

// Bounds of the audit page: how many entries one page shows.
const (
	defaultAuditLimit = 200
	maxAuditLimit     = 1000
)

// auditLimits are the page sizes offered.
var auditLimits = []int{50, 200, 500, maxAuditLimit}

// auditPage is the data of the audit page.
type auditPage struct {
	layout
	Filter  auditInput
	Limits  []int
	Entries []auditRow
	// More is the address of the same filter with more entries, when the page
	// is full and more may be shown; Full says the page is full at the most.
	More string
	Full bool
	// Older is the address of the next page: the same filter, the entries
	// before the last one shown. Pages go by ID, so none is skipped or shown
	// twice while new entries arrive.
	Older  string
	Error  string // why the filter was refused
	Verify *auditVerify
}

// auditInput is the filter as typed.
type auditInput struct {
	Actor, Action, Object string
	Since, Until          string // YYYY-MM-DD, Beijing time
	Limit                 int
	Before                int64 // entries before this ID only (a later page)
}

// auditRow is an entry with its before and after laid out for reading.
type auditRow struct {
	rollout.AuditEntry
	BeforeText, AfterText string
}

// auditVerify is the result of walking the whole chain.
type auditVerify struct {
	Broken  int64
	Checked int
}

// indentJSON lays out a JSON text for reading; anything else stays as it is.
func indentJSON(s string) string {
	var b bytes.Buffer
	if s == "" || json.Indent(&b, []byte(s), "", "  ") != nil {
		return s
	}
	return b.String()
}

// parseDay reads a YYYY-MM-DD date as the start of that day in Beijing time.
func parseDay(s string) (time.Time, error) {
	return time.ParseInLocation(time.DateOnly, s, rollout.Beijing)
}

// readAuditFilter reads the query into the form and the filter.
func readAuditFilter(l lang, q url.Values) (auditInput, rollout.AuditFilter, error) {
	in := auditInput{
		Actor:  strings.TrimSpace(q.Get("actor")),
		Action: strings.TrimSpace(q.Get("action")),
		Object: strings.TrimSpace(q.Get("object")),
		Since:  strings.TrimSpace(q.Get("since")),
		Until:  strings.TrimSpace(q.Get("until")),
		Limit:  defaultAuditLimit,
	}
	f := rollout.AuditFilter{Actor: in.Actor, Action: in.Action, Object: in.Object}
	if raw := q.Get("limit"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n <= 0 || n > maxAuditLimit {
			return in, f, invalid(l, "audit.bad_limit", raw, maxAuditLimit)
		}
		in.Limit = n
	}
	f.Limit = in.Limit
	if raw := q.Get("before"); raw != "" {
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil || n <= 0 {
			return in, f, rollout.E(rollout.EINVALID, "err.audit.bad_before", raw)
		}
		in.Before, f.BeforeID = n, n
	}
	if in.Since != "" {
		t, err := parseDay(in.Since)
		if err != nil {
			return in, f, invalid(l, "audit.bad_date", in.Since)
		}
		f.Since = t
	}
	if in.Until != "" {
		t, err := parseDay(in.Until)
		if err != nil {
			return in, f, invalid(l, "audit.bad_date", in.Until)
		}
		f.Until = t.AddDate(0, 0, 1) // the whole of that day
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Since.Before(f.Until) {
		return in, f, invalid(l, "audit.bad_range", in.Since, in.Until)
	}
	return in, f, nil
}

// auditList serves GET /admin/audit. With verify=1 it also walks the whole
// chain and says whether it holds.
func (s *Server) auditList(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadAudit, rollout.Target{}); err != nil {
		return err
	}
	l := requestLang(r)
	ctx := r.Context()
	q := r.URL.Query()
	p := &auditPage{layout: newLayout(r, tr(l, "audit.title"), "audit"), Limits: auditLimits}
	in, f, err := readAuditFilter(l, q)
	p.Filter = in
	if err != nil {
		p.Error = errorMessage(l, err)
		return s.views.audit.render(w, errorStatus(err), p)
	}
	if q.Get("verify") == "1" {
		broken, checked, err := s.audit.VerifyAudit(ctx)
		if err != nil {
			return err
		}
		p.Verify = &auditVerify{Broken: broken, Checked: checked}
	}
	entries, err := s.audit.AuditEntries(ctx, f)
	if err != nil {
		return err
	}
	for _, e := range entries {
		p.Entries = append(p.Entries, auditRow{AuditEntry: e, BeforeText: indentJSON(e.Before), AfterText: indentJSON(e.After)})
	}
	if len(entries) >= in.Limit {
		older := url.Values{}
		for k, v := range q {
			if k != "verify" {
				older[k] = v
			}
		}
		older.Set("before", strconv.FormatInt(entries[len(entries)-1].ID, 10))
		p.Older = "/admin/audit?" + older.Encode()
		if in.Limit < maxAuditLimit {
			more := url.Values{}
			for k, v := range q {
				if k != "verify" {
					more[k] = v
				}
			}
			more.Set("limit", strconv.Itoa(min(in.Limit*2, maxAuditLimit)))
			p.More = "/admin/audit?" + more.Encode()
		} else {
			p.Full = true
		}
	}
	return s.views.audit.render(w, http.StatusOK, p)
}

// Refused requests are throttled, so that a prober cannot fill the audit
// trail (each refusal of a signed-in user is an entry) or the log: after
// refusalLimit refusals (403) within refusalWindow, an account, and an
// address, are answered 429 until the window ends, without reaching a
// handler, and the throttling is audited once.
const (
	refusalLimit  = 20
	refusalWindow = time.Minute
	// refusalKeys bounds the memory the counts take: past it, the oldest
	// windows are forgotten.
	refusalKeys = 10000
	// codeThrottled is the JSON error code of a throttled request.
	codeThrottled = "throttled"
)

// refusalCounts counts refusals by account ("user:ID") and by address
// ("addr:IP") within the current window of each.
type refusalCounts struct {
	mu sync.Mutex
	m  map[string]*refusalWindowCount
}

type refusalWindowCount struct {
	start     time.Time
	n         int
	throttled bool // the throttling of this window is audited
}

// over reports whether key is throttled at now, and for how long still; first
// reports that this is the first request throttled in the window.
func (c *refusalCounts) over(key string, now time.Time) (wait time.Duration, first bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	w := c.m[key]
	if w == nil || now.Sub(w.start) >= refusalWindow || w.n < refusalLimit {
		return 0, false
	}
	first = !w.throttled
	w.throttled = true
	return refusalWindow - now.Sub(w.start), first
}

// count adds a refusal of key at now.
func (c *refusalCounts) count(key string, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]*refusalWindowCount{}
	}
	w := c.m[key]
	if w == nil || now.Sub(w.start) >= refusalWindow {
		if w == nil && len(c.m) >= refusalKeys {
			for k, old := range c.m {
				if now.Sub(old.start) >= refusalWindow {
					delete(c.m, k)
				}
			}
			if len(c.m) >= refusalKeys {
				clear(c.m)
			}
		}
		w = &refusalWindowCount{start: now}
		c.m[key] = w
	}
	w.n++
}

// refusalKeysOf are the keys a request counts under: its address, and its
// account when it is signed in.
func refusalKeysOf(r *http.Request) []string {
	keys := []string{"addr:" + remoteHost(r.RemoteAddr)}
	if u := rollout.ActorFrom(r.Context()); u != nil {
		keys = append(keys, "user:"+strconv.FormatInt(u.ID, 10))
	}
	return keys
}

// throttleRefusals is the middleware (after authenticate, which names the
// account).
func (s *Server) throttleRefusals(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		keys := refusalKeysOf(r)
		now := s.now()
		for _, k := range keys {
			wait, first := s.refusals.over(k, now)
			if wait <= 0 {
				continue
			}
			if first {
				if err := s.audit.Audit(r.Context(), "access.throttled", rollout.BoundText(k, rollout.AuditObjectMax),
					fmt.Sprintf(`{"refusals":%d,"window_seconds":%d}`, refusalLimit, int(refusalWindow/time.Second))); err != nil {
					s.log.ErrorContext(r.Context(), "audit throttling", "err", err)
				}
			}
			secs := int(wait/time.Second) + 1
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			s.writeError(w, r, &httpError{status: http.StatusTooManyRequests, code: codeThrottled,
				message: rollout.ErrorText(requestLang(r), rollout.E(rollout.EINVALID, "err.ops.throttled", secs))})
			return
		}
		rw := &recordingWriter{ResponseWriter: w}
		next.ServeHTTP(rw, r)
		if rw.status == http.StatusForbidden {
			for _, k := range keys {
				s.refusals.count(k, now)
			}
		}
	})
}
