package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"rollout"
)

// policy is who may use a route, as this test states it, apart from the code
// that decides: the matrix below holds every route to one.
type policy int

const (
	public      policy = iota // the catalogue: everyone, signed in or not
	open                      // signing in and out: everyone
	self                      // one's own session, account and tokens: anyone signed in
	readUnit                  // the tasks of 广东省: those whose grant reaches it
	divideUnit                // dividing 广东省's tasks: its reporters and reviewers, coordinators
	readItem                  // an item's tasks: anyone who reads tasks somewhere
	systemAdmin               // accounts and the audit trail: an administrator at the root
	reportUnit                // reporting on 广东省's tasks: its reporters and reviewers, coordinators
	reviewUnit                // the queue of reports from below 广东省: its reviewers, coordinators
	reviewTop                 // reviewing 广东省's own first-level task: the level above, the root's reviewers and coordinators
	// Operations endpoints: not role-based. network is /metrics, decided by
	// the client's address and the metrics token, never by a sign-in: from the
	// matrix's address (192.0.2.1, not allowed) it is 403 for everyone,
	// anonymous or not. TestMetricsAccess tests who is let in.
	network
	// Evaluation rounds. The matrix's round (openRound) has the evaluators
	// at 广东省 and at the root assigned, not the one at 四川省.
	listRounds   // the list of rounds: coordinators and evaluators (each sees its own)
	manageRounds // opening, assigning, closing: coordinators
	readRound    // a round, its scorecard, report, bulletin: coordinators and its evaluators
	scoreRound   // scoring in a round: its evaluators only
	// National picture and indicators
	coordinate // the indicators of items: coordinators
)

// locality is where an identity of the matrix holds its role.
type locality string

const (
	own     locality = "440000" // 广东省, the province of every target
	foreign locality = "510000" // 四川省
	root    locality = "1"      // 国务院, the root of the tree
)

// expected reports whether a role held at a locality may use a route of
// policy p. Anonymous visitors may use public and open routes only.
func expected(p policy, role rollout.Role, at locality) bool {
	if ok, known := expectedCoord(p, role, at); known { // Coordination
		return ok
	}
	readers := []rollout.Role{rollout.RoleViewer, rollout.RoleReporter, rollout.RoleReviewer, rollout.RoleCoordinator, rollout.RoleAdmin}
	dividers := []rollout.Role{rollout.RoleReporter, rollout.RoleReviewer, rollout.RoleCoordinator}
	switch p {
	case public, open, self:
		return true
	case readUnit:
		return role == rollout.RoleCoordinator || (at != foreign && slices.Contains(readers, role))
	case divideUnit:
		return role == rollout.RoleCoordinator || (at != foreign && slices.Contains(dividers, role))
	case readItem:
		return role != rollout.RoleEvaluator
	case systemAdmin:
		return role == rollout.RoleAdmin && at == root
	case reportUnit:
		return role == rollout.RoleCoordinator || (at != foreign && slices.Contains(dividers, role))
	case reviewUnit:
		return role == rollout.RoleCoordinator || (at != foreign && role == rollout.RoleReviewer)
	case reviewTop:
		return role == rollout.RoleCoordinator || (at == root && role == rollout.RoleReviewer)
	case network:
		return false
	// Evaluation rounds.
	case listRounds:
		return role == rollout.RoleCoordinator || role == rollout.RoleEvaluator
	case manageRounds:
		return role == rollout.RoleCoordinator
	case readRound:
		return role == rollout.RoleCoordinator || (role == rollout.RoleEvaluator && at != foreign)
	case scoreRound:
		return role == rollout.RoleEvaluator && at != foreign
	// National picture and indicators
	case coordinate:
		return role == rollout.RoleCoordinator
	}
	panic("unknown policy")
}

// matrixRoute is one route of the matrix: its policy and a request that
// reaches its handler. Requests that write are made so that, once allowed,
// they are refused for their input (400) or change nothing the other
// requests rely on.
type matrixRoute struct {
	policy policy
	path   string // may hold {css} and {task:U/I}
	header http.Header
	body   string
}

