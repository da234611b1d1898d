package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rollout"
	"rollout/msg"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// The same task steps, divisions and re-issue cascades through every entry
// point that has them — the page's form, the JSON API, the command line, and
// the storage itself as the reference — on SQLite and PostgreSQL: each entry
// point acts on a task (or a province) of its own in the same situation, and
// afterwards the stored rows are the same and every refusal says the sentence
// of the same catalogue key with the same arguments.
func TestTaskWritesAgree(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		st := serveOverStorage(t, db)
		const pw = "Agree-Task-2024x"
		for _, prov := range []string{"广东省", "浙江省", "江苏省"} {
			st.account("rv."+prov, st.unit(prov).ID, rollout.RoleReviewer, pw)
		}
		actor := rollout.WithActor(context.Background(), &rollout.User{Username: "rv.广东省"})
		page := st.signIn("rv.广东省", pw)
		t.Run("steps", func(t *testing.T) { agreeSteps(t, st, db, actor, page) })
		t.Run("divisions", func(t *testing.T) { agreeDivisions(t, st, db, actor, page) })
		t.Run("cascade", func(t *testing.T) { agreeCascade(t, st, db, dsn, pw) })
	})
}

// said is the Chinese sentence of err's first *rollout.Error and its key.
func said(err error) (string, string) {
	var e *rollout.Error
	if !errors.As(err, &e) {
		return "", ""
	}
	return e.Key, rollout.ErrorText(msg.ZH, err)
}

// apiMessage is the message of a JSON error answer.
func apiMessage(t *testing.T, body string) string {
	t.Helper()
	var out struct {
		Error struct{ Message string } `json:"error"`
	}
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatalf("not a JSON error: %s", body)
	}
	return out.Error.Message
}

// timeline is a task's stored steps, as comparable text.
func timeline(t *testing.T, db *sqldb.DB, taskID int64) string {
	t.Helper()
	events, err := db.Timeline(context.Background(), taskID)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range events {
		fmt.Fprintf(&b, "%s %s→%s %q by %s; ", e.Kind, e.From, e.To, e.Note, e.Actor)
	}
	tk, err := db.Task(context.Background(), taskID)
	if err != nil {
		t.Fatal(err)
	}
	return b.String() + "now " + string(tk.State)
}

func agreeSteps(t *testing.T, st *overStorage, db *sqldb.DB, actor context.Context, page *client) {
	gd, sz := st.unit("广东省"), st.unit("深圳市")
	// One task of 深圳市 per entry point, each divided from 广东省's task for
	// another item: the storage's (the reference), the page's, the API's.
	var tasks [3]int64
	for i, seq := range []int{2, 3, 4} {
		kids, err := db.Divide(st.ctx, st.taskOf(gd, seq).ID, []rollout.Division{{UnitID: sz.ID, Role: rollout.RoleLead}})
		if err != nil {
			t.Fatal(err)
		}
		tasks[i] = kids[0].ID
	}
	steps := []struct {
		kind rollout.TaskEventKind
		note string
		read rollout.TaskState
		key  string // the refusal's key; "" when taken
	}{
		{rollout.EventRequestNA, "其他：无", "", "err.task.na_reason"},
		{rollout.EventAcknowledge, "", rollout.StateInWork, "err.task.step_stale"},
		{rollout.EventAcknowledge, "", rollout.StateAssigned, ""},
		{rollout.EventReturn, "  ", rollout.StateAcknowledged, "err.task.return_reason"},
		{rollout.EventAccept, "", rollout.StateAcknowledged, "err.task.step_state"},
		{rollout.EventAccept, strings.Repeat("长", rollout.MaxStepNoteRunes+1), "", "err.task.note_too_long"},
		{rollout.EventRequestNA, "other：本市无此业务", rollout.StateAcknowledged, ""},
		{rollout.EventRejectNA, "", rollout.StateNARequested, "err.task.reject_reason"},
		{rollout.EventRejectNA, "属本市职权", rollout.StateNARequested, ""},
		{rollout.EventClose, "", "", "err.task.step_state"},
		{"submit", "", "", "err.task.step_kind"},
	}
	for _, s := range steps {
		// The storage, the reference.
		_, err := db.Step(actor, tasks[0], s.kind, s.note, s.read)
		key, want := said(err)
		if key != s.key {
			t.Fatalf("%s %q: storage says %v (key %q), want key %q", s.kind, s.note, err, key, s.key)
		}
		status := map[string]int{"": 303, "err.task.step_stale": 409}[s.key]
		if status == 0 {
			status = 400
		}
		// The page's form: the reason of a not-applicable request apart.
		form := url.Values{"kind": {string(s.kind)}, "note": {s.note}, "state": {string(s.read)}}
		if s.kind == rollout.EventRequestNA {
			code, text, _ := strings.Cut(strings.Replace(s.note, "：", ":", 1), ":")
			form.Set("na_reason", code)
			form.Set("note", text)
		}
		code, body := page.send("POST", fmt.Sprintf("/tasks/%d/steps", tasks[1]), "application/x-www-form-urlencoded", form.Encode())
		if code != status || (want != "" && !strings.Contains(body, html.EscapeString(want))) {
			t.Errorf("%s %q on the page: %d, want %d with %q\n%.2000s", s.kind, s.note, code, status, want, body)
		}
		// The API.
		req, _ := json.Marshal(map[string]string{"kind": string(s.kind), "note": s.note, "state": string(s.read)})
		code, body = page.do("POST", fmt.Sprintf("/api/v1/tasks/%d/steps", tasks[2]), string(req))
		if s.key == "" {
			if code != 200 {
				t.Errorf("%s %q over the API: %d %s", s.kind, s.note, code, body)
			}
		} else if code != status || apiMessage(t, body) != want {
			t.Errorf("%s %q over the API: %d %q, want %d %q", s.kind, s.note, code, apiMessage(t, body), status, want)
		}
		if s.key == "err.task.step_stale" && !strings.Contains(body, `"current"`) {
			t.Errorf("a stale step over the API does not give the task as stored: %s", body)
		}
	}
	ref := timeline(t, db, tasks[0])
	for i, via := range []string{"the page", "the API"} {
		if got := timeline(t, db, tasks[i+1]); got != ref {
			t.Errorf("stored through %s:\n%s\nthrough the storage:\n%s", via, got, ref)
		}
	}
}

