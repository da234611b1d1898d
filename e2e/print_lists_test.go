package e2e

import (
	"context"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// a4Printable is A4's printable width in CSS pixels: 210 mm less the print
// stylesheet's 15 mm margins, at 96 px an inch.
const a4Printable = 680 // (210 - 2*15) mm × 96 / 25.4, rounded down

// TestPrintA4: a list page and a task page, printed, hold no header or menu
// and nothing wider than A4's printable width (issue 17, item 8).
func TestPrintA4(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")
	api := apiClient(t, base, coordinator)
	units := item24Units(t, api, base)
	gd := units["广东省"]
	var tasks struct {
		Tasks []struct {
			ID int64 `json:"id"`
		} `json:"tasks"`
	}
	getJSON(t, api, fmt.Sprintf("%s/api/v1/units/%d/tasks", base, gd), &tasks)
	if len(tasks.Tasks) == 0 {
		t.Fatal("广东省 has no task")
	}
	signIn(t, ctx, base, gdReporter)
	width := a4Printable
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), 1100), chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	})); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{fmt.Sprintf("/units/%d/tasks", gd), fmt.Sprintf("/tasks/%d", tasks.Tasks[0].ID), fmt.Sprintf("/units/%d/overdue", gd), "/glossary"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(base+p), chromedp.WaitReady(css(`main`))); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth,
			Math.max(0, ...[...document.querySelectorAll('main *')].map(e => Math.ceil(e.getBoundingClientRect().right))),
			[...document.querySelectorAll('header.masthead, nav.mainnav')].filter(e => getComputedStyle(e).display !== 'none').length]`))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if got[0] > width || got[1] > width {
			wide, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > `+fmt.Sprint(width)+`).slice(0, 6).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))`))
			t.Errorf("%s printed is wider than A4's printable %d px: page %d, widest element's edge %d: %q", p, width, got[0], got[1], wide)
		}
		if got[2] != 0 {
			t.Errorf("%s printed shows the header or the menu", p)
		}
	}
}
