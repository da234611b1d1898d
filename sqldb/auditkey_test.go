package sqldb_test

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

var testAuditKey = bytes.Repeat([]byte{0x5a}, 32)

// chain reads the whole trail, oldest first.
func chain(t *testing.T, db *sqldb.DB) []rollout.AuditEntry {
	t.Helper()
	es, err := db.AuditEntries(context.Background(), rollout.AuditFilter{Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(es)
	return es
}

// rehash does what someone with write access to the database and without the
// key would do after changing entries: recompute every hash from entry from
// on, so that the plain hash chain holds again.
func rehash(t *testing.T, db *sqldb.DB, from int64) {
	t.Helper()
	ctx := context.Background()
	es := chain(t, db)
	prev := rollout.AuditGenesis
	for i := range es {
		e := &es[i]
		if e.ID >= from {
			e.PrevHash = prev
			e.Hash = e.ComputeHash()
			if err := db.Exec(ctx, `UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE id = $3`, e.PrevHash, e.Hash, e.ID); err != nil {
				t.Fatal(err)
			}
		}
		prev = e.Hash
	}
	if broken, _ := rollout.VerifyChain(rollout.AuditGenesis, chain(t, db)); broken != 0 {
		t.Fatalf("rehash left the hash chain broken at %d", broken)
	}
}

func mustReport(t *testing.T, db *sqldb.DB, head *sqldb.AuditHead) sqldb.AuditReport {
	t.Helper()
	r, err := db.VerifyAuditChain(context.Background(), head)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestKeyedAuditChain: issue 15 item 4. With a key kept outside the database,
// an entry changed with every hash after it recomputed, MACs stripped, a
// trail cut after a head kept elsewhere, and a wrong key are all caught; the
// plain hash chain alone passes the first two.
func TestKeyedAuditChain(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, _ *sqldb.DB, dsn string) {
		ctx := context.Background()
		db, err := sqldb.OpenWith(ctx, dsn, sqldb.Options{AuditKey: testAuditKey})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if err := db.AppendAudit(ctx, 50); err != nil {
			t.Fatal(err)
		}
		r := mustReport(t, db, nil)
		if !r.OK() || r.Checked != 50 || r.Keyed != 50 || r.Unkeyed != 0 || r.Head.ID != 50 || len(r.Head.MAC) != 64 {
			t.Fatalf("a fresh keyed trail: %+v", r)
		}
		head, err := db.AuditHeadNow(ctx)
		if err != nil || head != r.Head {
			t.Fatalf("head %v, %v; want %v", head, err, r.Head)
		}
		parsed, err := sqldb.ParseAuditHead(head.String())
		if err != nil || parsed != head {
			t.Fatalf("ParseAuditHead(%q) = %v, %v", head.String(), parsed, err)
		}
		for _, bad := range []string{"", "50", "x:" + head.MAC, "50:abc", "0:" + head.MAC} {
			if _, err := sqldb.ParseAuditHead(bad); rollout.ErrorCode(err) != rollout.EINVALID {
				t.Errorf("ParseAuditHead(%q): %v", bad, err)
			}
		}
		original := chain(t, db)
		restore := func() {
			t.Helper()
			for _, e := range original {
				if err := db.Exec(ctx, `UPDATE audit_log SET actor = $1, prev_hash = $2, hash = $3, mac = $4 WHERE id = $5`,
					e.Actor, e.PrevHash, e.Hash, e.MAC, e.ID); err != nil {
					t.Fatal(err)
				}
			}
			if r := mustReport(t, db, &head); !r.OK() {
				t.Fatalf("after undoing: %+v", r)
			}
		}
		if err := db.DropAuditGuard(ctx); err != nil {
			t.Fatal(err)
		}

		// 1. An entry changed, every hash after it recomputed: the hash chain
		// holds, the MAC of that entry does not.
		if err := db.Exec(ctx, `UPDATE audit_log SET actor = 'someone-else' WHERE id = 20`); err != nil {
			t.Fatal(err)
		}
		rehash(t, db, 20)
		if r := mustReport(t, db, nil); r.Broken != 20 || r.Why != "mac" || r.Checked != 20 {
			t.Errorf("edited entry 20 with hashes recomputed: %+v; want broken at 20 by its MAC", r)
		}
		restore()

		// 2. The MACs stripped and the hashes recomputed: a keyed database
		// whose trail carries no MAC.
		if err := db.Exec(ctx, `UPDATE audit_log SET mac = ''`); err != nil {
			t.Fatal(err)
		}
		if r := mustReport(t, db, nil); r.Broken == 0 || r.Why != "unkeyed" {
			t.Errorf("every MAC stripped: %+v; want refused", r)
		}
		// Only the newest ones stripped: the first entry without a MAC after one with.
		restore()
		if err := db.Exec(ctx, `UPDATE audit_log SET mac = '' WHERE id > 30`); err != nil {
			t.Fatal(err)
		}
		if r := mustReport(t, db, nil); r.Broken != 31 || r.Why != "mac" {
			t.Errorf("MACs stripped after 30: %+v; want broken at 31", r)
		}
		restore()

		// 3. The tail cut: the rest of the chain holds, and only the head kept
		// elsewhere shows the loss.
		if err := db.Exec(ctx, `DELETE FROM audit_log WHERE id > 40`); err != nil {
			t.Fatal(err)
		}
		if r := mustReport(t, db, nil); !r.OK() || r.Checked != 40 {
			t.Errorf("cut tail without a head: %+v; a cut tail alone verifies", r)
		}
		if r := mustReport(t, db, &head); r.OK() || r.HeadFound || r.Head.ID != 40 {
			t.Errorf("cut tail with head %v: %+v; want the head missing", head, r)
		}
		older := sqldb.AuditHead{ID: 40, MAC: original[39].MAC}
		if r := mustReport(t, db, &older); !r.OK() {
			t.Errorf("head %v still in the chain: %+v", older, r)
		}
		// A head whose entry was rewritten (the same number, another MAC).
		forged := sqldb.AuditHead{ID: 40, MAC: strings.Repeat("0", 64)}
		if r := mustReport(t, db, &forged); r.OK() {
			t.Errorf("head %v: %+v; want refused", forged, r)
		}

		// 4. Another key: nothing verifies, and the trail takes no entry.
		other, err := sqldb.OpenWith(ctx, dsn, sqldb.Options{AuditKey: bytes.Repeat([]byte{1}, 32)})
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		if r := mustReport(t, other, nil); r.Broken != 1 || r.Why != "mac" {
			t.Errorf("another key: %+v", r)
		}
		err = other.Audit(ctx, "export.tasks", "batch:7", "")
		if rollout.ErrorCode(err) != rollout.EINVALID || !strings.Contains(rollout.ErrorMessage(err), "不符") {
			t.Errorf("a write under another key: %v", err)
		}
		if err := db.Audit(ctx, "export.tasks", "batch:7", ""); err != nil {
			t.Errorf("a write under the right key: %v", err)
		}
	})
}

// TestAuditKeyFile: the first opening of an SQLite database makes its key
// file beside it (0600) and says so; the next one reads it. A damaged key
// file is refused.
func TestAuditKeyFile(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "r.db")
	db, err := sqldb.Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if !db.AuditKeyCreated() || db.AuditKeyFile() != path+sqldb.AuditKeySuffix || !db.Keyed() {
		t.Errorf("first open: created %v, file %q", db.AuditKeyCreated(), db.AuditKeyFile())
	}
	if err := db.Audit(ctx, "export.tasks", "batch:7", ""); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := os.Stat(path + sqldb.AuditKeySuffix)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", st, err)
	}
	db, err = sqldb.Open(ctx, "sqlite:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if db.AuditKeyCreated() {
		t.Error("second open created the key again")
	}
	if r := mustReport(t, db, nil); !r.OK() || r.Keyed != 1 {
		t.Errorf("second open: %+v", r)
	}
	db.Close()
	// ROLLOUT_AUDIT_KEY_FILE names another file.
	t.Setenv(sqldb.EnvAuditKeyFile, filepath.Join(dir, "elsewhere", "key"))
	db, err = sqldb.Open(ctx, "sqlite:"+filepath.Join(dir, "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	if !db.AuditKeyCreated() || db.AuditKeyFile() != filepath.Join(dir, "elsewhere", "key") {
		t.Errorf("named key file: %q", db.AuditKeyFile())
	}
	db.Close()
	os.WriteFile(filepath.Join(dir, "elsewhere", "key"), []byte("not hex\n"), 0o600)
	if _, err := sqldb.Open(ctx, "sqlite:"+filepath.Join(dir, "s.db")); rollout.ErrorCode(err) != rollout.EINVALID {
		t.Errorf("damaged key file: %v", err)
	}
}

