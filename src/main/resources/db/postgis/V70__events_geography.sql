-- PostgreSQL + PostGIS only: the "postgres" profile adds this location (classpath:db/postgis) to Flyway's; the
-- embedded H2 database never sees it. See docs/storage.md.
--
-- PostGIS is not a trusted extension: on a shared server a superuser runs CREATE EXTENSION postgis once in the
-- database (then this line finds it); a role that may create it needs nothing more.
CREATE EXTENSION IF NOT EXISTS postgis;

-- Each event's point as geography, derived from lat/lon by the database itself, so every writer (import, merge,
-- place refresh, the batch job) keeps it right without knowing it exists.
ALTER TABLE events ADD COLUMN geog geography(Point, 4326)
    GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED;

-- Distances in metres (ST_DWithin(geog, ..., metres)).
CREATE INDEX events_geog ON events USING gist (geog);

-- The map's extent: a lon/lat rectangle whose edges follow parallels and may span the world, which a geography
-- polygon (great-circle edges, at most a hemisphere) cannot state; its planar box over the same column can.
CREATE INDEX events_geog_box ON events USING gist ((geog::geometry));

-- The map's usual filters besides the extent: a type within a date range.
CREATE INDEX events_type_date ON events (event_type, event_date);
