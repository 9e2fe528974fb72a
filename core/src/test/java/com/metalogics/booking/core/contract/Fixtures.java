package com.metalogics.booking.core.contract;

import com.metalogics.booking.core.application.ManageTokens;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Test data shared by the contract suites and the core's own tests. */
public final class Fixtures {

  /** A Tuesday, 2027-03-02 09:00 New York; truncated to microseconds like stored values. */
  public static final Instant NOW =
      Instant.parse("2027-03-01T14:00:00.123456Z").truncatedTo(ChronoUnit.MICROS);

  private Fixtures() {}

  public static Attendee attendee(String email) {
    return new Attendee(
        "Ada Lovelace",
        email,
        Optional.of("Analytical Engines Ltd"),
        Optional.of("+1 555 0100"),
        Optional.of("Let's talk about the engine."),
        ZoneId.of("Europe/London"));
  }

  public static Booking booking(Instant start, Duration length, String email, Instant createdAt) {
    UUID id = UUID.randomUUID();
    return Booking.newBooking(
        id,
        attendee(email),
        TimeSlot.of(start, length),
        createdAt,
        ManageTokens.hash("token-" + id),
        Optional.empty());
  }

  public static Booking booking(Instant start, String email) {
    return booking(start, Duration.ofMinutes(30), email, NOW);
  }

  public static String uniqueEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }
}
