package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

var _ rollout.EvaluationService = (*DB)(nil)

// Evaluation rounds in storage. A round's weights and rubric are stored as
// JSON beside it; its items, units and evaluators in their own tables; each
// evaluator's score of a unit on a criterion is one row. revision counts the
// changes of a round: closing computes the scorecard outside the writing
// transaction (it reads the roll-ups, indicators and reports through their
// own methods) and then closes the round only if the revision it computed
// from is still the stored one, so no score saved in between is left out of
// the scorecard kept. Every change writes an audit entry (round.create,
// round.evaluators, round.scores, round.close) in its transaction.

func roundObject(id int64) string { return "round:" + strconv.FormatInt(id, 10) }

// rounds loads the rounds where selects (over eval_rounds r), newest first,
// with their items, units and evaluators; and each round's revision.
func (tx *tx) rounds(ctx context.Context, where string, args ...any) ([]*rollout.Round, map[int64]int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT r.id, r.name, r.batch, r.period, r.weights, r.criteria, r.state, r.revision,
		r.created_at, r.created_by, r.closed_at, r.closed_by FROM eval_rounds r WHERE `+where+` ORDER BY r.id DESC`, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("load rounds: %w", err)
	}
	var out []*rollout.Round
	byID := map[int64]*rollout.Round{}
	revs := map[int64]int{}
	for rows.Next() {
		r := &rollout.Round{Items: []int64{}, Units: []int64{}, Evaluators: []rollout.RoundEvaluator{}}
		var weights, criteria string
		var rev int
		if err := rows.Scan(&r.ID, &r.Name, &r.Batch, &r.Period, &weights, &criteria, &r.State, &rev,
			timeValue{&r.CreatedAt}, &r.CreatedBy, nullTime{&r.ClosedAt}, &r.ClosedBy); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("load rounds: %w", err)
		}
		if err := json.Unmarshal([]byte(weights), &r.Weights); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("weights of round %d: %w", r.ID, err)
		}
		if err := json.Unmarshal([]byte(criteria), &r.Criteria); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("rubric of round %d: %w", r.ID, err)
		}
		out = append(out, r)
		byID[r.ID] = r
		revs[r.ID] = rev
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, revs, err
	}
	// The lists of every round are few rows: read them whole and keep those of
	// the rounds loaded.
	var roundID, id int64
	var e rollout.RoundEvaluator
	if err := tx.each(ctx, `SELECT x.round_id, x.item_id FROM eval_round_items x JOIN items i ON i.id = x.item_id
		ORDER BY x.round_id, i.seq`, []any{&roundID, &id}, func() {
		if r := byID[roundID]; r != nil {
			r.Items = append(r.Items, id)
		}
	}); err != nil {
		return nil, nil, err
	}
	if err := tx.each(ctx, `SELECT x.round_id, x.unit_id FROM eval_round_units x JOIN units u ON u.id = x.unit_id
		ORDER BY x.round_id, u.code, u.id`, []any{&roundID, &id}, func() {
		if r := byID[roundID]; r != nil {
			r.Units = append(r.Units, id)
		}
	}); err != nil {
		return nil, nil, err
	}
	if err := tx.each(ctx, `SELECT x.round_id, u.id, u.username, u.display_name FROM eval_round_evaluators x
		JOIN users u ON u.id = x.user_id ORDER BY x.round_id, u.username`, []any{&roundID, &e.UserID, &e.Username, &e.DisplayName}, func() {
		if r := byID[roundID]; r != nil {
			r.Evaluators = append(r.Evaluators, e)
		}
	}); err != nil {
		return nil, nil, err
	}
	return out, revs, nil
}

// round loads one round with its revision; ENOTFOUND when there is none.
func (tx *tx) round(ctx context.Context, id int64) (*rollout.Round, int, error) {
	rs, revs, err := tx.rounds(ctx, `r.id = $1`, id)
	if err != nil {
		return nil, 0, err
	}
	if len(rs) == 0 {
		return nil, 0, rollout.Errorf(rollout.ENOTFOUND, "没有编号为 %d 的评估轮次。", id)
	}
	return rs[0], revs[id], nil
}

// openRound loads a round that is still open; ECONFLICT when it is closed.
func (tx *tx) openRound(ctx context.Context, id int64) (*rollout.Round, error) {
	r, _, err := tx.round(ctx, id)
	if err != nil {
		return nil, err
	}
	if r.Closed() {
		return nil, rollout.ErrRoundClosed(r)
	}
	return r, nil
}

// touchRound counts a change of an open round; ECONFLICT when it was closed
// meanwhile.
func (tx *tx) touchRound(ctx context.Context, r *rollout.Round) error {
	res, err := tx.ExecContext(ctx, `UPDATE eval_rounds SET revision = revision + 1 WHERE id = $1 AND state = 'open'`, r.ID)
	if err != nil {
		return fmt.Errorf("round %d: %w", r.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return rollout.ErrRoundClosed(r)
	}
	return nil
}

// Rounds lists every round, newest first.
func (db *DB) Rounds(ctx context.Context) ([]*rollout.Round, error) {
	return read(ctx, db, func(tx *tx) ([]*rollout.Round, error) {
		rs, _, err := tx.rounds(ctx, `TRUE`)
		if rs == nil {
			rs = []*rollout.Round{}
		}
		return rs, err
	})
}

// Round returns one round; ENOTFOUND when there is none.
func (db *DB) Round(ctx context.Context, id int64) (*rollout.Round, error) {
	return read(ctx, db, func(tx *tx) (*rollout.Round, error) {
		r, _, err := tx.round(ctx, id)
		return r, err
	})
}

// CreateRound opens a round. Beyond Round.Validate: the batch must exist,
// every item be of it, and every unit have a first-level implementing task
// for at least one of the items; each is EINVALID naming what is wrong, and
// nothing is written.
func (db *DB) CreateRound(ctx context.Context, r *rollout.Round) (*rollout.Round, error) {
	in := *r
	in.Items, in.Units = dedup(r.Items), dedup(r.Units)
	in.Criteria = slices.Clone(r.Criteria)
	if err := in.Validate(); err != nil {
		return nil, err
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var batchID int64
	err = tx.QueryRowContext(ctx, `SELECT id FROM batches WHERE number = $1`, in.Batch).Scan(&batchID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, rollout.Errorf(rollout.EINVALID, "没有第%d批：请先导入该批通知。", in.Batch)
	}
	if err != nil {
		return nil, fmt.Errorf("batch %d: %w", in.Batch, err)
	}
	var itemID int64
	batchItems := map[int64]bool{}
	if err := tx.each(ctx, `SELECT id FROM items WHERE batch_id = $1`, []any{&itemID}, func() { batchItems[itemID] = true }, batchID); err != nil {
		return nil, err
	}
	for _, id := range in.Items {
		if !batchItems[id] {
			return nil, rollout.Errorf(rollout.EINVALID, "改革事项 %d 不属于第%d批。", id, in.Batch)
		}
	}
	var unitID int64
	var unitName string
	withTask := map[int64]bool{}
	if err := tx.each(ctx, `SELECT DISTINCT t.unit_id FROM tasks t JOIN items i ON i.id = t.item_id
		WHERE i.batch_id = $1 AND t.parent_id IS NULL AND t.role = $2`, []any{&unitID},
		func() { withTask[unitID] = true }, batchID, string(rollout.RoleImplement)); err != nil {
		return nil, err
	}
	for _, id := range in.Units {
		if withTask[id] {
			continue
		}
		if err := tx.QueryRowContext(ctx, `SELECT name FROM units WHERE id = $1`, id).Scan(&unitName); errors.Is(err, sql.ErrNoRows) {
			return nil, rollout.Errorf(rollout.EINVALID, "没有编号为 %d 的单位。", id)
		} else if err != nil {
			return nil, fmt.Errorf("unit %d: %w", id, err)
		}
		return nil, rollout.Errorf(rollout.EINVALID, "%s没有第%d批的落实任务，不能作为被评估单位：请选择有任务的省份或自贸试验区。", unitName, in.Batch)
	}
	weights, _ := json.Marshal(in.Weights)
	criteria, _ := json.Marshal(nonNil(in.Criteria))
	actor, _ := actorOf(ctx)
	if err := tx.QueryRowContext(ctx, `INSERT INTO eval_rounds (name, batch, period, weights, criteria, state, created_at, created_by)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, in.Name, in.Batch, string(in.Period), string(weights), string(criteria),
		string(rollout.RoundOpen), db.dialect.timeArg(tx.now), actor).Scan(&in.ID); err != nil {
		return nil, fmt.Errorf("create round: %w", err)
	}
	for _, id := range in.Items {
		if _, err := tx.ExecContext(ctx, `INSERT INTO eval_round_items (round_id, item_id) VALUES ($1, $2)`, in.ID, id); err != nil {
			return nil, fmt.Errorf("create round: %w", err)
		}
	}
	for _, id := range in.Units {
		if _, err := tx.ExecContext(ctx, `INSERT INTO eval_round_units (round_id, unit_id) VALUES ($1, $2)`, in.ID, id); err != nil {
			return nil, fmt.Errorf("create round: %w", err)
		}
	}
	out, _, err := tx.round(ctx, in.ID)
	if err != nil {
		return nil, err
	}
	if err := tx.audit(ctx, "round.create", roundObject(out.ID), nil, out); err != nil {
		return nil, err
	}
	return out, tx.Commit()
}

