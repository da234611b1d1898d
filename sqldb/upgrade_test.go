package sqldb_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// releaseFixture is expect.json of a release's fixture databases
// (scripts/release-fixture.sh writes it with them).
type releaseFixture struct {
	Release       string   `json:"release"`
	Commit        string   `json:"commit"`
	SQLiteTask    int64    `json:"sqlite_task"`
	PostgresTask  int64    `json:"postgres_task"`
	Period        string   `json:"period"`
	ReportVersion int      `json:"report_version"`
	Measures      string   `json:"measures"`
	EvidenceTitle string   `json:"evidence_title"`
	Users         []string `json:"users"`
	Migrations    int      `json:"migrations"`
}

// fixturePassword is the password of the fixtures' accounts but admin.
const fixturePassword = "Fixture-Account-2024"

// TestUpgradeFromReleases: each tagged release's fixture database (SQLite
// file and PostgreSQL dump, made by that release's code) is migrated to the
// current schema, whatever migrations were added since, and keeps its data:
// no table loses rows, the report reads as it was saved, its accounts sign in
// with their passwords, and the audit chain verifies.
func TestUpgradeFromReleases(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "releases", "*", "expect.json"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no release fixtures under testdata/releases: %v", err)
	}
	for _, expectFile := range dirs {
		dir := filepath.Dir(expectFile)
		var fx releaseFixture
		b, err := os.ReadFile(expectFile)
		if err == nil {
			err = json.Unmarshal(b, &fx)
		}
		if err != nil {
			t.Fatalf("%s: %v", expectFile, err)
		}
		t.Run(fx.Release+"/sqlite", func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, "sqlite.db"))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "rollout.db")
			if err := os.WriteFile(path, src, 0o600); err != nil {
				t.Fatal(err)
			}
			checkUpgrade(t, "sqlite:"+path, fx, fx.SQLiteTask)
		})
		t.Run(fx.Release+"/postgres", func(t *testing.T) {
			dsn := sqldbtest.DSN(t, "postgres")
			dump, err := os.ReadFile(filepath.Join(dir, "postgres.sql"))
			if err != nil {
				t.Fatal(err)
			}
			// Its own connection: the dump empties search_path for the session.
			load, err := sql.Open("pgx", dsn)
			if err != nil {
				t.Fatal(err)
			}
			_, err = load.Exec(string(dump))
			load.Close()
			if err != nil {
				t.Fatalf("load %s: %v", fx.Release, err)
			}
			checkUpgrade(t, dsn, fx, fx.PostgresTask)
		})
	}
}

func checkUpgrade(t *testing.T, dsn string, fx releaseFixture, taskID int64) {
	ctx := context.Background()
	db, err := sqldb.OpenUnmigrated(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st, err := db.Schema(ctx)
	if err != nil {
		t.Fatal(err)
	}
	known, err := sqldb.Migrations(db.Dialect())
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Applied) != fx.Migrations || len(st.Unknown) != 0 || len(st.Applied)+len(st.Pending) != len(known) {
		t.Fatalf("schema of the %s fixture: %+v, want %d migrations applied", fx.Release, st, fx.Migrations)
	}
	before := rowCounts(t, db)
	if before["tasks"] == 0 || before["reports"] == 0 || before["audit_log"] == 0 || before["notifications"] == 0 {
		t.Fatalf("the fixture holds too little to test an upgrade: %v", before)
	}

	if err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrate the %s fixture: %v", fx.Release, err)
	}
	if st, err := db.Schema(ctx); err != nil || !st.Current() {
		t.Fatalf("after migrating: %+v, %v", st, err)
	}
	after := rowCounts(t, db)
	for table, n := range before {
		if after[table] < n {
			t.Errorf("table %s: %d rows before the upgrade, %d after", table, n, after[table])
		}
	}

	rep, err := db.Report(ctx, taskID, rollout.Period(fx.Period))
	if err != nil {
		t.Fatalf("report of task %d for %s: %v", taskID, fx.Period, err)
	}
	if rep.Version != fx.ReportVersion || rep.Measures != fx.Measures || !rep.Submitted ||
		len(rep.Evidence) != 1 || rep.Evidence[0].Title != fx.EvidenceTitle {
		t.Errorf("report after the upgrade: version %d, %q, submitted %v, evidence %+v", rep.Version, rep.Measures, rep.Submitted, rep.Evidence)
	}
	for _, name := range fx.Users {
		if _, err := db.UserByName(ctx, name); err != nil {
			t.Errorf("account %s: %v", name, err)
		}
	}
	db.Password = sqldb.TestPasswordParams // new hashes only; the stored ones keep their own cost
	if _, u, err := db.SignIn(ctx, "sz.fixture", fixturePassword); err != nil || len(u.Grants) != 1 || u.Grants[0].UnitName != "深圳市" {
		t.Errorf("sign in with the release's password: %v %+v", err, u)
	}
	broken, checked, err := db.VerifyAudit(ctx)
	if err != nil || broken != 0 || checked < before["audit_log"] {
		t.Errorf("audit chain after the upgrade: broken at %d, %d checked of %d, %v", broken, checked, before["audit_log"], err)
	}
}

// rowCounts counts the rows of every table but schema_migrations.
func rowCounts(t *testing.T, db *sqldb.DB) map[string]int {
	t.Helper()
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
	if db.Dialect() == "postgres" {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`
	}
	rows, err := db.SQL().Query(q)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		rows.Scan(&name)
		if name != "schema_migrations" && !strings.HasPrefix(name, "sqlite_") {
			tables = append(tables, name)
		}
	}
	rows.Close()
	out := map[string]int{}
	for _, table := range tables {
		var n int
		if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM "` + table + `"`).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", table, err)
		}
		out[table] = n
	}
	return out
}
