-- The BI facts' CSV export (FactsExport) reads every follow-up value and target of a plan, point
-- by point. Through evaluation_key and target_point_year each of them was a lookup into the table
-- itself (2.1 million for a 100,000-point plan, in a table larger than a default buffer pool);
-- these indexes hold every column the export reads, so it reads them in index order alone.
CREATE INDEX evaluation_export ON evaluation
    (point_id, year, kind, as_of, state, value_number, value_boolean, value_level);
CREATE INDEX target_export ON target
    (point_id, year, comparator, value_number, value_boolean, reference_year, previous_year,
     value_level, written);
