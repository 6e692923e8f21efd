-- The history of the plan's definition: every create, update and delete of a goal, indicator,
-- measurement point or target, with who, when and the content before and after. One generic,
-- insert-only table (instead of an audit table per entity, as Hibernate Envers would need): rows
-- outlive the entity they describe, so a deleted point's history still reads.
-- Plain CREATE TABLE with a JSON_VALID check: works the same on MariaDB 10.11 and 11.4.

CREATE TABLE change_record (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    entity_type       VARCHAR(32)    NOT NULL,
    entity_id         BIGINT         NOT NULL,
    plan_id           BIGINT         NOT NULL,
    point_id          BIGINT,
    version           BIGINT         NOT NULL,
    change_type       VARCHAR(16)    NOT NULL,
    content           LONGTEXT       NOT NULL,
    previous_content  LONGTEXT,
    changed_by        VARCHAR(200)   NOT NULL,
    changed_at        TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY change_record_entity (entity_type, entity_id, id),
    KEY change_record_point (point_id, id),
    CONSTRAINT change_record_entity_type
        CHECK (entity_type IN ('GOAL', 'INDICATOR', 'MEASUREMENT_POINT', 'TARGET')),
    CONSTRAINT change_record_change_type CHECK (change_type IN ('CREATED', 'UPDATED', 'DELETED')),
    CONSTRAINT change_record_content CHECK (JSON_VALID(content)),
    CONSTRAINT change_record_previous_content
        CHECK (previous_content IS NULL OR JSON_VALID(previous_content))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
