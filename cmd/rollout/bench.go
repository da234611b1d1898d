package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/xuri/excelize/v2"

	"rollout"
	"rollout/notice"
	"rollout/refdata"
	"rollout/sheet"
	"rollout/sqldb"
)

// `rollout bench` runs a fixed scenario against a database filled by
// `rollout gen` and prints one JSON object of timings (medians and 95th
// percentiles in milliseconds) and counts. Its writes go through the ordinary
// paths (the roll-ups are kept with each), and it ends by recomputing every
// roll-up from the raw rows: rollups_exact says none differs.

// benchOptions are the settings of one bench run.
type benchOptions struct {
	Runs      int    // samples of each timed step
	Clients   int    // concurrent HTTP clients
	Saves     int    // successful saves each client makes
	Shared    int    // reports the clients share (Clients/Shared clients per report)
	XLSXRows  int    // rows of the spreadsheet import
	Binary    string // the binary whose serve is timed ("" skips cold start)
	ColdRuns  int    // cold starts
	Batch     int    // the batch of the matrix and scorecard
	ScratchIn string // directory for scratch SQLite files
}

// benchTiming is a timing's median and 95th percentile in milliseconds, with
// the number of samples.
type benchTiming struct {
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	N   int     `json:"n"`
}

func timingOf(samples []time.Duration) benchTiming {
	if len(samples) == 0 {
		return benchTiming{}
	}
	s := slices.Clone(samples)
	slices.Sort(s)
	pick := func(q float64) float64 {
		i := int(q*float64(len(s))+0.5) - 1 // nearest rank
		i = max(0, min(i, len(s)-1))
		return float64(s[i].Microseconds()) / 1000
	}
	return benchTiming{P50: pick(0.5), P95: pick(0.95), N: len(s)}
}

// benchResult is the JSON bench prints. Scripts read its keys.
type benchResult struct {
	DB      string `json:"db"`
	Scale   string `json:"scale"`
	Units   int64  `json:"units"`
	Tasks   int64  `json:"tasks"`
	Reports int64  `json:"reports"`

	ImportAssign     benchTiming `json:"import_assign_ms"`
	Matrix           benchTiming `json:"matrix_ms"`
	MatrixHTTP       benchTiming `json:"matrix_http_ms"`
	BaselineMatrix   benchTiming `json:"baseline_matrix_ms"`
	MatrixSpeedup    float64     `json:"matrix_speedup"`
	BaselineEqual    bool        `json:"baseline_equals_matrix"`
	MatrixCells      int         `json:"matrix_cells"`
	Drilldown        benchTiming `json:"drilldown_ms"`
	DrilldownHTTP    benchTiming `json:"drilldown_http_ms"`
	DrilldownCells   int         `json:"drilldown_cells"`
	Inbox            benchTiming `json:"inbox_ms"`
	InboxCounty      benchTiming `json:"inbox_county_ms"`
	InboxCity        benchTiming `json:"inbox_city_ms"`
	InboxHTTP        benchTiming `json:"inbox_http_ms"`
	InboxTasks       []int       `json:"inbox_tasks"`
	Scorecard        benchTiming `json:"scorecard_ms"`
	ScorecardUnits   int         `json:"scorecard_units"`
	XLSXImport       benchTiming `json:"xlsx_import_10k_ms"`
	XLSXRows         int         `json:"xlsx_rows"`
	XLSXFiles        int         `json:"xlsx_files"`
	ColdStart        benchTiming `json:"cold_start_ms"`
	ColdStartRSS     float64     `json:"cold_start_rss_mb"`
	SubmitPerS       float64     `json:"submit_per_s"`
	Submits          int         `json:"submits"`
	Conflicts        int64       `json:"conflicts"`
	Clients          int         `json:"clients"`
	LostUpdates      int         `json:"lost_updates"`
	RollupsExact     bool        `json:"rollups_exact"`
	RollupDiffs      int         `json:"rollup_diffs"`
	PeakRSS          float64     `json:"peak_rss_mb"`
	CheckRSS         float64     `json:"check_rss_mb"`
	Runs             int         `json:"runs"`
	Go               string      `json:"go"`
	CPUs             int         `json:"cpus"`
	Commit           string      `json:"commit"`
	ElapsedS         float64     `json:"elapsed_s"`
	ServerDBVersion  string      `json:"db_version,omitempty"`
	GeneratedPeriods int         `json:"periods,omitempty"`
	// LoadAvg is the machine's 1-minute load average when the run began and
	// when it ended: other work on the machine slows every figure.
	LoadAvg [2]string `json:"load_avg"`
}

