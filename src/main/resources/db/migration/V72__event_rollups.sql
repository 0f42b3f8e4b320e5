-- The dashboard's summaries of a large store, kept by every write to events (org.geobrief.events.internal.EventRollup)
-- so that the map's grid cells and the timeline's bars never scan every event. Exact: equal at every commit to the
-- GROUP BY over events below (EventRollupTest, PostgresStorageTest hold it). See docs/storage.md.
--
-- conf_step: the largest k in 0..10 with confidence >= k / 10, so that "confidence >= 0.3" is "conf_step >= 3".

-- Events per map grid cell at zoom 0..4 (cell side 90 / 2^zoom degrees, as EventCatalog.grid), type and conf_step;
-- undated events included.
CREATE TABLE event_cells (
    zoom       SMALLINT         NOT NULL,
    cell_i     INTEGER          NOT NULL,  -- FLOOR(lon / side)
    cell_j     INTEGER          NOT NULL,  -- FLOOR(lat / side)
    event_type VARCHAR(40)      NOT NULL,
    conf_step  SMALLINT         NOT NULL,
    n          INTEGER          NOT NULL,
    sum_lon    DOUBLE PRECISION NOT NULL,
    sum_lat    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (zoom, cell_i, cell_j, event_type, conf_step)
);

-- Dated events per day, type and conf_step: the timeline's bars.
CREATE TABLE event_days (
    event_date DATE        NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    conf_step  SMALLINT    NOT NULL,
    n          INTEGER     NOT NULL,
    PRIMARY KEY (event_date, event_type, conf_step)
);

INSERT INTO event_cells (zoom, cell_i, cell_j, event_type, conf_step, n, sum_lon, sum_lat)
SELECT 0, FLOOR(e.lon / 90.0), FLOOR(e.lat / 90.0), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END, COUNT(*), SUM(e.lon), SUM(e.lat)
FROM events e GROUP BY FLOOR(e.lon / 90.0), FLOOR(e.lat / 90.0), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END;
INSERT INTO event_cells (zoom, cell_i, cell_j, event_type, conf_step, n, sum_lon, sum_lat)
SELECT 1, FLOOR(e.lon / 45.0), FLOOR(e.lat / 45.0), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END, COUNT(*), SUM(e.lon), SUM(e.lat)
FROM events e GROUP BY FLOOR(e.lon / 45.0), FLOOR(e.lat / 45.0), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END;
INSERT INTO event_cells (zoom, cell_i, cell_j, event_type, conf_step, n, sum_lon, sum_lat)
SELECT 2, FLOOR(e.lon / 22.5), FLOOR(e.lat / 22.5), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END, COUNT(*), SUM(e.lon), SUM(e.lat)
FROM events e GROUP BY FLOOR(e.lon / 22.5), FLOOR(e.lat / 22.5), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END;
INSERT INTO event_cells (zoom, cell_i, cell_j, event_type, conf_step, n, sum_lon, sum_lat)
SELECT 3, FLOOR(e.lon / 11.25), FLOOR(e.lat / 11.25), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END, COUNT(*), SUM(e.lon), SUM(e.lat)
FROM events e GROUP BY FLOOR(e.lon / 11.25), FLOOR(e.lat / 11.25), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END;
INSERT INTO event_cells (zoom, cell_i, cell_j, event_type, conf_step, n, sum_lon, sum_lat)
SELECT 4, FLOOR(e.lon / 5.625), FLOOR(e.lat / 5.625), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END, COUNT(*), SUM(e.lon), SUM(e.lat)
FROM events e GROUP BY FLOOR(e.lon / 5.625), FLOOR(e.lat / 5.625), e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END;

INSERT INTO event_days (event_date, event_type, conf_step, n)
SELECT e.event_date, e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END, COUNT(*)
FROM events e WHERE e.event_date IS NOT NULL GROUP BY e.event_date, e.event_type, CASE WHEN e.confidence >= 1.0 THEN 10 WHEN e.confidence >= 0.9 THEN 9 WHEN e.confidence >= 0.8 THEN 8 WHEN e.confidence >= 0.7 THEN 7 WHEN e.confidence >= 0.6 THEN 6 WHEN e.confidence >= 0.5 THEN 5 WHEN e.confidence >= 0.4 THEN 4 WHEN e.confidence >= 0.3 THEN 3 WHEN e.confidence >= 0.2 THEN 2 WHEN e.confidence >= 0.1 THEN 1 ELSE 0 END;
