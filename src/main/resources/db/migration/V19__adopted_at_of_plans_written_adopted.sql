-- Plans written whole as ADOPTED (the demo plan, imports) or set to ADOPTED by an update never
-- went through POST .../adoption and so had no adoption time. From now on they get one when they
-- are written; those already stored take the time they were last changed, the best we know.
UPDATE plan SET adopted_at = updated_at WHERE status = 'ADOPTED' AND adopted_at IS NULL;
