-- Reminders stored for units about their tasks, and the e-mail address they go to.
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

CREATE TABLE notifications (
    id         BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id    BIGINT  NOT NULL REFERENCES units(id),
    task_id    BIGINT  NOT NULL REFERENCES tasks(id),
    kind       TEXT    NOT NULL,
    day        TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    claimed_at TIMESTAMPTZ,
    sent_at    TIMESTAMPTZ,
    error      TEXT    NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX notifications_once ON notifications (task_id, kind, day);
CREATE INDEX notifications_unit ON notifications (unit_id, created_at);
CREATE INDEX notifications_unsent ON notifications (sent_at, claimed_at);
