package com.metalogics.booking.adapter.jdbi.internal;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.booking;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.adapter.jdbi.JdbiStorage;
import com.metalogics.booking.adapter.jdbi.StorageConfig;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overlap check runs under the calendar lock on every reservation, so its cost must not grow
 * with the host's history. A timing would be noise; H2's plan says how many index entries it read.
 */
class ReservePlanTest {

  private static final int HISTORY = 300;
  private static final Instant FIRST = Instant.parse("2031-01-06T00:00:00Z");

  private static final String URL = "jdbc:h2:mem:plan-" + UUID.randomUUID();
  private static JdbiStorage storage;
  private static String host;

  @BeforeAll
  static void bookAHistory() {
    storage = JdbiStorage.open(StorageConfig.of(URL, "", ""));
    BookingRepository repository = storage.repository();
    FrequencyLimit noLimit = new FrequencyLimit(1_000_000, NOW.minus(Duration.ofDays(30)), 30);
    for (int i = 0; i < HISTORY; i++) {
      Booking next = booking(FIRST.plus(Duration.ofMinutes(30L * i)), uniqueEmail());
      host = repository.reserve(new Reservation(next, Duration.ZERO, noLimit)).placement().hostId();
    }
  }

  @AfterAll
  static void closeStorage() {
    storage.close();
  }

  @Test
  void givenAHostWithManyBookingsBeforeTheSlot_overlapCheck_readsOneIndexEntry() {
    Instant start = FIRST.plus(Duration.ofMinutes(30L * HISTORY));

    String plan = explain(start, start.plus(Duration.ofMinutes(30)));

    assertThat(plan).contains("index sorted */");
    assertThat(entriesRead(plan)).isEqualTo(1);
  }

  @Test
  void givenASlotInTheMiddleOfTheHistory_overlapCheck_readsAtMostTheEntryAfterIt() {
    Instant start = FIRST.plus(Duration.ofMinutes(30L * HISTORY / 2));

    String plan = explain(start, start.plus(Duration.ofMinutes(30)));

    assertThat(entriesRead(plan)).isBetween(1, 2);
  }

  private static int entriesRead(String plan) {
    Matcher count = Pattern.compile("scanCount: (\\d+)").matcher(plan);
    assertThat(count.find()).as(plan).isTrue();
    return Integer.parseInt(count.group(1));
  }

  private static String explain(Instant start, Instant end) {
    String condition = BookingHosts.otherConfirmedOverlaps("host", "w_start", "w_end");
    return Jdbi.create(URL)
        .withHandle(
            handle ->
                handle
                    .createQuery("EXPLAIN ANALYZE SELECT " + condition)
                    .bind("host", host)
                    .bind("id", UUID.randomUUID())
                    .bind("w_start", start.atOffset(ZoneOffset.UTC))
                    .bind("w_end", end.atOffset(ZoneOffset.UTC))
                    .mapTo(String.class)
                    .one());
  }
}
