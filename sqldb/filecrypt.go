package sqldb

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"

	"rollout"
	"rollout/gm"
)

// Stored files under the 国密 option. With Options.Crypto CryptoGM, the bytes
// of evidence files and problem attachments are sealed with SM4-GCM under the
// newest key of the file key file before they are stored:
//
//	"RSM4\x01" | key id (4 bytes) | nonce (12 bytes) | ciphertext and tag
//
// and opened again when read; their SHA-256 (stored beside them, shown to
// people) is of the file itself. Whatever the setting, a sealed file is
// opened with the key its header names, so a database can move to the option
// (new files sealed, old ones read as they are) and keys can rotate.

// EnvFileKeyFile names the environment variable that names the file key file;
// without it an SQLite database's is PATH.file-key beside it.
const EnvFileKeyFile = "ROLLOUT_FILE_KEY_FILE"

// FileKeySuffix ends the name of an SQLite database's default file key file.
const FileKeySuffix = ".file-key"

var sealMagic = []byte("RSM4\x01")

// macAlg is the algorithm of a new audit key under the options.
func (o Options) macAlg() string {
	if o.Crypto == CryptoGM {
		return AlgHMACSM3
	}
	return AlgHMACSHA256
}

// setCrypto applies Options.Crypto: under CryptoGM the audit trail's newest
// key must be an HMAC-SM3 key and the file key file is read or made; in any
// case an existing file key file is read, so that sealed files open.
func (db *DB) setCrypto(o Options, d dialect, path string) error {
	db.crypto = CryptoStandard
	switch o.Crypto {
	case "", CryptoStandard:
	case CryptoGM:
		db.crypto = CryptoGM
	default:
		return rollout.E(rollout.EINVALID, "err.ops.bad_crypto", o.Crypto)
	}
	if db.crypto == CryptoGM && db.Keyed() {
		if k := db.auditRing(); k[len(k)-1].alg != AlgHMACSM3 {
			return rollout.E(rollout.EINVALID, "err.ops.crypto_audit_key", db.auditKeyFile)
		}
	}
	kp := o.FileKeyFile
	switch {
	case kp != "":
	case os.Getenv(EnvFileKeyFile) != "":
		kp = os.Getenv(EnvFileKeyFile)
	case d.name == "sqlite" && path != "" && !strings.HasPrefix(path, ":memory:"):
		kp = path + FileKeySuffix
	}
	if kp == "" {
		if db.crypto == CryptoGM {
			return rollout.E(rollout.EINVALID, "err.ops.no_file_key", EnvFileKeyFile)
		}
		return nil
	}
	keys, created, err := loadKeys(kp, AlgSM4GCM, db.crypto == CryptoGM)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if k.alg != AlgSM4GCM {
			return rollout.E(rollout.EINVALID, "err.ops.bad_audit_key", kp)
		}
	}
	if keys != nil {
		db.fileKeys, db.fileKeyFile, db.fileKeyCreated = keys, kp, created
	}
	return nil
}

func (db *DB) fileRing() []ringKey {
	db.keyMu.Lock()
	defer db.keyMu.Unlock()
	return db.fileKeys
}

// Crypto is the database's crypto setting: CryptoStandard or CryptoGM.
func (db *DB) Crypto() string { return db.crypto }

// FileKeyFile is the file key file, "" when there is none; FileKeyCreated
// reports whether opening the database made it.
func (db *DB) FileKeyFile() string  { return db.fileKeyFile }
func (db *DB) FileKeyCreated() bool { return db.fileKeyCreated }

// seal is what is stored of a file's bytes: sealed under CryptoGM, else the
// bytes themselves.
func (db *DB) seal(body []byte) ([]byte, error) {
	if db.crypto != CryptoGM || body == nil {
		return body, nil
	}
	ring := db.fileRing()
	k := ring[len(ring)-1]
	aead, err := gm.NewSM4GCM(k.key)
	if err != nil {
		return nil, fmt.Errorf("seal a file: %w", err)
	}
	id, _ := hex.DecodeString(k.id)
	out := make([]byte, 0, len(sealMagic)+len(id)+aead.NonceSize()+len(body)+aead.Overhead())
	out = append(append(out, sealMagic...), id...)
	nonce := make([]byte, aead.NonceSize())
	rand.Read(nonce)
	out = append(out, nonce...)
	return aead.Seal(out, nonce, body, nil), nil
}

// unseal gives back a file's bytes from what is stored.
func (db *DB) unseal(stored []byte) ([]byte, error) {
	if !bytes.HasPrefix(stored, sealMagic) {
		return stored, nil
	}
	rest := stored[len(sealMagic):]
	if len(rest) < 4+12+16 {
		return nil, fmt.Errorf("a sealed file is cut short")
	}
	id := hex.EncodeToString(rest[:4])
	for _, k := range db.fileRing() {
		if k.id != id {
			continue
		}
		aead, err := gm.NewSM4GCM(k.key)
		if err != nil {
			return nil, err
		}
		n := aead.NonceSize()
		plain, err := aead.Open(nil, rest[4:4+n], rest[4+n:], nil)
		if err != nil {
			return nil, fmt.Errorf("a sealed file does not open under key %s: %w", id, err)
		}
		return plain, nil
	}
	return nil, rollout.E(rollout.EINVALID, "err.ops.file_key_missing", id, EnvFileKeyFile)
}
