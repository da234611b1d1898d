-- Approvals, legal changes and risks carry a version: a save names the
-- version it edits, so that of two editors the second is told instead of
-- overwriting. Entries already stored are at version 1.
ALTER TABLE approvals ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE risks ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