// TestAuthorizationMatrix: every route the server registers has a declared
// policy here (a new route cannot be forgotten), and is requested anonymously
// and as each role held at 广东省 (the target's province), at 四川省 and at
// the root. Allowed means neither 401 nor 403 nor a redirect to the sign-in
// page; a refusal is a redirect to the sign-in page (pages) or 401 (API) for
// an anonymous visitor, and 403 for a signed-in user, whose page names no
// unit of 广东省.
func TestAuthorizationMatrix(t *testing.T) {
	site := newTestSite(t, newFake(t))
	gdTask := "{task:440000/1024}"
	routes := map[string]matrixRoute{
		"GET /{$}":                          {policy: public, path: "/"},
		"GET /batches/{n}":                  {policy: public, path: "/batches/7"},
		"GET /batches/{n}/source":           {policy: public, path: "/batches/7/source"},
		"GET /items/{id}":                   {policy: public, path: "/items/1001"},
		"GET /search":                       {policy: public, path: "/search?q=" + q("知识产权")},
		"GET /static/{hash}/{file}":         {policy: public, path: "{css}"},
		"GET /items/{id}/tree":              {policy: readItem, path: "/items/1001/tree"},
		"GET /units/{id}":                   {policy: readUnit, path: "/units/440000"},
		"GET /units/{id}/tasks":             {policy: readUnit, path: "/units/440000/tasks"},
		"GET /tasks/{id}/divide":            {policy: divideUnit, path: "/tasks/" + gdTask + "/divide"},
		"POST /tasks/{id}/divide":           {policy: divideUnit, path: "/tasks/" + gdTask + "/divide", header: formPost, body: "deadline=x"},
		"GET /units/{id}/reissue":           {policy: divideUnit, path: "/units/440000/reissue"},
		"POST /units/{id}/reissue":          {policy: divideUnit, path: "/units/440000/reissue", header: formPost, body: "batch=7"},
		"POST /units/{id}/reissue/confirm":  {policy: divideUnit, path: "/units/440000/reissue/confirm", header: formPost, body: "batch=7"},
		"GET /signin":                       {policy: open, path: "/signin"},
		"POST /signin":                      {policy: open, path: "/signin", header: formPost, body: "username=&password="},
		"POST /signout":                     {policy: open, path: "/signout"},
		"GET /account":                      {policy: self, path: "/account"},
		"POST /account/password":            {policy: self, path: "/account/password", header: formPost, body: "current="},
		"POST /account/signout-all":         {policy: self, path: "/account/signout-all"},
		"GET /admin/users":                  {policy: systemAdmin, path: "/admin/users"},
		"POST /admin/users":                 {policy: systemAdmin, path: "/admin/users", header: formPost, body: "username="},
		"GET /admin/users/{id}":             {policy: systemAdmin, path: "/admin/users/1"},
		"POST /admin/users/{id}/grants":     {policy: systemAdmin, path: "/admin/users/1/grants", header: formPost, body: "keep=440000:reporter&unit=" + q("火星省") + "&role=viewer"},
		"POST /admin/users/{id}/disabled":   {policy: systemAdmin, path: "/admin/users/1/disabled", header: formPost, body: "disabled=maybe"},
		"POST /admin/users/{id}/password":   {policy: systemAdmin, path: "/admin/users/1/password", header: formPost, body: "password=a&confirm=b"},
		"POST /admin/users/{id}/unlock":     {policy: systemAdmin, path: "/admin/users/1/unlock", header: formPost},
		"GET /admin/audit":                  {policy: systemAdmin, path: "/admin/audit"},
		"POST /admin/tokens/{id}/revoke":    {policy: systemAdmin, path: "/admin/tokens/999/revoke", header: formPost},
		"GET /api/v1/audit":                 {policy: systemAdmin, path: "/api/v1/audit"},
		"GET /api/openapi.json":             {policy: public, path: "/api/openapi.json"},
		"GET /api/v1/batches":               {policy: public, path: "/api/v1/batches"},
		"GET /api/v1/batches/{n}":           {policy: public, path: "/api/v1/batches/7"},
		"GET /api/v1/items":                 {policy: public, path: "/api/v1/items?q=" + q("知识产权")},
		"GET /api/v1/items/{id}":            {policy: public, path: "/api/v1/items/1001"},
		"GET /api/v1/items/{id}/tasks":      {policy: readItem, path: "/api/v1/items/1001/tasks"},
		"GET /api/v1/units/{id}":            {policy: readUnit, path: "/api/v1/units/440000"},
		"GET /api/v1/units/{id}/tasks":      {policy: readUnit, path: "/api/v1/units/440000/tasks"},
		"GET /api/v1/tasks/{id}":            {policy: readUnit, path: "/api/v1/tasks/" + gdTask},
		"POST /api/v1/tasks/{id}/divisions": {policy: divideUnit, path: "/api/v1/tasks/" + gdTask + "/divisions", header: jsonPost, body: `{"divisions": []}`},
		"POST /api/v1/units/{id}/reissue":   {policy: divideUnit, path: "/api/v1/units/440000/reissue", header: textPost, body: "x"},
		"POST /api/v1/session":              {policy: open, path: "/api/v1/session", header: jsonPost, body: `{}`},
		"GET /api/v1/session":               {policy: self, path: "/api/v1/session"},
		"DELETE /api/v1/session":            {policy: open, path: "/api/v1/session"},
		"POST /api/v1/tokens":               {policy: self, path: "/api/v1/tokens", header: jsonPost, body: `{}`},
		"GET /api/v1/tokens":                {policy: self, path: "/api/v1/tokens"},
		"DELETE /api/v1/tokens/{id}":        {policy: self, path: "/api/v1/tokens/999"},
		"GET /api/v1/admin/tokens":          {policy: systemAdmin, path: "/api/v1/admin/tokens"},
		"DELETE /api/v1/admin/tokens/{id}":  {policy: systemAdmin, path: "/api/v1/admin/tokens/999"},

		// The supervision loop. The writes are refused for their input once
		// allowed: a return without a reason, a report without a status.
		"GET /tasks/{id}":                         {policy: readUnit, path: "/tasks/" + gdTask},
		"POST /tasks/{id}/steps":                  {policy: reviewTop, path: "/tasks/" + gdTask + "/steps", header: formPost, body: "kind=return&note="},
		"GET /tasks/{id}/report":                  {policy: reportUnit, path: "/tasks/" + gdTask + "/report"},
		"POST /tasks/{id}/report":                 {policy: reportUnit, path: "/tasks/" + gdTask + "/report", header: formPost, body: "period=2024Q3&version=0&action=save"},
		"GET /evidence/{id}":                      {policy: readUnit, path: "/evidence/2?task={task:440300/1001}&period=2024Q2"},
		"GET /units/{id}/reviews":                 {policy: reviewUnit, path: "/units/440000/reviews"},
		"GET /units/{id}/overdue":                 {policy: readUnit, path: "/units/440000/overdue"},
		"GET /api/v1/tasks/{id}/timeline":         {policy: readUnit, path: "/api/v1/tasks/" + gdTask + "/timeline"},
		"GET /glossary":                           {policy: public, path: "/glossary"},
		"POST /units/{id}/tasks/acknowledge":      {policy: reportUnit, path: "/units/440000/tasks/acknowledge", header: formPost, body: ""},
		"POST /api/v1/tasks/acknowledgements":     {policy: self, path: "/api/v1/tasks/acknowledgements", header: jsonPost, body: `{"task_ids": []}`},
		"POST /api/v1/tasks/{id}/steps":           {policy: reviewTop, path: "/api/v1/tasks/" + gdTask + "/steps", header: jsonPost, body: `{"kind": "return", "note": ""}`},
		"GET /api/v1/tasks/{id}/reports/{period}": {policy: readUnit, path: "/api/v1/tasks/{task:440300/1001}/reports/2024Q2"},
		"PUT /api/v1/tasks/{id}/reports/{period}": {policy: reportUnit, path: "/api/v1/tasks/" + gdTask + "/reports/2024Q3", header: jsonPost, body: `{"version": 0, "status": "bogus"}`},
		"GET /api/v1/units/{id}/reviews":          {policy: reviewUnit, path: "/api/v1/units/440000/reviews"},
		"GET /api/v1/units/{id}/overdue":          {policy: readUnit, path: "/api/v1/units/440000/overdue"},
		// 督办 and requests for a later deadline: refused for their input once
		// allowed (no note, no reason, a request that is not there).
		"POST /tasks/{id}/urge":                             {policy: reviewTop, path: "/tasks/" + gdTask + "/urge", header: formPost, body: "note="},
		"POST /tasks/{id}/extensions":                       {policy: reportUnit, path: "/tasks/" + gdTask + "/extensions", header: formPost, body: "deadline=2099-01-01&reason="},
		"POST /tasks/{id}/extensions/{eid}":                 {policy: reviewTop, path: "/tasks/" + gdTask + "/extensions/999", header: formPost, body: "decision=grant"},
		"POST /api/v1/tasks/{id}/urges":                     {policy: reviewTop, path: "/api/v1/tasks/" + gdTask + "/urges", header: jsonPost, body: `{"note": ""}`},
		"GET /api/v1/tasks/{id}/extensions":                 {policy: readUnit, path: "/api/v1/tasks/" + gdTask + "/extensions"},
		"POST /api/v1/tasks/{id}/extensions":                {policy: reportUnit, path: "/api/v1/tasks/" + gdTask + "/extensions", header: jsonPost, body: `{"deadline": "x", "reason": ""}`},
		"POST /api/v1/tasks/{id}/extensions/{eid}/decision": {policy: reviewTop, path: "/api/v1/tasks/" + gdTask + "/extensions/999/decision", header: jsonPost, body: `{"grant": true}`},
		// Notifications: one's own. Marking read is refused for its input.
		"GET /notifications":              {policy: self, path: "/notifications"},
		"POST /notifications/read":        {policy: self, path: "/notifications/read", header: formPost, body: "id=x"},
		"GET /api/v1/notifications":       {policy: self, path: "/api/v1/notifications"},
		"POST /api/v1/notifications/read": {policy: self, path: "/api/v1/notifications/read", header: jsonPost, body: `{"ids": [-1]}`},

		// Spreadsheets. The imports are refused for their input once allowed:
		// a form that is not multipart, a body that is not a workbook.
		"GET /units/{id}/template.xlsx":          {policy: reportUnit, path: "/units/440000/template.xlsx?period=2024Q3"},
		"GET /units/{id}/import":                 {policy: reportUnit, path: "/units/440000/import"},
		"POST /units/{id}/import":                {policy: reportUnit, path: "/units/440000/import", header: formPost, body: "submit=1"},
		"GET /api/v1/units/{id}/template.xlsx":   {policy: reportUnit, path: "/api/v1/units/440000/template.xlsx"},
		"POST /api/v1/units/{id}/reports/import": {policy: reportUnit, path: "/api/v1/units/440000/reports/import?submit=true", header: textPost, body: "x"},

		// Operations: /healthz and /readyz open to all, /metrics by network.
		"GET /healthz": {policy: open, path: "/healthz"},
		"GET /readyz":  {policy: open, path: "/readyz"},
		"GET /metrics": {policy: network, path: "/metrics"},
		// Evaluation rounds. The writes are refused for their input once
		// allowed (no batch, a bad choice or score), or close the round that
		// is closed already (409).
		"GET /rounds":                                  {policy: listRounds, path: "/rounds"},
		"GET /rounds/new":                              {policy: manageRounds, path: "/rounds/new"},
		"POST /rounds":                                 {policy: manageRounds, path: "/rounds", header: formPost, body: "name=x"},
		"GET /rounds/{id}":                             {policy: readRound, path: "/rounds/1"},
		"POST /rounds/{id}/evaluators":                 {policy: manageRounds, path: "/rounds/1/evaluators", header: formPost, body: "evaluator=x"},
		"POST /rounds/{id}/close":                      {policy: manageRounds, path: "/rounds/3/close"},
		"GET /rounds/{id}/score":                       {policy: scoreRound, path: "/rounds/1/score"},
		"POST /rounds/{id}/score":                      {policy: scoreRound, path: "/rounds/1/score", header: formPost, body: "s-440000-1=abc"},
		"GET /rounds/{id}/scorecard":                   {policy: readRound, path: "/rounds/1/scorecard"},
		"GET /rounds/{id}/report":                      {policy: readRound, path: "/rounds/1/report"},
		"GET /rounds/{id}/bulletin":                    {policy: readRound, path: "/rounds/1/bulletin"},
		"GET /rounds/{id}/units/{unit}":                {policy: readRound, path: "/rounds/1/units/440000"},
		"GET /api/v1/rounds/{id}/units/{unit}/reports": {policy: readRound, path: "/api/v1/rounds/1/units/440000/reports"},
		"GET /api/v1/rounds":                           {policy: listRounds, path: "/api/v1/rounds"},
		"POST /api/v1/rounds":                          {policy: manageRounds, path: "/api/v1/rounds", header: jsonPost, body: `{}`},
		"GET /api/v1/rounds/{id}":                      {policy: readRound, path: "/api/v1/rounds/1"},
		"PUT /api/v1/rounds/{id}/evaluators":           {policy: manageRounds, path: "/api/v1/rounds/1/evaluators", header: jsonPost, body: `{"evaluators": [999999]}`},
		"POST /api/v1/rounds/{id}/close":               {policy: manageRounds, path: "/api/v1/rounds/3/close"},
		"GET /api/v1/rounds/{id}/scores":               {policy: readRound, path: "/api/v1/rounds/1/scores"},
		"PUT /api/v1/rounds/{id}/scores":               {policy: scoreRound, path: "/api/v1/rounds/1/scores", header: jsonPost, body: `{"scores": [{"unit_id": 440000, "criterion": 1, "value": 99}]}`},
		"GET /api/v1/rounds/{id}/scorecard":            {policy: readRound, path: "/api/v1/rounds/1/scorecard"},
		// National picture: the map and the matrix show the cells a user may
		// read (every reader sees its own province's column, 四川省's too);
		// the drill-down is the task's. Indicators: edited by coordinators,
		// refused for their input once allowed.
		"GET /picture":                       {policy: readItem, path: "/picture?batch=7"},
		"GET /matrix":                        {policy: readItem, path: "/matrix?batch=7"},
		"GET /tasks/{id}/below":              {policy: readUnit, path: "/tasks/" + gdTask + "/below"},
		"GET /items/{id}/progress":           {policy: public, path: "/items/1001/progress"},
		"GET /items/{id}/progress/{task}":    {policy: public, path: "/items/1001/progress/" + gdTask},
		"GET /places/{id}":                   {policy: public, path: "/places/440300"},
		"GET /api/v1/matrix":                 {policy: readItem, path: "/api/v1/matrix?batch=7"},
		"GET /api/v1/tasks/{id}/below":       {policy: readUnit, path: "/api/v1/tasks/" + gdTask + "/below"},
		"POST /items/{id}/indicators":        {policy: coordinate, path: "/items/1001/indicators", header: formPost, body: "op=save&indicator_id=0&name=&direction=higher"},
		"GET /api/v1/items/{id}/indicators":  {policy: public, path: "/api/v1/items/1001/indicators"},
		"POST /api/v1/items/{id}/indicators": {policy: coordinate, path: "/api/v1/items/1001/indicators", header: jsonPost, body: `{"name": ""}`},
		"PUT /api/v1/indicators/{id}":        {policy: coordinate, path: "/api/v1/indicators/999", header: jsonPost, body: `{"name": ""}`},
		"DELETE /api/v1/indicators/{id}":     {policy: coordinate, path: "/api/v1/indicators/999"},
		// Notice intake: coordinators; refused for their input once allowed
		// (a bad batch, no notice), or a batch that does not exist (404).
		"GET /notices/new":                    {policy: coordinate, path: "/notices/new"},
		"POST /notices/preview":               {policy: coordinate, path: "/notices/preview", header: formPost, body: "batch=x"},
		"POST /notices":                       {policy: coordinate, path: "/notices", header: formPost, body: "batch=x"},
		"GET /batches/{n}/assignment":         {policy: coordinate, path: "/batches/7/assignment"},
		"POST /batches/{n}/assignment":        {policy: coordinate, path: "/batches/999/assignment", header: formPost},
		"POST /api/v1/notices":                {policy: coordinate, path: "/api/v1/notices?dry_run=true", header: textPost, body: "x"},
		"POST /api/v1/batches/{n}/assignment": {policy: coordinate, path: "/api/v1/batches/999/assignment", header: jsonPost},
	}

	for pattern, rt := range coordMatrix(t, site) { // Coordination
		routes[pattern] = rt
	}
	registered := site.Routes()
	for pattern := range routes {
		if !slices.Contains(registered, pattern) {
			t.Errorf("the matrix declares %q, which the server does not register", pattern)
		}
	}
	roles := rollout.Roles
	for _, pattern := range registered {
		rt, ok := routes[pattern]
		if !ok {
			t.Errorf("route %q has no policy in the matrix: declare who may use it", pattern)
			continue
		}
		method, _, _ := strings.Cut(pattern, " ")
		path := site.expand(t, rt.path)
		if req := httptest.NewRequest(method, path, nil); func() string { _, p := site.mux.Handler(req); return p }() != pattern {
			t.Errorf("%s: the matrix's request %s %s is not served by it", pattern, method, path)
			continue
		}
		api := strings.HasPrefix(path, "/api/") || isOpsPath(path)
		t.Run(pattern, func(t *testing.T) {
			if rt.policy == network {
				for _, who := range append([]string{""}, matrixIdentities(roles)...) {
					if rec := serveBody(site.Server, method, path, with(site.as(t, who), rt.header), rt.body); rec.Code != http.StatusForbidden {
						t.Errorf("%q: %d, want 403 from an address not allowed", who, rec.Code)
					}
				}
				return
			}
			// Anonymous.
			rec := serveBody(site.Server, method, path, rt.header, rt.body)
			anonOK := rt.policy == public || rt.policy == open
			checkOutcome(t, "anonymous", rec, api, anonOK, true)
			for _, role := range roles {
				for _, at := range []locality{own, foreign, root} {
					who := string(role) + "@" + string(at)
					rec := serveBody(site.Server, method, path, with(site.as(t, who), rt.header), rt.body)
					checkOutcome(t, who, rec, api, expected(rt.policy, role, at), false)
				}
			}
		})
	}
	if site.supervise.writes != 0 {
		t.Errorf("the matrix urged or decided extensions %d times: its requests must change nothing", site.supervise.writes)
	}
	if site.tasks.divides != 0 || site.tasks.cascades != 0 || site.reports.writes != 0 {
		t.Errorf("the matrix divided (%d), cascaded (%d) or wrote to the loop (%d): its requests must change nothing",
			site.tasks.divides, site.tasks.cascades, site.reports.writes)
	}
	if strings.Contains(site.logs.String(), "level=ERROR") {
		t.Errorf("the matrix logged an error:\n%s", site.logs)
	}
	// Evaluation rounds.
	if site.evals.writes != 0 {
		t.Errorf("the matrix changed evaluation rounds %d times: its requests must change nothing", site.evals.writes)
	}
}

