package com.metalogics.booking.core.application;

import static com.metalogics.booking.core.application.BookingWrites.requireActive;

import com.metalogics.booking.core.availability.Priority;
import com.metalogics.booking.core.domain.Assignment;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingNotPastException;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.BookingResult;
import com.metalogics.booking.core.port.in.CancelBooking;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.GetBooking;
import com.metalogics.booking.core.port.in.ManageReminders;
import com.metalogics.booking.core.port.in.MarkNoShow;
import com.metalogics.booking.core.port.in.MarkNoShowCommand;
import com.metalogics.booking.core.port.in.RescheduleBooking;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.BookingChange;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.HostChoice;
import com.metalogics.booking.core.port.out.PeriodCap;
import com.metalogics.booking.core.port.out.Tally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a manage-token holder (or the admin) can do with one booking. A reschedule follows the rules
 * of the booking's own event type and keeps its host.
 */
final class ManageBookingService
    implements GetBooking, CancelBooking, RescheduleBooking, MarkNoShow, ManageReminders {

  private final BookingRepository repository;
  private final BookingWrites bookings;
  private final CatalogCache catalog;
  private final PoolAdmission admission;
  private final EffectPlanning planning;
  private final InlineEffects inline;
  private final EnabledIntegrations integrations;
  private final Clock clock;
  private final Duration mirrorBudget;
  private final Tallies tallies;

  ManageBookingService(ChangeParts changes, EnabledIntegrations integrations, Tallies tallies) {
    this.repository = changes.repository();
    this.bookings = new BookingWrites(repository);
    this.catalog = changes.catalog();
    this.admission = new PoolAdmission(changes.calendarCheck());
    this.planning = changes.planning();
    this.inline = changes.inline();
    this.integrations = integrations;
    this.clock = changes.clock();
    this.mirrorBudget = changes.mirrorBudget();
    this.tallies = tallies;
  }

  @Override
  public BookingResult handle(BookingAccess access) {
    Booking booking = bookings.load(access);
    return result(booking);
  }

  @Override
  public BookingResult handle(CancelBookingCommand command) {
    Optional<String> reason = BookingValidator.validateReason(command.reason());
    List<Effect> written = new ArrayList<>();
    Booking cancelled =
        bookings.write(
            command.access(),
            current -> {
              if (!current.isActive()) {
                written.clear();
                return Optional.of(current);
              }
              Booking after = current.cancel(clock.instant(), reason);
              List<Effect> effects = planning.changed(current, after, BookingChange.Kind.CANCELLED);
              written.clear();
              written.addAll(effects);
              return repository.update(
                  after,
                  effects,
                  tallies.changed(after, Tally.Measure.CANCELLED, after.updatedAt()));
            });
    return mirrored(cancelled, written);
  }

  @Override
  public BookingResult handle(RescheduleBookingCommand command) {
    Booking current = bookings.load(command.access());
    requireActive(current);
    Instant now = clock.instant();
    CatalogSnapshot snapshot = catalog.current();
    Team team = snapshot.placed(current.placement());
    Offer offer = team.lead();
    TimeSlot slot =
        BookingValidator.validateMove(
            command.startTime(), command.durationMinutes(), current.duration(), offer.type(), now);
    if (slot.equals(current.slot())) {
      return result(current);
    }
    VipStatus vip = VipDesk.ofTier(snapshot, offer.type().slug(), current.placement().vipTier());
    Move move = new Move(command.access(), current, slot, now, vip.priority());
    List<Effect> written = new ArrayList<>();
    Moved moved;
    try {
      moved = withOwnHosts(move, team, written);
    } catch (SlotUnavailableException busy) {
      if (team.assignment() != Assignment.ROUND_ROBIN || !otherHostMayTake(busy.reason())) {
        throw busy;
      }
      moved = withPoolHost(move, snapshot, offer, written);
    }
    BookingResult result = mirrored(moved.booking(), written);
    if (moved.calendarRead()) {
      return result;
    }
    return new BookingResult(
        result.booking(), Warnings.with(Warning.CALENDAR_UNAVAILABLE, result.warnings()));
  }

  /** The booking as moved, and whether every calendar asked about the new slot could answer. */
  private record Moved(Booking booking, boolean calendarRead) {}

  /** The move kept with the booking's hosts, within their own caps as well as the type's. */
  private Moved withOwnHosts(Move move, Team team, List<Effect> written) {
    Offer offer = team.lead();
    TimeSlot slot = move.slot();
    List<Offer> admitted = admission.byRules(team, slot, move.self(), move.now(), move.priority());
    boolean calendarRead =
        admission.byCalendars(team, admitted, slot, move.ownSlot()).calendarsRead();
    List<PeriodCap> caps = new ArrayList<>(offer.capsFor(slot));
    team.members().forEach(m -> caps.addAll(m.hostCapsFor(slot)));
    Booking moved =
        move(
            move,
            written,
            false,
            (after, plan) ->
                repository.updateSlot(
                    after, offer.reserveBuffer(), caps, plan.apply(after), rescheduled(after)));
    return new Moved(moved, calendarRead);
  }

  /**
   * The move handed to whichever host of the round-robin pool is free; the hosts' own caps are the
   * choice's, decided under the write's lock.
   */
  private Moved withPoolHost(
      Move move, CatalogSnapshot snapshot, Offer offer, List<Effect> written) {
    TimeSlot slot = move.slot();
    Team pool = new Team(offer.type(), snapshot.activePool(offer.type()));
    List<Offer> admitted = admission.byRules(pool, slot, move.self(), move.now(), move.priority());
    PoolAdmission.Admitted free = admission.byCalendars(pool, admitted, slot, move.ownSlot());
    HostChoice choice = pool.choice(slot, free.free(), move.now());
    Booking moved =
        move(
            move,
            written,
            true,
            (after, plan) ->
                repository.updateSlot(
                    after,
                    offer.reserveBuffer(),
                    offer.capsFor(slot),
                    choice,
                    plan,
                    rescheduled(after)));
    return new Moved(moved, free.calendarsRead());
  }

  /** A reschedule under way: who asks, the booking as read, where to, when and for whom. */
  private record Move(
      BookingAccess access, Booking current, TimeSlot slot, Instant now, Priority priority) {

    Optional<UUID> self() {
      return Optional.of(current.id());
    }

    Optional<TimeSlot> ownSlot() {
      return Optional.of(current.slot());
    }
  }

  /**
   * Writes the move with the effects its planner makes of the booking as stored (on the hosts
   * chosen); {@code reassigning}: the hosts may change, so the calendar event moves from the former
   * host's calendar.
   */
  private Booking move(
      Move move,
      List<Effect> written,
      boolean reassigning,
      BiFunction<Booking, Function<Booking, List<Effect>>, Optional<Booking>> store) {
    return bookings.write(
        move.access(),
        latest -> {
          requireActive(latest);
          Booking after = latest.reschedule(move.slot(), clock.instant());
          Function<Booking, List<Effect>> plan =
              placed -> {
                List<Effect> effects =
                    reassigning
                        ? planning.reassigned(latest, placed)
                        : planning.changed(latest, placed, BookingChange.Kind.RESCHEDULED);
                written.clear();
                written.addAll(effects);
                return effects;
              };
          return store.apply(after, plan);
        });
  }

  private List<Tally> rescheduled(Booking after) {
    return tallies.changed(after, Tally.Measure.RESCHEDULED, after.updatedAt());
  }

  /**
   * A host's own hours, bookings, calendar or limits can refuse a start another host of the pool
   * would take; the notice, the advance and a VIP hold apply to every host alike.
   */
  private static boolean otherHostMayTake(SlotUnavailableException.Reason reason) {
    return switch (reason) {
      case TOO_SOON, TOO_FAR_AHEAD, RESERVED -> false;
      default -> true;
    };
  }

  @Override
  public BookingResult handle(MarkNoShowCommand command) {
    BookingAccess access = BookingAccess.admin(command.bookingId());
    Booking marked =
        bookings.write(
            access,
            current -> {
              requireActive(current);
              if (current.noShowAt().isPresent()) {
                return Optional.of(current);
              }
              Instant now = clock.instant();
              if (current.startTime().isAfter(now)) {
                throw new BookingNotPastException(current.id(), current.startTime());
              }
              Booking after = current.markNoShow(now);
              return repository.update(
                  after, List.of(), tallies.changed(after, Tally.Measure.NO_SHOW, now));
            });
    return result(marked);
  }

  /** The pending SMS reminders see the opt-out when they run, and are skipped. */
  @Override
  public BookingResult turnOffSms(BookingAccess access) {
    Booking updated =
        bookings.write(
            access,
            current ->
                current.attendee().smsOptedOut()
                    ? Optional.of(current)
                    : repository.update(
                        current.withAttendee(
                            current.attendee().withSmsOptedOut(), clock.instant())));
    return result(updated);
  }

  /** Runs the effects the change wrote (none when there was nothing to change). */
  private BookingResult mirrored(Booking changed, List<Effect> written) {
    return result(inline.runAfterChange(changed, written, mirrorBudget));
  }

  private BookingResult result(Booking booking) {
    return new BookingResult(booking, Warnings.pendingOf(booking.sync(), integrations));
  }
}
