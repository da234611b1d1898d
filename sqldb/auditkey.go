package sqldb

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"rollout"
)

// EnvAuditKeyFile names the environment variable that names the audit key
// file. Without it, an SQLite database's key is the file PATH.audit-key beside
// it; a PostgreSQL database has none unless it is named (its trail is then
// hash-chained only, and a trail already keyed refuses new entries).
const EnvAuditKeyFile = "ROLLOUT_AUDIT_KEY_FILE"

// AuditKeySuffix ends the name of an SQLite database's default key file.
const AuditKeySuffix = ".audit-key"

// auditKeyLen is the length of a key, in bytes (hex in its file).
const auditKeyLen = 32

// Options are the settings of OpenWith; the zero value is what Open does.
type Options struct {
	// MustExist refuses an SQLite database file that does not exist (EINVALID)
	// instead of creating an empty one: for every command but those that make
	// a database (serve, migrate, units load, import, gen).
	MustExist bool
	// Unmigrated leaves the schema as it is (OpenUnmigrated).
	Unmigrated bool
	// AuditKeyFile names the audit key file: "" means $ROLLOUT_AUDIT_KEY_FILE,
	// else PATH.audit-key beside an SQLite database. A file that does not
	// exist is created with a new random key (AuditKeyCreated says so).
	AuditKeyFile string
	// AuditKey is the key itself, for tests; it wins over AuditKeyFile.
	AuditKey []byte
}

// auditKeyPath is the key file Options name for a database.
func auditKeyPath(o Options, d dialect, path string) string {
	switch {
	case o.AuditKeyFile != "":
		return o.AuditKeyFile
	case os.Getenv(EnvAuditKeyFile) != "":
		return os.Getenv(EnvAuditKeyFile)
	case d.name == "sqlite" && path != "" && !strings.HasPrefix(path, ":memory:"):
		return path + AuditKeySuffix
	}
	return ""
}

// loadAuditKey reads the key in path, or creates the file with a new key when
// create is set and it does not exist. created reports that it was made.
func loadAuditKey(path string, create bool) (key []byte, created bool, err error) {
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		key, err := hex.DecodeString(strings.TrimSpace(string(b)))
		if err != nil || len(key) < 16 {
			return nil, false, rollout.E(rollout.EINVALID, "err.ops.bad_audit_key", path)
		}
		return key, false, nil
	case !errors.Is(err, fs.ErrNotExist) || !create:
		if errors.Is(err, fs.ErrNotExist) {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("read the audit key: %w", err)
	}
	key = make([]byte, auditKeyLen)
	rand.Read(key)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, fmt.Errorf("create the audit key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) { // another process made it first: use theirs
		return loadAuditKey(path, false)
	}
	if err != nil {
		return nil, false, fmt.Errorf("create the audit key: %w", err)
	}
	_, err = f.WriteString(hex.EncodeToString(key) + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return nil, false, fmt.Errorf("create the audit key: %w", err)
	}
	return key, true, nil
}

// AuditKeyFile is the audit key file the database uses, "" when it has none.
func (db *DB) AuditKeyFile() string { return db.auditKeyFile }

// AuditKeyCreated reports whether opening the database created its audit key
// file (the first start): the caller says so, and where.
func (db *DB) AuditKeyCreated() bool { return db.auditKeyCreated }

// Keyed reports whether the database has an audit key.
func (db *DB) Keyed() bool { return len(db.auditKey) > 0 }

// keyTheTrail is migration 10's code: the trail gets its MAC column in SQL;
// here, a trail that already has entries gets one more, keyed, entry at once,
// whose MAC binds every entry before it (their hashes are chained), so that a
// trail with entries and a key always has a keyed entry at its end.
func keyTheTrail(ctx context.Context, tx *tx) error {
	if !tx.db.Keyed() {
		return nil
	}
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_log`).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	return tx.audit(ctx, "audit.keyed", "audit", nil, map[string]int64{"unkeyed_entries": n})
}

// dbPath is the file of an SQLite DSN ("" for PostgreSQL or :memory:).
func dbPath(dsn string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return ""
	}
	p := strings.TrimPrefix(dsn, "sqlite:")
	if i := strings.IndexByte(p, '?'); i >= 0 {
		p = p[:i]
	}
	if p == "" {
		p = DefaultPath
	}
	if strings.HasPrefix(p, ":memory:") {
		return ""
	}
	return p
}

// DBPath is the file of an SQLite DSN, "" for PostgreSQL: where a key file,
// a lock file and a restore go.
func DBPath(dsn string) string { return dbPath(dsn) }
