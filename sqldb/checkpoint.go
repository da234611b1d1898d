package sqldb

import (
	"context"
	"time"
)

// Checkpoints off the write path (SQLite). With SQLite's default, the commit
// that takes the write-ahead log past 1,000 pages copies the log back into the
// database before it returns, holding the write lock all the while: every
// thousandth page or so a save waits for a checkpoint. Here no commit does
// that (wal_autocheckpoint(0), sqlitePragmas); a goroutine of the DB makes a
// passive checkpoint every checkpointEvery instead, which copies what no
// reader still needs without taking the write lock, so writers go on meanwhile.
// The log is checkpointed and removed when the last connection closes, as
// before.

// checkpointEvery is how often the background checkpoint runs.
const checkpointEvery = 100 * time.Millisecond

func (db *DB) startCheckpoints() {
	c := &db.checkpoints
	c.stop, c.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(c.done)
		t := time.NewTicker(checkpointEvery)
		defer t.Stop()
		for {
			select {
			case <-c.stop:
				return
			case <-t.C:
				ctx, cancel := context.WithTimeout(context.Background(), time.Second)
				db.db.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`) // a failure is retried at the next tick
				cancel()
			}
		}
	}()
}

func (db *DB) stopCheckpoints() {
	c := &db.checkpoints
	if c.stop == nil {
		return
	}
	c.once.Do(func() {
		close(c.stop)
		<-c.done
	})
}
