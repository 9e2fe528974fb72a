package com.metalogics.booking.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of the slot calculation over many random inputs. Each case is generated from a seed
 * that the failure message names, so any failure can be replayed.
 */
class SlotPropertiesTest {

  private static final int CASES = 400;
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("UTC"));

  /** Weeks holding a daylight-saving change in New York or Berlin, in 2027. */
  private static final List<LocalDate> DST_WEEKS =
      List.of(
          LocalDate.of(2027, 3, 12),
          LocalDate.of(2027, 3, 26),
          LocalDate.of(2027, 10, 29),
          LocalDate.of(2027, 11, 5));

  @Test
  void offeredSlots_respectEveryRule() {
    long baseSeed = Long.getLong("slots.seed", System.nanoTime());
    for (int i = 0; i < CASES; i++) {
      long seed = baseSeed + i;
      Case c = Case.random(new SplittableRandom(seed));
      List<TimeSlot> slots = SlotCalculator.availableSlots(c.query());
      String where = "seed " + seed + " (rerun with -Dslots.seed=" + seed + "): " + c;
      for (TimeSlot slot : slots) {
        assertThat(c.busy.stream().anyMatch(b -> b.overlaps(slot.widen(c.buffer))))
            .as(where + " busy overlap at " + slot)
            .isFalse();
        assertThat(insideLocalHours(slot, c.hours)).as(where + " outside hours: " + slot).isTrue();
        assertThat(slot.start()).as(where).isAfterOrEqualTo(c.earliest);
        assertThat(c.range.contains(slot)).as(where).isTrue();
        assertThat(
                SlotPolicy.rejectionOf(slot, c.rules(), c.earliest.minus(c.rules().minAdvance())))
            .as(where + " policy refuses offered " + slot)
            .isEmpty();
      }
      assertThat(slots).as(where).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void dstWeeks_keepLocalBusinessHours() {
    for (ZoneId zone : List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"))) {
      for (LocalDate weekStart : DST_WEEKS) {
        BusinessHours hours = new BusinessHours(EnumSet.allOf(DayOfWeek.class), 9, 17, zone);
        TimeSlot range =
            new TimeSlot(
                weekStart.atStartOfDay(zone).toInstant(),
                weekStart.plusDays(7).atStartOfDay(zone).toInstant());
        List<TimeSlot> slots =
            SlotCalculator.availableSlots(
                new SlotQuery(
                    range,
                    Duration.ofMinutes(60),
                    Duration.ofMinutes(60),
                    hours,
                    Duration.ZERO,
                    Instant.EPOCH,
                    Instant.MAX,
                    List.of()));
        assertThat(slots).as(zone + " " + weekStart).hasSize(7 * 8);
        for (TimeSlot slot : slots) {
          LocalTime start = slot.start().atZone(zone).toLocalTime();
          assertThat(start.getMinute()).isZero();
          assertThat(start.getHour()).isBetween(9, 16);
          assertThat(slot.length()).isEqualTo(Duration.ofHours(1));
        }
      }
    }
  }

  /** Completeness: a grid start the rules allow and nothing blocks is offered. */
  @Test
  void freeGridStarts_areOffered() {
    long baseSeed = Long.getLong("slots.seed", System.nanoTime());
    for (int i = 0; i < CASES / 4; i++) {
      long seed = baseSeed + i;
      Case c = Case.random(new SplittableRandom(seed));
      Set<TimeSlot> offered = new TreeSet<>(SlotCalculator.availableSlots(c.query()));
      for (TimeSlot candidate : c.allGridSlots()) {
        boolean free = c.busy.stream().noneMatch(b -> b.overlaps(candidate.widen(c.buffer)));
        boolean allowed = !candidate.start().isBefore(c.earliest) && c.range.contains(candidate);
        // DESIGN.md's DST policy: a repeated (autumn) local hour counts once, at its first
        // occurrence, so no slot starts in its second.
        boolean firstOccurrence =
            !LocalOracle.isSecondOccurrence(candidate.start(), c.hours.zone());
        assertThat(offered.contains(candidate))
            .as("seed " + seed + " " + candidate)
            .isEqualTo(free && allowed && firstOccurrence);
      }
    }
  }

  private static boolean insideLocalHours(TimeSlot slot, BusinessHours hours) {
    ZonedDateTime start = slot.start().atZone(hours.zone());
    return hours.isBusinessDay(start.toLocalDate())
        && hours.openingOn(start.toLocalDate()).contains(slot);
  }

  private record Case(
      BusinessHours hours,
      TimeSlot range,
      Duration duration,
      Duration increment,
      Duration buffer,
      Instant earliest,
      List<TimeSlot> busy) {

    static Case random(SplittableRandom r) {
      ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
      EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (r.nextInt(4) > 0) {
          days.add(d);
        }
      }
      if (days.isEmpty()) {
        days.add(DayOfWeek.WEDNESDAY);
      }
      int start = r.nextInt(0, 20);
      BusinessHours hours = new BusinessHours(days, start, r.nextInt(start + 1, 25), zone);
      LocalDate first =
          r.nextBoolean()
              ? DST_WEEKS.get(r.nextInt(DST_WEEKS.size()))
              : LocalDate.of(2027, 1, 1).plusDays(r.nextInt(365));
      Instant from =
          first.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(r.nextInt(0, 600)));
      TimeSlot range = new TimeSlot(from, from.plus(Duration.ofHours(r.nextInt(1, 24 * 10))));
      Duration duration = Duration.ofMinutes(15L * r.nextInt(1, 5));
      Duration increment =
          Duration.ofMinutes(r.nextBoolean() ? duration.toMinutes() : 5L * r.nextInt(1, 13));
      List<TimeSlot> busy = new ArrayList<>();
      for (int i = r.nextInt(0, 40); i > 0; i--) {
        Instant s =
            range
                .start()
                .plus(Duration.ofMinutes(r.nextLong(-120, range.length().toMinutes() + 120)));
        busy.add(TimeSlot.of(s, Duration.ofMinutes(r.nextInt(0, 240))));
      }
      Instant earliest =
          range.start().plus(Duration.ofMinutes(r.nextLong(-600, range.length().toMinutes())));
      return new Case(
          hours,
          range,
          duration,
          increment,
          Duration.ofMinutes(5L * r.nextInt(0, 7)),
          earliest,
          busy);
    }

    SlotQuery query() {
      return new SlotQuery(range, duration, increment, hours, buffer, earliest, Instant.MAX, busy);
    }

    /** Rules under which the policy, seen at {@code earliest - minAdvance}, matches the query. */
    BookingRules rules() {
      return new BookingRules(
          2,
          Duration.ofDays(30),
          hours,
          buffer,
          Duration.ofHours(1),
          Optional.of(increment),
          new TreeSet<>(List.of(duration)),
          30,
          100_000);
    }

    List<TimeSlot> allGridSlots() {
      List<TimeSlot> out = new ArrayList<>();
      LocalDate day = LocalDate.ofInstant(range.start(), hours.zone()).minusDays(1);
      LocalDate last = LocalDate.ofInstant(range.end(), hours.zone()).plusDays(1);
      for (; !day.isAfter(last); day = day.plusDays(1)) {
        if (!hours.isBusinessDay(day)) {
          continue;
        }
        TimeSlot opening = hours.openingOn(day);
        for (Instant s = opening.start();
            !s.plus(duration).isAfter(opening.end());
            s = s.plus(increment)) {
          out.add(TimeSlot.of(s, duration));
        }
      }
      return out;
    }
  }
}