// loadAvg is the 1-minute load average (/proc/loadavg).
func loadAvg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func cmdBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dsn := fs.String("db", envOr("ROLLOUT_DB", ""), "a database filled by rollout gen: file path, sqlite:PATH or postgres:// URL (env ROLLOUT_DB)")
	asJSON := fs.Bool("json", false, "print the result as one JSON object (the default prints it indented)")
	runs := fs.Int("runs", 20, "samples of each timed step")
	clients := fs.Int("clients", 64, "concurrent HTTP clients saving reports")
	saves := fs.Int("saves", 25, "successful saves each client makes")
	rows := fs.Int("xlsx-rows", 10000, "rows of the spreadsheet import")
	coldRuns := fs.Int("cold-runs", 5, "cold starts of the server timed")
	binary := fs.String("binary", "", "the rollout binary whose serve is timed (default: this one)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if *runs < 1 || *clients < 2 || *saves < 1 || *rows < 1 || *coldRuns < 0 {
		return usageError{"--runs, --saves and --xlsx-rows must be at least 1, --clients at least 2, --cold-runs not negative"}
	}
	bin := *binary
	if bin == "" {
		exe, err := os.Executable()
		if err != nil {
			return err
		}
		bin = exe
	}
	db, err := openExisting(ctx, *dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	res, err := runBench(ctx, db, *dsn, benchOptions{Runs: *runs, Clients: *clients, Saves: *saves, Shared: max(1, *clients/2),
		XLSXRows: *rows, Binary: bin, ColdRuns: *coldRuns, Batch: 7, ScratchIn: sqldb.TempDirOf(*dsn)}, stderr)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if !*asJSON {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(res); err != nil {
		return err
	}
	switch {
	case !res.BaselineEqual:
		return errors.New("the baseline matrix differs from the roll-ups' matrix")
	case res.LostUpdates != 0:
		return fmt.Errorf("%d lost updates under concurrent saves", res.LostUpdates)
	case !res.RollupsExact:
		return fmt.Errorf("%d roll-ups differ from the raw rows after the bench", res.RollupDiffs)
	}
	return nil
}

// runBench runs the scenario; progress goes to log.
func runBench(ctx context.Context, db *sqldb.DB, dsn string, o benchOptions, log io.Writer) (*benchResult, error) {
	began := time.Now()
	ctx = rollout.WithActor(ctx, &rollout.User{Username: "bench"})
	step := func(format string, args ...any) {
		fmt.Fprintf(log, "[%6.1fs] %s\n", time.Since(began).Seconds(), fmt.Sprintf(format, args...))
	}
	res := &benchResult{DB: db.Dialect(), Runs: o.Runs, Go: runtime.Version(), CPUs: runtime.NumCPU(), Commit: buildVersion(),
		Clients: o.Clients, LoadAvg: [2]string{loadAvg()}}
	counts, err := db.GenCounts(ctx)
	if err != nil {
		return nil, err
	}
	res.Units, res.Tasks, res.Reports = counts["units"], counts["tasks"], counts["reports"]
	res.Scale, res.GeneratedPeriods = genScale(ctx, db)
	step("%s, scale %s: %d units, %d tasks, %d reports", res.DB, res.Scale, res.Units, res.Tasks, res.Reports)
	sample := func(n int, f func(i int) error) ([]time.Duration, error) {
		var out []time.Duration
		for i := range n {
			t0 := time.Now()
			if err := f(i); err != nil {
				return nil, err
			}
			out = append(out, time.Since(t0))
		}
		return out, nil
	}

	// Notice import and assignment into a fresh database with the units loaded.
	step("notice import + assignment")
	specs, err := refdata.Units()
	if err != nil {
		return nil, err
	}
	var importSamples []time.Duration
	for range min(o.Runs, 10) {
		scratch, drop, err := sqldb.Scratch(ctx, dsn, o.ScratchIn)
		if err != nil {
			return nil, err
		}
		d, err := func() (time.Duration, error) {
			defer drop()
			sdb, err := sqldb.Open(ctx, scratch)
			if err != nil {
				return 0, err
			}
			defer sdb.Close()
			if _, err := sdb.LoadUnits(ctx, specs); err != nil {
				return 0, err
			}
			t0 := time.Now()
			n, err := notice.Parse(refdata.Notice7)
			if err != nil {
				return 0, err
			}
			if _, err := sdb.ImportNotice(ctx, n, rollout.Source{Format: n.Format, Body: refdata.Notice7}); err != nil {
				return 0, err
			}
			a, err := sdb.Assign(ctx, n.Batch)
			if err != nil {
				return 0, err
			}
			if a.Implement == 0 {
				return 0, errors.New("assignment made no implementing task")
			}
			return time.Since(t0), nil
		}()
		if err != nil {
			return nil, fmt.Errorf("import and assign: %w", err)
		}
		importSamples = append(importSamples, d)
	}
	res.ImportAssign = timingOf(importSamples)

	// The web server as serve builds it, with a coordinator's and a reporter's token.
	site, err := newSite(ctx, db, slog.New(slog.DiscardHandler), serveConfig{})
	if err != nil {
		return nil, err
	}
	srv := httptest.NewServer(site.Handler())
	defer srv.Close()
	root, err := db.RootUnit(ctx)
	if err != nil {
		return nil, err
	}

	// The national matrix, from the roll-ups and by the baseline query.
	step("matrix of batch %d", o.Batch)
	var cells []rollout.Cell
	if cells, err = db.Matrix(ctx, o.Batch); err != nil {
		return nil, err
	}
	res.MatrixCells = len(cells)
	s, err := sample(o.Runs, func(int) error { _, err := db.Matrix(ctx, o.Batch); return err })
	if err != nil {
		return nil, err
	}
	res.Matrix = timingOf(s)
	step("baseline matrix (GROUP BY over the raw reports)")
	baseRuns := max(3, min(o.Runs, 7))
	var base []rollout.Cell
	s, err = sample(baseRuns, func(int) error { var err error; base, err = db.BaselineMatrix(ctx, o.Batch); return err })
	if err != nil {
		return nil, err
	}
	res.BaselineMatrix = timingOf(s)
	res.BaselineEqual = sameCells(cells, base, log)
	if res.Matrix.P50 > 0 {
		res.MatrixSpeedup = float64(int(res.BaselineMatrix.P50/res.Matrix.P50*10+0.5)) / 10
	}

	// Users and tokens for the HTTP steps (named for this run: a database may be benched again).
	tag := strconv.FormatInt(time.Now().UnixNano(), 36)
	province, err := biggestProvince(cells)
	if err != nil {
		return nil, err
	}
	prov, err := db.Unit(ctx, province.UnitID)
	if err != nil {
		return nil, err
	}
	coordToken, err := benchToken(ctx, db, "bench-coordinator-"+tag, root.ID, rollout.RoleCoordinator)
	if err != nil {
		return nil, err
	}
	reporterToken, err := benchToken(ctx, db, "bench-reporter-"+tag, root.ID, rollout.RoleReporter)
	if err != nil {
		return nil, err
	}
	get := func(token, path string) error {
		req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+path, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := srv.Client().Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		io.Copy(io.Discard, resp.Body)
		if resp.StatusCode != 200 {
			return fmt.Errorf("GET %s: %s", path, resp.Status)
		}
		return nil
	}
	matrixPath := fmt.Sprintf("/api/v1/matrix?batch=%d", o.Batch)
	if err := get(coordToken, matrixPath); err != nil {
		return nil, err
	}
	stopMatrix := profileTo(os.Getenv("ROLLOUT_BENCH_MATRIX_CPUPROFILE"))
	s, err = sample(o.Runs, func(int) error { return get(coordToken, matrixPath) })
	stopMatrix()
	if err != nil {
		return nil, err
	}
	res.MatrixHTTP = timingOf(s)

	// A province's drill-down of its task for a nationwide item.
	step("drill-down of %s's task %d (%d leaves)", prov.Name, province.TaskID, province.Leaves)
	below, err := db.Below(ctx, province.TaskID)
	if err != nil {
		return nil, err
	}
	res.DrilldownCells = len(below)
	if s, err = sample(o.Runs, func(int) error { _, err := db.Below(ctx, province.TaskID); return err }); err != nil {
		return nil, err
	}
	res.Drilldown = timingOf(s)
	belowPath := fmt.Sprintf("/api/v1/tasks/%d/below", province.TaskID)
	if s, err = sample(o.Runs, func(int) error { return get(coordToken, belowPath) }); err != nil {
		return nil, err
	}
	res.DrilldownHTTP = timingOf(s)

	// Inboxes: the county and the city of the province with the most tasks.
	var inboxUnits []int64
	for _, kind := range []rollout.UnitKind{rollout.KindCounty, rollout.KindCity} {
		ids, n, err := db.BenchUnitsByTasks(ctx, prov.Path, kind)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 { // province scale: the province's own inbox stands in
			ts, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: prov.ID})
			if err != nil {
				return nil, err
			}
			ids, n = []int64{prov.ID}, []int{len(ts)}
		}
		inboxUnits = append(inboxUnits, ids[0])
		res.InboxTasks = append(res.InboxTasks, n[0])
	}
	step("inboxes of units %v (%v tasks)", inboxUnits, res.InboxTasks)
	var all []time.Duration
	for k, id := range inboxUnits {
		s, err := sample(o.Runs, func(int) error { _, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: id}); return err })
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
		if k == 0 {
			res.InboxCounty = timingOf(s)
		} else {
			res.InboxCity = timingOf(s)
		}
	}
	res.Inbox = timingOf(all)
	all = nil
	for _, id := range inboxUnits {
		path := fmt.Sprintf("/api/v1/units/%d/tasks", id)
		s, err := sample(o.Runs, func(int) error { return get(reporterToken, path) })
		if err != nil {
			return nil, err
		}
		all = append(all, s...)
	}
	res.InboxHTTP = timingOf(all)

	// An evaluation scorecard over the batch, every province.
	step("scorecard")
	round, err := benchRound(ctx, db, o.Batch, cells)
	if err != nil {
		return nil, err
	}
	res.ScorecardUnits = len(round.Units)
	if s, err = sample(o.Runs, func(int) error {
		sc, err := db.Scorecard(ctx, round.ID)
		if err == nil && len(sc.Units) != len(round.Units) {
			err = fmt.Errorf("scorecard of %d units, want %d", len(sc.Units), len(round.Units))
		}
		return err
	}); err != nil {
		return nil, err
	}
	res.Scorecard = timingOf(s)

	// Spreadsheet import: filled templates of several units, read and saved in one transaction.
	step("spreadsheet import of %d rows", o.XLSXRows)
	period := rollout.PeriodOf(rollout.RhythmQuarterly, db.Now())
	used := map[int64]bool{}
	var xlsxSamples []time.Duration
	stopImport := profileTo(os.Getenv("ROLLOUT_BENCH_IMPORT_CPUPROFILE"))
	for run := range min(o.Runs, 3) {
		files, current, err := benchTemplates(ctx, db, o.XLSXRows, period, used, run)
		if err != nil {
			return nil, err
		}
		res.XLSXFiles = len(files)
		t0 := time.Now()
		var reports []*rollout.Report
		for _, f := range files {
			filled, err := sheet.ReadTemplate(f)
			if err != nil {
				return nil, err
			}
			if len(filled.Errors) > 0 {
				return nil, fmt.Errorf("filled template: %v", filled.Errors[0])
			}
			for _, row := range filled.Rows {
				r := row.Report
				r.Evidence = sheet.MergeEvidence(r.Evidence, current[row.TaskID])
				reports = append(reports, &r)
			}
		}
		read := time.Since(t0)
		saved, err := db.SaveReports(ctx, reports, true)
		if err != nil {
			return nil, fmt.Errorf("save the imported rows: %w", err)
		}
		xlsxSamples = append(xlsxSamples, time.Since(t0))
		res.XLSXRows = len(saved)
		step("  run %d: %d rows from %d files in %s (read %s)", run+1, len(saved), len(files), time.Since(t0).Round(time.Millisecond),
			read.Round(time.Millisecond))
	}
	stopImport()
	res.XLSXImport = timingOf(xlsxSamples)

	// Concurrent saves over HTTP.
	step("%d concurrent clients saving reports", o.Clients)
	stop := profileTo(os.Getenv("ROLLOUT_BENCH_CPUPROFILE"))
	err = benchConcurrent(ctx, db, srv, reporterToken, root, period, o, res)
	stop()
	if err != nil {
		return nil, err
	}

	// Cold start of the binary's own serve.
	if o.Binary != "" && o.ColdRuns > 0 {
		step("cold start of %s serve", filepath.Base(o.Binary))
		var cs []time.Duration
		for range o.ColdRuns {
			d, rss, err := coldStart(ctx, o.Binary, dsn)
			if err != nil {
				return nil, fmt.Errorf("cold start: %w", err)
			}
			cs = append(cs, d)
			res.ColdStartRSS = max(res.ColdStartRSS, rss)
		}
		res.ColdStart = timingOf(cs)
	}

	// Peak memory of the scenario; the check that follows reads every task
	// and report into memory, so its own peak is measured apart (the kernel's
	// high-water mark is reset first).
	res.PeakRSS = peakRSS("self")
	step("recomputing every roll-up from the raw rows")
	runtime.GC()
	resetPeakRSS()
	diffs, err := db.CheckRollups(ctx)
	if err != nil {
		return nil, err
	}
	res.CheckRSS = peakRSS("self")
	res.RollupDiffs, res.RollupsExact = len(diffs), len(diffs) == 0
	res.ElapsedS = float64(int(time.Since(began).Seconds()*10)) / 10
	res.LoadAvg[1] = loadAvg()
	step("done")
	return res, nil
}

