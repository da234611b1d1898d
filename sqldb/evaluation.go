package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

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
	rows, err := tx.QueryContext(ctx, `SELECT r.id, r.name, r.batch, r.period, r.weights, r.criteria, r.state, r.version, r.revision,
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
		if err := rows.Scan(&r.ID, &r.Name, &r.Batch, &r.Period, &weights, &criteria, &r.State, &r.Version, &rev,
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
		return nil, 0, rollout.E(rollout.ENOTFOUND, "err.eval.round_not_found", id)
	}
	return rs[0], revs[id], nil
}

// touchRound counts a change of an open round (the revision, and the
// version for a coordinator's change read at version); ECONFLICT when it was
// closed, or changed by a coordinator, meanwhile.
func (tx *tx) touchRound(ctx context.Context, r *rollout.Round, version int) error {
	q, args := `UPDATE eval_rounds SET revision = revision + 1 WHERE id = $1 AND state = 'open'`, []any{r.ID}
	if version > 0 {
		q, args = `UPDATE eval_rounds SET revision = revision + 1, version = version + 1 WHERE id = $1 AND state = 'open' AND version = $2`,
			[]any{r.ID, version}
	}
	res, err := tx.ExecContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("round %d: %w", r.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("round %d: %w", r.ID, err)
	} else if n == 0 {
		return &rollout.RoundConflict{Current: r}
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

// roundSnapshot reads what rollout.DecideRoundCreate decides on for a round
// over batch and units.
func (tx *tx) roundSnapshot(ctx context.Context, batch int, units []int64) (rollout.RoundSnapshot, error) {
	snap := rollout.RoundSnapshot{BatchItems: map[int64]bool{}, UnitsWithTask: map[int64]bool{}, UnitNames: map[int64]string{}}
	var batchID int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM batches WHERE number = $1`, batch).Scan(&batchID)
	if errors.Is(err, sql.ErrNoRows) {
		return snap, nil
	}
	if err != nil {
		return snap, fmt.Errorf("batch %d: %w", batch, err)
	}
	snap.BatchFound = true
	var id int64
	if err := tx.each(ctx, `SELECT id FROM items WHERE batch_id = $1`, []any{&id}, func() { snap.BatchItems[id] = true }, batchID); err != nil {
		return snap, err
	}
	if err := tx.each(ctx, `SELECT DISTINCT t.unit_id FROM tasks t JOIN items i ON i.id = t.item_id
		WHERE i.batch_id = $1 AND t.parent_id IS NULL AND t.role = $2`, []any{&id},
		func() { snap.UnitsWithTask[id] = true }, batchID, string(rollout.RoleImplement)); err != nil {
		return snap, err
	}
	var name string
	for _, u := range units {
		err := tx.QueryRowContext(ctx, `SELECT name FROM units WHERE id = $1`, u).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return snap, fmt.Errorf("unit %d: %w", u, err)
		}
		snap.UnitNames[u] = name
	}
	return snap, nil
}

