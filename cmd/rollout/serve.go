package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"time"

	"rollout"
	"rollout/intake"
	"rollout/notice"
	"rollout/refdata"
	"rollout/sqldb"
	"rollout/web"
)

// serveConfig is every setting of `rollout serve`: flags, with environment
// variables as defaults (serveSettings lists them all, and --help prints them).
type serveConfig struct {
	WarningDays     int
	RemindEvery     time.Duration
	Addr            string
	DB              string
	TLSCert         string
	TLSKey          string
	SecureCookies   bool
	LogFormat       string
	LogLevel        string
	ReadOnly        bool
	Crypto          string
	MetricsAllow    []netip.Prefix
	MetricsToken    string
	ShutdownTimeout time.Duration
}

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseServeConfig(args, stderr)
	if err != nil {
		return err
	}
	log, err := serveLogger(stderr, cfg)
	if err != nil {
		return err
	}

	// A read-only server may run on a standby replica, which takes no writes:
	// it neither migrates nor seeds, and /readyz says whether the schema fits.
	// While it serves, the server holds a lock beside an SQLite database, so
	// that rollout restore refuses to replace the file under it.
	release, err := sqldb.HoldForServing(cfg.DB)
	if err != nil {
		return err
	}
	defer release()
	db, err := sqldb.OpenWith(ctx, cfg.DB, sqldb.Options{Unmigrated: cfg.ReadOnly, Crypto: cfg.Crypto})
	if err != nil {
		return err
	}
	// The database closes last, after the requests and the reminders.
	defer db.Close()
	switch {
	case db.AuditKeyCreated():
		fmt.Fprintf(stdout, "rollout: 已新建审计密钥文件 %s（审计记录的 MAC 以它计算）：请另行备份，勿与数据库备份放在一起。\n", db.AuditKeyFile())
		log.Warn("created the audit key file: keep a copy apart from the database's backups", "file", db.AuditKeyFile())
	case !db.Keyed():
		log.Warn("no audit key: the audit trail is hash-chained only; name a key file with " + sqldb.EnvAuditKeyFile)
	}
	if db.FileKeyCreated() {
		fmt.Fprintf(stdout, "rollout: 已新建附件加密密钥文件 %s（国密 SM4）：请另行备份，勿与数据库备份放在一起；丢失后已加密的附件无法读取。\n", db.FileKeyFile())
		log.Warn("created the file key file: keep a copy apart from the database's backups", "file", db.FileKeyFile())
	}
	site, err := newSite(ctx, db, log, cfg)
	if err != nil {
		return err
	}
	if !cfg.ReadOnly {
		if err := ensureAdmin(ctx, db, stdout); err != nil {
			return err
		}
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
	log.Info("rollout serving", "addr", ln.Addr().String(), "db", db.Dialect(), "version", buildVersion(),
		"read_only", cfg.ReadOnly, "crypto", db.Crypto())
	scheme := "http"
	if cfg.TLSCert != "" {
		scheme = "https"
	}
	fmt.Fprintf(stdout, "rollout: %s://%s/\n", scheme, displayAddr(ln.Addr()))

	// Reminders run until shutdown begins; shutdown waits for a round in
	// progress (each of its writes is a transaction of its own).
	remindCtx, stopReminders := context.WithCancel(context.WithoutCancel(ctx))
	remindDone := make(chan struct{})
	if cfg.RemindEvery > 0 && !cfg.ReadOnly {
		go func() {
			defer close(remindDone)
			runReminders(remindCtx, db, senders(), cfg.RemindEvery, cfg.WarningDays, log)
		}()
	} else {
		close(remindDone)
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
		stopReminders()
		<-remindDone
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: no new connections; finishing requests in flight", "timeout", cfg.ShutdownTimeout)
	stopReminders()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	err = srv.Shutdown(shutdownCtx)
	<-remindDone
	if err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: requests still running after %s were cut off: %w", cfg.ShutdownTimeout, err)
	}
	log.Info("stopped: every request finished")
	return nil
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

// newSite seeds an empty database (unless the site is read-only) and builds the web server over it.
func newSite(ctx context.Context, db *sqldb.DB, log *slog.Logger, cfg serveConfig) (*web.Server, error) {
	if !cfg.ReadOnly {
		if err := seed(ctx, db, log); err != nil {
			return nil, err
		}
	}
	return web.New(web.Config{Catalog: db, Units: db, Tasks: db, Reports: db, Users: db, Audit: db, Logger: log,
		SecureCookies: cfg.SecureCookies, WarningDays: cfg.WarningDays, HSTS: cfg.TLSCert != "",
		// Operations
		Health: dbHealth{db}, Gauges: db, MetricsAllow: cfg.MetricsAllow, MetricsToken: cfg.MetricsToken,
		ReadOnly: cfg.ReadOnly, Version: buildVersion(),
		// Evaluation rounds.
		Evaluations: db,
		// National picture and indicators
		Rollups: db, Trends: db, Indicators: db, Seed: db,
		// Coordination
		Problems: db, Coordination: db,
		// Supervision and notifications
		Supervision: db, Inbox: db})
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
	if rollout.ErrorCode(err) == rollout.ECONFLICT {
		// Another server starting at the same time stored it first, and assigns it.
		log.Info("bundled notice loaded by another server")
		return nil
	}
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
	if _, err := intake.SeedIndicators7(ctx, db, n); err != nil {
		return err
	}
	log.Info("empty database: loaded the bundled notice", "doc_no", n.DocNo, "items", len(n.Items),
		"implementing_tasks", a.Implement, "guidance_tasks", a.Guide)
	return nil
}
