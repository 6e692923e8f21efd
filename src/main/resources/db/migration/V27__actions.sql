-- Actions and assignments (aktiviteter, uppdrag): work that serves one or more goals of a plan,
-- an ACTIVITY of the organisation's own or an ASSIGNMENT (KF-uppdrag) decided with the plan, with
-- a responsible unit and person, dates and a decision reference. Each action takes one status
-- report per reporting period; a closed period locks its reports, as it locks assessments.
-- Plain CREATE TABLE / ADD CONSTRAINT: works the same on MariaDB 10.11 and 11.4.

CREATE TABLE plan_action (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id              BIGINT        NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    title                VARCHAR(1000) NOT NULL,
    description          TEXT,
    responsible_unit_id  BIGINT,
    responsible_person   VARCHAR(200),
    start_date           DATE,
    end_date             DATE,
    decision_reference   VARCHAR(200),
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    updated_at           TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY plan_action_plan (plan_id),
    CONSTRAINT plan_action_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT plan_action_unit_fk FOREIGN KEY (responsible_unit_id) REFERENCES organisation_unit (id),
    CONSTRAINT plan_action_kind CHECK (kind IN ('ACTIVITY', 'ASSIGNMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The goals (of the action's own plan) an action serves; a goal that has actions is not deleted.
CREATE TABLE plan_action_goal (
    action_id  BIGINT NOT NULL,
    goal_id    BIGINT NOT NULL,
    PRIMARY KEY (action_id, goal_id),
    KEY plan_action_goal_goal (goal_id),
    CONSTRAINT plan_action_goal_action_fk FOREIGN KEY (action_id) REFERENCES plan_action (id)
        ON DELETE CASCADE,
    CONSTRAINT plan_action_goal_goal_fk FOREIGN KEY (goal_id) REFERENCES goal (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE action_status_report (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    action_id    BIGINT        NOT NULL,
    plan_id      BIGINT        NOT NULL,
    period_id    BIGINT        NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    comment      TEXT,
    recorded_by  VARCHAR(200)  NOT NULL,
    recorded_at  TIMESTAMP(6)  NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY action_status_report_period (action_id, period_id),
    KEY action_status_report_plan (plan_id, period_id),
    CONSTRAINT action_status_report_action_fk FOREIGN KEY (action_id) REFERENCES plan_action (id),
    CONSTRAINT action_status_report_period_fk FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT action_status_report_status CHECK (status IN
        ('NOT_STARTED', 'STARTED', 'COMPLETED', 'DELAYED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every version a status report has had, the current one included.
CREATE TABLE action_status_report_revision (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    report_id   BIGINT        NOT NULL,
    action_id   BIGINT        NOT NULL,
    plan_id     BIGINT        NOT NULL,
    period_id   BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    change_type VARCHAR(16)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    comment     TEXT,
    changed_by  VARCHAR(200)  NOT NULL,
    changed_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY action_status_report_revision_report (action_id, period_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Actions keep the history of their definition in change_record, beside goals and indicators.
ALTER TABLE change_record DROP CONSTRAINT change_record_entity_type;
ALTER TABLE change_record ADD CONSTRAINT change_record_entity_type
    CHECK (entity_type IN ('GOAL', 'INDICATOR', 'MEASUREMENT_POINT', 'TARGET', 'ACTION'));

-- Actions and their status reports join the change feed; every earlier kind is kept.
ALTER TABLE change_event DROP CONSTRAINT change_event_entity_type;
ALTER TABLE change_event ADD CONSTRAINT change_event_entity_type CHECK (entity_type IN
    ('PLAN', 'GOAL', 'INDICATOR', 'MEASUREMENT_POINT', 'TARGET', 'EVALUATION', 'REFERENCE_SERIES',
     'REPORTING_PERIOD', 'ASSESSMENT', 'ACTION', 'ACTION_STATUS_REPORT'));

-- The feed names the action of a status report (its href is the action's status reports).
ALTER TABLE change_event ADD COLUMN action_id BIGINT NULL;
