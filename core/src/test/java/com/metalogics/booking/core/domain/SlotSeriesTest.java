package com.metalogics.booking.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.port.in.AvailableSlots;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotSeriesTest {

  private static final long MINUTE = 60_000_000_000L;

  @Test
  void givenStarts_theSlots_areThoseOfTimeSlots_alsoBeforeTheEpochAndWithFractions() {
    long[] starts = {-MINUTE - 1, 0, 30 * MINUTE + 250_000_000L, 99};
    SlotSeries series = SlotSeries.ofEpochNanos(starts, 3, 30 * MINUTE);

    List<TimeSlot> expected =
        List.of(
            TimeSlot.of(Instant.parse("1969-12-31T23:58:59.999999999Z"), Duration.ofMinutes(30)),
            TimeSlot.of(Instant.EPOCH, Duration.ofMinutes(30)),
            TimeSlot.of(Instant.parse("1970-01-01T00:30:00.25Z"), Duration.ofMinutes(30)));
    assertThat(series).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(expected).isEqualTo(series);
    assertThat(series.startEpochNanos(2)).isEqualTo(30 * MINUTE + 250_000_000L);
    assertThat(series.lengthNanos()).isEqualTo(30 * MINUTE);
  }

  @Test
  void givenTheSourceArrayChangedAfterwards_theSeries_keepsItsOwnStarts() {
    long[] starts = {0, MINUTE};
    SlotSeries series = SlotSeries.ofEpochNanos(starts, 2, MINUTE);
    starts[0] = -5 * MINUTE;

    assertThat(series.get(0).start()).isEqualTo(Instant.EPOCH);
    assertThatThrownBy(() -> series.add(series.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void givenStartsOutOfOrderOrTwice_orANegativeLength_isRefused() {
    assertThatThrownBy(() -> SlotSeries.ofEpochNanos(new long[] {MINUTE, 0}, 2, MINUTE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SlotSeries.ofEpochNanos(new long[] {0, 0}, 2, MINUTE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SlotSeries.ofEpochNanos(new long[] {0}, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAnswerOfASeries_keepsTheSeries_ratherThanCopyingItsSlots() {
    SlotSeries series = SlotSeries.ofEpochNanos(new long[] {0, MINUTE}, 2, MINUTE);
    BusinessHours hours = new BusinessHours(EnumSet.of(DayOfWeek.MONDAY), 9, 17, ZoneOffset.UTC);

    AvailableSlots answer = new AvailableSlots(series, Duration.ofMinutes(1), hours, List.of());

    assertThat(answer.slots()).isSameAs(series);
  }
}
