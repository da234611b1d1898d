package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The accounts of the problem journey, added to the server's own.
var (
	ftReporter  = account{"ft.reporter", "Futian-Report-2024", "440304", "reporter"}
	pbcReviewer = account{"pbc.reviewer", "Pbc-Review-2024x", "中国人民银行", "reviewer"}
	gwyViewer   = account{"gwy.viewer", "Council-View-2024", "国务院", "viewer"}
	scReviewer  = account{"sc.reviewer", "Sichuan-Review-2024", "四川省", "reviewer"}
)

// A problem goes up (JOURNEYS.md 5): 福田区 cannot implement item 9
// (跨境人民币全程电子缴税) and raises a problem on its task; it goes to its
// city, 深圳市, which escalates it to 广东省, which escalates it in turn;
// 中国人民银行, a responsible unit, answers. The coordinator marks a second
// problem major and it appears in the State Council's view with its whole
// route. A reviewer of 四川省 sees neither.
func TestBrowserProblemGoesUp(t *testing.T) {
	ctx := browser(t)
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "rollout.db")
	base := server(t, dsn)
	for _, a := range []account{ftReporter, pbcReviewer, gwyViewer, scReviewer} {
		addAccount(t, dsn, a)
	}

	// 广东省's task for item 9 goes to 深圳市 and on to 福田区 (the API, as the units would).
	gdAPI, szAPI := apiClient(t, base, gdReporter), apiClient(t, base, szReporter)
	grantUnit := func(c *http.Client) int64 {
		var s struct {
			Grants []struct {
				UnitID int64 `json:"unit_id"`
			} `json:"grants"`
		}
		getJSON(t, c, base+"/api/v1/session", &s)
		return s.Grants[0].UnitID
	}
	ftAPI := apiClient(t, base, ftReporter)
	gdID, szID, ftID := grantUnit(gdAPI), grantUnit(szAPI), grantUnit(ftAPI)
	taskOf := func(c *http.Client, unit int64) int64 {
		var tasks struct {
			Tasks []struct {
				ID      int64 `json:"id"`
				ItemSeq int   `json:"item_seq"`
				UnitID  int64 `json:"unit_id"`
			} `json:"tasks"`
		}
		getJSON(t, c, fmt.Sprintf("%s/api/v1/units/%d/tasks", base, unit), &tasks)
		for _, tk := range tasks.Tasks {
			if tk.ItemSeq == 9 && tk.UnitID == unit {
				return tk.ID
			}
		}
		t.Fatalf("unit %d has no task for item 9", unit)
		return 0
	}
	post := func(c *http.Client, url, body string, want int) map[string]any {
		t.Helper()
		req, _ := http.NewRequest("POST", url, bytes.NewReader([]byte(body)))
		req.Header.Set("Content-Type", "application/json")
		resp, err := c.Do(req)
		if err != nil || resp.StatusCode != want {
			t.Fatalf("POST %s: %v %v", url, err, resp.Status)
		}
		defer resp.Body.Close()
		var out map[string]any
		json.NewDecoder(resp.Body).Decode(&out)
		return out
	}
	divide := func(c *http.Client, task, unit int64) {
		post(c, fmt.Sprintf("%s/api/v1/tasks/%d/divisions", base, task),
			fmt.Sprintf(`{"divisions":[{"unit_id":%d,"role":"lead","deadline":"2024年12月底前"}]}`, unit), http.StatusCreated)
	}
	gdTask := taskOf(gdAPI, gdID)
	divide(gdAPI, gdTask, szID)
	divide(szAPI, taskOf(szAPI, szID), ftID)
	ftTask := taskOf(ftAPI, ftID)

	b := tab{t, ctx}
	text, do := b.text, b.do

	// The county raises the problem from its task.
	const title = "区税务局系统未接入横向联网系统"
	signIn(t, ctx, base, ftReporter)
	do("raise",
		chromedp.Navigate(fmt.Sprintf("%s/tasks/%d/coordination", base, ftTask)),
		chromedp.WaitVisible(css(`#p-title`)),
		chromedp.SendKeys(css(`#p-title`), title),
		chromedp.SendKeys(css(`#p-body`), "区税务局系统尚未接入财税库银横向联网系统，无法为境外非居民办理跨境人民币电子缴税。"),
		screenshot(t, "20-problem-raise"),
		chromedp.Submit(css(`#p-title`)),
		chromedp.WaitVisible(css(`.problem-level`)),
	)
	loc, _ := chromedp.Run(ctx, chromedp.Location())
	var first int64
	if _, err := fmt.Sscanf(strings.TrimPrefix(loc, base), "/problems/%d", &first); err != nil {
		t.Fatalf("after raising, at %s", loc)
	}
	if lv := text(`.problem-level`); lv != "市级" {
		t.Errorf("a new problem stands at %q, want 市级 (its city)", lv)
	}
	signOut(t, ctx, base)

	// Its city, 深圳市, escalates it to the province.
	signIn(t, ctx, base, szReporter)
	do("the city escalates",
		chromedp.Navigate(fmt.Sprintf("%s/problems/%d", base, first)),
		chromedp.WaitVisible(css(`#note`)),
		chromedp.SendKeys(css(`#note`), "市内协调未果，请省里支持。"),
		chromedp.Click(css(`button[value="escalate"]`)),
		chromedp.WaitVisible(css(`p.notice.success`)),
	)
	if lv := text(`.problem-level`); lv != "省级" {
		t.Errorf("after the city the problem stands at %q, want 省级", lv)
	}
	signOut(t, ctx, base)

	// The province escalates it.
	signIn(t, ctx, base, gdReviewer)
	do("the province's list", chromedp.Navigate(fmt.Sprintf("%s/problems?unit=%d", base, gdID)), chromedp.WaitVisible(css(`table.problems`)))
	if !strings.Contains(text("main"), title) {
		t.Fatal("the province's list lacks the county's problem")
	}
	do("escalate",
		chromedp.Navigate(fmt.Sprintf("%s/problems/%d", base, first)),
		chromedp.WaitVisible(css(`#note`)),
		chromedp.SendKeys(css(`#note`), "省内协调未果，需人民银行和税务总局支持。"),
		chromedp.Click(css(`button[value="escalate"]`)),
		chromedp.WaitVisible(css(`p.notice.success`)),
	)
	if lv := text(`.problem-level`); lv != "中央部门和商务部" {
		t.Errorf("after escalation the problem stands at %q", lv)
	}
	signOut(t, ctx, base)

	// The responsible central unit answers.
	signIn(t, ctx, base, pbcReviewer)
	do("answer",
		chromedp.Navigate(fmt.Sprintf("%s/problems/%d", base, first)),
		chromedp.WaitVisible(css(`#note`)),
		chromedp.SendKeys(css(`#note`), "已协调税务总局完成系统接入，请于下月起办理。"),
		chromedp.Click(css(`button[value="answer"]`)),
		chromedp.WaitVisible(css(`p.notice.success`)),
		screenshot(t, "21-problem-answered"),
	)
	if st := text(`.problem-state`); st != "已答复" {
		t.Errorf("after the answer the problem is %q", st)
	}
	if thread := text(`.thread`); !strings.Contains(thread, "已协调税务总局完成系统接入") || !strings.Contains(thread, "省内协调未果") ||
		!strings.Contains(thread, "市内协调未果") {
		t.Errorf("the thread lacks a step:\n%s", thread)
	}
	signOut(t, ctx, base)

	// A second problem, raised by the province itself; the coordinator marks it major.
	const second = "跨境缴税系统需全国统一改造"
	p2 := post(gdAPI, base+"/api/v1/problems", fmt.Sprintf(`{"task_id": %d, "title": %q, "body": "各地系统接口不一，需全国统一改造。"}`, gdTask, second), http.StatusCreated)
	secondID := int64(p2["id"].(float64))
	signIn(t, ctx, base, coordinator)
	do("mark major",
		chromedp.Navigate(fmt.Sprintf("%s/problems/%d", base, secondID)),
		chromedp.WaitVisible(css(`#note`)),
		chromedp.SendKeys(css(`#note`), "涉及全国系统改造，报国务院。"),
		chromedp.Click(css(`button[value="major"]`)),
		chromedp.WaitVisible(css(`p.notice.success`)),
	)
	signOut(t, ctx, base)

	// The State Council's view: the major problem with its whole route, not the other.
	signIn(t, ctx, base, gwyViewer)
	do("major problems", chromedp.Navigate(base+"/problems?major=1"), chromedp.WaitVisible(css(`table.problems`)),
		screenshot(t, "22-major-problems"))
	view := text("main")
	for _, want := range []string{second, "广东省", "中国人民银行", "商务部", "国务院"} {
		if !strings.Contains(view, want) {
			t.Errorf("the State Council's view lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, title) {
		t.Error("the State Council sees a problem that is not major")
	}
	signOut(t, ctx, base)

	// Another province sees neither.
	signIn(t, ctx, base, scReviewer)
	for _, id := range []int64{first, secondID} {
		do("another province", chromedp.Navigate(fmt.Sprintf("%s/problems/%d", base, id)), chromedp.WaitVisible(css(`main`)))
		if body := text("main"); strings.Contains(body, title) || strings.Contains(body, second) {
			t.Errorf("四川省 reads problem %d:\n%s", id, body)
		}
	}
	do("its own list", chromedp.Navigate(base+"/problems"), chromedp.WaitVisible(css(`main`)))
	if body := text("main"); strings.Contains(body, title) || strings.Contains(body, second) {
		t.Errorf("四川省 lists the problems:\n%s", body)
	}
	signOut(t, ctx, base)

	// The county's progress report ticks its problem box: the task's problem
	// is still open (answered, not resolved), so the report joins it — its
	// words in the thread, the report among its sources — and makes no other.
	signIn(t, ctx, base, ftReporter)
	ack := css(`form.step:has(input[name="kind"][value="acknowledge"])`)
	do("acknowledge", chromedp.Navigate(fmt.Sprintf("%s/tasks/%d", base, ftTask)), chromedp.WaitVisible(ack),
		chromedp.Submit(ack), chromedp.WaitNotPresent(ack))
	do("report with a problem", chromedp.Navigate(fmt.Sprintf("%s/tasks/%d/report?period=2024Q4", base, ftTask)),
		chromedp.WaitVisible(css(`#status`)), chromedp.SetValue(css(`#status`), "in_progress"),
		chromedp.SendKeys(css(`#measures`), "已完成区级业务培训。"), chromedp.Click(css(`#problem`)),
		chromedp.SendKeys(css(`#problem_text`), "系统接入后仍无法办理非居民缴税，请继续协调。"),
		chromedp.Click(css(`button[name="action"][value="submit"]`)), chromedp.WaitVisible(css(`#timeline`)))
	do("the task's problems", chromedp.Navigate(fmt.Sprintf("%s/problems?unit=%d", base, ftID)), chromedp.WaitVisible(css(`table.problems`)))
	if n, _ := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("table.problems tbody tr").length`)); n != 1 {
		t.Errorf("the county lists %d problems after its report, want the one", n)
	}
	do("the problem joined", chromedp.Navigate(fmt.Sprintf("%s/problems/%d", base, first)), chromedp.WaitVisible(css(`.problem-reports`)),
		screenshot(t, "23-problem-from-report"))
	if body := text("main"); !strings.Contains(body, "系统接入后仍无法办理非居民缴税") || !strings.Contains(body, "来自进展报告") {
		t.Errorf("the problem lacks the report's words or its source:\n%s", body)
	}
}
