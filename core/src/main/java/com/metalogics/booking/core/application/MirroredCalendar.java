package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarBusy;
import com.metalogics.booking.core.port.out.CalendarChangeBus;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.CalendarPort;
import com.metalogics.booking.core.port.out.HealthStatus;
import com.metalogics.booking.core.port.out.MirrorState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A calendar whose busy times come from the stored copy of each calendar while the copy is fresh
 * (synced within {@code freshness}) and covers the asked range; otherwise from the calendar it
 * wraps. Writes go to the wrapped calendar. Each instance keeps what it read of the copy for a few
 * seconds and drops a calendar's part as soon as the change bus announces a change of it.
 */
public final class MirroredCalendar implements CalendarPort {

  /** How long a read of the copy is used without a change announced: a safety net only. */
  static final Duration REREAD_AFTER = Duration.ofSeconds(10);

  private record Snapshot(Optional<MirrorState> state, List<TimeSlot> busy, Instant readAt) {}

  private final CalendarPort delegate;
  private final String defaultCalendarId;
  private final CalendarMirrorStore store;
  private final Clock clock;
  private final Duration freshness;
  private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /**
   * @param defaultCalendarId the calendar of hosts who name none, as the copies are keyed
   * @param freshness how old the copy's last sync may be for it to answer
   */
  public MirroredCalendar(
      CalendarPort delegate,
      String defaultCalendarId,
      CalendarMirrorStore store,
      CalendarChangeBus bus,
      Clock clock,
      Duration freshness) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.defaultCalendarId = Objects.requireNonNull(defaultCalendarId, "defaultCalendarId");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.freshness = Objects.requireNonNull(freshness, "freshness");
    bus.subscribe(this::drop);
  }

  /** Forgets what this instance read of {@code calendarId}'s copy; an empty id: of every copy. */
  void drop(String calendarId) {
    generation.incrementAndGet();
    if (calendarId.isEmpty()) {
      snapshots.clear();
    } else {
      snapshots.remove(calendarId);
    }
  }

  @Override
  public String defaultCalendarId() {
    return defaultCalendarId;
  }

  @Override
  public List<TimeSlot> busyIntervals(TimeSlot range) {
    return fromCopy(defaultCalendarId, range).orElseGet(() -> delegate.busyIntervals(range));
  }

  @Override
  public Map<String, CalendarBusy> busyIntervals(Collection<String> calendarIds, TimeSlot range) {
    Map<String, CalendarBusy> copied = new LinkedHashMap<>();
    List<String> asked = new ArrayList<>();
    for (String id : calendarIds) {
      fromCopy(id, range)
          .ifPresentOrElse(busy -> copied.put(id, CalendarBusy.of(id, busy)), () -> asked.add(id));
    }
    Map<String, CalendarBusy> answered =
        asked.isEmpty() ? Map.of() : delegate.busyIntervals(asked, range);
    Map<String, CalendarBusy> answer = new LinkedHashMap<>();
    for (String id : calendarIds) {
      answer.put(id, copied.containsKey(id) ? copied.get(id) : answered.get(id));
    }
    return answer;
  }

  @Override
  public String createEvent(CalendarEvent event) {
    return delegate.createEvent(event);
  }

  @Override
  public void updateEvent(CalendarEvent event) {
    delegate.updateEvent(event);
  }

  @Override
  public void deleteEvent(String eventId) {
    delegate.deleteEvent(eventId);
  }

  @Override
  public void deleteEvent(Optional<String> calendarId, String eventId) {
    delegate.deleteEvent(calendarId, eventId);
  }

  @Override
  public void moveEvent(Optional<String> fromCalendarId, CalendarEvent event) {
    delegate.moveEvent(fromCalendarId, event);
  }

  @Override
  public boolean enabled() {
    return delegate.enabled();
  }

  @Override
  public HealthStatus health() {
    return delegate.health();
  }

  private Optional<List<TimeSlot>> fromCopy(String calendarId, TimeSlot range) {
    Instant now = clock.instant();
    Snapshot snapshot = snapshot(calendarId, now);
    boolean usable =
        snapshot
            .state()
            .filter(s -> !s.syncedAt().plus(freshness).isBefore(now))
            .filter(s -> s.window().contains(range))
            .isPresent();
    if (!usable) {
      return Optional.empty();
    }
    return Optional.of(snapshot.busy().stream().filter(b -> b.overlaps(range)).toList());
  }

  private Snapshot snapshot(String calendarId, Instant now) {
    Snapshot kept = snapshots.get(calendarId);
    if (kept != null && kept.readAt().plus(REREAD_AFTER).isAfter(now)) {
      return kept;
    }
    long before = generation.get();
    Snapshot read =
        new Snapshot(
            store.state(calendarId),
            store.items(calendarId).stream().map(CalendarItem::slot).sorted().toList(),
            now);
    if (generation.get() == before) {
      snapshots.put(calendarId, read);
    }
    return read;
  }
}
