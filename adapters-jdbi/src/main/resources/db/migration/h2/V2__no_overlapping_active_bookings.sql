-- H2 has no exclusion constraints: the calendar lock alone keeps confirmed bookings apart.
-- This migration exists so that both databases share one version history.
COMMENT ON TABLE bookings IS 'Confirmed bookings never overlap: enforced by the calendar_lock row';
