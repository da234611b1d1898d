package rollout

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"hash"
	"strconv"
	"time"
	"unicode/utf8"
)

// AuditEntry is one line of the append-only audit trail: who did what, when,
// to what, with the state before and after. Each entry's Hash covers its fields
// and the previous entry's hash, so that changing or removing any entry breaks
// the chain from there on.
type AuditEntry struct {
	ID       int64     `json:"id"`
	At       time.Time `json:"at"`
	ActorID  int64     `json:"actor_id,omitempty"` // 0 for the system or an anonymous visitor
	Actor    string    `json:"actor"`              // user name, "system", or "anonymous"
	Action   string    `json:"action"`             // e.g. notice.import, task.divide, session.signin, session.signin_failed
	Object   string    `json:"object"`             // e.g. batch:7, task:745, user:zhang
	Before   string    `json:"before,omitempty"`   // JSON of the state before, when there was one
	After    string    `json:"after,omitempty"`    // JSON of the state after
	Remote   string    `json:"remote,omitempty"`   // client address, for web requests
	PrevHash string    `json:"prev_hash"`
	Hash     string    `json:"hash"`
	// MAC is the keyed link of the entry: a MAC, under a key kept outside the
	// database, of its Hash and the previous entry's MAC (see AuditMAC). Empty
	// for entries written before the trail was keyed.
	MAC string `json:"mac,omitempty"`
}

// AuditGenesis is the PrevHash of the first entry.
const AuditGenesis = "0000000000000000000000000000000000000000000000000000000000000000"

