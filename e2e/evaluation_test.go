package e2e

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// thirdParty is the evaluator account of the evaluation journey: a
// third-party account that sees only the rounds it is assigned to.
var thirdParty = account{"third.party", "Third-Party-Eval-2024", "国务院", "evaluator"}

// The evaluation round (JOURNEYS.md 6): the coordinator opens a round and
// assigns a third-party evaluator; the evaluator, who sees nothing else,
// scores two provinces with comments; the coordinator closes the round and
// opens the bulletin (通报), printable on A4.
func TestBrowserEvaluationRound(t *testing.T) {
	ctx := browser(t)
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "rollout.db")
	base := server(t, dsn)
	addAccount(t, dsn, thirdParty)
	api := apiClient(t, base, coordinator)

	// The provinces' IDs and the evaluator's, as the coordinator reads them.
	unit := item24Units(t, api, base)
	gd, zj := unit["广东省"], unit["浙江省"]
	if gd == 0 || zj == 0 {
		t.Fatalf("no task of 广东省 or 浙江省: %v", unit)
	}

	b := tab{t, ctx}
	text, do := b.text, b.do

	// The coordinator opens a round for the 7th batch with the proposed
	// weights and rubric, every item and every unit, and assigns the evaluator.
	signIn(t, ctx, base, coordinator)
	do("open the form", chromedp.Navigate(base+"/rounds"), chromedp.WaitVisible(css(`a[href="/rounds/new"]`)),
		chromedp.Click(css(`a[href="/rounds/new"]`)), chromedp.WaitVisible(css(`#w_coverage`)))
	do("open the round", chromedp.SetValue(css(`#name`), "第七批改革试点经验复制推广成效评估"), chromedp.SetValue(css(`#period`), "2024Q4"),
		chromedp.Submit(css(`#name`)), chromedp.WaitVisible(css(`form[action$="/evaluators"]`)))
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`/rounds/(\d+)`).FindStringSubmatch(loc)
	if m == nil {
		t.Fatalf("after opening: %s", loc)
	}
	round := base + "/rounds/" + m[1]
	do("assign the evaluator", chromedp.Click(css(`form[action$="/evaluators"] input[type=checkbox]`)),
		chromedp.Submit(css(`form[action$="/evaluators"] button`)), chromedp.WaitVisible(css(`table.progress`)))
	if body := text("main"); !strings.Contains(body, "third.party") || !strings.Contains(body, "0/159") {
		t.Errorf("the round page lacks its evaluator and progress:\n%s", body)
	}
	signOut(t, ctx, base)

	// The evaluator lands on its rounds, and may read no unit's tasks.
	signIn(t, ctx, base, thirdParty)
	if body := text("main"); !strings.Contains(body, "第七批改革试点经验复制推广成效评估") {
		t.Errorf("the evaluator's landing page lacks its round:\n%s", body)
	}
	do("a province's tasks", chromedp.Navigate(fmt.Sprintf("%s/units/%d/tasks", base, gd)), chromedp.WaitVisible(css(`main`)))
	if body := text("main"); strings.Contains(body, "入海排污口") || !strings.Contains(body, "无权") {
		t.Errorf("the evaluator sees a province's tasks:\n%s", body)
	}
	field := func(u int64, c int) chromedp.CSS { return css(fmt.Sprintf(`[name="s-%d-%d"]`, u, c)) }
	comment := func(u int64, c int) chromedp.CSS { return css(fmt.Sprintf(`[name="c-%d-%d"]`, u, c)) }
	do("score two provinces", chromedp.Navigate(round+"/score"), chromedp.WaitVisible(field(gd, 1)),
		chromedp.SetValue(field(gd, 1), "9"), chromedp.SetValue(comment(gd, 1), "机制健全，分工明确"),
		chromedp.SetValue(field(gd, 2), "8"), chromedp.SetValue(field(gd, 3), "8.5"),
		chromedp.SetValue(field(zj, 1), "7"), chromedp.SetValue(field(zj, 2), "9"), chromedp.SetValue(comment(zj, 2), "数字化改革有特色"),
		chromedp.SetValue(field(zj, 3), "8"),
		chromedp.Submit(field(gd, 1)), chromedp.WaitVisible(css(`p[role=status]`)))
	if body := text("main"); !strings.Contains(body, "评分已保存") {
		t.Errorf("scores not saved:\n%s", body)
	}
	signOut(t, ctx, base)

	// The coordinator closes the round and opens the bulletin.
	signIn(t, ctx, base, coordinator)
	do("close the round", chromedp.Navigate(round), chromedp.WaitVisible(css(`form[action$="/close"]`)),
		chromedp.Submit(css(`form[action$="/close"] button`)), chromedp.WaitNotPresent(css(`form[action$="/close"]`)))
	if body := text("main"); !strings.Contains(body, "已关闭") || !strings.Contains(body, "6/159") {
		t.Errorf("the closed round:\n%s", body)
	}
	do("open the bulletin", chromedp.Click(css(`a[href$="/bulletin"]`)), chromedp.WaitVisible(css(`article.official`)),
		screenshot(t, "11-bulletin"))
	body := text("article.official")
	for _, want := range []string{"自由贸易试验区工作部际联席会议办公室", "关于第七批改革试点经验复制推广成效评估情况的通报", "广东省", "浙江省", "特此通报。"} {
		if !strings.Contains(body, want) {
			t.Errorf("the bulletin lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(text("body"), "征求意见稿") {
		t.Error("the bulletin of a closed round is marked a draft")
	}
	// With only rubric scores telling the provinces apart, the two scored
	// provinces rank first and second.
	first, err := chromedp.Run(ctx, chromedp.Text(css(`article.official table tbody tr:first-child th`)))
	if err != nil || (first != "广东省" && first != "浙江省") {
		t.Errorf("ranked first: %q %v", first, err)
	}

	// The scorecard shows each score with its formula; the report its rules
	// and the evaluator's comments.
	do("open the scorecard", chromedp.Navigate(round+"/scorecard"), chromedp.WaitVisible(css(`table.scorecard`)), screenshot(t, "12-scorecard"))
	if body := text("main"); !strings.Contains(body, "评审 = (工作机制 9/0–10→90.0") || !strings.Contains(body, "总分 = (") {
		t.Errorf("the scorecard lacks its formulas:\n%.2000s", body)
	}
	do("open the report", chromedp.Navigate(round+"/report"), chromedp.WaitVisible(css(`article.official`)), screenshot(t, "13-evaluation-report"))
	if body := text("article.official"); !strings.Contains(body, "工作机制（third.party）：机制健全，分工明确") || !strings.Contains(body, "二、评估方法") {
		t.Errorf("the report lacks the method or the comments:\n%.2000s", body)
	}
	// The bulletin names the unscored units apart, unranked; provinces and
	// FTZs are ranked each among themselves.
	do("open the bulletin again", chromedp.Navigate(round+"/bulletin"), chromedp.WaitVisible(css(`article.official`)))
	body = text("article.official")
	for _, want := range []string{"省级单位排名", "自贸试验区排名", "省级单位中尚未评分的 29 个单位不参加排名：", "自贸试验区中尚未评分的 "} {
		if !strings.Contains(body, want) {
			t.Errorf("the bulletin lacks %q:\n%.3000s", want, body)
		}
	}
	if strings.Contains(body, "（并列）0.0") || strings.Contains(body, "4（并列）") {
		t.Errorf("the bulletin ranks unscored units:\n%.3000s", body)
	}

	// Printed on A4, nothing is wider than the printable width: the
	// bulletin, the report and the scorecard with all its columns.
	fitsA4(t, ctx, round+"/bulletin", docMargins, "bulletin")
	fitsA4(t, ctx, round+"/report", docMargins, "report")
	fitsA4(t, ctx, round+"/scorecard", siteMargins, "scorecard")
}
