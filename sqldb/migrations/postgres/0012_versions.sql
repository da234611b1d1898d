-- Versions for optimistic concurrency: an indicator and a round each count the
-- changes a person makes to them, and a change names the version it read
-- (rollout.DecideIndicatorSave, rollout.DecideEvaluators, rollout.DecideRoundClose).
-- A round's revision still counts every change, scores included, and guards
-- the scorecard kept at closing; its version counts the coordinator's changes.
ALTER TABLE indicators ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE eval_rounds ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
