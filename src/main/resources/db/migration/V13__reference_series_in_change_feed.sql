-- Reference series join the change feed: a pulling system mirrors riket and county values (and
-- their Kolada syncs) as it mirrors the plan. Drop and add the CHECK: works the same on MariaDB
-- 10.11 and 11.4.
ALTER TABLE change_event DROP CONSTRAINT change_event_entity_type;
ALTER TABLE change_event ADD CONSTRAINT change_event_entity_type CHECK (entity_type IN
    ('PLAN', 'GOAL', 'INDICATOR', 'MEASUREMENT_POINT', 'TARGET', 'EVALUATION', 'REFERENCE_SERIES'));
