package com.metalogics.booking.adapter.google.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Busy intervals by calendar and requested range for a short time; only answers that came back
 * whole are kept, never a failure. A write of this process drops the cached answers of the calendar
 * it wrote to; a read that started before such a write does not store its (possibly stale) answer
 * for that calendar.
 */
public final class BusyCache {

  public static final Duration TTL = Duration.ofMinutes(5);

  private record Key(String calendarId, TimeSlot range) {}

  private final Cache<Key, List<TimeSlot>> cache;
  private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

  public BusyCache(Ticker ticker) {
    this.cache =
        Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(10_000).ticker(ticker).build();
  }

  public Optional<List<TimeSlot>> get(String calendarId, TimeSlot range) {
    return Optional.ofNullable(cache.getIfPresent(new Key(calendarId, range)));
  }

  /** Where each calendar's writes stand now: hand it back to {@link #put} after the read. */
  public Map<String, Long> generations(Collection<String> calendarIds) {
    Map<String, Long> now = new HashMap<>();
    calendarIds.forEach(id -> now.put(id, generation(id).get()));
    return now;
  }

  /** Stores the answer unless this process wrote to the calendar since {@code generations}. */
  public synchronized void put(
      String calendarId, TimeSlot range, List<TimeSlot> busy, Map<String, Long> generations) {
    if (generation(calendarId).get() == generations.get(calendarId)) {
      cache.put(new Key(calendarId, range), busy);
    }
  }

  public synchronized void invalidate(String calendarId) {
    generation(calendarId).incrementAndGet();
    cache.asMap().keySet().removeIf(key -> key.calendarId().equals(calendarId));
  }

  private AtomicLong generation(String calendarId) {
    return generations.computeIfAbsent(calendarId, id -> new AtomicLong());
  }
}
