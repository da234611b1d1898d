// Package sqldbtest opens fresh databases for tests: always an SQLite file in a
// temporary directory, and a new PostgreSQL database when ROLLOUT_TEST_POSTGRES
// names a server (a postgres:// URL of a role that may create databases).
// Under CI (CI=true) a missing PostgreSQL fails the test instead of skipping it.
package sqldbtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"rollout/sqldb"
)

// EnvPostgres names the environment variable with the PostgreSQL server URL.
const EnvPostgres = "ROLLOUT_TEST_POSTGRES"

// Each runs fn as a subtest once per available database ("sqlite", "postgres"),
// each time on a new, migrated, empty database that is removed afterwards. The
// database hashes passwords with sqldb.TestPasswordParams.
func Each(t *testing.T, fn func(t *testing.T, db *sqldb.DB, dsn string)) {
	t.Helper()
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			dsn := DSN(t, name)
			db, err := sqldb.Open(context.Background(), dsn)
			if err != nil {
				t.Fatalf("open %s: %v", name, err)
			}
			t.Cleanup(func() { db.Close() })
			db.Password = sqldb.TestPasswordParams // hashing at production cost would slow every test
			fn(t, db, dsn)
		})
	}
}

// DSN returns the address of a new empty database of the named dialect, removed
// when the test ends. For "postgres" it skips the test when no server is
// configured, or fails it under CI.
func DSN(t testing.TB, dialect string) string {
	t.Helper()
	if dialect == "sqlite" {
		return "sqlite:" + filepath.Join(t.TempDir(), "rollout.db")
	}
	admin := os.Getenv(EnvPostgres)
	if admin == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is not set: PostgreSQL tests must run under CI (make test starts a server)", EnvPostgres)
		}
		t.Skipf("%s is not set; run make test to include PostgreSQL", EnvPostgres)
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s: %v", EnvPostgres, err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "rollout_test_" + hex.EncodeToString(b[:])
	adminDB, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatalf("connect to %s: %v", admin, err)
	}
	if _, err := adminDB.Exec("CREATE DATABASE " + name); err != nil {
		adminDB.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		defer adminDB.Close()
		if _, err := adminDB.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
