package com.metalogics.booking.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.metalogics.booking.core.contract.Fixtures;
import com.metalogics.booking.core.contract.MutableClock;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.inmemory.InMemoryCalendar;
import com.metalogics.booking.core.inmemory.InMemoryCalendarMirror;
import com.metalogics.booking.core.inmemory.InProcessChangeBus;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.MirrorState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Busy times from the stored copy while it is fresh, from the calendar otherwise. */
class MirroredCalendarTest {

  private static final Duration FRESHNESS = Duration.ofMinutes(3);

  private final MutableClock clock = new MutableClock(Fixtures.NOW);
  private final InMemoryCalendar calendar = new InMemoryCalendar();
  private final InMemoryCalendarMirror store = new InMemoryCalendarMirror();
  private final InProcessChangeBus bus = new InProcessChangeBus();
  private final MirroredCalendar mirrored =
      new MirroredCalendar(calendar, "primary", store, bus, clock, FRESHNESS);
  private final TimeSlot window = TimeSlot.of(Fixtures.NOW, Duration.ofDays(30));
  private final TimeSlot copied = TimeSlot.of(at(2), Duration.ofHours(1));
  private final TimeSlot onlyInCalendar = TimeSlot.of(at(5), Duration.ofHours(1));

  @Test
  void aFreshCopy_answers_andTheCalendarIsNotAsked() {
    calendar.block(onlyInCalendar);
    store.replace(state(clock.instant()), List.of(item("a", copied)));

    assertThat(mirrored.busyIntervals(TimeSlot.of(at(0), Duration.ofDays(1))))
        .containsExactly(copied);
    assertThat(
            mirrored
                .busyIntervals(List.of("primary"), TimeSlot.of(at(0), Duration.ofDays(1)))
                .get("primary"))
        .isEqualTo(CalendarBusy.of("primary", List.of(copied)));
  }

  @Test
  void aStaleCopy_orARangeBeyondItsWindow_asksTheCalendar() {
    calendar.block(onlyInCalendar);
    store.replace(state(clock.instant()), List.of(item("a", copied)));

    assertThat(mirrored.busyIntervals(TimeSlot.of(at(0), Duration.ofDays(40))))
        .containsExactly(onlyInCalendar);
    clock.advance(FRESHNESS.plusSeconds(1));
    assertThat(mirrored.busyIntervals(TimeSlot.of(at(0), Duration.ofDays(1))))
        .containsExactly(onlyInCalendar);
  }

  @Test
  void anAnnouncedChange_isReadAtOnce_insteadOfTheKeptRead() {
    store.replace(state(clock.instant()), List.of(item("a", copied)));
    TimeSlot day = TimeSlot.of(at(0), Duration.ofDays(1));
    assertThat(mirrored.busyIntervals(day)).containsExactly(copied);
    TimeSlot added = TimeSlot.of(at(7), Duration.ofHours(1));

    store.apply(
        state(clock.instant()), new CalendarDelta(List.of(item("b", added)), List.of(), "t"));
    assertThat(mirrored.busyIntervals(day)).containsExactly(copied);
    bus.publish("primary");

    assertThat(mirrored.busyIntervals(day)).containsExactly(copied, added);
  }

  private MirrorState state(Instant syncedAt) {
    return new MirrorState("primary", "token", window, syncedAt);
  }

  private static CalendarItem item(String id, TimeSlot slot) {
    return new CalendarItem(id, slot, Optional.empty());
  }

  private static Instant at(int hours) {
    return Fixtures.NOW.plus(Duration.ofHours(hours));
  }
}
