-- Instants are TIMESTAMP WITH TIME ZONE at microsecond precision and always written in UTC.
CREATE TABLE bookings (
    id                            UUID                       NOT NULL PRIMARY KEY,
    attendee_name                 VARCHAR(1000)              NOT NULL,
    attendee_email                VARCHAR(1000)              NOT NULL,
    email_normalized              VARCHAR(1000)              NOT NULL,
    attendee_company              VARCHAR(1000),
    attendee_phone                VARCHAR(1000),
    attendee_message              VARCHAR(100000),
    attendee_time_zone            VARCHAR(100)               NOT NULL,
    start_time                    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_time                      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status                        VARCHAR(16)                NOT NULL,
    revision                      INTEGER                    NOT NULL,
    calendar_event_id             VARCHAR(1024),
    calendar_synced               BOOLEAN                    NOT NULL,
    requires_manual_calendar_sync BOOLEAN                    NOT NULL,
    crm_contact_id                VARCHAR(255),
    crm_synced                    BOOLEAN                    NOT NULL,
    requires_manual_crm_sync      BOOLEAN                    NOT NULL,
    attendee_notified             BOOLEAN                    NOT NULL,
    -- Derived from the three flags above; stored so that the sync claim query can use an index.
    needs_sync                    BOOLEAN                    NOT NULL,
    last_error                    VARCHAR(100000),
    sync_attempts                 INTEGER                    NOT NULL,
    next_attempt_at               TIMESTAMP(6) WITH TIME ZONE,
    admin_alerted                 BOOLEAN                    NOT NULL,
    claimed_until                 TIMESTAMP(6) WITH TIME ZONE,
    created_at                    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at                    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cancelled_at                  TIMESTAMP(6) WITH TIME ZONE,
    cancel_reason                 VARCHAR(100000),
    manage_token_hash             VARCHAR(255)               NOT NULL,
    idempotency_key               VARCHAR(255),
    version                       BIGINT                     NOT NULL,
    CONSTRAINT bookings_idempotency_key_unique UNIQUE (idempotency_key),
    CONSTRAINT bookings_status_check CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    CONSTRAINT bookings_slot_check CHECK (end_time > start_time)
);

CREATE INDEX bookings_email_created_idx ON bookings (email_normalized, created_at);
CREATE INDEX bookings_start_status_idx ON bookings (start_time, status);
CREATE INDEX bookings_calendar_event_idx ON bookings (calendar_event_id);
CREATE INDEX bookings_crm_contact_idx ON bookings (crm_contact_id);
CREATE INDEX bookings_needs_sync_idx ON bookings (needs_sync, updated_at);

CREATE TABLE booking_limit_overrides (
    email_normalized VARCHAR(1000) NOT NULL PRIMARY KEY,
    max_bookings     INTEGER       NOT NULL,
    CONSTRAINT booking_limit_overrides_max_check CHECK (max_bookings >= 0)
);

-- Rows locked with SELECT ... FOR UPDATE to serialise writers across processes:
-- 'calendar' guards reserve and reschedule (one calendar), 'sync' guards sync claims where the
-- database has no SKIP LOCKED.
CREATE TABLE calendar_lock (
    name VARCHAR(32) NOT NULL PRIMARY KEY
);

INSERT INTO calendar_lock (name) VALUES ('calendar');
INSERT INTO calendar_lock (name) VALUES ('sync');
