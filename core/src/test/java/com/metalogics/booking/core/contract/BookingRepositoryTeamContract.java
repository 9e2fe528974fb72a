package com.metalogics.booking.core.contract;

import static com.metalogics.booking.core.contract.Fixtures.NOW;
import static com.metalogics.booking.core.contract.Fixtures.attendee;
import static com.metalogics.booking.core.contract.Fixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.application.ManageTokens;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.PoolHost;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bookings of several hosts: no double booking is per host, a round-robin host is chosen under the
 * reservation's lock, a collective booking holds every host, limits per host. Each test invents its
 * own hosts and types.
 */
public abstract class BookingRepositoryTeamContract extends BookingRepositoryLimitsContract {

  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Instant PERIOD = NOW.minus(Duration.ofDays(1));

  @Test
  void twoHosts_mayHoldTheSameTime_butOneHostNotTwice() {
    String type = unique("type");
    String ann = unique("ann");
    String bob = unique("bob");
    repository.reserve(plain(placed(at(10, 0), new Placement(type, ann))));
    Booking second = repository.reserve(plain(placed(at(10, 0), new Placement(type, bob))));

    assertThat(repository.findById(second.id())).isPresent();
    assertThatThrownBy(
            () -> repository.reserve(plain(placed(at(10, 15), new Placement(type, ann)))))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.ALREADY_BOOKED));
  }

  @Test
  void roundRobin_takesTurns_skipsABusyHost_andStoresWhy() {
    String type = unique("type");
    List<String> pool = List.of(unique("a"), unique("b"), unique("c"));
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      chosen.add(roundRobin(type, pool, at(9 + i, 0)).placement().hostId());
    }
    repository.reserve(plain(placed(at(14, 0), new Placement(unique("other"), pool.get(0)))));
    Booking fourth = roundRobin(type, pool, at(14, 0));

    assertThat(chosen).containsExactlyElementsOf(pool);
    assertThat(fourth.placement().hostId()).isEqualTo(pool.get(1));
    assertThat(fourth.placement().assignmentReason())
        .hasValueSatisfying(r -> assertThat(r).startsWith("round-robin"));
    assertThat(repository.findById(fourth.id()).orElseThrow().placement())
        .isEqualTo(fourth.placement());
  }

  @Test
  void roundRobin_aHigherPriority_winsOverAFewerBookings() {
    String type = unique("type");
    String low = unique("a");
    String high = unique("b");
    List<PoolHost> pool =
        List.of(new PoolHost(low, 0, 1, List.of()), new PoolHost(high, 3, 1, List.of()));
    for (int i = 0; i < 3; i++) {
      Booking booked = reserveChoosing(type, pool, Set.of(low, high), at(9 + i, 0));
      assertThat(booked.placement().hostId()).isEqualTo(high);
    }
  }

  @Test
  void roundRobin_aJoiningHost_startsAtThePoolsLevel() {
    String type = unique("type");
    String a = unique("a");
    String b = unique("b");
    String c = unique("c");
    for (int i = 0; i < 4; i++) {
      roundRobin(type, List.of(a, b), at(9 + i, 0));
    }
    Set<String> next = new java.util.HashSet<>();
    for (int i = 0; i < 3; i++) {
      next.add(roundRobin(type, List.of(a, b, c), at(14 + i, 0)).placement().hostId());
    }
    assertThat(next).containsExactlyInAnyOrder(a, b, c);
  }

  @Test
  void roundRobin_limitsPerHost_countEachHostOnTheirOwn() {
    String type = unique("type");
    List<String> ids = List.of(unique("a"), unique("b"));
    List<PoolHost> pool =
        ids.stream()
            .map(id -> new PoolHost(id, 0, 1, List.of(new PeriodCap(type, at(0, 0), at(24, 0), 1))))
            .toList();
    reserveChoosing(type, pool, Set.copyOf(ids), at(9, 0));
    reserveChoosing(type, pool, Set.copyOf(ids), at(10, 0));

    assertThatThrownBy(() -> reserveChoosing(type, pool, Set.copyOf(ids), at(11, 0)))
        .isInstanceOfSatisfying(
            SlotUnavailableException.class,
            e -> assertThat(e.reason()).isEqualTo(SlotUnavailableException.Reason.LIMIT_REACHED));
  }

  @Test
  void collective_holdsEveryHost_untilCancelled() {
    String type = unique("type");
    List<String> pool = List.of(unique("a"), unique("b"));
    Booking panel = collective(type, pool, at(10, 0));
    Booking clash = placed(at(10, 0), new Placement(unique("other"), pool.get(1)));

    assertThat(panel.placement().hostIds()).containsExactlyElementsOf(pool);
    assertThat(repository.findById(panel.id()).orElseThrow().placement().coHosts())
        .containsExactly(pool.get(1));
    assertThatThrownBy(() -> repository.reserve(plain(clash)))
        .isInstanceOf(SlotUnavailableException.class);
    repository.update(panel.cancel(NOW, Optional.empty())).orElseThrow();
    assertThat(repository.reserve(plain(clash)).id()).isEqualTo(clash.id());
  }

  @Test
  void collective_isRefused_whenOneHostIsBooked() {
    String type = unique("type");
    List<String> pool = List.of(unique("a"), unique("b"));
    repository.reserve(plain(placed(at(10, 0), new Placement(unique("other"), pool.get(1)))));

    assertThatThrownBy(() -> collective(type, pool, at(10, 0)))
        .isInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void collective_aMoveOntoOneHostsBooking_isRefused() {
    String type = unique("type");
    List<String> pool = List.of(unique("a"), unique("b"));
    Booking panel = collective(type, pool, at(10, 0));
    repository.reserve(plain(placed(at(12, 0), new Placement(unique("other"), pool.get(1)))));
    Booking moved = panel.reschedule(TimeSlot.of(at(12, 0), HALF_HOUR), NOW);

    assertThatThrownBy(() -> repository.updateSlot(moved, Duration.ZERO))
        .isInstanceOf(SlotUnavailableException.class);
    Booking elsewhere = panel.reschedule(TimeSlot.of(at(13, 0), HALF_HOUR), NOW);
    assertThat(repository.updateSlot(elsewhere, Duration.ZERO)).isPresent();
  }

  @Test
  void roundRobin_aMoveWithAChoice_goesToAFreeHost_andFreesTheFormerOne() {
    String type = unique("type");
    List<String> ids = List.of(unique("a"), unique("b"));
    Booking booked = roundRobin(type, ids, at(10, 0));
    repository.reserve(plain(placed(at(12, 0), new Placement(unique("other"), ids.get(0)))));
    Booking moved =
        moveChoosing(
            booked,
            at(12, 0),
            new HostChoice(type, Assignment.ROUND_ROBIN, equalPool(ids), Set.copyOf(ids), PERIOD));

    assertThat(moved.placement().hostId()).isEqualTo(ids.get(1));
    assertThat(repository.findById(booked.id()).orElseThrow().placement().hostId())
        .isEqualTo(ids.get(1));
    assertThat(repository.reserve(plain(placed(at(10, 0), new Placement(type, ids.get(0))))))
        .isNotNull();
    assertThatThrownBy(
            () -> repository.reserve(plain(placed(at(12, 0), new Placement(type, ids.get(1))))))
        .isInstanceOf(SlotUnavailableException.class);
  }

  @Test
  void roundRobin_aMoveWithAChoice_storesTheEffectsPlannedOnTheHostChosen_inTheSameWrite() {
    String type = unique("type");
    List<String> ids = List.of(unique("a"), unique("b"));
    Booking booked = roundRobin(type, ids, at(10, 0));
    repository.reserve(plain(placed(at(12, 0), new Placement(unique("other"), ids.get(0)))));
    List<PoolHost> pool = equalPool(ids);
    HostChoice choice = new HostChoice(type, Assignment.ROUND_ROBIN, pool, Set.copyOf(ids), PERIOD);

    Booking moved =
        repository
            .updateSlot(
                booked.reschedule(TimeSlot.of(at(12, 0), HALF_HOUR), NOW),
                Duration.ZERO,
                List.of(),
                choice,
                placed ->
                    List.of(
                        Effect.planned(
                            placed,
                            EffectKind.WEBHOOK,
                            "moved-to",
                            NOW,
                            NOW,
                            Optional.of(placed.placement().hostId()),
                            NOW)),
                List.of())
            .orElseThrow();

    assertThat(repository.effectsOf(booked.id()))
        .filteredOn(e -> e.target().equals("moved-to"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.payload()).contains(ids.get(1));
              assertThat(e.revision()).isEqualTo(moved.revision());
            });
  }

  private Booking roundRobin(String type, List<String> ids, Instant start) {
    List<PoolHost> pool = equalPool(ids);
    return reserveChoosing(type, pool, Set.copyOf(ids), start);
  }

  private Booking collective(String type, List<String> ids, Instant start) {
    List<PoolHost> pool = equalPool(ids);
    return repository.reserve(
        reservation(
            placed(start, new Placement(type, ids.get(0))),
            new HostChoice(type, Assignment.COLLECTIVE, pool, Set.copyOf(ids), PERIOD)));
  }

  private Booking reserveChoosing(
      String type, List<PoolHost> pool, Set<String> free, Instant start) {
    return repository.reserve(
        reservation(
            placed(start, new Placement(type, pool.get(0).id())),
            new HostChoice(type, Assignment.ROUND_ROBIN, pool, free, PERIOD)));
  }

  /** Hosts of equal priority and weight, in the order given. */
  protected static List<PoolHost> equalPool(List<String> ids) {
    return ids.stream().map(id -> new PoolHost(id, 0, 1, List.of())).toList();
  }

  /** Moves {@code booked} to {@code start}, the host chosen by {@code choice}, with no effects. */
  protected Booking moveChoosing(Booking booked, Instant start, HostChoice choice) {
    return repository
        .updateSlot(
            booked.reschedule(TimeSlot.of(start, HALF_HOUR), NOW),
            Duration.ZERO,
            List.of(),
            choice,
            List.of(),
            List.of())
        .orElseThrow();
  }

  /** A reservation with room in every limit, placed by {@code choice}. */
  protected static Reservation reservation(Booking booking, HostChoice choice) {
    return new Reservation(
        booking,
        Duration.ZERO,
        new FrequencyLimit(1000, NOW.minus(Duration.ofDays(30)), 30),
        List.of(),
        List.of(),
        List.of(),
        choice);
  }

  private static Booking placed(Instant start, Placement placement) {
    return placed(start, placement, NOW);
  }

  /** A half-hour booking at {@code start}, made at {@code made}, by a new e-mail. */
  protected static Booking placed(Instant start, Placement placement, Instant made) {
    UUID id = UUID.randomUUID();
    return Booking.newBooking(
        id,
        attendee(uniqueEmail()),
        TimeSlot.of(start, HALF_HOUR),
        made,
        ManageTokens.hash("token-" + id),
        Optional.empty(),
        placement);
  }

  /** Sorts as {@code prefix} does: the tests rely on the tie by id. */
  protected static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
