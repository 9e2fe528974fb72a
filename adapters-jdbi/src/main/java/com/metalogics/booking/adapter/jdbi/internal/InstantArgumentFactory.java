package com.metalogics.booking.adapter.jdbi.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds instants as UTC {@code OffsetDateTime}s, which both drivers map to TIMESTAMP WITH TIME ZONE
 * exactly, independent of the JVM's and the session's time zone.
 */
final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

  InstantArgumentFactory() {
    super(Types.TIMESTAMP_WITH_TIMEZONE);
  }

  @Override
  protected Argument build(Instant value, ConfigRegistry config) {
    OffsetDateTime utc = utc(value);
    return (position, statement, ctx) -> statement.setObject(position, utc);
  }

  /** The value bound for an instant, here and by {@link DirectStatement}. */
  static OffsetDateTime utc(Instant value) {
    return OffsetDateTime.ofInstant(value, ZoneOffset.UTC);
  }
}
