-- The outbox (DESIGN.md, "Durable effects"): every side effect of a booking change is a row here,
-- written in the same transaction as the change. The booking keeps a summary of its effects
-- (calendar_state, crm_state, email_state, needs_sync and the remote ids) so that the admin list
-- can filter and sort by it; storage rewrites it with every effect write.
CREATE TABLE effects (
    id              UUID                        NOT NULL PRIMARY KEY,
    booking_id      UUID                        NOT NULL REFERENCES bookings (id),
    kind            VARCHAR(32)                 NOT NULL,
    target          VARCHAR(100)                NOT NULL,
    revision        INTEGER                     NOT NULL,
    due_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)                 NOT NULL,
    attempts        INTEGER                     NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP(6) WITH TIME ZONE,
    last_error      VARCHAR(500),
    remote_ref      VARCHAR(1024),
    payload         VARCHAR(1000000),
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT effects_once UNIQUE (booking_id, kind, target, revision),
    CONSTRAINT effects_state_check CHECK (state IN ('PENDING', 'DONE', 'FAILED', 'CANCELLED'))
);

-- The worker's claim: pending effects by due time.
CREATE INDEX effects_state_due_idx ON effects (state, next_attempt_at);

-- Today's flags become effects of each booking's current revision. Nothing synced is redone (DONE,
-- with the remote ids), nothing pending is dropped (PENDING, with attempts, schedule and error). A
-- mirror that failed inline counted no attempt before; it counts one now, as it does in the engine,
-- which tells "failed" from "not tried yet" by the attempts.
INSERT INTO effects (id, booking_id, kind, target, revision, due_at, state, attempts,
                     next_attempt_at, last_error, remote_ref, created_at, updated_at)
SELECT gen_random_uuid(), id, 'CALENDAR', '', revision, updated_at,
       CASE WHEN calendar_synced THEN 'DONE' ELSE 'PENDING' END,
       CASE WHEN calendar_synced THEN 0
            WHEN requires_manual_calendar_sync AND sync_attempts = 0 THEN 1
            ELSE sync_attempts END,
       COALESCE(next_attempt_at, updated_at),
       CASE WHEN calendar_synced THEN NULL ELSE SUBSTRING(last_error FROM 1 FOR 500) END,
       calendar_event_id, updated_at, updated_at
FROM bookings;

INSERT INTO effects (id, booking_id, kind, target, revision, due_at, state, attempts,
                     next_attempt_at, last_error, remote_ref, created_at, updated_at)
SELECT gen_random_uuid(), id, 'CRM', '', revision, updated_at,
       CASE WHEN crm_synced THEN 'DONE' ELSE 'PENDING' END,
       CASE WHEN crm_synced THEN 0
            WHEN requires_manual_crm_sync AND sync_attempts = 0 THEN 1
            ELSE sync_attempts END,
       COALESCE(next_attempt_at, updated_at),
       CASE WHEN crm_synced THEN NULL ELSE SUBSTRING(last_error FROM 1 FOR 500) END,
       crm_contact_id, updated_at, updated_at
FROM bookings;

INSERT INTO effects (id, booking_id, kind, target, revision, due_at, state, attempts,
                     next_attempt_at, last_error, remote_ref, created_at, updated_at)
SELECT gen_random_uuid(), id, 'ATTENDEE_MAIL', '', revision, updated_at,
       CASE WHEN attendee_notified THEN 'DONE' ELSE 'PENDING' END,
       CASE WHEN attendee_notified THEN 0
            WHEN last_error LIKE 'email: %' AND sync_attempts = 0 THEN 1
            ELSE sync_attempts END,
       COALESCE(next_attempt_at, updated_at),
       CASE WHEN attendee_notified THEN NULL ELSE SUBSTRING(last_error FROM 1 FOR 500) END,
       CASE WHEN attendee_notified THEN CAST(id AS VARCHAR(36)) || ':' || CAST(revision AS VARCHAR(11))
            ELSE NULL END,
       updated_at, updated_at
FROM bookings;

-- An admin already alerted about the revision is not alerted again.
INSERT INTO effects (id, booking_id, kind, target, revision, due_at, state, attempts,
                     next_attempt_at, created_at, updated_at)
SELECT gen_random_uuid(), id, 'ADMIN_ALERT', '', revision, updated_at, 'DONE', 1, updated_at, updated_at,
       updated_at
FROM bookings WHERE admin_alerted;

-- The summary, derived from those effects as the engine derives it.
ALTER TABLE bookings ADD COLUMN calendar_state VARCHAR(16) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE bookings ADD COLUMN crm_state VARCHAR(16) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE bookings ADD COLUMN email_state VARCHAR(16) DEFAULT 'PENDING' NOT NULL;
UPDATE bookings SET
    calendar_state = CASE WHEN calendar_synced THEN 'SYNCED'
                          WHEN requires_manual_calendar_sync OR sync_attempts > 0 THEN 'FAILED'
                          ELSE 'PENDING' END,
    crm_state = CASE WHEN crm_synced THEN 'SYNCED'
                     WHEN requires_manual_crm_sync OR sync_attempts > 0 THEN 'FAILED'
                     ELSE 'PENDING' END,
    email_state = CASE WHEN attendee_notified THEN 'SYNCED'
                       WHEN last_error LIKE 'email: %' OR sync_attempts > 0 THEN 'FAILED'
                       ELSE 'PENDING' END;
ALTER TABLE bookings ALTER COLUMN calendar_state DROP DEFAULT;
ALTER TABLE bookings ALTER COLUMN crm_state DROP DEFAULT;
ALTER TABLE bookings ALTER COLUMN email_state DROP DEFAULT;

ALTER TABLE bookings DROP COLUMN calendar_synced;
ALTER TABLE bookings DROP COLUMN requires_manual_calendar_sync;
ALTER TABLE bookings DROP COLUMN crm_synced;
ALTER TABLE bookings DROP COLUMN requires_manual_crm_sync;
ALTER TABLE bookings DROP COLUMN attendee_notified;
ALTER TABLE bookings DROP COLUMN last_error;
ALTER TABLE bookings DROP COLUMN sync_attempts;
ALTER TABLE bookings DROP COLUMN next_attempt_at;
ALTER TABLE bookings DROP COLUMN admin_alerted;
ALTER TABLE bookings DROP COLUMN claimed_until;
