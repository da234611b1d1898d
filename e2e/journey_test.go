package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The newcomer's journey (JOURNEYS.md 1, 9): a fresh server shows the 7th batch;
// from the home page to the batch, to item 2 with the body's other name, then a
// search for 知识产权 that finds the eight items that mention it, and the switch
// to English and back.
func TestBrowserJourney(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")
	b := tab{t, ctx}
	text, do := b.text, b.do

	// The catalogue is public; the journey is walked signed in, as the coordinator would.
	signIn(t, ctx, base, coordinator)

	// Home: the batch is listed with its 文号.
	do("open home", chromedp.Navigate(base+"/"), chromedp.WaitVisible(css(`a[href="/batches/7"]`)), screenshot(t, "1-home"))
	if body := text("main"); !strings.Contains(body, "国函〔2023〕56号") || !strings.Contains(body, "第七批") {
		t.Errorf("home page does not list the 7th batch:\n%s", body)
	}

	// Batch 7: five domains, 24 items, item 23 and 24 as specific-region items.
	do("open batch 7", chromedp.Click(css(`a[href="/batches/7"]`)), chromedp.WaitVisible(css(`#item-24`)), screenshot(t, "2-batch"))
	body := text("main")
	for _, want := range []string{"投资贸易便利化", "政府管理创新", "金融开放创新", "产业高质量发展", "知识产权保护", "入海排污口规范化", "沿海地区"} {
		if !strings.Contains(body, want) {
			t.Errorf("batch page lacks %q", want)
		}
	}
	rows, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll(`tr[id^="item-"]`)))
	if err != nil || len(rows) != 24 {
		t.Errorf("batch page has %d item rows (%v), want 24", len(rows), err)
	}

	// Item 2: the annex name, the body's name kept as an alias, the lead unit.
	do("open item 2", chromedp.Click(css(`#item-2 a`)), chromedp.WaitVisible(css(`h1`)), screenshot(t, "3-item"))
	if h := text("h1"); !strings.Contains(h, "出口货物检验检疫单“云签发”平台") {
		t.Errorf("item heading = %q", h)
	}
	if body := text("main"); !strings.Contains(body, "出口货物检验检疫证单‘云签发’平台") || !strings.Contains(body, "海关总署") {
		t.Errorf("item page lacks the alias or the lead unit:\n%s", body)
	}

	// Search from the page's own form.
	do("search",
		chromedp.Navigate(base+"/search"),
		chromedp.WaitVisible(css(`#q`)),
		chromedp.SendKeys(css(`#q`), "知识产权"),
		chromedp.Submit(css(`#q`)),
		chromedp.WaitVisible(css(`table.results`)),
		screenshot(t, "4-search"))
	results, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll(`table.results tbody tr`)))
	if err != nil || len(results) != 8 {
		t.Errorf("search for 知识产权 shows %d rows (%v), want 8", len(results), err)
	}
	if marks, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll(`table.results mark`))); err != nil || len(marks) == 0 {
		t.Errorf("search results highlight nothing (%v)", err)
	}
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	if !strings.Contains(loc, "q=") {
		t.Errorf("search URL %q has no query", loc)
	}

	// English and back.
	do("switch to English", chromedp.Click(css(`a.lang-switch`)), chromedp.WaitVisible(css(`html[lang="en"]`)))
	if nav := text("nav"); !strings.Contains(nav, "Search") {
		t.Errorf("English navigation = %q", nav)
	}
	do("back to Chinese", chromedp.Click(css(`a.lang-switch`)), chromedp.WaitVisible(css(`html[lang="zh-CN"]`)))
}
