package com.metalogics.booking.core.application;

import com.metalogics.booking.core.availability.SlotPolicy;
import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingRules;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.IdempotencyKeyReusedException;
import com.metalogics.booking.core.domain.SlotUnavailableException;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.BookMeeting;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The booking flow of DESIGN.md: validate, limit, calendar check, reserve, mirror. */
final class BookMeetingService implements BookMeeting {

  private final BookingRepository repository;
  private final CalendarCheck calendarCheck;
  private final BookingMirror mirror;
  private final ManageTokens tokens;
  private final BookingRules rules;
  private final Clock clock;
  private final Duration mirrorBudget;

  BookMeetingService(
      BookingRepository repository,
      CalendarCheck calendarCheck,
      BookingMirror mirror,
      ManageTokens tokens,
      BookingRules rules,
      Clock clock,
      Duration mirrorBudget) {
    this.repository = repository;
    this.calendarCheck = calendarCheck;
    this.mirror = mirror;
    this.tokens = tokens;
    this.rules = rules;
    this.clock = clock;
    this.mirrorBudget = mirrorBudget;
  }

  @Override
  public BookingReceipt handle(BookMeetingCommand command) {
    Instant now = clock.instant();
    BookingValidator.ValidBooking request = BookingValidator.validate(command, rules, now);
    Attendee attendee = request.attendee();
    TimeSlot slot = request.slot();
    Optional<String> key = command.idempotencyKey().map(String::trim);
    Optional<Booking> earlier = key.flatMap(repository::findByIdempotencyKey);
    if (earlier.isPresent()) {
      return replay(earlier.get(), request);
    }
    SlotPolicy.rejectionOf(slot, rules, now)
        .ifPresent(
            reason -> {
              throw new SlotUnavailableException(slot, reason);
            });
    int windowDays = (int) rules.frequencyWindow().toDays();
    FrequencyLimit limit =
        new FrequencyLimit(
            rules.maxBookingsPerEmail(), now.minus(rules.frequencyWindow()), windowDays);
    if (calendarCheck.readsCalendar()) {
      requireBelowLimit(attendee.normalizedEmail(), limit);
    }
    boolean calendarRead = calendarCheck.requireFree(slot, Optional.empty());
    UUID id = UUID.randomUUID();
    String token = tokens.issue(id);
    Booking fresh =
        mirror.withDisabledIntegrationsFlagged(
            Booking.newBooking(id, attendee, slot, now, ManageTokens.hash(token), key));
    Booking stored = repository.reserve(new Reservation(fresh, rules.buffer(), limit));
    if (!stored.id().equals(id)) {
      return replay(stored, request);
    }
    Booking mirrored = mirror.mirrorAfterChange(stored, mirrorBudget);
    List<Warning> warnings = mirror.pendingWarnings(mirrored.sync());
    if (!calendarRead) {
      warnings = Warnings.with(Warning.CALENDAR_UNAVAILABLE, warnings);
    }
    return new BookingReceipt(mirrored, token, warnings, false);
  }

  /**
   * Step 2 of the flow, ahead of the reservation (which checks the limit again, atomically, with
   * any override): it spares a calendar call for someone who is over the limit anyway. With no
   * calendar to ask it would only repeat the reservation's own check.
   */
  private void requireBelowLimit(String normalizedEmail, FrequencyLimit limit) {
    int max = repository.findLimitOverride(normalizedEmail).orElse(limit.maxBookings());
    if (repository.countActiveByEmailSince(normalizedEmail, limit.windowStart()) >= max) {
      throw new FrequencyLimitExceededException(max, limit.windowDays());
    }
  }

  private BookingReceipt replay(Booking earlier, BookingValidator.ValidBooking request) {
    if (!sameRequest(earlier, request)) {
      throw new IdempotencyKeyReusedException();
    }
    return new BookingReceipt(
        earlier, tokens.issue(earlier.id()), mirror.pendingWarnings(earlier.sync()), true);
  }

  private static boolean sameRequest(Booking b, BookingValidator.ValidBooking request) {
    Attendee a = b.attendee();
    Attendee attendee = request.attendee();
    return a.name().equals(attendee.name())
        && EmailAddress.normalize(a.email()).equals(attendee.normalizedEmail())
        && a.company().equals(attendee.company())
        && a.phone().equals(attendee.phone())
        && a.message().equals(attendee.message())
        && a.timeZone().equals(attendee.timeZone())
        && b.slot().equals(request.slot());
  }
}
