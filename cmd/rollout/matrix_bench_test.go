package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"testing"
	"time"

	"rollout"
	"rollout/sqldb"
)

// BenchmarkMatrixHTTP times what bench's matrix_http_ms times — the national
// matrix through the JSON API, as a coordinator's token sees it — and, beside
// it, the storage read alone (matrix_ms), on a database rollout gen filled:
//
//	ROLLOUT_BENCH_DB=/tmp/county.db go test -run '^$' -bench MatrixHTTP -cpuprofile cpu.out ./cmd/rollout/
//
// The batch is the newest one (ROLLOUT_BENCH_BATCH chooses another). It is
// skipped without ROLLOUT_BENCH_DB: it needs a generated database.
func BenchmarkMatrixHTTP(b *testing.B) {
	dsn := os.Getenv("ROLLOUT_BENCH_DB")
	if dsn == "" {
		b.Skip("ROLLOUT_BENCH_DB names no database filled by rollout gen")
	}
	ctx := rollout.WithActor(context.Background(), &rollout.User{Username: "bench"})
	db, err := sqldb.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	batch, _ := strconv.Atoi(os.Getenv("ROLLOUT_BENCH_BATCH"))
	if batch == 0 {
		bs, err := db.Batches(ctx)
		if err != nil || len(bs) == 0 {
			b.Fatalf("no batch: %v", err)
		}
		batch = bs[0].Batch
	}
	srv, _, token := benchServer(b, ctx, db, "bench-matrix-"+strconv.FormatInt(time.Now().UnixNano(), 36), rollout.RoleCoordinator)
	path := fmt.Sprintf("%s/api/v1/matrix?batch=%d", srv.URL, batch)
	var size int64
	get := func() {
		req, _ := http.NewRequestWithContext(ctx, "GET", path, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := srv.Client().Do(req)
		if err != nil {
			b.Fatal(err)
		}
		size, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Fatalf("GET %s: %s", path, resp.Status)
		}
	}
	get()
	b.Run("storage", func(b *testing.B) {
		var s []time.Duration
		for b.Loop() {
			t0 := time.Now()
			if _, err := db.Matrix(ctx, batch); err != nil {
				b.Fatal(err)
			}
			s = append(s, time.Since(t0))
		}
		b.ReportMetric(timingOf(s).P50, "p50-ms")
	})
	b.Run("http", func(b *testing.B) {
		var s []time.Duration
		for b.Loop() {
			t0 := time.Now()
			get()
			s = append(s, time.Since(t0))
		}
		b.ReportMetric(timingOf(s).P50, "p50-ms")
		b.ReportMetric(float64(size), "bytes")
	})
}
