package main

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// A place name leads to where the reforms stand there (JOURNEYS.md 9), over
// the real directory and the real 7th batch: 义乌 finds 义乌市; its page shows
// its own task where Zhejiang divided the work down to it, and Zhejiang's
// task, marked as held above, for every other item.
func TestPlaceOverStorage(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		st := serveOverStorage(t, db)
		zj, jh, yw := st.unit("浙江省"), st.unit("金华市"), st.unit("义乌市")
		kids, err := db.Divide(st.ctx, st.taskOf(zj, 18).ID, []rollout.Division{{UnitID: jh.ID, Role: rollout.RoleLead}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Divide(st.ctx, kids[0].ID, []rollout.Division{{UnitID: yw.ID, Role: rollout.RoleLead}}); err != nil {
			t.Fatal(err)
		}
		get := func(path string) string {
			t.Helper()
			res, err := http.Get(st.srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			b, _ := io.ReadAll(res.Body)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %d\n%s", path, res.StatusCode, b)
			}
			return string(b)
		}
		search := get("/search?q=" + urlQuery("义乌"))
		if !strings.Contains(search, `href="/places/`+itoa(yw.ID)+`"`) || !strings.Contains(search, "浙江省 · 金华市") {
			t.Fatalf("search 义乌 does not lead to 义乌市:\n%s", search)
		}
		page := get("/places/" + itoa(yw.ID))
		rows := strings.Split(page, "<tr>")
		var own, above int
		for _, row := range rows {
			switch {
			case strings.Contains(row, "专利开放许可新模式"):
				if !strings.Contains(row, "义乌市") || strings.Contains(row, "（上级）") {
					t.Errorf("item 18 is 义乌市's own task:\n%s", row)
				}
				own++
			case strings.Contains(row, "浙江省") && strings.Contains(row, "（上级）"):
				above++
			}
		}
		// The 22 nationwide items of the 7th batch plus the coastal one reach
		// Zhejiang; one of them is 义乌's own.
		if own != 1 || above != 22 {
			t.Errorf("义乌市's page: %d own rows, %d held above; want 1 and 22", own, above)
		}
	})
}
