// Package e2e runs the real rollout binary and drives its pages with a real
// headless Chromium (chromedp), following the journeys in JOURNEYS.md.
//
// Chromium is found at $ROLLOUT_CHROMIUM, /usr/bin/chromium or on PATH. Without
// it the tests skip, except under CI (CI=true), where they fail: make test
// installs it.
package e2e

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "write the journey's screenshots to docs/screenshots")

var binary string // the rollout binary built by TestMain

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "rollout-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "rollout")
	build := exec.Command("go", "build", "-o", binary, "rollout/cmd/rollout")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build rollout:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// chromium returns the browser's path, or skips (fails under CI) without one.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("ROLLOUT_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("Chromium not found: browser tests must run under CI (make test installs the chromium package)")
	}
	t.Skip("Chromium not found; install the chromium package or run make test")
	return ""
}

// server starts `rollout serve` on a free loopback port with a new database and
// returns its base URL. The process is stopped when the test ends.
func server(t *testing.T, dsn string) string {
	t.Helper()
	return serverWith(t, dsn, http.DefaultClient, "http")
}

// serverWith is server with a client to poll it and extra serve arguments.
func serverWith(t *testing.T, dsn string, client *http.Client, scheme string, extra ...string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	if dsn == "" {
		dsn = "sqlite:" + filepath.Join(t.TempDir(), "rollout.db")
	}
	// The accounts the journeys sign in with, made as an administrator would.
	prepare(t, dsn)
	cmd := exec.Command(binary, append([]string{"serve", "--addr", addr, "--db", dsn}, extra...)...)
	cmd.Env = append(os.Environ(), "ROLLOUT_ADMIN_PASSWORD="+adminPassword)
	var logs strings.Builder
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
		if t.Failed() {
			t.Logf("server output:\n%s", logs.String())
		}
	})
	base := scheme + "://" + addr
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := client.Get(base + "/")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return base
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not answer on %s: %v\n%s", base, err, logs.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// account is a user the journeys sign in as.
type account struct{ username, password, unit, role string }

const adminPassword = "Admin-Journey-2024"

var (
	gdReviewer  = account{"gd.reviewer", "Guangdong-Review-2024", "广东省", "reviewer"}
	gdReporter  = account{"gd.reporter", "Guangdong-Report-2024", "广东省", "reporter"}
	szReporter  = account{"sz.reporter", "Shenzhen-Report-2024", "深圳市", "reporter"}
	coordinator = account{"coordinator", "Mofcom-Coordinate-2024", "国务院", "coordinator"}
	accounts    = []account{gdReviewer, gdReporter, szReporter, coordinator}
)

// rollout runs a command of the binary with the given standard input.
func rollout(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("rollout %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// signOut signs out through the button in the page header.
func signOut(t *testing.T, ctx context.Context, base string) {
	t.Helper()
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/signout"]`)),
		chromedp.Submit(chromedp.CSS(`form[action="/signout"]`)),
		chromedp.WaitNotPresent(chromedp.CSS(`form[action="/signout"]`)),
	); err != nil {
		t.Fatalf("sign out: %v", err)
	}
}

// signIn signs in through the sign-in page.
func signIn(t *testing.T, ctx context.Context, base string, a account) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/signin"),
		chromedp.WaitVisible(chromedp.CSS(`#username`)),
		chromedp.SendKeys(chromedp.CSS(`#username`), a.username),
		chromedp.SendKeys(chromedp.CSS(`#password`), a.password),
		chromedp.Submit(chromedp.CSS(`#password`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/signout"]`)),
	)
	if err != nil {
		t.Fatalf("sign in as %s: %v", a.username, err)
	}
}

// browser returns a chromedp context for a fresh headless Chromium.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.WindowSize(1440, 900), // the desktop screenshots of docs/screenshots are 1440 px wide
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // start the browser now, to fail early
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// screenshot saves the page as PNG: under docs/screenshots with
// -update-screenshots, in the test's temporary directory otherwise.
func screenshot(t *testing.T, name string) chromedp.Action[chromedp.Void] {
	return shoot(t, name, chromedp.FullScreenshot(100))
}

// firstScreen is screenshot of the viewport alone: what a phone shows first.
func firstScreen(t *testing.T, name string) chromedp.Action[chromedp.Void] {
	return shoot(t, name, chromedp.CaptureScreenshot())
}

func shoot(t *testing.T, name string, capture chromedp.Action[[]byte]) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		png, err := capture(ctx, target)
		if err != nil {
			return err
		}
		dir := t.TempDir()
		if *updateScreenshots {
			dir = filepath.Join("..", "docs", "screenshots")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	})
}
