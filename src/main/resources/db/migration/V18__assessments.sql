-- Assessments and analyses (bedömning, analys): for each node of a plan's goal tree (the plan,
-- a focus area, a goal, an indicator) and reporting period, the status a person judges, an
-- outlook for the year's end at interim periods, the required motivation and the analysis.
-- They move DRAFT -> SUBMITTED -> APPROVED like follow-up values, and a closed period locks them.
-- node_id is the plan's id for PLAN, a goal's for FOCUS_AREA and GOAL, an indicator's for
-- INDICATOR; goals and indicators with assessments are not deleted (the services refuse it).

CREATE TABLE assessment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id      BIGINT        NOT NULL,
    period_id    BIGINT        NOT NULL,
    node_kind    VARCHAR(16)   NOT NULL,
    node_id      BIGINT        NOT NULL,
    status       VARCHAR(32)   NOT NULL,
    outlook      VARCHAR(32),
    motivation   TEXT          NOT NULL,
    analysis     TEXT,
    state        VARCHAR(16)   NOT NULL,
    recorded_by  VARCHAR(200)  NOT NULL,
    recorded_at  TIMESTAMP(6)  NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY assessment_node (period_id, node_kind, node_id),
    KEY assessment_plan (plan_id, period_id),
    CONSTRAINT assessment_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT assessment_period_fk FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT assessment_node_kind CHECK (node_kind IN ('PLAN', 'FOCUS_AREA', 'GOAL', 'INDICATOR')),
    CONSTRAINT assessment_status CHECK (status IN
        ('FULFILLED', 'PARTIALLY_FULFILLED', 'NOT_FULFILLED', 'NOT_ASSESSABLE')),
    CONSTRAINT assessment_outlook CHECK (outlook IN ('EXPECTED_MET', 'UNCERTAIN', 'EXPECTED_NOT_MET')),
    CONSTRAINT assessment_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'APPROVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every version an assessment has had, the current one included; kept after it is deleted.
CREATE TABLE assessment_revision (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    assessment_id  BIGINT        NOT NULL,
    plan_id        BIGINT        NOT NULL,
    period_id      BIGINT        NOT NULL,
    node_kind      VARCHAR(16)   NOT NULL,
    node_id        BIGINT        NOT NULL,
    version        BIGINT        NOT NULL,
    change_type    VARCHAR(16)   NOT NULL,
    status         VARCHAR(32)   NOT NULL,
    outlook        VARCHAR(32),
    motivation     TEXT          NOT NULL,
    analysis       TEXT,
    state          VARCHAR(16)   NOT NULL,
    reason         TEXT,
    changed_by     VARCHAR(200)  NOT NULL,
    changed_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY assessment_revision_assessment (assessment_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A plan may let an assessed node count instead of its computed status in the roll-up above it.
ALTER TABLE plan ADD COLUMN roll_up_assessed BOOLEAN NOT NULL DEFAULT FALSE;

-- Periods and assessments join the change feed. Drop and add the CHECK: works the same on
-- MariaDB 10.11 and 11.4.
ALTER TABLE change_event DROP CONSTRAINT change_event_entity_type;
ALTER TABLE change_event ADD CONSTRAINT change_event_entity_type CHECK (entity_type IN
    ('PLAN', 'GOAL', 'INDICATOR', 'MEASUREMENT_POINT', 'TARGET', 'EVALUATION', 'REFERENCE_SERIES',
     'REPORTING_PERIOD', 'ASSESSMENT'));
