package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.out.AuditEntry;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/** Any catalog, counting the reads of its items: what the engine's cache spares. */
final class CountingCatalog implements CatalogRepository {

  private final CatalogRepository inner;
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicInteger revisionReads = new AtomicInteger();

  CountingCatalog(CatalogRepository inner) {
    this.inner = inner;
  }

  int reads() {
    return reads.get();
  }

  int revisionReads() {
    return revisionReads.get();
  }

  @Override
  public List<Stored<Schedule>> schedules() {
    reads.incrementAndGet();
    return inner.schedules();
  }

  @Override
  public Optional<Stored<Schedule>> schedule(String id) {
    reads.incrementAndGet();
    return inner.schedule(id);
  }

  @Override
  public List<Stored<Host>> hosts() {
    reads.incrementAndGet();
    return inner.hosts();
  }

  @Override
  public Optional<Stored<Host>> host(String id) {
    reads.incrementAndGet();
    return inner.host(id);
  }

  @Override
  public List<Stored<EventType>> eventTypes() {
    reads.incrementAndGet();
    return inner.eventTypes();
  }

  @Override
  public Optional<Stored<EventType>> eventType(String slug) {
    reads.incrementAndGet();
    return inner.eventType(slug);
  }

  @Override
  public List<Stored<VipTier>> vipTiers() {
    reads.incrementAndGet();
    return inner.vipTiers();
  }

  @Override
  public Optional<Stored<VipTier>> vipTier(String id) {
    reads.incrementAndGet();
    return inner.vipTier(id);
  }

  @Override
  public <T extends CatalogItem> Stored<T> save(
      T item, OptionalLong expectedVersion, String actor) {
    return inner.save(item, expectedVersion, actor);
  }

  @Override
  public List<AuditEntry> audit(Optional<CatalogKind> kind, int limit) {
    return inner.audit(kind, limit);
  }

  @Override
  public long revision() {
    revisionReads.incrementAndGet();
    return inner.revision();
  }
}
