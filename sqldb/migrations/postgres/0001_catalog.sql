-- Batches (one per imported notice), their domains and reform items.
CREATE TABLE batches (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number        INTEGER NOT NULL UNIQUE,
    doc_no        TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL,
    issuer        TEXT    NOT NULL,
    issued_on     DATE    NOT NULL,
    addressees    TEXT    NOT NULL DEFAULT '',
    source_url    TEXT    NOT NULL DEFAULT '',
    preamble      TEXT    NOT NULL DEFAULT '',
    annex_title   TEXT    NOT NULL DEFAULT '',
    duties        TEXT    NOT NULL DEFAULT '[]',
    diagnostics   TEXT    NOT NULL DEFAULT '[]',
    fingerprint   TEXT    NOT NULL,
    source_format TEXT    NOT NULL,
    source        BYTEA   NOT NULL,
    imported_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE domains (
    id       BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id BIGINT  NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    name     TEXT    NOT NULL,
    declared INTEGER NOT NULL DEFAULT 0,
    UNIQUE (batch_id, seq)
);

CREATE TABLE items (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id   BIGINT  NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    scope      TEXT    NOT NULL,
    domain_id  BIGINT  REFERENCES domains(id) ON DELETE SET NULL,
    domain_pos INTEGER NOT NULL DEFAULT 0,
    UNIQUE (batch_id, seq)
);
CREATE INDEX items_domain ON items (domain_id);

CREATE TABLE item_aliases (
    item_id BIGINT  NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    pos     INTEGER NOT NULL,
    name    TEXT    NOT NULL,
    PRIMARY KEY (item_id, pos)
);

CREATE TABLE item_responsible (
    item_id   BIGINT  NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    pos       INTEGER NOT NULL,
    unit_name TEXT    NOT NULL,
    PRIMARY KEY (item_id, pos)
);
CREATE INDEX item_responsible_unit ON item_responsible (unit_name);
