package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogItemNotFoundException;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VersionConflictException;
import com.metalogics.booking.core.port.in.HostNames;
import com.metalogics.booking.core.port.in.ListEventTypes;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.out.AuditEntry;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Schedules, hosts and event types as the admin manages them and visitors see them. Reads come from
 * this instance's {@link CatalogCache}; saves go to the repository, which bumps the revision every
 * instance's cache watches.
 */
final class CatalogService implements ManageCatalog, ListEventTypes, HostNames {

  /** The actor of the changes the engine makes itself. */
  static final String SYSTEM_ACTOR = "system";

  static final int MAX_AUDIT_ENTRIES = 500;

  /** Concurrent edits of one schedule are rare; a few fresh reads settle them. */
  private static final int WRITE_ATTEMPTS = 5;

  private final CatalogRepository repository;
  private final CatalogCache cache;

  CatalogService(CatalogRepository repository, CatalogCache cache) {
    this.repository = repository;
    this.cache = cache;
  }

  /**
   * When the catalog holds no event type yet, stores the phase-1 schedule, host and type (each only
   * when absent). Another instance seeding at the same time wins without harm.
   */
  void seedIfEmpty(BookingRules rules) {
    if (!repository.eventTypes().isEmpty()) {
      return;
    }
    saveIfAbsent(PhaseOneCatalog.schedule(rules), repository.schedule(PhaseOneCatalog.SCHEDULE_ID));
    saveIfAbsent(PhaseOneCatalog.host(rules), repository.host(PhaseOneCatalog.HOST_ID));
    saveIfAbsent(
        PhaseOneCatalog.eventType(rules), repository.eventType(PhaseOneCatalog.EVENT_TYPE));
  }

  private void saveIfAbsent(CatalogItem item, Optional<?> stored) {
    if (stored.isPresent()) {
      return;
    }
    try {
      cache.saved(repository.save(item, OptionalLong.empty(), SYSTEM_ACTOR));
    } catch (VersionConflictException e) {
      // Created meanwhile by another instance: what it stored stands.
    }
  }

  @Override
  public List<Stored<Schedule>> schedules() {
    return cache.current().schedules();
  }

  @Override
  public Stored<Schedule> schedule(String id) {
    return cache.current().schedule(id).orElseThrow(notFound(CatalogKind.SCHEDULE, id));
  }

  @Override
  public Stored<Schedule> saveSchedule(
      Schedule schedule, OptionalLong expectedVersion, String actor) {
    return cache.saved(repository.save(schedule, expectedVersion, requireActor(actor)));
  }

  @Override
  public Stored<Schedule> addBlackouts(String scheduleId, List<Blackout> blackouts, String actor) {
    requireActor(actor);
    VersionConflictException conflict = null;
    for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      Stored<Schedule> stored =
          repository.schedule(scheduleId).orElseThrow(notFound(CatalogKind.SCHEDULE, scheduleId));
      Schedule current = stored.value();
      List<Blackout> merged = new ArrayList<>(current.blackouts());
      blackouts.stream().filter(b -> !merged.contains(b)).distinct().forEach(merged::add);
      if (merged.size() == current.blackouts().size()) {
        return stored;
      }
      Schedule changed =
          new Schedule(
              current.id(),
              current.name(),
              current.timeZone(),
              current.weekly(),
              current.overrides(),
              merged);
      try {
        return cache.saved(repository.save(changed, OptionalLong.of(stored.version()), actor));
      } catch (VersionConflictException e) {
        conflict = e;
      }
    }
    throw conflict;
  }

  @Override
  public List<Stored<Host>> hosts() {
    return cache.current().hosts();
  }

  @Override
  public Stored<Host> host(String id) {
    return cache.current().host(id).orElseThrow(notFound(CatalogKind.HOST, id));
  }

  @Override
  public Stored<Host> saveHost(Host host, OptionalLong expectedVersion, String actor) {
    throwIfAny(CatalogChecks.ofHost(this, host.scheduleId()));
    return cache.saved(repository.save(host, expectedVersion, requireActor(actor)));
  }

  @Override
  public List<Stored<EventType>> eventTypes() {
    return cache.current().eventTypes();
  }

  @Override
  public Stored<EventType> eventType(String slug) {
    return cache.current().eventType(slug).orElseThrow(notFound(CatalogKind.EVENT_TYPE, slug));
  }

  @Override
  public Stored<EventType> saveEventType(
      EventType type, OptionalLong expectedVersion, String actor) {
    Map<String, String> problems =
        CatalogChecks.ofEventType(this, type.scheduleId(), type.hostIds());
    throwIfAny(problems);
    throwIfAny(CatalogChecks.durationsFit(type.durations(), schedulesOf(type)));
    return cache.saved(repository.save(type, expectedVersion, requireActor(actor)));
  }

  @Override
  public List<AuditEntry> audit(Optional<CatalogKind> kind, int limit) {
    if (limit < 1 || limit > MAX_AUDIT_ENTRIES) {
      throw ValidationException.ofField("limit", "must be 1 to " + MAX_AUDIT_ENTRIES);
    }
    return repository.audit(kind, limit);
  }

  @Override
  public List<EventType> activeEventTypes() {
    return cache.current().activeEventTypes();
  }

  /** The schedules that open a type: its hosts' own and its narrowing one. */
  private List<Schedule> schedulesOf(EventType type) {
    CatalogSnapshot snapshot = cache.current();
    List<Schedule> schedules = new ArrayList<>();
    type.hostIds().stream()
        .flatMap(id -> snapshot.host(id).stream())
        .flatMap(host -> snapshot.schedule(host.value().scheduleId()).stream())
        .forEach(s -> schedules.add(s.value()));
    type.scheduleId().flatMap(snapshot::schedule).ifPresent(s -> schedules.add(s.value()));
    return schedules;
  }

  private static String requireActor(String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must name who makes the change");
    }
    return actor;
  }

  private static void throwIfAny(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(new LinkedHashMap<>(problems));
    }
  }

  private static Supplier<CatalogItemNotFoundException> notFound(CatalogKind kind, String key) {
    return () -> new CatalogItemNotFoundException(kind, key);
  }

  @Override
  public Optional<String> nameOf(String hostId) {
    return cache.lastRead().host(hostId).map(h -> h.value().name());
  }
}
