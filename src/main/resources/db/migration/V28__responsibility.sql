-- Responsibility: goals, indicators and measurement points name a responsible organisation unit
-- and, optionally, a person (a user id as the sign-in token carries it, or an e-mail address).
-- Actions have theirs since V27. What nobody is named for is inherited from the node above
-- (a point from its indicator, an indicator from its goal, a goal from its parent): that is what
-- "my follow-ups" matches. An API key may name the person it acts for, so a key can ask too.
-- Plain ADD COLUMN / ADD CONSTRAINT: works the same on MariaDB 10.11 and 11.4.

ALTER TABLE goal ADD COLUMN responsible_unit_id BIGINT NULL;
ALTER TABLE goal ADD COLUMN responsible_person VARCHAR(200) NULL;
ALTER TABLE goal ADD CONSTRAINT goal_responsible_unit_fk
    FOREIGN KEY (responsible_unit_id) REFERENCES organisation_unit (id);

ALTER TABLE indicator ADD COLUMN responsible_unit_id BIGINT NULL;
ALTER TABLE indicator ADD COLUMN responsible_person VARCHAR(200) NULL;
ALTER TABLE indicator ADD CONSTRAINT indicator_responsible_unit_fk
    FOREIGN KEY (responsible_unit_id) REFERENCES organisation_unit (id);

ALTER TABLE measurement_point ADD COLUMN responsible_unit_id BIGINT NULL;
ALTER TABLE measurement_point ADD COLUMN responsible_person VARCHAR(200) NULL;
ALTER TABLE measurement_point ADD CONSTRAINT measurement_point_responsible_unit_fk
    FOREIGN KEY (responsible_unit_id) REFERENCES organisation_unit (id);

CREATE INDEX goal_responsible_person ON goal (responsible_person);
CREATE INDEX indicator_responsible_person ON indicator (responsible_person);
CREATE INDEX measurement_point_responsible_person ON measurement_point (responsible_person);
CREATE INDEX plan_action_responsible_person ON plan_action (responsible_person);

ALTER TABLE api_key ADD COLUMN person VARCHAR(200) NULL;
