package com.metalogics.booking.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The slots query and the admission are one function: over random schedules, overrides, blackouts,
 * buffers, limits and busy times, every offered slot is admitted and every admitted start is
 * offered, and every offered slot keeps every rule. Each case names its seed; rerun one with {@code
 * -Davailability.seed=<seed>}.
 */
class AvailabilityConsistencyTest {

  private static final int CASES = 200;

  @Test
  void offeredSlotsAreAdmitted_andAdmittedStartsAreOffered() {
    long base = Long.getLong("availability.seed", System.nanoTime());
    for (int i = 0; i < CASES; i++) {
      check(base + i);
    }
  }

  private static void check(long seed) {
    Case c = Case.random(new RandomInputs(new Random(seed)));
    String where = "seed " + seed + " (rerun with -Davailability.seed=" + seed + "): " + c;
    List<TimeSlot> offered = Availability.slots(c.input, c.range, c.duration);
    assertThat(offered).as(where).isSorted().doesNotHaveDuplicates();
    for (TimeSlot slot : offered) {
      assertThat(Availability.refusalOf(c.input, slot)).as(where + " refuses " + slot).isEmpty();
      assertThat(c.keepsEveryRule(slot)).as(where + " breaks a rule: " + slot).isTrue();
    }
    Set<TimeSlot> offeredSet = new HashSet<>(offered);
    for (Instant start : c.probes(offered, new Random(seed))) {
      TimeSlot slot = TimeSlot.of(start, c.duration);
      boolean admitted = Availability.refusalOf(c.input, slot).isEmpty();
      assertThat(offeredSet.contains(slot))
          .as(where + " admitted " + admitted + " but offered differs: " + slot)
          .isEqualTo(admitted && c.range.contains(slot));
    }
  }

  private record Case(
      AvailabilityInput input, TimeSlot range, Duration duration, List<TimeSlot> busy) {

    static Case random(RandomInputs r) {
      ZoneId zone = r.zone();
      LocalDate first = r.firstDay();
      int days = r.between(1, 10);
      Schedule host = r.schedule("host", zone, first, days);
      Optional<Schedule> narrowing =
          r.chance(4) ? Optional.of(r.schedule("narrow", r.zone(), first, days)) : Optional.empty();
      Instant from = first.atStartOfDay(zone).toInstant().plusSeconds(60L * r.between(0, 900));
      TimeSlot range =
          new TimeSlot(
              from,
              from.plus(
                  Duration.ofHours(
                      r.chance(4) ? r.between(1, 24) : r.between(12 * days, 24 * days))));
      Duration duration = Duration.ofMinutes(r.between(1, r.chance(3) ? 36 : 12) * 5L);
      TypeBuilder type =
          TypeBuilder.type()
              .minutes((int) duration.toMinutes())
              .buffers(r.between(0, 6) * 15, r.between(0, 6) * 10)
              .notice(Duration.ofMinutes(r.between(0, r.chance(5) ? 3 * 24 * 60 : 120)))
              .advanceDays(r.chance(4) ? r.between(1, days + 2) : 30)
              .limits(r.chance(2) ? r.limits() : BookingLimits.none());
      if (r.chance(2)) {
        type.increment(r.between(1, 12) * 5);
      }
      narrowing.ifPresent(s -> type.schedule(s.id()));
      EventType eventType = type.build();
      ZoneId limitZone = narrowing.orElse(host).timeZone();
      List<TimeSlot> busy = r.busy(range);
      Instant now = from.minus(Duration.ofMinutes(r.between(-300, 24 * 60)));
      AvailabilityInput input =
          new AvailabilityInput(
              eventType,
              host,
              narrowing,
              BusyTimes.of(busy),
              r.counts(BookingCounts.countedSpan(range, limitZone), limitZone),
              now);
      return new Case(input, range, duration, busy);
    }

    boolean keepsEveryRule(TimeSlot slot) {
      EventType type = input.eventType();
      TimeSlot widened =
          new TimeSlot(
              slot.start().minus(type.bufferBefore()), slot.end().plus(type.bufferAfter()));
      LocalDate day = LocalDate.ofInstant(slot.start(), input.limitZone());
      BookingCounts counts = input.counts();
      return range.contains(slot)
          && busy.stream().noneMatch(b -> b.overlaps(widened))
          && !slot.start().isBefore(input.earliestStart())
          && !slot.start().isAfter(input.latestStart())
          && type.limits().perDay().orElse(Integer.MAX_VALUE) > counts.onDay(day)
          && type.limits().perWeek().orElse(Integer.MAX_VALUE) > counts.inWeekOf(day)
          && type.limits().perMonth().orElse(Integer.MAX_VALUE) > counts.inMonthOf(day)
          && insideSchedules(slot);
    }

    private boolean insideSchedules(TimeSlot slot) {
      List<Schedule> schedules = new ArrayList<>(List.of(input.hostSchedule()));
      input.typeSchedule().ifPresent(schedules::add);
      return schedules.stream()
          .allMatch(
              s ->
                  LocalOracle.insideLocalRange(s, slot.start(), slot.end())
                      && !LocalOracle.isSecondOccurrence(slot.start(), s.timeZone()));
    }

    /**
     * Every grid point of every window of both schedules, the offered slots' neighbours, and random
     * starts in and around the range.
     */
    List<Instant> probes(List<TimeSlot> offered, Random random) {
      List<Instant> out = new ArrayList<>();
      Duration step = input.eventType().incrementFor(duration);
      List<Schedule> schedules = new ArrayList<>(List.of(input.hostSchedule()));
      input.typeSchedule().ifPresent(schedules::add);
      for (Schedule s : schedules) {
        LocalDate last = LocalDate.ofInstant(range.end(), s.timeZone()).plusDays(1);
        for (LocalDate d = LocalDate.ofInstant(range.start(), s.timeZone()).minusDays(1);
            !d.isAfter(last);
            d = d.plusDays(1)) {
          for (Instant[] window : LocalOracle.windows(s, d)) {
            for (Instant t = window[0]; t.isBefore(window[1]); t = t.plus(step)) {
              out.add(t);
            }
          }
        }
      }
      for (TimeSlot slot : offered) {
        out.add(slot.start().minus(step));
        out.add(slot.start().plus(step));
        out.add(slot.start().plusSeconds(60));
      }
      long minutes = range.length().toMinutes();
      for (int i = 0; i < 200; i++) {
        out.add(range.start().plusSeconds(60 * (random.nextLong(minutes + 240) - 120)));
      }
      return out;
    }
  }
}
