-- Batches (one per imported notice), their domains and reform items.
CREATE TABLE batches (
    id            INTEGER PRIMARY KEY,
    number        INTEGER NOT NULL UNIQUE,
    doc_no        TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL,
    issuer        TEXT    NOT NULL,
    issued_on     TEXT    NOT NULL,
    addressees    TEXT    NOT NULL DEFAULT '',
    source_url    TEXT    NOT NULL DEFAULT '',
    preamble      TEXT    NOT NULL DEFAULT '',
    annex_title   TEXT    NOT NULL DEFAULT '',
    duties        TEXT    NOT NULL DEFAULT '[]',
    diagnostics   TEXT    NOT NULL DEFAULT '[]',
    fingerprint   TEXT    NOT NULL,
    source_format TEXT    NOT NULL,
    source        BLOB    NOT NULL,
    imported_at   TEXT    NOT NULL
);

CREATE TABLE domains (
    id       INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    declared INTEGER NOT NULL DEFAULT 0,
    UNIQUE (batch_id, seq)
);

CREATE TABLE items (
    id         INTEGER PRIMARY KEY,
    batch_id   INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    scope      TEXT    NOT NULL,
    domain_id  INTEGER REFERENCES domains(id) ON DELETE SET NULL,
    domain_pos INTEGER NOT NULL DEFAULT 0,
    UNIQUE (batch_id, seq)
);
CREATE INDEX items_domain ON items (domain_id);

CREATE TABLE item_aliases (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    pos     INTEGER NOT NULL,
    name    TEXT    NOT NULL,
    PRIMARY KEY (item_id, pos)
);

CREATE TABLE item_responsible (
    item_id   INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    pos       INTEGER NOT NULL,
    unit_name TEXT    NOT NULL,
    PRIMARY KEY (item_id, pos)
);
CREATE INDEX item_responsible_unit ON item_responsible (unit_name);
