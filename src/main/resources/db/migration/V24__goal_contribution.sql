-- A committee's goal may contribute to a goal of an adopted plan of a unit above it (the council's
-- fullmäktigemål): the council's follow-up is judged from the committees' goals beneath it.
ALTER TABLE goal ADD COLUMN contributes_to_goal_id BIGINT NULL;
ALTER TABLE goal ADD CONSTRAINT goal_contributes_to_fk
    FOREIGN KEY (contributes_to_goal_id) REFERENCES goal (id);
CREATE INDEX goal_contributes_to ON goal (contributes_to_goal_id);
