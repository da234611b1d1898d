package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"rollout"
	"rollout/msg"
)

// handlerFunc is what every route's handler is: it writes a response and returns
// nil, or returns an error and writes nothing; an adapter (page or api) turns
// the error into an HTML page or a JSON object.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// statusByCode is the one table from rollout error codes to HTTP statuses. Any
// other code, and any error that is not a *rollout.Error, is a 500.
var statusByCode = map[string]int{
	rollout.ENOTFOUND:  http.StatusNotFound,
	rollout.EINVALID:   http.StatusBadRequest,
	rollout.ECONFLICT:  http.StatusConflict,
	rollout.EFORBIDDEN: http.StatusForbidden,
	rollout.EINTERNAL:  http.StatusInternalServerError,
	// Nobody is signed in (or the token is not valid).
	rollout.EUNAUTHORIZED: http.StatusUnauthorized,
	// The account is locked for a while after failed sign-ins.
	rollout.ELOCKED: http.StatusTooManyRequests,
}

// The JSON error codes of the HTTP conditions that have no rollout code.
const (
	codeMethodNotAllowed     = "method_not_allowed"     // 405
	codeTooLarge             = "too_large"              // 413
	codeUnsupportedMediaType = "unsupported_media_type" // 415
)

// httpError is an error of the HTTP layer itself (a method the path does not
// accept, a body too large or of the wrong type) that no rollout code describes.
type httpError struct {
	status  int
	code    string
	message string
}

func (e *httpError) Error() string { return "web: " + e.code + ": " + e.message }

// errorStatus is the HTTP status for err.
func errorStatus(err error) int {
	var he *httpError
	if errors.As(err, &he) {
		return he.status
	}
	if st, ok := statusByCode[rollout.ErrorCode(err)]; ok {
		return st
	}
	return http.StatusInternalServerError
}

// errorCode is the code a client sees for err: a rollout code, or
// method_not_allowed; "internal" for everything unexpected.
func errorCode(err error) string {
	var he *httpError
	if errors.As(err, &he) {
		return he.code
	}
	if errorStatus(err) == http.StatusInternalServerError {
		return rollout.EINTERNAL
	}
	return rollout.ErrorCode(err)
}

// errorMessage is the sentence a user sees for err. Internal errors never show
// their text: it may hold SQL or file paths, and belongs in the log.
func errorMessage(l lang, err error) string {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.message
	case errorStatus(err) == http.StatusInternalServerError:
		return tr(l, "error.internal.message")
	default:
		return rollout.ErrorText(l, err)
	}
}

// logError records err when it is the system's fault; errors of the request
// (404, 400 …) are the client's business and are not logged.
func (s *Server) logError(r *http.Request, err error) {
	if errorStatus(err) < 500 {
		return
	}
	s.log.ErrorContext(r.Context(), "request failed",
		"method", r.Method, "path", r.URL.Path, "err", err)
}

// notFound is the error for a path that names nothing.
func notFound(l lang, path string) error {
	return rollout.E(rollout.ENOTFOUND, "error.no_page", path)
}

// positiveInt reads a path value that must be a positive decimal integer (a
// batch number, an item ID); what names the value in the error message.
func positiveInt(l lang, r *http.Request, name, what string) (int64, error) {
	raw := r.PathValue(name)
	n, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || n <= 0 || strings.TrimLeft(raw, "0123456789") != "" {
		return 0, rollout.E(rollout.EINVALID, "error.bad_path_value", msg.Key(what), raw)
	}
	return n, nil
}

// batchNumber reads {n}, a batch number.
func batchNumber(r *http.Request) (int, error) {
	l := requestLang(r)
	n, err := positiveInt(l, r, "n", "value.batch_number")
	if err != nil {
		return 0, err
	}
	if n > 1<<31-1 {
		return 0, notFound(l, r.URL.Path)
	}
	return int(n), nil
}

// itemID reads {id}, an item's ID.
func itemID(r *http.Request) (int64, error) {
	return positiveInt(requestLang(r), r, "id", "value.item_id")
}

// unitID reads {id}, a unit's ID.
func unitID(r *http.Request) (int64, error) {
	return positiveInt(requestLang(r), r, "id", "value.unit_id")
}

// taskID reads {id}, a task's ID.
func taskID(r *http.Request) (int64, error) {
	return positiveInt(requestLang(r), r, "id", "value.task_id")
}

// invalid is an EINVALID error with a message of the catalogue, said in the
// language of whoever reads it (l is the request's, kept by the callers).
func invalid(l lang, key string, args ...any) error {
	return rollout.E(rollout.EINVALID, key, args...)
}

// maxQueryRunes bounds a search term: the longest item name is well under it.
const maxQueryRunes = 100

// searchQuery reads ?q=, trimmed. An empty query is returned as "" without
// error: the page shows a prompt, the API reports it as invalid.
func searchQuery(r *http.Request) (string, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len([]rune(q)) > maxQueryRunes {
		return "", rollout.E(rollout.EINVALID, "error.query_too_long", maxQueryRunes)
	}
	return q, nil
}
