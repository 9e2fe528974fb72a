-- The schema of migrations V1 to V17 in one script, for new H2 databases (Flyway's baseline
-- migration): an empty database runs this instead of the seventeen versions, whose cold DDL took
-- most of a first start. Databases made before it keep migrating version by version and never run
-- it. A schema change is a new V file, applied on top of this baseline too. ConsolidatedSchemaTest
-- holds the script equal to the versions (every table, column, index, constraint and row).
CREATE TABLE bookings (
    id                     UUID NOT NULL PRIMARY KEY,
    attendee_name          VARCHAR(1000) NOT NULL,
    attendee_email         VARCHAR(1000) NOT NULL,
    email_normalized       VARCHAR(1000) NOT NULL,
    attendee_company       VARCHAR(1000),
    attendee_phone         VARCHAR(1000),
    attendee_message       VARCHAR(100000),
    attendee_time_zone     VARCHAR(100) NOT NULL,
    start_time             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_time               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status                 VARCHAR(16) NOT NULL,
    revision               INTEGER NOT NULL,
    calendar_event_id      VARCHAR(1024),
    crm_contact_id         VARCHAR(255),
    needs_sync             BOOLEAN NOT NULL,
    created_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    cancelled_at           TIMESTAMP(6) WITH TIME ZONE,
    cancel_reason          VARCHAR(100000),
    manage_token_hash      VARCHAR(255) NOT NULL,
    idempotency_key        VARCHAR(255),
    version                BIGINT NOT NULL,
    event_type             VARCHAR(64) NOT NULL,
    host_id                VARCHAR(64) NOT NULL,
    calendar_state         VARCHAR(16) NOT NULL,
    crm_state              VARCHAR(16) NOT NULL,
    email_state            VARCHAR(16) NOT NULL,
    attendee_sms_opted_out BOOLEAN NOT NULL DEFAULT FALSE,
    vip_tier               VARCHAR(64),
    utm_source             VARCHAR(200),
    utm_medium             VARCHAR(200),
    utm_campaign           VARCHAR(200),
    utm_term               VARCHAR(200),
    utm_content            VARCHAR(200),
    referrer               VARCHAR(200),
    crm_source             VARCHAR(200),
    crm_source_detail1     VARCHAR(200),
    crm_source_detail2     VARCHAR(200),
    no_show_at             TIMESTAMP(6) WITH TIME ZONE,
    co_hosts               VARCHAR(100000),
    assignment_reason      VARCHAR(1000),
    conflict_event_id      VARCHAR(1024),
    conflict_start         TIMESTAMP(6) WITH TIME ZONE,
    conflict_end           TIMESTAMP(6) WITH TIME ZONE,
    conflict_detected_at   TIMESTAMP(6) WITH TIME ZONE
);
COMMENT ON TABLE bookings IS 'Confirmed bookings never overlap: enforced by the calendar_lock row';
CREATE INDEX bookings_start_status_idx ON bookings (start_time, status);
CREATE INDEX bookings_needs_sync_idx ON bookings (needs_sync, updated_at);
CREATE INDEX bookings_end_status_idx ON bookings (end_time, status);
CREATE INDEX bookings_type_status_start_idx ON bookings (event_type, status, start_time);
CREATE INDEX bookings_email_type_created_idx ON bookings (email_normalized, event_type, created_at);
CREATE INDEX bookings_type_status_created_idx ON bookings (event_type, status, created_at, host_id);
CREATE INDEX bookings_conflicted_idx ON bookings (conflict_detected_at);

CREATE TABLE booking_hosts (
    booking_id UUID NOT NULL,
    host_id    VARCHAR(64) NOT NULL,
    event_type VARCHAR(64) NOT NULL,
    start_time TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_time   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status     VARCHAR(16) NOT NULL,
    PRIMARY KEY (booking_id, host_id)
);
CREATE INDEX booking_hosts_host_status_start_idx ON booking_hosts (host_id, status, start_time);
CREATE INDEX booking_hosts_type_host_start_idx ON booking_hosts (event_type, host_id, status, start_time);

CREATE TABLE calendar_lock (
    name VARCHAR(32) NOT NULL PRIMARY KEY
);

CREATE TABLE booking_limit_overrides (
    email_normalized VARCHAR(1000) NOT NULL PRIMARY KEY,
    max_bookings     INTEGER NOT NULL
);