// genScale reads the scale and periods of the generator run from the audit trail.
func genScale(ctx context.Context, db *sqldb.DB) (string, int) {
	es, err := db.AuditEntries(ctx, rollout.AuditFilter{Action: "gen.run"})
	if err != nil || len(es) == 0 {
		return "", 0
	}
	var run struct {
		Scale   string `json:"scale"`
		Periods int    `json:"periods"`
	}
	json.Unmarshal([]byte(es[len(es)-1].After), &run)
	return run.Scale, run.Periods
}

// sameCells reports whether the baseline's cells equal the roll-ups' as
// reported (Since and Divided aside: they describe the task, they are not
// sums; the baseline does not compute the verified figures), telling the
// first difference.
func sameCells(got, base []rollout.Cell, log io.Writer) bool {
	if len(got) != len(base) {
		fmt.Fprintf(log, "BASELINE DIFFERS: %d cells from the roll-ups, %d from the baseline\n", len(got), len(base))
		return false
	}
	for i := range got {
		a := got[i]
		a.Since, a.Divided = time.Time{}, false
		a.VerifiedStatus, a.VerifiedSince, a.Verified = "", time.Time{}, rollout.Tally{}
		if !reflect.DeepEqual(a, base[i]) {
			fmt.Fprintf(log, "BASELINE DIFFERS at cell %d:\n  roll-ups %+v\n  baseline %+v\n", i, a, base[i])
			return false
		}
	}
	return true
}

