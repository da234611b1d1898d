package rollout

import (
	"strings"
	"unicode/utf8"
)

// IsText reports whether s is text rollout may store and show: valid UTF-8
// without a NUL byte. PostgreSQL refuses NUL in TEXT, SQLite stores it raw,
// and programs reading an export cut strings short at it; bytes that are not
// UTF-8 would be replaced without a word by the JSON encoder. Every entry
// (forms, JSON, query strings, file names, cells, documents, the command
// line) refuses what fails it.
func IsText(s string) bool { return utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 }
