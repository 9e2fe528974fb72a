package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.port.in.CountTraffic;
import com.metalogics.booking.core.port.out.InsightsRepository;
import com.metalogics.booking.core.port.out.TrafficCount;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link CountTraffic} in memory, so that a view or search costs a hash and a map update, not a
 * database write. Distinct visitors are told apart by a 64-bit salted hash kept for the current day
 * only, per event type; when the day changes the salt and the hashes are dropped, so yesterday's
 * visitors cannot be recognised any more. Within one process the daily counts are exact; instances
 * that share a database each count their own visitors.
 */
final class TrafficCounter implements CountTraffic {

  private final InsightsRepository repository;
  private final CatalogCache catalog;
  private final Clock clock;
  private final ZoneId zone;
  private final SecureRandom random = new SecureRandom();

  private LocalDate today;
  private byte[] salt;
  private final Set<Long> visitors = new HashSet<>();
  private final Set<Long> searchers = new HashSet<>();
  private Map<Key, TrafficCount> pending = new HashMap<>();

  /** Made once: looking the algorithm up per request cost more than hashing. */
  private final MessageDigest sha256 = sha256();

  TrafficCounter(InsightsRepository repository, CatalogCache catalog, Clock clock, ZoneId zone) {
    this.repository = repository;
    this.catalog = catalog;
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public void pageViewed(Optional<String> eventType, String address, String userAgent) {
    count(eventType, address, userAgent, false);
  }

  @Override
  public void slotsSearched(Optional<String> eventType, String address, String userAgent) {
    count(eventType, address, userAgent, true);
  }

  private void count(Optional<String> eventType, String address, String userAgent, boolean search) {
    String slug = eventType.orElse(Placement.DEFAULT.eventType());
    if (!isActiveType(slug)) {
      return;
    }
    synchronized (this) {
      LocalDate day = LocalDate.ofInstant(clock.instant(), zone);
      if (!day.equals(today)) {
        startDay(day);
      }
      long visitor = slug.hashCode() * 31L + hash(address, userAgent);
      boolean newVisitor = visitors.add(visitor);
      boolean newSearcher = search && searchers.add(visitor);
      TrafficCount add =
          new TrafficCount(
              day, slug, search ? 0 : 1, search ? 1 : 0, newVisitor ? 1 : 0, newSearcher ? 1 : 0);
      pending.merge(new Key(day, slug), add, TrafficCount::plus);
    }
  }

  /**
   * Against the catalog last read, not asking storage whether it moved: a count must not cost the
   * slots path a database read. A type made a moment ago is counted from the next catalog read.
   */
  private boolean isActiveType(String slug) {
    return catalog.lastRead().isActiveType(slug);
  }

  /** A new salt, and the old day's hashes forgotten. */
  private void startDay(LocalDate day) {
    today = day;
    salt = new byte[32];
    random.nextBytes(salt);
    visitors.clear();
    searchers.clear();
  }

  /** Called under this object's lock, which the one digest needs. */
  private long hash(String address, String userAgent) {
    sha256.update(salt);
    sha256.update(address.getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(userAgent.getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(sha256.digest()).getLong();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private record Key(LocalDate day, String eventType) {}

  @Override
  public void flush() {
    List<TrafficCount> batch;
    synchronized (this) {
      if (pending.isEmpty()) {
        return;
      }
      batch = new ArrayList<>(pending.values());
      pending = new HashMap<>();
    }
    try {
      repository.addTraffic(batch);
    } catch (RuntimeException e) {
      synchronized (this) {
        for (TrafficCount count : batch) {
          pending.merge(new Key(count.day(), count.eventType()), count, TrafficCount::plus);
        }
      }
      throw e;
    }
  }
}
