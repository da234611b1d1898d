package e2e

import (
	"bytes"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The leader's glance (JOURNEYS.md 7): with reports from a dozen provinces,
// the coordinator opens the national picture from the header, sees the map
// coloured by coverage with its table, goes to the items × regions matrix and
// clicks 广东省's cell through to its drill-down: 深圳市 and 广州市, whose
// coverage the total sums, as reported and (深圳市's report not yet
// reviewed) as verified.
func TestBrowserNationalPicture(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")
	api := apiClient(t, base, coordinator)
	send := func(method, url, body string) {
		t.Helper()
		req, _ := http.NewRequest(method, url, bytes.NewReader([]byte(body)))
		req.Header.Set("Content-Type", "application/json")
		resp, err := api.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode >= 300 {
			t.Fatalf("%s %s: %s", method, url, resp.Status)
		}
	}
	var batch struct {
		Items []struct {
			ID  int64 `json:"id"`
			Seq int   `json:"seq"`
		} `json:"items"`
	}
	getJSON(t, api, base+"/api/v1/batches/7", &batch)
	provinces := []string{"广东省", "浙江省", "上海市", "江苏省", "福建省", "山东省", "四川省", "湖北省", "河南省", "北京市", "天津市", "海南省"}
	statuses := []string{"implemented", "deepening", "in_progress", "implemented", "central", "not_started"}
	var gdTask, gdUnit int64
	for _, it := range batch.Items[:8] {
		var tasks struct {
			Tasks []struct {
				ID     int64  `json:"id"`
				Unit   string `json:"unit"`
				UnitID int64  `json:"unit_id"`
				Role   string `json:"role"`
			} `json:"tasks"`
		}
		getJSON(t, api, fmt.Sprintf("%s/api/v1/items/%d/tasks", base, it.ID), &tasks)
		if it.Seq == 1 {
			tasks.Tasks = slices.DeleteFunc(tasks.Tasks, func(tk struct {
				ID     int64  `json:"id"`
				Unit   string `json:"unit"`
				UnitID int64  `json:"unit_id"`
				Role   string `json:"role"`
			}) bool {
				if tk.Unit == "广东省" && tk.Role == "implement" {
					gdTask, gdUnit = tk.ID, tk.UnitID
					return true // divided below, reported by its cities
				}
				return false
			})
		}
		for _, tk := range tasks.Tasks {
			i := strings.Index(strings.Join(provinces, ","), tk.Unit)
			if tk.Role != "implement" || i < 0 {
				continue
			}
			// Coverage falls from the first provinces of the list to the last.
			if (i/10+it.Seq)%len(statuses) > 2+i/40 {
				continue
			}
			send("POST", fmt.Sprintf("%s/api/v1/tasks/%d/steps", base, tk.ID), `{"kind": "acknowledge"}`)
			send("PUT", fmt.Sprintf("%s/api/v1/tasks/%d/reports/2024Q1", base, tk.ID),
				fmt.Sprintf(`{"version": 0, "status": %q, "submit": true}`, statuses[(i/10+it.Seq)%len(statuses)]))
		}
	}
	if gdTask == 0 {
		t.Fatal("no task of 广东省 for item 1")
	}
	// 广东省 divides item 1 between 深圳市 and 广州市; 深圳市 reports it implemented.
	var gd struct {
		Children []struct {
			ID   int64  `json:"id"`
			Name string `json:"name"`
		} `json:"children"`
	}
	getJSON(t, api, fmt.Sprintf("%s/api/v1/units/%d", base, gdUnit), &gd)
	city := map[string]int64{}
	for _, c := range gd.Children {
		city[c.Name] = c.ID
	}
	send("POST", fmt.Sprintf("%s/api/v1/tasks/%d/divisions", base, gdTask), fmt.Sprintf(`{"divisions": [
		{"unit_id": %d, "role": "lead", "deadline": "2024年6月底前"}, {"unit_id": %d, "role": "co", "deadline": "持续推进"}]}`,
		city["深圳市"], city["广州市"]))
	var below struct {
		Cells []struct {
			TaskID int64  `json:"task_id"`
			Unit   string `json:"unit"`
		} `json:"cells"`
	}
	getJSON(t, api, fmt.Sprintf("%s/api/v1/tasks/%d/below", base, gdTask), &below)
	for _, c := range below.Cells {
		if c.Unit == "深圳市" {
			send("POST", fmt.Sprintf("%s/api/v1/tasks/%d/steps", base, c.TaskID), `{"kind": "acknowledge"}`)
			send("PUT", fmt.Sprintf("%s/api/v1/tasks/%d/reports/2024Q1", base, c.TaskID), `{"version": 0, "status": "implemented", "submit": true}`)
		}
	}
	if len(below.Cells) != 2 {
		t.Fatalf("below 广东省's task: %+v", below.Cells)
	}

	signIn(t, ctx, base, coordinator)
	b := tab{t, ctx}
	text := b.text
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.Click(chromedp.CSS(`nav.mainnav a[href="/picture"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#national-map svg`)),
		screenshot(t, "11-national-map"),
	); err != nil {
		t.Fatalf("national map: %v", err)
	}
	mapText := text(`#map-table`)
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#matrix-link`)),
		chromedp.WaitVisible(chromedp.CSS(`#matrix`)),
	); err != nil {
		t.Fatalf("matrix: %v", err)
	}
	total := text(`#matrix-total`)
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`a.cell[data-task="%d"]`, gdTask))),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/tasks/`+fmt.Sprint(gdTask)+`"]`)),
	); err != nil {
		t.Fatalf("drill-down: %v", err)
	}
	heading := text(`main h1`)
	rows, belowTotal, belowVerified := text(`#below tbody`), text(`#below-total`), text(`#below-total-verified`)
	if !strings.Contains(rows, "深圳市") || !strings.Contains(rows, "广州市") || belowTotal != "50.0%" {
		t.Errorf("drill-down rows %q, total %q (want 深圳市 implemented, 广州市 not started: 50.0%%)", rows, belowTotal)
	}
	// 深圳市's report awaits 广东省's review: reported, not verified.
	if belowVerified != "0.0%" {
		t.Errorf("drill-down total as verified %q, want 0.0%% (深圳市's report is not reviewed yet)", belowVerified)
	}
	if !strings.Contains(mapText, "广东") || !strings.Contains(mapText, "%") {
		t.Errorf("the map's table: %q", mapText)
	}
	if !strings.Contains(total, "%") {
		t.Errorf("matrix total: %q", total)
	}
	if !strings.Contains(heading, "广东省") || !strings.Contains(heading, "第1项") {
		t.Errorf("drill-down heading: %q", heading)
	}

	// A province on the map opens that province's columns of the matrix.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/picture"), chromedp.WaitVisible(chromedp.CSS(`#national-map svg`)),
		chromedp.Click(chromedp.CSS(`#national-map a path[data-code="440000"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#matrix`)),
	); err != nil {
		t.Fatalf("a province on the map: %v", err)
	}
	if h, cols := text(`main h1`), text(`#matrix thead`); !strings.Contains(h, "广东省") || strings.Contains(cols, "浙江省") || !strings.Contains(cols, "广东省") {
		t.Errorf("the map's 广东 opens %q with columns %q", h, cols)
	}
	// The red count on the leader's page opens the overdue list it counts.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/picture"), chromedp.WaitVisible(chromedp.CSS(`#picture-red a`))); err != nil {
		t.Fatal(err)
	}
	red := text(`#picture-red a`)
	if red == "0" {
		t.Errorf("no red task on the leader's page, where deadlines have passed")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#picture-red a`)), chromedp.WaitVisible(chromedp.CSS(`#overdue-batch`))); err != nil {
		t.Fatalf("the red count's list: %v", err)
	}
	if summary := text(`main p.summary`); !strings.Contains(summary, "共"+red+"项") {
		t.Errorf("the page says %s red tasks; its list says %q", red, summary)
	}
}
