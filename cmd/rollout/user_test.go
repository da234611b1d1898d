package main

import (
	"context"
	"regexp"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// runIn runs the program with the given standard input.
func runIn(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut strings.Builder
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestUserAndAuditCommands(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			runCmd(t, "units", "load", "--db", dsn)
			// The password comes from standard input, and must meet the policy.
			if code, _, errOut := runIn(t, "short\n", "user", "add", "--unit", "广东省", "--role", "reviewer", "gd.reviewer", "--db", dsn); code != 1 || !strings.Contains(errOut, "密码至少") {
				t.Errorf("weak password: exit %d %s", code, errOut)
			}
			if code, _, errOut := runIn(t, "", "user", "add", "--unit", "广东省", "--role", "reviewer", "gd.reviewer", "--db", dsn); code != 1 || !strings.Contains(errOut, "标准输入") {
				t.Errorf("no password: exit %d %s", code, errOut)
			}
			if code, out, errOut := runIn(t, "Guangdong-Review-2024\n", "user", "add", "--unit", "广东省", "--role", "reviewer", "--name", "省自贸办复核", "gd.reviewer", "--db", dsn); code != 0 {
				t.Fatalf("user add: exit %d %s %s", code, out, errOut)
			}
			if code, _, errOut := runIn(t, "Guangdong-Review-2024\n", "user", "add", "--unit", "广东省", "--role", "reviewer", "gd.reviewer", "--db", dsn); code != 1 || errOut == "" {
				t.Errorf("duplicate user: exit %d", code)
			}
			if code, _, _ := runIn(t, "Another-Passw0rd-1\n", "user", "passwd", "gd.reviewer", "--db", dsn); code != 0 {
				t.Errorf("passwd: exit %d", code)
			}
			if code, _, _ := runIn(t, "", "user", "disable", "gd.reviewer", "--db", dsn); code != 0 {
				t.Errorf("disable: exit %d", code)
			}
			_, out, _ := runIn(t, "", "user", "list", "--db", dsn)
			if !strings.Contains(out, "gd.reviewer") || !strings.Contains(out, "广东省:reviewer") || !strings.Contains(out, "已停用") {
				t.Errorf("user list:\n%s", out)
			}

			// The trail holds the account changes, by the command line's actor, and verifies.
			_, out, _ = runIn(t, "", "audit", "list", "--action", "user.", "--db", dsn)
			for _, want := range []string{"user.create", "user.password", "user.disable", "cli:"} {
				if !strings.Contains(out, want) {
					t.Errorf("audit list lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(out, "Another-Passw0rd-1") {
				t.Error("a password reached the audit trail")
			}
			if code, out, errOut := runIn(t, "", "audit", "verify", "--db", dsn); code != 0 || !strings.Contains(out, "审计链完整") {
				t.Fatalf("verify: exit %d %s %s", code, out, errOut)
			}
			// Tampering behind the application's back is caught, and named.
			tamper(t, dialect, dsn)
			code, _, errOut := runIn(t, "", "audit", "verify", "--db", dsn)
			if code != 1 || !regexp.MustCompile(`第 \d+ 号记录`).MatchString(errOut) {
				t.Errorf("verify after tampering: exit %d %s", code, errOut)
			}
		})
	}
}

// tamper changes one audit entry with plain SQL, as someone with database
// access might.
func tamper(t *testing.T, dialect, dsn string) {
	t.Helper()
	db, err := sqldb.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw := rawDB(t, dsn)
	// The trail refuses changes through a trigger; someone with full access
	// removes it first, and the chain still tells.
	disable := `DROP TRIGGER audit_log_no_update`
	if dialect == "postgres" {
		disable = `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`
	}
	if _, err := raw.Exec(disable); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`UPDATE audit_log SET actor = 'someone-else' WHERE id = (SELECT MIN(id) + 1 FROM audit_log)`); err != nil {
		t.Fatal(err)
	}
}

// The first start creates the one administrator, with the password given in the
// environment or a generated one printed once; there is no default password.
func TestEnsureAdmin(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		if _, err := newSite(ctx, db, discardLogger(), serveConfig{}); err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		t.Setenv("ROLLOUT_ADMIN_PASSWORD", "")
		if err := ensureAdmin(ctx, db, &out); err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`一次性密码：(\S+)`).FindStringSubmatch(out.String())
		if m == nil {
			t.Fatalf("no one-time password printed: %q", out.String())
		}
		if _, u, err := db.SignIn(ctx, "admin", m[1]); err != nil || !u.Has("administrator") {
			t.Errorf("sign in with the printed password: %v", err)
		}
		out.Reset()
		if err := ensureAdmin(ctx, db, &out); err != nil || out.Len() != 0 {
			t.Errorf("second start: %v %q", err, out.String())
		}
	})
}

func TestBackupRestoreCommands(t *testing.T) {
	dir := t.TempDir()
	dsn := "sqlite:" + dir + "/live.db"
	runCmd(t, "units", "load", "--db", dsn)
	if code, out, errOut := runCmd(t, "backup", "--db", dsn, dir+"/b.db"); code != 0 || !strings.Contains(out, "已备份") {
		t.Fatalf("backup: exit %d %s %s", code, out, errOut)
	}
	if code, _, errOut := runCmd(t, "restore", "--db", dir+"/live.db", dir+"/b.db"); code != 1 || !strings.Contains(errOut, "--force") {
		t.Errorf("restore over the live file without --force: exit %d %s", code, errOut)
	}
	if code, out, errOut := runCmd(t, "restore", "--db", dir+"/copy.db", dir+"/b.db"); code != 0 || !strings.Contains(out, "已从") {
		t.Errorf("restore: exit %d %s %s", code, out, errOut)
	}
	if code, out, _ := runCmd(t, "units", "show", "深圳市", "--db", "sqlite:"+dir+"/copy.db"); code != 0 || !strings.Contains(out, "南山区") {
		t.Errorf("restored copy: exit %d\n%s", code, out)
	}
}
