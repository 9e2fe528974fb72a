package com.metalogics.booking.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A pool's slots are merged into the starts of the hosts before, skipping the starts those already
 * decide: over random hosts (own zones, schedules and busy times), the union is exactly the slots
 * some host offers alone and the intersection exactly those every host offers alone. Each case
 * names its seed; rerun one with {@code -Dpool.seed=<seed>}.
 */
class PoolSlotsTest {

  private static final int CASES = 150;

  @Test
  void unionAndIntersection_equalTheSetsOfEachHostsOwnSlots() {
    long base = Long.getLong("pool.seed", System.nanoTime());
    int cases = System.getProperty("pool.seed") == null ? CASES : 1;
    for (int i = 0; i < cases; i++) {
      check(base + i);
    }
  }

  private static void check(long seed) {
    RandomInputs r = new RandomInputs(new Random(seed));
    LocalDate first = r.firstDay();
    int days = r.between(1, 8);
    ZoneId rangeZone = r.zone();
    Instant from = first.atStartOfDay(rangeZone).toInstant();
    TimeSlot range = new TimeSlot(from, from.plus(Duration.ofDays(days)));
    Duration duration = Duration.ofMinutes(r.between(1, 12) * 5L);
    TypeBuilder builder = TypeBuilder.type().minutes((int) duration.toMinutes());
    if (r.chance(2)) {
      builder.increment(r.between(1, 6) * 5);
    }
    EventType type = builder.buffers(r.between(0, 3) * 10, r.between(0, 3) * 10).build();
    List<AvailabilityInput> hosts = new ArrayList<>();
    int count = r.between(1, 7);
    for (int h = 0; h < count; h++) {
      ZoneId zone = r.zone();
      hosts.add(
          new AvailabilityInput(
              type,
              r.schedule("host-" + h, zone, first, days),
              Optional.empty(),
              BusyTimes.of(r.busy(range)),
              BookingCounts.none(),
              from.minus(Duration.ofDays(1))));
    }
    String where = "seed " + seed + " (rerun with -Dpool.seed=" + seed + ")";
    Set<TimeSlot> some = new TreeSet<>(Comparator.comparing(TimeSlot::start));
    Set<TimeSlot> every = null;
    for (AvailabilityInput host : hosts) {
      List<TimeSlot> own = Availability.slots(host, range, duration);
      some.addAll(own);
      if (every == null) {
        every = new LinkedHashSet<>(own);
      } else {
        every.retainAll(own);
      }
    }

    assertThat(PoolSlots.union(hosts, range, duration)).as(where).containsExactlyElementsOf(some);
    assertThat(PoolSlots.intersection(hosts, range, duration))
        .as(where)
        .containsExactlyElementsOf(every);
  }
}
