-- Optimistic concurrency for units and accounts: version counts the changes
-- an administrator makes (rename, move, retire; grants, disabling), and a
-- change names the version it was decided on. API tokens may expire.
ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMPTZ;