// signinRedirect reports whether a response sends to the sign-in page to
// come back: a refusal of an anonymous visitor (not the page after signing
// out, which is /signin?done=…).
func signinRedirect(rec *httptest.ResponseRecorder) bool {
	loc := rec.Header().Get("Location")
	return rec.Code == http.StatusSeeOther && (loc == "/signin" || strings.HasPrefix(loc, "/signin?next="))
}

func checkOutcome(t *testing.T, who string, rec *httptest.ResponseRecorder, api, allowed, anonymous bool) {
	t.Helper()
	refused := rec.Code == http.StatusUnauthorized || rec.Code == http.StatusForbidden || signinRedirect(rec)
	switch {
	case allowed && refused:
		t.Errorf("%s: refused (%d %s), want allowed\n%.300s", who, rec.Code, rec.Header().Get("Location"), rec.Body)
	case !allowed && !refused:
		t.Errorf("%s: allowed (%d), want refused", who, rec.Code)
	case !allowed && anonymous && api && rec.Code != http.StatusUnauthorized:
		t.Errorf("%s: %d, want 401", who, rec.Code)
	case !allowed && anonymous && !api && !signinRedirect(rec):
		t.Errorf("%s: %d, want a redirect to the sign-in page", who, rec.Code)
	case !allowed && !anonymous && rec.Code != http.StatusForbidden:
		t.Errorf("%s: %d, want 403", who, rec.Code)
	}
	if !allowed && strings.Contains(rec.Body.String(), "广东") {
		t.Errorf("%s: the refusal names the unit it refuses:\n%.500s", who, rec.Body)
	}
	if !allowed && !anonymous && api && rec.Header().Get("Content-Type") != jsonType {
		t.Errorf("%s: the API's refusal is not JSON", who)
	}
}

