package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// A county's reporter can neither read nor change another county's task, by
// page or by API, over the real storage on both databases.
func TestCountyIsolationOverStorage(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		st := serveOverStorage(t, db)
		ctx, unit, taskOf := st.ctx, st.unit, st.taskOf
		gd, sz, nanshan, futian := unit("广东省"), unit("深圳市"), unit("440305"), unit("440304")
		divide := func(parent *rollout.Task, units ...*rollout.Unit) {
			var ds []rollout.Division
			for i, u := range units {
				role := rollout.RoleCo
				if i == 0 {
					role = rollout.RoleLead
				}
				ds = append(ds, rollout.Division{UnitID: u.ID, Role: role, Deadline: rollout.ParseDeadline("2024年6月底前")})
			}
			if _, err := db.Divide(ctx, parent.ID, ds); err != nil {
				t.Fatal(err)
			}
		}
		divide(taskOf(gd, 24), sz)
		divide(taskOf(sz, 24), nanshan, futian)
		own, foreign := taskOf(futian, 24), taskOf(nanshan, 24)
		st.account("futian.reporter", futian.ID, rollout.RoleReporter, "County-Report-2024")
		st.account("nanshan.reporter", nanshan.ID, rollout.RoleReporter, "County-Report-2024")
		c := st.signIn("futian.reporter", "County-Report-2024")
		division := fmt.Sprintf(`{"divisions":[{"unit_id":%d,"role":"lead","deadline":"持续推进"}]}`, futian.ID)
		for _, tc := range []struct {
			method, path, body string
			want               int
		}{
			{"GET", fmt.Sprintf("/api/v1/tasks/%d", own.ID), "", 200},
			{"GET", fmt.Sprintf("/units/%d/tasks", futian.ID), "", 200},
			{"GET", fmt.Sprintf("/api/v1/tasks/%d", foreign.ID), "", 403},
			{"GET", fmt.Sprintf("/api/v1/units/%d/tasks", nanshan.ID), "", 403},
			{"GET", fmt.Sprintf("/units/%d/tasks", nanshan.ID), "", 403},
			{"GET", fmt.Sprintf("/units/%d", nanshan.ID), "", 403},
			{"GET", fmt.Sprintf("/tasks/%d/divide", foreign.ID), "", 403},
			{"POST", fmt.Sprintf("/api/v1/tasks/%d/divisions", foreign.ID), division, 403},
			{"GET", fmt.Sprintf("/units/%d/tasks", sz.ID), "", 403}, // its city: above it
		} {
			code, body := c.do(tc.method, tc.path, tc.body)
			if code != tc.want {
				t.Errorf("%s %s: %d, want %d", tc.method, tc.path, code, tc.want)
			}
			if code == 403 && strings.Contains(body, "南山") {
				t.Errorf("%s %s: the refusal names the other county", tc.method, tc.path)
			}
		}
		// The item's tree shows the county its own task only.
		var tasks struct {
			Tasks []struct {
				Unit string `json:"unit"`
			} `json:"tasks"`
		}
		_, body := c.do("GET", fmt.Sprintf("/api/v1/items/%d/tasks", own.ItemID), "")
		json.Unmarshal([]byte(body), &tasks)
		if len(tasks.Tasks) != 1 || tasks.Tasks[0].Unit != "福田区" {
			t.Errorf("the county sees %+v of the item's tasks", tasks.Tasks)
		}
		// Nothing was divided by the refused request.
		if under, _ := db.Tasks(ctx, rollout.TaskFilter{Within: nanshan.ID}); len(under) != 1 {
			t.Errorf("%d tasks within 南山区, want its own 1", len(under))
		}
	})
}
