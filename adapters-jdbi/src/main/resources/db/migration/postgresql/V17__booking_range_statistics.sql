-- Every uncached slots request reads the confirmed bookings whose range overlaps the asked window,
-- through the partial GiST index bookings_confirmed_range_idx. PostgreSQL takes no statistics from
-- a partial index's expression, so it guessed 1 % of the table for any window: on a million past
-- bookings, 9,000 rows for a future month that holds none, and a parallel plan that spent 30 ms
-- starting its workers to read nothing. Statistics on the expression itself (PostgreSQL 14 on)
-- give ANALYZE a histogram of the ranges, and the estimate follows the window.
CREATE STATISTICS bookings_range_stats ON (tstzrange(start_time, end_time, '[)')) FROM bookings;