// nanshanTask divides Shenzhen's task for item 1 on to 南山区 too, so that
// 福田区 has a sibling county with a task, and returns the two counties' tasks.
func nanshanTask(t *testing.T, site *testSite) (futianTask, nanshanTask *rollout.Task) {
	t.Helper()
	sz := site.tasks.first(t, guangdong, 1001)
	var shenzhenTask *rollout.Task
	for _, c := range site.tasks.under(sz.ID) {
		if c.UnitID == shenzhen {
			shenzhenTask = c
		}
	}
	if _, err := site.tasks.Divide(context.Background(), shenzhenTask.ID, []rollout.Division{
		{UnitID: 440305, Role: rollout.RoleLead, Deadline: rollout.ParseDeadline("2024年6月底前"), Deliverable: "南山区实施方案"},
	}); err != nil {
		t.Fatal(err)
	}
	site.tasks.divides = 0
	for _, c := range site.tasks.under(shenzhenTask.ID) {
		switch c.UnitID {
		case futian:
			futianTask = c
		case 440305:
			nanshanTask = c
		}
	}
	if futianTask == nil || nanshanTask == nil || nanshanTask.UnitName != "南山区" {
		t.Fatalf("fixture: 福田区 %v, 南山区 %v", futianTask, nanshanTask)
	}
	return futianTask, nanshanTask
}

