-- Who may read and change what. API keys for systems and Power BI: only the SHA-256 of the
-- secret is stored; a key has one role and may be limited to some plans (no foreign key to
-- plan, so deleting a plan is never blocked by a key that names it). Rows are never deleted:
-- a revoked key stays listed with when it was revoked.
-- A plan may be marked public: once ADOPTED, anyone may read it without signing in.
-- Plain CREATE TABLE / ADD COLUMN: works the same on MariaDB 10.11 and 11.4.

CREATE TABLE api_key (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    name          VARCHAR(200)  NOT NULL,
    role          VARCHAR(16)   NOT NULL,
    secret_hash   CHAR(64)      NOT NULL,
    expires_at    TIMESTAMP(6)  NULL,
    revoked_at    TIMESTAMP(6)  NULL,
    last_used_at  TIMESTAMP(6)  NULL,
    created_by    VARCHAR(200)  NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    updated_at    TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY api_key_secret_hash (secret_hash),
    CONSTRAINT api_key_role CHECK (role IN ('VIEWER', 'REPORTER', 'PLANNER', 'APPROVER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE api_key_plan (
    api_key_id BIGINT NOT NULL,
    plan_id    BIGINT NOT NULL,
    PRIMARY KEY (api_key_id, plan_id),
    CONSTRAINT api_key_plan_key_fk FOREIGN KEY (api_key_id) REFERENCES api_key (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

ALTER TABLE plan ADD COLUMN public_read BOOLEAN NOT NULL DEFAULT FALSE;
