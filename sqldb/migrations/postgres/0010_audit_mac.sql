-- The keyed audit chain: each entry's MAC (HMAC-SHA-256 under a key kept
-- outside the database) covers its hash and the previous entry's MAC; entries
-- written before this migration keep an empty MAC, bound by the first keyed
-- entry after them (see rollout.AuditMAC and sqldb/auditkey.go).
ALTER TABLE audit_log ADD COLUMN mac TEXT NOT NULL DEFAULT '';
