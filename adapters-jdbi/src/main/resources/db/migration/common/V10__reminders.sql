-- Reminders (issue 17): per event type, those sent to the attendee and those the host's calendar
-- gives, as JSON text like the type's other lists. Existing types get the default: one e-mail a day
-- before, the calendar's own reminders. An attendee may turn SMS reminders off per booking.
ALTER TABLE event_types ADD COLUMN reminders VARCHAR(10000)
    DEFAULT '[{"channel":"EMAIL","offsetMinutes":1440}]' NOT NULL;
ALTER TABLE event_types ADD COLUMN calendar_reminders VARCHAR(10000) DEFAULT '[]' NOT NULL;
ALTER TABLE event_types ALTER COLUMN reminders DROP DEFAULT;
ALTER TABLE event_types ALTER COLUMN calendar_reminders DROP DEFAULT;

ALTER TABLE bookings ADD COLUMN attendee_sms_opted_out BOOLEAN DEFAULT FALSE NOT NULL;
