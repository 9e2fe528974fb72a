-- Last line of defence behind the calendar lock: no two confirmed bookings may share an instant.
-- The buffer differs per reservation, so it cannot be expressed here; the lock enforces it.
-- Ranges have their own GiST operator class, so no btree_gist extension (and no superuser) is needed.
ALTER TABLE bookings
    ADD CONSTRAINT bookings_no_overlap
    EXCLUDE USING gist (tstzrange(start_time, end_time, '[)') WITH &&)
    WHERE (status = 'CONFIRMED');
