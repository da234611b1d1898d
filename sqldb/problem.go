package sqldb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"rollout"
	"rollout/msg"
)

var _ rollout.ProblemService = (*DB)(nil)

// Problems in storage. The domain decides (rollout.PlanRaise,
// rollout.PlanProblemStep) over what storage reads in the write's
// transaction: which steps are possible and who joins the route; who may take
// a step is the web layer's question (rollout.Authorize with the route's unit
// paths). Every step is a problem_events row and an audit entry in the same
// transaction.

// mofcom is the unit that coordinates problems at the central level beside the
// item's responsible units.
const mofcom = rollout.CoordinatorUnit

func problemObject(id int64) string { return "problem:" + strconv.FormatInt(id, 10) }

// RaiseProblem stores a new problem and routes it to its first level (a
// county's city, a city's province, a province's central level), as
// rollout.PlanRaise decides over what it reads in the transaction.
func (db *DB) RaiseProblem(ctx context.Context, np rollout.NewProblem, files []rollout.NewFile) (*rollout.Problem, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	snap, err := tx.raiseSnapshot(ctx, np)
	if err != nil {
		return nil, err
	}
	plan, err := rollout.PlanRaise(snap, np, files)
	if err != nil {
		return nil, err
	}
	id, err := tx.insertProblem(ctx, plan, snap.Unit.Name)
	if err != nil {
		return nil, err
	}
	p, err := tx.problem(ctx, id)
	if err != nil {
		return nil, err
	}
	for _, r := range plan.Route { // the level it goes to hears of it, not the raising unit
		if r.Level == "" {
			continue
		}
		for _, u := range r.Units {
			if err := tx.notify(ctx, rollout.ProblemNotice(p, u.ID, tx.now), p.ID, 0); err != nil {
				return nil, err
			}
		}
	}
	return p, tx.Commit()
}

