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
	units := item24Units(t, api, base)
	gd, zj := units["广东省"], units["浙江省"]
	if gd == 0 || zj == 0 {
		t.Fatalf("no task of 广东省 or 浙江省 for item 24: %v", units)
	}

	b := tab{t, ctx}
	text := b.text

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
