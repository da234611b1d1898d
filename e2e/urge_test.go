package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// 督办, a later deadline and notifications in the browser (issue 17, items 3
// and 4): 广东省 gives 深圳市 a task already overdue; the province's reviewer
// urges the city; the city sees the urge on the task, in its list and among
// its notifications, reads them (the header's count drops), and asks for a
// later deadline; the province grants another day; the light turns green and
// the timeline keeps both deadlines.
func TestBrowserUrgeAndExtension(t *testing.T) {
	ctx := browser(t)
	base := serverWith(t, "", http.DefaultClient, "http", "--remind-every", "0")

	api := apiClient(t, base, gdReporter)
	type session struct {
		Grants []struct {
			UnitID int64 `json:"unit_id"`
		} `json:"grants"`
	}
	var sz, gd session
	getJSON(t, apiClient(t, base, szReporter), base+"/api/v1/session", &sz)
	getJSON(t, api, base+"/api/v1/session", &gd)
	gdID, szID := gd.Grants[0].UnitID, sz.Grants[0].UnitID
	var tasks struct {
		Tasks []struct {
			ID      int64 `json:"id"`
			ItemSeq int   `json:"item_seq"`
		} `json:"tasks"`
	}
	getJSON(t, api, fmt.Sprintf("%s/api/v1/units/%d/tasks", base, gdID), &tasks)
	var parent int64
	for _, tk := range tasks.Tasks {
		if tk.ItemSeq == 2 {
			parent = tk.ID
		}
	}
	body := fmt.Sprintf(`{"divisions":[{"unit_id":%d,"role":"lead","deadline":"2024年3月31日前"}]}`, szID)
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
	task := fmt.Sprintf("%s/tasks/%d", base, created.Tasks[0].ID)

	b := tab{t, ctx}
	do := b.do

	// The province's reviewer urges the city on the overdue task.
	signIn(t, ctx, base, gdReviewer)
	do("urge", chromedp.Navigate(task), chromedp.WaitVisible(css(`#urge-form`)),
		chromedp.SendKeys(css(`#note-urge`), "请于本周内签收并报送工作方案。"),
		chromedp.Submit(css(`#urge-form`)),
		chromedp.WaitVisible(css(`#timeline .event-urge`)))
	signOut(t, ctx, base)

	// The city sees it: the header's count, the task, its list, its notifications.
	signIn(t, ctx, base, szReporter)
	if n := b.text(`#unread-count`); n != "1" {
		t.Errorf("unread count after the urge = %q, want 1", n)
	}
	do("the task", chromedp.Navigate(task), chromedp.WaitVisible(css(`#urges dd`)))
	if s := b.text(`#urges dd`); !strings.Contains(s, "已督办 1 次") {
		t.Errorf("the task says %q of its urges", s)
	}
	if s := b.text(`#timeline .event-urge`); !strings.Contains(s, "督办") || !strings.Contains(s, "请于本周内签收并报送工作方案。") {
		t.Errorf("the timeline's urge reads %q", s)
	}
	do("the list", chromedp.Navigate(fmt.Sprintf("%s/units/%d/tasks", base, szID)), chromedp.WaitVisible(css(`.tag-urged`)))
	if s := b.text(`.tag-urged`); s != "督办×1" {
		t.Errorf("the list's badge reads %q", s)
	}
	do("read the notification",
		chromedp.Navigate(base+"/notifications"),
		chromedp.WaitVisible(css(`.notification.unread`)),
		chromedp.Click(css(`.notification.unread button[type="submit"]`)),
		chromedp.WaitVisible(css(`.notification`)),
		chromedp.WaitNotPresent(css(`#unread-count`)),
		chromedp.WaitNotPresent(css(`.notification.unread`)))
	if s := b.text(`.notification`); !strings.Contains(s, "督办：请抓紧办理") {
		t.Errorf("the notification reads %q", s)
	}

	// The city asks for a later deadline.
	do("ask for a later deadline",
		chromedp.Navigate(task),
		chromedp.WaitVisible(css(`#extension-ask summary`)),
		chromedp.Click(css(`#extension-ask summary`)),
		chromedp.WaitVisible(css(`#ask-deadline`)),
		chromedp.SendKeys(css(`#ask-deadline`), "2099-06-30"),
		chromedp.SendKeys(css(`#note-extend_ask`), "需等待省级平台对接完成。"),
		chromedp.Submit(css(`#ask-deadline`)),
		chromedp.WaitVisible(css(`#extension-pending dd`)))
	if s := b.text(`.task-page .meta .light`); !strings.Contains(s, "红灯") {
		t.Errorf("the light before the grant reads %q, want red", s)
	}
	signOut(t, ctx, base)

	// The province hears of it and grants another day.
	signIn(t, ctx, base, gdReviewer)
	if n := b.text(`#unread-count`); n != "1" {
		t.Errorf("the province's unread count = %q, want 1 (the request)", n)
	}
	do("grant", chromedp.Navigate(task), chromedp.WaitVisible(css(`#extension-decide`)),
		chromedp.SendKeys(css(`#grant-deadline`), "2099-03-31"),
		chromedp.Click(css(`#extension-decide button[value="grant"]`)),
		chromedp.WaitNotPresent(css(`#extension-decide`)),
		chromedp.WaitVisible(css(`#timeline .event-extend_grant`)))
	signOut(t, ctx, base)

	// The city: the light follows the granted day; the timeline keeps both.
	signIn(t, ctx, base, szReporter)
	if n := b.text(`#unread-count`); n != "1" {
		t.Errorf("unread count after the grant = %q, want 1", n)
	}
	do("the task after the grant", chromedp.Navigate(task), chromedp.WaitVisible(css(`#timeline .event-extend_grant`)))
	if s := b.text(`.task-page .meta .light`); !strings.Contains(s, "绿灯") {
		t.Errorf("the light after the grant reads %q, want green", s)
	}
	if s := b.text(`#timeline .event-extend_grant`); !strings.Contains(s, "2024年3月31日前 → 2099-03-31") {
		t.Errorf("the grant on the timeline reads %q: both deadlines belong there", s)
	}
	if s := b.text(`#timeline .event-extend_ask`); !strings.Contains(s, "2024年3月31日前 → 2099-06-30 · 需等待省级平台对接完成。") {
		t.Errorf("the request on the timeline reads %q", s)
	}
	do("read all", chromedp.Navigate(base+"/notifications"), chromedp.WaitVisible(css(`#read-all`)),
		chromedp.Click(css(`#read-all`)), chromedp.WaitNotPresent(css(`#read-all`)), chromedp.WaitNotPresent(css(`#unread-count`)))
}
