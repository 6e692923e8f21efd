-- The content version of each plan: the feed sequence of the last change that touched it.
-- Written by the change feed's writer (se.styrkort.changes.ChangeWriter) in the same statement
-- batch, in the same transaction, as the changes themselves, so every write path that reaches
-- the feed moves it, and a reader on any replica that sees a new version sees its data too.
-- Plan-wide documents (tree, fulfilment, facts) are cached under it, and their ETags derive
-- from it.
--
-- Why not MAX(sequence) of change_event per plan: retention removes old changes, and a plan whose
-- changes are all gone would fall back to no version at all, and could come back to one it had.
-- A plan without a row (written past the service, as a bulk load in SQL would) is at version 0
-- until its first change through the service. No foreign key: a deleted plan's row is harmless, and only the feed's writer locks these rows,
-- always while it holds the lock of change_feed_position, so they take part in no deadlock.
CREATE TABLE plan_content_version (
    plan_id  BIGINT NOT NULL,
    version  BIGINT NOT NULL,
    PRIMARY KEY (plan_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO plan_content_version (plan_id, version)
SELECT p.id, COALESCE((SELECT MAX(e.sequence) FROM change_event e WHERE e.plan_id = p.id), 0)
FROM plan p;
