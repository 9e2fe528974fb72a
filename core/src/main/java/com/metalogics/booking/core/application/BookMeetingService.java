package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.Attribution;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EmailAddress;
import com.metalogics.booking.core.domain.EmailFrequencyLimit;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.FrequencyLimitExceededException;
import com.metalogics.booking.core.domain.IdempotencyKeyReusedException;
import com.metalogics.booking.core.domain.Placement;
import com.metalogics.booking.core.domain.TimeOrderedIds;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.port.in.BookMeeting;
import com.metalogics.booking.core.port.in.BookMeetingCommand;
import com.metalogics.booking.core.port.in.BookingReceipt;
import com.metalogics.booking.core.port.in.Warning;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.FrequencyLimit;
import com.metalogics.booking.core.port.out.PhoneNumbers;
import com.metalogics.booking.core.port.out.Reservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The booking flow of DESIGN.md: validate, admit, limit, calendar check, reserve with the effects,
 * run them.
 */
final class BookMeetingService implements BookMeeting {

  private final BookingRepository repository;
  private final CatalogCache catalog;
  private final PoolAdmission admission;
  private final CalendarCheck calendarCheck;
  private final EffectPlanning planning;
  private final InlineEffects inline;
  private final EnabledIntegrations integrations;
  private final ManageTokens tokens;
  private final EmailFrequencyLimit defaultLimit;
  private final Clock clock;
  private final Duration mirrorBudget;
  private final VipDesk vipDesk;
  private final Tallies tallies;
  private final PhoneNumbers phones;

  BookMeetingService(
      ChangeParts changes,
      EnabledIntegrations integrations,
      ManageTokens tokens,
      EmailFrequencyLimit defaultLimit,
      VipDesk vipDesk,
      Tallies tallies,
      PhoneNumbers phones) {
    this.repository = changes.repository();
    this.catalog = changes.catalog();
    this.admission = new PoolAdmission(changes.calendarCheck());
    this.calendarCheck = changes.calendarCheck();
    this.planning = changes.planning();
    this.inline = changes.inline();
    this.integrations = integrations;
    this.tokens = tokens;
    this.defaultLimit = defaultLimit;
    this.clock = changes.clock();
    this.mirrorBudget = changes.mirrorBudget();
    this.vipDesk = vipDesk;
    this.tallies = tallies;
    this.phones = phones;
  }

  @Override
  public BookingReceipt handle(BookMeetingCommand command) {
    Instant now = clock.instant();
    CatalogSnapshot snapshot = catalog.current();
    Team team = snapshot.bookable(command.eventType());
    Offer offer = team.lead();
    BookingValidator.ValidBooking request =
        BookingValidator.validate(command, offer.type(), offer.zone(), now, phones);
    Optional<String> key = command.idempotencyKey().map(String::trim);
    Optional<Booking> earlier = key.flatMap(repository::findByIdempotencyKey);
    if (earlier.isPresent()) {
      return replay(earlier.get(), request, team);
    }
    Attempt attempt = new Attempt(command, now, snapshot, team, request, key);
    Clearance cleared = clear(attempt);
    UUID id = TimeOrderedIds.next(now);
    String token = tokens.issue(id);
    Booking fresh = fresh(attempt, cleared.vip(), id, token);
    List<Effect> effects = planning.created(fresh);
    Booking stored = reserve(attempt, cleared, fresh, effects);
    if (!stored.id().equals(id)) {
      return replay(stored, request, team);
    }
    Booking mirrored = inline.runAfterChange(stored, effects, mirrorBudget);
    return receipt(mirrored, token, cleared);
  }

  /** A new request read against one catalog snapshot at one instant, its replay ruled out. */
  private record Attempt(
      BookMeetingCommand command,
      Instant now,
      CatalogSnapshot snapshot,
      Team team,
      BookingValidator.ValidBooking request,
      Optional<String> key) {

    Offer offer() {
      return team.lead();
    }

    TimeSlot slot() {
      return request.slot();
    }
  }

  /** What let the request through: its VIP standing, its frequency limit, the hosts left free. */
  private record Clearance(VipStatus vip, FrequencyLimit limit, PoolAdmission.Admitted hosts) {}

