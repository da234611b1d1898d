package sqldb

import (
	"context"
	"fmt"
	"sync"

	"rollout"
)

// Group commit of report saves (SQLite). A save's statements take a fraction
// of a millisecond once prepared; what is left of its cost is the
// transaction — taking the one write lock, the commit's write of the log —
// and, under concurrent clients, the wait in line for that lock. So saves
// that arrive while another write holds the lock queue up, and when the lock
// is free one of them (the leader) writes the whole queue in one transaction:
// each save decided over the snapshot read in that transaction after the saves
// before it, and written inside a savepoint, so that a refusal or a conflict
// rolls back that save alone (its rows and its audit entries) and is answered
// to its own caller, while the others commit together. Two saves of one
// report in a group meet as two saves in a row do: the second is decided over
// the first and gets *rollout.ReportConflict when it edited the version before.
//
// There is no wait to collect a group: a save that finds the lock free runs at
// once (a group of one); a group is what queued while the lock was held. A
// leader that finds more saves queued after its group hands the lead to a new
// goroutine and answers its own caller.
//
// PostgreSQL writes each save alone: there the cost of a save is its round
// trips, which sharing a transaction does not remove (issue 18 measured no
// gain), and concurrent saves run in parallel, serialised only on the rows
// they share.

// groupMax bounds the saves of one group.
const groupMax = 128

type saveRequest struct {
	ctx    context.Context
	r      *rollout.Report
	submit bool
	done   chan saveResult
}

type saveResult struct {
	saved *rollout.Report
	err   error
}

// saveQueue is the saves waiting for the writer's turn.
type saveQueue struct {
	mu      sync.Mutex
	queue   []*saveRequest
	leading bool
}

// groupSave queues a save, leads a group when no one does, and returns the
// save's own outcome.
func (db *DB) groupSave(ctx context.Context, r *rollout.Report, submit bool) (*rollout.Report, error) {
	req := &saveRequest{ctx: ctx, r: r, submit: submit, done: make(chan saveResult, 1)}
	q := &db.saves
	q.mu.Lock()
	q.queue = append(q.queue, req)
	lead := !q.leading
	q.leading = true
	q.mu.Unlock()
	if lead {
		db.leadGroup()
	}
	res := <-req.done // a group is short; the save is answered even when ctx ends meanwhile
	return res.saved, res.err
}

// leadGroup writes the saves queued once the writer's turn comes, then hands
// the lead on when more are queued.
func (db *DB) leadGroup() {
	q := &db.saves
	tx, err := db.begin(context.Background(), false) // saves queue while this waits
	q.mu.Lock()
	n := min(len(q.queue), groupMax)
	group := q.queue[:n:n]
	q.queue = q.queue[n:]
	q.mu.Unlock()
	if err != nil {
		for _, req := range group {
			req.done <- saveResult{err: err}
		}
	} else {
		db.writeGroup(tx, group)
	}
	q.mu.Lock()
	if len(q.queue) > 0 {
		go db.leadGroup()
	} else {
		q.leading = false
	}
	q.mu.Unlock()
}

// writeGroup writes a group's saves in tx, each in a savepoint, commits, and
// answers each. Should the commit fail, each save that was written is
// written again alone, so that it gets its own outcome.
func (db *DB) writeGroup(tx *tx, group []*saveRequest) {
	defer tx.Rollback()
	results := make([]saveResult, len(group))
	for i, req := range group {
		ctx := context.WithoutCancel(req.ctx) // the actor and address, not the deadline of one request
		if err := req.ctx.Err(); err != nil {
			results[i].err = err
			continue
		}
		var broken error
		results[i].saved, results[i].err, broken = tx.savepoint(ctx, func() (*rollout.Report, error) {
			return tx.saveOne(ctx, req.r, req.submit)
		})
		if broken != nil { // the transaction cannot go on: every save alone
			tx.Rollback()
			for i, req := range group {
				results[i].saved, results[i].err = db.saveReportAlone(req.ctx, req.r, req.submit)
			}
			for i, req := range group {
				req.done <- results[i]
			}
			return
		}
	}
	if err := tx.Commit(); err != nil {
		tx.Rollback()
		for i, req := range group {
			if results[i].err == nil {
				results[i].saved, results[i].err = db.saveReportAlone(req.ctx, req.r, req.submit)
			}
		}
	}
	for i, req := range group {
		req.done <- results[i]
	}
}

// savepoint runs fn inside a savepoint of tx: when fn fails, what it wrote and
// the audit entries it recorded are undone, and the transaction goes on.
// broken says the savepoint itself failed: the transaction cannot go on.
func (tx *tx) savepoint(ctx context.Context, fn func() (*rollout.Report, error)) (saved *rollout.Report, err, broken error) {
	mark := len(tx.pending)
	if _, err := tx.Tx.ExecContext(ctx, `SAVEPOINT save`); err != nil {
		return nil, nil, fmt.Errorf("savepoint: %w", err)
	}
	saved, err = fn()
	if err != nil {
		tx.pending = tx.pending[:mark]
		if _, rerr := tx.Tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT save`); rerr != nil {
			return nil, nil, fmt.Errorf("roll back to savepoint: %w", rerr)
		}
	}
	if _, rerr := tx.Tx.ExecContext(ctx, `RELEASE SAVEPOINT save`); rerr != nil {
		return nil, nil, fmt.Errorf("release savepoint: %w", rerr)
	}
	return saved, err, nil
}