// insertProblem stores a problem as rollout.PlanRaise planned it, raised by
// unitName: the problem, its route, the raise in its thread, its files and
// the audit entry. It returns the problem's ID.
func (tx *tx) insertProblem(ctx context.Context, plan *rollout.RaisePlan, unitName string) (int64, error) {
	actor, _ := actorOf(ctx)
	now := tx.db.dialect.timeArg(tx.now)
	var id int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO problems (item_id, task_id, unit_id, title, body, state, level, major,
		level_since, raised_by, raised_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, FALSE, $8, $9, $8, $8) RETURNING id`,
		plan.ItemID, plan.TaskID, plan.UnitID, plan.Title, plan.Body, string(rollout.ProblemOpen),
		string(plan.Level), now, actor).Scan(&id); err != nil {
		return 0, fmt.Errorf("insert problem: %w", err)
	}
	for _, r := range plan.Route {
		if err := tx.addRoute(ctx, id, r.Level, r.Units); err != nil {
			return 0, err
		}
	}
	if err := tx.problemEvent(ctx, id, rollout.ProblemRaise, plan.Level, ""); err != nil {
		return 0, err
	}
	names, err := tx.addProblemFiles(ctx, id, plan.Files)
	if err != nil {
		return 0, err
	}
	if err := tx.audit(ctx, "problem.raise", problemObject(id), nil, map[string]any{
		"task_id": plan.TaskID, "item_id": plan.ItemID, "unit": unitName, "title": plan.Title,
		"level": plan.Level, "state": rollout.ProblemOpen, "files": names,
	}); err != nil {
		return 0, err
	}
	return id, nil
}

// raiseSnapshot reads what raising np is decided over: the task (the one
// named, or the unit's task for the item), its unit and province, and the
// central level's units.
func (tx *tx) raiseSnapshot(ctx context.Context, np rollout.NewProblem) (rollout.RaiseSnapshot, error) {
	var snap rollout.RaiseSnapshot
	var err error
	switch {
	case np.TaskID != 0:
		if snap.Task, err = tx.task(ctx, np.TaskID); err != nil {
			return snap, err
		}
	case np.ItemID != 0 && np.UnitID != 0:
		ts, err := tx.tasks(ctx, `t.item_id = $1 AND t.unit_id = $2`, np.ItemID, np.UnitID)
		if err != nil || len(ts) == 0 {
			return snap, err
		}
		snap.Task = ts[0]
	default:
		return snap, nil
	}
	if snap.Unit, err = tx.unit(ctx, snap.Task.UnitID); err != nil {
		return snap, err
	}
	if snap.Chain, snap.Province, err = tx.lineAbove(ctx, snap.Unit); err != nil {
		return snap, err
	}
	snap.Central, err = tx.centralUnits(ctx, snap.Task.ItemID)
	return snap, err
}

// lineAbove reads what a problem raised by u climbs through on its way to
// the central level (rollout.ProblemLadder): the units on u's line of command
// above it, nearest first, and its province (nil when u is one or sits in
// none).
func (tx *tx) lineAbove(ctx context.Context, u *rollout.Unit) ([]*rollout.Unit, *rollout.Unit, error) {
	var province *rollout.Unit
	if u.ProvinceID != 0 && u.ProvinceID != u.ID {
		p, err := tx.unit(ctx, u.ProvinceID)
		if err != nil {
			return nil, nil, err
		}
		province = p
	}
	ids := strings.Split(strings.Trim(u.Path, "/"), "/")
	var chain []*rollout.Unit
	for i := len(ids) - 2; i >= 0; i-- {
		id, err := strconv.ParseInt(ids[i], 10, 64)
		if err != nil {
			return nil, nil, fmt.Errorf("path of unit %d: %q", u.ID, u.Path)
		}
		if province != nil && id == province.ID {
			break // the province and what is above it are not on the local line
		}
		a, err := tx.unit(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		chain = append(chain, a)
	}
	return chain, province, nil
}

// centralUnits are the units a problem reaches at the central level: the
// item's responsible units known to the tree and 商务部.
func (tx *tx) centralUnits(ctx context.Context, itemID int64) ([]*rollout.Unit, error) {
	items, err := tx.items(ctx, `i.id = $1`, itemID)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.coord.no_item", itemID)
	}
	names := append(slices.Clone(items[0].Responsible), mofcom)
	var out []*rollout.Unit
	seen := map[int64]bool{}
	for _, name := range names {
		us, err := tx.units(ctx, `u.retired_at IS NULL AND u.province_id IS NULL AND (u.name = $1 OR u.full_name = $1
			OR EXISTS (SELECT 1 FROM unit_aliases a WHERE a.unit_id = u.id AND a.name = $1))`, name)
		if err != nil {
			return nil, err
		}
		if len(us) == 1 && !seen[us[0].ID] {
			seen[us[0].ID] = true
			out = append(out, us[0])
		}
	}
	return out, nil
}

// rootUnit is the root of the unit tree (the State Council), nil when the
// tree is empty.
func (tx *tx) rootUnit(ctx context.Context) (*rollout.Unit, error) {
	us, err := tx.units(ctx, `u.parent_id IS NULL AND u.retired_at IS NULL`)
	if err != nil || len(us) == 0 {
		return nil, err
	}
	return us[0], nil
}

// addRoute records units reached at a level; units already on the route keep
// their first level.
func (tx *tx) addRoute(ctx context.Context, problemID int64, l rollout.ProblemLevel, us []*rollout.Unit) error {
	for _, u := range us {
		if _, err := tx.ExecContext(ctx, `INSERT INTO problem_route (problem_id, unit_id, level, reached_at)
			VALUES ($1, $2, $3, $4) ON CONFLICT (problem_id, unit_id) DO NOTHING`,
			problemID, u.ID, string(l), tx.db.dialect.timeArg(tx.now)); err != nil {
			return fmt.Errorf("route problem %d to %s: %w", problemID, u.Name, err)
		}
	}
	return nil
}

func (tx *tx) problemEvent(ctx context.Context, id int64, k rollout.ProblemEventKind, l rollout.ProblemLevel, note string) error {
	actor, actorID := actorOf(ctx)
	if _, err := tx.ExecContext(ctx, `INSERT INTO problem_events (problem_id, at, actor, actor_id, kind, level, note)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, id, tx.db.dialect.timeArg(tx.now), actor, actorID, string(k), string(l), note); err != nil {
		return fmt.Errorf("record %s of problem %d: %w", k, id, err)
	}
	return nil
}

func (tx *tx) addProblemFiles(ctx context.Context, id int64, files []rollout.PlannedFile) ([]string, error) {
	actor, _ := actorOf(ctx)
	var names []string
	for _, f := range files {
		stored, err := tx.db.seal(f.Body)
		if err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO problem_files (problem_id, name, type, size, sha256, body, added_at, added_by)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, id, f.Name, f.Type, len(f.Body), f.SHA256, stored,
			tx.db.dialect.timeArg(tx.now), actor); err != nil {
			return nil, fmt.Errorf("attach %s to problem %d: %w", f.Name, id, err)
		}
		names = append(names, f.Name)
	}
	return names, nil
}

