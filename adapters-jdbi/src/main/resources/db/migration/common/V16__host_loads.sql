-- Round-robin fairness counts each host's confirmed bookings of a type made in the fairness period.
-- Counted from the bookings, that read grew with the period's bookings and ran under the calendar
-- lock on every reservation into a pool; this tally holds the count per UTC day of created_at, so
-- the read takes at most one row per host and day, plus the bookings of the period's first part-day.
-- Written in the transaction of every booking write. Keyed by bookings.host_id, the lead host.
-- last_booked is the latest created_at of the row's bookings.
CREATE TABLE host_loads (
    event_type  VARCHAR(64)                 NOT NULL,
    host_id     VARCHAR(64)                 NOT NULL,
    on_day      DATE                        NOT NULL,
    bookings    INTEGER                     NOT NULL,
    last_booked TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- The day before the host: a read takes the type's days from the period's start, of every host.
    PRIMARY KEY (event_type, on_day, host_id)
);

-- AT TIME ZONE 'UTC' gives the UTC wall time on both databases (a timestamp on PostgreSQL, one at
-- offset zero on H2), whose date is the UTC day.
INSERT INTO host_loads (event_type, host_id, on_day, bookings, last_booked)
    SELECT event_type, host_id, CAST(created_at AT TIME ZONE 'UTC' AS DATE), COUNT(*),
           MAX(created_at)
    FROM bookings
    WHERE status = 'CONFIRMED'
    GROUP BY event_type, host_id, CAST(created_at AT TIME ZONE 'UTC' AS DATE);