// TestAuditKeyUpgrade: a release's database, whose trail has no MAC, is
// keyed when it is migrated: one keyed entry binds the entries before it, so
// an old entry changed with every hash recomputed is caught.
func TestAuditKeyUpgrade(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			dsn := sqldbtest.DSN(t, dialect)
			dir := filepath.Join("testdata", "releases", "v0.1.0")
			if dialect == "sqlite" {
				src, err := os.ReadFile(filepath.Join(dir, "sqlite.db"))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(strings.TrimPrefix(dsn, "sqlite:"), src, 0o600); err != nil {
					t.Fatal(err)
				}
			} else {
				dump, err := os.ReadFile(filepath.Join(dir, "postgres.sql"))
				if err != nil {
					t.Fatal(err)
				}
				load, err := sql.Open("pgx", dsn)
				if err != nil {
					t.Fatal(err)
				}
				_, err = load.Exec(string(dump))
				load.Close()
				if err != nil {
					t.Fatal(err)
				}
			}
			db, err := sqldb.OpenWith(ctx, dsn, sqldb.Options{AuditKey: testAuditKey})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			r := mustReport(t, db, nil)
			if !r.OK() || r.Unkeyed == 0 || r.Keyed != 1 || r.Checked != r.Unkeyed+1 {
				t.Fatalf("upgraded trail: %+v; want the old entries unkeyed and one keyed entry after them", r)
			}
			if e := chain(t, db)[r.Checked-1]; e.Action != "audit.keyed" || e.MAC == "" {
				t.Errorf("newest entry after the upgrade: %+v", e)
			}
			if err := db.DropAuditGuard(ctx); err != nil {
				t.Fatal(err)
			}
			if err := db.Exec(ctx, `UPDATE audit_log SET actor = 'someone-else' WHERE id = 1`); err != nil {
				t.Fatal(err)
			}
			rehash(t, db, 1)
			if r := mustReport(t, db, nil); r.OK() || r.Why != "mac" || r.Broken != int64(r.Checked) {
				t.Errorf("an old entry changed, hashes recomputed: %+v; want the keyed entry's MAC to fail", r)
			}
		})
	}
}

