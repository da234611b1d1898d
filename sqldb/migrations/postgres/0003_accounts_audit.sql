-- Accounts bound to the unit tree, their sessions and API tokens, and the
-- append-only, hash-chained audit trail.
CREATE TABLE users (
    id                  BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username            TEXT    NOT NULL UNIQUE,
    display_name        TEXT    NOT NULL DEFAULT '',
    password_hash       TEXT    NOT NULL,             -- argon2id, PHC string format
    disabled            BOOLEAN NOT NULL DEFAULT FALSE,
    failed_count        INTEGER NOT NULL DEFAULT 0,   -- failed sign-ins in a row
    locked_until        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL,
    password_changed_at TIMESTAMPTZ NOT NULL
);

-- A role held at a unit reaches the unit's subtree.
CREATE TABLE user_grants (
    user_id BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    unit_id BIGINT  NOT NULL REFERENCES units(id),
    role    TEXT    NOT NULL,
    PRIMARY KEY (user_id, unit_id, role)
);
CREATE INDEX user_grants_unit ON user_grants (unit_id);

-- A signed-in browser. id is the SHA-256 (hex) of the cookie's secret; the
-- secret itself is never stored.
CREATE TABLE sessions (
    id         TEXT    PRIMARY KEY,
    user_id    BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    last_seen  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,                  -- idle expiry, capped at the absolute one
    remote     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions (user_id);

-- An API token: one unit, one role. secret_hash is the SHA-256 (hex) of the secret.
CREATE TABLE api_tokens (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    secret_hash TEXT    NOT NULL UNIQUE,
    user_id     BIGINT  NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,
    unit_id     BIGINT  NOT NULL REFERENCES units(id),
    role        TEXT    NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ,
    last_used   TIMESTAMPTZ
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- The audit trail. Rows are only ever inserted: each one's hash covers its
-- fields and the previous row's hash (see rollout.AuditEntry.ComputeHash). IDs
-- are allocated by the writer, one after the last, under an advisory lock.
CREATE TABLE audit_log (
    id        BIGINT  PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    actor_id  BIGINT  NOT NULL DEFAULT 0,
    actor     TEXT    NOT NULL,
    action    TEXT    COLLATE "C" NOT NULL,
    object    TEXT    NOT NULL DEFAULT '',
    before    TEXT    NOT NULL DEFAULT '',
    after     TEXT    NOT NULL DEFAULT '',
    remote    TEXT    NOT NULL DEFAULT '',
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_object ON audit_log (object);

-- The database refuses to change or remove audit rows; the hash chain shows it
-- if that is done anyway, behind the database's back.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
