-- The change feed for pulling systems: one row per create, update and delete of a plan, goal,
-- indicator, measurement point, target or follow-up value, in commit order.
--
-- Why not an AUTO_INCREMENT id: InnoDB hands out auto-increment values at insert time, so a
-- transaction that inserted 11 can commit after one that inserted 12, and a reader that has
-- seen 12 would pass 11 for good. Here the sequence is assigned at the very end of the writing
-- transaction, under the row lock of change_feed_position, which is held until commit: the
-- transaction that gets N+1 can only take the lock after the one with N has committed. So
-- whenever N+1 is visible, everything up to N is visible too, and a cursor "after N" never
-- skips or repeats a change.

CREATE TABLE change_feed_position (
    id             TINYINT NOT NULL,
    last_sequence  BIGINT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT change_feed_position_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO change_feed_position (id, last_sequence) VALUES (1, 0);

CREATE TABLE change_event (
    sequence     BIGINT       NOT NULL,
    entity_type  VARCHAR(32)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    plan_id      BIGINT       NOT NULL,
    point_id     BIGINT,
    target_year  INT,
    version      BIGINT       NOT NULL,
    change_type  VARCHAR(16)  NOT NULL,
    changed_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (sequence),
    KEY change_event_plan (plan_id, sequence),
    KEY change_event_time (changed_at),
    CONSTRAINT change_event_entity_type CHECK (entity_type IN
        ('PLAN', 'GOAL', 'INDICATOR', 'MEASUREMENT_POINT', 'TARGET', 'EVALUATION')),
    CONSTRAINT change_event_change_type CHECK (change_type IN ('CREATED', 'UPDATED', 'DELETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
