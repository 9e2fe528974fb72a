package com.metalogics.booking.core.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The person who books. Field limits are checked by {@link BookingValidator} so that every bad
 * field is reported at once; the constructor only guards the invariants storage relies on.
 *
 * @param smsOptedOut true once the attendee turned SMS reminders off
 */
public record Attendee(
    String name,
    String email,
    Optional<String> company,
    Optional<String> phone,
    Optional<String> message,
    ZoneId timeZone,
    boolean smsOptedOut) {

  public Attendee {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(timeZone, "timeZone");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    if (email.isBlank()) {
      throw new IllegalArgumentException("email is blank");
    }
  }

  /** An attendee who has not opted out of anything. */
  public Attendee(
      String name,
      String email,
      Optional<String> company,
      Optional<String> phone,
      Optional<String> message,
      ZoneId timeZone) {
    this(name, email, company, phone, message, timeZone, false);
  }

  public Attendee withSmsOptedOut() {
    return new Attendee(name, email, company, phone, message, timeZone, true);
  }

  public String normalizedEmail() {
    return EmailAddress.normalize(email);
  }

  /** Log-safe summary: no full e-mail address, no phone number. */
  @Override
  public String toString() {
    return "Attendee[email=" + EmailAddress.mask(email) + ", timeZone=" + timeZone + "]";
  }
}
