package com.metalogics.booking.adapter.jdbi.internal;

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
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link CatalogRepository} on Jdbi. A save first bumps the one row of {@code catalog_revision},
 * which locks it until the save's transaction ends: saves are serialised across every process
 * sharing the database, so reading the stored version and writing the item, its audit row and the
 * revision is one compare-and-set. Of concurrent saves naming the same version, the first to get
 * the row wins and the others then find the new version.
 */
public final class JdbiCatalogRepository implements CatalogRepository {

  private static final DirectStatement BUMP_REVISION =
      DirectStatement.of(
          "bump catalog revision",
          "UPDATE catalog_revision SET revision = revision + 1 WHERE id = 1");

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Clock clock;
  private final ScheduleTable schedules = new ScheduleTable();
  private final HostTable hosts = new HostTable();
  private final EventTypeTable eventTypes = new EventTypeTable();
  private final VipTierTable vipTiers = new VipTierTable();
  private final Map<CatalogKind, CatalogTable<?>> tables = new EnumMap<>(CatalogKind.class);
  private final CatalogAudit audit;

  /**
   * @param clock stamps the audit entries
   */
  public JdbiCatalogRepository(Jdbi jdbi, Dialect dialect, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.clock = Objects.requireNonNull(clock, "clock");
    for (CatalogTable<?> table : List.of(schedules, hosts, eventTypes, vipTiers)) {
      tables.put(table.kind(), table);
    }
    this.audit = new CatalogAudit(tables);
  }

  @Override
  public List<Stored<Schedule>> schedules() {
    return Storage.withHandle(jdbi, h -> schedules.all(h, dialect));
  }

  @Override
  public Optional<Stored<Schedule>> schedule(String id) {
    return Storage.withHandle(jdbi, h -> schedules.find(h, id));
  }

  @Override
  public List<Stored<Host>> hosts() {
    return Storage.withHandle(jdbi, h -> hosts.all(h, dialect));
  }

  @Override
  public Optional<Stored<Host>> host(String id) {
    return Storage.withHandle(jdbi, h -> hosts.find(h, id));
  }

  @Override
  public List<Stored<EventType>> eventTypes() {
    return Storage.withHandle(jdbi, h -> eventTypes.all(h, dialect));
  }

  @Override
  public Optional<Stored<EventType>> eventType(String slug) {
    return Storage.withHandle(jdbi, h -> eventTypes.find(h, slug));
  }

  @Override
  public List<Stored<VipTier>> vipTiers() {
    return Storage.withHandle(jdbi, h -> vipTiers.all(h, dialect));
  }

  @Override
  public Optional<Stored<VipTier>> vipTier(String id) {
    return Storage.withHandle(jdbi, h -> vipTiers.find(h, id));
  }

  @Override
  public <T extends CatalogItem> Stored<T> save(
      T item, OptionalLong expectedVersion, String actor) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Objects.requireNonNull(actor, "actor");
    CatalogTable<?> table = tables.get(item.catalogKind());
    long version = Storage.inTransaction(jdbi, h -> save(h, table, item, expectedVersion, actor));
    return new Stored<>(item, version);
  }

  /** Runs in the save's transaction; a refusal throws, which rolls the revision bump back. */
  private <T extends CatalogItem> long save(
      Handle handle,
      CatalogTable<T> table,
      CatalogItem item,
      OptionalLong expectedVersion,
      String actor) {
    T typed = table.cast(item);
    if (BUMP_REVISION.update(handle, name -> null) != 1) {
      throw new IllegalStateException("The catalog revision row is missing");
    }
    Optional<Stored<T>> current = table.find(handle, typed.key());
    OptionalLong storedVersion =
        current.map(s -> OptionalLong.of(s.version())).orElse(OptionalLong.empty());
    if (!storedVersion.equals(expectedVersion)) {
      throw new VersionConflictException(table.kind(), typed.key(), storedVersion);
    }
    AuditEntry entry =
        new AuditEntry(
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            actor,
            table.kind(),
            typed.key(),
            current.<CatalogItem>map(Stored::value),
            typed);
    long version = storedVersion.orElse(0) + 1;
    if (current.isEmpty()) {
      table.insert(handle, typed, version);
    } else if (!table.update(handle, typed, version, storedVersion.getAsLong())) {
      throw new IllegalStateException("The locked " + table.kind().label() + " changed");
    }
    audit.insert(handle, entry);
    return version;
  }

  @Override
  public List<AuditEntry> audit(Optional<CatalogKind> kind, int limit) {
    Objects.requireNonNull(kind, "kind");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    return Storage.withHandle(jdbi, h -> audit.newest(h, kind, limit));
  }

  @Override
  public long revision() {
    return Storage.withHandle(
        jdbi, h -> READ_REVISION.queryOne(h, name -> null, row -> row.getLong(1)));
  }

  /** Read by every request (plain JDBC: Jdbi's per-statement set-up cost more than the query). */
  private static final DirectStatement READ_REVISION =
      DirectStatement.of(
          "read catalog revision", "SELECT revision FROM catalog_revision WHERE id = 1");
}
