package com.metalogics.booking.adapter.http.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.metalogics.booking.core.domain.Attribution;
import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.CrmOrigin;
import com.metalogics.booking.core.domain.EnabledIntegrations;
import com.metalogics.booking.core.domain.Integration;
import com.metalogics.booking.core.domain.LeadSource;
import com.metalogics.booking.core.domain.SyncStatus;
import com.metalogics.booking.core.domain.SyncSummary;
import com.metalogics.booking.core.port.in.HostNames;
import com.metalogics.booking.core.port.in.ManageCatalog;
import com.metalogics.booking.core.port.in.Warning;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The API's JSON shapes (camelCase, as in the seed) and the mapping from core values. */
final class BookingJson {

  private BookingJson() {}

  /** A booking as the API shows it; {@code cancelledAt} and {@code cancelReason} once cancelled. */
  public record BookingView(
      UUID id,
      String name,
      String email,
      String company,
      String phone,
      String message,
      String timeZone,
      Instant startTime,
      Instant endTime,
      long duration,
      String eventType,
      HostJson.HostRef host,
      @JsonInclude(JsonInclude.Include.NON_NULL) String vipTier,
      String status,
      String calendarEventId,
      boolean calendarSynced,
      boolean requiresManualCalendarSync,
      String crmContactId,
      boolean crmSynced,
      boolean requiresManualCrmSync,
      Instant createdAt,
      Instant updatedAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) Instant cancelledAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) String cancelReason,
      SyncView sync,
      @JsonInclude(JsonInclude.Include.NON_NULL) Instant noShowAt,
      @JsonInclude(JsonInclude.Include.NON_NULL) SourceView source,
      boolean smsOptedOut,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<HostJson.HostRef> coHosts,
      @JsonInclude(JsonInclude.Include.NON_NULL) String assignmentReason,
      boolean conflicted,
      @JsonInclude(JsonInclude.Include.NON_NULL) ConflictView conflict) {}

  /** The outside calendar event over a conflicted booking: when it is, and when it was seen. */
  public record ConflictView(Instant eventStart, Instant eventEnd, Instant detectedAt) {

    static ConflictView of(CalendarConflict conflict) {
      return new ConflictView(
          conflict.eventTime().start(), conflict.eventTime().end(), conflict.detectedAt());
    }
  }

  /** Where the lead came from; only the fields known are present. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SourceView(
      String utmSource,
      String utmMedium,
      String utmCampaign,
      String utmTerm,
      String utmContent,
      String referrer,
      String crmSource,
      String crmSourceDetail1,
      String crmSourceDetail2) {

    /** Null when nothing is known, so that the field is left out. */
    static SourceView of(Attribution attribution) {
      if (attribution.equals(Attribution.NONE)) {
        return null;
      }
      LeadSource s = attribution.source();
      Optional<CrmOrigin> crm = attribution.crmOrigin();
      return new SourceView(
          s.utmSource().orElse(null),
          s.utmMedium().orElse(null),
          s.utmCampaign().orElse(null),
          s.utmTerm().orElse(null),
          s.utmContent().orElse(null),
          s.referrer().orElse(null),
          crm.map(CrmOrigin::source).orElse(null),
          crm.flatMap(CrmOrigin::detail1).orElse(null),
          crm.flatMap(CrmOrigin::detail2).orElse(null));
    }
  }

  /**
   * Per integration: {@code SYNCED}, {@code PENDING}, {@code FAILED} (the worker retries) or {@code
   * DISABLED} (switched off: nothing is mirrored to it and nothing waits for it).
   */
  public record SyncView(SyncStatus calendar, SyncStatus crm, SyncStatus email) {

    static SyncView of(SyncSummary sync, EnabledIntegrations integrations) {
      return new SyncView(
          integrations.statusOf(sync, Integration.CALENDAR),
          integrations.statusOf(sync, Integration.CRM),
          integrations.statusOf(sync, Integration.EMAIL));
    }
  }

  public record BookingWithWarnings(BookingView booking, List<Warning> warnings) {}

  /**
   * A new booking. {@code manageUrl} is the manage page with the token in its fragment, the link
   * the confirmation mail carries.
   */
  public record CreatedBooking(
      BookingView booking, String manageToken, String manageUrl, List<Warning> warnings) {}

  /** The host of a booking by id, named as the catalog was last read; an unknown one by its id. */
  public static Function<String, HostJson.HostRef> hosts(HostNames names) {
    return id -> new HostJson.HostRef(id, names.nameOf(id).orElse(id));
  }

  /**
   * The host of a booking by id, from one read of the catalog: a list of bookings asks it many
   * times. A host no longer in the catalog is shown by its id.
   */
  public static Function<String, HostJson.HostRef> hosts(ManageCatalog catalog) {
    Map<String, String> names = new HashMap<>();
    catalog.hosts().forEach(h -> names.put(h.value().id(), h.value().name()));
    return id -> new HostJson.HostRef(id, names.getOrDefault(id, id));
  }

  /**
   * The seed's flags are derived from the summary of the booking's effects: {@code *Synced} when
   * the integration shows the current revision, {@code requiresManual*} when it does not and the
   * worker has not managed either: its effect failed, or there is none (switched off).
   */
  public static BookingView view(
      Booking b, EnabledIntegrations integrations, Function<String, HostJson.HostRef> hosts) {
    return view(b, integrations, hosts, false);
  }

  /**
   * The view; an admin's shows why the host was chosen ({@code assignmentReason}), which is not the
   * attendee's business.
   */
  public static BookingView view(
      Booking b,
      EnabledIntegrations integrations,
      Function<String, HostJson.HostRef> hosts,
      boolean admin) {
    SyncSummary sync = b.sync();
    boolean cancelled = !b.isActive();
    return new BookingView(
        b.id(),
        b.attendee().name(),
        b.attendee().email(),
        b.attendee().company().orElse(null),
        b.attendee().phone().orElse(null),
        b.attendee().message().orElse(null),
        b.attendee().timeZone().getId(),
        b.startTime(),
        b.endTime(),
        b.duration().toMinutes(),
        b.placement().eventType(),
        hosts.apply(b.placement().hostId()),
        b.placement().vipTier().orElse(null),
        b.status().name(),
        sync.calendarEventId().orElse(null),
        sync.calendar() == SyncStatus.SYNCED,
        needsManual(sync.calendar()),
        sync.crmContactId().orElse(null),
        sync.crm() == SyncStatus.SYNCED,
        needsManual(sync.crm()),
        b.createdAt(),
        b.updatedAt(),
        cancelled ? b.cancelledAt().orElse(null) : null,
        cancelled ? b.cancelReason().orElse(null) : null,
        SyncView.of(sync, integrations),
        b.noShowAt().orElse(null),
        SourceView.of(b.attribution()),
        b.attendee().smsOptedOut(),
        b.placement().coHosts().stream().map(hosts).toList(),
        admin ? b.placement().assignmentReason().orElse(null) : null,
        b.conflicted(),
        b.conflict().map(ConflictView::of).orElse(null));
  }

  private static boolean needsManual(SyncStatus status) {
    return status == SyncStatus.FAILED || status == SyncStatus.DISABLED;
  }
}
