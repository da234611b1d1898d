-- The problem box of a report (存在问题) in 问题协调: each submission of a
-- report with a problem raised a problem on the task (raised) or joined the
-- task's open one. One row per report version so submitted.
CREATE TABLE report_problems (
    report_id  BIGINT  NOT NULL REFERENCES reports(id),
    version    INTEGER NOT NULL,                         -- the report's version submitted
    problem_id BIGINT  NOT NULL REFERENCES problems(id),
    raised     BOOLEAN NOT NULL,                         -- raised it (else joined it)
    at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (report_id, version)
);
CREATE INDEX report_problems_problem ON report_problems (problem_id);