func agreeDivisions(t *testing.T, st *overStorage, db *sqldb.DB, actor context.Context, page *client) {
	gd := st.unit("广东省")
	gz, sz, fs, cd := st.unit("广州市"), st.unit("深圳市"), st.unit("佛山市"), st.unit("成都市")
	var parents [3]int64
	for i, seq := range []int{5, 6, 7} {
		parents[i] = st.taskOf(gd, seq).ID
	}
	type line struct {
		unit     *rollout.Unit
		role     rollout.TaskRole
		deadline string
	}
	cases := []struct {
		name  string
		lines []line
		key   string
	}{
		{"two leads", []line{{gz, rollout.RoleLead, "2024年6月底前"}, {sz, rollout.RoleLead, "2024年6月底前"}}, "err.task.divide_leads"},
		{"a unit of another province", []line{{cd, rollout.RoleCo, "2024年6月底前"}}, "err.task.divide_not_below"},
		{"a deadline that is a paragraph", []line{{gz, rollout.RoleLead, strings.Repeat("持续", 26)}}, "err.task.too_long"},
		{"stored", []line{{gz, rollout.RoleLead, "2024年6月底前"}, {sz, rollout.RoleCo, "2024年6月底前"}}, ""},
		{"a second lead beside the stored one", []line{{fs, rollout.RoleLead, "持续推进"}}, "err.task.divide_leads"},
		{"the lead moved", []line{{fs, rollout.RoleLead, "持续推进"}, {gz, rollout.RoleCo, "持续推进"}}, ""},
	}
	for _, c := range cases {
		var divs []rollout.Division
		form := url.Values{"deliverable": {"实施方案"}, "contact": {"张三 020-1234"}, "notes": {"按季报送"}}
		var api []map[string]any
		for _, l := range c.lines {
			divs = append(divs, rollout.Division{UnitID: l.unit.ID, Role: l.role, Deadline: rollout.ParseDeadline(l.deadline),
				Deliverable: "实施方案", Contact: "张三 020-1234", Notes: "按季报送"})
			form.Set(fmt.Sprintf("role-%d", l.unit.ID), string(l.role))
			form.Set("deadline", l.deadline)
			api = append(api, map[string]any{"unit_id": l.unit.ID, "role": l.role, "deadline": l.deadline,
				"deliverable": "实施方案", "contact": "张三 020-1234", "notes": "按季报送"})
		}
		_, err := db.Divide(actor, parents[0], divs)
		key, want := said(err)
		if key != c.key {
			t.Fatalf("%s: storage says %v (key %q), want %q", c.name, err, key, c.key)
		}
		code, body := page.send("POST", fmt.Sprintf("/tasks/%d/divide", parents[1]), "application/x-www-form-urlencoded", form.Encode())
		if (c.key == "" && code != 303) || (c.key != "" && (code != 400 || !strings.Contains(body, html.EscapeString(want)))) {
			t.Errorf("%s on the page: %d, want %q\n%.2000s", c.name, code, want, body)
		}
		req, _ := json.Marshal(map[string]any{"divisions": api})
		code, body = page.do("POST", fmt.Sprintf("/api/v1/tasks/%d/divisions", parents[2]), string(req))
		if c.key == "err.task.too_long" { // the API names the line and field: the same decision, said where it is
			var de *rollout.DivisionError
			errors.As(err, &de)
			want = msg.Text(msg.ZH, "division.api_too_long", fmt.Sprintf("divisions[%d].%s", de.Index, de.Field), de.Err.Args[1], de.Err.Args[2])
		}
		if (c.key == "" && code != 201) || (c.key != "" && (code != 400 || apiMessage(t, body) != want)) {
			t.Errorf("%s over the API: %d %s, want %q", c.name, code, body, want)
		}
	}
	rows := func(parent int64) string {
		ts, err := db.Tasks(context.Background(), rollout.TaskFilter{Within: gd.ID})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, tk := range ts {
			if tk.ParentID == parent {
				out = append(out, fmt.Sprintf("%s %s %s %s %s %s %s", tk.UnitName, tk.Role, tk.Deadline.Text,
					tk.Deadline.Date.Format("2006-01-02"), tk.Deliverable, tk.Contact, tk.Notes))
			}
		}
		return strings.Join(out, "; ")
	}
	ref := rows(parents[0])
	if !strings.Contains(ref, "佛山市 lead 持续推进") || !strings.Contains(ref, "广州市 co 持续推进") || !strings.Contains(ref, "深圳市 co 2024年6月底前 2024-06-30") {
		t.Errorf("stored divisions: %s", ref)
	}
	for i, via := range []string{"the page", "the API"} {
		if got := rows(parents[i+1]); got != ref {
			t.Errorf("divided through %s:\n%s\nthrough the storage:\n%s", via, got, ref)
		}
	}
}

