-- The unit tree and the tasks that bind items to units.
CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    ref_key     TEXT    UNIQUE,               -- key in the shipped reference data; NULL for units added here
    code        TEXT    NOT NULL DEFAULT '',
    name        TEXT    NOT NULL,
    full_name   TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL,
    parent_id   INTEGER REFERENCES units(id),
    province_id INTEGER REFERENCES units(id),
    path        TEXT    NOT NULL,             -- /1/4/9/: ids from the root
    coastal     BOOLEAN NOT NULL DEFAULT FALSE,
    has_ftz     BOOLEAN NOT NULL DEFAULT FALSE,
    retired_at  TEXT,
    created_at  TEXT    NOT NULL
);
CREATE INDEX units_path ON units (path);
CREATE INDEX units_parent ON units (parent_id);
CREATE INDEX units_name ON units (name);
CREATE UNIQUE INDEX units_active_name ON units (parent_id, name) WHERE retired_at IS NULL;

CREATE TABLE unit_aliases (
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    name    TEXT    NOT NULL,
    PRIMARY KEY (unit_id, name)
);
CREATE INDEX unit_aliases_name ON unit_aliases (name);

-- Units confirmed by the coordinator for an item whose scope is not one of the
-- phrases resolved automatically (有需求的地区, a list of places), with the reason
-- a unit opted in.
CREATE TABLE item_scope_units (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    reason  TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, unit_id)
);

CREATE TABLE tasks (
    id            INTEGER PRIMARY KEY,
    item_id       INTEGER NOT NULL REFERENCES items(id),
    unit_id       INTEGER NOT NULL REFERENCES units(id),
    parent_id     INTEGER REFERENCES tasks(id),   -- NULL at the first level
    role          TEXT    NOT NULL,
    deadline_text TEXT    NOT NULL DEFAULT '',
    deadline_date TEXT,
    deliverable   TEXT    NOT NULL DEFAULT '',
    contact       TEXT    NOT NULL DEFAULT '',
    notes         TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE UNIQUE INDEX tasks_first_level ON tasks (item_id, unit_id, role) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX tasks_divided ON tasks (parent_id, unit_id) WHERE parent_id IS NOT NULL;
CREATE INDEX tasks_unit ON tasks (unit_id);
CREATE INDEX tasks_item ON tasks (item_id);
