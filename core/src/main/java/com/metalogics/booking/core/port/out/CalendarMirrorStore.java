package com.metalogics.booking.core.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored copy of the hosts' calendars (their busy events in the bookable window, with the sync
 * token), the push channels watching them, and claims that give calendar work to one instance at a
 * time. Every implementation passes {@code CalendarMirrorStoreContract} from the core's test-jar.
 */
public interface CalendarMirrorStore {

  Optional<MirrorState> state(String calendarId);

  /** The copy's events, ordered by start. */
  List<CalendarItem> items(String calendarId);

  /**
   * Replaces the whole copy by {@code items} (a full listing), in one transaction.
   *
   * @return the events the copy held that are not in {@code items}
   */
  List<CalendarItem> replace(MirrorState state, List<CalendarItem> items);

  /**
   * Applies changes to the copy: {@code delta}'s busy events inserted or replaced, its gone ones
   * removed, in one transaction with the new state.
   *
   * @return the removed events as the copy held them
   */
  List<CalendarItem> apply(MirrorState state, CalendarDelta delta);

  /**
   * Claims {@code key} until {@code now + lease} unless another claim on it holds at {@code now}.
   * Two callers, in one process or several, never both get it.
   */
  boolean claim(String key, Instant now, Duration lease);

  /** Gives up a claim early. */
  void release(String key);

  void saveChannel(WatchChannel channel);

  Optional<WatchChannel> channel(String channelId);

  /** Every stored channel, ordered by calendar and expiry. */
  List<WatchChannel> channels();

  void deleteChannel(String channelId);
}
