package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A4 is 210 mm wide; a page's printable width is what its @page margins
// leave of it. The documents (evaldoc.css) keep GB/T 9704's 28 mm and 26 mm;
// the site's pages (style.css) 15 mm either side.
const (
	a4Width       = 210.0
	docMargins    = 28.0 + 26.0
	siteMargins   = 15.0 + 15.0
	cssPxPerMM    = 96 / 25.4
	overflowCheck = `(() => {
  const W = document.documentElement.clientWidth, out = [];
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
  for (const el of document.querySelectorAll('body *')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > W + 1) out.push(name(el) + ' reaches ' + Math.round(r.right) + 'px of ' + W + 'px: ' + (el.textContent || '').trim().slice(0, 30));
    if (['auto', 'scroll', 'hidden', 'clip'].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1)
      out.push(name(el) + ' cuts off ' + (el.scrollWidth - el.clientWidth) + 'px of its ' + el.scrollWidth + 'px');
  }
  return out.slice(0, 15);
})()`
)

// fitsA4 prints the page at url as Chromium prints it on A4 — print media,
// a viewport as wide as the page's printable width (A4 less its margins in
// mm) — and fails the test for every element wider than that width or
// cutting off its content (a scrolling box cannot scroll on paper). It also
// prints the page to PDF on A4 paper and keeps the PDF in the test's
// directory.
func fitsA4(t *testing.T, ctx context.Context, url string, marginsMM float64, name string) {
	t.Helper()
	width := int64((a4Width - marginsMM) * cssPxPerMM)
	media := func(m string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m})
			return err
		})
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(css("main")), media("print"), chromedp.EmulateViewport(width, 1100)); err != nil {
		t.Fatalf("print %s: %v", url, err)
	}
	problems, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](overflowCheck))
	if err != nil {
		t.Fatalf("measure %s: %v", url, err)
	}
	for _, p := range problems {
		t.Errorf("%s does not fit the A4 printable width (%d px): %s", name, width, p)
	}
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPrintBackground(),
		func(p *page.PrintToPDFParams) { p.PreferCSSPageSize = &[]bool{true}[0] }))
	if err != nil || !strings.HasPrefix(string(pdf), "%PDF-") {
		t.Fatalf("%s: Chromium printed no PDF: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(t.TempDir(), name+".pdf"), pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, media(""), chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatal(err)
	}
}
