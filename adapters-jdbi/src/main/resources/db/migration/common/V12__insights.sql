-- Insights (issue 20). Where a booking's lead came from, as the booking page saw it and as the CRM
-- recorded the contact, and when an admin marked the attendee as a no-show.
ALTER TABLE bookings ADD COLUMN utm_source VARCHAR(200);
ALTER TABLE bookings ADD COLUMN utm_medium VARCHAR(200);
ALTER TABLE bookings ADD COLUMN utm_campaign VARCHAR(200);
ALTER TABLE bookings ADD COLUMN utm_term VARCHAR(200);
ALTER TABLE bookings ADD COLUMN utm_content VARCHAR(200);
ALTER TABLE bookings ADD COLUMN referrer VARCHAR(200);
ALTER TABLE bookings ADD COLUMN crm_source VARCHAR(200);
ALTER TABLE bookings ADD COLUMN crm_source_detail1 VARCHAR(200);
ALTER TABLE bookings ADD COLUMN crm_source_detail2 VARCHAR(200);
ALTER TABLE bookings ADD COLUMN no_show_at TIMESTAMP(6) WITH TIME ZONE;

-- Daily aggregates, one row per business day and dimension, so that the insights never scan
-- bookings. Each key starts with the day (on_day: DAY is a keyword in H2), so a date range reads a
-- contiguous part of the key's index.
-- vip_tier is '' for a booking made under no VIP tier (a key column cannot be NULL).
CREATE TABLE insight_bookings (
    on_day       DATE         NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    host_id      VARCHAR(64)  NOT NULL,
    vip_tier     VARCHAR(64)  NOT NULL,
    lead_source  VARCHAR(200) NOT NULL,
    booked       BIGINT       NOT NULL,
    cancelled    BIGINT       NOT NULL,
    rescheduled  BIGINT       NOT NULL,
    no_shows     BIGINT       NOT NULL,
    PRIMARY KEY (on_day, event_type, host_id, vip_tier, lead_source)
);

-- Bookings made on a day, by the weekday and hour (business zone) of their meeting.
CREATE TABLE insight_times (
    on_day       DATE        NOT NULL,
    event_type   VARCHAR(64) NOT NULL,
    host_id      VARCHAR(64) NOT NULL,
    weekday      SMALLINT    NOT NULL,
    hour_of_day  SMALLINT    NOT NULL,
    booked       BIGINT      NOT NULL,
    PRIMARY KEY (on_day, event_type, host_id, weekday, hour_of_day)
);

-- Bookings whose contact the CRM said came from a source, counted on the day it said so.
CREATE TABLE insight_crm_sources (
    on_day       DATE         NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    host_id      VARCHAR(64)  NOT NULL,
    source       VARCHAR(200) NOT NULL,
    booked       BIGINT       NOT NULL,
    PRIMARY KEY (on_day, event_type, host_id, source)
);

-- Booking-page views and slot searches; visitors are counts only, never ids.
CREATE TABLE insight_traffic (
    on_day       DATE        NOT NULL,
    event_type   VARCHAR(64) NOT NULL,
    views        BIGINT      NOT NULL,
    searches     BIGINT      NOT NULL,
    visitors     BIGINT      NOT NULL,
    searchers    BIGINT      NOT NULL,
    PRIMARY KEY (on_day, event_type)
);

-- Calls per integration and day with a latency histogram (upper bounds in ms), circuit openings,
-- and the highest effects backlog and oldest due age seen that day.
CREATE TABLE insight_integrations (
    on_day                  DATE        NOT NULL,
    integration             VARCHAR(64) NOT NULL,
    calls                   BIGINT      NOT NULL,
    successes               BIGINT      NOT NULL,
    le_25                   BIGINT      NOT NULL,
    le_50                   BIGINT      NOT NULL,
    le_100                  BIGINT      NOT NULL,
    le_250                  BIGINT      NOT NULL,
    le_500                  BIGINT      NOT NULL,
    le_1000                 BIGINT      NOT NULL,
    le_2500                 BIGINT      NOT NULL,
    le_5000                 BIGINT      NOT NULL,
    le_10000                BIGINT      NOT NULL,
    le_inf                  BIGINT      NOT NULL,
    circuit_opened          BIGINT      NOT NULL,
    backlog_max             BIGINT      NOT NULL,
    oldest_due_seconds_max  BIGINT      NOT NULL,
    PRIMARY KEY (on_day, integration)
);
