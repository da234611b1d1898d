package sqldb_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// openGM opens a new database of the dialect under the 国密 option, its key
// files in a directory of the test's.
func openGM(t *testing.T, dialect string) (*sqldb.DB, string, string, string) {
	t.Helper()
	dir := t.TempDir()
	auditKey, fileKey := filepath.Join(dir, "audit.key"), filepath.Join(dir, "file.key")
	t.Setenv(sqldb.EnvAuditKeyFile, auditKey)
	t.Setenv(sqldb.EnvFileKeyFile, fileKey)
	dsn := sqldbtest.DSN(t, dialect)
	db, err := sqldb.OpenWith(context.Background(), dsn, sqldb.Options{Crypto: sqldb.CryptoGM})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Password = sqldb.TestPasswordParams
	return db, dsn, auditKey, fileKey
}

// TestCryptoGM: issue 15 item 10 on both databases. Under --crypto gm the
// audit key is an HMAC-SM3 key and the chain verifies with it; an evidence
// file is stored sealed with SM4 (its text is not in the database) and is
// read back whole; opened without the option the database still reads it;
// without the file key it is refused, naming the key. A database whose
// newest audit key is not SM3 is refused the option until a key is rotated.
func TestCryptoGM(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			db, dsn, auditKey, fileKey := openGM(t, dialect)
			for path, prefix := range map[string]string{auditKey: "hmac-sm3:", fileKey: "sm4-gcm:"} {
				b, err := os.ReadFile(path)
				if err != nil || !strings.HasPrefix(string(b), prefix) {
					t.Fatalf("%s: %q %v", path, b, err)
				}
			}
			if !db.FileKeyCreated() || db.Crypto() != sqldb.CryptoGM {
				t.Errorf("file key created %v, crypto %s", db.FileKeyCreated(), db.Crypto())
			}
			l := setupLoop(t, db, false)
			step(t, db, l.reporter, l.sz, rollout.EventAcknowledge, "", rollout.StateAcknowledged)
			r := save(t, db, l.reporter, &rollout.Report{TaskID: l.sz.ID, Period: "2024H1", Status: rollout.StatusInProgress, Measures: "v1"}, false)
			secret := []byte("%PDF-1.7 深圳市工作总结：国密")
			att, err := db.AddAttachment(l.reporter, r.ID, rollout.Evidence{FileName: "总结.pdf"}, secret)
			if err != nil {
				t.Fatal(err)
			}
			var stored []byte
			if err := db.SQL().QueryRowContext(ctx, `SELECT body FROM evidence WHERE id = $1`, att.ID).Scan(&stored); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(stored, []byte("工作总结")) || !bytes.HasPrefix(stored, []byte("RSM4\x01")) {
				t.Errorf("stored in the clear: %q", stored)
			}
			if _, body, err := db.Attachment(ctx, att.ID); err != nil || !bytes.Equal(body, secret) {
				t.Errorf("read back: %q %v", body, err)
			}
			if r := mustReport(t, db, nil); !r.OK() || r.Keyed == 0 {
				t.Errorf("the SM3 chain: %+v", r)
			}

			// Opened without the option (an operator command): files still open.
			plain, err := sqldb.OpenWith(ctx, dsn, sqldb.Options{MustExist: true})
			if err != nil {
				t.Fatal(err)
			}
			defer plain.Close()
			if _, body, err := plain.Attachment(ctx, att.ID); err != nil || !bytes.Equal(body, secret) {
				t.Errorf("read without the option: %q %v", body, err)
			}
			// Without the file key, the file is refused naming its key.
			t.Setenv(sqldb.EnvFileKeyFile, filepath.Join(t.TempDir(), "none.key"))
			nokey, err := sqldb.OpenWith(ctx, dsn, sqldb.Options{MustExist: true})
			if err != nil {
				t.Fatal(err)
			}
			defer nokey.Close()
			if _, _, err := nokey.Attachment(ctx, att.ID); err == nil || !strings.Contains(rollout.ErrorMessage(err), "密钥文件中没有这把密钥") {
				t.Errorf("read without the key: %v", err)
			}
		})
	}
	t.Run("standard key refused", func(t *testing.T) {
		ctx := context.Background()
		path := filepath.Join(t.TempDir(), "r.db")
		db, err := sqldb.Open(ctx, "sqlite:"+path)
		if err != nil {
			t.Fatal(err)
		}
		db.Close()
		_, err = sqldb.OpenWith(ctx, "sqlite:"+path, sqldb.Options{Crypto: sqldb.CryptoGM})
		if rollout.ErrorCode(err) != rollout.EINVALID || !strings.Contains(rollout.ErrorMessage(err), "rotate-key --crypto gm") {
			t.Fatalf("gm over an HMAC-SHA-256 key: %v", err)
		}
		db, err = sqldb.Open(ctx, "sqlite:"+path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.RotateAuditKey(ctx, sqldb.CryptoGM); err != nil {
			t.Fatal(err)
		}
		db.Close()
		gm, err := sqldb.OpenWith(ctx, "sqlite:"+path, sqldb.Options{Crypto: sqldb.CryptoGM})
		if err != nil {
			t.Fatalf("after rotating to SM3: %v", err)
		}
		defer gm.Close()
		if r := mustReport(t, gm, nil); !r.OK() {
			t.Errorf("the chain across algorithms: %+v", r)
		}
	})
}

