package sqldb

import (
	"context"
	"os"
	"strings"
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
	// Crypto is CryptoStandard ("" too) or CryptoGM, the 国密 option: new
	// audit keys are HMAC-SM3 keys (and the newest key must be one) and
	// stored files are sealed with SM4-GCM under the file key (filecrypt.go).
	Crypto string
	// FileKeyFile names the file key file: "" means $ROLLOUT_FILE_KEY_FILE,
	// else PATH.file-key beside an SQLite database.
	FileKeyFile string
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

// AuditKeyFile is the audit key file the database uses, "" when it has none.
func (db *DB) AuditKeyFile() string { return db.auditKeyFile }

// AuditKeyCreated reports whether opening the database created its audit key
// file (the first start): the caller says so, and where.
func (db *DB) AuditKeyCreated() bool { return db.auditKeyCreated }

// Keyed reports whether the database has an audit key.
func (db *DB) Keyed() bool { return len(db.auditRing()) > 0 }

// auditRing is the audit keys, the newest last.
func (db *DB) auditRing() []ringKey {
	db.keyMu.Lock()
	defer db.keyMu.Unlock()
	return db.auditKeys
}

// reloadAuditKeys reads the key file again (another server, or
// `rollout audit rotate-key`, may have added a key) and reports whether it
// holds more keys than before.
func (db *DB) reloadAuditKeys() bool {
	if db.auditKeyFile == "" {
		return false
	}
	keys, _, err := loadKeys(db.auditKeyFile, "", false)
	if err != nil || keys == nil {
		return false
	}
	db.keyMu.Lock()
	defer db.keyMu.Unlock()
	if len(keys) <= len(db.auditKeys) {
		return false
	}
	db.auditKeys = keys
	return true
}

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
