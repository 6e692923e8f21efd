-- Reference values beside the municipality's own: the national level ("riket"), the county
-- ("Örebro län") or a named group of comparable municipalities, by year, each series with its
-- source. A value may be missing (NULL, never 0): Kolada publishes empty cells, and a missing
-- figure must not be read as a zero. Written here ahead of the features that fill and read it
-- (the reference-series API with the Kolada sync, and the BI facts), so both build on one shape.
-- Plain CREATE TABLE: works the same on MariaDB 10.11 and 11.4.

CREATE TABLE reference_series (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    point_id    BIGINT        NOT NULL,
    level       VARCHAR(16)   NOT NULL,
    -- "Riket", "Örebro län", or the group's name: what a reader sees beside the value.
    label       VARCHAR(200)  NOT NULL,
    source      VARCHAR(16)   NOT NULL,
    -- For source KOLADA: the key figure and the area it is fetched for ("0000" is the nation,
    -- "0018" Örebro län as a region).
    kolada_kpi  VARCHAR(32),
    area_code   VARCHAR(16),
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY reference_series_point_level (point_id, level, label),
    CONSTRAINT reference_series_point_fk FOREIGN KEY (point_id) REFERENCES measurement_point (id),
    CONSTRAINT reference_series_level CHECK (level IN ('NATIONAL', 'COUNTY', 'GROUP')),
    CONSTRAINT reference_series_source CHECK (source IN ('MANUAL', 'KOLADA')),
    CONSTRAINT reference_series_kolada CHECK (
        source <> 'KOLADA' OR (kolada_kpi IS NOT NULL AND area_code IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE reference_value (
    series_id    BIGINT          NOT NULL,
    year         INT             NOT NULL,
    value_number DECIMAL(24, 6),
    preliminary  BOOLEAN         NOT NULL DEFAULT FALSE,
    -- When the value was fetched from its source (NULL for a value entered by hand).
    fetched_at   TIMESTAMP(6)    NULL,
    updated_at   TIMESTAMP(6)    NOT NULL,
    PRIMARY KEY (series_id, year),
    CONSTRAINT reference_value_series_fk FOREIGN KEY (series_id) REFERENCES reference_series (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
