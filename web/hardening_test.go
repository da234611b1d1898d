package web

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// TestTextRefused: issue 15 item 8. A NUL byte or invalid UTF-8 in the path,
// the query, a form or a JSON body is refused with 400 and says so, before a
// handler (or the storage, which on PostgreSQL answered 500) sees it.
func TestTextRefused(t *testing.T) {
	site := newTestSite(t, newFake(t))
	form := http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}
	jsonType := http.Header{"Content-Type": {"application/json"}}
	for _, c := range []struct {
		identity, method, target string
		header                   http.Header
		body, want               string
	}{
		{"", "GET", "/api/v1/items?q=%00", nil, "", "查询参数 q 含有空字符"},
		{"", "GET", "/api/v1/items?q=%FF%FE", nil, "", "查询参数 q"},
		{"", "GET", "/items?q=a%00b", nil, "", "查询参数 q"},
		{"", "GET", "/api/v1/items/1%00", nil, "", "请求路径"},
		{"", "GET", "/units/%C3%28", nil, "", "请求路径"},
		{"", "POST", "/signin", form, "username=ad%00min&password=x", "表单字段 username"},
		{"", "POST", "/api/v1/session", jsonType, `{"username":"ad\u0000min","password":"x"}`, "JSON 请求体"},
		{"", "POST", "/api/v1/session", jsonType, `{"username":"admin","password":"\ud800x"}`, "不成对的代理项"},
		{"", "POST", "/api/v1/session", jsonType, "{\"username\":\"ad\xffmin\",\"password\":\"x\"}", "UTF-8"},
		{gdReporter, "PUT", "/api/v1/tasks/1/reports/2024Q3", jsonType, `{"measures":"a\u0000b"}`, "空字符"},
	} {
		rec := site.serveAs(t, c.identity, c.method, c.target, c.header, c.body)
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), c.want) {
			t.Errorf("%s %s %q: %d, want 400 saying %q\n%.300s", c.method, c.target, c.body, rec.Code, c.want, rec.Body.String())
		}
	}
	// In English too.
	rec := site.serveAs(t, "", "GET", "/api/v1/items?q=%00&lang=en", nil, "")
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "contains a NUL character") {
		t.Errorf("English: %d %s", rec.Code, rec.Body.String())
	}
	// A pair of surrogate escapes is a character, and text with it passes
	// the check (the sign-in itself fails: no such account).
	rec = site.serveAs(t, "", "POST", "/api/v1/session", jsonType, `{"username":"\ud83d\ude00","password":"x"}`)
	if rec.Code == http.StatusBadRequest {
		t.Errorf("a surrogate pair refused: %s", rec.Body.String())
	}
	for _, ok := range []string{`{"a":"\\u0000"}`, `{"a":"x\\\\"}`, `{"a":"\u00e9"}`, `"\ud83d\ude00"`} {
		if err := jsonText([]byte(ok)); err != nil {
			t.Errorf("jsonText(%s): %v", ok, err)
		}
	}
	for _, bad := range []string{`{"a":"\u0000"}`, `"\udc00"`, `"\ud800"`, `"\ud800\u0041"`, "\"\x00\"", "\"\xc3\x28\""} {
		if err := jsonText([]byte(bad)); err == nil {
			t.Errorf("jsonText(%q) passed", bad)
		}
	}
}

// TestHSTS: Strict-Transport-Security only when the site serves TLS itself.
func TestHSTS(t *testing.T) {
	h := http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})
	for _, hsts := range []bool{false, true} {
		rec := httptest.NewRecorder()
		securityHeaders(hsts)(h).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		checkSecurityHeaders(t, rec)
		if got := rec.Header().Get("Strict-Transport-Security"); (got != "") != hsts || (hsts && !strings.Contains(got, "max-age=31536000")) {
			t.Errorf("hsts %v: Strict-Transport-Security %q", hsts, got)
		}
	}
}

// TestRefusalsThrottled: issue 15 item 2. 200 refused requests with long
// paths by one account leave at most refusalLimit refusals in the trail, each
// with a bounded object, and one entry saying the rest were left out; the
// requests are still refused (403).
func TestRefusalsThrottled(t *testing.T) {
	site := newTestSite(t, newFake(t))
	before := len(site.audit.actions())
	long := "/admin/users/1?" + strings.Repeat("x", 100_000)
	hdr := site.as(t, gdReporter)
	for i := range 200 {
		rec := serve(site.Server, "GET", long+strconv.Itoa(i), hdr)
		if rec.Code != http.StatusForbidden {
			t.Fatalf("request %d: %d", i, rec.Code)
		}
	}
	site.audit.mu.Lock()
	added := site.audit.entries[before:]
	denied, throttled, size := 0, 0, 0
	for _, e := range added {
		size += len(e.Object) + len(e.After)
		switch e.Action {
		case "access.denied":
			denied++
		case "access.throttled":
			throttled++
		}
	}
	site.audit.mu.Unlock()
	if denied != refusalLimit || throttled < 1 || throttled > 2 {
		t.Errorf("%d refusals and %d throttling entries kept, want %d and 1 or 2 (account and address)", denied, throttled, refusalLimit)
	}
	if size > 10_000 {
		t.Errorf("the refusals take %d bytes of the trail", size)
	}
	t.Logf("200 refusals of 100 KB paths: %d entries (%d refusals, %d throttling), %d bytes of objects and details; log %d bytes",
		len(added), denied, throttled, size, len(site.logs.String()))
	// Another address, another account: not throttled.
	rec := serve(site.Server, "GET", "/admin/users/1", site.as(t, "reporter@110000"))
	if rec.Code != http.StatusForbidden {
		t.Errorf("another account: %d", rec.Code)
	}
	// The log keeps a bounded path too.
	if strings.Contains(site.logs.String(), strings.Repeat("x", 300)) {
		t.Error("the log keeps the whole path")
	}
}

// TestAuditPages: issue 15 item 2. The audit page goes through the trail a
// page at a time, by ID: the next page starts below the last entry shown.
func TestAuditPages(t *testing.T) {
	site := newTestSite(t, newFake(t))
	for range 120 {
		site.audit.record(t.Context(), "test.append", "n", "", "")
	}
	admin := site.as(t, "administrator@1")
	rec := serve(site.Server, "GET", "/admin/audit?limit=50", admin)
	page := rec.Body.String()
	i := strings.Index(page, "before=")
	if rec.Code != 200 || i < 0 {
		t.Fatalf("first page: %d, no link to older entries", rec.Code)
	}
	before := page[i+len("before="):]
	before = before[:strings.IndexAny(before, "&\"")]
	n, err := strconv.Atoi(before)
	total := len(site.audit.actions())
	if err != nil || n != total-49 {
		t.Errorf("older link before=%s, want %d", before, total-49)
	}
	rec = serve(site.Server, "GET", "/admin/audit?limit=50&before="+before, admin)
	second := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(second, `id="entry-`+strconv.Itoa(n-1)+`"`) ||
		strings.Contains(second, `id="entry-`+before+`"`) || !strings.Contains(page, `id="entry-`+before+`"`) {
		t.Errorf("second page: %d, want entries from %d down", rec.Code, n-1)
	}
	if rec := serve(site.Server, "GET", "/admin/audit?before=x", admin); rec.Code != 400 {
		t.Errorf("before=x: %d", rec.Code)
	}
}