// TestAuditBounds: issue 15 item 2. What a request puts into an entry is
// bounded and marked when cut: a 100 KB path stays under 256 bytes.
func TestAuditBounds(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		long := "GET /" + strings.Repeat("页", 100000/3)
		if err := db.Audit(ctx, "access.denied", long, strings.Repeat("x", 100000)); err != nil {
			t.Fatal(err)
		}
		e := chain(t, db)[0]
		if len(e.Object) > rollout.AuditObjectMax || !strings.Contains(e.Object, rollout.AuditCutMark) ||
			!strings.HasPrefix(long, strings.Split(e.Object, rollout.AuditCutMark)[0]) {
			t.Errorf("object kept %d bytes: %.80q…", len(e.Object), e.Object)
		}
		if len(e.After) > rollout.AuditDetailMax+2 || !strings.Contains(e.After, rollout.AuditCutMark) {
			t.Errorf("detail kept %d bytes", len(e.After))
		}
		verify(t, db, 1)
	})
}

// TestRestoreWhileServing: issue 15 item 6. While a server holds its lock,
// restore refuses to replace the file; a server does not start during a
// restore; once the server is gone, restore works.
func TestRestoreWhileServing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	live := filepath.Join(dir, "live.db")
	db, err := sqldb.Open(ctx, "sqlite:"+live)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Backup(ctx, filepath.Join(dir, "b.db")); err != nil {
		t.Fatal(err)
	}
	release, err := sqldb.HoldForServing("sqlite:" + live)
	if err != nil {
		t.Fatal(err)
	}
	// A second server shares the lock.
	release2, err := sqldb.HoldForServing("sqlite:" + live)
	if err != nil {
		t.Fatalf("second server: %v", err)
	}
	release2()
	err = sqldb.Restore(ctx, filepath.Join(dir, "b.db"), live, true)
	if rollout.ErrorCode(err) != rollout.ECONFLICT || !strings.Contains(rollout.ErrorMessage(err), "正被运行中的服务使用") {
		t.Errorf("restore under a running server: %v", err)
	}
	release()
	db.Close()
	if err := sqldb.Restore(ctx, filepath.Join(dir, "b.db"), live, true); err != nil {
		t.Errorf("restore once the server stopped: %v", err)
	}
	// PostgreSQL has no lock file: pg_restore is the way.
	if release, err := sqldb.HoldForServing("postgres://x@127.0.0.1/db"); err != nil {
		t.Errorf("postgres: %v", err)
	} else {
		release()
	}
}

