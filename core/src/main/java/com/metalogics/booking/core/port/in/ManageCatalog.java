package com.metalogics.booking.core.port.in;

import com.metalogics.booking.core.domain.Blackout;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.port.out.AuditEntry;
import com.metalogics.booking.core.port.out.Stored;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The admin's view of schedules, hosts and event types. Reads of an unknown key throw {@code
 * CatalogItemNotFoundException}; a save whose {@code expectedVersion} is not the stored one (empty
 * when creating) throws {@code VersionConflictException}; a save naming an unknown schedule or
 * host, or a type whose durations no longer fit, throws {@code ValidationException} naming the
 * field. Every save is audited under {@code actor} and takes effect at once.
 */
public interface ManageCatalog {

  List<Stored<Schedule>> schedules();

  Stored<Schedule> schedule(String id);

  Stored<Schedule> saveSchedule(Schedule schedule, OptionalLong expectedVersion, String actor);

  /** Adds the blackouts to the schedule (skipping exact repeats) as one audited change. */
  Stored<Schedule> addBlackouts(String scheduleId, List<Blackout> blackouts, String actor);

  List<Stored<Host>> hosts();

  Stored<Host> host(String id);

  Stored<Host> saveHost(Host host, OptionalLong expectedVersion, String actor);

  List<Stored<EventType>> eventTypes();

  Stored<EventType> eventType(String slug);

  Stored<EventType> saveEventType(EventType type, OptionalLong expectedVersion, String actor);

  /** The newest {@code limit} changes, newest first. */
  List<AuditEntry> audit(Optional<CatalogKind> kind, int limit);
}
