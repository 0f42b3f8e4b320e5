-- PostgreSQL only (see V70). The dashboard's sums over events that its summaries (V72) do not hold: the cells along
-- a view's edges and the events outside a view (EventRepository's strips), and a view's days. Each is a range of
-- longitudes or latitudes; with every column these sums read included, PostgreSQL answers them from the index alone
-- (an index-only scan) instead of reading the table's pages, which for events in random order is every page.
CREATE INDEX events_lon_map ON events (lon) INCLUDE (lat, event_type, confidence, event_date);
CREATE INDEX events_lat_map ON events (lat) INCLUDE (lon, event_type, confidence, event_date);
