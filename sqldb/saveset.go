package sqldb

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"

	"rollout"
	"rollout/msg"
)

// The set write of report saves: many saves read, decided and written
// together — the import of filled-in spreadsheets (SaveReports) and a group of
// concurrent saves (group.go). Their snapshots are read in a few IN (…)
// queries for all of them (reportSnapshots); each is decided by the domain as
// a single save is; what was decided is written in a few multi-row statements
// for all of them (writeSaves): the tasks' moves, the reports, their evidence
// and values, the versions; the saved reports are read back together. The
// task events, the roll-ups and the audit entries go at the end of the bulk
// write (bulk.go) in the order single saves would have made them. Each save
// is recorded exactly as a single save records it (saveReport):
// TestSaveReportsBulkSameAsSingle compares the rows of the two paths.
//
// A set holds at most one save of each report: two saves of one report are
// two sets in a row (the second decided over the first).

// setChunk is the most rows a multi-row statement of the set write takes.
const setChunk = 64

// pieces splits rows into pieces of setChunk rows and, for the rest, pieces
// whose sizes are powers of two: a statement built for a piece has few
// distinct texts, each prepared once.
func pieces[T any](rows []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for len(rows) > 0 {
			n := setChunk
			for n > len(rows) {
				n /= 2
			}
			if !yield(rows[:n]) {
				return
			}
			rows = rows[n:]
		}
	}
}

// builtSQL keeps the texts the builders below made, by dialect, builder and
// arguments: a set write asks for the same few texts over and over.
var builtSQL sync.Map

// built returns the text of key, building it once.
func built(key string, build func() string) string {
	if s, ok := builtSQL.Load(key); ok {
		return s.(string)
	}
	s := build()
	builtSQL.Store(key, s)
	return s
}

// inSQLAt returns "(…)" of n parameters numbered from first.
func (d dialect) inSQLAt(first, n int) string {
	return built(fmt.Sprint(d.name, " in ", first, " ", n), func() string { return d.buildIn(first, n) })
}

func (d dialect) buildIn(first, n int) string {
	var sb strings.Builder
	sb.WriteByte('(')
	for i := range n {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(d.ph(first + i))
	}
	sb.WriteByte(')')
	return sb.String()
}

// rowsOf returns rows copies of tmpl, comma-separated, each "?" of it a
// parameter numbered from first on.
func (d dialect) rowsOf(tmpl string, rows, first int) string {
	return built(fmt.Sprint(d.name, " rows ", rows, " ", first, " ", tmpl), func() string {
		return d.buildRows(tmpl, rows, first)
	})
}

