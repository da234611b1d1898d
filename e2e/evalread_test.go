package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

var zjReporter = account{"zj.reporter", "Zhejiang-Report-2024", "浙江省", "reporter"}

// The evaluator reads what it scores (issue 16, item 2): 广东省 and 浙江省
// each report on item 1 for 2024Q4 with a PDF; the coordinator opens a round
// over 广东省 alone for that period and assigns the third-party evaluator. In
// the browser the evaluator opens the round, follows 广东省 to its report,
// fetches its evidence file (200, the file), and is refused 浙江省's file and
// report (403), which the round does not evaluate.
func TestBrowserEvaluatorReadsEvidence(t *testing.T) {
	ctx := browser(t)
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "rollout.db")
	base := server(t, dsn)
	addAccount(t, dsn, thirdParty)
	addAccount(t, dsn, zjReporter)
	const period = "2024Q4"

	// Each province's task of item 1, and the evaluator's ID.
	type session struct {
		ID     int64 `json:"id"`
		Grants []struct {
			UnitID int64 `json:"unit_id"`
		} `json:"grants"`
	}
	task := func(a account) (unit, task, item int64) {
		c := apiClient(t, base, a)
		var s session
		getJSON(t, c, base+"/api/v1/session", &s)
		var tasks struct {
			Tasks []struct {
				ID      int64 `json:"id"`
				ItemID  int64 `json:"item_id"`
				ItemSeq int   `json:"item_seq"`
			} `json:"tasks"`
		}
		getJSON(t, c, fmt.Sprintf("%s/api/v1/units/%d/tasks", base, s.Grants[0].UnitID), &tasks)
		for _, tk := range tasks.Tasks {
			if tk.ItemSeq == 1 {
				return s.Grants[0].UnitID, tk.ID, tk.ItemID
			}
		}
		t.Fatalf("%s has no task of item 1", a.username)
		return
	}
	gd, gdTask, item := task(gdReporter)
	_, zjTask, _ := task(zjReporter)
	var evaluator session
	getJSON(t, apiClient(t, base, thirdParty), base+"/api/v1/session", &evaluator)

	b := tab{t, ctx}
	text, do := b.text, b.do
	stepForm := css(`form.step:has(input[name="kind"][value="acknowledge"])`)
	// Each province acknowledges its task and submits its report with a PDF.
	report := func(a account, taskID int64, measures, file string) {
		pdf := filepath.Join(t.TempDir(), file)
		os.WriteFile(pdf, []byte("%PDF-1.4\n% "+measures+"\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), 0o644)
		signIn(t, ctx, base, a)
		url := fmt.Sprintf("%s/tasks/%d", base, taskID)
		do("acknowledge", chromedp.Navigate(url), chromedp.WaitVisible(stepForm), chromedp.Submit(stepForm), chromedp.WaitNotPresent(stepForm))
		do("report with a file", chromedp.Navigate(url+"/report?period="+period), chromedp.WaitVisible(css(`#status`)),
			chromedp.SetValue(css(`#status`), "implemented"), chromedp.SendKeys(css(`#measures`), measures),
			chromedp.SendKeys(css(`#ev-title-0`), "实施方案"), chromedp.SetUploadFiles(css(`#file`), []string{pdf}),
			chromedp.Click(css(`button[name="action"][value="submit"]`)), chromedp.WaitVisible(css(`#timeline`)))
		signOut(t, ctx, base)
	}
	report(gdReporter, gdTask, "广东省已在全省推行审批三化", "广东省实施方案.pdf")
	report(zjReporter, zjTask, "浙江省已在全省推行审批三化", "浙江省实施方案.pdf")
	var zjReport struct {
		Evidence []struct {
			URL string `json:"url"`
		} `json:"evidence"`
	}
	getJSON(t, apiClient(t, base, zjReporter), fmt.Sprintf("%s/api/v1/tasks/%d/reports/%s", base, zjTask, period), &zjReport)
	var zjFile string
	for _, e := range zjReport.Evidence {
		if e.URL != "" {
			zjFile = e.URL
		}
	}
	if zjFile == "" {
		t.Fatalf("浙江省's report has no file: %+v", zjReport)
	}

	// The coordinator opens a round over 广东省 on item 1 for 2024Q4 and
	// assigns the evaluator.
	coord := apiClient(t, base, coordinator)
	send := func(method, url, body string, v any) {
		req, _ := http.NewRequest(method, base+url, bytes.NewReader([]byte(body)))
		req.Header.Set("Content-Type", "application/json")
		resp, err := coord.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			t.Fatalf("%s %s: %s", method, url, resp.Status)
		}
		json.NewDecoder(resp.Body).Decode(v)
	}
	var round struct {
		ID      int64 `json:"id"`
		Version int   `json:"version"`
	}
	send("POST", "/api/v1/rounds", fmt.Sprintf(`{"name":"第七批成效评估（广东）","batch":7,"period":%q,"items":[%d],"units":[%d],
		"weights":{"status":0.5,"coverage":0.3,"evidence":0.2,"indicators":0,"rubric":0},"criteria":[]}`, period, item, gd), &round)
	send("PUT", fmt.Sprintf("/api/v1/rounds/%d/evaluators", round.ID), fmt.Sprintf(`{"version":%d,"evaluators":[%d]}`, round.Version, evaluator.ID), &round)

	// The evaluator opens its round, follows 广东省 to what it reported.
	signIn(t, ctx, base, thirdParty)
	unitPage := fmt.Sprintf(`a[href="/rounds/%d/units/%d"]`, round.ID, gd)
	do("open the round", chromedp.Navigate(fmt.Sprintf("%s/rounds/%d", base, round.ID)), chromedp.WaitVisible(css(unitPage)),
		chromedp.Click(css(unitPage)), chromedp.WaitVisible(css(`.evidence-list`)), screenshot(t, "13b-evaluator-evidence"))
	body := text("main")
	for _, want := range []string{"报告与佐证材料", "广东省已在全省推行审批三化", "实施方案", "广东省实施方案.pdf"} {
		if !strings.Contains(body, want) {
			t.Errorf("the unit's page lacks %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "浙江省") {
		t.Errorf("the unit's page shows another unit:\n%s", body)
	}
	// Its evidence file, fetched as the page's link does: the file.
	link, err := chromedp.Run(ctx, chromedp.AttributeValue(css(`.evidence-list a[download]`), "href"))
	if err != nil || !link.Exists {
		t.Fatalf("the file's link: %v", err)
	}
	gdFile := link.Value
	type fetched struct {
		Status      int    `json:"status"`
		Disposition string `json:"disposition"`
		Body        string `json:"body"`
	}
	fetch := func(url string) (status int, disposition, content string) {
		js := fmt.Sprintf(`fetch(%q).then(async r => ({status: r.status, disposition: r.headers.get("Content-Disposition") || "", body: await r.text()}))`, url)
		out, err := chromedp.Run(ctx, chromedp.Evaluate[fetched](js, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("fetch %s: %v", url, err)
		}
		return out.Status, out.Disposition, out.Body
	}
	if st, disp, content := fetch(gdFile); st != 200 || !strings.Contains(disp, "attachment") || !strings.Contains(content, "广东省已在全省推行审批三化") {
		t.Errorf("广东省's evidence: %d %q %q", st, disp, content)
	}
	// Another unit's file and report: refused, as a page and as a fetch.
	if st, _, content := fetch(zjFile); st != 403 || strings.Contains(content, "浙江省已在全省推行审批三化") {
		t.Errorf("浙江省's evidence: %d %q", st, content)
	}
	if st, _, content := fetch(fmt.Sprintf("/api/v1/tasks/%d/reports/%s", zjTask, period)); st != 403 || strings.Contains(content, "浙江省已在全省推行审批三化") {
		t.Errorf("浙江省's report: %d %q", st, content)
	}
	do("open 浙江省's file", chromedp.Navigate(base+zjFile), chromedp.WaitVisible(css(`main`)), screenshot(t, "13c-evaluator-refused"))
	if body := text("main"); !strings.Contains(body, "无权") || strings.Contains(body, "浙江省") {
		t.Errorf("浙江省's file as a page:\n%s", body)
	}
	// Nor is 广东省's task itself open to it.
	do("open 广东省's task", chromedp.Navigate(fmt.Sprintf("%s/tasks/%d", base, gdTask)), chromedp.WaitVisible(css(`main`)))
	if body := text("main"); !strings.Contains(body, "无权") {
		t.Errorf("the evaluator opens the task:\n%s", body)
	}
}
