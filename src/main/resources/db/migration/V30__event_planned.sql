-- An event the sources announce or schedule ("elections next month") rather than report as having happened.
-- The event's family follows from event_type, so it needs no column.
ALTER TABLE events ADD COLUMN planned BOOLEAN DEFAULT FALSE NOT NULL;
