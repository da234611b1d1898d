package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/msg"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// The writes of coordination — raising a problem, its steps, approvals and
// risks, link decisions, response times — agree across their entry points:
// the same input through the page form and the JSON API (there is no command
// that writes them) stores the same rows, or is refused with the same
// sentence of the catalogue (the same key and arguments); a save from an old
// read, or one that names no version, is 409 on each, with the stored record
// on the page and in the JSON, and writes nothing. On SQLite and PostgreSQL.
func TestCoordinationEntryPointsAgree(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		st := serveOverStorage(t, db)
		ctx := st.ctx
		var out, errOut bytes.Buffer
		if code := run(ctx, []string{"import", "--db", dsn, "../../sqldb/testdata/fixture-batch6.txt"}, nil, &out, &errOut); code != 0 {
			t.Fatalf("import: %d %s", code, errOut.String())
		}
		gd, sz, root := st.unit("广东省"), st.unit("440300"), st.unit("国务院")
		kids, err := db.Divide(ctx, st.taskOf(gd, 9).ID, []rollout.Division{{UnitID: sz.ID, Role: rollout.RoleLead}})
		if err != nil {
			t.Fatal(err)
		}
		task := kids[0] // 深圳市's task: its problems go to 广东省
		ft := st.unit("440304")
		ftKids, err := db.Divide(ctx, task.ID, []rollout.Division{{UnitID: ft.ID, Role: rollout.RoleLead}})
		if err != nil {
			t.Fatal(err)
		}
		const pw = "Coord-Agree-2024"
		st.account("sz", sz.ID, rollout.RoleReporter, pw)
		st.account("ft", ft.ID, rollout.RoleReporter, pw)
		st.account("gd", gd.ID, rollout.RoleReviewer, pw)
		st.account("mofcom", root.ID, rollout.RoleCoordinator, pw)
		a := &agreeCoord{t: t, st: st, clients: map[string]*client{}, pw: pw}
		taskPath := fmt.Sprintf("/tasks/%d", task.ID)

		// Raising a problem.
		long := strings.Repeat("长", rollout.MaxProblemTitle+1)
		for _, tc := range []struct {
			title, body string
			key         string
			args        []any
		}{
			{"", "说明", "err.coord.title_missing", nil},
			{long, "说明", "err.coord.title_too_long", []any{rollout.MaxProblemTitle, rollout.MaxProblemTitle + 1}},
			{"标题", " ", "err.coord.body_missing", nil},
		} {
			page := a.form("sz", taskPath+"/problems", url.Values{"title": {tc.title}, "body": {tc.body}})
			api := a.api("sz", "POST", "/api/v1/problems", map[string]any{"task_id": task.ID, "title": tc.title, "body": tc.body})
			a.refused(tc.key, 400, page, api, tc.args...)
		}
		page := a.form("sz", taskPath+"/problems", url.Values{"title": {"税务系统未联通"}, "body": {"区税务局系统尚未接入。"}})
		api := a.api("sz", "POST", "/api/v1/problems", map[string]any{"task_id": task.ID, "title": "税务系统未联通", "body": "区税务局系统尚未接入。"})
		if page.code != 303 || api.code != 201 {
			t.Fatalf("raise: page %d, API %d\n%s", page.code, api.code, api.body)
		}
		var pid1, pid2 int64
		fmt.Sscanf(page.location, "/problems/%d?", &pid1)
		pid2 = int64(api.json["id"].(float64))
		p1, p2 := a.problem(pid1), a.problem(pid2)
		a.sameProblem("raised", p1, p2)

		// Steps: refused alike, stale or without a version 409, then taken alike.
		for _, tc := range []struct {
			kind, note string
			version    func(*rollout.Problem) string
			status     int
			key        string
			args       func(*rollout.Problem) []any
		}{
			{"answer", "", problemVersion, 400, "err.coord.step_needs_note", func(*rollout.Problem) []any { return []any{rollout.ProblemAnswer} }},
			{"resubmit", "x", problemVersion, 400, "err.coord.resubmit_not_returned", nil},
			{"escalate", "x", func(*rollout.Problem) string { return "" }, 409, "err.coord.problem_no_version", coordClockOf},
			{"escalate", "x", func(p *rollout.Problem) string { return p.UpdatedAt.Add(-time.Second).Format(time.RFC3339Nano) }, 409,
				"err.coord.problem_conflict", coordClockOf},
		} {
			page := a.form("gd", fmt.Sprintf("/problems/%d/steps", p1.ID), url.Values{"kind": {tc.kind}, "note": {tc.note}, "version": {tc.version(p1)}})
			body := map[string]any{"kind": tc.kind, "note": tc.note}
			if v := tc.version(p2); v != "" {
				body["version"] = v
			}
			api := a.api("gd", "POST", fmt.Sprintf("/api/v1/problems/%d/steps", p2.ID), body)
			var args []any
			if tc.args != nil {
				args = tc.args(p1)
			}
			a.refused(tc.key, tc.status, page, api, args...)
			if tc.status == 409 {
				// The stored problem comes back: on the page as it stands, in the JSON as current.
				if cur, _ := api.json["current"].(map[string]any); cur == nil || cur["state"] != "open" || cur["level"] != "province" {
					t.Errorf("%s %s: the 409 lacks the stored problem: %s", tc.kind, tc.key, api.body)
				}
				if !strings.Contains(page.body, html.EscapeString(p1.Title)) || !strings.Contains(page.body, p1.UpdatedAt.Format(time.RFC3339Nano)) {
					t.Errorf("%s %s: the page lacks the stored problem", tc.kind, tc.key)
				}
			}
			a.sameProblem("after a refusal", p1, a.problem(p1.ID))
		}
		page = a.form("gd", fmt.Sprintf("/problems/%d/steps", p1.ID), url.Values{"kind": {"escalate"}, "note": {"省内协调未果"}, "version": {problemVersion(p1)}})
		api = a.api("gd", "POST", fmt.Sprintf("/api/v1/problems/%d/steps", p2.ID), map[string]any{"kind": "escalate", "note": "省内协调未果", "version": problemVersion(p2)})
		if page.code != 303 || api.code != 200 {
			t.Fatalf("escalate: page %d, API %d\n%s", page.code, api.code, api.body)
		}
		a.sameProblem("escalated", a.problem(p1.ID), a.problem(p2.ID))

		// A county's problem climbs every level alike: raised by 福田区 it
		// stands at its city, 深圳市, which escalates it to 广东省.
		ftPath := fmt.Sprintf("/tasks/%d", ftKids[0].ID)
		page = a.form("ft", ftPath+"/problems", url.Values{"title": {"区级系统未联通"}, "body": {"区税务局系统尚未接入。"}})
		api = a.api("ft", "POST", "/api/v1/problems", map[string]any{"task_id": ftKids[0].ID, "title": "区级系统未联通", "body": "区税务局系统尚未接入。"})
		if page.code != 303 || api.code != 201 {
			t.Fatalf("the county raises: page %d, API %d\n%s", page.code, api.code, api.body)
		}
		var c1 int64
		fmt.Sscanf(page.location, "/problems/%d?", &c1)
		q1, q2 := a.problem(c1), a.problem(int64(api.json["id"].(float64)))
		a.sameProblem("raised by the county", q1, q2)
		if q1.Level != rollout.LevelCity || len(q1.Route) != 2 || q1.Route[1].UnitName != sz.Name {
			t.Errorf("the county's problem: %s %+v", q1.Level, q1.Route)
		}
		page = a.form("sz", fmt.Sprintf("/problems/%d/steps", q1.ID), url.Values{"kind": {"escalate"}, "note": {"市内协调未果"}, "version": {problemVersion(q1)}})
		api = a.api("sz", "POST", fmt.Sprintf("/api/v1/problems/%d/steps", q2.ID), map[string]any{"kind": "escalate", "note": "市内协调未果", "version": problemVersion(q2)})
		if page.code != 303 || api.code != 200 {
			t.Fatalf("the city escalates: page %d, API %d\n%s", page.code, api.code, api.body)
		}
		q1, q2 = a.problem(q1.ID), a.problem(q2.ID)
		a.sameProblem("escalated by the city", q1, q2)
		if q1.Level != rollout.LevelProvince {
			t.Errorf("after the city: %s", q1.Level)
		}

		// Approvals and risks of the task, and of the item.
		item := task.ItemID
		for _, reg := range []struct {
			name, form, api string
			who             string
			taskID          int64
		}{
			{"task", taskPath + "/approvals", "/api/v1/approvals", "sz", task.ID},
			{"item", fmt.Sprintf("/items/%d/approvals", item), "/api/v1/approvals", "mofcom", 0},
		} {
			approvalForm := func(title string, extra url.Values) url.Values {
				v := url.Values{"kind": {"local_regulation"}, "title": {title}, "on-drafting": {"2024-03-01"}, "docno-drafting": {"深府函〔2024〕1号"}}
				for k, x := range extra {
					v[k] = x
				}
				return v
			}
			approvalJSON := func(title string, extra map[string]any) map[string]any {
				m := map[string]any{"item_id": item, "task_id": reg.taskID, "kind": "local_regulation", "title": title,
					"steps": []map[string]any{{"step": "drafting", "on": "2024-03-01", "doc_no": "深府函〔2024〕1号"}}}
				for k, x := range extra {
					m[k] = x
				}
				return m
			}
			// Refused alike.
			a.refused("err.coord.approval_title", 400, a.form(reg.who, reg.form, approvalForm(" ", nil)),
				a.api(reg.who, "POST", reg.api, approvalJSON(" ", nil)))
			a.refused("err.coord.step_date", 400,
				a.form(reg.who, reg.form, approvalForm("x", url.Values{"docno-review": {"深府审〔2024〕2号"}})),
				a.api(reg.who, "POST", reg.api, approvalJSON("x", map[string]any{"steps": []map[string]any{
					{"step": "drafting", "on": "2024-03-01", "doc_no": "深府函〔2024〕1号"}, {"step": "review", "doc_no": "深府审〔2024〕2号"}}})),
				rollout.StepReview)
			// Stored alike.
			page := a.form(reg.who, reg.form, approvalForm("《深圳市条例》", nil))
			api := a.api(reg.who, "POST", reg.api, approvalJSON("《深圳市条例》", nil))
			if page.code != 303 || api.code != 200 {
				t.Fatalf("%s approval: page %d, API %d\n%s", reg.name, page.code, api.code, api.body)
			}
			as := a.approvals(item, reg.taskID)
			if len(as) != 2 {
				t.Fatalf("%s approvals: %d stored, want 2", reg.name, len(as))
			}
			a.sameEntry(reg.name+" approval", as[0], as[1])
			// Saved again from its read (version 1 → 2), on each.
			id1, id2 := as[0].ID, as[1].ID
			page = a.form(reg.who, reg.form, approvalForm("《深圳市条例（修订）》", url.Values{"id": {itoa(id1)}, "version": {"1"}}))
			api = a.api(reg.who, "POST", reg.api, approvalJSON("《深圳市条例（修订）》", map[string]any{"id": id2, "version": 1}))
			if page.code != 303 || api.code != 200 {
				t.Fatalf("%s approval again: page %d, API %d\n%s", reg.name, page.code, api.code, api.body)
			}
			as = a.approvals(item, reg.taskID)
			a.sameEntry(reg.name+" approval saved again", as[0], as[1])
			if as[0].Version != 2 {
				t.Errorf("%s approval saved again: version %d, want 2", reg.name, as[0].Version)
			}
			// From the old read, and without a version: 409, the stored one shown, nothing written.
			for _, v := range []string{"1", ""} {
				key := "err.coord.approval_conflict"
				if v == "" {
					key = "err.coord.entry_no_version"
				}
				extra := map[string]any{"id": id2}
				if v != "" {
					extra["version"] = 1
				}
				page = a.form(reg.who, reg.form, approvalForm("《旧稿》", url.Values{"id": {itoa(id1)}, "version": {v}}))
				api = a.api(reg.who, "POST", reg.api, approvalJSON("《旧稿》", extra))
				a.refused(key, 409, page, api, 2, as[0].UpdatedBy, coordClock(as[0].UpdatedAt))
				if cur, _ := api.json["current"].(map[string]any); cur == nil || cur["version"] != 2.0 || cur["title"] != "《深圳市条例（修订）》" {
					t.Errorf("%s approval: the 409 lacks the stored entry: %s", reg.name, api.body)
				}
				for _, want := range []string{"《旧稿》", "《深圳市条例（修订）》", `name="version" value="2"`} {
					if !strings.Contains(page.body, html.EscapeString(want)) && !strings.Contains(page.body, want) {
						t.Errorf("%s approval: the conflict page lacks %s", reg.name, want)
					}
				}
			}
			if now := a.approvals(item, reg.taskID); !reflect.DeepEqual(now, as) {
				t.Errorf("%s approval: a stale save wrote\n%+v\n%+v", reg.name, now[0], as[0])
			}
		}

		riskForm := func(extra url.Values) url.Values {
			v := url.Values{"category": {"financial"}, "level": {"high"}, "description": {"跨境资金异常流动"}, "measures": {"交易监测"},
				"owner": {"人民银行深圳市分行"}, "next_review": {"2024-06-30"}}
			for k, x := range extra {
				v[k] = x
			}
			return v
		}
		riskJSON := func(extra map[string]any) map[string]any {
			m := map[string]any{"item_id": item, "task_id": task.ID, "category": "financial", "level": "high", "description": "跨境资金异常流动",
				"measures": "交易监测", "owner": "人民银行深圳市分行", "next_review": "2024-06-30"}
			for k, x := range extra {
				m[k] = x
			}
			return m
		}
		a.refused("err.coord.risk_measures", 400, a.form("sz", taskPath+"/risks", riskForm(url.Values{"measures": {" "}})),
			a.api("sz", "POST", "/api/v1/risks", riskJSON(map[string]any{"measures": " "})))
		a.refused("err.coord.risk_level", 400, a.form("sz", taskPath+"/risks", riskForm(url.Values{"level": {"severe"}})),
			a.api("sz", "POST", "/api/v1/risks", riskJSON(map[string]any{"level": "severe"})), "severe")
		page = a.form("sz", taskPath+"/risks", riskForm(nil))
		api = a.api("sz", "POST", "/api/v1/risks", riskJSON(nil))
		if page.code != 303 || api.code != 200 {
			t.Fatalf("risk: page %d, API %d\n%s", page.code, api.code, api.body)
		}
		rs := a.risks(task.ID)
		if len(rs) != 2 {
			t.Fatalf("risks: %d stored", len(rs))
		}
		a.sameEntry("risk", rs[0], rs[1])
		r1, r2 := rs[0].ID, rs[1].ID
		page = a.form("sz", taskPath+"/risks", riskForm(url.Values{"id": {itoa(r1)}, "version": {"1"}, "level": {"medium"}}))
		api = a.api("sz", "POST", "/api/v1/risks", riskJSON(map[string]any{"id": r2, "version": 1, "level": "medium"}))
		if page.code != 303 || api.code != 200 {
			t.Fatalf("risk again: page %d, API %d\n%s", page.code, api.code, api.body)
		}
		rs = a.risks(task.ID)
		a.sameEntry("risk saved again", rs[0], rs[1])
		page = a.form("sz", taskPath+"/risks", riskForm(url.Values{"id": {itoa(r1)}, "version": {"1"}, "level": {"low"}}))
		api = a.api("sz", "POST", "/api/v1/risks", riskJSON(map[string]any{"id": r2, "version": 1, "level": "low"}))
		a.refused("err.coord.risk_conflict", 409, page, api, 2, rs[0].UpdatedBy, coordClock(rs[0].UpdatedAt))
		if now := a.risks(task.ID); !reflect.DeepEqual(now, rs) || now[0].Level != rollout.RiskMedium {
			t.Errorf("a stale risk wrote: %+v", now[0])
		}

		// Link decisions.
		ls, err := db.Links(ctx, rollout.LinkFilter{Batch: 6, State: rollout.LinkSuggested})
		if err != nil || len(ls) < 2 {
			t.Fatalf("suggested links: %d %v", len(ls), err)
		}
		a.refused("err.coord.no_link", 404, a.form("mofcom", "/coordination/links/99999", url.Values{"decision": {"accept"}}),
			a.api("mofcom", "POST", "/api/v1/links/99999/decision", map[string]any{"accept": true}), int64(99999))
		page = a.form("mofcom", fmt.Sprintf("/coordination/links/%d", ls[0].ID), url.Values{"decision": {"accept"}})
		api = a.api("mofcom", "POST", fmt.Sprintf("/api/v1/links/%d/decision", ls[1].ID), map[string]any{"accept": true})
		if page.code != 303 || api.code != 200 {
			t.Fatalf("decide: page %d, API %d\n%s", page.code, api.code, api.body)
		}
		got := map[int64]*rollout.Link{}
		all, _ := db.Links(ctx, rollout.LinkFilter{Batch: 6})
		for _, l := range all {
			got[l.ID] = l
		}
		if x, y := got[ls[0].ID], got[ls[1].ID]; x.State != rollout.LinkAccepted || x.State != y.State || x.DecidedBy != y.DecidedBy {
			t.Errorf("decided links differ: %+v %+v", x, y)
		}

		// Response times.
		a.refused("err.coord.days_range", 400, a.form("mofcom", "/coordination/response-days", url.Values{"days-central": {"0"}}),
			a.api("mofcom", "PUT", "/api/v1/coordination/response-days", map[string]any{"days": map[string]int{"central": 0}}),
			rollout.LevelCentral, 0)
		if page := a.form("mofcom", "/coordination/response-days", url.Values{"days-central": {"20"}}); page.code != 303 {
			t.Fatalf("days on the page: %d", page.code)
		}
		byPage, _ := db.ResponseDays(ctx)
		if err := db.SetResponseDays(ctx, rollout.DefaultResponseDays); err != nil {
			t.Fatal(err)
		}
		if api := a.api("mofcom", "PUT", "/api/v1/coordination/response-days", map[string]any{"days": map[string]int{"central": 20}}); api.code != 200 {
			t.Fatalf("days over the API: %d %s", api.code, api.body)
		}
		byAPI, _ := db.ResponseDays(ctx)
		if !reflect.DeepEqual(byPage, byAPI) || byAPI[rollout.LevelCentral] != 20 {
			t.Errorf("response days: page %v, API %v", byPage, byAPI)
		}
	})
}

