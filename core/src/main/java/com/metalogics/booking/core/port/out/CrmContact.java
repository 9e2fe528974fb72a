package com.metalogics.booking.core.port.out;

import com.metalogics.booking.core.domain.Attendee;
import java.util.Objects;
import java.util.Optional;

/** Only what the CRM needs of an attendee (data minimisation). */
public record CrmContact(
    String email,
    String firstName,
    String lastName,
    Optional<String> company,
    Optional<String> phone) {

  public CrmContact {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(phone, "phone");
  }

  /** Splits the full name at its last space: "Mary Ann Smith" is Mary Ann / Smith. */
  public static CrmContact of(Attendee attendee) {
    String name = attendee.name().trim();
    int cut = name.lastIndexOf(' ');
    String first = cut > 0 ? name.substring(0, cut).trim() : name;
    String last = cut > 0 ? name.substring(cut + 1).trim() : "";
    return new CrmContact(
        attendee.normalizedEmail(), first, last, attendee.company(), attendee.phone());
  }
}