// biggestProvince is the matrix cell with the most leaves: a province's task
// for a nationwide item, divided the deepest.
func biggestProvince(cells []rollout.Cell) (rollout.Cell, error) {
	if len(cells) == 0 {
		return rollout.Cell{}, errors.New("the matrix is empty: is this a database filled by rollout gen?")
	}
	best := cells[0]
	for _, c := range cells {
		if c.Leaves > best.Leaves {
			best = c
		}
	}
	return best, nil
}

// benchToken creates a user with one grant and returns an API token of it.
func benchToken(ctx context.Context, db *sqldb.DB, name string, unit int64, role rollout.Role) (string, error) {
	u := &rollout.User{Username: name, DisplayName: "性能测试", Grants: []rollout.Grant{{UnitID: unit, Role: role}}}
	if err := db.CreateUser(ctx, u, "Kq7-Measure-Scenario-2026"); err != nil {
		return "", fmt.Errorf("create user %s: %w", name, err)
	}
	secret, err := db.CreateToken(ctx, &rollout.Token{UserID: u.ID, Name: "性能测试", Grant: rollout.Grant{UnitID: unit, Role: role}})
	if err != nil {
		return "", fmt.Errorf("token of %s: %w", name, err)
	}
	return secret, nil
}

// benchRound opens an evaluation round over every item of the batch and every
// province with a first-level task for it.
func benchRound(ctx context.Context, db *sqldb.DB, batch int, cells []rollout.Cell) (*rollout.Round, error) {
	seen := map[int64]bool{}
	r := &rollout.Round{Name: "性能测试评估轮次（合成）", Batch: batch, Period: rollout.PeriodOf(rollout.RhythmQuarterly, db.Now()),
		Weights: rollout.Weights{Coverage: 0.4, Status: 0.3, Evidence: 0.2, Indicators: 0.1}}
	items := map[int64]bool{}
	for _, c := range cells {
		if !items[c.ItemID] {
			items[c.ItemID] = true
			r.Items = append(r.Items, c.ItemID)
		}
		if seen[c.UnitID] {
			continue
		}
		seen[c.UnitID] = true
		u, err := db.Unit(ctx, c.UnitID)
		if err != nil {
			return nil, err
		}
		if u.Kind == rollout.KindProvince {
			r.Units = append(r.Units, u.ID)
		}
	}
	return db.CreateRound(ctx, r)
}