// problemVersion is a problem's version as a client sends it.
func problemVersion(p *rollout.Problem) string { return p.UpdatedAt.Format(time.RFC3339Nano) }

// coordClock is a stored time as the refusals write it, in Beijing time.
func coordClock(t time.Time) string { return t.In(rollout.Beijing).Format("2006-01-02 15:04") }

func coordClockOf(p *rollout.Problem) []any { return []any{coordClock(p.UpdatedAt)} }

// agreeCoord sends the same input through the page form and the JSON API.
type agreeCoord struct {
	t       *testing.T
	st      *overStorage
	clients map[string]*client
	pw      string
}

// answer is what an entry point answered.
type answer struct {
	code     int
	body     string
	location string
	json     map[string]any
}

func (a *agreeCoord) client(who string) *client {
	if c := a.clients[who]; c != nil {
		return c
	}
	c := a.st.signIn(who, a.pw)
	a.clients[who] = c
	return c
}

// form posts a page form, as a browser of the site does.
func (a *agreeCoord) form(who, path string, v url.Values) answer {
	a.t.Helper()
	c := a.client(who)
	req, _ := http.NewRequest("POST", c.srv.URL+path, strings.NewReader(v.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", c.srv.URL)
	resp, err := c.c.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return answer{code: resp.StatusCode, body: string(b), location: resp.Header.Get("Location")}
}

// api sends a JSON request.
func (a *agreeCoord) api(who, method, path string, body any) answer {
	a.t.Helper()
	b, _ := json.Marshal(body)
	code, out := a.client(who).do(method, path, string(b))
	ans := answer{code: code, body: out}
	json.Unmarshal([]byte(out), &ans.json)
	return ans
}

// refused checks that the page and the API refused with status and the
// sentence of key with args: the page shows it, the API's error says it.
func (a *agreeCoord) refused(key string, status int, page, api answer, args ...any) {
	a.t.Helper()
	want := msg.Text(msg.ZH, key, args...)
	if page.code != status || !strings.Contains(page.body, html.EscapeString(want)) {
		a.t.Errorf("%s: the page answered %d, want %d with %q", key, page.code, status, want)
	}
	e, _ := api.json["error"].(map[string]any)
	if api.code != status || e == nil || e["message"] != want {
		a.t.Errorf("%s: the API answered %d %s, want %d with %q", key, api.code, api.body, status, want)
	}
}

func (a *agreeCoord) problem(id int64) *rollout.Problem {
	a.t.Helper()
	p, err := a.st.db.Problem(context.Background(), id)
	if err != nil {
		a.t.Fatal(err)
	}
	return p
}

// sameProblem compares two problems but for their IDs and times.
func (a *agreeCoord) sameProblem(when string, p, q *rollout.Problem) {
	a.t.Helper()
	type stop struct {
		Unit  string
		Level rollout.ProblemLevel
	}
	type event struct {
		Actor string
		Kind  rollout.ProblemEventKind
		Level rollout.ProblemLevel
		Note  string
	}
	shape := func(p *rollout.Problem) any {
		var route []stop
		for _, s := range p.Route {
			route = append(route, stop{s.UnitName, s.Level})
		}
		var thread []event
		for _, e := range p.Thread {
			thread = append(thread, event{e.Actor, e.Kind, e.Level, e.Note})
		}
		return []any{p.ItemID, p.TaskID, p.UnitID, p.Title, p.Body, p.State, p.Level, p.Major, p.RaisedBy, route, thread, len(p.Files)}
	}
	if x, y := shape(p), shape(q); !reflect.DeepEqual(x, y) {
		a.t.Errorf("%s: the problems differ:\n%v\n%v", when, x, y)
	}
}

func (a *agreeCoord) approvals(item, task int64) []*rollout.Approval {
	a.t.Helper()
	f := rollout.RegisterFilter{ItemID: item, TaskID: task}
	if task == 0 {
		f.TaskID = -1
	}
	as, err := a.st.db.Approvals(context.Background(), f)
	if err != nil {
		a.t.Fatal(err)
	}
	return as
}

func (a *agreeCoord) risks(task int64) []*rollout.Risk {
	a.t.Helper()
	rs, err := a.st.db.Risks(context.Background(), rollout.RegisterFilter{TaskID: task})
	if err != nil {
		a.t.Fatal(err)
	}
	// By ID: the order of the list follows the level.
	if len(rs) == 2 && rs[0].ID > rs[1].ID {
		rs[0], rs[1] = rs[1], rs[0]
	}
	return rs
}

// sameEntry compares two register entries but for their IDs and times.
func (a *agreeCoord) sameEntry(when string, x, y any) {
	a.t.Helper()
	norm := func(e any) any {
		switch v := e.(type) {
		case *rollout.Approval:
			c := *v
			c.ID, c.UpdatedAt = 0, time.Time{}
			return c
		case *rollout.Risk:
			c := *v
			c.ID, c.UpdatedAt = 0, time.Time{}
			return c
		}
		return e
	}
	if nx, ny := norm(x), norm(y); !reflect.DeepEqual(nx, ny) {
		a.t.Errorf("%s: the entries differ:\n%+v\n%+v", when, nx, ny)
	}
}
