-- Which event type a booking was made for and which host takes it. Bookings made before event
-- types existed belong to the default type and host that a fresh catalog is seeded with. The
-- defaults only fill the existing rows: every insert names both.
ALTER TABLE bookings ADD COLUMN event_type VARCHAR(64) DEFAULT 'meeting' NOT NULL;
ALTER TABLE bookings ADD COLUMN host_id VARCHAR(64) DEFAULT 'owner' NOT NULL;
ALTER TABLE bookings ALTER COLUMN event_type DROP DEFAULT;
ALTER TABLE bookings ALTER COLUMN host_id DROP DEFAULT;

-- An event type's limits per day, week and month count its confirmed bookings by start time.
CREATE INDEX bookings_type_status_start_idx ON bookings (event_type, status, start_time);

-- The e-mail limit counts an address's bookings by creation time, of one type or of all. One index
-- serves both (an address holds few bookings), so a booking still writes as many index trees as
-- before this migration plus the one above.
DROP INDEX bookings_email_created_idx;
CREATE INDEX bookings_email_type_created_idx ON bookings (email_normalized, event_type, created_at);
