package com.metalogics.booking.core.availability;

import static com.metalogics.booking.core.availability.NewYorkWeek.LONG_AGO;
import static com.metalogics.booking.core.availability.NewYorkWeek.NEW_YORK;
import static com.metalogics.booking.core.availability.NewYorkWeek.WEDNESDAY;
import static com.metalogics.booking.core.availability.NewYorkWeek.ny;
import static com.metalogics.booking.core.availability.NewYorkWeek.range;
import static com.metalogics.booking.core.availability.NewYorkWeek.refusal;
import static com.metalogics.booking.core.availability.NewYorkWeek.startsOn;
import static com.metalogics.booking.core.availability.NewYorkWeek.weekdays;
import static com.metalogics.booking.core.availability.TypeBuilder.type;
import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.domain.BookingLimits;
import com.metalogics.booking.core.domain.SlotUnavailableException.Reason;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Limits per day, ISO week and month, counted in the schedule's zone. */
class AvailabilityLimitsTest {

  @Test
  void dailyLimit_closesTheFullDayOnly() {
    AvailabilityInput in = limited(new BookingLimits(OptionalInt.of(2), none(), none()));
    assertThat(startsOn(WEDNESDAY, in, 30)).isEmpty();
    assertThat(startsOn(WEDNESDAY.plusDays(1), in, 30)).hasSize(6);
    assertThat(refusal(in, ny(WEDNESDAY, 9, 0), 30)).contains(Reason.LIMIT_REACHED);
  }

  @Test
  void dailyLimit_countsTheDayInTheScheduleZone_notInUtc() {
    BookingCounts counts = BookingCounts.of(Map.of(WEDNESDAY.plusDays(1), 2));
    AvailabilityInput in =
        new AvailabilityInput(
            type().limits(new BookingLimits(OptionalInt.of(2), none(), none())).build(),
            weekdays(NEW_YORK, range("20:00", "24:00")),
            Optional.empty(),
            BusyTimes.none(),
            counts,
            LONG_AGO);
    assertThat(startsOn(WEDNESDAY, in, 30)).hasSize(8);
    assertThat(startsOn(WEDNESDAY.plusDays(1), in, 30)).isEmpty();
  }

  @Test
  void weeklyLimit_closesTheWholeIsoWeek() {
    AvailabilityInput in = limited(new BookingLimits(none(), OptionalInt.of(3), none()));
    LocalDate monday = LocalDate.of(2027, 3, 1);
    for (int d = 0; d < 5; d++) {
      assertThat(startsOn(monday.plusDays(d), in, 30)).as("day " + d).isEmpty();
    }
    assertThat(startsOn(monday.plusDays(7), in, 30)).hasSize(6);
  }

  @Test
  void monthlyLimit_closesTheCalendarMonth() {
    AvailabilityInput in = limited(new BookingLimits(none(), none(), OptionalInt.of(3)));
    assertThat(startsOn(LocalDate.of(2027, 3, 31), in, 30)).isEmpty();
    assertThat(startsOn(LocalDate.of(2027, 4, 1), in, 30)).hasSize(6);
    assertThat(refusal(in, ny(LocalDate.of(2027, 3, 31), 9, 0), 30)).contains(Reason.LIMIT_REACHED);
  }

  @Test
  void limitNotYetReached_offersTheDay() {
    AvailabilityInput in = limited(new BookingLimits(OptionalInt.of(3), none(), none()));
    assertThat(startsOn(WEDNESDAY, in, 30)).hasSize(6);
  }

  /** Two bookings on WEDNESDAY and one on the Monday before; 09:00-12:00 every weekday. */
  private static AvailabilityInput limited(BookingLimits limits) {
    BookingCounts counts = BookingCounts.of(Map.of(WEDNESDAY, 2, WEDNESDAY.minusDays(2), 1));
    return new AvailabilityInput(
        type().limits(limits).build(),
        weekdays(NEW_YORK, range("09:00", "12:00")),
        Optional.empty(),
        BusyTimes.none(),
        counts,
        LONG_AGO);
  }

  private static OptionalInt none() {
    return OptionalInt.empty();
  }

  @Test
  void countedSpan_coversEveryWeekAndMonthTheRangeTouches() {
    TimeSlot range =
        new TimeSlot(ny(LocalDate.of(2027, 4, 1), 9, 0), ny(LocalDate.of(2027, 4, 30), 9, 0));
    TimeSlot span = BookingCounts.countedSpan(range, NEW_YORK);
    assertThat(span.start()).isEqualTo(ny(LocalDate.of(2027, 3, 29), 0, 0));
    assertThat(span.end()).isEqualTo(ny(LocalDate.of(2027, 5, 3), 0, 0));
  }
}