// StepProblem applies a step to a problem, as rollout.PlanProblemStep
// decides over the problem read in the transaction. The UPDATE names the
// version read, so that of two concurrent steps the second is a conflict.
func (db *DB) StepProblem(ctx context.Context, id int64, k rollout.ProblemEventKind, note string, version time.Time, files []rollout.NewFile) (*rollout.Problem, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	p, err := tx.problem(ctx, id)
	if err != nil {
		return nil, err
	}
	snap := rollout.ProblemStepSnapshot{Problem: p}
	if snap.Central, err = tx.centralUnits(ctx, p.ItemID); err != nil {
		return nil, err
	}
	if snap.Unit, err = tx.unit(ctx, p.UnitID); err != nil {
		return nil, err
	}
	if snap.Chain, snap.Province, err = tx.lineAbove(ctx, snap.Unit); err != nil {
		return nil, err
	}
	if snap.Root, err = tx.rootUnit(ctx); err != nil {
		return nil, err
	}
	plan, err := rollout.PlanProblemStep(snap, rollout.ProblemStep{Kind: k, Note: note, Version: version, Files: files}, tx.now)
	if err != nil {
		return nil, err
	}
	for _, r := range plan.Route {
		if err := tx.addRoute(ctx, id, r.Level, r.Units); err != nil {
			return nil, err
		}
		for _, u := range r.Units { // each unit the problem reaches hears of it
			if err := tx.notify(ctx, rollout.ProblemNotice(p, u.ID, tx.now), p.ID, 0); err != nil {
				return nil, err
			}
		}
	}
	res, err := tx.ExecContext(ctx, `UPDATE problems SET state = $1, level = $2, major = $3, level_since = $4, updated_at = $5
		WHERE id = $6 AND updated_at = $7`, string(plan.State), string(plan.Level), plan.Major, tx.db.dialect.timeArg(plan.LevelSince),
		tx.db.dialect.timeArg(tx.now), id, tx.db.dialect.timeArg(p.UpdatedAt))
	if err != nil {
		return nil, fmt.Errorf("step problem %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return nil, db.problemConflict(ctx, id)
	}
	if err := tx.problemEvent(ctx, id, k, plan.Level, plan.Note); err != nil {
		return nil, err
	}
	names, err := tx.addProblemFiles(ctx, id, plan.Files)
	if err != nil {
		return nil, err
	}
	if err := tx.audit(ctx, "problem."+string(k), problemObject(id),
		map[string]any{"state": p.State, "level": p.Level, "major": p.Major},
		map[string]any{"state": plan.State, "level": plan.Level, "major": plan.Major, "note": plan.Note, "files": names}); err != nil {
		return nil, err
	}
	out, err := tx.problem(ctx, id)
	if err != nil {
		return nil, err
	}
	return out, tx.Commit()
}

// problemConflict is the conflict of a step whose UPDATE found the problem
// moved by a concurrent step: the problem as committed now.
func (db *DB) problemConflict(ctx context.Context, id int64) error {
	cur, err := db.Problem(ctx, id)
	if err != nil {
		return err
	}
	return rollout.StaleProblem(cur)
}

const problemSelect = `SELECT p.id, p.item_id, p.task_id, p.unit_id, u.name, u.path, p.title, p.body, p.state, p.level, p.major,
	p.level_since, p.raised_by, p.raised_at, p.updated_at, b.number, i.seq, i.name
	FROM problems p JOIN units u ON u.id = p.unit_id JOIN items i ON i.id = p.item_id JOIN batches b ON b.id = i.batch_id`

// problems loads problems matching where, oldest at its level first, with
// their due days from the response times.
func (tx *tx) problems(ctx context.Context, where string, args ...any) ([]*rollout.Problem, error) {
	days, err := tx.responseDays(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, problemSelect+` WHERE `+where+` ORDER BY p.level_since, p.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("load problems: %w", err)
	}
	defer rows.Close()
	var out []*rollout.Problem
	for rows.Next() {
		p := &rollout.Problem{}
		if err := rows.Scan(&p.ID, &p.ItemID, &p.TaskID, &p.UnitID, &p.UnitName, &p.UnitPath, &p.Title, &p.Body, &p.State,
			&p.Level, &p.Major, timeValue{&p.LevelSince}, &p.RaisedBy, timeValue{&p.RaisedAt}, timeValue{&p.UpdatedAt},
			&p.Batch, &p.ItemSeq, &p.ItemName); err != nil {
			return nil, err
		}
		p.DueOn = rollout.DueOn(p.LevelSince, days[p.Level])
		out = append(out, p)
	}
	return out, rows.Err()
}

// problem loads one problem whole: route, thread and files.
func (tx *tx) problem(ctx context.Context, id int64) (*rollout.Problem, error) {
	ps, err := tx.problems(ctx, `p.id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, rollout.E(rollout.ENOTFOUND, "err.coord.no_problem", id)
	}
	p := ps[0]
	var s rollout.RouteStop
	if err := tx.each(ctx, `SELECT r.unit_id, u.name, u.path, r.level, r.reached_at FROM problem_route r
		JOIN units u ON u.id = r.unit_id WHERE r.problem_id = $1 ORDER BY r.reached_at, CASE r.level WHEN '' THEN 0 ELSE 1 END, u.path`,
		[]any{&s.UnitID, &s.UnitName, &s.UnitPath, &s.Level, timeValue{&s.ReachedAt}},
		func() { p.Route = append(p.Route, s) }, id); err != nil {
		return nil, fmt.Errorf("route of problem %d: %w", id, err)
	}
	var e rollout.ProblemEvent
	if err := tx.each(ctx, `SELECT id, at, actor, kind, level, note FROM problem_events WHERE problem_id = $1 ORDER BY id`,
		[]any{&e.ID, timeValue{&e.At}, &e.Actor, &e.Kind, &e.Level, &e.Note},
		func() { p.Thread = append(p.Thread, e) }, id); err != nil {
		return nil, fmt.Errorf("thread of problem %d: %w", id, err)
	}
	if p.Reports, err = tx.problemReports(ctx, id); err != nil {
		return nil, err
	}
	var f rollout.ProblemFile
	if err := tx.each(ctx, `SELECT id, problem_id, name, type, size, sha256, added_at, added_by FROM problem_files
		WHERE problem_id = $1 ORDER BY id`,
		[]any{&f.ID, &f.ProblemID, &f.Name, &f.Type, &f.Size, &f.SHA256, timeValue{&f.AddedAt}, &f.AddedBy},
		func() { p.Files = append(p.Files, f) }, id); err != nil {
		return nil, fmt.Errorf("files of problem %d: %w", id, err)
	}
	return p, nil
}

// Problem returns a problem whole.
func (db *DB) Problem(ctx context.Context, id int64) (*rollout.Problem, error) {
	return read(ctx, db, func(tx *tx) (*rollout.Problem, error) { return tx.problem(ctx, id) })
}

// Problems lists problems.
func (db *DB) Problems(ctx context.Context, f rollout.ProblemFilter) ([]*rollout.Problem, error) {
	where := []string{"TRUE"}
	var args []any
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	if f.RouteUnit != 0 {
		where = append(where, `EXISTS (SELECT 1 FROM problem_route r WHERE r.problem_id = p.id AND r.unit_id = `+arg(f.RouteUnit)+`)`)
	}
	if f.AtUnit != 0 {
		where = append(where, `EXISTS (SELECT 1 FROM problem_route r WHERE r.problem_id = p.id AND r.level = p.level AND r.unit_id = `+arg(f.AtUnit)+`)`)
	}
	if f.State != "" {
		where = append(where, `p.state = `+arg(string(f.State)))
	}
	if f.Level != "" {
		where = append(where, `p.level = `+arg(string(f.Level)))
	}
	if f.Major {
		where = append(where, `p.major`)
	}
	if f.Open {
		where = append(where, `p.state <> 'resolved'`)
	}
	if f.ItemID != 0 {
		where = append(where, `p.item_id = `+arg(f.ItemID))
	}
	if f.TaskID != 0 {
		where = append(where, `p.task_id = `+arg(f.TaskID))
	}
	return read(ctx, db, func(tx *tx) ([]*rollout.Problem, error) {
		return tx.problems(ctx, strings.Join(where, " AND "), args...)
	})
}

// ProblemFile returns an attached file, its SHA-256 checked.
func (db *DB) ProblemFile(ctx context.Context, id int64) (rollout.ProblemFile, []byte, error) {
	var f rollout.ProblemFile
	var body []byte
	err := db.db.QueryRowContext(ctx, `SELECT id, problem_id, name, type, size, sha256, added_at, added_by, body
		FROM problem_files WHERE id = $1`, id).Scan(&f.ID, &f.ProblemID, &f.Name, &f.Type, &f.Size, &f.SHA256,
		timeValue{&f.AddedAt}, &f.AddedBy, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return f, nil, rollout.E(rollout.ENOTFOUND, "err.coord.no_problem_file", id)
	}
	if err != nil {
		return f, nil, fmt.Errorf("problem file %d: %w", id, err)
	}
	if body, err = db.unseal(body); err != nil {
		return f, nil, fmt.Errorf("problem file %d: %w", id, err)
	}
	sum := sha256.Sum256(body)
	if hex.EncodeToString(sum[:]) != f.SHA256 {
		return f, nil, fmt.Errorf("problem file %d: stored bytes do not match their SHA-256", id)
	}
	return f, body, nil
}

func (tx *tx) responseDays(ctx context.Context) (map[rollout.ProblemLevel]int, error) {
	out := map[rollout.ProblemLevel]int{}
	for l, d := range rollout.DefaultResponseDays {
		out[l] = d
	}
	var l string
	var d int
	if err := tx.each(ctx, `SELECT level, days FROM problem_settings`, []any{&l, &d},
		func() { out[rollout.ProblemLevel(l)] = d }); err != nil {
		return nil, fmt.Errorf("response times: %w", err)
	}
	return out, nil
}

// ResponseDays returns each level's response time.
func (db *DB) ResponseDays(ctx context.Context) (map[rollout.ProblemLevel]int, error) {
	return read(ctx, db, func(tx *tx) (map[rollout.ProblemLevel]int, error) { return tx.responseDays(ctx) })
}

// SetResponseDays sets response times.
func (db *DB) SetResponseDays(ctx context.Context, days map[rollout.ProblemLevel]int) error {
	if err := rollout.CheckResponseDays(days); err != nil {
		return err
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	before, err := tx.responseDays(ctx)
	if err != nil {
		return err
	}
	actor, _ := actorOf(ctx)
	changed := map[rollout.ProblemLevel]int{}
	for _, l := range rollout.ProblemLevels {
		d, ok := days[l]
		if !ok || d == before[l] {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO problem_settings (level, days, updated_at, updated_by) VALUES ($1, $2, $3, $4)
			ON CONFLICT (level) DO UPDATE SET days = EXCLUDED.days, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
			string(l), d, tx.db.dialect.timeArg(tx.now), actor); err != nil {
			return fmt.Errorf("set response time of %s: %w", l, err)
		}
		changed[l] = d
	}
	if len(changed) == 0 {
		return nil
	}
	if err := tx.audit(ctx, "problem.response_days", "problem_settings", before, changed); err != nil {
		return err
	}
	return tx.Commit()
}

// OpenProblemCounts counts problems not resolved, by state.
func (db *DB) OpenProblemCounts(ctx context.Context) (map[rollout.ProblemState]int, error) {
	return read(ctx, db, func(tx *tx) (map[rollout.ProblemState]int, error) { return tx.openProblems(ctx) })
}

// RemindProblems stores reminders for waiting problems whose answer is due
// soon or overdue, to each unit of the level they stand at.
func (db *DB) RemindProblems(ctx context.Context, now time.Time, warningDays int) (int, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	ps, err := tx.problems(ctx, `p.state = 'open'`)
	if err != nil {
		return 0, err
	}
	day := now.In(rollout.Beijing).Format(time.DateOnly)
	created := 0
	for _, p := range ps {
		var kind, subject string
		switch p.Light(now, warningDays) {
		case rollout.LightYellow:
			kind, subject = rollout.NoticeProblemDueSoon, msg.Text(msg.ZH, "notice.problem_due_soon")
		case rollout.LightRed:
			kind, subject = rollout.NoticeProblemOverdue, msg.Text(msg.ZH, "notice.problem_overdue")
		default:
			continue
		}
		body := msg.Text(msg.ZH, "notice.problem_body", p.UnitName, p.Title, p.Batch, p.ItemSeq, p.ItemName, p.Level,
			p.DueOn.Format(time.DateOnly))
		var units []int64
		var u int64
		if err := tx.each(ctx, `SELECT unit_id FROM problem_route WHERE problem_id = $1 AND level = $2`, []any{&u},
			func() { units = append(units, u) }, p.ID, string(p.Level)); err != nil {
			return 0, err
		}
		for _, u := range units {
			r, err := tx.ExecContext(ctx, `INSERT INTO notifications (unit_id, task_id, kind, day, subject, body, created_at, problem_id)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (task_id, kind, day, problem_id, unit_id, event_id) DO NOTHING`,
				u, p.TaskID, kind, day, subject, body, tx.db.dialect.timeArg(tx.now), p.ID)
			if err != nil {
				return 0, fmt.Errorf("store reminder of problem %d: %w", p.ID, err)
			}
			if n, _ := r.RowsAffected(); n > 0 {
				created++
			}
		}
	}
	if created > 0 {
		if err := tx.audit(ctx, "notifications.remind_problems", "day:"+day, nil, map[string]int{"created": created}); err != nil {
			return 0, err
		}
	}
	return created, tx.Commit()
}
