package sqldb_test

import (
	"context"
	"reflect"
	"testing"

	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// Both dialects have the same migrations, by number and name.
func TestMigrationsPairUp(t *testing.T) {
	lite, err := sqldb.Migrations("sqlite")
	if err != nil {
		t.Fatal(err)
	}
	pg, err := sqldb.Migrations("postgres")
	if err != nil {
		t.Fatal(err)
	}
	if len(lite) == 0 || len(lite) != len(pg) {
		t.Fatalf("%d sqlite migrations, %d postgres", len(lite), len(pg))
	}
	for i := range lite {
		if lite[i].Name != pg[i].Name {
			t.Errorf("migration %d: sqlite %s, postgres %s", i+1, lite[i].Name, pg[i].Name)
		}
	}
}

// Both dialects produce the same tables and columns with the same nullability.
func TestSchemaParity(t *testing.T) {
	ctx := context.Background()
	cols := map[string][]string{}
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		c, err := db.Columns(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(c) < 10 {
			t.Fatalf("only %d columns: %v", len(c), c)
		}
		cols[db.Dialect()] = c
	})
	if cols["sqlite"] == nil || cols["postgres"] == nil {
		t.Skip("parity needs both databases")
	}
	if !reflect.DeepEqual(cols["sqlite"], cols["postgres"]) {
		t.Errorf("schemas differ:\nsqlite   %v\npostgres %v", cols["sqlite"], cols["postgres"])
	}
}

// Migrating again, as a second server or a restart does, changes nothing.
func TestMigrateTwice(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		ctx := context.Background()
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		other, err := sqldb.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		st, err := other.Migrations(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range st {
			if !m.Applied {
				t.Errorf("migration %s not applied", m.Name)
			}
		}
	})
}

// Servers that start together on a new database migrate it at the same time:
// each migration is applied once (on PostgreSQL under an advisory lock), and
// every server then finds the schema current.
func TestMigrateConcurrently(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			dsn := sqldbtest.DSN(t, dialect)
			const servers = 4
			dbs := make([]*sqldb.DB, servers)
			for i := range dbs {
				db, err := sqldb.OpenUnmigrated(ctx, dsn)
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				dbs[i] = db
			}
			st, err := dbs[0].Schema(ctx)
			if err != nil || len(st.Applied) != 0 || len(st.Pending) == 0 || st.Current() {
				t.Fatalf("new database: %+v, %v", st, err)
			}
			errs := make(chan error, servers)
			for _, db := range dbs {
				go func() { errs <- db.Migrate(ctx) }()
			}
			for range servers {
				if err := <-errs; err != nil {
					t.Errorf("concurrent migrate: %v", err)
				}
			}
			for i, db := range dbs {
				st, err := db.Schema(ctx)
				if err != nil || !st.Current() || len(st.Applied) == 0 || st.Applied[len(st.Applied)-1] != st.Latest {
					t.Errorf("server %d after migrating: %+v, %v", i, st, err)
				}
			}
		})
	}
}