func (d dialect) buildRows(tmpl string, rows, first int) string {
	var sb strings.Builder
	n := first
	for r := range rows {
		if r > 0 {
			sb.WriteString(", ")
		}
		for _, c := range []byte(tmpl) {
			if c == '?' {
				sb.WriteString(d.ph(n))
				n++
				continue
			}
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// tableOf returns a derived table of rows rows whose columns c1, c2, … have
// the SQL types given, parameters numbered from 1: "SELECT CAST(? AS T) AS
// c1, … UNION ALL SELECT …". SQLite keeps times and days as text.
func (d dialect) tableOf(types []string, rows int) string {
	return built(fmt.Sprint(d.name, " table ", rows, " ", types), func() string { return d.buildTable(types, rows) })
}

func (d dialect) buildTable(types []string, rows int) string {
	var sb strings.Builder
	n := 1
	for r := range rows {
		if r > 0 {
			sb.WriteString(" UNION ALL ")
		}
		sb.WriteString("SELECT ")
		for i, t := range types {
			if i > 0 {
				sb.WriteString(", ")
			}
			if d.name == "sqlite" && (t == "TIMESTAMPTZ" || t == "DATE") {
				t = "TEXT"
			}
			sb.WriteString("CAST(" + d.ph(n) + " AS " + t + ")")
			n++
			if r == 0 {
				sb.WriteString(" AS c" + strconv.Itoa(i+1))
			}
		}
	}
	return sb.String()
}

// loadReports loads the reports where selects (over reports r, its
// parameters args), each with its current evidence and values as loadReport
// loads one, by ID.
func (tx *tx) loadReports(ctx context.Context, where string, args ...any) (map[int64]*rollout.Report, error) {
	out := map[int64]*rollout.Report{}
	var ids []int64
	var r rollout.Report
	if err := tx.each(ctx, `SELECT `+reportColumns+` FROM reports r WHERE `+where,
		[]any{&r.ID, &r.TaskID, &r.Period, &r.Version, &r.Status, &r.Measures, &r.Problem, &r.ProblemText,
			&r.Submitted, timeValue{&r.UpdatedAt}, &r.UpdatedBy},
		func() {
			c := r
			c.Evidence, c.Values = []rollout.Evidence{}, []rollout.IndicatorValue{}
			out[c.ID] = &c
			ids = append(ids, c.ID)
		}, args...); err != nil {
		return nil, fmt.Errorf("load reports: %w", err)
	}
	slices.Sort(ids)
	for part := range pieces(ids) {
		in := tx.db.dialect.inSQL(len(part))
		rows, err := tx.QueryContext(ctx, `SELECT `+evidenceColumns+`, e.report_id FROM evidence e
			WHERE e.removed_in IS NULL AND e.report_id IN `+in+` ORDER BY e.report_id, e.pos, e.id`, int64Args(part)...)
		if err != nil {
			return nil, fmt.Errorf("evidence of reports: %w", err)
		}
		for rows.Next() {
			var rid int64
			e, err := scanEvidence(rows, &rid)
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("evidence of reports: %w", err)
			}
			out[rid].Evidence = append(out[rid].Evidence, e)
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("evidence of reports: %w", err)
		}
		var rid int64
		var v rollout.IndicatorValue
		if err := tx.each(ctx, `SELECT v.report_id, v.indicator_id, i.name, v.value FROM report_values v
			JOIN indicators i ON i.id = v.indicator_id WHERE v.report_id IN `+in+` ORDER BY v.report_id, i.seq, i.id`,
			[]any{&rid, &v.IndicatorID, &v.Name, &v.Value},
			func() { out[rid].Values = append(out[rid].Values, v) }, int64Args(part)...); err != nil {
			return nil, fmt.Errorf("values of reports: %w", err)
		}
	}
	return out, nil
}

// reportSnapshots reads the snapshots of several saves as reportSnapshot
// reads one, in a few queries for all of them: errs[i] is the refusal of the
// i-th (ENOTFOUND for a missing task); err is a failure of the reads.
func (tx *tx) reportSnapshots(ctx context.Context, rs []*rollout.Report, imported bool) (snaps []rollout.ReportSnapshot, errs []error, err error) {
	snaps = make([]rollout.ReportSnapshot, len(rs))
	errs = make([]error, len(rs))
	type taskRow struct {
		state rollout.TaskState
		item  int64
		seq   int
	}
	var ids []int64
	for _, r := range rs {
		ids = append(ids, r.TaskID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	tasks := map[int64]taskRow{}
	for part := range pieces(ids) {
		var id int64
		var t taskRow
		if err := tx.each(ctx, `SELECT t.id, t.state, t.item_id, i.seq FROM tasks t JOIN items i ON i.id = t.item_id
			WHERE t.id IN `+tx.db.dialect.inSQL(len(part)), []any{&id, &t.state, &t.item, &t.seq},
			func() { tasks[id] = t }, int64Args(part)...); err != nil {
			return nil, nil, fmt.Errorf("tasks of the reports: %w", err)
		}
	}
	type key struct {
		task   int64
		period rollout.Period
	}
	byPeriod := map[rollout.Period][]int64{}
	items := map[int64]bool{}
	for i, r := range rs {
		snaps[i].Imported = imported
		t, ok := tasks[r.TaskID]
		if !ok {
			errs[i] = rollout.E(rollout.ENOTFOUND, "err.report.no_task", r.TaskID)
			continue
		}
		snaps[i].State, snaps[i].ItemSeq = t.state, t.seq
		if _, _, _, err := rollout.ParsePeriod(string(r.Period)); err != nil {
			continue // DecideReport refuses it
		}
		byPeriod[r.Period] = append(byPeriod[r.Period], r.TaskID)
		if r.Values != nil {
			items[t.item] = true
		}
	}
	stored := map[key]*rollout.Report{}
	for p, tids := range byPeriod {
		slices.Sort(tids)
		for part := range pieces(slices.Compact(tids)) {
			got, err := tx.loadReports(ctx, `r.period = `+tx.db.dialect.ph(1)+` AND r.task_id IN `+tx.db.dialect.inSQLAt(2, len(part)),
				append([]any{string(p)}, int64Args(part)...)...)
			if err != nil {
				return nil, nil, err
			}
			for _, r := range got {
				stored[key{r.TaskID, p}] = r
			}
		}
	}
	var withIDs []int64 // stored reports whose save names evidence by ID
	for i, r := range rs {
		if errs[i] != nil {
			continue
		}
		snaps[i].Stored = stored[key{r.TaskID, r.Period}]
		if snaps[i].Stored != nil && slices.ContainsFunc(r.Evidence, func(e rollout.Evidence) bool { return e.ID != 0 }) {
			withIDs = append(withIDs, snaps[i].Stored.ID)
		}
	}
	every := map[int64]map[int64]rollout.Evidence{}
	slices.Sort(withIDs)
	for part := range pieces(slices.Compact(withIDs)) {
		rows, err := tx.QueryContext(ctx, `SELECT `+evidenceColumns+`, e.report_id FROM evidence e WHERE e.report_id IN `+
			tx.db.dialect.inSQL(len(part)), int64Args(part)...)
		if err != nil {
			return nil, nil, fmt.Errorf("evidence of reports: %w", err)
		}
		for rows.Next() {
			var rid int64
			e, err := scanEvidence(rows, &rid)
			if err != nil {
				rows.Close()
				return nil, nil, fmt.Errorf("evidence of reports: %w", err)
			}
			if every[rid] == nil {
				every[rid] = map[int64]rollout.Evidence{}
			}
			every[rid][e.ID] = e
		}
		if err := rows.Close(); err != nil {
			return nil, nil, fmt.Errorf("evidence of reports: %w", err)
		}
	}
	indicators := map[int64][]*rollout.Indicator{}
	itemIDs := make([]int64, 0, len(items))
	for id := range items {
		itemIDs = append(itemIDs, id)
		indicators[id] = []*rollout.Indicator{}
	}
	slices.Sort(itemIDs)
	for part := range pieces(itemIDs) {
		ins, err := tx.indicators(ctx, `item_id IN `+tx.db.dialect.inSQL(len(part)), int64Args(part)...)
		if err != nil {
			return nil, nil, err
		}
		for _, in := range ins {
			indicators[in.ItemID] = append(indicators[in.ItemID], in)
		}
	}
	for i, r := range rs {
		if errs[i] != nil {
			continue
		}
		if s := snaps[i].Stored; s != nil && every[s.ID] != nil {
			snaps[i].Evidence = every[s.ID]
		} else if s != nil && slices.ContainsFunc(r.Evidence, func(e rollout.Evidence) bool { return e.ID != 0 }) {
			snaps[i].Evidence = map[int64]rollout.Evidence{}
		}
		if r.Values != nil {
			snaps[i].Indicators = indicators[tasks[r.TaskID].item]
		}
	}
	return snaps, errs, nil
}

// plannedSave is a save decided, with the context it came in: its actor and
// address.
type plannedSave struct {
	ctx  context.Context
	plan rollout.ReportPlan
}

// reportKey names a report by its task and period.
type reportKey struct {
	task   int64
	period rollout.Period
}

// writeSaves writes saves decided over the snapshots read in tx, at most one
// of each task, in a bulk write (tx.bulk), and returns the saved reports in
// their order: what saveReport writes for each, in multi-row statements.
// A save that lost a race after its decision — another transaction wrote its
// report first (a concurrent group on PostgreSQL) — is not written and gets
// its own *rollout.ReportConflict in lost, as in saveReport; the others are
// written. err (ECONFLICT when a task moved meanwhile) fails the whole set.
func (tx *tx) writeSaves(ctx context.Context, saves []plannedSave) (saved []*rollout.Report, lost []error, err error) {
	if tx.bulk == nil {
		return nil, nil, fmt.Errorf("set write of reports outside a bulk write")
	}
	d := tx.db.dialect
	now := d.timeArg(tx.now)

	// The reports first: new ones inserted (in the order given, which is the
	// order of their IDs), the others updated from the version read (in the
	// order of their keys, so that concurrent sets hold the rows in one order).
	ids := map[reportKey]int64{}
	var creates, updates []plannedSave
	for _, s := range saves {
		if s.plan.Create {
			creates = append(creates, s)
		} else {
			updates = append(updates, s)
		}
	}
	slices.SortFunc(updates, func(a, b plannedSave) int {
		ra, rb := a.plan.Report, b.plan.Report
		return cmp.Or(cmp.Compare(ra.TaskID, rb.TaskID), strings.Compare(string(ra.Period), string(rb.Period)))
	})
	reportRow := func(s plannedSave, version int) []any {
		r := s.plan.Report
		actor, _ := actorOf(s.ctx)
		return []any{r.TaskID, string(r.Period), version, string(r.Status), r.Measures, r.Problem, r.ProblemText,
			s.plan.Event == rollout.EventSubmit, now, actor}
	}
	for part := range pieces(creates) {
		args := make([]any, 0, 10*len(part))
		for _, s := range part {
			args = append(args, reportRow(s, 1)...)
		}
		var id, task int64
		var period rollout.Period
		if err := tx.each(ctx, `INSERT INTO reports (task_id, period, version, status, measures, problem, problem_text, submitted,
			updated_at, updated_by) VALUES `+d.rowsSQL(len(part), 10)+` ON CONFLICT (task_id, period) DO NOTHING RETURNING id, task_id, period`,
			[]any{&id, &task, &period}, func() { ids[reportKey{task, period}] = id }, args...); err != nil {
			return nil, nil, fmt.Errorf("save reports: %w", err)
		}
	}
	updateTypes := []string{"BIGINT", "TEXT", "INTEGER", "TEXT", "TEXT", "BOOLEAN", "TEXT", "BOOLEAN", "TIMESTAMPTZ", "TEXT"}
	for part := range pieces(updates) {
		args := make([]any, 0, 10*len(part))
		for _, s := range part {
			args = append(args, reportRow(s, s.plan.Report.Version)...)
		}
		var id, task int64
		var period rollout.Period
		if err := tx.each(ctx, `UPDATE reports SET version = reports.version + 1, status = x.c4, measures = x.c5, problem = x.c6,
			problem_text = x.c7, submitted = x.c8, updated_at = x.c9, updated_by = x.c10
			FROM (`+d.tableOf(updateTypes, len(part))+`) AS x
			WHERE reports.task_id = x.c1 AND reports.period = x.c2 AND reports.version = x.c3 RETURNING id, task_id, period`,
			[]any{&id, &task, &period}, func() { ids[reportKey{task, period}] = id }, args...); err != nil {
			return nil, nil, fmt.Errorf("save reports: %w", err)
		}
	}
	lost = make([]error, len(saves))
	var landed []plannedSave
	var at []int // the index of each landed save in saves
	for i, s := range saves {
		r := s.plan.Report
		if _, ok := ids[reportKey{r.TaskID, r.Period}]; !ok { // another save came between the decision and the write
			current, err := tx.reportOf(ctx, r.TaskID, r.Period)
			if err != nil {
				return nil, nil, err
			}
			lost[i] = &rollout.ReportConflict{Current: current}
			continue
		}
		landed = append(landed, s)
		at = append(at, i)
	}
	saves = landed
	if err := tx.moveSaved(ctx, saves); err != nil {
		return nil, nil, err
	}
	idOf := func(s plannedSave) int64 { return ids[reportKey{s.plan.Report.TaskID, s.plan.Report.Period}] }

	// The versions edited, for the audit entries' before.
	before := map[int64]*rollout.Report{}
	var edited []int64
	for _, s := range saves {
		if !s.plan.Create {
			edited = append(edited, idOf(s))
		}
	}
	slices.Sort(edited)
	for part := range pieces(edited) {
		vs, err := tx.versions(ctx, `v.report_id IN `+d.inSQL(len(part))+` AND v.version = r.version - 1`, int64Args(part)...)
		if err != nil {
			return nil, nil, err
		}
		for _, v := range vs {
			before[v.ID] = v
		}
	}

	if err := tx.writeSavedEvidence(ctx, saves, idOf); err != nil {
		return nil, nil, err
	}
	if err := tx.writeSavedValues(ctx, saves, idOf); err != nil {
		return nil, nil, err
	}

	// The reports as saved, and their versions.
	byID := map[int64]*rollout.Report{}
	all := make([]int64, 0, len(saves))
	for _, s := range saves {
		all = append(all, idOf(s))
	}
	slices.Sort(all)
	for part := range pieces(all) {
		got, err := tx.loadReports(ctx, `r.id IN `+d.inSQL(len(part)), int64Args(part)...)
		if err != nil {
			return nil, nil, err
		}
		for id, r := range got {
			byID[id] = r
		}
	}
	for part := range pieces(saves) {
		args := make([]any, 0, 12*len(part))
		for _, s := range part {
			r := byID[idOf(s)]
			ev, err := json.Marshal(r.Evidence)
			if err != nil {
				return nil, nil, fmt.Errorf("version %d of report %d: %w", r.Version, r.ID, err)
			}
			vals, err := valuesJSON(r.Values)
			if err != nil {
				return nil, nil, fmt.Errorf("version %d of report %d: %w", r.Version, r.ID, err)
			}
			args = append(args, r.ID, r.Version, string(r.Status), r.Measures, r.Problem, r.ProblemText, r.Submitted,
				string(ev), d.timeArg(r.UpdatedAt), r.UpdatedBy, vals, r.TaskID)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO report_versions (report_id, version, status, measures, problem, problem_text,
			submitted, evidence, saved_at, saved_by, indicator_values, after_event) VALUES `+
			d.rowsOf(`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM task_events WHERE task_id = ?))`, len(part), 1),
			args...); err != nil {
			return nil, nil, fmt.Errorf("versions of reports: %w", err)
		}
	}

	// The steps, the roll-ups and the audit trail, in the order of the saves.
	saved = make([]*rollout.Report, len(lost))
	for i, s := range saves {
		plan := s.plan
		r := byID[idOf(s)]
		if plan.Acknowledge {
			if err := tx.recordAcknowledge(s.ctx, r.TaskID); err != nil {
				return nil, nil, err
			}
		}
		if k := tx.bulk.queuedFor(r.TaskID); k > 0 { // after the steps before it, as saveVersion places it
			tx.bulk.versions = append(tx.bulk.versions, placedVersion{r.ID, r.Version, r.TaskID, k})
		}
		if err := tx.rollupSaved(ctx, plan); err != nil {
			return nil, nil, err
		}
		action := "report.save"
		if plan.Event == rollout.EventSubmit {
			action = "report.submit"
		}
		note := msg.Text(msg.ZH, "task.note_report_version", r.Period, r.Version)
		if err := tx.recordReportStep(s.ctx, r, plan.Event, plan.From, plan.To, note, action, before[r.ID]); err != nil {
			return nil, nil, err
		}
		if err := tx.storeReportProblem(s.ctx, r, plan.Problem); err != nil {
			return nil, nil, err
		}
		saved[at[i]] = r
	}
	return saved, lost, nil
}

// moveSaved moves the tasks of saves as their plans say — through the
// acknowledge step first where a plan takes it — from the state read to the
// last one planned, a statement for each pair of states: guarded by the
// state read, as moveTask is; ECONFLICT (naming the task) when one moved
// meanwhile.
func (tx *tx) moveSaved(ctx context.Context, saves []plannedSave) error {
	type move struct {
		from, to rollout.TaskState
		changed  bool // state_at too: some step of the chain changed the state
	}
	moves := map[int64]*move{}
	var order []int64
	for _, s := range saves {
		p := s.plan
		from := p.From
		if p.Acknowledge {
			from = rollout.StateAssigned
		}
		m := moves[p.Report.TaskID]
		if m == nil {
			m = &move{from: from, to: from}
			moves[p.Report.TaskID] = m
			order = append(order, p.Report.TaskID)
		}
		if p.Acknowledge {
			to, err := rollout.StateAssigned.Next(rollout.EventAcknowledge)
			if err != nil {
				return err
			}
			if m.to != rollout.StateAssigned {
				return rollout.InTask(p.Report.TaskID, rollout.E(rollout.ECONFLICT, "err.report.task_moved"))
			}
			m.to, m.changed = to, true
		}
		if m.to != p.From {
			return rollout.InTask(p.Report.TaskID, rollout.E(rollout.ECONFLICT, "err.report.task_moved"))
		}
		m.to = p.To
		m.changed = m.changed || p.From != p.To
	}
	type pair struct {
		from, to rollout.TaskState
		changed  bool
	}
	groups := map[pair][]int64{}
	var pairs []pair
	for _, id := range order {
		m := moves[id]
		k := pair{m.from, m.to, m.changed}
		if groups[k] == nil {
			pairs = append(pairs, k)
		}
		groups[k] = append(groups[k], id)
	}
	d := tx.db.dialect
	for _, k := range pairs {
		list := groups[k]
		slices.Sort(list)
		for part := range pieces(list) {
			var q string
			var args []any
			if k.changed {
				q = `UPDATE tasks SET state = ` + d.ph(1) + `, state_at = ` + d.ph(2) + ` WHERE state = ` + d.ph(3) +
					` AND id IN ` + d.inSQLAt(4, len(part))
				args = []any{string(k.to), d.timeArg(tx.now), string(k.from)}
			} else {
				q = `UPDATE tasks SET state = ` + d.ph(1) + ` WHERE state = ` + d.ph(2) + ` AND id IN ` + d.inSQLAt(3, len(part))
				args = []any{string(k.to), string(k.from)}
			}
			res, err := tx.ExecContext(ctx, q, append(args, int64Args(part)...)...)
			if err != nil {
				return fmt.Errorf("move tasks to %s: %w", k.to, err)
			}
			n, err := res.RowsAffected()
			if err != nil {
				return fmt.Errorf("move tasks to %s: %w", k.to, err)
			}
			if int(n) == len(part) {
				continue
			}
			for _, id := range part { // which one moved meanwhile
				if st, err := tx.taskState(ctx, id); err != nil || st != k.to {
					return rollout.InTask(id, rollout.E(rollout.ECONFLICT, "err.report.task_moved"))
				}
			}
			return rollout.E(rollout.ECONFLICT, "err.report.task_moved")
		}
	}
	return nil
}

// writeSavedEvidence makes each save's evidence list its report's, as
// replaceEvidence does for one: the entries of the version before marked
// dropped by the new version, the entries kept updated, the new ones inserted.
func (tx *tx) writeSavedEvidence(ctx context.Context, saves []plannedSave, idOf func(plannedSave) int64) error {
	d := tx.db.dialect
	var edited []plannedSave
	for _, s := range saves {
		if !s.plan.Create {
			edited = append(edited, s)
		}
	}
	for part := range pieces(edited) {
		args := make([]any, 0, 2*len(part))
		for _, s := range part {
			args = append(args, idOf(s), s.plan.Report.Version+1)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE evidence SET removed_in = x.c2 FROM (`+d.tableOf([]string{"BIGINT", "INTEGER"}, len(part))+`) AS x
			WHERE evidence.report_id = x.c1 AND evidence.removed_in IS NULL`, args...); err != nil {
			return fmt.Errorf("replace evidence of reports: %w", err)
		}
	}
	var rows [][]any
	for _, s := range saves {
		id := idOf(s)
		for i, e := range s.plan.Report.Evidence {
			if e.ID != 0 {
				if err := tx.keepEvidence(ctx, id, i+1, e); err != nil {
					return err
				}
				continue
			}
			rows = append(rows, []any{id, i + 1, e.Title, e.DocNo, dateArg(e.Date), e.Link})
		}
	}
	for part := range pieces(rows) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO evidence (report_id, pos, title, doc_no, date, link) VALUES `+
			d.rowsSQL(len(part), 6), slices.Concat(part...)...); err != nil {
			return fmt.Errorf("replace evidence of reports: %w", err)
		}
	}
	return nil
}

// writeSavedValues replaces the indicator values of each save that states
// them, as saveValues does for one.
func (tx *tx) writeSavedValues(ctx context.Context, saves []plannedSave, idOf func(plannedSave) int64) error {
	d := tx.db.dialect
	var ids []int64
	var rows [][]any
	for _, s := range saves {
		if s.plan.Report.Values == nil {
			continue
		}
		id := idOf(s)
		ids = append(ids, id)
		for _, v := range s.plan.Report.Values {
			rows = append(rows, []any{id, v.IndicatorID, v.Value})
		}
	}
	for part := range pieces(ids) {
		if _, err := tx.ExecContext(ctx, `DELETE FROM report_values WHERE report_id IN `+d.inSQL(len(part)), int64Args(part)...); err != nil {
			return fmt.Errorf("values of reports: %w", err)
		}
	}
	for part := range pieces(rows) {
		if _, err := tx.ExecContext(ctx, `INSERT INTO report_values (report_id, indicator_id, value) VALUES `+d.rowsSQL(len(part), 3),
			slices.Concat(part...)...); err != nil {
			return fmt.Errorf("values of reports: %w", err)
		}
	}
	return nil
}
