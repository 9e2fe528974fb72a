-- Popular times of whole months, summed once from insight_times when a read first spans the month
-- after it has ended. A booking is counted on the day it is made, so the rows of a day that has
-- passed never change, and a year's read sums twelve months' rows instead of every day's (the
-- daily table holds one row per day, type, host, weekday and hour: over a million a year).
CREATE TABLE insight_times_monthly (
    on_month     DATE        NOT NULL,
    event_type   VARCHAR(64) NOT NULL,
    host_id      VARCHAR(64) NOT NULL,
    weekday      SMALLINT    NOT NULL,
    hour_of_day  SMALLINT    NOT NULL,
    booked       BIGINT      NOT NULL,
    PRIMARY KEY (on_month, event_type, host_id, weekday, hour_of_day)
);

-- The months summed: a row is written in the same transaction as the month's sums, so a reader
-- that finds it finds them all.
CREATE TABLE insight_rollups (
    on_month   DATE                        NOT NULL PRIMARY KEY,
    rolled_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
