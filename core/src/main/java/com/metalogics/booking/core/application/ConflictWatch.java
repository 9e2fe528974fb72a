package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.TimeSlot;
import com.metalogics.booking.core.domain.WebhookEvent;
import com.metalogics.booking.core.port.out.BookingRepository;
import com.metalogics.booking.core.port.out.CalendarEvent;
import com.metalogics.booking.core.port.out.CalendarItem;
import com.metalogics.booking.core.port.out.CatalogRepository;
import com.metalogics.booking.core.port.out.Stored;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Compares a calendar's copy with the confirmed bookings of its hosts: an outside event over a
 * booking flags it {@code conflicted} (with an admin alert and a {@code booking.conflicted}
 * webhook, written with the flag), and the flag clears once no outside event overlaps any more. A
 * round-robin booking moves to another free host of the pool instead (an admin alert and a {@code
 * booking.reassigned} webhook), flagged only when no other host is free. An event of ours that
 * disappeared while its booking stands is reported to the admin.
 */
final class ConflictWatch {

  private static final System.Logger LOG = System.getLogger(ConflictWatch.class.getName());

  private final BookingRepository bookings;
  private final CatalogRepository catalog;
  private final String defaultCalendarId;
  private final Optional<WebhookEffects> webhooks;
  private final PoolReassignment reassignment;
  private final boolean alerts;

  /**
   * @param alerts whether the admin can be told (mail switched on)
   */
  ConflictWatch(
      BookingRepository bookings,
      CatalogRepository catalog,
      String defaultCalendarId,
      Optional<WebhookEffects> webhooks,
      PoolReassignment reassignment,
      boolean alerts) {
    this.bookings = bookings;
    this.catalog = catalog;
    this.defaultCalendarId = defaultCalendarId;
    this.webhooks = webhooks;
    this.reassignment = reassignment;
    this.alerts = alerts;
  }

  /**
   * @param copy the calendar's busy events in {@code window} after the sync
   * @param removed the events the sync took out of the copy
   */
  void check(
      String calendarId,
      List<CalendarItem> copy,
      List<CalendarItem> removed,
      TimeSlot window,
      Instant now) {
    Set<String> hosts = hostsOf(calendarId);
    if (hosts.isEmpty()) {
      return;
    }
    List<CalendarItem> outside = copy.stream().filter(CalendarItem::outside).toList();
    for (Booking booking : bookings.findActiveOverlapping(window)) {
      if (booking.status() == BookingStatus.CONFIRMED
          && hosts.contains(booking.placement().hostId())) {
        compare(booking, outside, now);
      }
    }
    for (CalendarItem gone : removed) {
      gone.bookingId().ifPresent(id -> reportDeleted(id, gone.eventId(), hosts, now));
    }
  }

  private Set<String> hostsOf(String calendarId) {
    return catalog.hosts().stream()
        .map(Stored::value)
        .filter(h -> h.calendarId().orElse(defaultCalendarId).equals(calendarId))
        .map(Host::id)
        .collect(Collectors.toSet());
  }

  private void compare(Booking booking, List<CalendarItem> outside, Instant now) {
    Optional<CalendarItem> over =
        outside.stream().filter(i -> i.slot().overlaps(booking.slot())).findFirst();
    if (over.isPresent() && !booking.conflicted()) {
      CalendarConflict conflict =
          new CalendarConflict(over.get().eventId(), over.get().slot(), now);
      String former = booking.placement().hostId();
      Optional<Booking> moved = reassignment.awayFrom(booking, reassigned(conflict, former));
      if (moved.isPresent()) {
        LOG.log(Level.INFO, "booking {0} moved to another host over a conflict", booking.id());
        return;
      }
      write(booking.id(), b -> b.withConflict(Optional.of(conflict), now), conflicted(conflict));
      LOG.log(Level.INFO, "booking {0} conflicts with a calendar event", booking.id());
    } else if (over.isEmpty() && booking.conflicted()) {
      write(booking.id(), b -> b.withConflict(Optional.empty(), now), b -> List.of());
      LOG.log(Level.INFO, "booking {0} no longer conflicts", booking.id());
    }
  }

  private Function<Booking, List<Effect>> conflicted(CalendarConflict c) {
    String key = "conflicted@" + c.detectedAt().getEpochSecond();
    return booking -> {
      List<Effect> effects = new ArrayList<>();
      if (alerts) {
        effects.add(alert(booking, key, AdminAlertEffects.conflicted(c), c.detectedAt()));
      }
      webhooks.ifPresent(
          w ->
              effects.addAll(
                  w.notice(booking, WebhookEvent.BOOKING_CONFLICTED, key, c.detectedAt())));
      return effects;
    };
  }

  /** Planned on the booking on its new host, and written with the move. */
  private Function<Booking, List<Effect>> reassigned(CalendarConflict c, String formerHostId) {
    String key = "reassigned@" + c.detectedAt().getEpochSecond();
    return booking -> {
      List<Effect> effects = new ArrayList<>();
      if (alerts) {
        effects.add(
            alert(booking, key, AdminAlertEffects.reassigned(c, formerHostId), c.detectedAt()));
      }
      webhooks.ifPresent(
          w ->
              effects.addAll(
                  w.reassigned(booking, formerHostId, key, c.detectedAt(), c.detectedAt())));
      return effects;
    };
  }

  private void reportDeleted(UUID bookingId, String eventId, Set<String> hosts, Instant now) {
    Optional<Booking> booking = bookings.findById(bookingId);
    boolean standing =
        booking
            .filter(b -> b.status() == BookingStatus.CONFIRMED)
            .filter(b -> hosts.contains(b.placement().hostId()))
            .filter(b -> b.endTime().isAfter(now))
            .filter(b -> CalendarEvent.eventIdFor(b.id()).equals(eventId))
            .isPresent();
    if (standing && alerts) {
      Booking b = booking.get();
      String key = "event-deleted@" + now.getEpochSecond();
      bookings.addEffect(alert(b, key, AdminAlertEffects.eventDeleted(eventId), now));
      LOG.log(Level.INFO, "the calendar event of booking {0} was deleted by hand", b.id());
    }
  }

  private static Effect alert(Booking booking, String key, String payload, Instant now) {
    return Effect.planned(
        booking, EffectKind.ADMIN_ALERT, key, now, now, Optional.of(payload), now);
  }

  /** Writes the change to the newest version of the booking, reading again once if it moved. */
  private void write(
      UUID id, UnaryOperator<Booking> change, Function<Booking, List<Effect>> effects) {
    for (int attempt = 0; attempt < 2; attempt++) {
      Optional<Booking> current = bookings.findById(id);
      if (current.isEmpty()) {
        return;
      }
      Booking changed = change.apply(current.get());
      if (bookings.update(changed, effects.apply(changed)).isPresent()) {
        return;
      }
    }
    LOG.log(Level.WARNING, "booking {0} changed during the conflict check; left to the next", id);
  }
}
