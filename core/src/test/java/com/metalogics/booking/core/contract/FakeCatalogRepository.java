package com.metalogics.booking.core.contract;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.port.out.AuditEntry;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A minimal catalog in memory for the service and HTTP tests, standing in until the real {@code
 * InMemoryCatalogRepository} is merged: same versions, audit entries and revision as the contract
 * asks, one lock for everything.
 */
public final class FakeCatalogRepository implements CatalogRepository {

  private final Clock clock;
  private final Map<CatalogKind, Map<String, Stored<CatalogItem>>> items =
      new EnumMap<>(CatalogKind.class);
  private final List<AuditEntry> audit = new ArrayList<>();
  private long revision;

  public FakeCatalogRepository(Clock clock) {
    this.clock = clock;
    for (CatalogKind kind : CatalogKind.values()) {
      items.put(kind, new TreeMap<>());
    }
  }

  @Override
  public List<Stored<Schedule>> schedules() {
    return all(CatalogKind.SCHEDULE);
  }

  @Override
  public Optional<Stored<Schedule>> schedule(String id) {
    return one(CatalogKind.SCHEDULE, id);
  }

  @Override
  public List<Stored<Host>> hosts() {
    return all(CatalogKind.HOST);
  }

  @Override
  public Optional<Stored<Host>> host(String id) {
    return one(CatalogKind.HOST, id);
  }

  @Override
  public List<Stored<EventType>> eventTypes() {
    return all(CatalogKind.EVENT_TYPE);
  }

  @Override
  public Optional<Stored<EventType>> eventType(String slug) {
    return one(CatalogKind.EVENT_TYPE, slug);
  }

  @Override
  public synchronized <T extends CatalogItem> Stored<T> save(
      T item, OptionalLong expectedVersion, String actor) {
    Map<String, Stored<CatalogItem>> ofKind = items.get(item.catalogKind());
    Optional<Stored<CatalogItem>> before = Optional.ofNullable(ofKind.get(item.key()));
    OptionalLong stored =
        before.map(s -> OptionalLong.of(s.version())).orElse(OptionalLong.empty());
    if (!stored.equals(expectedVersion)) {
      throw new VersionConflictException(item.catalogKind(), item.key(), stored);
    }
    Stored<CatalogItem> saved = new Stored<>(item, stored.orElse(0) + 1);
    ofKind.put(item.key(), saved);
    audit.add(
        0,
        new AuditEntry(
            clock.instant(),
            actor,
            item.catalogKind(),
            item.key(),
            before.map(Stored::value),
            item));
    revision++;
    return new Stored<>(item, saved.version());
  }

  @Override
  public synchronized List<AuditEntry> audit(Optional<CatalogKind> kind, int limit) {
    return audit.stream()
        .filter(e -> kind.map(k -> k == e.kind()).orElse(true))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized long revision() {
    return revision;
  }

  @SuppressWarnings("unchecked")
  private synchronized <T> List<Stored<T>> all(CatalogKind kind) {
    List<Stored<T>> out = new ArrayList<>();
    items.get(kind).values().forEach(s -> out.add((Stored<T>) s));
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private synchronized <T> Optional<Stored<T>> one(CatalogKind kind, String key) {
    return Optional.ofNullable((Stored<T>) items.get(kind).get(key));
  }
}
