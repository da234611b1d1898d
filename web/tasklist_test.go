package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"rollout"
)

// TestBulkAcknowledge: a reporter acknowledges several tasks at once; each is
// decided on its own, the one already acknowledged is a conflict, and the
// page and the API say every outcome.
func TestBulkAcknowledge(t *testing.T) {
	site := newTestSite(t, newFake(t))
	ctx := context.Background()
	q := site.listQuery(rollout.TaskFilter{Within: guangdong, State: rollout.StateAssigned})
	q.Limit = 3
	page, err := site.tasks.TaskList(ctx, q)
	if err != nil || len(page.Tasks) < 3 {
		t.Fatalf("assigned tasks: %v, %v", page.Tasks, err)
	}
	a, b, c := page.Tasks[0], page.Tasks[1], page.Tasks[2]
	rep := "reporter@440000"
	form := url.Values{"task": {fmt.Sprint(a.ID), fmt.Sprint(b.ID)}}.Encode()
	rec := site.serveAs(t, rep, "POST", "/units/440000/tasks/acknowledge?light=none", formPost, form)
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "已签收2项任务。") || strings.Contains(body, "未签收：") {
		t.Fatalf("bulk: %d %s", rec.Code, body)
	}
	for _, tk := range []*rollout.Task{a, b} {
		if now, _ := site.tasks.Task(ctx, tk.ID); now.State != rollout.StateAcknowledged {
			t.Errorf("task %d is %s", tk.ID, now.State)
		}
	}
	// The timeline names the person and their unit, not the login alone.
	if body := site.getAs(t, rep, "GET", fmt.Sprintf("/tasks/%d", a.ID), nil).Body.String(); !strings.Contains(body,
		`<span class="event-actor" title="reporter.440000">reporter.440000（广东省）</span>`) {
		t.Errorf("the timeline does not name the person and unit:\n%s", body)
	}
	var tl apiTimeline
	if err := json.Unmarshal(site.getAs(t, rep, "GET", fmt.Sprintf("/api/v1/tasks/%d/timeline", a.ID), nil).Body.Bytes(), &tl); err != nil ||
		len(tl.Events) == 0 || tl.Events[len(tl.Events)-1].Who != "reporter.440000（广东省）" {
		t.Errorf("api timeline %+v, %v", tl, err)
	}
	// Again with one more: the two are conflicts now, the third is taken.
	var ans apiBulkAnswer
	rec = site.serveAs(t, rep, "POST", "/api/v1/tasks/acknowledgements", jsonPost,
		fmt.Sprintf(`{"task_ids": [%d, %d, %d, %d]}`, a.ID, c.ID, b.ID, a.ID))
	if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil || rec.Code != 200 {
		t.Fatalf("api: %d %s", rec.Code, rec.Body)
	}
	if ans.Acknowledged != 1 || ans.Failed != 2 || len(ans.Outcomes) != 3 || !ans.Outcomes[1].OK ||
		ans.Outcomes[0].Error == nil || ans.Outcomes[0].Error.Code != rollout.ECONFLICT || ans.Outcomes[1].Task.State != string(rollout.StateAcknowledged) {
		t.Errorf("api answer %+v", ans)
	}
	// Too many at once is refused before any is taken.
	ids := make([]string, rollout.MaxBulkSteps+1)
	for i := range ids {
		ids[i] = fmt.Sprint(i + 1)
	}
	if rec := site.serveAs(t, rep, "POST", "/api/v1/tasks/acknowledgements", jsonPost, `{"task_ids": [`+strings.Join(ids, ",")+`]}`); rec.Code != 400 {
		t.Errorf("too many: %d", rec.Code)
	}
}

// TestListPages: the pages of a list add up to the list, in its order, and
// the export holds the filtered list whole.
func TestListPages(t *testing.T) {
	site := newTestSite(t, newFake(t))
	var seen []int64
	total := -1
	for p := 1; ; p++ {
		var out struct {
			Tasks []struct {
				ID       int64 `json:"id"`
				Deadline struct {
					Date string `json:"date"`
				} `json:"deadline"`
			} `json:"tasks"`
			Total int `json:"total"`
		}
		rec := site.getAs(t, "coordinator@1", "GET", fmt.Sprintf("/api/v1/units/440000/overdue?sort=unit&size=2&page=%d", p), nil)
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || rec.Code != 200 {
			t.Fatalf("page %d: %d %s", p, rec.Code, rec.Body)
		}
		total = out.Total
		if len(out.Tasks) == 0 {
			break
		}
		for _, tk := range out.Tasks {
			seen = append(seen, tk.ID)
		}
	}
	if total < 3 || len(seen) != total {
		t.Errorf("pages hold %d tasks, total %d", len(seen), total)
	}
	csv := site.getAs(t, "coordinator@1", "GET", "/units/440000/overdue?sort=unit&size=2&format=csv", nil).Body.String()
	if lines := strings.Count(strings.TrimSpace(csv), "\n"); lines != total {
		t.Errorf("export holds %d rows, want %d:\n%s", lines, total, csv)
	}
}
