-- Idempotency keys of bulk writes: a retried request with the same key and body gets the first
-- answer again without writing twice. The row is written in the same transaction as the change
-- it answers, so a refused or rolled-back request leaves no key behind.
-- Plain CREATE TABLE: works the same on MariaDB 10.11 and 11.4.

CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(255)  NOT NULL,
    request_hash    VARCHAR(64)   NOT NULL,
    status          INT           NOT NULL,
    response_body   MEDIUMTEXT    NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
