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

// The supervision loop in the browser (JOURNEYS.md 3 and 4): the city reporter
// acknowledges a task and files a report with a document as evidence; the
// province reviewer returns it with a reason; the city corrects it; the province
// accepts; the timeline shows every step with its time and actor.
func TestBrowserReportReviewLoop(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")

	// 广东省 gives item 1 to 深圳市 (as in the division journey, here by the API).
	api := apiClient(t, base, gdReporter)
	var tasks struct {
		Tasks []struct {
			ID      int64  `json:"id"`
			ItemSeq int    `json:"item_seq"`
			UnitID  int64  `json:"unit_id"`
			Unit    string `json:"unit"`
		} `json:"tasks"`
	}
	szAPI := apiClient(t, base, szReporter)
	type session struct {
		Grants []struct {
			UnitID int64 `json:"unit_id"`
		} `json:"grants"`
	}
	var sz, gd session
	getJSON(t, szAPI, base+"/api/v1/session", &sz)
	getJSON(t, api, base+"/api/v1/session", &gd)
	if len(sz.Grants) == 0 || len(gd.Grants) == 0 {
		t.Fatalf("sessions without grants: %+v %+v", sz, gd)
	}
	gdID, szID := gd.Grants[0].UnitID, sz.Grants[0].UnitID
	getJSON(t, api, fmt.Sprintf("%s/api/v1/units/%d/tasks", base, gdID), &tasks)
	var parent int64
	for _, tk := range tasks.Tasks {
		if tk.ItemSeq == 1 {
			parent = tk.ID
		}
	}
	body := fmt.Sprintf(`{"divisions":[{"unit_id":%d,"role":"lead","deadline":"2099年12月31日前","deliverable":"实施情况报告"}]}`, szID)
	req, _ := http.NewRequest("POST", fmt.Sprintf("%s/api/v1/tasks/%d/divisions", base, parent), bytes.NewReader([]byte(body)))
	req.Header.Set("Content-Type", "application/json")
	resp, err := api.Do(req)
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("divide: %v %v", err, resp.Status)
	}
	var created struct {
		Tasks []struct {
			ID int64 `json:"id"`
		} `json:"tasks"`
	}
	json.NewDecoder(resp.Body).Decode(&created)
	resp.Body.Close()
	if len(created.Tasks) != 1 {
		t.Fatalf("divide created %+v", created)
	}
	task := fmt.Sprintf("%s/tasks/%d", base, created.Tasks[0].ID)

	b := tab{t, ctx}
	do := b.do
	stepForm := func(kind string) chromedp.CSS {
		return css(fmt.Sprintf(`form.step:has(input[name="kind"][value=%q])`, kind))
	}
	pdf := filepath.Join(t.TempDir(), "深圳市工程建设项目审批改革实施方案.pdf")
	os.WriteFile(pdf, []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), 0o644)

	// The city acknowledges and reports, with a local document and its PDF.
	signIn(t, ctx, base, szReporter)
	do("acknowledge", chromedp.Navigate(task), chromedp.WaitVisible(stepForm("acknowledge")),
		chromedp.Submit(stepForm("acknowledge")), chromedp.WaitNotPresent(stepForm("acknowledge")))
	do("file the report",
		chromedp.Navigate(task+"/report"),
		chromedp.WaitVisible(css(`#status`)),
		chromedp.SetValue(css(`#status`), "implemented"),
		chromedp.SendKeys(css(`#measures`), "已印发实施方案，工程建设项目审批系统完成省市对接。"),
		chromedp.SendKeys(css(`#ev-title-0`), "深圳市工程建设项目审批制度改革实施方案"),
		chromedp.SendKeys(css(`#ev-docno-0`), "深府办〔2023〕12号"),
		chromedp.SendKeys(css(`#ev-date-0`), "2023-09-01"),
		chromedp.SetUploadFiles(css(`#file`), []string{pdf}),
		screenshot(t, "9-report-form"),
		chromedp.Click(css(`button[name="action"][value="submit"]`)),
		chromedp.WaitVisible(css(`#timeline`)))
	signOut(t, ctx, base)

	// The province returns it with a reason.
	signIn(t, ctx, base, gdReviewer)
	do("return", chromedp.Navigate(task), chromedp.WaitVisible(stepForm("return")),
		chromedp.SendKeys(css(`#note-return`), "缺少印发文件的正式文本，请补充。"),
		chromedp.Submit(stepForm("return")), chromedp.WaitNotPresent(stepForm("return")))
	signOut(t, ctx, base)

	// The city corrects it and submits again.
	signIn(t, ctx, base, szReporter)
	do("correct",
		chromedp.Navigate(task+"/report"),
		chromedp.WaitVisible(css(`#measures`)),
		chromedp.SendKeys(css(`#measures`), "（已补充正式文本）"),
		chromedp.Click(css(`button[name="action"][value="submit"]`)),
		chromedp.WaitVisible(css(`#timeline`)))
	signOut(t, ctx, base)

	// The province accepts; the timeline holds every step, who and when.
	signIn(t, ctx, base, gdReviewer)
	do("accept", chromedp.Navigate(task), chromedp.WaitVisible(stepForm("accept")),
		chromedp.Submit(stepForm("accept")), chromedp.WaitNotPresent(stepForm("accept")),
		screenshot(t, "10-task-timeline"))
	timeline, err := chromedp.Run(ctx, chromedp.Text(css(`#timeline`)))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"签收", "反馈", "退回", "缺少印发文件的正式文本", "复核通过", "sz.reporter", "gd.reviewer"} {
		if !strings.Contains(timeline, want) {
			t.Errorf("the timeline lacks %q:\n%s", want, timeline)
		}
	}
	if n := strings.Count(timeline, "反馈"); n < 2 {
		t.Errorf("the timeline shows %d submissions, want 2:\n%s", n, timeline)
	}
	page, _ := chromedp.Run(ctx, chromedp.Text(css(`main`)))
	if !strings.Contains(page, "深府办〔2023〕12号") || !strings.Contains(page, "已补充正式文本") {
		t.Errorf("the task page does not show the accepted report:\n%s", page)
	}
}
