package sqldb

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
)

// PasswordParams are the argon2id costs of new password hashes. A stored hash
// carries its own parameters and is checked under them; a successful sign-in
// re-hashes a password stored under other parameters.
type PasswordParams struct {
	Memory  uint32 // KiB
	Time    uint32 // passes over the memory
	Threads uint8  // lanes
}

var (
	// DefaultPasswordParams are the production costs: 64 MiB, 2 passes, 2 lanes
	// (RFC 9106's second recommendation, with the lanes of a 2-core server):
	// about 65 ms per hash there (BenchmarkPasswordHashDefault). At most one hash
	// per core runs at a time (DB.hashSlots), so a burst of sign-ins queues
	// instead of exhausting memory.
	DefaultPasswordParams = PasswordParams{Memory: 64 * 1024, Time: 2, Threads: 2}
	// TestPasswordParams are deliberately weak, for test suites only.
	TestPasswordParams = PasswordParams{Memory: 64, Time: 1, Threads: 1}
)

const (
	passwordSaltLen = 16
	passwordKeyLen  = 32
)

// hashPassword returns password hashed with argon2id under p and a new random
// salt, encoded as $argon2id$v=19$m=…,t=…,p=…$salt$hash (PHC string format,
// unpadded standard base64).
func hashPassword(password string, p PasswordParams) (string, error) {
	salt := make([]byte, passwordSaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("password salt: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, passwordKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// errBadHash reports a stored hash that is not an argon2id PHC string this
// code can check.
var errBadHash = errors.New("stored password hash is not a valid argon2id string")

// parsedHash is an encoded hash taken apart.
type parsedHash struct {
	params    PasswordParams
	salt, key []byte
}

func parseHash(encoded string) (parsedHash, error) {
	var h parsedHash
	// "", "argon2id", "v=19", "m=…,t=…,p=…", salt, key
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" || parts[2] != "v="+strconv.Itoa(argon2.Version) {
		return h, errBadHash
	}
	for _, kv := range strings.Split(parts[3], ",") {
		k, v, ok := strings.Cut(kv, "=")
		n, err := strconv.ParseUint(v, 10, 32)
		if !ok || err != nil {
			return h, errBadHash
		}
		switch k {
		case "m":
			h.params.Memory = uint32(n)
		case "t":
			h.params.Time = uint32(n)
		case "p":
			if n > 255 {
				return h, errBadHash
			}
			h.params.Threads = uint8(n)
		default:
			return h, errBadHash
		}
	}
	// Bounds keep a corrupted or planted hash from costing unbounded memory or time.
	p := h.params
	if p.Threads < 1 || p.Time < 1 || p.Time > 16 || p.Memory < 8*uint32(p.Threads) || p.Memory > 1<<20 {
		return h, errBadHash
	}
	var err error
	if h.salt, err = base64.RawStdEncoding.DecodeString(parts[4]); err != nil || len(h.salt) < 8 {
		return h, errBadHash
	}
	if h.key, err = base64.RawStdEncoding.DecodeString(parts[5]); err != nil || len(h.key) < 16 || len(h.key) > 64 {
		return h, errBadHash
	}
	return h, nil
}

// checkPassword reports whether password matches the encoded hash, comparing in
// constant time. An error means the hash itself is unusable.
func checkPassword(encoded, password string) (bool, error) {
	h, err := parseHash(encoded)
	if err != nil {
		return false, err
	}
	key := argon2.IDKey([]byte(password), h.salt, h.params.Time, h.params.Memory, h.params.Threads, uint32(len(h.key)))
	return subtle.ConstantTimeCompare(key, h.key) == 1, nil
}

// hashUses reports whether an encoded hash was made under p (false for an
// unreadable hash).
func hashUses(encoded string, p PasswordParams) bool {
	h, err := parseHash(encoded)
	return err == nil && h.params == p && len(h.key) == passwordKeyLen
}

// slot waits for a free hashing slot; release it with the returned function.
func (db *DB) slot(ctx context.Context) (release func(), err error) {
	select {
	case db.hashSlots <- struct{}{}:
		return func() { <-db.hashSlots }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// newHash hashes a password under the DB's current parameters.
func (db *DB) newHash(ctx context.Context, password string) (string, error) {
	release, err := db.slot(ctx)
	if err != nil {
		return "", err
	}
	defer release()
	return hashPassword(password, db.Password)
}

// verify checks a password against an encoded hash.
func (db *DB) verify(ctx context.Context, encoded, password string) (bool, error) {
	release, err := db.slot(ctx)
	if err != nil {
		return false, err
	}
	defer release()
	return checkPassword(encoded, password)
}

// verifyDummy spends the time of a password check on a hash that matches
// nothing, for a user name that does not exist.
func (db *DB) verifyDummy(ctx context.Context, password string) error {
	db.dummy.Lock()
	if db.dummy.hash == "" || db.dummy.params != db.Password {
		h, err := hashPassword("\x00 no such user \x00", db.Password)
		if err != nil {
			db.dummy.Unlock()
			return err
		}
		db.dummy.hash, db.dummy.params = h, db.Password
	}
	h := db.dummy.hash
	db.dummy.Unlock()
	_, err := db.verify(ctx, h, password)
	return err
}
