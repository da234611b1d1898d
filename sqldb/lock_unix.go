//go:build unix

package sqldb

import (
	"errors"
	"os"
	"syscall"
)

// flock takes an advisory lock on the file at path (created if need be)
// without waiting: shared or exclusive. busy reports that another process
// holds a lock that conflicts. The lock lasts until the file is closed, or
// the process ends, however it ends.
func flock(path string, exclusive bool) (f *os.File, busy bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, false, err
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	if err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, true, nil
		}
		return nil, false, err
	}
	return f, false, nil
}
