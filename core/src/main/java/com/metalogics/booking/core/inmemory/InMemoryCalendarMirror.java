package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.port.out.CalendarDelta;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.CalendarMirrorStore;
import com.metalogics.booking.core.port.out.MirrorState;
import com.metalogics.booking.core.port.out.WatchChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link CalendarMirrorStore} in memory, for embedders and tests; one lock for everything. */
public final class InMemoryCalendarMirror implements CalendarMirrorStore {

  private final Map<String, MirrorState> states = new HashMap<>();
  private final Map<String, Map<String, CalendarItem>> copies = new HashMap<>();
  private final Map<String, Instant> claims = new HashMap<>();
  private final Map<String, WatchChannel> channels = new LinkedHashMap<>();

  @Override
  public synchronized Optional<MirrorState> state(String calendarId) {
    return Optional.ofNullable(states.get(calendarId));
  }

  @Override
  public synchronized List<CalendarItem> items(String calendarId) {
    return copies.getOrDefault(calendarId, Map.of()).values().stream()
        .sorted(Comparator.comparing((CalendarItem i) -> i.slot().start()))
        .toList();
  }

  @Override
  public synchronized List<CalendarItem> replace(MirrorState state, List<CalendarItem> items) {
    Map<String, CalendarItem> old = copies.getOrDefault(state.calendarId(), Map.of());
    Map<String, CalendarItem> fresh = new HashMap<>();
    items.forEach(item -> fresh.put(item.eventId(), item));
    List<CalendarItem> removed =
        old.values().stream().filter(i -> !fresh.containsKey(i.eventId())).toList();
    copies.put(state.calendarId(), fresh);
    states.put(state.calendarId(), state);
    return removed;
  }

  @Override
  public synchronized List<CalendarItem> apply(MirrorState state, CalendarDelta delta) {
    Map<String, CalendarItem> copy =
        copies.computeIfAbsent(state.calendarId(), id -> new HashMap<>());
    List<CalendarItem> removed = new ArrayList<>();
    for (String id : delta.gone()) {
      CalendarItem old = copy.remove(id);
      if (old != null) {
        removed.add(old);
      }
    }
    delta.busy().forEach(item -> copy.put(item.eventId(), item));
    states.put(state.calendarId(), state);
    return removed;
  }

  @Override
  public synchronized boolean claim(String key, Instant now, Duration lease) {
    Instant until = claims.get(key);
    if (until != null && until.isAfter(now)) {
      return false;
    }
    claims.put(key, now.plus(lease));
    return true;
  }

  @Override
  public synchronized void release(String key) {
    claims.remove(key);
  }

  @Override
  public synchronized void saveChannel(WatchChannel channel) {
    channels.put(channel.channelId(), channel);
  }

  @Override
  public synchronized Optional<WatchChannel> channel(String channelId) {
    return Optional.ofNullable(channels.get(channelId));
  }

  @Override
  public synchronized List<WatchChannel> channels() {
    return channels.values().stream()
        .sorted(
            Comparator.comparing(WatchChannel::calendarId)
                .thenComparing(WatchChannel::expiresAt)
                .thenComparing(WatchChannel::channelId))
        .toList();
  }

  @Override
  public synchronized void deleteChannel(String channelId) {
    channels.remove(channelId);
  }
}
