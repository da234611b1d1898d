-- Evaluation rounds (成效评估): the round with its weights and rubric (as
-- JSON, read and written whole), the items and units it evaluates, its
-- evaluators, their scores, and the scorecard kept when the round closes.
CREATE TABLE eval_rounds (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    batch      INTEGER NOT NULL,
    period     TEXT    NOT NULL,
    weights    TEXT    NOT NULL,                   -- rollout.Weights as JSON
    criteria   TEXT    NOT NULL,                   -- []rollout.Criterion as JSON
    state      TEXT    NOT NULL DEFAULT 'open',    -- open, closed
    revision   INTEGER NOT NULL DEFAULT 0,         -- counts changes; guards closing
    created_at TEXT NOT NULL,
    created_by TEXT    NOT NULL,
    closed_at  TEXT,
    closed_by  TEXT    NOT NULL DEFAULT '',
    scorecard  TEXT    NOT NULL DEFAULT ''         -- rollout.Scorecard as JSON, kept at closing
);

CREATE TABLE eval_round_items (
    round_id INTEGER NOT NULL REFERENCES eval_rounds(id),
    item_id  INTEGER NOT NULL REFERENCES items(id),
    PRIMARY KEY (round_id, item_id)
);

CREATE TABLE eval_round_units (
    round_id INTEGER NOT NULL REFERENCES eval_rounds(id),
    unit_id  INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (round_id, unit_id)
);

CREATE TABLE eval_round_evaluators (
    round_id INTEGER NOT NULL REFERENCES eval_rounds(id),
    user_id  INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (round_id, user_id)
);
CREATE INDEX eval_round_evaluators_user ON eval_round_evaluators (user_id);

-- One evaluator's score of one unit on one criterion (its Seq in the rubric).
CREATE TABLE eval_scores (
    round_id     INTEGER NOT NULL REFERENCES eval_rounds(id),
    unit_id      INTEGER NOT NULL REFERENCES units(id),
    criterion    INTEGER NOT NULL,
    evaluator_id INTEGER NOT NULL REFERENCES users(id),
    value        REAL NOT NULL,
    comment      TEXT    NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (round_id, unit_id, criterion, evaluator_id)
);
