package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingNotActiveException;
import com.metalogics.booking.core.domain.BookingNotFoundException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.BookingAccess;
import com.metalogics.booking.core.port.in.BookingResult;
import com.metalogics.booking.core.port.in.CancelBooking;
import com.metalogics.booking.core.port.in.CancelBookingCommand;
import com.metalogics.booking.core.port.in.GetBooking;
import com.metalogics.booking.core.port.in.RescheduleBooking;
import com.metalogics.booking.core.port.in.RescheduleBookingCommand;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.BookingRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a manage-token holder (or the admin) can do with one booking. A reschedule follows the rules
 * of the booking's own event type and keeps its host.
 */
final class ManageBookingService implements GetBooking, CancelBooking, RescheduleBooking {

  /** Concurrent writers are rare; a few fresh reads settle them. */
  private static final int WRITE_ATTEMPTS = 5;

  private final BookingRepository repository;
  private final CatalogCache catalog;
  private final Admission admission;
  private final CalendarCheck calendarCheck;
  private final BookingMirror mirror;
  private final Clock clock;
  private final Duration mirrorBudget;

  ManageBookingService(
      BookingRepository repository,
      CatalogCache catalog,
      CalendarCheck calendarCheck,
      BookingMirror mirror,
      Clock clock,
      Duration mirrorBudget) {
    this.repository = repository;
    this.catalog = catalog;
    this.admission = new Admission();
    this.calendarCheck = calendarCheck;
    this.mirror = mirror;
    this.clock = clock;
    this.mirrorBudget = mirrorBudget;
  }

  @Override
  public BookingResult handle(BookingAccess access) {
    Booking booking = load(access);
    return new BookingResult(booking, mirror.pendingWarnings(booking.sync()));
  }

  @Override
  public BookingResult handle(CancelBookingCommand command) {
    Optional<String> reason = BookingValidator.validateReason(command.reason());
    Booking cancelled =
        write(
            command.access(),
            current ->
                current.isActive()
                    ? repository.update(
                        mirror.withDisabledIntegrationsFlagged(
                            current.cancel(clock.instant(), reason)))
                    : Optional.of(current));
    return mirrored(cancelled);
  }

  @Override
  public BookingResult handle(RescheduleBookingCommand command) {
    Booking current = load(command.access());
    requireActive(current);
    Instant now = clock.instant();
    Offer offer = catalog.current().placed(current.placement());
    TimeSlot slot =
        BookingValidator.validateMove(
            command.startTime(), command.durationMinutes(), current.duration(), offer.type(), now);
    if (slot.equals(current.slot())) {
      return new BookingResult(current, mirror.pendingWarnings(current.sync()));
    }
    admission.require(offer, slot, Optional.of(current.id()), now);
    boolean calendarRead =
        calendarCheck.requireFree(slot, offer.widened(slot), Optional.of(current.slot()));
    Booking moved =
        write(
            command.access(),
            latest -> {
              requireActive(latest);
              return repository.updateSlot(
                  mirror.withDisabledIntegrationsFlagged(latest.reschedule(slot, clock.instant())),
                  offer.reserveBuffer(),
                  offer.capsFor(slot));
            });
    BookingResult result = mirrored(moved);
    if (calendarRead) {
      return result;
    }
    return new BookingResult(
        result.booking(), Warnings.with(Warning.CALENDAR_UNAVAILABLE, result.warnings()));
  }

  private BookingResult mirrored(Booking changed) {
    Booking mirrored =
        changed.sync().needsSync() ? mirror.mirrorAfterChange(changed, mirrorBudget) : changed;
    return new BookingResult(mirrored, mirror.pendingWarnings(mirrored.sync()));
  }

  /** Applies {@code change} to a fresh read until no concurrent writer got in between. */
  private Booking write(BookingAccess access, Function<Booking, Optional<Booking>> change) {
    for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      Optional<Booking> written = change.apply(load(access));
      if (written.isPresent()) {
        return written.get();
      }
    }
    throw new IllegalStateException("booking " + access.bookingId() + " kept changing");
  }

  private Booking load(BookingAccess access) {
    return repository
        .findById(access.bookingId())
        .filter(
            b ->
                access.admin()
                    || access
                        .manageToken()
                        .map(t -> ManageTokens.matches(t, b.manageTokenHash()))
                        .orElse(false))
        .orElseThrow(() -> new BookingNotFoundException(access.bookingId()));
  }

  private static void requireActive(Booking booking) {
    if (!booking.isActive()) {
      throw new BookingNotActiveException(booking.id(), booking.status());
    }
  }
}
