package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	urlpkg "net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"rollout/sqldb/sqldbtest"
)

// Several servers on one PostgreSQL (JOURNEYS.md 10): no server keeps anything
// the others need. Sessions, lockouts, reports and reminders live in the
// database, so a load balancer may send each request to any server.

// syncBuf is a log destination shared by a process and the test.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// proc is a running `rollout serve`.
type proc struct {
	base string
	cmd  *exec.Cmd
	logs *syncBuf
	done chan error
}

// startServe starts `rollout serve` on a free loopback port over dsn with the
// extra environment and arguments, and waits until /readyz answers 200. The
// process is interrupted when the test ends, if it still runs.
func startServe(t *testing.T, dsn string, env []string, args ...string) *proc {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(binary, append([]string{"serve", "--addr", addr, "--db", dsn}, args...)...)
	cmd.Env = append(append(os.Environ(), "ROLLOUT_ADMIN_PASSWORD="+adminPassword), env...)
	p := &proc{base: "http://" + addr, cmd: cmd, logs: &syncBuf{}, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = p.logs, p.logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-p.done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
		}
		if t.Failed() {
			t.Logf("server %s output:\n%s", p.base, p.logs)
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(p.base + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p
			}
		}
		select {
		case err := <-p.done:
			t.Fatalf("server exited before it was ready: %v\n%s", err, p.logs)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("server %s not ready: %v\n%s", p.base, err, p.logs)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// call makes a JSON request and returns the status and body.
func call(t *testing.T, c *http.Client, method, url, body string) (int, []byte) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, _ := http.NewRequest(method, url, rd)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// webhookReceiver counts the messages a group robot would receive.
type webhookReceiver struct {
	mu   sync.Mutex
	msgs []string
}

func (w *webhookReceiver) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	var body struct {
		Text struct {
			Content string `json:"content"`
		} `json:"text"`
	}
	json.NewDecoder(r.Body).Decode(&body)
	w.mu.Lock()
	w.msgs = append(w.msgs, body.Text.Content)
	w.mu.Unlock()
}

func (w *webhookReceiver) received() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.msgs...)
}

// dividedTask gives 广东省's task of item seq to 深圳市 with deadline through
// the API of base, and returns the new task's ID and 深圳市's unit ID.
func dividedTask(t *testing.T, gd *http.Client, base string, seq int, deadline string) (taskID, szID int64) {
	t.Helper()
	var gdSession, szSession struct {
		Grants []struct {
			UnitID int64 `json:"unit_id"`
		} `json:"grants"`
	}
	getJSON(t, gd, base+"/api/v1/session", &gdSession)
	getJSON(t, apiClient(t, base, szReporter), base+"/api/v1/session", &szSession)
	gdID, szID := gdSession.Grants[0].UnitID, szSession.Grants[0].UnitID
	var tasks struct {
		Tasks []struct {
			ID      int64 `json:"id"`
			ItemSeq int   `json:"item_seq"`
		} `json:"tasks"`
	}
	getJSON(t, gd, fmt.Sprintf("%s/api/v1/units/%d/tasks", base, gdID), &tasks)
	var parent int64
	for _, tk := range tasks.Tasks {
		if tk.ItemSeq == seq {
			parent = tk.ID
		}
	}
	status, body := call(t, gd, "POST", fmt.Sprintf("%s/api/v1/tasks/%d/divisions", base, parent),
		fmt.Sprintf(`{"divisions":[{"unit_id":%d,"role":"lead","deadline":%q}]}`, szID, deadline))
	var created struct {
		Tasks []struct {
			ID int64 `json:"id"`
		} `json:"tasks"`
	}
	json.Unmarshal(body, &created)
	if status != http.StatusCreated || len(created.Tasks) != 1 {
		t.Fatalf("divide item %d: %d %s", seq, status, body)
	}
	return created.Tasks[0].ID, szID
}

