package com.metalogics.booking.adapter.google.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.metalogics.booking.core.domain.TimeSlot;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Busy intervals by requested range for a short time. Every write of this process drops the whole
 * cache; a read that started before a write does not store its (possibly stale) answer.
 */
public final class BusyCache {

  public static final Duration TTL = Duration.ofMinutes(5);

  private final Cache<TimeSlot, List<TimeSlot>> cache;
  private final AtomicLong generation = new AtomicLong();

  public BusyCache(Ticker ticker) {
    this.cache =
        Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(1_000).ticker(ticker).build();
  }

  public Optional<List<TimeSlot>> get(TimeSlot range) {
    return Optional.ofNullable(cache.getIfPresent(range));
  }

  /** Loads and stores unless a write happened meanwhile. */
  public List<TimeSlot> load(TimeSlot range, Supplier<List<TimeSlot>> loader) {
    long before = generation.get();
    List<TimeSlot> busy = loader.get();
    synchronized (this) {
      if (generation.get() == before) {
        cache.put(range, busy);
      }
    }
    return busy;
  }

  public void invalidate() {
    synchronized (this) {
      generation.incrementAndGet();
      cache.invalidateAll();
    }
  }
}
