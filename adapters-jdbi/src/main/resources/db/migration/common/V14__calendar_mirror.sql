-- Real-time calendars (issue 18). A booking over which an outside calendar event was put is
-- flagged as conflicted, with the event's id and time; the booking itself stands.
ALTER TABLE bookings ADD COLUMN conflict_event_id VARCHAR(1024);
ALTER TABLE bookings ADD COLUMN conflict_start TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE bookings ADD COLUMN conflict_end TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE bookings ADD COLUMN conflict_detected_at TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX bookings_conflicted_idx ON bookings (conflict_detected_at);

-- Per calendar: where the stored copy stands (sync token, window covered, last sync).
CREATE TABLE calendar_mirrors (
    calendar_id  VARCHAR(1024)               NOT NULL PRIMARY KEY,
    sync_token   VARCHAR(2048)               NOT NULL,
    window_start TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    window_end   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    synced_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- The copy: each busy event of a calendar in its window; booking_id marks our own events.
CREATE TABLE calendar_busy (
    calendar_id VARCHAR(1024)               NOT NULL,
    event_id    VARCHAR(1024)               NOT NULL,
    start_time  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_time    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    booking_id  UUID,
    PRIMARY KEY (calendar_id, event_id)
);

-- Push channels; the token is kept only as its SHA-256 hash.
CREATE TABLE calendar_channels (
    channel_id  VARCHAR(64)                 NOT NULL PRIMARY KEY,
    calendar_id VARCHAR(1024)               NOT NULL,
    resource_id VARCHAR(1024)               NOT NULL,
    token_hash  VARCHAR(64)                 NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Calendar work (a sync, a channel renewal) is done by the instance holding its claim.
CREATE TABLE calendar_claims (
    claim_key     VARCHAR(1100)               NOT NULL PRIMARY KEY,
    claimed_until TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
