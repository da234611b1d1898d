-- 督办 and requests for a later deadline (延期申请), and notifications read in the app.

-- How often the level above urged the unit on a task (督办), for the lists.
ALTER TABLE tasks ADD COLUMN urges INTEGER NOT NULL DEFAULT 0;

-- A unit's requests for a later deadline of its task, and their decisions.
-- At most one awaits decision per task.
CREATE TABLE task_extensions (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES tasks(id),
    from_text     TEXT    NOT NULL,             -- the deadline when asked
    from_date     TEXT,
    asked_text    TEXT    NOT NULL,
    asked_date    TEXT    NOT NULL,
    reason        TEXT    NOT NULL,
    state         TEXT    NOT NULL,             -- pending, granted, refused
    granted_text  TEXT    NOT NULL DEFAULT '',
    granted_date  TEXT,
    answer        TEXT    NOT NULL DEFAULT '',
    asked_by      TEXT    NOT NULL,
    asked_at      TEXT    NOT NULL,
    decided_by    TEXT    NOT NULL DEFAULT '',
    decided_at    TEXT
);
CREATE INDEX task_extensions_task ON task_extensions (task_id, id);
CREATE UNIQUE INDEX task_extensions_pending ON task_extensions (task_id) WHERE state = 'pending';

-- Notifications of people's steps (督办, returns, escalations, extensions) are
-- one per step: the event that made them joins the unique index (0 for
-- reminders, which stay one per task, kind, day, problem and unit).
ALTER TABLE notifications ADD COLUMN event_id INTEGER NOT NULL DEFAULT 0;
DROP INDEX notifications_once;
CREATE UNIQUE INDEX notifications_once ON notifications (task_id, kind, day, problem_id, unit_id, event_id);

-- Which user has read which notification in the app.
CREATE TABLE notification_reads (
    notification_id INTEGER NOT NULL REFERENCES notifications(id),
    user_id         INTEGER NOT NULL REFERENCES users(id),
    read_at         TEXT    NOT NULL,
    PRIMARY KEY (notification_id, user_id)
);
CREATE INDEX notification_reads_user ON notification_reads (user_id);
