package e2e

import (
	"fmt"
	"net/url"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestNarrowScreens: on a 390 px phone no page scrolls sideways — the header
// fits or folds, and wide tables scroll inside their own frame — signed out,
// as a coordinator (the longest menu) and as a province reporter.
func TestNarrowScreens(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")
	api := apiClient(t, base, coordinator)
	units := item24Units(t, api, base)
	gd := units["广东省"]
	if gd == 0 {
		t.Fatalf("no task of 广东省 for item 24: %v", units)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844)); err != nil {
		t.Fatal(err)
	}
	check := func(who string, paths ...string) {
		t.Helper()
		for _, p := range paths {
			if err := chromedp.Do(ctx, chromedp.Navigate(base+p), chromedp.WaitVisible(css(`main`))); err != nil {
				t.Fatalf("%s %s: %v", who, p, err)
			}
			widths, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth]`))
			if err != nil {
				t.Fatalf("%s %s: %v", who, p, err)
			}
			if widths[0] > widths[1] {
				wide, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap') && !(e.parentElement && e.parentElement.closest('table'))).slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))`))
				t.Errorf("%s %s: the page scrolls sideways at 390 px (scrollWidth %d > innerWidth %d); beyond the edge: %q", who, p, widths[0], widths[1], wide)
			}
		}
	}
	public := []string{"/", "/search?q=" + url.QueryEscape("专利许可"), "/search?q=" + url.QueryEscape("义乌"), "/batches/7", "/items/1",
		"/items/1/progress", "/signin", "/glossary"}
	check("anyone", public...)

	signIn(t, ctx, base, coordinator)
	check("coordinator", public...)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/picture"), chromedp.WaitVisible(css(`#national-map`)), firstScreen(t, "390-coordinator-picture")); err != nil {
		t.Fatal(err)
	}
	check("coordinator", "/picture", "/matrix?batch=7", "/matrix?batch=7&province=440000", "/problems", "/coordination",
		"/coordination/links", "/rounds", "/rounds/new", "/account", "/notifications", fmt.Sprintf("/units/%d", gd), fmt.Sprintf("/units/%d/tasks", gd))
	signOut(t, ctx, base)

	signIn(t, ctx, base, gdReporter)
	if err := chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/units/%d/tasks", base, gd)), chromedp.WaitVisible(css(`main table`)),
		firstScreen(t, "390-reporter-tasks")); err != nil {
		t.Fatal(err)
	}
	check("reporter", fmt.Sprintf("/units/%d/tasks", gd), fmt.Sprintf("/units/%d/tasks?state=assigned&sort=deadline&size=20", gd), fmt.Sprintf("/units/%d/overdue", gd), fmt.Sprintf("/units/%d/import", gd), fmt.Sprintf("/units/%d/reissue", gd), "/account")
}
