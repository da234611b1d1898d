package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"rollout"
	"rollout/notice"
	"rollout/refdata"
	"rollout/sqldb"
	"rollout/web"
)

// serveConfig is every setting of `rollout serve`; flags, with environment
// variables as defaults.
type serveConfig struct {
	WarningDays   int
	RemindEvery   time.Duration
	Addr          string
	DB            string
	TLSCert       string
	TLSKey        string
	SecureCookies bool
}

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg serveConfig
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.Addr, "addr", envOr("ROLLOUT_ADDR", ":8080"), "listen address (env ROLLOUT_ADDR)")
	fs.StringVar(&cfg.DB, "db", envOr("ROLLOUT_DB", ""), "database: file path, sqlite:PATH or postgres:// URL (env ROLLOUT_DB; default ./rollout.db)")
	fs.StringVar(&cfg.TLSCert, "tls-cert", envOr("ROLLOUT_TLS_CERT", ""), "serve HTTPS with this certificate file (PEM; env ROLLOUT_TLS_CERT)")
	fs.StringVar(&cfg.TLSKey, "tls-key", envOr("ROLLOUT_TLS_KEY", ""), "the certificate's private key file (PEM; env ROLLOUT_TLS_KEY)")
	fs.BoolVar(&cfg.SecureCookies, "secure-cookies", envOr("ROLLOUT_SECURE_COOKIES", "") == "true",
		"mark session cookies Secure: set it behind a TLS-terminating proxy (env ROLLOUT_SECURE_COOKIES=true; implied by --tls-cert)")
	fs.IntVar(&cfg.WarningDays, "warning-days", warningDaysDefault(), "days before a deadline when the light turns yellow (env ROLLOUT_WARNING_DAYS)")
	fs.DurationVar(&cfg.RemindEvery, "remind-every", time.Hour, "how often to make and send deadline reminders; 0 turns them off (e-mail: ROLLOUT_SMTP_ADDR, ROLLOUT_SMTP_FROM, ROLLOUT_SMTP_USER, ROLLOUT_SMTP_PASSWORD; webhook: ROLLOUT_WEBHOOK_URL)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if (cfg.TLSCert == "") != (cfg.TLSKey == "") {
		return usageError{"--tls-cert 和 --tls-key 须同时给出"}
	}
	if cfg.TLSCert != "" {
		cfg.SecureCookies = true
	}
	log := newLogger(stderr)

	db, err := sqldb.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer db.Close()
	site, err := newSite(ctx, db, log, cfg)
	if err != nil {
		return err
	}
	if err := ensureAdmin(ctx, db, stdout); err != nil {
		return err
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           site.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("rollout serving", "addr", ln.Addr().String(), "db", db.Dialect(), "version", buildVersion())
	scheme := "http"
	if cfg.TLSCert != "" {
		scheme = "https"
	}
	fmt.Fprintf(stdout, "rollout: %s://%s/\n", scheme, displayAddr(ln.Addr()))

	if cfg.RemindEvery > 0 {
		go runReminders(ctx, db, senders(), cfg.RemindEvery, cfg.WarningDays, log)
	}
	errc := make(chan error, 1)
	go func() {
		if cfg.TLSCert != "" {
			errc <- srv.ServeTLS(ln, cfg.TLSCert, cfg.TLSKey)
			return
		}
		errc <- srv.Serve(ln)
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

// displayAddr turns ":8080" into "localhost:8080" for the line a person clicks.
func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

// newSite seeds an empty database and builds the web server over it.
func newSite(ctx context.Context, db *sqldb.DB, log *slog.Logger, cfg serveConfig) (*web.Server, error) {
	if err := seed(ctx, db, log); err != nil {
		return nil, err
	}
	return web.New(web.Config{Catalog: db, Units: db, Tasks: db, Reports: db, Users: db, Audit: db, Logger: log,
		SecureCookies: cfg.SecureCookies, WarningDays: cfg.WarningDays,
		Problems: db, Coordination: db}) // Coordination
}

// seed fills an empty database so that a newcomer sees real content at once: the
// reference unit tree when there are no units, and the bundled 7th-batch notice
// with its first-level tasks when there are no batches.
func seed(ctx context.Context, db *sqldb.DB, log *slog.Logger) error {
	switch _, err := db.RootUnit(ctx); {
	case rollout.ErrorCode(err) == rollout.ENOTFOUND:
		specs, err := refdata.Units()
		if err != nil {
			return err
		}
		n, err := db.LoadUnits(ctx, specs)
		if err != nil {
			return fmt.Errorf("load bundled units: %w", err)
		}
		log.Info("empty database: loaded the bundled unit directory", "units", n)
	case err != nil:
		return err
	}
	batches, err := db.Batches(ctx)
	if err != nil {
		return err
	}
	if len(batches) > 0 {
		return nil
	}
	n, err := notice.Parse(refdata.Notice7)
	if err != nil {
		return fmt.Errorf("read bundled notice: %w", err)
	}
	res, err := db.ImportNotice(ctx, n, rollout.Source{Format: n.Format, Body: refdata.Notice7})
	if err != nil {
		return fmt.Errorf("load bundled notice: %w", err)
	}
	if !res.Created {
		return nil
	}
	a, err := db.Assign(ctx, n.Batch)
	if err != nil {
		return fmt.Errorf("assign bundled notice: %w", err)
	}
	log.Info("empty database: loaded the bundled notice", "doc_no", n.DocNo, "items", len(n.Items),
		"implementing_tasks", a.Implement, "guidance_tasks", a.Guide)
	return nil
}
