-- Reporting periods (uppföljningstillfällen): per plan and year, the dates a follow-up reports
-- on ("Tertial 1 2024" as of 2024-04-30, "Delår 2024" as of 2024-08-31, "Helår 2024" as of
-- 2024-12-31), when its values, assessments and analyses are due, and what is expected then.
-- An approver closes a period, which locks what belongs to it; a reopening says why.
-- A plan without periods works as before: the year is the period.

CREATE TABLE reporting_period (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id              BIGINT        NOT NULL,
    year                 INT           NOT NULL,
    code                 VARCHAR(32)   NOT NULL,
    label                VARCHAR(100)  NOT NULL,
    as_of                DATE          NOT NULL,
    deadline             DATE          NOT NULL,
    expected_kind        VARCHAR(16)   NOT NULL,
    expects_assessments  BOOLEAN       NOT NULL,
    expects_analyses     BOOLEAN       NOT NULL,
    state                VARCHAR(16)   NOT NULL,
    closed_by            VARCHAR(200),
    closed_at            TIMESTAMP(6),
    version              BIGINT        NOT NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    updated_at           TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY reporting_period_code (plan_id, code),
    UNIQUE KEY reporting_period_as_of (plan_id, as_of),
    KEY reporting_period_year (plan_id, year, as_of),
    CONSTRAINT reporting_period_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT reporting_period_state CHECK (state IN ('OPEN', 'CLOSED')),
    CONSTRAINT reporting_period_kind CHECK (expected_kind IN ('FORECAST', 'OUTCOME'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every change of a period, newest last: created, changed, closed, reopened (with the reason).
CREATE TABLE reporting_period_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    period_id   BIGINT        NOT NULL,
    plan_id     BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    change_type VARCHAR(16)   NOT NULL,
    state       VARCHAR(16)   NOT NULL,
    deadline    DATE          NOT NULL,
    reason      TEXT,
    changed_by  VARCHAR(200)  NOT NULL,
    changed_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY reporting_period_event_period (period_id, id),
    CONSTRAINT reporting_period_event_period_fk FOREIGN KEY (period_id)
        REFERENCES reporting_period (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
