-- PostgreSQL only (see V70). The dashboard lists the latest events of a view (EventCatalog.find with a limit:
-- ORDER BY event_date DESC NULLS LAST, id): in this order an index scan stops after the first matching rows instead
-- of sorting every event of a world view.
CREATE INDEX events_latest ON events (event_date DESC NULLS LAST, id);
