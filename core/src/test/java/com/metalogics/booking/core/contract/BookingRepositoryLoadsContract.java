package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PoolHost;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The round-robin loads stay exact however storage keeps them: a host's confirmed bookings of the
 * type made since the fairness period's start, and the latest of them, through cancellations, moves
 * to another host, periods starting at any instant and many days. Read from the reason a
 * round-robin reservation stores, which quotes the chosen host's load: a probe offered one host.
 */
public abstract class BookingRepositoryLoadsContract extends BookingRepositoryTeamContract {

  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Instant MADE = Instant.parse("2027-05-10T00:00:00Z");
  private static final Pattern LOAD =
      Pattern.compile("(\\d+) bookings this period.*?(?:, last booked ([^;]+))?; ");

  private int nextSlot;

  @Test
  void loads_afterCancellations_countTheConfirmed_andTheLatestLeft() {
    String type = unique("type");
    List<String> pool = List.of(unique("a"), unique("b"));
    Booking first = book(type, pool.get(0), MADE.plus(Duration.ofHours(1)));
    Booking second = book(type, pool.get(0), MADE.plus(Duration.ofHours(2)));
    Booking third = book(type, pool.get(0), MADE.plus(Duration.ofHours(3)));
    Booking only = book(type, pool.get(1), MADE.plus(Duration.ofHours(4)));
    cancel(third);
    cancel(first);
    cancel(only);

    assertThat(probe(type, pool, pool.get(0), MADE)).isEqualTo(load(1, second.createdAt()));
    assertThat(probe(type, pool, pool.get(1), MADE)).isEqualTo(load(0, null));
  }

  @Test
  void loads_followABookingMovedToAnotherHost() {
    String type = unique("type");
    List<String> ids = List.of(unique("a"), unique("b"));
    Instant made = MADE.plus(Duration.ofHours(5));
    Booking booked = book(type, ids.get(0), made);
    Instant target = slot();
    repository.reserve(plain(placed(target, new Placement(unique("other"), ids.get(0)), made)));
    Booking moved =
        moveChoosing(
            booked,
            target,
            new HostChoice(type, Assignment.ROUND_ROBIN, equalPool(ids), Set.copyOf(ids), MADE));

    assertThat(moved.placement().hostId()).isEqualTo(ids.get(1));
    assertThat(probe(type, ids, ids.get(0), MADE)).isEqualTo(load(0, null));
    assertThat(probe(type, ids, ids.get(1), MADE)).isEqualTo(load(1, made));
  }

  @Test
  void loads_ofAPeriodStartingMidUtcDay_countFromItsStart() {
    String type = unique("type");
    List<String> pool = List.of(unique("a"), unique("b"));
    // Midnight at +05:30 is 18:30 UTC the day before.
    Instant since =
        LocalDate.of(2027, 6, 1).atStartOfDay(ZoneOffset.ofHoursMinutes(5, 30)).toInstant();
    book(type, pool.get(0), since.minus(Duration.ofMinutes(1)));
    book(type, pool.get(0), since.minus(Duration.ofDays(1)));
    book(type, pool.get(0), since);
    book(type, pool.get(0), since.plus(Duration.ofHours(5)));
    Instant latest = since.plus(Duration.ofDays(2));
    book(type, pool.get(0), latest);
    book(type, pool.get(1), since.minus(Duration.ofHours(3)));

    assertThat(probe(type, pool, pool.get(0), since)).isEqualTo(load(3, latest));
    assertThat(probe(type, pool, pool.get(1), since)).isEqualTo(load(0, null));
  }

  @Test
  void loads_acrossManyDays_countEveryConfirmedBookingSinceThePeriodStart() {
    String type = unique("type");
    List<String> pool = List.of(unique("a"), unique("b"));
    Random random = new Random(type.hashCode());
    List<Instant> confirmed = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Instant made = MADE.plus(Duration.ofMinutes(random.nextInt(45 * 24 * 60)));
      Booking booked = book(type, pool.get(0), made);
      if (random.nextInt(4) == 0) {
        cancel(booked);
      } else {
        confirmed.add(made);
      }
    }

    for (Instant since :
        List.of(MADE.plus(Duration.ofHours(13).plusMinutes(7)), MADE.plus(Duration.ofDays(3)))) {
      List<Instant> counted = confirmed.stream().filter(t -> !t.isBefore(since)).toList();
      assertThat(probe(type, pool, pool.get(0), since))
          .isEqualTo(load(counted.size(), counted.stream().max(Instant::compareTo).orElseThrow()));
    }
  }

  private Booking book(String type, String host, Instant made) {
    return repository.reserve(plain(placed(slot(), new Placement(type, host), made)));
  }

  private void cancel(Booking booking) {
    Booking stored = repository.findById(booking.id()).orElseThrow();
    repository.update(stored.cancel(NOW, Optional.empty())).orElseThrow();
  }

  /**
   * The load the ledger answers for {@code host} in the period from {@code since}, as the reason of
   * a round-robin booking offered only that host quotes it. The probe is made before the period, so
   * it counts in no later probe.
   */
  private String probe(String type, List<String> ids, String host, Instant since) {
    List<PoolHost> pool = equalPool(ids);
    Booking probe = placed(slot(), new Placement(type, host), since.minus(Duration.ofDays(400)));
    Booking booked =
        repository.reserve(
            reservation(
                probe, new HostChoice(type, Assignment.ROUND_ROBIN, pool, Set.of(host), since)));
    String reason = booked.placement().assignmentReason().orElseThrow();
    Matcher quoted = LOAD.matcher(reason);
    assertThat(quoted.find()).as(reason).isTrue();
    return load(Integer.parseInt(quoted.group(1)), quoted.group(2));
  }

  private static String load(int bookings, Object lastBooked) {
    return bookings + " last booked " + (lastBooked == null ? "never" : lastBooked.toString());
  }

  /** A slot of its own for each booking of the test, so that no host is ever busy. */
  private Instant slot() {
    return at(nextSlot++, 0);
  }
}
