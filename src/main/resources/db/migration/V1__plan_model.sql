-- The plan model: plan → goal tree → indicator → measurement point → target / evaluation.
-- utf8mb4 with Swedish collation so å ä ö and ≥ round-trip and sort as a Swede expects;
-- utf8mb4_swedish_ci exists on both MariaDB 10.11 and 11.4.

CREATE TABLE plan (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    name                    VARCHAR(300)  NOT NULL,
    organisation            VARCHAR(300)  NOT NULL,
    organisation_code       VARCHAR(20),
    start_year              INT           NOT NULL,
    end_year                INT           NOT NULL,
    baseline_year           INT,
    status                  VARCHAR(16)   NOT NULL,
    description             TEXT,
    point_rule              VARCHAR(32)   NOT NULL DEFAULT 'PROGRESS',
    point_partial_share     DECIMAL(5, 4),
    roll_up_rule            VARCHAR(32)   NOT NULL DEFAULT 'UNANIMOUS',
    roll_up_fulfilled_share DECIMAL(5, 4),
    roll_up_partial_share   DECIMAL(5, 4),
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP(6)  NOT NULL,
    updated_at              TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT plan_years CHECK (start_year <= end_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE goal (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id     BIGINT        NOT NULL,
    parent_id   BIGINT,
    kind        VARCHAR(16)   NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    description TEXT,
    position    INT           NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY goal_plan (plan_id, position),
    CONSTRAINT goal_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT goal_parent_fk FOREIGN KEY (parent_id) REFERENCES goal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE indicator (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    goal_id     BIGINT        NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    description TEXT,
    position    INT           NOT NULL,
    comparisons VARCHAR(200)  NOT NULL DEFAULT '',
    owner       VARCHAR(200),
    source      VARCHAR(200),
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY indicator_goal (goal_id, position),
    CONSTRAINT indicator_goal_fk FOREIGN KEY (goal_id) REFERENCES goal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE measurement_point (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    indicator_id   BIGINT        NOT NULL,
    label          VARCHAR(1000) NOT NULL,
    group_label    VARCHAR(1000),
    position       INT           NOT NULL,
    value_type     VARCHAR(16)   NOT NULL,
    unit           VARCHAR(40),
    scale          TEXT,
    direction      VARCHAR(16),
    measured_as_of VARCHAR(200),
    version        BIGINT        NOT NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    updated_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY point_indicator (indicator_id, position),
    CONSTRAINT point_indicator_fk FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One target per point and year. Exactly one reference: a literal (number, level or
-- boolean), another year's outcome, or the previous year's outcome.
CREATE TABLE target (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    point_id        BIGINT         NOT NULL,
    year            INT            NOT NULL,
    comparator      VARCHAR(4)     NOT NULL,
    value_number    DECIMAL(24, 6),
    value_level     VARCHAR(200),
    value_boolean   BOOLEAN,
    reference_year  INT,
    previous_year   BOOLEAN        NOT NULL DEFAULT FALSE,
    written         VARCHAR(200),
    version         BIGINT         NOT NULL,
    created_at      TIMESTAMP(6)   NOT NULL,
    updated_at      TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY target_point_year (point_id, year),
    CONSTRAINT target_point_fk FOREIGN KEY (point_id) REFERENCES measurement_point (id),
    CONSTRAINT target_one_reference CHECK (
        (value_number IS NOT NULL) + (value_level IS NOT NULL) + (value_boolean IS NOT NULL)
            + (reference_year IS NOT NULL) + (previous_year = TRUE) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A follow-up value. At most one per point, year, kind and date; corrections update the
-- row and leave the earlier content in evaluation_revision.
CREATE TABLE evaluation (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    point_id      BIGINT         NOT NULL,
    year          INT            NOT NULL,
    kind          VARCHAR(16)    NOT NULL,
    as_of         DATE           NOT NULL,
    value_number  DECIMAL(24, 6),
    value_level   VARCHAR(200),
    value_boolean BOOLEAN,
    note          TEXT,
    period_label  VARCHAR(100),
    recorded_by   VARCHAR(200)   NOT NULL,
    recorded_at   TIMESTAMP(6)   NOT NULL,
    version       BIGINT         NOT NULL,
    created_at    TIMESTAMP(6)   NOT NULL,
    updated_at    TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY evaluation_key (point_id, year, kind, as_of),
    CONSTRAINT evaluation_point_fk FOREIGN KEY (point_id) REFERENCES measurement_point (id),
    CONSTRAINT evaluation_value_or_note CHECK (
        value_number IS NOT NULL OR value_level IS NOT NULL OR value_boolean IS NOT NULL
            OR note IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every version an evaluation has had, the current one included, kept after the
-- evaluation itself is deleted (no foreign key on purpose): no follow-up value is lost.
CREATE TABLE evaluation_revision (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    evaluation_id  BIGINT         NOT NULL,
    point_id       BIGINT         NOT NULL,
    version        BIGINT         NOT NULL,
    change_type    VARCHAR(16)    NOT NULL,
    year           INT            NOT NULL,
    kind           VARCHAR(16)    NOT NULL,
    as_of          DATE           NOT NULL,
    value_number   DECIMAL(24, 6),
    value_level    VARCHAR(200),
    value_boolean  BOOLEAN,
    note           TEXT,
    period_label   VARCHAR(100),
    changed_by     VARCHAR(200)   NOT NULL,
    changed_at     TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY revision_evaluation (evaluation_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
