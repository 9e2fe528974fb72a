package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Booking;
import com.metalogics.booking.core.domain.CalendarConflict;
import com.metalogics.booking.core.domain.EffectKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the admin is told about; each kind has its own subject and content. */
public sealed interface AdminAlert {

  /**
   * One booking's effect gave up after its last allowed attempt.
   *
   * @param attempts the attempts made, the last one included
   */
  record BookingGaveUp(Booking booking, EffectKind kind, int attempts, String problem)
      implements AdminAlert {
    public BookingGaveUp {
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /**
   * Integrations failed for every booking changed lately: they look down, not one booking broken.
   *
   * @param integrations their names, as an admin knows them ("calendar", "CRM")
   * @param bookingsAffected bookings waiting for them now
   */
  record IntegrationDown(List<String> integrations, long bookingsAffected, String problem)
      implements AdminAlert {
    public IntegrationDown {
      integrations = List.copyOf(integrations);
      Objects.requireNonNull(problem, "problem");
    }
  }

  /**
   * A webhook subscription's delivery gave up after a day of failed attempts: the receiver looks
   * broken. Sent once per run of failures of a subscription, not once per event.
   *
   * @param host the receiver's host only: a URL's path may carry the receiver's own secret
   */
  record WebhookFailing(UUID subscriptionId, String host, Instant failingSince, String problem)
      implements AdminAlert {
    public WebhookFailing {
      Objects.requireNonNull(subscriptionId, "subscriptionId");
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(failingSince, "failingSince");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /** An outside event was put into the host's calendar over a confirmed booking. */
  record BookingConflicted(Booking booking, CalendarConflict conflict) implements AdminAlert {
    public BookingConflicted {
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(conflict, "conflict");
    }
  }

  /**
   * Someone deleted the event of a confirmed booking from the host's calendar by hand. It is not
   * made again: the admin decides whether the meeting stands.
   */
  record CalendarEventDeleted(Booking booking, String eventId) implements AdminAlert {
    public CalendarEventDeleted {
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(eventId, "eventId");
    }
  }

  /**
   * An outside event was put into the host's calendar over a confirmed round-robin booking, and the
   * booking moved to another free host of the pool at the same time.
   *
   * @param booking the booking on its new host
   * @param formerHostId the host whose calendar took the time
   */
  record BookingReassigned(Booking booking, CalendarConflict conflict, String formerHostId)
      implements AdminAlert {
    public BookingReassigned {
      Objects.requireNonNull(booking, "booking");
      Objects.requireNonNull(conflict, "conflict");
      Objects.requireNonNull(formerHostId, "formerHostId");
    }
  }
}
