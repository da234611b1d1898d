// Command rollout is the Free Trade Zone reform replication system
// (自贸试验区改革试点经验复制推广管理系统) in one binary: serve, import, units,
// assign, cascade, reports import, audit, backup, check, gen, bench and more.
// The commands and their settings are listed once, in usage below (`rollout
// help`); the README's list is checked against it.
//
// The database is ./rollout.db (embedded SQLite) unless --db or ROLLOUT_DB names
// another file, sqlite:PATH, or a postgres:// URL.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"rollout"
	"rollout/sqldb"
)

// Exit statuses.
const (
	exitOK       = 0
	exitFailure  = 1 // the command ran but could not do what was asked (e.g. a conflict)
	exitBadInput = 2 // bad usage or unreadable input
)

// version is set at build time with -ldflags "-X main.version=…".
var version = ""

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is bad command-line usage: the message is printed with the usage.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// run is the whole program, testable without a process.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitBadInput
	}
	for i, a := range args {
		if !rollout.IsText(a) {
			fmt.Fprintf(stderr, "rollout: %s\n", errorText(rollout.E(rollout.EINVALID, "err.ops.bad_text_arg", i+1)))
			return exitBadInput
		}
	}
	var err error
	switch args[0] {
	case "serve":
		err = cmdServe(ctx, args[1:], stdout, stderr)
	case "import":
		return cmdImport(ctx, args[1:], stdout, stderr)
	case "units":
		err = cmdUnits(ctx, args[1:], stdout, stderr)
	case "assign":
		err = cmdAssign(ctx, args[1:], stdout, stderr)
	case "tasks":
		err = cmdTasks(ctx, args[1:], stdout, stderr)
	case "scope":
		err = cmdScope(ctx, args[1:], stdout, stderr)
	case "user":
		err = cmdUser(ctx, args[1:], stdin, stdout, stderr)
	case "audit":
		err = cmdAudit(ctx, args[1:], stdout, stderr)
	case "rhythm":
		err = cmdRhythm(ctx, args[1:], stdout, stderr)
	case "template":
		err = cmdTemplate(ctx, args[1:], stdout, stderr)
	case "reports":
		err = cmdReports(ctx, args[1:], stdout, stderr)
	case "remind":
		err = cmdRemind(ctx, args[1:], stdout, stderr)
	case "gen":
		err = cmdGen(ctx, args[1:], stdout, stderr)
	case "backup":
		err = cmdBackup(ctx, args[1:], stdout, stderr)
	case "restore":
		err = cmdRestore(ctx, args[1:], stdout, stderr)
	case "cascade":
		err = cmdCascade(ctx, args[1:], stdout, stderr)
	// Operations
	case "migrate":
		err = cmdMigrate(ctx, args[1:], stdout, stderr)
	// Roll-ups
	case "check":
		err = cmdCheck(ctx, args[1:], stdout, stderr)
	// Coordination
	case "links":
		err = cmdLinks(ctx, args[1:], stdout, stderr)
	// Benchmarks
	case "bench":
		err = cmdBench(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-v":
		fmt.Fprintln(stdout, versionLine())
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		err = usageError{fmt.Sprintf("未知命令 %q", args[0])}
	}
	var ue usageError
	var bad badInput
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &bad):
		fmt.Fprintf(stderr, "rollout: %s\n", bad.Error())
		return exitBadInput
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "rollout: %s\n\n%s", ue.msg, usage)
		return exitBadInput
	default:
		fmt.Fprintf(stderr, "rollout: %s\n", errorText(err))
		return exitFailure
	}
}

const usage = `rollout — 自贸试验区改革试点经验复制推广管理系统

用法 / usage:
  rollout serve  [--addr :8080] [--db DSN]
  rollout import [--dry-run] [--json] [--batch N] [--db DSN] FILE...
  rollout units  load|show|add|rename|move|retire ...
  rollout assign [--batch N]
  rollout scope  [--batch N] --item SEQ [--reason TEXT] UNIT...
  rollout tasks  [--batch N] [--unit UNIT] [--json]
  rollout cascade [--dry-run] [--json] [--create-units] [--batch N] --unit UNIT FILE
  rollout user   add|passwd|disable|enable|unlock|list ...
  rollout audit  verify [--head NUMBER:MAC] | list | head | rotate-key [--crypto standard|gm] [--files]
  rollout rhythm [--batch N] monthly|quarterly|half_yearly
  rollout template --unit UNIT --period 2024Q1 FILE.xlsx
  rollout reports import [--dry-run] [--submit] FILE.xlsx
  rollout remind [--warning-days N]
  rollout gen    [--scale province|city|county] [--periods N] [--seed S]
  rollout backup FILE | rollout restore [--force] FILE
  rollout links  [--batch N] [--suggest] [--json]
  rollout version
  rollout migrate [--status]
  rollout check  [--json]
  rollout bench  [--json] [--runs N] [--clients 64] [--xlsx-rows 10000]

数据库 / database: --db or ROLLOUT_DB — a file path or sqlite:PATH (default ./rollout.db),
  or postgres://user@host/db for PostgreSQL.
Run "rollout COMMAND --help" for a command's settings.
`

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", ""
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "-dirty"
				}
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			return "dev-" + rev + dirty
		}
	}
	return "dev"
}

func newLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// envOr returns the environment variable's value, or def when it is unset.
func envOr(name, def string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return def
}

// openExisting opens the database of an operator command that works on one
// already there: a mistyped SQLite path is refused instead of becoming a new,
// empty database (a backup of nothing, "chain intact: 0 entries"). Only serve,
// migrate, units load, import and gen create a database (sqldb.Open).
func openExisting(ctx context.Context, dsn string) (*sqldb.DB, error) {
	return sqldb.OpenWith(ctx, dsn, sqldb.Options{MustExist: true})
}

// errorText is what a person reads of an error: the message of a *rollout.Error,
// or the error itself for faults of the system.
func errorText(err error) string {
	if rollout.ErrorCode(err) == rollout.EINTERNAL {
		return err.Error()
	}
	return rollout.ErrorMessage(err)
}
