package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeRange;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * For random teams (own schedules and zones, bookings of other types, calendar busy times, buffers,
 * limits per host): every slot a round-robin or collective type offers is admitted and goes to
 * hosts who are free then; every start the booking admits was offered. Each case names its seed;
 * rerun one with {@code -Dteams.seed=<seed>}.
 */
class TeamConsistencyTest {

  private static final int CASES = 25;
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"), ZoneId.of("America/Chicago"), ZoneId.of("Europe/London"));

  @Test
  void offeredSlotsAreAssignedToFreeHosts_andAdmittedStartsWereOffered() {
    long base = Long.getLong("teams.seed", System.nanoTime());
    int cases = System.getProperty("teams.seed") == null ? CASES : 1;
    for (int i = 0; i < cases; i++) {
      new Case(base + i).check();
    }
  }

  private static final class Case {

    private final TeamHarness h = new TeamHarness();
    private final SplittableRandom random;
    private final String where;
    private final Map<String, Schedule> schedules = new HashMap<>();
    private final Map<String, List<TimeSlot>> blocked = new HashMap<>();
    private final List<String> hosts = new ArrayList<>();
    private EventType type;
    private int email;

    Case(long seed) {
      this.random = new SplittableRandom(seed);
      this.where = "seed " + seed + " (-Dteams.seed=" + seed + ")";
    }

    void check() {
      build();
      LocalDate day = h.date(2);
      int minutes = (int) type.defaultDuration().toMinutes();
      List<Instant> offered = h.starts(type.slug(), 2, minutes);
      String about = where + " " + type.assignment() + " " + schedules.values();
      for (Instant start : offered) {
        Booking booking = bookOrFail(start, minutes, about);
        assertFree(booking, about);
        cancel(booking);
      }
      Set<Instant> offeredSet = new HashSet<>(offered);
      ZoneId zone = schedules.get(hosts.get(0)).timeZone();
      Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
      for (int q = 0; q < 24 * 4; q++) {
        Instant start = day.atStartOfDay(zone).plusMinutes(15L * q).toInstant();
        // Only starts whose slot lies inside the day asked: the query offers no other.
        if (offeredSet.contains(start) || start.plus(Duration.ofMinutes(minutes)).isAfter(dayEnd)) {
          continue;
        }
        try {
          Booking booking = h.book(type.slug(), start, minutes, nextEmail()).booking();
          fail(about + ": admitted " + start + " (to " + booking.placement() + ") not offered");
        } catch (SlotUnavailableException expected) {
          // refused, as the slots query said
        }
      }
    }

    private void build() {
      int n = 2 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        String id = "h" + i;
        Schedule schedule = randomSchedule("s-" + id);
        h.engine.manageCatalog().saveSchedule(schedule, java.util.OptionalLong.empty(), "admin");
        schedules.put(id, schedule);
        h.host(id, schedule.id(), 1 + random.nextInt(3), 0);
        hosts.add(id);
        h.save(TeamHarness.team("solo-" + id, Assignment.SINGLE, id));
      }
      Assignment assignment = random.nextBoolean() ? Assignment.ROUND_ROBIN : Assignment.COLLECTIVE;
      int minutes = random.nextBoolean() ? 30 : 45;
      type =
          new EventType(
                  "team",
                  "Team",
                  "",
                  "",
                  List.of(Duration.ofMinutes(minutes)),
                  Duration.ofMinutes(minutes),
                  random.nextBoolean() ? Optional.of(Duration.ofMinutes(15)) : Optional.empty(),
                  Duration.ofMinutes(15L * random.nextInt(2)),
                  Duration.ofMinutes(15L * random.nextInt(2)),
                  Duration.ZERO,
                  60,
                  BookingLimits.none(),
                  Optional.empty(),
                  assignment,
                  List.copyOf(hosts),
                  Optional.empty(),
                  true)
              .withHostLimits(
                  random.nextInt(3) == 0
                      ? new BookingLimits(
                          OptionalInt.of(1 + random.nextInt(3)),
                          OptionalInt.empty(),
                          OptionalInt.empty())
                      : BookingLimits.none());
      h.save(type);
      for (String id : hosts) {
        busyTimes(id);
      }
    }

