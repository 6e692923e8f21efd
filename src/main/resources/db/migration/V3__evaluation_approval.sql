-- Approval of follow-up values: DRAFT → SUBMITTED → APPROVED, and APPROVED → DRAFT only by a
-- reopening with a reason. Values recorded before approval existed start as drafts.
-- Plain ADD COLUMN / ADD CONSTRAINT: works the same on MariaDB 10.11 and 11.4.

ALTER TABLE evaluation
    ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'DRAFT',
    ADD CONSTRAINT evaluation_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED'));

-- The history shows every state change; a reopening (and a correction that withdrew a submission)
-- says why in reason.
ALTER TABLE evaluation_revision
    ADD COLUMN state  VARCHAR(16) NOT NULL DEFAULT 'DRAFT',
    ADD COLUMN reason TEXT;
