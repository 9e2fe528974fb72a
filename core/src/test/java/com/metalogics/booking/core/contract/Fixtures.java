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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data shared by the contract suites and the core's own tests. */
public final class Fixtures {

  /** A Tuesday, 2027-03-02 09:00 New York; truncated to microseconds like stored values. */
  public static final Instant NOW =
      Instant.parse("2027-03-01T14:00:00.123456Z").truncatedTo(ChronoUnit.MICROS);

  /** A Monday far ahead of {@link #NOW}: the first of the weeks that tests take for their own. */
  private static final Instant FIRST_WEEK = Instant.parse("2030-01-07T00:00:00Z");

  private static final int WEEKS = 50_000;

  /**
   * The next week to hand out. Tests of one run take weeks one after another, so no two share one
   * (random weeks did: with a few hundred tests on one database, two of them now and then booked
   * the same slot); the random start keeps runs on a database that outlives them apart too.
   */
  private static final AtomicInteger NEXT_WEEK =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(WEEKS));

  private Fixtures() {}

  /** The Monday midnight (UTC) of a far-future week that no other test of this run books in. */
  public static Instant freshWeek() {
    return FIRST_WEEK.plus(Duration.ofDays(7L * Math.floorMod(NEXT_WEEK.getAndIncrement(), WEEKS)));
  }

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
