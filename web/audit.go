package web

import (
	"bytes"
	"context"
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

// Refusals are throttled in the audit trail, so that a prober cannot fill it
// (each refusal of a signed-in user is an entry; each cost 1.7 MB when its
// path was kept whole): after refusalLimit refusals within refusalWindow, an
// account, and an address, have their further refusals of the window left
// out of the trail, and that is audited once (access.throttled). The
// refusals are still refused, and logged with a bounded path.
const (
	refusalLimit  = 20
	refusalWindow = time.Minute
	// refusalKeys bounds the memory the counts take: past it, the windows
	// that have ended are forgotten, and then all of them.
	refusalKeys = 10000
	// refusalAction is the action of an audited refusal (auth.go).
	refusalAction = "access.denied"
)

// throttledAudit is the audit trail as the server writes it: refusals
// counted by account ("user:ID") and by address ("addr:IP") within the
// current window of each, and kept out of the trail past the limit.
type throttledAudit struct {
	rollout.AuditService
	now func() time.Time
	mu  sync.Mutex
	m   map[string]*refusalWindowCount
}

type refusalWindowCount struct {
	start     time.Time
	n         int
	throttled bool // the throttling of this window is audited
}

// Audit appends the entry, unless it is a refusal past the limit of its
// account or its address.
func (a *throttledAudit) Audit(ctx context.Context, action, object, detail string) error {
	if action != refusalAction {
		return a.AuditService.Audit(ctx, action, object, detail)
	}
	keys := []string{"addr:" + rollout.RemoteFrom(ctx)}
	if u := rollout.ActorFrom(ctx); u != nil {
		keys = append(keys, "user:"+strconv.FormatInt(u.ID, 10))
	}
	var newlyThrottled []string
	over := false
	a.mu.Lock()
	now := a.now()
	for _, k := range keys {
		w := a.window(k, now)
		w.n++
		if w.n > refusalLimit {
			over = true
			if !w.throttled {
				w.throttled = true
				newlyThrottled = append(newlyThrottled, k)
			}
		}
	}
	a.mu.Unlock()
	if !over {
		return a.AuditService.Audit(ctx, action, object, detail)
	}
	for _, k := range newlyThrottled {
		err := a.AuditService.Audit(ctx, "access.throttled", k,
			fmt.Sprintf(`{"refusals":%d,"window_seconds":%d}`, refusalLimit, int(refusalWindow/time.Second)))
		if err != nil {
			return err
		}
	}
	return nil
}

// window is the current window of key; a.mu is held.
func (a *throttledAudit) window(key string, now time.Time) *refusalWindowCount {
	if a.m == nil {
		a.m = map[string]*refusalWindowCount{}
	}
	w := a.m[key]
	if w != nil && now.Sub(w.start) < refusalWindow {
		return w
	}
	if w == nil && len(a.m) >= refusalKeys {
		for k, old := range a.m {
			if now.Sub(old.start) >= refusalWindow {
				delete(a.m, k)
			}
		}
		if len(a.m) >= refusalKeys {
			clear(a.m)
		}
	}
	w = &refusalWindowCount{start: now}
	a.m[key] = w
	return w
}

// auditAPIPage is the answer of GET /api/v1/audit: a page of entries, newest
// first, and the address of the next page when this one is full.
type auditAPIPage struct {
	Entries []rollout.AuditEntry `json:"entries"`
	Next    string               `json:"next,omitempty"`
}

// apiAudit serves GET /api/v1/audit: the audit page's filter as JSON, a page
// at a time (at most maxAuditLimit entries, before= for the next).
func (s *Server) apiAudit(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadAudit, rollout.Target{}); err != nil {
		return err
	}
	q := r.URL.Query()
	in, f, err := readAuditFilter(requestLang(r), q)
	if err != nil {
		return err
	}
	entries, err := s.audit.AuditEntries(r.Context(), f)
	if err != nil {
		return err
	}
	p := auditAPIPage{Entries: orEmpty(entries)}
	if len(entries) >= in.Limit {
		next := url.Values{}
		for k, v := range q {
			next[k] = v
		}
		next.Set("before", strconv.FormatInt(entries[len(entries)-1].ID, 10))
		p.Next = "/api/v1/audit?" + next.Encode()
	}
	return writeJSON(w, http.StatusOK, p)
}
