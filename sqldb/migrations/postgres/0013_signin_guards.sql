-- Failed sign-ins are counted per account name and per address the attempts
-- come from: an address that guesses at a name is held off that name, with
-- growing holds, and never locks the name's owner out from another address.
-- The name is kept as typed (bounded), whether or not an account has it, so
-- the answers do not tell which names exist. users.locked_until now only shows
-- administrators the latest hold of the name; the account-wide count is gone.
CREATE TABLE signin_guards (
    username     TEXT NOT NULL,
    remote       TEXT NOT NULL,
    failures     INTEGER NOT NULL DEFAULT 0,
    locks        INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMPTZ,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, remote)
);
UPDATE users SET failed_count = 0, locked_until = NULL;
