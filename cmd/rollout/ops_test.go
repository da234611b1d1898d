package main

import (
	"flag"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeSettings: --help lists every flag serve has, each with its
// environment variable and default; the environment sets a value, a flag
// wins over it, and a malformed value is refused naming where it came from.
func TestServeSettings(t *testing.T) {
	code, _, help := runCmd(t, "serve", "--help")
	if code != exitOK {
		t.Fatalf("serve --help: exit %d", code)
	}
	var cfg serveConfig
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	for _, s := range serveSettings(&cfg) {
		if !strings.HasPrefix(s.env, "ROLLOUT_") {
			t.Errorf("setting %q has no ROLLOUT_ environment variable", s.flag)
		}
		line := ""
		for _, l := range strings.Split(help, "\n") {
			if strings.Contains(l, " "+s.env+" ") {
				line = l
			}
		}
		switch {
		case line == "":
			t.Errorf("--help does not list %s", s.env)
		case s.flag != "" && !strings.HasPrefix(line, "--"+s.flag+" "):
			t.Errorf("--help line of %s does not start with --%s: %q", s.env, s.flag, line)
		case s.def != "" && !strings.Contains(line, " "+s.def+" "):
			t.Errorf("--help line of %s lacks the default %q: %q", s.env, s.def, line)
		}
		if s.bind != nil {
			if err := s.bind(fs, s.flag, s.def, s.help); err != nil {
				t.Errorf("default of %s: %v", s.flag, err)
			}
		}
	}
	// Every flag serve registers is in the table (the table registers them all).
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	if n != 14 {
		t.Errorf("%d flags; update this test and docs/operations.md when a setting is added", n)
	}

	t.Setenv("ROLLOUT_ADDR", "127.0.0.1:9999")
	t.Setenv("ROLLOUT_READ_ONLY", "true")
	t.Setenv("ROLLOUT_METRICS_ALLOW", "10.0.0.0/8, 192.168.1.7")
	t.Setenv("ROLLOUT_SHUTDOWN_TIMEOUT", "5s")
	got, err := parseServeConfig([]string{"--addr", ":7000", "--log-format", "json"}, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	want := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.168.1.7/32")}
	if got.Addr != ":7000" || !got.ReadOnly || got.LogFormat != "json" || got.ShutdownTimeout != 5*time.Second ||
		len(got.MetricsAllow) != 2 || got.MetricsAllow[0] != want[0] || got.MetricsAllow[1] != want[1] || got.WarningDays != 3 {
		t.Errorf("config: %+v", got)
	}
	for _, tc := range []struct {
		env, value string
		args       []string
		want       string
	}{
		{"ROLLOUT_READ_ONLY", "yes please", nil, "环境变量 ROLLOUT_READ_ONLY"},
		{"ROLLOUT_METRICS_ALLOW", "10.0.0.0/33", nil, "ROLLOUT_METRICS_ALLOW"},
		{"ROLLOUT_REMIND_EVERY", "hourly", nil, "ROLLOUT_REMIND_EVERY"},
		{"", "", []string{"--log-format", "xml"}, "--log-format"},
		{"", "", []string{"--metrics-allow", "intranet"}, "intranet"},
	} {
		if tc.env != "" {
			t.Setenv(tc.env, tc.value)
		}
		args := append([]string{"serve"}, tc.args...)
		code, _, stderr := runCmd(t, args...)
		if code != exitBadInput || !strings.Contains(stderr, tc.want) {
			t.Errorf("%s=%q %v: exit %d, want 2 naming %q\n%s", tc.env, tc.value, tc.args, code, tc.want, stderr)
		}
		if tc.env != "" {
			t.Setenv(tc.env, "")
		}
	}
}

// TestMigrateStatus: a new database has every migration pending (exit 1);
// migrate applies them once (exit 0) and lists them with their dates; then
// the status is current (exit 0) and a second migrate applies nothing.
func TestMigrateStatus(t *testing.T) {
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "m.db")
	code, out, errOut := runCmd(t, "migrate", "--status", "--db", dsn)
	if code != exitFailure || !strings.Contains(out, "0001") || !strings.Contains(out, "待执行") || strings.Contains(out, "已执行") ||
		!strings.Contains(errOut, "待执行：运行 rollout migrate") {
		t.Errorf("status of a new database: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCmd(t, "migrate", "--db", dsn)
	if code != exitOK || strings.Contains(out, "待执行") || !strings.Contains(out, "已执行 20") || !strings.Contains(out, "数据库结构为最新") {
		t.Errorf("migrate: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = runCmd(t, "migrate", "--status", "--db", dsn)
	if code != exitOK || !strings.Contains(out, "0005_notifications.sql") || !strings.Contains(out, "数据库结构为最新") {
		t.Errorf("status after migrating: exit %d\n%s", code, out)
	}
	if code, out, _ = runCmd(t, "migrate", "--db", dsn); code != exitOK || !strings.Contains(out, "本次执行迁移 0 个") {
		t.Errorf("second migrate: exit %d\n%s", code, out)
	}
	if code, _, _ = runCmd(t, "migrate", "extra", "--db", dsn); code != exitBadInput {
		t.Errorf("migrate with an argument: exit %d, want 2", code)
	}
}
