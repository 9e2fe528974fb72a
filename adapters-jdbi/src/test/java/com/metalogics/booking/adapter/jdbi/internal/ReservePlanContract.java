package com.metalogics.booking.adapter.jdbi.internal;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;

import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The overlap check runs under the calendar lock on every reservation, so its cost must not grow
 * with the host's history. A timing would be noise; each database's plan says how many rows it
 * read. The history is booked through the repository, so the tables are as young as in a new
 * deployment (PostgreSQL has no statistics on them yet, which is when its planner went wrong).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReservePlanContract {

  static final int HISTORY = 300;
  private static final Instant FIRST = Instant.parse("2031-01-06T00:00:00Z");

  /** The history is made two hours apart from here on: 25 days, 12 bookings a day. */
  private static final Instant MADE = Instant.parse("2030-11-02T00:00:00Z");

  private static final Duration MADE_APART = Duration.ofHours(2);

  private StorageConfig config;
  private JdbiStorage storage;
  private String host;

  /** A fresh, empty database; asked once. */
  protected abstract StorageConfig freshDatabase();

  protected abstract Dialect dialect();

  /** The statement prefix that runs a query and answers its plan with the rows it read. */
  protected abstract String explainAnalyze();

  /** Fails unless the plan read at most {@code rows} rows or index entries of booking_hosts. */
  protected abstract void assertReadAtMost(String plan, int rows);

  /**
   * Fails unless the plan of the round-robin loads read at most {@code rows} rows or index entries
   * in all, the bookings through the index by type, status and creation time.
   */
  protected abstract void assertLoadsReadAtMost(String plan, int rows);

  @BeforeAll
  void bookAHistory() {
    config = freshDatabase();
    storage = JdbiStorage.open(config);
    BookingRepository repository = storage.repository();
    FrequencyLimit noLimit = new FrequencyLimit(1_000_000, NOW.minus(Duration.ofDays(30)), 30);
    for (int i = 0; i < HISTORY; i++) {
      Booking next =
          booking(
              FIRST.plus(Duration.ofMinutes(30L * i)),
              Duration.ofMinutes(30),
              uniqueEmail(),
              MADE.plus(MADE_APART.multipliedBy(i)));
      host = repository.reserve(new Reservation(next, Duration.ZERO, noLimit)).placement().hostId();
    }
  }

  @AfterAll
  void closeStorage() {
    storage.close();
  }

  @Test
  void givenAHostWithManyBookingsBeforeTheSlot_overlapCheck_readsOneEntry() {
    Instant start = FIRST.plus(Duration.ofMinutes(30L * HISTORY));

    assertReadAtMost(explain(start, start.plus(Duration.ofMinutes(30))), 1);
  }

  @Test
  void givenASlotInTheMiddleOfTheHistory_overlapCheck_readsAtMostTheEntriesAroundIt() {
    Instant start = FIRST.plus(Duration.ofMinutes(30L * HISTORY / 2));

    assertReadAtMost(explain(start, start.plus(Duration.ofMinutes(30))), 2);
  }

  /**
   * The period starts in the afternoon of the history's first day: the tally answers the 24 days
   * after it, the bookings the 5 of that afternoon.
   */
  @Test
  void givenAHistoryOfManyDays_loadsRead_readsADayRowEach_andTheFirstDaysBookings() {
    Instant since = MADE.plus(Duration.ofHours(13));
    Instant nextDay = MADE.plus(Duration.ofDays(1));
    long days = HISTORY * MADE_APART.toHours() / 24;
    String plan =
        explain(
            HostLoads.loadsQuery(dialect()),
            Map.of(
                "type",
                Placement.DEFAULT.eventType(),
                "day",
                LocalDate.ofInstant(nextDay, ZoneOffset.UTC),
                "from",
                since.atOffset(ZoneOffset.UTC),
                "to",
                nextDay.atOffset(ZoneOffset.UTC)));

    assertLoadsReadAtMost(plan, (int) days + 24 / (int) MADE_APART.toHours());
  }

  private String explain(String sql, Map<String, Object> values) {
    return Jdbi.create(config.jdbcUrl(), config.user(), config.password())
        .withHandle(
            handle ->
                handle
                    .createQuery(explainAnalyze() + " " + sql)
                    .bindMap(values)
                    .mapTo(String.class)
                    .stream()
                    .collect(Collectors.joining("\n")));
  }

  private String explain(Instant start, Instant end) {
    String condition = BookingHosts.otherConfirmedOverlaps(dialect(), "host", "w_start", "w_end");
    return Jdbi.create(config.jdbcUrl(), config.user(), config.password())
        .withHandle(
            handle ->
                handle
                    .createQuery(explainAnalyze() + " SELECT " + condition)
                    .bind("host", host)
                    .bind("id", UUID.randomUUID())
                    .bind("w_start", start.atOffset(ZoneOffset.UTC))
                    .bind("w_end", end.atOffset(ZoneOffset.UTC))
                    .mapTo(String.class)
                    .stream()
                    .collect(Collectors.joining("\n")));
  }
}