// SetEvaluators replaces a round's evaluators; each must hold the evaluator
// role somewhere.
func (db *DB) SetEvaluators(ctx context.Context, roundID int64, userIDs []int64) (*rollout.Round, error) {
	userIDs = dedup(userIDs)
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	before, err := tx.openRound(ctx, roundID)
	if err != nil {
		return nil, err
	}
	for _, id := range userIDs {
		u, err := tx.user(ctx, id)
		if rollout.ErrorCode(err) == rollout.ENOTFOUND {
			return nil, rollout.Errorf(rollout.EINVALID, "没有编号为 %d 的用户。", id)
		}
		if err != nil {
			return nil, err
		}
		if !u.Has(rollout.RoleEvaluator) {
			return nil, rollout.Errorf(rollout.EINVALID, "用户“%s”没有“评估人”角色：请先在账号管理中为其授予该角色。", u.Username)
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM eval_round_evaluators WHERE round_id = $1`, roundID); err != nil {
		return nil, fmt.Errorf("evaluators of round %d: %w", roundID, err)
	}
	for _, id := range userIDs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO eval_round_evaluators (round_id, user_id) VALUES ($1, $2)`, roundID, id); err != nil {
			return nil, fmt.Errorf("evaluators of round %d: %w", roundID, err)
		}
	}
	if err := tx.touchRound(ctx, before); err != nil {
		return nil, err
	}
	after, _, err := tx.round(ctx, roundID)
	if err != nil {
		return nil, err
	}
	if err := tx.audit(ctx, "round.evaluators", roundObject(roundID), before.Evaluators, after.Evaluators); err != nil {
		return nil, err
	}
	return after, tx.Commit()
}

