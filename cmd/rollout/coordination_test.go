package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// A problem over the API and the real storage, on both databases: the county
// raises it, its city and then its province escalate it, the responsible
// central unit answers, the coordinator marks it major and the State Council
// reads it; another province, a city off its way, each level before the
// problem reaches it and the root before it is major see nothing.
func TestProblemRouteOverStorage(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		st := serveOverStorage(t, db)
		ctx, unit := st.ctx, st.unit
		gd, sz, futian, sc, pbc, root := unit("广东省"), unit("深圳市"), unit("440304"), unit("四川省"), unit("中国人民银行"), unit("国务院")
		gz := unit("440100")
		kids, err := db.Divide(ctx, st.taskOf(gd, 9).ID, []rollout.Division{{UnitID: sz.ID, Role: rollout.RoleLead}})
		if err != nil {
			t.Fatal(err)
		}
		kids, err = db.Divide(ctx, kids[0].ID, []rollout.Division{{UnitID: futian.ID, Role: rollout.RoleLead}})
		if err != nil {
			t.Fatal(err)
		}
		county := kids[0]
		const pw = "Problem-Route-2024"
		st.account("futian", futian.ID, rollout.RoleReporter, pw)
		st.account("gd", gd.ID, rollout.RoleReviewer, pw)
		st.account("sz", sz.ID, rollout.RoleReviewer, pw)
		st.account("gz", gz.ID, rollout.RoleReviewer, pw)
		st.account("sc", sc.ID, rollout.RoleReviewer, pw)
		st.account("pbc", pbc.ID, rollout.RoleReviewer, pw)
		st.account("gwy", root.ID, rollout.RoleViewer, pw)
		st.account("mofcom", root.ID, rollout.RoleCoordinator, pw)
		clients := map[string]*client{}
		call := func(who, method, path, body string) (int, map[string]any) {
			t.Helper()
			c := clients[who]
			if c == nil {
				c = st.signIn(who, pw)
				clients[who] = c
			}
			code, b := c.do(method, path, body)
			var out map[string]any
			json.Unmarshal([]byte(b), &out)
			if code == 403 && strings.Contains(b, "税务") {
				t.Errorf("%s %s: the refusal tells of the problem", method, path)
			}
			return code, out
		}
		expect := func(who, method, path, body string, want int) map[string]any {
			t.Helper()
			code, out := call(who, method, path, body)
			if code != want {
				t.Fatalf("%s: %s %s: %d, want %d: %v", who, method, path, code, want, out)
			}
			return out
		}
		p := expect("futian", "POST", "/api/v1/problems", fmt.Sprintf(`{"task_id": %d, "title": "税务系统未联通", "body": "区税务局系统尚未接入。"}`, county.ID), 201)
		id := int64(p["id"].(float64))
		path := fmt.Sprintf("/api/v1/problems/%d", id)
		// step is the body of a step that names the problem's version as stored.
		step := func(kind, note string) string {
			t.Helper()
			p, err := db.Problem(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			return fmt.Sprintf(`{"kind": %q, "note": %q, "version": %q}`, kind, note, p.UpdatedAt.Format(time.RFC3339Nano))
		}
		if p["level"] != "city" {
			t.Errorf("the county's problem stands at %v, not its city", p["level"])
		}
		for _, who := range []string{"sc", "gz", "gd", "gwy", "pbc"} {
			expect(who, "GET", path, "", 403)
		}
		expect("sz", "GET", path, "", 200)
		expect("futian", "POST", path+"/steps", `{"kind": "escalate"}`, 403)
		expect("gd", "POST", path+"/steps", step("escalate", "越过市级"), 403)
		expect("sz", "POST", path+"/steps", step("escalate", "市内协调未果"), 200)
		expect("gd", "GET", path, "", 200)
		expect("sz", "POST", path+"/steps", `{"kind": "answer", "note": "x"}`, 403) // no longer at its level
		expect("gd", "POST", path+"/steps", step("escalate", "省内协调未果"), 200)
		expect("pbc", "GET", path, "", 200)
		expect("gd", "POST", path+"/steps", `{"kind": "answer", "note": "x"}`, 403) // no longer at its level
		expect("pbc", "POST", path+"/steps", step("answer", "已协调接入。"), 200)
		if out := expect("gwy", "GET", "/api/v1/problems?major=1", "", 200); out["count"].(float64) != 0 {
			t.Errorf("the State Council sees %v before the problem is major", out["count"])
		}
		expect("pbc", "POST", path+"/steps", `{"kind": "major", "note": "x"}`, 403)
		expect("mofcom", "POST", path+"/steps", step("major", "涉及全国系统改造。"), 200)
		out := expect("gwy", "GET", "/api/v1/problems?major=1", "", 200)
		if out["count"].(float64) != 1 {
			t.Fatalf("the State Council's view: %v", out)
		}
		route := out["problems"].([]any)[0].(map[string]any)["route"].([]any)
		var names []string
		for _, s := range route {
			names = append(names, s.(map[string]any)["unit"].(string))
		}
		for _, want := range []string{"福田区", "深圳市", "广东省", "中国人民银行", "税务总局", "商务部", "国务院"} {
			if !strings.Contains(strings.Join(names, " "), want) {
				t.Errorf("the route %v lacks %s", names, want)
			}
		}
		for _, who := range []string{"sc", "gz"} {
			expect(who, "GET", path, "", 403)
		}
		if out := expect("sc", "GET", fmt.Sprintf("/api/v1/problems?unit=%d", sc.ID), "", 200); out["count"].(float64) != 0 {
			t.Errorf("四川省 lists %v problems", out["count"])
		}
		es, err := db.AuditEntries(ctx, rollout.AuditFilter{Object: fmt.Sprintf("problem:%d", id)})
		if err != nil || len(es) != 5 {
			t.Errorf("audit entries of the problem: %d %v, want 5 (raise, escalate twice, answer, major)", len(es), err)
		}
	})
}

