package com.metalogics.booking.core.availability;

import static com.metalogics.booking.core.availability.NewYorkWeek.LONG_AGO;
import static com.metalogics.booking.core.availability.NewYorkWeek.NEW_YORK;
import static com.metalogics.booking.core.availability.NewYorkWeek.WEDNESDAY;
import static com.metalogics.booking.core.availability.NewYorkWeek.input;
import static com.metalogics.booking.core.availability.NewYorkWeek.ny;
import static com.metalogics.booking.core.availability.NewYorkWeek.range;
import static com.metalogics.booking.core.availability.NewYorkWeek.refusal;
import static com.metalogics.booking.core.availability.NewYorkWeek.startsOn;
import static com.metalogics.booking.core.availability.NewYorkWeek.times;
import static com.metalogics.booking.core.availability.NewYorkWeek.weekdays;
import static com.metalogics.booking.core.availability.NewYorkWeek.withDays;
import static com.metalogics.booking.core.availability.TypeBuilder.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.DateOverride;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AvailabilityRulesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void candidatesStartOnTheIncrement_countedFromEachRangeStart() {
    Schedule s = weekdays(NEW_YORK, range("09:00", "12:00"), range("13:10", "15:10"));
    assertThat(startsOn(WEDNESDAY, input(type().increment(45).build(), s), 30))
        .isEqualTo(times("09:00", "09:45", "10:30", "11:15", "13:10", "13:55", "14:40"));
  }

  @Test
  void touchingRanges_actAsOne() {
    Schedule s = weekdays(NEW_YORK, range("10:00", "11:00"), range("09:00", "10:00"));
    assertThat(startsOn(WEDNESDAY, input(type().minutes(60).increment(30).build(), s), 60))
        .isEqualTo(times("09:00", "09:30", "10:00"));
  }

  @Test
  void rangeToMidnight_offersTheLastSlotOfTheDay() {
    Schedule s = weekdays(NEW_YORK, range("23:00", "24:00"));
    assertThat(startsOn(WEDNESDAY, input(type().build(), s), 30))
        .isEqualTo(times("23:00", "23:30"));
  }

  @Test
  void dateOverride_replacesTheWeekdayRanges() {
    Schedule s =
        withDays(
            weekdays(NEW_YORK, range("09:00", "12:00")),
            List.of(new DateOverride(WEDNESDAY, List.of(range("14:00", "15:00")))),
            List.of());
    AvailabilityInput in = input(type().build(), s);
    assertThat(startsOn(WEDNESDAY, in, 30)).isEqualTo(times("14:00", "14:30"));
    assertThat(startsOn(WEDNESDAY.plusDays(1), in, 30)).hasSize(6);
    assertThat(refusal(in, ny(WEDNESDAY, 9, 0), 30)).contains(Reason.OUTSIDE_BUSINESS_HOURS);
  }

  @Test
  void closedOverride_offersNothing() {
    Schedule s =
        withDays(
            weekdays(NEW_YORK, range("09:00", "12:00")),
            List.of(DateOverride.closed(WEDNESDAY)),
            List.of());
    assertThat(startsOn(WEDNESDAY, input(type().build(), s), 30)).isEmpty();
  }

  @Test
  void overrideOnAWeekend_opensIt() {
    LocalDate saturday = LocalDate.of(2027, 3, 6);
    Schedule s =
        withDays(
            weekdays(NEW_YORK, range("09:00", "12:00")),
            List.of(new DateOverride(saturday, List.of(range("10:00", "11:00")))),
            List.of());
    assertThat(startsOn(saturday, input(type().build(), s), 30)).isEqualTo(times("10:00", "10:30"));
  }

  @Test
  void blackout_closesEveryDateItCovers_overOverrides_andIsNamed() {
    Schedule s =
        withDays(
            weekdays(NEW_YORK, range("09:00", "12:00")),
            List.of(new DateOverride(WEDNESDAY, List.of(range("14:00", "15:00")))),
            List.of(new Blackout(WEDNESDAY.minusDays(1), WEDNESDAY, "Conference")));
    AvailabilityInput in = input(type().build(), s);
    assertThat(startsOn(WEDNESDAY.minusDays(1), in, 30)).isEmpty();
    assertThat(startsOn(WEDNESDAY, in, 30)).isEmpty();
    assertThat(startsOn(WEDNESDAY.plusDays(1), in, 30)).hasSize(6);
    assertThat(refusal(in, ny(WEDNESDAY, 14, 0), 30)).contains(Reason.BLACKOUT);
  }

  @Test
  void buffersBeforeAndAfter_keepTheirOwnDistanceFromBusyTime() {
    Schedule s = weekdays(NEW_YORK, range("09:00", "17:00"));
    BusyTimes busy =
        BusyTimes.of(List.of(new TimeSlot(ny(WEDNESDAY, 12, 0), ny(WEDNESDAY, 13, 0))));
    AvailabilityInput in =
        new AvailabilityInput(
            type().buffers(30, 10).build(),
            s,
            Optional.empty(),
            busy,
            BookingCounts.none(),
            LONG_AGO);
    List<LocalTime> starts = startsOn(WEDNESDAY, in, 30);
    assertThat(starts)
        .contains(LocalTime.of(11, 0), LocalTime.of(13, 30))
        .doesNotContain(LocalTime.of(11, 30), LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertThat(refusal(in, ny(WEDNESDAY, 11, 30), 30)).contains(Reason.BUSY);
    assertThat(refusal(in, ny(WEDNESDAY, 13, 0), 30)).contains(Reason.BUSY);
    assertThat(refusal(in, ny(WEDNESDAY, 11, 0), 30)).isEmpty();
  }

  @Test
  void unsortedOverlappingBusyTimes_areJoined() {
    Schedule s = weekdays(NEW_YORK, range("09:00", "17:00"));
    BusyTimes busy =
        BusyTimes.of(
            List.of(
                new TimeSlot(ny(WEDNESDAY, 14, 0), ny(WEDNESDAY, 15, 0)),
                new TimeSlot(ny(WEDNESDAY, 9, 0), ny(WEDNESDAY, 10, 30)),
                new TimeSlot(ny(WEDNESDAY, 10, 0), ny(WEDNESDAY, 11, 0))));
    AvailabilityInput in =
        new AvailabilityInput(
            type().minutes(60).build(), s, Optional.empty(), busy, BookingCounts.none(), LONG_AGO);
    assertThat(startsOn(WEDNESDAY, in, 60))
        .isEqualTo(times("11:00", "12:00", "13:00", "15:00", "16:00"));
    assertThat(busy.intervals()).hasSize(2);
  }

  @Test
  void busyTimesInEpochMillis_countLikeInstants() {
    long start = ny(WEDNESDAY, 9, 0).toEpochMilli();
    BusyTimes busy = BusyTimes.ofEpochMillis(new long[] {start}, new long[] {start + 3_600_000});
    assertThat(busy.intervals())
        .containsExactly(new TimeSlot(ny(WEDNESDAY, 9, 0), ny(WEDNESDAY, 10, 0)));
  }

  @Test
  void minimumNotice_andFurthestAdvance_boundTheStarts() {
    Schedule s = weekdays(NEW_YORK, range("09:00", "17:00"));
    Instant now = ny(WEDNESDAY, 8, 0);
    EventType t = type().notice(Duration.ofHours(3)).advanceDays(2).build();
    AvailabilityInput in =
        new AvailabilityInput(t, s, Optional.empty(), BusyTimes.none(), BookingCounts.none(), now);
    assertThat(startsOn(WEDNESDAY, in, 30).get(0)).isEqualTo(LocalTime.of(11, 0));
    assertThat(refusal(in, ny(WEDNESDAY, 10, 30), 30)).contains(Reason.TOO_SOON);
    assertThat(refusal(in, ny(WEDNESDAY.plusDays(2), 8, 0), 30))
        .contains(Reason.OUTSIDE_BUSINESS_HOURS);
    assertThat(startsOn(WEDNESDAY.plusDays(2), in, 30)).isEmpty();
    assertThat(refusal(in, ny(WEDNESDAY.plusDays(2), 9, 0), 30)).contains(Reason.TOO_FAR_AHEAD);
  }

  @Test
  void offGridAndOutsideHours_areNamed() {
    AvailabilityInput in = input(type().build(), weekdays(NEW_YORK, range("09:00", "17:00")));
    assertThat(refusal(in, ny(WEDNESDAY, 9, 10), 30)).contains(Reason.OFF_GRID);
    assertThat(refusal(in, ny(WEDNESDAY, 16, 45), 30)).contains(Reason.OUTSIDE_BUSINESS_HOURS);
    assertThat(refusal(in, ny(WEDNESDAY, 8, 30), 30)).contains(Reason.OUTSIDE_BUSINESS_HOURS);
    assertThat(refusal(in, ny(WEDNESDAY.plusDays(3), 10, 0), 30))
        .contains(Reason.OUTSIDE_BUSINESS_HOURS);
    assertThat(refusal(in, ny(WEDNESDAY, 16, 30), 30)).isEmpty();
  }

  @Test
  void typeSchedule_narrowsTheHostsAcrossZones_andCountsItsGridFromTheNarrowerStart() {
    Schedule host = weekdays(NEW_YORK, range("09:00", "17:00"));
    Schedule berlin =
        new Schedule(
            "berlin-afternoons",
            "Berlin afternoons",
            BERLIN,
            Map.of(DayOfWeek.WEDNESDAY, List.of(range("15:10", "17:10"))),
            List.of(),
            List.of());
    AvailabilityInput in =
        new AvailabilityInput(
            type().minutes(60).increment(30).schedule("berlin-afternoons").build(),
            host,
            Optional.of(berlin),
            BusyTimes.none(),
            BookingCounts.none(),
            LONG_AGO);
    assertThat(startsOn(WEDNESDAY, in, 60)).isEqualTo(times("09:10", "09:40", "10:10"));
    assertThat(refusal(in, ny(WEDNESDAY, 9, 0), 60)).contains(Reason.OUTSIDE_BUSINESS_HOURS);
    assertThat(refusal(in, ny(WEDNESDAY, 9, 20), 60)).contains(Reason.OFF_GRID);
  }

  @Test
  void typeScheduleMustBeTheOneTheTypeNames() {
    Schedule host = weekdays(NEW_YORK, range("09:00", "17:00"));
    assertThatThrownBy(
            () ->
                new AvailabilityInput(
                    type().build(),
                    host,
                    Optional.of(host),
                    BusyTimes.none(),
                    BookingCounts.none(),
                    LONG_AGO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("typeSchedule");
  }
}