  /**
   * Admission and limits, in the order that spares the calendars: the hosts' rules (under the VIP
   * standing), the early limit check, then the calendars of the hosts the rules admitted.
   */
  private Clearance clear(Attempt attempt) {
    Offer offer = attempt.offer();
    Attendee attendee = attempt.request().attendee();
    Instant now = attempt.now();
    VipStatus vip =
        vipDesk.forBooking(
            attempt.snapshot(),
            offer.type().slug(),
            attendee.email(),
            attempt.command().vipToken(),
            now);
    List<Offer> admitted =
        admission.byRules(attempt.team(), attempt.slot(), Optional.empty(), now, vip.priority());
    FrequencyLimit limit = offer.frequencyLimit(now, defaultLimit, vip.grant());
    if (calendarCheck.readsCalendar() && attempt.snapshot().eventTypeCount() == 1) {
      requireBelowLimit(attendee.normalizedEmail(), limit);
    }
    PoolAdmission.Admitted free =
        admission.byCalendars(attempt.team(), admitted, attempt.slot(), Optional.empty());
    return new Clearance(vip, limit, free);
  }

  /** The booking as requested, before the reservation places it with the hosts it chooses. */
  private static Booking fresh(Attempt attempt, VipStatus vip, UUID id, String token) {
    return Booking.newBooking(
            id,
            attempt.request().attendee(),
            attempt.slot(),
            attempt.now(),
            ManageTokens.hash(token),
            attempt.key(),
            attempt.offer().placement().underTier(vip.tierId()))
        .withAttribution(Attribution.of(attempt.request().source()));
  }

  /**
   * The slot, its caps and the limit are checked again under the reservation's lock; a concurrent
   * request under the same key that got in first comes back instead of {@code fresh}.
   */
  private Booking reserve(Attempt attempt, Clearance cleared, Booking fresh, List<Effect> effects) {
    Offer offer = attempt.offer();
    return repository.reserve(
        new Reservation(
            fresh,
            offer.reserveBuffer(),
            cleared.limit(),
            offer.capsFor(attempt.slot()),
            effects,
            tallies.created(fresh),
            attempt.team().choice(attempt.slot(), cleared.hosts().free(), attempt.now())));
  }

  /**
   * The warnings name what is still pending, a calendar that could not be read (the slot was
   * checked against the bookings alone) and whatever the VIP desk noted.
   */
  private BookingReceipt receipt(Booking mirrored, String token, Clearance cleared) {
    List<Warning> warnings = Warnings.pendingOf(mirrored.sync(), integrations);
    if (!cleared.hosts().calendarsRead()) {
      warnings = Warnings.with(Warning.CALENDAR_UNAVAILABLE, warnings);
    }
    for (Warning warning : cleared.vip().warnings()) {
      warnings = Warnings.with(warning, warnings);
    }
    return new BookingReceipt(mirrored, token, warnings, false);
  }

  /**
   * Step 2 of the flow, ahead of the reservation (which checks the limit again, atomically, with
   * any override): it spares a calendar call for someone who is over the limit anyway. With no
   * calendar to ask it would only repeat the reservation's own check. The count covers every event
   * type, so it stands for the type's own only while the catalog holds one type.
   */
  private void requireBelowLimit(String normalizedEmail, FrequencyLimit limit) {
    int max = repository.findLimitOverride(normalizedEmail).orElse(limit.maxBookings());
    if (repository.countActiveByEmailSince(normalizedEmail, limit.windowStart()) >= max) {
      throw new FrequencyLimitExceededException(max, limit.windowDays());
    }
  }

  /** The same request again: same type, and for a single-host type the same host. */
  private BookingReceipt replay(Booking earlier, BookingValidator.ValidBooking request, Team team) {
    Placement placed = earlier.placement();
    boolean samePlace =
        placed.eventType().equals(team.type().slug())
            && (!team.single() || placed.hostId().equals(team.placement().hostId()));
    if (!sameRequest(earlier, request) || !samePlace) {
      throw new IdempotencyKeyReusedException();
    }
    return new BookingReceipt(
        earlier,
        tokens.issue(earlier.id()),
        Warnings.pendingOf(earlier.sync(), integrations),
        true);
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