// ComputeHash returns the hash of e chained to e.PrevHash. Times count to the
// microsecond, in UTC, so that both databases give back what was hashed.
func (e *AuditEntry) ComputeHash() string {
	fields := []string{
		e.PrevHash, strconv.FormatInt(e.ID, 10), e.At.UTC().Truncate(time.Microsecond).Format(time.RFC3339Nano),
		strconv.FormatInt(e.ActorID, 10), e.Actor, e.Action, e.Object, e.Before, e.After, e.Remote,
	}
	b, _ := json.Marshal(fields) // strings only: cannot fail; JSON keeps the boundaries between fields
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// VerifyChain checks entries in ID order, starting after prev (AuditGenesis for
// the first entry). It returns the ID of the first entry that is not what was
// written — changed, or out of the chain because one before it was removed — or
// 0 when all hold, and the hash of the last entry.
func VerifyChain(prev string, entries []AuditEntry) (broken int64, last string) {
	for i := range entries {
		e := &entries[i]
		if e.PrevHash != prev || e.ComputeHash() != e.Hash {
			return e.ID, prev
		}
		prev = e.Hash
	}
	return 0, prev
}

// AuditFilter selects audit entries; zero fields do not filter.
type AuditFilter struct {
	Actor  string
	Action string // a prefix: "task." selects every task action
	Object string
	Since  time.Time
	Until  time.Time
	Limit  int // at most this many, newest first; 0 means 200
	// BeforeID pages through the trail: only entries with a smaller ID (the
	// last ID of the previous page).
	BeforeID int64
}

// Bounds of what an audit entry keeps of a request, so that hostile requests
// cannot fill the trail: the object (a request's method, path and query) and
// the detail of an event are cut, visibly, at these many bytes.
const (
	AuditObjectMax = 256
	AuditDetailMax = 4096
)

// AuditCutMark ends a text cut to its bound; the number of bytes cut follows.
const AuditCutMark = "…[cut "

// BoundText returns s when it is at most max bytes long; otherwise its first
// bytes, cut on a character boundary, followed by AuditCutMark and how many
// bytes were left out, all within max bytes.
func BoundText(s string, max int) string {
	if len(s) <= max {
		return s
	}
	n := max - len(AuditCutMark) - len(" bytes]") - 20 // room for the mark and the count
	if n < 0 {
		n = 0
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + AuditCutMark + strconv.Itoa(len(s)-n) + " bytes]"
}

// AuditMAC is the keyed link of an audit entry: HMAC-SHA-256 under key of the
// entry's ID, its Hash (which covers its fields and the previous Hash) and the
// previous entry's MAC ("" before the first keyed entry), in hex. Without the
// key, an entry cannot be changed, added or removed, however its hashes are
// recomputed, without the MACs after it failing.
func AuditMAC(key []byte, id int64, hash, prevMAC string) string {
	return AuditMACWith(sha256.New, key, id, hash, prevMAC)
}

// AuditMACWith is AuditMAC with HMAC over another hash (SM3 under the 国密
// option).
func AuditMACWith(newHash func() hash.Hash, key []byte, id int64, entryHash, prevMAC string) string {
	m := hmac.New(newHash, key)
	b, _ := json.Marshal([]string{"rollout-audit-mac-v1", strconv.FormatInt(id, 10), entryHash, prevMAC})
	m.Write(b)
	return hex.EncodeToString(m.Sum(nil))
}

// AuditService reads and verifies the audit trail. Entries are written by the
// storage itself, in the same transaction as the change they record.
type AuditService interface {
	// AuditEntries lists entries, newest first.
	AuditEntries(ctx context.Context, f AuditFilter) ([]AuditEntry, error)
	// VerifyAudit walks the whole chain; it returns the ID of the first broken
	// entry, or 0, and how many entries it checked.
	VerifyAudit(ctx context.Context) (broken int64, checked int, err error)
	// Audit appends an entry for an event that changes nothing stored (a failed
	// sign-in, an export).
	Audit(ctx context.Context, action, object, detail string) error
}

// Session is a signed-in browser or script.
type Session struct {
	User      *User
	ExpiresAt time.Time // idle expiry, pushed forward on use
}

// Token is an API token for a machine client: one unit, one role, revocable.
// Its secret is shown once, at creation, and stored only as a hash.
type Token struct {
	ID        int64      `json:"id"`
	UserID    int64      `json:"user_id"`
	Username  string     `json:"username,omitempty"` // the account's user name, as listed
	Name      string     `json:"name"`
	Grant     Grant      `json:"grant"`
	CreatedAt time.Time  `json:"created_at"`
	RevokedAt *time.Time `json:"revoked_at,omitempty"`
	LastUsed  *time.Time `json:"last_used,omitempty"`
	// ExpiresAt, when set, is when the token stops acting (MaxTokenLifetime at most).
	ExpiresAt *time.Time `json:"expires_at,omitempty"`
}

// Sign-in limits. Failures are counted per account name and per address the
// attempts come from (SignInLock), so that an address guessing at a name
// never locks the name's owner out from another.
const (
	MaxFailedSignIns = 10               // failures in a row, from one address, that hold the address off the name
	LockDuration     = 15 * time.Minute // how long the first hold lasts; each further one lasts twice the one before
	MaxLockDuration  = 4 * time.Hour    // and none lasts longer
	SessionIdle      = 30 * time.Minute // a session unused this long expires
	SessionMaxAge    = 12 * time.Hour   // and none lives longer than this
)

// HeldOff is the ELOCKED refusal of a sign-in from an address held off a
// name (SignInLock): Until is when it may try again.
type HeldOff struct {
	Until time.Time
}

func (e *HeldOff) Error() string { return e.Unwrap().Error() }

// Unwrap lets ErrorCode and ErrorText see it as an ELOCKED *Error.
func (e *HeldOff) Unwrap() error {
	return E(ELOCKED, "err.user.locked", MaxFailedSignIns, e.Until.In(Beijing).Format("2006-01-02 15:04:05"))
}

// SignInLock decides what a failed sign-in does to the guard of one name and
// one address: failures is the count of failures in a row including this one,
// locks how many times the pair was held off before. At MaxFailedSignIns the
// pair is held off until until — LockDuration the first time, twice as long at
// each further hold, at most MaxLockDuration — and the count starts again. The
// rule is the same whether the name is an account or not, so that the answers
// do not tell which names exist.
func SignInLock(failures, locks int, now time.Time) (lock bool, until time.Time) {
	if failures < MaxFailedSignIns {
		return false, time.Time{}
	}
	d := LockDuration
	for i := 0; i < locks && d < MaxLockDuration; i++ {
		d *= 2
	}
	return true, now.Add(min(d, MaxLockDuration))
}

// UserService keeps accounts, sessions and tokens.
type UserService interface {
	// CreateUser adds an account with a password (checked against the policy)
	// and its grants. ECONFLICT for a taken user name.
	CreateUser(ctx context.Context, u *User, password string) error
	// User returns an account by ID; ENOTFOUND when there is none.
	User(ctx context.Context, id int64) (*User, error)
	// UserByName returns an account by user name; ENOTFOUND when there is none.
	UserByName(ctx context.Context, username string) (*User, error)
	// Users lists accounts, by user name.
	Users(ctx context.Context) ([]*User, error)
	// SetPassword changes a password (DecideSetPassword), ends every session of
	// the user (a web page signs the user in again afterwards) and revokes every
	// API token of it.
	SetPassword(ctx context.Context, userID int64, password string) error
	// SetDisabled disables or enables an account read at version
	// (DecideSetDisabled); disabling ends its sessions and revokes its API
	// tokens. *AccountConflict when it is stored at another version.
	SetDisabled(ctx context.Context, userID, version int64, disabled bool) error
	// SetGrants replaces the grants of an account read at version
	// (DecideSetGrants). *AccountConflict when it is stored at another version.
	SetGrants(ctx context.Context, userID, version int64, grants []Grant) error
	// Unlock lifts every sign-in hold on an account's name, from every
	// address, and forgets its failed attempts, without changing its password
	// (which SetPassword does, lifting the holds too). It reports whether
	// there was anything to lift (when not, nothing is written).
	Unlock(ctx context.Context, userID int64) (bool, error)

	// SignIn checks a password and opens a session, returning its secret (for
	// the cookie) and the user. Wrong credentials: EUNAUTHORIZED (the same for an
	// unknown user name); a locked or disabled account: ELOCKED or EFORBIDDEN.
	// Failures count towards MaxFailedSignIns; every attempt is audited.
	SignIn(ctx context.Context, username, password string) (secret string, u *User, err error)
	// SessionUser returns the user of a live session and extends its idle
	// expiry; EUNAUTHORIZED when the secret is unknown or expired.
	SessionUser(ctx context.Context, secret string) (*User, error)
	// SignOut ends one session.
	SignOut(ctx context.Context, secret string) error
	// SignOutEverywhere ends every session of a user and revokes every API
	// token of it.
	SignOutEverywhere(ctx context.Context, userID int64) error

	// CreateToken issues an API token with one grant the user holds (or one
	// within a grant's subtree), and an optional expiry (DecideCreateToken),
	// and returns its secret, shown once.
	CreateToken(ctx context.Context, t *Token) (secret string, err error)
	// Tokens lists a user's tokens.
	Tokens(ctx context.Context, userID int64) ([]*Token, error)
	// AllTokens lists every account's tokens (with their user names), for
	// administrators.
	AllTokens(ctx context.Context) ([]*Token, error)
	// RevokeToken revokes a token; ENOTFOUND when there is none.
	RevokeToken(ctx context.Context, id int64) error
	// TokenUser returns the user a token acts as, limited to the token's grant;
	// EUNAUTHORIZED for an unknown, revoked or expired token (TokenActs).
	TokenUser(ctx context.Context, secret string) (*User, error)
}