CREATE TABLE effects (
    id              UUID NOT NULL PRIMARY KEY,
    booking_id      UUID NOT NULL,
    kind            VARCHAR(32) NOT NULL,
    target          VARCHAR(100) NOT NULL,
    revision        INTEGER NOT NULL,
    due_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state           VARCHAR(16) NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP(6) WITH TIME ZONE,
    last_error      VARCHAR(500),
    remote_ref      VARCHAR(1024),
    payload         VARCHAR(1000000),
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX effects_kind_target_idx ON effects (kind, target, created_at);
CREATE INDEX effects_state_due_idx ON effects (state, next_attempt_at);

CREATE TABLE schedules (
    id        VARCHAR(64) NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    time_zone VARCHAR(100) NOT NULL,
    weekly    VARCHAR(1000000) NOT NULL,
    overrides VARCHAR(1000000) NOT NULL,
    blackouts VARCHAR(1000000) NOT NULL,
    version   BIGINT NOT NULL
);

CREATE TABLE hosts (
    id               VARCHAR(64) NOT NULL PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(1000) NOT NULL,
    time_zone        VARCHAR(100) NOT NULL,
    schedule_id      VARCHAR(64) NOT NULL,
    calendar_id      VARCHAR(1024),
    active           BOOLEAN NOT NULL,
    weight           INTEGER NOT NULL,
    priority         INTEGER NOT NULL,
    version          BIGINT NOT NULL,
    hubspot_owner_id VARCHAR(64)
);

CREATE TABLE event_types (
    slug                     VARCHAR(64) NOT NULL PRIMARY KEY,
    title                    VARCHAR(200) NOT NULL,
    description              VARCHAR(5000) NOT NULL,
    location                 VARCHAR(500) NOT NULL,
    durations_minutes        VARCHAR(1000) NOT NULL,
    default_duration_minutes INTEGER NOT NULL,
    slot_increment_minutes   INTEGER,
    buffer_before_minutes    INTEGER NOT NULL,
    buffer_after_minutes     INTEGER NOT NULL,
    min_notice_minutes       INTEGER NOT NULL,
    max_advance_days         INTEGER NOT NULL,
    limits                   VARCHAR(1000) NOT NULL,
    frequency_limit          VARCHAR(1000),
    assignment               VARCHAR(16) NOT NULL,
    host_ids                 VARCHAR(100000) NOT NULL,
    schedule_id              VARCHAR(64),
    active                   BOOLEAN NOT NULL,
    version                  BIGINT NOT NULL,
    reminders                VARCHAR(10000) NOT NULL,
    calendar_reminders       VARCHAR(10000) NOT NULL,
    host_limits              VARCHAR(1000) NOT NULL DEFAULT '{}',
    fairness_period          VARCHAR(16) NOT NULL DEFAULT 'MONTH'
);

CREATE TABLE catalog_revision (
    id       INTEGER NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
);

CREATE TABLE catalog_audit (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    item_key    VARCHAR(64) NOT NULL,
    before_item VARCHAR(1000000),
    after_item  VARCHAR(1000000) NOT NULL
);
CREATE INDEX catalog_audit_kind_idx ON catalog_audit (kind, id);

CREATE TABLE webhook_subscriptions (
    id            UUID NOT NULL PRIMARY KEY,
    url           VARCHAR(2000) NOT NULL,
    events        VARCHAR(1000) NOT NULL,
    secret        VARCHAR(200) NOT NULL,
    active        BOOLEAN NOT NULL,
    failing_since TIMESTAMP(6) WITH TIME ZONE,
    paused_at     TIMESTAMP(6) WITH TIME ZONE,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL
);

CREATE TABLE webhook_attempts (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    event_id        UUID NOT NULL,
    subscription_id UUID NOT NULL,
    attempted_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status_code     INTEGER,
    latency_ms      BIGINT NOT NULL,
    error           VARCHAR(1000)
);
CREATE INDEX webhook_attempts_event_idx ON webhook_attempts (event_id, id);
CREATE INDEX webhook_attempts_subscription_idx ON webhook_attempts (subscription_id);

CREATE TABLE vip_tiers (
    id      VARCHAR(64) NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    members VARCHAR(1000000) NOT NULL,
    grants  VARCHAR(1000000) NOT NULL,
    active  BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE pool_credits (
    event_type VARCHAR(64) NOT NULL,
    host_id    VARCHAR(64) NOT NULL,
    bookings   INTEGER NOT NULL,
    period     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_type, host_id)
);

CREATE TABLE host_loads (
    event_type  VARCHAR(64) NOT NULL,
    host_id     VARCHAR(64) NOT NULL,
    on_day      DATE NOT NULL,
    bookings    INTEGER NOT NULL,
    last_booked TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (event_type, on_day, host_id)
);

CREATE TABLE calendar_mirrors (
    calendar_id  VARCHAR(1024) NOT NULL PRIMARY KEY,
    sync_token   VARCHAR(2048) NOT NULL,
    window_start TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    window_end   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    synced_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE calendar_busy (
    calendar_id VARCHAR(1024) NOT NULL,
    event_id    VARCHAR(1024) NOT NULL,
    start_time  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    end_time    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    booking_id  UUID,
    PRIMARY KEY (calendar_id, event_id)
);

CREATE TABLE calendar_channels (
    channel_id  VARCHAR(64) NOT NULL PRIMARY KEY,
    calendar_id VARCHAR(1024) NOT NULL,
    resource_id VARCHAR(1024) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE calendar_claims (
    claim_key     VARCHAR(1100) NOT NULL PRIMARY KEY,
    claimed_until TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE insight_traffic (
    on_day     DATE NOT NULL,
    event_type VARCHAR(64) NOT NULL,
    views      BIGINT NOT NULL,
    searches   BIGINT NOT NULL,
    visitors   BIGINT NOT NULL,
    searchers  BIGINT NOT NULL,
    PRIMARY KEY (on_day, event_type)
);

CREATE TABLE insight_bookings (
    on_day      DATE NOT NULL,
    event_type  VARCHAR(64) NOT NULL,
    host_id     VARCHAR(64) NOT NULL,
    vip_tier    VARCHAR(64) NOT NULL,
    lead_source VARCHAR(200) NOT NULL,
    booked      BIGINT NOT NULL,
    cancelled   BIGINT NOT NULL,
    rescheduled BIGINT NOT NULL,
    no_shows    BIGINT NOT NULL,
    PRIMARY KEY (on_day, event_type, host_id, vip_tier, lead_source)
);

CREATE TABLE insight_times (
    on_day      DATE NOT NULL,
    event_type  VARCHAR(64) NOT NULL,
    host_id     VARCHAR(64) NOT NULL,
    weekday     SMALLINT NOT NULL,
    hour_of_day SMALLINT NOT NULL,
    booked      BIGINT NOT NULL,
    PRIMARY KEY (on_day, event_type, host_id, weekday, hour_of_day)
);

CREATE TABLE insight_times_monthly (
    on_month    DATE NOT NULL,
    event_type  VARCHAR(64) NOT NULL,
    host_id     VARCHAR(64) NOT NULL,
    weekday     SMALLINT NOT NULL,
    hour_of_day SMALLINT NOT NULL,
    booked      BIGINT NOT NULL,
    PRIMARY KEY (on_month, event_type, host_id, weekday, hour_of_day)
);

CREATE TABLE insight_rollups (
    on_month  DATE NOT NULL PRIMARY KEY,
    rolled_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TABLE insight_crm_sources (
    on_day     DATE NOT NULL,
    event_type VARCHAR(64) NOT NULL,
    host_id    VARCHAR(64) NOT NULL,
    source     VARCHAR(200) NOT NULL,
    booked     BIGINT NOT NULL,
    PRIMARY KEY (on_day, event_type, host_id, source)
);

CREATE TABLE insight_integrations (
    on_day                 DATE NOT NULL,
    integration            VARCHAR(64) NOT NULL,
    calls                  BIGINT NOT NULL,
    successes              BIGINT NOT NULL,
    le_25                  BIGINT NOT NULL,
    le_50                  BIGINT NOT NULL,
    le_100                 BIGINT NOT NULL,
    le_250                 BIGINT NOT NULL,
    le_500                 BIGINT NOT NULL,
    le_1000                BIGINT NOT NULL,
    le_2500                BIGINT NOT NULL,
    le_5000                BIGINT NOT NULL,
    le_10000               BIGINT NOT NULL,
    le_inf                 BIGINT NOT NULL,
    circuit_opened         BIGINT NOT NULL,
    backlog_max            BIGINT NOT NULL,
    oldest_due_seconds_max BIGINT NOT NULL,
    PRIMARY KEY (on_day, integration)
);

ALTER TABLE bookings ADD CONSTRAINT bookings_status_check CHECK (status IN ('CONFIRMED', 'CANCELLED'));
ALTER TABLE catalog_revision ADD CONSTRAINT catalog_revision_single_row CHECK (id = 1);
ALTER TABLE effects ADD CONSTRAINT effects_state_check CHECK (state IN ('PENDING', 'DONE', 'FAILED', 'CANCELLED'));
ALTER TABLE booking_limit_overrides ADD CONSTRAINT booking_limit_overrides_max_check CHECK (max_bookings >= 0);
ALTER TABLE bookings ADD CONSTRAINT bookings_slot_check CHECK (end_time > start_time);
ALTER TABLE effects ADD CONSTRAINT effects_once UNIQUE (booking_id, kind, target, revision);
ALTER TABLE bookings ADD CONSTRAINT bookings_idempotency_key_unique UNIQUE (idempotency_key);
ALTER TABLE webhook_attempts ADD FOREIGN KEY (subscription_id) REFERENCES webhook_subscriptions (id) ON DELETE CASCADE;
ALTER TABLE effects ADD FOREIGN KEY (booking_id) REFERENCES bookings (id);
ALTER TABLE booking_hosts ADD FOREIGN KEY (booking_id) REFERENCES bookings (id);

INSERT INTO calendar_lock (name) VALUES ('calendar');
INSERT INTO calendar_lock (name) VALUES ('sync');
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);
