package sqldb

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"rollout"
	"rollout/gm"
)

// Key files. A key file holds one key a line, oldest first; the last is the
// one new entries (or files) are written with, the earlier ones stay to check
// (or read) what they wrote. A line is ALGORITHM:HEX, or HEX alone — the
// HMAC-SHA-256 key files written before keys had names. Rotating a key
// appends a line (RotateAuditKey); a key is never taken out while the
// database holds something written with it.
//
// Algorithms: the audit trail's MACs are hmac-sha256 (the default) or
// hmac-sm3 (`--crypto gm`); stored files are sealed with sm4-gcm under
// `--crypto gm` and stored as they are otherwise.
const (
	AlgHMACSHA256 = "hmac-sha256"
	AlgHMACSM3    = "hmac-sm3"
	AlgSM4GCM     = "sm4-gcm"
)

// Crypto settings (Options.Crypto, serve --crypto).
const (
	CryptoStandard = "standard"
	CryptoGM       = "gm"
)

// ringKey is one key of a key file.
type ringKey struct {
	alg string
	key []byte
	id  string // 8 hex digits naming the key (a hash of its line), as logs and sealed files name it
}

func (k ringKey) line() string { return k.alg + ":" + hex.EncodeToString(k.key) }

func newRingKey(alg string, key []byte) ringKey {
	k := ringKey{alg: alg, key: key}
	sum := sha256.Sum256([]byte(k.line()))
	k.id = hex.EncodeToString(sum[:4])
	return k
}

// keyLen is the length of a new key of alg, in bytes.
func keyLen(alg string) int {
	if alg == AlgSM4GCM {
		return 16
	}
	return auditKeyLen
}

// newHash is the hash of an HMAC algorithm.
func (k ringKey) newHash() func() hash.Hash {
	if k.alg == AlgHMACSM3 {
		return gm.NewSM3
	}
	return sha256.New
}

// mac is the MAC of an audit entry under k (rollout.AuditMACWith).
func (k ringKey) mac(id int64, h, prevMAC string) string {
	return rollout.AuditMACWith(k.newHash(), k.key, id, h, prevMAC)
}

// parseKeys reads a key file's text.
func parseKeys(path string, b []byte) ([]ringKey, error) {
	var keys []ringKey
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		alg, hx, ok := strings.Cut(line, ":")
		if !ok {
			alg, hx = AlgHMACSHA256, line
		}
		key, err := hex.DecodeString(hx)
		switch {
		case err != nil, alg != AlgHMACSHA256 && alg != AlgHMACSM3 && alg != AlgSM4GCM,
			alg == AlgSM4GCM && len(key) != 16, alg != AlgSM4GCM && len(key) < 16:
			return nil, rollout.E(rollout.EINVALID, "err.ops.bad_audit_key", path)
		}
		keys = append(keys, newRingKey(alg, key))
	}
	if len(keys) == 0 {
		return nil, rollout.E(rollout.EINVALID, "err.ops.bad_audit_key", path)
	}
	return keys, nil
}

// loadKeys reads the keys in path, or creates the file with one new key of
// alg when create is set and it does not exist (created says so). A file
// that does not exist, not to be created, gives no keys.
func loadKeys(path, alg string, create bool) (keys []ringKey, created bool, err error) {
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		keys, err := parseKeys(path, b)
		return keys, false, err
	case !errors.Is(err, fs.ErrNotExist):
		return nil, false, fmt.Errorf("read the key file: %w", err)
	case !create:
		return nil, false, nil
	}
	k := newRingKey(alg, randomKey(keyLen(alg)))
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, false, fmt.Errorf("create the key file: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) { // another process made it first: use theirs
		return loadKeys(path, alg, false)
	}
	if err != nil {
		return nil, false, fmt.Errorf("create the key file: %w", err)
	}
	_, err = f.WriteString(k.line() + "\n")
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return nil, false, fmt.Errorf("create the key file: %w", err)
	}
	return []ringKey{k}, true, nil
}

// appendKey adds a new key of alg at the end of the key file path (which
// must exist) and returns it. The file is replaced whole (written beside it,
// synced, renamed), so a crash leaves the old file or the new one.
func appendKey(path, alg string) (ringKey, error) {
	old, err := os.ReadFile(path)
	if err != nil {
		return ringKey{}, fmt.Errorf("read the key file: %w", err)
	}
	if _, err := parseKeys(path, old); err != nil {
		return ringKey{}, err
	}
	k := newRingKey(alg, randomKey(keyLen(alg)))
	text := strings.TrimRight(string(old), "\n") + "\n" + k.line() + "\n"
	tmp := path + ".new"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return ringKey{}, fmt.Errorf("write the key file: %w", err)
	}
	_, err = f.WriteString(text)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return ringKey{}, fmt.Errorf("write the key file: %w", err)
	}
	return k, nil
}

func randomKey(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

// macMatches reports whether mac is the MAC of the entry under one of keys
// from index from on, and which (the first that gives it).
func macMatches(keys []ringKey, from int, id int64, h, prevMAC, mac string) (int, bool) {
	for i := from; i < len(keys); i++ {
		if hmac.Equal([]byte(keys[i].mac(id, h, prevMAC)), []byte(mac)) {
			return i, true
		}
	}
	return from, false
}

// RotateAuditKey adds a new audit key to the key file — HMAC-SM3 under
// CryptoGM, HMAC-SHA-256 otherwise — and records the rotation in the trail,
// under the new key: entries from then on are MACed with it, and the older
// keys stay in the file to verify what they MACed. Other servers on the
// database take the new key up at their next write. It returns the new key's
// id.
func (db *DB) RotateAuditKey(ctx context.Context, crypto string) (string, error) {
	if db.auditKeyFile == "" {
		return "", rollout.E(rollout.EINVALID, "err.audit.key_missing", EnvAuditKeyFile)
	}
	alg := Options{Crypto: crypto}.macAlg()
	k, err := appendKey(db.auditKeyFile, alg)
	if err != nil {
		return "", err
	}
	db.reloadAuditKeys()
	tx, err := db.begin(ctx, false)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	if err := tx.audit(ctx, "audit.key_rotate", "audit-key:"+k.id, nil, map[string]any{"alg": alg, "keys": len(db.auditRing())}); err != nil {
		return "", err
	}
	return k.id, tx.Commit()
}

// RotateFileKey adds a new SM4 key to the file key file (made when there is
// none): files stored from then on are sealed with it; older ones open with
// the key their header names. It returns the new key's id.
func (db *DB) RotateFileKey(ctx context.Context) (string, error) {
	if db.fileKeyFile == "" {
		return "", rollout.E(rollout.EINVALID, "err.ops.no_file_key", EnvFileKeyFile)
	}
	k, err := appendKey(db.fileKeyFile, AlgSM4GCM)
	if err != nil {
		return "", err
	}
	keys, _, err := loadKeys(db.fileKeyFile, AlgSM4GCM, false)
	if err != nil {
		return "", err
	}
	db.keyMu.Lock()
	db.fileKeys = keys
	db.keyMu.Unlock()
	tx, err := db.begin(ctx, false)
	if err != nil {
		return "", err
	}
	defer tx.Rollback()
	if err := tx.audit(ctx, "file_key.rotate", "file-key:"+k.id, nil, map[string]any{"alg": AlgSM4GCM, "keys": len(keys)}); err != nil {
		return "", err
	}
	return k.id, tx.Commit()
}
