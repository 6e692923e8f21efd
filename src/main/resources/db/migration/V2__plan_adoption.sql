-- A plan's lifecycle: the council's decision that adopted it, when it was adopted and archived,
-- and the plan it revises (a revision is a draft copy of an adopted plan's structure).
-- NULL is explicit on the timestamps so MariaDB never gives them an automatic default.
ALTER TABLE plan
    ADD COLUMN decision_reference VARCHAR(200) NULL,
    ADD COLUMN decision_date      DATE         NULL,
    ADD COLUMN adopted_at         TIMESTAMP(6) NULL,
    ADD COLUMN archived_at        TIMESTAMP(6) NULL,
    ADD COLUMN predecessor_id     BIGINT       NULL,
    ADD CONSTRAINT plan_predecessor_fk FOREIGN KEY (predecessor_id) REFERENCES plan (id);
