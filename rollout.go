// Package rollout holds the domain of the Free Trade Zone reform replication system:
// notices, batches, domains, reform items and the rules over them. It depends on the
// standard library only; storage (sqldb), reading documents (notice) and the web
// adapter (web) depend on it, never the other way round.
package rollout

import (
	"errors"
	"fmt"
)

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

// Error is an error a user may see: Code is one of the E* constants and Message a
// sentence that says what was wrong and what to do.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return fmt.Sprintf("rollout: %s: %s", e.Code, e.Message) }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
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

// ErrorMessage returns the user-facing message of err: the Message of the first
// *Error in its chain, or a generic sentence for internal errors (whose details
// belong in the log, not in front of a user).
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	default:
		return "系统内部错误，请稍后重试或联系管理员。"
	}
}
