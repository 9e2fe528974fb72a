package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarFeed;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.CalendarWatch;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calendars that number their changes, as Google's sync tokens do: a token is the number of the
 * last change it saw. {@link #expireTokens()} makes every token issued so far answer "gone". It
 * also keeps the push channels it was asked to open and stop.
 */
final class FakeCalendarFeed implements CalendarFeed, CalendarWatch {

  record Change(int number, String calendarId, String eventId) {}

  record Opened(String calendarId, String channelId, String token, URI address) {}

  private final Map<String, Map<String, CalendarItem>> calendars = new HashMap<>();
  private final List<Change> changes = new ArrayList<>();
  private final Map<String, Opened> channels = new LinkedHashMap<>();
  private final List<String> stopped = new ArrayList<>();
  private final AtomicInteger lists = new AtomicInteger();
  private final AtomicInteger incremental = new AtomicInteger();
  private final AtomicInteger held = new AtomicInteger();
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private int expiredUpTo = -1;

  synchronized void put(String calendarId, CalendarItem item) {
    calendars.computeIfAbsent(calendarId, c -> new HashMap<>()).put(item.eventId(), item);
    changes.add(new Change(changes.size() + 1, calendarId, item.eventId()));
  }

  synchronized void remove(String calendarId, String eventId) {
    calendars.getOrDefault(calendarId, new HashMap<>()).remove(eventId);
    changes.add(new Change(changes.size() + 1, calendarId, eventId));
  }

  synchronized void expireTokens() {
    expiredUpTo = changes.size();
  }

  int fullListings() {
    return lists.get();
  }

  int incrementalListings() {
    return incremental.get();
  }

  synchronized List<Opened> openChannels() {
    return List.copyOf(channels.values());
  }

  synchronized List<String> stoppedChannels() {
    return List.copyOf(stopped);
  }

  @Override
  public synchronized CalendarDelta list(String calendarId, TimeSlot window) {
    lists.incrementAndGet();
    List<CalendarItem> busy =
        calendars.getOrDefault(calendarId, Map.of()).values().stream()
            .filter(i -> i.slot().overlaps(window))
            .toList();
    return new CalendarDelta(busy, List.of(), Integer.toString(changes.size()));
  }

  /** Makes incremental listings wait until {@link #releaseListings()}. */
  void holdListings() {
    gate = new CountDownLatch(1);
  }

  void releaseListings() {
    gate.countDown();
  }

  /** True while an incremental listing waits at the gate. */
  boolean listingHeld() {
    return held.get() > 0;
  }

  @Override
  public Optional<CalendarDelta> changesSince(String calendarId, String syncToken) {
    held.incrementAndGet();
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      held.decrementAndGet();
    }
    return changes(calendarId, syncToken);
  }

  private synchronized Optional<CalendarDelta> changes(String calendarId, String syncToken) {
    int seen = Integer.parseInt(syncToken);
    if (seen <= expiredUpTo) {
      return Optional.empty();
    }
    incremental.incrementAndGet();
    Map<String, CalendarItem> events = calendars.getOrDefault(calendarId, Map.of());
    List<CalendarItem> busy = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    changes.stream()
        .filter(c -> c.number() > seen && c.calendarId().equals(calendarId))
        .map(Change::eventId)
        .distinct()
        .forEach(id -> add(events.get(id), id, busy, gone));
    return Optional.of(new CalendarDelta(busy, gone, Integer.toString(changes.size())));
  }

  private static void add(
      CalendarItem item, String id, List<CalendarItem> busy, List<String> gone) {
    if (item == null) {
      gone.add(id);
    } else {
      busy.add(item);
    }
  }

  @Override
  public synchronized Watched watch(
      String calendarId, String channelId, String token, URI address, Instant expiresAt) {
    channels.put(channelId, new Opened(calendarId, channelId, token, address));
    return new Watched("resource-" + calendarId, expiresAt);
  }

  @Override
  public synchronized void stop(String channelId, String resourceId) {
    channels.remove(channelId);
    stopped.add(channelId);
  }
}