// TestOpenMustExist: issue 15 item 5. A mistyped path is refused, and no
// file is made.
func TestOpenMustExist(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "typo.db")
	_, err := sqldb.OpenWith(ctx, "sqlite:"+path, sqldb.Options{MustExist: true})
	if rollout.ErrorCode(err) != rollout.EINVALID || !strings.Contains(rollout.ErrorMessage(err), "不存在") {
		t.Errorf("missing database: %v", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("the missing database was created")
	}
	if _, err := os.Stat(path + sqldb.AuditKeySuffix); err == nil {
		t.Error("a key file was created for the missing database")
	}
}

// TestRestoredCopyWithoutKey: a keyed database copied elsewhere and opened
// without its key reads, but takes no entry and does not verify, naming the
// setting; no wrong key is left beside it. With ROLLOUT_AUDIT_KEY_FILE naming
// the key, it verifies.
func TestRestoredCopyWithoutKey(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	live := filepath.Join(dir, "live.db")
	db, err := sqldb.Open(ctx, "sqlite:"+live)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Audit(ctx, "export.tasks", "batch:7", ""); err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "copy.db")
	if err := db.Backup(ctx, copyPath); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqldb.Open(ctx, "sqlite:"+copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if db.Keyed() {
		t.Error("the copy got a key of its own")
	}
	if _, err := os.Stat(copyPath + sqldb.AuditKeySuffix); err == nil {
		t.Error("a wrong key was left beside the copy")
	}
	for what, err := range map[string]error{
		"write":  db.Audit(ctx, "export.tasks", "batch:7", ""),
		"verify": func() error { _, err := db.VerifyAuditChain(ctx, nil); return err }(),
	} {
		if rollout.ErrorCode(err) != rollout.EINVALID || !strings.Contains(rollout.ErrorMessage(err), sqldb.EnvAuditKeyFile) {
			t.Errorf("%s without the key: %v", what, err)
		}
	}
	db.Close()
	t.Setenv(sqldb.EnvAuditKeyFile, live+sqldb.AuditKeySuffix)
	db, err = sqldb.Open(ctx, "sqlite:"+copyPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if r := mustReport(t, db, nil); !r.OK() || r.Keyed != 1 {
		t.Errorf("copy with its key: %+v", r)
	}
}