// CreateRound opens a round as rollout.DecideRoundCreate decides over the
// batch, its items and tasks read in the same transaction; a refusal writes
// nothing.
func (db *DB) CreateRound(ctx context.Context, r *rollout.Round) (*rollout.Round, error) {
	if r == nil {
		r = &rollout.Round{}
	}
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	snap, err := tx.roundSnapshot(ctx, r.Batch, r.Units)
	if err != nil {
		return nil, err
	}
	actor, _ := actorOf(ctx)
	in, err := rollout.DecideRoundCreate(snap, *r, actor, tx.now)
	if err != nil {
		return nil, err
	}
	weights, _ := json.Marshal(in.Weights)
	criteria, _ := json.Marshal(nonNil(in.Criteria))
	if err := tx.QueryRowContext(ctx, `INSERT INTO eval_rounds (name, batch, period, weights, criteria, state, version, created_at, created_by)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`, in.Name, in.Batch, string(in.Period), string(weights), string(criteria),
		string(in.State), in.Version, db.dialect.timeArg(in.CreatedAt), in.CreatedBy).Scan(&in.ID); err != nil {
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

// SetEvaluators replaces a round's evaluators as rollout.DecideEvaluators
// decides over the round and the users named, read in the same transaction.
func (db *DB) SetEvaluators(ctx context.Context, roundID int64, version int, userIDs []int64) (*rollout.Round, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	before, _, err := tx.round(ctx, roundID)
	if err != nil {
		return nil, err
	}
	users := map[int64]*rollout.User{}
	for _, id := range userIDs {
		u, err := tx.user(ctx, id)
		if rollout.ErrorCode(err) == rollout.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		users[id] = u
	}
	evs, err := rollout.DecideEvaluators(before, version, userIDs, users)
	if err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM eval_round_evaluators WHERE round_id = $1`, roundID); err != nil {
		return nil, fmt.Errorf("evaluators of round %d: %w", roundID, err)
	}
	for _, e := range evs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO eval_round_evaluators (round_id, user_id) VALUES ($1, $2)`, roundID, e.UserID); err != nil {
			return nil, fmt.Errorf("evaluators of round %d: %w", roundID, err)
		}
	}
	if err := tx.touchRound(ctx, before, version); err != nil {
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

// SaveScores stores the actor's scores, all or none, as
// rollout.DecideScores decides over the round and its units' names read in
// the same transaction.
func (db *DB) SaveScores(ctx context.Context, roundID int64, scores []rollout.Score) error {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	r, _, err := tx.round(ctx, roundID)
	if err != nil {
		return err
	}
	snap := rollout.ScoreSnapshot{Round: r, UnitNames: map[int64]string{}}
	var id int64
	var name string
	if err := tx.each(ctx, `SELECT u.id, u.name FROM eval_round_units x JOIN units u ON u.id = x.unit_id WHERE x.round_id = $1`,
		[]any{&id, &name}, func() { snap.UnitNames[id] = name }, roundID); err != nil {
		return err
	}
	actor := rollout.ActorFrom(ctx)
	plan, err := rollout.DecideScores(snap, actor, scores, tx.now)
	if err != nil {
		return err
	}
	type key struct {
		unit int64
		c    int
	}
	saved := map[key]bool{}
	for _, s := range plan {
		saved[key{s.UnitID, s.Criterion}] = true
	}
	old, err := tx.scores(ctx, roundID)
	if err != nil {
		return err
	}
	var before []rollout.Score
	for _, s := range old {
		if s.EvaluatorID == actor.ID && saved[key{s.UnitID, s.Criterion}] {
			before = append(before, s)
		}
	}
	for _, s := range plan {
		if _, err := tx.ExecContext(ctx, `INSERT INTO eval_scores (round_id, unit_id, criterion, evaluator_id, value, comment, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (round_id, unit_id, criterion, evaluator_id) DO UPDATE SET value = excluded.value, comment = excluded.comment,
			updated_at = excluded.updated_at`, roundID, s.UnitID, s.Criterion, s.EvaluatorID, s.Value, s.Comment, db.dialect.timeArg(s.UpdatedAt)); err != nil {
			return fmt.Errorf("save scores of round %d: %w", roundID, err)
		}
	}
	if err := tx.touchRound(ctx, r, 0); err != nil {
		return rollout.ErrRoundClosed(r) // closed meanwhile
	}
	if err := tx.audit(ctx, "round.scores", roundObject(roundID), before, plan); err != nil {
		return err
	}
	return tx.Commit()
}

// CloseRound closes an open round, read at version, and keeps its scorecard,
// as rollout.DecideRoundClose decides. The scorecard is computed outside the
// writing transaction; when a score comes between computing it and closing
// (the revision moved), it computes again (a few times, then ECONFLICT asking
// to try again).
func (db *DB) CloseRound(ctx context.Context, id int64, version int) (*rollout.Round, error) {
	for range 3 {
		r, rev, err := read2(ctx, db, func(tx *tx) (*rollout.Round, int, error) { return tx.round(ctx, id) })
		if err != nil {
			return nil, err
		}
		// A refusal needs no scorecard: decide on an empty one first.
		if _, err := rollout.DecideRoundClose(r, version, &rollout.Scorecard{}, db.now()); err != nil {
			return nil, err
		}
		sc, err := db.computeScorecard(ctx, r)
		if err != nil {
			return nil, err
		}
		out, err := db.closeAt(ctx, id, version, rev, sc)
		if err == errRoundMoved {
			continue
		}
		return out, err
	}
	return nil, rollout.E(rollout.ECONFLICT, "err.eval.round_busy")
}

var errRoundMoved = errors.New("round changed while its scorecard was computed")

// closeAt closes round id, read by the user at version, if it is still at
// revision rev, keeping sc.
func (db *DB) closeAt(ctx context.Context, id int64, version, rev int, sc *rollout.Scorecard) (*rollout.Round, error) {
	tx, err := db.begin(ctx, false)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	r, nowRev, err := tx.round(ctx, id)
	if err != nil {
		return nil, err
	}
	kept, err := rollout.DecideRoundClose(r, version, sc, tx.now)
	if err != nil {
		return nil, err
	}
	if nowRev != rev {
		return nil, errRoundMoved
	}
	actor, _ := actorOf(ctx)
	body, err := json.Marshal(kept)
	if err != nil {
		return nil, fmt.Errorf("scorecard of round %d: %w", r.ID, err)
	}
	res, err := tx.ExecContext(ctx, `UPDATE eval_rounds SET state = $1, closed_at = $2, closed_by = $3, scorecard = $4,
		revision = revision + 1, version = version + 1 WHERE id = $5 AND state = $6 AND revision = $7 AND version = $8`,
		string(rollout.RoundClosed), db.dialect.timeArg(tx.now), actor, string(body), r.ID, string(rollout.RoundOpen), rev, version)
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
	if err := tx.audit(ctx, "round.close", roundObject(r.ID), closing{State: r.State}, closing{State: after.State, Units: kept.Units}); err != nil {
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
		if r.KeptScorecard() { // an open round's scorecard is computed, not kept
			err = tx.QueryRowContext(ctx, `SELECT scorecard FROM eval_rounds WHERE id = $1`, id).Scan(&body)
		}
		return kept{r, body}, err
	})
	if err != nil {
		return nil, err
	}
	if k.r.KeptScorecard() {
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
