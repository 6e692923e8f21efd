-- The organisation: a tree of units (the council, its executive board, committees, companies,
-- departments, units) with codes. A plan may belong to a unit, and an API key may be limited to
-- the plans of units (each with every unit beneath it). `path` holds the ids from the root down
-- ("/1/4/"), so "every unit beneath" is one LIKE on an index instead of a recursive query.
-- Goals may be classed FINANCIAL or OPERATIONAL and marked as goals for god ekonomisk
-- hushållning (Kommunallagen 11 kap, LKBR), whose fulfilment the annual report evaluates.
-- Plain CREATE TABLE / ADD COLUMN: works the same on MariaDB 10.11 and 11.4.

CREATE TABLE organisation_unit (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT        NULL,
    path        VARCHAR(1000) NOT NULL,
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    kind        VARCHAR(24)   NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY organisation_unit_code (code),
    KEY organisation_unit_path (path(255)),
    CONSTRAINT organisation_unit_parent_fk FOREIGN KEY (parent_id) REFERENCES organisation_unit (id),
    CONSTRAINT organisation_unit_kind CHECK (kind IN
        ('COUNCIL', 'EXECUTIVE_BOARD', 'COMMITTEE', 'COMPANY', 'DEPARTMENT', 'UNIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

ALTER TABLE plan ADD COLUMN organisation_unit_id BIGINT NULL;
ALTER TABLE plan ADD CONSTRAINT plan_organisation_unit_fk
    FOREIGN KEY (organisation_unit_id) REFERENCES organisation_unit (id);

CREATE TABLE api_key_unit (
    api_key_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    PRIMARY KEY (api_key_id, unit_id),
    CONSTRAINT api_key_unit_key_fk FOREIGN KEY (api_key_id) REFERENCES api_key (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

ALTER TABLE goal ADD COLUMN goal_class VARCHAR(16) NULL;
ALTER TABLE goal ADD CONSTRAINT goal_goal_class CHECK (goal_class IN ('FINANCIAL', 'OPERATIONAL'));
ALTER TABLE goal ADD COLUMN good_financial_management BOOLEAN NOT NULL DEFAULT FALSE;