// benchTemplates makes the filled-in templates of units until they hold rows
// task rows: each unit's tasks that take a submitted report (not yet used by
// an earlier run), with the status each counts with now, so the import moves
// no figure of the picture. It returns the files and the reports of period
// they were made from.
func benchTemplates(ctx context.Context, db *sqldb.DB, rows int, period rollout.Period, used map[int64]bool, run int) ([][]byte, map[int64]*rollout.Report, error) {
	root, err := db.RootUnit(ctx)
	if err != nil {
		return nil, nil, err
	}
	var units []int64
	for _, kind := range []rollout.UnitKind{rollout.KindCounty, rollout.KindCity, rollout.KindProvince} {
		ids, _, err := db.BenchUnitsByTasks(ctx, root.Path, kind)
		if err != nil {
			return nil, nil, err
		}
		units = append(units, ids...)
	}
	current := map[int64]*rollout.Report{}
	var files [][]byte
	left := rows
	now := db.Now()
	for _, id := range units {
		if left == 0 {
			break
		}
		u, err := db.Unit(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		ts, err := db.Tasks(ctx, rollout.TaskFilter{UnitID: id})
		if err != nil {
			return nil, nil, err
		}
		leaves, err := db.BenchLeafStatus(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		var mine []*rollout.Task
		status := map[int64]rollout.ReportStatus{}
		for _, t := range ts {
			if left == 0 {
				break
			}
			switch t.State {
			case rollout.StateAssigned, rollout.StateAcknowledged, rollout.StateInWork, rollout.StateAccepted, rollout.StateReturned:
			default:
				continue
			}
			st, leaf := leaves[t.ID]
			if used[t.ID] || !leaf {
				continue // used by an earlier run, divided, or not an implementing task
			}
			rep, err := db.Report(ctx, t.ID, period)
			switch {
			case err == nil:
				current[t.ID] = rep
			case rollout.ErrorCode(err) != rollout.ENOTFOUND:
				return nil, nil, err
			}
			status[t.ID] = st
			used[t.ID] = true
			mine = append(mine, t)
			left--
		}
		if len(mine) == 0 {
			continue
		}
		cur := map[int64]*rollout.Report{}
		for _, t := range mine {
			if r := current[t.ID]; r != nil {
				cur[t.ID] = r
			}
		}
		data, err := sheet.Template(u, period, mine, cur, now)
		if err != nil {
			return nil, nil, err
		}
		if data, err = fillBenchTemplate(data, status, run); err != nil {
			return nil, nil, err
		}
		files = append(files, data)
	}
	if left > 0 {
		return nil, nil, fmt.Errorf("only %d tasks take a report (%d wanted): generate a larger database or lower --xlsx-rows", rows-left, rows)
	}
	return files, current, nil
}

// fillBenchTemplate types a status and measures into every task row, as a
// person filling the template would.
func fillBenchTemplate(data []byte, status map[int64]rollout.ReportStatus, run int) ([]byte, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := f.GetRows(sheet.ReportSheet)
	if err != nil {
		return nil, err
	}
	head := slices.IndexFunc(rows, func(r []string) bool { return slices.Contains(r, "状态") })
	if head < 0 {
		return nil, errors.New("no header row in the template")
	}
	cols := map[string]int{}
	for j, title := range rows[head] {
		cols[title] = j
	}
	set := func(col string, n int, v string) error {
		cell, _ := excelize.CoordinatesToCellName(cols[col]+1, n+1)
		return f.SetCellValue(sheet.ReportSheet, cell, v)
	}
	for n := head + 1; n < len(rows); n++ {
		if cols["任务编号"] >= len(rows[n]) {
			continue
		}
		key := rows[n][cols["任务编号"]]
		id, err := strconv.ParseInt(strings.TrimLeft(strings.TrimPrefix(key, "T-"), "0"), 10, 64)
		if err != nil {
			continue
		}
		if err := set("状态", n, status[id].Label()); err != nil {
			return nil, err
		}
		if err := set("工作措施及进展", n, fmt.Sprintf("（性能测试第%d轮导入）按计划推进，已明确责任分工和时间表。", run+1)); err != nil {
			return nil, err
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// benchConcurrent runs the concurrent clients: each repeatedly GETs a report,
// PUTs it back with the version it read and retries on 409, until it has made
// its saves. Clients share reports, so saves conflict. The saves are drafts
// of a period the tasks have not reported, which count in no figure.
func benchConcurrent(ctx context.Context, db *sqldb.DB, srv *httptest.Server, token string, within *rollout.Unit,
	period rollout.Period, o benchOptions, res *benchResult) error {
	tasks, err := db.BenchLeaves(ctx, within.Path, period, o.Shared)
	if err != nil {
		return err
	}
	if len(tasks) < o.Shared {
		return fmt.Errorf("only %d tasks under %s can take a new report for %s (%d wanted)", len(tasks), within.Name, period, o.Shared)
	}
	ids := make([]int64, len(tasks))
	for i, t := range tasks {
		ids[i] = t.TaskID
	}
	before, err := db.ReportVersionsSum(ctx, ids, period)
	if err != nil {
		return err
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: o.Clients, MaxConnsPerHost: o.Clients}}
	defer client.CloseIdleConnections()
	do := func(method, path string, body []byte) (int, []byte, error) {
		req, _ := http.NewRequestWithContext(ctx, method, srv.URL+path, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := client.Do(req)
		if err != nil {
			return 0, nil, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		return resp.StatusCode, b, err
	}
	successes := make([]atomic.Int64, len(ids))
	var conflicts atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, o.Clients)
	t0 := time.Now()
	for c := range o.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := c % len(ids)
			path := fmt.Sprintf("/api/v1/tasks/%d/reports/%s", ids[k], period)
			for made := 0; made < o.Saves; {
				code, body, err := do("GET", path, nil)
				if err != nil {
					errs <- err
					return
				}
				version := 0
				switch code {
				case 200:
					var r struct {
						Version int `json:"version"`
					}
					if err := json.Unmarshal(body, &r); err != nil {
						errs <- err
						return
					}
					version = r.Version
				case 404:
				default:
					errs <- fmt.Errorf("GET %s: %d %s", path, code, body)
					return
				}
				put, _ := json.Marshal(map[string]any{"version": version, "status": "in_progress",
					"measures": fmt.Sprintf("（性能测试并发保存）客户端 %d 第 %d 次保存。", c, made+1), "submit": false})
				code, body, err = do("PUT", path, put)
				switch {
				case err != nil:
					errs <- err
					return
				case code == 200:
					successes[k].Add(1)
					made++
				case code == http.StatusConflict:
					conflicts.Add(1)
				default:
					errs <- fmt.Errorf("PUT %s: %d %s", path, code, body)
					return
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(t0)
	close(errs)
	if err := <-errs; err != nil {
		return err
	}
	after, err := db.ReportVersionsSum(ctx, ids, period)
	if err != nil {
		return err
	}
	lost := 0
	total := 0
	for k, id := range ids {
		n := int(successes[k].Load())
		total += n
		lost += n - (after[id] - before[id])
	}
	res.Submits, res.Conflicts, res.LostUpdates = total, conflicts.Load(), lost
	res.SubmitPerS = float64(int(float64(total)/elapsed.Seconds()*10+0.5)) / 10
	return nil
}

// coldStart runs `bin serve` on the database at a free port and times it from
// the exec until /readyz answers 200; it returns that time and the server's
// peak resident memory then, in MB.
func coldStart(ctx context.Context, bin, dsn string) (time.Duration, float64, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, 0, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.CommandContext(ctx, bin, "serve", "--addr", addr, "--db", dsn, "--remind-every", "0", "--log-level", "warn")
	cmd.Env = append(os.Environ(), "ROLLOUT_ADDR=", "ROLLOUT_DB=")
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	client := &http.Client{Timeout: time.Second}
	for time.Since(t0) < 60*time.Second {
		resp, err := client.Get("http://" + addr + "/readyz")
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				d := time.Since(t0)
				return d, peakRSS(strconv.Itoa(cmd.Process.Pid)), nil
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	return 0, 0, fmt.Errorf("serve on %s was not ready within a minute", addr)
}

// profileTo starts a CPU profile written to path when path is set
// (ROLLOUT_BENCH_CPUPROFILE profiles the concurrent saves, ROLLOUT_BENCH_IMPORT_CPUPROFILE the spreadsheet import,
// ROLLOUT_BENCH_MATRIX_CPUPROFILE the matrix through the API); it returns the
// function that stops it.
func profileTo(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return func() {}
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

// resetPeakRSS resets the kernel's high-water mark of this process's resident
// memory (VmHWM) to its current size.
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS reads VmHWM of a process (pid or "self") in MB.
func peakRSS(pid string) float64 {
	b, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return float64(int(kb/1024*10+0.5)) / 10
		}
	}
	return 0
}
