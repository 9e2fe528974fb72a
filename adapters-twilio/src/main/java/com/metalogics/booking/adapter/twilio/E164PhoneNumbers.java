package com.metalogics.booking.adapter.twilio;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.metalogics.booking.core.port.out.PhoneNumbers;
import java.util.Locale;
import java.util.Optional;

/**
 * Phone numbers read with libphonenumber: a number with its country code ({@code +41 44 668 18 00},
 * {@code 0041...}) stands on its own; one without it ({@code 044 668 18 00}) needs the attendee's
 * country. Only numbers valid for their country are accepted.
 */
public final class E164PhoneNumbers implements PhoneNumbers {

  /** libphonenumber's "no default region": a number must then carry its country code. */
  private static final String UNKNOWN_REGION = "ZZ";

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  @Override
  public Optional<String> toE164(String number, Optional<String> region) {
    String country = region.map(r -> r.toUpperCase(Locale.ROOT)).orElse(UNKNOWN_REGION);
    try {
      PhoneNumber parsed = util.parse(number, country);
      return util.isValidNumber(parsed)
          ? Optional.of(util.format(parsed, PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
