package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"rollout/msg"
)

// setting is one setting of `rollout serve`: its flag (or none: set by the
// environment only), its environment variable, its default and what it does.
// The table serveSettings is the one list: it registers the flags, reads the
// environment and prints --help; docs/operations.md copies it.
type setting struct {
	flag, env, def, help string
	// bind registers the flag on fs with def (or the environment's value) as
	// its default, or is nil for a setting read from the environment only.
	bind func(fs *flag.FlagSet, name, value, help string) error
}

func strSetting(p *string) func(*flag.FlagSet, string, string, string) error {
	return func(fs *flag.FlagSet, name, value, help string) error {
		fs.StringVar(p, name, value, help)
		return nil
	}
}

func boolSetting(p *bool) func(*flag.FlagSet, string, string, string) error {
	return func(fs *flag.FlagSet, name, value, help string) error {
		v, err := strconv.ParseBool(value)
		if err != nil {
			return errors.New(msg.Text(msg.ZH, "err.ops.setting_bool", value))
		}
		fs.BoolVar(p, name, v, help)
		return nil
	}
}

func intSetting(p *int) func(*flag.FlagSet, string, string, string) error {
	return func(fs *flag.FlagSet, name, value, help string) error {
		v, err := strconv.Atoi(value)
		if err != nil || v < 0 {
			return errors.New(msg.Text(msg.ZH, "err.ops.setting_int", value))
		}
		fs.IntVar(p, name, v, help)
		return nil
	}
}

func durationSetting(p *time.Duration) func(*flag.FlagSet, string, string, string) error {
	return func(fs *flag.FlagSet, name, value, help string) error {
		v, err := time.ParseDuration(value)
		if err != nil || v < 0 {
			return errors.New(msg.Text(msg.ZH, "err.ops.setting_duration", value))
		}
		fs.DurationVar(p, name, v, help)
		return nil
	}
}

// prefixList is --metrics-allow: networks as CIDRs (a single address is a
// /32 or /128), separated by commas, the flag repeatable.
type prefixList struct{ p *[]netip.Prefix }

func (l prefixList) String() string {
	if l.p == nil {
		return ""
	}
	var s []string
	for _, p := range *l.p {
		s = append(s, p.String())
	}
	return strings.Join(s, ",")
}

func (l prefixList) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if !strings.Contains(part, "/") {
			a, err := netip.ParseAddr(part)
			if err != nil {
				return errors.New(msg.Text(msg.ZH, "err.ops.setting_address", part))
			}
			*l.p = append(*l.p, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(part)
		if err != nil {
			return errors.New(msg.Text(msg.ZH, "err.ops.setting_network", part))
		}
		*l.p = append(*l.p, p.Masked())
	}
	return nil
}

func prefixSetting(p *[]netip.Prefix) func(*flag.FlagSet, string, string, string) error {
	return func(fs *flag.FlagSet, name, value, help string) error {
		if err := (prefixList{p}).Set(value); err != nil {
			return err
		}
		fs.Var(prefixList{p}, name, help)
		return nil
	}
}

// serveSettings is every setting of rollout serve.
func serveSettings(cfg *serveConfig) []setting {
	return []setting{
		{flag: "addr", env: "ROLLOUT_ADDR", def: ":8080", help: "监听地址 / listen address", bind: strSetting(&cfg.Addr)},
		{flag: "db", env: "ROLLOUT_DB", def: "", help: "数据库：文件路径、sqlite:路径 或 postgres:// 连接串（空为 ./rollout.db）/ database", bind: strSetting(&cfg.DB)},
		{flag: "tls-cert", env: "ROLLOUT_TLS_CERT", def: "", help: "以此证书文件（PEM）提供 HTTPS / serve HTTPS with this certificate", bind: strSetting(&cfg.TLSCert)},
		{flag: "tls-key", env: "ROLLOUT_TLS_KEY", def: "", help: "证书私钥文件（PEM）/ the certificate's private key", bind: strSetting(&cfg.TLSKey)},
		{flag: "secure-cookies", env: "ROLLOUT_SECURE_COOKIES", def: "false", help: "会话 Cookie 仅经 HTTPS 发送：在终止 TLS 的反向代理之后设置（--tls-cert 时自动开启）/ Secure cookies behind a TLS proxy", bind: boolSetting(&cfg.SecureCookies)},
		{flag: "warning-days", env: "ROLLOUT_WARNING_DAYS", def: "3", help: "到期前几天亮黄灯 / days before a deadline when the light turns yellow", bind: intSetting(&cfg.WarningDays)},
		{flag: "remind-every", env: "ROLLOUT_REMIND_EVERY", def: "1h", help: "生成并发送到期提醒的间隔，0 为关闭；多台服务器每条提醒只发一次 / reminder interval, 0 = off", bind: durationSetting(&cfg.RemindEvery)},
		{flag: "log-format", env: "ROLLOUT_LOG_FORMAT", def: "text", help: "日志格式：text 或 json（每个请求一行结构化日志）/ log format", bind: strSetting(&cfg.LogFormat)},
		{flag: "log-level", env: "ROLLOUT_LOG_LEVEL", def: "info", help: "日志级别：debug、info、warn、error / log level", bind: strSetting(&cfg.LogLevel)},
		{flag: "crypto", env: "ROLLOUT_CRYPTO", def: "standard", help: "密码算法：standard（默认），或 gm（国密：审计链 HMAC-SM3，附件 SM4 加密）/ crypto: standard or gm (SM3, SM4)", bind: strSetting(&cfg.Crypto)},
		{flag: "read-only", env: "ROLLOUT_READ_ONLY", def: "false", help: "只读模式（维护窗口）：可查看和登录，其余写操作返回 503；不迁移、不初始化、不发提醒 / read-only mode", bind: boolSetting(&cfg.ReadOnly)},
		{flag: "metrics-allow", env: "ROLLOUT_METRICS_ALLOW", def: "", help: "除本机外可读取 /metrics 的网段，逗号分隔，如 10.0.0.0/8 / networks allowed to read /metrics", bind: prefixSetting(&cfg.MetricsAllow)},
		{flag: "metrics-token", env: "ROLLOUT_METRICS_TOKEN", def: "", help: "持此令牌（Authorization: Bearer …）可从任何地址读取 /metrics；宜用环境变量 / bearer token for /metrics", bind: strSetting(&cfg.MetricsToken)},
		{flag: "shutdown-timeout", env: "ROLLOUT_SHUTDOWN_TIMEOUT", def: "20s", help: "收到 SIGTERM/SIGINT 后等待进行中请求完成的最长时间 / grace period for requests in flight", bind: durationSetting(&cfg.ShutdownTimeout)},
		{env: "ROLLOUT_AUDIT_KEY_FILE", help: "审计密钥文件（审计记录的 HMAC 密钥，保存在数据库以外）；未设置时为 SQLite 数据库旁的 PATH.audit-key，首次启动时生成 / the audit key file"},
		{env: "ROLLOUT_FILE_KEY_FILE", help: "附件加密密钥文件（国密 SM4，保存在数据库以外）；未设置时为 SQLite 数据库旁的 PATH.file-key，--crypto gm 首次启动时生成 / the file key file"},
		{env: "ROLLOUT_ADMIN_PASSWORD", help: "首次启动创建的管理员 admin 的密码（未设置则生成一次性密码并打印）/ the first administrator's password"},
		{env: "ROLLOUT_SMTP_ADDR", help: "提醒邮件的 SMTP 服务器 host:port / SMTP server for reminders"},
		{env: "ROLLOUT_SMTP_FROM", def: "rollout@localhost", help: "提醒邮件的发件人 / sender of reminder e-mail"},
		{env: "ROLLOUT_SMTP_USER", help: "SMTP 用户名 / SMTP user"},
		{env: "ROLLOUT_SMTP_PASSWORD", help: "SMTP 密码 / SMTP password"},
		{env: "ROLLOUT_WEBHOOK_URL", help: "群机器人 Webhook 地址，提醒也发到此处 / group-robot webhook for reminders"},
	}
}

