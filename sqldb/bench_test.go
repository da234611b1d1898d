package sqldb_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"rollout"
	"rollout/gen"
	"rollout/notice"
	"rollout/refdata"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// Benchmarks of the hot paths over a generated database: the real 7th batch
// and one synthetic batch, tasks divided to every city, two quarters of
// reports (`go test -run '^$' -bench . ./sqldb/`; with ROLLOUT_TEST_POSTGRES
// set, on PostgreSQL as well). `rollout bench` measures the same paths at
// national scale.

// benchFixture fills a fresh database of the dialect as rollout gen does, at
// city scale, and returns it.
func benchFixture(b *testing.B, dialect string) *sqldb.DB {
	b.Helper()
	ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "bench"})
	db, err := sqldb.Open(ctx, sqldbtest.DSN(b, dialect))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	db.Password = sqldb.TestPasswordParams
	specs, err := refdata.Units()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := db.LoadUnits(ctx, specs); err != nil {
		b.Fatal(err)
	}
	n, err := notice.Parse(refdata.Notice7)
	if err != nil {
		b.Fatal(err)
	}
	notices := []*rollout.Notice{n}
	var central []string
	for _, s := range specs {
		if s.ParentKey == refdata.StateCouncilKey && (s.Kind == rollout.KindMinistry || s.Kind == rollout.KindVerticalAgency) {
			central = append(central, s.Name)
		}
	}
	slices.Sort(central)
	notices = append(notices, gen.Batches(1, central)[:1]...)
	for _, n := range notices {
		if _, err := db.ImportNotice(ctx, n, rollout.Source{Format: rollout.FormatText, Body: []byte(n.Preamble)}); err != nil {
			b.Fatal(err)
		}
		if _, err := db.Assign(ctx, n.Batch); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := db.GenerateCascade(ctx, rollout.KindCity); err != nil {
		b.Fatal(err)
	}
	leaves, err := db.GenLeaves(ctx)
	if err != nil {
		b.Fatal(err)
	}
	now := db.Now()
	periods := rollout.PeriodsAround(rollout.RhythmQuarterly, now, 1)[1:]
	slices.Reverse(periods)
	var chunk []sqldb.GenLeafReports
	for _, l := range leaves {
		chunk = append(chunk, sqldb.GenLeafReports{TaskID: l.TaskID, History: gen.Progress(1, l, periods, now)})
	}
	if _, err := db.GenerateReports(ctx, chunk); err != nil {
		b.Fatal(err)
	}
	if err := db.GenerateRollups(ctx); err != nil {
		b.Fatal(err)
	}
	if err := db.Analyze(ctx); err != nil {
		b.Fatal(err)
	}
	return db
}

// eachDialect runs a benchmark on SQLite and, when configured, PostgreSQL.
func eachDialect(b *testing.B, fn func(b *testing.B, db *sqldb.DB)) {
	for _, d := range []string{"sqlite", "postgres"} {
		b.Run(d, func(b *testing.B) { fn(b, benchFixture(b, d)) })
	}
}

func BenchmarkMatrix(b *testing.B) {
	eachDialect(b, func(b *testing.B, db *sqldb.DB) {
		ctx := context.Background()
		for b.Loop() {
			cells, err := db.Matrix(ctx, 7)
			if err != nil || len(cells) == 0 {
				b.Fatalf("%d cells, %v", len(cells), err)
			}
		}
	})
}

func BenchmarkBaselineMatrix(b *testing.B) {
	eachDialect(b, func(b *testing.B, db *sqldb.DB) {
		ctx := context.Background()
		for b.Loop() {
			cells, err := db.BaselineMatrix(ctx, 7)
			if err != nil || len(cells) == 0 {
				b.Fatalf("%d cells, %v", len(cells), err)
			}
		}
	})
}

// biggestCell is the matrix cell with the most leaves.
func biggestCell(b *testing.B, db *sqldb.DB) rollout.Cell {
	cells, err := db.Matrix(context.Background(), 7)
	if err != nil || len(cells) == 0 {
		b.Fatalf("%d cells, %v", len(cells), err)
	}
	best := cells[0]
	for _, c := range cells {
		if c.Leaves > best.Leaves {
			best = c
		}
	}
	return best
}

func BenchmarkBelow(b *testing.B) {
	eachDialect(b, func(b *testing.B, db *sqldb.DB) {
		ctx := context.Background()
		c := biggestCell(b, db)
		for b.Loop() {
			cells, err := db.Below(ctx, c.TaskID)
			if err != nil || len(cells) == 0 {
				b.Fatalf("%d cells, %v", len(cells), err)
			}
		}
	})
}

func BenchmarkTasksInbox(b *testing.B) {
	eachDialect(b, func(b *testing.B, db *sqldb.DB) {
		ctx := context.Background()
		c := biggestCell(b, db)
		below, err := db.Below(ctx, c.TaskID)
		if err != nil || len(below) == 0 {
			b.Fatal(err)
		}
		city := below[0].UnitID
		for b.Loop() {
			ts, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: city})
			if err != nil || len(ts) == 0 {
				b.Fatalf("%d tasks, %v", len(ts), err)
			}
		}
	})
}

