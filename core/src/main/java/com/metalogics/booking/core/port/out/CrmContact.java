package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Attendee;
import com.metalogics.booking.core.domain.LeadSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Only what the CRM needs of an attendee (data minimisation).
 *
 * @param source where the lead came from; a CRM writes it only to properties it was told to
 * @param ownerId the CRM user who owns the contact (the host's CRM owner id); empty: left as it is
 */
public record CrmContact(
    String email,
    String firstName,
    String lastName,
    Optional<String> company,
    Optional<String> phone,
    LeadSource source,
    Optional<String> ownerId) {

  public CrmContact {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(ownerId, "ownerId");
  }

  /** A contact whose owner is left as it is. */
  public CrmContact(
      String email,
      String firstName,
      String lastName,
      Optional<String> company,
      Optional<String> phone,
      LeadSource source) {
    this(email, firstName, lastName, company, phone, source, Optional.empty());
  }

  /** The same contact owned by {@code ownerId}. */
  public CrmContact withOwner(Optional<String> ownerId) {
    return new CrmContact(email, firstName, lastName, company, phone, source, ownerId);
  }

  /** A contact without a lead source. */
  public CrmContact(
      String email,
      String firstName,
      String lastName,
      Optional<String> company,
      Optional<String> phone) {
    this(email, firstName, lastName, company, phone, LeadSource.NONE);
  }

  /** Splits the full name at its last space: "Mary Ann Smith" is Mary Ann / Smith. */
  public static CrmContact of(Attendee attendee) {
    return of(attendee, LeadSource.NONE);
  }

  /** {@link #of(Attendee)} with where the lead came from. */
  public static CrmContact of(Attendee attendee, LeadSource source) {
    String name = attendee.name().trim();
    int cut = name.lastIndexOf(' ');
    String first = cut > 0 ? name.substring(0, cut).trim() : name;
    String last = cut > 0 ? name.substring(cut + 1).trim() : "";
    return new CrmContact(
        attendee.normalizedEmail(), first, last, attendee.company(), attendee.phone(), source);
  }
}
