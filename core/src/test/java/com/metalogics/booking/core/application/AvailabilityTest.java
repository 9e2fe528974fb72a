package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.InvalidDateRangeException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.port.in.AvailableSlots;
import com.metalogics.booking.core.port.in.AvailableSlotsQuery;
import com.metalogics.booking.core.port.in.SlotRange;
import com.metalogics.booking.core.port.in.Warning;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  private final EngineHarness h = new EngineHarness();

  private LocalDate day(int ahead) {
    return LocalDate.ofInstant(h.ny(ahead, 12, 0), EngineHarness.NEW_YORK);
  }

  private AvailableSlots slots(int ahead) {
    return h.engine
        .findAvailableSlots()
        .handle(new AvailableSlotsQuery(SlotRange.dates(day(ahead), day(ahead)), 30));
  }

  @Test
  void slots_excludeBookedTimes_withTheirBuffer() {
    h.book(h.ny(2, 10, 0), "ada@example.com");
    assertThat(slots(2).slots())
        .extracting(TimeSlot::start)
        .doesNotContain(h.ny(2, 9, 30), h.ny(2, 10, 0), h.ny(2, 10, 30))
        .contains(h.ny(2, 9, 0), h.ny(2, 11, 0));
  }

  @Test
  void slots_excludeCalendarBusyTimes() {
    h.calendar.block(new TimeSlot(h.ny(2, 13, 0), h.ny(2, 14, 0)));
    assertThat(slots(2).slots())
        .extracting(TimeSlot::start)
        .doesNotContain(h.ny(2, 13, 0), h.ny(2, 12, 30))
        .contains(h.ny(2, 14, 30));
  }

  @Test
  void slots_respectMinimumAdvance_andBusinessDays() {
    assertThat(slots(0).slots()).isEmpty();
    assertThat(slots(5).slots()).isEmpty();
    assertThat(slots(2).slots()).hasSize(16);
    assertThat(slots(2).businessHours()).isEqualTo(BookingRules.defaults().businessHours());
  }

  @Test
  void givenCalendarDown_slotsDegradeWithAWarning_orFailInStrictMode() {
    h.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    AvailableSlots degraded = slots(2);
    assertThat(degraded.warnings()).containsExactly(Warning.CALENDAR_UNAVAILABLE);
    assertThat(degraded.slots()).hasSize(16);

    EngineHarness strict =
        new EngineHarness(
            BookingRules.defaults(), CalendarFailureMode.STRICT, Duration.ofSeconds(5));
    strict.calendar.failures().failWith(() -> IntegrationException.calendar("down", null));
    LocalDate d = day(2);
    assertThatThrownBy(
            () ->
                strict
                    .engine
                    .findAvailableSlots()
                    .handle(new AvailableSlotsQuery(SlotRange.dates(d, d), 30)))
        .isInstanceOf(IntegrationException.class);
  }

  @Test
  void badRanges_andDurations_areRefused() {
    assertThatThrownBy(
            () ->
                h.engine
                    .findAvailableSlots()
                    .handle(new AvailableSlotsQuery(SlotRange.dates(day(5), day(2)), 30)))
        .isInstanceOf(InvalidDateRangeException.class);
    assertThatThrownBy(
            () ->
                h.engine
                    .findAvailableSlots()
                    .handle(new AvailableSlotsQuery(SlotRange.dates(day(2), day(32)), 30)))
        .isInstanceOf(InvalidDateRangeException.class);
    assertThat(
            h.engine
                .findAvailableSlots()
                .handle(new AvailableSlotsQuery(SlotRange.dates(day(2), day(31)), 30))
                .slots())
        .isNotEmpty();
    Instant from = h.ny(2, 0, 0);
    assertThatThrownBy(
            () ->
                h.engine
                    .findAvailableSlots()
                    .handle(
                        new AvailableSlotsQuery(
                            SlotRange.instants(from, from.minusSeconds(1)), 30)))
        .isInstanceOf(InvalidDateRangeException.class);
    assertThatThrownBy(
            () ->
                h.engine
                    .findAvailableSlots()
                    .handle(new AvailableSlotsQuery(SlotRange.dates(day(2), day(2)), 20)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void instantRange_returnsOnlySlotsInsideIt() {
    Instant from = h.ny(2, 11, 0);
    AvailableSlots slots =
        h.engine
            .findAvailableSlots()
            .handle(new AvailableSlotsQuery(SlotRange.instants(from, h.ny(2, 12, 0)), 30));
    assertThat(slots.slots())
        .extracting(TimeSlot::start)
        .containsExactly(h.ny(2, 11, 0), h.ny(2, 11, 30));
  }

  @Test
  void dateAndInstantMixed_theDateIsAWholeBusinessDay_inTheBusinessZone() {
    AvailableSlots slots =
        h.engine
            .findAvailableSlots()
            .handle(
                new AvailableSlotsQuery(
                    new SlotRange(new SlotRange.Day(day(2)), new SlotRange.At(h.ny(2, 10, 0))),
                    30));
    assertThat(slots.slots())
        .extracting(TimeSlot::start)
        .containsExactly(h.ny(2, 9, 0), h.ny(2, 9, 30));
    AvailableSlots untilEndOfDay =
        h.engine
            .findAvailableSlots()
            .handle(
                new AvailableSlotsQuery(
                    new SlotRange(new SlotRange.At(h.ny(2, 16, 0)), new SlotRange.Day(day(2))),
                    30));
    assertThat(untilEndOfDay.slots())
        .extracting(TimeSlot::start)
        .containsExactly(h.ny(2, 16, 0), h.ny(2, 16, 30));
  }
}
