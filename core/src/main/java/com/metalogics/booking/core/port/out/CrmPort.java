package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.BookingStatus;
import com.metalogics.booking.core.domain.CrmOrigin;
import java.util.Optional;
import java.util.UUID;

/**
 * The CRM. Failures surface as {@code IntegrationException} for the CRM; every implementation
 * passes {@code CrmPortContract}.
 */
public interface CrmPort {

  /** Finds the contact by e-mail (case-insensitive) and updates it, or creates it. */
  String upsertContact(CrmContact contact);

  /** Adds the note to the contact unless a note with the same key is already there. */
  void addNote(String contactId, CrmNote note);

  /**
   * The value of {@code property} on the contact with this e-mail (case-insensitive); empty when
   * there is no such contact or the property has no value. Implementations may cache the answer for
   * a few minutes, as they cache contacts.
   */
  Optional<String> contactProperty(String email, String property);

  /** Records the booking's status on the contact. */
  void recordStatus(String contactId, UUID bookingId, BookingStatus status);

  /**
   * Where the CRM says the contact originally came from, as it knew when the contact was last
   * upserted by this process; empty when it does not say or does not know (yet).
   */
  default Optional<CrmOrigin> originOf(String contactId) {
    return Optional.empty();
  }

  default boolean enabled() {
    return true;
  }

  default HealthStatus health() {
    return enabled() ? HealthStatus.UP : HealthStatus.DISABLED;
  }
}
