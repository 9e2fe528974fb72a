-- The overlap check asks for confirmed bookings ending after the new slot's widened start; with an
-- index on the end only bookings from then on are read, not the whole history before the slot.
CREATE INDEX bookings_end_status_idx ON bookings (end_time, status);