// TestAuditKeyRotation: issue 15 item 10's rotation, on both databases.
// After a rotation the chain verifies across both keys (with the old key kept
// in the file); another server still holding only the old key takes the new
// one up at its next write; an entry forged with the retired key after the
// rotation is caught; and with the old key taken out of the file the old
// entries no longer verify.
func TestAuditKeyRotation(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			keyFile := filepath.Join(t.TempDir(), "audit.key")
			t.Setenv(sqldb.EnvAuditKeyFile, keyFile)
			dsn := sqldbtest.DSN(t, dialect)
			a, err := sqldb.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer a.Close()
			b, err := sqldb.Open(ctx, dsn) // another server
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			for range 3 {
				if err := a.Audit(ctx, "export.tasks", "batch:7", ""); err != nil {
					t.Fatal(err)
				}
			}
			oldKey, _ := os.ReadFile(keyFile)
			id, err := a.RotateAuditKey(ctx, sqldb.CryptoStandard)
			if err != nil || len(id) != 8 {
				t.Fatalf("rotate: %q %v", id, err)
			}
			if lines := strings.Count(strings.TrimSpace(mustRead(t, keyFile)), "\n") + 1; lines != 2 {
				t.Errorf("%d keys in the file after a rotation", lines)
			}
			if err := a.Audit(ctx, "export.tasks", "batch:8", ""); err != nil {
				t.Fatal(err)
			}
			if err := b.Audit(ctx, "export.tasks", "batch:9", ""); err != nil {
				t.Fatalf("the other server after the rotation: %v", err)
			}
			r := mustReport(t, a, nil)
			if !r.OK() {
				t.Fatalf("across the rotation: %+v", r)
			}
			es, _ := a.AuditEntries(ctx, rollout.AuditFilter{Limit: 3})
			if es[1].Action != "export.tasks" || es[2].Action != "audit.key_rotate" {
				t.Errorf("newest entries: %s %s %s", es[0].Action, es[1].Action, es[2].Action)
			}
			// The retired key forges the newest entry (changed, its hash
			// recomputed, its MAC made with the old key): caught, because
			// keys follow the file's order.
			old := mustHex(t, strings.TrimPrefix(strings.TrimSpace(string(oldKey)), "hmac-sha256:"))
			if err := a.DropAuditGuard(ctx); err != nil {
				t.Fatal(err)
			}
			if err := a.Exec(ctx, `UPDATE audit_log SET actor = 'forger' WHERE id = $1`, es[0].ID); err != nil {
				t.Fatal(err)
			}
			rehash(t, a, es[0].ID)
			last := chain(t, a)
			n := len(last)
			forged := rollout.AuditMAC(old, last[n-1].ID, last[n-1].Hash, last[n-2].MAC)
			if err := a.Exec(ctx, `UPDATE audit_log SET mac = $1 WHERE id = $2`, forged, es[0].ID); err != nil {
				t.Fatal(err)
			}
			if r := mustReport(t, a, nil); r.OK() || r.Why != "mac" || r.Broken != es[0].ID {
				t.Errorf("an entry under the retired key after the rotation: %+v", r)
			}
			// Without the old key, the old entries do not verify.
			lines := strings.Split(strings.TrimSpace(mustRead(t, keyFile)), "\n")
			if err := os.WriteFile(keyFile, []byte(lines[1]+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			c, err := sqldb.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if r := mustReport(t, c, nil); r.OK() || r.Broken != 1 {
				t.Errorf("without the old key: %+v", r)
			}
		})
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
