package com.metalogics.booking.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.BusinessHours;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotCalculatorTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final BusinessHours NINE_TO_FIVE =
      new BusinessHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 9, 17, NEW_YORK);

  /** Wednesday 2027-03-03, a plain business day in New York (UTC-5). */
  private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 3);

  private static Instant ny(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(NEW_YORK).toInstant();
  }

  private static TimeSlot dayRange(LocalDate day) {
    return new TimeSlot(
        day.atStartOfDay(NEW_YORK).toInstant(), day.plusDays(1).atStartOfDay(NEW_YORK).toInstant());
  }

  private static List<TimeSlot> slots(
      TimeSlot range,
      int minutes,
      int increment,
      int buffer,
      Instant earliest,
      List<TimeSlot> busy) {
    return SlotCalculator.availableSlots(
        new SlotQuery(
            range,
            Duration.ofMinutes(minutes),
            Duration.ofMinutes(increment),
            NINE_TO_FIVE,
            Duration.ofMinutes(buffer),
            earliest,
            Instant.MAX,
            busy));
  }

  @Test
  void givenEmptyDay_slotsCoverBusinessHoursOnTheGrid() {
    List<TimeSlot> slots = slots(dayRange(WEDNESDAY), 60, 60, 0, Instant.EPOCH, List.of());
    assertThat(slots).hasSize(8);
    assertThat(slots.get(0).start()).isEqualTo(ny(WEDNESDAY, 9, 0));
    assertThat(slots.get(7).end()).isEqualTo(ny(WEDNESDAY, 17, 0));
  }

  @Test
  void givenIncrementSmallerThanDuration_slotsOverlapAndStayInsideHours() {
    List<TimeSlot> slots = slots(dayRange(WEDNESDAY), 30, 15, 0, Instant.EPOCH, List.of());
    assertThat(slots).hasSize(31);
    assertThat(slots.get(30)).isEqualTo(TimeSlot.of(ny(WEDNESDAY, 16, 30), Duration.ofMinutes(30)));
  }

  @Test
  void givenWeekend_availableSlots_isEmpty() {
    assertThat(slots(dayRange(LocalDate.of(2027, 3, 6)), 30, 30, 0, Instant.EPOCH, List.of()))
        .isEmpty();
  }

  @Test
  void givenFullDay_availableSlots_isEmpty() {
    TimeSlot allDay = new TimeSlot(ny(WEDNESDAY, 8, 0), ny(WEDNESDAY, 18, 0));
    assertThat(slots(dayRange(WEDNESDAY), 30, 30, 0, Instant.EPOCH, List.of(allDay))).isEmpty();
  }

  @Test
  void busyInterval_removesOverlappingSlots_andBufferWidensIt() {
    TimeSlot meeting = new TimeSlot(ny(WEDNESDAY, 12, 0), ny(WEDNESDAY, 13, 0));
    List<Instant> withoutBuffer =
        slots(dayRange(WEDNESDAY), 60, 60, 0, Instant.EPOCH, List.of(meeting)).stream()
            .map(TimeSlot::start)
            .toList();
    assertThat(withoutBuffer)
        .contains(ny(WEDNESDAY, 11, 0), ny(WEDNESDAY, 13, 0))
        .doesNotContain(ny(WEDNESDAY, 12, 0));
    List<Instant> withBuffer =
        slots(dayRange(WEDNESDAY), 60, 60, 15, Instant.EPOCH, List.of(meeting)).stream()
            .map(TimeSlot::start)
            .toList();
    assertThat(withBuffer)
        .doesNotContain(ny(WEDNESDAY, 11, 0), ny(WEDNESDAY, 12, 0), ny(WEDNESDAY, 13, 0))
        .contains(ny(WEDNESDAY, 10, 0), ny(WEDNESDAY, 14, 0));
  }

  @Test
  void overlappingAndUnsortedBusyIntervals_areMerged() {
    List<TimeSlot> busy =
        List.of(
            new TimeSlot(ny(WEDNESDAY, 14, 0), ny(WEDNESDAY, 15, 0)),
            new TimeSlot(ny(WEDNESDAY, 9, 0), ny(WEDNESDAY, 10, 30)),
            new TimeSlot(ny(WEDNESDAY, 10, 0), ny(WEDNESDAY, 11, 0)));
    List<Instant> starts =
        slots(dayRange(WEDNESDAY), 60, 60, 0, Instant.EPOCH, busy).stream()
            .map(TimeSlot::start)
            .toList();
    assertThat(starts)
        .containsExactly(
            ny(WEDNESDAY, 11, 0),
            ny(WEDNESDAY, 12, 0),
            ny(WEDNESDAY, 13, 0),
            ny(WEDNESDAY, 15, 0),
            ny(WEDNESDAY, 16, 0));
  }

  @Test
  void minimumAdvance_dropsEarlierSlots() {
    List<TimeSlot> slots = slots(dayRange(WEDNESDAY), 60, 60, 0, ny(WEDNESDAY, 13, 30), List.of());
    assertThat(slots).extracting(TimeSlot::start).first().isEqualTo(ny(WEDNESDAY, 14, 0));
  }

  @Test
  void daylightSavingChangeoverDay_keepsLocalHours() {
    LocalDate springForward = LocalDate.of(2027, 3, 15); // Monday after the 14 March change
    LocalDate fallBack = LocalDate.of(2027, 11, 8);
    for (LocalDate day : List.of(springForward, fallBack, LocalDate.of(2027, 3, 12))) {
      List<TimeSlot> slots = slots(dayRange(day), 60, 60, 0, Instant.EPOCH, List.of());
      assertThat(slots).hasSize(8);
      assertThat(slots.get(0).start()).isEqualTo(ny(day, 9, 0));
    }
  }

  @Test
  void policy_explainsWhyAStartIsRefused() {
    BookingRules rules = BookingRules.defaults();
    Instant now = ny(WEDNESDAY, 9, 0);
    LocalDate friday = WEDNESDAY.plusDays(2);
    assertThat(
            SlotPolicy.rejectionOf(
                TimeSlot.of(ny(friday, 10, 0), Duration.ofMinutes(30)), rules, now))
        .isEmpty();
    assertThat(
            SlotPolicy.rejectionOf(
                TimeSlot.of(ny(WEDNESDAY, 15, 0), Duration.ofMinutes(30)), rules, now))
        .contains(Reason.TOO_SOON);
    assertThat(
            SlotPolicy.rejectionOf(
                TimeSlot.of(ny(friday, 10, 10), Duration.ofMinutes(30)), rules, now))
        .contains(Reason.OFF_GRID);
    assertThat(
            SlotPolicy.rejectionOf(
                TimeSlot.of(ny(friday, 16, 45), Duration.ofMinutes(30)), rules, now))
        .contains(Reason.OUTSIDE_BUSINESS_HOURS);
    assertThat(
            SlotPolicy.rejectionOf(
                TimeSlot.of(ny(friday.plusDays(1), 10, 0), Duration.ofMinutes(30)), rules, now))
        .contains(Reason.OUTSIDE_BUSINESS_HOURS);
    assertThat(
            SlotPolicy.rejectionOf(
                TimeSlot.of(ny(friday.plusDays(91), 10, 0), Duration.ofMinutes(30)), rules, now))
        .contains(Reason.TOO_FAR_AHEAD);
  }
}
