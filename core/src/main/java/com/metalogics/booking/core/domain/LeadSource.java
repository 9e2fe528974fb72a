package com.metalogics.booking.core.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a visitor came from, as the booking page saw it in its own address: the {@code utm_*}
 * parameters and the referrer's host. No field identifies a person.
 */
public record LeadSource(
    Optional<String> utmSource,
    Optional<String> utmMedium,
    Optional<String> utmCampaign,
    Optional<String> utmTerm,
    Optional<String> utmContent,
    Optional<String> referrer) {

  /** The longest value any field may hold. */
  public static final int MAX_LENGTH = 200;

  /** The label of a booking that came with neither a campaign nor a referrer. */
  public static final String DIRECT = "direct";

  public static final LeadSource NONE =
      new LeadSource(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public LeadSource {
    Objects.requireNonNull(utmSource, "utmSource");
    Objects.requireNonNull(utmMedium, "utmMedium");
    Objects.requireNonNull(utmCampaign, "utmCampaign");
    Objects.requireNonNull(utmTerm, "utmTerm");
    Objects.requireNonNull(utmContent, "utmContent");
    Objects.requireNonNull(referrer, "referrer");
    for (Optional<String> value :
        new Optional[] {utmSource, utmMedium, utmCampaign, utmTerm, utmContent, referrer}) {
      if (value.filter(v -> v.length() > MAX_LENGTH).isPresent()) {
        throw new IllegalArgumentException("lead source values hold at most 200 characters");
      }
    }
  }

  /**
   * The one name insights group bookings by: the campaign's source, else the referring host, else
   * {@value #DIRECT}.
   */
  public String label() {
    return utmSource.or(() -> referrer).orElse(DIRECT);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }
}
