package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.port.out.AuditEntry;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The catalog of an engine built without one: the phase-1 rules as schedule, host and event type,
 * fixed. It serves every phase-1 use case; changing it needs a real {@code CatalogRepository}.
 */
final class RulesCatalog implements CatalogRepository {

  private final Stored<Schedule> schedule;
  private final Stored<Host> host;
  private final Stored<EventType> eventType;

  RulesCatalog(BookingRules rules) {
    this.schedule = new Stored<>(PhaseOneCatalog.schedule(rules), 1);
    this.host = new Stored<>(PhaseOneCatalog.host(rules), 1);
    this.eventType = new Stored<>(PhaseOneCatalog.eventType(rules), 1);
  }

  @Override
  public List<Stored<Schedule>> schedules() {
    return List.of(schedule);
  }

  @Override
  public Optional<Stored<Schedule>> schedule(String id) {
    return Optional.of(schedule).filter(s -> s.value().id().equals(id));
  }

  @Override
  public List<Stored<Host>> hosts() {
    return List.of(host);
  }

  @Override
  public Optional<Stored<Host>> host(String id) {
    return Optional.of(host).filter(h -> h.value().id().equals(id));
  }

  @Override
  public List<Stored<EventType>> eventTypes() {
    return List.of(eventType);
  }

  @Override
  public Optional<Stored<EventType>> eventType(String slug) {
    return Optional.of(eventType).filter(t -> t.value().slug().equals(slug));
  }

  @Override
  public <T extends CatalogItem> Stored<T> save(
      T item, OptionalLong expectedVersion, String actor) {
    throw new UnsupportedOperationException(
        "this engine has no catalog storage: give BookingEngine.builder() a catalog(...)");
  }

  @Override
  public List<AuditEntry> audit(Optional<CatalogKind> kind, int limit) {
    return List.of();
  }

  @Override
  public long revision() {
    return 0;
  }
}
