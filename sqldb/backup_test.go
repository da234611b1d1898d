package sqldb_test

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// A backup taken while the database is open, restored elsewhere, holds exactly
// the same rows.
func TestBackupRestore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	dsn := sqldbtest.DSN(t, "sqlite")
	db, err := sqldb.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	loadBatch7(t, db)
	if _, err := db.Assign(ctx, 7); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "backup.db")
	if err := db.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := db.Backup(ctx, backup); rollout.ErrorCode(err) != rollout.EINVALID {
		t.Errorf("backup over an existing file: %v", err)
	}
	restored := filepath.Join(dir, "restored.db")
	if err := sqldb.Restore(ctx, backup, restored, false); err != nil {
		t.Fatal(err)
	}
	if err := sqldb.Restore(ctx, backup, restored, false); rollout.ErrorCode(err) != rollout.EINVALID {
		t.Errorf("restore over an existing file without force: %v", err)
	}
	if err := sqldb.Restore(ctx, filepath.Join(dir, "missing.db"), filepath.Join(dir, "x.db"), false); rollout.ErrorCode(err) != rollout.EINVALID {
		t.Errorf("restore from a missing file: %v", err)
	}
	other, err := sqldb.Open(ctx, "sqlite:"+restored)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	want, err := db.TableRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := other.TableRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(want["tasks"]) != 748 || len(want["units"]) < 3000 {
		t.Fatalf("source holds %d tasks, %d units", len(want["tasks"]), len(want["units"]))
	}
	if !reflect.DeepEqual(got, want) {
		for table := range want {
			if !reflect.DeepEqual(got[table], want[table]) {
				t.Errorf("table %s differs after restore (%d rows, want %d)", table, len(got[table]), len(want[table]))
			}
		}
	}
}

// PostgreSQL is backed up with its own tools; the command says so.
func TestBackupPostgresRefers(t *testing.T) {
	ctx := context.Background()
	pgdb, err := sqldb.Open(ctx, sqldbtest.DSN(t, "postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer pgdb.Close()
	if err := pgdb.Backup(ctx, filepath.Join(t.TempDir(), "pg.db")); err == nil || !strings.Contains(rollout.ErrorMessage(err), "pg_dump") {
		t.Errorf("PostgreSQL backup: %v", err)
	}
}
