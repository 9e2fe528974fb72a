package com.metalogics.booking.core.inmemory;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.out.AuditEntry;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Schedules, hosts, event types and VIP tiers in memory, with the same guarantees as the database:
 * one lock makes every save a compare-and-set on the version together with its audit entry and the
 * revision bump.
 */
public final class InMemoryCatalogRepository implements CatalogRepository {

  private final Clock clock;
  private final Map<CatalogKind, TreeMap<String, Stored<CatalogItem>>> items =
      new EnumMap<>(CatalogKind.class);

  /** Oldest first; read backwards. */
  private final List<AuditEntry> audit = new ArrayList<>();

  private final FailureSwitch failures = new FailureSwitch();
  private long revision;

  /**
   * @param clock stamps the audit entries
   */
  public InMemoryCatalogRepository(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    for (CatalogKind kind : CatalogKind.values()) {
      items.put(kind, new TreeMap<>());
    }
  }

  /** Make storage fail (e.g. with {@code StorageUnavailableException}) or hang. */
  public FailureSwitch failures() {
    return failures;
  }

  @Override
  public List<Stored<Schedule>> schedules() {
    return all(CatalogKind.SCHEDULE, Schedule.class);
  }

  @Override
  public Optional<Stored<Schedule>> schedule(String id) {
    return one(CatalogKind.SCHEDULE, id, Schedule.class);
  }

  @Override
  public List<Stored<Host>> hosts() {
    return all(CatalogKind.HOST, Host.class);
  }

  @Override
  public Optional<Stored<Host>> host(String id) {
    return one(CatalogKind.HOST, id, Host.class);
  }

  @Override
  public List<Stored<EventType>> eventTypes() {
    return all(CatalogKind.EVENT_TYPE, EventType.class);
  }

  @Override
  public Optional<Stored<EventType>> eventType(String slug) {
    return one(CatalogKind.EVENT_TYPE, slug, EventType.class);
  }

  @Override
  public List<Stored<VipTier>> vipTiers() {
    return all(CatalogKind.VIP_TIER, VipTier.class);
  }

  @Override
  public Optional<Stored<VipTier>> vipTier(String id) {
    return one(CatalogKind.VIP_TIER, id, VipTier.class);
  }

  @Override
  public synchronized <T extends CatalogItem> Stored<T> save(
      T item, OptionalLong expectedVersion, String actor) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    failures.check();
    TreeMap<String, Stored<CatalogItem>> ofKind = items.get(item.catalogKind());
    Optional<Stored<CatalogItem>> current = Optional.ofNullable(ofKind.get(item.key()));
    OptionalLong storedVersion =
        current.map(s -> OptionalLong.of(s.version())).orElse(OptionalLong.empty());
    if (!storedVersion.equals(expectedVersion)) {
      throw new VersionConflictException(item.catalogKind(), item.key(), storedVersion);
    }
    AuditEntry entry =
        new AuditEntry(
            clock.instant(),
            actor,
            item.catalogKind(),
            item.key(),
            current.map(Stored::value),
            item);
    long version = storedVersion.orElse(0) + 1;
    ofKind.put(item.key(), new Stored<>(item, version));
    audit.add(entry);
    revision++;
    return new Stored<>(item, version);
  }

  @Override
  public synchronized List<AuditEntry> audit(Optional<CatalogKind> kind, int limit) {
    Objects.requireNonNull(kind, "kind");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    failures.check();
    List<AuditEntry> newest = new ArrayList<>();
    for (int i = audit.size() - 1; i >= 0 && newest.size() < limit; i--) {
      AuditEntry entry = audit.get(i);
      if (kind.map(k -> k == entry.kind()).orElse(true)) {
        newest.add(entry);
      }
    }
    return List.copyOf(newest);
  }

  @Override
  public synchronized long revision() {
    failures.check();
    return revision;
  }

  private synchronized <T extends CatalogItem> List<Stored<T>> all(
      CatalogKind kind, Class<T> type) {
    failures.check();
    return items.get(kind).values().stream().map(s -> typed(s, type)).toList();
  }

  private synchronized <T extends CatalogItem> Optional<Stored<T>> one(
      CatalogKind kind, String key, Class<T> type) {
    failures.check();
    return Optional.ofNullable(items.get(kind).get(key)).map(s -> typed(s, type));
  }

  private static <T extends CatalogItem> Stored<T> typed(
      Stored<CatalogItem> stored, Class<T> type) {
    return new Stored<>(type.cast(stored.value()), stored.version());
  }
}
