package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Journey 1 (JOURNEYS.md): the coordinator uploads a new notice whose title
// names no batch; the preview shows what was read and refuses to store it
// until the batch is given; with batch 8 she confirms, previews the
// assignment ("22 项 × 31 个省（区、市），1 项 × 22 个自贸试验区，1 项 × 11 个沿海
// 省（区、市），…"), confirms it, and confirming again changes nothing. The
// Guangdong reporter then finds the new tasks in the province's inbox, from
// the workbench.
func TestIntakeJourney(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")
	b := tab{t, ctx}
	text, do := b.text, b.do

	doc, err := os.ReadFile("../notice/testdata/variants/new-batch.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc = bytes.ReplaceAll(doc, []byte("国函〔2023〕56号"), []byte("国函〔2025〕8号"))
	file := filepath.Join(t.TempDir(), "国函〔2025〕8号.txt")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}

	signIn(t, ctx, base, coordinator)
	do("the workbench leads to the intake",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(`.desk-coord a[href="/notices/new"]`)),
		screenshot(t, "j1-1-coordinator-home"),
		chromedp.Click(css(`.desk-coord a[href="/notices/new"]`)),
		chromedp.WaitVisible(css(`#document`)))
	do("upload without a batch",
		chromedp.SetUploadFiles(css(`#document`), []string{file}),
		chromedp.Click(css(`.intake-upload button[type="submit"]`)),
		chromedp.WaitVisible(css(`#form-error`)),
		screenshot(t, "j1-2-no-batch"))
	if msg := text("#form-error"); !strings.Contains(msg, "批") {
		t.Errorf("the refusal does not say the batch is missing: %q", msg)
	}
	if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('form[action="/notices"] button:not([formaction])').length`)); err != nil || n != 0 {
		t.Errorf("a notice without its batch can be confirmed (%d, %v)", n, err)
	}
	do("read again with batch 8",
		chromedp.SendKeys(css(`#batch`), "8"),
		chromedp.Click(css(`button[formaction="/notices/preview"]`)),
		chromedp.WaitVisible(css(`form[action="/notices"] button:not([formaction])`)),
		screenshot(t, "j1-3-preview"))
	body := text("main")
	for _, want := range []string{"国函〔2025〕8号", "2023-06-24", "第八批", "投资贸易便利化", "知识产权保护", "入海排污口规范化",
		"海关总署", "沿海地区", "自贸试验区", "读取诊断", "尚未保存"} {
		if !strings.Contains(body, want) {
			t.Errorf("the preview lacks %q", want)
		}
	}
	rows, err := chromedp.Run(ctx, chromedp.Nodes(chromedp.CSSAll(`tr[id^="item-"]`)))
	if err != nil || len(rows) != 24 {
		t.Errorf("the preview shows %d items (%v), want 24", len(rows), err)
	}
	do("confirm the notice",
		chromedp.Click(css(`form[action="/notices"] button:not([formaction])`)),
		chromedp.WaitVisible(css(`#assign-summary`)),
		screenshot(t, "j1-4-assignment"))
	if s := text("#stored"); !strings.Contains(s, "已导入第八批，共24项改革事项") {
		t.Errorf("stored: %q", s)
	}
	if s := text("#assign-summary"); !strings.Contains(s, "22 项 × 31 个省（区、市），1 项 × 22 个自贸试验区，1 项 × 11 个沿海省（区、市），") ||
		!strings.Contains(s, "个指导任务") {
		t.Errorf("assignment summary: %q", s)
	}
	do("confirm the assignment",
		chromedp.Click(css(`.assign-confirm button`)),
		chromedp.WaitVisible(css(`#assigned`)))
	if s := text("#assigned"); !strings.Contains(s, "已生成承担任务715个") {
		t.Errorf("assigned: %q", s)
	}
	do("confirm it again",
		chromedp.Click(css(`.assign-confirm button`)),
		chromedp.WaitVisible(css(`#assigned`)),
		screenshot(t, "j1-5-assigned-again"))
	if s := text("#assigned"); !strings.Contains(s, "未作改变") {
		t.Errorf("assigned again: %q", s)
	}
	signOut(t, ctx, base)

	// Guangdong finds the work: 22 nationwide items and item 24 (coastal).
	signIn(t, ctx, base, gdReporter)
	do("the reporter's workbench",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(css(`.desk-unit a.button`)),
		screenshot(t, "j1-6-reporter-home"))
	if s := text(".desk-unit h3 .count"); s != "46" { // 23 of the 7th batch and 23 of the 8th (item 23 is its FTZ's)
		t.Errorf("to acknowledge: %q", s)
	}
	do("open the inbox",
		chromedp.Click(css(`.desk-unit a.button`)),
		chromedp.WaitVisible(css(`main table`)),
		screenshot(t, "j1-7-inbox"))
	if body := text("main"); !strings.Contains(body, "第八批 国函〔2025〕8号 共23项任务") || !strings.Contains(body, "入海排污口规范化") {
		t.Errorf("the inbox does not hold the 8th batch's 23 tasks:\n%s", body)
	}
}