// BenchmarkSaveReport saves a submitted report on a city's leaf task over and
// over (each save a new version, kept in the roll-ups up the chain).
func BenchmarkSaveReport(b *testing.B) {
	eachDialect(b, func(b *testing.B, db *sqldb.DB) {
		ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "bench"})
		c := biggestCell(b, db)
		below, err := db.Below(ctx, c.TaskID)
		if err != nil || len(below) == 0 {
			b.Fatal(err)
		}
		task := below[0].TaskID
		period := rollout.PeriodOf(rollout.RhythmQuarterly, time.Now().AddDate(1, 0, 0))
		version := 0
		i := 0
		for b.Loop() {
			i++
			st := []rollout.ReportStatus{rollout.StatusInProgress, rollout.StatusImplemented}[i%2]
			r, err := db.SaveReport(ctx, &rollout.Report{TaskID: task, Period: period, Version: version, Status: st,
				Measures: fmt.Sprintf("第 %d 次保存", i)}, false)
			if err != nil {
				b.Fatal(err)
			}
			version = r.Version
		}
	})
}

// BenchmarkConcurrentSaves runs 64 clients over 32 reports as rollout bench's
// concurrent saves do, without HTTP: each reads its report, saves a draft of
// it with the version read and starts over on a conflict; b.N is the saves
// made. It reports saves/s.
func BenchmarkConcurrentSaves(b *testing.B) {
	eachDialect(b, func(b *testing.B, db *sqldb.DB) {
		ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "bench"})
		leaves, err := db.GenLeaves(ctx)
		if err != nil {
			b.Fatal(err)
		}
		var ids []int64
		for _, l := range leaves {
			t, err := db.Task(ctx, l.TaskID)
			if err != nil {
				b.Fatal(err)
			}
			if slices.Contains([]rollout.TaskState{rollout.StateInWork, rollout.StateAcknowledged, rollout.StateAccepted, rollout.StateReturned}, t.State) {
				ids = append(ids, t.ID)
			}
			if len(ids) == 32 {
				break
			}
		}
		period := rollout.PeriodOf(rollout.RhythmQuarterly, time.Now().AddDate(3, 0, 0))
		const clients = 64
		var made atomic.Int64
		b.ResetTimer()
		var wg sync.WaitGroup
		for c := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				task := ids[c%len(ids)]
				for made.Load() < int64(b.N) {
					version := 0
					if r, err := db.Report(ctx, task, period); err == nil {
						version = r.Version
					}
					_, err := db.SaveReport(ctx, &rollout.Report{TaskID: task, Period: period, Version: version,
						Status: rollout.StatusInProgress, Measures: fmt.Sprintf("客户端 %d", c)}, false)
					var conflict *rollout.ReportConflict
					switch {
					case err == nil:
						made.Add(1)
					case errors.As(err, &conflict):
					default:
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		b.ReportMetric(float64(made.Load())/b.Elapsed().Seconds(), "saves/s")
	})
}

// BenchmarkSaveReports saves 500 submitted reports in one transaction, as a
// spreadsheet import does.
func BenchmarkSaveReports(b *testing.B) {
	eachDialect(b, func(b *testing.B, db *sqldb.DB) {
		ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "bench"})
		leaves, err := db.GenLeaves(ctx)
		if err != nil {
			b.Fatal(err)
		}
		const n = 500
		var ids []int64
		for _, l := range leaves {
			t, err := db.Task(ctx, l.TaskID)
			if err != nil {
				b.Fatal(err)
			}
			if t.State == rollout.StateAccepted || t.State == rollout.StateAcknowledged || t.State == rollout.StateAssigned {
				ids = append(ids, t.ID)
			}
			if len(ids) == n {
				break
			}
		}
		versions := map[int64]int{}
		year := 2100
		for b.Loop() {
			year++ // a new period each round: every save is a submit from a state that allows it
			rs := make([]*rollout.Report, len(ids))
			for i, id := range ids {
				rs[i] = &rollout.Report{TaskID: id, Period: rollout.Period(fmt.Sprintf("%dQ1", year)), Version: versions[id],
					Status: rollout.StatusInProgress, Measures: "批量导入"}
			}
			if _, err := db.SaveReports(ctx, rs, false); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(ids)), "µs/report")
	})
}

// BenchmarkTaskList pages a province's subtree as the lists do: the first page
// of 50 sorted by light, and a page deep in it filtered by state, with the
// count of the whole list each time.
func BenchmarkTaskList(b *testing.B) {
	eachDialect(b, func(b *testing.B, db *sqldb.DB) {
		ctx := context.Background()
		c := biggestCell(b, db)
		t, err := db.Task(ctx, c.TaskID)
		if err != nil {
			b.Fatal(err)
		}
		today := time.Now()
		for _, q := range []struct {
			name string
			q    rollout.TaskQuery
		}{
			{"light", rollout.TaskQuery{TaskFilter: rollout.TaskFilter{Within: t.UnitID}, Sort: rollout.SortLight, Today: today, WarningDays: 3, Limit: 50}},
			{"state-deep", rollout.TaskQuery{TaskFilter: rollout.TaskFilter{Within: t.UnitID, State: rollout.StateAssigned}, Sort: rollout.SortDeadline,
				Today: today, WarningDays: 3, Limit: 50, Offset: 500}},
		} {
			b.Run(q.name, func(b *testing.B) {
				for b.Loop() {
					p, err := db.TaskList(ctx, q.q)
					if err != nil || p.Total == 0 {
						b.Fatalf("%d tasks, %v", p.Total, err)
					}
				}
			})
		}
	})
}
