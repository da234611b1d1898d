// Package rollout holds the domain of the Free Trade Zone reform replication system:
// notices, batches, domains, reform items and the rules over them. It depends on the
// standard library only; storage (sqldb), reading documents (notice) and the web
// adapter (web) depend on it, never the other way round.
package rollout

import (
	"errors"
	"fmt"
	"time"

	"rollout/msg"
)

// Beijing is the time zone of every date people read: China has one, UTC+8
// (北京时间), whatever the server's own zone. Days, deadlines and the dates of
// pages, sheets and documents are Beijing days.
var Beijing = time.FixedZone("CST", 8*60*60)

// Error codes. Adapters map them to HTTP statuses and exit codes.
const (
	ECONFLICT  = "conflict"  // the write contradicts what is stored
	EFORBIDDEN = "forbidden" // the actor may not do this
	EINTERNAL  = "internal"  // a fault of the system, not of the input
	EINVALID   = "invalid"   // the input is wrong; Message says what and where
	ENOTFOUND  = "not_found" // the thing asked for does not exist
	// EUNAUTHORIZED: nobody is signed in, and the action is not public.
	EUNAUTHORIZED = "unauthorized"
	// ELOCKED: the account is locked for a while after repeated failed sign-ins.
	ELOCKED = "locked"
)

// Error is an error a user may see: Code is one of the E* constants, Key names
// the sentence in the catalogue (package msg) that says what was wrong and what
// to do, and Args are its arguments. Arguments that are msg.Localized (a state,
// a period, another *Error) are said in the reader's language. The sentence is
// made only at the edge that shows it, in the language of its reader.
type Error struct {
	Code string
	Key  string
	Args []any
}

// Error says the error in Chinese, for logs.
func (e *Error) Error() string { return "rollout: " + e.Code + ": " + e.Text(msg.ZH) }

// Text says the error in language l.
func (e *Error) Text(l msg.Lang) string { return msg.Text(l, e.Key, e.Args...) }

// E returns an *Error with the given code, catalogue key and arguments.
func E(code, key string, args ...any) *Error {
	return &Error{Code: code, Key: key, Args: args}
}

// Errorf returns an *Error whose sentence is formatted here rather than taken
// from the catalogue: a refusal not yet given a key. It says the same in every
// language; use E.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Key: msg.Raw, Args: []any{fmt.Sprintf(format, args...)}}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any
// other error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorText returns what a user reads for err in language l: the sentence of
// the first *Error in its chain, or a generic sentence for internal errors
// (whose details belong in the log, not in front of a user).
func ErrorText(l msg.Lang, err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Text(l)
	default:
		return msg.Text(l, "error.internal.message")
	}
}

// ErrorMessage is ErrorText in Chinese: what the command line prints.
func ErrorMessage(err error) string { return ErrorText(msg.ZH, err) }
