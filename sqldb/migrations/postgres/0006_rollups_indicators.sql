-- Roll-ups kept exact with every write, and item indicators with their values
-- in reports.

-- One row per implementing task (a first-level task of role implement and every
-- task divided from it, at any depth; guidance tasks have none). status is the
-- task's current status (see sqldb/rollup.go for which report is current),
-- status_since the day it was first reported, report_id the current report,
-- has_evidence whether that report lists evidence. The tally columns are, for a
-- leaf (a task nothing was divided from), its own single count, and for a
-- divided task the sum of its children's. They are written in the same
-- transaction as every write that changes them; the rows of the tasks that
-- existed before this migration are filled in by Go code run with it
-- (backfillRollups), because which report is current depends on the order of
-- periods of mixed rhythms (2024-03, 2024Q1, 2024H1), which is not the order of
-- their text.
CREATE TABLE task_rollups (
    task_id      BIGINT  PRIMARY KEY REFERENCES tasks(id),
    status       TEXT    NOT NULL DEFAULT 'not_started',
    status_since DATE,
    report_id    BIGINT  REFERENCES reports(id),
    has_evidence BOOLEAN NOT NULL DEFAULT FALSE,
    leaves       INTEGER NOT NULL DEFAULT 0,
    not_started  INTEGER NOT NULL DEFAULT 0,
    in_progress  INTEGER NOT NULL DEFAULT 0,
    implemented  INTEGER NOT NULL DEFAULT 0,
    deepening    INTEGER NOT NULL DEFAULT 0,
    pending      INTEGER NOT NULL DEFAULT 0,
    na           INTEGER NOT NULL DEFAULT 0,
    central      INTEGER NOT NULL DEFAULT 0,
    evidence     INTEGER NOT NULL DEFAULT 0
);

-- Indicators of items (DOMAIN.md §5): the seeded proposals are marked proposed.
CREATE TABLE indicators (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id    BIGINT  NOT NULL REFERENCES items(id),
    seq        INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    measure    TEXT    NOT NULL DEFAULT '',
    direction  TEXT    NOT NULL,
    baseline   DOUBLE PRECISION,
    target     DOUBLE PRECISION,
    proposed   BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX indicators_item_seq ON indicators (item_id, seq);

-- The indicator values of each report as it stands now; every version keeps
-- its own copy in report_versions.indicator_values (JSON).
CREATE TABLE report_values (
    report_id    BIGINT  NOT NULL REFERENCES reports(id),
    indicator_id BIGINT  NOT NULL REFERENCES indicators(id),
    value        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (report_id, indicator_id)
);
CREATE INDEX report_values_indicator ON report_values (indicator_id);
ALTER TABLE report_versions ADD COLUMN indicator_values TEXT NOT NULL DEFAULT '[]';
