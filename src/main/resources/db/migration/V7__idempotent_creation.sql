-- Idempotency keys on creating POSTs: a retry gets the first answer whole, so besides the status
-- and body the key keeps the Location and ETag of a 201. Both stay NULL for answers without them
-- (bulk writes answer 200 without either).
-- Plain ADD COLUMN: works the same on MariaDB 10.11 and 11.4.

ALTER TABLE idempotency_key
    ADD COLUMN location VARCHAR(2048),
    ADD COLUMN etag     VARCHAR(64);
