-- Earlier values of a reference series: Kolada revises published figures, and a value entered
-- by hand may be corrected. When a year's value changes, the value it replaces is kept here with
-- when it was replaced, so a reader can see what was shown before. Plain CREATE TABLE: works the
-- same on MariaDB 10.11 and 11.4. (plan.organisation_code exists since V1.)

CREATE TABLE reference_value_revision (
    id           BIGINT          NOT NULL AUTO_INCREMENT,
    series_id    BIGINT          NOT NULL,
    year         INT             NOT NULL,
    value_number DECIMAL(24, 6),
    preliminary  BOOLEAN         NOT NULL DEFAULT FALSE,
    fetched_at   TIMESTAMP(6)    NULL,
    replaced_at  TIMESTAMP(6)    NOT NULL,
    PRIMARY KEY (id),
    KEY reference_value_revision_series (series_id, year),
    CONSTRAINT reference_value_revision_series_fk
        FOREIGN KEY (series_id) REFERENCES reference_series (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
