package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.HoldBack;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.CatalogItem;
import com.metalogics.booking.core.domain.CatalogItemNotFoundException;
import com.metalogics.booking.core.domain.CatalogKind;
import com.metalogics.booking.core.domain.EventType;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.PhaseOneCatalog;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.Schedule;
import com.metalogics.booking.core.domain.TextPolicy;
import com.metalogics.booking.core.domain.ValidationException;
import com.metalogics.booking.core.domain.VipGrant;
import com.metalogics.booking.core.domain.VipTier;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** The whole catalog as read at one revision: what one request resolves its event type against. */
final class CatalogSnapshot {

  private final long revision;
  private final Map<String, Stored<Schedule>> schedules;
  private final Map<String, Stored<Host>> hosts;
  private final Map<String, Stored<EventType>> types;
  private final Map<String, Stored<VipTier>> tiers;

  private CatalogSnapshot(long revision, CatalogRepository repository) {
    this.revision = revision;
    this.schedules = byKey(repository.schedules());
    this.hosts = byKey(repository.hosts());
    this.types = byKey(repository.eventTypes());
    this.tiers = byKey(repository.vipTiers());
  }

  /** Reads everything; {@code revision} must have been read before, so a later save is noticed. */
  static CatalogSnapshot read(CatalogRepository repository, long revision) {
    return new CatalogSnapshot(revision, repository);
  }

  long revision() {
    return revision;
  }

  List<Stored<Schedule>> schedules() {
    return List.copyOf(schedules.values());
  }

  Optional<Stored<Schedule>> schedule(String id) {
    return Optional.ofNullable(schedules.get(id));
  }

  List<Stored<Host>> hosts() {
    return List.copyOf(hosts.values());
  }

  Optional<Stored<Host>> host(String id) {
    return Optional.ofNullable(hosts.get(id));
  }

  List<Stored<EventType>> eventTypes() {
    return List.copyOf(types.values());
  }

  Optional<Stored<EventType>> eventType(String slug) {
    return Optional.ofNullable(types.get(slug));
  }

  List<Stored<VipTier>> vipTiers() {
    return List.copyOf(tiers.values());
  }

  Optional<Stored<VipTier>> vipTier(String id) {
    return Optional.ofNullable(tiers.get(id));
  }

  /** The active tiers, by id, that grant something for {@code eventType}. */
  List<VipTier> tiersFor(String eventType) {
    return tiers.values().stream()
        .map(Stored::value)
        .filter(t -> t.active() && t.grantFor(eventType).isPresent())
        .toList();
  }

  /**
   * What {@code eventType} holds back for VIPs: the largest share any active tier reserves for it
   * (on a tie, the first tier's by id), with that grant's release time.
   */
  HoldBack holdBackOf(String eventType) {
    HoldBack hold = HoldBack.NONE;
    for (VipTier tier : tiersFor(eventType)) {
      VipGrant grant = tier.grantFor(eventType).orElseThrow();
      if (grant.reservedShare() > hold.share()) {
        hold = new HoldBack(grant.reservedShare(), grant.release());
      }
    }
    return hold;
  }

  int eventTypeCount() {
    return types.size();
  }

  /** Whether {@code slug} names an active type; a map look-up, asked on every counted request. */
  boolean isActiveType(String slug) {
    Stored<EventType> type = types.get(slug);
    return type != null && type.value().active();
  }

  /**
   * The types {@link #bookable} admits: active, with an active host. A type whose hosts are all
   * switched off is left out, as its page and slots answer not found.
   */
  List<EventType> activeEventTypes() {
    return types.values().stream()
        .map(Stored::value)
        .filter(type -> type.active() && staffed(type, activeHosts(type).size()))
        .toList();
  }

  /**
   * What a visitor may book under {@code slug} (empty: the phase-1 type): an active type with an
   * active host (of a pool: the active ones; an inactive host is out of every pool). Anything else
   * is not found, as if it did not exist.
   */
  Team bookable(Optional<String> slug) {
    // Refused before trimming: String.trim drops control characters at the ends.
    if (slug.isPresent() && !TextPolicy.SINGLE_LINE.accepts(slug.get())) {
      throw ValidationException.ofField("eventType", TextPolicy.CONTROL_CHARACTERS);
    }
    String key =
        slug.map(String::trim).filter(s -> !s.isEmpty()).orElse(PhaseOneCatalog.EVENT_TYPE);
    EventType type =
        eventType(key)
            .map(Stored::value)
            .filter(EventType::active)
            .orElseThrow(() -> new CatalogItemNotFoundException(CatalogKind.EVENT_TYPE, key));
    List<Host> hosts = activeHosts(type);
    if (!staffed(type, hosts.size())) {
      throw new CatalogItemNotFoundException(CatalogKind.EVENT_TYPE, key);
    }
    List<Offer> members = new ArrayList<>(hosts.size());
    for (Host host : hosts) {
      members.add(offer(type, host));
    }
    return new Team(type, members);
  }

  private List<Host> activeHosts(EventType type) {
    List<Host> hosts = new ArrayList<>(type.hostIds().size());
    for (String hostId : type.hostIds()) {
      Host host = required(CatalogKind.HOST, hostId, this::host);
      if (host.active()) {
        hosts.add(host);
      }
    }
    return hosts;
  }

  /** A single type needs its one host active; a pool, at least one of its hosts. */
  private static boolean staffed(EventType type, int activeHosts) {
    return activeHosts > 0 && (type.assignment() != Assignment.SINGLE || activeHosts == 1);
  }

  /** The rules of an existing booking: its own type (active or not) and its own hosts. */
  Team placed(Placement placement) {
    EventType type = required(CatalogKind.EVENT_TYPE, placement.eventType(), this::eventType);
    List<Offer> members = new ArrayList<>();
    for (String hostId : placement.hostIds()) {
      members.add(offer(type, required(CatalogKind.HOST, hostId, this::host)));
    }
    return new Team(type, members);
  }

  /** The active hosts of {@code type}'s pool, for a booking that moves to another of them. */
  List<Offer> activePool(EventType type) {
    List<Offer> members = new ArrayList<>();
    for (String hostId : type.hostIds()) {
      host(hostId)
          .map(Stored::value)
          .filter(Host::active)
          .ifPresent(host -> members.add(offer(type, host)));
    }
    return members;
  }

  private Offer offer(EventType type, Host host) {
    Schedule hostSchedule = required(CatalogKind.SCHEDULE, host.scheduleId(), this::schedule);
    Optional<Schedule> typeSchedule =
        type.scheduleId().map(id -> required(CatalogKind.SCHEDULE, id, this::schedule));
    return new Offer(type, host, hostSchedule, typeSchedule);
  }

  private static <T> T required(
      CatalogKind kind, String key, Function<String, Optional<Stored<T>>> lookup) {
    return lookup
        .apply(key)
        .map(Stored::value)
        .orElseThrow(() -> new CatalogItemNotFoundException(kind, key));
  }

  private static <T extends CatalogItem> Map<String, Stored<T>> byKey(List<Stored<T>> items) {
    Map<String, Stored<T>> map = new TreeMap<>();
    items.forEach(item -> map.put(item.value().key(), item));
    return map;
  }
}
