package com.metalogics.booking.core.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A clock tests move by hand, truncated to microseconds so values survive a database. */
public final class MutableClock extends Clock {

  private volatile Instant now;

  public MutableClock(Instant start) {
    this.now = start.truncatedTo(ChronoUnit.MICROS);
  }

  public void advance(Duration by) {
    now = now.plus(by).truncatedTo(ChronoUnit.MICROS);
  }

  public void set(Instant instant) {
    now = instant.truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("tests use UTC");
  }
}
