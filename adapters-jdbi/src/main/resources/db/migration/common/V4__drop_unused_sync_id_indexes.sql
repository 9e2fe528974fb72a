-- No query looks bookings up by their calendar event or CRM contact id (the mirror goes by booking
-- id), while every insert and update paid for keeping both indexes: two of the nine trees a new
-- booking writes.
DROP INDEX bookings_calendar_event_idx;
DROP INDEX bookings_crm_contact_idx;
