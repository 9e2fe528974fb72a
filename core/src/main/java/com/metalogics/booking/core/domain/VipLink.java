package com.metalogics.booking.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signed VIP link says: its holder belongs to {@code tierId} until {@code expiresAt}; when
 * {@code email} is present, only when booking with that address.
 *
 * @param email normalised (trimmed, lower case)
 */
public record VipLink(String tierId, Optional<String> email, Instant expiresAt) {

  public VipLink {
    Objects.requireNonNull(tierId, "tierId");
    Objects.requireNonNull(expiresAt, "expiresAt");
    email = email.map(EmailAddress::normalize);
  }

  /** Whether a booking under {@code bookingEmail} may use the link. */
  public boolean allows(String bookingEmail) {
    return email.map(EmailAddress.normalize(bookingEmail)::equals).orElse(true);
  }
}
