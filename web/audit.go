package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
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
	More   string
	Full   bool
	Error  string // why the filter was refused
	Verify *auditVerify
}

// auditInput is the filter as typed.
type auditInput struct {
	Actor, Action, Object string
	Since, Until          string // YYYY-MM-DD, Beijing time
	Limit                 int
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
