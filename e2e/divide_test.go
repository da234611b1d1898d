package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// apiClient signs in through the API and returns a client that carries the
// session cookie.
func apiClient(t *testing.T, base string, a account) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	body, _ := json.Marshal(map[string]string{"username": a.username, "password": a.password})
	resp, err := c.Post(base+"/api/v1/session", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("API sign-in as %s: %s", a.username, resp.Status)
	}
	return c
}

// getJSON reads an API answer into v.
func getJSON(t *testing.T, c *http.Client, url string, v any) {
	t.Helper()
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

// A province divides a task (JOURNEYS.md 2): from 广东省's task list, item 24 is
// divided between 深圳市 (lead) and 广州市 (co) through the form; the item's tree
// then shows both under 广东省.
func TestBrowserDivideTask(t *testing.T) {
	ctx := browser(t)
	base := server(t, "")
	api := apiClient(t, base, gdReporter)

	var batch struct {
		Items []struct {
			ID  int64 `json:"id"`
			Seq int   `json:"seq"`
		} `json:"items"`
	}
	getJSON(t, api, base+"/api/v1/batches/7", &batch)
	var itemID int64
	for _, it := range batch.Items {
		if it.Seq == 24 {
			itemID = it.ID
		}
	}
	type task struct {
		ID       int64  `json:"id"`
		UnitID   int64  `json:"unit_id"`
		Unit     string `json:"unit"`
		ParentID int64  `json:"parent_id"`
		Role     string `json:"role"`
	}
	var tasks struct {
		Tasks []task `json:"tasks"`
	}
	getJSON(t, api, fmt.Sprintf("%s/api/v1/items/%d/tasks", base, itemID), &tasks)
	var gd task
	for _, tk := range tasks.Tasks {
		if tk.Unit == "广东省" {
			gd = tk
		}
	}
	if gd.ID == 0 {
		t.Fatalf("no task of 广东省 for item 24 in %+v", tasks)
	}

	b := tab{t, ctx}
	do := b.do
	// radioFor finds a unit's role button in the form by the unit's name.
	radioFor := func(unit, role string) string {
		t.Helper()
		id, err := chromedp.Run(ctx, chromedp.Evaluate[string](fmt.Sprintf(`(() => {
			for (const fs of document.querySelectorAll('fieldset.choice-row')) {
				const legend = fs.querySelector('legend');
				if (legend && legend.textContent.trim().startsWith(%q)) {
					const r = fs.querySelector('input[value=%q]');
					return r ? r.id : '';
				}
			}
			return '';
		})()`, unit, role)))
		if err != nil || id == "" {
			t.Fatalf("no %s choice for %s in the form (%v)", role, unit, err)
		}
		return `label[for="` + id + `"]` // the buttons are drawn by their labels
	}

	signIn(t, ctx, base, gdReporter)
	do("open 广东省's tasks",
		chromedp.Navigate(fmt.Sprintf("%s/units/%d/tasks", base, gd.UnitID)),
		chromedp.WaitVisible(css(fmt.Sprintf(`a[href="/tasks/%d/divide"]`, gd.ID))),
		screenshot(t, "5-province-tasks"))
	do("open the division form",
		chromedp.Click(css(fmt.Sprintf(`a[href="/tasks/%d/divide"]`, gd.ID))),
		chromedp.WaitVisible(css(`form.divide`)))
	do("choose two cities and submit",
		chromedp.Click(css(radioFor("深圳市", "lead"))),
		chromedp.Click(css(radioFor("广州市", "co"))),
		chromedp.SetValue(css(`#deadline`), "2024年6月底前"),
		chromedp.SetValue(css(`#deliverable`), "入海排污口分级分类管理工作方案"),
		screenshot(t, "6-divide-form"),
		chromedp.Submit(css(`form.divide`)),
		chromedp.WaitVisible(css(`.notice.success`)),
		screenshot(t, "7-item-tree"))

	tree, err := chromedp.Run(ctx, chromedp.Text(css(fmt.Sprintf(`#task-%d`, gd.ID))))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"广东省", "深圳市", "广州市", "2024年6月底前"} {
		if !strings.Contains(tree, want) {
			t.Errorf("the tree under 广东省 lacks %q:\n%s", want, tree)
		}
	}
	// What the page shows is what is stored.
	getJSON(t, api, fmt.Sprintf("%s/api/v1/items/%d/tasks", base, itemID), &tasks)
	roles := map[string]string{}
	for _, tk := range tasks.Tasks {
		if tk.ParentID == gd.ID {
			roles[tk.Unit] = tk.Role
		}
	}
	if len(roles) != 2 || roles["深圳市"] != "lead" || roles["广州市"] != "co" {
		t.Errorf("stored division = %v", roles)
	}
}