    private Schedule randomSchedule(String id) {
      int from = (6 + random.nextInt(6)) * 60 + 15 * random.nextInt(4);
      int to = Math.min(from + (3 + random.nextInt(6)) * 60, 22 * 60);
      List<TimeRange> ranges = new ArrayList<>(List.of(new TimeRange(from, to)));
      if (to + 60 < 23 * 60 && random.nextBoolean()) {
        ranges.add(new TimeRange(to + 60, Math.min(to + 60 + 120, 24 * 60)));
      }
      return Schedule.uniform(
          id, id, ZONES.get(random.nextInt(ZONES.size())), EnumSet.allOf(DayOfWeek.class), ranges);
    }

    /** Bookings of the host's own type, and blocked calendar times, on the tested day. */
    private void busyTimes(String host) {
      List<Instant> own = h.starts("solo-" + host, 2, 30);
      for (int k = 0; k < 3 && !own.isEmpty(); k++) {
        Instant start = own.get(random.nextInt(own.size()));
        try {
          h.book("solo-" + host, start, 30, nextEmail());
        } catch (SlotUnavailableException taken) {
          // an earlier pick overlapped it
        }
      }
      ZonedDateTime day = h.date(2).atStartOfDay(schedules.get(host).timeZone());
      for (int k = 0; k < 2; k++) {
        Instant start = day.plusMinutes(5L * random.nextInt(12 * 24)).toInstant();
        TimeSlot busy = TimeSlot.of(start, Duration.ofMinutes(10L * (1 + random.nextInt(9))));
        h.calendars.block(host + "-cal", busy);
        blocked.computeIfAbsent(host, x -> new ArrayList<>()).add(busy);
      }
    }

    private Booking bookOrFail(Instant start, int minutes, String about) {
      try {
        return h.book(type.slug(), start, minutes, nextEmail()).booking();
      } catch (SlotUnavailableException e) {
        throw new AssertionError(about + ": offered " + start + " refused " + e.reason(), e);
      }
    }

    private void assertFree(Booking booking, String about) {
      List<String> taking = booking.placement().hostIds();
      if (type.assignment() == Assignment.COLLECTIVE) {
        assertThat(taking).as(about).containsExactlyElementsOf(hosts);
      }
      TimeSlot widened =
          new TimeSlot(
              booking.startTime().minus(type.bufferBefore()),
              booking.endTime().plus(type.bufferAfter()));
      for (String host : taking) {
        String what = about + " " + booking.slot() + " to " + host;
        assertThat(insideSchedule(schedules.get(host), booking.slot())).as(what).isTrue();
        assertThat(blocked.getOrDefault(host, List.of()).stream().anyMatch(widened::overlaps))
            .as(what + " calendar busy")
            .isFalse();
        assertThat(
                h.repository.all().stream()
                    .filter(Booking::isActive)
                    .filter(b -> !b.id().equals(booking.id()))
                    .filter(b -> b.placement().hasHost(host))
                    .anyMatch(b -> b.slot().overlaps(widened)))
            .as(what + " booked")
            .isFalse();
      }
    }

    private static boolean insideSchedule(Schedule schedule, TimeSlot slot) {
      ZonedDateTime start = slot.start().atZone(schedule.timeZone());
      ZonedDateTime end = slot.end().atZone(schedule.timeZone());
      int from = start.toLocalTime().toSecondOfDay() / 60;
      int to =
          end.toLocalDate().isAfter(start.toLocalDate())
                  && end.toLocalTime().equals(LocalTime.MIDNIGHT)
              ? TimeRange.END_OF_DAY
              : end.toLocalTime().toSecondOfDay() / 60;
      return schedule.rangesOn(start.toLocalDate()).stream()
          .anyMatch(r -> r.fromMinute() <= from && to <= r.toMinute() && from < to);
    }

    private void cancel(Booking booking) {
      h.engine
          .cancelBooking()
          .handle(new CancelBookingCommand(BookingAccess.admin(booking.id()), Optional.empty()));
    }

    private String nextEmail() {
      return "visitor-" + (email++) + "@example.com";
    }
  }
}