const serveUsageHead = `用法: rollout serve [设置...]

提供网页和 JSON 接口。每项设置可用命令行参数或环境变量给出，参数优先于环境变量。
/ Serves the pages and the JSON API. Every setting is a flag or an environment
variable; a flag wins over the environment.

运维接口 / operations: GET /healthz（进程存活）、GET /readyz（数据库可达且结构为最新，否则 503）、
GET /metrics（Prometheus；本机、--metrics-allow 网段或 --metrics-token 可读）。
收到 SIGTERM 或 SIGINT 时停止接收新连接，等待进行中的请求完成后退出（退出码 0）。

`

// printServeUsage prints every setting with its environment variable and default.
func printServeUsage(w io.Writer, settings []setting) {
	fmt.Fprint(w, serveUsageHead)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FLAG\tENVIRONMENT\tDEFAULT\t说明 / WHAT")
	for _, s := range settings {
		f := "(env only)"
		if s.flag != "" {
			f = "--" + s.flag
		}
		def := s.def
		if def == "" {
			def = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", f, s.env, def, s.help)
	}
	tw.Flush()
}

// parseServeConfig reads the settings from the environment, then from args.
// A malformed value, in either, is a usage error naming where it came from.
func parseServeConfig(args []string, stderr io.Writer) (serveConfig, error) {
	var cfg serveConfig
	settings := serveSettings(&cfg)
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { printServeUsage(stderr, settings) }
	for _, s := range settings {
		if s.bind == nil {
			continue
		}
		// An empty variable counts as unset, as an EnvironmentFile line
		// "ROLLOUT_X=" means.
		value := os.Getenv(s.env)
		fromEnv := value != ""
		if !fromEnv {
			value = s.def
		}
		if err := s.bind(fs, s.flag, value, s.help); err != nil {
			if fromEnv {
				return cfg, usageError{msg.Text(msg.ZH, "err.ops.setting_env", s.env, err.Error())}
			}
			return cfg, fmt.Errorf("default of --%s: %w", s.flag, err)
		}
	}
	if err := parseNoArgs(fs, args); err != nil {
		return cfg, err
	}
	if (cfg.TLSCert == "") != (cfg.TLSKey == "") {
		return cfg, usageError{msg.Text(msg.ZH, "err.ops.tls_pair")}
	}
	if cfg.TLSCert != "" {
		cfg.SecureCookies = true
	}
	switch cfg.LogFormat {
	case "text", "json":
	default:
		return cfg, usageError{msg.Text(msg.ZH, "err.ops.log_format", cfg.LogFormat)}
	}
	if _, err := logLevel(cfg.LogLevel); err != nil {
		return cfg, err
	}
	return cfg, nil
}

func logLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, usageError{msg.Text(msg.ZH, "err.ops.log_level", s)}
	}
	return l, nil
}

// serveLogger is the server's logger: text or JSON lines on stderr.
func serveLogger(w io.Writer, cfg serveConfig) (*slog.Logger, error) {
	level, err := logLevel(cfg.LogLevel)
	if err != nil {
		return nil, err
	}
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return slog.New(slog.NewTextHandler(w, opts)), nil
}
