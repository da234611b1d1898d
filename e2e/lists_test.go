package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
)

// A province reporter works its list in the browser: sorts it, filters it,
// pages through it, exports what is shown to .xlsx, and acknowledges the
// tasks awaiting 签收 at once — one of which another acknowledged meanwhile,
// and the page says so (issue 17, items 5 and 8).
func TestBrowserTaskList(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")
	api := apiClient(t, base, coordinator)
	gd := item24Units(t, api, base)["广东省"]
	if gd == 0 {
		t.Fatal("no task of 广东省 for item 24")
	}
	b := tab{t, ctx}
	signIn(t, ctx, base, gdReporter)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1440, 900)); err != nil {
		t.Fatal(err)
	}
	list := fmt.Sprintf("%s/units/%d/tasks", base, gd)

	// Sorted by item, newest last, 20 a page.
	b.do("sort and page", chromedp.Navigate(list), chromedp.WaitVisible(css(`form.list-filter`)),
		chromedp.SetValue(css(`#f-sort`), "item"), chromedp.SetValue(css(`#f-order`), "desc"), chromedp.SetValue(css(`#f-size`), "20"),
		chromedp.Submit(css(`#f-state`)), chromedp.WaitVisible(css(`a[rel=next]`)))
	pager := b.text(`nav.pager`)
	total := 0
	if m := regexp.MustCompile(`第 1–20 项，共 (\d+) 项`).FindStringSubmatch(pager); m != nil {
		fmt.Sscan(m[1], &total)
	}
	if total <= 20 {
		t.Fatalf("pager %q: want the first 20 of more", pager)
	}
	seqs, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[...document.querySelectorAll('table.tasks tbody tr td.num')].map(td => parseInt(td.textContent.trim().split(/\s+/).pop()))`))
	if err != nil || len(seqs) != 20 {
		t.Fatalf("rows %v, %v", seqs, err)
	}
	for i := 1; i < len(seqs); i++ {
		if seqs[i] > seqs[i-1] {
			t.Errorf("items not in descending order: %v", seqs)
			break
		}
	}
	b.do("next page", chromedp.Click(css(`a[rel=next]`)), chromedp.WaitVisible(css(`a[rel=prev]`)))
	if p := b.text(`nav.pager`); !strings.Contains(p, fmt.Sprintf("第 21–%d 项，共 %d 项", total, total)) {
		t.Errorf("second page: %q", p)
	}

	// Filtered: no light, due by nothing — the tasks awaiting 签收; then exported.
	b.do("filter by item", chromedp.Navigate(list+"?item=24"), chromedp.WaitVisible(css(`nav.pager`)))
	if p := b.text(`nav.pager`); !strings.Contains(p, "共 1 项") {
		t.Errorf("filtered by item 24: %q", p)
	}
	b.do("filter by state", chromedp.Navigate(list), chromedp.WaitVisible(css(`form.list-filter`)),
		chromedp.SetValue(css(`#f-state`), "assigned"),
		chromedp.Submit(css(`#f-state`)), chromedp.WaitVisible(css(`#bulk-form`)), screenshot(t, "14-task-list-filtered"))
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('.export-links a[href*="format=xlsx"]').getAttribute('href')`))
	if err != nil || !strings.Contains(href, "state=assigned") {
		t.Fatalf("export link %q, %v", href, err)
	}
	rep := apiClient(t, base, gdReporter)
	resp, err := rep.Get(base + href)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	f, err := excelize.OpenReader(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("export %s: %v (%s)", href, err, resp.Status)
	}
	rows, _ := f.GetRows(f.GetSheetName(0))
	f.Close()
	assigned := rows[2:]
	if len(assigned) == 0 {
		t.Fatalf("the export holds no row: %q", rows)
	}
	for _, r := range assigned {
		if len(r) < 8 || r[7] != "待签收" {
			t.Errorf("an exported row is not awaiting 签收: %q", r)
		}
	}

	// Bulk 签收 of the page's tasks; one was acknowledged by another first.
	ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('input[name=task]')].map(i => i.value)`))
	if err != nil || len(ids) < 2 {
		t.Fatalf("boxes %v, %v", ids, err)
	}
	step, _ := json.Marshal(map[string]string{"kind": "acknowledge"})
	if resp, err := rep.Post(base+"/api/v1/tasks/"+ids[0]+"/steps", "application/json", bytes.NewReader(step)); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("acknowledge one first: %v %v", resp, err)
	}
	b.do("bulk", chromedp.Click(css(`#pick-all`)), chromedp.Click(css(`#bulk-form button[type=submit]`)), chromedp.WaitVisible(css(`#bulk-outcome`)),
		screenshot(t, "15-bulk-acknowledged"))
	out := b.text(`#bulk-outcome`)
	if !strings.Contains(out, fmt.Sprintf("已签收%d项任务。", len(ids)-1)) || !strings.Contains(out, "1项未签收") {
		t.Errorf("bulk outcome: %q (of %d)", out, len(ids))
	}
	var after struct {
		Total int `json:"total"`
	}
	getJSON(t, rep, fmt.Sprintf("%s/api/v1/units/%d/tasks?state=assigned", base, gd), &after)
	if after.Total != len(assigned)-len(ids) {
		t.Errorf("after bulk 签收 %d tasks await it, want %d", after.Total, len(assigned)-len(ids))
	}

	// At 390 px the list and its form fit.
	b.do("narrow", chromedp.EmulateViewport(390, 844), chromedp.Navigate(list+"?sort=deadline"), chromedp.WaitVisible(css(`form.list-filter`)),
		firstScreen(t, "390-task-list"))
	widths, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth]`))
	if err != nil || widths[0] > widths[1] {
		t.Errorf("the list scrolls sideways at 390 px: %v, %v", widths, err)
	}
}