// TestCountyCannotReachAnotherCounty: a reporter of 福田区 reads and divides
// its own task, but neither reads nor divides 南山区's, by page or by API, and
// no refusal tells anything of it; the item's tree shows 福田区's task only.
func TestCountyCannotReachAnotherCounty(t *testing.T) {
	site := newTestSite(t, newFake(t))
	own, other := nanshanTask(t, site)
	const county = "reporter@440304"
	for _, tt := range []struct {
		method, path string
		header       http.Header
		body         string
	}{
		{"GET", "/units/440305", nil, ""},
		{"GET", "/units/440305/tasks", nil, ""},
		{"GET", fmt.Sprintf("/tasks/%d/divide", other.ID), nil, ""},
		{"POST", fmt.Sprintf("/tasks/%d/divide", other.ID), formPost, "deadline=x&role-440305=lead"},
		{"GET", "/units/440305/reissue", nil, ""},
		{"GET", "/api/v1/units/440305", nil, ""},
		{"GET", "/api/v1/units/440305/tasks", nil, ""},
		{"GET", fmt.Sprintf("/api/v1/tasks/%d", other.ID), nil, ""},
		{"POST", fmt.Sprintf("/api/v1/tasks/%d/divisions", other.ID), jsonPost, `{"divisions": [{"unit_id": 440305, "role": "lead", "deadline": "x"}]}`},
		// The city above is no more the county's than its sibling.
		{"GET", "/units/440300/tasks", nil, ""},
		{"GET", fmt.Sprintf("/api/v1/tasks/%d", own.ParentID), nil, ""},
	} {
		rec := site.serveAs(t, county, tt.method, tt.path, tt.header, tt.body)
		body := rec.Body.String()
		if rec.Code != http.StatusForbidden {
			t.Errorf("%s %s: %d, want 403", tt.method, tt.path, rec.Code)
		}
		for _, leak := range []string{"南山区", "深圳市", "实施方案"} {
			if strings.Contains(body, leak) {
				t.Errorf("%s %s: the refusal tells %q", tt.method, tt.path, leak)
			}
		}
	}
	if site.tasks.divides != 0 {
		t.Errorf("Divide called %d times", site.tasks.divides)
	}
	for _, path := range []string{"/units/440304/tasks", fmt.Sprintf("/api/v1/tasks/%d", own.ID), "/api/v1/units/440304/tasks"} {
		if rec := site.getAs(t, county, "GET", path, nil); rec.Code != 200 {
			t.Errorf("own %s: %d", path, rec.Code)
		}
	}

	tree := site.getAs(t, county, "GET", "/items/1001/tree", nil)
	page := tree.Body.String()
	if tree.Code != 200 || !strings.Contains(page, "福田区") || !strings.Contains(page, "仅显示您的账号有权查看的任务。") {
		t.Errorf("tree: %d\n%s", tree.Code, page)
	}
	for _, leak := range []string{"南山区", "广州市", "北京市", "省住房城乡建设厅", "tree.orphans", "上级任务缺失"} {
		if strings.Contains(page, leak) {
			t.Errorf("the county's tree shows %q", leak)
		}
	}
	rec := site.getAs(t, county, "GET", "/api/v1/items/1001/tasks", nil)
	var list struct {
		Tasks    []apiTask `json:"tasks"`
		Count    int       `json:"count"`
		Filtered bool      `json:"filtered"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil || list.Count != 1 || !list.Filtered || list.Tasks[0].ID != own.ID {
		t.Errorf("API tree: %v %+v", err, list)
	}

	denied := 0
	site.audit.mu.Lock()
	for _, e := range site.audit.entries {
		if e.Action == "access.denied" {
			denied++
			if e.Actor != "reporter.440304" || e.Remote != "192.0.2.1" {
				t.Errorf("refusal audited as %q from %q", e.Actor, e.Remote)
			}
		}
	}
	site.audit.mu.Unlock()
	if denied != 11 {
		t.Errorf("%d refusals audited, want 11", denied)
	}
}

// TestItemTasksByGrant: what each kind of user reads of an item's tasks.
func TestItemTasksByGrant(t *testing.T) {
	site := newTestSite(t, newFake(t))
	count := func(who, item string) (int, bool, int) {
		rec := site.getAs(t, who, "GET", "/api/v1/items/"+item+"/tasks", nil)
		var list struct {
			Count    int  `json:"count"`
			Filtered bool `json:"filtered"`
		}
		json.Unmarshal(rec.Body.Bytes(), &list)
		return list.Count, list.Filtered, rec.Code
	}
	for _, tt := range []struct {
		who, item string
		count     int
		filtered  bool
		status    int
	}{
		{"coordinator@1", "1001", 36, false, 200},
		{"viewer@1", "1001", 36, false, 200},           // a grant at the root reaches every unit
		{"viewer@101", "1001", 36, false, 200},         // 住房城乡建设部 is responsible for item 1: every region
		{"viewer@101", "1014", 0, true, 200},           // … but not for item 14
		{"viewer@112", "1014", 34, false, 200},         // 国家知识产权局 is, with 31 provinces and 2 others
		{"reporter@440000", "1001", 5, true, 200},      // 广东省 and the four tasks below it
		{"viewer@510000", "1001", 1, true, 200},        // 四川省's own task
		{"viewer@440300", "1001", 2, true, 200},        // 深圳市 and 福田区
		{"administrator@440000", "1001", 5, true, 200}, // administrators read tasks too
		{"evaluator@440000", "1001", 0, false, 403},    // evaluators read no task
		{"reviewer@9044", "1023", 1, true, 200},        // 广东自贸试验区's task for an FTZ item
		{"reviewer@9044", "1001", 0, true, 200},        // … and none of a nationwide item
	} {
		n, filtered, status := count(tt.who, tt.item)
		if status != tt.status || (status == 200 && (n != tt.count || filtered != tt.filtered)) {
			t.Errorf("%s, item %s: %d tasks (filtered %v), status %d; want %d (%v), %d", tt.who, tt.item, n, filtered, status, tt.count, tt.filtered, tt.status)
		}
	}
	page := site.getAs(t, "reviewer@9044", "GET", "/items/1001/tree", nil).Body.String()
	if !strings.Contains(page, "本事项没有您的账号有权查看的任务。") {
		t.Error("an empty filtered tree does not say why")
	}
	// A ministry reads the task of its item in a province, not the province's inbox.
	gd := site.tasks.first(t, guangdong, 1001)
	if rec := site.getAs(t, "viewer@101", "GET", fmt.Sprintf("/api/v1/tasks/%d", gd.ID), nil); rec.Code != 200 {
		t.Errorf("the ministry reads its item's task in 广东省: %d", rec.Code)
	}
	if rec := site.getAs(t, "viewer@101", "GET", "/units/440000/tasks", nil); rec.Code != 403 {
		t.Errorf("the ministry reads 广东省's inbox: %d", rec.Code)
	}
	if rec := site.getAs(t, "viewer@101", "GET", fmt.Sprintf("/tasks/%d/divide", gd.ID), nil); rec.Code != 403 {
		t.Errorf("the ministry divides 广东省's task: %d", rec.Code)
	}
}

// TestDivideLinksFollowPermission: a viewer sees its unit's tasks without the
// divide and re-issue links it could not follow.
func TestDivideLinksFollowPermission(t *testing.T) {
	site := newTestSite(t, newFake(t))
	for _, tt := range []struct {
		who  string
		want bool
	}{{"viewer@440000", false}, {gdReporter, true}, {"administrator@1", false}, {"coordinator@1", true}} {
		for _, path := range []string{"/units/440000/tasks", "/units/440000"} {
			body := site.getAs(t, tt.who, "GET", path, nil).Body.String()
			if got := strings.Contains(body, "/reissue"); got != tt.want {
				t.Errorf("%s %s: re-issue link %v, want %v", tt.who, path, got, tt.want)
			}
			if path == "/units/440000/tasks" && strings.Contains(body, "/divide") != tt.want {
				t.Errorf("%s %s: divide links %v, want %v", tt.who, path, !tt.want, tt.want)
			}
		}
	}
}

// TestAuthentication: how a request's user is found.
func TestAuthentication(t *testing.T) {
	site := newTestSite(t, newFake(t))

	// A session cookie: the user, no caching, the user in the log.
	rec := site.getAs(t, gdReporter, "GET", "/units/440000/tasks", nil)
	if rec.Code != 200 || rec.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("session: %d, Cache-Control %q", rec.Code, rec.Header().Get("Cache-Control"))
	}
	if !strings.Contains(site.logs.String(), "user=reporter.440000") || !strings.Contains(site.logs.String(), "remote=192.0.2.1") {
		t.Errorf("the request log lacks the user or the address:\n%s", site.logs)
	}
	// Public pages for anonymous visitors may be cached as before.
	if cc := serve(site.Server, "GET", "/", nil).Header().Get("Cache-Control"); cc != "" {
		t.Errorf("anonymous home: Cache-Control %q", cc)
	}

	// An unknown or expired cookie is cleared, and the request goes on anonymously.
	for _, cookie := range []string{"s_unknown", site.users.session(1)} {
		if cookie != "s_unknown" {
			site.users.advance(rollout.SessionIdle + time.Minute)
		}
		rec := serve(site.Server, "GET", "/units/440000/tasks", http.Header{"Cookie": {sessionCookie + "=" + cookie}})
		if !signinRedirect(rec) {
			t.Errorf("cookie %s: %d, want the sign-in page", cookie, rec.Code)
		}
		cleared := false
		for _, c := range rec.Result().Cookies() {
			cleared = cleared || (c.Name == sessionCookie && c.MaxAge < 0)
		}
		if !cleared {
			t.Errorf("cookie %s is not cleared", cookie)
		}
		if rec := serve(site.Server, "GET", "/", http.Header{"Cookie": {sessionCookie + "=" + cookie}}); rec.Code != 200 {
			t.Errorf("a dead cookie on a public page: %d", rec.Code)
		}
	}

	// A session used within the idle time lives on; none outlives the maximum.
	u := site.users.ensure(t, site.units, gdReporter)
	secret := site.users.session(u.ID)
	cookie := http.Header{"Cookie": {sessionCookie + "=" + secret}}
	lived := time.Duration(0)
	for range 48 {
		site.users.advance(20 * time.Minute)
		if rec := serve(site.Server, "GET", "/api/v1/session", cookie); rec.Code != 200 {
			break
		}
		lived += 20 * time.Minute
	}
	if lived <= rollout.SessionIdle || lived > rollout.SessionMaxAge {
		t.Errorf("a session used every 20 minutes lived %v, want more than the idle time and at most the maximum age", lived)
	}

	// A bearer token acts with its one grant; a bad one is refused outright.
	bearer := site.bearer(t, "reviewer@440300")
	if rec := serve(site.Server, "GET", "/api/v1/units/440300/tasks", bearer); rec.Code != 200 {
		t.Errorf("token: %d", rec.Code)
	}
	if rec := serve(site.Server, "GET", "/api/v1/units/440000/tasks", bearer); rec.Code != 403 {
		t.Errorf("token beyond its grant: %d", rec.Code)
	}
	for _, h := range []string{"Bearer rt_nothing", "Basic dXNlcjpwYXNz", "Bearer ", "rt_token"} {
		for _, path := range []string{"/api/v1/batches", "/"} {
			rec := serve(site.Server, "GET", path, http.Header{"Authorization": {h}})
			if rec.Code != 401 {
				t.Errorf("Authorization %q on %s: %d, want 401", h, path, rec.Code)
			}
			if strings.HasPrefix(path, "/api/") && rec.Header().Get("WWW-Authenticate") == "" {
				t.Errorf("Authorization %q: no WWW-Authenticate", h)
			}
		}
	}

	// A store that fails is a 500, not a sign-out.
	site.users.err = fmt.Errorf("sessions table locked")
	rec = site.getAs(t, "", "GET", "/", http.Header{"Cookie": {sessionCookie + "=" + secret}})
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "sessions table") {
		t.Errorf("failing store: %d", rec.Code)
	}
	for _, c := range rec.Result().Cookies() {
		if c.Name == sessionCookie {
			t.Error("a failing store clears the cookie")
		}
	}
}

// TestSigninRedirects: an anonymous visitor is sent to sign in and back to
// the page asked for; nothing sends anyone to another site.
func TestSigninRedirects(t *testing.T) {
	site := newTestSite(t, newFake(t))
	for _, tt := range []struct{ method, path, location string }{
		{"GET", "/units/440000/tasks?lang=en", "/signin?next=%2Funits%2F440000%2Ftasks%3Flang%3Den"},
		{"GET", "/admin/audit", "/signin?next=%2Fadmin%2Faudit"},
		{"POST", "/tasks/1/divide", "/signin?next=%2Ftasks%2F1%2Fdivide"}, // the form's page
		{"POST", "/units/440000/reissue/confirm", "/signin"},              // no page at that address
		{"POST", "/account/password", "/signin"},
	} {
		header := formPost
		rec := serveBody(site.Server, tt.method, tt.path, header, "")
		if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != tt.location {
			t.Errorf("%s %s: %d %q, want 303 %q", tt.method, tt.path, rec.Code, rec.Header().Get("Location"), tt.location)
		}
	}
	for _, tt := range []struct{ next, want string }{
		{"/units/440000/tasks", "/units/440000/tasks"},
		{"/items/1001/tree?divided=3#task-5", "/items/1001/tree?divided=3#task-5"},
		{"//evil.example/", ""},
		{"https://evil.example/", ""},
		{"/\\evil.example", ""},
		{"evil.example", ""},
		{"/%0d%0aSet-Cookie:x", "/%0d%0aSet-Cookie:x"}, // escaped: a path, harmless
		{"/\r\nSet-Cookie: x", ""},
		{"/signin?next=/x", ""},
		{"/signout", ""},
		{"", ""},
		{"javascript:alert(1)", ""},
	} {
		if got := safeNext(tt.next); got != tt.want {
			t.Errorf("safeNext(%q) = %q, want %q", tt.next, got, tt.want)
		}
	}
}
