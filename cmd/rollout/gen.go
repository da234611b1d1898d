package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"time"

	"rollout"
	"rollout/gen"
	"rollout/refdata"
	"rollout/sqldb"
)

// genChunk is how many leaf tasks' histories one transaction stores.
const genChunk = 2000

// cmdGen fills a fresh database with a reproducible national-scale dataset:
// the bundled units and 7th batch, six synthetic batches, tasks cascaded down
// to the scale, and reports over the last --periods quarters.
func cmdGen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dsn := fs.String("db", envOr("ROLLOUT_DB", ""), "database to fill: file path, sqlite:PATH or postgres:// URL (env ROLLOUT_DB)")
	scaleFlag := fs.String("scale", string(gen.ScaleCounty), "how far down tasks reach: province, city or county")
	periods := fs.Int("periods", 4, "quarters of reports, ending with the current one")
	seedFlag := fs.Uint64("seed", 1, "seed: the same seed gives the same data")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	scale, err := gen.ParseScale(*scaleFlag)
	if err != nil {
		return usageError{err.Error()}
	}
	if *periods < 1 || *periods > 40 {
		return usageError{fmt.Sprintf("--periods %d 无效：应在 1 到 40 之间", *periods)}
	}
	began := time.Now()
	db, err := sqldb.Open(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := generate(ctx, db, scale, *periods, *seedFlag, progressBar(stderr, *quiet))
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "已生成（%s 规模，%d 个季度，种子 %d）：批次 %d，事项 %d，任务 %d，报告 %d，问题 %d，评分 %d，用时 %s\n",
		scale, *periods, *seedFlag, res.Batches, res.Items, res.Tasks, res.Reports, res.Problems, res.Scores,
		time.Since(began).Round(time.Millisecond))
	return nil
}

// genResult counts what a generator run made.
type genResult struct {
	Batches, Items   int
	Tasks, Reports   int64
	LeafTasks        int
	SyntheticBatches int
	Problems, Scores int
}

// generate fills db; progress is told each stage and how far it got.
func generate(ctx context.Context, db *sqldb.DB, scale gen.Scale, periods int, seed uint64,
	progress func(stage string, done, total int)) (genResult, error) {
	var res genResult
	if err := seedQuiet(ctx, db); err != nil {
		return res, err
	}
	batches, err := db.Batches(ctx)
	if err != nil {
		return res, err
	}
	for _, b := range batches {
		if strings.HasPrefix(b.DocNo, gen.SyntheticDocPrefix) {
			return res, rollout.E(rollout.ECONFLICT, "err.ops.gen_not_empty", b.DocNo)
		}
	}
	specs, err := refdata.Units()
	if err != nil {
		return res, err
	}
	var central []string
	for _, s := range specs {
		if s.ParentKey == refdata.StateCouncilKey && (s.Kind == rollout.KindMinistry || s.Kind == rollout.KindVerticalAgency) {
			central = append(central, s.Name)
		}
	}
	slices.Sort(central)
	notices := gen.Batches(seed, central)
	for i, n := range notices {
		progress("导入合成批次", i, len(notices))
		if _, err := db.ImportNotice(ctx, n, rollout.Source{Format: rollout.FormatText, Body: []byte(n.Preamble)}); err != nil {
			return res, fmt.Errorf("import synthetic batch %d: %w", n.Batch, err)
		}
		if _, err := db.Assign(ctx, n.Batch); err != nil {
			return res, fmt.Errorf("assign synthetic batch %d: %w", n.Batch, err)
		}
	}
	progress("导入合成批次", len(notices), len(notices))
	for _, kind := range scale.Depth() {
		progress("分解任务至"+string(kind), 0, 1)
		if _, err := db.GenerateCascade(ctx, kind); err != nil {
			return res, err
		}
		progress("分解任务至"+string(kind), 1, 1)
	}
	leaves, err := db.GenLeaves(ctx)
	if err != nil {
		return res, err
	}
	res.LeafTasks = len(leaves)
	now := db.Now()
	around := rollout.PeriodsAround(rollout.RhythmQuarterly, now, periods-1)[1:] // drop the next period
	slices.Reverse(around)
	chunk := make([]sqldb.GenLeafReports, 0, genChunk)
	flush := func() error {
		n, err := db.GenerateReports(ctx, chunk)
		res.Reports += int64(n)
		chunk = chunk[:0]
		return err
	}
	for i, l := range leaves {
		chunk = append(chunk, sqldb.GenLeafReports{TaskID: l.TaskID, History: gen.Progress(seed, l, around, now)})
		if len(chunk) == genChunk {
			if err := flush(); err != nil {
				return res, err
			}
			progress("生成进展报告", i+1, len(leaves))
		}
	}
	if err := flush(); err != nil {
		return res, err
	}
	progress("生成进展报告", len(leaves), len(leaves))
	progress("问题与评估", 0, 1)
	if err := genCoordination(ctx, db, seed, leaves, around, &res); err != nil {
		return res, err
	}
	progress("问题与评估", 1, 1)
	progress("汇总", 0, 1)
	if err := db.GenerateRollups(ctx); err != nil {
		return res, err
	}
	if err := db.Analyze(ctx); err != nil {
		return res, err
	}
	progress("汇总", 1, 1)
	stats, err := db.GenCounts(ctx)
	if err != nil {
		return res, err
	}
	res.Tasks, res.Reports = stats["tasks"], stats["reports"]
	res.Items = int(stats["items"])
	res.Batches = int(stats["batches"])
	res.SyntheticBatches = len(notices)
	return res, db.GenerateAudit(ctx, map[string]any{"scale": scale, "periods": periods, "seed": seed,
		"tasks": res.Tasks, "reports": res.Reports, "synthetic_batches": len(notices), "problems": res.Problems, "scores": res.Scores})
}

// seedQuiet seeds the bundled units and 7th batch as serve does, quietly.
func seedQuiet(ctx context.Context, db *sqldb.DB) error {
	return seed(ctx, db, slog.New(slog.DiscardHandler))
}

// progressBar draws one line per stage on w, redrawn in place:
// "生成进展报告 [=========>          ] 45% 312000/693000".
func progressBar(w io.Writer, quiet bool) func(stage string, done, total int) {
	if quiet {
		return func(string, int, int) {}
	}
	const width = 30
	began, current := time.Now(), ""
	return func(stage string, done, total int) {
		if total <= 0 {
			return
		}
		if stage != current {
			began, current = time.Now(), stage
		}
		filled := width * done / total
		bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
		fmt.Fprintf(w, "\r%s [%s] %3d%% %d/%d %s", stage, bar, 100*done/total, done, total,
			time.Since(began).Round(100*time.Millisecond))
		if done == total {
			fmt.Fprintln(w)
		}
	}
}
