-- Teams: a host's HubSpot owner, an event type's limits per host and fairness period, the hosts of each booking, and
-- the round-robin credits of hosts who joined a pool.
ALTER TABLE hosts ADD COLUMN hubspot_owner_id VARCHAR(64);

ALTER TABLE event_types ADD COLUMN host_limits VARCHAR(1000) DEFAULT '{}' NOT NULL;
ALTER TABLE event_types ADD COLUMN fairness_period VARCHAR(16) DEFAULT 'MONTH' NOT NULL;

-- bookings.host_id stays the lead host; a collective meeting's further hosts are listed here, in
-- the pool's order, comma-separated (host ids are slugs). Why the host was chosen, for admins.
ALTER TABLE bookings ADD COLUMN co_hosts VARCHAR(100000);
ALTER TABLE bookings ADD COLUMN assignment_reason VARCHAR(1000);

-- Round-robin fairness counts a type's confirmed bookings made in the period, per host.
CREATE INDEX bookings_type_status_created_idx ON bookings (event_type, status, created_at, host_id);

-- One row per host of a booking, with the booking's slot and status copied: what the per-host
-- overlap checks, limits per host and (on PostgreSQL) the exclusion constraint read. Written with
-- the booking in its transaction.
CREATE TABLE booking_hosts (
    booking_id UUID                        NOT NULL REFERENCES bookings (id),
    host_id    VARCHAR(64)                 NOT NULL,
    event_type VARCHAR(64)                 NOT NULL,
    start_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_time   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status     VARCHAR(16)                 NOT NULL,
    PRIMARY KEY (booking_id, host_id)
);

INSERT INTO booking_hosts (booking_id, host_id, event_type, start_time, end_time, status)
    SELECT id, host_id, event_type, start_time, end_time, status FROM bookings;

-- A host's confirmed bookings never overlap, so the last one starting before a slot's end is the
-- only one that can overlap it: one index entry read per host check.
CREATE INDEX booking_hosts_host_status_start_idx ON booking_hosts (host_id, status, start_time);
CREATE INDEX booking_hosts_type_host_start_idx
    ON booking_hosts (event_type, host_id, status, start_time);

-- The bookings a host who joined a round-robin pool is credited with in the fairness period that
-- starts at period: the pool's level when they joined. Removed when they leave the pool.
CREATE TABLE pool_credits (
    event_type VARCHAR(64)                 NOT NULL,
    host_id    VARCHAR(64)                 NOT NULL,
    bookings   INTEGER                     NOT NULL,
    period     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_type, host_id)
);

-- H2 has no exclusion constraints: the calendar lock keeps each host's confirmed bookings apart.
