package com.metalogics.booking.core.application;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.Effect;
import com.metalogics.booking.core.domain.EffectKind;
import com.metalogics.booking.core.domain.Host;
import com.metalogics.booking.core.domain.LeadSource;
import com.metalogics.booking.core.port.out.AttendeeNotification;
import com.metalogics.booking.core.port.out.CrmContact;
import com.metalogics.booking.core.port.out.CrmNote;
import com.metalogics.booking.core.port.out.CrmPort;
import com.metalogics.booking.core.port.out.EffectHandler;
import com.metalogics.booking.core.port.out.EffectOutcome;
import com.metalogics.booking.core.port.out.RetrySchedule;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shows the booking in the CRM: the contact is found by e-mail, the note is keyed {@code
 * bookingId:revision} and added only once, and the status is simply set again.
 */
final class CrmEffects implements EffectHandler {

  private static final DateTimeFormatter NOTE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final CrmPort crm;
  private final RetrySchedule schedule;
  private final GiveUpAlerts alerts;
  private final CrmOrigins origins;
  private final BookingHosts hosts;

  /**
   * @param hosts the booking's hosts: the lead's HubSpot owner owns the contact, the note names
   *     them
   */
  CrmEffects(
      CrmPort crm,
      RetrySchedule schedule,
      GiveUpAlerts alerts,
      CrmOrigins origins,
      BookingHosts hosts) {
    this.crm = crm;
    this.schedule = schedule;
    this.alerts = alerts;
    this.origins = origins;
    this.hosts = hosts;
  }

  @Override
  public EffectKind kind() {
    return EffectKind.CRM;
  }

  @Override
  public EffectOutcome run(Effect effect, Booking booking) {
    List<Host> taking = hosts.of(booking.placement());
    Optional<String> owner = hosts.lead(booking.placement()).flatMap(Host::hubspotOwnerId);
    String contactId =
        crm.upsertContact(
            CrmContact.of(booking.attendee(), booking.attribution().source()).withOwner(owner));
    crm.addNote(contactId, noteFor(booking, taking));
    crm.recordStatus(contactId, booking.id(), booking.status());
    crm.originOf(contactId).ifPresent(origin -> origins.store(booking, origin));
    return EffectOutcome.done(contactId);
  }

  @Override
  public RetrySchedule retrySchedule() {
    return schedule;
  }

  @Override
  public void gaveUp(Effect failed, Booking booking) {
    alerts.gaveUp(failed, booking);
  }

  /** The lead source as the note names it: "Source: utm_source=news, referrer=example.org". */
  private static Optional<String> sourceLine(LeadSource source) {
    List<String> parts = new ArrayList<>();
    source.utmSource().ifPresent(v -> parts.add("utm_source=" + v));
    source.utmMedium().ifPresent(v -> parts.add("utm_medium=" + v));
    source.utmCampaign().ifPresent(v -> parts.add("utm_campaign=" + v));
    source.utmTerm().ifPresent(v -> parts.add("utm_term=" + v));
    source.utmContent().ifPresent(v -> parts.add("utm_content=" + v));
    source.referrer().ifPresent(v -> parts.add("referrer=" + v));
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of("\nSource: " + String.join(", ", parts));
  }

  static CrmNote noteFor(Booking booking) {
    return noteFor(booking, List.of());
  }

  /** The note, naming {@code hosts} (the lead first) when there are any. */
  static CrmNote noteFor(Booking booking, List<Host> hosts) {
    String what =
        switch (AttendeeNotification.kindOf(booking)) {
          case CONFIRMATION -> "Meeting booked";
          case RESCHEDULE -> "Meeting rescheduled";
          case CANCELLATION -> "Meeting cancelled";
        };
    StringBuilder body =
        new StringBuilder(what)
            .append(": ")
            .append(NOTE_TIME.format(booking.startTime()))
            .append(", ")
            .append(booking.duration().toMinutes())
            .append(" minutes (booking ")
            .append(booking.id())
            .append(')');
    if (!hosts.isEmpty()) {
      body.append(hosts.size() == 1 ? "\nHost: " : "\nHosts: ");
      body.append(String.join(", ", hosts.stream().map(Host::name).toList()));
    }
    booking.cancelReason().ifPresent(reason -> body.append("\nReason: ").append(reason));
    if (booking.revision() == 1) {
      booking.attendee().message().ifPresent(m -> body.append("\nMessage: ").append(m));
      sourceLine(booking.attribution().source()).ifPresent(body::append);
    }
    return new CrmNote(
        booking.id() + ":" + booking.revision(), booking.updatedAt(), body.toString());
  }
}