// Each role's home shows its workbench: the reporter what waits on its unit,
// the reviewer its queue, the coordinator the intake, the first-level
// reviews, red tasks and problems, a ministry its items, an evaluator its
// rounds, the administrator accounts and audit.
func TestRoleHomes(t *testing.T) {
	ctx := browser(t)
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "rollout.db")
	base := server(t, dsn)
	customs := account{"customs", "Haiguan-Guide-2024x", "海关总署", "viewer"}
	evaluator := account{"evaluator", "Pinggu-Third-2024x", "国务院", "evaluator"}
	admin := account{"sysadmin", "Xitong-Guanli-2024x", "国务院", "administrator"}
	addAccount(t, dsn, customs)
	addAccount(t, dsn, evaluator)
	addAccount(t, dsn, admin)
	b := tab{t, ctx}
	for _, c := range []struct {
		who  account
		sel  string
		want []string
	}{
		{gdReporter, ".desk-unit", []string{"广东省", "待签收", "临近或超过完成时限", "被退回待修改"}},
		{gdReviewer, ".desk-queue", []string{"广东省", "待复核"}},
		{coordinator, ".desk", []string{"导入新通知", "省级报告待复核（一级任务）", "红灯任务（按省）", "重点难点问题"}},
		{customs, ".desk-ministry", []string{"海关总署", "出口货物检验检疫单“云签发”平台", "红灯所在省份"}},
		{evaluator, ".desk-rounds", []string{"评估轮次"}},
		{admin, ".desk-admin", []string{"账号与审计"}},
	} {
		signIn(t, ctx, base, c.who)
		b.do("home of "+c.who.username, chromedp.Navigate(base+"/"), chromedp.WaitVisible(css(c.sel)),
			screenshot(t, "home-"+c.who.username))
		body := b.text(c.sel)
		for _, w := range c.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: the workbench lacks %q:\n%s", c.who.username, w, body)
			}
		}
		signOut(t, ctx, base)
	}
	// The coordinator's 待复核 leads to the first-level queue, not 商务部's.
	signIn(t, ctx, base, coordinator)
	b.do("the coordinator's review queue", chromedp.Navigate(base+"/"),
		chromedp.Click(css(`.mainnav a[href$="/reviews"]`)), chromedp.WaitVisible(css(`main h1`)))
	if h := b.text("main h1"); !strings.Contains(h, "国务院") {
		t.Errorf("the coordinator's 待复核 opens %q", h)
	}
	// On a 390 px phone the workbench, the intake and the assignment do not
	// scroll sideways.
	b.do("a phone", chromedp.EmulateViewport(390, 844))
	for _, p := range []string{"/", "/notices/new", "/batches/7/assignment"} {
		b.do("open "+p, chromedp.Navigate(base+p), chromedp.WaitVisible(css(`main`)))
		widths, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth]`))
		if err != nil || widths[0] > widths[1] {
			t.Errorf("%s scrolls sideways at 390 px: %v %v", p, widths, err)
		}
	}
	b.do("the workbench at 390 px", chromedp.Navigate(base+"/"), chromedp.WaitVisible(css(`.desk`)), firstScreen(t, "390-coordinator-home"))
}
