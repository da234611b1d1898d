-- Coordination: problems up the chain (重点难点问题), approvals and legal
-- changes, the risk register, links between items across batches, and the kind
-- of instrument a batch comes from.

-- 改革试点经验 (replication), 最佳实践案例 (best_practice), 试点措施 (pilot_measures).
ALTER TABLE batches ADD COLUMN instrument TEXT NOT NULL DEFAULT 'replication';

-- A problem raised by a unit on its task for an item.
CREATE TABLE problems (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     BIGINT  NOT NULL REFERENCES items(id),
    task_id     BIGINT  NOT NULL REFERENCES tasks(id),
    unit_id     BIGINT  NOT NULL REFERENCES units(id),   -- the raising unit
    title       TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    state       TEXT    NOT NULL,                        -- open, answered, returned, resolved
    level       TEXT    NOT NULL,                        -- province, central, state_council
    major       BOOLEAN NOT NULL DEFAULT FALSE,
    level_since TIMESTAMPTZ NOT NULL,                    -- reached the level (or sent to it again)
    raised_by   TEXT    NOT NULL,
    raised_at   TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL                     -- the version a step names
);
CREATE INDEX problems_item ON problems (item_id);
CREATE INDEX problems_state ON problems (state, level);

-- Every unit a problem has reached, with the level it reached it at ('' for the raising unit).
CREATE TABLE problem_route (
    problem_id BIGINT  NOT NULL REFERENCES problems(id),
    unit_id    BIGINT  NOT NULL REFERENCES units(id),
    level      TEXT    NOT NULL,
    reached_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (problem_id, unit_id)
);
CREATE INDEX problem_route_unit ON problem_route (unit_id);

-- The thread: one row per step, oldest first by id.
CREATE TABLE problem_events (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    problem_id BIGINT  NOT NULL REFERENCES problems(id),
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT    NOT NULL,
    actor_id   BIGINT  NOT NULL DEFAULT 0,
    kind       TEXT    NOT NULL,
    level      TEXT    NOT NULL,
    note       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX problem_events_problem ON problem_events (problem_id, id);

-- Files attached to a problem (the rules of report evidence).
CREATE TABLE problem_files (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    problem_id BIGINT  NOT NULL REFERENCES problems(id),
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    size       BIGINT  NOT NULL,
    sha256     TEXT    NOT NULL,
    body       BYTEA   NOT NULL,
    added_at   TIMESTAMPTZ NOT NULL,
    added_by   TEXT    NOT NULL
);
CREATE INDEX problem_files_problem ON problem_files (problem_id);

-- The response time of each level, set by the coordinator (defaults in code).
CREATE TABLE problem_settings (
    level      TEXT    PRIMARY KEY,
    days       INTEGER NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT    NOT NULL
);

-- Reminders about problems: to each unit of the level, once per problem, kind
-- and day. Task reminders have problem_id 0; the unique index takes the unit and
-- the problem in, so that a reminder per task, kind and day still holds for them.
ALTER TABLE notifications ADD COLUMN problem_id BIGINT NOT NULL DEFAULT 0;
DROP INDEX notifications_once;
CREATE UNIQUE INDEX notifications_once ON notifications (task_id, kind, day, problem_id, unit_id);

-- Approvals and legal changes of an item (task_id NULL) or of a local task.
CREATE TABLE approvals (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id    BIGINT  NOT NULL REFERENCES items(id),
    task_id    BIGINT  REFERENCES tasks(id),
    kind       TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    steps      TEXT    NOT NULL DEFAULT '[]',            -- JSON: [{step, on, doc_no, note}] in procedure order
    step       TEXT    NOT NULL DEFAULT '',              -- the last step taken, for counting
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT    NOT NULL
);
CREATE INDEX approvals_item ON approvals (item_id);

-- The risk register of an item (task_id NULL) or of a local task.
CREATE TABLE risks (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     BIGINT  NOT NULL REFERENCES items(id),
    task_id     BIGINT  REFERENCES tasks(id),
    category    TEXT    NOT NULL,
    level       TEXT    NOT NULL,
    description TEXT    NOT NULL,
    measures    TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    next_review DATE    NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    updated_by  TEXT    NOT NULL
);
CREATE INDEX risks_item ON risks (item_id);
CREATE INDEX risks_level ON risks (level);

-- Links between items of different batches; item_id < other_id, one row a pair.
CREATE TABLE item_links (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id    BIGINT  NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    other_id   BIGINT  NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL,                         -- integration, coupling
    score      DOUBLE PRECISION NOT NULL DEFAULT 0,
    state      TEXT    NOT NULL,                         -- suggested, accepted, rejected
    manual     BOOLEAN NOT NULL DEFAULT FALSE,
    note       TEXT    NOT NULL DEFAULT '',
    decided_by TEXT    NOT NULL DEFAULT '',
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (item_id, other_id)
);
CREATE INDEX item_links_other ON item_links (other_id);
