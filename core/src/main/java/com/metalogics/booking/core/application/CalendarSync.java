package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarChangeBus;
import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarFeed;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.MirrorState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One incremental sync of one calendar: the changes since the stored sync token, or (no token yet,
 * the token refused, the window moved on) the whole window listed again; then the copy updated, the
 * conflicts checked and every instance told. Done by the instance holding the calendar's claim.
 */
final class CalendarSync {

  /** Longer than any sync takes; a crashed instance's claim lapses after it. */
  static final Duration LEASE = Duration.ofMinutes(2);

  private final CalendarFeed feed;
  private final CalendarMirrorStore store;
  private final CalendarChangeBus bus;
  private final ConflictWatch conflicts;
  private final Clock clock;
  private final Duration ahead;

  /**
   * @param ahead how far after today the copy reaches: the furthest bookable day
   */
  CalendarSync(
      CalendarFeed feed,
      CalendarMirrorStore store,
      CalendarChangeBus bus,
      ConflictWatch conflicts,
      Clock clock,
      Duration ahead) {
    this.feed = feed;
    this.store = store;
    this.bus = bus;
    this.conflicts = conflicts;
    this.clock = clock;
    this.ahead = ahead;
  }

  static String claimKey(String calendarId) {
    return "sync:" + calendarId;
  }

  /**
   * @return false when another instance is syncing the calendar now
   */
  boolean sync(String calendarId) {
    Instant now = clock.instant();
    String key = claimKey(calendarId);
    if (!store.claim(key, now, LEASE)) {
      return false;
    }
    try {
      run(calendarId, now);
      return true;
    } finally {
      store.release(key);
    }
  }

  /**
   * Whole UTC days from yesterday to two days after the furthest bookable one, so that it moves
   * once a day and covers a slots query's range in any zone (a day starts up to 14 hours from UTC).
   */
  TimeSlot window(Instant now) {
    Instant today = now.truncatedTo(ChronoUnit.DAYS);
    return new TimeSlot(
        today.minus(Duration.ofDays(1)), today.plus(ahead).plus(Duration.ofDays(2)));
  }

  private void run(String calendarId, Instant now) {
    TimeSlot wanted = window(now);
    Optional<MirrorState> state = store.state(calendarId).filter(s -> s.window().contains(wanted));
    Optional<CalendarDelta> changes =
        state.flatMap(s -> feed.changesSince(calendarId, s.syncToken()));
    List<CalendarItem> removed;
    TimeSlot window;
    if (changes.isPresent()) {
      window = state.get().window();
      CalendarDelta delta = within(changes.get(), window);
      removed = store.apply(new MirrorState(calendarId, delta.nextSyncToken(), window, now), delta);
      if (delta.isEmpty()) {
        return;
      }
    } else {
      window = wanted;
      CalendarDelta all = within(feed.list(calendarId, window), window);
      removed =
          store.replace(new MirrorState(calendarId, all.nextSyncToken(), window, now), all.busy());
    }
    conflicts.check(calendarId, store.items(calendarId), removed, window, now);
    bus.publish(calendarId);
  }

  /** Busy events that moved out of the window leave the copy as if deleted. */
  private static CalendarDelta within(CalendarDelta delta, TimeSlot window) {
    List<CalendarItem> busy = new ArrayList<>();
    List<String> gone = new ArrayList<>(delta.gone());
    for (CalendarItem item : delta.busy()) {
      if (item.slot().overlaps(window)) {
        busy.add(item);
      } else {
        gone.add(item.eventId());
      }
    }
    return new CalendarDelta(busy, gone, delta.nextSyncToken());
  }
}
