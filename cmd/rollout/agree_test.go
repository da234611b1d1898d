package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// agreeCount is what the test itself counts for a first-level task from the
// statuses it scripted for the leaves below it.
// covered counts as reported, vcovered as verified (the reports accepted).
type agreeCount struct{ leaves, covered, na, evidence, vcovered int }

// With a scripted set of reports (tasks divided to cities, random statuses
// and evidence, two approved "not applicable", some reports accepted by the
// level above and some of those followed by a draft), the national matrix
// (as reported and as verified), the map's table (both), the public progress
// (verified only), the scorecard of a round over every unit and `rollout
// check` agree, to the unit, with what the test counted itself.
func TestMatrixMapScorecardAndCheckAgree(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "script"})
		site, err := newSite(ctx, db, discardLogger(), serveConfig{})
		if err != nil {
			t.Fatal(err)
		}
		root, err := db.RootUnit(ctx)
		if err != nil {
			t.Fatal(err)
		}
		units, err := db.Units(ctx)
		if err != nil {
			t.Fatal(err)
		}
		byID := map[int64]*rollout.Unit{}
		for _, u := range units {
			byID[u.ID] = u
		}
		first, err := db.Tasks(ctx, rollout.TaskFilter{Batch: 7, Role: rollout.RoleImplement})
		if err != nil {
			t.Fatal(err)
		}
		// Divide the first five items of three provinces among their first
		// three cities.
		rng := rand.New(rand.NewPCG(7, 56))
		leavesOf := map[int64][]int64{} // first-level task → its leaves
		for _, ft := range first {
			leavesOf[ft.ID] = []int64{ft.ID}
			prov := byID[ft.UnitID]
			if ft.ItemSeq == 6 && prov.Name == "广东省" { // divided to one city: one leaf, yet divided
				cities, err := db.UnitChildren(ctx, prov.ID)
				if err != nil {
					t.Fatal(err)
				}
				below, err := db.Divide(ctx, ft.ID, []rollout.Division{{UnitID: cities[0].ID, Role: rollout.RoleLead}})
				if err != nil {
					t.Fatal(err)
				}
				leavesOf[ft.ID] = []int64{below[0].ID}
				continue
			}
			if ft.ItemSeq > 5 || (prov.Name != "广东省" && prov.Name != "浙江省" && prov.Name != "四川省") {
				continue
			}
			cities, err := db.UnitChildren(ctx, prov.ID)
			if err != nil {
				t.Fatal(err)
			}
			var divs []rollout.Division
			for _, c := range cities {
				if c.Kind == rollout.KindCity && len(divs) < 3 {
					role := rollout.RoleCo
					if len(divs) == 0 {
						role = rollout.RoleLead
					}
					divs = append(divs, rollout.Division{UnitID: c.ID, Role: role})
				}
			}
			below, err := db.Divide(ctx, ft.ID, divs)
			if err != nil {
				t.Fatal(err)
			}
			leavesOf[ft.ID] = nil
			for _, b := range below {
				leavesOf[ft.ID] = append(leavesOf[ft.ID], b.ID)
			}
		}
		// Script every leaf: no report, or a submitted report with a status
		// and maybe a document; two leaves not applicable, approved.
		statuses := []rollout.ReportStatus{rollout.StatusNotStarted, rollout.StatusInProgress, rollout.StatusImplemented,
			rollout.StatusDeepening, rollout.StatusPending, rollout.StatusCentral}
		want := map[int64]agreeCount{} // by first-level task
		na := 0
		for _, ft := range first {
			var c agreeCount
			for _, leaf := range leavesOf[ft.ID] {
				c.leaves++
				if na < 2 && len(leavesOf[ft.ID]) > 1 {
					na++
					c.na++
					if _, err := db.Step(ctx, leaf, rollout.EventRequestNA, "no_such_thing: 本市无相关业务", ""); err != nil {
						t.Fatal(err)
					}
					if _, err := db.Step(ctx, leaf, rollout.EventApproveNA, "同意", ""); err != nil {
						t.Fatal(err)
					}
					continue
				}
				if rng.IntN(4) == 0 {
					continue // nothing reported yet: not started
				}
				st := statuses[rng.IntN(len(statuses))]
				evidence := rng.IntN(2) == 0
				if _, err := db.Step(ctx, leaf, rollout.EventAcknowledge, "", ""); err != nil {
					t.Fatal(err)
				}
				r := &rollout.Report{TaskID: leaf, Period: "2024Q2", Status: st, Measures: "按计划推进"}
				if evidence {
					r.Evidence = []rollout.Evidence{{Title: "实施方案", DocNo: "粤府办〔2024〕1号"}}
					c.evidence++
				}
				saved, err := db.SaveReport(ctx, r, true)
				if err != nil {
					t.Fatal(err)
				}
				inForce := st == rollout.StatusImplemented || st == rollout.StatusDeepening || st == rollout.StatusCentral
				if inForce {
					c.covered++
				}
				if rng.IntN(2) == 0 { // accepted by the level above
					if _, err := db.Step(ctx, leaf, rollout.EventAccept, "", ""); err != nil {
						t.Fatal(err)
					}
					if inForce {
						c.vcovered++
					}
					if rng.IntN(2) == 0 { // a draft after it changes no figure
						d := *saved
						d.Status, d.Evidence = rollout.StatusNotStarted, nil
						if _, err := db.SaveReport(ctx, &d, false); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			want[ft.ID] = c
		}
		if na != 2 {
			t.Fatalf("scripted %d not-applicable leaves, want 2", na)
		}

		// rollout check finds the stored roll-ups exact.
		var out, errOut bytes.Buffer
		if code := run(ctx, []string{"check", "--db", dsn}, nil, &out, &errOut); code != exitOK {
			t.Fatalf("rollout check: exit %d\n%s%s", code, out.String(), errOut.String())
		}

		// The matrix, through the API as the coordinator reads it.
		if err := db.CreateUser(ctx, &rollout.User{Username: "mofcom", Grants: []rollout.Grant{{UnitID: root.ID, Role: rollout.RoleCoordinator}}},
			"Agree-Test-2024x"); err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(site.Handler())
		defer srv.Close()
		jar, _ := cookiejar.New(nil)
		client := &http.Client{Jar: jar}
		if resp, err := client.Post(srv.URL+"/api/v1/session", "application/json",
			strings.NewReader(`{"username":"mofcom","password":"Agree-Test-2024x"}`)); err != nil || resp.StatusCode != 200 {
			t.Fatalf("sign in: %v %v", resp, err)
		}
		get := func(path string) string {
			t.Helper()
			resp, err := client.Get(srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != 200 {
				t.Fatalf("GET %s: %d %s", path, resp.StatusCode, b)
			}
			return string(b)
		}
		var m struct {
			Cells         []rollout.Cell `json:"cells"`
			Total         rollout.Tally  `json:"total"`
			VerifiedTotal rollout.Tally  `json:"verified_total"`
		}
		if err := json.Unmarshal([]byte(get("/api/v1/matrix?batch=7")), &m); err != nil {
			t.Fatal(err)
		}
		if len(m.Cells) != len(first) {
			t.Fatalf("matrix: %d cells, want %d", len(m.Cells), len(first))
		}
		byProvince := map[string]agreeCount{} // the map counts FTZ cells under their province
		byUnit := map[int64]agreeCount{}
		var total agreeCount
		for _, c := range m.Cells {
			w := want[c.TaskID]
			if c.Leaves != w.leaves || c.Covered() != w.covered || c.NA != w.na || c.Evidence != w.evidence ||
				c.Verified.Leaves != w.leaves || c.Verified.Covered() != w.vcovered || c.Verified.NA != w.na {
				t.Errorf("matrix cell of %s, item %d: leaves %d covered %d na %d evidence %d, verified %+v; scripted %+v",
					c.UnitName, c.ItemSeq, c.Leaves, c.Covered(), c.NA, c.Evidence, c.Verified, w)
			}
			if c.Divided != (leavesOf[c.TaskID][0] != c.TaskID) {
				t.Errorf("matrix cell of %s, item %d: divided %v", c.UnitName, c.ItemSeq, c.Divided)
			}
			u := byID[c.UnitID]
			prov := u.Name
			if u.Kind != rollout.KindProvince {
				prov = byID[u.ProvinceID].Name
			}
			byProvince[prov] = addCount(byProvince[prov], w)
			byUnit[c.UnitID] = addCount(byUnit[c.UnitID], w)
			total = addCount(total, w)
		}
		if m.Total.Leaves != total.leaves || m.Total.Covered() != total.covered || m.Total.NA != total.na ||
			m.VerifiedTotal.Covered() != total.vcovered || m.VerifiedTotal.Leaves != total.leaves {
			t.Errorf("matrix total %+v, verified %+v; scripted %+v", m.Total, m.VerifiedTotal, total)
		}
		if total.vcovered == 0 || total.vcovered == total.covered {
			t.Errorf("the script left %d in force as verified of %d as reported: it tells nothing", total.vcovered, total.covered)
		}

		// The map's table: one row per province (by its short name) with its
		// leaves, covered as reported and as verified, and not applicable.
		// Each number links to the province's matrix.
		row := regexp.MustCompile(`<tr><th scope="row" lang="zh-CN"><a href="[^"]*">([^<]+)</a></th><td>(?:<a[^>]*>)?[^<]*(?:</a>)?</td><td><a href="[^"]*">(\d+)</a></td><td><a href="[^"]*">(\d+)</a></td><td><a href="[^"]*">(\d+)</a></td><td><a href="[^"]*">(\d+)</a></td>`)
		rows := row.FindAllStringSubmatch(get("/picture?batch=7"), -1)
		if len(rows) < 31 {
			t.Fatalf("the map's table has %d province rows, want 31", len(rows))
		}
		for _, r := range rows[:31] {
			var w agreeCount
			ok := false
			for full, c := range byProvince { // the map names provinces short: 广东, 内蒙古
				if strings.HasPrefix(full, r[1]) {
					w, ok = c, true
				}
			}
			if !ok {
				t.Errorf("map row %q is not a province of the matrix", r[1])
				continue
			}
			if got := [4]string{r[2], r[3], r[4], r[5]}; got != [4]string{strconv.Itoa(w.leaves), strconv.Itoa(w.covered),
				strconv.Itoa(w.vcovered), strconv.Itoa(w.na)} {
				t.Errorf("map row %s: leaves, covered as reported and as verified, not applicable %v; scripted %+v", r[1], got, w)
			}
		}

		// The public progress of item 1, read without signing in: one row per
		// province or FTZ, as the matrix counts it as verified.
		resp, err := http.Get(srv.URL + fmt.Sprintf("/items/%d/progress", first[0].ItemID))
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		prow := regexp.MustCompile(`<th scope="row" lang="zh-CN">(?:<a href="[^"]*">)?([^<]+)(?:</a>)?</th>\s*<td[^>]*>[^<]*</td><td>[^<]*</td>\s*<td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>`)
		prows := prow.FindAllStringSubmatch(string(page), -1)
		checked := 0
		for _, ft := range first {
			if ft.ItemID != first[0].ItemID {
				continue
			}
			w := want[ft.ID]
			for _, r := range prows {
				if r[1] == ft.UnitName {
					checked++
					if got := [3]string{r[2], r[3], r[4]}; got != [3]string{strconv.Itoa(w.leaves), strconv.Itoa(w.vcovered), strconv.Itoa(w.na)} {
						t.Errorf("public progress of %s: %v; scripted %+v", ft.UnitName, got, w)
					}
				}
			}
		}
		if resp.StatusCode != 200 || checked < 31 {
			t.Errorf("public progress: %d, %d rows checked", resp.StatusCode, checked)
		}

		// The scorecard of a round over every item and unit of the batch.
		b, err := db.BatchByNumber(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		round := &rollout.Round{Name: "核对轮次", Batch: 7, Period: "2024Q2",
			Weights: rollout.Weights{Status: 0.3, Coverage: 0.4, Evidence: 0.3}}
		for _, it := range b.Items {
			round.Items = append(round.Items, it.ID)
		}
		for id := range byUnit {
			round.Units = append(round.Units, id)
		}
		round, err = db.CreateRound(ctx, round)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := db.Scorecard(ctx, round.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(sc.Units) != len(byUnit) {
			t.Fatalf("scorecard: %d units, want %d", len(sc.Units), len(byUnit))
		}
		for _, l := range sc.Units {
			w := byUnit[l.ID]
			if l.Tally.Leaves != w.leaves || l.Tally.Covered() != w.covered || l.Tally.NA != w.na || l.Tally.Evidence != w.evidence {
				t.Errorf("scorecard of %s: %+v; scripted %+v", l.Label, l.Tally, w)
			}
			if !strings.Contains(l.Formula, "覆盖率") && l.HasTotal {
				t.Errorf("scorecard of %s shows no formula: %q", l.Label, l.Formula)
			}
		}
	})
}

func addCount(a, b agreeCount) agreeCount {
	return agreeCount{a.leaves + b.leaves, a.covered + b.covered, a.na + b.na, a.evidence + b.evidence, a.vcovered + b.vcovered}
}
