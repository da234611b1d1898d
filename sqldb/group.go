package sqldb

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"rollout"
)

// Group commit of report saves. A save's statements take a fraction of a
// millisecond once prepared; what is left of its cost is the transaction —
// on SQLite taking the one write lock and the commit's write of the log, on
// PostgreSQL the round trips of its statements — and, under concurrent
// clients, the wait in line. So saves that arrive while a group is being
// written queue up, and when it is done one of them (the leader) writes the
// whole queue in one transaction as sets (saveset.go): the snapshots of a set
// read together, each save decided on its own over its snapshot, the saves
// decided written together in multi-row statements. A refusal is answered to
// its own caller and writes nothing; the others commit together. Within a
// group a task's saves are sets in a row, the later decided over the earlier:
// two saves of one report meet as two saves in a row do, the second getting
// *rollout.ReportConflict when it edited the version before.
//
// There is no wait to collect a group: a save that finds no group of its
// queue being written leads at once (a group of one); a group is what queued
// meanwhile. A leader that finds more saves queued after its group hands the
// lead to a new goroutine and answers its own caller. SQLite writes one group
// at a time; PostgreSQL one from each of a few queues (postgresQueues, the
// saves of a task always in the same one), and several servers on one
// PostgreSQL write theirs side by side: the writes are guarded by the
// versions and states read, so a save whose report another transaction wrote
// first gets its own conflict, and should a task have moved meanwhile (or
// the transaction fail, as on a deadlock) the group is rolled back and each
// of its saves written alone, with its own outcome.

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

// saveQueue is the saves of some tasks waiting for a group.
type saveQueue struct {
	mu      sync.Mutex
	queue   []*saveRequest
	leading bool // a group of this queue is being written
}

// postgresQueues is how many queues of saves a process keeps on PostgreSQL,
// each holding the saves of some tasks (by task ID) and written a group at a
// time: while one group waits on its round trips others are written (as many
// as the pool has connections), and the saves of one task still meet in one
// queue, where a save that edited the version another just wrote is refused
// by the decision, without a write. On 2 cores, 64 concurrent clients over
// 32 reports (BenchmarkConcurrentSaves): 1 queue 211 saves/s, 4 226, 16 297,
// 64 725 (every save alone in its own transaction: 489). SQLite writes one
// group at a time.
const postgresQueues = 64

// saveQueues returns the queues of the process, made at the first save.
func (db *DB) saveQueues() []saveQueue {
	db.savesOnce.Do(func() {
		n := postgresQueues
		if db.writer != nil {
			n = 1
		}
		db.saves = make([]saveQueue, n)
	})
	return db.saves
}

// groupSave queues a save, leads a group when no one does, and returns the
// save's own outcome.
func (db *DB) groupSave(ctx context.Context, r *rollout.Report, submit bool) (*rollout.Report, error) {
	req := &saveRequest{ctx: ctx, r: r, submit: submit, done: make(chan saveResult, 1)}
	qs := db.saveQueues()
	q := &qs[uint64(r.TaskID)%uint64(len(qs))]
	q.mu.Lock()
	q.queue = append(q.queue, req)
	lead := !q.leading
	q.leading = true
	q.mu.Unlock()
	if lead {
		db.leadGroup(q)
	}
	res := <-req.done // a group is short; the save is answered even when ctx ends meanwhile
	return res.saved, res.err
}

// leadGroup writes the saves queued in q once the writer's turn comes, then
// hands the lead on when more are queued.
func (db *DB) leadGroup(q *saveQueue) {
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
		go db.leadGroup(q)
	} else {
		q.leading = false
	}
	q.mu.Unlock()
}

// writeGroup writes a group's saves in tx as sets, commits, and answers
// each. Should the transaction fail, each save is written again alone, so
// that it gets its own outcome.
func (db *DB) writeGroup(tx *tx, group []*saveRequest) {
	defer tx.Rollback()
	results := make([]saveResult, len(group))
	ok := func() bool {
		ctx := context.Background()
		tx.beginBulk()
		var pending []int
		for i, req := range group {
			if err := req.ctx.Err(); err != nil {
				results[i].err = err
				continue
			}
			pending = append(pending, i)
		}
		for len(pending) > 0 {
			var set, later []int // a task's first save in the set, its others later
			seen := map[int64]bool{}
			for _, i := range pending {
				if seen[group[i].r.TaskID] {
					later = append(later, i)
					continue
				}
				seen[group[i].r.TaskID] = true
				set = append(set, i)
			}
			// In the order of the tasks: concurrent groups (PostgreSQL) insert
			// and update reports, and move tasks, in one order.
			slices.SortFunc(set, func(a, b int) int { return cmp.Compare(group[a].r.TaskID, group[b].r.TaskID) })
			rs := make([]*rollout.Report, len(set))
			for j, i := range set {
				rs[j] = group[i].r
			}
			snaps, errs, err := tx.reportSnapshots(ctx, rs, false)
			if err != nil {
				return false
			}
			var saves []plannedSave
			var who []int
			for j, i := range set {
				req := group[i]
				if errs[j] != nil {
					results[i].err = errs[j]
					continue
				}
				if rollout.NeedsProblemSnapshot(req.r, req.submit) {
					if snaps[j].Problems, err = tx.reportProblemSnapshot(ctx, req.r.TaskID); err != nil {
						return false
					}
				}
				plan, err := rollout.DecideReport(snaps[j], req.r, req.submit)
				if err != nil {
					results[i].err = err
					continue
				}
				// The actor and address, not the deadline of one request.
				saves = append(saves, plannedSave{context.WithoutCancel(req.ctx), plan})
				who = append(who, i)
			}
			if db.onDecided != nil {
				db.onDecided()
			}
			saved, lost, err := tx.writeSaves(ctx, saves)
			if err != nil {
				return false
			}
			for k, i := range who {
				results[i].saved, results[i].err = saved[k], lost[k]
			}
			pending = later
		}
		return tx.flushBulk(ctx) == nil && tx.Commit() == nil
	}()
	if !ok { // the group cannot be written together: every save alone
		tx.Rollback()
		for i, req := range group {
			results[i].saved, results[i].err = db.saveReportAlone(req.ctx, req.r, req.submit)
		}
	}
	for i, req := range group {
		req.done <- results[i]
	}
}