// TestTwoServersOnePostgres: two servers started together on a new PostgreSQL
// database (migrations and seeding race, and are each done once). A session
// opened on one is used on the other and ended there for both; a write
// through one is read at once through the other; concurrent saves of one
// report through both either win or are told of the conflict, and the
// version counts exactly the wins; a reminder is sent once although both
// servers run the reminder loop.
func TestTwoServersOnePostgres(t *testing.T) {
	dsn := sqldbtest.DSN(t, "postgres")
	prepare(t, dsn)
	hook := &webhookReceiver{}
	robot := httptest.NewServer(hook)
	defer robot.Close()
	env := []string{"ROLLOUT_WEBHOOK_URL=" + robot.URL, "ROLLOUT_REMIND_EVERY=300ms"}

	var servers [2]*proc
	var wg sync.WaitGroup
	for i := range servers {
		wg.Go(func() { servers[i] = startServe(t, dsn, env) })
	}
	wg.Wait()
	a, b := servers[0], servers[1]
	if t.Failed() {
		t.FailNow()
	}

	// A session opened on A is good on B; signing out on B ends it on A.
	jar, _ := cookiejar.New(nil)
	browser := &http.Client{Jar: jar}
	if status, body := call(t, browser, "POST", a.base+"/api/v1/session",
		fmt.Sprintf(`{"username":%q,"password":%q}`, gdReporter.username, gdReporter.password)); status != 200 {
		t.Fatalf("sign in on A: %d %s", status, body)
	}
	cookies := jar.Cookies(mustURL(t, a.base))
	other, _ := cookiejar.New(nil)
	other.SetCookies(mustURL(t, b.base), cookies) // the load balancer sends the next request to B
	onB := &http.Client{Jar: other}
	status, body := call(t, onB, "GET", b.base+"/api/v1/session", "")
	if status != 200 || !strings.Contains(string(body), `"username": "`+gdReporter.username+`"`) {
		t.Fatalf("session of A on B: %d %s", status, body)
	}

	// A write on A (a division with a deadline already past) is read at once on B.
	taskID, _ := dividedTask(t, browser, a.base, 1, "2024年6月底前")
	var onBTask struct {
		Unit     string `json:"unit"`
		Deadline struct {
			Text string `json:"text"`
		} `json:"deadline"`
	}
	getJSON(t, onB, fmt.Sprintf("%s/api/v1/tasks/%d", b.base, taskID), &onBTask)
	if onBTask.Unit != "深圳市" || onBTask.Deadline.Text != "2024年6月底前" {
		t.Errorf("B reads A's division as %+v", onBTask)
	}

	// 深圳市 acknowledges on B and files a first report on A.
	szA, szB := apiClient(t, a.base, szReporter), apiClient(t, b.base, szReporter)
	if status, body := call(t, szB, "POST", fmt.Sprintf("%s/api/v1/tasks/%d/steps", b.base, taskID), `{"kind":"acknowledge"}`); status != 200 {
		t.Fatalf("acknowledge on B: %d %s", status, body)
	}
	reportPath := fmt.Sprintf("/api/v1/tasks/%d/reports/2024Q3", taskID)
	if status, body := call(t, szA, "PUT", a.base+reportPath, `{"version":0,"status":"in_progress","measures":"起草实施方案。"}`); status != 200 {
		t.Fatalf("first report on A: %d %s", status, body)
	}

	// Concurrent read-modify-write saves through both servers.
	const writers = 16
	results := make(chan int, writers)
	start := make(chan struct{})
	for i := range writers {
		c, base := szA, a.base
		if i%2 == 1 {
			c, base = szB, b.base
		}
		wg.Go(func() {
			<-start
			var rep struct {
				Version int `json:"version"`
			}
			status, body := call(t, c, "GET", base+reportPath, "")
			if status != 200 || json.Unmarshal(body, &rep) != nil {
				t.Errorf("writer %d read: %d %s", i, status, body)
				results <- status
				return
			}
			status, body = call(t, c, "PUT", base+reportPath,
				fmt.Sprintf(`{"version":%d,"status":"in_progress","measures":"第%d位编辑的措施。"}`, rep.Version, i))
			if status != 200 && status != 409 {
				t.Errorf("writer %d save: %d %s", i, status, body)
			}
			results <- status
		})
	}
	close(start)
	wg.Wait()
	close(results)
	wins, conflicts := 0, 0
	for st := range results {
		switch st {
		case 200:
			wins++
		case 409:
			conflicts++
		}
	}
	if wins+conflicts != writers || wins == 0 {
		t.Errorf("of %d saves %d won and %d conflicted", writers, wins, conflicts)
	}
	var final struct {
		Version  int    `json:"version"`
		Measures string `json:"measures"`
	}
	getJSON(t, szB, b.base+reportPath, &final)
	if final.Version != 1+wins {
		t.Errorf("report version %d after 1 + %d winning saves: a save was lost or doubled", final.Version, wins)
	}
	t.Logf("%d concurrent saves through two servers: %d won, %d were told of the conflict", writers, wins, conflicts)

	// Signing out on B ends the session for A too.
	if status, _ := call(t, onB, "DELETE", b.base+"/api/v1/session", ""); status != 204 {
		t.Errorf("sign out on B: %d", status)
	}
	if status, _ := call(t, browser, "GET", a.base+"/api/v1/session", ""); status != 401 {
		t.Errorf("session on A after signing out on B: %d, want 401", status)
	}

	// The overdue task makes one reminder, sent once though both servers
	// run their reminder loop every 300 ms.
	deadline := time.Now().Add(20 * time.Second)
	for len(hook.received()) == 0 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(2 * time.Second) // several more rounds of both servers
	got := hook.received()
	seen := map[string]int{}
	for _, m := range got {
		seen[m]++
	}
	overdue := 0
	for m, n := range seen {
		if n != 1 {
			t.Errorf("reminder sent %d times:\n%s", n, m)
		}
		if strings.Contains(m, "深圳市") && strings.Contains(m, "任务已逾期") {
			overdue++
		}
	}
	if overdue != 1 {
		t.Errorf("%d overdue reminders for 深圳市, want 1; received %q", overdue, got)
	}

	// Both servers count the task on /metrics (loopback may read it).
	for _, p := range servers {
		status, body := call(t, http.DefaultClient, "GET", p.base+"/metrics", "")
		if status != 200 || !strings.Contains(string(body), "rollout_tasks_overdue 1\n") ||
			!strings.Contains(string(body), `rollout_tasks{state="in_work"} 1`+"\n") {
			t.Errorf("metrics of %s: %d\n%s", p.base, status, grepLines(string(body), "rollout_tasks"))
		}
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestGracefulShutdown: SIGTERM while a report is being uploaded slowly and
// other saves are in flight. The server stops taking connections, lets the
// upload finish (its save answers 200 and is stored whole), and exits 0; every
// save that answered 200 is in the database, none is half-written.
func TestGracefulShutdown(t *testing.T) {
	dsn := "sqlite:" + t.TempDir() + "/rollout.db"
	prepare(t, dsn)
	p := startServe(t, dsn, nil, "--remind-every", "200ms", "--log-format", "json")
	gd := apiClient(t, p.base, gdReporter)
	taskID, _ := dividedTask(t, gd, p.base, 2, "2099年12月31日前")
	sz := apiClient(t, p.base, szReporter)
	if status, body := call(t, sz, "POST", fmt.Sprintf("%s/api/v1/tasks/%d/steps", p.base, taskID), `{"kind":"acknowledge"}`); status != 200 {
		t.Fatalf("acknowledge: %d %s", status, body)
	}
	reportURL := fmt.Sprintf("%s/api/v1/tasks/%d/reports/2024Q4", p.base, taskID)

	// The slow upload: its headers and half its body are sent before SIGTERM.
	measures := strings.Repeat("分阶段推进改革，", 600)
	full := fmt.Sprintf(`{"version":0,"status":"in_progress","measures":%q}`, measures)
	pr, pw := io.Pipe()
	req, _ := http.NewRequest("PUT", reportURL, pr)
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = int64(len(full))
	slow := make(chan *http.Response, 1)
	go func() {
		resp, err := sz.Do(req)
		if err != nil {
			t.Errorf("slow upload: %v", err)
			slow <- nil
			return
		}
		slow <- resp
	}()
	half := len(full) / 2
	if _, err := pw.Write([]byte(full[:half])); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // the server is reading the body now

	// Other saves keep coming in on another task while the signal arrives.
	otherTask, _ := dividedTask(t, gd, p.base, 3, "2099年12月31日前")
	call(t, sz, "POST", fmt.Sprintf("%s/api/v1/tasks/%d/steps", p.base, otherTask), `{"kind":"acknowledge"}`)
	otherURL := fmt.Sprintf("%s/api/v1/tasks/%d/reports/2024Q4", p.base, otherTask)
	var okSaves []int
	var mu sync.Mutex
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		version := 0
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			req, _ := http.NewRequest("PUT", otherURL, strings.NewReader(
				fmt.Sprintf(`{"version":%d,"status":"in_progress","measures":"第%d次保存"}`, version, i)))
			req.Header.Set("Content-Type", "application/json")
			resp, err := sz.Do(req)
			if err != nil {
				return // the server has closed its listener
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				mu.Lock()
				okSaves = append(okSaves, i)
				mu.Unlock()
				version++
			}
		}
	})
	time.Sleep(200 * time.Millisecond)
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond) // shutdown has begun; the upload is still open
	if _, err := pw.Write([]byte(full[half:])); err != nil {
		t.Fatalf("finish the upload after SIGTERM: %v", err)
	}
	pw.Close()
	resp := <-slow
	if resp == nil {
		t.FailNow()
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("the upload in flight at SIGTERM: %d %s", resp.StatusCode, b)
	}
	close(stop)
	wg.Wait()
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("serve exit after SIGTERM: %v, want status 0\n%s", err, p.logs)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not exit after SIGTERM")
	}
	logs := p.logs.String()
	for _, want := range []string{`"msg":"shutting down`, `"msg":"stopped: every request finished"`, `"msg":"request"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("JSON log lacks %s", want)
		}
	}

	// Restarted (read-only, for the maintenance window after), the server has
	// the whole upload and the last save that answered 200.
	q := startServe(t, dsn, nil, "--read-only")
	szAgain := apiClient(t, q.base, szReporter)
	var rep struct {
		Version  int    `json:"version"`
		Measures string `json:"measures"`
	}
	getJSON(t, szAgain, strings.Replace(reportURL, p.base, q.base, 1), &rep)
	if rep.Version != 1 || rep.Measures != measures {
		t.Errorf("the upload in flight was stored as version %d with %d of %d bytes", rep.Version, len(rep.Measures), len(measures))
	}
	mu.Lock()
	n := len(okSaves)
	mu.Unlock()
	if n > 0 {
		getJSON(t, szAgain, strings.Replace(otherURL, p.base, q.base, 1), &rep)
		if rep.Version != n || rep.Measures != fmt.Sprintf("第%d次保存", okSaves[n-1]) {
			t.Errorf("after %d saves answered 200 the report is version %d %q", n, rep.Version, rep.Measures)
		}
	}
	t.Logf("%d saves answered 200 around the signal", n)

	// Read-only: reading and signing in work (above), writing answers 503
	// with the maintenance message, and pages carry the banner.
	status, body := call(t, szAgain, "PUT", strings.Replace(reportURL, p.base, q.base, 1),
		fmt.Sprintf(`{"version":%d,"status":"implemented","measures":"x"}`, rep.Version))
	if status != 503 || !strings.Contains(string(body), `"code": "read_only"`) || !strings.Contains(string(body), "只读模式") {
		t.Errorf("a save in read-only mode: %d %s", status, body)
	}
	if status, body := call(t, szAgain, "GET", q.base+"/batches/7", ""); status != 200 || !strings.Contains(string(body), "readonly-banner") {
		t.Errorf("a page in read-only mode: %d, banner %v", status, strings.Contains(string(body), "readonly-banner"))
	}
}

func mustURL(t *testing.T, s string) *urlpkg.URL {
	t.Helper()
	u, err := urlpkg.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
