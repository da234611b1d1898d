package e2e

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The leader's glance (JOURNEYS.md 7): with reports from a dozen provinces,
// the coordinator opens the national picture from the header, sees the map
// coloured by coverage with its table, goes to the items × regions matrix and
// clicks 广东省's cell through to its drill-down.
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
	var gdTask int64
	for _, it := range batch.Items[:8] {
		var tasks struct {
			Tasks []struct {
				ID   int64  `json:"id"`
				Unit string `json:"unit"`
				Role string `json:"role"`
			} `json:"tasks"`
		}
		getJSON(t, api, fmt.Sprintf("%s/api/v1/items/%d/tasks", base, it.ID), &tasks)
		for _, tk := range tasks.Tasks {
			i := strings.Index(strings.Join(provinces, ","), tk.Unit)
			if tk.Role != "implement" || i < 0 {
				continue
			}
			if tk.Unit == "广东省" && it.Seq == 1 {
				gdTask = tk.ID
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

	signIn(t, ctx, base, coordinator)
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
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
	if !strings.Contains(mapText, "广东") || !strings.Contains(mapText, "%") {
		t.Errorf("the map's table: %q", mapText)
	}
	if !strings.Contains(total, "%") {
		t.Errorf("matrix total: %q", total)
	}
	if !strings.Contains(heading, "广东省") || !strings.Contains(heading, "第1项") {
		t.Errorf("drill-down heading: %q", heading)
	}
}