// scores loads a round's scores by unit, criterion and evaluator.
func (tx *tx) scores(ctx context.Context, roundID int64) ([]rollout.Score, error) {
	out := []rollout.Score{}
	var s rollout.Score
	err := tx.each(ctx, `SELECT s.round_id, s.unit_id, s.criterion, s.evaluator_id, u.username, s.value, s.comment, s.updated_at
		FROM eval_scores s JOIN users u ON u.id = s.evaluator_id JOIN units un ON un.id = s.unit_id
		WHERE s.round_id = $1 ORDER BY un.code, s.unit_id, s.criterion, u.username`,
		[]any{&s.RoundID, &s.UnitID, &s.Criterion, &s.EvaluatorID, &s.Evaluator, &s.Value, &s.Comment, timeValue{&s.UpdatedAt}},
		func() { out = append(out, s) }, roundID)
	return out, err
}

// Scores returns a round's scores; ENOTFOUND for a missing round.
func (db *DB) Scores(ctx context.Context, roundID int64) ([]rollout.Score, error) {
	return read(ctx, db, func(tx *tx) ([]rollout.Score, error) {
		if _, _, err := tx.round(ctx, roundID); err != nil {
			return nil, err
		}
		return tx.scores(ctx, roundID)
	})
}

// SaveScores stores the actor's scores, all or none. EFORBIDDEN when the
// actor is not an evaluator of the round.
func (db *DB) SaveScores(ctx context.Context, roundID int64, scores []rollout.Score) error {
	actor := rollout.ActorFrom(ctx)
	if actor == nil {
		return rollout.Errorf(rollout.EINVALID, "评分须由评估人本人保存。")
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	r, err := tx.openRound(ctx, roundID)
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(r.Evaluators, func(e rollout.RoundEvaluator) bool { return e.UserID == actor.ID }) {
		return rollout.Errorf(rollout.EFORBIDDEN, "您不是评估轮次“%s”的评估人。", r.Name)
	}
	type key struct {
		unit int64
		c    int
	}
	seen := map[key]bool{}
	for _, s := range scores {
		s.Comment = strings.TrimSpace(s.Comment)
		if err := r.CheckScore(s); err != nil {
			return err
		}
		if seen[key{s.UnitID, s.Criterion}] {
			return rollout.Errorf(rollout.EINVALID, "单位 %d 的第 %d 个评分项重复打分。", s.UnitID, s.Criterion)
		}
		seen[key{s.UnitID, s.Criterion}] = true
	}
	old, err := tx.scores(ctx, roundID)
	if err != nil {
		return err
	}
	var before, after []rollout.Score
	for _, s := range old {
		if s.EvaluatorID == actor.ID && seen[key{s.UnitID, s.Criterion}] {
			before = append(before, s)
		}
	}
	for _, s := range scores {
		s.RoundID, s.EvaluatorID, s.Evaluator, s.UpdatedAt = roundID, actor.ID, actor.Username, tx.now
		s.Comment = strings.TrimSpace(s.Comment)
		if _, err := tx.ExecContext(ctx, `INSERT INTO eval_scores (round_id, unit_id, criterion, evaluator_id, value, comment, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (round_id, unit_id, criterion, evaluator_id) DO UPDATE SET value = excluded.value, comment = excluded.comment,
			updated_at = excluded.updated_at`, roundID, s.UnitID, s.Criterion, actor.ID, s.Value, s.Comment, db.dialect.timeArg(tx.now)); err != nil {
			return fmt.Errorf("save scores of round %d: %w", roundID, err)
		}
		after = append(after, s)
	}
	if err := tx.touchRound(ctx, r); err != nil {
		return err
	}
	if err := tx.audit(ctx, "round.scores", roundObject(roundID), before, after); err != nil {
		return err
	}
	return tx.Commit()
}

// CloseRound closes an open round and keeps its scorecard. When a change
// comes between computing the scorecard and closing, it computes again (a
// few times, then ECONFLICT asking to try again).
func (db *DB) CloseRound(ctx context.Context, id int64) (*rollout.Round, error) {
	for range 3 {
		r, rev, err := read2(ctx, db, func(tx *tx) (*rollout.Round, int, error) { return tx.round(ctx, id) })
		if err != nil {
			return nil, err
		}
		if r.Closed() {
			return nil, rollout.Errorf(rollout.ECONFLICT, "评估轮次“%s”已于 %s 关闭。", r.Name, r.ClosedAt.Format("2006-01-02 15:04"))
		}
		sc, err := db.computeScorecard(ctx, r)
		if err != nil {
			return nil, err
		}
		out, err := db.closeAt(ctx, r, rev, sc)
		if err == errRoundMoved {
			continue
		}
		return out, err
	}
	return nil, rollout.Errorf(rollout.ECONFLICT, "关闭评估轮次时评分仍在变动：请稍后再试。")
}

var errRoundMoved = errors.New("round changed while its scorecard was computed")

// closeAt closes round r if it is still at revision rev, keeping sc.
func (db *DB) closeAt(ctx context.Context, r *rollout.Round, rev int, sc *rollout.Scorecard) (*rollout.Round, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	actor, _ := actorOf(ctx)
	sc.Final, sc.ComputedAt = true, tx.now
	body, err := json.Marshal(sc)
	if err != nil {
		return nil, fmt.Errorf("scorecard of round %d: %w", r.ID, err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE eval_rounds SET state = $1, closed_at = $2, closed_by = $3, scorecard = $4, revision = revision + 1
		WHERE id = $5 AND state = $6 AND revision = $7`, string(rollout.RoundClosed), db.dialect.timeArg(tx.now), actor, string(body),
		r.ID, string(rollout.RoundOpen), rev)
	if err != nil {
		return nil, fmt.Errorf("close round %d: %w", r.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return nil, fmt.Errorf("close round %d: %w", r.ID, err)
	} else if n == 0 {
		return nil, errRoundMoved
	}
	after, _, err := tx.round(ctx, r.ID)
	if err != nil {
		return nil, err
	}
	type closing struct {
		State rollout.RoundState  `json:"state"`
		Units []rollout.ScoreLine `json:"units,omitempty"`
	}
	if err := tx.audit(ctx, "round.close", roundObject(r.ID), closing{State: r.State}, closing{State: after.State, Units: sc.Units}); err != nil {
		return nil, err
	}
	return after, tx.Commit()
}

// Scorecard returns the scorecard kept for a closed round, or computes it
// from the current data for an open one.
func (db *DB) Scorecard(ctx context.Context, id int64) (*rollout.Scorecard, error) {
	type kept struct {
		r    *rollout.Round
		body string
	}
	k, err := read(ctx, db, func(tx *tx) (kept, error) {
		r, _, err := tx.round(ctx, id)
		if err != nil {
			return kept{}, err
		}
		var body string
		if r.Closed() { // an open round's scorecard is computed, not kept
			err = tx.QueryRowContext(ctx, `SELECT scorecard FROM eval_rounds WHERE id = $1`, id).Scan(&body)
		}
		return kept{r, body}, err
	})
	if err != nil {
		return nil, err
	}
	if k.r.Closed() {
		var sc rollout.Scorecard
		if err := json.Unmarshal([]byte(k.body), &sc); err != nil {
			return nil, fmt.Errorf("scorecard of round %d: %w", id, err)
		}
		return &sc, nil
	}
	return db.computeScorecard(ctx, k.r)
}

// read2 is read for a function of two results.
func read2[A, B any](ctx context.Context, db *DB, fn func(*tx) (A, B, error)) (A, B, error) {
	type pair struct {
		a A
		b B
	}
	p, err := read(ctx, db, func(tx *tx) (pair, error) {
		a, b, err := fn(tx)
		return pair{a, b}, err
	})
	return p.a, p.b, err
}

// dedup returns ids without repeats, in their first order.
func dedup(ids []int64) []int64 {
	out := []int64{}
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