// agreeCascade sends one re-issue through the page's confirmation (广东省), the
// API (浙江省) and the command line (江苏省), each naming two of its own
// cities, with dry runs where they exist.
func agreeCascade(t *testing.T, st *overStorage, db *sqldb.DB, dsn, pw string) {
	cities := map[string][2]string{"广东省": {"广州市", "深圳市"}, "浙江省": {"杭州市", "宁波市"}, "江苏省": {"南京市", "苏州市"}}
	doc := func(prov, extra string) string {
		c := cities[prov]
		return "序号\t改革事项\t牵头单位\t配合单位\t完成时限\n" +
			"1\t工程建设项目审批统一化、标准化、信息化\t" + c[0] + "\t" + c[1] + extra + "\t2024年6月底前\n" +
			"24\t入海排污口规范化“分级分类管理”新模式\t" + c[1] + "\t\t持续推进\n"
	}
	// say makes a province's sentence comparable with another's.
	say := func(prov, s string) string {
		c := cities[prov]
		return strings.NewReplacer(c[0], "CITY1", c[1], "CITY2", prov, "PROV").Replace(s)
	}
	pageOf := st.signIn("rv.广东省", pw)
	apiOf := st.signIn("rv.浙江省", pw)
	cli := func(args ...string) (int, string) {
		t.Helper()
		var out, errOut bytes.Buffer
		code := run(context.Background(), append(args, "--db", dsn), nil, &out, &errOut)
		return code, out.String() + errOut.String()
	}
	file := filepath.Join(t.TempDir(), "js.txt")
	cases := []struct {
		name   string
		extra  string // added to the co-units of item 1
		create bool   // confirm creating the unknown names
		key    string
	}{
		// (not a standard department of a province, which would be created on first use)
		{"an unknown name", "、省大数据中心", false, "err.task.cascade_unknown"},
		{"a unit of another province", "、北京市", true, "err.task.cascade_elsewhere"},
		{"stored", "", false, ""},
	}
	for _, c := range cases {
		// The page's confirmation (广东省).
		gd := st.unit("广东省")
		form := url.Values{"document": {base64.StdEncoding.EncodeToString([]byte(doc("广东省", c.extra)))}, "filename": {"gd.txt"}, "batch": {"7"}}
		if c.create {
			form["new-unit"] = []string{strings.TrimPrefix(c.extra, "、")}
		}
		code, body := pageOf.send("POST", fmt.Sprintf("/units/%d/reissue/confirm", gd.ID), "application/x-www-form-urlencoded", form.Encode())
		if (c.key == "" && code != 303) || (c.key != "" && code != 400) {
			t.Errorf("%s on the page: %d\n%.2000s", c.name, code, body)
		}
		pageText := say("广东省", html.UnescapeString(body))
		// The API (浙江省), a dry run first: it meets the refusal the real run meets.
		zj := st.unit("浙江省")
		q := "?batch=7"
		if c.create {
			q += "&create_units=" + url.QueryEscape(strings.TrimPrefix(c.extra, "、"))
		}
		_, dry := apiOf.send("POST", fmt.Sprintf("/api/v1/units/%d/reissue%s&dry_run=true", zj.ID, q), "text/plain", doc("浙江省", c.extra))
		var dryOut struct {
			Refusal *struct{ Message string } `json:"refusal"`
		}
		json.Unmarshal([]byte(dry), &dryOut)
		code, body = apiOf.send("POST", fmt.Sprintf("/api/v1/units/%d/reissue%s", zj.ID, q), "text/plain", doc("浙江省", c.extra))
		// The command line (江苏省), a dry run first.
		os.WriteFile(file, []byte(doc("江苏省", c.extra)), 0o644)
		args := []string{"cascade", "--json", "--unit", "江苏省"}
		if c.create {
			args = append(args, "--create-units")
		}
		_, dryCLI := cli(append(append([]string{}, args...), "--dry-run", file)...)
		var dryRep cascadeReport
		json.Unmarshal([]byte(dryCLI[:strings.IndexByte(dryCLI+"\n", '\n')]), &dryRep)
		exit, out := cli(append(args, file)...)
		var rep cascadeReport
		json.Unmarshal([]byte(out[:strings.IndexByte(out+"\n", '\n')]), &rep)

		if c.key == "" {
			if code != 201 || dryOut.Refusal != nil || exit != 0 || dryRep.Error != nil || rep.Error != nil {
				t.Errorf("%s: API %d (dry run %s), command line exit %d (dry run %+v)\n%s\n%s", c.name, code, dry, exit, dryRep.Error, body, out)
			}
			continue
		}
		apiText := say("浙江省", apiMessage(t, body))
		switch {
		case code != 400 || dryOut.Refusal == nil || exit != 1 || rep.Error == nil || dryRep.Error == nil:
			t.Errorf("%s: API %d (dry run %s), command line exit %d (dry run %+v)", c.name, code, dry, exit, dryRep.Error)
		case say("浙江省", dryOut.Refusal.Message) != apiText || say("江苏省", rep.Error.Message) != apiText || say("江苏省", dryRep.Error.Message) != apiText:
			t.Errorf("%s: the API says %q (dry run %q), the command line %q (dry run %q)", c.name, apiText,
				say("浙江省", dryOut.Refusal.Message), say("江苏省", rep.Error.Message), say("江苏省", dryRep.Error.Message))
		case !strings.Contains(pageText, apiText):
			t.Errorf("%s: the page does not say %q", c.name, apiText)
		}
	}
	// The same rows below each province's tasks.
	rows := func(prov string) string {
		u := st.unit(prov)
		ts, err := db.Tasks(context.Background(), rollout.TaskFilter{Within: u.ID})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, tk := range ts {
			if tk.ParentUnit == prov && (tk.ItemSeq == 1 || tk.ItemSeq == 24) {
				out = append(out, fmt.Sprintf("item %d %s %s %s", tk.ItemSeq, tk.UnitName, tk.Role, tk.Deadline.Text))
			}
		}
		return say(prov, strings.Join(out, "; "))
	}
	ref := rows("广东省")
	if ref != "item 1 CITY1 lead 2024年6月底前; item 1 CITY2 co 2024年6月底前; item 24 CITY2 lead 持续推进" {
		t.Errorf("stored through the page: %s", ref)
	}
	for _, prov := range []string{"浙江省", "江苏省"} {
		if got := rows(prov); got != ref {
			t.Errorf("%s: %s, the page's %s", prov, got, ref)
		}
	}
}
