package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A province reviewer signs in, sees only that province's tasks — another
// province's are refused — and signs out (JOURNEYS.md 4, within the accounts'
// rules).
func TestBrowserProvinceReviewerSeesOnlyItsProvince(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")
	api := apiClient(t, base, coordinator)

	// The units' IDs, as the coordinator may read them.
	unitOf := func(name string) int64 {
		t.Helper()
		var found struct {
			Items []struct {
				ID int64 `json:"id"`
			} `json:"items"`
		}
		getJSON(t, api, base+"/api/v1/items?q=%E5%85%A5%E6%B5%B7%E6%8E%92%E6%B1%A1%E5%8F%A3", &found) // 入海排污口: item 24
		var tasks struct {
			Tasks []struct {
				UnitID int64  `json:"unit_id"`
				Unit   string `json:"unit"`
			} `json:"tasks"`
		}
		getJSON(t, api, fmt.Sprintf("%s/api/v1/items/%d/tasks", base, found.Items[0].ID), &tasks)
		for _, tk := range tasks.Tasks {
			if tk.Unit == name {
				return tk.UnitID
			}
		}
		t.Fatalf("no task of %s for item 24", name)
		return 0
	}
	gd, zj := unitOf("广东省"), unitOf("浙江省")

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(css(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}

	// Signed out, the province's tasks ask for a sign-in.
	if err := chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/units/%d/tasks", base, gd)), chromedp.WaitVisible(css(`#username`))); err != nil {
		t.Fatalf("anonymous visit: %v", err)
	}

	signIn(t, ctx, base, gdReviewer)
	if err := chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/units/%d/tasks", base, gd)), chromedp.WaitVisible(css(`main table`)),
		screenshot(t, "8-reviewer-tasks")); err != nil {
		t.Fatal(err)
	}
	if body := text("main"); !strings.Contains(body, "广东省") || !strings.Contains(body, "入海排污口规范化") {
		t.Errorf("the reviewer's province page lacks its tasks:\n%s", body)
	}
	// Another province: refused, and nothing of it shown.
	if err := chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/units/%d/tasks", base, zj)), chromedp.WaitVisible(css(`main`))); err != nil {
		t.Fatal(err)
	}
	if body := text("main"); strings.Contains(body, "浙江省") || strings.Contains(body, "入海排污口规范化") {
		t.Errorf("another province's tasks are visible:\n%s", body)
	}
	// Sign out: the province's tasks ask for a sign-in again.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(`form[action="/signout"]`)),
		chromedp.Submit(css(`form[action="/signout"]`)),
		chromedp.WaitNotPresent(css(`form[action="/signout"]`)),
		chromedp.Navigate(fmt.Sprintf("%s/units/%d/tasks", base, gd)),
		chromedp.WaitVisible(css(`#username`)),
	); err != nil {
		t.Fatalf("sign out: %v", err)
	}
}
