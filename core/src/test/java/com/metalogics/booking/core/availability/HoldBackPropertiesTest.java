package com.metalogics.booking.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.availability.Priority.VipTerms;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * VIP hold-back over random schedules, shares, release times, notices, limits and busy times: a
 * non-VIP sees exactly the slots that are not held back, a VIP sees all of them, each is admitted
 * exactly when offered (a non-VIP's held-back start with reason {@code RESERVED}), and each day
 * holds back its share within one slot. Each case names its seed; rerun one with {@code
 * -Dholdback.seed=<seed>}.
 */
class HoldBackPropertiesTest {

  private static final int CASES = 150;

  @Test
  void nonVipsSeeTheUnreservedSlots_vipsSeeAll_andBothAreAdmittedExactlyWhenOffered() {
    long base = Long.getLong("holdback.seed", System.nanoTime());
    for (int i = 0; i < CASES; i++) {
      check(base + i);
    }
  }

  private static void check(long seed) {
    Random random = new Random(seed);
    Case c = Case.random(new RandomInputs(random));
    String where = "seed " + seed + " (rerun with -Dholdback.seed=" + seed + "): " + c;
    List<TimeSlot> everyone = Availability.slots(c.with(Priority.ORDINARY), c.range, c.duration);
    Priority nonVip = Priority.ordinary(c.hold);
    List<TimeSlot> nonVipSlots = Availability.slots(c.with(nonVip), c.range, c.duration);
    Priority sameVip = Priority.vip(c.hold, VipTerms.SAME);
    List<TimeSlot> vipSlots = Availability.slots(c.with(sameVip), c.range, c.duration);
    Set<Instant> held = c.heldByOracle();

    assertThat(vipSlots).as(where + " a VIP sees all").isEqualTo(everyone);
    assertThat(nonVipSlots)
        .as(where + " a non-VIP sees the unreserved")
        .isEqualTo(everyone.stream().filter(s -> !held.contains(s.start())).toList());
    Priority betterVip = Priority.vip(c.hold, c.terms);
    List<TimeSlot> betterSlots = Availability.slots(c.with(betterVip), c.range, c.duration);
    assertThat(betterSlots).as(where + " better terms only add").containsAll(vipSlots);

    List<Instant> probes = c.probes(betterSlots, random);
    for (Priority priority : List.of(nonVip, sameVip, betterVip)) {
      List<TimeSlot> offered =
          priority == nonVip ? nonVipSlots : priority == sameVip ? vipSlots : betterSlots;
      admittedExactlyWhenOffered(c, priority, offered, probes, where + " " + priority);
    }
    for (TimeSlot slot : everyone) {
      if (held.contains(slot.start())) {
        assertThat(Availability.refusalOf(c.with(nonVip), slot))
            .as(where + " held " + slot)
            .contains(Reason.RESERVED);
      }
    }
  }

  private static void admittedExactlyWhenOffered(
      Case c, Priority priority, List<TimeSlot> offered, List<Instant> probes, String where) {
    AvailabilityInput input = c.with(priority);
    Set<TimeSlot> offeredSet = new HashSet<>(offered);
    for (TimeSlot slot : offered) {
      assertThat(Availability.refusalOf(input, slot)).as(where + " refuses " + slot).isEmpty();
    }
    for (Instant start : probes) {
      TimeSlot slot = TimeSlot.of(start, c.duration);
      boolean admitted = Availability.refusalOf(input, slot).isEmpty();
      assertThat(offeredSet.contains(slot))
          .as(where + " admitted " + admitted + " but offered differs: " + slot)
          .isEqualTo(admitted && c.range.contains(slot));
    }
  }

  @Test
  void eachDayHoldsBackItsShareWithinOneSlot() {
    long base = Long.getLong("holdback.seed", System.nanoTime());
    for (int i = 0; i < CASES; i++) {
      long seed = base + i;
      Case c = Case.random(new RandomInputs(new Random(seed)));
      String where = "seed " + seed + " (rerun with -Dholdback.seed=" + seed + "): " + c;
      Map<LocalDate, Long> all = c.perDay(c.candidates());
      Map<LocalDate, Long> open = c.perDay(c.cleanSlots(Priority.ordinary(c.heldForever())));
      all.forEach(
          (day, n) -> {
            long heldCount = n - open.getOrDefault(day, 0L);
            double wanted = c.hold.share() * n / 100.0;
            assertThat(Math.abs(heldCount - wanted))
                .as(where + " on " + day + ": " + heldCount + " of " + n)
                .isLessThanOrEqualTo(1.0);
          });
    }
  }

  @Test
  void theSameSlotsAreHeldBack_whateverTheRangeAsked() {
    long base = Long.getLong("holdback.seed", System.nanoTime());
    for (int i = 0; i < CASES / 3; i++) {
      long seed = base + i;
      Case c = Case.random(new RandomInputs(new Random(seed)));
      Priority nonVip = Priority.ordinary(c.hold);
      List<TimeSlot> whole = Availability.slots(c.with(nonVip), c.range, c.duration);
      Instant middle = c.range.start().plus(c.range.length().dividedBy(2));
      List<TimeSlot> halves = new ArrayList<>();
      halves.addAll(
          Availability.slots(c.with(nonVip), new TimeSlot(c.range.start(), middle), c.duration));
      halves.addAll(
          Availability.slots(c.with(nonVip), new TimeSlot(middle, c.range.end()), c.duration));
      assertThat(whole).as("seed " + seed).containsAll(halves);
    }
  }

  private record Case(
      EventType type,
      Schedule host,
      Optional<Schedule> narrowing,
      TimeSlot range,
      Duration duration,
      BusyTimes busy,
      BookingCounts counts,
      Instant now,
      HoldBack hold,
      VipTerms terms) {

    static Case random(RandomInputs r) {
      ZoneId zone = r.zone();
      LocalDate first = r.firstDay();
      int days = r.between(1, 8);
      Schedule host = r.schedule("host", zone, first, days);
      Optional<Schedule> narrowing =
          r.chance(4) ? Optional.of(r.schedule("narrow", r.zone(), first, days)) : Optional.empty();
      Instant from = first.atStartOfDay(zone).toInstant().plusSeconds(60L * r.between(0, 900));
      TimeSlot range = new TimeSlot(from, from.plus(Duration.ofHours(r.between(6, 24 * days))));
      Duration duration = Duration.ofMinutes(r.between(1, r.chance(3) ? 24 : 12) * 5L);
      TypeBuilder type =
          TypeBuilder.type()
              .minutes((int) duration.toMinutes())
              .buffers(r.between(0, 4) * 15, r.between(0, 4) * 10)
              .notice(Duration.ofMinutes(r.between(0, 48 * 60)))
              .advanceDays(r.between(1, days + 2))
              .limits(r.chance(3) ? r.limits() : BookingLimits.none());
      if (r.chance(2)) {
        type.increment(r.between(1, 12) * 5);
      }
      narrowing.ifPresent(s -> type.schedule(s.id()));
      ZoneId limitZone = narrowing.orElse(host).timeZone();
      BusyTimes busy = r.chance(2) ? BusyTimes.none() : BusyTimes.of(r.busy(range));
      BookingCounts counts = r.counts(BookingCounts.countedSpan(range, limitZone), limitZone);
      Instant now = from.minus(Duration.ofMinutes(r.between(-2 * 24 * 60, 3 * 24 * 60)));
      HoldBack hold =
          new HoldBack(
              r.chance(6) ? (r.chance(2) ? 0 : 100) : r.between(1, 99),
              Duration.ofHours(r.chance(3) ? 0 : r.between(1, 72)));
      VipTerms terms =
          new VipTerms(
              r.chance(2) ? Optional.of(Duration.ofMinutes(r.between(0, 600))) : Optional.empty(),
              r.chance(2) ? OptionalInt.of(r.between(1, days + 5)) : OptionalInt.empty());
      return new Case(
          type.build(), host, narrowing, range, duration, busy, counts, now, hold, terms);
    }

    AvailabilityInput with(Priority priority) {
      return new AvailabilityInput(type, host, narrowing, busy, counts, now, priority);
    }

    /** Nothing released: what each day holds back before any release time. */
    HoldBack heldForever() {
      return new HoldBack(hold.share(), Duration.ZERO);
    }

    /**
     * Every grid start of the days the range touches, rules aside: no busy time, notice, advance or
     * limit, asked long before, over a span whose ends cut no day.
     */
    List<TimeSlot> cleanSlots(Priority priority) {
      EventType clean =
          new EventType(
              type.slug(),
              type.title(),
              "",
              "",
              type.durations(),
              type.defaultDuration(),
              type.slotIncrement(),
              Duration.ZERO,
              Duration.ZERO,
              Duration.ZERO,
              3650,
              BookingLimits.none(),
              Optional.empty(),
              type.assignment(),
              type.hostIds(),
              type.scheduleId(),
              true);
      ZoneId zone = limitZone();
      LocalDate firstDay = LocalDate.ofInstant(range.start(), zone);
      LocalDate lastDay = LocalDate.ofInstant(range.end(), zone);
      TimeSlot days =
          new TimeSlot(
              firstDay.atStartOfDay(zone).toInstant(),
              lastDay.plusDays(2).atStartOfDay(zone).toInstant());
      AvailabilityInput input =
          new AvailabilityInput(
              clean,
              host,
              narrowing,
              BusyTimes.none(),
              BookingCounts.none(),
              days.start().minus(Duration.ofDays(400)),
              priority);
      return Availability.slots(input, days, duration).stream()
          .filter(s -> !LocalDate.ofInstant(s.start(), zone).isAfter(lastDay))
          .toList();
    }

    List<TimeSlot> candidates() {
      return cleanSlots(Priority.ORDINARY);
    }

    /**
     * The oracle: per local date, the share (rounded half up) of that date's grid starts with the
     * lowest ranks, less those whose release time has come.
     */
    Set<Instant> heldByOracle() {
      Map<LocalDate, List<Instant>> byDay =
          candidates().stream()
              .map(TimeSlot::start)
              .collect(
                  Collectors.groupingBy(
                      s -> LocalDate.ofInstant(s, limitZone()), TreeMap::new, Collectors.toList()));
      Set<Instant> held = new HashSet<>();
      byDay.forEach(
          (day, starts) -> {
            int keep = (int) Math.floor(hold.share() * starts.size() / 100.0 + 0.5);
            starts.stream()
                .sorted(
                    Comparator.comparingLong(
                        s -> HeldBack.rank(type.slug(), EpochNanos.of(s)) >>> 16 << 16))
                .limit(keep)
                .filter(s -> now.isBefore(s.minus(hold.release())))
                .forEach(held::add);
          });
      return held;
    }

    Map<LocalDate, Long> perDay(List<TimeSlot> slots) {
      return slots.stream()
          .collect(
              Collectors.groupingBy(
                  s -> LocalDate.ofInstant(s.start(), limitZone()), Collectors.counting()));
    }

    ZoneId limitZone() {
      return narrowing.orElse(host).timeZone();
    }

    /** The offered slots, their neighbours on the grid, and random starts in the range. */
    List<Instant> probes(List<TimeSlot> offered, Random random) {
      List<Instant> out = new ArrayList<>();
      Duration step = type.incrementFor(duration);
      for (TimeSlot slot : candidates()) {
        out.add(slot.start());
      }
      for (TimeSlot slot : offered) {
        out.add(slot.start().minus(step));
        out.add(slot.start().plusSeconds(60));
      }
      long minutes = range.length().toMinutes();
      for (int i = 0; i < 100; i++) {
        out.add(range.start().plusSeconds(60 * (random.nextLong(minutes + 240) - 120)));
      }
      return out;
    }
  }
}
