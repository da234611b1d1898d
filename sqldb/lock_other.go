//go:build !unix

package sqldb

import "os"

// flock is a no-op where advisory file locks are not available: restore
// cannot tell that a server uses the database (docs/operations.md).
func flock(path string, exclusive bool) (*os.File, bool, error) { return nil, false, nil }
