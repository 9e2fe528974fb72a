package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.Priority;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.IntegrationException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.HostChoice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Moves a round-robin booking whose host's calendar took its time to another free host of the pool,
 * at the same time: the other hosts are admitted by their rules and calendars as for a reschedule,
 * and the new host is chosen inside the reservation's lock as a reservation's is. The stored change
 * carries the moved calendar event, the CRM update, the attendee's mail and the reminders of the
 * new revision, and the caller's notices (a webhook, an admin alert), planned on the host chosen.
 */
final class PoolReassignment {

  /** Concurrent writers are rare; a few fresh reads settle them. */
  private static final int WRITE_ATTEMPTS = 3;

  private final BookingRepository repository;
  private final CatalogCache catalog;
  private final PoolAdmission admission;
  private final EffectPlanning planning;
  private final InlineEffects inline;
  private final Duration mirrorBudget;
  private final Clock clock;

  PoolReassignment(ChangeParts changes) {
    this.repository = changes.repository();
    this.catalog = changes.catalog();
    this.admission = new PoolAdmission(changes.calendarCheck());
    this.planning = changes.planning();
    this.inline = changes.inline();
    this.mirrorBudget = changes.mirrorBudget();
    this.clock = changes.clock();
  }

  /**
   * @param notices the caller's effects about the move, planned on the booking on its new host
   * @return the booking on its new host; empty when it is not a round-robin booking, no other host
   *     of the pool is free at its time, or it changed meanwhile
   */
  Optional<Booking> awayFrom(Booking conflicted, Function<Booking, List<Effect>> notices) {
    CatalogSnapshot snapshot = catalog.current();
    Team placed = snapshot.placed(conflicted.placement());
    if (placed.assignment() != Assignment.ROUND_ROBIN) {
      return Optional.empty();
    }
    String former = conflicted.placement().hostId();
    Team pool = new Team(placed.type(), snapshot.activePool(placed.type()));
    List<Offer> others = pool.members().stream().filter(m -> !isHost(m, former)).toList();
    if (others.isEmpty()) {
      return Optional.empty();
    }
    TimeSlot slot = conflicted.slot();
    Optional<UUID> self = Optional.of(conflicted.id());
    Team candidates = new Team(placed.type(), others);
    try {
      Instant now = clock.instant();
      Priority priority =
          VipDesk.ofTier(snapshot, placed.type().slug(), conflicted.placement().vipTier())
              .priority();
      List<Offer> admitted = admission.byRules(candidates, slot, self, now, priority);
      Set<String> free = admission.byCalendars(candidates, admitted, slot, Optional.empty()).free();
      return write(conflicted, former, placed.lead(), pool.choice(slot, free, now), notices);
    } catch (SlotUnavailableException | IntegrationException noOther) {
      return Optional.empty();
    }
  }

  private Optional<Booking> write(
      Booking conflicted,
      String former,
      Offer offer,
      HostChoice choice,
      Function<Booking, List<Effect>> notices) {
    for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      Optional<Booking> latest =
          repository
              .findById(conflicted.id())
              .filter(b -> b.status() == BookingStatus.CONFIRMED)
              .filter(b -> b.placement().hostId().equals(former))
              .filter(b -> b.slot().equals(conflicted.slot()));
      if (latest.isEmpty()) {
        return Optional.empty();
      }
      Booking before = latest.get();
      Booking after =
          before
              .reschedule(before.slot(), clock.instant())
              .withConflict(Optional.empty(), clock.instant());
      List<Effect> effects = new ArrayList<>();
      Optional<Booking> written =
          repository.updateSlot(
              after,
              offer.reserveBuffer(),
              offer.capsFor(after.slot()),
              choice,
              placed -> {
                effects.clear();
                effects.addAll(withoutWebhooks(planning.reassigned(before, placed)));
                effects.addAll(notices.apply(placed));
                return effects;
              },
              List.of());
      if (written.isPresent()) {
        // as a reschedule does: the event moves now, not at the worker's next round
        return Optional.of(inline.runAfterChange(written.get(), effects, mirrorBudget));
      }
    }
    return Optional.empty();
  }

  /** The change's webhook is {@code booking.reassigned}, not the reschedule's. */
  private static List<Effect> withoutWebhooks(List<Effect> effects) {
    return effects.stream().filter(e -> e.kind() != EffectKind.WEBHOOK).toList();
  }

  private static boolean isHost(Offer member, String hostId) {
    return member.host().id().equals(hostId);
  }
}
