package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.VipTier;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where schedules, hosts, event types and VIP tiers live, with their versions and the audit log of
 * every change. Every implementation passes {@code CatalogRepositoryContract} from the core's
 * test-jar. Failures to reach storage surface as {@code StorageUnavailableException}.
 */
public interface CatalogRepository {

  /** All schedules, ordered by id. */
  List<Stored<Schedule>> schedules();

  Optional<Stored<Schedule>> schedule(String id);

  /** All hosts, ordered by id. */
  List<Stored<Host>> hosts();

  Optional<Stored<Host>> host(String id);

  /** All event types, active or not, ordered by slug. */
  List<Stored<EventType>> eventTypes();

  Optional<Stored<EventType>> eventType(String slug);

  /** All VIP tiers, active or not, ordered by id. */
  List<Stored<VipTier>> vipTiers();

  Optional<Stored<VipTier>> vipTier(String id);

  /**
   * Atomically: when {@code expectedVersion} is empty, creates the item, which must not exist yet;
   * otherwise replaces it when its stored version equals {@code expectedVersion}. Else throws
   * {@code VersionConflictException}. Writes the audit entry (built from the stored item before the
   * change) in the same transaction and bumps {@link #revision()}.
   *
   * @return the stored item with its new version
   */
  <T extends CatalogItem> Stored<T> save(T item, OptionalLong expectedVersion, String actor);

  /** The newest {@code limit} audit entries, newest first; only those of {@code kind} if given. */
  List<AuditEntry> audit(Optional<CatalogKind> kind, int limit);

  /**
   * A number that changes with every {@link #save}, in whichever instance made it: a cheap way for
   * caches to notice changes. Never decreases.
   */
  long revision();
}