// `rollout links --batch 6 --json` after importing the invented earlier
// batch: the suggestions of each of its items, best first, in the documented
// keys.
func TestLinksCommand(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "test"})
		if _, err := newSite(ctx, db, discardLogger(), serveConfig{}); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		if code := run(ctx, []string{"import", "--db", dsn, "../../sqldb/testdata/fixture-batch6.txt"}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("import: %d %s", code, stderr.String())
		}
		stdout.Reset()
		if code := run(ctx, []string{"links", "--batch", "6", "--json", "--db", dsn}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("links: %d %s", code, stderr.String())
		}
		var rows []map[string]any
		if err := json.Unmarshal(stdout.Bytes(), &rows); err != nil || len(rows) == 0 {
			t.Fatalf("links JSON: %v\n%s", err, stdout.String())
		}
		for _, k := range []string{"item_seq", "batch", "other_batch", "other_seq", "kind", "score", "accepted"} {
			if _, ok := rows[0][k]; !ok {
				t.Errorf("no key %s in %v", k, rows[0])
			}
		}
		if rows[0]["item_seq"].(float64) != 1 || rows[0]["other_seq"].(float64) != 1 || rows[0]["other_batch"].(float64) != 7 {
			t.Errorf("first row %v, want item 1 → 7th batch item 1", rows[0])
		}
		for i := 1; i < len(rows); i++ {
			a, b := rows[i-1], rows[i]
			if a["item_seq"] == b["item_seq"] && a["score"].(float64) < b["score"].(float64) {
				t.Errorf("rows %d and %d of item %v are not best first", i-1, i, a["item_seq"])
			}
		}
		if code := run(ctx, []string{"links", "--batch", "x", "--db", dsn}, nil, &stdout, &stderr); code != exitBadInput {
			t.Errorf("a bad batch: exit %d", code)
		}
	})
}
