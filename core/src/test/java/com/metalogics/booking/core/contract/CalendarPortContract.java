package com.metalogics.booking.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarPort;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CalendarPort} must do. Each test uses its own far-future day, so
 * implementations may share one calendar between tests.
 */
public abstract class CalendarPortContract {

  protected CalendarPort calendar;
  private Instant day;

  protected abstract CalendarPort createCalendar();

  /** Two calendars of the implementation besides its default one, distinct. */
  protected abstract List<String> otherCalendarIds();

  /** Makes busy-times asks about {@code calendarId} fail, and only about that calendar. */
  protected abstract void failBusyTimes(String calendarId);

  /** The e-mails the event names as guests: invited, or listed where the calendar cannot invite. */
  protected abstract List<String> guestsOf(String calendarId, String eventId);

  @BeforeEach
  void setUpCalendar() {
    calendar = createCalendar();
    day =
        Instant.parse("2031-01-01T00:00:00Z")
            .plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(0, 3_000)));
  }

  @Test
  void createdEvent_isBusy() {
    CalendarEvent event = event(at(10), 30);
    assertThat(calendar.createEvent(event)).isEqualTo(event.eventId());
    assertThat(calendar.busyIntervals(wholeDay())).containsExactly(event.slot());
  }

  @Test
  void creatingTheSameEventTwice_leavesOneEvent() {
    CalendarEvent event = event(at(10), 30);
    calendar.createEvent(event);
    calendar.createEvent(event);
    assertThat(calendar.busyIntervals(wholeDay())).containsExactly(event.slot());
  }

  @Test
  void updatedEvent_movesItsBusyTime() {
    CalendarEvent event = event(at(10), 30);
    calendar.createEvent(event);
    CalendarEvent moved =
        new CalendarEvent(
            event.eventId(), event.bookingId(), event.attendee(), TimeSlot.of(at(14), minutes(60)));
    calendar.updateEvent(moved);
    assertThat(calendar.busyIntervals(wholeDay())).containsExactly(moved.slot());
  }

  @Test
  void updatingAMissingEvent_createsIt() {
    CalendarEvent event = event(at(11), 45);
    calendar.updateEvent(event);
    assertThat(calendar.busyIntervals(wholeDay())).containsExactly(event.slot());
  }

  @Test
  void deletedEvent_isFree_andDeletingAgainSucceeds() {
    CalendarEvent event = event(at(10), 30);
    calendar.createEvent(event);
    calendar.deleteEvent(event.eventId());
    assertThat(calendar.busyIntervals(wholeDay())).isEmpty();
    calendar.deleteEvent(event.eventId());
    calendar.deleteEvent(CalendarEvent.eventIdFor(UUID.randomUUID()));
  }

  @Test
  void busyIntervals_onlyReportsTimesOverlappingTheRange() {
    CalendarEvent morning = event(at(9), 30);
    CalendarEvent evening = event(at(18), 30);
    calendar.createEvent(morning);
    calendar.createEvent(evening);
    TimeSlot afternoon = new TimeSlot(at(12), at(17));
    assertThat(calendar.busyIntervals(afternoon)).isEmpty();
    assertThat(calendar.busyIntervals(new TimeSlot(at(8), at(12)))).containsExactly(morning.slot());
  }

  @Test
  void busyIntervals_reportsAnEventThatStartedBeforeTheRange() {
    CalendarEvent allMorning = event(at(8), 240);
    CalendarEvent shortOne = event(at(7), 30);
    calendar.createEvent(allMorning);
    calendar.createEvent(shortOne);

    List<TimeSlot> busy = calendar.busyIntervals(new TimeSlot(at(11), at(13)));

    // Google clips busy times to the range asked for; the in-memory calendar reports whole events.
    assertThat(busy).hasSize(1);
    assertThat(busy.get(0).start()).isBeforeOrEqualTo(at(11));
    assertThat(busy.get(0).end()).isEqualTo(allMorning.slot().end());
  }

  @Test
  void busyTimesOfSeveralCalendars_areAnsweredPerCalendar_inTheOrderAsked() {
    String b = otherCalendarIds().get(0);
    String c = otherCalendarIds().get(1);
    CalendarEvent inDefault = event(at(10), 30);
    CalendarEvent inB = event(at(12), 60).in(Optional.of(b), List.of());
    calendar.createEvent(inDefault);
    calendar.createEvent(inB);

    Map<String, CalendarBusy> busy =
        calendar.busyIntervals(List.of(b, calendar.defaultCalendarId(), c), wholeDay());

    assertThat(busy.keySet()).containsExactly(b, calendar.defaultCalendarId(), c);
    assertThat(busy.get(b).orThrow()).containsExactly(inB.slot());
    assertThat(busy.get(calendar.defaultCalendarId()).orThrow()).containsExactly(inDefault.slot());
    assertThat(busy.get(c).orThrow()).isEmpty();
    assertThat(calendar.busyIntervals(wholeDay())).containsExactly(inDefault.slot());
  }

  @Test
  void aCalendarThatCannotAnswer_isAFailedEntry_neverFree_andTheOthersStillAnswer() {
    String b = otherCalendarIds().get(0);
    String c = otherCalendarIds().get(1);
    CalendarEvent inB = event(at(9), 30).in(Optional.of(b), List.of());
    calendar.createEvent(inB);
    failBusyTimes(c);

    Map<String, CalendarBusy> busy = calendar.busyIntervals(List.of(c, b), wholeDay());

    assertThat(busy.get(c).failed()).isTrue();
    assertThat(busy.get(c).busy()).isEmpty();
    assertThatThrownBy(() -> busy.get(c).orThrow()).isInstanceOf(IntegrationException.class);
    assertThat(busy.get(b).orThrow()).containsExactly(inB.slot());
  }

  @Test
  void movedEvent_leavesItsCalendar_andIsBusyInTheTarget_evenWhenMovedTwice() {
    String b = otherCalendarIds().get(0);
    CalendarEvent event = event(at(10), 30);
    calendar.createEvent(event);
    CalendarEvent moved =
        new CalendarEvent(
                event.eventId(),
                event.bookingId(),
                event.attendee(),
                TimeSlot.of(at(15), minutes(45)))
            .in(Optional.of(b), List.of());

    calendar.moveEvent(Optional.empty(), moved);
    calendar.moveEvent(Optional.empty(), moved);

    Map<String, CalendarBusy> busy =
        calendar.busyIntervals(List.of(calendar.defaultCalendarId(), b), wholeDay());
    assertThat(busy.get(calendar.defaultCalendarId()).orThrow()).isEmpty();
    assertThat(busy.get(b).orThrow()).containsExactly(moved.slot());
  }

  @Test
  void movingAnEventMissingFromItsSource_createsItInTheTarget() {
    String b = otherCalendarIds().get(0);
    String c = otherCalendarIds().get(1);
    CalendarEvent event = event(at(13), 30).in(Optional.of(c), List.of());

    calendar.moveEvent(Optional.of(b), event);

    assertThat(calendar.busyIntervals(List.of(c), wholeDay()).get(c).orThrow())
        .containsExactly(event.slot());
  }

  @Test
  void deletingInACalendar_freesThatCalendar_andDeletingAgainSucceeds() {
    String b = otherCalendarIds().get(0);
    CalendarEvent inB = event(at(10), 30).in(Optional.of(b), List.of());
    calendar.createEvent(inB);

    calendar.deleteEvent(Optional.of(b), inB.eventId());
    calendar.deleteEvent(Optional.of(b), inB.eventId());

    assertThat(calendar.busyIntervals(List.of(b), wholeDay()).get(b).orThrow()).isEmpty();
  }

  @Test
  void guestsOfAnEvent_areKeptWithIt() {
    String b = otherCalendarIds().get(0);
    List<String> guests = List.of("grace@example.com", "alan@example.com");
    CalendarEvent event = event(at(11), 30).in(Optional.of(b), guests);

    calendar.createEvent(event);

    assertThat(guestsOf(b, event.eventId())).containsExactlyInAnyOrderElementsOf(guests);
  }

  @Test
  void health_isReported() {
    assertThat(calendar.health()).isNotNull();
  }

  private CalendarEvent event(Instant start, int lengthMinutes) {
    UUID bookingId = UUID.randomUUID();
    return new CalendarEvent(
        CalendarEvent.eventIdFor(bookingId),
        bookingId,
        Fixtures.attendee(Fixtures.uniqueEmail()),
        TimeSlot.of(start, minutes(lengthMinutes)));
  }

  private Instant at(int hour) {
    return day.plus(Duration.ofHours(hour));
  }

  private TimeSlot wholeDay() {
    return new TimeSlot(day, day.plus(Duration.ofDays(1)));
  }

  private static Duration minutes(int minutes) {
    return Duration.ofMinutes(minutes);
  }
}
