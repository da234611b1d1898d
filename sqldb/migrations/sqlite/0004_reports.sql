-- The supervision loop: each task's state and the steps that moved it, the
-- progress reports with every saved version, and their evidence.

-- Existing tasks start at 交办. state_at is when the state last changed: set
-- from created_at for the tasks made before this migration and on every insert
-- (nullable only because SQLite cannot add a NOT NULL column without a constant
-- default).
ALTER TABLE tasks ADD COLUMN state TEXT NOT NULL DEFAULT 'assigned';
ALTER TABLE tasks ADD COLUMN state_at TEXT;
UPDATE tasks SET state_at = created_at;
CREATE INDEX tasks_state ON tasks (state);

-- The reporting rhythm of a batch: monthly, quarterly or half_yearly.
ALTER TABLE batches ADD COLUMN rhythm TEXT NOT NULL DEFAULT 'quarterly';

-- One row per step of a task's loop, oldest first by id.
CREATE TABLE task_events (
    id         INTEGER PRIMARY KEY,
    task_id    INTEGER NOT NULL REFERENCES tasks(id),
    at         TEXT    NOT NULL,
    actor      TEXT    NOT NULL,                   -- user name, or "system"
    actor_id   INTEGER NOT NULL DEFAULT 0,
    kind       TEXT    NOT NULL,
    from_state TEXT    NOT NULL,
    to_state   TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX task_events_task ON task_events (task_id, id);

-- A task's report for one period as it stands now. version counts its saves;
-- a save names the version it edits (optimistic concurrency).
CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    task_id      INTEGER NOT NULL REFERENCES tasks(id),
    period       TEXT    NOT NULL,                 -- 2024Q1, 2024-03, 2024H1
    version      INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    measures     TEXT    NOT NULL DEFAULT '',
    problem      BOOLEAN NOT NULL DEFAULT FALSE,
    problem_text TEXT    NOT NULL DEFAULT '',
    submitted    BOOLEAN NOT NULL DEFAULT FALSE,   -- the current version was submitted
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL
);
-- Also the index of reports by task.
CREATE UNIQUE INDEX reports_task_period ON reports (task_id, period);

-- Every saved version of a report, as it was saved, with its evidence list
-- as JSON (metadata only; the files stay in evidence).
CREATE TABLE report_versions (
    report_id    INTEGER NOT NULL REFERENCES reports(id),
    version      INTEGER NOT NULL,
    status       TEXT    NOT NULL,
    measures     TEXT    NOT NULL DEFAULT '',
    problem      BOOLEAN NOT NULL DEFAULT FALSE,
    problem_text TEXT    NOT NULL DEFAULT '',
    submitted    BOOLEAN NOT NULL DEFAULT FALSE,
    evidence     TEXT    NOT NULL DEFAULT '[]',
    saved_at     TEXT    NOT NULL,
    saved_by     TEXT    NOT NULL,
    PRIMARY KEY (report_id, version)
);

-- Evidence of reports: local documents (配套文件) and attached files. An entry
-- dropped from a report is kept, marked with the version that dropped it, so
-- that the files of earlier versions stay readable.
CREATE TABLE evidence (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports(id),
    pos        INTEGER NOT NULL DEFAULT 0,         -- order in the report
    title      TEXT    NOT NULL,
    doc_no     TEXT    NOT NULL DEFAULT '',
    date       TEXT,
    link       TEXT    NOT NULL DEFAULT '',
    file_name  TEXT    NOT NULL DEFAULT '',
    file_type  TEXT    NOT NULL DEFAULT '',
    file_size  INTEGER NOT NULL DEFAULT 0,
    sha256     TEXT    NOT NULL DEFAULT '',
    body       BLOB,                               -- NULL: no file
    removed_in INTEGER                             -- NULL: part of the current version
);
CREATE INDEX evidence_report ON evidence (report_id);
