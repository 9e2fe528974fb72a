package com.metalogics.booking.core.port.out;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads phone numbers as attendees type them. The engine's own reading accepts only numbers already
 * in international form; an embedder that sends SMS gives it a full one (libphonenumber).
 */
public interface PhoneNumbers {

  /**
   * The number in E.164 form ({@code +41446681800}), or empty when it is no valid number.
   *
   * @param region the attendee's country (ISO 3166 alpha-2) for a number without its country code
   */
  Optional<String> toE164(String number, Optional<String> region);

  /** {@code +} and 8 to 15 digits, spaces, dots, dashes and brackets ignored. */
  static PhoneNumbers international() {
    Pattern e164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    return (number, region) -> {
      String compact = number.replaceAll("[\\s.()\\-]", "");
      return e164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    };
  }
}
