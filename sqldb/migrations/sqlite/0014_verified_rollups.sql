-- Counting two ways (DOMAIN.md §4 rule 5, issue 16): a status counts as reported
-- (已上报: the newest submitted report) and as verified (复核通过: the newest
-- report the level above accepted). rollout.Count decides both from the
-- versions of a task's reports and its review steps.

-- The ID of the task's newest step (task_events) when a version was saved, 0
-- when it had none: the first review step (accept or return) with a greater ID reviewed the version.
-- Saves write it; for the versions saved before this migration it is the
-- newest step strictly before the save (a save's own step is written in its
-- transaction, at the same time).
ALTER TABLE report_versions ADD COLUMN after_event INTEGER NOT NULL DEFAULT 0;
UPDATE report_versions SET after_event = COALESCE((
    SELECT MAX(e.id) FROM task_events e JOIN reports r ON r.id = report_versions.report_id
    WHERE e.task_id = r.task_id AND e.at < report_versions.saved_at), 0);

-- The verified figures beside the reported ones: the task's own status as
-- verified, the day it became so, whether the verified version lists evidence,
-- and the verified Tally (leaves are the same for both). The rows are rebuilt
-- by Go code run with this migration (backfillRollups), from the raw rows by
-- the rules of rollout.Count — which also changes the reported figures of a
-- task whose newest submitted report has a draft saved over it: a draft no
-- longer changes a figure.
ALTER TABLE task_rollups ADD COLUMN v_status TEXT NOT NULL DEFAULT 'not_started';
ALTER TABLE task_rollups ADD COLUMN v_since TEXT;
ALTER TABLE task_rollups ADD COLUMN v_has_evidence BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE task_rollups ADD COLUMN v_not_started INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_rollups ADD COLUMN v_in_progress INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_rollups ADD COLUMN v_implemented INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_rollups ADD COLUMN v_deepening INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_rollups ADD COLUMN v_pending INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_rollups ADD COLUMN v_na INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_rollups ADD COLUMN v_central INTEGER NOT NULL DEFAULT 0;
ALTER TABLE task_rollups ADD COLUMN v_evidence INTEGER NOT NULL DEFAULT 0;
