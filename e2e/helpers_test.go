package e2e

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"github.com/chromedp/chromedp"
)

// css is the selector s.
func css(s string) chromedp.CSS { return chromedp.CSS(s) }

// tab drives the browser of one test: a step that fails fails the test with
// the step's name.
type tab struct {
	t   *testing.T
	ctx context.Context
}

// do runs actions as one step of a journey.
func (b tab) do(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", step, err)
	}
}

// text is the text of the element sel finds.
func (b tab) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(css(sel)))
	if err != nil {
		b.t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// prepare loads the units and the journeys' accounts into the database at dsn.
func prepare(t *testing.T, dsn string) {
	t.Helper()
	rollout(t, "", "units", "load", "--db", dsn)
	for _, a := range accounts {
		addAccount(t, dsn, a)
	}
}

// addAccount creates a's user in the database at dsn, as an administrator would.
func addAccount(t *testing.T, dsn string, a account) {
	t.Helper()
	rollout(t, a.password+"\n", "user", "add", "--unit", a.unit, "--role", a.role, a.username, "--db", dsn)
}

// item24Units are the IDs of the units with a task for item 24 (入海排污口,
// one task a province), by name, as the API client c reads them.
func item24Units(t *testing.T, c *http.Client, base string) map[string]int64 {
	t.Helper()
	var found struct {
		Items []struct {
			ID int64 `json:"id"`
		} `json:"items"`
	}
	getJSON(t, c, base+"/api/v1/items?q=%E5%85%A5%E6%B5%B7%E6%8E%92%E6%B1%A1%E5%8F%A3", &found) // 入海排污口: item 24
	var tasks struct {
		Tasks []struct {
			UnitID int64  `json:"unit_id"`
			Unit   string `json:"unit"`
		} `json:"tasks"`
	}
	getJSON(t, c, fmt.Sprintf("%s/api/v1/items/%d/tasks", base, found.Items[0].ID), &tasks)
	units := map[string]int64{}
	for _, tk := range tasks.Tasks {
		units[tk.Unit] = tk.UnitID
	}
	return units
}
