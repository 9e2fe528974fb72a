package com.metalogics.booking.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The phase-1 rules ({@link BookingRules}) as a schedule and an event type ({@link
 * PhaseOneCatalog}) give the slots and refusals of the phase-1 engine (kept as {@link
 * PhaseOneEngine}) with one exception: a repeated local hour counts once in the new policy, while
 * phase 1 offered both occurrences. Each case names its seed; rerun one with {@code
 * -Davailability.seed=<seed>}.
 */
class PhaseOneParityTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final int CASES = 400;

  @Test
  void phaseOneRules_giveThePhaseOneSlotsAndReasons_butTheRepeatedHourOnce() {
    long base = Long.getLong("availability.seed", System.nanoTime());
    for (int i = 0; i < CASES; i++) {
      long seed = base + i;
      RandomInputs r = new RandomInputs(new Random(seed));
      BookingRules rules = rules(r);
      ZoneId zone = rules.businessHours().zone();
      Instant from =
          r.firstDay().atStartOfDay(zone).toInstant().plusSeconds(60L * r.between(0, 600));
      TimeSlot range = new TimeSlot(from, from.plus(Duration.ofHours(r.between(1, 24 * 10))));
      Duration duration = rules.allowedDurations().first();
      List<TimeSlot> busy = r.busy(range);
      Instant now = from.minus(Duration.ofMinutes(r.between(-600, 3 * 24 * 60)));
      AvailabilityInput input = inputOf(rules, BusyTimes.of(busy), now);
      String where = "seed " + seed + " (rerun with -Davailability.seed=" + seed + "): " + rules;

      List<TimeSlot> phaseOne = PhaseOneEngine.slots(range, duration, rules, now, busy);
      List<TimeSlot> expected =
          phaseOne.stream().filter(s -> !LocalOracle.isSecondOccurrence(s.start(), zone)).toList();
      assertThat(Availability.slots(input, range, duration)).as(where).isEqualTo(expected);
      assertThat(
              SlotCalculator.availableSlots(SlotPolicy.queryFor(range, duration, rules, now, busy)))
          .as(where)
          .isEqualTo(expected);

      AvailabilityInput free = inputOf(rules, BusyTimes.none(), now);
      for (TimeSlot probe : probes(r, range, duration)) {
        Optional<Reason> old = PhaseOneEngine.rejectionOf(probe, rules, now);
        Optional<Reason> reason =
            old.isEmpty() && LocalOracle.isSecondOccurrence(probe.start(), zone)
                ? Optional.of(Reason.OUTSIDE_BUSINESS_HOURS)
                : old;
        assertThat(Availability.refusalOf(free, probe)).as(where + " " + probe).isEqualTo(reason);
        assertThat(SlotPolicy.rejectionOf(probe, rules, now)).as(where).isEqualTo(reason);
      }
    }
  }

  /**
   * The one difference, as DESIGN.md's DST policy wants it: phase 1 offered 01:00 to 02:00 twice.
   */
  @Test
  void repeatedHour_phaseOneOffersBothOccurrences_theNewPolicyTheFirstOnly() {
    BookingRules rules =
        new BookingRules(
            2,
            Duration.ofDays(30),
            new BusinessHours(EnumSet.allOf(DayOfWeek.class), 1, 2, NEW_YORK),
            Duration.ZERO,
            Duration.ZERO,
            Optional.empty(),
            new TreeSet<>(List.of(Duration.ofMinutes(30))),
            30,
            90);
    LocalDate fallBack = LocalDate.of(2027, 11, 7);
    TimeSlot day =
        new TimeSlot(
            fallBack.atStartOfDay(NEW_YORK).toInstant(),
            fallBack.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
    Instant now = day.start().minus(Duration.ofDays(1));
    Duration half = Duration.ofMinutes(30);
    assertThat(PhaseOneEngine.slots(day, half, rules, now, List.of()))
        .extracting(s -> s.start().toString())
        .containsExactly(
            "2027-11-07T05:00:00Z", "2027-11-07T05:30:00Z",
            "2027-11-07T06:00:00Z", "2027-11-07T06:30:00Z");
    assertThat(Availability.slots(inputOf(rules, BusyTimes.none(), now), day, half))
        .extracting(s -> s.start().toString())
        .containsExactly("2027-11-07T05:00:00Z", "2027-11-07T05:30:00Z");
  }

  private static AvailabilityInput inputOf(BookingRules rules, BusyTimes busy, Instant now) {
    return new AvailabilityInput(
        PhaseOneCatalog.eventType(rules),
        PhaseOneCatalog.schedule(rules),
        Optional.empty(),
        busy,
        BookingCounts.none(),
        now);
  }

  private static BookingRules rules(RandomInputs r) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (!r.chance(4)) {
        days.add(d);
      }
    }
    days.add(DayOfWeek.SUNDAY);
    int start = r.between(0, 19);
    ZoneId zone = RandomInputs.ZONES.get(r.between(0, RandomInputs.ZONES.size() - 1));
    Duration duration = Duration.ofMinutes(15L * r.between(1, 4));
    return new BookingRules(
        2,
        Duration.ofDays(30),
        new BusinessHours(days, start, r.between(start + 1, 24), zone),
        Duration.ofMinutes(5L * r.between(0, 6)),
        Duration.ofMinutes(r.between(0, 48 * 60)),
        r.chance(2) ? Optional.empty() : Optional.of(Duration.ofMinutes(5L * r.between(1, 12))),
        new TreeSet<>(List.of(duration)),
        30,
        r.between(1, 20));
  }

  private static List<TimeSlot> probes(RandomInputs r, TimeSlot range, Duration duration) {
    List<TimeSlot> out = new ArrayList<>();
    long minutes = range.length().toMinutes();
    for (int i = 0; i < 100; i++) {
      Instant start = range.start().plusSeconds(60L * r.between(0, (int) minutes));
      out.add(
          TimeSlot.of(
              start.minusSeconds(start.getEpochSecond() % (r.chance(2) ? 900 : 300)), duration));
    }
    return out;
  }
}
